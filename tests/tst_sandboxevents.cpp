// The sandbox's event log over real HTTP on loopback: an event for every change of an SMS or a
// WhatsApp message, whoever made it; Close's filters and their allowed combinations; cursors;
// retention; persistence. Also the lists' maximum _skip and their date_created windows.
#include "eventlog.h"
#include "eventquery.h"
#include "sandboxconfig.h"
#include "sandboxserver.h"
#include "testhttp.h"
#include "timestamps.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_SandboxEvents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void smsCreateUpdateDelete();
    void whatsappCreateUpdateDelete();
    void dispatcherSends();
    void dispatcherFailsAScheduledSms();
    void oneEventById();
    void sameAuthAndRateLimitAsTheRest();
    void combinations_data();
    void combinations();
    void pagingParameters_data();
    void pagingParameters();
    void cursorPagesThroughEveryEventOnce();
    void cursorRefusesOtherFilters();
    void cursorPreviousGoesBack();
    void dateUpdatedBounds();
    void retentionIsThirtyDays();
    void capacityDropsTheOldest();
    void eventsSurviveARestart();
    void manyEventsStayFast();

    void maxSkip_data();
    void maxSkip();
    void maxSkipOnTheCommandLine();
    void smsListWindowsOnDateCreated();

private:
    void startServer(const SandboxConfig &config);
    QJsonObject newDraft(const QString &text = u"Draft from a test"_s);
    //! Every event the filters give, walking cursor_next to the end.
    QJsonArray allEvents(const QString &filters, int *pages = nullptr);
    QJsonArray eventsOf(const QString &objectId);
    static QString encoded(const QString &text)
    {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestHttp> m_http;
    QString m_meId;
    QJsonObject m_contact;
};

void tst_SandboxEvents::init()
{
    SandboxConfig config;
    config.seedCount = 0;
    config.rateLimit = 0;
    startServer(config);
}

void tst_SandboxEvents::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void tst_SandboxEvents::startServer(const SandboxConfig &config)
{
    m_http.reset();
    m_server.reset();
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_server->baseUrl());
    m_meId = m_http->get(u"me/"_s).json.value("id"_L1).toString();
    QVERIFY(m_meId.startsWith("user_"_L1));
    for (const QJsonValue &v : m_http->get(u"contact/"_s).data()) {
        if (v.toObject().value("lead_id"_L1).isString()) {
            m_contact = v.toObject();
            break;
        }
    }
    QVERIFY(!m_contact.isEmpty());
}

QJsonObject tst_SandboxEvents::newDraft(const QString &text)
{
    const HttpResult r = m_http->post(u"activity/sms/"_s,
                                      {{u"status"_s, u"draft"_s},
                                       {u"text"_s, text},
                                       {u"local_phone"_s, u"+14154445555"_s},
                                       {u"remote_phone"_s, u"+18183334444"_s},
                                       {u"lead_id"_s, m_contact.value("lead_id"_L1)},
                                       {u"contact_id"_s, m_contact.value("id"_L1)}});
    return r.status == 200 ? r.json : QJsonObject();
}

QJsonArray tst_SandboxEvents::allEvents(const QString &filters, int *pages)
{
    QJsonArray all;
    QString cursor;
    int count = 0;
    do {
        const HttpResult r = m_http->get(u"event/"_s, filters + u"&_cursor="_s + cursor);
        if (r.status != 200) {
            qWarning("GET /event/?%s answered %d: %s", qPrintable(filters), r.status,
                     r.body.constData());
            return {};
        }
        for (const QJsonValue &v : r.data())
            all.append(v);
        cursor = r.json.value("cursor_next"_L1).toString();
        ++count;
    } while (!cursor.isEmpty() && count < 1000);
    if (pages)
        *pages = count;
    return all;
}

QJsonArray tst_SandboxEvents::eventsOf(const QString &objectId)
{
    return allEvents(u"object_type=activity.sms&object_id="_s + objectId);
}

void tst_SandboxEvents::smsCreateUpdateDelete()
{
    const QJsonObject created = newDraft(u"First words"_s);
    const QString id = created.value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    const QString path = u"activity/sms/%1/"_s.arg(id);
    const HttpResult updated = m_http->put(path, {{u"text"_s, u"Second words"_s}});
    QCOMPARE(updated.status, 200);
    const QJsonObject last = m_http->get(path).json;
    QCOMPARE(m_http->del(path).status, 200);

    const QJsonArray events = eventsOf(id);
    QCOMPARE(events.size(), 3);
    const QJsonObject deleted = events.at(0).toObject();
    const QJsonObject update = events.at(1).toObject();
    const QJsonObject create = events.at(2).toObject();

    static const QRegularExpression eventId(u"^ev_[0-9A-Za-z]{22}$"_s);
    static const QRegularExpression requestId(u"^req_[0-9A-Za-z]{22}$"_s);
    static const QRegularExpression naiveDate(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}000$"_s);
    const QString orgId = created.value("organization_id"_L1).toString();
    QStringList requestIds;
    for (const QJsonObject &e : {create, update, deleted}) {
        QVERIFY2(eventId.match(e.value("id"_L1).toString()).hasMatch(),
                 qPrintable(e.value("id"_L1).toString()));
        QVERIFY2(requestId.match(e.value("request_id"_L1).toString()).hasMatch(),
                 qPrintable(e.value("request_id"_L1).toString()));
        requestIds << e.value("request_id"_L1).toString();
        QVERIFY2(naiveDate.match(e.value("date_created"_L1).toString()).hasMatch(),
                 qPrintable(e.value("date_created"_L1).toString()));
        QCOMPARE(e.value("date_updated"_L1), e.value("date_created"_L1));
        QCOMPARE(e.value("object_type"_L1).toString(), u"activity.sms"_s);
        QCOMPARE(e.value("object_id"_L1).toString(), id);
        QCOMPARE(e.value("lead_id"_L1), m_contact.value("lead_id"_L1));
        QCOMPARE(e.value("user_id"_L1).toString(), m_meId);
        QCOMPARE(e.value("organization_id"_L1).toString(), orgId);
    }
    QCOMPARE(QSet<QString>(requestIds.cbegin(), requestIds.cend()).size(), 3);

    QCOMPARE(create.value("action"_L1).toString(), u"created"_s);
    QCOMPARE(create.value("changed_fields"_L1).toArray(), QJsonArray());
    QCOMPARE(create.value("data"_L1).toObject(), created);
    QCOMPARE(create.value("previous_data"_L1).toObject(), QJsonObject());
    QCOMPARE(create.value("meta"_L1).toObject(),
             (QJsonObject {{u"request_method"_s, u"POST"_s},
                           {u"request_path"_s, u"/api/v1/activity/sms/"_s}}));

    QCOMPARE(update.value("action"_L1).toString(), u"updated"_s);
    const QJsonArray changed = update.value("changed_fields"_L1).toArray();
    QVERIFY2(changed.contains(u"text"_s) && changed.contains(u"date_updated"_s),
             QJsonDocument(changed).toJson().constData());
    QVERIFY(!changed.contains(u"status"_s));
    QCOMPARE(update.value("data"_L1).toObject(), updated.json);
    const QJsonObject previous = update.value("previous_data"_L1).toObject();
    QCOMPARE(previous.value("text"_L1).toString(), u"First words"_s);
    QCOMPARE(previous.value("date_updated"_L1), created.value("date_updated"_L1));
    QCOMPARE(previous.keys().size(), changed.size());
    QCOMPARE(update.value("meta"_L1).toObject().value("request_method"_L1).toString(), u"PUT"_s);
    QCOMPARE(update.value("meta"_L1).toObject().value("request_path"_L1).toString(),
             u"/api/v1/"_s + path);

    QCOMPARE(deleted.value("action"_L1).toString(), u"deleted"_s);
    QVERIFY(deleted.value("data"_L1).isNull());
    QCOMPARE(deleted.value("previous_data"_L1).toObject(), last);
    QCOMPARE(deleted.value("meta"_L1).toObject().value("request_method"_L1).toString(),
             u"DELETE"_s);

    // A request's events are found by its id.
    const HttpResult byRequest
        = m_http->get(u"event/"_s, u"request_id="_s + update.value("request_id"_L1).toString());
    QCOMPARE(byRequest.status, 200);
    QCOMPARE(byRequest.data().size(), 1);
    QCOMPARE(byRequest.data().first().toObject(), update);

    // A refused change is no change.
    const QString other = newDraft().value("id"_L1).toString();
    QCOMPARE(m_http->put(u"activity/sms/%1/"_s.arg(other), {{u"status"_s, u"sent"_s}}).status, 400);
    QCOMPARE(eventsOf(other).size(), 1);
}

void tst_SandboxEvents::whatsappCreateUpdateDelete()
{
    const HttpResult created
        = m_http->post(u"activity/whatsapp_message/"_s,
                       {{u"activity_at"_s, u"2026-11-20T10:00:00+00:00"_s},
                        {u"contact_id"_s, m_contact.value("id"_L1)},
                        {u"lead_id"_s, m_contact.value("lead_id"_L1)},
                        {u"direction"_s, u"outgoing"_s},
                        {u"external_whatsapp_message_id"_s, u"wamid.events-1"_s},
                        {u"local_phone"_s, u"+16503334444"_s},
                        {u"remote_phone"_s, u"+18183004000"_s},
                        {u"message_markdown"_s, u"Hello *there*"_s}});
    QCOMPARE(created.status, 200);
    const QString id = created.json.value("id"_L1).toString();
    const QString path = u"activity/whatsapp_message/%1/"_s.arg(id);
    const HttpResult updated = m_http->put(path, {{u"message_markdown"_s, u"Hello _again_"_s}});
    QCOMPARE(updated.status, 200);
    QCOMPARE(m_http->del(path).status, 200);

    const QJsonArray events = allEvents(u"object_type=activity.whatsapp_message&object_id="_s + id);
    QCOMPARE(events.size(), 3);
    QStringList actions;
    for (const QJsonValue &v : events)
        actions << v.toObject().value("action"_L1).toString();
    QCOMPARE(actions, (QStringList {u"deleted"_s, u"updated"_s, u"created"_s}));
    QCOMPARE(events.at(2).toObject().value("data"_L1).toObject(), created.json);
    const QJsonObject update = events.at(1).toObject();
    QCOMPARE(update.value("data"_L1).toObject(), updated.json);
    const QJsonArray changed = update.value("changed_fields"_L1).toArray();
    for (const auto &field : {u"message_markdown"_s, u"message_html"_s, u"text"_s})
        QVERIFY2(changed.contains(field), qPrintable(field));
    QCOMPARE(update.value("previous_data"_L1).toObject().value("message_markdown"_L1).toString(),
             u"Hello *there*"_s);
    QCOMPARE(events.at(0).toObject().value("previous_data"_L1).toObject(), updated.json);
    // SMS filters do not see WhatsApp messages.
    QCOMPARE(eventsOf(id).size(), 0);
}

void tst_SandboxEvents::dispatcherSends()
{
    const QString id = newDraft().value("id"_L1).toString();
    const QString path = u"activity/sms/%1/"_s.arg(id);
    QSignalSpy dispatched(&m_server->api(), &SandboxApi::smsDispatched);
    const HttpResult outbox = m_http->put(path, {{u"status"_s, u"outbox"_s}});
    QCOMPARE(outbox.status, 200);
    // The outbox sends at once: maybe while the answer to the PUT was still on its way.
    QTRY_COMPARE_WITH_TIMEOUT(dispatched.size(), 1, 5000);
    const QJsonObject sent = m_http->get(path).json;
    QCOMPARE(sent.value("status"_L1).toString(), u"sent"_s);

    const QJsonArray events = eventsOf(id);
    QCOMPARE(events.size(), 3);
    const QJsonObject e = events.at(0).toObject();
    QCOMPARE(e.value("action"_L1).toString(), u"sent"_s);
    QCOMPARE(e.value("data"_L1).toObject(), sent);
    QVERIFY(e.value("changed_fields"_L1).toArray().contains(u"status"_s));
    QVERIFY(e.value("changed_fields"_L1).toArray().contains(u"date_sent"_s));
    QCOMPARE(e.value("previous_data"_L1).toObject().value("status"_L1).toString(), u"outbox"_s);
    QVERIFY(e.value("previous_data"_L1).toObject().value("date_sent"_L1).isNull());
    // Nobody's request: the sandbox sent it.
    QVERIFY(e.value("user_id"_L1).isNull());
    QVERIFY(e.value("request_id"_L1).isNull());
    QCOMPARE(e.value("meta"_L1).toObject(), QJsonObject());
    QCOMPARE(events.at(1).toObject().value("data"_L1).toObject(), outbox.json);

    const HttpResult byAction = m_http->get(u"event/"_s, u"object_id=%1&action=sent"_s.arg(id));
    QCOMPARE(byAction.status, 200);
    QCOMPARE(byAction.data().size(), 1);
}

void tst_SandboxEvents::dispatcherFailsAScheduledSms()
{
    const HttpResult created = m_http->post(u"activity/sms/"_s,
                                            {{u"status"_s, u"draft"_s},
                                             {u"text"_s, u"Hello"_s},
                                             {u"local_phone"_s, u"+14154445555"_s},
                                             {u"remote_phone"_s, u"+15550000000"_s}});
    QCOMPARE(created.status, 200);
    const QString id = created.json.value("id"_L1).toString();
    const QString path = u"activity/sms/%1/"_s.arg(id);
    QSignalSpy dispatched(&m_server->api(), &SandboxApi::smsDispatched);
    const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(800);
    QCOMPARE(m_http
                 ->put(path,
                       {{u"status"_s, u"scheduled"_s},
                        {u"date_scheduled"_s, when.toString(Qt::ISODateWithMs)}})
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(dispatched.size(), 1, 5000);
    const QJsonObject failed = m_http->get(path).json;
    QCOMPARE(failed.value("status"_L1).toString(), u"error"_s);

    const QJsonArray events = eventsOf(id);
    QStringList actions;
    for (const QJsonValue &v : events)
        actions << v.toObject().value("action"_L1).toString();
    QCOMPARE(actions, (QStringList {u"updated"_s, u"updated"_s, u"updated"_s, u"created"_s}));

    const QJsonObject error = events.at(0).toObject();
    QCOMPARE(error.value("data"_L1).toObject(), failed);
    QCOMPARE(error.value("changed_fields"_L1).toArray(),
             (QJsonArray {u"error_message"_s, u"status"_s}));
    QCOMPARE(error.value("previous_data"_L1).toObject(),
             (QJsonObject {{u"error_message"_s, QJsonValue::Null}, {u"status"_s, u"outbox"_s}}));
    QVERIFY(error.value("user_id"_L1).isNull());

    // When due, the scheduled SMS went to the outbox first.
    const QJsonObject due = events.at(1).toObject();
    QVERIFY(due.value("changed_fields"_L1).toArray().contains(u"status"_s));
    QCOMPARE(due.value("previous_data"_L1).toObject().value("status"_L1).toString(),
             u"scheduled"_s);
    QCOMPARE(due.value("data"_L1).toObject().value("status"_L1).toString(), u"outbox"_s);
    QVERIFY(due.value("request_id"_L1).isNull());
    QCOMPARE(events.at(2).toObject().value("data"_L1).toObject().value("status"_L1).toString(),
             u"scheduled"_s);
}

void tst_SandboxEvents::oneEventById()
{
    const QString id = newDraft().value("id"_L1).toString();
    const QJsonObject listed = eventsOf(id).first().toObject();
    const HttpResult one = m_http->get(u"event/%1/"_s.arg(listed.value("id"_L1).toString()));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json, listed);

    const HttpResult missing = m_http->get(u"event/ev_0000000000000000000000/"_s);
    QCOMPARE(missing.status, 404);
    QVERIFY(missing.json.value("error"_L1).toString().contains("not found"_L1));
    QCOMPARE(m_http->post(u"event/"_s, {}).status, 405);
    QCOMPARE(m_http->get(u"event/a/b/"_s).status, 404);
}

void tst_SandboxEvents::sameAuthAndRateLimitAsTheRest()
{
    TestHttp stranger(m_server->baseUrl(), TestHttp::basic(u"not-the-key"_s));
    QCOMPARE(stranger.get(u"event/"_s).status, 401);
    QCOMPARE(stranger.get(u"event/ev_0000000000000000000000/"_s).status, 401);

    SandboxConfig config;
    config.seedCount = 0;
    config.rateLimit = 2;
    startServer(config);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        const HttpResult r = m_http->get(u"event/"_s);
        statuses << r.status;
        QVERIFY(!r.header("RateLimit").isEmpty());
    }
    QVERIFY2(statuses.contains(429), qPrintable(QString::number(statuses.constLast())));
}

void tst_SandboxEvents::combinations_data()
{
    QTest::addColumn<QString>("filters");
    QTest::addColumn<int>("status");

    const QString t = u"object_type=activity.sms"_s;
    const QString o = u"object_id=acti_x"_s;
    const QString a = u"action=created"_s;
    const QString l = u"lead_id=lead_x"_s;
    const QString u = u"user_id=user_x"_s;
    const QString r = u"request_id=req_x"_s;
    const QString d = u"date_updated__gte=2026-01-01"_s;
    QTest::newRow("none: the whole log") << QString() << 200;
    QTest::newRow("date_updated alone") << d << 200;
    QTest::newRow("object_type+object_id") << t + u"&"_s + o << 200;
    QTest::newRow("object_type+action") << t + u"&"_s + a << 200;
    QTest::newRow("object_id+action") << o + u"&"_s + a << 200;
    QTest::newRow("lead_id+object_type") << l + u"&"_s + t << 200;
    QTest::newRow("lead_id+object_type+action") << l + u"&"_s + t + u"&"_s + a << 200;
    QTest::newRow("lead_id+user_id+object_type") << l + u"&"_s + u + u"&"_s + t << 200;
    QTest::newRow("lead_id+user_id+object_type+action")
        << l + u"&"_s + u + u"&"_s + t + u"&"_s + a << 200;
    QTest::newRow("lead_id+user_id") << l + u"&"_s + u << 200;
    QTest::newRow("user_id+object_id") << u + u"&"_s + o << 200;
    QTest::newRow("user_id+object_id+action") << u + u"&"_s + o + u"&"_s + a << 200;
    QTest::newRow("user_id+object_type") << u + u"&"_s + t << 200;
    QTest::newRow("user_id+object_type+action") << u + u"&"_s + t + u"&"_s + a << 200;
    QTest::newRow("lead_id") << l << 200;
    QTest::newRow("user_id") << u << 200;
    QTest::newRow("request_id") << r << 200;
    QTest::newRow("request_id+date_updated") << r + u"&"_s + d << 200;
    QTest::newRow("lead_id+object_type+date_updated range")
        << l + u"&"_s + t + u"&"_s + d + u"&date_updated__lt=2030-01-01"_s << 200;

    QTest::newRow("object_type alone") << t << 400;
    QTest::newRow("object_id alone") << o << 400;
    QTest::newRow("action alone") << a << 400;
    QTest::newRow("action+date_updated") << a + u"&"_s + d << 400;
    QTest::newRow("lead_id+action") << l + u"&"_s + a << 400;
    QTest::newRow("request_id+object_type") << r + u"&"_s + t << 400;
    QTest::newRow("request_id+user_id") << r + u"&"_s + u << 400;
    QTest::newRow("object_type+object_id+action") << t + u"&"_s + o + u"&"_s + a << 400;
}

void tst_SandboxEvents::combinations()
{
    QFETCH(QString, filters);
    QFETCH(int, status);
    const HttpResult r = m_http->get(u"event/"_s, filters);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QVERIFY(r.json.value("data"_L1).isArray());
        QVERIFY(r.json.contains("cursor_next"_L1) && r.json.contains("cursor_previous"_L1));
        QVERIFY(!r.json.contains("has_more"_L1));
        return;
    }
    const QString message = r.json.value("errors"_L1).toArray().first().toString();
    QVERIFY2(message.contains("is not supported"_L1), qPrintable(message));
    QVERIFY(r.json.value("field-errors"_L1).isObject());
    // It names what was asked for.
    for (const QString &pair : filters.split(u'&')) {
        const QString name = pair.section(u'=', 0, 0);
        if (!name.startsWith("date_updated"_L1))
            QVERIFY2(message.startsWith(u"Filtering events by "_s)
                         && message.section(u" is not"_s, 0, 0).contains(name),
                     qPrintable(message));
    }
}

void tst_SandboxEvents::pagingParameters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    QTest::newRow("limit 50") << "_limit=50" << 200 << "";
    QTest::newRow("limit 51") << "_limit=51" << 400 << "_limit";
    QTest::newRow("limit 0") << "_limit=0" << 400 << "_limit";
    QTest::newRow("limit not a number") << "_limit=many" << 400 << "_limit";
    QTest::newRow("skip 0") << "_skip=0" << 400 << "_skip";
    QTest::newRow("skip 50") << "_skip=50" << 400 << "_skip";
    QTest::newRow("empty cursor: first page") << "_cursor=" << 200 << "";
    QTest::newRow("garbled cursor") << "_cursor=bm90IGEgY3Vyc29y" << 400 << "_cursor";
    QTest::newRow("not base64") << "_cursor=%21%21%21" << 400 << "_cursor";
    QTest::newRow("empty filter") << "lead_id=" << 400 << "lead_id";
    QTest::newRow("bad date") << "date_updated__gte=yesterday" << 400 << "date_updated__gte";
}

void tst_SandboxEvents::pagingParameters()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, field);
    const HttpResult r = m_http->get(u"event/"_s, query);
    QCOMPARE(r.status, status);
    if (!field.isEmpty())
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
}

void tst_SandboxEvents::cursorPagesThroughEveryEventOnce()
{
    const QString since = Timestamps::formatWithoutOffset(QDateTime::currentDateTimeUtc());
    QStringList ids;
    for (int i = 0; i < 60; ++i)
        ids << newDraft(u"Draft %1"_s.arg(i)).value("id"_L1).toString();
    for (int i = 0; i < 60; i += 2)
        QCOMPARE(
            m_http->put(u"activity/sms/%1/"_s.arg(ids.at(i)), {{u"text"_s, u"Edited"_s}}).status,
            200);
    QVERIFY(!ids.contains(QString()));

    int pages = 0;
    const QJsonArray all = allEvents(u"date_updated__gte="_s + encoded(since), &pages);
    QCOMPARE(all.size(), 90);
    QCOMPARE(pages, 2);
    QSet<QString> seen;
    QString lastDate;
    QString lastId;
    for (const QJsonValue &v : all) {
        const QJsonObject e = v.toObject();
        const QString id = e.value("id"_L1).toString();
        QVERIFY2(!seen.contains(id), "an event came twice");
        seen.insert(id);
        const QString date = e.value("date_updated"_L1).toString();
        // Latest first; events of the same millisecond by id, also latest first.
        if (!lastDate.isEmpty())
            QVERIFY2(date < lastDate || (date == lastDate && id < lastId), qPrintable(id));
        lastDate = date;
        lastId = id;
    }
    // The newest is the last edit, the oldest the first create.
    QCOMPARE(all.first().toObject().value("object_id"_L1).toString(), ids.at(58));
    QCOMPARE(all.first().toObject().value("action"_L1).toString(), u"updated"_s);
    QCOMPARE(all.last().toObject().value("object_id"_L1).toString(), ids.at(0));
    QCOMPARE(all.last().toObject().value("action"_L1).toString(), u"created"_s);

    // A filter pages the same way: 60 creates are 50 and 10.
    const HttpResult first = m_http->get(u"event/"_s, u"object_type=activity.sms&action=created"_s);
    QCOMPARE(first.data().size(), 50);
    QVERIFY(first.json.value("cursor_previous"_L1).isNull());
    const QString next = first.json.value("cursor_next"_L1).toString();
    QVERIFY(!next.isEmpty());
    const HttpResult second
        = m_http->get(u"event/"_s, u"object_type=activity.sms&action=created&_cursor="_s + next);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data().size(), 10);
    QVERIFY(second.json.value("cursor_next"_L1).isNull());
    QCOMPARE(second.data().last().toObject().value("object_id"_L1).toString(), ids.at(0));

    // A smaller _limit with the same cursor is fine; date_updated may change too.
    const HttpResult smaller = m_http->get(
        u"event/"_s,
        u"object_type=activity.sms&action=created&_limit=3&date_updated__gte=2000-01-01&_cursor="_s
            + next);
    QCOMPARE(smaller.status, 200);
    QCOMPARE(smaller.data().size(), 3);
    QCOMPARE(smaller.data().first(), second.data().first());
}

void tst_SandboxEvents::cursorRefusesOtherFilters()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!newDraft().isEmpty());
    const QString base = u"object_type=activity.sms&action=created&_limit=1"_s;
    const HttpResult first = m_http->get(u"event/"_s, base);
    const QString next = first.json.value("cursor_next"_L1).toString();
    QVERIFY(!next.isEmpty());
    QCOMPARE(m_http->get(u"event/"_s, base + u"&_cursor="_s + next).status, 200);

    const HttpResult otherAction
        = m_http->get(u"event/"_s, u"object_type=activity.sms&action=updated&_cursor="_s + next);
    QCOMPARE(otherAction.status, 400);
    QVERIFY2(otherAction.fieldErrors().value("_cursor"_L1).toString().contains("other filters"_L1),
             otherAction.body.constData());
    const HttpResult noFilters = m_http->get(u"event/"_s, u"_cursor="_s + next);
    QCOMPARE(noFilters.status, 400);
    QVERIFY(noFilters.fieldErrors().contains("_cursor"_L1));

    // One character changed is garbled, not another position.
    QString garbled = next;
    garbled[garbled.size() / 2] = garbled.at(garbled.size() / 2) == u'A' ? u'B' : u'A';
    const HttpResult bad = m_http->get(u"event/"_s, base + u"&_cursor="_s + garbled);
    QCOMPARE(bad.status, 400);
    QVERIFY2(bad.fieldErrors().value("_cursor"_L1).toString().contains("Not a valid cursor"_L1),
             bad.body.constData());
}

void tst_SandboxEvents::cursorPreviousGoesBack()
{
    for (int i = 0; i < 7; ++i)
        QVERIFY(!newDraft().isEmpty());
    const QString base = u"object_type=activity.sms&action=created&_limit=3"_s;
    const HttpResult first = m_http->get(u"event/"_s, base);
    const HttpResult second = m_http->get(
        u"event/"_s, base + u"&_cursor="_s + first.json.value("cursor_next"_L1).toString());
    QCOMPARE(second.data().size(), 3);
    const QString previous = second.json.value("cursor_previous"_L1).toString();
    QVERIFY(!previous.isEmpty());
    const HttpResult back = m_http->get(u"event/"_s, base + u"&_cursor="_s + previous);
    QCOMPARE(back.status, 200);
    QCOMPARE(back.data(), first.data());
    // Nothing is newer than the first page.
    QVERIFY(back.json.value("cursor_previous"_L1).isNull());
    QCOMPARE(back.json.value("cursor_next"_L1).toString(),
             first.json.value("cursor_next"_L1).toString());
}

void tst_SandboxEvents::dateUpdatedBounds()
{
    const QString a = newDraft().value("id"_L1).toString();
    QTest::qWait(5);
    const QString b = newDraft().value("id"_L1).toString();
    const QString aDate = eventsOf(a).first().toObject().value("date_updated"_L1).toString();
    const QString bDate = eventsOf(b).first().toObject().value("date_updated"_L1).toString();
    QVERIFY2(aDate < bDate, qPrintable(aDate + u" "_s + bDate));

    const auto objects = [&](const QString &bound) {
        QStringList out;
        for (const QJsonValue &v : allEvents(bound))
            out << v.toObject().value("object_id"_L1).toString();
        return out;
    };
    QCOMPARE(objects(u"date_updated__gte="_s + aDate), (QStringList {b, a}));
    QCOMPARE(objects(u"date_updated__gt="_s + aDate), QStringList {b});
    QCOMPARE(objects(u"date_updated__lte="_s + aDate), QStringList {a});
    QCOMPARE(objects(u"date_updated__lt="_s + bDate), QStringList {a});
    QCOMPARE(objects(u"date_updated="_s + bDate), QStringList {b});
    // An offset is understood: the event dates are UTC.
    QCOMPARE(objects(u"date_updated__gte="_s + encoded(bDate + u"+00:00"_s)), QStringList {b});
    QCOMPARE(objects(u"date_updated__gt="_s + bDate), QStringList());
}

void tst_SandboxEvents::retentionIsThirtyDays()
{
    qint64 shiftMs = 0;
    m_server->api().setClock(
        [&shiftMs] { return QDateTime::currentDateTimeUtc().addMSecs(shiftMs); });
    const QString id = newDraft().value("id"_L1).toString();
    const QString eventId = eventsOf(id).first().toObject().value("id"_L1).toString();
    QVERIFY(!eventId.isEmpty());

    shiftMs = 29LL * 24 * 3600 * 1000;
    QCOMPARE(m_http->get(u"event/%1/"_s.arg(eventId)).status, 200);
    QCOMPARE(eventsOf(id).size(), 1);

    shiftMs = 30LL * 24 * 3600 * 1000 + 60 * 1000;
    const QString later = newDraft().value("id"_L1).toString();
    QCOMPARE(m_http->get(u"event/%1/"_s.arg(eventId)).status, 404);
    QCOMPARE(eventsOf(id).size(), 0);
    const QJsonArray all = allEvents({});
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value("object_id"_L1).toString(), later);
    m_server->api().setClock([] { return QDateTime::currentDateTimeUtc(); });
}

void tst_SandboxEvents::capacityDropsTheOldest()
{
    m_server->api().setEventCapacity(5);
    QStringList ids;
    for (int i = 0; i < 7; ++i)
        ids << newDraft().value("id"_L1).toString();
    const QJsonArray all = allEvents({});
    QCOMPARE(all.size(), 5);
    QCOMPARE(all.first().toObject().value("object_id"_L1).toString(), ids.at(6));
    QCOMPARE(all.last().toObject().value("object_id"_L1).toString(), ids.at(2));
}

void tst_SandboxEvents::eventsSurviveARestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxConfig config;
    config.seedCount = 0;
    config.rateLimit = 0;
    config.dataFile = dir.filePath(u"state.json"_s);
    startServer(config);

    QStringList ids;
    for (int i = 0; i < 300; ++i) // more than one stored block
        ids << newDraft(u"Before the restart %1"_s.arg(i)).value("id"_L1).toString();
    QCOMPARE(m_http->put(u"activity/sms/%1/"_s.arg(ids.at(0)), {{u"text"_s, u"Changed"_s}}).status,
             200);
    QCOMPARE(m_http->del(u"activity/sms/%1/"_s.arg(ids.at(1))).status, 200);
    const QJsonArray before = allEvents({});
    QCOMPARE(before.size(), 302);
    const HttpResult firstPage = m_http->get(u"event/"_s);
    const QString next = firstPage.json.value("cursor_next"_L1).toString();
    const QByteArray file = [&] {
        QFile f(config.dataFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const QJsonObject stored = QJsonDocument::fromJson(file).object().value("events"_L1).toObject();
    QVERIFY(!stored.isEmpty());
    // Compact: far smaller than the events' own JSON.
    const qsizetype storedSize = QJsonDocument(stored).toJson(QJsonDocument::Compact).size();
    QVERIFY2(storedSize < QJsonDocument(before).toJson(QJsonDocument::Compact).size() / 3,
             qPrintable(QString::number(storedSize)));

    startServer(config);
    QCOMPARE(allEvents({}), before);
    const QString eventId = before.at(5).toObject().value("id"_L1).toString();
    QCOMPARE(m_http->get(u"event/%1/"_s.arg(eventId)).json, before.at(5).toObject());
    // A cursor from before the restart still pages on.
    const HttpResult second = m_http->get(u"event/"_s, u"_cursor="_s + next);
    QCOMPARE(second.status, 200);
    QCOMPARE(second.data().first(), before.at(50));
    // New events come after the old ones.
    const QString after = newDraft().value("id"_L1).toString();
    const QJsonArray now = allEvents({});
    QCOMPARE(now.size(), 303);
    QCOMPARE(now.first().toObject().value("object_id"_L1).toString(), after);
    QVERIFY(now.first().toObject().value("id"_L1).toString()
            > now.at(1).toObject().value("id"_L1).toString());
}

void tst_SandboxEvents::manyEventsStayFast()
{
    // In process: 200,000 events and one more, the recording and a date_updated__gte query timed.
    EventLog log;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-2);
    const EventLog::Cause cause {u"user_x"_s, u"req_x"_s, "PUT", u"/api/v1/activity/sms/x/"_s};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i <= EventLog::defaultCapacity; ++i) {
        const QJsonObject sms {{u"id"_s, u"acti_%1"_s.arg(i)},
                               {u"lead_id"_s, u"lead_%1"_s.arg(i % 7)}};
        log.record(u"created"_s, u"activity.sms"_s, {}, sms, cause, u"orga_x"_s,
                   start.addMSecs(i * 500));
    }
    const qint64 recordMs = timer.elapsed();
    QCOMPARE(log.size(), EventLog::defaultCapacity);

    QUrlQuery query;
    query.addQueryItem(u"date_updated__gte"_s,
                       Timestamps::formatWithoutOffset(start.addMSecs(qint64(199990) * 500)));
    SandboxResponse error;
    const auto parsed = EventQuery::parse(query, &error);
    QVERIFY(parsed);
    timer.restart();
    const EventLog::Page page = log.page(*parsed);
    const qint64 queryUs = timer.nsecsElapsed() / 1000;
    QCOMPARE(page.items.size(), 11);
    QVERIFY(!page.older);
    QVERIFY(QJsonDocument::fromJson(page.items.first()).object().value("object_id"_L1)
            == u"acti_200000"_s);
    // The first event recorded made room for the last.
    QUrlQuery first;
    first.addQueryItem(u"object_type"_s, u"activity.sms"_s);
    first.addQueryItem(u"object_id"_s, u"acti_0"_s);
    QVERIFY(log.page(*EventQuery::parse(first, &error)).items.isEmpty());
    first.removeQueryItem(u"object_id"_s);
    first.addQueryItem(u"object_id"_s, u"acti_1"_s);
    QCOMPARE(log.page(*EventQuery::parse(first, &error)).items.size(), 1);
    qInfo("recorded %d events in %lld ms; a date_updated__gte page took %lld us",
          EventLog::defaultCapacity + 1, recordMs, queryUs);
}

void tst_SandboxEvents::maxSkip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("status");

    QTest::newRow("SMS at the maximum") << "activity/sms/" << 100 << 200;
    QTest::newRow("SMS past it") << "activity/sms/" << 101 << 400;
    QTest::newRow("WhatsApp at the maximum") << "activity/whatsapp_message/" << 100 << 200;
    QTest::newRow("WhatsApp past it") << "activity/whatsapp_message/" << 101 << 400;
    QTest::newRow("contacts past it") << "contact/" << 101 << 400;
    QTest::newRow("leads past it") << "lead/" << 101 << 400;
}

void tst_SandboxEvents::maxSkip()
{
    QFETCH(QString, path);
    QFETCH(int, skip);
    QFETCH(int, status);
    SandboxConfig config;
    config.seedCount = 150;
    config.rateLimit = 0;
    config.maxSkip = 100;
    startServer(config);
    const HttpResult r = m_http->get(path, u"_skip=%1"_s.arg(skip));
    QCOMPARE(r.status, status);
    if (status == 400) {
        const QString message = r.fieldErrors().value("_skip"_L1).toString();
        QVERIFY2(message.contains("maximum _skip for this endpoint is 100"_L1)
                     && message.contains("date_created"_L1),
                 qPrintable(message));
    } else if (path.startsWith("activity/"_L1)) {
        QCOMPARE(r.data().size(), 50);
    }

    // With no maximum (the default) a deep _skip is an empty page, as before.
    config.maxSkip = 0;
    startServer(config);
    const HttpResult deep = m_http->get(path, u"_skip=100000"_s);
    QCOMPARE(deep.status, 200);
    QVERIFY(deep.data().isEmpty());
}

void tst_SandboxEvents::maxSkipOnTheCommandLine()
{
    QString message;
    bool isError = false;
    const auto config = SandboxConfig::fromArguments(
        {u"draftbox-sandbox"_s, u"--max-skip"_s, u"250"_s}, &message, &isError);
    QVERIFY(config);
    QCOMPARE(config->maxSkip, 250);
    QCOMPARE(SandboxConfig::fromArguments({u"draftbox-sandbox"_s}, &message, &isError)->maxSkip, 0);
    QVERIFY(!SandboxConfig::fromArguments({u"draftbox-sandbox"_s, u"--max-skip"_s, u"-1"_s},
                                          &message, &isError));
    QVERIFY(isError);
    QVERIFY2(message.contains("--max-skip"_L1), qPrintable(message));
}

void tst_SandboxEvents::smsListWindowsOnDateCreated()
{
    SandboxConfig config;
    config.seedCount = 80;
    config.rateLimit = 0;
    startServer(config);
    // Created now, but dated ten days back: it lists among those of its date, not first.
    const QString backdated = Timestamps::format(QDateTime::currentDateTimeUtc().addDays(-10));
    const HttpResult old = m_http->post(u"activity/sms/"_s,
                                        {{u"status"_s, u"inbox"_s},
                                         {u"text"_s, u"Logged late"_s},
                                         {u"remote_phone"_s, u"+18183334444"_s},
                                         {u"local_phone"_s, u"+14154445555"_s},
                                         {u"date_created"_s, backdated}});
    QCOMPARE(old.status, 200);
    const QString oldId = old.json.value("id"_L1).toString();

    const QJsonArray all = m_http->get(u"activity/sms/"_s, u"_limit=100"_s).data();
    QCOMPARE(all.size(), 81);
    QStringList dates;
    for (const QJsonValue &v : all)
        dates << v.toObject().value("date_created"_L1).toString();
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(dates, sorted);
    QVERIFY(all.first().toObject().value("id"_L1).toString() != oldId);

    // Windows of date_created, each paged from _skip=0, cover the list once, latest first.
    const QString pivot = dates.at(40);
    const QJsonArray newer
        = m_http->get(u"activity/sms/"_s, u"_limit=100&date_created__gt="_s + encoded(pivot))
              .data();
    const QJsonArray rest
        = m_http->get(u"activity/sms/"_s, u"_limit=100&date_created__lte="_s + encoded(pivot))
              .data();
    QCOMPARE(newer.size() + rest.size(), all.size());
    QJsonArray joined = newer;
    for (const QJsonValue &v : rest)
        joined.append(v);
    QCOMPARE(joined, all);
    const QJsonArray window
        = m_http
              ->get(u"activity/sms/"_s,
                    u"_limit=100&date_created__gte="_s
                        + encoded(Timestamps::format(
                            QDateTime::currentDateTimeUtc().addDays(-10).addSecs(-1)))
                        + u"&date_created__lt="_s
                        + encoded(Timestamps::format(
                            QDateTime::currentDateTimeUtc().addDays(-10).addSecs(1))))
              .data();
    QStringList windowIds;
    for (const QJsonValue &v : window)
        windowIds << v.toObject().value("id"_L1).toString();
    QVERIFY2(windowIds.contains(oldId), qPrintable(windowIds.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_SandboxEvents)
#include "tst_sandboxevents.moc"
