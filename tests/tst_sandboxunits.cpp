// Unit tests of the sandbox's pure parts: timestamps, phone facts, WhatsApp markup, SMS
// segments, the request validator, the rate limiter and list pages.
#include "activitycollection.h"
#include "phonebook.h"
#include "ratelimiter.h"
#include "requestvalidator.h"
#include "smsresource.h"
#include "timestamps.h"
#include "whatsappmarkup.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SandboxUnits : public QObject
{
    Q_OBJECT

private slots:
    void parseTimestamp_data();
    void parseTimestamp();
    void formatTimestamp();
    void phoneFacts_data();
    void phoneFacts();
    void markup_data();
    void markup();
    void segments_data();
    void segments();
    void validator_data();
    void validator();
    void rateLimiter();
    void pagesAsAScanWouldGiveThem();
};

void tst_SandboxUnits::parseTimestamp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowDate");
    QTest::addColumn<QString>("utc"); // empty: must be rejected

    QTest::newRow("close example")
        << "2016-10-03T16:06:11.167000+00:00" << false << "2016-10-03T16:06:11.167Z";
    QTest::newRow("no offset is UTC")
        << "2022-09-26T15:08:03.153064" << false << "2022-09-26T15:08:03.153Z";
    QTest::newRow("Z") << "2026-01-31T09:00:00Z" << false << "2026-01-31T09:00:00.000Z";
    QTest::newRow("negative offset")
        << "2026-01-31T09:00:00-05:00" << false << "2026-01-31T14:00:00.000Z";
    QTest::newRow("half-hour offset")
        << "2026-01-31T09:00:00+0530" << false << "2026-01-31T03:30:00.000Z";
    QTest::newRow("date only refused") << "2026-01-31" << false << "";
    QTest::newRow("date only for filters") << "2026-01-31" << true << "2026-01-31T00:00:00.000Z";
    QTest::newRow("bad month") << "2026-13-01T00:00:00" << false << "";
    QTest::newRow("bad hour") << "2026-01-01T25:00:00" << false << "";
    QTest::newRow("garbage") << "tomorrow at nine" << false << "";
    QTest::newRow("empty") << "" << false << "";
}

void tst_SandboxUnits::parseTimestamp()
{
    QFETCH(QString, text);
    QFETCH(bool, allowDate);
    QFETCH(QString, utc);
    const auto parsed = Timestamps::parse(text, allowDate);
    QCOMPARE(parsed.has_value(), !utc.isEmpty());
    if (parsed)
        QCOMPARE(parsed->toUTC().toString(Qt::ISODateWithMs), utc);
}

void tst_SandboxUnits::formatTimestamp()
{
    const QDateTime when(QDate(2016, 10, 3), QTime(16, 6, 11, 167), Qt::UTC);
    QCOMPARE(Timestamps::format(when), QStringLiteral("2016-10-03T16:06:11.167000+00:00"));
    QCOMPARE(Timestamps::parse(Timestamps::format(when)), std::optional<QDateTime>(when));
}

void tst_SandboxUnits::phoneFacts_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("e164");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("formatted");
    QTest::addColumn<QString>("country");

    QTest::newRow("US") << "+18183334444" << true << true << "+1 818-333-4444"
                        << "US";
    QTest::newRow("GB mobile") << "+447400123456" << true << true << "+44 7400 123456"
                               << "GB";
    QTest::newRow("FR") << "+33612345678" << true << true << "+33 6 12 34 56 78"
                        << "FR";
    QTest::newRow("no plus") << "18183334444" << false << false << "18183334444"
                             << "";
    QTest::newRow("spaces") << "+1 818 333 4444" << false << false << "+1 818-333-4444"
                            << "US";
    QTest::newRow("unassigned") << "+15550000000" << true << false << "+1 555-000-0000"
                                << "";
    QTest::newRow("too long") << "+1234567890123456" << false << false << "+1 234567890123456"
                              << "";
}

void tst_SandboxUnits::phoneFacts()
{
    QFETCH(QString, number);
    QFETCH(bool, e164);
    QFETCH(bool, valid);
    QFETCH(QString, formatted);
    QFETCH(QString, country);
    const PhoneFacts facts = PhoneBook::facts(number);
    QCOMPARE(facts.e164, e164);
    QCOMPARE(facts.valid, valid);
    QCOMPARE(facts.formatted, formatted);
    QCOMPARE(facts.countryIso, country);
}

void tst_SandboxUnits::markup_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("plain") << "test"
                           << "<p>test</p>"
                           << "test";
    QTest::newRow("bold") << "a *big* deal"
                          << "<p>a <strong>big</strong> deal</p>"
                          << "a big deal";
    QTest::newRow("italic") << "_soon_"
                            << "<p><em>soon</em></p>"
                            << "soon";
    QTest::newRow("strike") << "~$79~ $59"
                            << "<p><del>$79</del> $59</p>"
                            << "$79 $59";
    QTest::newRow("mono") << "code ```A*B*C```"
                          << "<p>code <code>A*B*C</code></p>"
                          << "code A*B*C";
    QTest::newRow("html escaped")
        << "<script>alert(1)</script> & \"x\""
        << "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;</p>"
        << "<script>alert(1)</script> & \"x\"";
    QTest::newRow("snake_case untouched") << "my_var_name"
                                          << "<p>my_var_name</p>"
                                          << "my_var_name";
    QTest::newRow("arithmetic untouched") << "2*3*4"
                                          << "<p>2*3*4</p>"
                                          << "2*3*4";
    QTest::newRow("lines and paragraphs") << "one\ntwo\n\nthree"
                                          << "<p>one<br>two</p><p>three</p>"
                                          << "one\ntwo\n\nthree";
}

void tst_SandboxUnits::markup()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(WhatsAppMarkup::toHtml(markdown), html);
    QCOMPARE(WhatsAppMarkup::toPlainText(markdown), text);
}

void tst_SandboxUnits::segments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("segments");

    QTest::newRow("empty") << QString() << 1;
    QTest::newRow("160 GSM") << QString(160, QLatin1Char('a')) << 1;
    QTest::newRow("161 GSM") << QString(161, QLatin1Char('a')) << 2;
    QTest::newRow("306 GSM") << QString(306, QLatin1Char('a')) << 2;
    QTest::newRow("307 GSM") << QString(307, QLatin1Char('a')) << 3;
    QTest::newRow("80 euro signs count double") << QString(80, QChar(0x20AC)) << 1;
    QTest::newRow("81 euro signs") << QString(81, QChar(0x20AC)) << 2;
    QTest::newRow("70 UCS-2") << QString(70, QChar(0x0416)) << 1;
    QTest::newRow("71 UCS-2") << QString(71, QChar(0x0416)) << 2;
    QTest::newRow("one emoji forces UCS-2")
        << QString(QString(68, QLatin1Char('a')) + QStringLiteral("🎉")) << 1;
    QTest::newRow("emoji over 70 units")
        << QString(QString(69, QLatin1Char('a')) + QStringLiteral("🎉")) << 2;
}

void tst_SandboxUnits::segments()
{
    QFETCH(QString, text);
    QFETCH(int, segments);
    QCOMPARE(SmsResource::segmentCount(text), segments);
}

void tst_SandboxUnits::validator_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("failing");

    QTest::newRow("ok") << QByteArray(R"({"text":"hi","local_phone":"+14154445555","n":3})")
                        << QStringList();
    QTest::newRow("unknown field")
        << QByteArray(R"({"colour":"red"})") << QStringList {u"colour"_s};
    QTest::newRow("wrong type") << QByteArray(R"({"text":5})") << QStringList {u"text"_s};
    QTest::newRow("null where nullable") << QByteArray(R"({"text":null})") << QStringList();
    QTest::newRow("null where not")
        << QByteArray(R"({"status":null})") << QStringList {u"status"_s};
    QTest::newRow("bad enum") << QByteArray(R"({"status":"flying"})") << QStringList {u"status"_s};
    QTest::newRow("not E.164") << QByteArray(R"({"local_phone":"(415) 444-5555"})")
                               << QStringList {u"local_phone"_s};
    QTest::newRow("fraction") << QByteArray(R"({"n":1.5})") << QStringList {u"n"_s};
    QTest::newRow("bad datetime") << QByteArray(R"({"when":"noon"})") << QStringList {u"when"_s};
    QTest::newRow("attachment without url")
        << QByteArray(R"({"files":[{"content_type":"image/png","filename":"a.png"}]})")
        << QStringList {u"files"_s};
    QTest::newRow("attachment ok") << QByteArray(
        R"({"files":[{"content_type":"image/png","filename":"a.png","url":"https://app.close.com/go/file/x/"}]})")
                                   << QStringList();
}

void tst_SandboxUnits::validator()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, failing);
    using T = FieldSpec::Type;
    const RequestValidator validator({
        {QStringLiteral("text"), T::String, true, {}},
        {QStringLiteral("status"),
         T::String,
         false,
         {QStringLiteral("draft"), QStringLiteral("outbox")}},
        {QStringLiteral("local_phone"), T::Phone, true, {}},
        {QStringLiteral("n"), T::Integer, false, {}},
        {QStringLiteral("when"), T::DateTime, true, {}},
        {QStringLiteral("files"), T::Attachments, true, {QStringLiteral("image/png")}},
    });
    const QJsonObject errors = validator.validate(QJsonDocument::fromJson(body).object());
    QStringList keys = errors.keys();
    keys.sort();
    QCOMPARE(keys, failing);
    for (const QString &key : keys)
        QVERIFY2(!errors.value(key).toString().isEmpty(), qPrintable(key));
}

void tst_SandboxUnits::rateLimiter()
{
    RateLimiter limiter(3);
    for (int i = 0; i < 3; ++i) {
        const RateLimiter::Decision d = limiter.take(QStringLiteral("k"));
        QVERIFY(d.allowed);
        QCOMPARE(d.remaining, 2 - i);
    }
    const RateLimiter::Decision refused = limiter.take(QStringLiteral("k"));
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.remaining, 0);
    QCOMPARE(refused.resetSeconds, 1);
    // Limits are per key.
    QVERIFY(limiter.take(QStringLiteral("other")).allowed);
    // And the window slides: a second later the key may ask again.
    QTRY_VERIFY_WITH_TIMEOUT(limiter.take(QStringLiteral("k")).allowed, 3000);

    RateLimiter off(0);
    QVERIFY(!off.enabled());
    for (int i = 0; i < 1000; ++i)
        QVERIFY(off.take(QStringLiteral("k")).allowed);
}

void tst_SandboxUnits::pagesAsAScanWouldGiveThem()
{
    ActivityCollection collection;
    for (int i = 0; i < 250; ++i)
        collection.insert(
            {{u"id"_s, u"acti_%1"_s.arg(i)}, {u"lead_id"_s, u"lead_%1"_s.arg(i % 3)}});
    const auto ids = [](const ActivityCollection::Page &page) {
        QStringList out;
        for (const QJsonObject &document : page.items)
            out << document.value("id"_L1).toString();
        return out;
    };
    const auto leadOne = [](const QJsonObject &d) {
        return d.value("lead_id"_L1) == "lead_1"_L1;
    };
    // Newest first, the order pages keep; a deep page is the same as walking to it.
    const auto first = collection.select(
        {}, [](const QJsonObject &) { return true; }, 0, 100);
    QCOMPARE(ids(first).first(), u"acti_249"_s);
    QVERIFY(first.hasMore);
    const auto last = collection.select(
        {}, [](const QJsonObject &) { return true; }, 200, 100);
    QCOMPARE(ids(last).size(), 50);
    QCOMPARE(ids(last).last(), u"acti_0"_s);
    QVERIFY(!last.hasMore);
    // Filtered: every third document, newest first, without gaps or repeats across pages.
    QStringList seen;
    for (int skip = 0; skip < 100; skip += 30) {
        const auto page = collection.select(u"lead_id=lead_1"_s, leadOne, skip, 30);
        seen += ids(page);
        QCOMPARE(page.hasMore, skip + 30 < 83);
    }
    QCOMPARE(seen.size(), 83);
    QCOMPARE(seen.first(), u"acti_247"_s);
    QCOMPARE(seen.last(), u"acti_1"_s);
    // A change shows on the next page asked for: the kept matches are not stale.
    collection.insert({{u"id"_s, u"acti_new"_s}, {u"lead_id"_s, u"lead_1"_s}});
    QCOMPARE(ids(collection.select(u"lead_id=lead_1"_s, leadOne, 0, 1)),
             QStringList {u"acti_new"_s});
    QVERIFY(collection.remove(u"acti_new"_s));
    QVERIFY(collection.remove(u"acti_247"_s));
    QCOMPARE(ids(collection.select(u"lead_id=lead_1"_s, leadOne, 0, 1)),
             QStringList {u"acti_244"_s});
    QVERIFY(collection.select(u"lead_id=lead_1"_s, leadOne, 500, 10).items.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SandboxUnits)
#include "tst_sandboxunits.moc"
