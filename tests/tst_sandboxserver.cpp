// The sandbox over real HTTP on loopback: every endpoint, Close's rules and errors, pagination,
// both auth forms, rate limits, injected faults and latency.
#include "sandboxserver.h"
#include "testhttp.h"
#include "timestamps.h"

#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void authentication_data();
    void authentication();
    void everyEndpointAnswers_data();
    void everyEndpointAnswers();
    void notFoundAndMethods_data();
    void notFoundAndMethods();
    void pagination();
    void paginationLimits_data();
    void paginationLimits();
    void filters();
    void fieldsParameter();

    void createSms();
    void createSmsRejects_data();
    void createSmsRejects();
    void onlyDraftsCanBeEdited();
    void scheduleNeedsFutureDate();
    void scheduledIsSentAtItsTime();
    void sendNowAndCancelInTime();
    void sendFailuresEndInError_data();
    void sendFailuresEndInError();
    void templateIsRendered();
    void attachmentsGetMedia();
    void malformedBodies_data();
    void malformedBodies();
    void tenMegabyteText();
    void deleteActivity();

    void whatsappCreateAndDerivedFields();
    void whatsappUpdateRules_data();
    void whatsappUpdateRules();

    void rateLimit();
    void faultsAreInjected();
    void oversizedBodyIsRefusedUnread();
    void badContentLengthIsRefused_data();
    void badContentLengthIsRefused();
    void idleConnectionsAreClosed();
    void openConnectionsAreCapped();
    void faultsEndpointRefusesGarbage_data();
    void faultsEndpointRefusesGarbage();
    void damagedDataFileIsNamed_data();
    void damagedDataFileIsNamed();
    void latencyDelaysAnswers();

private:
    void startServer(SandboxConfig config);
    QJsonObject firstSms(const QString &status, const QString &country = u"US"_s);
    QJsonObject newDraft(const QString &text = u"Draft from a test"_s);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<TestHttp> m_http;
};

void tst_SandboxServer::init()
{
    SandboxConfig config;
    config.seedCount = 60;
    config.rateLimit = 0;
    startServer(config);
}

void tst_SandboxServer::cleanup()
{
    m_http.reset();
    m_server.reset();
}

void tst_SandboxServer::startServer(SandboxConfig config)
{
    m_http.reset();
    m_server = std::make_unique<SandboxServer>(config);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
    m_http = std::make_unique<TestHttp>(m_server->baseUrl());
}

QJsonObject tst_SandboxServer::firstSms(const QString &status, const QString &country)
{
    const HttpResult r = m_http->get(u"activity/sms/"_s);
    for (const QJsonValue &v : r.data()) {
        const QJsonObject o = v.toObject();
        if (o.value("status"_L1).toString() == status
            && o.value("remote_country_iso"_L1).toString() == country)
            return o;
    }
    return {};
}

QJsonObject tst_SandboxServer::newDraft(const QString &text)
{
    const QJsonObject contact = firstSms(u"sent"_s);
    const HttpResult r = m_http->post(u"activity/sms/"_s,
                                      {{u"status"_s, u"draft"_s},
                                       {u"text"_s, text},
                                       {u"local_phone"_s, u"+14154445555"_s},
                                       {u"remote_phone"_s, u"+18183334444"_s},
                                       {u"lead_id"_s, contact.value("lead_id"_L1)},
                                       {u"contact_id"_s, contact.value("contact_id"_L1)}});
    return r.status == 200 ? r.json : QJsonObject();
}

void tst_SandboxServer::authentication_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");

    QTest::newRow("basic key, empty password") << TestHttp::basic(u"sandbox-demo-key"_s) << 200;
    QTest::newRow("bearer token") << QByteArray("Bearer sandbox-demo-token") << 200;
    QTest::newRow("no header") << QByteArray() << 401;
    QTest::newRow("wrong key") << TestHttp::basic(u"not-the-key"_s) << 401;
    QTest::newRow("key with a password") << TestHttp::basic(u"sandbox-demo-key"_s, u"pw"_s) << 401;
    QTest::newRow("key as password") << TestHttp::basic(QString(), u"sandbox-demo-key"_s) << 401;
    QTest::newRow("wrong token") << QByteArray("Bearer nope") << 401;
    QTest::newRow("garbage") << QByteArray("Basic !!!") << 401;
}

void tst_SandboxServer::authentication()
{
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    m_http->setAuthorization(authorization);
    const HttpResult r = m_http->get(u"me/"_s);
    QCOMPARE(r.status, status);
    if (status == 401)
        QVERIFY(r.json.value("error"_L1).toString().contains("API key"_L1));
    else
        QCOMPARE(r.json.value("first_name"_L1).toString(), u"Avery"_s);
}

void tst_SandboxServer::everyEndpointAnswers_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("type");

    QTest::newRow("sms") << "activity/sms/"
                         << "SMS";
    QTest::newRow("whatsapp") << "activity/whatsapp_message/"
                              << "WhatsAppMessage";
    QTest::newRow("phone numbers") << "phone_number/"
                                   << "";
    QTest::newRow("sms templates") << "sms_template/"
                                   << "";
    QTest::newRow("users") << "user/"
                           << "";
}

void tst_SandboxServer::everyEndpointAnswers()
{
    QFETCH(QString, list);
    QFETCH(QString, type);
    const HttpResult r = m_http->get(list);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value("has_more"_L1).isBool());
    QVERIFY(!r.data().isEmpty());
    const QJsonObject first = r.data().first().toObject();
    if (!type.isEmpty())
        QCOMPARE(first.value("_type"_L1).toString(), type);

    const QString id = first.value("id"_L1).toString();
    const HttpResult one = m_http->get(list + id + QLatin1Char('/'));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json, first);
}

void tst_SandboxServer::notFoundAndMethods_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("unknown sms id") << QByteArray("GET") << "activity/sms/acti_nope/" << 404;
    QTest::newRow("unknown whatsapp id")
        << QByteArray("PUT") << "activity/whatsapp_message/acti_nope/" << 404;
    QTest::newRow("unknown template") << QByteArray("GET") << "sms_template/smstmpl_nope/" << 404;
    QTest::newRow("unknown endpoint") << QByteArray("GET") << "activity/email/" << 404;
    QTest::newRow("no trailing slash") << QByteArray("GET") << "activity/sms" << 404;
    QTest::newRow("POST on an id") << QByteArray("POST") << "activity/sms/acti_x/" << 405;
    QTest::newRow("DELETE on a list") << QByteArray("DELETE") << "activity/sms/" << 405;
    QTest::newRow("PUT on me") << QByteArray("PUT") << "me/" << 405;
    QTest::newRow("PATCH") << QByteArray("PATCH") << "activity/sms/" << 405;
}

void tst_SandboxServer::notFoundAndMethods()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    const HttpResult r = m_http->send(method, path, method == "GET" ? QByteArray() : "{}");
    QCOMPARE(r.status, status);
    QVERIFY2(!r.json.value("error"_L1).toString().isEmpty(), r.body.constData());
}

void tst_SandboxServer::pagination()
{
    SandboxConfig config;
    config.seedCount = 250;
    config.rateLimit = 0;
    startServer(config);

    QSet<QString> seen;
    QStringList order;
    int skip = 0;
    bool more = true;
    while (more) {
        const HttpResult r = m_http->get(u"activity/sms/"_s, u"_limit=100&_skip=%1"_s.arg(skip));
        QCOMPARE(r.status, 200);
        more = r.json.value("has_more"_L1).toBool();
        QCOMPARE(r.data().size(), more ? 100 : 50);
        for (const QJsonValue &v : r.data()) {
            const QString id = v.toObject().value("id"_L1).toString();
            QVERIFY2(!seen.contains(id), "an activity appeared on two pages");
            seen.insert(id);
            order << v.toObject().value("date_created"_L1).toString();
        }
        skip += 100;
    }
    QCOMPARE(seen.size(), 250);
    // Newest first, and the same order every time.
    QStringList sorted = order;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    QCOMPARE(order, sorted);
    QCOMPARE(m_http->get(u"activity/sms/"_s, u"_limit=100&_skip=100"_s).data(),
             m_http->get(u"activity/sms/"_s, u"_limit=100&_skip=100"_s).data());

    const HttpResult past = m_http->get(u"activity/sms/"_s, u"_skip=1000"_s);
    QCOMPARE(past.status, 200);
    QVERIFY(past.data().isEmpty());
    QCOMPARE(past.json.value("has_more"_L1).toBool(), false);

    const HttpResult exact = m_http->get(u"activity/sms/"_s, u"_skip=150&_limit=100"_s);
    QCOMPARE(exact.data().size(), 100);
    QCOMPARE(exact.json.value("has_more"_L1).toBool(), false);
}

void tst_SandboxServer::paginationLimits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("count");

    QTest::newRow("default is 100 (or all 60)") << "" << 200 << 60;
    QTest::newRow("limit 1") << "_limit=1" << 200 << 1;
    QTest::newRow("limit 100") << "_limit=100" << 200 << 60;
    QTest::newRow("limit 101") << "_limit=101" << 400 << 0;
    QTest::newRow("limit 0") << "_limit=0" << 400 << 0;
    QTest::newRow("limit not a number") << "_limit=ten" << 400 << 0;
    QTest::newRow("negative skip") << "_skip=-1" << 400 << 0;
}

void tst_SandboxServer::paginationLimits()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, count);
    const HttpResult r = m_http->get(u"activity/sms/"_s, query);
    QCOMPARE(r.status, status);
    QCOMPARE(r.data().size(), count);
    if (status == 400)
        QVERIFY(!r.fieldErrors().isEmpty());
}

void tst_SandboxServer::filters()
{
    const QJsonArray all = m_http->get(u"activity/sms/"_s).data();
    const QJsonObject sample = all.at(7).toObject();
    const auto count = [&](const QString &query) {
        const HttpResult r = m_http->get(u"activity/sms/"_s, query);
        return r.status == 200 ? int(r.data().size()) : -r.status;
    };
    const auto expected = [&](const std::function<bool(const QJsonObject &)> &keep) {
        return int(std::count_if(all.begin(), all.end(),
                                 [&](const QJsonValue &v) { return keep(v.toObject()); }));
    };

    for (const auto &field : {u"lead_id"_s, u"contact_id"_s, u"user_id"_s}) {
        const QString value = sample.value(field).toString();
        QCOMPARE(count(field + u"="_s + value), expected([&](const QJsonObject &o) {
                     return o.value(field).toString() == value;
                 }));
    }
    const QString two = all.at(1).toObject().value("id"_L1).toString() + u","_s
        + all.at(2).toObject().value("id"_L1).toString();
    QCOMPARE(count(u"id__in="_s + two), 2);

    const QString pivot = sample.value("date_created"_L1).toString();
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(pivot));
    const auto before = [&](const QJsonObject &o) {
        return o.value("date_created"_L1).toString() < pivot;
    };
    QCOMPARE(count(u"date_created__lt="_s + encoded), expected(before));
    QCOMPARE(count(u"date_created__gte="_s + encoded), 60 - expected(before));
    QCOMPARE(count(u"date_created__gt=2000-01-01"_s), 60);
    QCOMPARE(count(u"activity_at__lt=2000-01-01"_s), 0);
    QCOMPARE(count(u"date_created__gt=yesterday"_s), -400);

    const QJsonObject wa = m_http->get(u"activity/whatsapp_message/"_s).data().at(3).toObject();
    const QString external = wa.value("external_whatsapp_message_id"_L1).toString();
    const HttpResult byExternal = m_http->get(u"activity/whatsapp_message/"_s,
                                              u"external_whatsapp_message_id="_s + external);
    QCOMPARE(byExternal.data().size(), 1);
    QCOMPARE(byExternal.data().first().toObject().value("id"_L1), wa.value("id"_L1));
}

void tst_SandboxServer::fieldsParameter()
{
    const HttpResult r = m_http->get(u"activity/sms/"_s, u"_fields=id,status&_limit=3"_s);
    QCOMPARE(r.data().size(), 3);
    for (const QJsonValue &v : r.data())
        QCOMPARE(v.toObject().keys(), (QStringList {u"id"_s, u"status"_s}));
    const QString id = r.data().first().toObject().value("id"_L1).toString();
    const HttpResult one = m_http->get(u"activity/sms/%1/"_s.arg(id), u"_fields=text"_s);
    QCOMPARE(one.json.keys(), QStringList {u"text"_s});
}

void tst_SandboxServer::createSms()
{
    const QJsonObject contact = m_http->get(u"activity/sms/"_s).data().first().toObject();
    const HttpResult draft = m_http->post(u"activity/sms/"_s,
                                          {{u"status"_s, u"draft"_s},
                                           {u"text"_s, u"Hello from a test"_s},
                                           {u"local_phone"_s, u"+14154445555"_s},
                                           {u"remote_phone"_s, u"+18183334444"_s},
                                           {u"lead_id"_s, contact.value("lead_id"_L1)},
                                           {u"contact_id"_s, contact.value("contact_id"_L1)}});
    QCOMPARE(draft.status, 200); // Close answers 200, not 201
    const QJsonObject d = draft.json;
    QVERIFY(d.value("id"_L1).toString().startsWith("acti_"_L1));
    QCOMPARE(d.value("id"_L1).toString().size(), 5 + 43);
    QCOMPARE(d.value("_type"_L1).toString(), u"SMS"_s);
    QCOMPARE(d.value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(d.value("direction"_L1).toString(), u"outbound"_s);
    QCOMPARE(d.value("source"_L1).toString(), u"Close.io"_s);
    QCOMPARE(d.value("remote_phone_formatted"_L1).toString(), u"+1 818-333-4444"_s);
    QCOMPARE(d.value("remote_country_iso"_L1).toString(), u"US"_s);
    QCOMPARE(d.value("local_phone_formatted"_L1).toString(), u"+1 415-444-5555"_s);
    QVERIFY(d.value("date_created"_L1).toString().endsWith("+00:00"_L1));
    QVERIFY(d.value("date_scheduled"_L1).isNull());
    QCOMPARE(d.value("created_by_name"_L1).toString(), u"Avery Quinn"_s);
    QCOMPARE(m_http->get(u"activity/sms/%1/"_s.arg(d.value("id"_L1).toString())).json, d);

    const HttpResult inbox = m_http->post(
        u"activity/sms/"_s,
        {{u"status"_s, u"inbox"_s}, {u"text"_s, u"Hi!"_s}, {u"remote_phone"_s, u"+18183334444"_s}});
    QCOMPARE(inbox.status, 200);
    QCOMPARE(inbox.json.value("direction"_L1).toString(), u"inbound"_s);
    QCOMPARE(inbox.json.value("source"_L1).toString(), u"External"_s);

    const HttpResult logged = m_http->post(
        u"activity/sms/"_s,
        {{u"status"_s, u"sent"_s}, {u"direction"_s, u"outbound"_s}, {u"text"_s, u"Logged"_s}});
    QCOMPARE(logged.status, 200);
    QVERIFY(logged.json.value("date_sent"_L1).isString());
    // Logging a sent SMS is not sending one.
    QCOMPARE(m_http->get(u"_sandbox/sends/"_s).json.value("total"_L1).toInt(), 0);
}

void tst_SandboxServer::createSmsRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");

    QTest::newRow("no status") << QByteArray(R"({"text":"x"})") << "status";
    QTest::newRow("status error") << QByteArray(R"({"status":"error"})") << "status";
    QTest::newRow("unknown status") << QByteArray(R"({"status":"queued"})") << "status";
    QTest::newRow("unknown field")
        << QByteArray(R"({"status":"draft","colour":"red"})") << "colour";
    QTest::newRow("direction on a typo")
        << QByteArray(R"({"status":"draft","direction":"outgoing"})") << "direction";
    QTest::newRow("phone not E.164")
        << QByteArray(R"({"status":"draft","remote_phone":"818-333-4444"})") << "remote_phone";
    QTest::newRow("text not a string") << QByteArray(R"({"status":"draft","text":42})") << "text";
    QTest::newRow("unknown lead") << QByteArray(R"({"status":"draft","lead_id":"lead_nope"})")
                                  << "lead_id";
    QTest::newRow("scheduled without date") << QByteArray(
        R"({"status":"scheduled","text":"x","local_phone":"+14154445555","remote_phone":"+18183334444"})")
                                            << "date_scheduled";
    QTest::newRow("outbox without recipient")
        << QByteArray(R"({"status":"outbox","text":"x","local_phone":"+14154445555"})")
        << "remote_phone";
    QTest::newRow("send_in 60") << QByteArray(
        R"({"status":"outbox","send_in":60,"text":"x","local_phone":"+14154445555","remote_phone":"+18183334444"})")
                                << "send_in";
    QTest::newRow("send_in on a draft")
        << QByteArray(R"({"status":"draft","send_in":5})") << "send_in";
    QTest::newRow("bad send_to_inbox") << QByteArray(R"({"status":"inbox"})") << "send_to_inbox";
}

void tst_SandboxServer::createSmsRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const int before = int(m_http->get(u"activity/sms/"_s).data().size());
    const QString query = field == "send_to_inbox"_L1 ? u"send_to_inbox=maybe"_s : QString();
    const HttpResult r = m_http->send("POST", u"activity/sms/"_s, body, "application/json", query);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
    QVERIFY(r.json.value("errors"_L1).isArray());
    QCOMPARE(int(m_http->get(u"activity/sms/"_s).data().size()), before);
}

void tst_SandboxServer::onlyDraftsCanBeEdited()
{
    for (const auto &status : {u"sent"_s, u"inbox"_s, u"error"_s}) {
        QJsonObject sms = firstSms(status);
        if (sms.isEmpty())
            sms = firstSms(status, u"FR"_s);
        QVERIFY2(!sms.isEmpty(), qPrintable(status));
        const QString path = u"activity/sms/%1/"_s.arg(sms.value("id"_L1).toString());
        for (const QJsonObject &change :
             {QJsonObject {{u"text"_s, u"rewrite history"_s}},
              QJsonObject {{u"status"_s, u"draft"_s}}, QJsonObject {{u"status"_s, u"outbox"_s}}}) {
            const HttpResult r = m_http->put(path, change);
            QCOMPARE(r.status, 400);
            QVERIFY(
                r.json.value("errors"_L1).toArray().first().toString().contains("Only drafts"_L1));
        }
        QCOMPARE(m_http->get(path).json, sms);
    }

    const QJsonObject draft = firstSms(u"draft"_s);
    const QString path = u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString());
    const HttpResult edited = m_http->put(path, {{u"text"_s, u"New words"_s}});
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json.value("text"_L1).toString(), u"New words"_s);
    QVERIFY(edited.json.value("date_updated"_L1).toString()
            >= draft.value("date_updated"_L1).toString());
    // PUT behaves as PATCH: what was not sent stays.
    QCOMPARE(edited.json.value("remote_phone"_L1), draft.value("remote_phone"_L1));
    const HttpResult cleared = m_http->put(path, {{u"contact_id"_s, QJsonValue::Null}});
    QCOMPARE(cleared.status, 200);
    QVERIFY(cleared.json.value("contact_id"_L1).isNull());
    QCOMPARE(cleared.json.value("text"_L1).toString(), u"New words"_s);
    const HttpResult toSent = m_http->put(path, {{u"status"_s, u"sent"_s}});
    QCOMPARE(toSent.status, 400);
    QVERIFY(toSent.fieldErrors().contains("status"_L1));
}

void tst_SandboxServer::scheduleNeedsFutureDate()
{
    const QJsonObject draft = firstSms(u"draft"_s);
    const QString path = u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString());
    const QString past = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate);
    HttpResult r = m_http->put(path, {{u"status"_s, u"scheduled"_s}, {u"date_scheduled"_s, past}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.fieldErrors().value("date_scheduled"_L1).toString(), u"Must be in the future."_s);
    r = m_http->put(path, {{u"status"_s, u"scheduled"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldErrors().contains("date_scheduled"_L1));
    r = m_http->put(path, {{u"date_scheduled"_s, u"2030-01-01T09:00:00Z"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldErrors().contains("date_scheduled"_L1));
    QCOMPARE(m_http->get(path).json.value("status"_L1).toString(), u"draft"_s);

    // A local time with an offset is stored in UTC.
    r = m_http->put(
        path,
        {{u"status"_s, u"scheduled"_s}, {u"date_scheduled"_s, u"2030-01-01T09:00:00-05:00"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"scheduled"_s);
    QCOMPARE(r.json.value("date_scheduled"_L1).toString(), u"2030-01-01T14:00:00.000000+00:00"_s);

    // Cancelling: back to draft, no date; then it can be edited again.
    r = m_http->put(path, {{u"status"_s, u"draft"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"draft"_s);
    QVERIFY(r.json.value("date_scheduled"_L1).isNull());
    QCOMPARE(m_http->put(path, {{u"text"_s, u"edited after cancel"_s}}).status, 200);
}

void tst_SandboxServer::scheduledIsSentAtItsTime()
{
    const QJsonObject draft = newDraft();
    const QString id = draft.value("id"_L1).toString();
    const QString path = u"activity/sms/%1/"_s.arg(id);
    const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(1500);
    QSignalSpy dispatched(&m_server->api(), &SandboxApi::smsDispatched);
    const HttpResult r = m_http->put(
        path,
        {{u"status"_s, u"scheduled"_s}, {u"date_scheduled"_s, when.toString(Qt::ISODateWithMs)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(m_http->get(path).json.value("status"_L1).toString(), u"scheduled"_s);
    QVERIFY(dispatched.wait(5000));
    const QJsonObject sent = m_http->get(path).json;
    QCOMPARE(sent.value("status"_L1).toString(), u"sent"_s);
    QVERIFY(sent.value("date_sent"_L1).isString());
    QVERIFY(Timestamps::parse(sent.value("date_sent"_L1).toString()) >= when);
    QVERIFY(!sent.value("cost"_L1).toString().isEmpty());
    QCOMPARE(m_http->get(u"_sandbox/sends/"_s).json.value("sends"_L1).toObject().value(id).toInt(),
             1);
}

void tst_SandboxServer::sendNowAndCancelInTime()
{
    const QString sendId = newDraft().value("id"_L1).toString();
    const QString undoId = newDraft().value("id"_L1).toString();
    QVERIFY(!sendId.isEmpty() && !undoId.isEmpty());

    // The send carries the pending edit in the same PUT.
    HttpResult r = m_http->put(u"activity/sms/%1/"_s.arg(sendId),
                               {{u"status"_s, u"outbox"_s}, {u"text"_s, u"Final words"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"outbox"_s);
    r = m_http->put(u"activity/sms/%1/"_s.arg(undoId),
                    {{u"status"_s, u"outbox"_s}, {u"send_in"_s, 30}});
    QCOMPARE(r.status, 200);
    // Undo: still in the outbox, so it can go back to draft.
    r = m_http->put(u"activity/sms/%1/"_s.arg(undoId), {{u"status"_s, u"draft"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"draft"_s);

    QTRY_COMPARE_WITH_TIMEOUT(
        m_http->get(u"activity/sms/%1/"_s.arg(sendId)).json.value("status"_L1).toString(),
        u"sent"_s, 5000);
    const QJsonObject sent = m_http->get(u"activity/sms/%1/"_s.arg(sendId)).json;
    QCOMPARE(sent.value("text"_L1).toString(), u"Final words"_s);
    // Too late to cancel a sent SMS.
    QCOMPARE(m_http->put(u"activity/sms/%1/"_s.arg(sendId), {{u"status"_s, u"draft"_s}}).status,
             400);

    const QJsonObject sends = m_http->get(u"_sandbox/sends/"_s).json.value("sends"_L1).toObject();
    QCOMPARE(sends.value(sendId).toInt(), 1);
    QVERIFY(!sends.contains(undoId));
    QCOMPARE(m_http->get(u"activity/sms/%1/"_s.arg(undoId)).json.value("status"_L1).toString(),
             u"draft"_s);
}

void tst_SandboxServer::sendFailuresEndInError_data()
{
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("message");

    QTest::newRow("invalid recipient") << "+14154445555"
                                       << "+15550000000"
                                       << "not a valid phone number";
    QTest::newRow("external number") << "+13125550100"
                                     << "+18183334444"
                                     << "internal number";
    QTest::newRow("not SMS-enabled") << "+16503335555"
                                     << "+18183334444"
                                     << "not enabled for SMS";
    QTest::newRow("unknown number") << "+12125550000"
                                    << "+18183334444"
                                    << "internal number";
    QTest::newRow("country not supported") << "+14154445555"
                                           << "+33612345678"
                                           << "cannot send SMS to numbers in FR";
}

void tst_SandboxServer::sendFailuresEndInError()
{
    QFETCH(QString, local);
    QFETCH(QString, remote);
    QFETCH(QString, message);
    const HttpResult created = m_http->post(u"activity/sms/"_s,
                                            {{u"status"_s, u"outbox"_s},
                                             {u"text"_s, u"Hello"_s},
                                             {u"local_phone"_s, local},
                                             {u"remote_phone"_s, remote}});
    QCOMPARE(created.status, 200);
    const QString path = u"activity/sms/%1/"_s.arg(created.json.value("id"_L1).toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(path).json.value("status"_L1).toString(), u"error"_s,
                              5000);
    QVERIFY2(m_http->get(path).json.value("error_message"_L1).toString().contains(message),
             qPrintable(m_http->get(path).json.value("error_message"_L1).toString()));
    QCOMPARE(m_http->get(u"_sandbox/sends/"_s).json.value("total"_L1).toInt(), 0);
}

void tst_SandboxServer::templateIsRendered()
{
    QJsonObject tmpl;
    for (const QJsonValue &v : m_http->get(u"sms_template/"_s).data()) {
        if (v.toObject().value("name"_L1) == "Cold 1"_L1)
            tmpl = v.toObject();
    }
    QVERIFY(tmpl.value("text"_L1).toString().contains("{{ contact.first_name }}"_L1));
    QVERIFY(tmpl.value("id"_L1).toString().startsWith("smstmpl_"_L1));
    const QJsonObject draft = newDraft();
    const HttpResult r = m_http->put(u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString()),
                                     {{u"template_id"_s, tmpl.value("id"_L1)}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("template_id"_L1), tmpl.value("id"_L1));
    const QString text = r.json.value("text"_L1).toString();
    QVERIFY2(!text.contains("{{"_L1), qPrintable(text));
    QVERIFY2(text.startsWith("Hey "_L1) && text.endsWith(", ever considered Close?"_L1),
             qPrintable(text));
    QVERIFY(text.size() > QStringLiteral("Hey , ever considered Close?").size());

    const HttpResult missing
        = m_http->put(u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString()),
                      {{u"template_id"_s, u"smstmpl_nope"_s}});
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.fieldErrors().contains("template_id"_L1));
}

void tst_SandboxServer::attachmentsGetMedia()
{
    const QJsonObject draft = firstSms(u"draft"_s);
    const QString path = u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString());
    // A file the Files API did not hand out is refused (FACTS-events-people.md §6).
    const QJsonArray foreign {QJsonObject {{u"content_type"_s, u"image/png"_s},
                                           {u"filename"_s, u"chart.png"_s},
                                           {u"url"_s, u"https://app.close.com/go/file/abc/"_s}}};
    HttpResult r = m_http->put(path, {{u"attachments"_s, foreign}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldErrors().contains("attachments"_L1));

    // One uploaded through it is taken: the form, then the file to the form's URL.
    const HttpResult form = m_http->post(
        u"files/upload/"_s, {{u"filename"_s, u"chart.png"_s}, {u"content_type"_s, u"image/png"_s}});
    QCOMPARE(form.status, 200);
    const QJsonObject upload = form.json.value("upload"_L1).toObject();
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QJsonObject fields = upload.value("fields"_L1).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       u"form-data; name=\"%1\""_s.arg(it.key()).toUtf8());
        part.setBody(it.value().toString().toUtf8());
        multipart->append(part);
    }
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"chart.png\""));
    file.setBody(QByteArrayLiteral("\x89PNG not really, but bytes"));
    multipart->append(file);
    QNetworkAccessManager nam;
    std::unique_ptr<QNetworkReply> posted(
        nam.post(QNetworkRequest(QUrl(upload.value("url"_L1).toString())), multipart));
    multipart->setParent(posted.get());
    QTRY_VERIFY(posted->isFinished());
    QCOMPARE(posted->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    const QString url = form.json.value("download"_L1).toObject().value("url"_L1).toString();
    const QJsonArray files {QJsonObject {
        {u"content_type"_s, u"image/png"_s}, {u"filename"_s, u"chart.png"_s}, {u"url"_s, url}}};
    r = m_http->put(path, {{u"attachments"_s, files}});
    QCOMPARE(r.status, 200);
    const QJsonObject a = r.json.value("attachments"_L1).toArray().first().toObject();
    QVERIFY(a.value("media_id"_L1).toString().startsWith("media_"_L1));
    QCOMPARE(a.value("media_id"_L1).toString().size(), 6 + 22);
    QVERIFY(a.value("size"_L1).toInt() > 0);
    QCOMPARE(a.value("url"_L1).toString(), url);
    QVERIFY(a.value("thumbnail_url"_L1)
                .toString()
                .startsWith(m_http->url({}).toString(QUrl::RemovePath) + "/go/file/"_L1));
    QCOMPARE(a.value("filename"_L1).toString(), u"chart.png"_s);

    // Sending back what the server gave keeps the same media.
    const QJsonArray keep {QJsonObject {{u"content_type"_s, a.value("content_type"_L1)},
                                        {u"filename"_s, a.value("filename"_L1)},
                                        {u"url"_s, a.value("url"_L1)}}};
    r = m_http->put(path, {{u"attachments"_s, keep}});
    QCOMPARE(r.json.value("attachments"_L1).toArray().first().toObject().value("media_id"_L1),
             a.value("media_id"_L1));
    r = m_http->put(path, {{u"attachments"_s, QJsonArray()}});
    QVERIFY(r.json.value("attachments"_L1).toArray().isEmpty());

    const QJsonArray bad {QJsonObject {{u"content_type"_s, u"application/x-msdownload"_s},
                                       {u"filename"_s, u"a.exe"_s},
                                       {u"url"_s, u"https://app.close.com/go/file/x/"_s}}};
    r = m_http->put(path, {{u"attachments"_s, bad}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldErrors().contains("attachments"_L1));
}

void tst_SandboxServer::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");

    QTest::newRow("not JSON") << QByteArray("{\"text\": ") << QByteArray("application/json") << 400;
    QTest::newRow("array") << QByteArray("[1,2]") << QByteArray("application/json") << 400;
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << 400;
    QTest::newRow("form encoded") << QByteArray("text=hi")
                                  << QByteArray("application/x-www-form-urlencoded") << 415;
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00garbage", 10)
                            << QByteArray("application/json") << 400;
    QTest::newRow("a type that only starts as JSON")
        << QByteArray(R"({"text": "hi"})") << QByteArray("application/jsonx") << 415;
}

void tst_SandboxServer::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    const QJsonObject draft = firstSms(u"draft"_s);
    const QString path = u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString());
    const HttpResult r = m_http->send("PUT", path, body, contentType);
    QCOMPARE(r.status, status);
    QVERIFY(!r.json.isEmpty());
    QCOMPARE(m_http->get(path).json, draft);
}

void tst_SandboxServer::tenMegabyteText()
{
    const QJsonObject draft = firstSms(u"draft"_s);
    const QString path = u"activity/sms/%1/"_s.arg(draft.value("id"_L1).toString());
    const QString huge(10 * 1024 * 1024, QLatin1Char('x'));
    const HttpResult r = m_http->put(path, {{u"text"_s, huge}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.fieldErrors().value("text"_L1).toString().contains("1000 characters"_L1),
             r.body.left(300).constData());
    QCOMPARE(m_http->get(path).json, draft);
    // The server is still well after it.
    QCOMPARE(m_http->get(u"me/"_s).status, 200);
}

void tst_SandboxServer::deleteActivity()
{
    for (const auto &list : {u"activity/sms/"_s, u"activity/whatsapp_message/"_s}) {
        const QJsonObject victim = m_http->get(list).data().first().toObject();
        const QString path = list + victim.value("id"_L1).toString() + QLatin1Char('/');
        const HttpResult r = m_http->del(path);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json, QJsonObject());
        QCOMPARE(r.body, QByteArray("{}"));
        QCOMPARE(m_http->get(path).status, 404);
        QCOMPARE(m_http->del(path).status, 404);
    }
}

void tst_SandboxServer::whatsappCreateAndDerivedFields()
{
    const QJsonObject sms = firstSms(u"sent"_s);
    QJsonObject body {
        {u"activity_at"_s, u"2026-11-20T10:00:00+01:00"_s},
        {u"contact_id"_s, sms.value("contact_id"_L1)},
        {u"lead_id"_s, sms.value("lead_id"_L1)},
        {u"direction"_s, u"outgoing"_s},
        {u"external_whatsapp_message_id"_s, u"wamid.test-1"_s},
        {u"local_phone"_s, u"16503334444"_s}, // Close's own example omits the plus
        {u"remote_phone"_s, u"+18183004000"_s},
        {u"message_markdown"_s, u"Hi *there*, see _this_ <b>"_s},
        {u"integration_link"_s, u"https://example.com/messages/1"_s},
    };
    HttpResult r = m_http->post(u"activity/whatsapp_message/"_s, body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("_type"_L1).toString(), u"WhatsAppMessage"_s);
    QCOMPARE(r.json.value("local_phone"_L1).toString(), u"+16503334444"_s);
    QCOMPARE(r.json.value("local_phone_formatted"_L1).toString(), u"+1 650-333-4444"_s);
    QCOMPARE(r.json.value("message_html"_L1).toString(),
             u"<p>Hi <strong>there</strong>, see <em>this</em> &lt;b&gt;</p>"_s);
    QCOMPARE(r.json.value("text"_L1).toString(), u"Hi there, see this <b>"_s);
    QCOMPARE(r.json.value("activity_at"_L1).toString(), u"2026-11-20T09:00:00.000000+00:00"_s);
    QCOMPARE(r.json.value("source"_L1).toString(), u"api"_s);
    QCOMPARE(r.json.value("integration_name"_L1).toString(), u"API"_s);
    QVERIFY(!r.json.contains("status"_L1));

    body.remove(u"lead_id"_s);
    body.remove(u"message_markdown"_s);
    r = m_http->post(u"activity/whatsapp_message/"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldErrors().contains("lead_id"_L1));
    QVERIFY(r.fieldErrors().contains("message_markdown"_L1));
    body.insert(u"lead_id"_s, sms.value("lead_id"_L1));
    body.insert(u"message_markdown"_s, u"x"_s);
    body.insert(u"status"_s, u"sent"_s); // WhatsApp messages have no status
    r = m_http->post(u"activity/whatsapp_message/"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY(r.fieldErrors().contains("status"_L1));
}

void tst_SandboxServer::whatsappUpdateRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("failingField"); // empty: accepted

    QTest::newRow("markdown") << QByteArray(R"({"message_markdown":"*new*"})") << "";
    QTest::newRow("direction") << QByteArray(R"({"direction":"incoming"})") << "";
    QTest::newRow("sms direction word") << QByteArray(R"({"direction":"inbound"})") << "direction";
    QTest::newRow("reply to nothing")
        << QByteArray(R"({"response_to_id":"acti_nope"})") << "response_to_id";
    QTest::newRow("clear reply") << QByteArray(R"({"response_to_id":null})") << "";
    QTest::newRow("user_id null") << QByteArray(R"({"user_id":null})") << "user_id";
    QTest::newRow("lead_id not updatable") << QByteArray(R"({"lead_id":"lead_x"})") << "lead_id";
    QTest::newRow("external id not updatable")
        << QByteArray(R"({"external_whatsapp_message_id":"x"})") << "external_whatsapp_message_id";
    QTest::newRow("phone not E.164")
        << QByteArray(R"({"remote_phone":"(818) 300-4000"})") << "remote_phone";
    QTest::newRow("link not a URL")
        << QByteArray(R"({"integration_link":"not a url"})") << "integration_link";
    QTest::newRow("attachment elsewhere") << QByteArray(
        R"({"attachments":[{"content_type":"image/png","filename":"a.png","url":"https://evil.example/a.png"}]})")
                                          << "attachments";
    QTest::newRow("attachment from Files API") << QByteArray(
        R"({"attachments":[{"content_type":"image/png","filename":"a.png","url":"https://app.close.com/go/file/abc/"}]})")
                                               << "";
}

void tst_SandboxServer::whatsappUpdateRules()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, failingField);
    const QJsonArray all = m_http->get(u"activity/whatsapp_message/"_s).data();
    const QJsonObject message = all.at(1).toObject();
    const QString path = u"activity/whatsapp_message/%1/"_s.arg(message.value("id"_L1).toString());
    const HttpResult r = m_http->send("PUT", path, body);
    if (failingField.isEmpty()) {
        QCOMPARE(r.status, 200);
        const QJsonObject change = QJsonDocument::fromJson(body).object();
        for (auto it = change.begin(); it != change.end(); ++it) {
            if (it.key() != "attachments"_L1)
                QCOMPARE(r.json.value(it.key()), it.value());
        }
        if (change.contains("message_markdown"_L1)) {
            QCOMPARE(r.json.value("message_html"_L1).toString(), u"<p><strong>new</strong></p>"_s);
            QCOMPARE(r.json.value("text"_L1).toString(), u"new"_s);
        }
    } else {
        QCOMPARE(r.status, 400);
        QVERIFY2(r.fieldErrors().contains(failingField), r.body.constData());
        QCOMPARE(m_http->get(path).json, message);
    }
}

void tst_SandboxServer::rateLimit()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 5;
    startServer(config);

    // Fire 12 requests at once from one key: 5 pass, the rest wait.
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i) {
        QNetworkRequest request(m_http->url(u"me/"_s));
        request.setRawHeader("Authorization", TestHttp::basic(u"sandbox-demo-key"_s));
        replies << nam.get(request);
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                         [](QNetworkReply *r) { return r->isFinished(); }),
                             10000);
    int ok = 0;
    int limited = 0;
    static const QRegularExpression header(u"^limit=5, remaining=(\\d+), reset=(\\d+)$"_s);
    for (QNetworkReply *reply : std::as_const(replies)) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QRegularExpressionMatch m
            = header.match(QString::fromLatin1(reply->rawHeader("RateLimit")));
        QVERIFY2(m.hasMatch(), reply->rawHeader("RateLimit").constData());
        if (status == 200) {
            ++ok;
        } else {
            QCOMPARE(status, 429);
            ++limited;
            QCOMPARE(m.captured(1), u"0"_s);
            QVERIFY(m.captured(2).toInt() >= 1);
            QCOMPARE(reply->rawHeader("Retry-After"), m.captured(2).toLatin1());
        }
        reply->deleteLater();
    }
    QCOMPARE(ok, 5);
    QCOMPARE(limited, 7);

    // Another key is limited separately, and the first key may go on after the reset.
    m_http->setAuthorization("Bearer sandbox-demo-token");
    QCOMPARE(m_http->get(u"me/"_s).status, 200);
    m_http->setAuthorization(TestHttp::basic(u"sandbox-demo-key"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_http->get(u"me/"_s).status, 200, 5000);
}

void tst_SandboxServer::oversizedBodyIsRefusedUnread()
{
    // 100 MB, unauthenticated: answered 413 at once (it took the sandbox to 545 MB before).
    const QByteArray huge(100 * 1024 * 1024, 'x');
    TestHttp stranger(m_server->baseUrl(), "Basic bm9ib2R5Og==");
    const HttpResult r = stranger.send("PUT", u"activity/sms/acti_x/"_s, huge);
    QCOMPARE(r.status, 413);
    QVERIFY(r.json.value("error"_L1).toString().contains("larger"_L1));
    QCOMPARE(m_http->get(u"me/"_s).status, 200); // and it goes on serving
}

void tst_SandboxServer::badContentLengthIsRefused_data()
{
    QTest::addColumn<QByteArray>("lengthHeader");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("said");
    QTest::newRow("not a number") << QByteArray("Content-Length: abc\r\n") << 400
                                  << u"Content-Length \"abc\" is not a number of bytes"_s;
    QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n") << 400
                              << u"Content-Length \"-5\""_s;
    QTest::newRow("two numbers") << QByteArray("Content-Length: 1 3\r\n") << 400
                                 << u"Content-Length \"1 3\""_s;
    QTest::newRow("two that differ") << QByteArray("Content-Length: 13\r\nContent-Length: 12\r\n")
                                     << 400 << u"two different Content-Length"_s;
    QTest::newRow("none") << QByteArray() << 411 << u"needs a Content-Length"_s;
}

void tst_SandboxServer::badContentLengthIsRefused()
{
    // Read as an empty body before, and answered "not valid JSON", with the body then taken
    // for the next request on the connection.
    QFETCH(QByteArray, lengthHeader);
    QFETCH(int, status);
    QFETCH(QString, said);
    const QString id = firstSms(u"draft"_s).value("id"_L1).toString();
    const QByteArray body = R"({"text":"hi"})";
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
    QVERIFY(socket.waitForConnected());
    socket.write("PUT /api/v1/activity/sms/" + id.toLatin1() + "/ HTTP/1.1\r\nHost: sandbox\r\n"
                 + "Authorization: " + TestHttp::basic(u"sandbox-demo-key"_s) + "\r\n"
                 + "Content-Type: application/json\r\n" + lengthHeader + "\r\n" + body);
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000)); // its framing is lost: nothing more is read from it
    const QByteArray answer = socket.readAll();
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + " ";
    QVERIFY2(answer.startsWith(statusLine), answer.constData());
    const QJsonObject json
        = QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    const QString error = json.value("errors"_L1).toArray().first().toString();
    QVERIFY2(error.contains(said), qPrintable(error));
    // Nothing was changed, and the sandbox goes on serving.
    QVERIFY(m_http->get(u"activity/sms/%1/"_s.arg(id)).json.value("text"_L1).toString() != "hi"_L1);
}

void tst_SandboxServer::idleConnectionsAreClosed()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.idleTimeoutMs = 300;
    startServer(config);
    QTcpSocket silent;
    silent.connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
    QVERIFY(silent.waitForConnected());
    QSignalSpy closed(&silent, &QTcpSocket::disconnected);
    QVERIFY(closed.wait(5000));
    QCOMPARE(m_http->get(u"me/"_s).status, 200);
}

void tst_SandboxServer::openConnectionsAreCapped()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.maxConnections = 2;
    startServer(config);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 3; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, quint16(m_server->baseUrl().port()));
        QVERIFY(sockets.back()->waitForConnected());
    }
    QTRY_COMPARE(sockets.back()->state(), QAbstractSocket::UnconnectedState); // the third
    QTest::qWait(100);
    QCOMPARE(sockets.at(0)->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(sockets.at(1)->state(), QAbstractSocket::ConnectedState);
    // Once one goes, there is room again.
    sockets.at(0)->abort();
    QTRY_COMPARE(m_http->get(u"me/"_s).status, 200);
}

void tst_SandboxServer::faultsEndpointRefusesGarbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("garbage");
    QTest::newRow("no list") << QByteArray(R"({"next": "500"})");
    QTest::newRow("array") << QByteArray(R"(["500"])");
    QTest::newRow("empty") << QByteArray();
}

void tst_SandboxServer::faultsEndpointRefusesGarbage()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_http->send("POST", u"_sandbox/faults/"_s, body);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.json.isEmpty());
    QCOMPARE(m_http->send("POST", u"_sandbox/faults/"_s, R"({"next": []})").status, 200);
}

void tst_SandboxServer::damagedDataFileIsNamed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("said");
    QTest::newRow("cut off") << QByteArray(R"({"version": 1, "sms": [)") << u"offset"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("another version") << QByteArray(R"({"version": 999})") << u"version"_s;
}

void tst_SandboxServer::damagedDataFileIsNamed()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, said);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"state.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    SandboxConfig config;
    config.dataFile = path;
    SandboxServer server(config);
    QString error;
    QVERIFY(!server.start(&error));
    QVERIFY2(error.contains(path) && error.contains(said), qPrintable(error));
    QVERIFY2(!error.contains("no error occurred"_L1), qPrintable(error));
}

void tst_SandboxServer::faultsAreInjected()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 0;
    config.faultRate = 1.0;
    config.stallMs = 200;
    startServer(config);
    m_http->setTimeout(3000);

    QMap<QString, int> seen;
    for (int i = 0; i < 30; ++i) {
        const HttpResult r = m_http->get(u"me/"_s);
        if (r.status == 500 || r.status == 503) {
            QVERIFY(r.json.value("error"_L1).toString().contains("injected"_L1));
            seen[QString::number(r.status)]++;
        } else {
            QCOMPARE(r.status, 0);
            QVERIFY(r.error != QNetworkReply::NoError);
            seen[u"no answer"_s]++;
        }
    }
    QVERIFY2(seen.value(u"500"_s) > 0, "no 500 injected");
    QVERIFY2(seen.value(u"503"_s) > 0, "no 503 injected");
    QVERIFY2(seen.value(u"no answer"_s) > 0, "no dropped or stalled connection injected");
    // The sandbox's own endpoints are never faulted, so tests can always read the truth.
    QCOMPARE(m_http->get(u"_sandbox/sends/"_s).status, 200);
}

void tst_SandboxServer::latencyDelaysAnswers()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 0;
    config.latencyMs = 1500;
    startServer(config);

    // A client that gives up sooner than the latency gets no answer; a patient one does.
    m_http->setTimeout(300);
    HttpResult r = m_http->get(u"me/"_s);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
    m_http->setTimeout(10000);
    r = m_http->get(u"me/"_s);
    QCOMPARE(r.status, 200);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
