#include "whatsappmessage.h"

#include "jsoncodec.h"

std::optional<WhatsAppMessage> WhatsAppMessage::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<WhatsAppMessage>(json, error);
}

QJsonObject WhatsAppMessage::toJson() const
{
    return JsonCodec::encode(*this);
}
