#pragma once

#include "activitytablemodel.h"

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
    void deleteMessage(int row);

protected:
    CloseCall *listCall(int skip, int limit) override;
    CloseCall *saveCall(const QString &id, const QJsonObject &changes) override;
    QVariant listData(const QJsonObject &message, int column, int role) const override;
    QString listTitle(int column) const override;
};
