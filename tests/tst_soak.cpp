// The soak test: 1,000 edits and 200 sends over 200 activities against a sandbox that fails one
// request in five (500, 503, dropped before or after doing the work, stalled) and limits the
// rate. Afterwards Close holds every last edit, sent each SMS exactly once, and the journal is
// empty. Bounded by counts; the figures are printed, never asserted on time.
#include "soakdriver.h"

#include <QTemporaryDir>
#include <QtTest>

class tst_Soak : public QObject
{
    Q_OBJECT

private slots:
    void nothingLostNothingSentTwice();
};

void tst_Soak::nothingLostNothingSentTwice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SoakDriver::Config config;
    config.activities = 200;
    config.editsPerActivity = 5;
    config.faultRate = 0.2;
    config.rateLimit = 40;
    config.journalPath = dir.filePath(QStringLiteral("journal.json"));
    SoakDriver driver(config);
    const SoakDriver::Result r = driver.run();
    qInfo("soak: %d activities, %d edits (%d typed while saving), %d saves, %d sends asked, "
          "%d requests, %d faults injected; lost %d, sent twice %d, not sent %d, conflicts %d, "
          "journal left %d; %.1f s",
          config.activities, r.edits, r.editsWhileSaving, r.saves, r.sendsAsked, r.requests,
          r.faultsInjected, r.lost, r.sentTwice, r.notSent, r.conflicts, r.journalLeft,
          r.elapsedMs / 1000.0);
    QVERIFY2(r.finished, qPrintable(r.why));
    QCOMPARE(r.edits, 1000);
    QVERIFY(r.editsWhileSaving > 50); // the rep really typed into saves under way
    QVERIFY(r.sendsAsked >= 200);
    QVERIFY(r.faultsInjected > 100); // the faults really happened
    QCOMPARE(r.lost, 0);
    QCOMPARE(r.sentTwice, 0);
    QCOMPARE(r.notSent, 0);
    QCOMPARE(r.conflicts, 0); // nobody else edits: Draftbox never mistakes its own save for one
    QCOMPARE(r.journalLeft, 0);
}

QTEST_GUILESS_MAIN(tst_Soak)
#include "tst_soak.moc"
