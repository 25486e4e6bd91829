#pragma once

#include "activitycache.h"
#include "activityquery.h"
#include "activitystore.h"
#include "apierror.h"
#include "apiresult.h"
#include "editjournal.h"
#include "pendingedit.h"
#include "peopledirectory.h"
#include "readmarks.h"
#include "retryqueue.h"
#include "saveflow.h"
#include "templaterenderer.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>

class CloseCall;
class CloseClient;

//! One field of an activity as Draftbox shows and edits it.
struct ActivityField
{
    QString name; //!< the wire name, e.g. "remote_phone"
    QString title; //!< for people
    enum class Kind { Text, Id, Phone, DateTime, Integer, Bool, List, Attachments } kind;
    bool editable = false;
};

//! The activities of one kind kept in step with Close: the rows (an ActivityStore), their pages
//! as they load, the rep's edits over them and the requests that save, send, re-read or delete
//! them, with their journal, their retries and the names of the people on them. No item model
//! and no widget: ActivityTableModel shows it, and follows it through the row signals below.
class ActivitySync : public QObject
{
    Q_OBJECT

public:
    ActivitySync(CloseClient *client, QList<ActivityField> fields, RecordSchema schema,
                 QObject *parent = nullptr);

    const QList<ActivityField> &fields() const { return m_fields; }
    //! The field's index in fields(), -1 if unknown.
    int fieldIndex(const QString &name) const { return m_fieldIndex.value(name, -1); }
    //! The field's name for people ("To" for remote_phone); the wire name if unknown.
    QString fieldTitle(const QString &name) const;

    int size() const { return m_store.size(); }
    const ActivityStore::Row &row(int row) const { return m_store.row(row); }
    int rowOf(const QString &id) const { return m_store.rowOf(id); }
    QString idAt(int row) const { return m_store.idAt(row); }
    //! The field's value as the rep sees it: their edit, else Close's.
    QJsonValue value(int row, const QString &name) const { return m_store.value(row, name); }
    QString text(int row, const QString &name) const { return m_store.text(row, name); }
    //! How many rows hold each value of `name`, one of the fields the rows are tallied by.
    QHash<QString, int> tally(const QString &name) const { return m_store.tally(name); }
    std::optional<QDateTime> time(int row, const QString &name) const
    {
        return m_store.time(row, name);
    }
    QJsonValue serverValue(int row, const QString &name) const
    {
        return m_store.serverValue(row, name);
    }
    std::optional<QDateTime> serverTime(int row, const QString &name) const
    {
        return m_store.serverTime(row, name);
    }
    QJsonObject effective(int row) const { return m_store.effective(row); }

    // Pages.
    bool isLoading() const { return !m_fetch.isNull() || m_pageHeld || m_readingCache; }
    bool hasMore() const { return m_hasMore; }
    //! Whether the next page may be asked for now: Close has more, none is on its way, and
    //! Draftbox knows where and as whom.
    bool canFetchMore() const;
    void fetchMore();
    //! Reloads the first page: rows are updated in place, new ones appear, edits stay. When
    //! Close's event log is followed (setFollowedByEvents()), asks it instead (changesWanted()).
    void refresh();
    //! Forgets every row (and its edits) and loads from the start: for another account. From
    //! the cache when it holds every activity of the kind, else from Close.
    virtual void reload();
    //! Forgets every row (and its edits); the next fetchMore() loads from the start.
    virtual void clear();
    //! The last page load failed; loading more waits for refresh() or reload().
    bool lastFetchFailed() const { return m_fetchFailed; }
    //! When a page arrives and Close has more, asks for up to `pages` next ones at once,
    //! before this one is taken in, so that Close answers (and the answers are read, on a
    //! worker) meanwhile; the next fetchMore() takes the first. For whoever loads every page
    //! (PageLoader), as a view that loads on scrolling would not want pages ahead. 0: none
    //! (those already asked for beyond `pages` are dropped).
    void setReadAhead(int pages);
    //! Asks for no more pages though Close says there are more, and tells why
    //! (listingStopped()); refresh() or reload() lists again.
    void stopListing(const QString &why);
    //! The deepest _skip a page is asked at: Close refuses deep ones, so past it the pages are
    //! asked for within a window on date_created (before the oldest listed), from its start.
    //! A refused _skip lowers it to where Close stopped.
    void setMaxSkip(int skip) { m_maxSkip = std::max(m_pageSize, skip); }
    int maxSkip() const { return m_maxSkip; }

    // The local cache and the event log.
    //! Keeps Close's copies in `cache` (not owned; nullptr: none) as they come, change and go;
    //! reload() opens on what it holds once the kind was listed whole.
    void setCache(ActivityCache *cache);
    ActivityCache *cache() const { return m_cache; }
    //! The kind's name in Close's event log ("activity.sms").
    virtual QString objectType() const = 0;
    //! Every activity is in: listed whole from Close or read from the cache.
    bool isListed() const { return m_listed; }
    //! The rows came from the cache and Close's changes since are not in yet.
    bool isFromCache() const { return m_fromCache; }
    //! Close's time up to which the rows have every change (the cache's sync point).
    QDateTime syncedTo() const { return m_syncedTo; }
    //! Close's changes from its event log: new and changed copies (each taken unless the row
    //! already has a newer one; a rep's edit over a changed field becomes a conflict) and the
    //! ids Close deleted (`gone`). `syncedTo`: the rows now have every change up to then.
    void applyChanges(const QList<QJsonObject> &copies, const QStringList &gone,
                      const QDateTime &syncedTo);
    //! Asks Close for its copies of these activities (an event that came without its object):
    //! each answer goes in as applyChanges() would take it, a 404 removes the row.
    void fetchCopies(const QStringList &ids);
    //! clear(), then opens on the cache if it holds the kind whole (true); else stays empty,
    //! for the list to load when shown.
    bool reloadFromCache();
    //! The rep has the edits the journal kept for `id`, an activity Close no longer has
    //! (copied them from the Problems panel): the journal lets them go.
    void forgetLostEdits(const QString &id);
    //! Someone follows Close's event log for these rows: refresh() asks them, not a list.
    void setFollowedByEvents(bool followed) { m_followedByEvents = followed; }
    bool isFollowedByEvents() const { return m_followedByEvents; }

    // Edits.
    //! The rep gives the row's field the wire value `value`; an edit back to Close's value is
    //! dropped. False when the field or the row takes no edit now, or the value is refused
    //! (the row's error says why).
    bool setField(int row, const QString &name, const QJsonValue &value);
    bool isDirty(int row) const;
    //! Whether the rep can edit the row now: its kind allows it, no send of it is under way or
    //! unconfirmed. A save under way does not stop edits: they are saved after it.
    bool acceptsEdits(int row) const;
    virtual bool rowEditable(int row) const;
    void revert(int row);
    void revertField(int row, const QString &name);
    //! Sends the row's pending edits; the answer replaces Close's copy, a 400 keeps the edits.
    //! Close is asked for its copy first: if someone changed a field the rep edited since the
    //! rep's copy, nothing is written and the row has conflicts to resolve (conflictFound()).
    //! When Close cannot be reached, the edits wait and are saved once it answers again.
    void save(int row);
    //! The fields whose edit clashes with a change made in Close meanwhile.
    QStringList conflictFields(int row) const;
    //! Close's value of a field in conflict (the rep's is value()).
    QJsonValue theirs(int row, const QString &name) const;
    //! Settles a conflict: the rep's value stays (to be saved over Close's) or Close's is taken.
    void resolveConflict(int row, const QString &name, bool keepMine);
    bool isRestored(int row) const;
    bool isUnconfirmed(int row) const;
    //! A request for the row is under way.
    bool isBusy(int row) const
    {
        return row >= 0 && row < size() && m_store.row(row).edit.flow().isBusy();
    }

    // The journal.
    //! Keeps pending edits made from now on in `journal` (nullptr: in memory only) and brings
    //! back the journal's edits onto their rows as they load; pages keep loading until every
    //! journaled row is in.
    void setJournal(EditJournal *journal);
    EditJournal *journal() const { return m_journal; }
    //! The journal's name for this kind of activity ("sms", "whatsapp").
    virtual QString journalKind() const = 0;
    //! Journaled edits not yet back on a row (their rows have not loaded yet).
    int restoresOutstanding() const { return int(m_toRestore.size()); }

    // Waiting for Close.
    int waitingCount() const { return m_queue->count(); }
    //! Close answered: the back-off starts over and what waits is tried at once.
    void closeAnswered() { m_queue->answered(); }
    QDateTime nextAttempt() const { return m_queue->nextAttempt(); }
    void retryWaiting() { m_queue->retryNow(); }
    void setBackoff(int firstMs, int maxMs) { m_queue->setBackoff(firstMs, maxMs); }
    RetryQueue *retryQueue() const { return m_queue; }

    // People.
    QString displayName(const QString &id) const { return m_people->displayName(id); }
    //! The client it talks to Close through (for the models beside it, such as a search).
    CloseClient *client() const;
    //! Everything Close said of the contact, lead or user; empty until it answered.
    QJsonObject personRecord(const QString &id) const { return m_people->record(id); }
    QString contactTimeZone(int row) const;
    //! The activity as the rep knows it: the contact's name (the number until Close told it)
    //! and the first words of the message.
    QString rowLabel(int row) const;
    //! The rep's template text as Close would send it on this row (TemplateRenderer), from the
    //! row's contact, lead and user (the rep's own when the row has none).
    QString renderTemplate(int row, const QString &text) const;
    bool isLookingUpNames() const { return m_people->isBusy(); }
    void setLooksUpNames(bool on) { m_people->setEnabled(on); }
    PeopleDirectory *people() const { return m_people; }
    //! Takes names from `people` (not owned), e.g. one directory for SMS and WhatsApp.
    void setPeople(PeopleDirectory *people);

    // Read and unread.
    //! Remembers in `marks` (not owned; nullptr: none) which received messages the rep opened;
    //! until marks are given nothing counts as unread.
    void setReadMarks(ReadMarks *marks);
    ReadMarks *readMarks() const { return m_marks; }
    //! A received message the rep has not opened yet.
    bool isUnread(int row) const;
    //! The rep opened it (rowChanged() and unreadChanged() if that changed anything).
    void markRead(int row);
    int unreadCount() const { return int(m_unread.size()); }
    //! What makes a conversation: the other party's number and the contact.
    static QString conversationKey(const QString &remotePhone, const QString &contactId)
    {
        return remotePhone + QLatin1Char('\n') + contactId;
    }
    //! Whether the row was received rather than written by the rep's side.
    virtual bool isInbound(int) const { return false; }

    // Search.
    bool rowContains(int row, QByteArrayView needle) const;
    bool rowContainsNumber(int row, QByteArrayView needle) const;

    //! The message as one list line: its first line, at most as long as any column can show.
    static QString listMessage(const QString &text);
    //! A text as a tooltip shows it: whole up to a screenful, else its start and its length;
    //! as rich text that shows its characters as they are (a tooltip takes markup as markup).
    static QString listTip(const QString &text);
    //! The other party's number as Close formatted it, else as stored.
    QString listRemotePhone(int row) const;

signals:
    // What happens to the rows, for a model to follow (in this order, synchronously).
    void rowsAboutToBeInserted(int first, int last);
    void rowsInserted(int first, int last);
    void rowAboutToBeRemoved(int row);
    void rowRemoved();
    void aboutToReset();
    void wasReset();
    void rowChanged(int row);
    //! The number of unread messages changed.
    void unreadChanged();
    //! The next page should be asked for (the journal names rows further down).
    void morePagesWanted();

    void saved(const QString &id);
    void failed(const QString &id, const ApiError &error);
    //! Pages are no longer asked for though Close says there are more: a page repeated rows
    //! already listed, or added none, or a bound was reached. For the Problems panel.
    void listingStopped(const QString &operation, const ApiError &why);
    //! Received messages the rep has not opened came in while Draftbox runs (a refresh, the
    //! event log): never those of the first listing or of the cache. For notifications.
    void arrived(const QStringList &ids);
    //! Close could not send the activity: its status turned to `error` (Close's reason is in
    //! error_message).
    void sendFailed(const QString &id);
    //! Someone deleted the activity in Close while the rep had unsaved edits on it: they could
    //! not be saved. `what` lists them, so the rep can write them again.
    void deletedWithEdits(const QString &id, const QString &what);
    //! Every activity is in (isListed()).
    void listed();
    //! refresh() while the event log is followed: whoever follows it should ask it now.
    void changesWanted();
    //! Close confirmed the activity is gone (or had never had it); its row is removed.
    void deleted(const QString &id);
    //! Names of leads or contacts arrived (the list shows them instead of ids).
    void namesChanged();
    void loadingChanged(bool loading);
    //! Someone changed in Close a field the rep has edited; nothing was saved over it.
    void conflictFound(const QString &id);
    //! Rows started or stopped waiting for Close (waitingCount()).
    void waitingChanged();
    //! Journaled edits came back onto `count` more rows.
    void restored(int count);
    //! A journaled edit's activity is gone from Close; `what` describes the edit so the rep
    //! can redo it elsewhere (it is dropped from the journal).
    void restoreLost(const QString &id, const QString &what);
    //! A journaled edit could not be read back (a value of the wrong type, from an older or a
    //! damaged journal): it is neither put back nor ever sent. `what` quotes it.
    void restoreDamaged(const QString &id, const QString &what);

protected:
    //! The fields whose values the rows are counted by (at most two), kept as rows change.
    void tallyBy(const QStringList &names) { m_store.tallyBy(names); }
    using Row = ActivityStore::Row;

    //! A page of the list, latest first; `query` narrows it (a window on date_created).
    virtual CloseCall *listCall(const ActivityQuery &query, int skip, int limit) = 0;
    //! The PUT of `changes`; nullptr when they do not read as the kind's update (wrong types).
    virtual CloseCall *saveCall(const QString &id, const PendingEdit::Changes &changes) = 0;
    //! Whether `changes` read as the kind's update body, each value of its field's type.
    virtual bool readsEdits(const QJsonObject &changes) const = 0;
    virtual CloseCall *getCall(const QString &id) = 0;
    //! Why the rep may not give the row's field this value (the row's error says it, nothing is
    //! changed); empty when the edit is fine.
    virtual QString whyRefused(int row, const QString &name, const QJsonValue &value) const;
    //! Asks Close where an unconfirmed send stands; it is never sent again blindly.
    virtual void recheck(int row);

    Row &rowAt(int row) { return m_store.row(row); }
    //! Moves the row's save flow on; an event the flow cannot take now is a bug, said in the log.
    bool step(int row, SaveFlow::Event event);
    //! Runs `call` for the row, then `done` with the row's current index. The caller stepped
    //! the flow into the request's state; `done` steps it out.
    void track(int row, CloseCall *call, std::function<void(int row, const ApiResult &)> done);
    //! Applies what Close answered for a row and forgets the edits it confirmed.
    void applyServerCopy(int row, const QJsonObject &server, bool confirmsPending);
    void setRowError(int row, const QString &error, const QJsonObject &fieldErrors = {});
    //! Records a failed request on its row: the message, and each field's message from a 400.
    void setRowError(int row, const ApiError &error);
    //! An activity Close just created for the rep: it goes on top (as a refresh would put it).
    void adopt(const QJsonObject &server) { merge(QJsonArray {server}, true); }
    //! Deletes the row's activity with `call`; the row goes once Close confirms (or has none).
    void deleteRow(int row, CloseCall *call);
    //! The row changed: its conflict stop, journal entry and search text follow; rowChanged().
    void changed(int row);
    //! Asks Close for the row's current copy, then calls `proceed` unless the rep's edits clash
    //! with it (conflicts) or a field in `unchanged` is not what the rep saw (a send sends what
    //! the rep saw, nothing else). Failures end on the row.
    void verify(int row, const QStringList &unchanged, std::function<void(int row)> proceed);
    //! A request for the row failed for want of Close: the row waits and is retried with
    //! back-off (a save is sent again, an unconfirmed send re-read).
    void waitForServer(int row, const ApiError &error);
    static bool isTransient(const ApiError &error);
    //! A read of Close's copy failed: the row waits for Close, or (refused) ends with the
    //! error, and with `dropIntent` forgets the send it was re-reading.
    void readFailed(int row, const ApiError &error, bool dropIntent = false);
    //! The error as the rep reads it: a field Close refused is named as the form names it.
    ApiError described(const ApiError &error) const;
    //! Records a send asked for (journaled and written at once, before the request goes out);
    //! an empty intent clears it.
    void setIntent(int row, const SendIntent &intent);

private:
    //! Close's copies in: rows it has are updated, new ones go on top (`fromStart`) or at the
    //! end; with `cacheIt`, the copies are kept in the cache too.
    void merge(const QJsonArray &page, bool fromStart, bool cacheIt = true);
    //! The listing from Close reached its end: the rows are every activity of the kind.
    void listedWhole();
    //! Opens on the cache's rows when it holds the kind whole; false when it does not.
    bool openFromCache();
    //! A chunk of the cache's rows is in; `last`: every row is.
    void cachedArrived(const QList<QJsonObject> &rows, bool last);
    //! What the rep's pending edits of the row say, one line a field (for a lost edit).
    QString describeEdits(const QJsonObject &pending) const;
    //! Takes Close's new copy of the row; sendFailed() when it says the send failed.
    void setServerCopy(int row, const QJsonObject &server);
    void restoreRow(int row, const EditJournal::Entry &entry);
    //! Puts the journal's edits back on those of the rows it has edits for.
    void restoreRows(int first, int last);
    void restoreAfterPage();
    //! A page from fetchMore() is in (or failed).
    void pageArrived(const ApiResult &result);
    //! Asks for pages from `end` on, as many as may be ahead; those asked for elsewhere are
    //! dropped.
    void askAhead(int end);
    //! Asks for the page at `skip`: its answer goes in if it is m_fetch by then, else it is
    //! held by the page ahead it is.
    CloseCall *askPage(int skip);
    void dropAhead(std::size_t keep = 0);
    //! Whether the page at `skip` (of every row) lies within the window's _skip limit.
    bool inWindow(int skip) const { return m_windowStuck || skip - m_windowBase <= m_maxSkip; }
    //! Starts a window before the oldest row listed: the next pages are asked within it.
    void openWindow();
    //! listingStopped(), for why.
    void tellStopped(const QString &why);
    void journalRow(int row);
    enum Edits { ForgetEdits, KeepEdits };
    //! Takes the row out of the list and the cache; its journal entry goes too, unless kept
    //! (edits that could not be saved, until the rep has seen them).
    void removeActivityRow(int row, Edits edits = ForgetEdits);
    QJsonObject findConflicts(int row, const QJsonObject &fresh) const;
    PendingEdit::Same same() const;
    //! Whether two wire values of a field mean the same (a time written two ways does).
    bool sameValue(const QString &name, const QJsonValue &a, const QJsonValue &b) const;
    void resumeWaiting(const QStringList &ids);
    void indexRow(int row);
    //! Close saved `sent` and answered `server`: edits made since the save left stay pending
    //! (over Close's new copy) and are saved next.
    void confirmSave(int row, const QJsonObject &server, const PendingEdit::Changes &sent);
    //! The rep's (or the journal's) value of `name` read as its field's type, as Close takes
    //! it; nothing when it does not read.
    std::optional<FieldValue> readEdit(const QString &name, const QJsonValue &wire) const;
    void namesArrived(const QSet<QString> &ids);
    //! Notes which of the rows are unread (and tells if the count changed).
    void noteUnread(int first, int last);
    //! Indexes again the rows of the people whose names arrived.
    void reindexNames(const QSet<QString> &arrived);

    QPointer<CloseClient> m_client;
    QList<ActivityField> m_fields;
    QHash<QString, int> m_fieldIndex;
    ActivityStore m_store;
    QPointer<CloseCall> m_fetch;
    //! A page after the last, asked for before it is wanted.
    struct Ahead
    {
        QPointer<CloseCall> call;
        int skip = 0; //!< where it starts
        std::optional<ApiResult> answer; //!< when it came before it was wanted
    };
    QList<int> m_searchedFields; //!< the fields indexRow() searches, by index (made on first use)
    int m_readAhead = 0; //!< how many pages may be ahead
    QString m_listOperation; //!< what a page's call is for, for people ("Load SMS")
    std::deque<Ahead> m_ahead; //!< in the order of their skips, a page apart
    bool m_pageHeld = false; //!< a page's answer waits for the loop's next turn to go in
    int m_generation = 0; //!< one more at each clear(): a held page of before is dropped
    bool m_hasMore = true;
    bool m_fetchFailed = false;
    QPointer<PeopleDirectory> m_people;
    int m_pageSize = 100;
    QPointer<EditJournal> m_journal;
    QHash<QString, EditJournal::Entry> m_toRestore;
    RetryQueue *m_queue; //!< ids of rows waiting for Close, in the order they failed
    bool m_quietCalls = false; //!< while waiting rows are tried again: their failures are known
    QPointer<ReadMarks> m_marks;
    QSet<QString> m_unread; //!< ids of the received messages not opened, kept as rows change
    QPointer<ActivityCache> m_cache;
    bool m_readingCache = false; //!< the cache's rows are going in
    bool m_fromCache = false;
    bool m_listed = false;
    bool m_followedByEvents = false;
    QDateTime m_listingSince; //!< when the listing from Close began (by the rep's clock)
    QDateTime m_syncedTo;
    int m_maxSkip = 10000;
    //! The window the pages are asked within: date_created before it (invalid: none), and the
    //! rows listed before its first row.
    QDateTime m_windowBefore;
    int m_windowBase = 0;
    bool m_windowStuck = false; //!< the oldest millisecond has more rows than a window reaches
};
