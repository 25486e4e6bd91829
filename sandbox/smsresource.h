#pragma once

#include "requestvalidator.h"
#include "sandboxresponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

class FileStore;
struct SandboxState;

//! Close's rules for SMS activities (FACTS.md §8.2-8.5, §9): what create and update accept,
//! the draft -> scheduled/outbox -> sent state machine, cancelling, and the actual send.
class SmsResource
{
public:
    static constexpr int maxTextLength = 1000;
    static constexpr int maxSendInSeconds = 59;

    explicit SmsResource(SandboxState &state);
    //! The Files API whose uploads SMS may carry as attachments (not owned).
    void setFiles(const FileStore *files) { m_files = files; }

    SandboxResponse create(const QJsonObject &body, const QUrlQuery &query, const QDateTime &now);
    SandboxResponse update(const QString &id, const QJsonObject &body, const QDateTime &now);

    //! Sends the SMS if it is still due at `now`: status becomes `sent`, or `error` with an
    //! error_message when Close could not have sent it. Returns whether anything changed.
    bool dispatch(const QString &id, const QDateTime &now);

    static QStringList statuses();
    static int segmentCount(const QString &text);

private:
    QJsonObject checkTransition(const QJsonObject &document, const QJsonObject &body,
                                const QDateTime &now) const;
    void apply(QJsonObject &document, const QJsonObject &body) const;
    void scheduleSend(const QJsonObject &document, const QJsonObject &body, const QDateTime &now);
    QString renderTemplate(const QString &templateId, const QJsonObject &document) const;
    QString sendFailure(const QJsonObject &document) const;
    //! Why the request's attachments cannot go on the SMS: each new one must be a Files API
    //! upload that succeeded; those already on it are kept as they are.
    QString attachmentsProblem(const QJsonObject &document, const QJsonObject &body) const;
    QJsonArray attachments(const QJsonArray &requested, const QJsonArray &existing,
                           const QString &activityId) const;

    SandboxState &m_state;
    const FileStore *m_files = nullptr;
    RequestValidator m_createValidator;
    RequestValidator m_updateValidator;
};
