#include "smstablemodel.h"

#include "closeclient.h"
#include "closetime.h"
#include "phonecheck.h"
#include "smsactivity.h"
#include "smssegments.h"
#include "smsstatus.h"

#include <QLocale>

namespace {

using Kind = ActivityTableModel::FieldInfo::Kind;

QList<ActivityTableModel::FieldInfo> smsFields()
{
    return {
        {QStringLiteral("id"), SmsTableModel::tr("ID"), Kind::Id, false},
        {QStringLiteral("status"), SmsTableModel::tr("Status"), Kind::Text, false},
        {QStringLiteral("text"), SmsTableModel::tr("Message"), Kind::Text, true},
        {QStringLiteral("local_phone"), SmsTableModel::tr("From"), Kind::Phone, true},
        {QStringLiteral("remote_phone"), SmsTableModel::tr("To"), Kind::Phone, true},
        {QStringLiteral("contact_id"), SmsTableModel::tr("Contact"), Kind::Id, true},
        {QStringLiteral("lead_id"), SmsTableModel::tr("Lead"), Kind::Id, true},
        {QStringLiteral("user_id"), SmsTableModel::tr("User"), Kind::Id, true},
        {QStringLiteral("template_id"), SmsTableModel::tr("Template"), Kind::Id, true},
        {QStringLiteral("activity_at"), SmsTableModel::tr("Activity date"), Kind::DateTime, true},
        {QStringLiteral("attachments"), SmsTableModel::tr("Attachments"), Kind::Attachments, true},
        {QStringLiteral("local_phone_formatted"), SmsTableModel::tr("From (formatted)"), Kind::Text,
         false},
        {QStringLiteral("local_country_iso"), SmsTableModel::tr("From country"), Kind::Text, false},
        {QStringLiteral("remote_phone_formatted"), SmsTableModel::tr("To (formatted)"), Kind::Text,
         false},
        {QStringLiteral("remote_country_iso"), SmsTableModel::tr("To country"), Kind::Text, false},
        {QStringLiteral("direction"), SmsTableModel::tr("Direction"), Kind::Text, false},
        {QStringLiteral("source"), SmsTableModel::tr("Source"), Kind::Text, false},
        {QStringLiteral("date_created"), SmsTableModel::tr("Created"), Kind::DateTime, false},
        {QStringLiteral("date_updated"), SmsTableModel::tr("Updated"), Kind::DateTime, false},
        {QStringLiteral("date_scheduled"), SmsTableModel::tr("Scheduled for"), Kind::DateTime,
         false},
        {QStringLiteral("date_sent"), SmsTableModel::tr("Sent"), Kind::DateTime, false},
        {QStringLiteral("cost"), SmsTableModel::tr("Cost"), Kind::Text, false},
        {QStringLiteral("error_message"), SmsTableModel::tr("Error"), Kind::Text, false},
        {QStringLiteral("created_by"), SmsTableModel::tr("Created by (ID)"), Kind::Id, false},
        {QStringLiteral("created_by_name"), SmsTableModel::tr("Created by"), Kind::Text, false},
        {QStringLiteral("updated_by"), SmsTableModel::tr("Updated by (ID)"), Kind::Id, false},
        {QStringLiteral("updated_by_name"), SmsTableModel::tr("Updated by"), Kind::Text, false},
        {QStringLiteral("user_name"), SmsTableModel::tr("User name"), Kind::Text, false},
        {QStringLiteral("sequence_id"), SmsTableModel::tr("Sequence (ID)"), Kind::Id, false},
        {QStringLiteral("sequence_name"), SmsTableModel::tr("Sequence"), Kind::Text, false},
        {QStringLiteral("sequence_subscription_id"), SmsTableModel::tr("Sequence subscription"),
         Kind::Id, false},
        {QStringLiteral("organization_id"), SmsTableModel::tr("Organization"), Kind::Id, false},
        {QStringLiteral("users"), SmsTableModel::tr("Users"), Kind::List, false},
    };
}

QString statusTitle(const QString &status)
{
    return SmsStatus::title(SmsStatus::fromWire(status));
}

} // namespace

SmsTableModel::SmsTableModel(CloseClient *client, QObject *parent)
    : ActivityTableModel(
        client, smsFields(),
        RecordSchema::of<SmsActivity>(
            {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("error_message")}),
        parent)
{
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &SmsTableModel::pollOutbox);
    // Whatever lands in the outbox is followed until it is sent or failed.
    const auto watchRows = [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (statusOf(row) == SmsStatus::Status::Outbox)
                watch(idAt(row));
        }
    };
    connect(this, &QAbstractItemModel::dataChanged, this,
            [watchRows](const QModelIndex &from, const QModelIndex &to) {
                watchRows(from.row(), to.row());
            });
    connect(this, &QAbstractItemModel::rowsInserted, this,
            [watchRows](const QModelIndex &, int first, int last) { watchRows(first, last); });
}

void SmsTableModel::clear()
{
    m_watched.clear();
    m_poll.stop();
    ActivityTableModel::clear();
}

void SmsTableModel::watch(const QString &id)
{
    m_watched.insert(id);
    if (!m_poll.isActive())
        m_poll.start();
}

void SmsTableModel::pollOutbox()
{
    const QSet<QString> watched = m_watched;
    for (const QString &id : watched) {
        const int row = rowOf(id);
        if (row < 0 || statusOf(row) != SmsStatus::Status::Outbox) {
            m_watched.remove(id);
            continue;
        }
        if (data(index(row, 0), BusyRole).toBool())
            continue;
        CloseCall *poll = client()->getSms(id);
        poll->setBackground(true); // asked again in a moment; a failure here is nobody's task
        connect(poll, &CloseCall::finished, this, [this, id](const ApiResult &result) {
            const int at = rowOf(id);
            if (at < 0 || !result.ok() || data(index(at, 0), BusyRole).toBool())
                return;
            const auto now
                = SmsStatus::fromWire(result.object().value(QLatin1String("status")).toString());
            if (now == SmsStatus::Status::Outbox)
                return;
            m_watched.remove(id);
            applyServerCopy(at, result.object(), false);
            if (now == SmsStatus::Status::Error)
                emit deliveryFailed(
                    id, result.object().value(QLatin1String("error_message")).toString());
        });
    }
    if (m_watched.isEmpty())
        m_poll.stop();
}

CloseCall *SmsTableModel::listCall(int skip, int limit)
{
    return client()->listSms({}, skip, limit);
}

CloseCall *SmsTableModel::getCall(const QString &id)
{
    return client()->getSms(id);
}

CloseCall *SmsTableModel::saveCall(const QString &id, const QJsonObject &changes)
{
    const auto update = SmsUpdate::fromJson(changes);
    return update ? client()->updateSms(id, *update) : nullptr;
}

bool SmsTableModel::readsEdits(const QJsonObject &changes) const
{
    return SmsUpdate::fromJson(changes).has_value();
}

bool SmsTableModel::rowEditable(int row) const
{
    return SmsStatus::editable(SmsStatus::fromWire(text(row, QStringLiteral("status"))));
}

QString SmsTableModel::status(int row) const
{
    return field(row, QStringLiteral("status")).toString();
}

QString SmsTableModel::sendProblem(int row) const
{
    if (row < 0 || row >= rowCount())
        return tr("This SMS is no longer in the list.");
    if (!SmsStatus::editable(statusOf(row)))
        return tr("Only a draft can be sent or scheduled; this SMS is “%1”.")
            .arg(statusTitle(status(row)));
    if (data(index(row, 0), BusyRole).toBool())
        return tr("Close is still answering about this SMS.");
    if (isUnconfirmed(row))
        return tr("Sending it is not confirmed yet.");
    if (!conflictFields(row).isEmpty())
        return tr("Someone changed it in Close: choose which version to keep first.");
    if (const QString tooLong
        = SmsSegments::lengthProblem(field(row, QStringLiteral("text")).toString());
        !tooLong.isEmpty())
        return tooLong;
    return recipientProblem(row);
}

QString SmsTableModel::recipientProblem(int row) const
{
    const PhoneCheck check
        = PhoneCheck::check(field(row, QStringLiteral("remote_phone")).toString());
    if (check.valid)
        return {};
    return tr("%1 It cannot be sent or scheduled until the number is right; saving the draft "
              "still works.")
        .arg(check.problem);
}

bool SmsTableModel::canCancel(int row) const
{
    return SmsStatus::cancellable(statusOf(row)) && !data(index(row, 0), BusyRole).toBool()
        && !isUnconfirmed(row);
}

QString SmsTableModel::listTitle(int column) const
{
    switch (column) {
    case StatusColumn:
        return tr("Status");
    case RecipientColumn:
        return tr("To");
    case ContactColumn:
        return tr("Contact");
    case MessageColumn:
        return tr("Message");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

QVariant SmsTableModel::listData(int row, int column, int role) const
{
    const QString status = text(row, QStringLiteral("status"));
    const auto when = [&]() -> std::optional<QDateTime> {
        const char *key = status == QLatin1String("scheduled") ? "date_scheduled"
            : status == QLatin1String("sent")                  ? "date_sent"
                                                               : "activity_at";
        return time(row, QString::fromLatin1(key));
    };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StatusColumn:
            return statusTitle(status);
        case RecipientColumn:
            return listRemotePhone(row);
        case ContactColumn:
            return displayName(text(row, QStringLiteral("contact_id")));
        case MessageColumn:
            return listMessage(text(row, QStringLiteral("text")));
        case WhenColumn:
            return listTime(when());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn && status == QLatin1String("error"))
        return text(row, QStringLiteral("error_message"));
    if (role == Qt::ToolTipRole && column == MessageColumn)
        return text(row, QStringLiteral("text"));
    if (role == Qt::UserRole) {
        // The sort key: what needs the rep first comes first, then the newest.
        if (column == StatusColumn) {
            return SmsStatus::rank(SmsStatus::fromWire(status));
        }
        if (column == WhenColumn) {
            const auto at = when();
            return at ? QVariant(*at) : QVariant();
        }
        return listData(row, column, Qt::DisplayRole);
    }
    // How it looks is the delegate's, with the palette in use.
    if (role == SeverityRole)
        return int(SmsStatus::severity(SmsStatus::fromWire(status)));
    return {};
}

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

void SmsTableModel::send(int row, int undoSeconds)
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

void SmsTableModel::schedule(int row, const QDateTime &when)
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

void SmsTableModel::cancel(int row)
{
    if (!canCancel(row))
        return;
    changeStatus(row, backToDraft());
}

void SmsTableModel::reschedule(int row, const QDateTime &when)
{
    if (!isScheduled(row) || !canCancel(row) || !recipientProblem(row).isEmpty() || !when.isValid())
        return;
    changeStatus(row, backToDraft(), [this, when](int at) { schedule(at, when); });
}

void SmsTableModel::sendNow(int row, int undoSeconds)
{
    if (!isScheduled(row) || !canCancel(row) || !recipientProblem(row).isEmpty())
        return;
    changeStatus(row, backToDraft(), [this, undoSeconds](int at) { send(at, undoSeconds); });
}

SmsUpdate SmsTableModel::backToDraft()
{
    SmsUpdate update;
    update.status = SmsStatus::wire(SmsStatus::Status::Draft);
    return update;
}

std::optional<SmsUpdate> SmsTableModel::pendingUpdate(int row)
{
    auto update = SmsUpdate::fromJson(rowAt(row).edit.changes());
    if (!update)
        setRowError(row,
                    tr("Draftbox could not read these edits as Close takes them, so "
                       "nothing was sent. Check the fields and save again."));
    return update;
}

void SmsTableModel::changeStatus(int row, const SmsUpdate &update, std::function<void(int)> then)
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

void SmsTableModel::recheck(int row)
{
    const QString id = idAt(row);
    if (!step(row, SaveFlow::Event::Recheck))
        return;
    track(row, client()->getSms(id), [this, id](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (!result.ok()) {
            if (isTransient(result.error)) {
                step(at, SaveFlow::Event::Unreachable);
                waitForServer(at, result.error);
            } else {
                step(at, SaveFlow::Event::Refused);
                setIntent(at, {});
                setRowError(at, result.error);
            }
            emit failed(id, result.error);
            return;
        }
        step(at, SaveFlow::Event::Done);
        closeAnswered();
        if (settleLostSend(at, result.object()))
            emit saved(id);
    });
}

bool SmsTableModel::settleLostSend(int row, const QJsonObject &server)
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

void SmsTableModel::deleteDraft(int row)
{
    if (statusOf(row) == SmsStatus::Status::Draft)
        deleteRow(row, client()->deleteSms(idAt(row)));
}
