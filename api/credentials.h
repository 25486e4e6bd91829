#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

//! How Draftbox signs in to Close: an API key or an OAuth access token, and the API's URL.
struct Credentials
{
    enum class Kind { ApiKey, OAuthToken };

    Kind kind = Kind::ApiKey;
    QString secret;
    QUrl baseUrl;

    bool isValid() const { return !secret.isEmpty() && baseUrl.isValid(); }
};

Q_DECLARE_METATYPE(Credentials)
