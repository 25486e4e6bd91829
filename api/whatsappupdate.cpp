#include "whatsappupdate.h"

#include "jsoncodec.h"

QJsonObject WhatsAppUpdate::toJson() const
{
    return JsonCodec::encode(*this);
}

QJsonObject WhatsAppCreate::toJson() const
{
    return JsonCodec::encode(*this);
}
