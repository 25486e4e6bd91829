#include "mainwindow.h"

#include "activityfilterproxy.h"
#include "appearance.h"
#include "connectionstate.h"
#include "errorlogmodel.h"
#include "errorpanel.h"
#include "keptrowdelegate.h"
#include "schedulepicker.h"
#include "smsbulkaction.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// The order the rep's eye should take: what needs doing first.
struct Chip
{
    const char *status;
    const char *title;
};
const Chip chips[] = {
    {"draft", QT_TRANSLATE_NOOP("MainWindow", "Drafts")},
    {"scheduled", QT_TRANSLATE_NOOP("MainWindow", "Scheduled")},
    {"error", QT_TRANSLATE_NOOP("MainWindow", "Failed")},
    {"outbox", QT_TRANSLATE_NOOP("MainWindow", "Outbox")},
    {"sent", QT_TRANSLATE_NOOP("MainWindow", "Sent")},
    {"inbox", QT_TRANSLATE_NOOP("MainWindow", "Inbox")},
};

} // namespace

MainWindow::MainWindow(SmsTableModel *sms, WhatsAppTableModel *whatsapp, ErrorLogModel *log,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_model(sms)
    , m_whatsappModel(whatsapp)
    , m_log(log)
    , m_proxy(new ActivityFilterProxy(this))
    , m_list(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_form(new SmsForm(sms, this))
    , m_whatsapp(new WhatsAppWorkspace(whatsapp, this))
    , m_tabs(new QTabWidget(this))
    , m_smsSplitter(new QSplitter(this))
    , m_errors(new ErrorPanel(log, this))
    , m_where(new QLabel(this))
    , m_online(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_countsTimer(new QTimer(this))
    , m_lead(new QComboBox(this))
    , m_bulkBar(new QWidget(this))
    , m_bulkLabel(new QLabel(this))
    , m_bulkSend(new QPushButton(tr("Send all"), this))
    , m_bulkSchedule(new QPushButton(tr("Schedule all…"), this))
    , m_bulkDelete(new QPushButton(tr("Delete all…"), this))
    , m_bulkProgress(new QProgressBar(this))
    , m_bulkStop(new QPushButton(tr("Stop"), this))
{
    m_where->setObjectName(QStringLiteral("connectionLabel"));
    m_online->setObjectName(QStringLiteral("connectionState"));
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    const auto recount = [this] {
        m_countsTimer->start();
    };
    setWindowTitle(tr("Draftbox"));
    // A deleted SMS leaves the list; the form says so rather than opening its neighbour. Told
    // before the proxy is, so before the list's selection moves to the neighbour.
    connect(sms, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int current = m_model->rowOf(m_form->currentId());
                if (current >= first && current <= last)
                    m_removingCurrent = true;
            });
    m_proxy->setSourceModel(sms);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->setSortRole(Qt::UserRole);

    auto *chipRow = new QHBoxLayout;
    chipRow->setSpacing(4);
    for (const Chip &c : chips) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setText(tr(c.title));
        button->setAccessibleName(tr(c.title));
        button->setToolTip(tr("Show only these (several can be on)"));
        connect(button, &QToolButton::toggled, this, &MainWindow::updateFilter);
        m_chips.insert(QString::fromLatin1(c.status), button);
        chipRow->addWidget(button);
    }
    chipRow->addStretch(1);

    m_search->setPlaceholderText(tr("Search messages and numbers (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateFilter);

    m_list->setModel(m_proxy);
    m_list->setObjectName(QStringLiteral("smsList"));
    m_search->setObjectName(QStringLiteral("smsSearch"));
    m_list->setAccessibleName(tr("SMS list"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSortingEnabled(true);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setHighlightSections(false);
    for (int column = SmsTableModel::ListColumnCount; column < sms->columnCount(); ++column)
        m_list->setColumnHidden(column, true);
    m_list->horizontalHeader()->setSectionResizeMode(SmsTableModel::MessageColumn,
                                                     QHeaderView::Stretch);
    m_list->setColumnWidth(SmsTableModel::StatusColumn, 90);
    m_list->setColumnWidth(SmsTableModel::RecipientColumn, 140);
    m_list->setColumnWidth(SmsTableModel::ContactColumn, 110);
    m_list->setColumnWidth(SmsTableModel::WhenColumn, 160);
    m_list->sortByColumn(SmsTableModel::StatusColumn, Qt::AscendingOrder);
    m_list->setItemDelegate(new KeptRowDelegate(m_list));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateBulkBar);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updatePins);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_removingCurrent)
            return;
        // The form follows its SMS by id and says it is gone; the list just lets go of it.
        m_list->selectionModel()->clearCurrentIndex();
        m_removingCurrent = false;
        updatePins();
    });

    m_lead->setAccessibleName(tr("Lead"));
    m_lead->setToolTip(tr("Show only the SMS of one lead"));
    m_lead->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lead->addItem(tr("All leads"), QString());
    connect(m_lead, &QComboBox::currentIndexChanged, this, &MainWindow::updateFilter);

    // Several drafts selected: one action for all of them, with one confirmation and progress.
    m_bulkBar->setObjectName(QStringLiteral("bulkBar"));
    m_bulkLabel->setObjectName(QStringLiteral("bulkLabel"));
    m_bulkSend->setAccessibleName(tr("Send all selected drafts"));
    m_bulkSchedule->setAccessibleName(tr("Schedule all selected drafts"));
    m_bulkDelete->setAccessibleName(tr("Delete all selected drafts"));
    m_bulkStop->setAccessibleName(tr("Stop the bulk action"));
    m_bulkProgress->setAccessibleName(tr("Bulk action progress"));
    m_bulkProgress->setFormat(tr("%v of %m"));
    m_bulkProgress->hide();
    m_bulkStop->hide();
    connect(m_bulkSend, &QPushButton::clicked, this, &MainWindow::sendSelected);
    connect(m_bulkSchedule, &QPushButton::clicked, this, &MainWindow::scheduleSelected);
    connect(m_bulkDelete, &QPushButton::clicked, this, &MainWindow::deleteSelected);
    connect(m_bulkStop, &QPushButton::clicked, this, [this] {
        if (m_bulk)
            m_bulk->stop();
    });
    auto *bulkLayout = new QHBoxLayout(m_bulkBar);
    bulkLayout->setContentsMargins(0, 0, 0, 0);
    bulkLayout->addWidget(m_bulkLabel, 1);
    bulkLayout->addWidget(m_bulkProgress);
    bulkLayout->addWidget(m_bulkStop);
    bulkLayout->addWidget(m_bulkSchedule);
    bulkLayout->addWidget(m_bulkSend);
    bulkLayout->addWidget(m_bulkDelete);
    m_bulkBar->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addLayout(chipRow);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_lead);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_bulkBar);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(createNoMatchNote(), 1);

    m_smsSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_smsSplitter->addWidget(left);
    m_smsSplitter->addWidget(m_form); // its fields scroll, its actions stay in view
    m_smsSplitter->setStretchFactor(0, 3);
    m_smsSplitter->setStretchFactor(1, 2);
    m_smsSplitter->setChildrenCollapsible(false);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->tabBar()->setAccessibleName(tr("Workspaces: SMS or WhatsApp"));
    m_tabs->addTab(m_smsSplitter, tr("SMS"));
    m_tabs->addTab(m_whatsapp, tr("WhatsApp"));
    m_tabs->setTabToolTip(SmsTab, tr("Your SMS drafts, scheduled and sent messages (Ctrl+1)"));
    m_tabs->setTabToolTip(WhatsAppTab, tr("WhatsApp conversations recorded in Close (Ctrl+2)"));
    setCentralWidget(m_tabs);
    addDockWidget(Qt::BottomDockWidgetArea, m_errors);
    // Search, then the lead filter, then the list it narrows; then the form.
    setTabOrder(m_search, m_lead);
    setTabOrder(m_lead, m_list);

    auto *file = menuBar()->addMenu(tr("&File"));
    auto *connectAction
        = file->addAction(tr("&Connect to Close…"), this, [this] { emit connectRequested({}); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    auto *refresh = file->addAction(tr("&Refresh"), this, [this] {
        // Saves waiting for Close are tried at once too, not at the next back-off step.
        m_model->retryWaiting();
        m_whatsappModel->retryWaiting();
        if (m_connection && m_connection->state() != ConnectionState::State::Online)
            m_connection->probe();
        if (m_tabs->currentIndex() == WhatsAppTab)
            m_whatsappModel->refresh();
        else
            m_model->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    auto *find = view->addAction(tr("&Find"), this, [this] {
        QLineEdit *search
            = m_tabs->currentIndex() == WhatsAppTab ? m_whatsapp->searchBox() : m_search;
        search->setFocus();
        search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    auto *smsTab = view->addAction(tr("&SMS"), this, [this] { m_tabs->setCurrentIndex(SmsTab); });
    smsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *whatsappTab
        = view->addAction(tr("&WhatsApp"), this, [this] { m_tabs->setCurrentIndex(WhatsAppTab); });
    whatsappTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addSeparator();
    view->addAction(m_errors->toggleViewAction());
    auto *appearance = view->addMenu(tr("&Appearance"));
    auto *appearances = new QActionGroup(this);
    for (const auto &[mode, title] : {std::pair {Appearance::Mode::System, tr("&System")},
                                      std::pair {Appearance::Mode::Light, tr("&Light")},
                                      std::pair {Appearance::Mode::Dark, tr("&Dark")}}) {
        QAction *action = appearance->addAction(title);
        action->setCheckable(true);
        action->setData(Appearance::toString(mode));
        action->setChecked(mode == Appearance::current());
        appearances->addAction(action);
        connect(action, &QAction::triggered, this, [mode] { Appearance::apply(mode); });
    }
    m_appearances = appearances;
    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Draftbox"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    statusBar()->addWidget(m_where, 1);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_online);
    connect(sms, &QAbstractItemModel::rowsInserted, this, recount);
    connect(log, &ErrorLogModel::rateLimitChanged, this, [this](const QDateTime &until) {
        if (until.isValid())
            m_errors->show(); // the countdown is there
    });
    // Open on the most urgent SMS rather than an empty form, until the rep opens one; from then
    // on only the rep moves the form (the SMS in it stays listed, see updatePins()).
    const auto followList = [this] {
        if (m_list->currentIndex().isValid() || m_repChose)
            return;
        if (m_proxy->rowCount() > 0)
            m_list->selectionModel()->setCurrentIndex(m_proxy->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
        else
            currentChanged();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, followList);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, followList);
    connect(sms, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(sms, &QAbstractItemModel::modelReset, this, recount);
    connect(sms, &ActivityTableModel::namesChanged, this, recount);
    connect(sms, &QAbstractItemModel::dataChanged, this, recount);
    connect(sms, &ActivityTableModel::loadingChanged, this, [this](bool loading) {
        // Keep loading (the counts and filters cover every SMS), but not into a failure loop:
        // after a failed page, F5 tries again.
        if (!loading && !m_model->lastFetchFailed() && m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_countsTimer->start();
    });
    for (ActivityTableModel *activities :
         {static_cast<ActivityTableModel *>(sms), static_cast<ActivityTableModel *>(whatsapp)}) {
        connect(activities, &ActivityTableModel::conflictFound, this, [this] {
            showMessage(tr("Someone changed in Close what you are editing: choose which version "
                           "to keep in the form."));
        });
    }
    m_log->watchSms(sms);
    m_log->watchActivities(whatsapp);
    connect(m_errors, &ErrorPanel::activityOpened, this, &MainWindow::openActivity);
    connect(m_form, &SmsForm::refused, this, &MainWindow::showMessage);
    updateCounts();
    resize(1280, 800);
    // The message being written gets the room; the problems a strip that shows a few entries.
    resizeDocks({m_errors}, {m_errors->sizeHint().height()}, Qt::Vertical);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("smsSplitter"), m_smsSplitter->saveState());
    settings.setValue(QStringLiteral("whatsappSplitter"), m_whatsapp->splitter()->saveState());
    settings.setValue(QStringLiteral("tab"),
                      m_tabs->currentIndex() == WhatsAppTab ? QStringLiteral("whatsapp")
                                                            : QStringLiteral("sms"));
    settings.setValue(QStringLiteral("appearance"), Appearance::toString(Appearance::current()));
    settings.endGroup();

    settings.beginGroup(QStringLiteral("smsFilters"));
    QStringList statuses;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            statuses << it.key();
    }
    settings.setValue(QStringLiteral("statuses"), statuses);
    settings.setValue(QStringLiteral("search"), m_search->text());
    settings.setValue(QStringLiteral("lead"), m_lead->currentData().toString());
    settings.endGroup();

    settings.beginGroup(QStringLiteral("whatsappFilters"));
    QStringList directions;
    for (const QString &direction : {QStringLiteral("incoming"), QStringLiteral("outgoing")}) {
        if (m_whatsapp->chip(direction)->isChecked())
            directions << direction;
    }
    settings.setValue(QStringLiteral("directions"), directions);
    settings.setValue(QStringLiteral("search"), m_whatsapp->searchBox()->text());
    settings.endGroup();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("window"));
    const Appearance::Mode mode
        = Appearance::fromString(settings.value(QStringLiteral("appearance")).toString());
    if (mode != Appearance::current())
        Appearance::apply(mode);
    for (QAction *action : m_appearances->actions())
        action->setChecked(action->data().toString() == Appearance::toString(mode));
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_smsSplitter->restoreState(settings.value(QStringLiteral("smsSplitter")).toByteArray());
    m_whatsapp->splitter()->restoreState(
        settings.value(QStringLiteral("whatsappSplitter")).toByteArray());
    m_tabs->setCurrentIndex(
        settings.value(QStringLiteral("tab")).toString() == QLatin1String("whatsapp") ? WhatsAppTab
                                                                                      : SmsTab);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("smsFilters"));
    const QStringList statuses = settings.value(QStringLiteral("statuses")).toStringList();
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it)
        it.value()->setChecked(statuses.contains(it.key()));
    m_search->setText(settings.value(QStringLiteral("search")).toString());
    // The lead list fills as SMS arrive: the lead is chosen once it is there.
    m_restoredLead = settings.value(QStringLiteral("lead")).toString();
    settings.endGroup();

    settings.beginGroup(QStringLiteral("whatsappFilters"));
    const QStringList directions = settings.value(QStringLiteral("directions")).toStringList();
    for (const QString &direction : {QStringLiteral("incoming"), QStringLiteral("outgoing")})
        m_whatsapp->chip(direction)->setChecked(directions.contains(direction));
    m_whatsapp->searchBox()->setText(settings.value(QStringLiteral("search")).toString());
    settings.endGroup();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Draftbox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Draftbox %1</h3>"
                    "<p>Review, edit, schedule and send the SMS of your Close account, and "
                    "keep its WhatsApp records right.</p>")
                     .arg(QApplication::applicationVersion().toHtmlEscaped()));
    box->setInformativeText(
        tr("Built with Qt %1, running on Qt %2.")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

void MainWindow::setConnectionDescription(const QString &where)
{
    m_where->setText(where);
}

void MainWindow::setConnectionState(ConnectionState *state)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = state;
    const auto show = [this] {
        const ConnectionState::State now = m_connection->state();
        m_online->setText(m_connection->text());
        m_online->setToolTip(m_connection->details());
        m_online->setStyleSheet(now == ConnectionState::State::Online ? Appearance::okText()
                                    : now == ConnectionState::State::Unknown
                                    ? QString()
                                    : Appearance::errorText());
    };
    connect(state, &ConnectionState::changed, this, show);
    show();
}

QWidget *MainWindow::createNoMatchNote()
{
    m_noMatch = new QWidget(this);
    m_noMatch->setObjectName(QStringLiteral("noMatchNote"));
    m_noMatchText = new QLabel(m_noMatch);
    m_noMatchText->setObjectName(QStringLiteral("noMatchText"));
    m_noMatchText->setAlignment(Qt::AlignCenter);
    m_noMatchText->setWordWrap(true);
    auto *clear = new QPushButton(tr("Clear search"), m_noMatch);
    clear->setObjectName(QStringLiteral("clearSearchButton"));
    clear->setToolTip(tr("Show the SMS again that the search hides"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_search->clear();
        m_search->setFocus();
    });
    auto *layout = new QVBoxLayout(m_noMatch);
    layout->addStretch(1);
    layout->addWidget(m_noMatchText);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_noMatch->hide();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &MainWindow::updateNoMatchNote);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateNoMatchNote);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateNoMatchNote);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateNoMatchNote);
    return m_noMatch;
}

void MainWindow::updateNoMatchNote()
{
    const QString search = m_search->text().trimmed();
    // The SMS open in the form may stay listed though it does not match: it is no result.
    int kept = 0;
    for (const QString &id : m_proxy->pinnedIds()) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
        kept += index.data(ActivityFilterProxy::KeptRole).toBool() ? 1 : 0;
    }
    const bool none = !search.isEmpty() && m_proxy->rowCount() == kept;
    if (none) {
        const bool filtered
            = !m_proxy->statuses().isEmpty() || !m_lead->currentData().toString().isEmpty();
        m_noMatchText->setText(filtered
                                   ? tr("No SMS match “%1” with the filters above.").arg(search)
                                   : tr("No SMS match “%1”.").arg(search));
    }
    m_noMatch->setVisible(none);
    m_list->setVisible(!none || kept > 0);
}

void MainWindow::openActivity(const QString &id)
{
    if (m_model->rowOf(id) >= 0) {
        m_tabs->setCurrentIndex(SmsTab);
        if (!selectActivity(id)) {
            for (QToolButton *chip : std::as_const(m_chips))
                chip->setChecked(false);
            m_search->clear();
            m_lead->setCurrentIndex(0);
            updateFilter();
            selectActivity(id);
        }
        m_list->scrollTo(m_list->currentIndex());
        m_list->setFocus();
    } else if (m_whatsappModel->rowOf(id) >= 0) {
        m_tabs->setCurrentIndex(WhatsAppTab);
        if (!m_whatsapp->selectMessage(id)) {
            for (const QString &direction :
                 {QStringLiteral("incoming"), QStringLiteral("outgoing")})
                m_whatsapp->chip(direction)->setChecked(false);
            m_whatsapp->searchBox()->clear();
            m_whatsapp->selectMessage(id);
        }
    } else {
        showMessage(tr("That activity is not in the lists (any more): Close may have deleted it."));
    }
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}

bool MainWindow::selectActivity(const QString &id)
{
    const int row = m_model->rowOf(id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    // As a plain click would: this SMS alone, whatever modifier keys are held.
    m_list->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void MainWindow::updateFilter()
{
    QStringList statuses;
    for (auto it = m_chips.cbegin(); it != m_chips.cend(); ++it) {
        if (it.value()->isChecked())
            statuses << it.key();
    }
    m_proxy->setStatuses(statuses);
    m_proxy->setSearchText(m_search->text());
    m_proxy->setLeadId(m_lead->currentData().toString());
}

void MainWindow::updateLeads(const QMap<QString, int> &counts)
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

QStringList MainWindow::selectedDrafts() const
{
    QStringList ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows()) {
        const int row = m_proxy->mapToSource(index).row();
        if (m_model->status(row) == QLatin1String("draft"))
            ids << m_model->idAt(row);
    }
    return ids;
}

void MainWindow::updateBulkBar()
{
    const int selected = int(m_list->selectionModel()->selectedRows().size());
    const int drafts = selected > 1 ? int(selectedDrafts().size()) : 0;
    // While a bulk action runs, and for a moment after, the bar tells how it went.
    const bool busy = m_bulk && (!m_bulk->isFinished() || m_bulkResultShown);
    m_bulkBar->setVisible(busy || selected > 1);
    if (busy)
        return;
    m_bulkLabel->setText(selected == drafts
                             ? tr("%1 drafts selected").arg(drafts)
                             : tr("%1 drafts selected (%2 others left alone: only drafts "
                                  "can be sent, scheduled or deleted)")
                                   .arg(drafts)
                                   .arg(selected - drafts));
    for (QPushButton *button : {m_bulkSend, m_bulkSchedule, m_bulkDelete}) {
        button->setVisible(true);
        button->setEnabled(drafts > 0);
    }
    m_bulkProgress->hide();
    m_bulkStop->hide();
}

void MainWindow::sendSelected()
{
    const QStringList ids = selectedDrafts();
    if (!ids.isEmpty())
        confirmBulk(
            tr("Send %1 SMS now? They go out at once and cannot be called back.").arg(ids.size()),
            tr("Send all"), ids, int(SmsBulkAction::Kind::Send));
}

void MainWindow::deleteSelected()
{
    const QStringList ids = selectedDrafts();
    if (!ids.isEmpty())
        confirmBulk(tr("Delete %1 drafts? Close keeps no copy.").arg(ids.size()), tr("Delete all"),
                    ids, int(SmsBulkAction::Kind::Delete));
}

void MainWindow::scheduleSelected()
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
    picker->setWindowTitle(tr("Schedule %1 drafts").arg(ids.size()));
    connect(picker, &QDialog::accepted, this, [this, picker, ids] {
        if (picker->problem().isEmpty())
            runBulk(int(SmsBulkAction::Kind::Schedule), ids, picker->dateTime());
    });
    picker->open();
}

void MainWindow::confirmBulk(const QString &question, const QString &verb, const QStringList &ids,
                             int kind, const QDateTime &when)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Draftbox"), question,
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("bulkConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(verb, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel); // a slip of Enter sends nothing
    connect(box, &QMessageBox::buttonClicked, this,
            [this, yes, ids, kind, when](QAbstractButton *clicked) {
                if (clicked == yes)
                    runBulk(kind, ids, when);
            });
    box->open();
}

void MainWindow::runBulk(int kind, const QStringList &ids, const QDateTime &when)
{
    if (m_bulk && !m_bulk->isFinished())
        return;
    if (m_bulk)
        m_bulk->deleteLater();
    m_bulk = new SmsBulkAction(m_model, SmsBulkAction::Kind(kind), ids, when, this);
    const QString doing = kind == int(SmsBulkAction::Kind::Send) ? tr("Sending")
        : kind == int(SmsBulkAction::Kind::Schedule)             ? tr("Scheduling")
                                                                 : tr("Deleting");
    m_bulkLabel->setText(tr("%1 %2 drafts…").arg(doing).arg(ids.size()));
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
        showMessage(done);
        if (failed > 0)
            m_errors->show();
        m_bulkResultShown = true;
        QTimer::singleShot(4000, this, [this] {
            m_bulkResultShown = false;
            updateBulkBar();
        });
    });
    m_bulk->start();
}

void MainWindow::updateCounts()
{
    // One pass over the rows for the chips and the lead filter.
    QMap<QString, int> counts;
    QMap<QString, int> leads;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ++counts[m_model->status(row)];
        const QString lead = m_model->field(row, QStringLiteral("lead_id")).toString();
        if (!lead.isEmpty())
            ++leads[lead];
    }
    for (const Chip &c : chips) {
        const int n = counts.value(QString::fromLatin1(c.status));
        m_chips.value(QString::fromLatin1(c.status))
            ->setText(QStringLiteral("%1 %2").arg(tr(c.title)).arg(n));
    }
    updateLeads(leads);
    QString text = tr("%1 SMS").arg(m_model->rowCount());
    if (m_model->isLoading() || m_model->canFetchMore({}))
        text += tr(" (loading…)");
    m_counts->setText(text);
}

void MainWindow::currentChanged()
{
    if (m_removingCurrent)
        return; // the selection model moves to a neighbour; the rep did not
    const QModelIndex index = m_list->currentIndex();
    m_repChose = m_repChose || index.isValid();
    m_form->setCurrentRow(index.isValid() ? m_proxy->mapToSource(index).row() : -1);
    updatePins();
}

QSet<QString> MainWindow::heldIds() const
{
    QSet<QString> ids;
    if (!m_form->currentId().isEmpty())
        ids.insert(m_form->currentId());
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.insert(index.data(ActivityTableModel::IdRole).toString());
    return ids;
}

void MainWindow::updatePins()
{
    if (heldIds() == m_proxy->pinnedIds())
        return;
    // Not while the selection model is still telling its views: rows may leave the list.
    QTimer::singleShot(0, this, [this] { m_proxy->setPinnedIds(heldIds()); });
}
