#include "smsworkspace.h"

#include "activityfilterproxy.h"
#include "columnfitter.h"
#include "conversationmodel.h"
#include "drafteditor.h"
#include "elidedlabel.h"
#include "errorlogmodel.h"
#include "formsupport.h"
#include "keptrowdelegate.h"
#include "listpane.h"
#include "newsmsdialog.h"
#include "pageloader.h"
#include "paintpacer.h"
#include "replybox.h"
#include "schedulepicker.h"
#include "smsbulkaction.h"
#include "smsform.h"
#include "smsstatus.h"
#include "smstablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

SmsWorkspace::SmsWorkspace(SmsTableModel *model, ErrorLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_log(log)
    , m_pages(PageLoader::of(model))
    , m_proxy(new ActivityFilterProxy(this))
    , m_list(new QTableView(this))
    , m_pane(new ListPane(m_list, this))
    , m_form(new SmsForm(model, this))
    , m_conversations(new ConversationModel(model, SmsTableModel::conversationColumns, this))
    , m_tree(new QTreeView(this))
    , m_conversationToggle(new QToolButton(this))
    , m_reply(new ReplyBox(model, this))
    , m_lead(new QComboBox(this))
    , m_splitter(new QSplitter(this))
    , m_countsTimer(new QTimer(this))
{
    m_countsTimer->setSingleShot(true);
    connect(m_countsTimer, &QTimer::timeout, this, &SmsWorkspace::updateCounts);
    const auto recount = [this] {
        // While pages arrive the chips, the lead filter and the status bar follow ten times a
        // second, as the list paints (each new text lays the pane out again); otherwise at once.
        if (!m_pages->isLoading())
            m_countsTimer->start(0);
        else if (!m_countsTimer->isActive())
            m_countsTimer->start(PaintPacer::pageMs);
    };
    // Keep loading (the counts and filters cover every SMS).
    m_pages->keepLoading();
    // A deleted SMS leaves the list; the form says so rather than opening its neighbour. Told
    // before the proxy is, so before the list's selection moves to the neighbour.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int current = m_model->rowOf(m_form->currentId());
                if (current >= first && current <= last)
                    m_removingCurrent = true;
            });
    m_proxy->setObjectName(QStringLiteral("smsProxy"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::UserRole);

    m_pane->search()->setObjectName(QStringLiteral("smsSearch"));
    m_pane->search()->setAccessibleName(tr("Search"));
    connect(m_pane, &ListPane::filtersChanged, this, [this] {
        updateFilter();
        updateNoMatchNote();
    });

    m_list->setModel(m_proxy);
    m_list->setObjectName(QStringLiteral("smsList"));
    m_list->setAccessibleName(tr("SMS list"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->setTabKeyNavigation(false); // Tab goes on to the form; the arrows move in the list
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    for (int column = SmsTableModel::ListColumnCount; column < model->columnCount(); ++column)
        m_list->setColumnHidden(column, true);
    new ColumnFitter(m_list->horizontalHeader(), SmsTableModel::MessageColumn,
                     {{SmsTableModel::StatusColumn, 90},
                      {SmsTableModel::RecipientColumn, 140},
                      {SmsTableModel::ContactColumn, 110},
                      {SmsTableModel::WhenColumn, 160}});
    m_list->sortByColumn(SmsTableModel::StatusColumn, Qt::AscendingOrder);
    m_list->setItemDelegate(new KeptRowDelegate(m_list));
    new PaintPacer(m_list); // pages arrive faster than frames
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SmsWorkspace::currentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SmsWorkspace::updateBulkBar);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SmsWorkspace::updatePins);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_removingCurrent)
            return;
        // The form follows its SMS by id and says it is gone; the list just lets go of it.
        m_list->selectionModel()->clearCurrentIndex();
        m_removingCurrent = false;
        updatePins();
    });

    // The same SMS, through the same filters, as conversations: built only while shown (every
    // change rebuilds the tree).
    m_tree->setObjectName(QStringLiteral("smsConversations"));
    m_tree->setModel(m_conversations);
    m_tree->setAccessibleName(tr("SMS conversations"));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setIconSize(ConversationModel::decorationSize());
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setWordWrap(false);
    m_tree->header()->setStretchLastSection(false);
    new ColumnFitter(
        m_tree->header(), ConversationModel::MessageColumn,
        {{ConversationModel::DirectionColumn, 150}, {ConversationModel::WhenColumn, 160}});
    m_pane->addView(m_tree);
    // From a conversation: a reply in the box below, or a new SMS to the same person.
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const int row = m_conversations->latestMessageRow(m_tree->indexAt(at), true);
        if (row < 0)
            return;
        const QString number = m_model->field(row, QStringLiteral("remote_phone")).toString();
        auto *menu = new QMenu(m_tree);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(tr("&Reply here"), this,
                        [this] { m_reply->editor()->editor()->setFocus(); });
        menu->addAction(tr("&New SMS to %1…").arg(number), this,
                        [this, number] { newSms(number); });
        menu->popup(m_tree->viewport()->mapToGlobal(at));
    });
    // Pictures of MMS come in after the rows.
    connect(model, &SmsTableModel::thumbnailReady, m_tree->viewport(),
            qOverload<>(&QWidget::update));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SmsWorkspace::currentChanged);
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_collapsed.insert(index.data(ConversationModel::ConversationKeyRole).toString());
    });
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        m_collapsed.remove(index.data(ConversationModel::ConversationKeyRole).toString());
    });
    const auto relaid = [this] {
        // Laid out anew: open what the rep had open, keep the form's SMS current.
        expandConversations();
        if (!m_tree->currentIndex().isValid()) {
            const QModelIndex open = m_conversations->indexOfMessage(m_form->currentId());
            const QScopedValueRollback opening(m_opening, true);
            if (open.isValid())
                m_tree->setCurrentIndex(open);
        }
    };
    connect(m_conversations, &QAbstractItemModel::layoutChanged, this, relaid);
    connect(m_conversations, &QAbstractItemModel::modelReset, this, relaid);
    m_conversationToggle->setObjectName(QStringLiteral("conversationToggle"));
    m_conversationToggle->setCheckable(true);
    m_conversationToggle->setText(tr("Conversations"));
    m_conversationToggle->setAccessibleName(tr("Show as conversations"));
    m_conversationToggle->setToolTip(
        tr("Show the SMS as conversations, one per person, or as one list (Ctrl+Shift+L)"));
    connect(m_conversationToggle, &QToolButton::toggled, this, &SmsWorkspace::setConversationView);
    m_pane->addToFilterRow(m_conversationToggle);
    // Under the list: coming up as a second row is picked, it moves no row under the mouse.
    m_pane->addBelowList(createBulkBar());
    m_pane->addBelowList(m_reply);
    connect(m_reply, &ReplyBox::created, this, &SmsWorkspace::sendReply);
    connect(m_reply, &ReplyBox::message, this, &SmsWorkspace::message);
    const auto retarget = [this] {
        if (m_reply->isVisible() || m_conversationView)
            updateReplyTarget();
    };
    connect(model, &ActivityTableModel::dataChanged, this, retarget);
    connect(model, &ActivityTableModel::rowsRemoved, this, retarget);

    m_lead->setObjectName(QStringLiteral("leadFilter"));
    m_lead->setAccessibleName(tr("Lead"));
    m_lead->setToolTip(tr("Show only the SMS of one lead"));
    m_lead->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lead->addItem(tr("All leads"), QString());
    connect(m_lead, &QComboBox::currentIndexChanged, this, &SmsWorkspace::updateFilter);
    m_pane->addBesideSearch(m_lead);
    // In the order the rep's eye should take: what needs doing first.
    for (const SmsStatus::Status status : SmsStatus::ordered()) {
        QToolButton *chip
            = m_pane->addChip(SmsStatus::chip(status), tr("Show only these (several can be on)"));
        chip->setObjectName(QStringLiteral("%1Chip").arg(SmsStatus::wire(status)));
        m_chips.insert(SmsStatus::wire(status), chip);
    }
    m_pane->addNoMatchNote(tr("Show the SMS again that the search hides"));
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &SmsWorkspace::updateNoMatchNote);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &SmsWorkspace::updateNoMatchNote);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &SmsWorkspace::updateNoMatchNote);

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    FormSupport::layOutWorkspace(this, m_splitter, m_pane, m_form);

    connect(model, &QAbstractItemModel::rowsInserted, this, recount);
    // Open on a draft, the work waiting for the rep, rather than on a failure Close reported
    // long ago (those sort first in the list, where the rep sees them) or an empty form: the
    // first draft listed, and until one is, the top SMS. Only until the rep opens one; from
    // then on only the rep moves the form (the SMS in it stays listed, see updatePins()).
    const auto openOnADraft = [this](int first, int last) {
        if (m_repChose || m_conversationView)
            return;
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid() && isDraft(current.row()))
            return;
        for (int row = std::max(first, 0); row <= last && row < m_proxy->rowCount(); ++row) {
            if (isDraft(row))
                return openOnRow(row);
        }
        if (current.isValid())
            return;
        if (m_proxy->rowCount() > 0)
            openOnRow(0);
        else
            currentChanged();
    };
    connect(
        m_proxy, &QAbstractItemModel::rowsInserted, this,
        [openOnADraft](const QModelIndex &, int first, int last) { openOnADraft(first, last); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            [this, openOnADraft] { openOnADraft(0, m_proxy->rowCount() - 1); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(model, &QAbstractItemModel::modelReset, this, recount);
    connect(model, &ActivityTableModel::namesChanged, this, recount);
    connect(model, &QAbstractItemModel::dataChanged, this, recount);
    connect(model, &ActivityTableModel::loadingChanged, this, recount);
    connect(m_form, &SmsForm::refused, this, &SmsWorkspace::message);
    connect(m_form, &SmsForm::draftOpened, this, &SmsWorkspace::openDraft);
    connect(m_form, &SmsForm::newSmsTo, this, [this](const QString &search) { newSms(search); });
    // Reply from the list as from the form: the SMS it answers is the one in the form.
    auto *reply = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this, m_form, &SmsForm::reply);
    reply->setContext(Qt::WidgetWithChildrenShortcut);
    // Send from the list as from the form, for the one SMS picked (the one the form shows);
    // with several picked, Send all is the bar's, after its question.
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_list);
    send->setContext(Qt::WidgetShortcut);
    connect(send, &QShortcut::activated, this, [this] {
        const QModelIndexList picked = m_list->selectionModel()->selectedRows();
        if (picked.size() == 1
            && m_model->idAt(m_proxy->mapToSource(picked.constFirst()).row())
                == m_form->currentId())
            m_form->send();
    });
    updateCounts();
}

QWidget *SmsWorkspace::createBulkBar()
{
    // Several drafts selected: one action for all of them, with one confirmation and progress.
    m_bulkBar = new QWidget(this);
    // Cut short (whole in its tooltip) rather than widen the window past a small screen.
    m_bulkLabel = new ElidedLabel(m_bulkBar);
    m_bulkSend = new QPushButton(tr("Send all"), m_bulkBar);
    m_bulkSchedule = new QPushButton(tr("Schedule all…"), m_bulkBar);
    m_bulkDelete = new QPushButton(tr("Delete all…"), m_bulkBar);
    m_bulkProgress = new QProgressBar(m_bulkBar);
    m_bulkStop = new QPushButton(tr("Stop"), m_bulkBar);
    m_bulkBar->setObjectName(QStringLiteral("bulkBar"));
    m_bulkLabel->setObjectName(QStringLiteral("bulkLabel"));
    m_bulkSend->setObjectName(QStringLiteral("bulkSendButton"));
    m_bulkSchedule->setObjectName(QStringLiteral("bulkScheduleButton"));
    m_bulkDelete->setObjectName(QStringLiteral("bulkDeleteButton"));
    m_bulkProgress->setObjectName(QStringLiteral("bulkProgress"));
    m_bulkStop->setObjectName(QStringLiteral("bulkStopButton"));
    m_bulkSend->setAccessibleName(tr("Send all selected drafts"));
    m_bulkSchedule->setAccessibleName(tr("Schedule all selected drafts"));
    m_bulkDelete->setAccessibleName(tr("Delete all selected drafts"));
    m_bulkStop->setAccessibleName(tr("Stop the bulk action"));
    m_bulkProgress->setAccessibleName(tr("Bulk action progress"));
    m_bulkProgress->setFormat(tr("%v of %m"));
    m_bulkProgress->hide();
    m_bulkStop->hide();
    connect(m_bulkSend, &QPushButton::clicked, this, &SmsWorkspace::sendSelected);
    connect(m_bulkSchedule, &QPushButton::clicked, this, &SmsWorkspace::scheduleSelected);
    connect(m_bulkDelete, &QPushButton::clicked, this, &SmsWorkspace::deleteSelected);
    connect(m_bulkStop, &QPushButton::clicked, this, [this] {
        if (m_bulk)
            m_bulk->stop();
    });
    auto *layout = new QHBoxLayout(m_bulkBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bulkLabel, 1);
    layout->addWidget(m_bulkProgress);
    layout->addWidget(m_bulkStop);
    layout->addWidget(m_bulkSchedule);
    layout->addWidget(m_bulkSend);
    layout->addWidget(m_bulkDelete);
    m_bulkBar->hide();
    return m_bulkBar;
}

void SmsWorkspace::updateNoMatchNote()
{
    const QString search = m_pane->search()->text().trimmed();
    // The SMS open in the form may stay listed though it does not match: it is no result.
    int kept = 0;
    for (const QString &id : m_proxy->pinnedIds()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        kept += index.data(ActivityFilterProxy::KeptRole).toBool() ? 1 : 0;
    }
    const bool none = !search.isEmpty() && m_proxy->rowCount() == kept;
    QString text;
    if (none) {
        const bool filtered
            = !m_proxy->statuses().isEmpty() || !m_lead->currentData().toString().isEmpty();
        text = filtered ? tr("No SMS match “%1” with the filters above.").arg(search)
                        : tr("No SMS match “%1”.").arg(search);
    }
    m_pane->showNoMatch(text, kept > 0);
}

void SmsWorkspace::reveal(const QString &id)
{
    if (!selectActivity(id)) {
        for (QToolButton *chip : std::as_const(m_chips))
            chip->setChecked(false);
        m_pane->search()->clear();
        m_lead->setCurrentIndex(0);
        updateFilter();
        selectActivity(id);
    }
    if (m_conversationView) {
        m_tree->scrollTo(m_tree->currentIndex());
        m_tree->setFocus();
        return;
    }
    m_list->scrollTo(m_list->currentIndex());
    m_list->setFocus();
}

void SmsWorkspace::setConversationView(bool on)
{
    if (on == m_conversationView)
        return;
    const QString open = m_form->currentId();
    m_conversationView = on;
    {
        const QSignalBlocker blocker(m_conversationToggle);
        m_conversationToggle->setChecked(on);
    }
    m_conversations->setSourceModel(on ? m_proxy : nullptr);
    m_pane->showView(on ? static_cast<QAbstractItemView *>(m_tree) : m_list);
    // The SMS in the form stays open, now in the view shown (the window's choice: nothing of
    // it counts as read).
    const QScopedValueRollback opening(m_opening, true);
    if (!open.isEmpty() && !selectActivity(open))
        m_form->setCurrentRow(m_model->rowOf(open));
    if (on && !m_tree->currentIndex().isValid() && m_conversations->rowCount() > 0)
        m_tree->setCurrentIndex(m_conversations->index(0, 0));
    updateReplyTarget();
    updateBulkBar();
    updateNoMatchNote();
    emit conversationViewChanged(on);
}

void SmsWorkspace::expandConversations()
{
    if (!m_conversationView)
        return;
    m_tree->expandAll();
    for (const QString &key : std::as_const(m_collapsed)) {
        const QModelIndex conversation = m_conversations->indexOfConversation(key);
        if (conversation.isValid())
            m_tree->collapse(conversation);
    }
}

void SmsWorkspace::newSms(const QString &search)
{
    auto *dialog = new NewSmsDialog(m_model, m_form->senderModel(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSearch(search);
    connect(dialog, &NewSmsDialog::created, this, &SmsWorkspace::openDraft);
    dialog->open();
}

void SmsWorkspace::openDraft(const QString &id)
{
    m_freshDrafts.insert(id);
    reveal(id);
    m_form->focusMessage();
    emit message(tr("New draft: write the message, then send (Ctrl+Return) or schedule it."));
}

void SmsWorkspace::restoreSplitter(const QByteArray &state)
{
    m_splitterState = state;
    if (isVisible())
        applySplitterState();
}

QByteArray SmsWorkspace::splitterState() const
{
    // Not restored yet (the tab never showed): what was restored stays what is saved.
    return m_splitterState.isEmpty() ? m_splitter->saveState() : m_splitterState;
}

void SmsWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applySplitterState();
}

void SmsWorkspace::applySplitterState()
{
    if (m_splitterState.isEmpty())
        return;
    layout()->activate(); // the splitter at the page's width first
    m_splitter->restoreState(std::exchange(m_splitterState, {}));
}

void SmsWorkspace::focusSearch()
{
    m_pane->focusSearch();
}

QStringList SmsWorkspace::checkedStatuses() const
{
    QStringList statuses;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            statuses << it.key();
    }
    return statuses;
}

void SmsWorkspace::saveFilters(QSettings &settings) const
{
    settings.setValue(QStringLiteral("statuses"), checkedStatuses());
    settings.setValue(QStringLiteral("lead"), m_lead->currentData().toString());
    settings.setValue(QStringLiteral("view"),
                      m_conversationView ? QStringLiteral("conversations")
                                         : QStringLiteral("list"));
}

void SmsWorkspace::restoreFilters(QSettings &settings)
{
    const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setChecked(statuses.contains(it.key()));
    settings.remove(QStringLiteral("search")); // remembered by earlier versions: not now
    // The lead list fills as SMS arrive: the lead is chosen once it is there.
    m_restoredLead = settings.value(QStringLiteral("lead")).toString();
    setConversationView(settings.value(QStringLiteral("view")).toString()
                        == QLatin1String("conversations"));
}

bool SmsWorkspace::selectActivity(const QString &id)
{
    if (m_conversationView) {
        const QModelIndex message = m_conversations->indexOfMessage(id);
        if (!message.isValid())
            return false;
        m_tree->setCurrentIndex(message);
        return true;
    }
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    // As a plain click would: this SMS alone, whatever modifier keys are held.
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void SmsWorkspace::updateFilter()
{
    m_proxy->setStatuses(checkedStatuses());
    m_proxy->setSearchText(m_pane->search()->text());
    m_proxy->setLeadId(m_lead->currentData().toString());
}

void SmsWorkspace::updateLeads(const QMap<QString, int> &counts)
{
    // Rebuilt only when a lead, its count or its name changed: recounts run as the rep types.
    QList<QPair<QString, QString>> items; // (lead id, text)
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        items.append({it.key(), tr("%1 (%2)").arg(m_model->displayName(it.key())).arg(it.value())});
    bool same = m_lead->count() == items.size() + 1;
    for (int i = 0; same && i < items.size(); ++i)
        same = m_lead->itemData(i + 1).toString() == items.at(i).first
            && m_lead->itemText(i + 1) == items.at(i).second;
    if (same)
        return;
    const QString current = m_lead->currentData().toString();
    QSignalBlocker blocker(m_lead);
    while (m_lead->count() > 1)
        m_lead->removeItem(1);
    for (const auto &[lead, text] : items)
        m_lead->addItem(text, lead);
    int index = m_lead->findData(current);
    if (!m_restoredLead.isEmpty() && m_lead->findData(m_restoredLead) > 0) {
        index = m_lead->findData(m_restoredLead);
        m_restoredLead.clear();
        m_lead->setCurrentIndex(index);
        updateFilter();
        return;
    }
    m_lead->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        updateFilter();
}

QStringList SmsWorkspace::selectedDrafts() const
{
    QStringList ids;
    if (m_conversationView)
        return ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (SmsStatus::editable(m_model->statusOf(row)))
            ids << m_model->idAt(row);
    }
    return ids;
}

void SmsWorkspace::updateBulkBar()
{
    const int selected
        = m_conversationView ? 0 : int(m_list->selectionModel()->selectedRows().size());
    const int drafts = selected > 1 ? int(selectedDrafts().size()) : 0;
    // While a bulk action runs, and for a moment after, the bar tells how it went.
    const bool busy = m_bulk && (!m_bulk->isFinished() || m_bulkResultShown);
    m_bulkBar->setVisible(busy || selected > 1);
    if (busy)
        return;
    // Counts are %n, in the forms of the language; English says the one apart (untranslated).
    QString text = drafts == 1 ? tr("1 draft selected") : tr("%n drafts selected", nullptr, drafts);
    const int others = selected - drafts;
    if (others == 1)
        text = tr("%1 (1 other left alone: only drafts can be sent, scheduled or deleted)")
                   .arg(text);
    else if (others > 1)
        text = tr("%1 (%n others left alone: only drafts can be sent, scheduled or deleted)",
                  nullptr, others)
                   .arg(text);
    m_bulkLabel->setText(text);
    for (QPushButton *button : {m_bulkSend, m_bulkSchedule, m_bulkDelete}) {
        button->setVisible(true);
        button->setEnabled(drafts > 0);
    }
    m_bulkProgress->hide();
    m_bulkStop->hide();
}

void SmsWorkspace::sendSelected()
{
    askToSend(selectedDrafts());
}

void SmsWorkspace::askToSend(const QStringList &drafts)
{
    // Those Close would refuse (opted out, no valid number, a From that cannot text them) are
    // named and left as drafts, not sent to fail.
    QStringList ids;
    QStringList refused;
    SmsSync *sms = m_model->sms();
    for (const QString &id : drafts) {
        const int row = m_model->rowOf(id);
        if (row < 0)
            continue;
        if (sms->canSend(row))
            ids << id;
        else if (const QString why = sms->sendProblem(row), name = sms->recipientName(row);
                 why.contains(name))
            refused << why; // "Olivia Brown replied “STOP”…" names them already
        else
            refused << tr("%1: %2").arg(name, why);
    }
    if (ids.isEmpty()) {
        if (!refused.isEmpty())
            QMessageBox::information(
                this, tr("Draftbox"),
                tr("None of these drafts can be sent:\n%1").arg(refused.join(QLatin1Char('\n'))));
        return;
    }
    QString question = ids.size() == 1
        ? tr("Send 1 SMS now? It goes out at once and cannot be called back.")
        : tr("Send %n SMS now? They go out at once and cannot be called back.", nullptr,
             int(ids.size()));
    if (!refused.isEmpty())
        question += QLatin1String("\n\n")
            + tr("Left as drafts, as Close would not send them:\n%1")
                  .arg(refused.join(QLatin1Char('\n')));
    // A draft written before its recipient replied may no longer fit what they said.
    const QStringList replied = SmsBulkAction::repliedSince(m_model, ids);
    if (replied.isEmpty())
        confirmBulk(question, tr("Send all"), ids, int(SmsBulkAction::Kind::Send));
    else
        confirmSendWithReplies(question, ids, replied);
}

void SmsWorkspace::sendConfirmed(const QStringList &ids, const QStringList &acknowledged)
{
    // Someone replied while the question was open: asked again, naming them, not sent.
    QStringList fresh = SmsBulkAction::repliedSince(m_model, ids);
    for (const QString &id : acknowledged)
        fresh.removeAll(id);
    if (!fresh.isEmpty()) {
        askToSend(ids);
        return;
    }
    runBulk(int(SmsBulkAction::Kind::Send), ids, {});
}

void SmsWorkspace::confirmSendWithReplies(const QString &question, const QStringList &ids,
                                          const QStringList &replied)
{
    SmsSync *sms = m_model->sms();
    QStringList names; // each person once, though two drafts may go to them
    QStringList lines;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &id : replied) {
        const int row = m_model->rowOf(id);
        const int from = sms->replySince(row);
        const QString name = sms->recipientName(
            sms->text(row, QStringLiteral("contact_id")).isEmpty() ? from : row);
        if (!names.contains(name))
            names << name;
        const QString when = SmsForm::ago(sms->replies().since(id)->at, now);
        const QString text = SmsSync::listMessage(sms->text(from, QStringLiteral("text")));
        lines << (text.isEmpty() ? tr("%1 replied %2.").arg(name, when)
                                 : tr("%1 replied %2: “%3”").arg(name, when, text));
    }
    constexpr int namedAtMost = 5;
    QString who = QLocale().createSeparatedList(names.mid(0, namedAtMost));
    if (names.size() > namedAtMost)
        who = tr("%1 and %n more", nullptr, int(names.size()) - namedAtMost)
                  .arg(names.mid(0, namedAtMost).join(QStringLiteral(", ")));
    const QString said = names.size() == 1
        ? tr("1 recipient replied since you wrote their draft: %1.").arg(who)
        : tr("%n recipients replied since you wrote their draft: %1.", nullptr, int(names.size()))
              .arg(who);

    auto *box = new QMessageBox(QMessageBox::Question, tr("Draftbox"), question,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("bulkConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // names and their words, as they are
    box->setInformativeText(said);
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    QStringList others = ids;
    for (const QString &id : replied)
        others.removeAll(id);
    QPushButton *leaveOut = nullptr;
    if (!others.isEmpty()) {
        leaveOut = box->addButton(others.size() == 1
                                      ? tr("Send only the other 1")
                                      : tr("Send only the other %n", nullptr, int(others.size())),
                                  QMessageBox::AcceptRole);
        leaveOut->setObjectName(QStringLiteral("bulkLeaveOutButton"));
        leaveOut->setToolTip(tr("Leave out the drafts to those who replied: they stay drafts, "
                                "to read their reply and write again"));
    }
    QPushButton *all = box->addButton(tr("Send all"), QMessageBox::AcceptRole);
    all->setObjectName(QStringLiteral("bulkSendAllButton"));
    box->setDefaultButton(QMessageBox::Cancel); // a slip of Enter sends nothing
    connect(box, &QMessageBox::buttonClicked, this,
            [this, leaveOut, all, ids, others, replied](QAbstractButton *clicked) {
                if (clicked == all)
                    sendConfirmed(ids, replied);
                else if (leaveOut && clicked == leaveOut)
                    sendConfirmed(others, {});
            });
    box->open();
}

void SmsWorkspace::deleteSelected()
{
    const QStringList ids = selectedDrafts();
    if (!ids.isEmpty())
        confirmBulk(ids.size() == 1
                        ? tr("Delete 1 draft? Close keeps no copy.")
                        : tr("Delete %n drafts? Close keeps no copy.", nullptr, int(ids.size())),
                    tr("Delete all"), ids, int(SmsBulkAction::Kind::Delete));
}

void SmsWorkspace::scheduleSelected()
{
    const QStringList ids = selectedDrafts();
    if (ids.isEmpty())
        return;
    QList<RecipientZone> zones;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        zones << RecipientZone::resolve(
            m_model->contactTimeZone(row),
            m_model->field(row, QStringLiteral("remote_phone")).toString(),
            m_model->field(row, QStringLiteral("remote_country_iso")).toString());
    }
    auto *picker = new SchedulePicker(zones, this);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(ids.size() == 1 ? tr("Schedule 1 draft")
                                           : tr("Schedule %n drafts", nullptr, int(ids.size())));
    connect(picker, &QDialog::accepted, this, [this, picker, ids] {
        if (picker->problem().isEmpty())
            runBulk(int(SmsBulkAction::Kind::Schedule), ids, picker->dateTime());
    });
    picker->open();
}

void SmsWorkspace::confirmBulk(const QString &question, const QString &verb, const QStringList &ids,
                               int kind, const QDateTime &when)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Draftbox"), question,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("bulkConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // it names SMS by their recipients and words
    QPushButton *yes = box->addButton(verb, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel); // a slip of Enter sends nothing
    connect(box, &QMessageBox::buttonClicked, this,
            [this, yes, ids, kind, when](QAbstractButton *clicked) {
                if (clicked != yes)
                    return;
                if (kind == int(SmsBulkAction::Kind::Send))
                    sendConfirmed(ids, {});
                else
                    runBulk(kind, ids, when);
            });
    box->open();
}

void SmsWorkspace::runBulk(int kind, const QStringList &ids, const QDateTime &when)
{
    if (m_bulk && !m_bulk->isFinished())
        return;
    if (m_bulk)
        m_bulk->deleteLater();
    m_bulk = new SmsBulkAction(m_model, SmsBulkAction::Kind(kind), ids, when, this);
    // One sentence each: a verb and a count put together do not translate.
    const int count = int(ids.size());
    QString doing;
    if (kind == int(SmsBulkAction::Kind::Send))
        doing = count == 1 ? tr("Sending 1 draft…") : tr("Sending %n drafts…", nullptr, count);
    else if (kind == int(SmsBulkAction::Kind::Schedule))
        doing
            = count == 1 ? tr("Scheduling 1 draft…") : tr("Scheduling %n drafts…", nullptr, count);
    else
        doing = count == 1 ? tr("Deleting 1 draft…") : tr("Deleting %n drafts…", nullptr, count);
    m_bulkLabel->setText(doing);
    for (QPushButton *button : {m_bulkSend, m_bulkSchedule, m_bulkDelete})
        button->hide();
    m_bulkProgress->setRange(0, int(ids.size()));
    m_bulkProgress->setValue(0);
    m_bulkProgress->show();
    m_bulkStop->show();
    m_bulkBar->show();
    connect(m_bulk, &SmsBulkAction::progress, m_bulkProgress, &QProgressBar::setValue);
    const QString operation = kind == int(SmsBulkAction::Kind::Send) ? tr("Send all selected")
        : kind == int(SmsBulkAction::Kind::Schedule)                 ? tr("Schedule all selected")
                                                                     : tr("Delete all selected");
    connect(m_bulk, &SmsBulkAction::refused, this,
            [this, operation](const QString &id, const QString &reason) {
                ApiError error;
                error.category = ApiError::Category::Other;
                error.message = reason;
                error.hint = tr("Nothing was asked of Close for this one. Open it, fix what is "
                                "said, then try again.");
                m_log->record(operation, id, error);
            });
    connect(m_bulk, &SmsBulkAction::finished, this, [this](int ok, int failed) {
        m_bulkStop->hide();
        m_bulkProgress->hide();
        const QString done = failed == 0
            ? tr("Done: %1 of %1.").arg(ok)
            : tr("Done: %1 succeeded, %2 did not (see Problems).").arg(ok).arg(failed);
        m_bulkLabel->setText(done);
        emit message(done);
        if (failed > 0)
            emit problemsToShow();
        m_bulkResultShown = true;
        QTimer::singleShot(4000, this, [this] {
            m_bulkResultShown = false;
            updateBulkBar();
        });
    });
    m_bulk->start();
}

void SmsWorkspace::updateCounts()
{
    // Kept by the core as rows change: no pass over the rows.
    const QHash<QString, int> counts = m_model->tally(QStringLiteral("status"));
    QMap<QString, int> leads;
    const QHash<QString, int> byLead = m_model->tally(QStringLiteral("lead_id"));
    for (auto it = byLead.cbegin(); it != byLead.cend(); ++it)
        leads.insert(it.key(), it.value());
    for (const SmsStatus::Status status : SmsStatus::ordered()) {
        const QString wire = SmsStatus::wire(status);
        m_chips.value(wire)->setText(
            QStringLiteral("%1 %2").arg(SmsStatus::chip(status)).arg(counts.value(wire)));
    }
    updateLeads(leads);
    QString text = tr("%1 SMS").arg(m_model->rowCount());
    if (m_pages->isLoading())
        text += tr(" (loading…)");
    if (text != m_countText) {
        m_countText = text;
        emit countTextChanged(text);
    }
}

bool SmsWorkspace::isDraft(int proxyRow) const
{
    const int row = m_proxy->mapToSource(m_proxy->index(proxyRow, 0)).row();
    return row >= 0 && m_model->statusOf(row) == SmsStatus::Status::Draft;
}

void SmsWorkspace::openOnRow(int proxyRow)
{
    const QScopedValueRollback opening(m_opening, true);
    m_list->selectionModel()->setCurrentIndex(m_proxy->index(proxyRow, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
}

int SmsWorkspace::currentRow() const
{
    if (m_conversationView)
        return m_conversations->latestMessageRow(m_tree->currentIndex(), false);
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

void SmsWorkspace::currentChanged()
{
    if (m_removingCurrent)
        return; // the selection model moves to a neighbour; the rep did not
    const bool chosen
        = m_conversationView ? m_tree->currentIndex().isValid() : m_list->currentIndex().isValid();
    m_repChose = m_repChose || (chosen && !m_opening);
    const QString left = m_form->currentId();
    const int row = currentRow();
    m_form->setCurrentRow(row);
    if (left != m_form->currentId())
        discardIfEmpty(left);
    // What the rep opens is read: a received SMS, or every message of a conversation.
    const QModelIndex current = m_tree->currentIndex();
    if (m_opening) {
        // The window opened it, not the rep.
    } else if (m_conversationView && current.data(ConversationModel::IsConversationRole).toBool()) {
        for (const int unread : m_conversations->unreadRows(current))
            m_model->markRead(unread);
    } else if (row >= 0) {
        m_model->markRead(row);
    }
    updateReplyTarget();
    updatePins();
}

void SmsWorkspace::updateReplyTarget()
{
    // In the conversations, the reply goes to the person of the one open, from the number
    // their last SMS came in on; in the list, only a received SMS is answered here.
    int target = -1;
    if (m_conversationView)
        target = m_conversations->latestMessageRow(m_tree->currentIndex(), true);
    else if (const int row = currentRow(); row >= 0 && m_model->sms()->isInbound(row))
        target = row;
    if (target < 0 || m_model->field(target, QStringLiteral("remote_phone")).toString().isEmpty())
        target = -1;
    if (target != m_model->rowOf(m_reply->targetId()) || (target < 0) != m_reply->isHidden())
        m_reply->setTarget(target);
}

void SmsWorkspace::sendReply(const QString &id)
{
    // Opened in the form, which sends it with the same undo window as any draft.
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    // Answering them reads what they wrote.
    const QString key = ActivitySync::conversationKey(
        m_model->field(row, QStringLiteral("remote_phone")).toString(),
        m_model->field(row, QStringLiteral("contact_id")).toString());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->isUnread(r)
            && ActivitySync::conversationKey(
                   m_model->field(r, QStringLiteral("remote_phone")).toString(),
                   m_model->field(r, QStringLiteral("contact_id")).toString())
                == key)
            m_model->markRead(r);
    }
    if (!selectActivity(id)) {
        // The filters hide it: open in the form, it is kept in the list, and then selected
        // there too, so the view and the form show the same SMS.
        m_form->setCurrentRow(row);
        updatePins();
        QTimer::singleShot(0, this, [this, id] {
            if (m_form->currentId() == id)
                selectActivity(id);
        });
    }
    if (m_form->currentId() == id)
        m_form->send();
}

void SmsWorkspace::discardIfEmpty(const QString &id)
{
    // A draft New SMS or Reply made, left before anything was written in it, goes again, as
    // an empty mail draft does; one the rep typed in, or that Close changed, stays.
    if (!m_freshDrafts.remove(id))
        return;
    const int row = m_model->rowOf(id);
    if (row < 0 || m_model->status(row) != QLatin1String("draft") || m_model->isDirty(row)
        || !m_model->field(row, QStringLiteral("text")).toString().isEmpty()
        || !m_model->field(row, QStringLiteral("attachments")).toList().isEmpty())
        return;
    m_model->deleteDraft(row);
    emit message(tr("The empty draft was discarded."));
}

QSet<QString> SmsWorkspace::heldIds() const
{
    QSet<QString> ids;
    if (!m_form->currentId().isEmpty())
        ids.insert(m_form->currentId());
    if (m_conversationView)
        return ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.insert(index.data(ActivityTableModel::IdRole).toString());
    return ids;
}

void SmsWorkspace::updatePins()
{
    if (heldIds() == m_proxy->pinnedIds())
        return;
    // Not while the selection model is still telling its views: rows may leave the list.
    QTimer::singleShot(0, this, [this] { m_proxy->setPinnedIds(heldIds()); });
}
