#include "retryqueue.h"

#include <QRandomGenerator>

RetryQueue::RetryQueue(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetryQueue::release);
}

void RetryQueue::setBackoff(int firstMs, int maxMs)
{
    m_firstMs = std::max(1, firstMs);
    m_maxMs = std::max(m_firstMs, maxMs);
}

void RetryQueue::wait(const QString &id)
{
    if (!m_waiting.contains(id)) {
        m_waiting << id;
        emit changed();
    }
    if (m_timer.isActive())
        return;
    m_stepMs = m_stepMs == 0 ? m_firstMs : std::min(m_stepMs * 2, m_maxMs);
    // Half the step plus up to half again: many clients back from one outage do not all knock
    // at the same moment.
    const int delay = m_stepMs / 2 + int(QRandomGenerator::global()->bounded(m_stepMs / 2 + 1));
    m_nextAttempt = QDateTime::currentDateTime().addMSecs(delay);
    m_timer.start(delay);
}

void RetryQueue::remove(const QString &id)
{
    if (m_waiting.removeAll(id) == 0)
        return;
    if (m_waiting.isEmpty()) {
        m_timer.stop();
        m_nextAttempt = {};
    }
    emit changed();
}

void RetryQueue::clear()
{
    m_timer.stop();
    m_nextAttempt = {};
    m_stepMs = 0;
    if (!std::exchange(m_waiting, {}).isEmpty())
        emit changed();
}

void RetryQueue::answered()
{
    m_stepMs = 0;
    if (!m_waiting.isEmpty()) {
        m_nextAttempt = QDateTime::currentDateTime();
        m_timer.start(0);
    }
}

void RetryQueue::retryNow()
{
    m_timer.stop();
    release();
}

void RetryQueue::release()
{
    m_nextAttempt = {};
    const QStringList ids = std::exchange(m_waiting, {});
    if (ids.isEmpty())
        return;
    emit changed();
    emit due(ids);
}
