#include "eventquery.h"

#include "timestamps.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QSet>

namespace {

const QString cursorKey = QStringLiteral("_cursor");
constexpr auto base64Options = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

//! The filters in the order Close's documentation names them, which error messages follow.
const QStringList &filterNames()
{
    static const QStringList names = {QStringLiteral("object_type"), QStringLiteral("object_id"),
                                      QStringLiteral("action"),      QStringLiteral("lead_id"),
                                      QStringLiteral("user_id"),     QStringLiteral("request_id")};
    return names;
}

//! Close's list of allowed combinations, verbatim, plus none at all: the organization's whole
//! log, which the list restricts no further (an inference, see README).
const QList<QStringList> &allowedCombinations()
{
    static const QList<QStringList> combinations = {
        {},
        {QStringLiteral("object_type"), QStringLiteral("object_id")},
        {QStringLiteral("object_type"), QStringLiteral("action")},
        {QStringLiteral("object_id"), QStringLiteral("action")},
        {QStringLiteral("lead_id"), QStringLiteral("object_type")},
        {QStringLiteral("lead_id"), QStringLiteral("object_type"), QStringLiteral("action")},
        {QStringLiteral("lead_id"), QStringLiteral("user_id"), QStringLiteral("object_type")},
        {QStringLiteral("lead_id"), QStringLiteral("user_id"), QStringLiteral("object_type"),
         QStringLiteral("action")},
        {QStringLiteral("lead_id"), QStringLiteral("user_id")},
        {QStringLiteral("user_id"), QStringLiteral("object_id")},
        {QStringLiteral("user_id"), QStringLiteral("object_id"), QStringLiteral("action")},
        {QStringLiteral("user_id"), QStringLiteral("object_type")},
        {QStringLiteral("user_id"), QStringLiteral("object_type"), QStringLiteral("action")},
        {QStringLiteral("lead_id")},
        {QStringLiteral("user_id")},
        {QStringLiteral("request_id")},
    };
    return combinations;
}

bool isAllowed(const QStringList &given)
{
    const QSet<QString> set(given.cbegin(), given.cend());
    for (const QStringList &combination : allowedCombinations()) {
        if (QSet<QString>(combination.cbegin(), combination.cend()) == set)
            return true;
    }
    return false;
}

QString combinationsText()
{
    QStringList out;
    for (const QStringList &combination : allowedCombinations()) {
        if (!combination.isEmpty())
            out << combination.join(QLatin1Char('+'));
    }
    return out.join(QStringLiteral(", "));
}

QByteArray digest(const QByteArray &data, int hexChars)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(hexChars);
}

} // namespace

std::optional<EventQuery> EventQuery::parse(const QUrlQuery &query, SandboxResponse *error)
{
    EventQuery q;
    QJsonObject fieldErrors;
    const auto value = [&](const QString &key) {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    };

    if (query.hasQueryItem(QStringLiteral("_skip")))
        fieldErrors.insert(QStringLiteral("_skip"),
                           QStringLiteral("The event log does not support _skip: page with "
                                          "_cursor, passing the cursor_next of the previous "
                                          "answer."));
    if (query.hasQueryItem(QStringLiteral("_limit"))) {
        bool ok = false;
        const int limit = value(QStringLiteral("_limit")).toInt(&ok);
        if (!ok || limit < 1)
            fieldErrors.insert(QStringLiteral("_limit"),
                               QStringLiteral("Must be a positive integer."));
        else if (limit > maxLimit)
            fieldErrors.insert(
                QStringLiteral("_limit"),
                QStringLiteral("The maximum _limit for this endpoint is %1.").arg(maxLimit));
        else
            q.limit = limit;
    }

    QStringList given;
    QString canonical;
    QString *const targets[]
        = {&q.objectType, &q.objectId, &q.action, &q.leadId, &q.userId, &q.requestId};
    for (qsizetype i = 0; i < filterNames().size(); ++i) {
        const QString &name = filterNames().at(i);
        if (!query.hasQueryItem(name))
            continue;
        const QString text = value(name);
        if (text.isEmpty()) {
            fieldErrors.insert(name, QStringLiteral("Must not be empty."));
            continue;
        }
        given << name;
        *targets[i] = text;
        canonical += name + QLatin1Char('=') + text + QLatin1Char('&');
    }

    for (const auto &op : {QString(), QStringLiteral("__gt"), QStringLiteral("__gte"),
                           QStringLiteral("__lt"), QStringLiteral("__lte")}) {
        const QString parameter = QStringLiteral("date_updated") + op;
        if (!query.hasQueryItem(parameter))
            continue;
        const auto when = Timestamps::parse(value(parameter), true);
        if (!when) {
            fieldErrors.insert(parameter, QStringLiteral("Not a valid date or datetime."));
            continue;
        }
        const qint64 ms = when->toMSecsSinceEpoch();
        // The log's dates are whole milliseconds, so an exclusive bound is the next one.
        const qint64 from = op == QLatin1String("__gt") ? ms + 1 : ms;
        const qint64 to = op == QLatin1String("__lt") ? ms - 1 : ms;
        if (op.isEmpty() || op.startsWith(QLatin1String("__g")))
            q.fromMs = std::max(q.fromMs.value_or(from), from);
        if (op.isEmpty() || op.startsWith(QLatin1String("__l")))
            q.toMs = std::min(q.toMs.value_or(to), to);
    }
    q.m_filterHash = QString::fromLatin1(digest(canonical.toUtf8(), 12));

    if (!fieldErrors.isEmpty()) {
        *error = SandboxResponse::invalid({}, fieldErrors);
        return std::nullopt;
    }
    if (!isAllowed(given)) {
        *error = SandboxResponse::invalid(
            {QStringLiteral("Filtering events by %1%2 is not supported. Supported combinations "
                            "(date_updated ranges may be added to any): %3.")
                 .arg(given.join(QStringLiteral(" + ")),
                      given.size() == 1 ? QStringLiteral(" alone") : QString(),
                      combinationsText())});
        return std::nullopt;
    }

    const QString cursorText = value(cursorKey);
    if (cursorText.isEmpty())
        return q; // absent or '': the first page, as Close's own scripts start
    const auto decoded = QByteArray::fromBase64Encoding(
        cursorText.toLatin1(), base64Options | QByteArray::AbortOnBase64DecodingErrors);
    const QList<QByteArray> parts = decoded ? decoded.decoded.split('.') : QList<QByteArray>();
    const QByteArray payload = decoded.decoded.left(decoded.decoded.lastIndexOf('.'));
    bool msOk = false;
    const qint64 ms = parts.value(2).toLongLong(&msOk);
    if (parts.size() != 6 || parts.at(0) != "1" || (parts.at(1) != "n" && parts.at(1) != "p")
        || !msOk || !parts.at(3).startsWith("ev_") || parts.at(5) != digest(payload, 10)) {
        *error = SandboxResponse::fieldError(cursorKey,
                                             QStringLiteral("Not a valid cursor: send the "
                                                            "cursor_next or cursor_previous of a "
                                                            "previous answer unchanged."));
        return std::nullopt;
    }
    if (QString::fromLatin1(parts.at(4)) != q.m_filterHash) {
        *error = SandboxResponse::fieldError(
            cursorKey,
            QStringLiteral("This cursor was given for other filters. Send the same filters "
                           "(object_type, object_id, action, lead_id, user_id, request_id; "
                           "date_updated may differ) as the request that returned it."));
        return std::nullopt;
    }
    q.cursor = Cursor {{ms, QString::fromLatin1(parts.at(3))}, parts.at(1) == "p"};
    return q;
}

QString EventQuery::cursorFor(const EventLog::Position &position, bool newer) const
{
    const QByteArray payload = QByteArrayLiteral("1.") + (newer ? "p." : "n.")
        + QByteArray::number(position.updatedMs) + '.' + position.id.toLatin1() + '.'
        + m_filterHash.toLatin1();
    const QByteArray signedPayload = payload + '.' + digest(payload, 10);
    return QString::fromLatin1(signedPayload.toBase64(base64Options));
}
