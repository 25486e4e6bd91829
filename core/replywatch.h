#pragma once

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

//! Who replied to what the rep is writing: the latest inbound SMS from each number, and for each
//! SMS the rep writes (a draft, a scheduled SMS, one in the outbox) when they last wrote it. A
//! reply that came after is one the SMS was not written for: it is said on the SMS before it
//! goes out, as Close's workflows pause when a lead replies. Kept as rows come, change and go
//! (SmsSync feeds it one row at a time), never by a pass over every row.
//!
//! Both times are Close's (the reply's activity_at, else its date_created; the SMS's
//! date_updated), so the rep's clock being off does not matter. Numbers are compared by their
//! digits, as OptOutList compares them.
class ReplyWatch
{
public:
    //! An inbound SMS: its id and when it came in.
    struct Reply
    {
        QString id;
        QDateTime at;
    };

    //! The inbound SMS `id` came from `number` at `at`. Returns the ids of the SMS the rep writes
    //! to that number (and to the number it came from before, if that changed) whose latest reply
    //! changed; empty when the latest reply of every number stays.
    QStringList noteReply(const QString &id, const QString &number, const QDateTime &at);
    //! The SMS `id` the rep writes, as Close has it now: to `number`, in `status`, with
    //! `content` (a hash of what goes out: its text and attachments), `updated` its
    //! date_updated. A change of status alone (scheduled, held back to draft, put in the outbox)
    //! is not writing it: the time it was written stays. Returns as noteReply().
    QStringList noteWritten(const QString &id, const QString &number, const QString &status,
                            size_t content, const QDateTime &updated);
    //! The SMS is gone, or is neither a reply nor one the rep writes any longer (sent, failed).
    //! Returns as noteReply().
    QStringList forget(const QString &id);
    void clear();

    //! The latest reply from `number`, if any came.
    std::optional<Reply> latest(const QString &number) const;
    //! When the rep last wrote the SMS `id`, as Close dates it; invalid when it is not one the
    //! rep writes, or Close gave no date.
    QDateTime writtenAt(const QString &id) const;
    //! The latest reply from the SMS's recipient that came after the rep last wrote it.
    std::optional<Reply> since(const QString &id) const;

private:
    //! The replies from one number, and the latest of them (kept, not searched for: a number
    //! can have sent hundreds).
    struct Thread
    {
        QHash<QString, QDateTime> replies; //!< by id
        Reply latest;
    };
    struct Written
    {
        QString digits;
        QString status;
        size_t content = 0;
        QDateTime at; //!< when it was written
        QDateTime seen; //!< the date_updated of the copy last noted
    };

    //! Takes the reply `id` out of its thread; returns as noteReply().
    QStringList dropReply(const QString &id);
    //! Takes the SMS `id` out of those the rep writes.
    void dropWritten(const QString &id);
    //! Takes `id` off the SMS written to `digits`.
    void unlist(const QString &digits, const QString &id);
    //! The SMS the rep writes to `digits`.
    QStringList writtenTo(const QString &digits) const;
    static void findLatest(Thread &thread);

    QHash<QString, Thread> m_threads; //!< by digits
    QHash<QString, QString> m_replyDigits; //!< reply id -> digits of its number
    QHash<QString, Written> m_written; //!< by id
    QHash<QString, QSet<QString>> m_writtenTo; //!< digits -> ids of the SMS written to them
};
