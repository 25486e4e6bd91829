#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

//! A Close stand-in that answers whatever a test tells it to, however wrong: bodies of any size,
//! pages that never end, HTML in an error. It speaks just enough HTTP/1.1 for
//! QNetworkAccessManager (one answer per connection, then it closes). The sandbox never lies;
//! this one is for what a client must survive when a server does.
class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path; //!< e.g. "/api/v1/activity/sms/"
        QUrlQuery query;
        QByteArray body;
    };
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };
    using Handler = std::function<Answer(const Request &)>;

    explicit HostileServer(Handler handler, QObject *parent = nullptr);

    bool ok() const { return m_server.isListening(); }
    //! e.g. http://127.0.0.1:41234/api/v1/
    QUrl baseUrl() const;
    //! Requests answered (or being answered) so far.
    int requests() const { return m_requests; }
    //! Connections the client closed before the whole answer was written to it.
    int abandoned() const { return m_abandoned; }

    //! A list page of `data` as Close shapes it.
    static QByteArray page(const QJsonArray &data, bool hasMore);
    //! An SMS as Close lists it, with `text`.
    static QJsonObject sms(const QString &id, const QString &text);

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer m_server;
    int m_requests = 0;
    int m_abandoned = 0;
};
