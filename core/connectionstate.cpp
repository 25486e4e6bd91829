#include "connectionstate.h"

#include "closecall.h"
#include "closeclient.h"
#include "retryqueue.h"

#include <algorithm>

ConnectionState::ConnectionState(CloseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(client, &CloseClient::callFinished, this, &ConnectionState::take);
    m_reprobe.setSingleShot(true);
    connect(&m_reprobe, &QTimer::timeout, this, [this] {
        if (m_state != State::Offline)
            return;
        probe();
        m_reprobe.start(std::min(2 * m_reprobe.interval(), maxReprobeMs));
    });
}

int ConnectionState::waitingCount() const
{
    int waiting = 0;
    for (const QPointer<RetryQueue> &queue : m_queues) {
        if (queue)
            waiting += queue->count();
    }
    return waiting;
}

void ConnectionState::watch(RetryQueue *queue)
{
    m_queues << queue;
    connect(queue, &RetryQueue::changed, this, &ConnectionState::changed);
}

void ConnectionState::reset()
{
    if (m_probe)
        m_probe->cancel();
    set(State::Unknown, {});
}

void ConnectionState::probe()
{
    if (!m_client || m_probe)
        return;
    m_probe = m_client->me();
    m_probe->setBackground(true); // the status bar says how it went, not the Problems panel
}

void ConnectionState::take(CloseCall *call, const ApiResult &result)
{
    if (call == m_probe)
        m_probe.clear();
    switch (result.error.category) {
    case ApiError::Category::None:
        set(State::Online, {});
        return;
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
        // A send whose answer was lost, then re-read: Close did answer the re-read.
        if (result.unconfirmed && !result.json.isEmpty())
            set(State::Online, {});
        else
            set(State::Offline, result.error.message);
        return;
    case ApiError::Category::Server:
        set(State::Offline, result.error.message);
        return;
    case ApiError::Category::Unauthorized:
        set(State::KeyRefused, result.error.message);
        return;
    case ApiError::Category::Canceled:
    case ApiError::Category::Insecure:
        return; // Close was not asked
    default:
        set(State::Online, {}); // Close answered, if only to refuse this request
        return;
    }
}

void ConnectionState::set(State state, const QString &reason)
{
    const bool back = m_state != State::Online && state == State::Online;
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    if (state == State::Offline && !m_reprobe.isActive())
        m_reprobe.start(firstReprobeMs);
    else if (state != State::Offline)
        m_reprobe.stop();
    emit changed();
    if (back) {
        for (const QPointer<RetryQueue> &queue : m_queues) {
            if (queue)
                queue->answered();
        }
    }
}

QString ConnectionState::text() const
{
    const int waiting = waitingCount();
    switch (m_state) {
    case State::Unknown:
        return tr("● Connecting…");
    case State::Online:
        return waiting == 0 ? tr("● Connected")
            : waiting == 1  ? tr("● Connected · 1 change waiting")
                            : tr("● Connected · %n changes waiting", nullptr, waiting);
    case State::Offline:
        return waiting == 0 ? tr("● Offline")
            : waiting == 1  ? tr("● Offline · 1 change waiting")
                            : tr("● Offline · %n changes waiting", nullptr, waiting);
    case State::KeyRefused:
        return tr("● Close refused the API key — reconnect (Ctrl+Shift+K)");
    }
    return {};
}

QString ConnectionState::details() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Waiting for Close's first answer.");
    case State::Online:
        return tr("Close answers.");
    case State::Offline:
        return tr("Close cannot be reached: %1 Waiting edits are saved (and unconfirmed sends "
                  "checked) by themselves when it answers again; Refresh (F5) tries at once.")
            .arg(m_reason);
    case State::KeyRefused:
        return tr("Close refused the API key or token in use: %1 Connect with a valid one "
                  "(File → Connect to Close…, Ctrl+Shift+K) or go back to sample data.")
            .arg(m_reason);
    }
    return {};
}
