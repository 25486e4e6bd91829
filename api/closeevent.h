#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

//! One entry of Close's event log (GET /event/): something was created, updated, deleted or
//! sent. `data` is the object as a GET returns it (none for a delete, and none for events older
//! than an hour when the key is not an admin's); a delete's `previousData` is the whole object.
struct CloseEvent
{
    QString id; //!< ev_…
    QString action; //!< created, updated, deleted, sent, …
    QString objectType; //!< activity.sms, activity.whatsapp_message, lead, …
    QString objectId;
    QDateTime dateUpdated; //!< Close's time (the event's own dates carry no offset: UTC)
    std::optional<QJsonObject> data;
    QJsonObject previousData;

    bool isDelete() const { return action == QLatin1String("deleted"); }

    //! The event, or nothing (and why) when a field it needs is missing or of the wrong type.
    static std::optional<CloseEvent> fromJson(const QJsonObject &json, QString *error = nullptr);
};

//! A page of the event log, latest first: `cursorNext` asks for the older ones (none: the end).
struct CloseEventPage
{
    QList<CloseEvent> events;
    QString cursorNext;

    static std::optional<CloseEventPage> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
};
