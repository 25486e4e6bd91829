#include "whatsappworkspace.h"

#include "activityfilterproxy.h"
#include "conversationmodel.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

WhatsAppWorkspace::WhatsAppWorkspace(WhatsAppTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new ActivityFilterProxy(this))
    , m_conversations(new ConversationModel(model, this))
    , m_view(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_incoming(new QToolButton(this))
    , m_outgoing(new QToolButton(this))
    , m_counts(new QLabel(this))
    , m_form(new WhatsAppForm(model, this))
    , m_splitter(new QSplitter(this))
    , m_later(new QTimer(this))
{
    m_proxy->setSourceModel(model);
    // The conversations are built once the tab is first shown (ensureLoaded()): until then
    // nobody looks at them, and keeping the tree up to date costs at every page.

    for (QToolButton *chip : {m_incoming, m_outgoing}) {
        chip->setCheckable(true);
        chip->setToolTip(tr("Show only these (both or neither: all)"));
        connect(chip, &QToolButton::toggled, this, &WhatsAppWorkspace::updateFilter);
    }
    m_incoming->setAccessibleName(tr("Received"));
    m_outgoing->setAccessibleName(tr("Sent"));
    m_counts->setAccessibleName(tr("Message count"));
    auto *chipRow = new QHBoxLayout;
    chipRow->setSpacing(4);
    chipRow->addWidget(m_incoming);
    chipRow->addWidget(m_outgoing);
    chipRow->addStretch(1);
    chipRow->addWidget(m_counts);

    m_search->setPlaceholderText(tr("Search messages and numbers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search WhatsApp messages"));
    connect(m_search, &QLineEdit::textChanged, this, &WhatsAppWorkspace::updateFilter);

    m_view->setModel(m_conversations);
    m_view->setAccessibleName(tr("WhatsApp conversations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ConversationModel::MessageColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ConversationModel::DirectionColumn, 110);
    m_view->setColumnWidth(ConversationModel::WhenColumn, 175);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WhatsAppWorkspace::currentChanged);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (index.data(ConversationModel::IsConversationRole).toBool())
            m_collapsed.insert(index.data(ConversationModel::ConversationKeyRole).toString());
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_expanding) // expandAll() tells of every row it opens
            m_collapsed.remove(index.data(ConversationModel::ConversationKeyRole).toString());
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addLayout(chipRow);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_view, 1);

    m_splitter->setObjectName(QStringLiteral("whatsappSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_form); // its fields scroll, its actions stay in view
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_view);

    // New rows, filters and edits that move messages: conversations open (but those the rep
    // closed), the counts redone, the form kept on a message that is shown.
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, [this] {
        if (m_expand) {
            m_expand = false;
            expandConversations();
        }
        if (isVisible())
            ensureLoaded(); // again after a switch of account emptied the list
        updateCounts();
        if (!m_view->currentIndex().isValid()) {
            const QModelIndex first = m_conversations->index(0, 0, m_conversations->index(0, 0));
            if (first.isValid())
                m_view->setCurrentIndex(first);
            else
                currentChanged();
        }
    });
    const auto relaid = [this] {
        m_expand = true;
        m_later->start();
    };
    connect(m_conversations, &QAbstractItemModel::layoutChanged, this, relaid);
    connect(m_conversations, &QAbstractItemModel::modelReset, this, relaid);
    connect(m_model, &QAbstractItemModel::dataChanged, m_later, qOverload<>(&QTimer::start));
    connect(m_model, &ActivityTableModel::loadingChanged, this, [this](bool loading) {
        // Once the tab was shown, load every message (the conversations need them all);
        // after a failed page, F5 tries again.
        if (!loading && m_wanted && !m_model->lastFetchFailed() && m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_later->start();
    });
    updateCounts();
}

QToolButton *WhatsAppWorkspace::chip(const QString &direction) const
{
    return direction == QLatin1String("incoming") ? m_incoming
        : direction == QLatin1String("outgoing")  ? m_outgoing
                                                  : nullptr;
}

void WhatsAppWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void WhatsAppWorkspace::ensureLoaded()
{
    m_wanted = true;
    if (!m_conversations->sourceModel())
        m_conversations->setSourceModel(m_proxy);
    if (!m_model->isLoading() && m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

bool WhatsAppWorkspace::selectMessage(const QString &id)
{
    const QModelIndex index = m_conversations->indexOfMessage(id);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

void WhatsAppWorkspace::updateFilter()
{
    // Both chips or neither: every direction.
    const bool in = m_incoming->isChecked();
    const bool out = m_outgoing->isChecked();
    m_proxy->setDirection(in == out ? QString()
                              : in  ? QStringLiteral("incoming")
                                    : QStringLiteral("outgoing"));
    m_proxy->setSearchText(m_search->text());
}

void WhatsAppWorkspace::updateCounts()
{
    int incoming = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        incoming += m_model->field(row, QStringLiteral("direction")).toString()
            == QLatin1String("incoming");
    m_incoming->setText(tr("Received %1").arg(incoming));
    m_outgoing->setText(tr("Sent %1").arg(m_model->rowCount() - incoming));
    const int conversations = m_conversations->rowCount();
    QString text
        = conversations == 1 ? tr("1 conversation") : tr("%1 conversations").arg(conversations);
    if (m_model->isLoading() || (m_wanted && m_model->canFetchMore({})))
        text += tr(" (loading…)");
    m_counts->setText(text);
}

void WhatsAppWorkspace::expandConversations()
{
    m_expanding = true;
    m_view->expandAll();
    m_expanding = false;
    for (const QString &key : std::as_const(m_collapsed)) {
        const QModelIndex conversation = m_conversations->indexOfConversation(key);
        if (conversation.isValid())
            m_view->collapse(conversation);
    }
}

void WhatsAppWorkspace::currentChanged()
{
    m_form->setCurrentRow(m_conversations->messageRow(m_view->currentIndex()));
}
