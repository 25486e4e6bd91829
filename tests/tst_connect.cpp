// Connecting, driven through the real window and dialog: a refused key opens the connect
// dialog, a good key entered there loads the account and is kept in the keyring, "Test
// connection" names the user, an insecure URL is refused, and sample data is one click away.
// A second sandbox on loopback stands in for the Close account.
#include "closeclient.h"
#include "connectdialog.h"
#include "draftboxapp.h"
#include "editjournal.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "named.h"
#include "sandboxfixture.h"
#include "sandboxserver.h"
#include "screenshot.h"
#include "sendernumbermodel.h"
#include "smsform.h"
#include "smsstatus.h"
#include "smstablemodel.h"
#include "smstemplatemodel.h"
#include "testhttp.h"
#include "userfolders.h"
#include "whatsapptablemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString accountKey = u"api_7fQ2AccountKeyForTests.x9"_s;
const QString accountToken = u"oauth_K3yTokenForTests"_s;
constexpr int accountSms = 25; // the embedded sample data has 60: tells the two apart

//! Every QNetworkAccessManager the application holds: under the application object, the app,
//! its client, its models and its windows.
QSet<QNetworkAccessManager *> networkManagers(DraftboxApp *app)
{
    QList<QObject *> roots {qApp,       app,           app->client(), app->sms(), app->whatsapp(),
                            app->log(), app->journal()};
    for (QWidget *window : QApplication::topLevelWidgets())
        roots << window;
    QSet<QNetworkAccessManager *> managers;
    for (QObject *root : std::as_const(roots)) {
        if (!root)
            continue;
        if (auto *manager = qobject_cast<QNetworkAccessManager *>(root))
            managers << manager;
        for (QNetworkAccessManager *manager : root->findChildren<QNetworkAccessManager *>())
            managers << manager;
    }
    return managers;
}
//! A server on loopback that refuses every key with a 401 whose body is markup, as a hostile or
//! broken server could: what it says must reach the rep as the characters it sent.
class HostileServer : public QTcpServer
{
public:
    explicit HostileServer(QByteArray body)
        : m_body(std::move(body))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/api/v1/"_s.arg(serverPort())); }

private:
    QByteArray m_body;
};

const QString hostileMarkup = u"<b>bold</b> <a href='x'>link</a>"_s;
} // namespace

class tst_Connect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedKeyOpensTheDialog();
    void testConnectionNamesTheUser();
    void oauthTokenConnects();
    void insecureUrlIsRefused();
    void serverTextIsShownAsPlainText();
    void refusedKeyIsExplainedForARep();
    void urlBoxShowsTheUrlInUse();
    void firstRunOpensOnADraftAndSaysItIsSampleData();
    void sampleDataIsOneClickAway();
    void rememberedAccountIsUsedAtStart();
    void environmentKeyIsNeverRemembered();
    void formOffersTheAccountsNumbersAndTemplates();
    void whatFailedOfflineIsAskedAgainOnceOnline();

private:
    ConnectDialog *waitForDialog();
    //! Starts on sample data and opens the connect dialog.
    ConnectDialog *openOnSampleData();
    //! Starts on the account, waits for its SMS and opens the connect dialog.
    ConnectDialog *openOnAccount();
    void type(QLineEdit *edit, const QString &text);
    bool keyringExpected() const
    {
        return qEnvironmentVariable("DRAFTBOX_EXPECT_KEYRING") != "0"_L1;
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxFixture> m_account;
    std::unique_ptr<DraftboxApp> m_app;
};

void tst_Connect::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_connect"_s));
}

void tst_Connect::init()
{
    SandboxConfig config;
    config.seedCount = accountSms;
    config.apiKey = accountKey;
    config.oauthToken = accountToken;
    m_account = std::make_unique<SandboxFixture>(config);
    QVERIFY(m_account->ok());
    CredentialStore forget;
    forget.forget();
    QTest::qWait(100);
    m_app = std::make_unique<DraftboxApp>();
}

void tst_Connect::cleanup()
{
    m_app.reset();
    m_account.reset();
}

ConnectDialog *tst_Connect::waitForDialog()
{
    if (!QTest::qWaitFor(
            [this] { return m_app->connectDialog() && m_app->connectDialog()->isVisible(); },
            10000))
        return nullptr;
    return m_app->connectDialog();
}

ConnectDialog *tst_Connect::openOnSampleData()
{
    DraftboxApp::Options options;
    options.sandbox = true;
    if (!m_app->start(options).isEmpty())
        return nullptr;
    m_app->openConnectDialog();
    return waitForDialog();
}

ConnectDialog *tst_Connect::openOnAccount()
{
    DraftboxApp::Options options;
    options.environmentKey = accountKey;
    options.apiUrl = m_account->server->baseUrl();
    if (!m_app->start(options).isEmpty()
        || !QTest::qWaitFor([&] { return m_app->sms()->rowCount() == accountSms; }))
        return nullptr;
    m_app->openConnectDialog();
    return waitForDialog();
}

void tst_Connect::type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void tst_Connect::refusedKeyOpensTheDialog()
{
    DraftboxApp::Options options;
    options.environmentKey = u"api_wrong"_s;
    options.apiUrl = m_account->server->baseUrl();
    QVERIFY(m_app->start(options).isEmpty());

    ConnectDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    const auto *reason = dialog->findChild<QLabel *>(u"connectReason"_s);
    QVERIFY(reason && reason->isVisible());
    QVERIFY2(reason->text().startsWith("Close did not accept this API key."_L1),
             qPrintable(reason->text()));
    QCOMPARE(m_app->sms()->rowCount(), 0);
    QVERIFY(m_app->log()->rowCount() > 0); // and the panel lists the 401
    QCOMPARE(m_app->log()->entry(0).error.category, ApiError::Category::Unauthorized);

    type(named<QLineEdit>(dialog, u"urlEdit"_s), m_account->server->baseUrl().toString());
    type(named<QLineEdit>(dialog, u"secretEdit"_s), accountKey);
    QCOMPARE(named<QLineEdit>(dialog, u"secretEdit"_s)->echoMode(), QLineEdit::Password);
    saveScreenshot(dialog, u"connect-refused"_s);
    QSignalSpy saved(m_app->credentialStore(), &CredentialStore::saved);
    QTest::mouseClick(named<QPushButton>(dialog, u"connectButton"_s), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!m_app->connectDialog(), 10000); // closed once Close said yes
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), accountSms, 10000);
    QCOMPARE(m_app->client()->baseUrl(), m_account->server->baseUrl());
    QVERIFY(!m_app->isOnSampleData());
    QVERIFY(saved.wait(10000) || !saved.isEmpty());
    QCOMPARE(saved.first().at(0).toBool(), keyringExpected());
    // The status bar names the account and says where the key is, never the key itself.
    const QString status = m_app->window()->findChild<QLabel *>(u"connectionLabel"_s)->text();
    QVERIFY(!status.contains(accountKey));
    QCOMPARE(status.contains("in memory only"_L1), !keyringExpected());
    QTRY_VERIFY(m_app->window()
                    ->findChild<QLabel *>(u"connectionLabel"_s)
                    ->text()
                    .contains("Avery Quinn"_L1));
}

void tst_Connect::testConnectionNamesTheUser()
{
    DraftboxApp::Options options;
    options.sandbox = true;
    QVERIFY(m_app->start(options).isEmpty());
    QTRY_COMPARE(m_app->sms()->rowCount(), 60);
    auto *connectAction = m_app->window()->findChild<QAction *>(u"connectAction"_s);
    QVERIFY(connectAction);
    connectAction->trigger();
    ConnectDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    type(named<QLineEdit>(dialog, u"urlEdit"_s), m_account->server->baseUrl().toString());

    type(named<QLineEdit>(dialog, u"secretEdit"_s), u"api_wrong"_s);
    QTest::mouseClick(named<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY(named<QLabel>(dialog, u"connectResult"_s)->text().contains("API key"_L1));
    QVERIFY(dialog->isVisible());

    type(named<QLineEdit>(dialog, u"secretEdit"_s), accountKey);
    QTest::mouseClick(named<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        named<QLabel>(dialog, u"connectResult"_s)->text().startsWith("Connected as Avery Quinn"_L1),
        10000);
    saveScreenshot(dialog, u"connect-tested"_s);
    QVERIFY(dialog->isVisible()); // testing does not switch anything
    QVERIFY(m_app->isOnSampleData());
    QCOMPARE(m_app->sms()->rowCount(), 60);
    QCOMPARE(m_app->client()->baseUrl(), m_app->sandbox()->baseUrl());
    // The test went through the app's one client: one network manager in the process.
    QCOMPARE(networkManagers(m_app.get()).size(), 1);
    QVERIFY(networkManagers(m_app.get())
                .contains(m_app->client()->findChild<QNetworkAccessManager *>()));
    dialog->reject();
    QTRY_VERIFY(!m_app->connectDialog());
    QVERIFY(m_app->isOnSampleData());
}

void tst_Connect::oauthTokenConnects()
{
    ConnectDialog *dialog = openOnSampleData();
    QVERIFY(dialog);
    QTest::mouseClick(named<QRadioButton>(dialog, u"tokenButton"_s), Qt::LeftButton);
    QCOMPARE(named<QLineEdit>(dialog, u"secretEdit"_s)->accessibleName(), u"OAuth access token"_s);
    type(named<QLineEdit>(dialog, u"urlEdit"_s), m_account->server->baseUrl().toString());
    type(named<QLineEdit>(dialog, u"secretEdit"_s), accountToken);
    // Connect is the default button.
    QTest::keyClick(named<QLineEdit>(dialog, u"secretEdit"_s), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), accountSms, 10000);
    QVERIFY(!m_app->isOnSampleData());
}

void tst_Connect::insecureUrlIsRefused()
{
    ConnectDialog *dialog = openOnSampleData();
    QVERIFY(dialog);
    type(named<QLineEdit>(dialog, u"secretEdit"_s), accountKey);
    QVERIFY(named<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
    type(named<QLineEdit>(dialog, u"urlEdit"_s), u"http://api.close.com/api/v1/"_s);
    QVERIFY(!named<QPushButton>(dialog, u"connectButton"_s)->isEnabled());
    QVERIFY(!named<QPushButton>(dialog, u"testButton"_s)->isEnabled());
    bool explained = false;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        explained |= label->isVisible() && label->text().contains("https://"_L1);
    QVERIFY(explained);

    // And on the command line, before anything is sent.
    DraftboxApp other;
    DraftboxApp::Options insecure;
    insecure.environmentKey = accountKey;
    insecure.apiUrl = QUrl(u"http://example.com/api/v1/"_s);
    QVERIFY(other.start(insecure).contains("https://"_L1));
}

void tst_Connect::serverTextIsShownAsPlainText()
{
    HostileServer hostile(QByteArray(R"({"error": "<b>bold</b> <a href='x'>link</a>"})"));
    QVERIFY(hostile.isListening());

    // The refusal of the key in use, above the form.
    DraftboxApp::Options options;
    options.environmentKey = u"api_hostile"_s;
    options.apiUrl = hostile.baseUrl();
    QVERIFY(m_app->start(options).isEmpty());
    ConnectDialog *dialog = waitForDialog();
    QVERIFY(dialog);
    const auto *reason = named<QLabel>(dialog, u"connectReason"_s);
    QCOMPARE(reason->textFormat(), Qt::PlainText);

    // Test connection's answer.
    type(named<QLineEdit>(dialog, u"urlEdit"_s), hostile.baseUrl().toString());
    type(named<QLineEdit>(dialog, u"secretEdit"_s), u"api_hostile"_s);
    QTest::mouseClick(named<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    const auto *result = named<QLabel>(dialog, u"connectResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(hostileMarkup), 10000);
    QCOMPARE(result->textFormat(), Qt::PlainText);

    // And the status bar's tooltip says what Close answered as it answered it.
    const auto asShown = [](const QString &tip) {
        if (!Qt::mightBeRichText(tip))
            return tip; // how QToolTip decides, as QLabel's Qt::AutoText does
        QTextDocument document;
        document.setHtml(tip);
        return document.toPlainText();
    };
    const QString stateTip = named<QLabel>(m_app->window(), u"connectionState"_s)->toolTip();
    QVERIFY2(asShown(stateTip).contains(hostileMarkup), qPrintable(stateTip));

    // Every label of the dialog and the window shows characters, never markup.
    for (QWidget *root :
         {static_cast<QWidget *>(dialog), static_cast<QWidget *>(m_app->window())}) {
        for (const QLabel *label : root->findChildren<QLabel *>()) {
            if (label->text().contains(u'<'))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
    }
}

void tst_Connect::refusedKeyIsExplainedForARep()
{
    ConnectDialog *dialog = openOnSampleData();
    QVERIFY(dialog);
    type(named<QLineEdit>(dialog, u"urlEdit"_s), m_account->server->baseUrl().toString());
    type(named<QLineEdit>(dialog, u"secretEdit"_s), u"api_wrong"_s);
    QTest::mouseClick(named<QPushButton>(dialog, u"testButton"_s), Qt::LeftButton);
    const auto *result = named<QLabel>(dialog, u"connectResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!result->text().startsWith("Asking"_L1), 10000);
    // What happened and what to do, in the words of Close's own screens.
    QVERIFY2(result->text().startsWith(
                 u"Close did not accept this API key. Check it in Close under Settings → "
                 "Developer → API Keys."_s),
             qPrintable(result->text()));
    QVERIFY2(!result->text().contains("HTTP"_L1), qPrintable(result->text()));
}

void tst_Connect::urlBoxShowsTheUrlInUse()
{
    ConnectDialog *dialog = openOnAccount();
    QVERIFY(dialog);
    QCOMPARE(named<QLineEdit>(dialog, u"urlEdit"_s)->text(),
             m_account->server->baseUrl().toString());
}

void tst_Connect::firstRunOpensOnADraftAndSaysItIsSampleData()
{
    QSettings().clear(); // a first run: nothing the earlier tests' windows left
    DraftboxApp::Options options;
    options.sandbox = true;
    QVERIFY(m_app->start(options).isEmpty());
    MainWindow *window = m_app->window();
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), 60, 10000);
    // It says what this is, and how to leave it.
    auto *banner = named<QWidget>(window, u"sampleDataBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(named<QLabel>(banner, u"sampleDataText"_s)->text(),
             u"You are looking at sample data — connect your Close account (Ctrl+Shift+K)"_s);
    // The form is on a draft, the work waiting; the failures still head the list.
    QTRY_VERIFY(!window->form()->currentId().isEmpty());
    const auto statusAt = [this](const QString &id) {
        return m_app->sms()->statusOf(m_app->sms()->rowOf(id));
    };
    QCOMPARE(statusAt(window->form()->currentId()), SmsStatus::Status::Draft);
    const QAbstractItemModel *list = window->list()->model();
    QCOMPARE(statusAt(list->index(0, 0).data(ActivityTableModel::IdRole).toString()),
             SmsStatus::Status::Error);
    // What Close failed before Draftbox looked is counted on a button, not raised at start.
    const int failed = m_app->log()->openCount();
    QVERIFY(failed > 1);
    auto *panel = named<QWidget>(window, u"errorPanel"_s);
    auto *problems = named<QToolButton>(window, u"problemsButton"_s);
    // What is in the log, should the panel have come up by itself.
    const auto logged = [this] {
        const ErrorLog *log = m_app->log()->log();
        QStringList lines;
        for (int row = 0; row < log->count(); ++row)
            lines << log->copyText(row);
        if (log->rateLimitedUntil().isValid())
            lines << u"Rate limited until %1"_s.arg(log->rateLimitedUntil().toString());
        return lines.join(u"\n---\n"_s);
    };
    QVERIFY2(!panel->isVisible(), qPrintable(logged()));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), u"%1 problems"_s.arg(failed));
    QTest::mouseClick(problems, Qt::LeftButton);
    QVERIFY(panel->isVisible());
    QTest::mouseClick(problems, Qt::LeftButton);
    QVERIFY(!panel->isVisible());
    // A problem arising while the rep works brings the panel up by itself.
    TestHttp sandbox(m_app->sandbox()->baseUrl());
    QCOMPARE(sandbox
                 .post(u"_sandbox/faults/"_s,
                       {{u"next"_s, QJsonArray::fromStringList(QStringList(20, u"500"_s))}})
                 .status,
             200);
    m_app->sms()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QCOMPARE(problems->text(), u"%1 problems"_s.arg(failed + 1));

    // Connect… asks for the account; once one is in use, the banner is gone.
    QTest::mouseClick(named<QPushButton>(banner, u"sampleDataConnect"_s), Qt::LeftButton);
    QVERIFY(waitForDialog());
    m_app->connectDialog()->reject();
    Credentials credentials;
    credentials.secret = accountKey;
    credentials.baseUrl = m_account->server->baseUrl();
    QVERIFY(m_app->useAccount(credentials, false).isEmpty());
    QVERIFY(!banner->isVisible());
    // The sample data's problems are gone with it (they named SMS this account does not have,
    // and opening one said Close may have deleted it).
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), accountSms, 10000);
    int accountFailed = 0;
    for (int row = 0; row < m_app->sms()->rowCount(); ++row)
        accountFailed += m_app->sms()->statusOf(row) == SmsStatus::Status::Error;
    QTRY_COMPARE(m_app->log()->rowCount(), accountFailed);
    QCOMPARE(problems->isVisible(), accountFailed > 0);
}

void tst_Connect::sampleDataIsOneClickAway()
{
    ConnectDialog *dialog = openOnAccount();
    QVERIFY(dialog);
    QTest::mouseClick(named<QPushButton>(dialog, u"sampleDataButton"_s), Qt::LeftButton);
    QTRY_VERIFY(m_app->isOnSampleData());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), 60, 10000);
    QVERIFY(m_app->sandbox());
    QCOMPARE(m_app->client()->baseUrl(), m_app->sandbox()->baseUrl());
}

void tst_Connect::rememberedAccountIsUsedAtStart()
{
    if (!keyringExpected())
        QSKIP("No keyring in this run: nothing can be remembered (tested in tst_credentialstore)");
    {
        CredentialStore store;
        QSignalSpy saved(&store, &CredentialStore::saved);
        Credentials credentials;
        credentials.secret = accountKey;
        credentials.baseUrl = m_account->server->baseUrl();
        store.save(credentials);
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.first().at(0).toBool());
    }
    QVERIFY(m_app->start({}).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), accountSms, 10000);
    QVERIFY(!m_app->isOnSampleData());
    QVERIFY(!m_app->connectDialog());
}

void tst_Connect::environmentKeyIsNeverRemembered()
{
    DraftboxApp::Options options;
    options.environmentKey = accountKey;
    options.apiUrl = m_account->server->baseUrl();
    QVERIFY(m_app->start(options).isEmpty());
    QTRY_COMPARE(m_app->sms()->rowCount(), accountSms);
    m_app.reset();

    // Next start without the variable: nothing remembered, so sample data.
    m_app = std::make_unique<DraftboxApp>();
    QVERIFY(m_app->start({}).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->isOnSampleData(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), 60, 10000);
}

void tst_Connect::formOffersTheAccountsNumbersAndTemplates()
{
    DraftboxApp::Options options;
    options.environmentKey = accountKey;
    options.apiUrl = m_account->server->baseUrl();
    QVERIFY(m_app->start(options).isEmpty());
    QTRY_COMPARE(m_app->senderNumbers()->rowCount(), 2);
    QTRY_COMPARE(m_app->smsTemplates()->rowCount(), 4);

    // The form's pickers offer what the models hold, after their placeholder entry.
    const auto *templates = m_app->window()->findChild<QComboBox *>(u"templatePicker"_s);
    QVERIFY(templates);
    QCOMPARE(templates->count(), 1 + 4);
    for (int row = 0; row < 4; ++row) {
        const QModelIndex index = m_app->smsTemplates()->index(row, 0);
        QCOMPARE(templates->itemText(1 + row), index.data().toString());
        QCOMPARE(templates->itemData(1 + row), index.data(SmsTemplateModel::IdRole));
    }
    const QComboBox *senders = nullptr;
    for (const QComboBox *box : m_app->window()->findChildren<QComboBox *>()) {
        if (box->property("draftboxField") == "local_phone"_L1) // the form's "From" field
            senders = box;
    }
    QVERIFY(senders);
    QCOMPARE(senders->count(), 1 + 2);
    QStringList offered;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex index = m_app->senderNumbers()->index(row, 0);
        QCOMPARE(senders->itemText(1 + row), index.data().toString());
        QCOMPARE(senders->itemData(1 + row), index.data(SenderNumberModel::NumberRole));
        offered << senders->itemData(1 + row).toString();
    }
    offered.sort();
    QCOMPARE(offered, QStringList({u"+14154445555"_s, u"+442071838750"_s}));
}

void tst_Connect::whatFailedOfflineIsAskedAgainOnceOnline()
{
    // Close cannot be reached at start (no network yet): its numbers and templates are not in.
    const QUrl url = m_account->server->baseUrl();
    m_account.reset();
    m_app.reset();
    QSettings().setValue(u"sync/intervalSeconds"_s, 1); // the event log, asked every second
    m_app = std::make_unique<DraftboxApp>();
    QSettings().remove(u"sync/intervalSeconds"_s);
    DraftboxApp::Options options;
    options.environmentKey = accountKey;
    options.apiUrl = url;
    QVERIFY(m_app->start(options).isEmpty());
    const ErrorLog *log = m_app->log()->log();
    const auto stillFailing = [log](const QString &operation) {
        for (int row = 0; row < log->count(); ++row) {
            if (log->entry(row).operation == operation && !log->entry(row).resolvedAt.isValid())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(stillFailing(u"Load phone numbers"_s), 10000);
    QTRY_VERIFY(stillFailing(u"Load SMS templates"_s));
    QCOMPARE(m_app->senderNumbers()->rowCount(), 0);

    // Close answers again: what was missing is asked for by itself, and its failures pass.
    SandboxConfig config;
    config.seedCount = accountSms;
    config.apiKey = accountKey;
    config.port = quint16(url.port());
    m_account = std::make_unique<SandboxFixture>(config);
    QVERIFY(m_account->ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->senderNumbers()->rowCount(), 2, 15000);
    QTRY_COMPARE(m_app->smsTemplates()->rowCount(), 4);
    QVERIFY(!stillFailing(u"Load phone numbers"_s));
    QVERIFY(!stillFailing(u"Load SMS templates"_s));
    // The SMS nothing could list at start are listed too.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms()->rowCount(), accountSms, 15000);
    // The status bar names the rep again.
    const auto *where = named<QLabel>(m_app->window(), u"connectionLabel"_s);
    QTRY_VERIFY2(where->text().contains(u" — "_s), qPrintable(where->text()));
}

QTEST_MAIN(tst_Connect)
#include "tst_connect.moc"
