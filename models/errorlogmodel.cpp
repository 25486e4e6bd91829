#include "errorlogmodel.h"

#include "activitytablemodel.h"
#include "closeclient.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

ErrorLogModel::ErrorLogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_renamed(new QTimer(this))
{
    m_renamed->setSingleShot(true);
    m_renamed->setInterval(0);
    connect(m_renamed, &QTimer::timeout, this, [this] {
        if (!m_entries.isEmpty())
            emit dataChanged(index(0, ActivityColumn), index(rowCount() - 1, ActivityColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

void ErrorLogModel::attach(CloseClient *client)
{
    connect(client, &CloseClient::callFinished, this,
            [this](CloseCall *call, const ApiResult &result) {
                // What failed before and works now has passed (a retry, by Draftbox or the rep).
                if (result.ok()) {
                    resolve(call->activityId(), call->operation(), tr("it worked on a retry"));
                    return;
                }
                // A cancel is the rep's own doing, not a failure to report.
                if (result.error.category == ApiError::Category::Canceled || call->isBackground())
                    return;
                if (result.error.category == ApiError::Category::RateLimited)
                    setRateLimitedUntil(QDateTime::currentDateTime().addMSecs(
                        qint64(result.error.retryAfterSeconds * 1000)));
                record(call->operation(), call->activityId(), result.error);
            });
    // Draftbox waits out a 429 by itself; the panel counts the wait down meanwhile.
    connect(client, &CloseClient::callRetrying, this,
            [this](CloseCall *, const ApiError &error, int delayMs) {
                if (error.category == ApiError::Category::RateLimited)
                    setRateLimitedUntil(QDateTime::currentDateTime().addMSecs(delayMs));
            });
}

void ErrorLogModel::setRateLimitedUntil(const QDateTime &until)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next = until.isValid() && until > now ? until : QDateTime();
    if (next.isValid() && m_rateLimitedUntil.isValid() && next <= m_rateLimitedUntil)
        return; // an earlier end does not shorten a longer wait
    if (next == m_rateLimitedUntil)
        return;
    m_rateLimitedUntil = next;
    emit rateLimitChanged(next);
}

void ErrorLogModel::watchActivities(ActivityTableModel *activities)
{
    if (!activities || m_activities.contains(activities))
        return;
    m_activities << activities;
    const auto renamed = [this] {
        m_renamed->start();
    };
    connect(activities, &ActivityTableModel::namesChanged, this, renamed);
    connect(activities, &QAbstractItemModel::rowsInserted, this, renamed);
    connect(activities, &QAbstractItemModel::modelReset, this, renamed);
    connect(activities, &ActivityTableModel::saved, this,
            [this](const QString &id) { resolve(id, {}, tr("saved since")); });
}

QString ErrorLogModel::nameOf(const QString &activityId) const
{
    if (activityId.isEmpty())
        return {};
    for (const ActivityTableModel *activities : m_activities) {
        const int row = activities ? activities->rowOf(activityId) : -1;
        if (row >= 0)
            return activities->rowLabel(row);
    }
    return {};
}

QString ErrorLogModel::activityText(const Entry &entry) const
{
    const QString name = nameOf(entry.activityId);
    if (!name.isEmpty())
        return name;
    return entry.activityName.isEmpty() ? entry.activityId : entry.activityName;
}

void ErrorLogModel::record(const QString &operation, const QString &activityId,
                           const ApiError &error, const QDateTime &when)
{
    Entry entry;
    entry.when = when;
    entry.operation = operation;
    entry.activityId = activityId;
    entry.error = error;
    entry.activityName = nameOf(activityId);
    // The same failure again (a reload lists a failed SMS again, a save fails the same way):
    // one entry, counted, at the place of its latest time.
    const auto same = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return !e.resolvedAt.isValid() && e.operation == operation && e.activityId == activityId
            && e.error.category == error.category && e.error.message == error.message
            && e.error.fieldErrors == error.fieldErrors;
    });
    const bool repeated = same != m_entries.cend();
    if (repeated) {
        const int old = int(same - m_entries.cbegin());
        entry.times = same->times + (same->when == when ? 0 : 1);
        entry.when = std::max(same->when, when);
        if (entry.activityName.isEmpty())
            entry.activityName = same->activityName;
        beginRemoveRows({}, old, old);
        m_entries.removeAt(old);
        endRemoveRows();
    }
    // Newest first, also for failures recorded late (Close's, found as SMS are loaded).
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return e.when <= entry.when; });
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
    if (repeated)
        emit entriesChanged();
    if (m_entries.size() > maxEntries) {
        beginRemoveRows({}, maxEntries, int(m_entries.size()) - 1);
        m_entries.resize(maxEntries);
        endRemoveRows();
    }
}

void ErrorLogModel::resolve(const QString &activityId, const QString &operation,
                            const QString &resolution)
{
    const QDateTime now = QDateTime::currentDateTime();
    bool any = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.resolvedAt.isValid() || e.activityId != activityId
            || (!operation.isEmpty() && e.operation != operation))
            continue;
        // An activity's failures pass with it; one without an activity only by its own
        // operation working again (a page that loads now).
        if (activityId.isEmpty() && operation.isEmpty())
            continue;
        e.resolvedAt = now;
        e.resolution = resolution;
        any = true;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (any)
        emit entriesChanged();
}

int ErrorLogModel::openCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return !e.resolvedAt.isValid(); }));
}

void ErrorLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString ErrorLogModel::copyText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(row);
    const QString name = activityText(e);
    QStringList lines {
        QLocale::c().toString(e.when, QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
            + e.operation
            + (e.activityId.isEmpty()     ? QString()
                   : name == e.activityId ? QStringLiteral(" (%1)").arg(e.activityId)
                                          : QStringLiteral(" (%1, %2)").arg(name, e.activityId)),
        ApiError::categoryName(e.error.category)
            + (e.error.httpStatus ? QStringLiteral(", HTTP %1").arg(e.error.httpStatus) : QString())
            + QStringLiteral(": ") + e.error.message,
    };
    for (auto it = e.error.fieldErrors.cbegin(); it != e.error.fieldErrors.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key(), it.value());
    lines << (e.resolvedAt.isValid() ? resolvedText(e) : e.error.advice());
    return lines.join(QLatin1Char('\n'));
}

int ErrorLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ErrorLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case CategoryRole:
        return int(e.error.category);
    case HttpStatusRole:
        return e.error.httpStatus;
    case ActivityIdRole:
        return e.activityId;
    case ResolvedRole:
        return e.resolvedAt.isValid();
    case FieldErrorsRole: {
        QVariantMap map;
        for (auto it = e.error.fieldErrors.cbegin(); it != e.error.fieldErrors.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    }
    case Qt::ToolTipRole:
        return copyText(index.row());
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            // Today's failures by the time; older ones (Close's, from before) with the day.
            return e.when.date() == QDate::currentDate()
                ? QLocale().toString(e.when.time(), QLocale::ShortFormat)
                : QLocale().toString(e.when, QLocale::ShortFormat);
        case OperationColumn:
            return e.times > 1 ? tr("%1 (%n times)", nullptr, e.times).arg(e.operation)
                               : e.operation;
        case ActivityColumn:
            return activityText(e);
        case WhatColumn: {
            // With field errors, the fields say it all; the summary would only repeat them.
            if (e.error.fieldErrors.isEmpty())
                return e.error.message;
            QStringList fields;
            for (auto it = e.error.fieldErrors.cbegin(); it != e.error.fieldErrors.cend(); ++it)
                fields << QStringLiteral("%1: %2").arg(it.key(), it.value());
            return tr("Close refused %1").arg(fields.join(QStringLiteral("; ")));
        }
        case AdviceColumn:
            return e.resolvedAt.isValid() ? resolvedText(e) : e.error.advice();
        default:
            return {};
        }
    default:
        return {};
    }
}

QString ErrorLogModel::resolvedText(const Entry &entry)
{
    const QString at = QLocale().toString(entry.resolvedAt.time(), QLocale::ShortFormat);
    return entry.resolution.isEmpty()
        ? tr("Resolved at %1. Nothing to do.").arg(at)
        : tr("Resolved at %1 (%2). Nothing to do.").arg(at, entry.resolution);
}

QVariant ErrorLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OperationColumn:
        return tr("Operation");
    case ActivityColumn:
        return tr("Activity");
    case WhatColumn:
        return tr("What happened");
    case AdviceColumn:
        return tr("What to do");
    default:
        return {};
    }
}
