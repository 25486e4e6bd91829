#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

//! Why a request to Close did not succeed, in words a sales rep can act on. Every failure of
//! every request ends up as one of these.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Category {
        None, //!< success
        Network, //!< could not reach the server, or the connection dropped
        Timeout, //!< the server did not answer in time
        Validation, //!< 400: the request was refused; see errors and fieldErrors
        Unauthorized, //!< 401: the API key or token is missing, wrong or revoked
        PaymentRequired, //!< 402: a plan limit was reached
        Forbidden, //!< 403: not allowed for this user
        NotFound, //!< 404: the activity no longer exists
        RateLimited, //!< 429: too many requests; retryAfterSeconds says how long to wait
        Server, //!< 5xx
        MalformedBody, //!< the answer was not what Close sends
        Canceled, //!< canceled by Draftbox or the user
        Insecure, //!< refused: not HTTPS and not loopback
        Other, //!< any other HTTP status
    };

    Category category = Category::None;
    int httpStatus = 0;
    QString message; //!< what happened
    QStringList errors; //!< `errors` of a 400
    QMap<QString, QString> fieldErrors; //!< `field-errors` of a 400: field -> message
    double retryAfterSeconds = 0;
    QString hint; //!< what to do, when the one for the category would not fit

    bool isError() const { return category != Category::None; }
    //! What the rep can do about it.
    QString advice() const;
    static QString categoryName(Category category);
    //! An error of Draftbox's own (not an answer of Close's): `category`, `message`, and the
    //! HTTP status it came with, if any.
    static ApiError make(Category category, const QString &message, int httpStatus = 0)
    {
        ApiError error;
        error.category = category;
        error.message = message;
        error.httpStatus = httpStatus;
        return error;
    }

    //! Maps an HTTP answer (status, body, RateLimit and Retry-After headers) to an error;
    //! Category::None for 2xx.
    static ApiError fromHttp(int status, const QByteArray &body,
                             const QByteArray &rateLimitHeader = {},
                             const QByteArray &retryAfterHeader = {});
};
