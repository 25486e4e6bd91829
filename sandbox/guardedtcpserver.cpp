#include "guardedtcpserver.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

//! What is wrong with how a complete request head at the start of `bytes` frames its body, as
//! Close would answer it ({status, message}), or {0, {}} if nothing is (or the head is not all
//! there yet). A Content-Length that is not one plain number leaves the body's end unknown: read
//! as no body, the body would be taken for the next request on the connection.
QPair<int, QString> framingFault(const QByteArray &bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return {};
    const QList<QByteArray> lines = bytes.left(headEnd).split('\n');
    QList<QByteArray> lengths;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed().toLower();
        if (name == "content-length")
            lengths.append(lines[i].mid(colon + 1).trimmed());
        else if (name == "transfer-encoding")
            chunked = true;
    }
    for (const QByteArray &length : std::as_const(lengths)) {
        const bool digits = !length.isEmpty() && length.size() <= 18
            && std::all_of(length.cbegin(), length.cend(),
                           [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
            QString shown;
            for (const char c : length.left(40))
                shown += c >= ' ' && c < 127 ? QChar::fromLatin1(c) : QChar(u'?');
            return {400,
                    QStringLiteral("Content-Length \"%1\" is not a number of bytes.").arg(shown)};
        }
        if (length.toLongLong() != lengths.first().toLongLong())
            return {400, QStringLiteral("The request has two different Content-Length headers.")};
    }
    const QByteArray method = lines.first().left(lines.first().indexOf(' '));
    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH";
    if (hasBody && lengths.isEmpty() && !chunked)
        return {411,
                QStringLiteral("A %1 request needs a Content-Length header (or a chunked body).")
                    .arg(QString::fromLatin1(method))};
    return {};
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
        if (!guard->refused && guard->received == 0) {
            // Its body's end unknown: answered and closed, nothing more read from it.
            const auto [status, message] = framingFault(piece);
            if (status != 0) {
                guard->refused = guard->answered = true;
                socket->readAll();
                const QByteArray body
                    = QJsonDocument(QJsonObject {{QStringLiteral("errors"), QJsonArray {message}},
                                                 {QStringLiteral("field-errors"), QJsonObject {}}})
                          .toJson(QJsonDocument::Compact);
                socket->write("HTTP/1.1 " + QByteArray::number(status)
                              + (status == 411 ? " Length Required" : " Bad Request")
                              + "\r\nContent-Type: application/json\r\nContent-Length: "
                              + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
                              + body);
                socket->disconnectFromHost();
                return;
            }
        }
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
