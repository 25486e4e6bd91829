#include "attachment.h"

#include "jsoncodec.h"

std::optional<Attachment> Attachment::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<Attachment>(json, error);
}

QJsonObject Attachment::toJson() const
{
    return JsonCodec::encode(*this);
}

QJsonObject Attachment::toRequestJson() const
{
    return {{QStringLiteral("content_type"), contentType.value()},
            {QStringLiteral("filename"), filename.value()},
            {QStringLiteral("url"), url.value()}};
}
