#include "activitycache.h"

#include "ownerfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMetaObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

const QString driver = QStringLiteral("QSQLITE");

//! The steps from one schema version to the next, in order: step i takes a database from
//! version i to i + 1. A new database runs them all, so every step stays exercised.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 → 1: Close's copies as JSON by kind and id, and each kind's sync point (written
        // once its listing was complete).
        {QStringLiteral("CREATE TABLE activity (kind TEXT NOT NULL, id TEXT NOT NULL, "
                        "body TEXT NOT NULL, PRIMARY KEY (kind, id))"),
         QStringLiteral("CREATE TABLE sync (kind TEXT PRIMARY KEY, synced_to TEXT)")},
        // 1 → 2: the creation date beside each copy, indexed, so that the latest come first
        // without reading every row; whether a kind was listed whole, and when Close was last
        // heard from.
        {QStringLiteral("ALTER TABLE activity ADD COLUMN created TEXT NOT NULL DEFAULT ''"),
         QStringLiteral("UPDATE activity SET created = "
                        "coalesce(json_extract(body, '$.date_created'), '')"),
         QStringLiteral("CREATE INDEX activity_latest ON activity (kind, created DESC, id DESC)"),
         QStringLiteral("ALTER TABLE sync ADD COLUMN complete INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE sync ADD COLUMN checked_at TEXT"),
         QStringLiteral("UPDATE sync SET complete = 1 WHERE synced_to IS NOT NULL")},
        // 2 → 3: the people the activities name, so that a start shows their names without
        // asking Close for each again.
        {QStringLiteral("CREATE TABLE person (id TEXT PRIMARY KEY, body TEXT NOT NULL, "
                        "fetched_at TEXT NOT NULL)")},
    };
    return steps;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &text)
{
    QDateTime time = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

QJsonObject objectFrom(const QVariant &body)
{
    return QJsonDocument::fromJson(body.toByteArray()).object();
}

const char *latestQuery = "SELECT body FROM activity WHERE kind = ? "
                          "ORDER BY created DESC, id DESC LIMIT ? OFFSET ?";

} // namespace

QString ActivityCache::pathFor(const QString &scope)
{
    QString path = OwnerFile::pathFor(QStringLiteral("cache"), scope);
    path.chop(int(qstrlen(".json")));
    return path + QStringLiteral(".sqlite");
}

ActivityCache::ActivityCache(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(QStringLiteral("draftbox-cache-")
                   + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

ActivityCache::~ActivityCache()
{
    while (!m_readers.empty())
        stopReading(m_readers.begin()->first);
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool ActivityCache::open()
{
    if (m_open)
        return true;
    QString why = openDatabase();
    if (!why.isEmpty()) {
        // Damaged (or from a newer Draftbox): kept aside for whoever wants to look, never
        // deleted, and a new one made. The messages come again from Close.
        moveAside();
        const QString again = openDatabase();
        if (!again.isEmpty()) {
            m_notice = tr("Draftbox could not open its local copy of your messages (%1); it "
                          "works from Close alone until it can.")
                           .arg(again);
            return false;
        }
        m_notice = m_movedAside.isEmpty()
            ? tr("Draftbox's local copy of your messages could not be read (%1); a new one was "
                 "made, and your messages are listed again from Close.")
                  .arg(why)
            : tr("Draftbox's local copy of your messages could not be read (%1). It was moved "
                 "to %2, a new one was made, and your messages are listed again from Close. "
                 "Unsaved edits are not in it and were not touched.")
                  .arg(why, QDir::toNativeSeparators(m_movedAside));
    }
    m_open = true;
    return true;
}

QString ActivityCache::openDatabase()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::setPermissions(QFileInfo(m_path).absolutePath(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Made owner-only before SQLite opens it: its journal files take the same permissions.
    {
        QFile file(m_path);
        if (!file.exists() && !file.open(QIODevice::WriteOnly))
            return file.errorString();
        file.close();
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return file.errorString();
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(driver, m_connection);
    if (!db.isValid())
        return tr("the SQLite driver of Qt SQL is not installed");
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return db.lastError().text();
    QSqlQuery query(db);
    // A file that is not a database fails here, at the first read.
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
        || query.value(0).toString() != QLatin1String("ok")) {
        const QString why = query.lastError().isValid() ? query.lastError().text()
                                                        : tr("its integrity check failed");
        db.close();
        return why;
    }
    // WAL: the worker reading the cache at start never waits for a write, nor a write for it.
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const QString why = migrate();
    if (!why.isEmpty())
        db.close();
    return why;
}

QString ActivityCache::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return query.lastError().text();
    int version = query.value(0).toInt();
    if (version > schemaVersion)
        return tr("it was made by a newer Draftbox (schema %1)").arg(version);
    while (version < schemaVersion) {
        // Each step whole or not at all: a migration cut short is done again next time.
        db.transaction();
        for (const QString &statement : migrations().at(version)) {
            if (!query.exec(statement)) {
                const QString why = query.lastError().text();
                db.rollback();
                return why;
            }
        }
        ++version;
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || !db.commit()) {
            const QString why = db.lastError().text();
            db.rollback();
            return why;
        }
    }
    return {};
}

void ActivityCache::moveAside()
{
    if (QSqlDatabase::contains(m_connection))
        QSqlDatabase::database(m_connection, false).close();
    if (!QFile::exists(m_path))
        return;
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = QStringLiteral("%1.damaged-%2").arg(m_path, stamp);
    for (int n = 2; QFile::exists(aside); ++n)
        aside = QStringLiteral("%1.damaged-%2-%3").arg(m_path, stamp).arg(n);
    if (!QFile::rename(m_path, aside)) {
        QFile::remove(m_path); // cannot be kept: at least it must not stop the new one
        return;
    }
    m_movedAside = aside;
    // Its write-ahead log belongs to it, not to the new database.
    for (const char *suffix : {"-wal", "-shm"})
        QFile::rename(m_path + QLatin1String(suffix), aside + QLatin1String(suffix));
}

void ActivityCache::failed(const QString &what)
{
    emit writeFailed(what);
}

ActivityCache::SyncPoint ActivityCache::syncPoint(const QString &kind) const
{
    SyncPoint point;
    if (!m_open)
        return point;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("SELECT complete, synced_to, checked_at FROM sync WHERE kind = ?"));
    query.addBindValue(kind);
    if (query.exec() && query.next()) {
        point.complete = query.value(0).toBool();
        point.syncedTo = timeFrom(query.value(1));
        point.checkedAt = timeFrom(query.value(2));
    }
    return point;
}

void ActivityCache::setComplete(const QString &kind, const QDateTime &syncedTo)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync (kind, synced_to, complete, "
                                 "checked_at) VALUES (?, ?, 1, ?)"));
    query.addBindValue(kind);
    query.addBindValue(timeText(syncedTo));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        failed(query.lastError().text());
}

void ActivityCache::setSyncedTo(const QString &kind, const QDateTime &syncedTo)
{
    if (!m_open)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE sync SET synced_to = ?, checked_at = ? WHERE kind = ?"));
    query.addBindValue(timeText(syncedTo));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    query.addBindValue(kind);
    if (!query.exec())
        failed(query.lastError().text());
}

int ActivityCache::count(const QString &kind) const
{
    if (!m_open)
        return 0;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM activity WHERE kind = ?"));
    query.addBindValue(kind);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<QJsonObject> ActivityCache::latest(const QString &kind, int limit) const
{
    QList<QJsonObject> rows;
    if (!m_open)
        return rows;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(QLatin1String(latestQuery));
    query.addBindValue(kind);
    query.addBindValue(limit);
    query.addBindValue(0);
    if (!query.exec())
        return rows;
    while (query.next())
        rows << objectFrom(query.value(0));
    return rows;
}

void ActivityCache::put(const QString &kind, const QList<QJsonObject> &activities)
{
    if (!m_open || activities.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO activity (kind, id, created, body) VALUES (?, ?, ?, ?)"));
    for (const QJsonObject &activity : activities) {
        const QString id = activity.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            continue;
        query.addBindValue(kind);
        query.addBindValue(id);
        query.addBindValue(activity.value(QLatin1String("date_created")).toString());
        query.addBindValue(QJsonDocument(activity).toJson(QJsonDocument::Compact));
        if (!query.exec()) {
            const QString why = query.lastError().text();
            db.rollback();
            failed(why);
            return;
        }
    }
    if (!db.commit())
        failed(db.lastError().text());
}

std::optional<std::pair<QJsonObject, QDateTime>> ActivityCache::person(const QString &id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT body, fetched_at FROM person WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::pair {objectFrom(query.value(0)), timeFrom(query.value(1))};
}

void ActivityCache::putPerson(const QString &id, const QJsonObject &record)
{
    if (!m_open || id.isEmpty())
        return;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO person (id, body, fetched_at) VALUES (?, ?, ?)"));
    query.addBindValue(id);
    query.addBindValue(QJsonDocument(record).toJson(QJsonDocument::Compact));
    query.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!query.exec())
        failed(query.lastError().text());
}

void ActivityCache::remove(const QString &kind, const QStringList &ids)
{
    if (!m_open || ids.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM activity WHERE kind = ? AND id = ?"));
    for (const QString &id : ids) {
        query.addBindValue(kind);
        query.addBindValue(id);
        query.exec();
    }
    if (!db.commit())
        failed(db.lastError().text());
}

void ActivityCache::forget(const QString &kind)
{
    if (!m_open)
        return;
    stopReading(kind);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery query(db);
    for (const char *table : {"activity", "sync"}) {
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE kind = ?").arg(QLatin1String(table)));
        query.addBindValue(kind);
        query.exec();
    }
    if (!db.commit())
        failed(db.lastError().text());
}

void ActivityCache::stopReading(const QString &kind)
{
    const auto reader = m_readers.find(kind);
    if (reader == m_readers.end())
        return;
    reader->second.stop->store(true);
    if (reader->second.thread.joinable())
        reader->second.thread.join();
    m_readers.erase(reader);
}

void ActivityCache::readAll(const QString &kind, int skip, Chunk chunk)
{
    stopReading(kind);
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QPointer<ActivityCache> self(this);
    auto deliver = [self, stop, chunk](QList<QJsonObject> rows, bool last) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, stop, chunk, rows = std::move(rows), last] {
                if (self && !stop->load())
                    chunk(rows, last);
            },
            Qt::QueuedConnection);
    };
    if (!m_open) {
        deliver({}, true);
        return;
    }
    const QString path = m_path;
    Reader &reader = m_readers[kind];
    reader.stop = stop;
    reader.thread = std::thread([path, kind, skip, stop, deliver] {
        // Its own connection: a Qt SQL connection belongs to the thread that made it.
        const QString name = QStringLiteral("draftbox-cache-reader-")
            + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
            if (db.open()) {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                query.prepare(QLatin1String(latestQuery));
                query.addBindValue(kind);
                query.addBindValue(-1);
                query.addBindValue(skip);
                constexpr int chunkSize = 500;
                QList<QJsonObject> rows;
                if (query.exec()) {
                    while (!stop->load() && query.next()) {
                        rows << objectFrom(query.value(0));
                        if (rows.size() == chunkSize)
                            deliver(std::exchange(rows, {}), false);
                    }
                }
                if (!stop->load())
                    deliver(std::move(rows), true);
            } else if (!stop->load()) {
                deliver({}, true);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
}
