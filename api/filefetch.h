#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QScopedPointer>
#include <QUrl>

class CloseClient;
class QNetworkReply;

//! The bytes of an attachment (its url or thumbnail_url), read with the rep's credentials, as
//! Close's file links need the user's session. Only URLs on the API's own host or on Close's
//! file host (https://app.close.com) are asked for; the redirect to a signed storage URL is
//! followed without the credentials. Ends in one finished(), then deletes itself later.
class FileFetch : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiError error;
        QByteArray bytes;
        QString contentType;
        bool ok() const { return !error.isError(); }
    };

    static constexpr qint64 maxFileBytes = 25 * 1024 * 1024;
    static constexpr int maxRedirects = 3;

    ~FileFetch() override;

    QUrl url() const { return m_url; }
    void cancel();

signals:
    void finished(const FileFetch::Result &result);

private:
    friend class CloseClient;
    FileFetch(CloseClient *client, QUrl url);

    void get(const QUrl &url, bool withCredentials);
    void handleReply();
    void fail(ApiError::Category category, const QString &message, int httpStatus = 0);
    void finish(Result result);

    QPointer<CloseClient> m_client;
    QUrl m_url;
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> m_reply;
    int m_redirects = 0;
    bool m_credentials = false;
    bool m_finished = false;
    bool m_canceled = false;
};

Q_DECLARE_METATYPE(FileFetch::Result)
