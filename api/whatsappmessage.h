#pragma once

#include "attachment.h"
#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

//! A WhatsApp message activity as Close returns it (WhatsAppMessageActivity). Close only
//! records these; there is no status and no sending. `message_html` and `text` are derived by
//! the server from `message_markdown`.
struct WhatsAppMessage
{
    Field<QString> type; //!< "_type", always "WhatsAppMessage"
    Field<QDateTime> activityAt;
    Field<QList<Attachment>> attachments;
    Field<QString> contactId;
    Field<QString> createdBy;
    Field<QString> createdByName;
    Field<QDateTime> dateCreated;
    Field<QDateTime> dateUpdated;
    Field<QString> direction; //!< incoming | outgoing
    Field<QString> externalWhatsappMessageId;
    Field<QString> id;
    Field<QString> integrationLink;
    Field<QString> integrationName;
    Field<QString> leadId;
    Field<QString> localPhone;
    Field<QString> localPhoneFormatted;
    Field<QString> messageHtml;
    Field<QString> messageMarkdown;
    Field<QString> organizationId;
    Field<QString> remotePhone;
    Field<QString> remotePhoneFormatted;
    Field<QString> responseToId;
    Field<QString> sequenceId;
    Field<QString> sequenceName;
    Field<QString> sequenceSubscriptionId;
    Field<QString> source; //!< CreationSource: ui, api, import, whatsapp, ...
    Field<QString> text;
    Field<QString> updatedBy;
    Field<QString> updatedByName;
    Field<QString> userId;
    Field<QString> userName;
    Field<QStringList> users;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("_type", self.type);
        v("activity_at", self.activityAt);
        v("attachments", self.attachments);
        v("contact_id", self.contactId);
        v("created_by", self.createdBy);
        v("created_by_name", self.createdByName);
        v("date_created", self.dateCreated);
        v("date_updated", self.dateUpdated);
        v("direction", self.direction);
        v("external_whatsapp_message_id", self.externalWhatsappMessageId);
        v("id", self.id);
        v("integration_link", self.integrationLink);
        v("integration_name", self.integrationName);
        v("lead_id", self.leadId);
        v("local_phone", self.localPhone);
        v("local_phone_formatted", self.localPhoneFormatted);
        v("message_html", self.messageHtml);
        v("message_markdown", self.messageMarkdown);
        v("organization_id", self.organizationId);
        v("remote_phone", self.remotePhone);
        v("remote_phone_formatted", self.remotePhoneFormatted);
        v("response_to_id", self.responseToId);
        v("sequence_id", self.sequenceId);
        v("sequence_name", self.sequenceName);
        v("sequence_subscription_id", self.sequenceSubscriptionId);
        v("source", self.source);
        v("text", self.text);
        v("updated_by", self.updatedBy);
        v("updated_by_name", self.updatedByName);
        v("user_id", self.userId);
        v("user_name", self.userName);
        v("users", self.users);
    }

    static std::optional<WhatsAppMessage> fromJson(const QJsonObject &json,
                                                   QString *error = nullptr);
    QJsonObject toJson() const;
};
