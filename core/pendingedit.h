#pragma once

#include "editjournal.h"
#include "fieldvalue.h"
#include "saveflow.h"
#include "smsactivity.h"

#include <QDateTime>

#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

//! A send or schedule asked for whose answer is not known yet: it is journaled before the
//! request leaves, so after a crash it is re-read, never repeated.
struct SendIntent
{
    SmsActivity::Status status = SmsActivity::Status::Unknown; //!< outbox or scheduled
    QDateTime askedAt;

    bool isEmpty() const { return status == SmsActivity::Status::Unknown; }
    //! As the journal keeps it: {"status": "outbox", "asked_at": "…"}.
    QJsonObject toJson() const;
    //! An intent the journal holds; one that does not read is empty.
    static SendIntent fromJson(const QJsonObject &json);
};

//! The rep's work on one activity that Close does not hold yet: the changed fields (typed; a
//! null clears a field), Close's values they were made over and the `date_updated` of that
//! copy, what a save whose answer never came sent, the fields that clash with a change made in
//! Close meanwhile, a send asked for and not confirmed, and where its requests stand
//! (SaveFlow). Every rule about them is here; the models only show it.
class PendingEdit
{
public:
    //! Field name -> the rep's value.
    using Changes = QMap<QString, FieldValue>;
    //! Whether two wire values of a field mean the same (a date written two ways does).
    using Same = std::function<bool(const QString &name, const QJsonValue &a, const QJsonValue &b)>;
    //! A journaled value read as its field's type; nothing when it does not read.
    using Reader
        = std::function<std::optional<FieldValue>(const QString &name, const QJsonValue &wire)>;

    bool isEmpty() const { return m_changes.isEmpty(); }
    bool has(const QString &name) const { return m_changes.contains(name); }
    const Changes &changes() const { return m_changes; }
    //! The rep's value of `name`; null when the field is not edited.
    const FieldValue *change(const QString &name) const;
    QStringList changedFields() const { return m_changes.keys(); }
    //! The changes as Close takes them in a request.
    static QJsonObject wire(const Changes &changes);
    const QJsonObject &conflicts() const { return m_conflicts; }
    const SendIntent &intent() const { return m_intent; }
    bool isUnconfirmed() const { return !m_intent.isEmpty(); }
    //! The edits came back from the journal at launch (and are not saved yet).
    bool isRestored() const { return m_restored; }
    //! The `date_updated` of Close's copy the edits were made over; none when not known.
    const std::optional<QDateTime> &madeOver() const { return m_madeOver; }
    SaveFlow &flow() { return m_flow; }
    const SaveFlow &flow() const { return m_flow; }

    //! The rep gives `name` the value `value`, over Close's copy `server`. Back to Close's
    //! value (`sameAsServer`), the edit is dropped, unless a save is under way: then Close's
    //! copy is about to change and the edit is kept. Returns whether the changes changed.
    bool set(const QString &name, const FieldValue &value, bool sameAsServer,
             const QJsonObject &server);
    //! Drops the edit of `name` and its clash.
    void drop(const QString &name);
    //! Drops every edit and clash (not a send asked for).
    void clear();

    //! The fields whose edit clashes with Close's `fresh` copy, each with Close's value: changed
    //! in Close since the edit was made over `server` (or its base), and not to the rep's value
    //! nor to what Draftbox's own lost save sent.
    QJsonObject clashesWith(const QJsonObject &fresh, const QJsonObject &server,
                            const Same &same) const;
    void setConflicts(const QJsonObject &conflicts) { m_conflicts = conflicts; }
    //! Settles the clash of `name`: the rep's value stays (over Close's) or Close's is taken.
    //! Once none is left the edits go over Close's copy as of `serverUpdated`.
    void resolve(const QString &name, bool keepMine, const std::optional<QDateTime> &serverUpdated);
    //! Close's copy was just read and matched: the edits now go over `fresh`.
    void rebase(const QJsonObject &fresh);

    //! A save leaves with the changes: they are remembered until Close answers, so that its
    //! own lost save is never taken for someone else's change. Returns what is sent.
    Changes beginSave();
    //! Close refused the save: nothing of it was written.
    void saveRefused() { m_attempted = {}; }
    //! Close saved `sent` and holds `server` now: what was typed since stays, over it.
    void confirm(const Changes &sent, const QJsonObject &server);
    void setIntent(const SendIntent &intent) { m_intent = intent; }

    //! What the journal keeps of it.
    EditJournal::Entry toEntry() const;
    //! Back from the journal over Close's copy `server`: each value read by `read` (one that
    //! does not read is left out); edits Close already holds (their save went through, the
    //! answer was lost) are done.
    static PendingEdit restore(const EditJournal::Entry &entry, const QJsonObject &server,
                               const Same &same, const Reader &read);

private:
    //! No edits left: nothing to compare with, nothing restored.
    void settle();
    void madeOverCopy(const QJsonObject &copy);

    Changes m_changes;
    QJsonObject m_base; //!< name -> Close's value the edit was made over
    std::optional<QDateTime> m_madeOver; //!< the date_updated of that copy
    Changes m_attempted; //!< values sent in saves whose answer never came
    QJsonObject m_conflicts; //!< name -> Close's value, clashing with the edit
    SendIntent m_intent;
    SaveFlow m_flow;
    bool m_restored = false;
};
