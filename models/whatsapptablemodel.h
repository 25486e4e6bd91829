#pragma once

#include "activitytablemodel.h"
#include "conversationmodel.h"
#include "whatsappsync.h"

//! WhatsApp message records. Close never sends these, so there is no status and no send:
//! every field of the update request can be corrected, and a record can be deleted.
class WhatsAppTableModel : public ActivityTableModel
{
    Q_OBJECT

public:
    enum Column { DirectionColumn, ContactColumn, MessageColumn, WhenColumn, ListColumnCount };
    Q_ENUM(Column)

    explicit WhatsAppTableModel(CloseClient *client, QObject *parent = nullptr);

    int listColumnCount() const override { return ListColumnCount; }
    //! What ConversationModel shows of this table.
    static constexpr ConversationModel::Columns conversationColumns {MessageColumn, DirectionColumn,
                                                                     WhenColumn, ContactColumn};
    WhatsAppSync *whatsapp() const { return m_whatsapp; }

    // What WhatsAppSync says and does (see there).
    void deleteMessage(int row) { m_whatsapp->deleteMessage(row); }
    static QString conversationKey(const QString &remotePhone, const QString &contactId)
    {
        return ActivitySync::conversationKey(remotePhone, contactId);
    }
    QList<int> conversationRows(int row) const { return m_whatsapp->conversationRows(row); }
    QList<int> replyChoices(int row) const { return m_whatsapp->replyChoices(row); }

protected:
    QVariant listData(int row, int column, int role) const override;
    QString listTitle(int column) const override;

private:
    WhatsAppTableModel(WhatsAppSync *whatsapp, QObject *parent);

    WhatsAppSync *m_whatsapp;
};
