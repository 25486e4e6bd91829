#include "ratelimiter.h"

#include <algorithm>

namespace {
constexpr qint64 windowMs = 1000;
}

RateLimiter::RateLimiter(int perSecond)
    : m_limit(std::max(0, perSecond))
{
    m_clock.start();
}

RateLimiter::Decision RateLimiter::take(const QString &key)
{
    Decision d;
    d.limit = m_limit;
    if (m_limit <= 0)
        return d;

    const qint64 now = m_clock.elapsed();
    QList<qint64> &stamps = m_recent[key];
    stamps.erase(stamps.begin(), std::find_if(stamps.begin(), stamps.end(), [now](qint64 t) {
                     return now - t < windowMs;
                 }));
    if (stamps.size() >= m_limit) {
        d.allowed = false;
        d.remaining = 0;
        const qint64 waitMs = stamps.constFirst() + windowMs - now;
        d.resetSeconds = int(std::max<qint64>(1, (waitMs + 999) / 1000));
        return d;
    }
    stamps.append(now);
    d.remaining = int(m_limit - stamps.size());
    d.resetSeconds = int(std::max<qint64>(1, (stamps.constFirst() + windowMs - now + 999) / 1000));
    return d;
}
