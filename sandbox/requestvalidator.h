#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

//! One request field of a Close create/update schema.
struct FieldSpec
{
    enum class Type { String, DateTime, Integer, Boolean, Phone, Uri, Attachments };

    QString name;
    Type type = Type::String;
    bool nullable = false;
    QStringList allowed; //!< enum values; empty means any
};

//! Checks a request body against the fields a schema declares: unknown fields, types,
//! nullability, enums, E.164 phones and attachment items. Field errors are keyed by field name
//! with the messages Close's API uses ("This field is required.").
class RequestValidator
{
public:
    explicit RequestValidator(QList<FieldSpec> fields);

    QJsonObject validate(const QJsonObject &body, const QStringList &required = {}) const;

private:
    QString checkValue(const FieldSpec &spec, const QJsonValue &value) const;

    QList<FieldSpec> m_fields;
};
