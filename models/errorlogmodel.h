#pragma once

#include "apierror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

class ActivityTableModel;
class CloseClient;
struct ApiResult;
class CloseCall;
class QTimer;

//! Every failure of every request, newest first: when, what was being done, to which activity,
//! what happened and what to do. The error panel shows this model; nothing else pops up.
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

    struct Entry
    {
        QDateTime when;
        QString operation;
        QString activityId;
        ApiError error;
        QString activityName; //!< as the rep knew the activity when it failed
        int times = 1; //!< how often this very failure happened
        QDateTime resolvedAt; //!< when what went wrong passed; invalid while it stands
        QString resolution; //!< how it passed, for the rep
    };

    explicit ErrorLogModel(QObject *parent = nullptr);

    //! Logs the failures of every call the client makes from now on; a later success of the
    //! same operation on the same activity marks them resolved.
    void attach(CloseClient *client);
    //! Names the entries' activities as the rep knows them (contact or number, first words)
    //! from these activities, and marks an activity's failures resolved once it is saved.
    void watchActivities(ActivityTableModel *activities);
    //! Lists the failure, or counts it again on the entry it repeats (one entry per problem).
    void record(const QString &operation, const QString &activityId, const ApiError &error,
                const QDateTime &when = QDateTime::currentDateTime());
    //! Marks the standing failures of the activity (of that operation only, if given) resolved.
    void resolve(const QString &activityId, const QString &operation = {},
                 const QString &resolution = {});
    //! The entries whose problem still stands.
    int openCount() const;
    void clear();
    const Entry &entry(int row) const { return m_entries.at(row); }
    //! The entry as text a rep can paste into a message to support.
    QString copyText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static constexpr int maxEntries = 500;

    //! Until when Close asked Draftbox to wait (429), or invalid when no wait is on.
    QDateTime rateLimitedUntil() const { return m_rateLimitedUntil; }
    //! Starts (or extends) the rate-limit wait; a past or invalid time ends it.
    void setRateLimitedUntil(const QDateTime &until);

signals:
    void rateLimitChanged(const QDateTime &until);
    //! An entry was marked resolved, or counted again.
    void entriesChanged();

private:
    //! The activity as the rep knows it, from the watched activities; empty if none has it.
    QString nameOf(const QString &activityId) const;
    QString activityText(const Entry &entry) const;
    static QString resolvedText(const Entry &entry);

    QList<Entry> m_entries;
    QList<QPointer<ActivityTableModel>> m_activities;
    QTimer *m_renamed; //!< coalesces repainting the activity column as names arrive
    QDateTime m_rateLimitedUntil;
};
