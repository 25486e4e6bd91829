#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

//! The rep's unsaved work on disk: for each activity with pending edits (or a send whose answer
//! never came), what was edited, the server's values it was edited over, and what was asked of
//! Close. Written with QSaveFile a moment after each change, so a crash or a kill loses at most
//! that moment; an entry goes only once Close confirmed it.
//!
//! One file per account (scope), under QStandardPaths::AppDataLocation, readable by the user
//! only. It holds message texts and ids, never credentials.
class EditJournal : public QObject
{
    Q_OBJECT

public:
    //! One activity's entry. Every part is wire JSON, as the models keep it.
    struct Entry
    {
        QJsonObject pending; //!< the rep's edits: field -> value (null clears)
        QJsonObject base; //!< the server's values the edits were made over, and its date_updated
        QJsonObject attempted; //!< values sent in a save whose answer never came
        QJsonObject intent; //!< a send or schedule asked for and not yet confirmed: action, at
        qint64 sequence = 0; //!< when it was first journaled, to resume in the order made

        bool isEmpty() const { return pending.isEmpty() && intent.isEmpty(); }
        QJsonObject toJson() const;
        static Entry fromJson(const QJsonObject &json);
        bool operator==(const Entry &other) const;
        bool operator!=(const Entry &other) const { return !(*this == other); }
    };

    //! The journal in `path`; nothing is read until load().
    explicit EditJournal(const QString &path, QObject *parent = nullptr);
    ~EditJournal() override;

    //! The file for an account: a name derived from its scope (e.g. the API's URL), so accounts
    //! never see each other's edits, in the application's data folder.
    static QString pathFor(const QString &scope);

    QString path() const { return m_path; }
    //! Reads the file. A missing file is an empty journal; an unreadable one is kept aside
    //! under a name of its own (`<name>.<time>.unreadable`) so nothing is overwritten, and the
    //! reason, naming where it went, is returned.
    QString load();

    Entry entry(const QString &kind, const QString &id) const;
    //! Entries of one kind (e.g. "sms"), by activity id.
    QHash<QString, Entry> entries(const QString &kind) const;
    int size() const { return int(m_entries.size()); }

    //! Records an activity's entry (an empty one removes it) and writes soon (writeDelayMs).
    void put(const QString &kind, const QString &id, Entry entry);
    //! Writes now if anything changed: before a request that could send a message.
    bool flush();
    void setWriteDelay(int ms) { m_writeTimer.setInterval(ms); }
    static constexpr int defaultWriteDelayMs = 100;

signals:
    //! Writing failed: the edits are only in memory until a later write succeeds.
    void writeFailed(const QString &why);

private:
    //! Moves the file to a name no file has; the new path, or empty if it could not be moved.
    QString keepAside() const;
    //! Takes in the entries of a journal of this format version.
    void read(const QJsonObject &journal);
    static QString key(const QString &kind, const QString &id);

    QString m_path;
    QHash<QString, Entry> m_entries; //!< "kind/id" -> entry
    qint64 m_nextSequence = 1;
    bool m_dirty = false;
    QTimer m_writeTimer;
};
