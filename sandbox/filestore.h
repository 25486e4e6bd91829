#pragma once

#include "sandboxresponse.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

//! Close's Files API and the S3 bucket behind it (FACTS-events-people.md §6): POST
//! /files/upload/ hands out a download URL and a signed form for the bucket; the form must be
//! posted, every field then the file, within 60 s; the download URL serves the bytes (to the
//! API key, as Close's /go/file/ URLs need the user's session) for 24 h, and only such a URL
//! whose upload succeeded may be attached to an SMS. Received sample MMS are served here too,
//! as small PNGs made from their media id. Files live in memory only.
class FileStore
{
public:
    static constexpr int uploadWindowSeconds = 60;
    static constexpr int downloadValiditySeconds = 24 * 60 * 60;
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024;
    //! Where the bucket takes its forms, on the sandbox's own server (no API key: the form's
    //! signature is the permission).
    static constexpr QLatin1StringView uploadPath {"/_sandbox/s3/"};

    FileStore();

    //! e.g. http://127.0.0.1:41234: the server every URL handed out points at.
    void setOrigin(const QString &origin) { m_origin = origin; }
    QString origin() const { return m_origin; }
    //! The time every check uses; tests set it instead of waiting.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    //! POST /files/upload/.
    SandboxResponse issue(const QByteArray &body, const QByteArray &contentType,
                          const QString &userId);
    //! The bucket: a multipart/form-data POST of an upload form.
    SandboxResponse receive(const QByteArray &body, const QByteArray &contentType);
    //! GET of a /go/ path: an uploaded file, its thumbnail, or a sample MMS's media.
    SandboxResponse download(const QString &path) const;

    //! Why an SMS may not carry `url` (not handed out here, not uploaded yet, expired); empty
    //! when it may.
    QString attachmentProblem(const QString &url) const;
    //! The attachment as an SMS shows it once attached (size, media_id, thumbnail_url).
    QJsonObject describe(const QString &url, const QString &contentType,
                         const QString &filename) const;
    //! How many upload forms POST /files/upload/ handed out.
    int formsIssued() const { return int(m_files.size()); }
    //! How many uploads the bucket took.
    int uploadsReceived() const { return m_uploads; }

    //! A small PNG, a square in a colour drawn from `seed`.
    static QByteArray samplePng(const QString &seed, int side);

private:
    struct File
    {
        QString token;
        QString key;
        QString filename;
        QString contentType;
        QByteArray policy; //!< base64, as the form carries it
        QByteArray signature;
        QDateTime issuedAt;
        bool uploaded = false;
        QByteArray bytes;
        QString mediaId;
    };

    QByteArray sign(const QByteArray &policy) const;
    const File *fileOfUrl(const QString &url) const;
    QString downloadUrl(const File &file) const;

    QByteArray m_secret;
    QString m_origin = QStringLiteral("https://app.close.com");
    std::function<QDateTime()> m_clock;
    QHash<QString, File> m_files; //!< by token
    QHash<QString, QString> m_tokenOfKey;
    int m_uploads = 0;
};
