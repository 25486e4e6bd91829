// ErrorLog: one entry per problem, newest first and bounded, resolved once it has passed; SMS
// Close failed to send are logged once each and pass when Close lists them otherwise.
#include "errorlog.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using Status = SmsActivity::Status;

class tst_ErrorLog : public QObject
{
    Q_OBJECT

private slots:
    void repeatsCountOnOneEntry();
    void newestFirstAndBounded();
    void resolvePassesOnlyWhatItNames_data();
    void resolvePassesOnlyWhatItNames();
    void changesAreAnnouncedAroundThem();
    void namesComeFromTheNamerWhileItLives();
    void deliveryFailureLoggedOnce();
    void deliveryFailurePasses_data();
    void deliveryFailurePasses();
    void rateLimitWaitOnlyGrows();
    void unsavedWorkProblemsSayWhatToDo();
};

namespace {

ApiError serverError(const QString &message)
{
    ApiError error;
    error.category = ApiError::Category::Server;
    error.httpStatus = 503;
    error.message = message;
    return error;
}

} // namespace

void tst_ErrorLog::repeatsCountOnOneEntry()
{
    ErrorLog log;
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"down"_s), at);
    log.record(u"Load SMS"_s, {}, serverError(u"down"_s), at.addSecs(5));
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"down"_s), at.addSecs(10));
    QCOMPARE(log.count(), 2);
    // The repeat moved up to its latest time and counts twice.
    QCOMPARE(log.entry(0).activityId, u"acti_1"_s);
    QCOMPARE(log.entry(0).times, 2);
    QCOMPARE(log.entry(0).when, at.addSecs(10));
    QCOMPARE(log.openCount(), 2);
    // Another message is another problem.
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"still down"_s), at.addSecs(20));
    QCOMPARE(log.count(), 3);
    // A resolved entry is history: the same failure after it is a new one.
    log.resolve(u"acti_1"_s);
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"down"_s), at.addSecs(30));
    QCOMPARE(log.count(), 4);
    QCOMPARE(log.entry(0).times, 1);
    QCOMPARE(log.openCount(), 2);
}

void tst_ErrorLog::newestFirstAndBounded()
{
    ErrorLog log;
    const QDateTime start(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < ErrorLog::maxEntries + 5; ++i)
        log.record(u"Save SMS"_s, {}, serverError(u"failure %1"_s.arg(i)), start.addSecs(i));
    QCOMPARE(log.count(), ErrorLog::maxEntries);
    QCOMPARE(log.entry(0).error.message, u"failure %1"_s.arg(ErrorLog::maxEntries + 4));
    QCOMPARE(log.entry(log.count() - 1).error.message, u"failure 5"_s);
    // One recorded late (Close's, from days ago) goes by its time, not to the top.
    log.record(u"Deliver SMS"_s, u"acti_old"_s, serverError(u"old"_s), start.addSecs(100));
    QCOMPARE(log.count(), ErrorLog::maxEntries);
    QCOMPARE(log.entry(ErrorLog::maxEntries + 4 - 100).activityId, u"acti_old"_s);
    // One older than every entry of the full log is not listed, nor shown coming and going.
    QSignalSpy inserted(&log, &ErrorLog::entryInserted);
    QSignalSpy removed(&log, &ErrorLog::entriesRemoved);
    log.record(u"Deliver SMS"_s, u"acti_older"_s, serverError(u"older"_s), start.addSecs(-60));
    QCOMPARE(log.count(), ErrorLog::maxEntries);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QVERIFY(log.entry(log.count() - 1).activityId != u"acti_older"_s);
}

void tst_ErrorLog::resolvePassesOnlyWhatItNames_data()
{
    QTest::addColumn<QString>("activityId");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("stillOpen"); // operation/activity of the open entries

    QTest::newRow("an activity, every operation")
        << u"acti_1"_s << QString() << QStringList {u"Load SMS/"_s, u"Save SMS/acti_2"_s};
    QTest::newRow("an activity, one operation")
        << u"acti_1"_s << u"Send SMS"_s
        << QStringList {u"Load SMS/"_s, u"Save SMS/acti_1"_s, u"Save SMS/acti_2"_s};
    QTest::newRow("no activity, its operation")
        << QString() << u"Load SMS"_s
        << QStringList {u"Save SMS/acti_1"_s, u"Send SMS/acti_1"_s, u"Save SMS/acti_2"_s};
    // Nothing named: nothing passes (a success of no operation on no activity says nothing).
    QTest::newRow("nothing") << QString() << QString()
                             << QStringList {u"Load SMS/"_s, u"Save SMS/acti_1"_s,
                                             u"Send SMS/acti_1"_s, u"Save SMS/acti_2"_s};
}

void tst_ErrorLog::resolvePassesOnlyWhatItNames()
{
    QFETCH(QString, activityId);
    QFETCH(QString, operation);
    QFETCH(QStringList, stillOpen);
    ErrorLog log;
    const QDateTime at(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    log.record(u"Save SMS"_s, u"acti_2"_s, serverError(u"a"_s), at);
    log.record(u"Send SMS"_s, u"acti_1"_s, serverError(u"b"_s), at.addSecs(1));
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"c"_s), at.addSecs(2));
    log.record(u"Load SMS"_s, {}, serverError(u"d"_s), at.addSecs(3));
    QSignalSpy changed(&log, &ErrorLog::entriesChanged);
    log.resolve(activityId, operation, u"it worked on a retry"_s);

    QStringList open;
    for (int row = 0; row < log.count(); ++row) {
        const ErrorLog::Entry &e = log.entry(row);
        if (!e.resolvedAt.isValid())
            open << e.operation + u'/' + e.activityId;
        else
            QVERIFY2(log.copyText(row).contains("(it worked on a retry). Nothing to do."_L1),
                     qPrintable(log.copyText(row)));
    }
    QCOMPARE(open, stillOpen);
    QCOMPARE(log.openCount(), stillOpen.size());
    QCOMPARE(changed.size(), stillOpen.size() < 4 ? 1 : 0);
}

void tst_ErrorLog::changesAreAnnouncedAroundThem()
{
    // An item model over the log begins before and ends after each change: before, the log
    // still holds what it held.
    ErrorLog log;
    QList<QString> seen;
    connect(&log, &ErrorLog::entryAboutToBeInserted, this,
            [&](int row) { seen << u"insert %1 of %2"_s.arg(row).arg(log.count()); });
    connect(&log, &ErrorLog::entryInserted, this,
            [&](int row) { seen << u"inserted %1: %2"_s.arg(row).arg(log.entry(row).times); });
    connect(&log, &ErrorLog::entriesAboutToBeRemoved, this, [&](int first, int last) {
        seen << u"remove %1-%2 of %3"_s.arg(first).arg(last).arg(log.count());
    });
    connect(&log, &ErrorLog::entriesRemoved, this,
            [&](int, int) { seen << u"removed, %1 left"_s.arg(log.count()); });
    connect(&log, &ErrorLog::entryUpdated, this, [&](int row) {
        seen << u"updated %1: %2"_s.arg(row).arg(int(log.entry(row).resolvedAt.isValid()));
    });
    connect(&log, &ErrorLog::aboutToBeCleared, this,
            [&] { seen << u"clear %1"_s.arg(log.count()); });
    connect(&log, &ErrorLog::cleared, this, [&] { seen << u"cleared %1"_s.arg(log.count()); });

    const QDateTime at(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"down"_s), at);
    log.record(u"Load SMS"_s, {}, serverError(u"down"_s), at.addSecs(1));
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"down"_s), at.addSecs(2));
    log.resolve(u"acti_1"_s);
    log.clear();
    log.clear(); // nothing to clear: nothing said
    QCOMPARE(seen,
             (QList<QString> {u"insert 0 of 0"_s, u"inserted 0: 1"_s, u"insert 0 of 1"_s,
                              u"inserted 0: 1"_s, u"remove 1-1 of 2"_s, u"removed, 1 left"_s,
                              u"insert 0 of 1"_s, u"inserted 0: 2"_s, u"updated 0: 1"_s,
                              u"clear 2"_s, u"cleared 0"_s}));
}

void tst_ErrorLog::namesComeFromTheNamerWhileItLives()
{
    ErrorLog log;
    auto context = std::make_unique<QObject>();
    QString name = u"Ada Lovelace: Hello"_s;
    log.setNamer(context.get(),
                 [&](const QString &id) { return id == "acti_1"_L1 ? name : QString(); });
    log.record(u"Save SMS"_s, u"acti_1"_s, serverError(u"down"_s));
    log.record(u"Save SMS"_s, u"acti_2"_s, serverError(u"down"_s));
    QCOMPARE(log.activityText(log.entry(1)), u"Ada Lovelace: Hello"_s);
    QCOMPARE(log.activityText(log.entry(0)), u"acti_2"_s);
    // Named as it is now; once nobody knows it, as it was known when it failed.
    name = u"Ada L.: Hello"_s;
    QCOMPARE(log.activityText(log.entry(1)), u"Ada L.: Hello"_s);
    QVERIFY(log.copyText(1).contains("(Ada L.: Hello, acti_1)"_L1));
    context.reset();
    QCOMPARE(log.activityText(log.entry(1)), u"Ada Lovelace: Hello"_s);
}

void tst_ErrorLog::deliveryFailureLoggedOnce()
{
    ErrorLog log;
    const QDateTime failedAt(QDate(2026, 2, 27), QTime(16, 30), Qt::UTC);
    log.smsListed(u"acti_sent"_s, Status::Sent, {}, failedAt);
    log.smsListed(u"acti_draft"_s, Status::Draft, {}, failedAt);
    QCOMPARE(log.count(), 0);
    QVERIFY(!log.hasDeliveryFailures());

    log.smsListed(u"acti_f"_s, Status::Error, u"Carrier rejected"_s, failedAt);
    QCOMPARE(log.count(), 1);
    const ErrorLog::Entry &e = log.entry(0);
    QCOMPARE(e.operation, u"Deliver SMS"_s);
    QCOMPARE(e.activityId, u"acti_f"_s);
    QCOMPARE(e.when, failedAt); // when Close failed it, not when Draftbox loaded it
    QCOMPARE(e.error.message, u"Close could not send this SMS: Carrier rejected"_s);
    QVERIFY(e.error.advice().contains("write it as a new draft"_L1));

    // Reloads list it again, the outbox poll sees it fail: still one entry, counted once.
    log.smsListed(u"acti_f"_s, Status::Error, u"Carrier rejected"_s, failedAt);
    log.smsFailed(u"acti_f"_s, u"Carrier rejected"_s);
    QCOMPARE(log.count(), 1);
    QCOMPARE(log.entry(0).times, 1);
    // Not even after the rep cleared the panel.
    log.clear();
    log.smsListed(u"acti_f"_s, Status::Error, u"Carrier rejected"_s, failedAt);
    QCOMPARE(log.count(), 0);

    // One failing while Draftbox watches is logged now, with a reason even if Close gave none.
    const QDateTime before = QDateTime::currentDateTime();
    log.smsFailed(u"acti_g"_s, {});
    QCOMPARE(log.count(), 1);
    QVERIFY(log.entry(0).when >= before);
    QCOMPARE(log.entry(0).error.message, u"Close could not send this SMS: no reason given"_s);
}

void tst_ErrorLog::deliveryFailurePasses_data()
{
    QTest::addColumn<bool>("listed"); // seen again in a listing rather than as a change
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("passes");

    QTest::newRow("changed, still failed") << false << int(Status::Error) << false;
    QTest::newRow("changed, a draft again") << false << int(Status::Draft) << true;
    QTest::newRow("changed, sent") << false << int(Status::Sent) << true;
    QTest::newRow("listed, still failed") << true << int(Status::Error) << false;
    QTest::newRow("listed, sent") << true << int(Status::Sent) << true;
}

void tst_ErrorLog::deliveryFailurePasses()
{
    QFETCH(bool, listed);
    QFETCH(int, status);
    QFETCH(bool, passes);
    ErrorLog log;
    log.smsFailed(u"acti_f"_s, u"Carrier rejected"_s);
    log.smsFailed(u"acti_other"_s, u"Carrier rejected"_s);
    if (listed)
        log.smsListed(u"acti_f"_s, Status(status), u"Carrier rejected"_s, {});
    else
        log.smsChanged(u"acti_f"_s, Status(status));
    const int row = log.entry(0).activityId == "acti_f"_L1 ? 0 : 1;
    QCOMPARE(log.entry(row).resolvedAt.isValid(), passes);
    QCOMPARE(log.openCount(), passes ? 1 : 2);
    if (passes) {
        QVERIFY(log.copyText(row).contains("(Close no longer lists it as failed)"_L1));
        // Should it fail again, that is news.
        log.smsFailed(u"acti_f"_s, u"Carrier rejected"_s);
        QCOMPARE(log.openCount(), 2);
        QCOMPARE(log.count(), 3);
    }
}

void tst_ErrorLog::rateLimitWaitOnlyGrows()
{
    ErrorLog log;
    QSignalSpy changed(&log, &ErrorLog::rateLimitChanged);
    const QDateTime until = QDateTime::currentDateTime().addSecs(30);
    log.setRateLimitedUntil(until);
    log.setRateLimitedUntil(until.addSecs(-10));
    QCOMPARE(log.rateLimitedUntil(), until);
    log.setRateLimitedUntil(until.addSecs(10));
    QCOMPARE(log.rateLimitedUntil(), until.addSecs(10));
    log.setRateLimitedUntil(QDateTime::currentDateTime().addSecs(-1)); // past: the wait is over
    QVERIFY(!log.rateLimitedUntil().isValid());
    QCOMPARE(changed.size(), 3);
}

void tst_ErrorLog::unsavedWorkProblemsSayWhatToDo()
{
    ErrorLog log;
    log.journalUnwritable(u"No space left on device"_s);
    QCOMPARE(log.entry(0).operation, u"Keep unsaved edits"_s);
    QCOMPARE(log.entry(0).error.message, u"No space left on device"_s);
    QVERIFY(log.entry(0).error.hint.contains("disk space"_L1));
    log.journalUnreadable(u"The file of unsaved edits is damaged; it was kept aside."_s);
    QCOMPARE(log.entry(0).operation, u"Restore edits"_s);
    log.editsLost(u"acti_gone"_s, u"Message: Words worth keeping"_s);
    QCOMPARE(log.entry(0).activityId, u"acti_gone"_s);
    QVERIFY(log.entry(0).error.message.contains("Words worth keeping"_L1));
    QVERIFY(log.entry(0).error.hint.contains("Copy"_L1));
    log.editsUnreadable(u"acti_x"_s, u"From: 5551234"_s);
    QVERIFY(log.entry(0).error.message.contains("5551234"_L1));
    QVERIFY(log.entry(0).error.message.contains("nothing of it was sent"_L1));
    QCOMPARE(log.count(), 4);
}

QTEST_GUILESS_MAIN(tst_ErrorLog)
#include "tst_errorlog.moc"
