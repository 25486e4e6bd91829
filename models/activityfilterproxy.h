#pragma once

#include <QAbstractProxyModel>
#include <QByteArray>
#include <QDateTime>
#include <QSet>
#include <QStringList>
#include <QThreadPool>

#include <functional>
#include <vector>

class ActivityTableModel;

//! Sorts an ActivityTableModel and filters it by status, direction, lead, text and date range,
//! the way the rep narrows the list.
//!
//! Built for 100,000 rows and a keystroke a frame, where QSortFilterProxyModel re-sorts
//! everything on each filter change: the sort key of each row is kept, every row is kept in
//! sorted order as rows arrive (a page is merged in, not sorted again), and a filter change is
//! one pass over that order that never sorts. A search that only grows looks only at the rows
//! shown. Views see rows inserted and removed where they are, and a layout change for a
//! filter change.
class ActivityFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum Role {
        //! bool: the row is shown only because it is pinned (it no longer matches the filter)
        KeptRole = Qt::UserRole + 128,
    };

    explicit ActivityFilterProxy(QObject *parent = nullptr);
    ~ActivityFilterProxy() override;

    //! Activities shown whatever the filters say: what the rep has open or selected, so that an
    //! edit, a send or a filter change never makes it slip away under them.
    void setPinnedIds(const QSet<QString> &ids);
    QSet<QString> pinnedIds() const { return m_pinned; }

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

    //! The role whose value orders the rows (Qt::UserRole: the models' sort key).
    void setSortRole(int role);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    //! A row's sort key: a number (a rank, a time), a text, or none (after every other).
    struct Key
    {
        enum class Kind : quint8 { None, Number, Text };
        Kind kind = Kind::None;
        qint64 number = 0;
        QString text;
    };
    enum class Change { Any, Narrower };

    Key keyOf(int sourceRow) const;
    //! Whether row `a` comes before row `b` in the sorted order (ties: source order).
    bool before(int a, int b) const;
    //! Whether the filters accept the row, pins aside.
    bool matches(int sourceRow) const;
    bool isPinnedOnly(int sourceRow) const;
    //! Recomputes which rows the filters take and shows them, as one layout change.
    void refilter(Change change = Change::Any);
    //! The shown rows from the order, the matches and the pins.
    void rebuildShown();
    //! Shows the rows again as one layout change around `change`; `renumber` gives a row's
    //! source row after it (-1: gone), for the proxy's persistent indexes.
    void relayout(const std::function<int(int)> &renumber, const std::function<void()> &change);
    void pinRows();
    //! m_matches again for every row (`all`), or for those that matched.
    void rematch(bool all);
    void resetFromSource();

    void sourceRowsInserted(int first, int last);
    void sourceRowsAboutToBeRemoved(int first, int last);
    void sourceRowsRemoved(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    const ActivityTableModel *m_activities = nullptr; //!< the source, if it is one
    QStringList m_statuses;
    QString m_direction;
    QString m_leadId;
    QString m_search;
    QByteArray m_needle; //!< m_search case-folded, as ActivityTableModel::rowContains wants
    QByteArray m_number; //!< m_search as a number's digits, empty if it is not one
    QDateTime m_from;
    QDateTime m_to;
    QSet<QString> m_pinned;
    QSet<int> m_pinnedRows; //!< the source rows of m_pinned

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_sortRole = Qt::DisplayRole;

    QThreadPool m_pool; //!< helps a filter pass over many rows (matches() only reads)
    std::vector<Key> m_keys; //!< by source row, for m_sortColumn
    std::vector<char> m_matches; //!< by source row: matches()
    std::vector<int> m_order; //!< every source row, sorted
    std::vector<int> m_shown; //!< proxy row -> source row
    std::vector<int> m_proxyOf; //!< source row -> proxy row, -1 when not shown
    //! Proxy rows that leave with the source rows being removed (one run), or none.
    int m_removingFirst = -1;
    int m_removingLast = -1;
    bool m_removingByLayout = false;
};
