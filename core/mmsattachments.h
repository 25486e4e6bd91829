#pragma once

#include <QByteArray>
#include <QCache>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;
class SmsSync;

//! The files of MMS: attaching one to a draft (checked first against what Close takes, then
//! uploaded through the Files API, then added to the draft's `attachments` as a pending edit,
//! saved and journaled as any edit), and reading the attachments Close holds (thumbnails kept
//! in memory, within bounds; a file to open written where only the rep can read it). What
//! fails is said in the rep's words; a failed upload leaves the draft as it was.
class MmsAttachments : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 maxFileBytes = 5 * 1024 * 1024; //!< per file (FileUpload's too)
    static constexpr int maxAttachments = 10; //!< Close's maxItems
    //! What the memory cache of fetched files holds at most.
    static constexpr qint64 maxCachedBytes = 16 * 1024 * 1024;

    explicit MmsAttachments(SmsSync *sms);
    ~MmsAttachments() override;

    //! Close's content types for SMS attachments (FACTS.md §7).
    static QStringList contentTypes();
    //! Close's content type for the file (by its name, and its first bytes when given); empty
    //! when Close takes none of the types it could be.
    static QString contentTypeOf(const QString &path, const QByteArray &head = {});
    //! For a file dialog: the kinds of files Close takes, by their usual extensions.
    static QString fileDialogFilter();

    //! Why a file of `size` bytes, of `contentType` (empty: none Close takes), cannot be added
    //! to the draft in `row`; empty when it can.
    QString attachProblem(int row, const QString &filename, const QString &contentType,
                          qint64 size) const;
    //! Checks, reads and uploads the file, then adds it to the draft. Returns why not (nothing
    //! is uploaded then); empty when the upload started (attached() or attachFailed() follow).
    QString attachFile(int row, const QString &path);
    //! The same for bytes already in memory (a pasted picture).
    QString attachBytes(int row, const QString &filename, const QString &contentType,
                        const QByteArray &bytes);
    //! How many uploads for the SMS `id` are under way.
    int uploading(const QString &id) const { return m_uploading.value(id); }

    //! The bytes of the attachment at `url` once fetched; empty until then (the first ask
    //! starts the fetch: fetched() or fetchFailed() follows).
    QByteArray bytes(const QString &url);
    //! Fetches the attachment and writes it to a file only the rep can read, for opening:
    //! opened() or openFailed() follows.
    void open(const QString &url, const QString &filename);

signals:
    void attached(const QString &id, const QString &filename);
    void attachFailed(const QString &id, const QString &why);
    void fetched(const QString &url);
    void fetchFailed(const QString &url, const QString &why);
    void opened(const QString &localPath);
    void openFailed(const QString &why);

private:
    void uploaded(const QString &id, const QJsonObject &attachment);
    void fetch(const QString &url);
    void announce(const QString &id);
    QString writeForOpening(const QString &filename, const QByteArray &bytes);

    SmsSync *m_sms;
    QHash<QString, int> m_uploading;
    QCache<QString, QByteArray> m_cache;
    QSet<QString> m_fetching;
    QSet<QString> m_failed; //!< not asked for again in this session
    QHash<QString, QString> m_toOpen; //!< url -> file name, opened once fetched
    std::unique_ptr<QTemporaryDir> m_openDir;
    int m_opened = 0;
};
