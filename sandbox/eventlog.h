#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <deque>
#include <optional>

class EventQuery;

//! Close's event log (FACTS-events-people.md §1): one event per create, update, delete or send
//! of an object, kept 30 days. Events are only ever appended and their dates never go back, so
//! the log is always ordered by (date_updated, id): a date_updated bound or a cursor is a
//! bisection, and recording an event costs the same however long the log has grown.
class EventLog
{
public:
    static constexpr qint64 retentionMs = 30LL * 24 * 60 * 60 * 1000;
    //! A soak must not grow the log for ever: past this many events the oldest go first.
    static constexpr int defaultCapacity = 200000;

    //! Who caused a change: an API request (its user, request id, method and path), or, left
    //! empty, the sandbox itself (the dispatcher sending an SMS, a lead's reply arriving).
    struct Cause
    {
        QString userId;
        QString requestId;
        QByteArray method;
        QString path;
    };

    //! An event's place in the log: its date_updated and id, which order the log.
    struct Position
    {
        qint64 updatedMs = 0;
        QString id;
    };

    struct Page
    {
        QList<QByteArray> items; //!< the events as compact JSON, latest first
        std::optional<Position> older; //!< the oldest item, when older matching events exist
        std::optional<Position> newer; //!< the newest item, when newer matching events exist
    };

    //! Records the change from `before` (empty: a create) to `after` (empty: a delete). An
    //! update that changed nothing records nothing. Returns the event's id, or an empty one.
    QString record(const QString &action, const QString &objectType, const QJsonObject &before,
                   const QJsonObject &after, const Cause &cause, const QString &organizationId,
                   const QDateTime &now);
    //! Drops what is older than the retention at `now`, and the oldest beyond the capacity.
    void expire(const QDateTime &now);
    void setCapacity(int capacity);
    qsizetype size() const { return qsizetype(m_entries.size()); }

    //! The event as GET /event/{id}/ returns it; empty if there is none.
    QByteArray event(const QString &id) const;
    //! Whether a cursor's position can be one this log gave out: an event it holds, or one
    //! older than all it holds (expired since; the page after it is then empty).
    bool knows(const Position &position) const;
    Page page(const EventQuery &query) const;

    //! Compact: blocks of events, each block zlib-compressed JSON lines in base64. Full blocks
    //! are encoded once and kept, so saving after a change re-encodes only the newest block.
    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &json, QString *error);

private:
    static constexpr qint64 blockSize = 256;

    //! What a query filters on, taken out of the event once so a scan never parses JSON.
    struct Entry
    {
        qint64 updatedMs = 0;
        qint64 seq = 0; //!< insertion number, which places the event in a persisted block
        QString id;
        QString action;
        QString objectType;
        QString objectId;
        QString leadId;
        QString userId;
        QString requestId;
        QByteArray json;
    };

    void append(Entry entry);
    //! `ev_` + 22 base62 characters whose first 11 grow with every event, so ids order as the
    //! events happened even within one millisecond.
    QString nextId(qint64 ms);
    bool matches(const Entry &entry, const EventQuery &query) const;
    QString encodeBlock(qint64 block) const;

    std::deque<Entry> m_entries;
    QHash<QString, qint64> m_seqById;
    qint64 m_nextSeq = 0;
    quint64 m_lastIdKey = 0;
    int m_capacity = defaultCapacity;
    mutable QMap<qint64, QString> m_encodedBlocks;
};
