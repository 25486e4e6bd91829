#include "sandboxserver.h"

#include "guardedtcpserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSandboxHttp, "draftbox.sandbox.http", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

SandboxServer::SandboxServer(const SandboxConfig &config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(config)
    , m_limiter(config.rateLimit)
    , m_faultRandom(config.randomSeed)
{ }

bool SandboxServer::start(QString *error)
{
    GuardedTcpServer::Limits limits;
    limits.maxConnections = m_config.maxConnections;
    limits.idleTimeoutMs = m_config.idleTimeoutMs;
    limits.requestTimeoutMs = std::max(limits.requestTimeoutMs, 2 * m_config.stallMs);
    limits.maxBodyBytes = m_config.maxBodyBytes;
    auto *tcp = new GuardedTcpServer(limits, this);
    if (tcp->listen(m_config.address, m_config.port)) {
        m_port = tcp->serverPort();
        bind(tcp);
    } else {
        delete tcp;
    }
    if (m_port == 0) {
        *error = QStringLiteral("cannot listen on %1:%2")
                     .arg(m_config.address.toString())
                     .arg(m_config.port);
        return false;
    }
    // The data's file URLs point at this server, so it listens first.
    QUrl origin = baseUrl();
    origin.setPath(QString());
    m_api.setOrigin(origin.toString());
    m_api.setMaxSkip(m_config.maxSkip);
    if (m_config.dataFile.isEmpty())
        m_api.seed(m_config.seedCount, m_config.randomSeed);
    else if (!m_api.open(m_config.dataFile, m_config.seedCount, m_config.randomSeed, error))
        return false;
    m_api.replyEvery(m_config.replyEverySeconds);
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(m_port);
    url.setPath(QString(SandboxApi::basePath));
    return url;
}

std::optional<QString> SandboxServer::credential(const QHttpServerRequest &request) const
{
    const QByteArray authorization = header(request, "Authorization").trimmed();
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed(),
                                                          QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0 || colon != decoded.size() - 1)
            return std::nullopt; // Close wants the key as user name and an empty password
        if (QString::fromUtf8(decoded.left(colon)) == m_config.apiKey && !m_config.apiKey.isEmpty())
            return m_config.apiKey;
    } else if (authorization.startsWith("Bearer ")) {
        if (QString::fromUtf8(authorization.mid(7).trimmed()) == m_config.oauthToken
            && !m_config.oauthToken.isEmpty())
            return m_config.oauthToken;
    }
    return std::nullopt;
}

SandboxServer::Fault SandboxServer::rollFault()
{
    if (!m_queuedFaults.isEmpty())
        return m_queuedFaults.takeFirst();
    if (m_config.faultRate <= 0 || m_faultRandom.generateDouble() >= m_config.faultRate)
        return Fault::None;
    static constexpr Fault kinds[] = {Fault::ServerError, Fault::Unavailable, Fault::DropBefore,
                                      Fault::DropAfter, Fault::Stall};
    return kinds[m_faultRandom.bounded(int(std::size(kinds)))];
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.body = request.body();
    r.contentType = header(request, "Content-Type");

    if (r.path == QString(SandboxApi::basePath) + QStringLiteral("_sandbox/faults/")
        && r.method == "POST") {
        deliver(request, socket, queueFaults(r.body));
        return true;
    }
    if (r.path == QString(FileStore::uploadPath)) {
        deliver(request, socket, m_api.upload(r));
        return true;
    }
    if (SandboxApi::isSandboxOwn(r.path)) {
        deliver(request, socket, m_api.handle(r));
        return true;
    }

    const std::optional<QString> key = credential(request);
    if (!key) {
        deliver(
            request, socket,
            SandboxResponse::error(401,
                                   QStringLiteral("Authentication failed: send your API "
                                                  "key as the Basic auth user name with an "
                                                  "empty password, or an OAuth Bearer token.")));
        return true;
    }

    ++m_authenticated;
    const RateLimiter::Decision limit = m_limiter.take(*key);
    const QByteArray rateHeader = QByteArrayLiteral("limit=") + QByteArray::number(limit.limit)
        + QByteArrayLiteral(", remaining=") + QByteArray::number(limit.remaining)
        + QByteArrayLiteral(", reset=") + QByteArray::number(limit.resetSeconds);
    const auto withRateHeader = [&](SandboxResponse response) {
        if (m_limiter.enabled())
            response.headers.append({QByteArrayLiteral("RateLimit"), rateHeader});
        return response;
    };
    if (!limit.allowed) {
        SandboxResponse response = SandboxResponse::json(
            {{QStringLiteral("error"),
              QJsonObject {{QStringLiteral("message"),
                            QStringLiteral("API rate limit exceeded. Retry after %1 s.")
                                .arg(limit.resetSeconds)},
                           {QStringLiteral("rate_reset"), limit.resetSeconds},
                           {QStringLiteral("rate_limit"), limit.limit}}}},
            429);
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(limit.resetSeconds)});
        deliver(request, socket, withRateHeader(response));
        return true;
    }

    const Fault fault = rollFault();
    if (fault != Fault::None)
        ++m_faultsInjected;
    QPointer<QTcpSocket> guard(socket);
    switch (fault) {
    case Fault::ServerError:
        deliver(request, socket,
                withRateHeader(SandboxResponse::error(
                    500, QStringLiteral("Internal server error (injected by the sandbox)."))));
        return true;
    case Fault::Unavailable: {
        SandboxResponse response = SandboxResponse::error(
            503, QStringLiteral("Service unavailable (injected by the sandbox)."));
        deliver(request, socket, withRateHeader(response));
        return true;
    }
    case Fault::DropBefore:
        qCDebug(lcSandboxHttp) << r.method << r.path << "-> dropped before processing (injected)";
        socket->abort();
        return true;
    case Fault::DropAfter:
        m_api.handle(r);
        qCDebug(lcSandboxHttp) << r.method << r.path << "-> processed, then dropped (injected)";
        socket->abort();
        return true;
    case Fault::Stall:
        m_api.handle(r);
        qCDebug(lcSandboxHttp) << r.method << r.path << "-> processed, reply stalled (injected)";
        QTimer::singleShot(m_config.stallMs, this, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    case Fault::None:
        break;
    }
    deliver(request, socket, withRateHeader(m_api.handle(r)));
    return true;
}

SandboxResponse SandboxServer::queueFaults(const QByteArray &body)
{
    static const QHash<QString, Fault> names = {
        {QStringLiteral("500"), Fault::ServerError},
        {QStringLiteral("503"), Fault::Unavailable},
        {QStringLiteral("drop-before"), Fault::DropBefore},
        {QStringLiteral("drop-after"), Fault::DropAfter},
        {QStringLiteral("stall"), Fault::Stall},
        {QStringLiteral("none"), Fault::None},
    };
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isObject() || !json.object().value(QLatin1String("next")).isArray())
        return SandboxResponse::invalid(
            {QStringLiteral("Send a JSON object: {\"next\": [\"500\", \"none\", ...]}.")});
    const QJsonArray next = json.object().value(QLatin1String("next")).toArray();
    QList<Fault> faults;
    for (const QJsonValue &v : next) {
        if (!names.contains(v.toString()))
            return SandboxResponse::fieldError(QStringLiteral("next"),
                                               QStringLiteral("Faults are 500, 503, drop-before, "
                                                              "drop-after, stall or none."));
        faults << names.value(v.toString());
    }
    m_queuedFaults << faults;
    return SandboxResponse::json({{QStringLiteral("queued"), int(m_queuedFaults.size())}});
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket, SandboxResponse::error(404, QStringLiteral("Not found.")));
}

void SandboxServer::deliver(const QHttpServerRequest &request, QTcpSocket *socket,
                            SandboxResponse response)
{
    qCDebug(lcSandboxHttp) << methodName(request.method()) << request.url().path() << "->"
                           << response.status;
    if (m_config.latencyMs <= 0) {
        write(request, socket, response);
        return;
    }
    // The request object lives as long as its connection; only answer while that is open.
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *pending = &request;
    QTimer::singleShot(m_config.latencyMs, this, [this, guard, pending, response] {
        if (guard && guard->state() == QAbstractSocket::ConnectedState)
            write(*pending, guard, response);
    });
}

void SandboxServer::write(const QHttpServerRequest &request, QTcpSocket *socket,
                          const SandboxResponse &response)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeBody(response.body);
}
