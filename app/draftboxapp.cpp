#include "draftboxapp.h"
#include "activitycache.h"

#include "accountlock.h"
#include "closeclient.h"
#include "closeuser.h"
#include "connectdialog.h"
#include "connectionprobe.h"
#include "connectionstate.h"
#include "desktopintegration.h"
#include "editjournal.h"
#include "errorlog.h"
#include "errorlogmodel.h"
#include "eventsync.h"
#include "jsoncodec.h"
#include "language.h"
#include "mainwindow.h"
#include "phonecheck.h"
#include "readmarks.h"
#include "sandboxserver.h"
#include "sendernumbermodel.h"
#include "singleinstance.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smstemplatemodel.h"
#include "whatsapptablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>
#include <cstdlib>
#include <cstring>

Q_LOGGING_CATEGORY(lcApp, "draftbox.app")

namespace {

const QString sampleDataScope = QStringLiteral("sample-data");

//! An account's scope: its API URL as CloseClient keeps it (with a trailing slash), so that a
//! launch names the account as openJournal() will.
QString accountScope(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url.toString();
}

} // namespace

DraftboxApp::DraftboxApp(QObject *parent)
    : QObject(parent)
    , m_client(std::make_unique<CloseClient>())
    , m_problems(std::make_unique<ErrorLog>())
    , m_log(std::make_unique<ErrorLogModel>(m_problems.get()))
    , m_sms(std::make_unique<SmsTableModel>(m_client.get()))
    , m_whatsapp(std::make_unique<WhatsAppTableModel>(m_client.get()))
    , m_window(std::make_unique<MainWindow>(m_sms.get(), m_whatsapp.get(), m_log.get()))
    , m_desktop(std::make_unique<DesktopIntegration>(m_window.get(), m_sms.get(), m_whatsapp.get()))
    , m_store(new CredentialStore(this))
    , m_probe(new ConnectionProbe(m_client.get(), this))
    , m_connection(new ConnectionState(m_client.get(), this))
    , m_senders(new SenderNumberModel(this))
    , m_templates(new SmsTemplateModel(this))
    , m_events(new EventSync(m_client.get(), this))
    , m_instance(new SingleInstance(this))
{
    connect(m_instance, &SingleInstance::launched, this, &DraftboxApp::bringToFront);
    m_events->follow(m_sms->sync());
    m_events->follow(m_whatsapp->sync());
    // How often Close's event log is read while Draftbox runs; each round is one request.
    m_events->setInterval(
        QSettings()
            .value(QStringLiteral("sync/intervalSeconds"), EventSync::defaultIntervalMs / 1000)
            .toInt()
        * 1000);
    connect(m_events, &EventSync::freshnessChanged, this,
            [this] { m_window->setFreshness(m_events->freshness()); });
    connect(m_events, &EventSync::fellBack, this,
            [this](const QString &why) { m_window->showMessage(why); });
    m_window->form()->setSenderModel(m_senders);
    m_window->form()->setTemplateModel(m_templates);
    connect(m_connection, &ConnectionState::changed, this, [this] {
        if (m_connection->state() != ConnectionState::State::Online)
            return;
        if (m_accountUnknown)
            askAccount();
        // Nothing listed yet (a start with no network and no cache): listed now.
        if (m_started && !m_sms->sync()->isListed() && !m_sms->isLoading()
            && m_sms->rowCount() == 0)
            m_sms->reload();
    });
    m_connection->watch(m_sms->retryQueue());
    m_connection->watch(m_whatsapp->retryQueue());
    m_window->setConnectionState(m_connection);
    m_log->attach(m_client.get());
    // Quit from the tray ends the loop as closing the window does: the rest is the destructor.
    connect(m_desktop.get(), &DesktopIntegration::quitRequested, qApp, &QCoreApplication::quit,
            Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::connectRequested, this, &DraftboxApp::openConnectDialog);
    // Whatever call Close refuses the key for, the rep is asked for another, once.
    connect(m_client.get(), &CloseClient::callFinished, this,
            [this](CloseCall *, const ApiResult &result) {
                if (result.error.category != ApiError::Category::Unauthorized)
                    return;
                const bool token = m_store->current().kind == Credentials::Kind::OAuthToken;
                openConnectDialog(ConnectDialog::refusal(result.error, token) + QLatin1Char('\n')
                                  + tr("Enter another below, or try Draftbox with sample data."));
            });
    for (ActivityTableModel *activities : {static_cast<ActivityTableModel *>(m_sms.get()),
                                           static_cast<ActivityTableModel *>(m_whatsapp.get())}) {
        connect(activities, &ActivityTableModel::restored, this, [this](int count) {
            m_window->showMessage(
                count == 1 ? tr("An unsaved edit from your last session is back, marked as "
                                "restored: save or revert it.")
                           : tr("%n unsaved edits from your last session are back, marked as "
                                "restored: save or revert them.",
                                nullptr, count));
        });
    }
    connect(m_store, &CredentialStore::saved, this, [this](bool inKeyring, const QString &why) {
        m_keyNote = inKeyring ? QString() : tr("key in memory only");
        describe(m_where);
        m_window->showMessage(why);
    });
}

DraftboxApp::~DraftboxApp()
{
    // Its socket file is removed by name: before the lock goes, after which the name may be
    // another Draftbox's.
    m_instance->close();
    if (m_phoneMetadata.joinable())
        m_phoneMetadata.join();
    if (m_dialog)
        delete m_dialog.data();
    if (m_started) {
        QSettings settings;
        m_window->saveSettings(settings);
    }
    // The window and the models go before the client their calls belong to; the notifications
    // and the tray that follow them first.
    m_desktop.reset();
    m_events->stop();
    m_window.reset();
    m_sms.reset();
    m_whatsapp.reset();
    m_cache.reset();
    m_journal.reset(); // written on the way out
}

void DraftboxApp::describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("Draftbox"));
    QApplication::setApplicationVersion(QStringLiteral(DRAFTBOX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Draftbox"));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) { // not for --help
        QApplication::setDesktopFileName(QStringLiteral("io.github.draftbox.Draftbox"));
        QApplication::setWindowIcon(
            QIcon(QStringLiteral(":/icons/io.github.draftbox.Draftbox.svg")));
    }
}

void DraftboxApp::chooseLanguage()
{
    const QString language = Language::atStartup();
    if (!Language::install(language))
        qCWarning(lcApp) << "No" << language << "translation is built in; the texts stay English";
}

void DraftboxApp::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Review, edit, schedule and send the SMS drafts of your Close account.\n"
        "Without an account it runs on a built-in sandbox with sample data."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Use the built-in sandbox with sample data.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("api-url"),
        QApplication::translate("main",
                                "Close API base URL (default %1). The API key comes from the "
                                "CLOSE_API_KEY environment variable or the connect dialog.")
            .arg(CloseClient::defaultBaseUrl().toString()),
        QStringLiteral("url")));
}

DraftboxApp::Options DraftboxApp::optionsFrom(const QCommandLineParser &parser)
{
    Options options;
    options.sandbox = parser.isSet(QStringLiteral("sandbox"));
    options.apiUrl = parser.isSet(QStringLiteral("api-url"))
        ? QUrl(parser.value(QStringLiteral("api-url")))
        : QUrl();
    options.environmentKey = takeEnvironmentKey();
    return options;
}

QString DraftboxApp::takeEnvironmentKey()
{
    // Read once, then gone: every process Draftbox starts (xdg-open, the browser it opens)
    // would inherit it. The value is also blanked where it lies, since /proc/<pid>/environ
    // shows the environment the process started with, whatever unsetenv() did since. This runs
    // before any thread that could read the environment is started.
    constexpr const char *name = "CLOSE_API_KEY";
    char *value = std::getenv(name);
    if (!value)
        return {};
    const QString key = QString::fromLocal8Bit(value);
    std::fill(value, value + std::strlen(value), 'x');
    qunsetenv(name);
    return key;
}

QString DraftboxApp::scopeAtStart(const Options &options)
{
    // As start() decides, in the same order.
    if (options.sandbox)
        return sampleDataScope;
    if (!options.apiUrl.isEmpty() && !CloseClient::whyRefused(options.apiUrl).isEmpty())
        return {};
    if (!options.environmentKey.isEmpty())
        return accountScope(options.apiUrl.isEmpty() ? CloseClient::defaultBaseUrl()
                                                     : options.apiUrl);
    const QUrl remembered = CredentialStore::rememberedUrl();
    if (remembered.isEmpty())
        return sampleDataScope;
    const QUrl url = options.apiUrl.isEmpty() ? remembered : options.apiUrl;
    // A remembered URL useAccount() refuses: start() goes to sample data.
    return CloseClient::whyRefused(url).isEmpty() ? accountScope(url) : sampleDataScope;
}

void DraftboxApp::adoptAccountLock(std::unique_ptr<AccountLock> lock)
{
    if (!lock || !lock->isLocked())
        return;
    m_instance->listen(lock->scope());
    m_claimed = std::move(lock);
}

bool DraftboxApp::holdsAccountLock() const
{
    return m_lock && m_lock->isLocked();
}

QString DraftboxApp::claimScope(const QString &scope)
{
    if ((m_lock && m_lock->scope() == scope) || (m_claimed && m_claimed->scope() == scope))
        return {};
    auto lock = std::make_unique<AccountLock>(scope);
    if (!lock->tryLock() && lock->isHeldElsewhere()) {
        // Never two writers of one journal: each would overwrite the other's edits. Nothing
        // of this account is opened here; the other Draftbox keeps its edits.
        const QString who = lock->holder().isEmpty()
            ? tr("another Draftbox")
            : tr("another Draftbox (%1)").arg(lock->holder());
        const QString why = scope == sampleDataScope
            ? tr("The sample data is open in %1, which keeps its unsaved edits: this window "
                 "leaves them alone, so that neither overwrites the other's. Use that window, "
                 "or quit it and choose sample data here again.")
                  .arg(who)
            : tr("Your Close account at %1 is open in %2, which keeps its unsaved edits: this "
                 "window leaves them alone, so that neither overwrites the other's. Use that "
                 "window, or quit it and connect here again.")
                  .arg(QUrl(scope).host(), who);
        qCInfo(lcApp).noquote() << "the account's lock is held:" << lock->path();
        m_problems->record(tr("Open the account"), {},
                           ApiError::make(ApiError::Category::Other, why));
        m_window->showMessage(why);
        if (!m_hadData) // an empty window: say why there too
            describe(tr("Nothing open: it is open in another Draftbox"));
        return why;
    }
    // Taken, or no lock file can be made there (then the journal cannot be written either, and
    // says so): Draftbox goes on.
    if (m_claimed && m_claimed->scope() == m_instance->scope())
        m_instance->close(); // before its lock goes
    m_claimed = std::move(lock);
    return {};
}

void DraftboxApp::bringToFront(const QStringList &arguments)
{
    // The launch was for the data in use (it found this instance by it): its options need
    // nothing more than the window.
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments))
        qCInfo(lcApp) << "a later launch's command line is not understood:" << parser.errorText();
    // Minimized: back as it was (maximized stays maximized), then in front.
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (m_dialog) { // what the rep was doing there
        m_dialog->raise();
        m_dialog->activateWindow();
    }
}

void DraftboxApp::openJournal(const QString &scope)
{
    // What opens the account's files below (and the local cache, beside the journal) relies on
    // this: the lock of `scope` is this process's.
    Q_ASSERT((m_claimed && m_claimed->scope() == scope) || (m_lock && m_lock->scope() == scope));
    const QString path = EditJournal::pathFor(scope);
    if (m_journal && m_journal->path() == path)
        return;
    m_journal = std::make_unique<EditJournal>(path); // the previous one is written and closed
    connect(m_journal.get(), &EditJournal::writeFailed, m_problems.get(),
            &ErrorLog::journalUnwritable);
    if (const QString why = m_journal->load(); !why.isEmpty())
        m_problems->journalUnreadable(why);
    m_sms->setJournal(m_journal.get());
    m_whatsapp->setJournal(m_journal.get());
    // Which replies the rep has opened, for the same account.
    auto marks = std::make_unique<ReadMarks>(ReadMarks::pathFor(scope));
    connect(marks.get(), &ReadMarks::writeFailed, m_problems.get(), &ErrorLog::readMarksUnwritable);
    m_sms->setReadMarks(marks.get());
    m_whatsapp->setReadMarks(marks.get());
    m_readMarks = std::move(marks);
    openCache(scope);
    // The previous scope's files are written and closed: its lock goes, once its socket did.
    if (m_claimed && m_claimed->scope() == scope) {
        std::unique_ptr<AccountLock> previous = std::exchange(m_lock, std::move(m_claimed));
        if (m_lock->isLocked())
            m_instance->listen(scope);
        else
            m_instance->close();
    }
}

void DraftboxApp::openCache(const QString &scope)
{
    const QString path = ActivityCache::pathFor(scope);
    if (m_cache && m_cache->path() == path)
        return;
    m_sms->sync()->setCache(nullptr);
    m_whatsapp->sync()->setCache(nullptr);
    auto cache = std::make_unique<ActivityCache>(path);
    connect(cache.get(), &ActivityCache::writeFailed, m_problems.get(), &ErrorLog::cacheUnwritable);
    const bool opened = cache->open();
    if (!cache->notice().isEmpty())
        m_problems->cacheNotice(cache->notice());
    m_cache = opened ? std::move(cache) : nullptr; // without one, everything comes from Close
    m_sms->sync()->setCache(m_cache.get());
    m_whatsapp->sync()->setCache(m_cache.get());
}

QString DraftboxApp::start(const Options &options)
{
    m_sampleCount = options.sampleCount;
    // The form checks the first SMS's numbers as soon as it arrives; the tables load meanwhile.
    if (!m_phoneMetadata.joinable())
        m_phoneMetadata = std::thread(&PhoneCheck::prepare);
    {
        QSettings settings;
        m_window->restoreSettings(settings);
    }
    m_started = true;
    m_window->show();
    if (options.sandbox) {
        useSampleData();
        return {};
    }
    if (!options.environmentKey.isEmpty()) {
        Credentials credentials;
        credentials.secret = options.environmentKey;
        credentials.baseUrl
            = options.apiUrl.isEmpty() ? CloseClient::defaultBaseUrl() : options.apiUrl;
        return useAccount(credentials, false);
    }
    if (!options.apiUrl.isEmpty()) {
        const QString refused = CloseClient::whyRefused(options.apiUrl);
        if (!refused.isEmpty())
            return refused;
    }
    // The remembered account if there is one; sample data otherwise, with a way to connect.
    m_window->setConnectionDescription(tr("Looking for a remembered Close account…"));
    connect(
        m_store, &CredentialStore::loaded, this,
        [this, options](const Credentials &remembered) {
            if (!remembered.isValid()) {
                useSampleData();
                return;
            }
            Credentials credentials = remembered;
            if (!options.apiUrl.isEmpty())
                credentials.baseUrl = options.apiUrl;
            const QString refused = useAccount(credentials, false);
            if (!refused.isEmpty()) {
                useSampleData();
                openConnectDialog(refused);
            }
        },
        Qt::SingleShotConnection);
    m_store->load();
    return {};
}

bool DraftboxApp::isOnSampleData() const
{
    return m_onSampleData;
}

bool DraftboxApp::useSampleData()
{
    if (!claimScope(sampleDataScope).isEmpty())
        return false;
    const bool freshSandbox = !m_sandbox;
    if (!m_sandbox) {
        SandboxConfig config;
        config.seedCount = m_sampleCount;
        m_sandbox = std::make_unique<SandboxServer>(config);
        QString error;
        if (!m_sandbox->start(&error)) {
            m_sandbox.reset();
            m_window->showMessage(tr("The built-in sandbox could not start: %1").arg(error));
            return false;
        }
    }
    m_client->setBaseUrl(m_sandbox->baseUrl());
    m_client->setApiKey(m_sandbox->config().apiKey);
    leavePreviousData();
    openJournal(sampleDataScope);
    // The built-in sandbox starts afresh with each Draftbox: what the cache kept of the last
    // one's messages (sent since, deleted) is not this one's.
    if (freshSandbox && m_cache) {
        m_cache->forget(m_sms->sync()->journalKind());
        m_cache->forget(m_whatsapp->sync()->journalKind());
    }
    m_onSampleData = true;
    m_window->setOnSampleData(true);
    m_keyNote.clear();
    describe(tr("Sample data: the built-in sandbox at %1 (no Close account; nothing is really "
                "sent)")
                 .arg(m_sandbox->baseUrl().toString()));
    reloadEverything();
    return true;
}

QString DraftboxApp::useAccount(const Credentials &credentials, bool remember)
{
    if (const QString refused = CloseClient::whyRefused(credentials.baseUrl); !refused.isEmpty())
        return refused;
    if (const QString held = claimScope(accountScope(credentials.baseUrl)); !held.isEmpty())
        return held;
    const QString refused = m_client->setCredentials(credentials);
    if (!refused.isEmpty())
        return refused;
    m_onSampleData = false;
    m_window->setOnSampleData(false);
    leavePreviousData();
    openJournal(m_client->baseUrl().toString());
    if (remember)
        m_store->save(credentials);
    else
        m_keyNote.clear();
    describe(tr("Close account at %1").arg(m_client->baseUrl().host()));
    reloadEverything();
    return {};
}

void DraftboxApp::openConnectDialog(const QString &reason)
{
    if (m_dialog) {
        m_dialog->setReason(reason);
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new ConnectDialog({CloseClient::defaultBaseUrl(), &CloseClient::whyRefused},
                                 m_window.get());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ConnectDialog::testRequested, m_probe, &ConnectionProbe::test);
    connect(m_dialog, &ConnectDialog::testCanceled, m_probe, &ConnectionProbe::cancel);
    connect(m_dialog, &QDialog::finished, m_probe, &ConnectionProbe::cancel);
    connect(m_probe, &ConnectionProbe::finished, m_dialog, &ConnectDialog::showTestResult);
    m_dialog->setReason(reason);
    // On an account, the form starts from the one in use, at the URL in use (a key from the
    // environment is not remembered, but its URL is where the rep is connected).
    if (!m_onSampleData) {
        Credentials shown = m_store->current().isValid() ? m_store->current() : Credentials {};
        shown.baseUrl = m_client->baseUrl();
        m_dialog->setCredentials(shown);
    }
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog.data()] {
        if (dialog->choice() == ConnectDialog::Choice::SampleData)
            useSampleData();
        else
            useAccount(dialog->credentials(), true);
    });
    m_dialog->open();
}

void DraftboxApp::leavePreviousData()
{
    // The problems of the data left behind name SMS this one does not have (opening one said
    // Close may have deleted it). What arose before any data was in use (start-up) stays.
    if (std::exchange(m_hadData, true))
        m_log->startAfresh();
}

void DraftboxApp::describe(const QString &where)
{
    m_where = where;
    m_window->setConnectionDescription(
        m_keyNote.isEmpty() ? where : QStringLiteral("%1 · %2").arg(where, m_keyNote));
}

void DraftboxApp::reloadEverything()
{
    m_connection->reset();
    m_events->stop();
    m_sms->reload();
    // On the cache at once, as the SMS are; else listed from Close when its list is first shown
    // (a start asks Close for one list, not two).
    m_whatsapp->sync()->reloadFromCache();
    m_events->start();
    askAccount();
    emit switched();
}

void DraftboxApp::askAccount()
{
    m_accountUnknown = false;
    ++m_accountAsked;
    const int asked = m_accountAsked;
    // What a call that failed leaves unknown is asked again once Close answers (a start with
    // no network): until then the form has no sender numbers and the status bar no name.
    const auto failed = [this, asked](const ApiResult &r) {
        if (!r.ok() && asked == m_accountAsked)
            m_accountUnknown = true;
    };
    // A failure leaves both empty: nothing of the previous account is offered.
    connect(m_client->listPhoneNumbers(), &CloseCall::finished, m_senders,
            [this, failed](const ApiResult &r) {
                failed(r);
                const QList<PhoneNumber> numbers = JsonCodec::decodePage<PhoneNumber>(r.object());
                m_senders->setNumbers(numbers);
                m_sms->sms()->setSenders(numbers);
            });
    connect(m_client->listSmsTemplates(), &CloseCall::finished, m_templates,
            [this, failed](const ApiResult &r) {
                failed(r);
                m_templates->setTemplates(JsonCodec::decodePage<SmsTemplate>(r.object()));
            });
    const QString where = m_where;
    connect(m_client->me(), &CloseCall::finished, this, [this, where, failed](const ApiResult &r) {
        failed(r);
        const auto user = CloseUser::fromJson(r.object());
        if (where != m_where)
            return; // an answer about the previous connection
        if (r.ok() && user) // a failure is in the status bar already (ConnectionState)
            describe(tr("%1 — %2 (%3)").arg(where, user->displayName(), user->organizationName()));
    });
}
