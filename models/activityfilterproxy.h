#pragma once

#include <QByteArrayMatcher>
#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

class ActivityTableModel;

//! Filters an ActivityTableModel by status, direction, lead, text and date range, the way the
//! rep narrows the list. Each setter re-filters once.
class ActivityFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Role {
        //! bool: the row is shown only because it is pinned (it no longer matches the filter)
        KeptRole = Qt::UserRole + 128,
    };

    explicit ActivityFilterProxy(QObject *parent = nullptr);

    //! Activities shown whatever the filters say: what the rep has open or selected, so that an
    //! edit, a send or a filter change never makes it slip away under them.
    void setPinnedIds(const QSet<QString> &ids);
    QSet<QString> pinnedIds() const { return m_pinned; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    //! Shown statuses (SMS only); empty shows all.
    void setStatuses(const QStringList &statuses);
    void setDirection(const QString &direction);
    void setLeadId(const QString &leadId);
    //! Case-insensitive match in the message, numbers and names; a number matches however it
    //! is written (spaces, dashes, dots, parentheses, with or without the country code).
    void setSearchText(const QString &text);
    //! Keeps activities whose activity date lies in [from, to]; an invalid end is open.
    void setDateRange(const QDateTime &from, const QDateTime &to);

    QStringList statuses() const { return m_statuses; }
    QString searchText() const { return m_search; }

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();
    bool isPinned(int sourceRow) const;
    //! Whether the filters accept the row, pins aside.
    bool matches(int sourceRow) const;
    QVariant sourceField(int sourceRow, const QString &name) const;

    const ActivityTableModel *m_activities = nullptr; //!< the source, if it is one
    QStringList m_statuses;
    QString m_direction;
    QString m_leadId;
    QString m_search;
    QByteArrayMatcher m_needle; //!< m_search case-folded, as ActivityTableModel::rowContains wants
    QByteArrayMatcher m_number; //!< m_search as a number's digits, empty if it is not one
    QDateTime m_from;
    QDateTime m_to;
    QSet<QString> m_pinned;
};
