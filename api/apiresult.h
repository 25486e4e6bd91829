#pragma once

#include "apierror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>

//! How one CloseCall ended: success with the body, or an ApiError.
struct ApiResult
{
    ApiError error;
    QJsonDocument json; //!< the answer's body; for an unconfirmed send, the re-read server copy
    //! A request that could send a message lost its answer. Draftbox does not repeat it: it
    //! re-read the activity, and `json` holds what the server has now (empty if even that failed).
    bool unconfirmed = false;
    int attempts = 0;

    bool ok() const { return !error.isError(); }
    QJsonObject object() const { return json.object(); }
};

Q_DECLARE_METATYPE(ApiResult)
Q_DECLARE_METATYPE(ApiError)
