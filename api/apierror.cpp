#include "apierror.h"

#include "ratelimitinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Close's error bodies: {"error": "..."} or {"error": {"message": ...}} or
// {"errors": [...], "field-errors": {...}}. Anything else is kept short and shown as is.
void readBody(const QByteArray &body, ApiError &error)
{
    const QJsonDocument json = QJsonDocument::fromJson(body);
    if (!json.isObject()) {
        const QString text = QString::fromUtf8(body.left(200)).simplified();
        if (!text.isEmpty() && !text.startsWith(QLatin1Char('<')))
            error.message = text;
        return;
    }
    const QJsonObject object = json.object();
    const QJsonValue generic = object.value(QLatin1String("error"));
    if (generic.isString())
        error.message = generic.toString();
    else if (generic.isObject())
        error.message = generic.toObject().value(QLatin1String("message")).toString();
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    for (const QJsonValue &e : errors) {
        if (e.isString())
            error.errors << e.toString();
    }
    const QJsonObject fields = object.value(QLatin1String("field-errors")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.toString();
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &p : v.toArray())
                parts << p.toString();
            text = parts.join(QLatin1Char(' '));
        }
        error.fieldErrors.insert(it.key(), text);
    }
}

} // namespace

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &rateLimitHeader,
                            const QByteArray &retryAfterHeader)
{
    ApiError error;
    error.httpStatus = status;
    if (status >= 200 && status < 300)
        return error;
    readBody(body, error);
    switch (status) {
    case 400:
        error.category = Category::Validation;
        break;
    case 401:
        error.category = Category::Unauthorized;
        break;
    case 402:
        error.category = Category::PaymentRequired;
        break;
    case 403:
        error.category = Category::Forbidden;
        break;
    case 404:
        error.category = Category::NotFound;
        break;
    case 429: {
        error.category = Category::RateLimited;
        const auto info = RateLimitInfo::parse(rateLimitHeader);
        const auto retryAfter = RateLimitInfo::parseRetryAfter(retryAfterHeader);
        if (info && info->resetSeconds >= 0)
            error.retryAfterSeconds = info->resetSeconds;
        else if (retryAfter)
            error.retryAfterSeconds = *retryAfter;
        else
            error.retryAfterSeconds = 2; // what Close's own client falls back to
        break;
    }
    default:
        error.category = status >= 500 && status < 600 ? Category::Server : Category::Other;
    }
    if (error.message.isEmpty()) {
        if (error.category == Category::Validation && !error.errors.isEmpty())
            error.message = error.errors.join(QLatin1Char(' '));
        else if (error.category == Category::Validation && !error.fieldErrors.isEmpty())
            error.message = ApiError::tr("Close refused some fields: %1.")
                                .arg(error.fieldErrors.keys().join(QStringLiteral(", ")));
        else
            error.message = ApiError::tr("Close answered with HTTP status %1.").arg(status);
    }
    return error;
}

QString ApiError::categoryName(Category category)
{
    switch (category) {
    case Category::None:
        return ApiError::tr("OK");
    case Category::Network:
        return ApiError::tr("Network");
    case Category::Timeout:
        return ApiError::tr("Timeout");
    case Category::Validation:
        return ApiError::tr("Refused");
    case Category::Unauthorized:
        return ApiError::tr("Not signed in");
    case Category::PaymentRequired:
        return ApiError::tr("Plan limit");
    case Category::Forbidden:
        return ApiError::tr("Not allowed");
    case Category::NotFound:
        return ApiError::tr("Not found");
    case Category::RateLimited:
        return ApiError::tr("Rate limited");
    case Category::Server:
        return ApiError::tr("Server error");
    case Category::MalformedBody:
        return ApiError::tr("Bad answer");
    case Category::Canceled:
        return ApiError::tr("Canceled");
    case Category::Insecure:
        return ApiError::tr("Insecure");
    case Category::Other:
        return ApiError::tr("HTTP error");
    }
    return {};
}

QString ApiError::advice() const
{
    if (!hint.isEmpty())
        return hint;
    switch (category) {
    case Category::None:
        return {};
    case Category::Network:
        return ApiError::tr(
            "Check your connection. Your changes are kept and will be saved when Close "
            "can be reached.");
    case Category::Timeout:
        return ApiError::tr(
            "Close did not answer in time. Your changes are kept; try again in a moment.");
    case Category::Validation:
        return fieldErrors.isEmpty() ? ApiError::tr("Correct the message and save again.")
                                     : ApiError::tr("Correct the marked fields and save again.");
    case Category::Unauthorized:
        return ApiError::tr(
            "Check your API key in the connection settings (Close: Settings → Developer "
            "→ API Keys).");
    case Category::PaymentRequired:
        return ApiError::tr(
            "Your Close plan's limit was reached. Ask your Close admin to upgrade.");
    case Category::Forbidden:
        return ApiError::tr("Your Close user may not do this. Ask your Close admin for access.");
    case Category::NotFound:
        return ApiError::tr("It was deleted in Close. Refresh the list.");
    case Category::RateLimited:
        return ApiError::tr("Too many requests: Draftbox retries in %1 s by itself.")
            .arg(QString::number(retryAfterSeconds, 'f', retryAfterSeconds < 10 ? 1 : 0));
    case Category::Server:
        return ApiError::tr(
            "Close had a problem. Your changes are kept; try again in a few minutes.");
    case Category::MalformedBody:
        return ApiError::tr(
            "Close sent an answer Draftbox does not understand. Try again; if it keeps "
            "happening, report it.");
    case Category::Canceled:
        return ApiError::tr("Nothing was changed.");
    case Category::Insecure:
        return ApiError::tr(
            "Use an https:// address. Plain http:// is only allowed to this computer.");
    case Category::Other:
        return ApiError::tr("Try again; if it keeps happening, report it.");
    }
    return {};
}
