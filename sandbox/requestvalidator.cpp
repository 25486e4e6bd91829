#include "requestvalidator.h"

#include "phonebook.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

namespace {

constexpr int maxAttachments = 10;

QString attachmentError(const QJsonValue &value, const QStringList &contentTypes)
{
    if (!value.isArray())
        return QStringLiteral("Not a valid list.");
    const QJsonArray items = value.toArray();
    if (items.size() > maxAttachments)
        return QStringLiteral("Ensure this list has no more than %1 items.").arg(maxAttachments);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (!items.at(i).isObject())
            return QStringLiteral("Item %1 is not an object.").arg(i);
        for (const auto &key :
             {QStringLiteral("content_type"), QStringLiteral("filename"), QStringLiteral("url")}) {
            if (!item.value(key).isString() || item.value(key).toString().isEmpty())
                return QStringLiteral("Item %1: %2 is required and must be a string.")
                    .arg(i)
                    .arg(key);
        }
        for (auto it = item.begin(); it != item.end(); ++it) {
            if (it.key() != QLatin1String("content_type") && it.key() != QLatin1String("filename")
                && it.key() != QLatin1String("url"))
                return QStringLiteral("Item %1: unknown field %2.").arg(i).arg(it.key());
        }
        const QString type = item.value(QLatin1String("content_type")).toString();
        if (!contentTypes.isEmpty() && !contentTypes.contains(type))
            return QStringLiteral("Item %1: %2 is not a supported content type.").arg(i).arg(type);
        const QUrl url(item.value(QLatin1String("url")).toString(), QUrl::StrictMode);
        // http only to this computer: the sandbox's own Files API hands out such URLs.
        const bool loopback = url.scheme() == QLatin1String("http")
            && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
                || url.host() == QLatin1String("::1"));
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && !loopback))
            return QStringLiteral("Item %1: url must be an https URL.").arg(i);
    }
    return {};
}

} // namespace

RequestValidator::RequestValidator(QList<FieldSpec> fields)
    : m_fields(std::move(fields))
{ }

QJsonObject RequestValidator::validate(const QJsonObject &body, const QStringList &required) const
{
    QJsonObject errors;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const auto spec = std::find_if(m_fields.cbegin(), m_fields.cend(),
                                       [&](const FieldSpec &f) { return f.name == it.key(); });
        if (spec == m_fields.cend()) {
            errors.insert(it.key(), QStringLiteral("Unknown field."));
            continue;
        }
        const QString message = checkValue(*spec, it.value());
        if (!message.isEmpty())
            errors.insert(it.key(), message);
    }
    for (const QString &name : required) {
        if (!body.contains(name) && !errors.contains(name))
            errors.insert(name, QStringLiteral("This field is required."));
    }
    return errors;
}

QString RequestValidator::checkValue(const FieldSpec &spec, const QJsonValue &value) const
{
    if (value.isNull())
        return spec.nullable ? QString() : QStringLiteral("This field may not be null.");

    switch (spec.type) {
    case FieldSpec::Type::String:
        if (!value.isString())
            return QStringLiteral("Not a valid string.");
        if (!spec.allowed.isEmpty() && !spec.allowed.contains(value.toString()))
            return QStringLiteral("Must be one of: %1.")
                .arg(spec.allowed.join(QStringLiteral(", ")));
        return {};
    case FieldSpec::Type::DateTime:
        if (!value.isString() || !Timestamps::parse(value.toString()))
            return QStringLiteral(
                "Not a valid datetime; use ISO 8601, e.g. 2026-01-31T09:00:00+00:00.");
        return {};
    case FieldSpec::Type::Integer: {
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || number != std::floor(number))
            return QStringLiteral("Not a valid integer.");
        return {};
    }
    case FieldSpec::Type::Boolean:
        return value.isBool() ? QString() : QStringLiteral("Not a valid boolean.");
    case FieldSpec::Type::Phone:
        if (!value.isString())
            return QStringLiteral("Not a valid string.");
        if (!PhoneBook::isE164(value.toString()))
            return QStringLiteral("Phone number must be in E.164 format, e.g. +16503334444.");
        return {};
    case FieldSpec::Type::Uri: {
        if (!value.isString())
            return QStringLiteral("Not a valid string.");
        const QString text = value.toString();
        const QUrl url(text, QUrl::StrictMode);
        if (text.isEmpty() || text.size() > 2083 || !url.isValid() || url.scheme().isEmpty()
            || url.host().isEmpty())
            return QStringLiteral("Enter a valid URL.");
        return {};
    }
    case FieldSpec::Type::Attachments:
        return attachmentError(value, spec.allowed);
    }
    return {};
}
