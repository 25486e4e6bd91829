#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

//! A one-second sliding window per API key, as Close limits requests per key.
class RateLimiter
{
public:
    struct Decision
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        int resetSeconds = 0; //!< whole seconds until a request would be allowed again
    };

    explicit RateLimiter(int perSecond);

    bool enabled() const { return m_limit > 0; }
    Decision take(const QString &key);

private:
    int m_limit;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_recent;
};
