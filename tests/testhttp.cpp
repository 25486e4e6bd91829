#include "testhttp.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestHttp::TestHttp(const QUrl &baseUrl, QByteArray authorization)
    : m_base(baseUrl)
    , m_authorization(authorization.isEmpty() ? basic(QStringLiteral("sandbox-demo-key"))
                                              : std::move(authorization))
{ }

QByteArray TestHttp::basic(const QString &user, const QString &password)
{
    return "Basic " + QString(user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QUrl TestHttp::url(const QString &path, const QString &query) const
{
    QUrl u = m_base.resolved(QUrl(path));
    if (!query.isEmpty())
        u.setQuery(query);
    return u;
}

HttpResult TestHttp::get(const QString &path, const QString &query)
{
    return send("GET", path, {}, {}, query);
}

HttpResult TestHttp::post(const QString &path, const QJsonObject &body, const QString &query)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", query);
}

HttpResult TestHttp::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult TestHttp::del(const QString &path)
{
    return send("DELETE", path, {}, {});
}

HttpResult TestHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QByteArray &contentType, const QString &query)
{
    QNetworkRequest request(url(path, query));
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(m_timeoutMs);

    QBuffer *buffer = nullptr;
    if (!body.isEmpty() || method == "PUT" || method == "POST") {
        buffer = new QBuffer;
        buffer->setData(body);
    }
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, buffer);
    if (buffer)
        buffer->setParent(reply);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 5000);

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}
