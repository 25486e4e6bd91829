// The draftbox-sandbox executable as a process: its command line, the base URL on the first
// line, and state that survives SIGKILL without losing or repeating a send.
#include "testhttp.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_SandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void commandLine_data();
    void commandLine();
    void firstLineIsBaseUrl();
    void stateSurvivesKill();

private:
    //! Starts the sandbox and returns its base URL, read from the first line of its output.
    QUrl start(QProcess &process, const QStringList &arguments);
};

QUrl tst_SandboxProcess::start(QProcess &process, const QStringList &arguments)
{
    process.setProgram(QStringLiteral(DRAFTBOX_SANDBOX_BIN));
    process.setArguments(arguments);
    process.start();
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (process.state() == QProcess::NotRunning || !output.wait(10000))
            return {};
    }
    return QUrl(QString::fromUtf8(process.readLine().trimmed()));
}

void tst_SandboxProcess::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("help") << QStringList {u"--help"_s} << 0 << "--fault-rate";
    QTest::newRow("version") << QStringList {u"--version"_s} << 0 << DRAFTBOX_VERSION;
    QTest::newRow("unknown option") << QStringList {u"--frobnicate"_s} << 2 << "frobnicate";
    QTest::newRow("fault rate above 1")
        << QStringList {u"--fault-rate"_s, u"1.5"_s} << 2 << "--fault-rate";
    QTest::newRow("port not a number") << QStringList {u"--port"_s, u"http"_s} << 2 << "--port";
}

void tst_SandboxProcess::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QProcess process;
    process.start(QStringLiteral(DRAFTBOX_SANDBOX_BIN), arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), exitCode);
    const QString all
        = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    QVERIFY2(all.contains(says), qPrintable(all));
}

void tst_SandboxProcess::firstLineIsBaseUrl()
{
    QProcess process;
    const QUrl url = start(process, {u"--seed"_s, u"200"_s, u"--port"_s, u"0"_s});
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QCOMPARE(url.path(), u"/api/v1/"_s);

    TestHttp http(url);
    http.setTimeout(5000);
    const HttpResult page = http.get(u"activity/sms/"_s, u"_limit=100&_skip=100"_s);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.data().size(), 100);
    QCOMPARE(page.json.value("has_more"_L1).toBool(), false);
    QCOMPARE(http.get(u"activity/whatsapp_message/"_s, u"_skip=199"_s).data().size(), 1);
    process.kill();
    process.waitForFinished(5000);
}

void tst_SandboxProcess::stateSurvivesKill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString data = dir.filePath(u"state.json"_s);
    const QStringList arguments {u"--seed"_s, u"20"_s,           u"--data"_s,
                                 data,        u"--rate-limit"_s, u"0"_s};
    const QJsonObject draftBody {{u"status"_s, u"draft"_s},
                                 {u"text"_s, u"Survives a crash"_s},
                                 {u"local_phone"_s, u"+14154445555"_s},
                                 {u"remote_phone"_s, u"+18183334444"_s}};

    auto process = std::make_unique<QProcess>();
    QUrl url = start(*process, arguments);
    QVERIFY(url.isValid());
    auto http = std::make_unique<TestHttp>(url);

    // One SMS goes out before the crash; another is in the outbox, due after it.
    const QString sentId = http->post(u"activity/sms/"_s, draftBody).json.value("id"_L1).toString();
    const QString pendingId
        = http->post(u"activity/sms/"_s, draftBody).json.value("id"_L1).toString();
    const QString draftId
        = http->post(u"activity/sms/"_s, draftBody).json.value("id"_L1).toString();
    QVERIFY(!sentId.isEmpty() && !pendingId.isEmpty() && !draftId.isEmpty());
    QCOMPARE(http->put(u"activity/sms/%1/"_s.arg(sentId), {{u"status"_s, u"outbox"_s}}).status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(
        http->get(u"activity/sms/%1/"_s.arg(sentId)).json.value("status"_L1).toString(), u"sent"_s,
        5000);
    QCOMPARE(http->put(u"activity/sms/%1/"_s.arg(pendingId),
                       {{u"status"_s, u"outbox"_s}, {u"send_in"_s, 2}})
                 .status,
             200);
    QCOMPARE(
        http->put(u"activity/sms/%1/"_s.arg(draftId), {{u"text"_s, u"Edited before the crash"_s}})
            .status,
        200);

    process->kill(); // SIGKILL: no chance to save anything more
    QVERIFY(process->waitForFinished(5000));
    http.reset();
    process = std::make_unique<QProcess>();
    url = start(*process, arguments);
    QVERIFY(url.isValid());
    http = std::make_unique<TestHttp>(url);

    QCOMPARE(http->get(u"activity/sms/%1/"_s.arg(draftId)).json.value("text"_L1).toString(),
             u"Edited before the crash"_s);
    QTRY_COMPARE_WITH_TIMEOUT(
        http->get(u"activity/sms/%1/"_s.arg(pendingId)).json.value("status"_L1).toString(),
        u"sent"_s, 8000);
    const QJsonObject sends = http->get(u"_sandbox/sends/"_s).json.value("sends"_L1).toObject();
    QCOMPARE(sends.value(sentId).toInt(), 1);
    QCOMPARE(sends.value(pendingId).toInt(), 1);
    QCOMPARE(sends.size(), 2);

    // Only the state file is left: the atomic writes leave no temporary files behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {u"state.json"_s});
    process->kill();
    process->waitForFinished(5000);
}

QTEST_GUILESS_MAIN(tst_SandboxProcess)
#include "tst_sandboxprocess.moc"
