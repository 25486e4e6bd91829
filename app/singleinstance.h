#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QLocalServer;
class QLocalSocket;

//! One Draftbox per account: the process that holds an account's AccountLock listens on a
//! local socket named after that lock; a later launch for the same account hands it its
//! command line there and leaves, and the first brings its window up.
//!
//! The socket is in the user's runtime folder (XDG_RUNTIME_DIR: the user's alone, emptied at
//! logout), not in /tmp, where another user could take the name first. Its name is a hash of
//! the lock file's path, so it differs for each user, data folder and account.
//!
//! What goes over it is one line of compact JSON each way, at most maxMessageBytes:
//! `{"draftbox":1,"arguments":["draftbox","--sandbox"]}` from the later launch, and
//! `{"draftbox":1,"accepted":true}` back once the first has taken them. The arguments are the
//! command line only: a key from the environment (CLOSE_API_KEY) never goes over the socket.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    //! The version of the messages; a message of another version is answered "not accepted".
    static constexpr int protocolVersion = 1;
    //! A line longer than this is not a launch of Draftbox's: the connection is dropped.
    static constexpr qint64 maxMessageBytes = 64 * 1024;
    //! How long a later launch waits for the first to answer, and the first for it to speak.
    static constexpr int defaultTimeoutMs = 5000;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    //! Where the instance of the account `scope` listens: a path in the runtime folder.
    static QString serverName(const QString &scope);

    //! Listens for later launches for `scope`, instead of the scope it listened for before.
    //! Only with `scope`'s AccountLock held: a socket file already there is then one a crashed
    //! Draftbox left, and is removed. False (and logged) if it cannot listen: Draftbox works
    //! the same, only a later launch opens a window of its own.
    bool listen(const QString &scope);
    //! Stops listening (the socket file goes).
    void close();
    bool isListening() const;
    //! The scope listened for, or empty.
    QString scope() const { return m_scope; }

    //! Hands `arguments` (a command line, program name first) to the instance listening for
    //! `scope`; ends in delivered() or undelivered(). Connecting is tried again for a while:
    //! that instance may have taken the lock and not be listening yet. One at a time.
    void deliver(const QString &scope, const QStringList &arguments);
    //! How long deliver() tries and a received connection may stay silent.
    void setTimeout(int ms) { m_timeoutMs = ms; }

signals:
    //! A later launch for this scope asked for the window with `arguments`.
    void launched(const QStringList &arguments);
    //! The instance took the arguments.
    void delivered();
    //! No instance took them: `why`, for the log.
    void undelivered(const QString &why);

private:
    void acceptConnections();
    void readLaunch(QLocalSocket *socket);
    void connectOutgoing();
    void readAnswer();
    void endDelivery(const QString &why);

    QLocalServer *m_server = nullptr;
    QString m_scope;
    int m_timeoutMs = defaultTimeoutMs;
    // The delivery in progress.
    QLocalSocket *m_outgoing = nullptr;
    QByteArray m_message;
    QString m_target;
    QTimer m_deadline;
    QTimer m_retry;
    bool m_delivering = false;
};
