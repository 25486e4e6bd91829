#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

//! Close's datetime wire format: ISO 8601 with microseconds and an explicit `+00:00` offset.
namespace Timestamps {

QString format(const QDateTime &dateTime);
//! The event log's own dates: UTC with no offset and millisecond precision written as six
//! digits ("2016-10-19T12:22:10.434000"), as Close's sample event has them.
QString formatWithoutOffset(const QDateTime &dateTime);

//! Accepts what Close clients send: with or without an offset (no offset means UTC), `Z`,
//! any number of fraction digits, a space instead of `T`, and (with allowDate) a plain date.
std::optional<QDateTime> parse(const QString &text, bool allowDate = false);

} // namespace Timestamps
