#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QTimer>

//! The activities whose request waits for Close to answer again (offline, 5xx, rate limited
//! past CloseCall's own retries): tried again together, with a jittered back-off that doubles
//! at each failure up to a ceiling, and at once when Close answers anything.
//! CloseCall retries one request a few times within seconds; this outlasts an outage.
class RetryQueue : public QObject
{
    Q_OBJECT

public:
    explicit RetryQueue(QObject *parent = nullptr);

    //! The first back-off step; it doubles with each failure, up to maxMs.
    void setBackoff(int firstMs, int maxMs);
    //! `id` waits (after those already waiting); the next step starts unless one is running.
    void wait(const QString &id);
    void remove(const QString &id);
    void clear();
    bool contains(const QString &id) const { return m_waiting.contains(id); }
    int count() const { return int(m_waiting.size()); }
    //! When what waits is due (invalid if nothing waits).
    QDateTime nextAttempt() const { return m_nextAttempt; }
    //! Close answered: the back-off starts over and what waits is due at once.
    void answered();
    //! What waits is due now, whatever the back-off says.
    void retryNow();

signals:
    //! count() changed.
    void changed();
    //! These are due, in the order they started waiting; they no longer wait.
    void due(const QStringList &ids);

private:
    void release();

    QStringList m_waiting;
    QTimer m_timer;
    int m_stepMs = 0;
    int m_firstMs = 2000;
    int m_maxMs = 60000;
    QDateTime m_nextAttempt;
};
