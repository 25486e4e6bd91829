#include "jsoncodec.h"

#include <cmath>

namespace JsonCodec {

QString read(const QJsonValue &json, QString &out)
{
    if (!json.isString())
        return QStringLiteral("expected a string");
    out = json.toString();
    return {};
}

QString read(const QJsonValue &json, QDateTime &out)
{
    const auto parsed = json.isString() ? CloseTime::parse(json.toString()) : std::nullopt;
    if (!parsed)
        return QStringLiteral("expected an ISO 8601 datetime");
    out = *parsed;
    return {};
}

QString read(const QJsonValue &json, qint64 &out)
{
    const double number = json.toDouble(std::nan(""));
    if (!json.isDouble() || number != std::floor(number))
        return QStringLiteral("expected an integer");
    out = qint64(number);
    return {};
}

QString read(const QJsonValue &json, bool &out)
{
    if (!json.isBool())
        return QStringLiteral("expected true or false");
    out = json.toBool();
    return {};
}

QString read(const QJsonValue &json, double &out)
{
    if (!json.isDouble())
        return QStringLiteral("expected a number");
    out = json.toDouble();
    return {};
}

QString read(const QJsonValue &json, QStringList &out)
{
    if (!json.isArray())
        return QStringLiteral("expected a list of strings");
    out.clear();
    const QJsonArray array = json.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return QStringLiteral("expected a list of strings");
        out << item.toString();
    }
    return {};
}

QString read(const QJsonValue &json, QJsonObject &out)
{
    if (!json.isObject())
        return QStringLiteral("expected an object");
    out = json.toObject();
    return {};
}

QJsonValue write(const QString &value)
{
    return value;
}

QJsonValue write(const QDateTime &value)
{
    return CloseTime::format(value);
}

QJsonValue write(qint64 value)
{
    return value;
}

QJsonValue write(bool value)
{
    return value;
}

QJsonValue write(double value)
{
    return value;
}

QJsonValue write(const QStringList &value)
{
    return QJsonArray::fromStringList(value);
}

QJsonValue write(const QJsonObject &value)
{
    return value;
}

} // namespace JsonCodec
