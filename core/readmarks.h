#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

//! Which received messages the rep has opened, remembered on this computer for one account (Close
//! keeps no such mark). A message received before the marks began counts as read: a rep who
//! starts Draftbox on years of replies sees the last days' as new, not every one ever.
//!
//! Written owner-only beside the journal, a moment after a change and when destroyed.
class ReadMarks : public QObject
{
    Q_OBJECT

public:
    //! How far back messages count as new when the marks begin.
    static constexpr int newForDays = 7;
    //! The most marks kept; the oldest go first (their messages are long read).
    static constexpr int maxMarks = 20000;

    //! The marks in `path`, or new ones beginning now if there are none (or they are damaged).
    explicit ReadMarks(const QString &path, QObject *parent = nullptr);
    ~ReadMarks() override;

    //! Where the marks of `scope` (the account's URL) live.
    static QString pathFor(const QString &scope);
    QString path() const { return m_path; }

    //! Whether a message received at `at` counts as not opened yet.
    bool isUnread(const QString &id, const QDateTime &at) const;
    //! Remembers that the rep opened it. Returns whether that changed anything.
    bool markRead(const QString &id);
    //! Messages received before `since` count as read.
    QDateTime since() const { return m_since; }
    void setSince(const QDateTime &since);
    //! Writes now; false (and writeFailed()) when the disk refuses.
    bool flush();

signals:
    void writeFailed(const QString &why);

private:
    void load();
    void changed();

    QString m_path;
    QDateTime m_since;
    QHash<QString, qint64> m_read; //!< id -> when it was opened (ms since the epoch)
    QTimer m_writeTimer;
    bool m_dirty = false;
};
