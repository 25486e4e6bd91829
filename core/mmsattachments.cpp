#include "mmsattachments.h"

#include "closeclient.h"
#include "smssync.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMimeDatabase>
#include <QTemporaryDir>

MmsAttachments::MmsAttachments(SmsSync *sms)
    : QObject(sms)
    , m_sms(sms)
{
    m_cache.setMaxCost(maxCachedBytes);
}

MmsAttachments::~MmsAttachments() = default;

QStringList MmsAttachments::contentTypes()
{
    return {
        QStringLiteral("application/pdf"),
        QStringLiteral("application/vcard"),
        QStringLiteral("audio/3gpp"),
        QStringLiteral("audio/3gpp2"),
        QStringLiteral("audio/L24"),
        QStringLiteral("audio/ac3"),
        QStringLiteral("audio/amr"),
        QStringLiteral("audio/amr-nb"),
        QStringLiteral("audio/basic"),
        QStringLiteral("audio/mp4"),
        QStringLiteral("audio/mpeg"),
        QStringLiteral("audio/ogg"),
        QStringLiteral("audio/vnd.rn-realaudio"),
        QStringLiteral("audio/vnd.wave"),
        QStringLiteral("audio/webm"),
        QStringLiteral("image/bmp"),
        QStringLiteral("image/gif"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/jpg"),
        QStringLiteral("image/png"),
        QStringLiteral("image/tiff"),
        QStringLiteral("text/calendar"),
        QStringLiteral("text/csv"),
        QStringLiteral("text/directory"),
        QStringLiteral("text/richtext"),
        QStringLiteral("text/rtf"),
        QStringLiteral("text/vcard"),
        QStringLiteral("text/x-vcard"),
        QStringLiteral("video/3gpp"),
        QStringLiteral("video/3gpp-tt"),
        QStringLiteral("video/3gpp2"),
        QStringLiteral("video/H261"),
        QStringLiteral("video/H263"),
        QStringLiteral("video/H263-1998"),
        QStringLiteral("video/H263-2000"),
        QStringLiteral("video/H264"),
        QStringLiteral("video/mp4"),
        QStringLiteral("video/mpeg"),
        QStringLiteral("video/quicktime"),
        QStringLiteral("video/webm"),
    };
}

QString MmsAttachments::contentTypeOf(const QString &path, const QByteArray &head)
{
    static const QMimeDatabase database;
    const QString name = QFileInfo(path).fileName();
    const QMimeType type = head.isEmpty()
        ? database.mimeTypeForFile(name, QMimeDatabase::MatchExtension)
        : database.mimeTypeForFileNameAndData(name, head);
    // Close lists some types under another of their names (audio/vnd.wave for audio/x-wav).
    const QStringList known = contentTypes();
    QStringList names = {type.name()};
    names << type.aliases();
    for (const QString &candidate : std::as_const(names)) {
        const auto it = std::find_if(known.cbegin(), known.cend(), [&](const QString &k) {
            return k.compare(candidate, Qt::CaseInsensitive) == 0;
        });
        if (it != known.cend())
            return *it;
    }
    return {};
}

QString MmsAttachments::fileDialogFilter()
{
    return tr("Pictures, videos, sound, contact cards and PDF (*.png *.jpg *.jpeg *.gif *.bmp "
              "*.tif *.tiff *.mp4 *.m4v *.mov *.3gp *.3g2 *.mpeg *.mpg *.webm *.mp3 *.m4a *.ogg "
              "*.oga *.amr *.wav *.vcf *.pdf *.ics *.csv *.rtf)")
        + QStringLiteral(";;") + tr("All files (*)");
}

QString MmsAttachments::attachProblem(int row, const QString &filename, const QString &contentType,
                                      qint64 size) const
{
    if (row < 0 || row >= m_sms->size())
        return tr("This SMS is no longer in the list.");
    if (!m_sms->rowEditable(row))
        return tr("Only a draft takes attachments.");
    if (!m_sms->acceptsEdits(row))
        return tr("This SMS takes no changes while it is being sent.");
    const int count = int(m_sms->value(row, QStringLiteral("attachments")).toArray().size())
        + uploading(m_sms->idAt(row));
    if (count >= maxAttachments)
        return tr("An MMS takes at most %1 attachments.").arg(maxAttachments);
    if (contentType.isEmpty())
        return tr("Close does not send %1 in an SMS: attach a picture, a video, a sound, a "
                  "contact card or a PDF.")
            .arg(filename);
    if (size <= 0)
        return tr("%1 is empty.").arg(filename);
    if (size > maxFileBytes)
        return tr("%1 is %2; an MMS attachment can be at most %3.")
            .arg(filename, QLocale().formattedDataSize(size),
                 QLocale().formattedDataSize(maxFileBytes));
    return {};
}

QString MmsAttachments::attachFile(int row, const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read.").arg(name.isEmpty() ? path : name);
    const QByteArray head = file.peek(4096);
    const QString type = contentTypeOf(path, head);
    // Checked before a byte is read past the head, or sent.
    if (const QString problem = attachProblem(row, name, type, info.size()); !problem.isEmpty())
        return problem;
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() != info.size())
        return tr("%1 could not be read whole.").arg(name);
    return attachBytes(row, name, type, bytes);
}

QString MmsAttachments::attachBytes(int row, const QString &filename, const QString &contentType,
                                    const QByteArray &bytes)
{
    if (const QString problem = attachProblem(row, filename, contentType, bytes.size());
        !problem.isEmpty())
        return problem;
    const QString id = m_sms->idAt(row);
    FileUpload *upload = m_sms->client()->uploadFile(filename, contentType, bytes);
    ++m_uploading[id];
    connect(upload, &FileUpload::finished, this,
            [this, id, filename](const FileUpload::Result &result) {
                if (--m_uploading[id] <= 0)
                    m_uploading.remove(id);
                if (result.ok())
                    uploaded(id, result.attachment.toRequestJson());
                else
                    emit attachFailed(
                        id, tr("%1 was not attached: %2").arg(filename, result.error.message));
                announce(id);
            });
    announce(id);
    return {};
}

void MmsAttachments::uploaded(const QString &id, const QJsonObject &attachment)
{
    const QString filename = attachment.value(QLatin1String("filename")).toString();
    const int row = m_sms->rowOf(id);
    if (row < 0) {
        emit attachFailed(id,
                          tr("%1 was uploaded, but the SMS is no longer listed.").arg(filename));
        return;
    }
    // What a request takes of each: content_type, filename, url.
    QJsonArray files;
    const QJsonArray current = m_sms->value(row, QStringLiteral("attachments")).toArray();
    for (const QJsonValue &value : current) {
        const QJsonObject file = value.toObject();
        files.append(QJsonObject {
            {QStringLiteral("content_type"), file.value(QLatin1String("content_type"))},
            {QStringLiteral("filename"), file.value(QLatin1String("filename"))},
            {QStringLiteral("url"), file.value(QLatin1String("url"))}});
    }
    files.append(attachment);
    if (!m_sms->setField(row, QStringLiteral("attachments"), files)) {
        emit attachFailed(id,
                          tr("%1 was uploaded, but the SMS no longer takes changes, so it was "
                             "not attached.")
                              .arg(filename));
        return;
    }
    emit attached(id, filename);
}

void MmsAttachments::announce(const QString &id)
{
    const int row = m_sms->rowOf(id);
    if (row >= 0)
        emit m_sms->rowChanged(row);
}

QByteArray MmsAttachments::bytes(const QString &url)
{
    if (const QByteArray *cached = m_cache.object(url))
        return *cached;
    if (!m_failed.contains(url))
        fetch(url);
    return {};
}

void MmsAttachments::fetch(const QString &url)
{
    if (m_fetching.contains(url))
        return;
    m_fetching.insert(url);
    FileFetch *fetch = m_sms->client()->fetchFile(QUrl(url));
    connect(fetch, &FileFetch::finished, this, [this, url](const FileFetch::Result &result) {
        m_fetching.remove(url);
        const QString toOpen = m_toOpen.take(url);
        if (!result.ok()) {
            m_failed.insert(url);
            emit fetchFailed(url, result.error.message);
            if (!toOpen.isEmpty())
                emit openFailed(tr("%1 could not be opened: %2").arg(toOpen, result.error.message));
            return;
        }
        if (result.bytes.size() <= maxCachedBytes / 4)
            m_cache.insert(url, new QByteArray(result.bytes),
                           std::max<qsizetype>(1, result.bytes.size()));
        emit fetched(url);
        if (!toOpen.isEmpty()) {
            const QString path = writeForOpening(toOpen, result.bytes);
            if (path.isEmpty())
                emit openFailed(tr("%1 could not be written to a temporary file.").arg(toOpen));
            else
                emit opened(path);
        }
    });
}

void MmsAttachments::open(const QString &url, const QString &filename)
{
    const QString name = filename.isEmpty() ? tr("attachment") : filename;
    if (const QByteArray *cached = m_cache.object(url)) {
        const QString path = writeForOpening(name, *cached);
        if (path.isEmpty())
            emit openFailed(tr("%1 could not be written to a temporary file.").arg(name));
        else
            emit opened(path);
        return;
    }
    m_toOpen.insert(url, name);
    m_failed.remove(url);
    fetch(url);
}

QString MmsAttachments::writeForOpening(const QString &filename, const QByteArray &bytes)
{
    if (!m_openDir) {
        // QTemporaryDir makes it readable by the rep alone (0700); it goes when Draftbox quits.
        m_openDir = std::make_unique<QTemporaryDir>(QDir::tempPath()
                                                    + QStringLiteral("/draftbox-files-XXXXXX"));
        if (!m_openDir->isValid()) {
            m_openDir.reset();
            return {};
        }
    }
    QString name;
    for (const QChar c : QFileInfo(filename).fileName()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
            || c == QLatin1Char('_') || c == QLatin1Char(' '))
            name += c;
    }
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name.prepend(QStringLiteral("attachment"));
    const QString path = m_openDir->filePath(QStringLiteral("%1-%2").arg(++m_opened).arg(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)
        || file.write(bytes) != bytes.size())
        return {};
    return path;
}
