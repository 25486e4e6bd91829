#include "hostileserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>

namespace {

constexpr qsizetype longestHead = 64 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? "Server Error" : "Status";
    }
}

} // namespace

HostileServer::HostileServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
    m_server.listen(QHostAddress::LocalHost);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/").arg(m_server.serverPort()));
}

QByteArray HostileServer::page(const QJsonArray &data, bool hasMore)
{
    return QJsonDocument(
               QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("has_more"), hasMore}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject HostileServer::sms(const QString &id, const QString &text)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("_type"), QStringLiteral("SMS")},
            {QStringLiteral("status"), QStringLiteral("draft")},
            {QStringLiteral("direction"), QStringLiteral("outbound")},
            {QStringLiteral("text"), text},
            {QStringLiteral("lead_id"), QStringLiteral("lead_hostile")},
            {QStringLiteral("local_phone"), QStringLiteral("+14155550100")},
            {QStringLiteral("remote_phone"), QStringLiteral("+14155550123")},
            {QStringLiteral("date_created"), QStringLiteral("2026-11-30T10:00:00.000000+00:00")},
            {QStringLiteral("date_updated"), QStringLiteral("2026-11-30T10:00:00.000000+00:00")}};
}

void HostileServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto *received = new QByteArray;
    connect(socket, &QObject::destroyed, this, [received] { delete received; });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, received] {
        *received += socket->readAll();
        const qsizetype headEnd = received->indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (received->size() > longestHead)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = received->left(headEnd).split('\n');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (received->size() < headEnd + 4 + length)
            return;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        Request request;
        request.method = requestLine.value(0);
        request.path = url.path();
        request.query = QUrlQuery(url);
        request.body = received->mid(headEnd + 4, length);
        received->clear();
        ++m_requests;
        const Answer answer = m_handler(request);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
            + reason(answer.status) + "\r\nContent-Type: " + answer.contentType
            + "\r\nContent-Length: " + QByteArray::number(answer.body.size())
            + "\r\nConnection: close\r\n\r\n";
        socket->write(head);
        // In pieces, so that a client that has read enough can hang up halfway. What is left
        // to write goes with the socket.
        auto *rest = new QObject(socket);
        rest->setProperty("body", answer.body);
        rest->setProperty("written", qsizetype(0));
        const auto more = [socket, rest] {
            constexpr qsizetype piece = 256 * 1024;
            const QByteArray body = rest->property("body").toByteArray();
            const qsizetype written = rest->property("written").value<qsizetype>();
            if (written >= body.size()) {
                socket->disconnectFromHost();
                return;
            }
            if (socket->bytesToWrite() > piece)
                return; // bytesWritten() comes again
            socket->write(body.constData() + written, std::min(piece, body.size() - written));
            rest->setProperty("written", written + piece);
        };
        connect(socket, &QTcpSocket::bytesWritten, rest, more);
        connect(socket, &QTcpSocket::disconnected, this, [this, rest] {
            if (rest->property("written").value<qsizetype>()
                < rest->property("body").toByteArray().size())
                ++m_abandoned;
        });
        more();
    });
}
