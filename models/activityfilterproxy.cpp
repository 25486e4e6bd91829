#include "activityfilterproxy.h"

#include "activitysync.h"
#include "activitytablemodel.h"

#include <QSemaphore>
#include <QThread>

#include <algorithm>
#include <numeric>

namespace {

//! Past this many rows a data change is told as one range, not row by row.
constexpr int rowByRowLimit = 64;
//! Rows a filter pass shares with another core: below, starting a thread costs more.
constexpr size_t rowsWorthSharing = 20000;

int identity(int row)
{
    return row;
}

} // namespace

ActivityFilterProxy::ActivityFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{
    m_pool.setObjectName(QStringLiteral("filterPool"));
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 3));
}

ActivityFilterProxy::~ActivityFilterProxy() = default;

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
    const QByteArray needle = ActivityTableModel::searchNeedle(trimmed);
    const QByteArray number = ActivityTableModel::numberNeedle(trimmed);
    // Typing on narrows: what the longer text matches, the shorter one matched too.
    const bool narrower = !m_search.isEmpty() && needle.contains(m_needle)
        && (m_number.isEmpty() ? number.isEmpty() : number.contains(m_number));
    m_search = trimmed;
    m_needle = needle;
    m_number = number;
    refilter(narrower ? Change::Narrower : Change::Any);
}

void ActivityFilterProxy::setDateRange(const QDateTime &from, const QDateTime &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void ActivityFilterProxy::setSortRole(int role)
{
    if (role == m_sortRole)
        return;
    m_sortRole = role;
    if (m_sortColumn >= 0)
        sort(m_sortColumn, m_sortOrder);
}

void ActivityFilterProxy::setPinnedIds(const QSet<QString> &ids)
{
    if (ids == m_pinned)
        return;
    // Only a row that loses its pin can leave; one newly pinned is already shown.
    const bool unpinned = !(ids.contains(m_pinned));
    m_pinned = ids;
    if (unpinned)
        relayout(identity, [this] { pinRows(); });
    else
        pinRows();
}

void ActivityFilterProxy::pinRows()
{
    m_pinnedRows.clear();
    if (!m_activities)
        return;
    for (const QString &id : std::as_const(m_pinned)) {
        if (const int row = m_activities->rowOf(id); row >= 0)
            m_pinnedRows.insert(row);
    }
}

bool ActivityFilterProxy::isPinnedOnly(int sourceRow) const
{
    return m_pinnedRows.contains(sourceRow) && !m_matches[size_t(sourceRow)];
}

void ActivityFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = sourceModel())
        disconnect(old, nullptr, this, nullptr);
    beginResetModel();
    m_activities = qobject_cast<const ActivityTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        sourceRowsInserted(first, last);
                });
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        sourceRowsAboutToBeRemoved(first, last);
                });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        sourceRowsRemoved(first, last);
                });
        connect(model, &QAbstractItemModel::dataChanged, this,
                &ActivityFilterProxy::sourceDataChanged);
        // Anything else (a reset, a new layout, new columns, moved rows) is shown anew.
        const auto begin = [this] {
            beginResetModel();
        };
        const auto end = [this] {
            resetFromSource();
        };
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, begin);
        connect(model, &QAbstractItemModel::modelReset, this, end);
        connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, begin);
        connect(model, &QAbstractItemModel::layoutChanged, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, begin);
        connect(model, &QAbstractItemModel::columnsInserted, this, end);
        connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, begin);
        connect(model, &QAbstractItemModel::columnsRemoved, this, end);
        connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, begin);
        connect(model, &QAbstractItemModel::rowsMoved, this, end);
        connect(model, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged);
    }
    resetFromSource();
}

void ActivityFilterProxy::resetFromSource()
{
    // Called between beginResetModel() and here: the rows are read again from the source.
    const int count = sourceModel() ? sourceModel()->rowCount() : 0;
    m_keys.resize(size_t(count));
    m_matches.resize(size_t(count));
    m_order.resize(size_t(count));
    for (int row = 0; row < count; ++row) {
        m_keys[size_t(row)] = keyOf(row);
        m_matches[size_t(row)] = matches(row);
        m_order[size_t(row)] = row;
    }
    std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    pinRows();
    rebuildShown();
    endResetModel();
}

ActivityFilterProxy::Key ActivityFilterProxy::keyOf(int sourceRow) const
{
    Key key;
    if (m_sortColumn < 0 || !sourceModel())
        return key;
    const QVariant value = sourceModel()->index(sourceRow, m_sortColumn).data(m_sortRole);
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        break;
    case QMetaType::QDateTime:
        if (const QDateTime at = value.toDateTime(); at.isValid()) {
            key.kind = Key::Kind::Number;
            key.number = at.toMSecsSinceEpoch();
        }
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        key.kind = Key::Kind::Number;
        key.number = value.toLongLong();
        break;
    default:
        key.kind = Key::Kind::Text;
        key.text = value.toString();
        break;
    }
    return key;
}

bool ActivityFilterProxy::before(int a, int b) const
{
    const Key &x = m_keys[size_t(a)];
    const Key &y = m_keys[size_t(b)];
    int order = 0;
    if (x.kind != y.kind) {
        // A row without a key goes after every other; numbers before texts.
        order = x.kind == Key::Kind::None ? 1
            : y.kind == Key::Kind::None   ? -1
                                          : (x.kind == Key::Kind::Number ? -1 : 1);
    } else if (x.kind == Key::Kind::Number) {
        order = x.number < y.number ? -1 : (x.number > y.number ? 1 : 0);
    } else if (x.kind == Key::Kind::Text) {
        order = QString::compare(x.text, y.text);
    }
    if (m_sortOrder == Qt::DescendingOrder)
        order = -order;
    return order != 0 ? order < 0 : a < b; // ties keep the source's order
}

bool ActivityFilterProxy::matches(int sourceRow) const
{
    if (!m_activities)
        return true;
    const ActivitySync *rows = m_activities->sync();
    if (!m_statuses.isEmpty()
        && !m_statuses.contains(rows->text(sourceRow, QStringLiteral("status"))))
        return false;
    if (!m_direction.isEmpty() && rows->text(sourceRow, QStringLiteral("direction")) != m_direction)
        return false;
    if (!m_leadId.isEmpty() && rows->text(sourceRow, QStringLiteral("lead_id")) != m_leadId)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const auto at = rows->time(sourceRow, QStringLiteral("activity_at"));
        if (!at || (m_from.isValid() && *at < m_from) || (m_to.isValid() && *at > m_to))
            return false;
    }
    if (!m_search.isEmpty()) {
        return rows->rowContains(sourceRow, m_needle)
            || rows->rowContainsNumber(sourceRow, m_number);
    }
    return true;
}

void ActivityFilterProxy::rematch(bool all)
{
    const auto pass = [this, all](size_t from, size_t to) {
        for (size_t row = from; row < to; ++row) {
            // A narrower search looks only at what matched: the rest cannot match now.
            if (all || m_matches[row])
                m_matches[row] = matches(int(row));
        }
    };
    // A keystroke over 100,000 rows: the other cores take their share of the rows (matches()
    // only reads the rows and the filter, each pass writes its own part of m_matches), this
    // thread does the first part and waits for the rest.
    const size_t rows = m_matches.size();
    const size_t helpers = rows < rowsWorthSharing ? 0 : size_t(m_pool.maxThreadCount());
    const size_t share = rows / (helpers + 1);
    QSemaphore done;
    for (size_t part = 1; part <= helpers; ++part) {
        const size_t to = part == helpers ? rows : (part + 1) * share;
        m_pool.start([&pass, &done, from = part * share, to] {
            pass(from, to);
            done.release();
        });
    }
    pass(0, helpers > 0 ? share : rows);
    done.acquire(int(helpers));
}

void ActivityFilterProxy::refilter(Change change)
{
    relayout(identity, [this, change] { rematch(change == Change::Any); });
}

void ActivityFilterProxy::rebuildShown()
{
    m_shown.clear();
    m_shown.reserve(m_order.size());
    m_proxyOf.assign(m_order.size(), -1);
    const bool pins = !m_pinnedRows.isEmpty();
    for (const int row : m_order) {
        if (m_matches[size_t(row)] || (pins && m_pinnedRows.contains(row))) {
            m_proxyOf[size_t(row)] = int(m_shown.size());
            m_shown.push_back(row);
        }
    }
}

void ActivityFilterProxy::relayout(const std::function<int(int)> &renumber,
                                   const std::function<void()> &change)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from) {
        const size_t row = size_t(index.row());
        sources.push_back(row < m_shown.size() ? renumber(m_shown[row]) : -1);
    }
    change();
    rebuildShown();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int source = sources[size_t(i)];
        const int row
            = source >= 0 && size_t(source) < m_proxyOf.size() ? m_proxyOf[size_t(source)] : -1;
        to.append(row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged();
}

void ActivityFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    const bool sameKeys = column == m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(identity, [this, sameKeys] {
        if (!sameKeys) {
            for (size_t row = 0; row < m_keys.size(); ++row)
                m_keys[row] = keyOf(int(row));
        }
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    });
}

void ActivityFilterProxy::sourceRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    const auto shifted = [first, count](int row) {
        return row >= first ? row + count : row;
    };
    // The rows so far keep their order; the new ones are sorted and merged in.
    for (int &row : m_order)
        row = shifted(row);
    std::vector<Key> keys;
    std::vector<char> matched;
    keys.reserve(size_t(count));
    matched.reserve(size_t(count));
    m_keys.insert(m_keys.begin() + first, size_t(count), Key());
    m_matches.insert(m_matches.begin() + first, size_t(count), 0);
    for (int row = first; row <= last; ++row) {
        m_keys[size_t(row)] = keyOf(row);
        m_matches[size_t(row)] = matches(row);
    }
    const auto middle = qsizetype(m_order.size());
    m_order.resize(m_order.size() + size_t(count));
    std::iota(m_order.begin() + middle, m_order.end(), first);
    const auto less = [this](int a, int b) {
        return before(a, b);
    };
    std::sort(m_order.begin() + middle, m_order.end(), less);
    // Each new row finds its place among the old ones by bisection, and the old rows move
    // between them in blocks: a page of 100 into 100,000 rows costs some 1,700 comparisons,
    // not the 100,000 a merge makes.
    std::vector<int> merged;
    merged.reserve(m_order.size());
    const auto oldEnd = m_order.begin() + middle;
    auto from = m_order.begin();
    for (auto fresh = oldEnd; fresh != m_order.end(); ++fresh) {
        const auto at = std::upper_bound(from, oldEnd, *fresh, less);
        merged.insert(merged.end(), from, at);
        merged.push_back(*fresh);
        from = at;
    }
    merged.insert(merged.end(), from, oldEnd);
    m_order = std::move(merged);
    const QSet<int> pinnedBefore = m_pinnedRows;
    pinRows();

    // Where the new rows show: one run of rows is an insertion, anything else a new layout.
    std::vector<int> oldShown = std::move(m_shown);
    rebuildShown();
    int firstShown = -1;
    int lastShown = -1;
    int shownCount = 0;
    for (int row = first; row <= last; ++row) {
        const int at = m_proxyOf[size_t(row)];
        if (at < 0)
            continue;
        ++shownCount;
        firstShown = firstShown < 0 ? at : std::min(firstShown, at);
        lastShown = std::max(lastShown, at);
    }
    const bool oneRun = lastShown - firstShown + 1 == shownCount
        && m_shown.size() == oldShown.size() + size_t(shownCount);
    if (oneRun && shownCount == 0)
        return; // none of them shows: the proxy's rows stay as they are
    if (oneRun) {
        std::vector<int> shown = std::move(m_shown);
        m_shown = std::move(oldShown); // rowCount() stays the old one until the views are told
        beginInsertRows({}, firstShown, lastShown);
        m_shown = std::move(shown);
        endInsertRows();
        return;
    }
    // Rare (new rows between shown ones while sorted on a text, say): a new layout, told
    // from the rows as the views know them.
    m_shown = std::move(oldShown);
    const QSet<int> pinnedNow = m_pinnedRows;
    m_pinnedRows = pinnedBefore;
    relayout(shifted, [this, &pinnedNow] { m_pinnedRows = pinnedNow; });
}

void ActivityFilterProxy::sourceRowsAboutToBeRemoved(int first, int last)
{
    m_removingFirst = -1;
    m_removingLast = -1;
    m_removingByLayout = false;
    int shownCount = 0;
    for (int row = first; row <= last && size_t(row) < m_proxyOf.size(); ++row) {
        const int at = m_proxyOf[size_t(row)];
        if (at < 0)
            continue;
        ++shownCount;
        m_removingFirst = m_removingFirst < 0 ? at : std::min(m_removingFirst, at);
        m_removingLast = std::max(m_removingLast, at);
    }
    if (shownCount == 0)
        return;
    if (m_removingLast - m_removingFirst + 1 == shownCount) {
        beginRemoveRows({}, m_removingFirst, m_removingLast);
        return;
    }
    m_removingFirst = m_removingLast = -1;
    m_removingByLayout = true;
}

void ActivityFilterProxy::sourceRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    const auto renumbered = [first, last, count](int row) {
        return row < first ? row : (row > last ? row - count : -1);
    };
    const auto change = [this, first, last, &renumbered] {
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
        m_matches.erase(m_matches.begin() + first, m_matches.begin() + last + 1);
        m_order.erase(
            std::remove_if(m_order.begin(), m_order.end(),
                           [first, last](int row) { return row >= first && row <= last; }),
            m_order.end());
        for (int &row : m_order)
            row = renumbered(row);
        pinRows();
    };
    if (m_removingByLayout) {
        m_removingByLayout = false;
        relayout(renumbered, change);
        return;
    }
    change();
    rebuildShown();
    if (m_removingFirst >= 0) {
        m_removingFirst = m_removingLast = -1;
        endRemoveRows();
    }
}

void ActivityFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid() || !topLeft.isValid())
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), int(m_keys.size()) - 1);
    std::vector<int> moved;
    bool shownChanged = false;
    for (int row = first; row <= last; ++row) {
        Key key = keyOf(row);
        Key &kept = m_keys[size_t(row)];
        if (key.kind != kept.kind || key.number != kept.number || key.text != kept.text) {
            kept = std::move(key);
            moved.push_back(row);
        }
        const bool match = matches(row);
        m_matches[size_t(row)] = match;
        shownChanged = shownChanged
            || (match || m_pinnedRows.contains(row)) != (m_proxyOf[size_t(row)] >= 0);
    }
    if (!moved.empty() || shownChanged) {
        relayout(identity, [this, &moved] {
            // Each moved row leaves the order and goes back in where its new key puts it.
            if (moved.empty())
                return;
            std::vector<char> leaving(m_keys.size(), 0);
            for (const int row : moved)
                leaving[size_t(row)] = 1;
            m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                         [&leaving](int row) { return leaving[size_t(row)]; }),
                          m_order.end());
            const auto less = [this](int a, int b) {
                return before(a, b);
            };
            for (const int row : moved)
                m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), row, less), row);
        });
        return;
    }
    const int columns = columnCount();
    if (last - first + 1 > rowByRowLimit) {
        if (!m_shown.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columns - 1));
        return;
    }
    for (int row = first; row <= last; ++row) {
        if (const int at = m_proxyOf[size_t(row)]; at >= 0)
            emit dataChanged(index(at, topLeft.column()), index(at, bottomRight.column()));
    }
}

QModelIndex ActivityFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ActivityFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.parent().isValid()
        || size_t(sourceIndex.row()) >= m_proxyOf.size())
        return {};
    const int row = m_proxyOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex ActivityFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_shown.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ActivityFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ActivityFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ActivityFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ActivityFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool ActivityFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QVariant ActivityFilterProxy::data(const QModelIndex &index, int role) const
{
    if ((role == KeptRole || role == Qt::ToolTipRole) && index.isValid()) {
        const bool kept = isPinnedOnly(m_shown[size_t(index.row())]);
        if (role == KeptRole)
            return kept;
        if (kept)
            return tr("Kept in the list while you work on it: it no longer matches the filter. "
                      "It leaves once you pick another row.");
    }
    return QAbstractProxyModel::data(index, role);
}

QVariant ActivityFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return sourceModel() ? sourceModel()->headerData(section, orientation, role) : QVariant();
    return QAbstractProxyModel::headerData(section, orientation, role);
}
