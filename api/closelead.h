#pragma once

#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

//! One of a contact's phones (ContactPhone), as Close lists it on a contact or a lead.
struct ContactPhone
{
    Field<QString> phone; //!< E.164
    Field<QString> phoneFormatted;
    Field<QString> type; //!< free text: mobile, office, …
    Field<QString> country; //!< ISO-2
    Field<bool> outboundSmsBlocked;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("phone", self.phone);
        v("phone_formatted", self.phoneFormatted);
        v("type", self.type);
        v("country", self.country);
        v("outbound_sms_blocked", self.outboundSmsBlocked);
    }

    static std::optional<ContactPhone> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
};

//! A contact (GET /contact/{id}/, or embedded in a lead), with what Draftbox texts them by.
struct CloseContact
{
    Field<QString> id;
    Field<QString> leadId;
    Field<QString> name;
    Field<QString> displayName;
    Field<QString> title;
    Field<QString> timezone; //!< IANA
    Field<QList<ContactPhone>> phones;
    Field<QDateTime> dateUpdated;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("id", self.id);
        v("lead_id", self.leadId);
        v("name", self.name);
        v("display_name", self.displayName);
        v("title", self.title);
        v("timezone", self.timezone);
        v("phones", self.phones);
        v("date_updated", self.dateUpdated);
    }

    static std::optional<CloseContact> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
    //! The name people know them by: display_name, else name.
    QString shownName() const;
};

//! A lead (GET /lead/ or /lead/{id}/) with its contacts embedded, as a search finds it.
struct CloseLead
{
    Field<QString> id;
    Field<QString> displayName;
    Field<QString> htmlUrl; //!< where the lead opens in Close's web app
    Field<QList<CloseContact>> contacts;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("id", self.id);
        v("display_name", self.displayName);
        v("html_url", self.htmlUrl);
        v("contacts", self.contacts);
    }

    static std::optional<CloseLead> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
};
