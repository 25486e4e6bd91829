#pragma once

#include "apierror.h"
#include "smsactivity.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class CloseClient;

//! What went wrong, newest first: failed requests, edits that could not be kept or put back,
//! SMS Close could not deliver. One entry per problem (a repeat counts on it), marked resolved
//! once it has passed, so the rep sees what still needs them. The Problems panel shows it
//! through ErrorLogModel; nothing else pops up.
class ErrorLog : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime when;
        QString operation;
        QString activityId;
        ApiError error;
        QString activityName; //!< as the rep knew the activity when it failed
        int times = 1; //!< how often this very failure happened
        QDateTime resolvedAt; //!< when what went wrong passed; invalid while it stands
        QString resolution; //!< how it passed, for the rep
        //! It lists unsaved edits the journal keeps for the rep (their activity is gone) until
        //! they are copied or the log is cleared.
        bool keepsEdits = false;
    };
    //! An activity as the rep knows it (contact or number, first words); empty if unknown.
    using Namer = std::function<QString(const QString &activityId)>;

    static constexpr int maxEntries = 500;

    explicit ErrorLog(QObject *parent = nullptr);

    //! Logs the failures of every call the client makes from now on; a later success of the
    //! same operation on the same activity marks them resolved.
    void attach(CloseClient *client);
    //! Names the entries' activities while `context` lives.
    void setNamer(QObject *context, Namer namer);

    //! Lists the failure, or counts it again on the entry it repeats (one entry per problem).
    void record(const QString &operation, const QString &activityId, const ApiError &error,
                const QDateTime &when = QDateTime::currentDateTime());
    //! Marks the standing failures of the activity (of that operation only, if given) resolved.
    void resolve(const QString &activityId, const QString &operation = {},
                 const QString &resolution = {});
    //! The rep clears the log: edits kept for its entries are let go (editsTaken()).
    void clear();
    //! The rep copied these entries: edits kept for them are let go (editsTaken()), the
    //! entries marked resolved.
    void copied(const QList<int> &rows);
    //! Clears the log and forgets which failed SMS it has told of: other data is in use (an
    //! account after the sample data), whose failures are told as they are found.
    void startAfresh();

    //! An SMS as Close lists it (loaded or reloaded): one Close failed to send (status
    //! `error`, with Close's reason) is logged once, at `when` (when Close last changed it),
    //! however often it is listed again; one logged failed that Close lists otherwise has
    //! passed.
    void smsListed(const QString &id, SmsActivity::Status status, const QString &reason,
                   const QDateTime &when);
    //! Close failed to send the SMS while Draftbox watched it: logged once, now.
    void smsFailed(const QString &id, const QString &reason);
    //! Close changed the SMS: a delivery failure logged for it passes unless it is still failed.
    void smsChanged(const QString &id, SmsActivity::Status status);
    //! Unsaved edits from the last session could not be put back: Close no longer has the
    //! activity. `what` lists them, so the rep can copy them and write them again.
    void editsLost(const QString &id, const QString &what);
    //! A journaled edit could not be read back (a value of the wrong type): it was not put
    //! back and nothing of it was sent. `what` quotes it.
    void editsUnreadable(const QString &id, const QString &what);
    //! The journal of unsaved edits could not be written (`why`): they are only in memory.
    void journalUnwritable(const QString &why);
    //! Which messages were read could not be written (ReadMarks::writeFailed()).
    void readMarksUnwritable(const QString &why);
    //! Someone deleted the activity in Close while the rep had unsaved edits on it (`what`).
    void deletedInClose(const QString &id, const QString &what);
    //! The local cache could not be read or opened (ActivityCache::notice()).
    void cacheNotice(const QString &why);
    //! The local cache could not be written (ActivityCache::writeFailed()).
    void cacheUnwritable(const QString &why);
    //! The journal could not be read at start (`why`; it was kept aside).
    void journalUnreadable(const QString &why);
    //! Whether any logged delivery failure may still pass (else smsChanged() has nothing to do).
    bool hasDeliveryFailures() const { return !m_failedSms.isEmpty(); }

    int count() const { return int(m_entries.size()); }
    const Entry &entry(int row) const { return m_entries.at(row); }
    //! The entries whose problem still stands.
    int openCount() const;
    //! The entry's activity for people: its name now, else as it was known, else its id.
    QString activityText(const Entry &entry) const;
    //! The entry as text a rep can paste into a message to support.
    QString copyText(int row) const;
    //! "Resolved at 10:42 (saved since). Nothing to do."
    static QString resolvedText(const Entry &entry);

    //! Until when Close asked Draftbox to wait (429), or invalid when no wait is on.
    QDateTime rateLimitedUntil() const { return m_rateLimitedUntil; }
    //! Starts (or extends) the rate-limit wait; a past or invalid time ends it.
    void setRateLimitedUntil(const QDateTime &until);

signals:
    // For an item model over the log: each change is announced before and after it is made.
    void entryAboutToBeInserted(int row);
    void entryInserted(int row);
    void entriesAboutToBeRemoved(int first, int last);
    void entriesRemoved(int first, int last);
    void entryUpdated(int row);
    void aboutToBeCleared();
    void cleared();
    //! An entry was marked resolved, or counted again.
    void entriesChanged();
    void rateLimitChanged(const QDateTime &until);
    //! A new problem arose while the rep worked (not a repeat, and not a failure Close had
    //! already reported before Draftbox listed the SMS): the panel should come up for it.
    void problemArose();
    //! The rep has the unsaved edits on `activityId` that the journal kept (copied, or let go
    //! by clearing the log): the journal may forget them.
    void editsTaken(const QString &activityId);

private:
    void unwritable(const QString &operation, const QString &why);
    //! record(), for an entry that lists unsaved edits the journal keeps.
    void recordKeptEdits(const QString &operation, const QString &activityId,
                         const QString &message, const QString &what);
    //! Lists `entry`, or counts it again on the entry it repeats (record()'s work).
    void add(Entry entry);
    void removeAll();
    QString nameOf(const QString &activityId) const;
    bool m_listing = false; //!< recording what Close lists, not what happened just now
    void recordDeliveryFailure(const QString &id, const QString &reason, const QDateTime &when);
    void removeAt(int row);

    QList<Entry> m_entries;
    QPointer<QObject> m_namerContext;
    Namer m_namer;
    QSet<QString> m_failedSms; //!< SMS whose delivery failure is logged and has not passed
    QDateTime m_rateLimitedUntil;
};
