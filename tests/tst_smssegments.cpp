// Segment counting as carriers do it: GSM-7 160/153, UCS-2 70/67, extension characters count
// two and never split across segments, surrogate pairs never split either.
#include "smssegments.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SmsSegments : public QObject
{
    Q_OBJECT

private slots:
    void count_data();
    void count();
    void highlightsWhatForcesUcs2();
    void overClosesLimit_data();
    void overClosesLimit();
};

void tst_SmsSegments::count_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ucs2");
    QTest::addColumn<int>("units");
    QTest::addColumn<int>("segments");
    QTest::addColumn<int>("remaining");

    const QString a(1, QLatin1Char('a'));
    QTest::newRow("empty") << QString() << false << 0 << 0 << 160;
    QTest::newRow("hello") << u"Hello!"_s << false << 6 << 1 << 154;
    QTest::newRow("160 GSM") << a.repeated(160) << false << 160 << 1 << 0;
    QTest::newRow("161 GSM") << a.repeated(161) << false << 161 << 2 << 145;
    QTest::newRow("306 GSM") << a.repeated(306) << false << 306 << 2 << 0;
    QTest::newRow("307 GSM") << a.repeated(307) << false << 307 << 3 << 152;
    QTest::newRow("GSM accents stay GSM")
        << u"Bonjour à tous, ca va? Ñandù"_s << false << 28 << 1 << 132;
    QTest::newRow("euro counts two") << u"€"_s << false << 2 << 1 << 158;
    QTest::newRow("80 euros fit") << u"€"_s.repeated(80) << false << 160 << 1 << 0;
    // 76 euro signs fill 152 septets; the 77th cannot take the last one, so 5 spill over.
    QTest::newRow("81 euros") << u"€"_s.repeated(81) << false << 162 << 2 << 153 - 5 * 2;
    // 152 plain septets then an extension character: it does not fit the one septet left.
    QTest::newRow("extension never split")
        << QString(a.repeated(152) + u"{"_s + a.repeated(10)) << false << 164 << 2 << 153 - 12;
    QTest::newRow("70 UCS-2") << u"Ж"_s.repeated(70) << true << 70 << 1 << 0;
    QTest::newRow("71 UCS-2") << u"Ж"_s.repeated(71) << true << 71 << 2 << 63;
    QTest::newRow("one emoji forces UCS-2")
        << QString(a.repeated(10) + u"🎉"_s) << true << 12 << 1 << 58;
    QTest::newRow("ç is not GSM") << u"ça"_s << true << 2 << 1 << 68;
    // 66 units then an emoji (2 units): the pair moves whole to the next segment.
    QTest::newRow("surrogate pair never split")
        << QString(u"Ж"_s.repeated(66) + u"🎉"_s + u"Ж"_s.repeated(3)) << true << 71 << 2 << 62;
}

void tst_SmsSegments::count()
{
    QFETCH(QString, text);
    QFETCH(bool, ucs2);
    QFETCH(int, units);
    QFETCH(int, segments);
    QFETCH(int, remaining);
    const SmsSegments s = SmsSegments::count(text);
    QCOMPARE(s.encoding == SmsSegments::Encoding::Ucs2, ucs2);
    QCOMPARE(s.units, units);
    QCOMPARE(s.segments, segments);
    QCOMPARE(s.remaining, remaining);
}

void tst_SmsSegments::highlightsWhatForcesUcs2()
{
    const SmsSegments s = SmsSegments::count(u"Price: 5€ – thanks 🙂"_s);
    // The en dash and the emoji (both halves of the pair) force UCS-2; € is GSM (extension).
    QCOMPARE(s.ucs2Positions, (QList<int> {10, 19, 20}));
    QVERIFY(SmsSegments::count(u"plain [text] ~ok~"_s).ucs2Positions.isEmpty());
}

void tst_SmsSegments::overClosesLimit_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");

    const QString a(1, QLatin1Char('a'));
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("1,000") << a.repeated(1000) << QString();
    QTest::newRow("1,001") << a.repeated(1001)
                           << u"Too long: Close accepts at most 1,000 characters. Remove 1 to "
                              "save or send."_s;
    QTest::newRow("2,234") << a.repeated(2234)
                           << u"Too long: Close accepts at most 1,000 characters. Remove 1,234 "
                              "to save or send."_s;
    // Close counts what QString counts: an emoji is two.
    QTest::newRow("500 emoji") << u"😀"_s.repeated(500) << QString();
    QTest::newRow("500 emoji and a") << u"😀"_s.repeated(500) + a
                                     << u"Too long: Close accepts at most 1,000 characters. "
                                        "Remove 1 to save or send."_s;
}

void tst_SmsSegments::overClosesLimit()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(SmsSegments::isOverLimit(text), !problem.isEmpty());
    QCOMPARE(SmsSegments::lengthProblem(text), problem);
}

QTEST_GUILESS_MAIN(tst_SmsSegments)
#include "tst_smssegments.moc"
