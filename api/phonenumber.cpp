#include "phonenumber.h"

#include "jsoncodec.h"

std::optional<PhoneNumber> PhoneNumber::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<PhoneNumber>(json, error);
}

QJsonObject PhoneNumber::toJson() const
{
    return JsonCodec::encode(*this);
}
