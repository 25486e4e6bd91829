#pragma once

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QUrlQuery>

//! The filters of GET /activity/sms/ and /activity/whatsapp_message/.
struct ActivityQuery
{
    QStringList ids; //!< id__in
    QStringList leadIds;
    QStringList contactIds;
    QStringList userIds;
    QString organizationId;
    QString externalWhatsappMessageId; //!< WhatsApp only
    //! "date_created__gt", "activity_at__lte", ... -> when (sent in UTC)
    QMap<QString, QDateTime> dates;
    QStringList fields; //!< _fields; empty for all

    QUrlQuery toUrlQuery() const;
};
