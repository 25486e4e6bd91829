#include "eventlog.h"

#include "eventquery.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace {

const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
constexpr int orderedIdChars = 11; // 62^11 > 2^64: any 64-bit key fits
constexpr int idChars = 22;
constexpr int keyShift = 12; // events per millisecond before the key borrows from the next one

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

quint64 keyOf(const QString &id)
{
    quint64 key = 0;
    for (const QChar c : QStringView(id).mid(3, orderedIdChars)) {
        const char *at = std::strchr(alphabet, c.toLatin1());
        key = key * 62 + quint64(at ? at - alphabet : 0);
    }
    return key;
}

} // namespace

QString EventLog::nextId(qint64 ms)
{
    m_lastIdKey = std::max(quint64(ms) << keyShift, m_lastIdKey + 1);
    QString ordered(orderedIdChars, QLatin1Char('0'));
    quint64 key = m_lastIdKey;
    for (int i = orderedIdChars - 1; i >= 0 && key > 0; --i, key /= 62)
        ordered[i] = QLatin1Char(alphabet[key % 62]);
    QString id = QStringLiteral("ev_") + ordered;
    for (int i = orderedIdChars; i < idChars; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]);
    return id;
}

QString EventLog::record(const QString &action, const QString &objectType,
                         const QJsonObject &before, const QJsonObject &after, const Cause &cause,
                         const QString &organizationId, const QDateTime &now)
{
    QStringList changed;
    QJsonObject previous;
    if (!before.isEmpty() && !after.isEmpty()) {
        QStringList keys = before.keys() + after.keys();
        keys.sort();
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        for (const QString &key : std::as_const(keys)) {
            if (before.value(key) == after.value(key))
                continue;
            changed << key;
            previous.insert(
                key, before.contains(key) ? before.value(key) : QJsonValue(QJsonValue::Null));
        }
        if (changed.isEmpty())
            return {};
    } else if (after.isEmpty()) {
        previous = before; // a delete keeps everything the object was
    }

    expire(now);
    // The log's order is its dates': if the clock steps back, an event still comes after the last.
    const qint64 ms = std::max(now.toMSecsSinceEpoch(),
                               m_entries.empty() ? qint64(0) : m_entries.back().updatedMs);
    const QString stamp
        = Timestamps::formatWithoutOffset(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    const QJsonObject &object = after.isEmpty() ? before : after;
    QJsonObject meta;
    if (!cause.method.isEmpty()) {
        meta.insert(QStringLiteral("request_method"), QString::fromLatin1(cause.method));
        meta.insert(QStringLiteral("request_path"), cause.path);
    }

    Entry entry;
    entry.updatedMs = ms;
    entry.id = nextId(ms);
    entry.action = action;
    entry.objectType = objectType;
    entry.objectId = object.value(QLatin1String("id")).toString();
    entry.leadId = object.value(QLatin1String("lead_id")).toString();
    entry.userId = cause.userId;
    entry.requestId = cause.requestId;
    const QJsonObject event {
        {QStringLiteral("action"), action},
        {QStringLiteral("changed_fields"), QJsonArray::fromStringList(changed)},
        {QStringLiteral("data"), after.isEmpty() ? QJsonValue(QJsonValue::Null) : after},
        {QStringLiteral("date_created"), stamp},
        {QStringLiteral("date_updated"), stamp},
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("lead_id"), orNull(entry.leadId)},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("object_id"), entry.objectId},
        {QStringLiteral("object_type"), objectType},
        {QStringLiteral("organization_id"), organizationId},
        {QStringLiteral("previous_data"), previous},
        {QStringLiteral("request_id"), orNull(cause.requestId)},
        {QStringLiteral("user_id"), orNull(cause.userId)},
    };
    entry.json = QJsonDocument(event).toJson(QJsonDocument::Compact);
    const QString id = entry.id;
    append(std::move(entry));
    return id;
}

void EventLog::append(Entry entry)
{
    entry.seq = m_nextSeq++;
    m_seqById.insert(entry.id, entry.seq);
    m_entries.push_back(std::move(entry));
    if (qsizetype(m_entries.size()) > m_capacity)
        expire(QDateTime::fromMSecsSinceEpoch(m_entries.front().updatedMs, Qt::UTC));
}

void EventLog::expire(const QDateTime &now)
{
    const qint64 cutoff = now.toMSecsSinceEpoch() - retentionMs;
    bool dropped = false;
    while (!m_entries.empty()
           && (m_entries.front().updatedMs < cutoff || qsizetype(m_entries.size()) > m_capacity)) {
        m_seqById.remove(m_entries.front().id);
        m_entries.pop_front();
        dropped = true;
    }
    if (!dropped)
        return;
    // Blocks wholly gone are forgotten; the one the log now starts inside is encoded again.
    const qint64 first = m_entries.empty() ? m_nextSeq : m_entries.front().seq;
    while (!m_encodedBlocks.isEmpty() && m_encodedBlocks.firstKey() < first / blockSize)
        m_encodedBlocks.erase(m_encodedBlocks.begin());
    if (first % blockSize != 0)
        m_encodedBlocks.remove(first / blockSize);
}

void EventLog::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (!m_entries.empty())
        expire(QDateTime::fromMSecsSinceEpoch(m_entries.front().updatedMs, Qt::UTC));
}

QByteArray EventLog::event(const QString &id) const
{
    const auto it = m_seqById.constFind(id);
    if (it == m_seqById.cend())
        return {};
    return m_entries.at(std::size_t(*it - m_entries.front().seq)).json;
}

bool EventLog::knows(const Position &position) const
{
    if (m_seqById.contains(position.id) || m_entries.empty())
        return true;
    const Entry &oldest = m_entries.front();
    return position.updatedMs < oldest.updatedMs
        || (position.updatedMs == oldest.updatedMs && position.id < oldest.id);
}

bool EventLog::matches(const Entry &entry, const EventQuery &query) const
{
    const auto agrees = [](const QString &wanted, const QString &value) {
        return wanted.isEmpty() || wanted == value;
    };
    return agrees(query.objectType, entry.objectType) && agrees(query.objectId, entry.objectId)
        && agrees(query.action, entry.action) && agrees(query.leadId, entry.leadId)
        && agrees(query.userId, entry.userId) && agrees(query.requestId, entry.requestId);
}

EventLog::Page EventLog::page(const EventQuery &query) const
{
    const auto begin = m_entries.cbegin();
    const auto end = m_entries.cend();
    const auto indexOf = [&](std::deque<Entry>::const_iterator it) {
        return qsizetype(it - begin);
    };
    // [lo, hi): the events inside the date_updated bounds.
    const qsizetype lo = query.fromMs
        ? indexOf(std::lower_bound(begin, end, *query.fromMs,
                                   [](const Entry &e, qint64 ms) { return e.updatedMs < ms; }))
        : 0;
    const qsizetype hi = std::max(
        lo,
        query.toMs ? indexOf(std::upper_bound(
            begin, end, *query.toMs, [](qint64 ms, const Entry &e) { return ms < e.updatedMs; }))
                   : qsizetype(m_entries.size()));
    const auto at = [&](qsizetype i) -> const Entry & {
        return m_entries.at(std::size_t(i));
    };
    const auto positionOf = [](const Entry &e) {
        return Position {e.updatedMs, e.id};
    };
    const auto isBefore = [](const Entry &e, const Position &p) {
        return e.updatedMs < p.updatedMs || (e.updatedMs == p.updatedMs && e.id < p.id);
    };
    const auto isAfter = [](const Position &p, const Entry &e) {
        return e.updatedMs > p.updatedMs || (e.updatedMs == p.updatedMs && e.id > p.id);
    };
    const auto anyMatchDown = [&](qsizetype from, qsizetype to) { // from `to - 1` down to `from`
        for (qsizetype i = to - 1; i >= from; --i) {
            if (matches(at(i), query))
                return true;
        }
        return false;
    };
    const auto anyMatchUp = [&](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (matches(at(i), query))
                return true;
        }
        return false;
    };

    Page page;
    QList<const Entry *> taken;
    if (query.cursor && query.cursor->newer) {
        // The batch just after the position, still given latest first.
        const Position &p = query.cursor->position;
        const qsizetype start
            = std::clamp(indexOf(std::upper_bound(begin, end, p, isAfter)), lo, hi);
        qsizetype i = start;
        for (; i < hi && taken.size() < query.limit; ++i) {
            if (matches(at(i), query))
                taken.prepend(&at(i));
        }
        if (!taken.isEmpty()) {
            if (anyMatchUp(i, hi))
                page.newer = positionOf(*taken.constFirst());
            if (anyMatchDown(lo, start))
                page.older = positionOf(*taken.constLast());
        }
    } else {
        const qsizetype top = query.cursor
            ? std::clamp(indexOf(std::lower_bound(begin, end, query.cursor->position, isBefore)),
                         lo, hi)
            : hi;
        qsizetype i = top;
        while (i > lo && taken.size() < query.limit) {
            --i;
            if (matches(at(i), query))
                taken.append(&at(i));
        }
        if (!taken.isEmpty()) {
            if (anyMatchDown(lo, i))
                page.older = positionOf(*taken.constLast());
            if (query.cursor && anyMatchUp(top, hi))
                page.newer = positionOf(*taken.constFirst());
        }
    }
    page.items.reserve(taken.size());
    for (const Entry *entry : std::as_const(taken))
        page.items.append(entry->json);
    return page;
}

QString EventLog::encodeBlock(qint64 block) const
{
    const qint64 first = m_entries.front().seq;
    const qint64 from = std::max(block * blockSize, first);
    const qint64 to = std::min((block + 1) * blockSize, m_nextSeq);
    QByteArray lines;
    for (qint64 seq = from; seq < to; ++seq)
        lines += m_entries.at(std::size_t(seq - first)).json + '\n';
    return QString::fromLatin1(qCompress(lines).toBase64());
}

QJsonObject EventLog::toJson() const
{
    QJsonArray blocks;
    if (!m_entries.empty()) {
        for (qint64 b = m_entries.front().seq / blockSize; b <= (m_nextSeq - 1) / blockSize; ++b) {
            auto it = m_encodedBlocks.constFind(b);
            if (it != m_encodedBlocks.cend()) {
                blocks.append(*it);
                continue;
            }
            const QString text = encodeBlock(b);
            if ((b + 1) * blockSize <= m_nextSeq)
                m_encodedBlocks.insert(b, text); // full: it never changes again
            blocks.append(text);
        }
    }
    return {{QStringLiteral("blocks"), blocks}};
}

bool EventLog::fromJson(const QJsonObject &json, QString *error)
{
    m_entries.clear();
    m_seqById.clear();
    m_encodedBlocks.clear();
    m_nextSeq = 0;
    m_lastIdKey = 0;
    const QJsonArray blocks = json.value(QLatin1String("blocks")).toArray();
    for (qsizetype b = 0; b < blocks.size(); ++b) {
        const QByteArray lines
            = qUncompress(QByteArray::fromBase64(blocks.at(b).toString().toLatin1()));
        if (lines.isEmpty()) {
            *error = QStringLiteral("block %1 of its event log is damaged").arg(b);
            return false;
        }
        for (const QByteArray &line : lines.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line).object();
            const auto when
                = Timestamps::parse(event.value(QLatin1String("date_updated")).toString());
            if (!when || !event.value(QLatin1String("id")).isString()) {
                *error = QStringLiteral("block %1 of its event log holds a damaged event").arg(b);
                return false;
            }
            Entry entry;
            entry.updatedMs = when->toMSecsSinceEpoch();
            entry.id = event.value(QLatin1String("id")).toString();
            entry.action = event.value(QLatin1String("action")).toString();
            entry.objectType = event.value(QLatin1String("object_type")).toString();
            entry.objectId = event.value(QLatin1String("object_id")).toString();
            entry.leadId = event.value(QLatin1String("lead_id")).toString();
            entry.userId = event.value(QLatin1String("user_id")).toString();
            entry.requestId = event.value(QLatin1String("request_id")).toString();
            entry.json = line;
            append(std::move(entry));
        }
    }
    if (!m_entries.empty())
        m_lastIdKey = keyOf(m_entries.back().id);
    return true;
}
