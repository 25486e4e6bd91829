#include "errorlogmodel.h"

#include "activitysync.h"
#include "activitytablemodel.h"
#include "smstablemodel.h"

#include <QLocale>
#include <QTimer>

ErrorLogModel::ErrorLogModel(QObject *parent)
    : ErrorLogModel(new ErrorLog, parent)
{
    m_log->setParent(this);
}

ErrorLogModel::ErrorLogModel(ErrorLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_renamed(new QTimer(this))
{
    connect(log, &ErrorLog::entryAboutToBeInserted, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(log, &ErrorLog::entryInserted, this, [this] { endInsertRows(); });
    connect(log, &ErrorLog::entriesAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(log, &ErrorLog::entriesRemoved, this, [this] { endRemoveRows(); });
    connect(log, &ErrorLog::aboutToBeCleared, this, [this] { beginResetModel(); });
    connect(log, &ErrorLog::cleared, this, [this] { endResetModel(); });
    connect(log, &ErrorLog::entryUpdated, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(log, &ErrorLog::entriesChanged, this, &ErrorLogModel::entriesChanged);
    connect(log, &ErrorLog::rateLimitChanged, this, &ErrorLogModel::rateLimitChanged);
    connect(log, &ErrorLog::problemArose, this, &ErrorLogModel::problemArose);
    log->setNamer(this, [this](const QString &id) { return nameOf(id); });

    m_renamed->setSingleShot(true);
    m_renamed->setInterval(0);
    connect(m_renamed, &QTimer::timeout, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, ActivityColumn), index(rowCount() - 1, ActivityColumn),
                             {Qt::DisplayRole, Qt::ToolTipRole});
    });
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
    connect(activities, &ActivityTableModel::restoreLost, m_log, &ErrorLog::editsLost);
    connect(activities, &ActivityTableModel::deletedWithEdits, m_log, &ErrorLog::deletedInClose);
    connect(m_log, &ErrorLog::editsTaken, activities->sync(), &ActivitySync::forgetLostEdits);
    connect(activities, &ActivityTableModel::restoreDamaged, m_log, &ErrorLog::editsUnreadable);
    connect(activities, &ActivityTableModel::listingStopped, m_log,
            [log = m_log](const QString &operation, const ApiError &why) {
                log->record(operation, QString(), why);
            });
}

void ErrorLogModel::watchSms(SmsTableModel *sms)
{
    if (!sms || m_sms.contains(sms))
        return;
    m_sms << sms;
    watchActivities(sms);
    connect(sms, &SmsTableModel::deliveryFailed, m_log, &ErrorLog::smsFailed);
    connect(sms, &QAbstractItemModel::rowsInserted, m_log,
            [log = m_log, sms](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    // A page of thousands: only a failed SMS is read further.
                    const SmsActivity::Status status = sms->statusOf(row);
                    const bool failed = status == SmsActivity::Status::Error;
                    if (!failed && !log->hasDeliveryFailures())
                        continue;
                    log->smsListed(
                        sms->idAt(row), status,
                        failed ? sms->field(row, QStringLiteral("error_message")).toString()
                               : QString(),
                        failed ? sms->field(row, QStringLiteral("date_updated")).toDateTime()
                               : QDateTime());
                }
            });
    connect(sms, &QAbstractItemModel::dataChanged, m_log,
            [log = m_log, sms](const QModelIndex &from, const QModelIndex &to) {
                if (!log->hasDeliveryFailures())
                    return;
                for (int row = from.row(); row <= to.row(); ++row)
                    log->smsChanged(sms->idAt(row), sms->statusOf(row));
            });
}

QString ErrorLogModel::nameOf(const QString &activityId) const
{
    for (const ActivityTableModel *activities : m_activities) {
        const int row = activities ? activities->rowOf(activityId) : -1;
        if (row >= 0)
            return activities->rowLabel(row);
    }
    return {};
}

int ErrorLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_log->count();
}

int ErrorLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_log->entry(index.row());
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
            return m_log->activityText(e);
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
            return e.resolvedAt.isValid() ? ErrorLog::resolvedText(e) : e.error.advice();
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
