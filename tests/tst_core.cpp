// The decisions in core/, each on its own: what a status means (one table), the back-off of what
// waits for Close, a template filled from what Close said of people, and the people directory's
// request policy against the sandbox.
#include "closecall.h"
#include "closetime.h"
#include "fieldvalue.h"
#include "pendingedit.h"
#include "peopledirectory.h"
#include "retryqueue.h"
#include "sandboxfixture.h"
#include "searchtext.h"
#include "smsstatus.h"
#include "templaterenderer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using Status = SmsStatus::Status;

class tst_Core : public QObject
{
    Q_OBJECT

private slots:
    void statusTableAgreesWithTheWire();
    void statusesSortWhatNeedsTheRepFirst();
    void retryQueueBacksOffAndGoesAtOnceWhenCloseAnswers();
    void retryQueueForgetsWhatIsRemoved();
    void templateFillsKnownPeopleAndMarksTheRest();
    void peopleAreAskedOnceAndTwoAtATime();
    void editBackToCloseValueLeavesNothing();
    void clashOnlyWithSomeoneElsesChange();
    void savedEditsGoTypedOnesStay();
    void conflictSettledGoesOverClosesCopy();
    void restoredEditsCloseHoldsAreDone();
    void sendIntentRoundTrips();
    void editValuesReadAsTheirFieldOrNotAtAll();
    void numbersAreFoundHoweverWritten_data();
    void numbersAreFoundHoweverWritten();
    void textIsFoundWhateverItsCase();
};

void tst_Core::statusTableAgreesWithTheWire()
{
    const QStringList wire
        = {u"draft"_s, u"scheduled"_s, u"outbox"_s, u"sent"_s, u"inbox"_s, u"error"_s};
    for (const QString &text : wire) {
        const Status status = SmsStatus::fromWire(text);
        QVERIFY2(status != Status::Unknown, qPrintable(text));
        QCOMPARE(SmsStatus::wire(status), text);
        QVERIFY(!SmsStatus::title(status).isEmpty());
        QVERIFY(!SmsStatus::chip(status).isEmpty());
    }
    QCOMPARE(SmsStatus::ordered().size(), wire.size());
    // The list and the chip say the same of an SMS on its way (they once said Sending/Outbox).
    QCOMPARE(SmsStatus::title(Status::Outbox), u"Sending"_s);
    QCOMPARE(SmsStatus::chip(Status::Outbox), u"Sending"_s);
    QCOMPARE(SmsStatus::chip(Status::Draft), u"Drafts"_s);
    // Only drafts are edited; scheduled and outbox SMS can go back to draft; nothing else can.
    for (const Status status : SmsStatus::ordered()) {
        QCOMPARE(SmsStatus::editable(status), status == Status::Draft);
        QCOMPARE(SmsStatus::cancellable(status),
                 status == Status::Scheduled || status == Status::Outbox);
    }
    QCOMPARE(SmsStatus::severity(Status::Error), Severity::Failure);
    QCOMPARE(SmsStatus::severity(Status::Draft), Severity::Attention);
    QCOMPARE(SmsStatus::severity(Status::Sent), Severity::Normal);
    // A status this build does not know: shown, never editable, sorted last.
    QCOMPARE(SmsStatus::fromWire(u"queued"_s), Status::Unknown);
    QVERIFY(!SmsStatus::editable(Status::Unknown));
    QVERIFY(!SmsStatus::cancellable(Status::Unknown));
}

void tst_Core::statusesSortWhatNeedsTheRepFirst()
{
    QVERIFY(SmsStatus::rank(Status::Error) < SmsStatus::rank(Status::Draft));
    QVERIFY(SmsStatus::rank(Status::Draft) < SmsStatus::rank(Status::Scheduled));
    QVERIFY(SmsStatus::rank(Status::Scheduled) < SmsStatus::rank(Status::Outbox));
    QVERIFY(SmsStatus::rank(Status::Outbox) < SmsStatus::rank(Status::Inbox));
    QVERIFY(SmsStatus::rank(Status::Inbox) < SmsStatus::rank(Status::Sent));
    QVERIFY(SmsStatus::rank(Status::Sent) < SmsStatus::rank(Status::Unknown));
}

void tst_Core::retryQueueBacksOffAndGoesAtOnceWhenCloseAnswers()
{
    RetryQueue queue;
    queue.setBackoff(100, 400);
    QSignalSpy due(&queue, &RetryQueue::due);
    QSignalSpy changed(&queue, &RetryQueue::changed);
    queue.wait(u"a"_s);
    queue.wait(u"b"_s);
    queue.wait(u"a"_s); // already waiting: once
    QCOMPARE(queue.count(), 2);
    QCOMPARE(changed.size(), 2);
    QVERIFY(queue.nextAttempt().isValid());
    // The first step is 50–100 ms (half the step plus jitter).
    QVERIFY(queue.nextAttempt() <= QDateTime::currentDateTime().addMSecs(100));
    QVERIFY(due.wait(1000));
    QCOMPARE(due.at(0).at(0).toStringList(), (QStringList {u"a"_s, u"b"_s})); // in order
    QCOMPARE(queue.count(), 0);
    QVERIFY(!queue.nextAttempt().isValid());

    // Failing again doubles the step, up to the ceiling.
    const auto step = [&queue] {
        queue.wait(u"a"_s);
        const qint64 ms = QDateTime::currentDateTime().msecsTo(queue.nextAttempt());
        queue.retryNow();
        return ms;
    };
    QVERIFY(step() > 90); // 100–200 ms: the second step
    QVERIFY(step() > 190); // 200–400
    QVERIFY(step() > 190); // the ceiling: 200–400 again
    QVERIFY(step() <= 400);

    // Close answers: the back-off starts over and what waits goes at once.
    queue.wait(u"c"_s);
    QVERIFY(QDateTime::currentDateTime().msecsTo(queue.nextAttempt()) > 190);
    due.clear();
    QElapsedTimer clock;
    clock.start();
    queue.answered();
    QVERIFY(due.wait(1000));
    QVERIFY(clock.elapsed() < 190);
    QCOMPARE(due.at(0).at(0).toStringList(), QStringList {u"c"_s});
    queue.wait(u"d"_s);
    QVERIFY(QDateTime::currentDateTime().msecsTo(queue.nextAttempt()) <= 100); // first step
}

void tst_Core::retryQueueForgetsWhatIsRemoved()
{
    RetryQueue queue;
    queue.setBackoff(50, 50);
    QSignalSpy due(&queue, &RetryQueue::due);
    queue.wait(u"gone"_s);
    queue.remove(u"gone"_s);
    QCOMPARE(queue.count(), 0);
    QVERIFY(!queue.nextAttempt().isValid());
    queue.wait(u"kept"_s);
    queue.wait(u"dropped"_s);
    queue.remove(u"dropped"_s);
    QVERIFY(due.wait(1000));
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).toStringList(), QStringList {u"kept"_s});
    queue.wait(u"x"_s);
    queue.clear();
    QCOMPARE(queue.count(), 0);
    QVERIFY(!due.wait(200)); // cleared: nothing comes due
}

void tst_Core::templateFillsKnownPeopleAndMarksTheRest()
{
    TemplateRenderer renderer;
    renderer.contact = {{u"name"_s, u"Ada Lovelace"_s}, {u"title"_s, u""_s}};
    renderer.lead = {{u"display_name"_s, u"Analytical Engines Ltd"_s}};
    renderer.user = {{u"first_name"_s, u"Grace"_s}, {u"last_name"_s, u"Hopper"_s}};
    const QString out = renderer.render(
        u"Hi {{ contact.first_name }} {{contact.last_name}}, {{ user.full_name }} of "
        "{{ organization.name }} here about {{ lead.display_name }} ({{ contact.title }})."_s);
    QCOMPARE(out,
             u"Hi Ada Lovelace, Grace Hopper of «organization.name» here about Analytical "
             "Engines Ltd («contact.title»)."_s);
    QCOMPARE(TemplateRenderer::gaps(out),
             (QStringList {u"«organization.name»"_s, u"«contact.title»"_s}));
    // Text without variables, and an unknown scope, come through as they are / marked.
    QCOMPARE(renderer.render(u"No variables here."_s), u"No variables here."_s);
    QCOMPARE(renderer.render(u"{{ deal.value }}"_s), u"«deal.value»"_s);
}

void tst_Core::peopleAreAskedOnceAndTwoAtATime()
{
    SandboxFixture sandbox(20);
    QVERIFY(sandbox.ok());
    const QJsonArray sms
        = sandbox.http->get(u"activity/sms/?_limit=20"_s).json.value("data"_L1).toArray();
    QStringList ids {PeopleDirectory::meId()};
    for (const QJsonValue &value : sms) {
        for (const char *field : {"contact_id", "lead_id", "user_id"})
            ids << value.toObject().value(QLatin1String(field)).toString();
    }
    QSet<QString> distinct(ids.cbegin(), ids.cend());
    distinct.remove(QString());
    QVERIFY(distinct.size() > 4);

    PeopleDirectory people(sandbox.client.get());
    int inFlight = 0;
    int mostInFlight = 0;
    int asked = 0;
    QSignalSpy arrived(&people, &PeopleDirectory::arrived);
    const auto count = [&] {
        // Every call is a child of the client until it is deleted after finishing.
        const QList<CloseCall *> calls = sandbox.client->findChildren<CloseCall *>();
        inFlight = int(std::count_if(calls.cbegin(), calls.cend(),
                                     [](const CloseCall *call) { return !call->isFinished(); }));
        mostInFlight = std::max(mostInFlight, inFlight);
    };
    // Whenever an answer is taken, the next is asked for: look right after each.
    connect(sandbox.client.get(), &CloseClient::callFinished, this,
            [&](CloseCall *, const ApiResult &) { QTimer::singleShot(0, this, count); });
    people.ask(ids);
    count();
    asked = inFlight;
    people.ask(ids); // asked again: nothing more
    count();
    QCOMPARE(inFlight, asked);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            count();
            return !people.isBusy();
        }(),
        10000);
    QVERIFY(mostInFlight <= 2);
    QSet<QString> told;
    for (const QList<QVariant> &signal : arrived) {
        const QSet<QString> some = signal.at(0).value<QSet<QString>>();
        told.unite(some);
    }
    QCOMPARE(told, distinct);
    for (const QString &id : distinct) {
        QVERIFY2(people.knows(id), qPrintable(id));
        QVERIFY2(people.displayName(id) != id, qPrintable(id)); // a name, not the id
    }
    QCOMPARE(people.displayName(u"cont_unknown"_s), u"cont_unknown"_s);
    people.clear();
    QVERIFY(!people.knows(*distinct.cbegin()));
}

namespace {

const PendingEdit::Same plainSame = [](const QString &, const QJsonValue &a, const QJsonValue &b) {
    return a == b || ((a.isNull() || a.isUndefined()) && (b.isNull() || b.isUndefined()));
};

//! Close's copy the n-th time it changed.
QString t(int n)
{
    return CloseTime::format(QDateTime(QDate(2026, 12, 1), QTime(10, n), Qt::UTC));
}

FieldValue text(const QString &text)
{
    return FieldValue(text);
}

const PendingEdit::Reader asText = [](const QString &, const QJsonValue &wire) {
    return FieldValue::fromWire(FieldKind::Own, wire);
};

QJsonObject closeCopy(const QString &text, const QString &updated)
{
    return {
        {u"text"_s, text}, {u"remote_phone"_s, u"+14155550100"_s}, {u"date_updated"_s, updated}};
}

} // namespace

void tst_Core::editBackToCloseValueLeavesNothing()
{
    const QJsonObject server = closeCopy(u"Hello"_s, t(1));
    PendingEdit edit;
    QVERIFY(edit.set(u"text"_s, text(u"Hello there"_s), false, server));
    QVERIFY(!edit.isEmpty());
    QCOMPARE(edit.toEntry().base.value("text"_L1).toString(), u"Hello"_s);
    QCOMPARE(edit.toEntry().base.value("date_updated"_L1).toString(), t(1));
    QVERIFY(edit.set(u"text"_s, text(u"Hello"_s), true, server)); // typed back: nothing left
    QVERIFY(edit.isEmpty());
    QVERIFY(edit.toEntry().isEmpty());
    QVERIFY(edit.toEntry().base.isEmpty());
    // During a save Close's copy is about to change: an edit back to it is kept.
    QVERIFY(edit.set(u"text"_s, text(u"Hi"_s), false, server));
    QVERIFY(edit.flow().apply(SaveFlow::Event::Save));
    QVERIFY(edit.set(u"text"_s, text(u"Hello"_s), true, server));
    QVERIFY(!edit.isEmpty());
    QCOMPARE(edit.change(u"text"_s)->text(), u"Hello"_s);
}

void tst_Core::clashOnlyWithSomeoneElsesChange()
{
    const QJsonObject server = closeCopy(u"Hello"_s, t(1));
    PendingEdit edit;
    edit.set(u"text"_s, text(u"Mine"_s), false, server);
    // Close's copy unchanged (same date_updated): no clash, whatever it says.
    QVERIFY(edit.clashesWith(server, server, plainSame).isEmpty());
    // Someone changed another field: no clash either.
    QJsonObject other = server;
    other.insert(u"remote_phone"_s, u"+14155550199"_s);
    other.insert(u"date_updated"_s, t(2));
    QVERIFY(edit.clashesWith(other, server, plainSame).isEmpty());
    // Someone changed the text: a clash, with Close's value.
    const QJsonObject theirs = closeCopy(u"Theirs"_s, t(2));
    QCOMPARE(edit.clashesWith(theirs, server, plainSame), (QJsonObject {{u"text"_s, u"Theirs"_s}}));
    // Changed to the rep's own value: no clash.
    QVERIFY(edit.clashesWith(closeCopy(u"Mine"_s, t(2)), server, plainSame).isEmpty());
    // Draftbox's own save whose answer was lost, then the rep typed on: no clash.
    edit.beginSave();
    edit.set(u"text"_s, text(u"Mine, more"_s), false, server);
    QVERIFY(edit.clashesWith(closeCopy(u"Mine"_s, t(3)), server, plainSame).isEmpty());
    edit.saveRefused(); // refused: nothing of it was written, so that copy is someone else's
    QVERIFY(!edit.clashesWith(closeCopy(u"Mine"_s, t(3)), server, plainSame).isEmpty());
}

void tst_Core::savedEditsGoTypedOnesStay()
{
    const QJsonObject server = closeCopy(u"Hello"_s, t(1));
    PendingEdit edit;
    edit.set(u"text"_s, text(u"First"_s), false, server);
    const PendingEdit::Changes sent = edit.beginSave();
    QCOMPARE(PendingEdit::wire(sent), (QJsonObject {{u"text"_s, u"First"_s}}));
    edit.set(u"text"_s, text(u"First and more"_s), false, server); // typed while it saves
    edit.set(u"remote_phone"_s, text(u"+14155550111"_s), false, server);
    const QJsonObject saved = closeCopy(u"First"_s, t(2));
    edit.confirm(sent, saved);
    QCOMPARE(edit.change(u"text"_s)->text(), u"First and more"_s);
    QVERIFY(edit.has(u"remote_phone"_s));
    // The newer edits are over Close's new copy: no clash with Draftbox's own save.
    QCOMPARE(edit.toEntry().base.value("date_updated"_L1).toString(), t(2));
    QCOMPARE(edit.toEntry().base.value("text"_L1).toString(), u"First"_s);
    QVERIFY(edit.clashesWith(saved, saved, plainSame).isEmpty());
    edit.confirm(edit.changes(), closeCopy(u"First and more"_s, t(3)));
    QVERIFY(edit.isEmpty());
}

void tst_Core::conflictSettledGoesOverClosesCopy()
{
    const QJsonObject server = closeCopy(u"Hello"_s, t(1));
    PendingEdit edit;
    edit.set(u"text"_s, text(u"Mine"_s), false, server);
    edit.set(u"remote_phone"_s, text(u"+14155550111"_s), false, server);
    QJsonObject theirs = closeCopy(u"Theirs"_s, t(2));
    theirs.insert(u"remote_phone"_s, u"+14155550122"_s);
    edit.setConflicts(edit.clashesWith(theirs, server, plainSame));
    QCOMPARE(edit.conflicts().size(), 2);
    edit.resolve(u"text"_s, true, CloseTime::parse(t(2))); // keep mine
    QCOMPARE(edit.conflicts().size(), 1);
    QCOMPARE(edit.toEntry().base.value("date_updated"_L1).toString(), t(1)); // not yet
    edit.resolve(u"remote_phone"_s, false, CloseTime::parse(t(2))); // take theirs
    QVERIFY(edit.conflicts().isEmpty());
    QVERIFY(!edit.has(u"remote_phone"_s));
    QCOMPARE(edit.change(u"text"_s)->text(), u"Mine"_s);
    QCOMPARE(edit.toEntry().base.value("date_updated"_L1).toString(), t(2));
    QVERIFY(edit.clashesWith(theirs, theirs, plainSame).isEmpty());
}

void tst_Core::restoredEditsCloseHoldsAreDone()
{
    EditJournal::Entry entry;
    entry.pending = {{u"text"_s, u"Saved before the crash"_s}, {u"remote_phone"_s, u"+1415555"_s}};
    entry.base = {{u"date_updated"_s, t(1)}};
    const QJsonObject server = closeCopy(u"Saved before the crash"_s, t(2));
    const PendingEdit edit = PendingEdit::restore(entry, server, plainSame, asText);
    QVERIFY(!edit.has(u"text"_s)); // Close holds it: done
    QVERIFY(edit.has(u"remote_phone"_s));
    QVERIFY(edit.isRestored());
    EditJournal::Entry intentOnly;
    intentOnly.intent = {{u"status"_s, u"outbox"_s}};
    const PendingEdit sending = PendingEdit::restore(intentOnly, server, plainSame, asText);
    QVERIFY(sending.isEmpty());
    QVERIFY(sending.isUnconfirmed());
    QVERIFY(sending.isRestored());
}

void tst_Core::editValuesReadAsTheirFieldOrNotAtAll()
{
    // A wrong-typed value never becomes an edit: it is refused where it is read.
    QVERIFY(!FieldValue::fromWire(FieldKind::Own, 5));
    QVERIFY(!FieldValue::fromWire(FieldKind::Shared, QJsonArray {u"+1415"_s}));
    QVERIFY(!FieldValue::fromWire(FieldKind::Time, true));
    QVERIFY(!FieldValue::fromWire(FieldKind::Time, u"next tuesday"_s));
    QVERIFY(!FieldValue::fromWire(FieldKind::Bool, u"yes"_s));
    QVERIFY(!FieldValue::fromWire(FieldKind::Number, u"5"_s));
    // A null clears any field.
    QVERIFY(FieldValue::fromWire(FieldKind::Time, QJsonValue::Null)->isNull());
    QCOMPARE(FieldValue::fromWire(FieldKind::Time, QJsonValue::Null)->toWire(),
             QJsonValue(QJsonValue::Null));
    // A time is kept as a time: written two ways, it is the same edit.
    const auto utc = FieldValue::fromWire(FieldKind::Time, u"2026-12-01T18:30:00Z"_s);
    const auto paris = FieldValue::fromWire(FieldKind::Time, u"2026-12-01T19:30:00+01:00"_s);
    QVERIFY(utc && paris);
    QCOMPARE(*utc, *paris);
    QCOMPARE(utc->time()->toUTC(), QDateTime(QDate(2026, 12, 1), QTime(18, 30), Qt::UTC));
    QCOMPARE(CloseTime::parse(utc->toWire().toString()), utc->time());
    QCOMPARE(FieldValue::fromWire(FieldKind::Own, u"Hi"_s)->text(), u"Hi"_s);
    QVERIFY(FieldValue::fromWire(FieldKind::Own, u"Hi"_s)
            != FieldValue::fromWire(FieldKind::Own, u"Ho"_s));
}

void tst_Core::sendIntentRoundTrips()
{
    const QDateTime asked = QDateTime::fromString(u"2026-12-02T10:15:00Z"_s, Qt::ISODate);
    const SendIntent send {SmsActivity::Status::Outbox, asked};
    const QJsonObject json = send.toJson();
    QCOMPARE(json.value("status"_L1).toString(), u"outbox"_s);
    const SendIntent back = SendIntent::fromJson(json);
    QCOMPARE(back.status, SmsActivity::Status::Outbox);
    QCOMPARE(back.askedAt, asked);
    QVERIFY(SendIntent().toJson().isEmpty());
    // What is not a send or a schedule asks nothing of Close: no re-read, no lock.
    for (const QJsonValue &status : {QJsonValue(u"draft"_s), QJsonValue(5), QJsonValue()}) {
        QVERIFY(SendIntent::fromJson({{u"status"_s, status}}).isEmpty());
    }
    QCOMPARE(SendIntent::fromJson({{u"status"_s, u"scheduled"_s}}).status,
             SmsActivity::Status::Scheduled);
}

void tst_Core::numbersAreFoundHoweverWritten_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("found");
    QTest::newRow("digits") << u"6503334444"_s << true;
    QTest::newRow("formatted") << u"(650) 333-4444"_s << true;
    QTest::newRow("international") << u"+1 650 333"_s << true;
    QTest::newRow("dots") << u"650.333"_s << true;
    QTest::newRow("trunk zero") << u"0650 333"_s << true;
    QTest::newRow("double zero") << u"00 1 650 333"_s << true;
    QTest::newRow("other number") << u"415 555"_s << false;
    QTest::newRow("words") << u"call 650"_s << false;
    QTest::newRow("too short") << u"+1"_s << false;
}

void tst_Core::numbersAreFoundHoweverWritten()
{
    QFETCH(QString, typed);
    QFETCH(bool, found);
    const QByteArray row = SearchText::digits({u"+1 650-333-4444"_s, u"+14154445555"_s});
    QCOMPARE(row, QByteArray("16503334444\n14154445555\n"));
    const QByteArray needle = SearchText::numberNeedle(typed);
    QCOMPARE(!needle.isEmpty() && row.contains(needle), found);
}

void tst_Core::textIsFoundWhateverItsCase()
{
    const QByteArray row = SearchText::fold({u"Grüße aus KÖLN"_s, u"Straße"_s});
    QVERIFY(row.contains(SearchText::needle(u"köln"_s)));
    QVERIFY(row.contains(SearchText::needle(u"GRÜSSE"_s))
            || row.contains(SearchText::needle(u"grüße"_s)));
    QVERIFY(!row.contains(SearchText::needle(u"berlin"_s)));
    QCOMPARE(row.capacity(), row.size()); // kept per row: no slack
}

QTEST_GUILESS_MAIN(tst_Core)
#include "tst_core.moc"
