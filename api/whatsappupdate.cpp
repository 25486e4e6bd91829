#include "whatsappupdate.h"

#include "jsoncodec.h"

std::optional<WhatsAppUpdate> WhatsAppUpdate::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<WhatsAppUpdate>(json, error);
}

QJsonObject WhatsAppUpdate::toJson() const
{
    return JsonCodec::encode(*this);
}

QJsonObject WhatsAppCreate::toJson() const
{
    return JsonCodec::encode(*this);
}
