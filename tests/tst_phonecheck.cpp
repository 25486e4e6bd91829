// PhoneCheck: what the rep types becomes E.164, or a message saying what is wrong.
#include "phonecheck.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_PhoneCheck : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void tst_PhoneCheck::check_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164"); // empty: invalid
    QTest::addColumn<QString>("country");

    QTest::newRow("E.164") << "+18183334444"
                           << "US"
                           << "+18183334444"
                           << "US";
    QTest::newRow("US national") << "(818) 333-4444"
                                 << "US"
                                 << "+18183334444"
                                 << "US";
    QTest::newRow("UK with spaces") << "+44 7400 123456"
                                    << "US"
                                    << "+447400123456"
                                    << "GB";
    QTest::newRow("UK national in GB") << "07400 123456"
                                       << "GB"
                                       << "+447400123456"
                                       << "GB";
    QTest::newRow("French") << "+33 6 12 34 56 78"
                            << "US"
                            << "+33612345678"
                            << "FR";
    QTest::newRow("too short") << "+1 818 333"
                               << "US"
                               << ""
                               << "";
    QTest::newRow("unassigned") << "+1 555 000 0000"
                                << "US"
                                << ""
                                << "";
    QTest::newRow("letters") << "call me"
                             << "US"
                             << ""
                             << "";
    QTest::newRow("empty") << "  "
                           << "US"
                           << ""
                           << "";
}

void tst_PhoneCheck::check()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(QString, country);
    const PhoneCheck c = PhoneCheck::check(input, region);
    QCOMPARE(c.valid, !e164.isEmpty());
    QCOMPARE(c.e164, e164);
    QCOMPARE(c.problem.isEmpty(), c.valid);
    if (!country.isEmpty())
        QCOMPARE(c.countryIso, country);
}

QTEST_GUILESS_MAIN(tst_PhoneCheck)
#include "tst_phonecheck.moc"
