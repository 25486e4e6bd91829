#pragma once

#include "closetime.h"
#include "field.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

//! Generic JSON decoding and encoding for the API's value types. Each type lists its fields
//! once, in a static `fields(self, visitor)`; these visitors read and write every field from that
//! list, keeping absent, null and set apart and collecting fields nobody declared.
namespace JsonCodec {

//! Decodes one value; returns an error text for a wrong type.
QString read(const QJsonValue &json, QString &out);
QString read(const QJsonValue &json, QDateTime &out);
QString read(const QJsonValue &json, qint64 &out);
QString read(const QJsonValue &json, bool &out);
QString read(const QJsonValue &json, double &out);
QString read(const QJsonValue &json, QStringList &out);
QString read(const QJsonValue &json, QJsonObject &out);

QJsonValue write(const QString &value);
QJsonValue write(const QDateTime &value);
QJsonValue write(qint64 value);
QJsonValue write(bool value);
QJsonValue write(double value);
QJsonValue write(const QStringList &value);
QJsonValue write(const QJsonObject &value);

template<typename T>
QString read(const QJsonValue &json, QList<T> &out)
{
    if (!json.isArray())
        return QStringLiteral("expected a list");
    out.clear();
    const QJsonArray array = json.toArray();
    for (const QJsonValue &item : array) {
        auto decoded = T::fromJson(item.toObject());
        if (!item.isObject() || !decoded)
            return QStringLiteral("expected a list of objects");
        out.append(*decoded);
    }
    return {};
}

template<typename T>
QJsonValue write(const QList<T> &value)
{
    QJsonArray array;
    for (const T &item : value)
        array.append(item.toJson());
    return array;
}

class Decoder
{
public:
    explicit Decoder(const QJsonObject &json)
        : m_json(json)
    { }

    template<typename T>
    void operator()(const char *key, Field<T> &field)
    {
        const QString name = QString::fromLatin1(key);
        m_known << name;
        if (!m_json.contains(name)) {
            field.reset();
            return;
        }
        const QJsonValue value = m_json.value(name);
        if (value.isNull()) {
            field.setNull();
            return;
        }
        T decoded {};
        const QString problem = read(value, decoded);
        if (!problem.isEmpty()) {
            if (m_error.isEmpty())
                m_error = QStringLiteral("%1: %2").arg(name, problem);
            return;
        }
        field.set(std::move(decoded));
    }

    QString error() const { return m_error; }
    QJsonObject unknown() const
    {
        QJsonObject rest = m_json;
        for (const QString &key : m_known)
            rest.remove(key);
        return rest;
    }

private:
    const QJsonObject &m_json;
    QStringList m_known;
    QString m_error;
};

//! Checks that every declared field present in `json` has the right type, as Decoder would,
//! without building the value: list pages are checked this way, row by row.
class Checker
{
public:
    explicit Checker(const QJsonObject &json)
        : m_json(json)
    { }

    template<typename T>
    void operator()(const char *key, Field<T> &)
    {
        if (!m_error.isEmpty())
            return;
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        T decoded {};
        const QString problem = read(value, decoded);
        if (!problem.isEmpty())
            m_error = QStringLiteral("%1: %2").arg(QLatin1String(key), problem);
    }

    QString error() const { return m_error; }

private:
    const QJsonObject &m_json;
    QString m_error;
};

class Encoder
{
public:
    template<typename T>
    void operator()(const char *key, const Field<T> &field)
    {
        if (field.isAbsent())
            return;
        m_json.insert(QString::fromLatin1(key),
                      field.isNull() ? QJsonValue(QJsonValue::Null) : write(field.value()));
    }

    QJsonObject json() const { return m_json; }
    void merge(const QJsonObject &extra)
    {
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            if (!m_json.contains(it.key()))
                m_json.insert(it.key(), it.value());
        }
    }

private:
    QJsonObject m_json;
};

//! Decodes `json` into a T (which has `fields` and `unknownFields`).
template<typename T>
std::optional<T> decode(const QJsonObject &json, QString *error = nullptr)
{
    T value;
    Decoder decoder(json);
    T::fields(value, decoder);
    if (!decoder.error().isEmpty()) {
        if (error)
            *error = decoder.error();
        return std::nullopt;
    }
    value.unknownFields = decoder.unknown();
    return value;
}

//! Whether `json` would decode into a T; the first problem in `error` if not.
template<typename T>
bool check(const QJsonObject &json, QString *error = nullptr)
{
    T value;
    Checker checker(json);
    T::fields(value, checker);
    if (error)
        *error = checker.error();
    return checker.error().isEmpty();
}

//! Whether `page` is a list page of Ts (`data`, a list of objects that decode, and `has_more`);
//! the first problem if not, an empty string if it is.
template<typename T>
QString checkPage(const QJsonObject &page)
{
    if (!page.value(QLatin1String("data")).isArray())
        return QStringLiteral("no data list");
    if (!page.value(QLatin1String("has_more")).isBool())
        return QStringLiteral("no has_more");
    const QJsonArray data = page.value(QLatin1String("data")).toArray();
    for (qsizetype i = 0; i < data.size(); ++i) {
        QString error;
        if (!data.at(i).isObject() || !check<T>(data.at(i).toObject(), &error))
            return QStringLiteral("item %1: %2")
                .arg(i)
                .arg(error.isEmpty() ? QStringLiteral("not an object") : error);
    }
    return {};
}

//! The items of a list page (`data`) that decode into a T, in the page's order; any other item
//! is left out.
template<typename T>
QList<T> decodePage(const QJsonObject &page)
{
    QList<T> items;
    const QJsonArray data = page.value(QLatin1String("data")).toArray();
    for (const QJsonValue &item : data) {
        if (auto decoded = item.isObject() ? decode<T>(item.toObject()) : std::nullopt)
            items.append(std::move(*decoded));
    }
    return items;
}

template<typename T>
QJsonObject encode(const T &value)
{
    Encoder encoder;
    T::fields(value, encoder);
    encoder.merge(value.unknownFields);
    return encoder.json();
}

} // namespace JsonCodec
