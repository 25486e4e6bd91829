// The fuzz targets over their corpus (tests/fuzz/corpus/<target>/): the seeds, and every input
// a fuzzing run found to crash, kept there as a regression test. Built with the ordinary compiler,
// so the whole suite (and its sanitizer run) replays them; scripts/fuzz does the fuzzing.
#include "fuzz/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QtTest>

class tst_FuzzCorpus : public QObject
{
    Q_OBJECT

private slots:
    void replay_data();
    void replay();
};

void tst_FuzzCorpus::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    const QDir corpus(QStringLiteral(DRAFTBOX_FUZZ_CORPUS));
    int count = 0;
    for (const char *target : {"activity", "listpage", "errorbody", "ratelimit"}) {
        const QDir dir(corpus.filePath(QLatin1String(target)));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY2(!files.isEmpty(), target); // every target has seeds
        for (const QString &file : files) {
            QTest::addRow("%s/%s", target, qPrintable(file))
                << QString::fromLatin1(target) << dir.filePath(file);
            ++count;
        }
    }
    QVERIFY(count >= 4);
}

void tst_FuzzCorpus::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const QByteArray bytes = input.readAll();
    const auto *data = reinterpret_cast<const std::uint8_t *>(bytes.constData());
    const auto size = std::size_t(bytes.size());
    // Each aborts the test if its decoder breaks a promise; else it answers 0.
    int result = -1;
    if (target == QLatin1String("activity"))
        result = fuzzActivity(data, size);
    else if (target == QLatin1String("listpage"))
        result = fuzzListPage(data, size);
    else if (target == QLatin1String("errorbody"))
        result = fuzzErrorBody(data, size);
    else if (target == QLatin1String("ratelimit"))
        result = fuzzRateLimit(data, size);
    QCOMPARE(result, 0);
}

QTEST_GUILESS_MAIN(tst_FuzzCorpus)
#include "tst_fuzzcorpus.moc"
