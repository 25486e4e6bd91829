// One Draftbox per account, and one writer of an account's files: SingleInstance and
// AccountLock in this process, DraftboxApp holding the lock, and the draftbox executable
// launched twice, at once, after a kill, and for two accounts, with folders of its own.
#include "accountlock.h"
#include "draftboxapp.h"
#include "editjournal.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "singleinstance.h"
#include "smstablemodel.h"
#include "userfolders.h"

#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

const QString accountKey = u"api_single_instance_key"_s;

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! The socket files in `folder` (QDir lists them as System entries).
QStringList socketsIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::System | QDir::Hidden);
}

//! The PIDs written in the account lock files under `dataHome` (Draftbox's data folder).
QList<qint64> lockHolders(const QString &dataHome)
{
    const QDir locks(dataHome + u"/Draftbox/Draftbox/locks"_s);
    QList<qint64> pids;
    for (const QString &name : locks.entryList({u"*.lock"_s}, QDir::Files)) {
        qint64 pid = 0;
        if (QLockFile(locks.filePath(name)).getLockInfo(&pid, nullptr, nullptr))
            pids << pid;
    }
    return pids;
}

//! A home of its own for draftbox processes: settings, data, cache, and a runtime folder
//! (the user's only, as XDG_RUNTIME_DIR must be) where they listen.
struct ProcessHome
{
    ProcessHome()
    {
        ok = dir.isValid() && QDir().mkpath(runtime())
            && QFile::setPermissions(runtime(),
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                         | QFileDevice::ExeOwner);
        environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"CLOSE_API_KEY"_s);
        environment.insert(u"HOME"_s, dir.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, data());
        environment.insert(u"XDG_CACHE_HOME"_s, dir.filePath(u"cache"_s));
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtime());
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.insert(u"LANGUAGE"_s, u"en"_s);
        // What the first instance does with a launch, in its log: the only way out of a
        // window nobody looks at, and no option of the app's.
        environment.insert(u"QT_LOGGING_RULES"_s, u"draftbox.instance.debug=true"_s);
    }
    QString runtime() const { return dir.filePath(u"runtime"_s); }
    QString data() const { return dir.filePath(u"data"_s); }

    QTemporaryDir dir;
    QProcessEnvironment environment;
    bool ok = false;
};

} // namespace

class tst_SingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    // SingleInstance and AccountLock
    void aLaterLaunchDeliversItsArguments();
    void aLaunchWaitsForAnInstanceAboutToListen();
    void withNobodyListeningItIsUndelivered();
    void aMessageNotDraftboxsIsRefused_data();
    void aMessageNotDraftboxsIsRefused();
    void aSecondLockOfAnAccountIsRefused();
    void aLockOfADeadProcessIsTakenOver();

    // DraftboxApp
    void scopeAtStart_data();
    void scopeAtStart();
    void theScopeAtStartIsTheOneStartOpens();
    void aSecondAppOnTheSameAccountWritesNoJournal();
    void aLaunchBringsTheWindowUp();

    // The draftbox executable
    void twoLaunchesOneProcess();
    void twoLaunchesAtOnceOneProcess();
    void aKilledInstanceDoesNotBlockTheNext();
    void twoAccountsAreTwoInstances();

private:
    QProcess *launch(const ProcessHome &home, const QStringList &arguments,
                     const QString &key = {});

    QTemporaryDir m_home;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void tst_SingleInstance::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_singleinstance"_s));
    const QString runtime = m_home.filePath(u"runtime"_s);
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(
        runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(u"cache"_s).toLocal8Bit());
}

void tst_SingleInstance::cleanup()
{
    for (const auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(10000);
        }
    }
    m_processes.clear();
    QSettings().remove(u"connection"_s);
}

QProcess *tst_SingleInstance::launch(const ProcessHome &home, const QStringList &arguments,
                                     const QString &key)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = home.environment;
    if (!key.isEmpty())
        environment.insert(u"CLOSE_API_KEY"_s, key);
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(DRAFTBOX_BIN), arguments);
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

void tst_SingleInstance::aLaterLaunchDeliversItsArguments()
{
    AccountLock lock(u"https://api.close.com/api/v1/"_s);
    QVERIFY(lock.tryLock());
    SingleInstance first;
    QVERIFY(first.listen(lock.scope()));
    QVERIFY(first.isListening());
    QSignalSpy launched(&first, &SingleInstance::launched);

    SingleInstance later;
    QSignalSpy delivered(&later, &SingleInstance::delivered);
    QSignalSpy undelivered(&later, &SingleInstance::undelivered);
    const QStringList arguments {u"draftbox"_s, u"--api-url"_s, u"https://api.close.com/"_s,
                                 u"Grüße, ☃"_s};
    later.deliver(lock.scope(), arguments);
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(undelivered.size(), 0);
    QTRY_COMPARE(launched.size(), 1);
    QCOMPARE(launched.at(0).at(0).toStringList(), arguments);

    // Again, on the same instance: each launch is a connection of its own.
    later.deliver(lock.scope(), {u"draftbox"_s});
    QTRY_COMPARE(delivered.size(), 2);
    QTRY_COMPARE(launched.size(), 2);
    QCOMPARE(launched.at(1).at(0).toStringList(), QStringList {u"draftbox"_s});
}

void tst_SingleInstance::aLaunchWaitsForAnInstanceAboutToListen()
{
    // The first took the lock and has not listened yet: the later launch tries again.
    AccountLock lock(u"sample-data"_s);
    QVERIFY(lock.tryLock());
    SingleInstance later;
    QSignalSpy delivered(&later, &SingleInstance::delivered);
    QSignalSpy undelivered(&later, &SingleInstance::undelivered);
    later.deliver(lock.scope(), {u"draftbox"_s, u"--sandbox"_s});
    QVERIFY(!delivered.wait(500));
    SingleInstance first;
    QSignalSpy launched(&first, &SingleInstance::launched);
    QVERIFY(first.listen(lock.scope()));
    QTRY_COMPARE(delivered.size(), 1);
    QCOMPARE(undelivered.size(), 0);
    QTRY_COMPARE(launched.size(), 1);
}

void tst_SingleInstance::withNobodyListeningItIsUndelivered()
{
    AccountLock lock(u"sample-data"_s);
    QVERIFY(lock.tryLock());
    SingleInstance first;
    QVERIFY(first.listen(lock.scope()));
    QSignalSpy launched(&first, &SingleInstance::launched);

    // Another account's launch does not reach this one.
    SingleInstance later;
    later.setTimeout(500);
    QSignalSpy delivered(&later, &SingleInstance::delivered);
    QSignalSpy undelivered(&later, &SingleInstance::undelivered);
    later.deliver(u"https://api.close.com/api/v1/"_s, {u"draftbox"_s});
    QVERIFY(undelivered.wait(5000));
    QCOMPARE(delivered.size(), 0);
    QVERIFY(!undelivered.at(0).at(0).toString().isEmpty());

    // Nor one once the first stopped listening; its socket file is gone with it.
    first.close();
    QVERIFY(!first.isListening());
    QVERIFY(!QFile::exists(SingleInstance::serverName(lock.scope())));
    later.deliver(lock.scope(), {u"draftbox"_s});
    QVERIFY(undelivered.wait(5000));
    QCOMPARE(delivered.size(), 0);
    QCOMPARE(launched.size(), 0);
}

void tst_SingleInstance::aMessageNotDraftboxsIsRefused_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("answered");
    QTest::newRow("not JSON") << QByteArray("hello\n") << true;
    QTest::newRow("another version") << QByteArray(R"({"draftbox":2,"arguments":["draftbox"]})"
                                                   "\n")
                                     << true;
    QTest::newRow("no arguments") << QByteArray(R"({"draftbox":1})"
                                                "\n")
                                  << true;
    QTest::newRow("an argument not text")
        << QByteArray(R"({"draftbox":1,"arguments":["draftbox",7]})"
                      "\n")
        << true;
    // Longer than any command line, with no end: cut off, unanswered.
    QTest::newRow("endless") << QByteArray(SingleInstance::maxMessageBytes + 10, 'x') << false;
    QTest::newRow("too long") << (QByteArray(R"({"draftbox":1,"arguments":[")")
                                  + QByteArray(SingleInstance::maxMessageBytes, 'x')
                                  + QByteArray("\"]}\n"))
                              << false;
}

void tst_SingleInstance::aMessageNotDraftboxsIsRefused()
{
    QFETCH(QByteArray, message);
    QFETCH(bool, answered);
    AccountLock lock(u"sample-data"_s);
    QVERIFY(lock.tryLock());
    SingleInstance first;
    QVERIFY(first.listen(lock.scope()));
    QSignalSpy launched(&first, &SingleInstance::launched);

    QLocalSocket socket;
    QSignalSpy disconnected(&socket, &QLocalSocket::disconnected);
    socket.connectToServer(SingleInstance::serverName(lock.scope()));
    QTRY_COMPARE(socket.state(), QLocalSocket::ConnectedState);
    socket.write(message);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll(), !disconnected.isEmpty()), 10000);
    answer += socket.readAll();
    if (answered)
        QCOMPARE(answer,
                 QByteArray(R"({"accepted":false,"draftbox":1})"
                            "\n"));
    else
        QCOMPARE(answer, QByteArray());
    QVERIFY(!QTest::qWaitFor([&] { return !launched.isEmpty(); }, 200));
    QVERIFY(first.isListening()); // and it goes on listening
}

void tst_SingleInstance::aSecondLockOfAnAccountIsRefused()
{
    const QString account = u"https://api.close.com/api/v1/"_s;
    auto first = std::make_unique<AccountLock>(account);
    QVERIFY(first->tryLock());
    QVERIFY(first->isLocked());
    QCOMPARE(QFileInfo(first->path()).dir().dirName(), u"locks"_s);
    QVERIFY(first->path().startsWith(m_home.path()));

    AccountLock second(account);
    QVERIFY(!second.tryLock());
    QVERIFY(!second.isLocked());
    QVERIFY(second.isHeldElsewhere());
    QCOMPARE(second.holder(), u"process %1"_s.arg(QCoreApplication::applicationPid()));

    AccountLock otherAccount(u"sample-data"_s);
    QVERIFY(otherAccount.tryLock());
    QVERIFY(otherAccount.path() != first->path());

    first.reset(); // the first quits
    QVERIFY(second.tryLock());
    QVERIFY(!second.isHeldElsewhere());
}

void tst_SingleInstance::aLockOfADeadProcessIsTakenOver()
{
    // A lock a killed Draftbox left: its PID is no process's any more.
    QProcess gone;
    gone.start(u"sleep"_s, {u"30"_s});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    gone.kill();
    QVERIFY(gone.waitForFinished());
    const QString account = u"https://api.close.com/api/v1/"_s;
    const QString path = AccountLock::pathFor(account);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile left(path);
    QVERIFY(left.open(QIODevice::WriteOnly));
    left.write(QByteArray::number(pid) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n'
               + QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n');
    left.close();

    AccountLock lock(account);
    QVERIFY(lock.tryLock());
    qint64 holder = 0;
    QVERIFY(QLockFile(path).getLockInfo(&holder, nullptr, nullptr));
    QCOMPARE(holder, QCoreApplication::applicationPid());
}

void tst_SingleInstance::scopeAtStart_data()
{
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("remembered");
    QTest::addColumn<QString>("scope");

    const QString close = u"https://api.close.com/api/v1/"_s;
    const QString local = u"http://127.0.0.1:8080/api/v1/"_s;
    QTest::newRow("nothing: sample data") << false << ""
                                          << ""
                                          << ""
                                          << "sample-data";
    QTest::newRow("--sandbox") << true << ""
                               << "" << close << "sample-data";
    QTest::newRow("--sandbox and a key") << true << local << accountKey << close << "sample-data";
    QTest::newRow("a key: Close") << false << "" << accountKey << "" << close;
    QTest::newRow("a key and --api-url") << false << local << accountKey << close << local;
    QTest::newRow("--api-url without a slash")
        << false << u"http://127.0.0.1:8080/api/v1"_s << accountKey << "" << local;
    QTest::newRow("remembered") << false << ""
                                << "" << local << local;
    QTest::newRow("remembered, at --api-url") << false << close << "" << local << close;
    QTest::newRow("--api-url, nothing remembered") << false << close << ""
                                                   << ""
                                                   << "sample-data";
    QTest::newRow("insecure --api-url: refused")
        << false << u"http://example.com/api/v1/"_s << accountKey << ""
        << "";
    QTest::newRow("insecure remembered: sample data")
        << false << ""
        << "" << u"http://example.com/api/v1/"_s << "sample-data";
}

void tst_SingleInstance::scopeAtStart()
{
    QFETCH(bool, sandbox);
    QFETCH(QString, apiUrl);
    QFETCH(QString, key);
    QFETCH(QString, remembered);
    QFETCH(QString, scope);
    if (!remembered.isEmpty()) { // as CredentialStore leaves it once the key is in the keyring
        QSettings settings;
        settings.setValue(u"connection/kind"_s, u"apikey"_s);
        settings.setValue(u"connection/baseUrl"_s, QUrl(remembered));
        settings.setValue(u"connection/inKeyring"_s, true);
    }
    DraftboxApp::Options options;
    options.sandbox = sandbox;
    options.apiUrl = QUrl(apiUrl);
    options.environmentKey = key;
    QCOMPARE(DraftboxApp::scopeAtStart(options), scope);
}

void tst_SingleInstance::theScopeAtStartIsTheOneStartOpens()
{
    SandboxConfig config;
    config.apiKey = accountKey;
    config.seedCount = 3;
    SandboxFixture account(config);
    QVERIFY(account.ok());
    DraftboxApp::Options options;
    options.environmentKey = accountKey;
    QString url = account.server->baseUrl().toString();
    url.chop(1); // as a rep may type it
    options.apiUrl = QUrl(url);
    DraftboxApp app;
    QVERIFY(app.start(options).isEmpty());
    QVERIFY(app.holdsAccountLock());
    QVERIFY(app.journal());
    QCOMPARE(app.journal()->path(), EditJournal::pathFor(DraftboxApp::scopeAtStart(options)));
    QVERIFY(QFile::exists(SingleInstance::serverName(DraftboxApp::scopeAtStart(options))));
}

void tst_SingleInstance::aSecondAppOnTheSameAccountWritesNoJournal()
{
    DraftboxApp::Options options;
    options.sandbox = true;
    options.sampleCount = 5;
    DraftboxApp first;
    QVERIFY(first.start(options).isEmpty());
    QVERIFY(first.holdsAccountLock());
    QVERIFY(first.journal());
    QTRY_VERIFY_WITH_TIMEOUT(first.sms()->rowCount() > 0, 20000);
    bool edited = false;
    for (int row = 0; row < first.sms()->rowCount() && !edited; ++row)
        edited = first.sms()->setField(row, u"text"_s, u"Edited in the first window"_s);
    QVERIFY(edited);
    const QString journal = first.journal()->path();
    QTRY_VERIFY(contents(journal).contains("Edited in the first window"));
    const QByteArray before = contents(journal);

    {
        DraftboxApp second;
        QVERIFY(second.start(options).isEmpty());
        QVERIFY(!second.holdsAccountLock());
        QVERIFY(!second.journal());
        QVERIFY(!second.sandbox()); // nothing of the sample data was even started
        QCOMPARE(second.sms()->rowCount(), 0);
        // The rep is told who has it.
        QCOMPARE(second.log()->rowCount(), 1);
        const QString what = second.log()->index(0, ErrorLogModel::WhatColumn).data().toString();
        QVERIFY2(what.contains(u"another Draftbox"_s), qPrintable(what));
        QVERIFY2(what.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(what));
        // Nor when the rep asks for it again.
        QVERIFY(!second.useSampleData());
        QVERIFY(!second.journal());
    }
    QCOMPARE(contents(journal), before);
    QVERIFY(first.holdsAccountLock());
    QVERIFY(first.journal()->flush());
    QVERIFY(contents(journal).contains("Edited in the first window"));
}

void tst_SingleInstance::aLaunchBringsTheWindowUp()
{
    DraftboxApp::Options options;
    options.sandbox = true;
    options.sampleCount = 5;
    DraftboxApp app;
    QVERIFY(app.start(options).isEmpty());
    app.window()->showMinimized();
    QTRY_VERIFY(app.window()->isMinimized());

    SingleInstance later;
    QSignalSpy delivered(&later, &SingleInstance::delivered);
    later.deliver(DraftboxApp::scopeAtStart(options), {u"draftbox"_s, u"--sandbox"_s});
    QTRY_COMPARE(delivered.size(), 1);
    QTRY_VERIFY(!app.window()->isMinimized());
    QVERIFY(app.window()->isVisible());
    QVERIFY(app.isOnSampleData()); // where it was
}

void tst_SingleInstance::twoLaunchesOneProcess()
{
    ProcessHome home;
    QVERIFY(home.ok);
    QProcess *first = launch(home, {u"--sandbox"_s});
    QTRY_COMPARE_WITH_TIMEOUT(socketsIn(home.runtime()).size(), 1, 30000);

    QProcess *second = launch(home, {u"--sandbox"_s});
    QVERIFY(second->waitForFinished(20000));
    const QString said = QString::fromUtf8(second->readAllStandardError());
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    QVERIFY2(said.contains(u"already open on this account"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"CLOSE_API_KEY"_s), qPrintable(said));

    // The first got the launch, and is the one process left with the account.
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += first->readAllStandardError()).contains("a later launch asked for the window"),
        10000);
    QVERIFY2(log.contains("--sandbox"), log.constData());
    QCOMPARE(first->state(), QProcess::Running);
    QCOMPARE(lockHolders(home.data()), QList<qint64> {first->processId()});
    QCOMPARE(socketsIn(home.runtime()).size(), 1);
}

void tst_SingleInstance::twoLaunchesAtOnceOneProcess()
{
    ProcessHome home;
    QVERIFY(home.ok);
    QProcess *a = launch(home, {u"--sandbox"_s});
    QProcess *b = launch(home, {u"--sandbox"_s});
    const auto running = [&] {
        return int(a->state() != QProcess::NotRunning) + int(b->state() != QProcess::NotRunning);
    };
    QTRY_COMPARE_WITH_TIMEOUT(running(), 1, 30000);
    QProcess *left = a->state() == QProcess::NotRunning ? b : a;
    QProcess *handedOver = left == a ? b : a;
    QCOMPARE(handedOver->exitStatus(), QProcess::NormalExit);
    QCOMPARE(handedOver->exitCode(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(lockHolders(home.data()), QList<qint64> {left->processId()}, 10000);
    QCOMPARE(socketsIn(home.runtime()).size(), 1);
    QVERIFY(!QTest::qWaitFor([&] { return left->state() == QProcess::NotRunning; }, 1000));
}

void tst_SingleInstance::aKilledInstanceDoesNotBlockTheNext()
{
    ProcessHome home;
    QVERIFY(home.ok);
    QProcess *first = launch(home, {u"--sandbox"_s});
    QTRY_COMPARE_WITH_TIMEOUT(socketsIn(home.runtime()).size(), 1, 30000);
    const qint64 killed = first->processId();
    first->kill(); // SIGKILL: the lock file and the socket file stay behind
    QVERIFY(first->waitForFinished());
    QCOMPARE(socketsIn(home.runtime()).size(), 1);
    QCOMPARE(lockHolders(home.data()), QList<qint64> {killed});

    QProcess *next = launch(home, {u"--sandbox"_s});
    QTRY_COMPARE_WITH_TIMEOUT(lockHolders(home.data()), QList<qint64> {next->processId()}, 30000);
    QCOMPARE(next->state(), QProcess::Running);
    // And it listens where the killed one did: a later launch reaches it.
    QProcess *later = launch(home, {u"--sandbox"_s});
    QVERIFY(later->waitForFinished(20000));
    QCOMPARE(later->exitCode(), 0);
    const QString said = QString::fromUtf8(later->readAllStandardError());
    QVERIFY2(said.contains(u"already open on this account"_s), qPrintable(said));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += next->readAllStandardError()).contains("a later launch asked for the window"),
        10000);
    QCOMPARE(next->state(), QProcess::Running);
}

void tst_SingleInstance::twoAccountsAreTwoInstances()
{
    SandboxConfig config;
    config.apiKey = accountKey;
    config.seedCount = 3;
    SandboxFixture account(config);
    QVERIFY(account.ok());
    ProcessHome home;
    QVERIFY(home.ok);
    const QStringList onTheAccount {u"--api-url"_s, account.server->baseUrl().toString()};

    QProcess *sample = launch(home, {u"--sandbox"_s});
    QTRY_COMPARE_WITH_TIMEOUT(socketsIn(home.runtime()).size(), 1, 30000);
    QProcess *onAccount = launch(home, onTheAccount, accountKey);
    QTRY_COMPARE_WITH_TIMEOUT(socketsIn(home.runtime()).size(), 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(account.server->authenticatedRequests() > 0, 20000);
    QCOMPARE(sample->state(), QProcess::Running);
    QCOMPARE(onAccount->state(), QProcess::Running);
    QList<qint64> holders = lockHolders(home.data());
    std::sort(holders.begin(), holders.end());
    QList<qint64> expected {sample->processId(), onAccount->processId()};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(holders, expected);

    // A later launch for the account goes to its instance, without its key.
    QProcess *later = launch(home, onTheAccount, u"api_another_key"_s);
    QVERIFY(later->waitForFinished(20000));
    QCOMPARE(later->exitCode(), 0);
    const QString said = QString::fromUtf8(later->readAllStandardError());
    QVERIFY2(said.contains(u"CLOSE_API_KEY was not handed over"_s), qPrintable(said));
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += onAccount->readAllStandardError()).contains("a later launch asked for the window"),
        10000);
    QVERIFY(!log.contains("api_another_key"));
    QVERIFY(!sample->readAllStandardError().contains("a later launch asked for the window"));
}

QTEST_MAIN(tst_SingleInstance)
#include "tst_singleinstance.moc"
