#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <variant>

//! How a field of an api/ type reads: the store keeps each kind its own way.
enum class FieldKind {
    Shared, //!< text that repeats across rows: kept once for all
    Own, //!< text of this row alone (its id, its message)
    Time, //!< a datetime
    Number,
    Bool,
    Json, //!< a list or an object, kept as it came
};

//! One field's value as the rep set it, typed as its field reads: none (a null clears the
//! field in Close), a text, a time, a number, a yes or no, or a list or an object as given.
//! It is read from the wire form once, when the rep sets it or the journal gives it back,
//! and written back only for a request or the journal.
class FieldValue
{
public:
    //! None: the field is cleared.
    FieldValue() = default;
    explicit FieldValue(QString text)
        : m_value(std::move(text))
    { }
    explicit FieldValue(QDateTime time)
        : m_value(std::move(time))
    { }

    //! The wire value read as a field of `kind`; nothing when it is not one (a number for a
    //! text, a time that does not read, a text for a yes or no).
    static std::optional<FieldValue> fromWire(FieldKind kind, const QJsonValue &wire);
    QJsonValue toWire() const;

    bool isNull() const { return std::holds_alternative<std::monostate>(m_value); }
    //! The text; empty when it is none or not a text.
    QString text() const;
    //! The time; none when it is none or not a time.
    std::optional<QDateTime> time() const;

    friend bool operator==(const FieldValue &a, const FieldValue &b)
    {
        return a.m_value == b.m_value;
    }
    friend bool operator!=(const FieldValue &a, const FieldValue &b) { return !(a == b); }

private:
    std::variant<std::monostate, QString, QDateTime, double, bool, QJsonValue> m_value;
};
