#include "closeuser.h"

#include "jsoncodec.h"

std::optional<CloseUser> CloseUser::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<CloseUser>(json, error);
}

QJsonObject CloseUser::toJson() const
{
    return JsonCodec::encode(*this);
}

QString CloseUser::displayName() const
{
    const QString name = QString(firstName.value() + QLatin1Char(' ') + lastName.value()).trimmed();
    return name.isEmpty() ? email.value() : name;
}

QString CloseUser::organizationName() const
{
    const QJsonArray organizations = unknownFields.value(QLatin1String("organizations")).toArray();
    return organizations.isEmpty()
        ? QString()
        : organizations.first().toObject().value(QLatin1String("name")).toString();
}
