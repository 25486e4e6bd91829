#pragma once

#include "attachment.h"
#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

//! The body of PUT /activity/sms/{id}/ (UpdateSMSActivity), plus `date_scheduled` and
//! `send_in`, which Close's prose requires though its schema omits them. Only fields that are
//! set or null are sent: absent means "leave it", null means "clear it".
struct SmsUpdate
{
    Field<QDateTime> activityAt;
    Field<QList<Attachment>> attachments; //!< content_type, filename and url of each
    Field<QString> contactId;
    Field<QString> leadId;
    Field<QString> localPhone; //!< E.164
    Field<QString> remotePhone; //!< E.164
    Field<QString> status;
    Field<QString> templateId;
    Field<QString> text;
    Field<QString> userId;
    Field<QDateTime> dateScheduled; //!< with status "scheduled"; sent in UTC
    Field<qint64> sendIn; //!< seconds before an outbox SMS goes out (under 60), to allow undo
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("activity_at", self.activityAt);
        v("attachments", self.attachments);
        v("contact_id", self.contactId);
        v("lead_id", self.leadId);
        v("local_phone", self.localPhone);
        v("remote_phone", self.remotePhone);
        v("status", self.status);
        v("template_id", self.templateId);
        v("text", self.text);
        v("user_id", self.userId);
        v("date_scheduled", self.dateScheduled);
        v("send_in", self.sendIn);
    }

    //! Reads a request body back, e.g. the pending edits a model keeps in wire form.
    static std::optional<SmsUpdate> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
    bool isEmpty() const { return toJson().isEmpty(); }
    //! Whether this request could make a message go out (status outbox or scheduled).
    bool sends() const;
};

//! The body of POST /activity/sms/ (CreateSMSActivity): the update fields plus those only a
//! new activity takes.
struct SmsCreate : SmsUpdate
{
    Field<QString> createdById;
    Field<QDateTime> dateCreated;
    Field<QString> direction; //!< inbound | outbound
    Field<QString> organizationId;
    Field<QString> source; //!< Close.io | External

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        SmsUpdate::fields(self, v);
        v("created_by_id", self.createdById);
        v("date_created", self.dateCreated);
        v("direction", self.direction);
        v("organization_id", self.organizationId);
        v("source", self.source);
    }

    QJsonObject toJson() const;
};
