// RecipientZone: one zone per recipient, from the contact's own timezone, else the number's
// area, else a single-zone country; unknown rather than a guess among several.
#include "recipientzone.h"

#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(RecipientZone::Source)

class tst_RecipientZone : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
};

void tst_RecipientZone::resolve_data()
{
    using S = RecipientZone::Source;
    QTest::addColumn<QString>("contactZone");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("zone"); // empty: unknown
    QTest::addColumn<S>("source");
    QTest::addColumn<QString>("place");

    QTest::newRow("Toronto +1 416") << QString() << u"+14165550199"_s << u"CA"_s
                                    << u"America/Toronto"_s << S::NumberArea << u"Toronto"_s;
    QTest::newRow("Montreal +1 514") << QString() << u"+15145550123"_s << u"CA"_s
                                     << u"America/Toronto"_s << S::NumberArea << u"Toronto"_s;
    QTest::newRow("New York +1 212") << QString() << u"+12125551234"_s << u"US"_s
                                     << u"America/New_York"_s << S::NumberArea << u"New York"_s;
    QTest::newRow("California +1 818")
        << QString() << u"+18183334444"_s << u"US"_s << u"America/Los_Angeles"_s << S::NumberArea
        << u"Los Angeles"_s;
    QTest::newRow("Arizona +1 602") << QString() << u"+16025551234"_s << u"US"_s
                                    << u"America/Phoenix"_s << S::NumberArea << u"Phoenix"_s;
    QTest::newRow("São Paulo +55 11")
        << QString() << u"+5511987654321"_s << u"BR"_s << u"America/Sao_Paulo"_s << S::NumberArea
        << u"Sao Paulo"_s; // English; the rep's language may say São Paulo
    QTest::newRow("Manaus +55 92") << QString() << u"+5592981234567"_s << u"BR"_s
                                   << u"America/Manaus"_s << S::NumberArea << u"Manaus"_s;
    QTest::newRow("Perth +61 8 9") << QString() << u"+61891234567"_s << u"AU"_s
                                   << u"Australia/Perth"_s << S::NumberArea << u"Perth"_s;
    QTest::newRow("Monterrey +52 81") << QString() << u"+528112345678"_s << u"MX"_s
                                      << u"America/Monterrey"_s << S::NumberArea << u"Monterrey"_s;
    QTest::newRow("Cancún +52 998") << QString() << u"+529981234567"_s << u"MX"_s
                                    << u"America/Cancun"_s << S::NumberArea << u"Cancun"_s;
    QTest::newRow("Novosibirsk +7 383")
        << QString() << u"+73831234567"_s << u"RU"_s << u"Asia/Novosibirsk"_s << S::NumberArea
        << u"Novosibirsk"_s;
    QTest::newRow("Germany, one zone") << QString() << u"+4915123456789"_s << u"DE"_s
                                       << u"Europe/Berlin"_s << S::Country << u"Berlin"_s;
    QTest::newRow("UK, one zone") << QString() << u"+447400123456"_s << u"GB"_s
                                  << u"Europe/London"_s << S::Country << u"London"_s;
    QTest::newRow("contact timezone wins") << u"Europe/Lisbon"_s << u"+14165550199"_s << u"CA"_s
                                           << u"Europe/Lisbon"_s << S::Contact << u"Lisbon"_s;
    QTest::newRow("bad contact timezone ignored")
        << u"Mars/Olympus_Mons"_s << u"+12125551234"_s << u"US"_s << u"America/New_York"_s
        << S::NumberArea << u"New York"_s;
    QTest::newRow("Australian mobile: several zones")
        << QString() << u"+61412345678"_s << u"AU"_s << QString() << S::Unknown << QString();
    QTest::newRow("Russian mobile: several zones")
        << QString() << u"+79161234567"_s << u"RU"_s << QString() << S::Unknown << QString();
    QTest::newRow("invalid number")
        << QString() << u"+15550000000"_s << u"US"_s << QString() << S::Unknown << QString();
    QTest::newRow("nothing") << QString() << QString() << QString() << QString() << S::Unknown
                             << QString();
}

void tst_RecipientZone::resolve()
{
    QFETCH(QString, contactZone);
    QFETCH(QString, phone);
    QFETCH(QString, country);
    QFETCH(QString, zone);
    QFETCH(RecipientZone::Source, source);
    QFETCH(QString, place);

    const RecipientZone found = RecipientZone::resolve(contactZone, phone, country);
    QCOMPARE(QString::fromLatin1(found.id()), zone);
    QCOMPARE(found.source, source);
    QCOMPARE(found.isKnown(), !zone.isEmpty());
    QCOMPARE(found.place(), place);
}

QTEST_GUILESS_MAIN(tst_RecipientZone)
#include "tst_recipientzone.moc"
