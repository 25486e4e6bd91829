// The crash test: a child process (this executable with --child) loads the SMS list, makes 50
// edits and is killed with SIGKILL once they are on disk; a new model then restores all 50 from
// the journal and saves them, and Close holds each.
#include "closeclient.h"
#include "editjournal.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int editCount = 50;

QString editedText(int i)
{
    return u"Edit %1, made before the crash"_s.arg(i);
}

//! The child: its own client and model on the sandbox at `url`, the journal at `path`; edits
//! the text of the drafts named "Crash draft N", says so on stdout, and waits to be killed.
int runChild(const QUrl &url, const QString &apiKey, const QString &path)
{
    CloseClient client;
    client.setBaseUrl(url);
    client.setApiKey(apiKey);
    EditJournal journal(path);
    if (!journal.load().isEmpty())
        return 2;
    SmsTableModel model(&client);
    model.setLooksUpNames(false);
    model.setJournal(&journal);
    model.fetchMore({});
    QObject::connect(&model, &ActivityTableModel::loadingChanged, &model, [&](bool loading) {
        if (loading)
            return;
        if (model.canFetchMore({})) {
            model.fetchMore({});
            return;
        }
        int made = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString text = model.field(row, u"text"_s).toString();
            if (!text.startsWith("Crash draft "_L1))
                continue;
            const int i = QStringView(text).mid(12).toInt();
            if (model.setField(row, u"text"_s, editedText(i)))
                ++made;
        }
        std::printf("edited %d\n", made);
        std::fflush(stdout);
        // Nothing saved, nothing flushed by hand: the journal writes on its own, then SIGKILL.
    });
    return QCoreApplication::exec();
}

} // namespace

class tst_Crash : public QObject
{
    Q_OBJECT

private slots:
    void fiftyEditsSurviveSigkill();
};

void tst_Crash::fiftyEditsSurviveSigkill()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"journal.json"_s);
    SandboxFixture sandbox(60);
    QVERIFY(sandbox.ok());
    QStringList ids;
    for (int i = 0; i < editCount; ++i) {
        const HttpResult made = sandbox.http->post(
            u"activity/sms/"_s,
            {{u"status"_s, u"draft"_s}, {u"text"_s, u"Crash draft %1"_s.arg(i)}});
        QCOMPARE(made.status, 200);
        ids << made.json.value("id"_L1).toString();
    }

    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DRAFTBOX_CHILD_KEY"_s, sandbox.server->config().apiKey); // not in ps
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--child"_s, sandbox.server->baseUrl().toString(), path});
    QVERIFY(child.waitForStarted());
    // The sandbox lives in this process: the event loop turns while the child works.
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += child.readAllStandardOutput()).contains('\n'), 60000);
    QCOMPARE(said.trimmed(), QByteArray("edited 50"));
    // Killed once the journal on disk has all 50 (it writes them by itself, shortly).
    const auto onDisk = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly)
            ? QJsonDocument::fromJson(file.readAll()).object().value("entries"_L1).toArray().size()
            : qsizetype(0);
    };
    QTRY_COMPARE_WITH_TIMEOUT(onDisk(), qsizetype(editCount), 20000);
    child.kill(); // SIGKILL: no destructor, no flush, no goodbye
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    for (const QString &id : std::as_const(ids))
        QVERIFY(sandbox.sms(id).value("text"_L1).toString().startsWith("Crash draft "_L1));

    // The next start.
    EditJournal journal(path);
    QVERIFY(journal.load().isEmpty());
    QCOMPARE(journal.size(), editCount);
    SmsTableModel model(sandbox.client.get());
    model.setLooksUpNames(false);
    model.setJournal(&journal);
    model.fetchMore({});
    QTRY_COMPARE(model.restoresOutstanding(), 0);
    int restored = 0;
    for (const QString &id : std::as_const(ids)) {
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        if (model.isRestored(row) && model.isDirty(row))
            ++restored;
    }
    QCOMPARE(restored, editCount);
    QSignalSpy saved(&model, &ActivityTableModel::saved);
    for (const QString &id : std::as_const(ids))
        model.save(model.rowOf(id));
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), editCount, 30000);
    for (int i = 0; i < editCount; ++i)
        QCOMPARE(sandbox.sms(ids.at(i)).value("text"_L1).toString(), editedText(i));
    QTRY_COMPARE(journal.size(), 0);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == "--child"_L1)
        return runChild(QUrl(args.at(2)), qEnvironmentVariable("DRAFTBOX_CHILD_KEY"), args.at(3));
    tst_Crash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
