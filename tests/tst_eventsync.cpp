// EventSync against the sandbox's event log over loopback: each kind of event reaches the list
// and the cache (created, updated, deleted, sent, a failed send), live without F5; an edit the rep
// has pending on a changed row becomes a conflict; a send is followed through the log, never by
// re-reading the SMS; a start on the cache with nothing changed asks Close almost nothing; and a
// stale sync point or a refused cursor falls back to listing again.
#include "activitycache.h"
#include "closecall.h"
#include "editjournal.h"
#include "errorlog.h"
#include "errorlogmodel.h"
#include "eventsync.h"
#include "hostileserver.h"
#include "readmarks.h"
#include "sandboxfixture.h"
#include "smssync.h"
#include "smstablemodel.h"
#include "userfolders.h"
#include "whatsapptablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString sms = u"sms"_s;

//! A list, its cache, its read marks and the event log's follower, as DraftboxApp wires them.
struct Live
{
    Live(CloseClient *client, const QString &folder)
        : cache(folder + u"/cache.sqlite"_s)
        , marks(folder + u"/read.json"_s)
        , model(client)
        , whatsapp(client)
        , events(client)
    {
        cache.open();
        model.sync()->setCache(&cache);
        model.sync()->setReadMarks(&marks);
        whatsapp.sync()->setCache(&cache);
        events.follow(model.sync());
        events.follow(whatsapp.sync());
        events.setInterval(1000);
    }
    //! Loads every SMS (from the cache or Close) and starts following the log.
    bool start()
    {
        model.reload();
        whatsapp.sync()->reloadFromCache();
        events.start();
        const bool listed = QTest::qWaitFor(
            [this] {
                if (!model.isLoading() && !model.sync()->isListed() && model.canFetchMore({}))
                    model.fetchMore({});
                return model.sync()->isListed();
            },
            10000);
        // The round the listing's end asks for.
        return listed && QTest::qWaitFor([this] { return events.lastChecked().isValid(); }, 5000);
    }
    int rowOf(const QString &id) const { return model.sync()->rowOf(id); }
    QString text(const QString &id) const
    {
        const int row = rowOf(id);
        return row < 0 ? u"(none)"_s : model.sync()->text(row, u"text"_s);
    }
    QString cached(const QString &id) const
    {
        for (const QJsonObject &copy : cache.latest(sms, 100000)) {
            if (copy.value("id"_L1).toString() == id)
                return copy.value("text"_L1).toString();
        }
        return u"(none)"_s;
    }
    int draftRow() const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.status(row) == "draft"_L1 && !model.isDirty(row)
                && model.sync()->text(row, u"remote_country_iso"_s) == "US"_L1)
                return row;
        }
        return -1;
    }

    ActivityCache cache;
    ReadMarks marks;
    SmsTableModel model;
    WhatsAppTableModel whatsapp;
    EventSync events;
};

} // namespace

class tst_EventSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void aReplyAppearsWithoutF5();
    void anEditInCloseAppears();
    void aPendingEditOnAChangedRowIsAConflict();
    void aDeleteInCloseRemovesTheRow();
    void aDeleteOverUnsavedEditsTellsThem();
    void aSendIsFollowedThroughTheLog();
    void aFailedSendIsTold();
    void f5AsksTheLogNotTheList();
    void aStartOnTheCacheWithNothingChangedAsksAlmostNothing();
    void aStartOnTheCacheWithNoNetworkSaysSo();
    void aStaleSyncPointListsAgain();
    void aRefusedCursorListsAgain();

private:
    //! Every operation the client asked for since the last call, by name.
    QStringList asked() { return std::exchange(m_asked, {}); }

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<Live> m_live;
    QStringList m_asked;
};

void tst_EventSync::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_eventsync"_s));
}

void tst_EventSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_sandbox = std::make_unique<SandboxFixture>(60);
    QVERIFY(m_sandbox->ok());
    connect(m_sandbox->client.get(), &CloseClient::callFinished, this,
            [this](CloseCall *call, const ApiResult &) {
                m_asked << call->operation() + u" "_s + call->path();
            });
    m_live = std::make_unique<Live>(m_sandbox->client.get(), m_dir->path());
    QVERIFY(m_live->cache.isOpen());
    QVERIFY(m_live->start());
}

void tst_EventSync::cleanup()
{
    m_live.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void tst_EventSync::aReplyAppearsWithoutF5()
{
    QSignalSpy arrived(m_live->model.sync(), &ActivitySync::arrived);
    const HttpResult posted = m_sandbox->http->post(u"activity/sms/"_s,
                                                    {{"status"_L1, "inbox"_L1},
                                                     {"text"_L1, "Yes, Thursday works"_L1},
                                                     {"remote_phone"_L1, "+16505550123"_L1},
                                                     {"local_phone"_L1, "+14154445555"_L1}});
    QCOMPARE(posted.status, 200);
    const QString id = posted.json.value("id"_L1).toString();
    // Within the poll interval (1 s here) and a second.
    QTRY_VERIFY_WITH_TIMEOUT(m_live->rowOf(id) >= 0, 3000);
    QCOMPARE(m_live->text(id), u"Yes, Thursday works"_s);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(arrived.at(0).at(0).toStringList(), QStringList {id});
    QVERIFY(m_live->model.sync()->isUnread(m_live->rowOf(id)));
    QCOMPARE(m_live->cached(id), u"Yes, Thursday works"_s);
    // The next rounds bring it again in their overlap, but it arrived once.
    QTest::qWait(2500);
    QCOMPARE(arrived.count(), 1);
    QCOMPARE(m_live->model.rowCount(), 61);
}

void tst_EventSync::anEditInCloseAppears()
{
    const int row = m_live->draftRow();
    QVERIFY(row >= 0);
    const QString id = m_live->model.idAt(row);
    QCOMPARE(
        m_sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{"text"_L1, "Edited in Close"_L1}})
            .status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(m_live->text(id), u"Edited in Close"_s, 3000);
    QCOMPARE(m_live->cached(id), u"Edited in Close"_s);
    QVERIFY(!m_live->model.isDirty(m_live->rowOf(id)));
}

void tst_EventSync::aPendingEditOnAChangedRowIsAConflict()
{
    const int row = m_live->draftRow();
    QVERIFY(row >= 0);
    const QString id = m_live->model.idAt(row);
    QSignalSpy conflicts(m_live->model.sync(), &ActivitySync::conflictFound);
    QVERIFY(m_live->model.sync()->setField(row, u"text"_s, u"What I am typing"_s));
    QCOMPARE(m_sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{"text"_L1, "Theirs"_L1}}).status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(conflicts.count(), 1, 3000);
    const int at = m_live->rowOf(id);
    QCOMPARE(m_live->model.sync()->text(at, u"text"_s), u"What I am typing"_s); // still mine
    QCOMPARE(m_live->model.sync()->theirs(at, u"text"_s).toString(), u"Theirs"_s);
    QCOMPARE(m_live->model.sync()->conflictFields(at), QStringList {u"text"_s});
}

void tst_EventSync::aDeleteInCloseRemovesTheRow()
{
    const int row = m_live->draftRow();
    QVERIFY(row >= 0);
    const QString id = m_live->model.idAt(row);
    QSignalSpy deleted(m_live->model.sync(), &ActivitySync::deleted);
    QCOMPARE(m_sandbox->http->del(u"activity/sms/%1/"_s.arg(id)).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(m_live->rowOf(id) < 0, 3000);
    QCOMPARE(deleted.count(), 1);
    QCOMPARE(m_live->cached(id), u"(none)"_s);
    QCOMPARE(m_live->model.rowCount(), 59);
}

void tst_EventSync::aDeleteOverUnsavedEditsTellsThem()
{
    const int row = m_live->draftRow();
    QVERIFY(row >= 0);
    const QString id = m_live->model.idAt(row);
    const QString journalPath = m_dir->filePath(u"journal.json"_s);
    {
        EditJournal journal(journalPath);
        QVERIFY(journal.load().isEmpty());
        m_live->model.sync()->setJournal(&journal);
        QSignalSpy told(m_live->model.sync(), &ActivitySync::deletedWithEdits);
        QVERIFY(m_live->model.sync()->setField(row, u"text"_s, u"Words I must not lose"_s));
        QCOMPARE(m_sandbox->http->del(u"activity/sms/%1/"_s.arg(id)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(told.count(), 1, 3000);
        QCOMPARE(told.at(0).at(0).toString(), id);
        QVERIFY(told.at(0).at(1).toString().contains(u"Words I must not lose"_s));
        QVERIFY(m_live->rowOf(id) < 0);
        // The words stay in the journal: quitting now does not lose them.
        QVERIFY(journal.entries(u"sms"_s).contains(id));
        m_live->model.sync()->setJournal(nullptr);
        QVERIFY(journal.flush());
    }
    // Each later start tells them again, from the journal, until the rep copies them.
    for (const bool copy : {false, true}) {
        EditJournal journal(journalPath);
        QVERIFY(journal.load().isEmpty());
        SmsTableModel again(m_sandbox->client.get());
        again.sync()->setLooksUpNames(false);
        ErrorLog log;
        ErrorLogModel problems(&log);
        problems.watchActivities(&again);
        again.sync()->setJournal(&journal);
        again.reload();
        QVERIFY(QTest::qWaitFor(
            [&] {
                if (!again.isLoading() && again.canFetchMore({}))
                    again.fetchMore({});
                return log.count() == 1;
            },
            10000));
        QCOMPARE(log.entry(0).activityId, id);
        QCOMPARE(log.entry(0).operation, u"Restore edits"_s);
        // Named by its words, not its id: nothing else names it now.
        QVERIFY2(log.activityText(log.entry(0)).contains(u"Words I must not lose"_s),
                 qPrintable(log.activityText(log.entry(0))));
        QVERIFY(log.copyText(0).contains(u"Words I must not lose"_s));
        QVERIFY(journal.entries(u"sms"_s).contains(id));
        if (copy) {
            // Copied (as the panel's Copy does): the rep has them, the journal lets them go.
            log.copied({0});
            QVERIFY(!journal.entries(u"sms"_s).contains(id));
            QVERIFY(log.entry(0).resolvedAt.isValid());
        }
        again.sync()->setJournal(nullptr);
        QVERIFY(journal.flush());
    }
}

void tst_EventSync::aSendIsFollowedThroughTheLog()
{
    const int row = m_live->draftRow();
    QVERIFY(row >= 0);
    const QString id = m_live->model.idAt(row);
    asked();
    m_live->model.sms()->send(row);
    QTRY_COMPARE_WITH_TIMEOUT(m_live->model.status(m_live->rowOf(id)), u"sent"_s, 10000);
    QCOMPARE(m_sandbox->sends(id), 1);
    QCOMPARE(m_live->cached(id), m_sandbox->sms(id).value("text"_L1).toString());
    // Its copy came from the event log: no re-read of the SMS while it was in the outbox.
    const QStringList calls = asked();
    QVERIFY2(!calls.contains(u"Load SMS activity/sms/%1/"_s.arg(id)),
             qPrintable(calls.join(u"\n"_s)));
    QVERIFY(calls.contains(u"Check Close for changes event/"_s));
}

void tst_EventSync::aFailedSendIsTold()
{
    const int row = m_live->draftRow();
    QVERIFY(row >= 0);
    const QString id = m_live->model.idAt(row);
    QSignalSpy failed(m_live->model.sms(), &SmsSync::deliveryFailed);
    // Sent from Close's web app from a number that cannot send SMS: Close fails it.
    QCOMPARE(
        m_sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{"local_phone"_L1, "+15005550006"_L1}})
            .status,
        200);
    QCOMPARE(
        m_sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{"status"_L1, "outbox"_L1}}).status,
        200);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QCOMPARE(failed.at(0).at(0).toString(), id);
    QVERIFY2(failed.at(0).at(1).toString().contains(u"+15005550006"_s),
             qPrintable(failed.at(0).at(1).toString()));
    QCOMPARE(m_live->model.status(m_live->rowOf(id)), u"error"_s);
}

void tst_EventSync::f5AsksTheLogNotTheList()
{
    m_live->events.setInterval(60000);
    QTRY_VERIFY(!m_live->events.isSyncing());
    asked();
    const HttpResult posted = m_sandbox->http->post(u"activity/sms/"_s,
                                                    {{"status"_L1, "inbox"_L1},
                                                     {"text"_L1, "Call me"_L1},
                                                     {"remote_phone"_L1, "+16505550124"_L1},
                                                     {"local_phone"_L1, "+14154445555"_L1}});
    QCOMPARE(posted.status, 200);
    m_live->model.refresh(); // F5
    QTRY_VERIFY(m_live->rowOf(posted.json.value("id"_L1).toString()) >= 0);
    const QStringList calls = asked();
    QVERIFY2(!calls.contains(u"Load SMS activity/sms/"_s), qPrintable(calls.join(u"\n"_s)));
    QVERIFY(calls.contains(u"Check Close for changes event/"_s));
}

void tst_EventSync::aStartOnTheCacheWithNothingChangedAsksAlmostNothing()
{
    // Draftbox quits once it has the names of the people on the SMS.
    QTRY_VERIFY_WITH_TIMEOUT(!m_live->model.sync()->isLookingUpNames(), 10000);
    m_live.reset();
    asked();
    m_live = std::make_unique<Live>(m_sandbox->client.get(), m_dir->path());
    QVERIFY(m_live->start());
    QCOMPARE(m_live->model.rowCount(), 60);
    QTest::qWait(200);
    const QStringList calls = asked();
    // The event log once: the SMS and the names of the people on them come from the cache.
    QVERIFY2(calls.size() <= 3, qPrintable(calls.join(u"\n"_s)));
    QCOMPARE(calls.count(u"Check Close for changes event/"_s), 1);
    QVERIFY(!calls.contains(u"Load SMS activity/sms/"_s));
    // Their names are back without asking.
    const int row = 0;
    const QString contact = m_live->model.sync()->text(row, u"contact_id"_s);
    QVERIFY(contact.isEmpty() || m_live->model.sync()->people()->knows(contact));
}

void tst_EventSync::aStartOnTheCacheWithNoNetworkSaysSo()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_live->model.sync()->isLookingUpNames(), 10000);
    m_live.reset();
    m_sandbox->server.reset(); // Close cannot be reached
    m_live = std::make_unique<Live>(m_sandbox->client.get(), m_dir->path());
    QSignalSpy failed(&m_live->events, &EventSync::failed);
    m_live->model.reload();
    m_live->events.start();
    QTRY_VERIFY(m_live->model.sync()->isListed());
    QCOMPARE(m_live->model.rowCount(), 60);
    // Not "checking" for ever: it says Close was not reached, and as of when the list is.
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 10000);
    const QString said = m_live->events.freshness();
    QVERIFY2(said.startsWith(u"Close not reached: messages as of "_s), qPrintable(said));
}

void tst_EventSync::aStaleSyncPointListsAgain()
{
    m_live.reset();
    {
        ActivityCache cache(m_dir->filePath(u"cache.sqlite"_s));
        QVERIFY(cache.open());
        // Longer ago than Close's log keeps: what changed since cannot all be told.
        cache.setComplete(sms, QDateTime::currentDateTimeUtc().addDays(-31));
    }
    asked();
    m_live = std::make_unique<Live>(m_sandbox->client.get(), m_dir->path());
    QVERIFY(m_live->start());
    QVERIFY(asked().contains(u"Load SMS activity/sms/"_s));
    QCOMPARE(m_live->model.rowCount(), 60);
    QVERIFY(m_live->cache.syncPoint(sms).syncedTo > QDateTime::currentDateTimeUtc().addSecs(-60));
}

void tst_EventSync::aRefusedCursorListsAgain()
{
    cleanup();
    int listed = 0;
    HostileServer close([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (request.path.endsWith(u"/activity/sms/"_s)) {
            ++listed;
            return {200, HostileServer::page({HostileServer::sms(u"acti_1"_s, u"Hello"_s)}, false)};
        }
        if (request.path.endsWith(u"/event/"_s)) {
            if (request.query.hasQueryItem(u"_cursor"_s))
                return {400, R"({"errors":["Not a valid cursor."],"field-errors":{}})"};
            const QJsonObject event {
                {u"id"_s, u"ev_1"_s},
                {u"action"_s, u"updated"_s},
                {u"object_type"_s, u"activity.sms"_s},
                {u"object_id"_s, u"acti_1"_s},
                {u"date_updated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                {u"data"_s, HostileServer::sms(u"acti_1"_s, u"Hello again"_s)}};
            return {200,
                    QJsonDocument(QJsonObject {{u"data"_s, QJsonArray {event}},
                                               {u"cursor_next"_s, u"older"_s},
                                               {u"cursor_previous"_s, QJsonValue()}})
                        .toJson()};
        }
        return {200, HostileServer::page({}, false)};
    });
    QVERIFY(close.ok());
    CloseClient client;
    QVERIFY(client.setBaseUrl(close.baseUrl()).isEmpty());
    client.setApiKey(u"api_test"_s);
    m_dir = std::make_unique<QTemporaryDir>();
    Live live(&client, m_dir->path());
    live.model.sync()->setLooksUpNames(false);
    QSignalSpy fellBack(&live.events, &EventSync::fellBack);
    // On loopback the whole fall-back can happen between two looks, so what had been listed
    // is noted when it falls back.
    int listedWhenFellBack = -1;
    connect(&live.events, &EventSync::fellBack, this, [&] { listedWhenFellBack = listed; });
    live.model.reload();
    live.events.start();
    QTRY_VERIFY(live.model.sync()->isListed());
    // The log's first page said there was more; the cursor to it was refused: list again.
    QTRY_COMPARE_WITH_TIMEOUT(fellBack.count(), 1, 3000);
    QCOMPARE(listedWhenFellBack, 1);
    QTRY_COMPARE(listed, 2);
    // Refused again: told as a failure, not listed again and again.
    QSignalSpy failed(&live.events, &EventSync::failed);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 1, 5000);
    QTest::qWait(1500);
    QCOMPARE(fellBack.count(), 1);
    QCOMPARE(listed, 2);
}

QTEST_MAIN(tst_EventSync)
#include "tst_eventsync.moc"
