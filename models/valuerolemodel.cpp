#include "valuerolemodel.h"

ValueRoleModel::ValueRoleModel(QAbstractItemModel *source, int role, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_role(role)
{
    setSourceModel(source);
}

QVariant ValueRoleModel::data(const QModelIndex &index, int role) const
{
    return QIdentityProxyModel::data(index, role == Qt::UserRole ? m_role : role);
}
