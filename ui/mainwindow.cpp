#include "mainwindow.h"

#include "activityfilterproxy.h"
#include "errorlogmodel.h"
#include "errorpanel.h"
#include "smsform.h"
#include "smstablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
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

MainWindow::MainWindow(SmsTableModel *sms, ErrorLogModel *log, QWidget *parent)
    : QMainWindow(parent)
    , m_model(sms)
    , m_proxy(new ActivityFilterProxy(this))
    , m_list(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_form(new SmsForm(sms, this))
    , m_errors(new ErrorPanel(log, this))
    , m_where(new QLabel(this))
    , m_online(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_countsTimer(new QTimer(this))
{
    m_where->setObjectName(QStringLiteral("connectionLabel"));
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(0);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::updateCounts);
    const auto recount = [this] {
        m_countsTimer->start();
    };
    setWindowTitle(tr("Draftbox"));
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
    m_list->setAccessibleName(tr("SMS list"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
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
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::currentChanged);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addLayout(chipRow);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    addDockWidget(Qt::BottomDockWidgetArea, m_errors);

    auto *file = menuBar()->addMenu(tr("&File"));
    auto *connectAction
        = file->addAction(tr("&Connect to Close…"), this, [this] { emit connectRequested({}); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    auto *refresh = file->addAction(tr("&Refresh"), sms, &ActivityTableModel::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    auto *find = view->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addAction(m_errors->toggleViewAction());

    statusBar()->addWidget(m_where, 1);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_online);
    connect(sms, &QAbstractItemModel::rowsInserted, this, recount);
    // Open on the most urgent SMS rather than an empty form.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(sms, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(sms, &QAbstractItemModel::dataChanged, this, recount);
    connect(sms, &ActivityTableModel::loadingChanged, this, [this](bool loading) {
        // Keep loading (the counts and filters cover every SMS), but not into a failure loop:
        // after a failed page, F5 tries again.
        if (!loading && !m_model->lastFetchFailed() && m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_countsTimer->start();
    });
    connect(sms, &ActivityTableModel::failed, this, [this](const QString &, const ApiError &error) {
        if (error.category == ApiError::Category::Network
            || error.category == ApiError::Category::Timeout)
            setOnline(false, error.message);
        else if (error.category == ApiError::Category::Unauthorized) {
            setOnline(false, tr("Not signed in: check the API key."));
            emit connectRequested(tr("Close refused the key in use: %1 Enter a valid API key "
                                     "or token, or try Draftbox with sample data.")
                                      .arg(error.message));
        }
    });
    connect(sms, &ActivityTableModel::saved, this, [this] { setOnline(true); });
    connect(sms, &SmsTableModel::deliveryFailed, log,
            [log](const QString &id, const QString &message) {
                ApiError error;
                error.category = ApiError::Category::Other;
                error.message = tr("Close could not send this SMS: %1").arg(message);
                log->record(tr("Deliver SMS"), id, error);
            });
    setOnline(true);
    updateCounts();
    resize(1280, 800);
}

void MainWindow::setConnectionDescription(const QString &where)
{
    m_where->setText(where);
}

void MainWindow::setOnline(bool online, const QString &why)
{
    m_online->setText(online ? tr("● Connected") : tr("● Offline"));
    m_online->setStyleSheet(online ? QStringLiteral("color: #1b7f3b;")
                                   : QStringLiteral("color: #b3261e;"));
    m_online->setToolTip(why);
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
    m_list->setCurrentIndex(index);
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
}

void MainWindow::updateCounts()
{
    QMap<QString, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ++counts[m_model->status(row)];
    for (const Chip &c : chips) {
        const int n = counts.value(QString::fromLatin1(c.status));
        m_chips.value(QString::fromLatin1(c.status))
            ->setText(QStringLiteral("%1 %2").arg(tr(c.title)).arg(n));
    }
    QString text = tr("%1 SMS").arg(m_model->rowCount());
    if (m_model->isLoading() || m_model->canFetchMore({}))
        text += tr(" (loading…)");
    m_counts->setText(text);
}

void MainWindow::currentChanged()
{
    const QModelIndex index = m_list->currentIndex();
    m_form->setCurrentRow(index.isValid() ? m_proxy->mapToSource(index).row() : -1);
}
