// ErrorLogModel: every failed call of the client lands here, newest first, with operation,
// activity, category and advice; cancels do not; the key never appears.
#include "editjournal.h"
#include "errorlogmodel.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ErrorLogModel : public QObject
{
    Q_OBJECT

private slots:
    void failuresAreLogged();
    void newestFirstAndBounded();
    void copyText();
    void lateFailuresTakeTheirPlace();
    void rateLimitWaitEnds();
    void failedSmsListedOnceEach();
    void unreadableAndLostEditsAreTold();
};

void tst_ErrorLogModel::failuresAreLogged()
{
    SandboxFixture sandbox(10);
    ErrorLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.attach(sandbox.client.get());

    QSignalSpy rows(&log, &QAbstractItemModel::rowsInserted);
    sandbox.client->getSms(u"acti_missing"_s);
    QVERIFY(rows.wait(5000));
    QCOMPARE(log.rowCount(), 1);
    QCOMPARE(log.index(0, ErrorLogModel::OperationColumn).data().toString(), u"Load SMS"_s);
    QCOMPARE(log.index(0, ErrorLogModel::ActivityColumn).data().toString(), u"acti_missing"_s);
    QCOMPARE(log.index(0, 0).data(ErrorLogModel::CategoryRole).toInt(),
             int(ApiError::Category::NotFound));
    QCOMPARE(log.index(0, 0).data(ErrorLogModel::HttpStatusRole).toInt(), 404);
    QVERIFY(!log.index(0, ErrorLogModel::AdviceColumn).data().toString().isEmpty());

    // Successes and cancels are not failures.
    QSignalSpy finished(sandbox.client.get(), &CloseClient::callFinished);
    sandbox.client->me();
    sandbox.client->listSms()->cancel();
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(log.rowCount(), 1);

    // A 400 carries its field errors.
    const QString id = sandbox.http->post(u"activity/sms/"_s, {{u"status"_s, u"draft"_s}})
                           .json.value("id"_L1)
                           .toString();
    SmsUpdate bad;
    bad.remotePhone = u"nope"_s;
    sandbox.client->updateSms(id, bad);
    QVERIFY(rows.wait(5000));
    QCOMPARE(log.index(0, ErrorLogModel::OperationColumn).data().toString(), u"Save SMS"_s);
    QVERIFY(
        log.index(0, 0).data(ErrorLogModel::FieldErrorsRole).toMap().contains(u"remote_phone"_s));
    QVERIFY(log.index(0, ErrorLogModel::WhatColumn).data().toString().contains("remote_phone"_L1));

    log.clear();
    QCOMPARE(log.rowCount(), 0);
}

void tst_ErrorLogModel::newestFirstAndBounded()
{
    ErrorLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ApiError error;
    error.category = ApiError::Category::Server;
    for (int i = 0; i < ErrorLogModel::maxEntries + 20; ++i) {
        error.message = u"failure %1"_s.arg(i);
        log.record(u"Save SMS"_s, QString(), error);
    }
    QCOMPARE(log.rowCount(), ErrorLogModel::maxEntries);
    QCOMPARE(log.entry(0).error.message, u"failure %1"_s.arg(ErrorLogModel::maxEntries + 19));
    QCOMPARE(log.entry(log.rowCount() - 1).error.message, u"failure 20"_s);
}

void tst_ErrorLogModel::copyText()
{
    SandboxFixture sandbox(5);
    ErrorLogModel log;
    log.attach(sandbox.client.get());
    sandbox.client->setApiKey(u"sk-very-secret"_s);
    QSignalSpy rows(&log, &QAbstractItemModel::rowsInserted);
    sandbox.client->me();
    QVERIFY(rows.wait(5000));
    const QString text = log.copyText(0);
    QVERIFY(text.contains("Check the connection"_L1));
    QVERIFY(text.contains("HTTP 401"_L1));
    QVERIFY(text.contains("API key"_L1));
    QVERIFY(!text.contains("sk-very-secret"_L1));
    QVERIFY(!text.contains(QString::fromLatin1(QByteArray("sk-very-secret:").toBase64())));
}

void tst_ErrorLogModel::lateFailuresTakeTheirPlace()
{
    // Close's own failures, found as old SMS load, go by their time, not to the top.
    ErrorLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime now = QDateTime::currentDateTime();
    ApiError error;
    error.category = ApiError::Category::Network;
    error.message = QStringLiteral("now");
    log.record(QStringLiteral("Save SMS"), QStringLiteral("acti_new"), error, now);
    error.category = ApiError::Category::Other;
    error.message = QStringLiteral("days ago");
    error.hint = QStringLiteral("Write it as a new draft.");
    log.record(QStringLiteral("Deliver SMS"), QStringLiteral("acti_old"), error, now.addDays(-3));
    QCOMPARE(log.entry(0).activityId, QStringLiteral("acti_new"));
    QCOMPARE(log.entry(1).activityId, QStringLiteral("acti_old"));
    QCOMPARE(log.index(1, ErrorLogModel::AdviceColumn).data().toString(),
             QStringLiteral("Write it as a new draft."));
    // An old failure shows its day; today's only the time.
    QCOMPARE(log.index(1, ErrorLogModel::TimeColumn).data().toString(),
             QLocale().toString(now.addDays(-3), QLocale::ShortFormat));
    QCOMPARE(log.index(0, ErrorLogModel::TimeColumn).data().toString(),
             QLocale().toString(now.time(), QLocale::ShortFormat));
}

void tst_ErrorLogModel::rateLimitWaitEnds()
{
    ErrorLogModel log;
    QSignalSpy changed(&log, &ErrorLogModel::rateLimitChanged);
    const QDateTime until = QDateTime::currentDateTime().addSecs(30);
    log.setRateLimitedUntil(until);
    QCOMPARE(log.rateLimitedUntil(), until);
    log.setRateLimitedUntil(until.addSecs(-10)); // a shorter wait does not cut a longer one
    QCOMPARE(log.rateLimitedUntil(), until);
    log.setRateLimitedUntil({});
    QVERIFY(!log.rateLimitedUntil().isValid());
    QCOMPARE(changed.size(), 2);
}

void tst_ErrorLogModel::failedSmsListedOnceEach()
{
    // The SMS Close failed to send, as they load: one row each, named as the rep knows them,
    // at the time Close failed them; loading them all again adds none.
    SandboxFixture sandbox(60);
    SmsTableModel sms(sandbox.client.get());
    ErrorLogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.watchSms(&sms);
    const auto loadAll = [&] {
        while (true) {
            if (!QTest::qWaitFor([&] { return !sms.isLoading(); }, 10000))
                return false;
            if (!sms.canFetchMore({}))
                return true;
            sms.fetchMore({});
        }
    };
    QVERIFY(loadAll());
    QCOMPARE(sms.rowCount(), 60);
    QStringList failed;
    for (int row = 0; row < sms.rowCount(); ++row) {
        if (sms.status(row) == "error"_L1)
            failed << sms.idAt(row);
    }
    QVERIFY(failed.size() >= 2);
    QCOMPARE(log.rowCount(), failed.size());
    for (int row = 0; row < log.rowCount(); ++row) {
        const QString id = log.index(row, 0).data(ErrorLogModel::ActivityIdRole).toString();
        QVERIFY(failed.contains(id));
        const int at = sms.rowOf(id);
        QCOMPARE(log.index(row, ErrorLogModel::OperationColumn).data().toString(),
                 u"Deliver SMS"_s);
        QCOMPARE(log.index(row, ErrorLogModel::ActivityColumn).data().toString(), sms.rowLabel(at));
        QCOMPARE(log.entry(row).when, sms.field(at, u"date_updated"_s).toDateTime());
        const QString reason = sms.field(at, u"error_message"_s).toString();
        QVERIFY2(log.index(row, ErrorLogModel::WhatColumn)
                     .data()
                     .toString()
                     .startsWith("Close could not send this SMS: "_L1),
                 qPrintable(log.index(row, ErrorLogModel::WhatColumn).data().toString()));
        if (!reason.isEmpty())
            QVERIFY(log.index(row, ErrorLogModel::WhatColumn).data().toString().contains(reason));
    }
    sms.reload();
    QVERIFY(loadAll());
    QCOMPARE(sms.rowCount(), 60);
    QCOMPARE(log.rowCount(), failed.size());
    QCOMPARE(log.openCount(), failed.size());
}

void tst_ErrorLogModel::unreadableAndLostEditsAreTold()
{
    SandboxFixture sandbox(30);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"edits.json"_s);
    QString draft;
    {
        const QJsonArray all
            = sandbox.http->get(u"activity/sms/?_limit=30"_s).json.value("data"_L1).toArray();
        for (const QJsonValue &sms : all) {
            if (sms.toObject().value("status"_L1).toString() == "draft"_L1) {
                draft = sms.toObject().value("id"_L1).toString();
                break;
            }
        }
        QVERIFY(!draft.isEmpty());
        EditJournal journal(path);
        EditJournal::Entry damaged;
        damaged.pending = {{u"text"_s, u"Words that stay"_s}, {u"local_phone"_s, 5551234}};
        journal.put(u"sms"_s, draft, damaged);
        EditJournal::Entry gone;
        gone.pending = {{u"text"_s, u"For an SMS deleted since"_s}};
        journal.put(u"sms"_s, u"acti_gone"_s, gone);
        QVERIFY(journal.flush());
    }
    EditJournal journal(path);
    QVERIFY(journal.load().isEmpty());
    SmsTableModel sms(sandbox.client.get());
    sms.setLooksUpNames(false);
    ErrorLogModel log;
    log.watchSms(&sms);
    sms.setJournal(&journal);
    sms.fetchMore({});
    QTRY_COMPARE(sms.restoresOutstanding(), 0);
    // Failed SMS of the sample data are listed too; the two restores are ours.
    QStringList what;
    const auto restores = [&] {
        what.clear();
        for (int row = 0; row < log.rowCount(); ++row) {
            if (log.index(row, ErrorLogModel::OperationColumn).data().toString()
                != "Restore edits"_L1)
                continue;
            if (log.index(row, ErrorLogModel::AdviceColumn).data().toString().isEmpty())
                return -1;
            what << log.index(row, ErrorLogModel::WhatColumn).data().toString();
        }
        return int(what.size());
    };
    QTRY_COMPARE(restores(), 2);
    // What was typed is quoted, so nothing is lost without a word; what could be read is back.
    QVERIFY2(what.join(u'|').contains("5551234"_L1), qPrintable(what.join(u'|')));
    QVERIFY2(what.join(u'|').contains("For an SMS deleted since"_L1), qPrintable(what.join(u'|')));
    const int row = sms.rowOf(draft);
    QCOMPARE(sms.field(row, u"text"_s).toString(), u"Words that stay"_s);
    QVERIFY(sms.field(row, u"local_phone"_s).toString() != "5551234"_L1);
}

QTEST_GUILESS_MAIN(tst_ErrorLogModel)
#include "tst_errorlogmodel.moc"
