#pragma once

#include <QAbstractProxyModel>
#include <QDateTime>
#include <QHash>

#include <memory>
#include <vector>

class WhatsAppTableModel;

//! WhatsApp messages as the rep reads them: one top-level row per conversation (the other
//! party's number and contact), most recent first; under it its messages, oldest first; and
//! each reply under the message it answers (`response_to_id`) when that one is in the same
//! conversation and shown.
//!
//! The source is a flat model over the messages (the WhatsApp table or a filter proxy over it),
//! so the conversations show exactly what the filters let through. Any change that moves a
//! message rebuilds the tree as one layout change: selection and expanded rows follow their
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
        ConversationKeyRole, //!< QString: WhatsAppTableModel::conversationKey()
    };
    Q_ENUM(Role)

    explicit ConversationModel(WhatsAppTableModel *messages, QObject *parent = nullptr);
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
    //! The row in the WhatsApp table of the message at `index`; -1 for a conversation.
    int messageRow(const QModelIndex &index) const;

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

    WhatsAppTableModel *m_messages;
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
