#include "activitystore.h"

#include "closetime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <QtAlgorithms>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace {

quint64 bit(int field)
{
    return quint64(1) << field;
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
    m_values.append(QJsonValue(QJsonValue::Undefined)); // number 0: none
}

void RecordSchema::add(const QString &name, Kind kind)
{
    Q_ASSERT(m_names.size() < 64); // the records' field bits
    m_index.insert(name, int(m_names.size()));
    if (kind == Kind::Own || kind == Kind::Time || kind == Kind::Number)
        m_wide |= bit(int(m_names.size()));
    m_names.append(name);
    m_kinds.append(kind);
    m_lastShared.append(0);
}

quint32 RecordSchema::keep(const QJsonValue &value)
{
    const auto it = m_valueIndex.constFind(value);
    if (it != m_valueIndex.cend())
        return *it;
    const auto number = quint32(m_values.size());
    m_values.append(value);
    m_valueIndex.insert(value, number);
    return number;
}

int RecordSchema::fieldAt(int position, const QString &name)
{
    if (position < m_lastKeys.size() && m_lastKeys.at(position).first == name)
        return m_lastKeys.at(position).second;
    const int field = indexOf(name);
    if (position < 256) { // bounded, whatever an object holds
        if (position >= m_lastKeys.size())
            m_lastKeys.resize(position + 1);
        m_lastKeys[position] = {name, field};
    }
    return field;
}

quint32 RecordSchema::intern(int field, const QString &text)
{
    const quint32 last = m_lastShared.at(field);
    if (last != 0 && m_strings.at(last) == text)
        return last;
    const quint32 number = intern(text);
    m_lastShared[field] = number;
    return number;
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
    Header header;
    QVarLengthArray<quint64, 64> values(schema.size(), 0);
    QByteArray own; // UTF-8: half the size of UTF-16 for most messages
    QJsonObject unknown;
    int position = 0;
    for (auto it = json.begin(); it != json.end(); ++it, ++position) {
        const int field = schema.fieldAt(position, it.key());
        const QJsonValue value = it.value();
        if (field < 0) {
            unknown.insert(it.key(), value);
            continue;
        }
        header.present |= bit(field);
        if (value.isNull()) {
            header.null |= bit(field);
            continue;
        }
        quint64 &slot = values[field];
        bool kept = false;
        switch (schema.kind(field)) {
        case RecordSchema::Kind::Shared:
            if (value.isString()) {
                slot = schema.intern(field, value.toString());
                kept = true;
            }
            break;
        case RecordSchema::Kind::Own:
            // UTF-8 holds any text but a broken one (a lone surrogate): that is kept as it came.
            if (value.isString() && value.toString().isValidUtf16()) {
                const QByteArray text = value.toString().toUtf8();
                slot = (quint64(own.size()) << 32) | quint64(text.size());
                own += text;
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
            header.raw |= bit(field);
            slot = schema.keep(value);
        }
    }
    if (!unknown.isEmpty())
        header.unknown = schema.keep(unknown);
    // Only the set fields have a slot; the Own texts follow them.
    const quint64 set = header.present & ~header.null;
    const quint64 wide = set & schema.wideFields();
    const qsizetype slotBytes
        = qsizetype(qPopulationCount(wide)) * 8 + qsizetype(qPopulationCount(set & ~wide)) * 4;
    header.ownAt = quint32(qsizetype(sizeof(Header)) + slotBytes);
    // Exactly the size (resize() would leave room to grow).
    record.m_data = QByteArray(qsizetype(header.ownAt) + own.size(), Qt::Uninitialized);
    char *out = record.m_data.data();
    std::memcpy(out, &header, sizeof(Header));
    out += sizeof(Header);
    for (int field = 0; field < schema.size(); ++field) {
        if (wide & bit(field)) {
            std::memcpy(out, &values[field], 8);
            out += 8;
        } else if (set & bit(field)) {
            const auto narrow = quint32(values[field]);
            std::memcpy(out, &narrow, 4);
            out += 4;
        }
    }
    if (!own.isEmpty())
        std::memcpy(out, own.constData(), size_t(own.size()));
    return record;
}

ActivityRecord::Header ActivityRecord::header() const
{
    Header header;
    if (m_data.size() >= qsizetype(sizeof(Header)))
        std::memcpy(&header, m_data.constData(), sizeof(Header));
    return header;
}

bool ActivityRecord::isSet(const Header &header, int field)
{
    return field >= 0 && field < 64 && (header.present & ~header.null & bit(field));
}

quint64 ActivityRecord::slot(const RecordSchema &schema, const Header &header, int field) const
{
    const quint64 before = header.present & ~header.null & (bit(field) - 1);
    const quint64 wide = schema.wideFields();
    const qsizetype at = qsizetype(sizeof(Header)) + qPopulationCount(before & wide) * 8
        + qPopulationCount(before & ~wide) * 4;
    if (wide & bit(field)) {
        quint64 value = 0;
        std::memcpy(&value, m_data.constData() + at, 8);
        return value;
    }
    quint32 value = 0;
    std::memcpy(&value, m_data.constData() + at, 4);
    return value;
}

QString ActivityRecord::ownText(const Header &header, quint64 slot) const
{
    return QString::fromUtf8(m_data.constData() + header.ownAt + qsizetype(slot >> 32),
                             qsizetype(slot & 0xffffffffu));
}

QJsonValue ActivityRecord::value(const RecordSchema &schema, int field) const
{
    const Header h = header();
    if (field < 0 || field >= schema.size() || !(h.present & bit(field)))
        return QJsonValue(QJsonValue::Undefined);
    if (h.null & bit(field))
        return QJsonValue::Null;
    const quint64 slot = this->slot(schema, h, field);
    if (h.raw & bit(field))
        return schema.kept(quint32(slot));
    switch (schema.kind(field)) {
    case RecordSchema::Kind::Shared:
        return schema.shared(quint32(slot));
    case RecordSchema::Kind::Own:
        return ownText(h, slot);
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
    const Header h = header();
    if (field >= schema.size() || !isSet(h, field))
        return std::nullopt;
    const quint64 slot = this->slot(schema, h, field);
    if (h.raw & bit(field))
        return CloseTime::parse(schema.kept(quint32(slot)).toString());
    if (schema.kind(field) != RecordSchema::Kind::Time)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(slot), Qt::UTC);
}

QString ActivityRecord::text(const RecordSchema &schema, int field) const
{
    const Header h = header();
    if (field >= schema.size() || !isSet(h, field))
        return {};
    const quint64 slot = this->slot(schema, h, field);
    if (h.raw & bit(field))
        return schema.kept(quint32(slot)).toString();
    switch (schema.kind(field)) {
    case RecordSchema::Kind::Shared:
        return schema.shared(quint32(slot));
    case RecordSchema::Kind::Own:
        return ownText(h, slot);
    default:
        return value(schema, field).toString();
    }
}

quint32 ActivityRecord::sharedNumber(const RecordSchema &schema, int field) const
{
    const Header h = header();
    if (field < 0 || field >= schema.size() || !isSet(h, field) || (h.raw & bit(field))
        || schema.kind(field) != RecordSchema::Kind::Shared)
        return 0;
    return quint32(slot(schema, h, field));
}

bool ActivityRecord::textIs(const RecordSchema &schema, int field, QStringView text) const
{
    const Header h = header();
    if (field < 0 || field >= schema.size() || !isSet(h, field) || (h.raw & bit(field))
        || schema.kind(field) != RecordSchema::Kind::Own)
        return this->text(schema, field) == text;
    const quint64 slot = this->slot(schema, h, field);
    const QUtf8StringView own(m_data.constData() + h.ownAt + qsizetype(slot >> 32),
                              qsizetype(slot & 0xffffffffu));
    return QAnyStringView::compare(own, text) == 0;
}

QJsonObject ActivityRecord::toJson(const RecordSchema &schema) const
{
    const Header h = header();
    QJsonObject json = schema.kept(h.unknown).toObject();
    for (int field = 0; field < schema.size(); ++field) {
        if (h.present & bit(field))
            json.insert(schema.name(field), value(schema, field));
    }
    return json;
}

namespace {

//! Whether `text` holds `needle`: a keystroke in Search asks this of every row, so it is
//! memchr for one byte and, for more, sixteen places at a time tried on the needle's first and
//! last byte at once (SSE2, which every x86-64 has), memcmp only where both match; glibc's
//! memmem for the rest. Several times faster on these short texts than a Boyer-Moore matcher,
//! whose tables cost more than the text is long.
bool holds(const char *text, qsizetype size, QByteArrayView needle)
{
    const auto n = size_t(needle.size());
    if (n == 0)
        return true;
    if (size_t(size) < n)
        return false;
    if (n == 1)
        return std::memchr(text, needle.front(), size_t(size)) != nullptr;
    size_t at = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle.front());
    const __m128i last = _mm_set1_epi8(needle.back());
    for (; at + n - 1 + 16 <= size_t(size); at += 16) {
        const auto *start = reinterpret_cast<const __m128i *>(text + at);
        const auto *end = reinterpret_cast<const __m128i *>(text + at + n - 1);
        auto mask = unsigned(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(_mm_loadu_si128(start), first),
                                            _mm_cmpeq_epi8(_mm_loadu_si128(end), last))));
        while (mask != 0) {
            const auto bit = size_t(__builtin_ctz(mask));
            if (std::memcmp(text + at + bit + 1, needle.data() + 1, n - 2) == 0)
                return true;
            mask &= mask - 1;
        }
    }
#endif
    return ::memmem(text + at, size_t(size) - at, needle.data(), n) != nullptr;
}

} // namespace

bool ActivityStore::contains(int row, QByteArrayView needle) const
{
    const Searched &s = m_searched[size_t(row)];
    return holds(m_searchText.constData() + s.at, s.numbersAt, needle);
}

bool ActivityStore::containsNumber(int row, QByteArrayView needle) const
{
    const Searched &s = m_searched[size_t(row)];
    return !needle.isEmpty()
        && holds(m_searchText.constData() + s.at + s.numbersAt, s.size - s.numbersAt, needle);
}

void ActivityStore::setSearched(int row, const QByteArray &folded, const QByteArray &digits)
{
    // One block holds at most 2 GiB: past that (or when half of it is garbage), the rows'
    // texts are written again without the garbage.
    constexpr qsizetype mostBytes = qsizetype(1) << 31;
    const qsizetype size = folded.size() + digits.size();
    if (size >= mostBytes / 2)
        return setSearched(row, folded.left(mostBytes / 4), digits.left(mostBytes / 8));
    Searched &s = m_searched[size_t(row)];
    m_searchGarbage += s.size;
    s = {};
    if (m_searchText.size() + size >= mostBytes
        || (m_searchGarbage > 1 << 20 && m_searchGarbage > m_searchText.size() / 2))
        compactSearched();
    s.at = quint32(m_searchText.size());
    s.numbersAt = quint32(folded.size());
    s.size = quint32(size);
    m_searchText += folded;
    m_searchText += digits;
}

void ActivityStore::compactSearched()
{
    qsizetype live = 0;
    for (const Searched &s : m_searched)
        live += s.size;
    QByteArray text;
    text.reserve(live);
    for (Searched &s : m_searched) {
        const quint32 at = quint32(text.size());
        text.append(m_searchText.constData() + s.at, s.size);
        s.at = at;
    }
    m_searchText = std::move(text);
    m_searchGarbage = 0;
}

ActivityStore::ActivityStore(RecordSchema schema)
    : m_schema(std::move(schema))
    , m_idField(m_schema.indexOf(QStringLiteral("id")))
{ }

QString ActivityStore::idAt(int row) const
{
    return row >= 0 && row < size() ? this->row(row).server.text(m_schema, m_idField) : QString();
}

QJsonValue ActivityStore::serverValue(int row, const QString &name) const
{
    return this->row(row).server.value(m_schema, m_schema.indexOf(name));
}

QJsonValue ActivityStore::value(int row, const QString &name) const
{
    const Row &r = this->row(row);
    if (const FieldValue *edited = r.edit.change(name))
        return edited->toWire();
    return r.server.value(m_schema, m_schema.indexOf(name));
}

QString ActivityStore::text(int row, const QString &name) const
{
    const Row &r = this->row(row);
    if (const FieldValue *edited = r.edit.change(name))
        return edited->text();
    return r.server.text(m_schema, m_schema.indexOf(name));
}

QString ActivityStore::text(int row, int field) const
{
    if (field < 0 || field >= m_schema.size())
        return {};
    const Row &r = this->row(row);
    if (!r.edit.isEmpty()) {
        if (const FieldValue *edited = r.edit.change(m_schema.name(field)))
            return edited->text();
    }
    return r.server.text(m_schema, field);
}

QList<int> ActivityStore::rowsWhere(int field, const QSet<QString> &texts) const
{
    QList<int> rows;
    if (field < 0 || field >= m_schema.size() || texts.isEmpty())
        return rows;
    QSet<quint32> numbers;
    for (const QString &text : texts) {
        if (const quint32 number = m_schema.numberOf(text))
            numbers.insert(number);
    }
    const QString &name = m_schema.name(field);
    for (int i = 0; i < size(); ++i) {
        const Row &r = this->row(i);
        // A number says it all for Close's value; an edited or unusual one is compared as text.
        bool found = false;
        if (const FieldValue *edited = r.edit.isEmpty() ? nullptr : r.edit.change(name))
            found = texts.contains(edited->text());
        else if (const quint32 number = r.server.sharedNumber(m_schema, field))
            found = numbers.contains(number);
        else
            found = texts.contains(r.server.text(m_schema, field));
        if (found)
            rows.append(i);
    }
    return rows;
}

std::optional<QDateTime> ActivityStore::time(int row, const QString &name) const
{
    const Row &r = this->row(row);
    if (const FieldValue *edited = r.edit.change(name))
        return edited->time();
    return r.server.time(m_schema, m_schema.indexOf(name));
}

std::optional<QDateTime> ActivityStore::serverTime(int row, const QString &name) const
{
    return this->row(row).server.time(m_schema, m_schema.indexOf(name));
}

QJsonObject ActivityStore::serverCopy(int row) const
{
    return this->row(row).server.toJson(m_schema);
}

QJsonObject ActivityStore::effective(int row) const
{
    QJsonObject out = serverCopy(row);
    const PendingEdit::Changes &pending = this->row(row).edit.changes();
    for (auto it = pending.begin(); it != pending.end(); ++it)
        out.insert(it.key(), it.value().toWire());
    return out;
}

int ActivityStore::rowOf(const QString &id) const
{
    if (m_byId.empty() || id.isEmpty())
        return -1;
    const size_t mask = m_byId.size() - 1;
    for (size_t at = qHash(id) & mask;; at = (at + 1) & mask) {
        const int row = m_byId[at];
        if (row < 0)
            return -1;
        if (this->row(row).server.textIs(m_schema, m_idField, id))
            return row;
    }
}

void ActivityStore::index(int row)
{
    const QString id = idAt(row);
    if (id.isEmpty())
        return;
    const size_t mask = m_byId.size() - 1;
    size_t at = qHash(id) & mask;
    while (m_byId[at] >= 0)
        at = (at + 1) & mask;
    m_byId[at] = row;
}

void ActivityStore::reindex()
{
    size_t places = 16;
    while (places < size_t(size()) * 2)
        places *= 2;
    m_byId.assign(places, -1);
    for (int row = 0; row < size(); ++row)
        index(row);
}

void ActivityStore::setServer(int row, const QJsonObject &server)
{
    const QString before = idAt(row);
    this->row(row).server = ActivityRecord::fromJson(m_schema, server);
    if (idAt(row) != before)
        reindex();
    retally(row);
}

void ActivityStore::insert(int first, const QList<QJsonObject> &fresh)
{
    if (fresh.isEmpty())
        return;
    std::vector<std::unique_ptr<Row>> rows;
    rows.reserve(size_t(fresh.size()));
    for (const QJsonObject &json : fresh) {
        rows.push_back(std::make_unique<Row>());
        rows.back()->server = ActivityRecord::fromJson(m_schema, json);
    }
    m_rows.insert(m_rows.begin() + first, std::make_move_iterator(rows.begin()),
                  std::make_move_iterator(rows.end()));
    m_searched.insert(m_searched.begin() + first, size_t(fresh.size()), Searched());
    if (first + fresh.size() < size() || m_byId.size() < size_t(size()) * 2) {
        // Rows moved down (a refresh, rare and small), or the index is full.
        reindex();
    } else {
        // A page at the end, the common case: only the new rows are indexed.
        for (int i = first; i < size(); ++i)
            index(i);
    }
    for (int i = first; i < first + int(fresh.size()); ++i)
        retally(i);
}

void ActivityStore::remove(int row)
{
    untally(this->row(row));
    m_rows.erase(m_rows.begin() + row);
    m_searchGarbage += m_searched[size_t(row)].size;
    m_searched.erase(m_searched.begin() + row);
    reindex();
}

void ActivityStore::clear()
{
    m_rows.clear();
    m_byId.clear();
    m_searched.clear();
    m_searchText.clear();
    m_searchGarbage = 0;
    for (QHash<quint32, int> &counts : m_tallies)
        counts.clear();
}

void ActivityStore::tallyBy(const QStringList &names)
{
    Q_ASSERT(names.size() <= maxTallied);
    m_tallied = names.mid(0, maxTallied);
    m_tallies = QList<QHash<quint32, int>>(m_tallied.size());
    for (const auto &row : m_rows)
        row->tallied[0] = row->tallied[1] = noTally;
    for (int row = 0; row < size(); ++row)
        retally(row);
}

QHash<QString, int> ActivityStore::tally(const QString &name) const
{
    QHash<QString, int> out;
    const qsizetype field = m_tallied.indexOf(name);
    if (field < 0)
        return out;
    const QHash<quint32, int> &counts = m_tallies.at(field);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.insert(m_schema.shared(it.key()), it.value());
    return out;
}

void ActivityStore::retally(int row)
{
    Row &r = this->row(row);
    for (qsizetype field = 0; field < m_tallied.size(); ++field) {
        const QString value = text(row, m_tallied.at(field));
        const quint32 now = value.isEmpty() ? noTally : m_schema.intern(value);
        quint32 &was = r.tallied[field];
        if (now == was)
            continue;
        QHash<quint32, int> &counts = m_tallies[field];
        if (was != noTally && --counts[was] <= 0)
            counts.remove(was);
        if (now != noTally)
            ++counts[now];
        was = now;
    }
}

void ActivityStore::untally(const Row &row)
{
    for (qsizetype field = 0; field < m_tallied.size(); ++field) {
        const quint32 was = row.tallied[field];
        QHash<quint32, int> &counts = m_tallies[field];
        if (was != noTally && --counts[was] <= 0)
            counts.remove(was);
    }
}
