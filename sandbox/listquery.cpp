#include "listquery.h"

#include "timestamps.h"

namespace {

std::optional<int> toInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

QString fieldForListParameter(const QString &parameter)
{
    return parameter == QLatin1String("id__in") ? QStringLiteral("id") : parameter;
}

} // namespace

QStringList ListQuery::fieldsOf(const QUrlQuery &query)
{
    const QString fields = query.queryItemValue(QStringLiteral("_fields"), QUrl::FullyDecoded);
    return fields.isEmpty() ? QStringList() : fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QJsonObject ListQuery::project(const QJsonObject &document, const QStringList &fields)
{
    if (fields.isEmpty())
        return document;
    QJsonObject out;
    for (const QString &field : fields) {
        const QString name = field.trimmed();
        if (document.contains(name))
            out.insert(name, document.value(name));
    }
    return out;
}

std::optional<ListQuery> ListQuery::parse(const QUrlQuery &query, const Filters &filters,
                                          SandboxResponse *error, int maxSkip)
{
    ListQuery q;
    QJsonObject fieldErrors;
    const auto value = [&](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };

    if (query.hasQueryItem(QStringLiteral("_limit"))) {
        const auto limit = toInt(value(QStringLiteral("_limit")));
        if (!limit || *limit < 1)
            fieldErrors.insert(QStringLiteral("_limit"),
                               QStringLiteral("Must be a positive integer."));
        else if (*limit > maxLimit)
            fieldErrors.insert(
                QStringLiteral("_limit"),
                QStringLiteral("The maximum _limit for this endpoint is %1.").arg(maxLimit));
        else
            q.limit = *limit;
    }
    if (query.hasQueryItem(QStringLiteral("_skip"))) {
        const auto skip = toInt(value(QStringLiteral("_skip")));
        if (!skip || *skip < 0)
            fieldErrors.insert(QStringLiteral("_skip"),
                               QStringLiteral("Must be a non-negative integer."));
        else if (maxSkip > 0 && *skip > maxSkip)
            fieldErrors.insert(
                QStringLiteral("_skip"),
                QStringLiteral("The maximum _skip for this endpoint is %1. To page deeper, narrow "
                               "the results with date_created ranges (date_created__gte, "
                               "date_created__lt) and page within each range.")
                    .arg(maxSkip));
        else
            q.skip = *skip;
    }
    q.fields = fieldsOf(query);

    for (const QString &parameter : filters.lists) {
        if (query.hasQueryItem(parameter))
            q.m_anyOf.insert(fieldForListParameter(parameter),
                             value(parameter).split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    for (const QString &parameter : filters.exact) {
        if (query.hasQueryItem(parameter))
            q.m_anyOf.insert(parameter, {value(parameter)});
    }
    for (const QString &parameter : filters.booleans) {
        if (!query.hasQueryItem(parameter))
            continue;
        const QString text = value(parameter).toLower();
        if (text != QLatin1String("true") && text != QLatin1String("false"))
            fieldErrors.insert(parameter, QStringLiteral("Must be true or false."));
        else
            q.m_anyOf.insert(parameter, {text});
    }
    for (const QString &field : filters.dateRanges) {
        for (const auto &op : {QStringLiteral("gt"), QStringLiteral("gte"), QStringLiteral("lt"),
                               QStringLiteral("lte")}) {
            const QString parameter = field + QStringLiteral("__") + op;
            if (!query.hasQueryItem(parameter))
                continue;
            const auto when = Timestamps::parse(value(parameter), true);
            if (!when)
                fieldErrors.insert(parameter, QStringLiteral("Not a valid date or datetime."));
            else
                q.m_ranges.append({field, op, *when});
        }
    }

    if (!fieldErrors.isEmpty()) {
        *error = SandboxResponse::invalid({}, fieldErrors);
        return std::nullopt;
    }
    return q;
}

bool ListQuery::accepts(const QJsonObject &document) const
{
    for (auto it = m_anyOf.cbegin(); it != m_anyOf.cend(); ++it) {
        const QJsonValue v = document.value(it.key());
        const QString text
            = v.isBool() ? QString::fromLatin1(v.toBool() ? "true" : "false") : v.toString();
        if (!it.value().contains(text))
            return false;
    }
    for (const Range &range : m_ranges) {
        const auto when = Timestamps::parse(document.value(range.field).toString());
        if (!when)
            return false;
        const bool ok = (range.op == QLatin1String("gt") && *when > range.value)
            || (range.op == QLatin1String("gte") && *when >= range.value)
            || (range.op == QLatin1String("lt") && *when < range.value)
            || (range.op == QLatin1String("lte") && *when <= range.value);
        if (!ok)
            return false;
    }
    return true;
}

QString ListQuery::filterKey() const
{
    QStringList parts;
    for (auto it = m_anyOf.cbegin(); it != m_anyOf.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().join(QLatin1Char(','));
    for (const Range &range : m_ranges)
        parts << range.field + QLatin1String("__") + range.op + QLatin1Char('=')
                + QString::number(range.value.toMSecsSinceEpoch());
    parts.sort();
    return parts.join(QLatin1Char('&'));
}
