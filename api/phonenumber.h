#pragma once

#include "field.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

//! A phone number of the organization (GET /phone_number/). SMS can only be sent from an
//! `internal` number that is SMS-enabled.
struct PhoneNumber
{
    Field<QString> id;
    Field<QString> number;
    Field<QString> numberFormatted;
    Field<QString> label;
    Field<QString> type; //!< internal | external | virtual
    Field<QString> country;
    Field<bool> smsEnabled;
    Field<bool> mmsEnabled;
    Field<bool> isGroupNumber;
    Field<QStringList> supportsSmsToCountries;
    Field<QStringList> supportsMmsToCountries;
    Field<QString> userId;
    Field<QString> organizationId;
    Field<QDateTime> dateCreated;
    Field<QDateTime> dateUpdated;
    QJsonObject unknownFields; //!< carrier, billing and forwarding fields, kept as they came

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("id", self.id);
        v("number", self.number);
        v("number_formatted", self.numberFormatted);
        v("label", self.label);
        v("type", self.type);
        v("country", self.country);
        v("sms_enabled", self.smsEnabled);
        v("mms_enabled", self.mmsEnabled);
        v("is_group_number", self.isGroupNumber);
        v("supports_sms_to_countries", self.supportsSmsToCountries);
        v("supports_mms_to_countries", self.supportsMmsToCountries);
        v("user_id", self.userId);
        v("organization_id", self.organizationId);
        v("date_created", self.dateCreated);
        v("date_updated", self.dateUpdated);
    }

    static std::optional<PhoneNumber> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
    bool canSendSms() const
    {
        return type.value() == QLatin1String("internal") && smsEnabled.valueOr(false);
    }
    //! Whether it may text a number in `countryIso` (with pictures: `mms`), by the lists Close
    //! gave; a list Close did not give refuses nothing (the carrier's answer will tell).
    bool reaches(const QString &countryIso, bool mms = false) const
    {
        const auto lists = [&countryIso](const Field<QStringList> &countries) {
            return !countries.isSet() || countries.value().contains(countryIso);
        };
        return lists(supportsSmsToCountries) && (!mms || lists(supportsMmsToCountries));
    }
};
