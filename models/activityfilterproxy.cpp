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
    refilter();
}

void ActivityFilterProxy::setDirection(const QString &direction)
{
    if (direction == m_direction)
        return;
    m_direction = direction;
    refilter();
}

void ActivityFilterProxy::setLeadId(const QString &leadId)
{
    if (leadId == m_leadId)
        return;
    m_leadId = leadId;
    refilter();
}

void ActivityFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    m_needle.setPattern(ActivityTableModel::searchNeedle(trimmed));
    m_number.setPattern(ActivityTableModel::numberNeedle(trimmed));
    refilter();
}

void ActivityFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void ActivityFilterProxy::refilter()
{
    // One pass over every row: invalidateRowsFilter() inserts and removes the rows whose
    // acceptance changed range by range, which over 100,000 rows (clearing a search, unticking
    // a chip) takes seconds. Views see a layout change; the current row stays when still shown.
    invalidate();
}

void ActivityFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    m_activities = qobject_cast<const ActivityTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QVariant ActivityFilterProxy::sourceField(int sourceRow, const QString &name) const
{
    if (!m_activities)
        return {};
    const int role = m_activities->fieldRole(name);
    return role < 0 ? QVariant() : m_activities->index(sourceRow, 0).data(role);
}

void ActivityFilterProxy::setPinnedIds(const QSet<QString> &ids)
{
    if (ids == m_pinned)
        return;
    // Only a row that loses its pin can leave; one newly pinned is already shown.
    const bool unpinned = !(ids.contains(m_pinned));
    m_pinned = ids;
    if (unpinned)
        refilter();
}

bool ActivityFilterProxy::isPinned(int sourceRow) const
{
    return !m_pinned.isEmpty() && m_activities && m_pinned.contains(m_activities->idAt(sourceRow));
}

QVariant ActivityFilterProxy::data(const QModelIndex &index, int role) const
{
    if ((role == KeptRole || role == Qt::ToolTipRole) && index.isValid()) {
        const int sourceRow = mapToSource(index).row();
        const bool kept = isPinned(sourceRow) && !matches(sourceRow);
        if (role == KeptRole)
            return kept;
        if (kept)
            return tr("Kept in the list while you work on it: it no longer matches the filter. "
                      "It leaves once you pick another row.");
    }
    return QSortFilterProxyModel::data(index, role);
}

bool ActivityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    return matches(sourceRow) || isPinned(sourceRow); // most rows never need their id
}

bool ActivityFilterProxy::matches(int sourceRow) const
{
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
        return m_activities
            && (m_activities->rowContains(sourceRow, m_needle)
                || m_activities->rowContainsNumber(sourceRow, m_number));
    }
    return true;
}
