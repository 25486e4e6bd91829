#include "fieldvalue.h"

#include "closetime.h"

std::optional<FieldValue> FieldValue::fromWire(FieldKind kind, const QJsonValue &wire)
{
    if (wire.isNull())
        return FieldValue();
    FieldValue value;
    switch (kind) {
    case FieldKind::Shared:
    case FieldKind::Own:
        if (!wire.isString())
            return std::nullopt;
        value.m_value = wire.toString();
        return value;
    case FieldKind::Time:
        if (const auto when = CloseTime::parse(wire.toString()); wire.isString() && when) {
            value.m_value = *when;
            return value;
        }
        return std::nullopt;
    case FieldKind::Number:
        if (!wire.isDouble())
            return std::nullopt;
        value.m_value = wire.toDouble();
        return value;
    case FieldKind::Bool:
        if (!wire.isBool())
            return std::nullopt;
        value.m_value = wire.toBool();
        return value;
    case FieldKind::Json:
        if (wire.isUndefined())
            return std::nullopt;
        value.m_value = wire;
        return value;
    }
    return std::nullopt;
}

QJsonValue FieldValue::toWire() const
{
    struct Wire
    {
        QJsonValue operator()(std::monostate) const { return QJsonValue::Null; }
        QJsonValue operator()(const QString &text) const { return text; }
        QJsonValue operator()(const QDateTime &time) const { return CloseTime::format(time); }
        QJsonValue operator()(double number) const { return number; }
        QJsonValue operator()(bool yes) const { return yes; }
        QJsonValue operator()(const QJsonValue &json) const { return json; }
    };
    return std::visit(Wire {}, m_value);
}

QString FieldValue::text() const
{
    const QString *text = std::get_if<QString>(&m_value);
    return text ? *text : QString();
}

std::optional<QDateTime> FieldValue::time() const
{
    const QDateTime *time = std::get_if<QDateTime>(&m_value);
    return time ? std::optional<QDateTime>(*time) : std::nullopt;
}
