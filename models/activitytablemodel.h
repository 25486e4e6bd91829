#pragma once

#include "apierror.h"

#include "activitystore.h"
#include "editjournal.h"
#include "pendingedit.h"
#include "peopledirectory.h"
#include "retryqueue.h"
#include "saveflow.h"
#include "templaterenderer.h"

#include <QAbstractTableModel>
#include <QByteArrayMatcher>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

class CloseCall;
class CloseClient;
struct ApiResult;

//! The activities of one kind, as the rep works on them: each row is the last copy the server
//! sent plus the rep's pending edits over it. Views show the edits; save() sends exactly them.
//!
//! Columns: first the list columns of the subclass, then one column per field (for
//! QDataWidgetMapper). Roles: one per field (fieldRole()) on every column, plus the row roles.
//! Values are plain Qt types; nothing here leaks JSON to a view.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DirtyRole, //!< bool: the row has pending edits
        EditableRole, //!< bool: the row can be edited at all
        BusyRole, //!< bool: a request for this row is under way
        RowErrorRole, //!< QString: the last failure for this row, empty if none
        FieldErrorRole, //!< QString: on a field column, the server's message for that field
        FieldErrorsRole, //!< QVariantMap: field -> message, from the last 400
        PendingFieldsRole, //!< QStringList: the fields with pending edits
        RestoredRole, //!< bool: the pending edits came back from the journal at launch
        ConflictsRole, //!< QVariantMap: field -> Close's value that clashes with the edit
        UnconfirmedRole, //!< bool: a send was asked for and Close's answer is still unknown
        WaitingRole, //!< bool: the save waits for Close to answer again (offline)
        SeverityRole, //!< int(Severity), on the list columns: how loud a delegate paints the row
        FieldRoleBase = Qt::UserRole + 256,
    };
    Q_ENUM(Role)

    struct FieldInfo
    {
        QString name; //!< the wire name, e.g. "remote_phone"
        QString title; //!< for people
        enum class Kind { Text, Id, Phone, DateTime, Integer, Bool, List, Attachments } kind;
        bool editable = false;
    };

    //! `schema`: how the store keeps the kind's rows (RecordSchema::of() its api/ type).
    ActivityTableModel(CloseClient *client, QList<FieldInfo> fields, RecordSchema schema,
                       QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const QList<FieldInfo> &fields() const { return m_fields; }
    int fieldRole(const QString &name) const;
    int fieldColumn(const QString &name) const;
    //! The field's name for people ("To" for remote_phone); the wire name if unknown.
    QString fieldTitle(const QString &name) const;
    virtual int listColumnCount() const = 0;
    int rowOf(const QString &id) const { return m_store.rowOf(id); }
    QString idAt(int row) const;
    bool isLoading() const { return !m_fetch.isNull(); }
    bool hasMore() const { return m_hasMore; }

    //! Sets one field of a row as the rep edits it; an edit back to the server's value is dropped.
    bool setField(int row, const QString &name, const QVariant &value);
    QVariant field(int row, const QString &name) const;
    QVariant serverField(int row, const QString &name) const;
    bool isDirty(int row) const;
    //! Whether the rep can edit the row now: its kind allows it, no send of it is under way or
    //! unconfirmed. A save under way does not stop edits: they are saved after it.
    bool acceptsEdits(int row) const;
    void revert(int row);
    void revertField(int row, const QString &name);
    //! Sends the row's pending edits; the answer replaces the server copy, a 400 keeps the edits.
    //! Close is asked for its copy first: if someone changed a field the rep edited since the
    //! rep's copy, nothing is written and the row has conflicts to resolve (conflictFound()).
    //! When Close cannot be reached, the edits wait and are saved once it answers again.
    void save(int row);

    //! The fields whose edit clashes with a change made in Close meanwhile.
    QStringList conflictFields(int row) const;
    //! Close's value of a field in conflict (the rep's is field()).
    QVariant theirs(int row, const QString &name) const;
    //! Settles a conflict: the rep's value stays (to be saved over Close's) or Close's is taken.
    void resolveConflict(int row, const QString &name, bool keepMine);
    bool isRestored(int row) const
    {
        return row >= 0 && row < m_store.size() && m_store.row(row).edit.isRestored();
    }
    bool isUnconfirmed(int row) const
    {
        return row >= 0 && row < m_store.size() && m_store.row(row).edit.isUnconfirmed();
    }

    //! Keeps pending edits made from now on in `journal` (nullptr: in memory only) and brings
    //! back the journal's edits onto their rows as they load; pages keep loading until every
    //! journaled row is in.
    void setJournal(EditJournal *journal);
    EditJournal *journal() const { return m_journal; }
    //! The journal's name for this kind of activity ("sms", "whatsapp").
    virtual QString journalKind() const = 0;
    //! Journaled edits not yet back on a row (their rows have not loaded yet).
    int restoresOutstanding() const { return int(m_toRestore.size()); }

    //! Rows whose save (or unconfirmed send) waits for Close: retried with back-off until it
    //! answers. Whether Draftbox is online is ConnectionState's to say.
    int waitingCount() const { return m_queue->count(); }
    //! Close answered: the back-off starts over and what waits is tried at once.
    void closeAnswered();
    //! When the waiting rows are tried again (invalid if nothing waits).
    QDateTime nextAttempt() const { return m_queue->nextAttempt(); }
    //! Tries the waiting rows now instead of at the next back-off step.
    void retryWaiting();
    //! The first back-off step; it doubles with each failure, up to maxBackoffMs.
    void setBackoff(int firstMs, int maxMs) { m_queue->setBackoff(firstMs, maxMs); }
    //! The rows waiting for Close (ConnectionState counts them and lets them go).
    RetryQueue *retryQueue() const { return m_queue; }
    //! Reloads the first page: rows are updated in place, new ones appear, edits stay.
    void refresh();
    //! A lead's or contact's name once Close told it, the id until then (asked for as rows
    //! arrive, a few at a time).
    QString displayName(const QString &id) const;
    //! The `timezone` (IANA) of the row's contact, from the same answer as its name; empty
    //! until Close told it, or when Close has none.
    QString contactTimeZone(int row) const;
    //! The activity as the rep knows it: the contact's name (the number until Close told it)
    //! and the first words of the message.
    QString rowLabel(int row) const;
    //! The rep's template text as Close would send it on this row: {{ contact.first_name }},
    //! {{ lead.display_name }}, {{ user.first_name }}, {{ organization.name }} and the like
    //! filled in from the row's contact, lead and user (the rep's own when the row has none);
    //! what Draftbox does not know, or knows as empty, is left marked: «contact.title».
    QString renderTemplate(int row, const QString &text) const;
    //! The variables renderTemplate() could not fill that are still in `text` («lead.name»).
    static QStringList templateGaps(const QString &text) { return TemplateRenderer::gaps(text); }
    bool isLookingUpNames() const { return m_people->isBusy(); }
    //! On by default; off, the list shows ids and asks Close for nothing but activities.
    void setLooksUpNames(bool on) { m_people->setEnabled(on); }
    //! Where names come from; the model's own until one is shared (setPeople()).
    PeopleDirectory *people() const { return m_people; }
    //! Takes names from `people` (not owned), e.g. one directory for SMS and WhatsApp.
    void setPeople(PeopleDirectory *people);
    //! Whether the row's message, numbers, user or error contain the needle, a matcher of
    //! case-folded UTF-8 (searchNeedle()). The text is kept per row as it changes, so filtering
    //! many rows is one substring search each.
    //! The contact's and lead's names are searched too, once Close told them.
    bool rowContains(int row, const QByteArrayMatcher &needle) const;
    static QByteArray searchNeedle(const QString &text);
    //! Whether the row's numbers, as bare digits, contain the needle (numberNeedle()).
    bool rowContainsNumber(int row, const QByteArrayMatcher &needle) const;
    //! What the rep typed as a number, however written ("(650) 333", "+1 650-333", "650.333"):
    //! only its digits, without a leading trunk or international 0; empty when it is not a
    //! number.
    static QByteArray numberNeedle(const QString &text);
    //! Forgets every row (and its edits) and loads from the start: for another account.
    virtual void reload();
    //! Forgets every row (and its edits); the next fetchMore() loads from the start.
    virtual void clear();
    //! The last page load failed; loading more waits for refresh() or reload().
    bool lastFetchFailed() const { return m_fetchFailed; }
    //! A time as the lists show it: short, in the rep's time zone.
    static QString listTime(const std::optional<QDateTime> &when);

signals:
    void saved(const QString &id);
    void failed(const QString &id, const ApiError &error);
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
    //! damaged journal): it is neither put back nor ever sent. `what` quotes it so the rep can
    //! write it again.
    void restoreDamaged(const QString &id, const QString &what);

protected:
    using Row = ActivityStore::Row;

    virtual CloseCall *listCall(int skip, int limit) = 0;
    //! The PUT of `changes`; nullptr when they do not read as the kind's update (wrong types).
    virtual CloseCall *saveCall(const QString &id, const QJsonObject &changes) = 0;
    //! Whether `changes` read as the kind's update body, each value of its field's type.
    virtual bool readsEdits(const QJsonObject &changes) const = 0;
    virtual CloseCall *getCall(const QString &id) = 0;
    virtual QVariant listData(int row, int column, int role) const = 0;
    virtual QString listTitle(int column) const = 0;
    virtual bool rowEditable(int row) const;
    //! Why the rep may not give the row's field this value (the row's error says it, nothing is
    //! changed); empty when the edit is fine.
    virtual QString whyRefused(int row, const QString &name, const QJsonValue &value) const;

    // List cells both kinds show the same way.
    //! The message as one list line: its first line, at most as long as any column can show.
    static QString listMessage(const QString &text);
    //! The other party's number as Close formatted it, else as stored.
    QString listRemotePhone(int row) const;

    CloseClient *client() const;
    Row &rowAt(int row) { return m_store.row(row); }
    const Row &rowAt(int row) const { return m_store.row(row); }
    //! The field's value as the rep sees it: their edit, else Close's.
    QJsonValue value(int row, const QString &name) const { return m_store.value(row, name); }
    QString text(int row, const QString &name) const { return m_store.text(row, name); }
    std::optional<QDateTime> time(int row, const QString &name) const
    {
        return m_store.time(row, name);
    }
    QJsonObject effective(int row) const { return m_store.effective(row); }
    //! Moves the row's save flow on; an event the flow cannot take now is a bug, said in the log.
    bool step(int row, SaveFlow::Event event);
    //! Runs `call` for the row, then `done` with the row's current index. The caller stepped
    //! the flow into the request's state; `done` steps it out.
    void track(int row, CloseCall *call, std::function<void(int row, const ApiResult &)> done);
    //! Applies what the server answered for a row and forgets the edits it confirmed.
    void applyServerCopy(int row, const QJsonObject &server, bool confirmsPending);
    void setRowError(int row, const QString &error, const QJsonObject &fieldErrors = {});
    //! Records a failed request on its row: the message, and each field's message from a 400.
    void setRowError(int row, const ApiError &error);
    //! Deletes the row's activity with `call`; the row goes once Close confirms (or has none).
    void deleteRow(int row, CloseCall *call);
    void removeActivityRow(int row);
    void rowChanged(int row);

    //! Asks Close for the row's current copy, then calls `proceed` unless the rep's edits clash
    //! with it (conflicts) or a field in `unchanged` is not what the rep saw (a send sends what
    //! the rep saw, nothing else). Failures end on the row.
    void verify(int row, const QStringList &unchanged, std::function<void(int row)> proceed);
    //! A request for the row failed for want of Close: the row waits and is retried with
    //! back-off (a save is sent again, an unconfirmed send re-read).
    void waitForServer(int row, const ApiError &error);
    static bool isTransient(const ApiError &error);
    //! Records a send asked for (journaled and written at once, before the request goes out);
    //! an empty intent clears it.
    void setIntent(int row, const SendIntent &intent);
    //! Asks Close where an unconfirmed send stands; it is never sent again blindly.
    virtual void recheck(int row);
    //! Makes the journal's entry for the row match it.
    void journalRow(int row);

private:
    void merge(const QJsonArray &page, bool fromStart);
    void restoreRow(int row, const EditJournal::Entry &entry);
    //! Puts the journal's edits back on those of the rows it has edits for.
    void restoreRows(int first, int last);
    void restoreAfterPage();
    QJsonObject findConflicts(int row, const QJsonObject &fresh) const;
    PendingEdit::Same same() const;
    bool sameValue(const QString &name, const QJsonValue &a, const QJsonValue &b) const;
    void resumeWaiting(const QStringList &ids);
    void indexRow(int row);
    //! Close saved `sent` and answered `server`: edits made since the save left stay pending
    //! (over Close's new copy) and are saved next.
    void confirmSave(int row, const QJsonObject &server, const QJsonObject &sent);
    //! Indexes again the rows of the people whose names arrived.
    void reindexNames(const QSet<QString> &arrived);
    void namesArrived(const QSet<QString> &ids);
    //! The field (by index) as a view takes it: the rep's value (`edited`) or Close's.
    QVariant fieldValue(int row, int field, bool edited) const;
    static QVariant toVariant(const FieldInfo &info, const QJsonValue &value);
    static QJsonValue toJson(const FieldInfo &info, const QVariant &value);

    QPointer<CloseClient> m_client;
    QList<FieldInfo> m_fields;
    QHash<QString, int> m_fieldIndex;
    ActivityStore m_store;
    QPointer<CloseCall> m_fetch;
    bool m_hasMore = true;
    bool m_fetchFailed = false;
    QPointer<PeopleDirectory> m_people;
    int m_pageSize = 100;
    QPointer<EditJournal> m_journal;
    QHash<QString, EditJournal::Entry> m_toRestore;
    RetryQueue *m_queue; //!< ids of rows waiting for Close, in the order they failed
    bool m_quietCalls = false; //!< while waiting rows are tried again: their failures are known
};
