#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

//! What the sandbox answers to one request, before the HTTP layer writes it.
struct SandboxResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(const QJsonObject &object, int status = 200);
    //! `{"error": message}`, Close's shape for 401/403/404/405/415/5xx.
    static SandboxResponse error(int status, const QString &message);
    //! 400 `{"errors": [...], "field-errors": {...}}`, Close's validation shape.
    static SandboxResponse invalid(const QStringList &errors, const QJsonObject &fieldErrors = {});
    static SandboxResponse fieldError(const QString &field, const QString &message);
};
