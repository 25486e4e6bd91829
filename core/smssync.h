#pragma once

#include "activitysync.h"
#include "mmsattachments.h"
#include "optout.h"
#include "phonenumber.h"
#include "replywatch.h"
#include "smsstatus.h"
#include "smsupdate.h"

#include <QDateTime>
#include <QSet>
#include <QTimer>

//! The rep's SMS kept in step with Close: drafts, scheduled, outbox, sent, failed and received.
//! Only drafts can be edited; status changes go through send(), schedule(), cancel(), never
//! through setField(). SMS in the outbox are re-read until they are sent or failed.
class SmsSync : public ActivitySync
{
    Q_OBJECT

public:
    SmsSync(CloseClient *client, QList<ActivityField> fields, QObject *parent = nullptr);

    QString journalKind() const override { return QStringLiteral("sms"); }
    QString objectType() const override { return QStringLiteral("activity.sms"); }
    void clear() override;
    bool rowEditable(int row) const override;

    //! Sends the draft with its pending edits in the same request. With undoSeconds (under 60)
    //! Close waits that long first, so cancel() can still stop it. Close's copy is read first:
    //! if what would go out is not what the rep sees, nothing is sent. The send is journaled
    //! before it leaves; if its answer is lost it is re-read, never sent again.
    void send(int row, int undoSeconds = 0);
    //! Schedules the draft (with its pending edits) for `when`, sent to Close in UTC.
    void schedule(int row, const QDateTime &when);
    //! Back to draft: a scheduled SMS, or one in the outbox that has not gone out yet.
    void cancel(int row);
    //! A scheduled SMS at another time. Close only schedules drafts, so this cancels first.
    void reschedule(int row, const QDateTime &when);
    //! A scheduled SMS right now (cancelled first, as above).
    void sendNow(int row, int undoSeconds = 0);
    void deleteDraft(int row);

    //! A new draft, created in Close first (POST /activity/sms/ with status draft), so it is
    //! journaled, saved, scheduled and sent as any draft. Returns a ticket: draftCreated() or
    //! draftRefused() follows with it. Never retried blindly: a lost answer is a refusal the rep
    //! sees, and the refresh shows whether Close made it.
    int createDraft(SmsCreate draft);
    //! The fields of a draft that answers (or writes again) the SMS in `row`: same numbers,
    //! contact and lead; with `withText`, its text too. Empty when the row has no number.
    std::optional<SmsCreate> followUp(int row, bool withText) const;

    //! The row's status as Close writes it ("draft"); statusOf() for what it means.
    QString status(int row) const;
    SmsStatus::Status statusOf(int row) const { return SmsStatus::fromWire(status(row)); }
    //! The status for people ("Draft").
    static QString statusTitle(const QString &status);
    //! How often SMS in the outbox are re-read until they are sent or failed.
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    //! Re-reads of one SMS in the outbox before Draftbox stops asking (a refresh shows it).
    static constexpr int maxPolls = 200;
    //! Whether the SMS can be sent or scheduled now: the one rule the form and the bulk
    //! actions ask. A draft with an invalid recipient can still be saved, not sent.
    bool canSend(int row) const { return sendProblem(row).isEmpty(); }
    bool canSchedule(int row) const { return canSend(row); }
    //! Why the SMS cannot be sent or scheduled now, for the rep; empty when it can.
    QString sendProblem(int row) const;
    //! Why the recipient's number stops a send (missing, not a number libphonenumber calls
    //! valid, or opted out: see optOutProblem()); empty when it is fine.
    QString recipientProblem(int row) const;
    //! Why the recipient may not be texted: their latest keyword reply was STOP, or Close
    //! marks their phone `outbound_sms_blocked` (and no START came after). Empty otherwise.
    QString optOutProblem(int row) const;
    //! Why the From number cannot text the recipient: not one of the organization's SMS
    //! numbers, or not to the recipient's country (`supports_sms_to_countries`; MMS with
    //! attachments). Empty when it can, or while the organization's numbers are not known.
    QString senderProblem(int row) const;
    //! The organization's numbers (GET /phone_number/), for senderProblem(); empty: unknown.
    void setSenders(const QList<PhoneNumber> &numbers);
    //! The keyword replies heard so far, from every inbound SMS listed.
    const OptOutList &optOuts() const { return m_optOut; }
    bool canCancel(int row) const;
    bool isInbound(int row) const override;
    //! The files of MMS: attaching to drafts, reading what Close holds.
    MmsAttachments *attachments() const { return m_attachments; }
    bool isScheduled(int row) const { return statusOf(row) == SmsStatus::Status::Scheduled; }

    //! The row of the latest SMS the recipient sent after the rep last wrote this one (a draft,
    //! a scheduled SMS or one in the outbox; ReplyWatch says what counts as writing it): what
    //! the SMS was not written for. -1 when there is none. Kept as rows change: asking is cheap.
    int replySince(int row) const;
    //! Who the SMS is to (or from), for people: the contact's name once Close told it, else the
    //! number as Close formatted it.
    QString recipientName(int row) const;
    const ReplyWatch &replies() const { return m_replies; }

signals:
    //! Close could not send an SMS it had accepted: status `error`, with Close's reason.
    void deliveryFailed(const QString &id, const QString &errorMessage);
    //! An SMS went to the outbox: Close sends it in a moment, and its event log will say how
    //! it went (whoever follows the log asks it sooner).
    void awaitingSend();
    //! Close created the draft asked for with createDraft() under `ticket`; it is `id`.
    void draftCreated(int ticket, const QString &id);
    //! Close did not create it; nothing of it is in Close (or it is, unconfirmed: see `error`).
    void draftRefused(int ticket, const ApiError &error);

protected:
    CloseCall *listCall(const ActivityQuery &query, int skip, int limit) override;
    CloseCall *saveCall(const QString &id, const PendingEdit::Changes &changes) override;
    bool readsEdits(const QJsonObject &changes) const override;
    CloseCall *getCall(const QString &id) override;
    void recheck(int row) override;

private:
    void pollOutbox();
    void watchRows(int first, int last);
    //! Hears the keyword replies among the rows; a number whose standing changed has its
    //! other SMS told (rowChanged), so what they allow is asked again.
    void hearReplies(int first, int last);
    void announceStanding();
    //! Notes the replies among the rows and when the rep last wrote the others; the SMS whose
    //! recipient's latest reply changed are told (rowChanged), once the change is over.
    void watchReplies(int first, int last);
    //! Where a send whose answer was lost stands, from Close's copy: gone out (the edits went
    //! with it) or still a draft (said on the row). Returns whether it went out.
    bool settleLostSend(int row, const QJsonObject &server);
    void watch(const QString &id);
    //! Writes `update` (a status change, with the pending edits when it sends) in one PUT.
    void changeStatus(int row, const SmsUpdate &update, std::function<void(int row)> then = {});
    //! The row's pending edits as a request; nullopt (said on the row) when they do not read.
    std::optional<SmsUpdate> pendingUpdate(int row);
    static SmsUpdate backToDraft();

    MmsAttachments *m_attachments;
    OptOutList m_optOut;
    //! Numbers whose standing changed, their SMS to be told once the change that brought it
    //! is over (never while rows are going in: the models are between begin and end then).
    QSet<QString> m_standingChanged;
    QTimer m_announceStanding;
    ReplyWatch m_replies;
    //! SMS whose recipient's latest reply changed, to be told with the numbers above.
    QSet<QString> m_replyTold;
    QList<PhoneNumber> m_senders;
    int m_tickets = 0;
    QTimer m_poll;
    //! Outbox SMS being re-read until they settle: how often each was asked for so far.
    QHash<QString, int> m_watched;
    QSet<QString> m_polling; //!< those whose re-read is on its way
};
