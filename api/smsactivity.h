#pragma once

#include "attachment.h"
#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

//! An SMS activity as Close returns it (SMSActivity in the API reference), every field kept as
//! absent, null or set. Enum values stay text: a status this client does not know survives a
//! round trip unchanged. Fields the schema does not name are kept in unknownFields.
struct SmsActivity
{
    enum class Status { Inbox, Draft, Scheduled, Outbox, Sent, Error, Unknown };

    Field<QString> type; //!< "_type", always "SMS"
    Field<QDateTime> activityAt;
    Field<QString> agentActionReason;
    Field<QString> agentConfigId;
    Field<QList<Attachment>> attachments;
    Field<QString> contactId;
    Field<QString> cost;
    Field<QString> createdBy;
    Field<QString> createdByName;
    Field<QDateTime> dateCreated;
    Field<QDateTime> dateScheduled;
    Field<QDateTime> dateSent;
    Field<QDateTime> dateUpdated;
    Field<QString> direction; //!< inbound | outbound
    Field<QString> errorMessage;
    Field<QString> id;
    Field<QString> leadId;
    Field<QString> localCountryIso;
    Field<QString> localPhone;
    Field<QString> localPhoneFormatted;
    Field<QString> organizationId;
    Field<QString> remoteCountryIso;
    Field<QString> remotePhone;
    Field<QString> remotePhoneFormatted;
    Field<QString> sequenceId;
    Field<QString> sequenceName;
    Field<QString> sequenceSubscriptionId;
    Field<QString> source; //!< Close.io | External
    Field<QString> status; //!< inbox | draft | scheduled | outbox | sent | error
    Field<QString> templateId;
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
        v("agent_action_reason", self.agentActionReason);
        v("agent_config_id", self.agentConfigId);
        v("attachments", self.attachments);
        v("contact_id", self.contactId);
        v("cost", self.cost);
        v("created_by", self.createdBy);
        v("created_by_name", self.createdByName);
        v("date_created", self.dateCreated);
        v("date_scheduled", self.dateScheduled);
        v("date_sent", self.dateSent);
        v("date_updated", self.dateUpdated);
        v("direction", self.direction);
        v("error_message", self.errorMessage);
        v("id", self.id);
        v("lead_id", self.leadId);
        v("local_country_iso", self.localCountryIso);
        v("local_phone", self.localPhone);
        v("local_phone_formatted", self.localPhoneFormatted);
        v("organization_id", self.organizationId);
        v("remote_country_iso", self.remoteCountryIso);
        v("remote_phone", self.remotePhone);
        v("remote_phone_formatted", self.remotePhoneFormatted);
        v("sequence_id", self.sequenceId);
        v("sequence_name", self.sequenceName);
        v("sequence_subscription_id", self.sequenceSubscriptionId);
        v("source", self.source);
        v("status", self.status);
        v("template_id", self.templateId);
        v("text", self.text);
        v("updated_by", self.updatedBy);
        v("updated_by_name", self.updatedByName);
        v("user_id", self.userId);
        v("user_name", self.userName);
        v("users", self.users);
    }

    static std::optional<SmsActivity> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    Status statusValue() const { return statusFromText(status.value()); }
    //! Only drafts can be edited (FACTS.md §9).
    bool isEditable() const { return statusValue() == Status::Draft; }
    //! Scheduled, or in the outbox and not yet sent: can go back to draft.
    bool isCancellable() const;

    static Status statusFromText(const QString &text);
    static QString statusText(Status status);
};
