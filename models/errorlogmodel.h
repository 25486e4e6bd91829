#pragma once

#include "errorlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

class ActivityTableModel;
class SmsTableModel;
class QTimer;

//! The ErrorLog as a table for the Problems panel, one row per entry, newest first: when,
//! what was being done, to which activity, what happened and what to do.
class ErrorLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        OperationColumn,
        ActivityColumn,
        WhatColumn,
        AdviceColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        CategoryRole = Qt::UserRole + 1,
        HttpStatusRole,
        ActivityIdRole,
        FieldErrorsRole,
        ResolvedRole, //!< bool: what went wrong has passed (the entry stays, marked)
    };

    using Entry = ErrorLog::Entry;
    static constexpr int maxEntries = ErrorLog::maxEntries;

    //! Over a log of its own.
    explicit ErrorLogModel(QObject *parent = nullptr);
    //! Over `log`, which must outlive the model.
    explicit ErrorLogModel(ErrorLog *log, QObject *parent = nullptr);

    ErrorLog *log() const { return m_log; }

    //! Names the entries' activities as the rep knows them (contact or number, first words)
    //! from these activities, and marks an activity's failures resolved once it is saved.
    void watchActivities(ActivityTableModel *activities);
    //! As watchActivities(), and logs the SMS Close failed to send: those it fails while
    //! Draftbox watches, and those already failed when they are loaded.
    void watchSms(SmsTableModel *sms);

    // The log's own, for those who hold the model.
    void attach(CloseClient *client) { m_log->attach(client); }
    void record(const QString &operation, const QString &activityId, const ApiError &error,
                const QDateTime &when = QDateTime::currentDateTime())
    {
        m_log->record(operation, activityId, error, when);
    }
    void resolve(const QString &activityId, const QString &operation = {},
                 const QString &resolution = {})
    {
        m_log->resolve(activityId, operation, resolution);
    }
    void clear() { m_log->clear(); }
    void copied(const QList<int> &rows) { m_log->copied(rows); }
    void startAfresh() { m_log->startAfresh(); }
    int openCount() const { return m_log->openCount(); }
    const Entry &entry(int row) const { return m_log->entry(row); }
    QString copyText(int row) const { return m_log->copyText(row); }
    QDateTime rateLimitedUntil() const { return m_log->rateLimitedUntil(); }
    void setRateLimitedUntil(const QDateTime &until) { m_log->setRateLimitedUntil(until); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void rateLimitChanged(const QDateTime &until);
    //! An entry was marked resolved, or counted again.
    void entriesChanged();
    //! ErrorLog::problemArose(): one for the rep's eyes now.
    void problemArose();

private:
    //! The activity as the rep knows it, from the watched activities; empty if none has it.
    QString nameOf(const QString &activityId) const;

    ErrorLog *m_log;
    QList<QPointer<ActivityTableModel>> m_activities;
    QList<QPointer<SmsTableModel>> m_sms; //!< whose delivery failures are logged
    QTimer *m_renamed; //!< coalesces repainting the activity column as names arrive
};
