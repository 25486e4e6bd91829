#pragma once

#include "activitysync.h"

//! WhatsApp message records kept in step with Close. Close never sends these, so there is no
//! status and no send: every field of the update request can be corrected, and a record can be
//! deleted.
class WhatsAppSync : public ActivitySync
{
    Q_OBJECT

public:
    WhatsAppSync(CloseClient *client, QList<ActivityField> fields, QObject *parent = nullptr);

    QString journalKind() const override { return QStringLiteral("whatsapp"); }
    QString objectType() const override { return QStringLiteral("activity.whatsapp_message"); }
    bool isInbound(int row) const override
    {
        return text(row, QStringLiteral("direction")) == QLatin1String("incoming");
    }
    void deleteMessage(int row);

    //! The rows of the conversation the row belongs to (as edited), oldest first.
    QList<int> conversationRows(int row) const;
    //! What the row's message can answer: the earlier messages of its conversation, oldest
    //! first, less any that answers it (directly or through other replies).
    QList<int> replyChoices(int row) const;

protected:
    CloseCall *listCall(const ActivityQuery &query, int skip, int limit) override;
    CloseCall *saveCall(const QString &id, const PendingEdit::Changes &changes) override;
    bool readsEdits(const QJsonObject &changes) const override;
    CloseCall *getCall(const QString &id) override;
    //! A reply to itself, or to a message that answers it (a loop), is refused.
    QString whyRefused(int row, const QString &name, const QJsonValue &value) const override;

private:
    //! Whether following `replyTo` and what each message answers comes back to `id`.
    bool answersLeadTo(const QString &replyTo, const QString &id) const;
};
