#include "activityfilterproxy.h"

#include "activitytablemodel.h"

ActivityFilterProxy::ActivityFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void ActivityFilterProxy::setStatuses(const QStringList &statuses)
{
    if (statuses == m_statuses)
        return;
    m_statuses = statuses;
    invalidateRowsFilter();
}

void ActivityFilterProxy::setDirection(const QString &direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    invalidateRowsFilter();
}

void ActivityFilterProxy::setLeadId(const QString &leadId)
{
    if (leadId == m_leadId)
        return;
    m_leadId = leadId;
    invalidateRowsFilter();
}

void ActivityFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void ActivityFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

QVariant ActivityFilterProxy::sourceField(int sourceRow, const QString &name) const
{
    const auto *model = qobject_cast<const ActivityTableModel *>(sourceModel());
    if (!model)
        return {};
    const int role = model->fieldRole(name);
    return role < 0 ? QVariant() : model->index(sourceRow, 0).data(role);
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_statuses.isEmpty()
        && !m_statuses.contains(sourceField(sourceRow, QStringLiteral("status")).toString()))
        return false;
    if (!m_direction.isEmpty()
        && sourceField(sourceRow, QStringLiteral("direction")).toString() != m_direction)
        return false;
    if (!m_leadId.isEmpty()
        && sourceField(sourceRow, QStringLiteral("lead_id")).toString() != m_leadId)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime at = sourceField(sourceRow, QStringLiteral("activity_at")).toDateTime();
        if (!at.isValid() || (m_from.isValid() && at < m_from) || (m_to.isValid() && at > m_to))
            return false;
    }
    if (!m_search.isEmpty()) {
        static const QStringList searched = {
            QStringLiteral("text"),
            QStringLiteral("remote_phone"),
            QStringLiteral("remote_phone_formatted"),
            QStringLiteral("local_phone"),
            QStringLiteral("user_name"),
            QStringLiteral("error_message"),
        };
        return std::any_of(searched.cbegin(), searched.cend(), [&](const QString &name) {
            return sourceField(sourceRow, name).toString().contains(m_search, Qt::CaseInsensitive);
        });
    }
    return true;
}
