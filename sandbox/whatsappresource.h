#pragma once

#include "requestvalidator.h"
#include "sandboxresponse.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrlQuery>

struct SandboxState;

//! Close's rules for WhatsApp message activities (FACTS.md §8.6-8.10): records synced from
//! WhatsApp, no status and no sending; `message_html` and `text` derive from `message_markdown`.
class WhatsAppResource
{
public:
    explicit WhatsAppResource(SandboxState &state);

    SandboxResponse create(QJsonObject body, const QUrlQuery &query, const QDateTime &now);
    SandboxResponse update(const QString &id, QJsonObject body, const QDateTime &now);

private:
    QJsonObject checkRules(const QJsonObject &body, const QString &id) const;
    void apply(QJsonObject &document, const QJsonObject &body) const;

    SandboxState &m_state;
    RequestValidator m_createValidator;
    RequestValidator m_updateValidator;
};
