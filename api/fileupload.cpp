#include "fileupload.h"

#include "closeclient.h"
#include "replylimit.h"

#include <QHttpMultiPart>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcUpload, "draftbox.api.upload", QtInfoMsg)

namespace {

//! S3's answer to a refused form: <Error><Code>..</Code><Message>..</Message></Error>.
QString s3Message(const QByteArray &body)
{
    static const QRegularExpression message(QStringLiteral("<Message>([^<]*)</Message>"));
    const QString text = message.match(QString::fromUtf8(body.left(4096))).captured(1);
    return text.left(300);
}

QString quoted(QString text)
{
    // A form-data header value is quoted; the quote and line breaks cannot go inside it.
    return text.replace(QLatin1Char('"'), QLatin1Char('\''))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

FileUpload::FileUpload(CloseClient *client, QString filename, QString contentType, QByteArray bytes)
    : QObject(client)
    , m_client(client)
    , m_filename(std::move(filename))
    , m_contentType(std::move(contentType))
    , m_bytes(std::move(bytes))
{
    // Start from the event loop, so whoever asked can connect to finished() first.
    QMetaObject::invokeMethod(this, &FileUpload::start, Qt::QueuedConnection);
}

FileUpload::~FileUpload() = default;

void FileUpload::cancel()
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

void FileUpload::start()
{
    if (m_finished || m_canceled || !m_client)
        return;
    if (m_bytes.size() > maxFileBytes) {
        fail(ApiError::Category::Validation,
             tr("%1 is larger than the %2 MB Draftbox sends in one attachment.")
                 .arg(m_filename)
                 .arg(maxFileBytes / (1024 * 1024)));
        return;
    }
    CloseCall::Spec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("files/upload/");
    spec.kind = CloseCall::Kind::Create;
    spec.operation = tr("Upload attachment");
    spec.body = QJsonDocument(QJsonObject {{QStringLiteral("filename"), m_filename},
                                           {QStringLiteral("content_type"), m_contentType}})
                    .toJson(QJsonDocument::Compact);
    spec.validate = [](const QJsonDocument &json) -> QString {
        const QJsonObject o = json.object();
        if (!o.value(QLatin1String("download")).toObject().value(QLatin1String("url")).isString())
            return QStringLiteral("no download.url");
        const QJsonObject upload = o.value(QLatin1String("upload")).toObject();
        if (!upload.value(QLatin1String("url")).isString())
            return QStringLiteral("no upload.url");
        if (!upload.value(QLatin1String("fields")).isObject())
            return QStringLiteral("no upload.fields");
        const QJsonObject fields = upload.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!it.value().isString())
                return QStringLiteral("upload.fields.%1 is not a string").arg(it.key());
        }
        return {};
    };
    CloseCall *call = m_client->call(spec);
    connect(call, &CloseCall::finished, this, [this](const ApiResult &result) {
        if (m_finished)
            return;
        if (m_canceled) {
            fail(ApiError::Category::Canceled, tr("Canceled."));
            return;
        }
        if (!result.ok()) {
            Result failed;
            failed.error = result.error;
            finish(failed);
            return;
        }
        formReceived(result.object());
    });
}

void FileUpload::formReceived(const QJsonObject &answer)
{
    const QJsonObject upload = answer.value(QLatin1String("upload")).toObject();
    const QUrl target(upload.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    m_downloadUrl = QUrl(
        answer.value(QLatin1String("download")).toObject().value(QLatin1String("url")).toString(),
        QUrl::StrictMode);
    // Both come from Close's answer: held to what the client itself would talk to.
    for (const QUrl &url : {target, m_downloadUrl}) {
        if (const QString refused = m_client->whyRefusedTarget(url); !refused.isEmpty()) {
            fail(ApiError::Category::Insecure, refused);
            return;
        }
    }
    if (!m_client->isCloseFileUrl(m_downloadUrl)) {
        fail(ApiError::Category::MalformedBody,
             tr("Close named a download address that is not its own (%1).")
                 .arg(m_downloadUrl.host()));
        return;
    }

    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QJsonObject fields = upload.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"").arg(quoted(it.key())).toUtf8());
        part.setBody(it.value().toString().toUtf8());
        form->append(part);
    }
    // The file comes last: S3 ignores the fields after it.
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType.toUtf8());
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QStringLiteral("form-data; name=\"file\"; filename=\"%1\"")
                       .arg(quoted(m_filename))
                       .toUtf8());
    file.setBody(m_bytes);
    form->append(file);

    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::UserAgentHeader, CloseClient::userAgent());
    request.setTransferTimeout(uploadTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // No Authorization: the form's signature is the bucket's permission, and the key stays
    // with Close. Should Qt replay the body after a dropped connection, it writes the same
    // bytes to the same key again, which changes nothing.
    m_reply.reset(m_client->network()->post(request, form));
    form->setParent(m_reply.get());
    connect(m_reply.get(), &QNetworkReply::finished, this, &FileUpload::posted);
    limitReplySize(m_reply.get(), maxAnswerBytes);
}

void FileUpload::posted()
{
    QNetworkReply *reply = m_reply.get();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkText = reply->errorString();
    const bool tooLarge = wasTooLarge(reply);
    const QByteArray body = reply->isOpen() ? reply->read(maxAnswerBytes) : QByteArray();
    m_reply.reset();
    qCDebug(lcUpload) << "upload of" << m_bytes.size() << "bytes ->" << status;
    if (m_canceled) {
        fail(ApiError::Category::Canceled, tr("Canceled."));
        return;
    }
    if (tooLarge) {
        fail(ApiError::Category::MalformedBody,
             tr("The file storage's answer was larger than Draftbox reads; %1 was not attached.")
                 .arg(m_filename));
        return;
    }
    if (status == 0) {
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        fail(timedOut ? ApiError::Category::Timeout : ApiError::Category::Network,
             timedOut
                 ? tr("Sending %1 took longer than the %2 s the file storage allows.")
                       .arg(m_filename)
                       .arg(uploadTimeoutMs / 1000)
                 : tr("Could not send %1 to the file storage: %2").arg(m_filename, networkText));
        return;
    }
    if (status < 200 || status >= 300) {
        const QString why = s3Message(body);
        const ApiError::Category category = status == 403 ? ApiError::Category::Forbidden
            : status >= 500                               ? ApiError::Category::Server
            : status >= 400 && status < 500               ? ApiError::Category::Validation
                                                          : ApiError::Category::Other;
        fail(category,
             why.isEmpty()
                 ? tr("The file storage refused %1 (HTTP %2).").arg(m_filename).arg(status)
                 : tr("The file storage refused %1 (HTTP %2): %3")
                       .arg(m_filename)
                       .arg(status)
                       .arg(why),
             status);
        return;
    }
    Result result;
    result.attachment.contentType = m_contentType;
    result.attachment.filename = m_filename;
    result.attachment.url = m_downloadUrl.toString(QUrl::FullyEncoded);
    result.attachment.size = m_bytes.size();
    finish(result);
}

void FileUpload::fail(ApiError::Category category, const QString &message, int httpStatus)
{
    Result result;
    result.error = ApiError::make(category, message, httpStatus);
    finish(result);
}

void FileUpload::finish(Result result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_bytes.clear();
    emit finished(result);
    deleteLater();
}
