#pragma once

#include "field.h"

#include <QJsonObject>
#include <QString>

#include <optional>

//! An MMS or WhatsApp attachment as Close returns it. In a request only content_type,
//! filename and url are sent (toRequestJson).
struct Attachment
{
    Field<QString> contentType;
    Field<QString> filename;
    Field<QString> mediaId;
    Field<qint64> size;
    Field<QString> thumbnailUrl;
    Field<QString> url;
    QJsonObject unknownFields;

    template<typename Self, typename V>
    static void fields(Self &self, V &v)
    {
        v("content_type", self.contentType);
        v("filename", self.filename);
        v("media_id", self.mediaId);
        v("size", self.size);
        v("thumbnail_url", self.thumbnailUrl);
        v("url", self.url);
    }

    static std::optional<Attachment> fromJson(const QJsonObject &json, QString *error = nullptr);
    QJsonObject toJson() const;
    QJsonObject toRequestJson() const;

    friend bool operator==(const Attachment &a, const Attachment &b)
    {
        return a.toJson() == b.toJson();
    }
};
