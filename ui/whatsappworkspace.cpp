#include "whatsappworkspace.h"

#include "activityfilterproxy.h"
#include "columnfitter.h"
#include "conversationmodel.h"
#include "formsupport.h"
#include "listpane.h"
#include "pageloader.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

WhatsAppWorkspace::WhatsAppWorkspace(WhatsAppTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_pages(PageLoader::of(model))
    , m_proxy(new ActivityFilterProxy(this))
    , m_conversations(new ConversationModel(model, WhatsAppTableModel::conversationColumns, this))
    , m_view(new QTreeView(this))
    , m_pane(new ListPane(m_view, this))
    , m_incoming(m_pane->addChip(tr("Received"), tr("Show only these (both or neither: all)")))
    , m_outgoing(m_pane->addChip(tr("Sent"), tr("Show only these (both or neither: all)")))
    , m_counts(new QLabel(this))
    , m_form(new WhatsAppForm(model, this))
    , m_splitter(new QSplitter(this))
    , m_later(new QTimer(this))
{
    FormSupport::showPlainText({m_counts});
    m_proxy->setObjectName(QStringLiteral("whatsappProxy"));
    m_proxy->setSourceModel(model);
    // The conversations are built once the tab is first shown (ensureLoaded()): until then
    // nobody looks at them, and keeping the tree up to date costs at every page.

    m_incoming->setObjectName(QStringLiteral("incomingChip"));
    m_outgoing->setObjectName(QStringLiteral("outgoingChip"));
    m_counts->setObjectName(QStringLiteral("whatsappCount"));
    m_counts->setAccessibleName(tr("Message count"));
    m_pane->addToFilterRow(m_counts);
    m_pane->search()->setObjectName(QStringLiteral("whatsappSearch"));
    m_pane->search()->setAccessibleName(tr("Search WhatsApp messages"));
    connect(m_pane, &ListPane::filtersChanged, this, &WhatsAppWorkspace::updateFilter);

    m_view->setObjectName(QStringLiteral("whatsappConversations"));
    m_view->setModel(m_conversations);
    m_view->setAccessibleName(tr("WhatsApp conversations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->setIconSize(ConversationModel::decorationSize());
    m_view->setAllColumnsShowFocus(true);
    m_view->setWordWrap(false);
    m_view->header()->setStretchLastSection(false);
    new ColumnFitter(
        m_view->header(), ConversationModel::MessageColumn,
        {{ConversationModel::DirectionColumn, 110}, {ConversationModel::WhenColumn, 175}});
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

    m_splitter->setObjectName(QStringLiteral("whatsappSplitter"));
    FormSupport::layOutWorkspace(this, m_splitter, m_pane, m_form);
    setFocusProxy(m_view);

    // New rows, filters and edits that move messages: conversations open (but those the rep
    // closed), the counts redone, the form kept on a message that is shown.
    m_later->setSingleShot(true);
    m_later->setInterval(0);
    connect(m_later, &QTimer::timeout, this, [this] {
        if (!isVisible())
            return; // nobody sees it: done when the tab is shown (showEvent())
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
    connect(m_model, &ActivityTableModel::loadingChanged, m_later, qOverload<>(&QTimer::start));
    updateCounts();
}

void WhatsAppWorkspace::reveal(const QString &id)
{
    if (selectMessage(id))
        return;
    for (QToolButton *chip : {m_incoming, m_outgoing})
        chip->setChecked(false);
    m_pane->search()->clear();
    selectMessage(id);
}

void WhatsAppWorkspace::focusSearch()
{
    m_pane->focusSearch();
}

void WhatsAppWorkspace::saveFilters(QSettings &settings) const
{
    QStringList directions;
    if (m_incoming->isChecked())
        directions << QStringLiteral("incoming");
    if (m_outgoing->isChecked())
        directions << QStringLiteral("outgoing");
    settings.setValue(QStringLiteral("directions"), directions);
}

void WhatsAppWorkspace::restoreFilters(QSettings &settings)
{
    const QStringList directions = settings.value(QStringLiteral("directions")).toStringList();
    m_incoming->setChecked(directions.contains(QLatin1String("incoming")));
    m_outgoing->setChecked(directions.contains(QLatin1String("outgoing")));
    settings.remove(QStringLiteral("search")); // remembered by earlier versions: not now
}

void WhatsAppWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
    m_later->start(); // what changed while the tab was hidden
}

void WhatsAppWorkspace::ensureLoaded()
{
    if (!m_conversations->sourceModel())
        m_conversations->setSourceModel(m_proxy);
    // The conversations need every message: every page is loaded.
    m_pages->start();
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
    m_proxy->setSearchText(m_pane->search()->text());
}

void WhatsAppWorkspace::updateCounts()
{
    const int incoming
        = m_model->tally(QStringLiteral("direction")).value(QStringLiteral("incoming"));
    m_incoming->setText(tr("Received %1").arg(incoming));
    m_outgoing->setText(tr("Sent %1").arg(m_model->rowCount() - incoming));
    const int conversations = m_conversations->rowCount();
    QString text = conversations == 1 ? tr("1 conversation")
                                      : tr("%n conversations", nullptr, conversations);
    if (m_pages->isLoading())
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
    const QModelIndex current = m_view->currentIndex();
    const int row = m_conversations->messageRow(current);
    m_form->setCurrentRow(row);
    // What the rep opens is read: the message, or every message of the conversation.
    const QList<int> read = current.data(ConversationModel::IsConversationRole).toBool()
        ? m_conversations->unreadRows(current)
        : QList<int> {row};
    for (const int r : read)
        m_model->markRead(r);
}
