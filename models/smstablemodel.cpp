#include "smstablemodel.h"

#include "closeclient.h"
#include "closetime.h"
#include "phonecheck.h"
#include "smsactivity.h"
#include "smsstatus.h"

#include <QLocale>

namespace {

using Kind = ActivityTableModel::FieldInfo::Kind;

QList<ActivityTableModel::FieldInfo> smsFields()
{
    const auto tr = [](const char *text) {
        return SmsTableModel::tr(text);
    };
    return {
        {QStringLiteral("id"), tr("ID"), Kind::Id, false},
        {QStringLiteral("status"), tr("Status"), Kind::Text, false},
        {QStringLiteral("text"), tr("Message"), Kind::Text, true},
        {QStringLiteral("local_phone"), tr("From"), Kind::Phone, true},
        {QStringLiteral("remote_phone"), tr("To"), Kind::Phone, true},
        {QStringLiteral("contact_id"), tr("Contact"), Kind::Id, true},
        {QStringLiteral("lead_id"), tr("Lead"), Kind::Id, true},
        {QStringLiteral("user_id"), tr("User"), Kind::Id, true},
        {QStringLiteral("template_id"), tr("Template"), Kind::Id, true},
        {QStringLiteral("activity_at"), tr("Activity date"), Kind::DateTime, true},
        {QStringLiteral("attachments"), tr("Attachments"), Kind::Attachments, true},
        {QStringLiteral("local_phone_formatted"), tr("From (formatted)"), Kind::Text, false},
        {QStringLiteral("local_country_iso"), tr("From country"), Kind::Text, false},
        {QStringLiteral("remote_phone_formatted"), tr("To (formatted)"), Kind::Text, false},
        {QStringLiteral("remote_country_iso"), tr("To country"), Kind::Text, false},
        {QStringLiteral("direction"), tr("Direction"), Kind::Text, false},
        {QStringLiteral("source"), tr("Source"), Kind::Text, false},
        {QStringLiteral("date_created"), tr("Created"), Kind::DateTime, false},
        {QStringLiteral("date_updated"), tr("Updated"), Kind::DateTime, false},
        {QStringLiteral("date_scheduled"), tr("Scheduled for"), Kind::DateTime, false},
        {QStringLiteral("date_sent"), tr("Sent"), Kind::DateTime, false},
        {QStringLiteral("cost"), tr("Cost"), Kind::Text, false},
        {QStringLiteral("error_message"), tr("Error"), Kind::Text, false},
        {QStringLiteral("created_by"), tr("Created by (ID)"), Kind::Id, false},
        {QStringLiteral("created_by_name"), tr("Created by"), Kind::Text, false},
        {QStringLiteral("updated_by"), tr("Updated by (ID)"), Kind::Id, false},
        {QStringLiteral("updated_by_name"), tr("Updated by"), Kind::Text, false},
        {QStringLiteral("user_name"), tr("User name"), Kind::Text, false},
        {QStringLiteral("sequence_id"), tr("Sequence (ID)"), Kind::Id, false},
        {QStringLiteral("sequence_name"), tr("Sequence"), Kind::Text, false},
        {QStringLiteral("sequence_subscription_id"), tr("Sequence subscription"), Kind::Id, false},
        {QStringLiteral("organization_id"), tr("Organization"), Kind::Id, false},
        {QStringLiteral("users"), tr("Users"), Kind::List, false},
    };
}

QString statusTitle(const QString &status)
{
    if (status == QLatin1String("draft"))
        return SmsTableModel::tr("Draft");
    if (status == QLatin1String("scheduled"))
        return SmsTableModel::tr("Scheduled");
    if (status == QLatin1String("outbox"))
        return SmsTableModel::tr("Sending");
    if (status == QLatin1String("sent"))
        return SmsTableModel::tr("Sent");
    if (status == QLatin1String("inbox"))
        return SmsTableModel::tr("Received");
    if (status == QLatin1String("error"))
        return SmsTableModel::tr("Failed");
    return status;
}

} // namespace

SmsTableModel::SmsTableModel(CloseClient *client, QObject *parent)
    : ActivityTableModel(client, smsFields(), parent)
{
    m_poll.setInterval(3000);
    connect(&m_poll, &QTimer::timeout, this, &SmsTableModel::pollOutbox);
    // Whatever lands in the outbox is followed until it is sent or failed.
    const auto watchRows = [this](int first, int last) {
        for (int row = first; row <= last; ++row) {
            if (status(row) == QLatin1String("outbox"))
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
        if (row < 0 || status(row) != QLatin1String("outbox")) {
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
            const QString now = result.object().value(QLatin1String("status")).toString();
            if (now == QLatin1String("outbox"))
                return;
            m_watched.remove(id);
            applyServerCopy(at, result.object(), false);
            if (now == QLatin1String("error"))
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
    return client()->updateSms(id, SmsUpdate::fromJson(changes).value_or(SmsUpdate()));
}

bool SmsTableModel::rowEditable(const QJsonObject &sms) const
{
    return sms.value(QLatin1String("status")).toString() == QLatin1String("draft");
}

QString SmsTableModel::status(int row) const
{
    return field(row, QStringLiteral("status")).toString();
}

QString SmsTableModel::sendProblem(int row) const
{
    if (row < 0 || row >= rowCount())
        return tr("This SMS is no longer in the list.");
    if (status(row) != QLatin1String("draft"))
        return tr("Only a draft can be sent or scheduled; this SMS is “%1”.")
            .arg(statusTitle(status(row)));
    if (data(index(row, 0), BusyRole).toBool())
        return tr("Close is still answering about this SMS.");
    if (isUnconfirmed(row))
        return tr("Sending it is not confirmed yet.");
    if (!conflictFields(row).isEmpty())
        return tr("Someone changed it in Close: choose which version to keep first.");
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
    const QString s = status(row);
    return (s == QLatin1String("scheduled") || s == QLatin1String("outbox"))
        && !data(index(row, 0), BusyRole).toBool() && !isUnconfirmed(row);
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

QVariant SmsTableModel::listData(const QJsonObject &sms, int column, int role) const
{
    const QString status = sms.value(QLatin1String("status")).toString();
    const auto when = [&]() -> std::optional<QDateTime> {
        const char *key = status == QLatin1String("scheduled") ? "date_scheduled"
            : status == QLatin1String("sent")                  ? "date_sent"
                                                               : "activity_at";
        return CloseTime::parse(sms.value(QLatin1String(key)).toString());
    };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case StatusColumn:
            return statusTitle(status);
        case RecipientColumn:
            return listRemotePhone(sms);
        case ContactColumn:
            return displayName(sms.value(QLatin1String("contact_id")).toString());
        case MessageColumn:
            return listMessage(sms);
        case WhenColumn:
            return listTime(when());
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && column == StatusColumn && status == QLatin1String("error"))
        return sms.value(QLatin1String("error_message")).toString();
    if (role == Qt::ToolTipRole && column == MessageColumn)
        return sms.value(QLatin1String("text")).toString();
    if (role == Qt::UserRole) {
        // The sort key: what needs the rep first comes first, then the newest.
        if (column == StatusColumn) {
            static const QStringList order
                = {QStringLiteral("error"),  QStringLiteral("draft"), QStringLiteral("scheduled"),
                   QStringLiteral("outbox"), QStringLiteral("inbox"), QStringLiteral("sent")};
            const qsizetype rank = order.indexOf(status);
            return rank < 0 ? order.size() : rank;
        }
        if (column == WhenColumn) {
            const auto at = when();
            return at ? QVariant(*at) : QVariant();
        }
        return listData(sms, column, Qt::DisplayRole);
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
        QJsonObject changes = rowAt(at).pending;
        changes.insert(QStringLiteral("status"), QStringLiteral("outbox"));
        if (undoSeconds > 0)
            changes.insert(QStringLiteral("send_in"), std::min(undoSeconds, 59));
        changeStatus(at, changes);
    });
}

void SmsTableModel::schedule(int row, const QDateTime &when)
{
    if (!canSchedule(row) || !when.isValid())
        return;
    verify(row, sentFields(), [this, when](int at) {
        QJsonObject changes = rowAt(at).pending;
        changes.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
        changes.insert(QStringLiteral("date_scheduled"), CloseTime::format(when));
        changeStatus(at, changes);
    });
}

void SmsTableModel::cancel(int row)
{
    if (!canCancel(row))
        return;
    changeStatus(row, {{QStringLiteral("status"), QStringLiteral("draft")}});
}

void SmsTableModel::reschedule(int row, const QDateTime &when)
{
    if (!isScheduled(row) || !canCancel(row) || !recipientProblem(row).isEmpty() || !when.isValid())
        return;
    changeStatus(row, {{QStringLiteral("status"), QStringLiteral("draft")}},
                 [this, when](int at) { schedule(at, when); });
}

void SmsTableModel::sendNow(int row, int undoSeconds)
{
    if (!isScheduled(row) || !canCancel(row) || !recipientProblem(row).isEmpty())
        return;
    changeStatus(row, {{QStringLiteral("status"), QStringLiteral("draft")}},
                 [this, undoSeconds](int at) { send(at, undoSeconds); });
}

void SmsTableModel::changeStatus(int row, QJsonObject changes, std::function<void(int)> then)
{
    const QString id = idAt(row);
    const auto update = SmsUpdate::fromJson(changes);
    if (!update)
        return;
    if (update->sends()) {
        setIntent(
            row,
            {{QStringLiteral("status"), changes.value(QLatin1String("status"))},
             {QStringLiteral("asked_at"), CloseTime::format(QDateTime::currentDateTimeUtc())}});
    }
    track(row, client()->updateSms(id, *update), [this, id, then](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (result.ok()) {
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
            waitForServer(at, result.error);
            emit failed(id, result.error);
            return;
        }
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
    track(row, client()->getSms(id), [this, id](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (!result.ok()) {
            if (isTransient(result.error)) {
                waitForServer(at, result.error);
            } else {
                setIntent(at, {});
                setRowError(at, result.error);
            }
            emit failed(id, result.error);
            return;
        }
        closeAnswered();
        if (settleLostSend(at, result.object()))
            emit saved(id);
    });
}

bool SmsTableModel::settleLostSend(int row, const QJsonObject &server)
{
    const bool happened
        = server.value(QLatin1String("status")).toString() != QLatin1String("draft");
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
    if (status(row) == QLatin1String("draft"))
        deleteRow(row, client()->deleteSms(idAt(row)));
}
