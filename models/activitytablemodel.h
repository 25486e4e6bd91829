#pragma once

#include "activitysync.h"
#include "peoplepickermodel.h"

#include <QAbstractTableModel>
#include <QByteArrayView>
#include <QDateTime>

#include <optional>

//! The activities of one kind as a table for views: an item model over an ActivitySync (the
//! rows, the rep's edits and the requests), which decides everything; this shows it. Views
//! show the edits; save() sends exactly them.
//!
//! Columns: first the list columns of the subclass, then one column per field (for
//! QDataWidgetMapper). Roles: one per field (fieldRole()) on every column, plus the row roles.
//! Values are plain Qt types; nothing here leaks JSON to a view.
class ActivityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        DirtyRole, //!< bool: the row has pending edits
        EditableRole, //!< bool: the row can be edited at all
        BusyRole, //!< bool: a request for this row is under way
        RowErrorRole, //!< QString: the last failure for this row, empty if none
        FieldErrorRole, //!< QString: on a field column, the server's message for that field
        FieldErrorsRole, //!< QVariantMap: field -> message, from the last 400
        PendingFieldsRole, //!< QStringList: the fields with pending edits
        RestoredRole, //!< bool: the pending edits came back from the journal at launch
        ConflictsRole, //!< QVariantMap: field -> Close's value that clashes with the edit
        UnconfirmedRole, //!< bool: a send was asked for and Close's answer is still unknown
        WaitingRole, //!< bool: the save waits for Close to answer again (offline)
        SeverityRole, //!< int(Severity), on the list columns: how loud a delegate paints the row
        UnreadRole, //!< bool: a received message the rep has not opened yet
        ThumbnailRole, //!< QImage, on the message column: its first picture, at most thumbnailSide
        FieldRoleBase = Qt::UserRole + 256,
    };
    Q_ENUM(Role)

    using FieldInfo = ActivityField;
    //! How big ThumbnailRole's pictures are at most, each way.
    static constexpr int thumbnailSide = 24;

    //! Shows `sync`, which it takes as its child.
    explicit ActivityTableModel(ActivitySync *sync, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    ActivitySync *sync() const { return m_sync; }
    const QList<FieldInfo> &fields() const { return m_sync->fields(); }
    int fieldRole(const QString &name) const;
    int fieldColumn(const QString &name) const;
    QString fieldTitle(const QString &name) const { return m_sync->fieldTitle(name); }
    virtual int listColumnCount() const = 0;
    //! A time as the lists show it: short, in the rep's time zone.
    static QString listTime(const std::optional<QDateTime> &when);

    // What the sync says and does, for the views (see ActivitySync).
    int rowOf(const QString &id) const { return m_sync->rowOf(id); }
    //! How many rows hold each value of a tallied field (ActivitySync::tally()).
    QHash<QString, int> tally(const QString &name) const { return m_sync->tally(name); }
    QString idAt(int row) const { return m_sync->idAt(row); }
    bool isLoading() const { return m_sync->isLoading(); }
    bool hasMore() const { return m_sync->hasMore(); }
    bool lastFetchFailed() const { return m_sync->lastFetchFailed(); }
    //! Sets one field of a row as the rep edits it; an edit back to the server's value is dropped.
    bool setField(int row, const QString &name, const QVariant &value);
    QVariant field(int row, const QString &name) const;
    QVariant serverField(int row, const QString &name) const;
    bool isDirty(int row) const { return m_sync->isDirty(row); }
    bool acceptsEdits(int row) const { return m_sync->acceptsEdits(row); }
    void revert(int row) { m_sync->revert(row); }
    void revertField(int row, const QString &name) { m_sync->revertField(row, name); }
    void save(int row) { m_sync->save(row); }
    QStringList conflictFields(int row) const { return m_sync->conflictFields(row); }
    //! Close's value of a field in conflict (the rep's is field()).
    QVariant theirs(int row, const QString &name) const;
    void resolveConflict(int row, const QString &name, bool keepMine)
    {
        m_sync->resolveConflict(row, name, keepMine);
    }
    bool isRestored(int row) const { return m_sync->isRestored(row); }
    bool isUnconfirmed(int row) const { return m_sync->isUnconfirmed(row); }
    void setJournal(EditJournal *journal) { m_sync->setJournal(journal); }
    EditJournal *journal() const { return m_sync->journal(); }
    QString journalKind() const { return m_sync->journalKind(); }
    int restoresOutstanding() const { return m_sync->restoresOutstanding(); }
    int waitingCount() const { return m_sync->waitingCount(); }
    void closeAnswered() { m_sync->closeAnswered(); }
    QDateTime nextAttempt() const { return m_sync->nextAttempt(); }
    void retryWaiting() { m_sync->retryWaiting(); }
    void setBackoff(int firstMs, int maxMs) { m_sync->setBackoff(firstMs, maxMs); }
    RetryQueue *retryQueue() const { return m_sync->retryQueue(); }
    void refresh() { m_sync->refresh(); }
    void reload() { m_sync->reload(); }
    void clear() { m_sync->clear(); }
    QString displayName(const QString &id) const { return m_sync->displayName(id); }
    QString contactTimeZone(int row) const { return m_sync->contactTimeZone(row); }
    QString rowLabel(int row) const { return m_sync->rowLabel(row); }
    QString renderTemplate(int row, const QString &text) const
    {
        return m_sync->renderTemplate(row, text);
    }
    static QStringList templateGaps(const QString &text) { return TemplateRenderer::gaps(text); }
    bool isUnread(int row) const { return m_sync->isUnread(row); }
    void markRead(int row) { m_sync->markRead(row); }
    void setReadMarks(ReadMarks *marks) { m_sync->setReadMarks(marks); }
    int unreadCount() const { return m_sync->unreadCount(); }
    bool isLookingUpNames() const { return m_sync->isLookingUpNames(); }
    void setLooksUpNames(bool on) { m_sync->setLooksUpNames(on); }
    PeopleDirectory *people() const { return m_sync->people(); }
    //! The contacts, leads or users a field can name, searched as the rep types (owned by
    //! `parent`).
    PeoplePickerModel *createPeoplePicker(PeoplePickerModel::Kind kind, QObject *parent) const;
    void setPeople(PeopleDirectory *people) { m_sync->setPeople(people); }
    bool rowContains(int row, QByteArrayView needle) const
    {
        return m_sync->rowContains(row, needle);
    }
    bool rowContainsNumber(int row, QByteArrayView needle) const
    {
        return m_sync->rowContainsNumber(row, needle);
    }
    static QByteArray searchNeedle(const QString &text);
    static QByteArray numberNeedle(const QString &text);

signals:
    void saved(const QString &id);
    void failed(const QString &id, const ApiError &error);
    //! See ActivitySync::listingStopped().
    void listingStopped(const QString &operation, const ApiError &why);
    void deleted(const QString &id);
    void namesChanged();
    void unreadChanged();
    void loadingChanged(bool loading);
    void conflictFound(const QString &id);
    void waitingChanged();
    void restored(int count);
    void restoreLost(const QString &id, const QString &what);
    //! ActivitySync::deletedWithEdits().
    void deletedWithEdits(const QString &id, const QString &what);
    void restoreDamaged(const QString &id, const QString &what);

protected:
    virtual QVariant listData(int row, int column, int role) const = 0;
    virtual QString listTitle(int column) const = 0;

    QString text(int row, const QString &name) const { return m_sync->text(row, name); }
    std::optional<QDateTime> time(int row, const QString &name) const
    {
        return m_sync->time(row, name);
    }
    static QString listMessage(const QString &text) { return ActivitySync::listMessage(text); }
    static QString listTip(const QString &text) { return ActivitySync::listTip(text); }
    QString listRemotePhone(int row) const { return m_sync->listRemotePhone(row); }

private:
    //! The field (by index) as a view takes it: the rep's value (`edited`) or Close's.
    QVariant fieldValue(int row, int field, bool edited) const;
    static QVariant toVariant(const FieldInfo &info, const QJsonValue &value);
    static QJsonValue toJson(const FieldInfo &info, const QVariant &value);

    ActivitySync *m_sync;
};
