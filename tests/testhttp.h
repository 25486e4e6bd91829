#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

//! What one HTTP exchange with the sandbox gave, as a test wants to assert on it.
struct HttpResult
{
    int status = 0; //!< 0 when no HTTP answer came (dropped, timed out)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonArray data() const { return json.value(QLatin1String("data")).toArray(); }
    QJsonObject fieldErrors() const { return json.value(QLatin1String("field-errors")).toObject(); }
};

//! Talks to a sandbox over real HTTP on loopback with QNetworkAccessManager. Tests only: each
//! call waits for its reply.
class TestHttp
{
public:
    //! Without an authorization, uses the sandbox's demo API key.
    explicit TestHttp(const QUrl &baseUrl, QByteArray authorization = {});

    static QByteArray basic(const QString &user, const QString &password = {});

    HttpResult get(const QString &path, const QString &query = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QString &query = {});
    HttpResult put(const QString &path, const QJsonObject &body);
    HttpResult del(const QString &path);
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    const QByteArray &contentType = "application/json", const QString &query = {});

    void setAuthorization(const QByteArray &authorization) { m_authorization = authorization; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    QUrl url(const QString &path, const QString &query = {}) const;

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_authorization;
    int m_timeoutMs = 20000;
};
