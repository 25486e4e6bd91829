#include "mainwindow.h"

#include "appearance.h"
#include "connectionstate.h"
#include "conversationmodel.h"
#include "desktoppreferences.h"
#include "drafteditor.h"
#include "elidedlabel.h"
#include "errorlogmodel.h"
#include "errorpanel.h"
#include "formsupport.h"
#include "language.h"
#include "replybox.h"
#include "safehtml.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(SmsTableModel *sms, WhatsAppTableModel *whatsapp, ErrorLogModel *log,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_smsModel(sms)
    , m_whatsappModel(whatsapp)
    , m_log(log)
    , m_sms(new SmsWorkspace(sms, log, this))
    , m_whatsapp(new WhatsAppWorkspace(whatsapp, this))
    , m_tabs(new QTabWidget(this))
    , m_errors(new ErrorPanel(log, this))
    , m_where(new ElidedLabel(this))
    , m_online(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_fresh(new QLabel(this))
    , m_problems(new QToolButton(this))
{
    FormSupport::showPlainText({m_where, m_online, m_counts, m_fresh});
    m_fresh->setObjectName(QStringLiteral("freshness"));
    m_fresh->hide(); // until there is something to say
    setWindowTitle(tr("Draftbox"));
    m_where->setObjectName(QStringLiteral("connectionLabel"));
    m_online->setObjectName(QStringLiteral("connectionState"));
    m_counts->setObjectName(QStringLiteral("smsCount"));
    m_tabs->setObjectName(QStringLiteral("workspaces"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Workspaces"));
    m_tabs->tabBar()->setAccessibleName(tr("Workspaces: SMS or WhatsApp"));
    m_tabs->addTab(m_sms, tr("SMS"));
    m_tabs->addTab(m_whatsapp, tr("WhatsApp"));
    m_tabs->setTabToolTip(SmsTab, tr("Your SMS drafts, scheduled and sent messages (Ctrl+1)"));
    m_tabs->setTabToolTip(WhatsAppTab, tr("WhatsApp conversations recorded in Close (Ctrl+2)"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(createSampleDataBanner());
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    addDockWidget(Qt::BottomDockWidgetArea, m_errors);
    // Out of the way until something goes wrong while the rep works (problemArose, below):
    // what Close reported before Draftbox looked (an SMS it failed last week) is in the list
    // and counted on the status bar's button, not raised in the rep's face at start.
    m_errors->hide();
    createMenus();

    m_problems->setObjectName(QStringLiteral("problemsButton"));
    m_problems->setAutoRaise(true);
    m_problems->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problems->setIconSize(QSize(16, 16));
    m_problems->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problems->setToolTip(tr("Show or hide the Problems panel"));
    connect(m_problems, &QToolButton::clicked, this,
            [this] { m_errors->setVisible(!m_errors->isVisible()); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(log, signal, this, &MainWindow::updateProblemsButton);
    connect(log, &QAbstractItemModel::modelReset, this, &MainWindow::updateProblemsButton);
    connect(log, &ErrorLogModel::entriesChanged, this, &MainWindow::updateProblemsButton);
    connect(log, &ErrorLogModel::problemArose, m_errors, &QWidget::show);
    statusBar()->addWidget(m_where, 1);
    statusBar()->addPermanentWidget(m_problems);
    updateProblemsButton();
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_fresh);
    statusBar()->addPermanentWidget(m_online);
    m_counts->setText(m_sms->countText());
    connect(m_sms, &SmsWorkspace::countTextChanged, m_counts, &QLabel::setText);
    connect(m_sms, &SmsWorkspace::message, this, &MainWindow::showMessage);
    connect(m_sms, &SmsWorkspace::problemsToShow, m_errors, &QWidget::show);
    connect(log, &ErrorLogModel::rateLimitChanged, this, [this](const QDateTime &until) {
        if (until.isValid())
            m_errors->show(); // the countdown is there
    });
    for (ActivityTableModel *activities :
         {static_cast<ActivityTableModel *>(sms), static_cast<ActivityTableModel *>(whatsapp)}) {
        connect(activities, &ActivityTableModel::conflictFound, this, [this] {
            showMessage(tr("Someone changed in Close what you are editing: choose which version "
                           "to keep in the form."));
        });
    }
    // Replies the rep has not opened yet, on the tab where they are.
    const auto countUnread = [this](int tab, ActivityTableModel *model, const QString &title) {
        const int unread = model->unreadCount();
        m_tabs->setTabText(tab, unread == 0 ? title : tr("%1 (%2)").arg(title).arg(unread));
    };
    connect(sms, &ActivityTableModel::unreadChanged, this,
            [countUnread, sms, this] { countUnread(SmsTab, sms, tr("SMS")); });
    connect(whatsapp, &ActivityTableModel::unreadChanged, this,
            [countUnread, whatsapp, this] { countUnread(WhatsAppTab, whatsapp, tr("WhatsApp")); });
    log->watchSms(sms); // and the SMS Close failed to send
    log->watchActivities(whatsapp);
    connect(m_errors, &ErrorPanel::activityOpened, this, &MainWindow::openActivity);
    resize(1280, 800);
    keepOnScreen();
    // The message being written gets the room; the problems a strip that shows a few entries,
    // and no more than a third of a short window (a small or scaled screen).
    resizeDocks({m_errors}, {std::min(m_errors->sizeHint().height(), height() / 3)}, Qt::Vertical);
}

SmsForm *MainWindow::form() const
{
    return m_sms->form();
}

QTableView *MainWindow::list() const
{
    return m_sms->list();
}

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *newSms = file->addAction(tr("&New SMS…"), this, [this] {
        m_tabs->setCurrentIndex(SmsTab);
        m_sms->newSms();
    });
    newSms->setObjectName(QStringLiteral("newSmsAction"));
    newSms->setShortcut(QKeySequence::New);
    file->addSeparator();
    auto *connectAction
        = file->addAction(tr("&Connect to Close…"), this, [this] { emit connectRequested({}); });
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connectAction->setObjectName(QStringLiteral("connectAction"));
    auto *refresh = file->addAction(tr("&Refresh"), this, [this] {
        // Saves waiting for Close are tried at once too, not at the next back-off step.
        m_smsModel->retryWaiting();
        m_whatsappModel->retryWaiting();
        if (m_connection && m_connection->state() != ConnectionState::State::Online)
            m_connection->probe();
        if (m_tabs->currentIndex() == WhatsAppTab)
            m_whatsappModel->refresh();
        else
            m_smsModel->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);
    auto *view = menuBar()->addMenu(tr("&View"));
    auto *find = view->addAction(tr("&Find"), this, [this] {
        if (m_tabs->currentIndex() == WhatsAppTab)
            m_whatsapp->focusSearch();
        else
            m_sms->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    auto *smsTab = view->addAction(tr("&SMS"), this, [this] { m_tabs->setCurrentIndex(SmsTab); });
    smsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    auto *whatsappTab
        = view->addAction(tr("&WhatsApp"), this, [this] { m_tabs->setCurrentIndex(WhatsAppTab); });
    whatsappTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    auto *conversations = view->addAction(tr("SMS as &Conversations"));
    conversations->setObjectName(QStringLiteral("conversationViewAction"));
    conversations->setCheckable(true);
    conversations->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    conversations->setChecked(m_sms->isConversationView());
    connect(conversations, &QAction::toggled, this, [this](bool on) {
        m_tabs->setCurrentIndex(SmsTab);
        m_sms->setConversationView(on);
    });
    connect(m_sms, &SmsWorkspace::conversationViewChanged, conversations, &QAction::setChecked);
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
    auto *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    m_languages = new QActionGroup(this);
    // Each language by its own name, so a rep who cannot read the current one finds theirs.
    QStringList choices {QString()};
    choices << Language::shipped();
    for (const QString &choice : choices) {
        QAction *action = language->addAction(choice.isEmpty() ? tr("&System language")
                                                               : Language::nativeName(choice));
        action->setCheckable(true);
        action->setData(choice);
        action->setChecked(choice.isEmpty());
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] { chooseLanguage(choice); });
    }
    // How Draftbox behaves on the desktop, beside how it looks: a menu of their own would take
    // a mnemonic (Alt+C, say) that the form's buttons have.
    view->addSeparator();
    m_desktop = new DesktopPreferences(view, this);
    auto *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(tr("&About Draftbox"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.beginGroup(QStringLiteral("window"));
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("state"), saveState());
    settings.setValue(QStringLiteral("smsSplitter"), m_sms->splitterState());
    settings.setValue(QStringLiteral("whatsappSplitter"), m_whatsapp->splitter()->saveState());
    settings.setValue(QStringLiteral("tab"),
                      m_tabs->currentIndex() == WhatsAppTab ? QStringLiteral("whatsapp")
                                                            : QStringLiteral("sms"));
    settings.setValue(QStringLiteral("appearance"), Appearance::toString(Appearance::current()));
    settings.endGroup();

    settings.beginGroup(QStringLiteral("smsFilters"));
    m_sms->saveFilters(settings);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("whatsappFilters"));
    m_whatsapp->saveFilters(settings);
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
    keepOnScreen();
    restoreState(settings.value(QStringLiteral("state")).toByteArray());
    m_sms->restoreSplitter(settings.value(QStringLiteral("smsSplitter")).toByteArray());
    m_whatsapp->splitter()->restoreState(
        settings.value(QStringLiteral("whatsappSplitter")).toByteArray());
    m_tabs->setCurrentIndex(
        settings.value(QStringLiteral("tab")).toString() == QLatin1String("whatsapp") ? WhatsAppTab
                                                                                      : SmsTab);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("smsFilters"));
    m_sms->restoreFilters(settings);
    settings.endGroup();

    settings.beginGroup(QStringLiteral("whatsappFilters"));
    m_whatsapp->restoreFilters(settings);
    settings.endGroup();

    const QString language = Language::saved(settings);
    for (QAction *action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::keepOnScreen()
{
    // A geometry saved on a larger screen, another monitor or at another scale factor (the
    // same pixels are half as many again at 1.5x) would put part of the window, its title bar
    // or its buttons where the rep cannot reach them.
    if (isMaximized() || isFullScreen())
        return; // the window manager fits those
    QScreen *screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    // The frame (title bar, borders) must fit too, and is where the window manager places.
    const QMargins frame(geometry().left() - frameGeometry().left(),
                         geometry().top() - frameGeometry().top(),
                         frameGeometry().right() - geometry().right(),
                         frameGeometry().bottom() - geometry().bottom());
    const QRect available = screen->availableGeometry() - frame;
    QRect placed(geometry().topLeft(), size().boundedTo(available.size()));
    if (placed.right() > available.right())
        placed.moveRight(available.right());
    if (placed.bottom() > available.bottom())
        placed.moveBottom(available.bottom());
    if (placed.left() < available.left())
        placed.moveLeft(available.left());
    if (placed.top() < available.top())
        placed.moveTop(available.top());
    if (placed != geometry()) {
        resize(placed.size()); // no smaller than the minimum size, which may not fit
        move(placed.topLeft() - QPoint(frame.left(), frame.top()));
    }
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

void MainWindow::chooseLanguage(const QString &choice)
{
    QSettings settings;
    Language::save(settings, choice);
    const QString next = Language::resolve(choice, QLocale::system().uiLanguages());
    if (next == Language::current())
        return;
    // The texts are made once, as each widget is built: the language changes at the next start
    // rather than in half the window now. No restart is offered: a new process would read the
    // edit journal before this one has written it on the way out, and the Undo bar of a send
    // just made would be gone. Said in the language chosen as well, for whoever cannot read
    // this one.
    static const char *const atNextStart
        = QT_TR_NOOP("Draftbox will use the language you chose the next time it starts.");
    QString text = tr(atNextStart);
    const QString inChosen = Language::translate(next, "MainWindow", atNextStart);
    if (inChosen != text)
        text += QStringLiteral("\n\n") + inChosen;
    auto *box
        = new QMessageBox(QMessageBox::Information, tr("Language"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("languageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setConnectionDescription(const QString &where)
{
    m_where->setText(where);
}

void MainWindow::setFreshness(const QString &text)
{
    m_fresh->setText(text);
    m_fresh->setVisible(!text.isEmpty());
}

void MainWindow::setOnSampleData(bool onSampleData)
{
    m_sampleBanner->setVisible(onSampleData);
}

QWidget *MainWindow::createSampleDataBanner()
{
    m_sampleBanner = new QFrame(this);
    m_sampleBanner->setObjectName(QStringLiteral("sampleDataBanner"));
    auto *text = new QLabel(tr("You are looking at sample data — connect your Close account "
                               "(Ctrl+Shift+K)"),
                            m_sampleBanner);
    text->setObjectName(QStringLiteral("sampleDataText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *connectButton = new QPushButton(tr("Connect…"), m_sampleBanner);
    connectButton->setObjectName(QStringLiteral("sampleDataConnect"));
    connectButton->setAccessibleName(tr("Connect your Close account"));
    connect(connectButton, &QPushButton::clicked, this, [this] { emit connectRequested({}); });
    auto *layout = new QHBoxLayout(m_sampleBanner);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(text, 1);
    layout->addWidget(connectButton);
    Appearance::styleNotice(m_sampleBanner, QStringLiteral("#sampleDataBanner"));
    m_sampleBanner->hide();
    return m_sampleBanner;
}

void MainWindow::updateProblemsButton()
{
    const int open = m_log->openCount();
    m_problems->setText(open == 1 ? tr("1 problem") : tr("%Ln problems", nullptr, open));
    m_problems->setVisible(open > 0);
}

void MainWindow::setConnectionState(ConnectionState *state)
{
    if (m_connection)
        m_connection->disconnect(this);
    m_connection = state;
    const auto show = [this] {
        const ConnectionState::State now = m_connection->state();
        m_online->setText(m_connection->text());
        m_online->setToolTip(SafeHtml::plainTip(m_connection->details()));
        m_online->setStyleSheet(now == ConnectionState::State::Online ? Appearance::okText()
                                    : now == ConnectionState::State::Unknown
                                    ? QString()
                                    : Appearance::errorText());
    };
    connect(state, &ConnectionState::changed, this, show);
    show();
}

void MainWindow::openActivity(const QString &id)
{
    if (m_smsModel->rowOf(id) >= 0) {
        m_tabs->setCurrentIndex(SmsTab);
        m_sms->reveal(id);
    } else if (m_whatsappModel->rowOf(id) >= 0) {
        m_tabs->setCurrentIndex(WhatsAppTab);
        m_whatsapp->reveal(id);
    } else {
        showMessage(tr("That activity is not in the lists (any more): Close may have deleted it."));
    }
}

void MainWindow::bringUp(const QString &id, bool reply)
{
    if (isMinimized())
        showNormal();
    else
        show();
    raise();
    activateWindow();
    if (id.isEmpty())
        return;
    openActivity(id);
    // Opened as the rep opens it: read, even where it was open already (no new selection).
    if (const int row = m_smsModel->rowOf(id); row >= 0) {
        m_smsModel->markRead(row);
        if (reply && !m_sms->replyBox()->isHidden())
            m_sms->replyBox()->editor()->editor()->setFocus(Qt::OtherFocusReason);
    } else if (const int whatsapp = m_whatsappModel->rowOf(id); whatsapp >= 0) {
        m_whatsappModel->markRead(whatsapp);
    }
}

bool MainWindow::isShowing(const QString &id) const
{
    const int row = m_smsModel->rowOf(id);
    if (row < 0 || !isActiveWindow() || isMinimized() || m_tabs->currentIndex() != SmsTab)
        return false;
    if (m_sms->form()->currentId() == id)
        return true;
    if (!m_sms->isConversationView())
        return false;
    const QModelIndex open = m_sms->conversations()->currentIndex();
    return open.isValid()
        && open.data(ConversationModel::ConversationKeyRole).toString()
        == ActivitySync::conversationKey(
               m_smsModel->field(row, QStringLiteral("remote_phone")).toString(),
               m_smsModel->field(row, QStringLiteral("contact_id")).toString());
}

void MainWindow::quit()
{
    const QScopedValueRollback quitting(m_quitting, true);
    close();
}

void MainWindow::showMessage(const QString &message)
{
    statusBar()->showMessage(message, 8000);
}
