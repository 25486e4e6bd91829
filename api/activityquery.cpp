#include "activityquery.h"

#include "closetime.h"

QUrlQuery ActivityQuery::toUrlQuery() const
{
    QUrlQuery query;
    const auto list = [&](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            query.addQueryItem(QString::fromLatin1(key), values.join(QLatin1Char(',')));
    };
    list("id__in", ids);
    list("lead_id", leadIds);
    list("contact_id", contactIds);
    list("user_id", userIds);
    list("_fields", fields);
    if (!organizationId.isEmpty())
        query.addQueryItem(QStringLiteral("organization_id"), organizationId);
    if (!externalWhatsappMessageId.isEmpty())
        query.addQueryItem(QStringLiteral("external_whatsapp_message_id"),
                           externalWhatsappMessageId);
    for (auto it = dates.cbegin(); it != dates.cend(); ++it)
        query.addQueryItem(
            it.key(), QString::fromLatin1(QUrl::toPercentEncoding(CloseTime::format(it.value()))));
    return query;
}
