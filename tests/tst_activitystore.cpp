// The row store: Close's copy kept without keys gives back exactly what Close sent (nulls,
// absent fields, values of an unexpected type, fields the schema does not name), repeated
// strings are kept once, rows are found by id through inserts, refreshes and removals, and the
// search looks in a row's text and in its numbers apart.
#include "activitystore.h"
#include "searchtext.h"
#include "smsactivity.h"
#include "whatsappmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

RecordSchema smsSchema()
{
    return RecordSchema::of<SmsActivity>({u"id"_s, u"text"_s, u"error_message"_s});
}

QJsonObject sms(const QString &id, const QString &text, const QString &lead = u"lead_1"_s)
{
    return QJsonObject {
        {u"id"_s, id},
        {u"_type"_s, u"SMS"_s},
        {u"text"_s, text},
        {u"status"_s, u"draft"_s},
        {u"lead_id"_s, lead},
        {u"contact_id"_s, u"cont_1"_s},
        {u"remote_phone"_s, u"+16505551234"_s},
        {u"date_created"_s, u"2026-11-30T09:15:02.123000+00:00"_s},
        {u"date_scheduled"_s, QJsonValue::Null},
        {u"attachments"_s, QJsonArray {}},
    };
}

} // namespace

class tst_ActivityStore : public QObject
{
    Q_OBJECT

private slots:
    void recordGivesBackWhatCloseSent_data();
    void recordGivesBackWhatCloseSent();
    void timesAreKeptAsTimes();
    void repeatedStringsAreKeptOnce();
    void rowsAreFoundByIdThroughChanges();
    void editsShowOverClosesCopy();
    void searchLooksInTextAndNumbersApart();
    void searchedTextFollowsItsRow();
    void searchFindsTheNeedleWhereverItIs();
    void countsFollowRowsEditsAndCopies();
    void recordsOfOtherShapesFollowOneAnother();
    void rowsAreFoundByTheirPeople();
};

void tst_ActivityStore::recordGivesBackWhatCloseSent_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("typical draft") << sms(u"acti_1"_s, u"Hi Ana, see you Friday?"_s);
    QTest::newRow("no fields") << QJsonObject();
    QTest::newRow("unicode and emoji")
        << sms(u"acti_2"_s, u"Olá Zoë — 你好 👋🏽\nline two"_s);
    QJsonObject odd = sms(u"acti_3"_s, u"x"_s);
    odd.insert(u"text"_s, 5); // a number where text belongs
    odd.insert(u"date_sent"_s, u"last tuesday"_s); // not a time
    odd.insert(u"date_updated"_s, u"2026-11-30T09:15:02.123456+00:00"_s); // microseconds
    odd.insert(u"status"_s, QJsonArray {u"draft"_s});
    odd.insert(u"users"_s, QJsonArray {u"user_1"_s, u"user_2"_s});
    odd.insert(u"brand_new_field"_s, QJsonObject {{u"nested"_s, true}});
    QTest::newRow("unexpected types and unknown fields") << odd;
    QJsonObject empty = sms(u"acti_4"_s, QString());
    empty.insert(u"error_message"_s, QJsonValue::Null);
    empty.insert(u"cost"_s, QString());
    QTest::newRow("empty and null texts") << empty;
    QJsonObject broken = sms(u"acti_5"_s, u"half an emoji "_s + QChar(0xd83d));
    broken.insert(u"brand_new"_s, QString(QChar(0xdc4b)));
    QTest::newRow("lone surrogates") << broken;
}

void tst_ActivityStore::recordGivesBackWhatCloseSent()
{
    QFETCH(QJsonObject, json);
    RecordSchema schema = smsSchema();
    const ActivityRecord record = ActivityRecord::fromJson(schema, json);
    QCOMPARE(record.toJson(schema), json);
    for (auto it = json.begin(); it != json.end(); ++it) {
        const int field = schema.indexOf(it.key());
        if (field >= 0)
            QCOMPARE(record.value(schema, field), it.value());
    }
    QVERIFY(record.value(schema, schema.indexOf(u"sequence_id"_s)).isUndefined());
    QVERIFY(record.value(schema, -1).isUndefined());
}

void tst_ActivityStore::timesAreKeptAsTimes()
{
    RecordSchema schema = smsSchema();
    const ActivityRecord record = ActivityRecord::fromJson(schema, sms(u"acti_1"_s, u"Hi"_s));
    const auto created = record.time(schema, schema.indexOf(u"date_created"_s));
    QVERIFY(created.has_value());
    QCOMPARE(*created, QDateTime(QDate(2026, 11, 30), QTime(9, 15, 2, 123), Qt::UTC));
    QVERIFY(!record.time(schema, schema.indexOf(u"date_scheduled"_s)).has_value()); // null
    QVERIFY(!record.time(schema, schema.indexOf(u"date_sent"_s)).has_value()); // absent
    QVERIFY(!record.time(schema, schema.indexOf(u"text"_s)).has_value()); // not a time
}

void tst_ActivityStore::repeatedStringsAreKeptOnce()
{
    RecordSchema schema = smsSchema();
    ActivityRecord::fromJson(schema, sms(u"acti_0"_s, u"first"_s));
    const int after = schema.sharedCount();
    for (int i = 1; i < 200; ++i)
        ActivityRecord::fromJson(schema, sms(u"acti_%1"_s.arg(i), u"text %1"_s.arg(i)));
    // Ids and texts are each row's own; the lead, contact, number, status… are shared.
    QCOMPARE(schema.sharedCount(), after);
    ActivityRecord::fromJson(schema, sms(u"acti_x"_s, u"x"_s, u"lead_2"_s));
    QCOMPARE(schema.sharedCount(), after + 1);
}

void tst_ActivityStore::rowsAreFoundByIdThroughChanges()
{
    ActivityStore store(smsSchema());
    QList<QJsonObject> page;
    for (int i = 0; i < 300; ++i)
        page << sms(u"acti_%1"_s.arg(i), u"m%1"_s.arg(i));
    store.insert(0, page.mid(0, 100));
    store.insert(100, page.mid(100)); // a page at the end; the index grows
    QCOMPARE(store.size(), 300);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(store.rowOf(u"acti_%1"_s.arg(i)), i);
    QCOMPARE(store.rowOf(u"acti_300"_s), -1);
    QCOMPARE(store.rowOf(QString()), -1);

    store.insert(0, {sms(u"acti_new"_s, u"newest"_s)}); // a refresh puts it on top
    QCOMPARE(store.rowOf(u"acti_new"_s), 0);
    QCOMPARE(store.rowOf(u"acti_0"_s), 1);
    QCOMPARE(store.rowOf(u"acti_299"_s), 300);

    store.remove(1);
    QCOMPARE(store.rowOf(u"acti_0"_s), -1);
    QCOMPARE(store.rowOf(u"acti_1"_s), 1);
    QCOMPARE(store.idAt(1), u"acti_1"_s);

    store.setServer(1, sms(u"acti_1"_s, u"changed in Close"_s));
    QCOMPARE(store.text(1, u"text"_s), u"changed in Close"_s);
    QCOMPARE(store.rowOf(u"acti_1"_s), 1);

    store.clear();
    QCOMPARE(store.rowOf(u"acti_1"_s), -1);
}

void tst_ActivityStore::editsShowOverClosesCopy()
{
    ActivityStore store(smsSchema());
    store.insert(0, {sms(u"acti_1"_s, u"Close's text"_s)});
    const QJsonObject server = store.serverCopy(0);
    store.row(0).edit.set(u"text"_s, FieldValue(u"The rep's text"_s), false, server);
    store.row(0).edit.set(u"date_scheduled"_s,
                          FieldValue(QDateTime(QDate(2026, 12, 24), QTime(10, 0), Qt::UTC)), false,
                          server);
    QCOMPARE(store.text(0, u"text"_s), u"The rep's text"_s);
    QCOMPARE(store.serverValue(0, u"text"_s).toString(), u"Close's text"_s);
    QCOMPARE(store.time(0, u"date_scheduled"_s),
             std::optional(QDateTime(QDate(2026, 12, 24), QTime(10, 0), Qt::UTC)));
    QVERIFY(!store.serverTime(0, u"date_scheduled"_s).has_value());
    QCOMPARE(store.effective(0).value(u"text"_s).toString(), u"The rep's text"_s);
    QCOMPARE(store.effective(0).value(u"lead_id"_s).toString(), u"lead_1"_s);
}

void tst_ActivityStore::searchLooksInTextAndNumbersApart()
{
    ActivityStore store(smsSchema());
    store.insert(0, {sms(u"acti_1"_s, u"Café at 9"_s)});
    store.setSearched(0, SearchText::fold({u"Café at 9"_s}), SearchText::digits({u"+1 650 555"_s}));
    QVERIFY(store.contains(0, SearchText::needle(u"CAFÉ AT"_s)));
    QVERIFY(!store.contains(0, SearchText::needle(u"650"_s))); // a number, not text
    QVERIFY(store.containsNumber(0, SearchText::numberNeedle(u"650 555"_s)));
    // The message's "9" and the number's "1650…" do not run together into one.
    QVERIFY(!store.containsNumber(0, SearchText::numberNeedle(u"9165"_s)));
    QVERIFY(!store.contains(0, SearchText::needle(u"91650"_s)));
    QVERIFY(!store.containsNumber(0, {}));
}

void tst_ActivityStore::searchedTextFollowsItsRow()
{
    // The rows' searched texts share one block: through rows arriving on top, rows leaving and
    // texts changing often enough to have the block written again, each row finds its own
    // latest text and nothing else.
    ActivityStore store(smsSchema());
    QList<QJsonObject> page;
    for (int i = 0; i < 200; ++i)
        page << sms(u"acti_%1"_s.arg(i), u"text %1"_s.arg(i));
    store.insert(0, page);
    QHash<QString, QByteArray> latest; // id -> the marker its row holds now
    const QByteArray padding(6000, 'x'); // so that the old texts add up to megabytes
    const auto write = [&](int row, int round) {
        const QString id = store.idAt(row);
        const QByteArray marker = "m" + id.toLatin1() + "r" + QByteArray::number(round) + ";";
        store.setSearched(row, marker + padding, QByteArray::number(row) + '\n');
        latest.insert(id, marker);
    };
    for (int row = 0; row < store.size(); ++row)
        write(row, 0);
    store.insert(0, {sms(u"acti_top"_s, u"new on top"_s)});
    write(0, 0);
    store.remove(57);
    for (int round = 1; round <= 3; ++round) {
        for (int row = 0; row < store.size(); row += 2)
            write(row, round);
    }
    for (int row = 0; row < store.size(); ++row) {
        const QString id = store.idAt(row);
        const QByteArray mine = latest.value(id);
        QVERIFY2(store.contains(row, mine), qPrintable(id));
        if (mine.endsWith("r3;")) // and not the text it had before
            QVERIFY(!store.contains(row, QByteArray(mine).replace("r3;", "r2;")));
        const QString neighbour = store.idAt(row == 0 ? 1 : row - 1);
        QVERIFY(!store.contains(row, latest.value(neighbour)));
        QVERIFY(!store.contains(row, "xm")); // the end of one text runs into no other
    }
    QVERIFY(!latest.isEmpty());
}

void tst_ActivityStore::searchFindsTheNeedleWhereverItIs()
{
    // The search tries sixteen places at a time: a needle at any place of a text of any length,
    // across those blocks and at the very end, is found; one a byte short or changed is not.
    ActivityStore store(smsSchema());
    store.insert(0, {sms(u"acti_1"_s, u"x"_s)});
    for (const QByteArray &needle : {QByteArray("q"), QByteArray("qz"), QByteArray("qzq"),
                                     QByteArray("quartz-quiz"), QByteArray(40, 'q')}) {
        for (int length = int(needle.size()); length <= 70; ++length) {
            for (int at = 0; at + needle.size() <= length; ++at) {
                QByteArray text(length, 'a');
                text.replace(at, needle.size(), needle);
                store.setSearched(0, text, "123\n");
                QVERIFY2(
                    store.contains(0, needle),
                    qPrintable(
                        u"%1 at %2 of %3"_s.arg(QString::fromLatin1(needle)).arg(at).arg(length)));
                QByteArray almost = needle;
                almost[almost.size() - 1] = 'b';
                QVERIFY(!store.contains(0, QByteArray(almost + "!")));
                QVERIFY(
                    !store.contains(0, QByteArray(needle + "!"))); // runs past the end: not there
                QVERIFY(!store.containsNumber(0, needle));
            }
        }
    }
    QVERIFY(store.containsNumber(0, "23"));
}

void tst_ActivityStore::countsFollowRowsEditsAndCopies()
{
    ActivityStore store(smsSchema());
    store.tallyBy({u"status"_s, u"lead_id"_s});
    store.insert(0,
                 {sms(u"acti_1"_s, u"a"_s), sms(u"acti_2"_s, u"b"_s, u"lead_2"_s),
                  sms(u"acti_3"_s, u"c"_s, u"lead_2"_s)});
    using Counts = QHash<QString, int>;
    QCOMPARE(store.tally(u"status"_s), (Counts {{u"draft"_s, 3}}));
    QCOMPARE(store.tally(u"lead_id"_s), (Counts {{u"lead_1"_s, 1}, {u"lead_2"_s, 2}}));
    // Close's copy changes: the row is counted with its new value.
    QJsonObject sent = sms(u"acti_2"_s, u"b"_s, u"lead_2"_s);
    sent.insert(u"status"_s, u"sent"_s);
    store.setServer(store.rowOf(u"acti_2"_s), sent);
    QCOMPARE(store.tally(u"status"_s), (Counts {{u"draft"_s, 2}, {u"sent"_s, 1}}));
    // The rep's edit counts as soon as the row is counted again (ActivitySync does on change).
    const int third = store.rowOf(u"acti_3"_s);
    store.row(third).edit.set(u"lead_id"_s, FieldValue(u"lead_1"_s), false,
                              store.serverCopy(third));
    store.retally(third);
    QCOMPARE(store.tally(u"lead_id"_s), (Counts {{u"lead_1"_s, 2}, {u"lead_2"_s, 1}}));
    // A row that leaves is no longer counted; a cleared store counts nothing.
    store.remove(store.rowOf(u"acti_1"_s));
    QCOMPARE(store.tally(u"lead_id"_s), (Counts {{u"lead_1"_s, 1}, {u"lead_2"_s, 1}}));
    QCOMPARE(store.tally(u"status"_s), (Counts {{u"draft"_s, 1}, {u"sent"_s, 1}}));
    QVERIFY(store.tally(u"text"_s).isEmpty()); // not tallied
    store.clear();
    QVERIFY(store.tally(u"status"_s).isEmpty());
}

void tst_ActivityStore::recordsOfOtherShapesFollowOneAnother()
{
    // Each field goes where it belongs, whatever keys the record before had at its place.
    RecordSchema schema = smsSchema();
    QList<QJsonObject> objects;
    objects << sms(u"acti_1"_s, u"one"_s);
    QJsonObject fewer {{u"text"_s, u"two"_s}, {u"id"_s, u"acti_2"_s}};
    objects << fewer;
    QJsonObject other = sms(u"acti_3"_s, u"three"_s, u"lead_9"_s);
    other.remove(u"_type"_s); // every key after it moves up a place
    other.insert(u"a_new_first_key"_s, 1);
    objects << other << sms(u"acti_4"_s, u"four"_s, u"lead_9"_s) << fewer;
    for (const QJsonObject &json : std::as_const(objects)) {
        const ActivityRecord record = ActivityRecord::fromJson(schema, json);
        QCOMPARE(record.toJson(schema), json);
        QCOMPARE(record.text(schema, schema.indexOf(u"lead_id"_s)),
                 json.value(u"lead_id"_s).toString());
    }
}

void tst_ActivityStore::rowsAreFoundByTheirPeople()
{
    ActivityStore store(smsSchema());
    QList<QJsonObject> page;
    for (int i = 0; i < 6; ++i)
        page << sms(u"acti_%1"_s.arg(i), u"m"_s, u"lead_%1"_s.arg(i % 3));
    QJsonObject odd = sms(u"acti_6"_s, u"m"_s);
    odd.insert(u"lead_id"_s, QJsonArray {u"lead_2"_s}); // kept as it came: not that lead
    page << odd;
    store.insert(0, page);
    const int lead = store.schema().indexOf(u"lead_id"_s);
    QCOMPARE(store.rowsWhere(lead, {u"lead_1"_s}), (QList<int> {1, 4}));
    QCOMPARE(store.rowsWhere(lead, {u"lead_0"_s, u"lead_2"_s}), (QList<int> {0, 2, 3, 5}));
    QCOMPARE(store.rowsWhere(lead, {u"lead_unknown"_s}), QList<int>());
    QCOMPARE(store.text(4, lead), u"lead_1"_s);
    // The rep moved a message to another lead: it is found by that one, not by Close's.
    store.row(4).edit.set(u"lead_id"_s, FieldValue(u"lead_new"_s), false, store.serverCopy(4));
    QCOMPARE(store.rowsWhere(lead, {u"lead_1"_s}), (QList<int> {1}));
    QCOMPARE(store.rowsWhere(lead, {u"lead_new"_s}), (QList<int> {4}));
    QCOMPARE(store.text(4, lead), u"lead_new"_s);
    QCOMPARE(store.rowsWhere(-1, {u"lead_1"_s}), QList<int>());
}

QTEST_GUILESS_MAIN(tst_ActivityStore)
#include "tst_activitystore.moc"
