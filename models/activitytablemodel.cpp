#include "activitytablemodel.h"

#include "attachment.h"
#include "closetime.h"
#include "pageloader.h"
#include "searchtext.h"

#include <QFont>
#include <QJsonArray>
#include <QLocale>

ActivityTableModel::ActivityTableModel(ActivitySync *sync, QObject *parent)
    : QAbstractTableModel(parent)
    , m_sync(sync)
{
    sync->setParent(this);
    // The rows as they come and go.
    connect(sync, &ActivitySync::rowsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(sync, &ActivitySync::rowsInserted, this, [this] { endInsertRows(); });
    connect(sync, &ActivitySync::rowAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(sync, &ActivitySync::rowRemoved, this, [this] { endRemoveRows(); });
    connect(sync, &ActivitySync::aboutToReset, this, [this] { beginResetModel(); });
    connect(sync, &ActivitySync::wasReset, this, [this] { endResetModel(); });
    connect(sync, &ActivitySync::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, columnCount() - 1)); });
    connect(sync, &ActivitySync::unreadChanged, this, &ActivityTableModel::unreadChanged);
    connect(sync, &ActivitySync::namesChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, listColumnCount() - 1),
                             {Qt::DisplayRole});
        emit namesChanged();
    });
    connect(sync, &ActivitySync::morePagesWanted, this,
            [this] { PageLoader::of(this)->loadNext(); });
    // What happened, as it was.
    connect(sync, &ActivitySync::saved, this, &ActivityTableModel::saved);
    connect(sync, &ActivitySync::failed, this, &ActivityTableModel::failed);
    connect(sync, &ActivitySync::deleted, this, &ActivityTableModel::deleted);
    connect(sync, &ActivitySync::loadingChanged, this, &ActivityTableModel::loadingChanged);
    connect(sync, &ActivitySync::conflictFound, this, &ActivityTableModel::conflictFound);
    connect(sync, &ActivitySync::waitingChanged, this, &ActivityTableModel::waitingChanged);
    connect(sync, &ActivitySync::restored, this, &ActivityTableModel::restored);
    connect(sync, &ActivitySync::restoreLost, this, &ActivityTableModel::restoreLost);
    connect(sync, &ActivitySync::deletedWithEdits, this, &ActivityTableModel::deletedWithEdits);
    connect(sync, &ActivitySync::listingStopped, this, &ActivityTableModel::listingStopped);
    connect(sync, &ActivitySync::restoreDamaged, this, &ActivityTableModel::restoreDamaged);
}

QVariant ActivityTableModel::theirs(int row, const QString &name) const
{
    const int i = m_sync->fieldIndex(name);
    return i < 0 ? QVariant() : toVariant(fields().at(i), m_sync->theirs(row, name));
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_sync->size();
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : listColumnCount() + int(fields().size());
}

int ActivityTableModel::fieldRole(const QString &name) const
{
    const int i = m_sync->fieldIndex(name);
    return i < 0 ? -1 : FieldRoleBase + i;
}

int ActivityTableModel::fieldColumn(const QString &name) const
{
    const int i = m_sync->fieldIndex(name);
    return i < 0 ? -1 : listColumnCount() + i;
}

QVariant ActivityTableModel::fieldValue(int row, int field, bool edited) const
{
    const FieldInfo &info = fields().at(field);
    if (info.kind == FieldInfo::Kind::DateTime) {
        // Kept as a time: no text to parse.
        const auto when
            = edited ? m_sync->time(row, info.name) : m_sync->serverTime(row, info.name);
        return when ? QVariant(when->toLocalTime()) : QVariant();
    }
    return toVariant(info,
                     edited ? m_sync->value(row, info.name) : m_sync->serverValue(row, info.name));
}

QVariant ActivityTableModel::toVariant(const FieldInfo &info, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    switch (info.kind) {
    case FieldInfo::Kind::DateTime: {
        const auto when = CloseTime::parse(value.toString());
        return when ? QVariant(when->toLocalTime()) : QVariant();
    }
    case FieldInfo::Kind::Integer:
        return QVariant(qint64(value.toDouble()));
    case FieldInfo::Kind::Bool:
        return value.toBool();
    case FieldInfo::Kind::List:
        return value.toVariant().toStringList();
    case FieldInfo::Kind::Attachments:
        return value.toArray().toVariantList();
    default:
        return value.toString();
    }
}

QJsonValue ActivityTableModel::toJson(const FieldInfo &info, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (info.kind) {
    case FieldInfo::Kind::DateTime: {
        const QDateTime when = value.toDateTime();
        return when.isValid() ? QJsonValue(CloseTime::format(when)) : QJsonValue(QJsonValue::Null);
    }
    case FieldInfo::Kind::Integer:
        return value.toLongLong();
    case FieldInfo::Kind::Bool:
        return value.toBool();
    case FieldInfo::Kind::List:
        return QJsonArray::fromStringList(value.toStringList());
    case FieldInfo::Kind::Attachments: {
        // Only what a request takes: content_type, filename, url.
        QJsonArray out;
        const QVariantList items = value.toList();
        for (const QVariant &item : items) {
            const auto attachment = Attachment::fromJson(QJsonObject::fromVariantMap(item.toMap()));
            if (attachment)
                out.append(attachment->toRequestJson());
        }
        return out;
    }
    case FieldInfo::Kind::Id:
    case FieldInfo::Kind::Phone: {
        const QString text = value.toString().trimmed();
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    }
    case FieldInfo::Kind::Text:
        return value.toString();
    }
    return QJsonValue::Null;
}

QVariant ActivityTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityStore::Row &row = m_sync->row(index.row());
    switch (role) {
    case IdRole:
        return idAt(index.row());
    case DirtyRole:
        return !row.edit.isEmpty();
    case EditableRole:
        return m_sync->rowEditable(index.row());
    case BusyRole:
        return row.edit.flow().isBusy();
    case RowErrorRole:
        return row.error;
    case FieldErrorsRole:
        return row.fieldErrors.toVariantMap();
    case PendingFieldsRole:
        return row.edit.changedFields();
    case RestoredRole:
        return row.edit.isRestored();
    case ConflictsRole: {
        QVariantMap conflicts;
        for (auto it = row.edit.conflicts().begin(); it != row.edit.conflicts().end(); ++it)
            conflicts.insert(it.key(), theirs(index.row(), it.key()));
        return conflicts;
    }
    case UnconfirmedRole:
        return row.edit.isUnconfirmed();
    case WaitingRole:
        return row.edit.flow().isWaiting();
    case UnreadRole:
        return m_sync->isUnread(index.row());
    case Qt::FontRole:
        if (index.column() < listColumnCount() && m_sync->isUnread(index.row())) {
            QFont font;
            font.setBold(true); // not opened yet, as a mail client shows it
            return font;
        }
        break;
    default:
        break;
    }
    if (role >= FieldRoleBase && role < FieldRoleBase + fields().size())
        return fieldValue(index.row(), role - FieldRoleBase, true);
    if (index.column() < listColumnCount())
        return listData(index.row(), index.column(), role);

    const FieldInfo &info = fields().at(index.column() - listColumnCount());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return fieldValue(index.row(), index.column() - listColumnCount(), true);
    case FieldErrorRole:
        return row.fieldErrors.value(info.name).toString();
    default:
        return {};
    }
}

bool ActivityTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    QString name;
    if (role >= FieldRoleBase && role < FieldRoleBase + fields().size())
        name = fields().at(role - FieldRoleBase).name;
    else if (role == Qt::EditRole && index.column() >= listColumnCount())
        name = fields().at(index.column() - listColumnCount()).name;
    return !name.isEmpty() && setField(index.row(), name, value);
}

bool ActivityTableModel::setField(int row, const QString &name, const QVariant &value)
{
    const int i = m_sync->fieldIndex(name);
    return i >= 0 && m_sync->setField(row, name, toJson(fields().at(i), value));
}

QVariant ActivityTableModel::field(int row, const QString &name) const
{
    const int i = m_sync->fieldIndex(name);
    return row < 0 || row >= m_sync->size() || i < 0 ? QVariant() : fieldValue(row, i, true);
}

QVariant ActivityTableModel::serverField(int row, const QString &name) const
{
    const int i = m_sync->fieldIndex(name);
    return row < 0 || row >= m_sync->size() || i < 0 ? QVariant() : fieldValue(row, i, false);
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int fieldIndex = index.column() - listColumnCount();
    if (fieldIndex >= 0 && fields().at(fieldIndex).editable && acceptsEdits(index.row()))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < listColumnCount() ? listTitle(section)
                                       : fields().at(section - listColumnCount()).title;
}

QHash<int, QByteArray> ActivityTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DirtyRole, "dirty");
    names.insert(EditableRole, "editable");
    names.insert(BusyRole, "busy");
    names.insert(RowErrorRole, "rowError");
    names.insert(FieldErrorRole, "fieldError");
    names.insert(FieldErrorsRole, "fieldErrors");
    names.insert(PendingFieldsRole, "pendingFields");
    for (int i = 0; i < fields().size(); ++i)
        names.insert(FieldRoleBase + i, fields().at(i).name.toUtf8());
    return names;
}

bool ActivityTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing to fetch before Draftbox knows where and as whom (views ask as soon as shown).
    return !parent.isValid() && m_sync->canFetchMore();
}

void ActivityTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        m_sync->fetchMore();
}

QByteArray ActivityTableModel::searchNeedle(const QString &text)
{
    return SearchText::needle(text);
}

QByteArray ActivityTableModel::numberNeedle(const QString &text)
{
    return SearchText::numberNeedle(text);
}

QString ActivityTableModel::listTime(const std::optional<QDateTime> &when)
{
    return when ? QLocale().toString(when->toLocalTime(), QLocale::ShortFormat) : QString();
}

PeoplePickerModel *ActivityTableModel::createPeoplePicker(PeoplePickerModel::Kind kind,
                                                          QObject *parent) const
{
    return new PeoplePickerModel(kind, m_sync->people(), m_sync->client(), parent);
}
