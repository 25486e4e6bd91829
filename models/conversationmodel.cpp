#include "conversationmodel.h"

#include "whatsapptablemodel.h"

#include <QFont>

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

// The tree's columns over the table's.
constexpr std::pair<int, int> treeAndSourceColumns[] = {
    {ConversationModel::MessageColumn, WhatsAppTableModel::MessageColumn},
    {ConversationModel::DirectionColumn, WhatsAppTableModel::DirectionColumn},
    {ConversationModel::WhenColumn, WhatsAppTableModel::WhenColumn},
};

int sourceColumnOf(int column)
{
    for (const auto &[tree, source] : treeAndSourceColumns) {
        if (tree == column)
            return source;
    }
    return -1;
}

int columnOfSource(int sourceColumn)
{
    for (const auto &[tree, source] : treeAndSourceColumns) {
        if (source == sourceColumn)
            return tree;
    }
    return ConversationModel::MessageColumn;
}

} // namespace

bool ConversationModel::Place::operator==(const Place &other) const
{
    return id == other.id && conversation == other.conversation && replyTo == other.replyTo
        && at == other.at;
}

ConversationModel::ConversationModel(WhatsAppTableModel *messages, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_messages(messages)
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
    place.conversation = WhatsAppTableModel::conversationKey(field("remote_phone").toString(),
                                                             field("contact_id").toString());
    place.replyTo = field("response_to_id").toString();
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
            node->number = sourceModel()
                               ->index(message->sourceRow, WhatsAppTableModel::ContactColumn)
                               .data()
                               .toString();
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
        return tr("Direction");
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
    if (role == ConversationKeyRole)
        return node->place.conversation;
    if (role == MessageCountRole)
        return QVariant();
    // A message's cells are the table's; its other roles (id, fields, pending edits) too.
    return sourceModel()
        ->index(node->sourceRow,
                role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::UserRole
                    ? sourceColumnOf(index.column())
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
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
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
        if (node->contactId.isEmpty() || name == node->contactId)
            return number;
        return tr("%1 · %2").arg(name, number);
    }
    case DirectionColumn:
        return node->messages == 1 ? tr("1 message") : tr("%n messages", nullptr, node->messages);
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
