#pragma once

#include <QByteArray>
#include <QDateTime>

#include <optional>

//! Close's `RateLimit: limit=100, remaining=0, reset=1` header. Both `,` and `;` separate the
//! keys in the wild, in any order; `reset` is in seconds.
struct RateLimitInfo
{
    int limit = -1;
    int remaining = -1;
    double resetSeconds = -1;

    static std::optional<RateLimitInfo> parse(const QByteArray &header);
    //! `Retry-After` as seconds or an HTTP date; nullopt when it says neither.
    static std::optional<double> parseRetryAfter(const QByteArray &header,
                                                 const QDateTime &now
                                                 = QDateTime::currentDateTimeUtc());
};
