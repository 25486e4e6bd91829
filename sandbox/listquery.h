#pragma once

#include "sandboxresponse.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

//! The query string of a Close list endpoint: `_skip`/`_limit`, `_fields`, and the filters the
//! endpoint documents. Unknown parameters are ignored, as Close does; malformed ones are a 400.
class ListQuery
{
public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 100;

    struct Filters
    {
        QStringList lists; //!< comma-separated, match any: "lead_id", "id__in" (on "id"), ...
        QStringList exact; //!< single value, exact match: "organization_id", "number", ...
        QStringList booleans; //!< "true"/"false": "is_group_number"
        QStringList dateRanges; //!< fields taking __gt/__gte/__lt/__lte: "date_created", ...
    };

    //! With a `maxSkip` (0: none), a deeper `_skip` is a 400 that says to window on
    //! date_created instead, as Close answers past the deepest page it serves.
    static std::optional<ListQuery> parse(const QUrlQuery &query, const Filters &filters,
                                          SandboxResponse *error, int maxSkip = 0);
    //! `_fields` alone, for the single-object endpoints.
    static QStringList fieldsOf(const QUrlQuery &query);
    static QJsonObject project(const QJsonObject &document, const QStringList &fields);

    bool accepts(const QJsonObject &document) const;
    //! The filters as one text: equal for queries that match the same documents; empty when
    //! there is none (every document matches).
    QString filterKey() const;

    int skip = 0;
    int limit = defaultLimit;
    QStringList fields;

private:
    struct Range
    {
        QString field;
        QString op;
        QDateTime value;
    };

    QHash<QString, QStringList> m_anyOf;
    QList<Range> m_ranges;
};
