#include "sandboxresponse.h"

#include <QJsonArray>
#include <QJsonDocument>

SandboxResponse SandboxResponse::json(const QJsonObject &object, int status)
{
    SandboxResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

SandboxResponse SandboxResponse::error(int status, const QString &message)
{
    return json(QJsonObject {{QStringLiteral("error"), message}}, status);
}

SandboxResponse SandboxResponse::invalid(const QStringList &errors, const QJsonObject &fieldErrors)
{
    return json(QJsonObject {{QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                             {QStringLiteral("field-errors"), fieldErrors}},
                400);
}

SandboxResponse SandboxResponse::fieldError(const QString &field, const QString &message)
{
    return invalid({}, QJsonObject {{field, message}});
}
