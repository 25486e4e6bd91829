#include "closelead.h"

#include "jsoncodec.h"

std::optional<ContactPhone> ContactPhone::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<ContactPhone>(json, error);
}

QJsonObject ContactPhone::toJson() const
{
    return JsonCodec::encode(*this);
}

std::optional<CloseContact> CloseContact::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<CloseContact>(json, error);
}

QJsonObject CloseContact::toJson() const
{
    return JsonCodec::encode(*this);
}

QString CloseContact::shownName() const
{
    const QString shown = displayName.value().trimmed();
    return shown.isEmpty() ? name.value().trimmed() : shown;
}

std::optional<CloseLead> CloseLead::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<CloseLead>(json, error);
}

QJsonObject CloseLead::toJson() const
{
    return JsonCodec::encode(*this);
}
