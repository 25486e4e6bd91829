#include "activitystore.h"

#include "closetime.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

quint64 bit(int field)
{
    return quint64(1) << field;
}

QString compact(const QJsonValue &value)
{
    // In a list, so that a string or a number reads back too.
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact));
}

//! A whole number a double holds exactly, as JSON's integers are read.
bool isWhole(const QJsonValue &value)
{
    const double d = value.toDouble();
    return value.isDouble() && d == double(qint64(d)) && d >= -9.0e15 && d <= 9.0e15;
}

} // namespace

RecordSchema::RecordSchema()
{
    m_strings.append(QString()); // number 0: none
    m_stringIndex.insert(QString(), 0);
}

void RecordSchema::add(const QString &name, Kind kind)
{
    Q_ASSERT(m_names.size() < 64); // the records' field bits
    m_index.insert(name, int(m_names.size()));
    m_names.append(name);
    m_kinds.append(kind);
}

quint32 RecordSchema::intern(const QString &text)
{
    const auto it = m_stringIndex.constFind(text);
    if (it != m_stringIndex.cend())
        return *it;
    const auto number = quint32(m_strings.size());
    m_strings.append(text);
    m_stringIndex.insert(text, number);
    return number;
}

ActivityRecord ActivityRecord::fromJson(RecordSchema &schema, const QJsonObject &json)
{
    ActivityRecord record;
    record.m_slots.assign(size_t(schema.size()), 0);
    QJsonObject unknown;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const int field = schema.indexOf(it.key());
        const QJsonValue value = it.value();
        if (field < 0) {
            unknown.insert(it.key(), value);
            continue;
        }
        record.m_present |= bit(field);
        if (value.isNull()) {
            record.m_null |= bit(field);
            continue;
        }
        quint64 &slot = record.m_slots[size_t(field)];
        bool kept = false;
        switch (schema.kind(field)) {
        case RecordSchema::Kind::Shared:
            if (value.isString()) {
                slot = schema.intern(value.toString());
                kept = true;
            }
            break;
        case RecordSchema::Kind::Own:
            if (value.isString()) {
                const QString text = value.toString();
                slot = (quint64(record.m_own.size()) << 32) | quint64(text.size());
                record.m_own += text;
                kept = true;
            }
            break;
        case RecordSchema::Kind::Time:
            // Only a time that reads back as Close wrote it is kept as a number.
            if (value.isString()) {
                const QString text = value.toString();
                const auto when = CloseTime::parse(text);
                if (when && CloseTime::format(*when) == text) {
                    slot = quint64(when->toMSecsSinceEpoch());
                    kept = true;
                }
            }
            break;
        case RecordSchema::Kind::Number:
            if (isWhole(value)) {
                slot = quint64(qint64(value.toDouble()));
                kept = true;
            }
            break;
        case RecordSchema::Kind::Bool:
            if (value.isBool()) {
                slot = value.toBool() ? 1 : 0;
                kept = true;
            }
            break;
        case RecordSchema::Kind::Json:
            break;
        }
        if (!kept) {
            record.m_raw |= bit(field);
            slot = schema.intern(compact(value));
        }
    }
    if (!unknown.isEmpty())
        record.m_unknown = schema.intern(
            QString::fromUtf8(QJsonDocument(unknown).toJson(QJsonDocument::Compact)));
    record.m_own.squeeze();
    return record;
}

QJsonValue ActivityRecord::readRaw(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array().at(0);
}

QJsonValue ActivityRecord::value(const RecordSchema &schema, int field) const
{
    if (field < 0 || field >= int(m_slots.size()) || !has(field))
        return QJsonValue(QJsonValue::Undefined);
    if (isNull(field))
        return QJsonValue::Null;
    const quint64 slot = m_slots[size_t(field)];
    if (isRaw(field))
        return readRaw(schema.shared(quint32(slot)));
    switch (schema.kind(field)) {
    case RecordSchema::Kind::Shared:
        return schema.shared(quint32(slot));
    case RecordSchema::Kind::Own:
        return text(schema, field);
    case RecordSchema::Kind::Time:
        return CloseTime::format(QDateTime::fromMSecsSinceEpoch(qint64(slot), Qt::UTC));
    case RecordSchema::Kind::Number:
        return qint64(slot);
    case RecordSchema::Kind::Bool:
        return slot != 0;
    case RecordSchema::Kind::Json:
        break;
    }
    return QJsonValue(QJsonValue::Undefined);
}

std::optional<QDateTime> ActivityRecord::time(const RecordSchema &schema, int field) const
{
    if (field < 0 || field >= int(m_slots.size()) || !has(field) || isNull(field))
        return std::nullopt;
    if (isRaw(field))
        return CloseTime::parse(readRaw(schema.shared(quint32(m_slots[size_t(field)]))).toString());
    if (schema.kind(field) != RecordSchema::Kind::Time)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(m_slots[size_t(field)]), Qt::UTC);
}

QString ActivityRecord::text(const RecordSchema &schema, int field) const
{
    if (field < 0 || field >= int(m_slots.size()) || !has(field) || isNull(field))
        return {};
    const quint64 slot = m_slots[size_t(field)];
    if (isRaw(field))
        return readRaw(schema.shared(quint32(slot))).toString();
    switch (schema.kind(field)) {
    case RecordSchema::Kind::Shared:
        return schema.shared(quint32(slot));
    case RecordSchema::Kind::Own:
        return m_own.mid(qsizetype(slot >> 32), qsizetype(slot & 0xffffffffu));
    default:
        return value(schema, field).toString();
    }
}

QJsonObject ActivityRecord::toJson(const RecordSchema &schema) const
{
    QJsonObject json = m_unknown == 0
        ? QJsonObject()
        : QJsonDocument::fromJson(schema.shared(m_unknown).toUtf8()).object();
    for (int field = 0; field < int(m_slots.size()); ++field) {
        if (has(field))
            json.insert(schema.name(field), value(schema, field));
    }
    return json;
}

ActivityStore::ActivityStore(RecordSchema schema)
    : m_schema(std::move(schema))
    , m_idField(m_schema.indexOf(QStringLiteral("id")))
{ }

QString ActivityStore::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).server.text(m_schema, m_idField)
                                           : QString();
}

QJsonValue ActivityStore::serverValue(int row, const QString &name) const
{
    return m_rows.at(row).server.value(m_schema, m_schema.indexOf(name));
}

QJsonValue ActivityStore::value(int row, const QString &name) const
{
    const Row &r = m_rows.at(row);
    if (r.edit.has(name))
        return r.edit.changes().value(name);
    return r.server.value(m_schema, m_schema.indexOf(name));
}

QString ActivityStore::text(int row, const QString &name) const
{
    const Row &r = m_rows.at(row);
    if (r.edit.has(name))
        return r.edit.changes().value(name).toString();
    return r.server.text(m_schema, m_schema.indexOf(name));
}

std::optional<QDateTime> ActivityStore::time(int row, const QString &name) const
{
    const Row &r = m_rows.at(row);
    if (r.edit.has(name))
        return CloseTime::parse(r.edit.changes().value(name).toString());
    return r.server.time(m_schema, m_schema.indexOf(name));
}

std::optional<QDateTime> ActivityStore::serverTime(int row, const QString &name) const
{
    return m_rows.at(row).server.time(m_schema, m_schema.indexOf(name));
}

QJsonObject ActivityStore::serverCopy(int row) const
{
    return m_rows.at(row).server.toJson(m_schema);
}

QJsonObject ActivityStore::effective(int row) const
{
    QJsonObject out = serverCopy(row);
    const QJsonObject &pending = m_rows.at(row).edit.changes();
    for (auto it = pending.begin(); it != pending.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void ActivityStore::setServer(int row, const QJsonObject &server)
{
    const QString before = idAt(row);
    m_rows[row].server = ActivityRecord::fromJson(m_schema, server);
    const QString after = idAt(row);
    if (after != before) {
        m_rowById.remove(before);
        m_rowById.insert(after, row);
    }
}

void ActivityStore::insert(int first, const QList<QJsonObject> &fresh)
{
    if (fresh.isEmpty())
        return;
    m_rows.insert(first, fresh.size(), Row());
    for (int i = 0; i < fresh.size(); ++i)
        m_rows[first + i].server = ActivityRecord::fromJson(m_schema, fresh.at(i));
    m_rowById.reserve(m_rows.size());
    if (first + fresh.size() < m_rows.size()) {
        // Rows moved down: every index changes (a refresh, rare and small).
        m_rowById.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(idAt(i), i);
    } else {
        // A page at the end, the common case: only the new rows are indexed.
        for (int i = first; i < m_rows.size(); ++i)
            m_rowById.insert(idAt(i), i);
    }
}

void ActivityStore::remove(int row)
{
    m_rows.removeAt(row);
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(idAt(i), i);
}

void ActivityStore::clear()
{
    m_rows.clear();
    m_rowById.clear();
}
