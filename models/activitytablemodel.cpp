#include "activitytablemodel.h"

#include "attachment.h"
#include "closeclient.h"
#include "closetime.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

ActivityTableModel::ActivityTableModel(CloseClient *client, QList<FieldInfo> fields,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_fields(std::move(fields))
    , m_namesArrived(new QTimer(this))
{
    m_namesArrived->setSingleShot(true);
    m_namesArrived->setInterval(0);
    connect(m_namesArrived, &QTimer::timeout, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, listColumnCount() - 1),
                             {Qt::DisplayRole});
        emit namesChanged();
    });
    for (int i = 0; i < m_fields.size(); ++i)
        m_fieldIndex.insert(m_fields.at(i).name, i);
}

int ActivityTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : listColumnCount() + int(m_fields.size());
}

int ActivityTableModel::fieldRole(const QString &name) const
{
    const int i = m_fieldIndex.value(name, -1);
    return i < 0 ? -1 : FieldRoleBase + i;
}

int ActivityTableModel::fieldColumn(const QString &name) const
{
    const int i = m_fieldIndex.value(name, -1);
    return i < 0 ? -1 : listColumnCount() + i;
}

QString ActivityTableModel::fieldTitle(const QString &name) const
{
    const int i = m_fieldIndex.value(name, -1);
    return i < 0 ? name : m_fields.at(i).title;
}

QString ActivityTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size()
        ? m_rows.at(row).server.value(QLatin1String("id")).toString()
        : QString();
}

QJsonObject ActivityTableModel::effective(int row) const
{
    const QJsonObject &pending = m_rows.at(row).pending;
    if (pending.isEmpty())
        return m_rows.at(row).server; // most rows: a shared copy, no merge
    QJsonObject out = m_rows.at(row).server;
    for (auto it = pending.begin(); it != pending.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

bool ActivityTableModel::rowEditable(const QJsonObject &) const
{
    return true;
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
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.server.value(QLatin1String("id")).toString();
    case DirtyRole:
        return !row.pending.isEmpty();
    case EditableRole:
        return rowEditable(effective(index.row()));
    case BusyRole:
        return row.busy;
    case RowErrorRole:
        return row.error;
    case FieldErrorsRole:
        return row.fieldErrors.toVariantMap();
    case PendingFieldsRole:
        return row.pending.keys();
    default:
        break;
    }
    if (role >= FieldRoleBase && role < FieldRoleBase + m_fields.size()) {
        const FieldInfo &info = m_fields.at(role - FieldRoleBase);
        return toVariant(info, effective(index.row()).value(info.name));
    }
    if (index.column() < listColumnCount())
        return listData(effective(index.row()), index.column(), role);

    const FieldInfo &info = m_fields.at(index.column() - listColumnCount());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return toVariant(info, effective(index.row()).value(info.name));
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
    if (role >= FieldRoleBase && role < FieldRoleBase + m_fields.size())
        name = m_fields.at(role - FieldRoleBase).name;
    else if (role == Qt::EditRole && index.column() >= listColumnCount())
        name = m_fields.at(index.column() - listColumnCount()).name;
    return !name.isEmpty() && setField(index.row(), name, value);
}

bool ActivityTableModel::setField(int row, const QString &name, const QVariant &value)
{
    const int i = m_fieldIndex.value(name, -1);
    if (row < 0 || row >= m_rows.size() || i < 0 || !m_fields.at(i).editable
        || !rowEditable(effective(row)) || m_rows.at(row).busy)
        return false;
    const FieldInfo &info = m_fields.at(i);
    const QJsonValue wire = toJson(info, value);
    Row &r = m_rows[row];
    const QJsonObject pendingBefore = r.pending;
    const bool hadError = r.fieldErrors.contains(name);
    const QJsonValue server = r.server.value(name);
    const bool sameAsServer = wire == server || (wire.isNull() && server.isUndefined())
        || (info.kind == FieldInfo::Kind::DateTime
            && toVariant(info, wire) == toVariant(info, server));
    if (sameAsServer)
        r.pending.remove(name);
    else
        r.pending.insert(name, wire);
    r.fieldErrors.remove(name);
    if (r.pending != pendingBefore || hadError)
        rowChanged(row);
    return true;
}

QVariant ActivityTableModel::field(int row, const QString &name) const
{
    const int i = m_fieldIndex.value(name, -1);
    return row < 0 || row >= m_rows.size() || i < 0
        ? QVariant()
        : toVariant(m_fields.at(i), effective(row).value(name));
}

QVariant ActivityTableModel::serverField(int row, const QString &name) const
{
    const int i = m_fieldIndex.value(name, -1);
    return row < 0 || row >= m_rows.size() || i < 0
        ? QVariant()
        : toVariant(m_fields.at(i), m_rows.at(row).server.value(name));
}

Qt::ItemFlags ActivityTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const int fieldIndex = index.column() - listColumnCount();
    if (fieldIndex >= 0 && m_fields.at(fieldIndex).editable && rowEditable(effective(index.row()))
        && !m_rows.at(index.row()).busy)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ActivityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    return section < listColumnCount() ? listTitle(section)
                                       : m_fields.at(section - listColumnCount()).title;
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
    for (int i = 0; i < m_fields.size(); ++i)
        names.insert(FieldRoleBase + i, m_fields.at(i).name.toUtf8());
    return names;
}

bool ActivityTableModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing to fetch before Draftbox knows where and as whom (views ask as soon as shown).
    return !parent.isValid() && m_hasMore && m_fetch.isNull() && m_client
        && m_client->hasCredentials();
}

void ActivityTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetch = listCall(int(m_rows.size()), m_pageSize);
    emit loadingChanged(true);
    connect(m_fetch, &CloseCall::finished, this, [this](const ApiResult &result) {
        m_fetch.clear();
        m_fetchFailed = !result.ok();
        if (result.ok()) {
            m_hasMore = result.object().value(QLatin1String("has_more")).toBool();
            merge(result.object().value(QLatin1String("data")).toArray(), false);
        } else {
            m_hasMore = result.error.category != ApiError::Category::Unauthorized
                && result.error.category != ApiError::Category::Forbidden;
            emit failed(QString(), result.error);
        }
        emit loadingChanged(false);
    });
}

void ActivityTableModel::refresh()
{
    if (!m_fetch.isNull() || !m_client)
        return;
    m_fetch = listCall(0, m_pageSize);
    emit loadingChanged(true);
    connect(m_fetch, &CloseCall::finished, this, [this](const ApiResult &result) {
        m_fetch.clear();
        m_fetchFailed = !result.ok();
        if (result.ok()) {
            if (m_rows.isEmpty())
                m_hasMore = result.object().value(QLatin1String("has_more")).toBool();
            merge(result.object().value(QLatin1String("data")).toArray(), true);
        } else {
            emit failed(QString(), result.error);
        }
        emit loadingChanged(false);
    });
}

void ActivityTableModel::reload()
{
    clear();
    fetchMore({});
}

void ActivityTableModel::clear()
{
    if (CloseCall *fetch = m_fetch.data()) {
        m_fetch.clear();
        fetch->disconnect(this);
        fetch->cancel();
        emit loadingChanged(false);
    }
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_hasMore = true;
    m_fetchFailed = false;
    m_people.clear();
    m_namesToAsk.clear();
    m_namesAsked.clear();
    endResetModel();
}

void ActivityTableModel::askNames(const QJsonObject &activity)
{
    for (const char *field : {"lead_id", "contact_id"}) {
        const QString id = activity.value(QLatin1String(field)).toString();
        if (!id.isEmpty() && !m_namesAsked.contains(id)) {
            m_namesAsked.insert(id);
            m_namesToAsk << id;
        }
    }
}

QString ActivityTableModel::displayName(const QString &id) const
{
    const QJsonObject person = m_people.value(id);
    const QString name = person.value(QLatin1String("display_name")).toString();
    if (!name.isEmpty())
        return name;
    const QString plain = person.value(QLatin1String("name")).toString();
    return plain.isEmpty() ? id : plain;
}

QString ActivityTableModel::renderTemplate(int row, const QString &text) const
{
    const QJsonObject contact = m_people.value(field(row, QStringLiteral("contact_id")).toString());
    const QJsonObject lead = m_people.value(field(row, QStringLiteral("lead_id")).toString());
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([a-z_]+)\\.([a-z_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString scope = m.captured(1);
        const QJsonObject *known = scope == QLatin1String("contact") ? &contact
            : scope == QLatin1String("lead")                         ? &lead
                                                                     : nullptr;
        const QJsonValue value = known ? known->value(m.captured(2)) : QJsonValue();
        out += value.isString() ? value.toString()
                                : QStringLiteral("«%1.%2»").arg(scope, m.captured(2));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

void ActivityTableModel::askNextName()
{
    static constexpr int maxNameCalls = 2; // names wait; the rep's own requests come first
    while (m_client && m_nameCalls < maxNameCalls && !m_namesToAsk.isEmpty()) {
        const QString id = m_namesToAsk.takeFirst();
        const bool lead = id.startsWith(QLatin1String("lead_"));
        CloseCall *call = lead ? m_client->getLead(id) : m_client->getContact(id);
        call->setBackground(true); // a missing name is no problem to report: the id shows
        ++m_nameCalls;
        connect(call, &CloseCall::finished, this, [this, id](const ApiResult &result) {
            --m_nameCalls;
            if (result.ok()) {
                m_people.insert(id, result.object());
                m_namesArrived->start();
            }
            askNextName();
        });
    }
}

void ActivityTableModel::merge(const QJsonArray &page, bool fromStart)
{
    if (m_looksUpNames) {
        for (const QJsonValue &value : page)
            askNames(value.toObject());
        askNextName();
    }
    QList<QJsonObject> fresh;
    for (const QJsonValue &value : page) {
        const QJsonObject server = value.toObject();
        const int row = rowOf(server.value(QLatin1String("id")).toString());
        if (row >= 0) {
            // A server copy never overwrites what the rep is typing: only the copy changes.
            m_rows[row].server = server;
            rowChanged(row);
        } else {
            fresh << server;
        }
    }
    if (fresh.isEmpty())
        return;
    // New activities from a refresh are the newest: they go on top. Pages go at the end.
    const int first = fromStart ? 0 : int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.insert(first, fresh.size(), Row());
    for (int i = 0; i < fresh.size(); ++i) {
        m_rows[first + i].server = fresh.at(i);
        indexRow(first + i);
    }
    if (first == 0 && m_rows.size() > fresh.size()) {
        // Rows moved down: every index changes (a refresh, rare and small).
        m_rowById.clear();
        m_rowById.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowById.insert(idAt(i), i);
    } else {
        // A page at the end, the common case: only the new rows are indexed.
        m_rowById.reserve(m_rows.size());
        for (int i = first; i < first + fresh.size(); ++i)
            m_rowById.insert(idAt(i), i);
    }
    endInsertRows();
}

bool ActivityTableModel::isDirty(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).pending.isEmpty();
}

void ActivityTableModel::revert(int row)
{
    if (!isDirty(row) && m_rows.value(row).fieldErrors.isEmpty())
        return;
    m_rows[row].pending = {};
    m_rows[row].fieldErrors = {};
    rowChanged(row);
}

void ActivityTableModel::revertField(int row, const QString &name)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).pending.contains(name))
        return;
    m_rows[row].pending.remove(name);
    m_rows[row].fieldErrors.remove(name);
    rowChanged(row);
}

void ActivityTableModel::save(int row)
{
    if (!isDirty(row) || m_rows.at(row).busy)
        return;
    const QString id = idAt(row);
    track(row, saveCall(id, m_rows.at(row).pending), [this, id](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (result.ok()) {
            applyServerCopy(at, result.object(), true);
            emit saved(id);
        } else {
            setRowError(at, result.error);
            emit failed(id, result.error);
        }
    });
}

void ActivityTableModel::track(int row, CloseCall *call,
                               std::function<void(int, const ApiResult &)> done)
{
    const QString id = idAt(row);
    m_rows[row].busy = true;
    m_rows[row].error.clear();
    rowChanged(row);
    connect(call, &CloseCall::finished, this, [this, id, done](const ApiResult &result) {
        const int at = rowOf(id);
        if (at >= 0) {
            m_rows[at].busy = false;
            rowChanged(at);
        }
        done(at, result);
    });
}

void ActivityTableModel::applyServerCopy(int row, const QJsonObject &server, bool confirmsPending)
{
    Row &r = m_rows[row];
    r.server = server;
    if (confirmsPending)
        r.pending = {};
    r.fieldErrors = {};
    r.error.clear();
    rowChanged(row);
}

void ActivityTableModel::setRowError(int row, const QString &error, const QJsonObject &fieldErrors)
{
    m_rows[row].error = error;
    m_rows[row].fieldErrors = fieldErrors;
    rowChanged(row);
}

void ActivityTableModel::setRowError(int row, const ApiError &error)
{
    QJsonObject fieldErrors;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        fieldErrors.insert(it.key(), it.value());
    setRowError(row, error.message, fieldErrors);
}

void ActivityTableModel::deleteRow(int row, CloseCall *call)
{
    const QString id = idAt(row);
    track(row, call, [this, id](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (result.ok() || result.error.category == ApiError::Category::NotFound) {
            removeActivityRow(at);
            emit deleted(id);
            return;
        }
        setRowError(at, result.error);
        emit failed(id, result.error);
    });
}

void ActivityTableModel::removeActivityRow(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(idAt(i), i);
    endRemoveRows();
}

void ActivityTableModel::rowChanged(int row)
{
    indexRow(row);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void ActivityTableModel::indexRow(int row)
{
    static const char *const searched[] = {"text",        "remote_phone", "remote_phone_formatted",
                                           "local_phone", "user_name",    "error_message"};
    Row &r = m_rows[row];
    QString text;
    for (const char *name : searched) {
        const QLatin1String key(name);
        const QJsonValue value
            = r.pending.contains(key) ? r.pending.value(key) : r.server.value(key);
        if (value.isString())
            text += value.toString() + QLatin1Char('\n');
    }
    r.searchText = text.toCaseFolded().toUtf8();
}

QByteArray ActivityTableModel::searchNeedle(const QString &text)
{
    return text.toCaseFolded().toUtf8();
}

bool ActivityTableModel::rowContains(int row, const QByteArrayMatcher &needle) const
{
    return row >= 0 && row < m_rows.size() && needle.indexIn(m_rows.at(row).searchText) >= 0;
}

QString ActivityTableModel::listMessage(const QJsonObject &activity)
{
    // The view shapes the whole text before eliding it; the tooltip has it whole.
    constexpr qsizetype longest = 240;
    const QString text = activity.value(QLatin1String("text")).toString();
    qsizetype end = text.indexOf(QLatin1Char('\n'));
    if (end < 0)
        end = text.size();
    if (end > longest) {
        end = longest;
        if (text.at(end - 1).isHighSurrogate())
            --end;
    }
    return text.left(end);
}

QString ActivityTableModel::listRemotePhone(const QJsonObject &activity)
{
    const QString formatted = activity.value(QLatin1String("remote_phone_formatted")).toString();
    return formatted.isEmpty() ? activity.value(QLatin1String("remote_phone")).toString()
                               : formatted;
}

QString ActivityTableModel::listTime(const std::optional<QDateTime> &when)
{
    return when ? QLocale().toString(when->toLocalTime(), QLocale::ShortFormat) : QString();
}
