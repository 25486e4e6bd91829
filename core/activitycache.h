#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <utility>

//! An account's messages as Close last sent them, kept on disk (SQLite through Qt SQL), so that
//! Draftbox opens on them at once, with or without a network, and Close's event log only has to
//! say what changed since. One database per account, under the application's data folder,
//! readable by the rep alone. It holds Close's copies and where the sync stands: never the API
//! key, never the rep's unsaved edits (the journal keeps those).
//!
//! The schema is versioned (`PRAGMA user_version`) and every database is brought to the current
//! version by the same steps, one version at a time, so an older one is migrated with its rows.
//! A database that cannot be read is moved aside under a unique name, never deleted, and a new
//! one is made: notice() tells the rep, and the messages come again from Close.
class ActivityCache : public QObject
{
    Q_OBJECT

public:
    //! The version open() brings every database to.
    static constexpr int schemaVersion = 3;

    //! Where the account's cache lives: `cache/<hash of scope>.sqlite` in the data folder.
    static QString pathFor(const QString &scope);

    explicit ActivityCache(const QString &path, QObject *parent = nullptr);
    ~ActivityCache() override;

    //! Opens the database, made or migrated to schemaVersion. A damaged one is moved aside
    //! first (notice()). False when none can be opened at all: Draftbox then works from Close
    //! alone, as without a cache.
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    //! What the rep should know of the opening (the cache was damaged and moved aside, could
    //! not be opened); empty when nothing happened worth telling.
    QString notice() const { return m_notice; }
    //! Where the damaged database went; empty when none was.
    QString movedAsideTo() const { return m_movedAside; }

    //! Where the sync of one kind of activity stands.
    struct SyncPoint
    {
        //! Every activity was listed once: the cache holds them all, as of `syncedTo`.
        bool complete = false;
        //! Close's time up to which the cache has every change (the listing's start, then the
        //! latest event applied); the next sync asks for the events since.
        QDateTime syncedTo;
        //! When Draftbox last heard from Close for this kind, by the rep's clock.
        QDateTime checkedAt;
    };
    SyncPoint syncPoint(const QString &kind) const;
    //! Every activity of `kind` is in the cache as of `syncedTo`.
    void setComplete(const QString &kind, const QDateTime &syncedTo);
    //! The events up to `syncedTo` are applied (and Close was heard from now).
    void setSyncedTo(const QString &kind, const QDateTime &syncedTo);

    int count(const QString &kind) const;
    //! The `limit` latest activities of `kind` by date_created, latest first, read now.
    QList<QJsonObject> latest(const QString &kind, int limit) const;
    //! Close's copies of activities of `kind`, new or changed.
    void put(const QString &kind, const QList<QJsonObject> &activities);
    void remove(const QString &kind, const QStringList &ids);
    //! Forgets every activity of `kind` and where its sync stood: the next start lists again.
    void forget(const QString &kind);

    //! What Close last said of a person (a lead, contact or user, the rep: PeopleDirectory's
    //! ids), and when it said it; nothing when the cache does not have them.
    std::optional<std::pair<QJsonObject, QDateTime>> person(const QString &id) const;
    void putPerson(const QString &id, const QJsonObject &record);

    using Chunk = std::function<void(const QList<QJsonObject> &activities, bool last)>;
    //! Reads the activities of `kind` after the `skip` latest, latest first, on a worker thread
    //! (its own connection), and hands them over in chunks on this object's thread, in order;
    //! the last call has `last` set (also when there were none). One read of a kind at a time:
    //! a new one ends the previous of that kind (the other kind's goes on), as do forgetting
    //! the kind and the cache's end.
    void readAll(const QString &kind, int skip, Chunk chunk);
    void stopReading(const QString &kind);

signals:
    //! A write failed (the disk is full, the file went read-only): the cache may now miss
    //! changes, so the next start lists again.
    void writeFailed(const QString &why);

private:
    //! Opens the file (owner-only) and migrates it; why not, else empty.
    QString openDatabase();
    QString migrate();
    void moveAside();
    void failed(const QString &what);

    QString m_path;
    QString m_connection; //!< the Qt SQL connection's unique name
    bool m_open = false;
    QString m_notice;
    QString m_movedAside;
    struct Reader
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> stop;
    };
    std::map<QString, Reader> m_readers; //!< by kind
};
