#include "conversationmodel.h"

#include "activityfilterproxy.h"
#include "activitytablemodel.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <utility>

struct ConversationModel::Node
{
    Node *parent = nullptr;
    int row = 0; //!< in the parent
    int sourceRow = -1; //!< -1: a conversation
    QString key; //!< a message's id, a conversation's key
    Place place; //!< a message's
    QDateTime latest; //!< a conversation's last message
    int messages = 0; //!< a conversation's, replies included
    QString contactId; //!< a conversation's
    QString number; //!< a conversation's other party, formatted
    std::vector<Node *> children;
};

namespace {

constexpr int arrowSide = 16;
constexpr int pictureGap = 4;

//! A small arrow: into the conversation for a received message, out of it for a sent one, in
//! `color`. An image, so the model paints it without a GUI application.
QImage arrow(bool received, const QColor &color)
{
    constexpr int size = arrowSide;
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    // Pointing right (sent); mirrored for received.
    QPolygonF shape({{3, 6.5}, {9, 6.5}, {9, 3}, {14, 8}, {9, 13}, {9, 9.5}, {3, 9.5}});
    if (received) {
        for (QPointF &point : shape)
            point.setX(size - point.x());
    }
    painter.drawPolygon(shape);
    return image;
}

//! The arrow, and the picture after it when there is one, on one image as tall as a picture.
QImage withPicture(const QImage &arrow, const QImage &picture)
{
    constexpr int side = ActivityTableModel::thumbnailSide;
    constexpr int gap = pictureGap;
    QImage image(arrowSide + gap + side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.drawImage(0, (side - arrow.height()) / 2, arrow);
    if (!picture.isNull())
        painter.drawImage(arrow.width() + gap + (side - picture.width()) / 2,
                          (side - picture.height()) / 2, picture);
    return image;
}

} // namespace

QSize ConversationModel::decorationSize()
{
    return {arrowSide + pictureGap + ActivityTableModel::thumbnailSide,
            ActivityTableModel::thumbnailSide};
}

bool ConversationModel::Place::operator==(const Place &other) const
{
    return id == other.id && conversation == other.conversation && replyTo == other.replyTo
        && at == other.at;
}

int ConversationModel::sourceColumnOf(int column) const
{
    switch (column) {
    case MessageColumn:
        return m_columns.message;
    case DirectionColumn:
        return m_columns.direction;
    case WhenColumn:
        return m_columns.when;
    default:
        return -1;
    }
}

int ConversationModel::columnOfSource(int sourceColumn) const
{
    if (sourceColumn == m_columns.direction)
        return DirectionColumn;
    if (sourceColumn == m_columns.when)
        return WhenColumn;
    return MessageColumn;
}

ConversationModel::ConversationModel(ActivityTableModel *messages, Columns columns, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_messages(messages)
    , m_columns(columns)
    , m_root(std::make_unique<Node>())
{
    // Names of contacts arrive after the rows: the conversations' titles change with them.
    connect(messages, &ActivityTableModel::namesChanged, this, [this] {
        if (!m_root->children.empty())
            emit dataChanged(index(0, MessageColumn),
                             index(int(m_root->children.size()) - 1, MessageColumn),
                             {Qt::DisplayRole});
    });
}

ConversationModel::~ConversationModel() = default;

void ConversationModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    QAbstractProxyModel::setSourceModel(source);
    if (source) {
        // Every structural change of the flat list is one layout change of the tree.
        for (const auto signal : {&QAbstractItemModel::rowsAboutToBeInserted,
                                  &QAbstractItemModel::rowsAboutToBeRemoved})
            connect(source, signal, this, &ConversationModel::aboutToChange);
        for (const auto signal :
             {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(source, signal, this, &ConversationModel::changed);
        connect(source, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &ConversationModel::aboutToChange);
        connect(source, &QAbstractItemModel::rowsMoved, this, &ConversationModel::changed);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &ConversationModel::aboutToChange);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ConversationModel::changed);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
                &ConversationModel::beginResetModel);
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(source, &QAbstractItemModel::dataChanged, this,
                &ConversationModel::sourceDataChanged);
    }
    rebuild();
    endResetModel();
}

ConversationModel::Place ConversationModel::placeOf(int sourceRow) const
{
    const QModelIndex at = sourceModel()->index(sourceRow, 0);
    const auto field = [&](const char *name) {
        return at.data(m_messages->fieldRole(QString::fromLatin1(name)));
    };
    Place place;
    place.id = at.data(ActivityTableModel::IdRole).toString();
    place.conversation = ActivitySync::conversationKey(field("remote_phone").toString(),
                                                       field("contact_id").toString());
    place.replyTo = field("response_to_id").toString();
    // When it happened as the list says it: a scheduled SMS at its time, a sent one when it went.
    place.at = sourceModel()->index(sourceRow, m_columns.when).data(Qt::UserRole).toDateTime();
    if (!place.at.isValid())
        place.at = field("activity_at").toDateTime();
    return place;
}

void ConversationModel::rebuild()
{
    m_root->children.clear();
    m_nodes.clear();
    m_bySourceRow.clear();
    m_messageById.clear();
    m_conversationByKey.clear();
    if (!sourceModel())
        return;

    const int count = sourceModel()->rowCount();
    std::vector<Node *> messages;
    messages.reserve(size_t(count));
    m_bySourceRow.reserve(size_t(count));
    m_nodes.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        auto node = std::make_unique<Node>();
        node->sourceRow = row;
        node->place = placeOf(row);
        node->key = node->place.id;
        messages.push_back(node.get());
        m_bySourceRow.push_back(node.get());
        m_messageById.insert(node->key, node.get());
        m_nodes.push_back(std::move(node));
    }
    // Oldest first; a message without a date after those with one, as the table lists them.
    std::stable_sort(messages.begin(), messages.end(), [](const Node *a, const Node *b) {
        if (a->place.at.isValid() != b->place.at.isValid())
            return a->place.at.isValid();
        return a->place.at < b->place.at;
    });

    std::vector<Node *> conversations;
    for (Node *message : messages) {
        Node *&conversation = m_conversationByKey[message->place.conversation];
        if (!conversation) {
            auto node = std::make_unique<Node>();
            node->key = message->place.conversation;
            node->parent = m_root.get();
            const QModelIndex first = sourceModel()->index(message->sourceRow, 0);
            node->contactId
                = first.data(m_messages->fieldRole(QStringLiteral("contact_id"))).toString();
            node->number
                = sourceModel()->index(message->sourceRow, m_columns.party).data().toString();
            conversation = node.get();
            conversations.push_back(node.get());
            m_nodes.push_back(std::move(node));
        }
        ++conversation->messages;
        if (message->place.at.isValid())
            conversation->latest = message->place.at;
        // A reply goes under what it answers when that came before it in the same
        // conversation; taking only earlier messages also keeps bad data from making a loop.
        Node *answered = m_messageById.value(message->place.replyTo);
        const bool nests = answered && answered != message && answered->parent
            && answered->place.conversation == message->place.conversation;
        message->parent = nests ? answered : conversation;
        message->row = int(message->parent->children.size());
        message->parent->children.push_back(message);
    }
    // The conversation with the latest message first.
    std::stable_sort(conversations.begin(), conversations.end(),
                     [](const Node *a, const Node *b) { return a->latest > b->latest; });
    for (Node *conversation : conversations) {
        conversation->row = int(m_root->children.size());
        m_root->children.push_back(conversation);
    }
}

void ConversationModel::aboutToChange()
{
    if (m_changing)
        return;
    m_changing = true;
    emit layoutAboutToBeChanged();
    m_persistent = persistentIndexList();
    m_kept.clear();
    m_kept.reserve(m_persistent.size());
    for (const QModelIndex &index : std::as_const(m_persistent)) {
        const Node *node = nodeOf(index);
        m_kept.append({node->sourceRow < 0, node->key, index.column()});
    }
}

void ConversationModel::changed()
{
    if (!m_changing)
        aboutToChange(); // a source that announced nothing
    rebuild();
    QModelIndexList now;
    now.reserve(m_persistent.size());
    for (const Kept &kept : std::as_const(m_kept)) {
        const Node *node = kept.conversation ? m_conversationByKey.value(kept.key)
                                             : m_messageById.value(kept.key);
        now.append(node ? indexOf(node, kept.column) : QModelIndex());
    }
    changePersistentIndexList(m_persistent, now);
    m_persistent.clear();
    m_kept.clear();
    m_changing = false;
    emit layoutChanged();
}

void ConversationModel::sourceDataChanged(const QModelIndex &from, const QModelIndex &to)
{
    if (m_changing)
        return;
    // An edit that moves a message (another number, contact, reply or date) moves it in the
    // tree; any other is a change of its cells and of its conversation's summary.
    for (int row = from.row(); row <= to.row(); ++row) {
        const Node *node = nodeOfSourceRow(row);
        if (!node || !(node->place == placeOf(row))) {
            aboutToChange();
            changed();
            return;
        }
    }
    for (int row = from.row(); row <= to.row(); ++row) {
        const Node *node = nodeOfSourceRow(row);
        emit dataChanged(indexOf(node, 0), indexOf(node, ColumnCount - 1));
        const Node *conversation = node;
        while (conversation->parent != m_root.get())
            conversation = conversation->parent;
        emit dataChanged(indexOf(conversation, 0), indexOf(conversation, ColumnCount - 1));
    }
}

ConversationModel::Node *ConversationModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

const ConversationModel::Node *ConversationModel::nodeOfSourceRow(int row) const
{
    return row >= 0 && size_t(row) < m_bySourceRow.size() ? m_bySourceRow[size_t(row)] : nullptr;
}

QModelIndex ConversationModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex ConversationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *node = nodeOf(parent);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return indexOf(node->children.at(size_t(row)), column);
}

QModelIndex ConversationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent, 0);
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int ConversationModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ConversationModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

Qt::ItemFlags ConversationModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant ConversationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Conversation");
    case DirectionColumn:
        return m_messages->headerData(m_columns.direction, Qt::Horizontal, role);
    case WhenColumn:
        return tr("When");
    default:
        return {};
    }
}

QModelIndex ConversationModel::mapToSource(const QModelIndex &proxyIndex) const
{
    const Node *node = proxyIndex.isValid() ? nodeOf(proxyIndex) : nullptr;
    if (!node || node->sourceRow < 0 || !sourceModel())
        return {};
    return sourceModel()->index(node->sourceRow, sourceColumnOf(proxyIndex.column()));
}

QModelIndex ConversationModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    return indexOf(nodeOfSourceRow(sourceIndex.row()), columnOfSource(sourceIndex.column()));
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !sourceModel())
        return {};
    const Node *node = nodeOf(index);
    if (role == IsConversationRole)
        return node->sourceRow < 0;
    if (node->sourceRow < 0)
        return conversationData(node, index.column(), role);
    return messageData(node, index.column(), role);
}

QVariant ConversationModel::messageData(const Node *node, int column, int role) const
{
    switch (role) {
    case ConversationKeyRole:
        return node->place.conversation;
    case MessageCountRole:
    case UnreadCountRole:
        return {};
    case Qt::DecorationRole:
        if (column == MessageColumn) {
            // Received or sent at a glance; a message Close could not send in red; an MMS's
            // first picture beside it.
            const QModelIndex at = sourceModel()->index(node->sourceRow, m_columns.message);
            const bool received = m_messages->sync()->isInbound(m_messages->rowOf(node->key));
            const bool failed = at.data(ActivityTableModel::SeverityRole).toInt() > 1;
            static const QImage in = arrow(true, QColor(0x2a, 0x7a, 0xd4));
            static const QImage out = arrow(false, QColor(0x3c, 0x9a, 0x4e));
            static const QImage bad = arrow(false, QColor(0xc6, 0x28, 0x28));
            return withPicture(failed         ? bad
                                   : received ? in
                                              : out,
                               at.data(ActivityTableModel::ThumbnailRole).value<QImage>());
        }
        return {};
    case Qt::FontRole:
    case Qt::ForegroundRole:
        // One the filters would hide, kept because it is open, in grey italics as in the list:
        // it is no result.
        if (isKept(node)) {
            if (role == Qt::ForegroundRole)
                return QColor(0x80, 0x80, 0x80);
            QFont font = sourceModel()->index(node->sourceRow, 0).data(role).value<QFont>();
            font.setItalic(true);
            return font;
        }
        break;
    default:
        break;
    }
    // A message's cells are the table's; its other roles (id, fields, pending edits) too.
    return sourceModel()
        ->index(node->sourceRow,
                role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::UserRole
                    ? sourceColumnOf(column)
                    : 0)
        .data(role);
}

QVariant ConversationModel::conversationData(const Node *node, int column, int role) const
{
    switch (role) {
    case ConversationKeyRole:
        return node->key;
    case MessageCountRole:
        return node->messages;
    case UnreadCountRole:
        return unreadIn(node);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        font.setItalic(allKept(node));
        return font;
    }
    case Qt::ForegroundRole:
        return allKept(node) ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::UserRole:
        return column == WhenColumn ? QVariant(node->latest) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case MessageColumn: {
        const QString name = m_messages->displayName(node->contactId);
        const QString number = node->number.isEmpty() ? tr("Unknown number") : node->number;
        const QString title = node->contactId.isEmpty() || name == node->contactId
            ? number
            : tr("%1 · %2").arg(name, number);
        // Shown only because its SMS is open: said, so nobody takes it for a result.
        return allKept(node) ? tr("%1 (open, not a match)").arg(title) : title;
    }
    case DirectionColumn: {
        const QString messages
            = node->messages == 1 ? tr("1 message") : tr("%n messages", nullptr, node->messages);
        const int unread = unreadIn(node);
        return unread == 0 ? messages : tr("%1, %n new", nullptr, unread).arg(messages);
    }
    case WhenColumn:
        return ActivityTableModel::listTime(node->latest.isValid() ? std::optional(node->latest)
                                                                   : std::nullopt);
    default:
        return {};
    }
}

QModelIndex ConversationModel::indexOfMessage(const QString &id) const
{
    return indexOf(m_messageById.value(id), 0);
}

QModelIndex ConversationModel::indexOfConversation(const QString &key) const
{
    return indexOf(m_conversationByKey.value(key), 0);
}

int ConversationModel::messageRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    const Node *node = nodeOf(index);
    return node->sourceRow < 0 ? -1 : m_messages->rowOf(node->key);
}

std::vector<const ConversationModel::Node *>
ConversationModel::messagesUnder(const Node *node) const
{
    std::vector<const Node *> found;
    std::vector<const Node *> open(node->children.begin(), node->children.end());
    while (!open.empty()) {
        const Node *n = open.back();
        open.pop_back();
        found.push_back(n);
        open.insert(open.end(), n->children.begin(), n->children.end());
    }
    return found;
}

bool ConversationModel::isKept(const Node *message) const
{
    return sourceModel()->index(message->sourceRow, 0).data(ActivityFilterProxy::KeptRole).toBool();
}

bool ConversationModel::allKept(const Node *conversation) const
{
    const std::vector<const Node *> messages = messagesUnder(conversation);
    return !messages.empty()
        && std::all_of(messages.begin(), messages.end(),
                       [this](const Node *message) { return isKept(message); });
}

bool ConversationModel::isUnread(const Node *message) const
{
    return sourceModel()
        ->index(message->sourceRow, 0)
        .data(ActivityTableModel::UnreadRole)
        .toBool();
}

int ConversationModel::unreadIn(const Node *node) const
{
    int unread = 0;
    for (const Node *message : messagesUnder(node))
        unread += isUnread(message) ? 1 : 0;
    return unread;
}

QList<int> ConversationModel::unreadRows(const QModelIndex &conversation) const
{
    QList<int> rows;
    if (!conversation.isValid() || !sourceModel())
        return rows;
    for (const Node *message : messagesUnder(nodeOf(conversation))) {
        if (isUnread(message))
            rows << m_messages->rowOf(message->key);
    }
    return rows;
}

int ConversationModel::latestMessageRow(const QModelIndex &index, bool received) const
{
    if (!index.isValid() || !sourceModel())
        return -1;
    const Node *node = nodeOf(index);
    if (node->sourceRow >= 0 && !received)
        return m_messages->rowOf(node->key);
    while (node->parent != m_root.get())
        node = node->parent;
    // The last by time; without a date (a draft) counts as latest, as the tree lists it.
    const auto later = [](const Node *a, const Node *b) {
        if (!b)
            return true;
        if (a->place.at.isValid() != b->place.at.isValid())
            return !a->place.at.isValid();
        return a->place.at >= b->place.at;
    };
    const Node *latest = nullptr;
    const Node *latestReceived = nullptr;
    for (const Node *message : messagesUnder(node)) {
        if (later(message, latest))
            latest = message;
        const int row = m_messages->rowOf(message->key);
        if (received && m_messages->sync()->isInbound(row) && later(message, latestReceived))
            latestReceived = message;
    }
    const Node *chosen = latestReceived ? latestReceived : latest;
    return chosen ? m_messages->rowOf(chosen->key) : -1;
}
