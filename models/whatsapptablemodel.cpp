#include "whatsapptablemodel.h"

#include "closeclient.h"
#include "closetime.h"
#include "whatsappmessage.h"

#include <QLocale>

#include <algorithm>

namespace {

using Kind = ActivityTableModel::FieldInfo::Kind;

QList<ActivityTableModel::FieldInfo> whatsappFields()
{
    return {
        {QStringLiteral("id"), WhatsAppTableModel::tr("ID"), Kind::Id, false},
        {QStringLiteral("message_markdown"), WhatsAppTableModel::tr("Message"), Kind::Text, true},
        {QStringLiteral("direction"), WhatsAppTableModel::tr("Direction"), Kind::Text, true},
        {QStringLiteral("local_phone"), WhatsAppTableModel::tr("Your number"), Kind::Phone, true},
        {QStringLiteral("remote_phone"), WhatsAppTableModel::tr("Their number"), Kind::Phone, true},
        {QStringLiteral("contact_id"), WhatsAppTableModel::tr("Contact"), Kind::Id, true},
        {QStringLiteral("user_id"), WhatsAppTableModel::tr("User"), Kind::Id, true},
        {QStringLiteral("response_to_id"), WhatsAppTableModel::tr("Reply to"), Kind::Id, true},
        {QStringLiteral("activity_at"), WhatsAppTableModel::tr("Activity date"), Kind::DateTime,
         true},
        {QStringLiteral("integration_link"), WhatsAppTableModel::tr("Link"), Kind::Id, true},
        {QStringLiteral("attachments"), WhatsAppTableModel::tr("Attachments"), Kind::Attachments,
         true},
        {QStringLiteral("message_html"), WhatsAppTableModel::tr("Message (HTML)"), Kind::Text,
         false},
        {QStringLiteral("text"), WhatsAppTableModel::tr("Message (plain)"), Kind::Text, false},
        {QStringLiteral("local_phone_formatted"), WhatsAppTableModel::tr("Your number (formatted)"),
         Kind::Text, false},
        {QStringLiteral("remote_phone_formatted"),
         WhatsAppTableModel::tr("Their number (formatted)"), Kind::Text, false},
        {QStringLiteral("external_whatsapp_message_id"), WhatsAppTableModel::tr("WhatsApp ID"),
         Kind::Text, false},
        {QStringLiteral("integration_name"), WhatsAppTableModel::tr("Integration"), Kind::Text,
         false},
        {QStringLiteral("lead_id"), WhatsAppTableModel::tr("Lead"), Kind::Id, false},
        {QStringLiteral("source"), WhatsAppTableModel::tr("Source"), Kind::Text, false},
        {QStringLiteral("date_created"), WhatsAppTableModel::tr("Created"), Kind::DateTime, false},
        {QStringLiteral("date_updated"), WhatsAppTableModel::tr("Updated"), Kind::DateTime, false},
        {QStringLiteral("created_by"), WhatsAppTableModel::tr("Created by (ID)"), Kind::Id, false},
        {QStringLiteral("created_by_name"), WhatsAppTableModel::tr("Created by"), Kind::Text,
         false},
        {QStringLiteral("updated_by"), WhatsAppTableModel::tr("Updated by (ID)"), Kind::Id, false},
        {QStringLiteral("updated_by_name"), WhatsAppTableModel::tr("Updated by"), Kind::Text,
         false},
        {QStringLiteral("user_name"), WhatsAppTableModel::tr("User name"), Kind::Text, false},
        {QStringLiteral("sequence_id"), WhatsAppTableModel::tr("Sequence (ID)"), Kind::Id, false},
        {QStringLiteral("sequence_name"), WhatsAppTableModel::tr("Sequence"), Kind::Text, false},
        {QStringLiteral("sequence_subscription_id"),
         WhatsAppTableModel::tr("Sequence subscription"), Kind::Id, false},
        {QStringLiteral("organization_id"), WhatsAppTableModel::tr("Organization"), Kind::Id,
         false},
        {QStringLiteral("users"), WhatsAppTableModel::tr("Users"), Kind::List, false},
    };
}

} // namespace

WhatsAppTableModel::WhatsAppTableModel(CloseClient *client, QObject *parent)
    : ActivityTableModel(
        client, whatsappFields(),
        RecordSchema::of<WhatsAppMessage>(
            {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("message_markdown"),
             QStringLiteral("message_html"), QStringLiteral("external_whatsapp_message_id")}),
        parent)
{ }

CloseCall *WhatsAppTableModel::listCall(int skip, int limit)
{
    return client()->listWhatsApp({}, skip, limit);
}

CloseCall *WhatsAppTableModel::getCall(const QString &id)
{
    return client()->getWhatsApp(id);
}

CloseCall *WhatsAppTableModel::saveCall(const QString &id, const QJsonObject &changes)
{
    const auto update = WhatsAppUpdate::fromJson(changes);
    return update ? client()->updateWhatsApp(id, *update) : nullptr;
}

bool WhatsAppTableModel::readsEdits(const QJsonObject &changes) const
{
    return WhatsAppUpdate::fromJson(changes).has_value();
}

QString WhatsAppTableModel::listTitle(int column) const
{
    switch (column) {
    case DirectionColumn:
        return tr("Direction");
    case ContactColumn:
        return tr("With");
    case MessageColumn:
        return tr("Message");
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

QVariant WhatsAppTableModel::listData(int row, int column, int role) const
{
    const auto when = time(row, QStringLiteral("activity_at"));
    if (role == Qt::DisplayRole) {
        switch (column) {
        case DirectionColumn:
            return text(row, QStringLiteral("direction")) == QLatin1String("incoming")
                ? tr("Received")
                : tr("Sent");
        case ContactColumn:
            return listRemotePhone(row);
        case MessageColumn:
            return listMessage(text(row, QStringLiteral("text")));
        case WhenColumn:
            return listTime(when);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole && column == WhenColumn)
        return when ? QVariant(*when) : QVariant();
    return {};
}

QString WhatsAppTableModel::conversationKey(const QString &remotePhone, const QString &contactId)
{
    return remotePhone + QLatin1Char('\n') + contactId;
}

QList<int> WhatsAppTableModel::conversationRows(int row) const
{
    const auto keyOf = [this](int r) {
        return conversationKey(field(r, QStringLiteral("remote_phone")).toString(),
                               field(r, QStringLiteral("contact_id")).toString());
    };
    if (row < 0 || row >= rowCount())
        return {};
    const QString key = keyOf(row);
    QList<QPair<QDateTime, int>> found;
    for (int r = 0; r < rowCount(); ++r) {
        if (keyOf(r) == key)
            found.append({field(r, QStringLiteral("activity_at")).toDateTime(), r});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> rows;
    rows.reserve(found.size());
    for (const auto &[at, r] : std::as_const(found))
        rows.append(r);
    return rows;
}

QList<int> WhatsAppTableModel::replyChoices(int row) const
{
    QList<int> choices;
    const QDateTime at = field(row, QStringLiteral("activity_at")).toDateTime();
    const QString self = idAt(row);
    for (const int other : conversationRows(row)) {
        const QDateTime otherAt = field(other, QStringLiteral("activity_at")).toDateTime();
        // A message can only answer what was there before it.
        if (other == row || !at.isValid() || !otherAt.isValid() || otherAt >= at)
            continue;
        if (!answersLeadTo(idAt(other), self))
            choices << other;
    }
    return choices;
}

bool WhatsAppTableModel::answersLeadTo(const QString &replyTo, const QString &id) const
{
    QSet<QString> seen;
    for (QString at = replyTo; !at.isEmpty() && !seen.contains(at);) {
        if (at == id)
            return true;
        seen.insert(at);
        const int row = rowOf(at);
        if (row < 0)
            return false;
        at = field(row, QStringLiteral("response_to_id")).toString();
    }
    return false;
}

QString WhatsAppTableModel::whyRefused(int row, const QString &name, const QJsonValue &value) const
{
    if (name != QLatin1String("response_to_id") || !value.isString())
        return {};
    const QString replyTo = value.toString();
    const QString self = idAt(row);
    if (replyTo == self)
        return tr("Not changed: a message cannot be a reply to itself.");
    if (!answersLeadTo(replyTo, self))
        return {};
    const int other = rowOf(replyTo);
    const QString quoted
        = other < 0 ? replyTo : listMessage(text(other, QStringLiteral("text"))).left(60);
    return tr("Not changed: “%1” already answers this message (directly or through other "
              "replies), so this one cannot answer it; that would make a loop.")
        .arg(quoted);
}

void WhatsAppTableModel::deleteMessage(int row)
{
    const QString id = idAt(row);
    if (!id.isEmpty())
        deleteRow(row, client()->deleteWhatsApp(id));
}
