#pragma once

#include "field.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

//! An SMS template (GET /sms_template/); its text may hold `{{ contact.first_name }}`-style
//! placeholders that Close renders when an SMS uses the template.
struct SmsTemplate
{
    Field<QString> id;
    Field<QString> name;
    Field<QString> text;
    Field<QString> status; //!< active | archived
    Field<bool> isShared;
    Field<QString> organizationId;
    Field<QString> createdBy;
    Field<QString> ownedBy;
    Field<QDateTime> dateCreated;
    Field<QDateTime> dateUpdated;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("id", self.id);
        v("name", self.name);
        v("text", self.text);
        v("status", self.status);
        v("is_shared", self.isShared);
        v("organization_id", self.organizationId);
        v("created_by", self.createdBy);
        v("owned_by", self.ownedBy);
        v("date_created", self.dateCreated);
        v("date_updated", self.dateUpdated);
    }

    static std::optional<SmsTemplate> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
};
