#include "filefetch.h"

#include "closeclient.h"
#include "replylimit.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcFetch, "draftbox.api.fetch", QtInfoMsg)

FileFetch::FileFetch(CloseClient *client, QUrl url)
    : QObject(client)
    , m_client(client)
    , m_url(std::move(url))
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_finished || m_canceled || !m_client)
                return;
            if (!m_client->isCloseFileUrl(m_url)) {
                fail(ApiError::Category::Insecure,
                     tr("Draftbox opens attachments only from Close (%1 is not Close's).")
                         .arg(m_url.host()));
                return;
            }
            if (!m_client->hasCredentials()) {
                fail(ApiError::Category::Unauthorized, tr("No API key or token is set."));
                return;
            }
            get(m_url, true);
        },
        Qt::QueuedConnection);
}

FileFetch::~FileFetch() = default;

void FileFetch::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    if (m_reply) {
        m_reply->abort();
        return;
    }
    fail(ApiError::Category::Canceled, tr("Canceled."));
}

void FileFetch::get(const QUrl &url, bool withCredentials)
{
    QNetworkRequest request(url);
    if (withCredentials)
        request.setRawHeader("Authorization", m_client->authorization());
    m_credentials = withCredentials;
    request.setHeader(QNetworkRequest::UserAgentHeader, CloseClient::userAgent());
    request.setTransferTimeout(m_client->policy().transferTimeoutMs);
    // Redirects are followed here, so that the credentials never go to another server.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_reply.reset(m_client->network()->get(request));
    connect(m_reply.get(), &QNetworkReply::finished, this, &FileFetch::handleReply);
    limitReplySize(m_reply.get(), maxFileBytes);
}

void FileFetch::handleReply()
{
    QNetworkReply *reply = m_reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = reply->errorString();
    const bool tooLarge = wasTooLarge(reply);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QUrl requested = reply->url();
    const QUrl location = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    const QString contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    m_reply.reset();
    qCDebug(lcFetch) << "file ->" << status;

    if (m_canceled) {
        fail(ApiError::Category::Canceled, tr("Canceled."));
        return;
    }
    if (tooLarge) {
        fail(ApiError::Category::MalformedBody,
             tr("The attachment is larger than the %1 MB Draftbox opens.")
                 .arg(maxFileBytes / (1024 * 1024)));
        return;
    }
    if (status == 0) {
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        fail(timedOut ? ApiError::Category::Timeout : ApiError::Category::Network,
             timedOut ? tr("Close did not send the attachment in time.")
                      : tr("Could not reach Close: %1").arg(networkText));
        return;
    }
    if (status >= 300 && status < 400 && location.isValid()) {
        const QUrl target = requested.resolved(location);
        if (++m_redirects > maxRedirects) {
            fail(ApiError::Category::MalformedBody,
                 tr("Close sent the attachment round in "
                    "circles; Draftbox stopped following."));
            return;
        }
        if (const QString refused = m_client->whyRefusedTarget(target); !refused.isEmpty()) {
            fail(ApiError::Category::Insecure, refused);
            return;
        }
        // The signed storage URL needs no credentials, and must not get them.
        const bool sameOrigin = target.scheme() == requested.scheme()
            && target.host() == requested.host() && target.port() == requested.port();
        get(target, m_credentials && sameOrigin);
        return;
    }
    if (status < 200 || status >= 300) {
        ApiError error = ApiError::fromHttp(status, body.left(4096));
        if (error.message.isEmpty())
            error.message = tr("Close did not give the attachment (HTTP %1).").arg(status);
        Result result;
        result.error = error;
        finish(result);
        return;
    }
    Result result;
    result.bytes = body;
    result.contentType = contentType;
    finish(result);
}

void FileFetch::fail(ApiError::Category category, const QString &message, int httpStatus)
{
    Result result;
    result.error = ApiError::make(category, message, httpStatus);
    finish(result);
}

void FileFetch::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}
