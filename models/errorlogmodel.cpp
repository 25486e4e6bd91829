#include "errorlogmodel.h"

#include "closeclient.h"

#include <QLocale>

#include <algorithm>

ErrorLogModel::ErrorLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ErrorLogModel::attach(CloseClient *client)
{
    connect(client, &CloseClient::callFinished, this,
            [this](CloseCall *call, const ApiResult &result) {
                // A cancel is the rep's own doing, not a failure to report.
                if (result.ok() || result.error.category == ApiError::Category::Canceled
                    || call->isBackground())
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

void ErrorLogModel::record(const QString &operation, const QString &activityId,
                           const ApiError &error, const QDateTime &when)
{
    // Newest first, also for failures recorded late (Close's, found as SMS are loaded).
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return e.when <= when; });
    const int row = int(at - m_entries.cbegin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, {when, operation, activityId, error});
    endInsertRows();
    if (m_entries.size() > maxEntries) {
        beginRemoveRows({}, maxEntries, int(m_entries.size()) - 1);
        m_entries.resize(maxEntries);
        endRemoveRows();
    }
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
    QStringList lines {
        QLocale::c().toString(e.when, QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
            + e.operation
            + (e.activityId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.activityId)),
        ApiError::categoryName(e.error.category)
            + (e.error.httpStatus ? QStringLiteral(", HTTP %1").arg(e.error.httpStatus) : QString())
            + QStringLiteral(": ") + e.error.message,
    };
    for (auto it = e.error.fieldErrors.cbegin(); it != e.error.fieldErrors.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key(), it.value());
    lines << e.error.advice();
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
            return e.operation;
        case ActivityColumn:
            return e.activityId;
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
            return e.error.advice();
        default:
            return {};
        }
    default:
        return {};
    }
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
