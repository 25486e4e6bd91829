#pragma once

#include <QIdentityProxyModel>

//! A list model whose `role` also answers as Qt::UserRole, the role QComboBox's itemData(),
//! findData() and currentData() read: a picker over SenderNumberModel or SmsTemplateModel
//! holds the number or the template id as its items' data.
class ValueRoleModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    ValueRoleModel(QAbstractItemModel *source, int role, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int m_role;
};
