// Security checks: the API key a rep entered is in no file Draftbox leaves under its folders
// (settings, journal of unsaved edits, anything else), in no log line with every logging
// category on, and never goes out over plain HTTP to another computer. (Server HTML that loads
// nothing is tst_safehtml's.)
#include "closeclient.h"
#include "draftboxapp.h"
#include "editjournal.h"
#include "errorlogmodel.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"
#include "userfolders.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString accountKey = u"api_S3cur1tyCheckKey.Zq81"_s;

QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
    }
    if (type != QtDebugMsg && previousHandler)
        previousHandler(type, context, message);
}

//! A Close account of `sms` SMS that accepts accountKey.
SandboxConfig account(int sms)
{
    SandboxConfig config;
    config.apiKey = accountKey;
    config.seedCount = sms;
    return config;
}

//! The forms the key could take on its way out: as typed, in Basic auth, percent-encoded.
QList<QByteArray> keyForms()
{
    const QByteArray key = accountKey.toUtf8();
    return {key, QByteArray(key + ':').toBase64(), QUrl::toPercentEncoding(accountKey)};
}

} // namespace

class tst_Security : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyIsInNoFileTheAppLeaves();
    void keyIsInNoLogLine();
    void keyLeavesTheEnvironment();
    void plainHttpToAnotherComputerIsRefused_data();
    void plainHttpToAnotherComputerIsRefused();

private:
    QTemporaryDir m_home;
};

void tst_Security::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_security"_s));
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
}

void tst_Security::keyIsInNoFileTheAppLeaves()
{
    SandboxFixture account(::account(30));
    QVERIFY(account.ok());
    QString editedId;
    {
        DraftboxApp app;
        DraftboxApp::Options options;
        options.sandbox = true; // starts on sample data, then the rep enters the key
        QVERIFY(app.start(options).isEmpty());
        Credentials credentials;
        credentials.secret = accountKey;
        credentials.baseUrl = account.server->baseUrl();
        QVERIFY(app.useAccount(credentials, true).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(app.sms()->rowCount(), 30, 10000);
        // An unsaved edit (journaled), a failure (the Problems panel), settings on the way out.
        for (int row = 0; row < app.sms()->rowCount() && editedId.isEmpty(); ++row) {
            if (app.sms()->setField(row, u"text"_s, u"Unsaved, so journaled"_s))
                editedId = app.sms()->idAt(row);
        }
        QVERIFY(!editedId.isEmpty());
        QVERIFY(account.queueFaults({u"500"_s}));
        app.sms()->refresh();
        QTRY_VERIFY(app.log()->rowCount() > 0);
        QVERIFY(app.journal());
        QTRY_VERIFY(QFile::exists(app.journal()->path()));
        QVERIFY(app.journal()->path().startsWith(m_home.path()));
    }
    int files = 0;
    bool journalSeen = false;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        journalSeen = journalSeen || content.contains(editedId.toUtf8());
        for (const QByteArray &form : keyForms())
            QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 2); // the settings and the journal at least
    QVERIFY(journalSeen); // the check looked where the edit was written
}

void tst_Security::keyIsInNoLogLine()
{
    QLoggingCategory::setFilterRules(u"*=true"_s);
    previousHandler = qInstallMessageHandler(captureLog);
    SandboxFixture account(::account(50));
    QVERIFY(account.ok());
    account.client->setApiKey(accountKey);
    SmsTableModel model(account.client.get());
    model.fetchMore({});
    QTRY_VERIFY(!model.isLoading() && model.rowCount() > 0);
    // A save, a refused save, a dropped answer, a failure: every path that logs.
    QVERIFY(account.queueFaults({u"none"_s, u"drop-after"_s, u"none"_s, u"500"_s}));
    QSignalSpy done(account.client.get(), &CloseClient::callFinished);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.setField(row, u"remote_phone"_s, u"not a number"_s)) {
            model.save(row);
            break;
        }
    }
    QTRY_VERIFY(done.size() >= 2);
    account.client->setApiKey(u"api_wrong"_s); // a 401 is logged too
    model.refresh();
    QTRY_VERIFY(!model.isLoading());
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QMutexLocker lock(&logMutex);
    QVERIFY(logLines.size() > 10); // the categories did log
    QVERIFY(logLines.join(u'\n').contains("draftbox."_L1));
    for (const QString &line : std::as_const(logLines)) {
        for (const QByteArray &form : keyForms())
            QVERIFY2(!line.toUtf8().contains(form), qPrintable(line));
        QVERIFY2(!line.contains("authorization"_L1, Qt::CaseInsensitive), qPrintable(line));
    }
}

void tst_Security::keyLeavesTheEnvironment()
{
    // Read once, then gone: a process Draftbox starts (xdg-open and the browser after it)
    // inherits its environment.
    qputenv("CLOSE_API_KEY", accountKey.toUtf8());
    QCommandLineParser parser;
    DraftboxApp::addOptions(parser);
    parser.process(QStringList {u"draftbox"_s});
    QCOMPARE(DraftboxApp::optionsFrom(parser).environmentKey, accountKey);
    QVERIFY(!qEnvironmentVariableIsSet("CLOSE_API_KEY"));
    QProcess child;
    child.start(u"env"_s, {});
    QVERIFY(child.waitForFinished());
    const QByteArray inherited = child.readAllStandardOutput();
    QVERIFY(inherited.contains("PATH="));
    for (const QByteArray &form : keyForms())
        QVERIFY(!inherited.contains(form));

    // The real app, started with the key: its own environment, as /proc shows it to anyone
    // who may read the process, no longer holds it once it has started.
    SandboxFixture account(::account(5));
    QVERIFY(account.ok());
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLOSE_API_KEY"_s, accountKey);
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(DRAFTBOX_BIN), {u"--api-url"_s, account.server->baseUrl().toString()});
    QVERIFY(app.waitForStarted());
    const auto environ = [&] {
        QFile file(u"/proc/%1/environ"_s.arg(app.processId()));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // Read while it runs, so the check can see: right after the fork the file may still be
    // empty or the parent's (the exec, and a sanitizer's re-exec, are not done yet).
    QTRY_VERIFY_WITH_TIMEOUT(environ().contains("QT_QPA_PLATFORM="), 20000);
    // It used the key (the sandbox served its first page) and forgot where it came from.
    QTRY_VERIFY_WITH_TIMEOUT(account.server->authenticatedRequests() > 0, 20000);
    QCOMPARE(app.state(), QProcess::Running);
    const QByteArray seen = environ();
    QVERIFY(seen.contains("QT_QPA_PLATFORM="));
    for (const QByteArray &form : keyForms())
        QVERIFY(!seen.contains(form));
    app.terminate();
    QVERIFY(app.waitForFinished(20000));
}

void tst_Security::plainHttpToAnotherComputerIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("Close over http") << u"http://api.close.com/api/v1/"_s << true;
    QTest::newRow("an address on the network") << u"http://192.168.1.20:8080/api/v1/"_s << true;
    QTest::newRow("a name that looks local") << u"http://localhost.example.com/api/v1/"_s << true;
    QTest::newRow("Close over https") << u"https://api.close.com/api/v1/"_s << false;
    QTest::newRow("loopback") << u"http://127.0.0.1:8080/api/v1/"_s << false;
    QTest::newRow("loopback v6") << u"http://[::1]:8080/api/v1/"_s << false;
    QTest::newRow("ftp") << u"ftp://api.close.com/api/v1/"_s << true;
}

void tst_Security::plainHttpToAnotherComputerIsRefused()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    CloseClient client;
    const QUrl before = client.baseUrl();
    const QString why = client.setBaseUrl(QUrl(url));
    QCOMPARE(!why.isEmpty(), refused);
    if (!refused)
        return;
    QCOMPARE(client.baseUrl(), before); // the previous, safe URL stays
    QVERIFY2(why.contains("http"_L1, Qt::CaseInsensitive), qPrintable(why));
    // The app refuses it at start too, with the same words, before any key is sent.
    DraftboxApp::Options options;
    options.apiUrl = QUrl(url);
    options.environmentKey = accountKey;
    DraftboxApp app;
    const QString atStart = app.start(options);
    QCOMPARE(atStart, why);
    QCOMPARE(app.client()->baseUrl(), before);
}

QTEST_MAIN(tst_Security)
#include "tst_security.moc"
