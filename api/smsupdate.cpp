#include "smsupdate.h"

#include "jsoncodec.h"

std::optional<SmsUpdate> SmsUpdate::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<SmsUpdate>(json, error);
}

QJsonObject SmsUpdate::toJson() const
{
    return JsonCodec::encode(*this);
}

bool SmsUpdate::sends() const
{
    return status.isSet()
        && (status.value() == QLatin1String("outbox")
            || status.value() == QLatin1String("scheduled"));
}

QJsonObject SmsCreate::toJson() const
{
    return JsonCodec::encode(*this);
}
