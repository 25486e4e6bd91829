#include "closeevent.h"

#include <QJsonArray>

namespace {

//! Close writes an event's dates without an offset ("2016-10-19T12:22:10.434000"), and its
//! objects' dates with one: both are UTC.
QDateTime utcTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

} // namespace

std::optional<CloseEvent> CloseEvent::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<CloseEvent> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    CloseEvent event;
    const QJsonValue id = json.value(QLatin1String("id"));
    const QJsonValue action = json.value(QLatin1String("action"));
    const QJsonValue objectType = json.value(QLatin1String("object_type"));
    const QJsonValue objectId = json.value(QLatin1String("object_id"));
    if (!id.isString() || !action.isString() || !objectType.isString())
        return fail(QStringLiteral("an event without its id, action or object_type"));
    event.id = id.toString();
    event.action = action.toString();
    event.objectType = objectType.toString();
    event.objectId = objectId.toString();
    event.dateUpdated = utcTime(json.value(QLatin1String("date_updated")).toString());
    if (!event.dateUpdated.isValid())
        return fail(QStringLiteral("event %1: date_updated is not a time").arg(event.id));
    const QJsonValue data = json.value(QLatin1String("data"));
    if (data.isObject())
        event.data = data.toObject();
    else if (!data.isNull() && !data.isUndefined())
        return fail(QStringLiteral("event %1: data is not an object").arg(event.id));
    event.previousData = json.value(QLatin1String("previous_data")).toObject();
    return event;
}

std::optional<CloseEventPage> CloseEventPage::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue data = json.value(QLatin1String("data"));
    if (!data.isArray()) {
        if (error)
            *error = QStringLiteral("no data");
        return std::nullopt;
    }
    CloseEventPage page;
    for (const QJsonValue &value : data.toArray()) {
        std::optional<CloseEvent> event = CloseEvent::fromJson(value.toObject(), error);
        if (!event)
            return std::nullopt;
        page.events << *event;
    }
    const QJsonValue next = json.value(QLatin1String("cursor_next"));
    if (!next.isString() && !next.isNull() && !next.isUndefined()) {
        if (error)
            *error = QStringLiteral("cursor_next is not a string");
        return std::nullopt;
    }
    page.cursorNext = next.toString();
    return page;
}
