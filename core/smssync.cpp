#include "smssync.h"

#include "closeclient.h"
#include "closelead.h"
#include "phonecheck.h"
#include "smsactivity.h"
#include "smssegments.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace {

//! What goes out with an SMS: Close's copy must still show these as the rep saw them.
const QStringList &sentFields()
{
    static const QStringList fields
        = {QStringLiteral("status"),      QStringLiteral("text"),
           QStringLiteral("local_phone"), QStringLiteral("remote_phone"),
           QStringLiteral("attachments"), QStringLiteral("contact_id")};
    return fields;
}

} // namespace

SmsSync::SmsSync(CloseClient *client, QList<ActivityField> fields, QObject *parent)
    : ActivitySync(client, std::move(fields),
                   RecordSchema::of<SmsActivity>({QStringLiteral("id"), QStringLiteral("text"),
                                                  QStringLiteral("error_message")}),
                   parent)
    , m_attachments(new MmsAttachments(this))
{
    tallyBy({QStringLiteral("status"), QStringLiteral("lead_id")}); // the chips, the lead filter
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &SmsSync::pollOutbox);
    // Whatever lands in the outbox is followed until it is sent or failed.
    connect(this, &ActivitySync::rowChanged, this, [this](int row) {
        watchRows(row, row);
        hearReplies(row, row);
        watchReplies(row, row);
    });
    connect(this, &ActivitySync::rowsInserted, this, [this](int first, int last) {
        watchRows(first, last);
        hearReplies(first, last);
        watchReplies(first, last);
    });
    connect(this, &ActivitySync::rowAboutToBeRemoved, this, [this](int row) {
        const QStringList told = m_replies.forget(idAt(row));
        if (told.isEmpty())
            return;
        m_replyTold.unite(QSet<QString>(told.cbegin(), told.cend()));
        m_announceStanding.start();
    });
    // However Close's copy came (a re-read, a refresh, the event log), a failed send is told.
    connect(this, &ActivitySync::sendFailed, this, [this](const QString &id) {
        const int row = rowOf(id);
        emit deliveryFailed(id, row < 0 ? QString() : text(row, QStringLiteral("error_message")));
    });
    m_announceStanding.setSingleShot(true);
    m_announceStanding.setInterval(0);
    connect(&m_announceStanding, &QTimer::timeout, this, &SmsSync::announceStanding);
    connect(this, &ActivitySync::wasReset, this, [this] {
        m_optOut.clear();
        hearReplies(0, size() - 1);
        m_replies.clear();
        watchReplies(0, size() - 1);
        m_replyTold.clear(); // every row is new to the models anyway
    });
}

void SmsSync::watchReplies(int first, int last)
{
    QStringList told;
    for (int row = first; row <= last; ++row) {
        const QString id = idAt(row);
        // The number the rep sees: while they type another one, its replies are the ones that
        // matter.
        const QString number = text(row, QStringLiteral("remote_phone"));
        if (isInbound(row)) {
            const std::optional<QDateTime> at = time(row, QStringLiteral("activity_at"));
            told << m_replies.noteReply(
                id, number,
                at ? *at : time(row, QStringLiteral("date_created")).value_or(QDateTime()));
            continue;
        }
        const SmsStatus::Status kind = statusOf(row);
        if (kind != SmsStatus::Status::Draft && kind != SmsStatus::Status::Scheduled
            && kind != SmsStatus::Status::Outbox) {
            told << m_replies.forget(id);
            continue;
        }
        // Close's copy, not the rep's edits: an edit not saved yet is not written, and the
        // notice stays in view while they answer it.
        const std::optional<QDateTime> updated = serverTime(row, QStringLiteral("date_updated"));
        const size_t content = qHashMulti(0, serverValue(row, QStringLiteral("text")).toString(),
                                          serverValue(row, QStringLiteral("attachments")));
        told << m_replies.noteWritten(
            id, number, status(row), content,
            updated ? *updated
                    : serverTime(row, QStringLiteral("date_created")).value_or(QDateTime()));
    }
    if (told.isEmpty())
        return;
    m_replyTold.unite(QSet<QString>(told.cbegin(), told.cend()));
    m_announceStanding.start();
}

int SmsSync::replySince(int row) const
{
    if (row < 0 || row >= size())
        return -1;
    const std::optional<ReplyWatch::Reply> reply = m_replies.since(idAt(row));
    return reply ? rowOf(reply->id) : -1;
}

QString SmsSync::recipientName(int row) const
{
    const QString contact = text(row, QStringLiteral("contact_id"));
    const QString name
        = !contact.isEmpty() && people()->knows(contact) ? displayName(contact) : QString();
    return name.isEmpty() ? listRemotePhone(row) : name;
}

void SmsSync::hearReplies(int first, int last)
{
    QSet<QString> changedNumbers;
    for (int row = first; row <= last; ++row) {
        if (!isInbound(row))
            continue;
        const QString number = text(row, QStringLiteral("remote_phone"));
        const std::optional<QDateTime> at = time(row, QStringLiteral("activity_at"));
        if (m_optOut.noteReply(number, text(row, QStringLiteral("text")),
                               at ? *at
                                  : time(row, QStringLiteral("date_created")).value_or(QDateTime()),
                               text(row, QStringLiteral("remote_country_iso"))))
            changedNumbers.insert(number);
    }
    if (changedNumbers.isEmpty())
        return;
    m_standingChanged.unite(changedNumbers);
    m_announceStanding.start();
}

bool SmsSync::isInbound(int row) const
{
    return text(row, QStringLiteral("direction")) == QLatin1String("inbound");
}

void SmsSync::announceStanding()
{
    // Rare (a STOP or START came in): the SMS to those numbers may no longer go, or may again.
    const QSet<QString> numbers = std::exchange(m_standingChanged, {});
    for (int row = 0; !numbers.isEmpty() && row < size(); ++row) {
        if (numbers.contains(text(row, QStringLiteral("remote_phone"))))
            emit rowChanged(row);
    }
    // A reply came (or went): the SMS to that number say so. Known by id, no pass over the rows.
    const QSet<QString> replied = std::exchange(m_replyTold, {});
    for (const QString &id : replied) {
        if (const int row = rowOf(id); row >= 0)
            emit rowChanged(row);
    }
}

void SmsSync::watchRows(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        if (statusOf(row) == SmsStatus::Status::Outbox)
            watch(idAt(row));
    }
}

QString SmsSync::statusTitle(const QString &status)
{
    return SmsStatus::title(SmsStatus::fromWire(status));
}

void SmsSync::clear()
{
    m_watched.clear();
    m_polling.clear();
    m_poll.stop();
    m_standingChanged.clear();
    m_replyTold.clear();
    m_announceStanding.stop();
    m_optOut.clear();
    m_replies.clear();
    ActivitySync::clear();
}

void SmsSync::watch(const QString &id)
{
    emit awaitingSend();
    // Followed through Close's event log, there is no SMS to re-read one by one.
    if (isFollowedByEvents())
        return;
    if (!m_watched.contains(id))
        m_watched.insert(id, 0);
    if (!m_poll.isActive())
        m_poll.start();
}

void SmsSync::pollOutbox()
{
    for (auto it = m_watched.begin(); it != m_watched.end();) {
        const QString id = it.key();
        const int row = rowOf(id);
        // Bounded: an SMS Close keeps in the outbox for ever is not asked for for ever (ten
        // minutes at the usual interval); the list still says it is being sent.
        if (row < 0 || statusOf(row) != SmsStatus::Status::Outbox || it.value() >= maxPolls) {
            it = m_watched.erase(it);
            continue;
        }
        if (isBusy(row) || m_polling.contains(id)) {
            ++it; // one re-read at a time, however slow Close is to answer
            continue;
        }
        ++it.value();
        ++it;
        CloseCall *poll = client()->getSms(id);
        poll->setBackground(true); // asked again in a moment; a failure here is nobody's task
        m_polling.insert(id);
        connect(poll, &CloseCall::finished, this, [this, id](const ApiResult &result) {
            m_polling.remove(id);
            const int at = rowOf(id);
            if (at < 0 || !result.ok() || isBusy(at))
                return;
            const auto now
                = SmsStatus::fromWire(result.object().value(QLatin1String("status")).toString());
            if (now == SmsStatus::Status::Outbox)
                return;
            m_watched.remove(id);
            applyServerCopy(at, result.object(), false); // a failure is told (sendFailed)
        });
    }
    if (m_watched.isEmpty())
        m_poll.stop();
}

CloseCall *SmsSync::listCall(const ActivityQuery &query, int skip, int limit)
{
    return client()->listSms(query, skip, limit);
}

CloseCall *SmsSync::getCall(const QString &id)
{
    return client()->getSms(id);
}

CloseCall *SmsSync::saveCall(const QString &id, const PendingEdit::Changes &changes)
{
    const auto update = SmsUpdate::fromJson(PendingEdit::wire(changes));
    return update ? client()->updateSms(id, *update) : nullptr;
}

bool SmsSync::readsEdits(const QJsonObject &changes) const
{
    return SmsUpdate::fromJson(changes).has_value();
}

bool SmsSync::rowEditable(int row) const
{
    return SmsStatus::editable(SmsStatus::fromWire(text(row, QStringLiteral("status"))));
}

QString SmsSync::status(int row) const
{
    return text(row, QStringLiteral("status"));
}

QString SmsSync::sendProblem(int row) const
{
    if (row < 0 || row >= size())
        return tr("This SMS is no longer in the list.");
    if (!SmsStatus::editable(statusOf(row)))
        return tr("Only a draft can be sent or scheduled; this SMS is “%1”.")
            .arg(statusTitle(status(row)));
    if (isBusy(row))
        return tr("Close is still answering about this SMS.");
    if (m_attachments->uploading(idAt(row)) > 0)
        return tr("An attachment is still being uploaded.");
    if (isUnconfirmed(row))
        return tr("Sending it is not confirmed yet.");
    if (!conflictFields(row).isEmpty())
        return tr("Someone changed it in Close: choose which version to keep first.");
    if (const QString tooLong = SmsSegments::lengthProblem(text(row, QStringLiteral("text")));
        !tooLong.isEmpty())
        return tooLong;
    // Close refuses an SMS with nothing in it: said before anything is asked.
    if (text(row, QStringLiteral("text")).trimmed().isEmpty()
        && value(row, QStringLiteral("attachments")).toArray().isEmpty())
        return tr("Write a message first: there is nothing to send.");
    if (const QString recipient = recipientProblem(row); !recipient.isEmpty())
        return recipient;
    return senderProblem(row);
}

void SmsSync::setSenders(const QList<PhoneNumber> &numbers)
{
    m_senders = numbers;
    for (int row = 0; row < size(); ++row) {
        if (SmsStatus::editable(statusOf(row)))
            emit rowChanged(row);
    }
}

QString SmsSync::senderProblem(int row) const
{
    if (m_senders.isEmpty())
        return {};
    const QString local = text(row, QStringLiteral("local_phone"));
    const PhoneCheck recipient = PhoneCheck::check(text(row, QStringLiteral("remote_phone")));
    const bool mms = !value(row, QStringLiteral("attachments")).toArray().isEmpty();
    QStringList able; // the numbers that could
    const PhoneNumber *from = nullptr;
    for (const PhoneNumber &number : m_senders) {
        if (!number.canSendSms())
            continue;
        if (number.number.value() == local)
            from = &number;
        if (number.reaches(recipient.countryIso, mms))
            able << number.numberFormatted.valueOr(number.number.valueOr({}));
    }
    const QString others = able.isEmpty()
        ? (mms ? tr("None of your organization's numbers can send pictures to %1: send it "
                    "without attachments.")
                     .arg(recipient.countryIso)
               : tr("None of your organization's numbers can text %1.").arg(recipient.countryIso))
        : tr("Choose one that can: %1.").arg(QLocale().createSeparatedList(able));
    if (local.isEmpty())
        return tr("Choose the number to send it from. %1").arg(others);
    if (!from)
        return tr("%1 is not one of your organization's SMS numbers, and Close sends SMS only "
                  "from those. %2")
            .arg(local, others);
    const QString name = from->numberFormatted.valueOr(local);
    if (!from->reaches(recipient.countryIso))
        return tr("%1 cannot text numbers in %2: the carrier would refuse it. %3")
            .arg(name, recipient.countryIso, others);
    if (!from->reaches(recipient.countryIso, mms))
        return tr("%1 cannot send pictures to numbers in %2. %3")
            .arg(name, recipient.countryIso, others);
    return {};
}

QString SmsSync::recipientProblem(int row) const
{
    const PhoneCheck check = PhoneCheck::check(text(row, QStringLiteral("remote_phone")));
    if (!check.valid)
        return tr("%1 It cannot be sent or scheduled until the number is right; saving the "
                  "draft still works.")
            .arg(check.problem);
    return optOutProblem(row);
}

QString SmsSync::optOutProblem(int row) const
{
    const QString remote = text(row, QStringLiteral("remote_phone"));
    if (remote.isEmpty())
        return {};
    const QString contact = text(row, QStringLiteral("contact_id"));
    const QJsonObject record = personRecord(contact);
    const QString name = record.isEmpty() ? QString() : displayName(contact);
    const QString who = name.isEmpty() ? listRemotePhone(row) : name;
    // Close's own mark on the contact's phone counts beside the replies heard here.
    const std::optional<CloseContact> known = CloseContact::fromJson(record);
    bool blocked = false;
    for (const ContactPhone &phone : known ? known->phones.valueOr({}) : QList<ContactPhone>()) {
        blocked = blocked
            || (phone.outboundSmsBlocked.valueOr(false)
                && OptOutList::digitsOf(phone.phone.valueOr({})) == OptOutList::digitsOf(remote));
    }
    const std::optional<QDateTime> marked = known && known->dateUpdated.isSet()
        ? std::optional(known->dateUpdated.value())
        : std::nullopt;
    return m_optOut.reason(remote, who, blocked, marked);
}

bool SmsSync::canCancel(int row) const
{
    return SmsStatus::cancellable(statusOf(row)) && !isBusy(row) && !isUnconfirmed(row);
}

void SmsSync::send(int row, int undoSeconds)
{
    if (!canSend(row))
        return;
    verify(row, sentFields(), [this, undoSeconds](int at) {
        std::optional<SmsUpdate> update = pendingUpdate(at);
        if (!update)
            return;
        update->status = SmsStatus::wire(SmsStatus::Status::Outbox);
        if (undoSeconds > 0)
            update->sendIn = qint64(std::min(undoSeconds, 59));
        changeStatus(at, *update);
    });
}

void SmsSync::schedule(int row, const QDateTime &when)
{
    if (!canSchedule(row) || !when.isValid())
        return;
    verify(row, sentFields(), [this, when](int at) {
        std::optional<SmsUpdate> update = pendingUpdate(at);
        if (!update)
            return;
        update->status = SmsStatus::wire(SmsStatus::Status::Scheduled);
        update->dateScheduled = when;
        changeStatus(at, *update);
    });
}

void SmsSync::cancel(int row)
{
    if (!canCancel(row))
        return;
    changeStatus(row, backToDraft());
}

void SmsSync::reschedule(int row, const QDateTime &when)
{
    if (!isScheduled(row) || !canCancel(row) || !recipientProblem(row).isEmpty() || !when.isValid())
        return;
    changeStatus(row, backToDraft(), [this, when](int at) { schedule(at, when); });
}

void SmsSync::sendNow(int row, int undoSeconds)
{
    if (!isScheduled(row) || !canCancel(row) || !recipientProblem(row).isEmpty())
        return;
    changeStatus(row, backToDraft(), [this, undoSeconds](int at) { send(at, undoSeconds); });
}

SmsUpdate SmsSync::backToDraft()
{
    SmsUpdate update;
    update.status = SmsStatus::wire(SmsStatus::Status::Draft);
    return update;
}

std::optional<SmsUpdate> SmsSync::pendingUpdate(int row)
{
    auto update = SmsUpdate::fromJson(PendingEdit::wire(rowAt(row).edit.changes()));
    if (!update)
        setRowError(row,
                    tr("Draftbox could not read these edits as Close takes them, so "
                       "nothing was sent. Check the fields and save again."));
    return update;
}

void SmsSync::changeStatus(int row, const SmsUpdate &update, std::function<void(int)> then)
{
    const QString id = idAt(row);
    // After a send's check the flow is Sending already; a cancel goes without a check.
    if (rowAt(row).edit.flow().state() != SaveFlow::State::Sending
        && !step(row, SaveFlow::Event::ChangeStatus))
        return;
    if (update.sends()) {
        setIntent(row,
                  {SmsStatus::fromWire(update.status.value()), QDateTime::currentDateTimeUtc()});
    }
    track(row, client()->updateSms(id, update), [this, id, then](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (result.ok()) {
            step(at, SaveFlow::Event::Done);
            closeAnswered();
            setIntent(at, {});
            applyServerCopy(at, result.object(), true);
            emit saved(id);
            if (then)
                then(at);
            return;
        }
        if (result.unconfirmed && result.json.isEmpty()) {
            // Nobody knows yet whether it went out: asked again once Close answers.
            step(at, SaveFlow::Event::Lost);
            waitForServer(at, result.error);
            emit failed(id, result.error);
            return;
        }
        step(at, result.unconfirmed ? SaveFlow::Event::Done : SaveFlow::Event::Refused);
        setIntent(at, {});
        if (result.unconfirmed) {
            settleLostSend(at, result.object()); // the answer was lost; Close's copy tells
        } else {
            setRowError(at, result.error);
        }
        emit failed(id, result.error);
    });
}

void SmsSync::recheck(int row)
{
    const QString id = idAt(row);
    if (!step(row, SaveFlow::Event::Recheck))
        return;
    track(row, client()->getSms(id), [this, id](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (!result.ok()) {
            readFailed(at, result.error, true); // a refusal settles nothing: the intent goes
            emit failed(id, result.error);
            return;
        }
        step(at, SaveFlow::Event::Done);
        closeAnswered();
        if (settleLostSend(at, result.object()))
            emit saved(id);
    });
}

bool SmsSync::settleLostSend(int row, const QJsonObject &server)
{
    const bool happened = SmsStatus::fromWire(server.value(QLatin1String("status")).toString())
        != SmsStatus::Status::Draft;
    setIntent(row, {});
    applyServerCopy(row, server, happened);
    if (!happened)
        setRowError(row,
                    tr("Not sent: the answer to sending it was lost, and Close still has "
                       "this SMS as a draft. Your edits are kept; send again when ready."));
    return happened;
}

int SmsSync::createDraft(SmsCreate draft)
{
    const int ticket = ++m_tickets;
    draft.status = SmsStatus::wire(SmsStatus::Status::Draft);
    draft.direction = QStringLiteral("outbound");
    CloseCall *call = client()->createSms(draft);
    connect(call, &CloseCall::finished, this, [this, ticket](const ApiResult &result) {
        const QString id = result.object().value(QLatin1String("id")).toString();
        if (!result.ok() || id.isEmpty()) {
            // The answer was lost: Close may have made it, and the list will show it if so.
            if (result.unconfirmed)
                refresh();
            emit draftRefused(ticket, result.error);
            return;
        }
        closeAnswered();
        adopt(result.object());
        emit draftCreated(ticket, id);
    });
    return ticket;
}

std::optional<SmsCreate> SmsSync::followUp(int row, bool withText) const
{
    if (row < 0 || row >= size() || text(row, QStringLiteral("remote_phone")).isEmpty())
        return std::nullopt;
    SmsCreate draft;
    draft.remotePhone = text(row, QStringLiteral("remote_phone"));
    const QString local = text(row, QStringLiteral("local_phone"));
    if (!local.isEmpty())
        draft.localPhone = local;
    for (const auto &[name, field] :
         {std::pair {"contact_id", &draft.contactId}, std::pair {"lead_id", &draft.leadId}}) {
        const QString id = text(row, QString::fromLatin1(name));
        if (!id.isEmpty())
            *field = id;
    }
    if (withText) {
        draft.text = text(row, QStringLiteral("text"));
        const QJsonArray files = value(row, QStringLiteral("attachments")).toArray();
        if (!files.isEmpty()) {
            QList<Attachment> attachments;
            for (const QJsonValue &file : files) {
                if (const auto attachment = Attachment::fromJson(file.toObject()))
                    attachments << *attachment;
            }
            draft.attachments = attachments;
        }
    }
    return draft;
}

void SmsSync::deleteDraft(int row)
{
    if (statusOf(row) == SmsStatus::Status::Draft)
        deleteRow(row, client()->deleteSms(idAt(row)));
}
