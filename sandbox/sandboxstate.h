#pragma once

#include "activitycollection.h"
#include "eventlog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

//! Everything the sandbox holds: the organization, its people and numbers, the activities,
//! the event log of their changes, and the sandbox's own bookkeeping (when each pending SMS is
//! due, how often each was sent). Saved as one JSON document, atomically, so a restart never
//! loses or repeats a send, nor forgets what changed.
struct SandboxState
{
    QJsonObject organization;
    QString meId;
    ActivityCollection users;
    ActivityCollection leads;
    ActivityCollection contacts;
    ActivityCollection phoneNumbers;
    ActivityCollection smsTemplates;
    //! Listed latest first by date_created, as Close lists activities, whatever order they
    //! were created in (a create may give an earlier date_created).
    ActivityCollection sms {QStringLiteral("date_created")};
    ActivityCollection whatsapp {QStringLiteral("date_created")};
    EventLog events;

    QHash<QString, qint64> dueAtMs; //!< outbox/scheduled SMS id -> when the dispatcher sends it
    QHash<QString, int> sendCounts; //!< SMS id -> how many times it actually went out

    QJsonObject me() const { return users.value(meId); }
    QString organizationId() const;
    QString userName(const QString &userId) const;

    //! An id in Close's style: prefix + base62 characters. Sample data passes its seeded
    //! generator; ids made at run time come from the system's.
    static QString makeId(const QString &prefix, int length = 43,
                          QRandomGenerator *random = QRandomGenerator::global());

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);
    bool save(const QString &path, QString *error) const;
    bool load(const QString &path, QString *error);
};
