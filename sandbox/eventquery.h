#pragma once

#include "eventlog.h"
#include "sandboxresponse.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

//! The query string of GET /event/ (FACTS-events-people.md §1): the filters and only the
//! combinations Close lists (date_updated ranges go with any), `_limit` up to 50, no `_skip`,
//! and `_cursor`. A cursor is opaque to clients: the base64url of a position in the log, the
//! direction, a hash of the filters it was issued for and a checksum, so a garbled one and one
//! sent with other filters are told apart from a good one.
class EventQuery
{
public:
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 50;

    struct Cursor
    {
        EventLog::Position position;
        bool newer = false; //!< cursor_previous: the events after the position
    };

    static std::optional<EventQuery> parse(const QUrlQuery &query, SandboxResponse *error);

    //! The cursor a client sends to get the events before (or, with `newer`, after) `position`
    //! under this query's filters.
    QString cursorFor(const EventLog::Position &position, bool newer) const;

    //! Each filter's value; empty when it was not given.
    QString objectType;
    QString objectId;
    QString action;
    QString leadId;
    QString userId;
    QString requestId;
    //! date_updated bounds in milliseconds, both inclusive (the log's dates are whole ms).
    std::optional<qint64> fromMs;
    std::optional<qint64> toMs;
    int limit = defaultLimit;
    std::optional<Cursor> cursor;

private:
    QString m_filterHash;
};
