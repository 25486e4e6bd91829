#pragma once

#include "attachment.h"
#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

//! The body of PUT /activity/whatsapp_message/{id}/ (UpdateWhatsAppMessage). There is no
//! status: Close never sends WhatsApp messages.
struct WhatsAppUpdate
{
    Field<QDateTime> activityAt;
    Field<QList<Attachment>> attachments;
    Field<QString> contactId;
    Field<QString> direction; //!< incoming | outgoing
    Field<QString> integrationLink;
    Field<QString> localPhone;
    Field<QString> messageMarkdown;
    Field<QString> remotePhone;
    Field<QString> responseToId;
    Field<QString> userId;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("activity_at", self.activityAt);
        v("attachments", self.attachments);
        v("contact_id", self.contactId);
        v("direction", self.direction);
        v("integration_link", self.integrationLink);
        v("local_phone", self.localPhone);
        v("message_markdown", self.messageMarkdown);
        v("remote_phone", self.remotePhone);
        v("response_to_id", self.responseToId);
        v("user_id", self.userId);
    }

    //! Reads a request body back, e.g. the pending edits a model keeps in wire form.
    static std::optional<WhatsAppUpdate> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
    QJsonObject toJson() const;
    bool isEmpty() const { return toJson().isEmpty(); }
};

//! The body of POST /activity/whatsapp_message/ (CreateWhatsAppMessage).
struct WhatsAppCreate : WhatsAppUpdate
{
    Field<QString> externalWhatsappMessageId;
    Field<QString> leadId;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        WhatsAppUpdate::fields(self, v);
        v("external_whatsapp_message_id", self.externalWhatsappMessageId);
        v("lead_id", self.leadId);
    }

    QJsonObject toJson() const;
};
