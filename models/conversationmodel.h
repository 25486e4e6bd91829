#pragma once

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QHash>
#include <QSize>

#include <memory>
#include <vector>

class ActivityTableModel;

//! Messages (SMS or WhatsApp) as the rep reads them: one top-level row per conversation (the
//! other party's number and contact), most recent first; under it its messages, oldest first,
//! received and sent told apart by their icon; and each reply under the message it answers
//! (`response_to_id`, WhatsApp's) when that one is in the same conversation and shown. A
//! conversation counts the messages the rep has not opened (ActivityTableModel::UnreadRole).
//!
//! The source is a flat model over the messages (the table or a filter proxy over it), so the
//! conversations show exactly what the filters let through. Any change that moves a message
//! rebuilds the tree as one layout change: selection and expanded rows follow their
//! conversations and messages.
class ConversationModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, DirectionColumn, WhenColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        IsConversationRole = Qt::UserRole + 100, //!< bool
        MessageCountRole, //!< int: the messages of a conversation
        ConversationKeyRole, //!< QString: ActivitySync::conversationKey()
        UnreadCountRole, //!< int: a conversation's messages not opened yet
    };
    Q_ENUM(Role)

    //! Which of the table's list columns the tree shows, and which names the other party.
    struct Columns
    {
        int message;
        int direction; //!< how the message went (received, sent, failed…)
        int when;
        int party; //!< the other party's number, as the list shows it
    };

    ConversationModel(ActivityTableModel *messages, Columns columns, QObject *parent = nullptr);

    //! The size of a message's decoration (its arrow, and a picture's thumbnail): the icon size
    //! for the view.
    static QSize decorationSize();
    ~ConversationModel() override;

    //! A flat model whose rows are messages of `messages` (itself, or a proxy over it).
    void setSourceModel(QAbstractItemModel *source) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    //! Never: a conversation is only whole once every message is loaded, so whoever shows
    //! the conversations loads the messages (a view would ask even while hidden).
    bool canFetchMore(const QModelIndex &) const override { return false; }
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    //! The message's row, by id; invalid when no message of that id is shown.
    QModelIndex indexOfMessage(const QString &id) const;
    //! The conversation's row, by key; invalid when none of its messages is shown.
    QModelIndex indexOfConversation(const QString &key) const;
    //! The row in the table of the message at `index`; -1 for a conversation.
    int messageRow(const QModelIndex &index) const;
    //! For a message, its row in the table. For a conversation (or, with `received`, for any
    //! of its rows), the row of its latest message, of its latest received one with `received`
    //! (the latest of all when none was received); -1 when there is none.
    int latestMessageRow(const QModelIndex &index, bool received) const;
    //! The rows in the table of the conversation's messages not opened yet.
    QList<int> unreadRows(const QModelIndex &conversation) const;

private:
    struct Node;

    void aboutToChange();
    void changed();
    void sourceDataChanged(const QModelIndex &from, const QModelIndex &to);
    void rebuild();
    //! Where the source row belongs: its conversation, what it answers and when it happened.
    struct Place
    {
        QString id;
        QString conversation;
        QString replyTo;
        QDateTime at;
        bool operator==(const Place &other) const;
    };
    Place placeOf(int sourceRow) const;
    Node *nodeOf(const QModelIndex &index) const;
    const Node *nodeOfSourceRow(int row) const;
    QModelIndex indexOf(const Node *node, int column) const;
    QVariant conversationData(const Node *node, int column, int role) const;
    QVariant messageData(const Node *node, int column, int role) const;
    int unreadIn(const Node *node) const;
    bool isUnread(const Node *message) const;
    //! Shown though the filters hide it, because it is open (ActivityFilterProxy::KeptRole).
    bool isKept(const Node *message) const;
    bool allKept(const Node *conversation) const;
    //! Every message under `node`, replies included.
    std::vector<const Node *> messagesUnder(const Node *node) const;
    int sourceColumnOf(int column) const;
    int columnOfSource(int sourceColumn) const;

    ActivityTableModel *m_messages;
    Columns m_columns;
    std::unique_ptr<Node> m_root;
    std::vector<std::unique_ptr<Node>> m_nodes; //!< owns every node but the root
    std::vector<Node *> m_bySourceRow; //!< the message of each source row
    QHash<QString, Node *> m_messageById;
    QHash<QString, Node *> m_conversationByKey;
    //! Between aboutToChange() and changed(): the persistent indexes, and what each stood for.
    struct Kept
    {
        bool conversation = false;
        QString key;
        int column = 0;
    };
    QModelIndexList m_persistent;
    QList<Kept> m_kept;
    bool m_changing = false;
};
