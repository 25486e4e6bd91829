#pragma once

#include "field.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

//! The user behind the API key (GET /me/), with the organizations it belongs to.
struct CloseUser
{
    Field<QString> id;
    Field<QString> firstName;
    Field<QString> lastName;
    Field<QString> email;
    Field<QDateTime> dateCreated;
    Field<QDateTime> dateUpdated;
    QJsonObject unknownFields; //!< organizations, email accounts, ... as they came

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("id", self.id);
        v("first_name", self.firstName);
        v("last_name", self.lastName);
        v("email", self.email);
        v("date_created", self.dateCreated);
        v("date_updated", self.dateUpdated);
    }

    static std::optional<CloseUser> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;

    QString displayName() const;
    //! The name of the first organization, as Close lists them.
    QString organizationName() const;
};
