#include "whatsapptablemodel.h"

#include "closetime.h"

#include <QLocale>

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
    : WhatsAppTableModel(new WhatsAppSync(client, whatsappFields()), parent)
{ }

WhatsAppTableModel::WhatsAppTableModel(WhatsAppSync *whatsapp, QObject *parent)
    : ActivityTableModel(whatsapp, parent)
    , m_whatsapp(whatsapp)
{ }

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
