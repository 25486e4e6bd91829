#include "filestore.h"

#include "sandboxstate.h"
#include "timestamps.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

namespace {

const QString bucket = QStringLiteral("draftbox-sandbox-files");
const QByteArray accessKeyId = QByteArrayLiteral("SANDBOXACCESSKEYID");

//! S3 answers in XML, errors too.
SandboxResponse s3Error(int status, const QString &code, const QString &message)
{
    SandboxResponse r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/xml");
    r.body = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%1</Code>"
                            "<Message>%2</Message></Error>")
                 .arg(code, message.toHtmlEscaped())
                 .toUtf8();
    return r;
}

struct Part
{
    QString name;
    bool isFile = false;
    QByteArray content;
};

//! The parts of a multipart/form-data body, in order; nullopt when it is not one.
std::optional<QList<Part>> parseMultipart(const QByteArray &body, const QByteArray &contentType)
{
    const QList<QByteArray> params = contentType.split(';');
    if (params.value(0).trimmed().toLower() != "multipart/form-data")
        return std::nullopt;
    QByteArray boundary;
    for (const QByteArray &p : params.mid(1)) {
        const QByteArray param = p.trimmed();
        if (param.toLower().startsWith("boundary="))
            boundary = param.mid(9);
    }
    if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "\r\n--" + boundary;
    const QByteArray data = "\r\n" + body;
    static const QRegularExpression nameRe(QStringLiteral("(?:^|;)\\s*name=\"([^\"]*)\""),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fileRe(QStringLiteral(";\\s*filename="),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<Part> parts;
    qsizetype at = data.indexOf(delimiter);
    if (at != 0)
        return std::nullopt;
    while (true) {
        at += delimiter.size();
        if (data.mid(at, 2) == "--")
            return parts; // the closing delimiter
        if (data.mid(at, 2) != "\r\n")
            return std::nullopt;
        at += 2;
        const qsizetype headEnd = data.indexOf("\r\n\r\n", at);
        const qsizetype next = data.indexOf(delimiter, at);
        if (headEnd < 0 || next < 0 || headEnd > next)
            return std::nullopt;
        Part part;
        for (const QByteArray &line : data.mid(at, headEnd - at).split('\n')) {
            const QString header = QString::fromUtf8(line.trimmed());
            if (!header.startsWith(QLatin1String("content-disposition:"), Qt::CaseInsensitive))
                continue;
            const QString value = header.mid(20);
            part.name = nameRe.match(value).captured(1);
            part.isFile = fileRe.match(value).hasMatch();
        }
        part.content = data.mid(headEnd + 4, next - headEnd - 4);
        parts.append(part);
        at = next;
    }
}

QString encodeSegment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

FileStore::FileStore()
    : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_secret.resize(32);
    for (char &c : m_secret)
        c = char(QRandomGenerator::global()->bounded(256));
}

QByteArray FileStore::sign(const QByteArray &policy) const
{
    return QMessageAuthenticationCode::hash(policy, m_secret, QCryptographicHash::Sha1).toBase64();
}

QString FileStore::downloadUrl(const File &file) const
{
    return m_origin + QStringLiteral("/go/file/") + file.key + QLatin1Char('/');
}

SandboxResponse FileStore::issue(const QByteArray &body, const QByteArray &contentType,
                                 const QString &userId)
{
    if (contentType.split(';').value(0).trimmed().toLower() != "application/json")
        return SandboxResponse::error(415,
                                      QStringLiteral("Send the body as JSON with Content-Type: "
                                                     "application/json."));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (!json.isObject())
        return SandboxResponse::invalid(
            {QStringLiteral("The request body must be a JSON object.")});
    const QJsonObject request = json.object();
    QJsonObject errors;
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (it.key() != QLatin1String("filename") && it.key() != QLatin1String("content_type"))
            errors.insert(it.key(), QStringLiteral("Unknown field."));
    }
    for (const auto &name : {QStringLiteral("filename"), QStringLiteral("content_type")}) {
        const QJsonValue v = request.value(name);
        if (!request.contains(name))
            errors.insert(name, QStringLiteral("This field is required."));
        else if (!v.isString())
            errors.insert(name, QStringLiteral("Not a valid string."));
        else if (v.toString().trimmed().isEmpty())
            errors.insert(name, QStringLiteral("This field may not be blank."));
    }
    const QString filename = request.value(QLatin1String("filename")).toString();
    if (!errors.contains(QStringLiteral("filename"))
        && (filename.contains(QLatin1Char('/')) || filename.contains(QLatin1Char('\\'))
            || filename.size() > 255))
        errors.insert(QStringLiteral("filename"),
                      QStringLiteral("A file name, without folders, of at most 255 characters."));
    if (!errors.isEmpty())
        return SandboxResponse::invalid({}, errors);

    File file;
    file.token = SandboxState::makeId(QString(), 22).mid(1); // makeId puts "_" after the prefix
    file.filename = filename;
    file.contentType = request.value(QLatin1String("content_type")).toString();
    file.key
        = QStringLiteral("temporary/%1/%2/%3").arg(userId, file.token, encodeSegment(filename));
    file.issuedAt = now();
    file.mediaId = SandboxState::makeId(QStringLiteral("media"), 22);
    const QString disposition = QStringLiteral("inline; filename=\"%1\"").arg(filename);
    const QJsonObject policy {
        {QStringLiteral("expiration"),
         Timestamps::format(file.issuedAt.addSecs(uploadWindowSeconds))},
        {QStringLiteral("conditions"),
         QJsonArray {
             QJsonObject {{QStringLiteral("bucket"), bucket}},
             QJsonObject {{QStringLiteral("key"), file.key}},
             QJsonObject {{QStringLiteral("Content-Type"), file.contentType}},
             QJsonObject {{QStringLiteral("Content-Disposition"), disposition}},
             QJsonObject {{QStringLiteral("success_action_status"), QStringLiteral("201")}},
             QJsonArray {QStringLiteral("content-length-range"), 0, double(maxFileBytes)},
         }},
    };
    file.policy = QJsonDocument(policy).toJson(QJsonDocument::Compact).toBase64();
    file.signature = sign(file.policy);
    m_files.insert(file.token, file);
    m_tokenOfKey.insert(file.key, file.token);

    const QJsonObject fields {
        {QStringLiteral("AWSAccessKeyId"), QString::fromLatin1(accessKeyId)},
        {QStringLiteral("Content-Disposition"), disposition},
        {QStringLiteral("Content-Type"), file.contentType},
        {QStringLiteral("key"), file.key},
        {QStringLiteral("policy"), QString::fromLatin1(file.policy)},
        {QStringLiteral("signature"), QString::fromLatin1(file.signature)},
        {QStringLiteral("success_action_status"), QStringLiteral("201")},
    };
    return SandboxResponse::json({
        {QStringLiteral("download"), QJsonObject {{QStringLiteral("url"), downloadUrl(file)}}},
        {QStringLiteral("upload"),
         QJsonObject {{QStringLiteral("url"), QString(m_origin + QString(uploadPath))},
                      {QStringLiteral("fields"), fields}}},
    });
}

SandboxResponse FileStore::receive(const QByteArray &body, const QByteArray &contentType)
{
    const auto parts = parseMultipart(body, contentType);
    if (!parts)
        return s3Error(400, QStringLiteral("MalformedPOSTRequest"),
                       QStringLiteral("The body of your POST request is not well-formed "
                                      "multipart/form-data."));
    QHash<QString, QByteArray> fields;
    const Part *filePart = nullptr;
    for (const Part &part : *parts) {
        if (part.name == QLatin1String("file")) {
            filePart = &part;
            break; // S3 ignores whatever comes after the file
        }
        fields.insert(part.name, part.content);
    }
    for (const auto &name :
         {QStringLiteral("key"), QStringLiteral("AWSAccessKeyId"), QStringLiteral("policy"),
          QStringLiteral("signature"), QStringLiteral("Content-Type"),
          QStringLiteral("Content-Disposition"), QStringLiteral("success_action_status")}) {
        if (!fields.contains(name))
            return s3Error(400, QStringLiteral("InvalidArgument"),
                           QStringLiteral("Bucket POST must contain a field named '%1'. If it is "
                                          "specified, please check the order of the fields.")
                               .arg(name));
    }
    if (!filePart)
        return s3Error(400, QStringLiteral("InvalidArgument"),
                       QStringLiteral("POST requires exactly one file upload per request."));
    if (fields.value(QStringLiteral("AWSAccessKeyId")) != accessKeyId)
        return s3Error(403, QStringLiteral("InvalidAccessKeyId"),
                       QStringLiteral("The AWS Access Key Id you provided does not exist in our "
                                      "records."));
    const QByteArray policy = fields.value(QStringLiteral("policy"));
    if (fields.value(QStringLiteral("signature")) != sign(policy))
        return s3Error(403, QStringLiteral("SignatureDoesNotMatch"),
                       QStringLiteral("The request signature we calculated does not match the "
                                      "signature you provided."));
    const QJsonObject decoded = QJsonDocument::fromJson(QByteArray::fromBase64(policy)).object();
    const auto expiration
        = Timestamps::parse(decoded.value(QLatin1String("expiration")).toString());
    if (!expiration || *expiration < now())
        return s3Error(403, QStringLiteral("AccessDenied"),
                       QStringLiteral("Invalid according to Policy: Policy expired."));
    for (const QJsonValue &condition : decoded.value(QLatin1String("conditions")).toArray()) {
        if (condition.isArray()) {
            const QJsonArray range = condition.toArray();
            if (range.at(0).toString() == QLatin1String("content-length-range")
                && (filePart->content.size() > qint64(range.at(2).toDouble())
                    || filePart->content.size() < qint64(range.at(1).toDouble())))
                return s3Error(400, QStringLiteral("EntityTooLarge"),
                               QStringLiteral("Your proposed upload exceeds the maximum allowed "
                                              "size (%1 bytes).")
                                   .arg(qint64(range.at(2).toDouble())));
            continue;
        }
        const QJsonObject eq = condition.toObject();
        for (auto it = eq.begin(); it != eq.end(); ++it) {
            if (it.key() == QLatin1String("bucket"))
                continue;
            if (QString::fromUtf8(fields.value(it.key())) != it.value().toString())
                return s3Error(403, QStringLiteral("AccessDenied"),
                               QStringLiteral("Invalid according to Policy: Policy Condition "
                                              "failed: [\"eq\", \"$%1\", \"%2\"]")
                                   .arg(it.key(), it.value().toString()));
        }
    }
    const QString key = QString::fromUtf8(fields.value(QStringLiteral("key")));
    const auto token = m_tokenOfKey.constFind(key);
    if (token == m_tokenOfKey.cend())
        return s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
    File &file = m_files[*token];
    file.bytes = filePart->content;
    file.uploaded = true;
    ++m_uploads;
    SandboxResponse r;
    r.status = 201;
    r.contentType = QByteArrayLiteral("application/xml");
    r.body = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PostResponse><Location>"
                            "%1</Location><Bucket>%2</Bucket><Key>%3</Key><ETag>\"%4\"</ETag>"
                            "</PostResponse>")
                 .arg(downloadUrl(file).toHtmlEscaped(), bucket, key.toHtmlEscaped(),
                      QString::fromLatin1(
                          QCryptographicHash::hash(file.bytes, QCryptographicHash::Md5).toHex()))
                 .toUtf8();
    return r;
}

const FileStore::File *FileStore::fileOfUrl(const QString &url) const
{
    const QUrl parsed(url);
    const QUrl origin(m_origin);
    if (parsed.scheme() != origin.scheme() || parsed.host() != origin.host()
        || parsed.port() != origin.port())
        return nullptr;
    const QStringList parts = parsed.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() != 6 || parts.at(0) != QLatin1String("go")
        || parts.at(1) != QLatin1String("file") || parts.at(2) != QLatin1String("temporary"))
        return nullptr;
    const auto it = m_files.constFind(parts.at(4));
    return it == m_files.cend() ? nullptr : &*it;
}

QString FileStore::attachmentProblem(const QString &url) const
{
    const File *file = fileOfUrl(url);
    if (!file)
        return QStringLiteral("%1 is not a file uploaded through the Files API (POST "
                              "/files/upload/); attach the download.url it gave.")
            .arg(url);
    if (!file->uploaded)
        return QStringLiteral("The file %1 has not been uploaded yet: post it to upload.url "
                              "first.")
            .arg(file->filename);
    if (file->issuedAt.secsTo(now()) > downloadValiditySeconds)
        return QStringLiteral("The link to %1 has expired (they last 24 hours); upload it again.")
            .arg(file->filename);
    return {};
}

QJsonObject FileStore::describe(const QString &url, const QString &contentType,
                                const QString &filename) const
{
    const File *file = fileOfUrl(url);
    const bool image = contentType.startsWith(QLatin1String("image/"));
    return {
        {QStringLiteral("content_type"), contentType},
        {QStringLiteral("filename"), filename},
        {QStringLiteral("media_id"),
         file ? file->mediaId : SandboxState::makeId(QStringLiteral("media"), 22)},
        {QStringLiteral("size"), file ? double(file->bytes.size()) : 0.0},
        {QStringLiteral("url"), url},
        {QStringLiteral("thumbnail_url"),
         file && image ? QJsonValue(QString(m_origin + QStringLiteral("/go/file/thumbnail/")
                                            + file->token + QLatin1Char('/')))
                       : QJsonValue(QJsonValue::Null)},
    };
}

SandboxResponse FileStore::download(const QString &path) const
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const auto png = [](const QByteArray &bytes) {
        SandboxResponse r;
        r.contentType = QByteArrayLiteral("image/png");
        r.body = bytes;
        return r;
    };
    const auto gone = [] {
        return SandboxResponse::error(404, QStringLiteral("File not found."));
    };
    // /go/sms/<activity>/media/<media>/ and .../thumbnail/: a received MMS's picture.
    if (parts.size() >= 5 && parts.at(1) == QLatin1String("sms")
        && parts.at(3) == QLatin1String("media")) {
        if (parts.size() == 5)
            return png(samplePng(parts.at(4), 96));
        if (parts.size() == 6 && parts.at(5) == QLatin1String("thumbnail"))
            return png(samplePng(parts.at(4), 48));
        return gone();
    }
    if (parts.size() < 4 || parts.at(1) != QLatin1String("file"))
        return gone();
    const bool thumbnail = parts.at(2) == QLatin1String("thumbnail") && parts.size() == 4;
    const auto it = m_files.constFind(parts.value(thumbnail ? 3 : 4));
    if (it == m_files.cend() || !it->uploaded || (!thumbnail && parts.size() != 6))
        return gone();
    if (it->issuedAt.secsTo(now()) > downloadValiditySeconds)
        return SandboxResponse::error(404, QStringLiteral("This link has expired."));
    if (thumbnail) {
        QImage image = QImage::fromData(it->bytes);
        if (image.isNull())
            return gone();
        image = image.scaled(160, 160, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png(buffer.data());
    }
    SandboxResponse r;
    r.contentType = it->contentType.toUtf8();
    r.body = it->bytes;
    r.headers.append({QByteArrayLiteral("Content-Disposition"),
                      QStringLiteral("inline; filename=\"%1\"").arg(it->filename).toUtf8()});
    return r;
}

QByteArray FileStore::samplePng(const QString &seed, int side)
{
    const QByteArray digest = QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1);
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(QColor(quint8(digest.at(0)), quint8(digest.at(1)), quint8(digest.at(2))));
    // A lighter inner square, so that a scaled copy can be told from a flat fill.
    const QColor inner
        = QColor(quint8(digest.at(0)), quint8(digest.at(1)), quint8(digest.at(2))).lighter(160);
    for (int y = side / 4; y < side * 3 / 4; ++y) {
        for (int x = side / 4; x < side * 3 / 4; ++x)
            image.setPixelColor(x, y, inner);
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}
