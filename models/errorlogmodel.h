#pragma once

#include "apierror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

class CloseClient;
struct ApiResult;
class CloseCall;

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
    enum Role { CategoryRole = Qt::UserRole + 1, HttpStatusRole, ActivityIdRole, FieldErrorsRole };

    struct Entry
    {
        QDateTime when;
        QString operation;
        QString activityId;
        ApiError error;
    };

    explicit ErrorLogModel(QObject *parent = nullptr);

    //! Logs the failures of every call the client makes from now on.
    void attach(CloseClient *client);
    void record(const QString &operation, const QString &activityId, const ApiError &error,
                const QDateTime &when = QDateTime::currentDateTime());
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

private:
    QList<Entry> m_entries;
    QDateTime m_rateLimitedUntil;
};
