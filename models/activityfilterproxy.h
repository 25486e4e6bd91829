#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

//! Filters an ActivityTableModel by status, direction, lead, text and date range, the way the
//! rep narrows the list. Each setter re-filters once.
class ActivityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ActivityFilterProxy(QObject *parent = nullptr);

    //! Shown statuses (SMS only); empty shows all.
    void setStatuses(const QStringList &statuses);
    void setDirection(const QString &direction);
    void setLeadId(const QString &leadId);
    //! Case-insensitive match in the message, numbers and names.
    void setSearchText(const QString &text);
    //! Keeps activities whose activity date lies in [from, to]; an invalid end is open.
    void setDateRange(const QDateTime &from, const QDateTime &to);

    QStringList statuses() const { return m_statuses; }
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QVariant sourceField(int sourceRow, const QString &name) const;

    QStringList m_statuses;
    QString m_direction;
    QString m_leadId;
    QString m_search;
    QDateTime m_from;
    QDateTime m_to;
};
