#include "closecall.h"

#include "closeclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcCall, "draftbox.api.call", QtInfoMsg)

namespace {

bool isGatewayError(int status)
{
    return status == 502 || status == 503 || status == 504;
}

//! The client's policy as it applies to this call: a call on another account is tried once.
CloseClient::Policy policyFor(const CloseClient *client, const CloseCall::Spec &spec)
{
    CloseClient::Policy policy = client ? client->policy() : CloseClient::Policy();
    if (!client || spec.account) {
        policy.maxTransientRetries = 0;
        policy.maxRateLimitRetries = 0;
    }
    if (spec.transferTimeoutMs > 0)
        policy.transferTimeoutMs = spec.transferTimeoutMs;
    return policy;
}

} // namespace

CloseCall::CloseCall(CloseClient *client, Spec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CloseCall::send);
    // Start from the event loop, so whoever made the call can connect to finished() first.
    QMetaObject::invokeMethod(this, &CloseCall::send, Qt::QueuedConnection);
}

CloseCall::~CloseCall() = default; // here, where QNetworkReply is whole for m_reply

void CloseCall::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finishes the reply; handleReply() reports the cancel
        return;
    }
    ApiResult result;
    result.error.category = ApiError::Category::Canceled;
    result.error.message = tr("Canceled.");
    finish(result);
}

void CloseCall::send()
{
    if (m_finished || m_canceled || !m_client)
        return;
    const QString refused
        = CloseClient::whyRefused(m_spec.account ? m_spec.account->baseUrl : m_client->baseUrl());
    const bool signedIn
        = m_spec.account ? !m_spec.account->secret.isEmpty() : m_client->hasCredentials();
    if (!refused.isEmpty() || !signedIn) {
        ApiResult result;
        result.error.category
            = refused.isEmpty() ? ApiError::Category::Unauthorized : ApiError::Category::Insecure;
        result.error.message = refused.isEmpty() ? tr("No API key or token is set.") : refused;
        finish(result);
        return;
    }
    QUrlQuery query = m_spec.query;
    if (m_spec.allPages) {
        query.removeAllQueryItems(QStringLiteral("_skip"));
        query.removeAllQueryItems(QStringLiteral("_limit"));
        query.addQueryItem(QStringLiteral("_skip"), QString::number(m_skip));
        query.addQueryItem(QStringLiteral("_limit"), QString::number(m_spec.pageSize));
    }
    ++m_attempts;
    m_reply.reset(m_client->start(m_spec, query));
    connect(m_reply.get(), &QNetworkReply::finished, this, &CloseCall::handleReply);
    connect(m_reply.get(), &QNetworkReply::metaDataChanged, this, &CloseCall::checkSize);
    connect(m_reply.get(), &QIODevice::readyRead, this, &CloseCall::checkSize);
}

void CloseCall::checkSize()
{
    QNetworkReply *reply = m_reply.get();
    if (!reply || m_tooLarge)
        return;
    const qint64 limit = policyFor(m_client, m_spec).maxAnswerBytes;
    // What is announced, and what has come (decompressed, as it would be read).
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (announced <= limit && reply->bytesAvailable() <= limit)
        return;
    m_tooLarge = true;
    reply->abort(); // finished() follows at once: handleReply() tells
}

ApiError CloseCall::tooLarge() const
{
    const qint64 limit = policyFor(m_client, m_spec).maxAnswerBytes;
    ApiError error;
    error.category = ApiError::Category::MalformedBody;
    error.message = tr("Close's answer was larger than the %1 MB Draftbox reads for one request, "
                       "so it was not read.")
                        .arg(std::max<qint64>(1, limit / (1024 * 1024)));
    return error;
}

void CloseCall::handleReply()
{
    QNetworkReply *reply = m_reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = reply->errorString();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QByteArray rateLimit = reply->rawHeader("RateLimit");
    const QByteArray retryAfter = reply->rawHeader("Retry-After");
    m_reply.reset();
    qCDebug(lcCall) << m_spec.method << m_spec.path << "->" << status << networkError;

    if (m_canceled) {
        ApiResult result;
        result.error.category = ApiError::Category::Canceled;
        result.error.message = tr("Canceled.");
        finish(result);
        return;
    }
    if (m_tooLarge) {
        // Asking again would bring as much again. A send or a create was carried out, or not:
        // as with a lost answer, Close is asked what became of it, or the rep is told.
        const ApiError error = tooLarge();
        if (m_spec.kind == Kind::Send) {
            reread(error);
            return;
        }
        ApiResult result;
        result.error = error;
        if (m_spec.kind == Kind::Create)
            result.error.message += QLatin1Char(' ')
                + tr("It may or may not have been created; refresh before trying again.");
        finish(result);
        return;
    }

    const bool retriable = m_spec.kind == Kind::Read || m_spec.kind == Kind::Idempotent;
    const CloseClient::Policy policy = policyFor(m_client, m_spec);
    if (status == 0) {
        ApiError error;
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        error.category = timedOut ? ApiError::Category::Timeout : ApiError::Category::Network;
        error.message = timedOut
            ? tr("Close did not answer within %1 s.").arg(policy.transferTimeoutMs / 1000)
            : tr("Could not reach Close: %1").arg(networkText);
        if (retriable && m_transientRetries < policy.maxTransientRetries) {
            ++m_transientRetries;
            retryLater(error, backoffMs());
        } else if (m_spec.kind == Kind::Send) {
            reread(error);
        } else {
            if (m_spec.kind == Kind::Create)
                error.message += QLatin1Char(' ')
                    + tr("It may or may not have been created; refresh before trying again.");
            ApiResult result;
            result.error = error;
            finish(result);
        }
        return;
    }

    const ApiError error = ApiError::fromHttp(status, body, rateLimit, retryAfter);
    if (error.category == ApiError::Category::RateLimited
        && m_rateLimitRetries < policy.maxRateLimitRetries
        && error.retryAfterSeconds <= policy.maxRateLimitWaitSeconds) {
        ++m_rateLimitRetries;
        // A refused request was not carried out, so even a send may be repeated.
        const int jitter = QRandomGenerator::global()->bounded(250);
        retryLater(error, int(error.retryAfterSeconds * 1000) + jitter);
        return;
    }
    if (isGatewayError(status)) {
        if (retriable && m_transientRetries < policy.maxTransientRetries) {
            ++m_transientRetries;
            retryLater(error, backoffMs());
            return;
        }
        if (m_spec.kind == Kind::Send) {
            reread(error); // a gateway may have passed the request on before failing
            return;
        }
    }
    if (error.isError()) {
        ApiResult result;
        result.error = error;
        result.json = QJsonDocument::fromJson(body);
        finish(result);
        return;
    }

    // A page of 100 activities takes milliseconds to parse and check: that is done on a worker
    // while the main thread paints and takes in the page before. Small answers are read here.
    constexpr qsizetype readAside = 16 * 1024;
    QCoreApplication *app = QCoreApplication::instance();
    if (body.size() < readAside || !app) {
        decoded(status, decode(body, m_spec.validate));
        return;
    }
    QThreadPool::globalInstance()->start(
        [self = QPointer<CloseCall>(this), app, body, validate = m_spec.validate, status] {
            Decoded answer = decode(body, validate);
            // Back on the main thread, where `self` may be asked whether the call is still there.
            QMetaObject::invokeMethod(
                app,
                [self, answer = std::move(answer), status] {
                    if (self)
                        self->decoded(status, answer);
                },
                Qt::QueuedConnection);
        });
}

CloseCall::Decoded CloseCall::decode(const QByteArray &body, const Spec::Validator &validate)
{
    Decoded answer;
    QJsonParseError parseError;
    answer.json = QJsonDocument::fromJson(body, &parseError);
    if (!answer.json.isObject()) {
        answer.notAnObject = parseError.error == QJsonParseError::NoError
            ? tr("it is an array or a value")
            : parseError.errorString();
        return answer;
    }
    if (validate)
        answer.invalid = validate(answer.json);
    return answer;
}

void CloseCall::decoded(int status, const Decoded &answer)
{
    if (m_finished)
        return; // canceled while it was read
    const QJsonDocument &json = answer.json;
    ApiResult result;
    if (!answer.notAnObject.isEmpty()) {
        result.error.category = ApiError::Category::MalformedBody;
        result.error.httpStatus = status;
        result.error.message
            = tr("Close's answer is not a JSON object (%1).").arg(answer.notAnObject);
        finish(result);
        return;
    }
    if (!answer.invalid.isEmpty()) {
        result.error.category = ApiError::Category::MalformedBody;
        result.error.httpStatus = status;
        result.error.message
            = tr("Close's answer is not what Draftbox expects: %1").arg(answer.invalid);
        finish(result);
        return;
    }
    if (m_spec.allPages) {
        const QJsonArray page = json.object().value(QLatin1String("data")).toArray();
        int fresh = 0;
        for (const QJsonValue &item : page) {
            const QString id = item.toObject().value(QLatin1String("id")).toString();
            if (id.isEmpty() || !m_collectedIds.contains(id)) {
                m_collectedIds.insert(id);
                m_collected.append(item);
                ++fresh;
            }
        }
        ++m_pages;
        if (json.object().value(QLatin1String("has_more")).toBool()) {
            // Bounded: a server that says "more" for ever, with the same page or new items,
            // is not followed for ever.
            if (fresh == 0 || m_pages >= CloseClient::maxPagesPerCall) {
                result.error.category = ApiError::Category::MalformedBody;
                result.error.httpStatus = status;
                result.error.message = fresh == 0
                    ? tr("Close said there was more, then answered with what it had already "
                         "sent, or nothing; Draftbox stopped asking.")
                    : tr("Close said there was more after %L1 pages; Draftbox stopped asking.")
                          .arg(m_pages);
                finish(result);
                return;
            }
            m_skip += int(page.size());
            send();
            return;
        }
        result.json = QJsonDocument(QJsonObject {{QStringLiteral("data"), m_collected},
                                                 {QStringLiteral("has_more"), false}});
    } else {
        result.json = json;
    }
    finish(result);
}

void CloseCall::retryLater(const ApiError &error, int delayMs)
{
    qCDebug(lcCall) << m_spec.method << m_spec.path << "retry in" << delayMs << "ms";
    emit retrying(error, delayMs);
    if (m_client && !m_spec.account)
        emit m_client->callRetrying(this, error, delayMs);
    m_retryTimer.start(delayMs);
}

void CloseCall::reread(const ApiError &lost)
{
    if (!m_client || m_spec.rereadPath.isEmpty()) {
        ApiResult result;
        result.error = lost;
        result.unconfirmed = true;
        finish(result);
        return;
    }
    Spec spec;
    spec.path = m_spec.rereadPath;
    spec.operation = m_spec.operation;
    spec.activityId = m_spec.activityId;
    spec.account = m_spec.account;
    CloseCall *check = m_client->call(spec);
    check->setBackground(true); // its failure is told by this call's result, not twice
    connect(check, &CloseCall::finished, this, [this, lost](const ApiResult &current) {
        ApiResult result;
        result.error = lost;
        result.error.message = current.ok()
            ? tr("The answer was lost (%1). Draftbox checked: Close now has it as %2. It was not "
                 "sent again.")
                  .arg(lost.message,
                       current.object().value(QLatin1String("status")).toString(tr("unknown")))
            : tr("The answer was lost (%1) and Close could not be asked what happened. It was "
                 "not sent again; refresh before retrying.")
                  .arg(lost.message);
        result.unconfirmed = true;
        if (current.ok())
            result.json = current.json;
        finish(result);
    });
}

int CloseCall::backoffMs() const
{
    const int base = policyFor(m_client, m_spec).backoffBaseMs;
    const int delay = base << std::min(m_transientRetries, 6);
    return delay / 2 + int(QRandomGenerator::global()->bounded(quint32(delay)));
}

void CloseCall::finish(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    result.attempts = m_attempts;
    m_result = result;
    emit finished(m_result);
    if (m_client && !m_spec.account)
        emit m_client->callFinished(this, m_result);
    deleteLater();
}
