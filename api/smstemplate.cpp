#include "smstemplate.h"

#include "jsoncodec.h"

std::optional<SmsTemplate> SmsTemplate::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<SmsTemplate>(json, error);
}

QJsonObject SmsTemplate::toJson() const
{
    return JsonCodec::encode(*this);
}
