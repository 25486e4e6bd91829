#pragma once

#include "apierror.h"
#include "attachment.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QScopedPointer>
#include <QUrl>

class CloseClient;
class QNetworkReply;

//! One file sent for an SMS or WhatsApp attachment through Close's Files API
//! (FACTS-events-people.md §6): POST /files/upload/ for a signed form, then a multipart POST
//! of every field of that form and the file to its URL (S3, which answers 201), within the
//! form's 60 s. Ends in one finished() with the attachment to put on the activity, then
//! deletes itself later. Neither request is repeated: the first is a create, the second goes
//! to a URL only the first answer names. The bucket never gets the rep's key.
class FileUpload : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ApiError error;
        Attachment attachment; //!< content_type, filename, url (download.url)
        bool ok() const { return !error.isError(); }
    };

    //! The most of a file Draftbox uploads, and of the bucket's answer it reads.
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024;
    static constexpr qint64 maxAnswerBytes = 64 * 1024;
    //! The bucket refuses the form after 60 s: the upload may take no longer.
    static constexpr int uploadTimeoutMs = 60000;

    ~FileUpload() override;

    QString filename() const { return m_filename; }
    QString contentType() const { return m_contentType; }
    bool isFinished() const { return m_finished; }
    //! Stops: finishes with Category::Canceled unless already finished.
    void cancel();

signals:
    void finished(const FileUpload::Result &result);

private:
    friend class CloseClient;
    FileUpload(CloseClient *client, QString filename, QString contentType, QByteArray bytes);

    void start();
    void formReceived(const QJsonObject &answer);
    void posted();
    void fail(ApiError::Category category, const QString &message, int httpStatus = 0);
    void finish(Result result);

    QPointer<CloseClient> m_client;
    QString m_filename;
    QString m_contentType;
    QByteArray m_bytes;
    QUrl m_downloadUrl;
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> m_reply;
    bool m_finished = false;
    bool m_canceled = false;
};

Q_DECLARE_METATYPE(FileUpload::Result)
