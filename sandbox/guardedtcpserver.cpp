#include "guardedtcpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

//! Content-Length of the request head at the start of `bytes`, or -1 if none is there yet.
qint64 announcedLength(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const QByteArray head = (headEnd < 0 ? bytes : bytes.left(headEnd)).toLower();
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at < 0)
        return -1;
    const qsizetype end = head.indexOf("\r\n", at + 2);
    bool ok = false;
    const qint64 length = head.mid(at + 17, end < 0 ? -1 : end - at - 17).trimmed().toLongLong(&ok);
    return ok ? length : -1;
}

//! What one connection is at: its timers and how much of its request has come.
struct ConnectionGuard : QObject
{
    using QObject::QObject;
    QTimer idle;
    QTimer request;
    qint64 received = 0; //!< bytes since the last answer
    bool refused = false; //!< too large: read and dropped, then answered 413
    qint64 toDrain = 0; //!< where the refused request ends, when it said so
    bool answered = false;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(const Limits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        socket->abort(); // refused before a byte is read
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);

    // Silent too long, or a request that never ends (a byte now and then): closed.
    auto *guard = new ConnectionGuard(socket);
    guard->idle.setSingleShot(true);
    guard->idle.setInterval(m_limits.idleTimeoutMs);
    guard->request.setSingleShot(true);
    guard->request.setInterval(m_limits.requestTimeoutMs);
    connect(&guard->idle, &QTimer::timeout, socket, &QTcpSocket::abort);
    connect(&guard->request, &QTimer::timeout, socket, &QTcpSocket::abort);
    guard->idle.start();

    // Connected before the HTTP server's own handler, so it sees each piece first. What has
    // come since the last answer is counted: past the limit (or announced past it) the request
    // is read and dropped as it comes, never buffered, and answered 413.
    connect(socket, &QTcpSocket::readyRead, guard, [this, socket, guard] {
        guard->idle.start();
        if (!guard->refused && !guard->request.isActive())
            guard->request.start();
        const QByteArray piece = socket->peek(socket->bytesAvailable());
        if (!guard->refused) {
            const qint64 announced = guard->received == 0 ? announcedLength(piece) : -1;
            constexpr qint64 longestHead = 64 * 1024;
            if (announced > m_limits.maxBodyBytes) {
                // Read to its end and dropped, so the client is there to hear the answer.
                guard->refused = true;
                guard->toDrain = piece.indexOf("\r\n\r\n") + 4 + announced;
            } else if (guard->received + piece.size() > m_limits.maxBodyBytes + longestHead) {
                guard->refused = true; // no end announced: answered now
            }
        }
        guard->received += piece.size();
        if (!guard->refused)
            return;
        socket->readAll();
        if (guard->received < guard->toDrain || guard->answered)
            return;
        guard->answered = true;
        const QByteArray body = QByteArrayLiteral(
            R"({"error": "The request body is larger than the sandbox accepts."})");
        socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\n"
                      "Content-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
    // An answer went out: the next request starts counting afresh.
    connect(socket, &QTcpSocket::bytesWritten, guard, [guard] {
        guard->idle.start();
        guard->request.stop();
        if (!guard->refused)
            guard->received = 0;
    });
    addPendingConnection(socket);
}
