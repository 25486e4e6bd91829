#include "singleinstance.h"

#include "accountlock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <optional>
#include <utility>

Q_LOGGING_CATEGORY(lcInstance, "draftbox.instance", QtInfoMsg)

namespace {

//! Between two tries to reach an instance that is not listening yet.
constexpr int retryMs = 100;

const QString versionKey = QStringLiteral("draftbox");
const QString argumentsKey = QStringLiteral("arguments");
const QString acceptedKey = QStringLiteral("accepted");

QByteArray lineOf(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

//! The command line of a launch message, or nothing if it is not one of this version.
std::optional<QStringList> argumentsOf(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    const QJsonObject message = document.object();
    if (error.error != QJsonParseError::NoError
        || message.value(versionKey).toInt() != SingleInstance::protocolVersion)
        return std::nullopt;
    const QJsonValue arguments = message.value(argumentsKey);
    if (!arguments.isArray())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &argument : arguments.toArray()) {
        if (!argument.isString())
            return std::nullopt;
        out << argument.toString();
    }
    return out;
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { endDelivery(tr("No Draftbox answered in time.")); });
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &SingleInstance::connectOutgoing);
}

SingleInstance::~SingleInstance() = default; // the server, a child, closes and removes its file

QString SingleInstance::serverName(const QString &scope)
{
    const QByteArray hash
        = QCryptographicHash::hash(AccountLock::pathFor(scope).toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    const QString name = QStringLiteral("draftbox-") + QString::fromLatin1(hash);
    // Without a runtime folder (Qt found none it may use), a bare name: QLocalServer puts it in
    // the temporary folder, and the socket's own permissions (user only) keep others out.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? name : QDir(runtime).filePath(name);
}

bool SingleInstance::listen(const QString &scope)
{
    if (isListening() && m_scope == scope)
        return true;
    close();
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    const QString name = serverName(scope);
    // The caller holds the account's lock, so no live Draftbox listens here: whatever is at
    // this path was left by one that crashed or was killed, and would make listen() fail.
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        qCWarning(lcInstance).noquote()
            << "cannot listen for later launches at" << name << ':' << m_server->errorString();
        return false;
    }
    m_scope = scope;
    return true;
}

void SingleInstance::close()
{
    if (m_server)
        m_server->close();
    m_scope.clear();
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        // The socket is the server's child; one that says nothing is cut off in time.
        QTimer::singleShot(m_timeoutMs, socket, &QLocalSocket::abort);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readLaunch(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SingleInstance::readLaunch(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > maxMessageBytes) {
            qCInfo(lcInstance) << "dropped a launch message longer than" << maxMessageBytes
                               << "bytes";
            socket->abort();
        }
        return;
    }
    disconnect(socket, &QLocalSocket::readyRead, this, nullptr); // one message per connection
    const QByteArray line = socket->readLine(maxMessageBytes + 1);
    if (line.size() > maxMessageBytes || !line.endsWith('\n')) {
        // However it arrived (in one piece, or the end of it later): cut off.
        qCInfo(lcInstance) << "dropped a launch message longer than" << maxMessageBytes << "bytes";
        socket->abort();
        return;
    }
    const std::optional<QStringList> arguments = argumentsOf(line);
    socket->write(lineOf({{versionKey, protocolVersion}, {acceptedKey, arguments.has_value()}}));
    socket->disconnectFromServer(); // once the answer is written
    if (!arguments) {
        qCInfo(lcInstance) << "refused a launch message of another version or shape";
        return;
    }
    qCDebug(lcInstance) << "a later launch asked for the window:" << *arguments;
    // Queued: whoever handles it may close the server, and this socket with it, whose signal
    // this is.
    QMetaObject::invokeMethod(
        this, [this, arguments = *arguments] { emit launched(arguments); }, Qt::QueuedConnection);
}

void SingleInstance::deliver(const QString &scope, const QStringList &arguments)
{
    m_message = lineOf(
        {{versionKey, protocolVersion}, {argumentsKey, QJsonArray::fromStringList(arguments)}});
    m_target = serverName(scope);
    if (!m_outgoing) {
        m_outgoing = new QLocalSocket(this);
        connect(m_outgoing, &QLocalSocket::connected, this,
                [this] { m_outgoing->write(m_message); });
        connect(m_outgoing, &QLocalSocket::readyRead, this, &SingleInstance::readAnswer);
        connect(m_outgoing, &QLocalSocket::errorOccurred, this,
                [this](QLocalSocket::LocalSocketError error) {
                    if (!m_delivering)
                        return; // the delivery ended (an answer, then the peer closing)
                    // Nobody listening yet (the instance took the lock a moment ago), or the
                    // socket file of a crashed one that the next instance will replace.
                    if (error == QLocalSocket::ServerNotFoundError
                        || error == QLocalSocket::ConnectionRefusedError) {
                        m_retry.start();
                        return;
                    }
                    endDelivery(tr("The Draftbox already open did not take the command line: %1")
                                    .arg(m_outgoing->errorString()));
                });
    }
    m_delivering = true;
    m_deadline.start(m_timeoutMs);
    if (m_message.size() > maxMessageBytes) {
        endDelivery(tr("The command line is too long to hand over."));
        return;
    }
    connectOutgoing();
}

void SingleInstance::connectOutgoing()
{
    m_outgoing->abort();
    m_outgoing->connectToServer(m_target);
}

void SingleInstance::readAnswer()
{
    if (!m_delivering)
        return;
    if (!m_outgoing->canReadLine()) {
        if (m_outgoing->bytesAvailable() > maxMessageBytes)
            endDelivery(tr("The Draftbox already open gave an answer Draftbox does not know."));
        return;
    }
    const QJsonObject answer
        = QJsonDocument::fromJson(m_outgoing->readLine(maxMessageBytes + 1)).object();
    endDelivery(answer.value(acceptedKey).toBool()
                    ? QString()
                    : tr("The Draftbox already open is another version: quit it, then start "
                         "this one again."));
}

void SingleInstance::endDelivery(const QString &why)
{
    if (!std::exchange(m_delivering, false))
        return;
    m_deadline.stop();
    m_retry.stop();
    m_outgoing->abort();
    // Never from inside deliver(): a caller that waits for the end has not started waiting.
    QMetaObject::invokeMethod(
        this,
        [this, why] {
            if (why.isEmpty())
                emit delivered();
            else
                emit undelivered(why);
        },
        Qt::QueuedConnection);
}
