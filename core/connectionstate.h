#pragma once

#include "apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class RetryQueue;
class CloseCall;
class CloseClient;
struct ApiResult;

//! Whether Draftbox can talk to Close, in one place: every answer the client gets says it.
//! Any answer from Close means online at once; an unreachable Close (network, timeout, 5xx)
//! offline; a 401 that Close refused the key. The status bar shows only what this says, and
//! what waits in the watched retry queues goes as soon as Close answers again.
class ConnectionState : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Unknown, //!< nothing answered yet since start or since switching accounts
        Online,
        Offline, //!< Close cannot be reached (or keeps failing)
        KeyRefused, //!< Close answered 401: the key or token is wrong or revoked
    };
    Q_ENUM(State)

    explicit ConnectionState(CloseClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    //! The last failure's message (empty when online).
    QString reason() const { return m_reason; }
    //! Edits and unconfirmed sends of the watched models that wait for Close.
    int waitingCount() const;
    //! The state for the status bar, e.g. "● Offline · 2 changes waiting".
    QString text() const;
    //! What it means and what to do.
    QString details() const;

    //! Counts what waits in `queue`, and lets it go as soon as Close answers again.
    void watch(RetryQueue *queue);
    //! Back to Unknown: the client now points somewhere else.
    void reset();
    //! Asks Close at once (F5); the answer sets the state like any other.
    void probe();

    static constexpr int firstReprobeMs = 2000;
    static constexpr int maxReprobeMs = 60000;

signals:
    void changed();

private:
    void take(CloseCall *call, const ApiResult &result);
    void set(State state, const QString &reason);

    QPointer<CloseClient> m_client;
    QList<QPointer<RetryQueue>> m_queues;
    QPointer<CloseCall> m_probe;
    //! While offline, Close is asked now and then whether it answers again (each wait twice
    //! the last, up to maxReprobeMs), so what waits for it goes as soon as it does.
    QTimer m_reprobe;
    State m_state = State::Unknown;
    QString m_reason;
};
