#include "editjournal.h"

#include "ownerfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJournal, "draftbox.journal", QtInfoMsg)

namespace {
constexpr int formatVersion = 1;
} // namespace

QJsonObject EditJournal::Entry::toJson() const
{
    QJsonObject out {{QStringLiteral("pending"), pending},
                     {QStringLiteral("sequence"), double(sequence)}};
    if (!base.isEmpty())
        out.insert(QStringLiteral("base"), base);
    if (!attempted.isEmpty())
        out.insert(QStringLiteral("attempted"), attempted);
    if (!intent.isEmpty())
        out.insert(QStringLiteral("intent"), intent);
    return out;
}

EditJournal::Entry EditJournal::Entry::fromJson(const QJsonObject &json)
{
    Entry e;
    e.pending = json.value(QLatin1String("pending")).toObject();
    e.base = json.value(QLatin1String("base")).toObject();
    e.attempted = json.value(QLatin1String("attempted")).toObject();
    e.intent = json.value(QLatin1String("intent")).toObject();
    e.sequence = qint64(json.value(QLatin1String("sequence")).toDouble());
    return e;
}

bool EditJournal::Entry::operator==(const Entry &other) const
{
    return pending == other.pending && base == other.base && attempted == other.attempted
        && intent == other.intent;
}

EditJournal::EditJournal(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_writeTimer.setSingleShot(true);
    m_writeTimer.setInterval(defaultWriteDelayMs);
    connect(&m_writeTimer, &QTimer::timeout, this, &EditJournal::flush);
}

EditJournal::~EditJournal()
{
    flush();
}

QString EditJournal::pathFor(const QString &scope)
{
    return OwnerFile::pathFor(QStringLiteral("journal"), scope);
}

QString EditJournal::key(const QString &kind, const QString &id)
{
    return kind + QLatin1Char('/') + id;
}

QString EditJournal::load()
{
    m_entries.clear();
    m_dirty = false;
    QFile file(m_path);
    if (!file.exists())
        return {};
    QJsonParseError parseError;
    QJsonDocument doc;
    QString unreadable;
    if (!file.open(QIODevice::ReadOnly))
        unreadable = file.errorString();
    else
        doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (unreadable.isEmpty() && doc.isObject()
        && doc.object().value(QLatin1String("version")).toInt() == formatVersion) {
        read(doc.object());
        return {};
    }
    // Kept aside under a name of its own: the edits in it may still be worth reading by hand,
    // and the next damaged journal must not take its place.
    const QString aside = keepAside();
    const QString where = aside.isEmpty()
        ? tr("it could not be moved aside from %1").arg(QDir::toNativeSeparators(m_path))
        : tr("it was kept aside as %1").arg(QDir::toNativeSeparators(aside));
    if (!unreadable.isEmpty())
        return tr("Draftbox could not read its journal of unsaved edits (%1); %2, and nothing "
                  "was restored from it.")
            .arg(unreadable, where);
    return tr("Draftbox's journal of unsaved edits is damaged or from another version: %1, and "
              "nothing was restored from it.")
        .arg(where);
}

QString EditJournal::keepAside() const
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // A name nobody has: rename() does not replace a file that is there.
    constexpr int tries = 1000;
    for (int n = 1; n <= tries; ++n) {
        const QString aside = n == 1
            ? QStringLiteral("%1.%2.unreadable").arg(m_path, stamp)
            : QStringLiteral("%1.%2-%3.unreadable").arg(m_path, stamp).arg(n);
        if (!QFile::exists(aside))
            return QFile::rename(m_path, aside) ? aside : QString();
    }
    return {};
}

void EditJournal::read(const QJsonObject &journal)
{
    const QJsonArray entries = journal.value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject json = value.toObject();
        const QString kind = json.value(QLatin1String("kind")).toString();
        const QString id = json.value(QLatin1String("id")).toString();
        Entry e = Entry::fromJson(json);
        if (kind.isEmpty() || id.isEmpty() || e.isEmpty())
            continue;
        m_nextSequence = std::max(m_nextSequence, e.sequence + 1);
        m_entries.insert(key(kind, id), e);
    }
    qCDebug(lcJournal) << "loaded" << m_entries.size() << "entries from" << m_path;
}

EditJournal::Entry EditJournal::entry(const QString &kind, const QString &id) const
{
    return m_entries.value(key(kind, id));
}

QHash<QString, EditJournal::Entry> EditJournal::entries(const QString &kind) const
{
    QHash<QString, Entry> out;
    const QString prefix = kind + QLatin1Char('/');
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().startsWith(prefix))
            out.insert(it.key().mid(prefix.size()), it.value());
    }
    return out;
}

void EditJournal::put(const QString &kind, const QString &id, Entry entry)
{
    const QString k = key(kind, id);
    const auto it = m_entries.constFind(k);
    if (entry.isEmpty()) {
        if (it == m_entries.cend())
            return;
        m_entries.remove(k);
    } else {
        if (it != m_entries.cend() && *it == entry)
            return;
        entry.sequence = it != m_entries.cend() ? it->sequence : m_nextSequence++;
        m_entries.insert(k, entry);
    }
    m_dirty = true;
    if (!m_writeTimer.isActive())
        m_writeTimer.start();
}

bool EditJournal::flush()
{
    m_writeTimer.stop();
    if (!m_dirty)
        return true;
    QJsonArray entries;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        QJsonObject json = it->toJson();
        json.insert(QStringLiteral("kind"), it.key().left(slash));
        json.insert(QStringLiteral("id"), it.key().mid(slash + 1));
        entries.append(json);
    }
    const QByteArray bytes = QJsonDocument(QJsonObject {{QStringLiteral("version"), formatVersion},
                                                        {QStringLiteral("entries"), entries}})
                                 .toJson(QJsonDocument::Compact);
    if (const QString error = OwnerFile::write(m_path, bytes); !error.isEmpty()) {
        const QString why = tr("Draftbox could not write its journal of unsaved edits (%1): %2. "
                               "Your edits are kept in memory; save them before quitting.")
                                .arg(QDir::toNativeSeparators(m_path), error);
        qCWarning(lcJournal).noquote() << why;
        emit writeFailed(why);
        m_writeTimer.start(1000); // try again: the disk may have room again
        return false;
    }
    m_dirty = false;
    return true;
}
