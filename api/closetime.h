#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

//! Close's datetimes: ISO 8601, usually with microseconds and `+00:00`, sometimes without an
//! offset (which means UTC). Parsed into UTC; written the way Close writes them.
namespace CloseTime {

std::optional<QDateTime> parse(const QString &text);
QString format(const QDateTime &dateTime);

} // namespace CloseTime
