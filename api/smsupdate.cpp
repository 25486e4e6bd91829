#include "smsupdate.h"

#include "jsoncodec.h"

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
