// CloseClient against the sandbox over real HTTP on loopback: every endpoint, every error
// category, retries and rate limits, and a send whose answer is lost being re-read, not repeated.
#include "closeclient.h"
#include "phonenumber.h"
#include "sandboxfixture.h"
#include "smsactivity.h"
#include "whatsappmessage.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using Category = ApiError::Category;

class tst_CloseClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusesInsecureUrls_data();
    void refusesInsecureUrls();
    void me();
    void bearerToken();
    void paginatesOverAThousand();
    void smsLifecycle();
    void whatsappLifecycle();
    void phoneNumbersAndTemplates();
    void validationError();
    void unauthorized();
    void notFound();
    void rateLimitedWaitsThenSucceeds();
    void rateLimitedReportsTheWait();
    void serverErrorIsNotRetried();
    void readsRetryTransientFailures();
    void networkErrorWhenServerIsGone();
    void timeout();
    void malformedBody();
    void canceled();
    void lostSendIsRereadNotRepeated();
    void lostCreateIsNotRepeated();
    void credentialsNeverInErrors();
    void clientGoesAwayWithCallsInFlight();

private:
    void startSandbox(SandboxConfig config);
    ApiResult wait(CloseCall *call);
    QJsonObject draft();
    void queueFaults(const QStringList &faults) { QVERIFY(m_fx->queueFaults(faults)); }

    //! The sandbox, the client under test, and an independent HTTP view of what the sandbox holds.
    std::unique_ptr<SandboxFixture> m_fx;
};

void tst_CloseClient::init()
{
    SandboxConfig config;
    config.seedCount = 40;
    config.rateLimit = 0;
    startSandbox(config);
}

void tst_CloseClient::cleanup()
{
    m_fx.reset();
}

void tst_CloseClient::startSandbox(SandboxConfig config)
{
    m_fx.reset();
    m_fx = std::make_unique<SandboxFixture>(config);
    QVERIFY(m_fx->ok());
}

ApiResult tst_CloseClient::wait(CloseCall *call)
{
    QPointer<CloseCall> guard(call);
    QSignalSpy finished(call, &CloseCall::finished);
    if (!finished.wait(30000))
        return {};
    const ApiResult result = finished.first().first().value<ApiResult>();
    QTest::qWait(0); // let the call's deleteLater run
    return result;
}

QJsonObject tst_CloseClient::draft()
{
    return m_fx->http
        ->post(u"activity/sms/"_s,
               {{u"status"_s, u"draft"_s},
                {u"text"_s, u"A draft"_s},
                {u"local_phone"_s, u"+14154445555"_s},
                {u"remote_phone"_s, u"+18183334444"_s}})
        .json;
}

void tst_CloseClient::refusesInsecureUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("close") << "https://api.close.com/api/v1/" << true;
    QTest::newRow("http to close") << "http://api.close.com/api/v1/" << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/api/v1/" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/api/v1/" << true;
    QTest::newRow("http ipv6 loopback") << "http://[::1]:8080/api/v1/" << true;
    QTest::newRow("http private network") << "http://192.168.1.10/api/v1/" << false;
    QTest::newRow("ftp") << "ftp://api.close.com/" << false;
    QTest::newRow("no host") << "https:///api/v1/" << false;
}

void tst_CloseClient::refusesInsecureUrls()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    CloseClient client;
    const QUrl before = client.baseUrl();
    const QString why = client.setBaseUrl(QUrl(url));
    QCOMPARE(why.isEmpty(), allowed);
    QCOMPARE(client.baseUrl() == before, !allowed || QUrl(url) == before);
    if (!allowed)
        QVERIFY(why.size() > 10);
}

void tst_CloseClient::me()
{
    const ApiResult r = wait(m_fx->client->me());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.object().value("first_name"_L1).toString(), u"Avery"_s);
    QCOMPARE(r.attempts, 1);
}

void tst_CloseClient::bearerToken()
{
    m_fx->client->setOAuthToken(u"sandbox-demo-token"_s);
    QVERIFY(wait(m_fx->client->me()).ok());
}

void tst_CloseClient::paginatesOverAThousand()
{
    SandboxConfig config;
    config.seedCount = 1000;
    config.rateLimit = 0;
    startSandbox(config);

    const ApiResult all = wait(m_fx->client->listAllSms());
    QVERIFY2(all.ok(), qPrintable(all.error.message));
    const QJsonArray data = all.object().value("data"_L1).toArray();
    QCOMPARE(data.size(), 1000);
    QSet<QString> ids;
    for (const QJsonValue &v : data)
        ids.insert(v.toObject().value("id"_L1).toString());
    QCOMPARE(ids.size(), 1000);
    QCOMPARE(all.attempts, 10);

    const ApiResult last = wait(m_fx->client->listSms({}, 900, 100));
    QCOMPARE(last.object().value("data"_L1).toArray().size(), 100);
    QCOMPARE(last.object().value("has_more"_L1).toBool(), false);

    ActivityQuery byLead;
    byLead.leadIds << data.first().toObject().value("lead_id"_L1).toString();
    const ApiResult filtered = wait(m_fx->client->listAllSms(byLead));
    const QJsonArray mine = filtered.object().value("data"_L1).toArray();
    QVERIFY(!mine.isEmpty() && mine.size() < 1000);
    for (const QJsonValue &v : mine)
        QCOMPARE(v.toObject().value("lead_id"_L1), data.first().toObject().value("lead_id"_L1));
}

void tst_CloseClient::smsLifecycle()
{
    SmsCreate create;
    create.status = u"draft"_s;
    create.text = u"Created by the client"_s;
    create.localPhone = u"+14154445555"_s;
    create.remotePhone = u"+18183334444"_s;
    ApiResult r = wait(m_fx->client->createSms(create));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const SmsActivity created = *SmsActivity::fromJson(r.object());
    const QString id = created.id.value();
    QCOMPARE(created.statusValue(), SmsActivity::Status::Draft);

    SmsUpdate edit;
    edit.text = u"Edited by the client"_s;
    r = wait(m_fx->client->updateSms(id, edit));
    QVERIFY(r.ok());
    QCOMPARE(m_fx->http->get(u"activity/sms/%1/"_s.arg(id)).json.value("text"_L1).toString(),
             u"Edited by the client"_s);

    SmsUpdate schedule;
    schedule.status = u"scheduled"_s;
    schedule.dateScheduled = QDateTime::currentDateTimeUtc().addDays(1);
    r = wait(m_fx->client->updateSms(id, schedule));
    QVERIFY(r.ok());
    QCOMPARE(m_fx->http->get(u"activity/sms/%1/"_s.arg(id)).json.value("status"_L1).toString(),
             u"scheduled"_s);

    SmsUpdate cancel;
    cancel.status = u"draft"_s;
    r = wait(m_fx->client->updateSms(id, cancel));
    QVERIFY(r.ok());
    QCOMPARE(SmsActivity::fromJson(r.object())->statusValue(), SmsActivity::Status::Draft);

    r = wait(m_fx->client->getSms(id));
    QCOMPARE(r.object().value("text"_L1).toString(), u"Edited by the client"_s);

    r = wait(m_fx->client->deleteSms(id));
    QVERIFY(r.ok());
    QCOMPARE(m_fx->http->get(u"activity/sms/%1/"_s.arg(id)).status, 404);
    QCOMPARE(m_fx->http->get(u"_sandbox/sends/"_s).json.value("total"_L1).toInt(), 0);
}

void tst_CloseClient::whatsappLifecycle()
{
    const QJsonObject existing
        = m_fx->http->get(u"activity/whatsapp_message/"_s).data().first().toObject();
    WhatsAppCreate create;
    create.activityAt = QDateTime::currentDateTimeUtc();
    create.contactId = existing.value("contact_id"_L1).toString();
    create.leadId = existing.value("lead_id"_L1).toString();
    create.direction = u"incoming"_s;
    create.externalWhatsappMessageId = u"wamid.client-test"_s;
    create.localPhone = u"+14154445555"_s;
    create.remotePhone = u"+18183004000"_s;
    create.messageMarkdown = u"Hello *there*"_s;
    ApiResult r = wait(m_fx->client->createWhatsApp(create));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const WhatsAppMessage message = *WhatsAppMessage::fromJson(r.object());
    QCOMPARE(message.messageHtml.value(), u"<p>Hello <strong>there</strong></p>"_s);

    WhatsAppUpdate update;
    update.messageMarkdown = u"_changed_"_s;
    update.responseToId = existing.value("id"_L1).toString();
    r = wait(m_fx->client->updateWhatsApp(message.id.value(), update));
    QVERIFY(r.ok());
    const QJsonObject stored
        = m_fx->http->get(u"activity/whatsapp_message/%1/"_s.arg(message.id.value())).json;
    QCOMPARE(stored.value("message_html"_L1).toString(), u"<p><em>changed</em></p>"_s);
    QCOMPARE(stored.value("response_to_id"_L1), existing.value("id"_L1));

    ActivityQuery byExternal;
    byExternal.externalWhatsappMessageId = u"wamid.client-test"_s;
    r = wait(m_fx->client->listWhatsApp(byExternal));
    QCOMPARE(r.object().value("data"_L1).toArray().size(), 1);

    QVERIFY(wait(m_fx->client->deleteWhatsApp(message.id.value())).ok());
    QCOMPARE(wait(m_fx->client->getWhatsApp(message.id.value())).error.category,
             Category::NotFound);
}

void tst_CloseClient::phoneNumbersAndTemplates()
{
    const ApiResult numbers = wait(m_fx->client->listPhoneNumbers());
    QVERIFY(numbers.ok());
    int senders = 0;
    for (const QJsonValue &v : numbers.object().value("data"_L1).toArray())
        senders += PhoneNumber::fromJson(v.toObject())->canSendSms() ? 1 : 0;
    QCOMPARE(senders, 2);
    const ApiResult templates = wait(m_fx->client->listSmsTemplates());
    QVERIFY(templates.ok());
    const QJsonArray list = templates.object().value("data"_L1).toArray();
    QCOMPARE(list.size(), 4);
    const ApiResult one
        = wait(m_fx->client->getSmsTemplate(list.first().toObject().value("id"_L1).toString()));
    QCOMPARE(one.object(), list.first().toObject());
}

void tst_CloseClient::validationError()
{
    const QString id = draft().value("id"_L1).toString();
    SmsUpdate bad;
    bad.remotePhone = u"818-333-4444"_s;
    bad.text = u"kept?"_s;
    const ApiResult r = wait(m_fx->client->updateSms(id, bad));
    QCOMPARE(r.error.category, Category::Validation);
    QCOMPARE(r.error.httpStatus, 400);
    QVERIFY(r.error.fieldErrors.value(u"remote_phone"_s).contains("E.164"_L1));
    QCOMPARE(m_fx->http->get(u"activity/sms/%1/"_s.arg(id)).json.value("text"_L1).toString(),
             u"A draft"_s);
}

void tst_CloseClient::unauthorized()
{
    m_fx->client->setApiKey(u"wrong-key"_s);
    const ApiResult r = wait(m_fx->client->me());
    QCOMPARE(r.error.category, Category::Unauthorized);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.error.advice().contains("API key"_L1));
    m_fx->client->setApiKey(QString());
    QCOMPARE(wait(m_fx->client->me()).error.category, Category::Unauthorized);
}

void tst_CloseClient::notFound()
{
    const ApiResult r = wait(m_fx->client->getSms(u"acti_doesnotexist"_s));
    QCOMPARE(r.error.category, Category::NotFound);
    QVERIFY(r.error.message.contains("not found"_L1));
}

void tst_CloseClient::rateLimitedWaitsThenSucceeds()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 3;
    startSandbox(config);
    int retries = 0;
    int ok = 0;
    int done = 0;
    for (int i = 0; i < 8; ++i) {
        CloseCall *call = m_fx->client->me();
        connect(call, &CloseCall::retrying, this, [&retries](const ApiError &e, int delayMs) {
            QCOMPARE(e.category, Category::RateLimited);
            QVERIFY(delayMs >= 1000);
            ++retries;
        });
        connect(call, &CloseCall::finished, this, [&](const ApiResult &r) {
            ok += r.ok() ? 1 : 0;
            ++done;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 20000);
    QCOMPARE(ok, 8);
    QVERIFY(retries >= 5);
}

void tst_CloseClient::rateLimitedReportsTheWait()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 1;
    startSandbox(config);
    CloseClient::Policy policy = m_fx->client->policy();
    policy.maxRateLimitRetries = 0;
    m_fx->client->setPolicy(policy);
    QList<ApiResult> results;
    for (int i = 0; i < 2; ++i)
        connect(m_fx->client->me(), &CloseCall::finished, this,
                [&results](const ApiResult &r) { results << r; });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 5000);
    QVERIFY(results.at(0).ok());
    const ApiResult r = results.at(1);
    QCOMPARE(r.error.category, Category::RateLimited);
    QCOMPARE(r.error.retryAfterSeconds, 1.0);
    QVERIFY(r.error.advice().contains("retries in 1"_L1));
}

void tst_CloseClient::serverErrorIsNotRetried()
{
    queueFaults({u"500"_s});
    const ApiResult r = wait(m_fx->client->me());
    QCOMPARE(r.error.category, Category::Server);
    QCOMPARE(r.error.httpStatus, 500);
    QCOMPARE(r.attempts, 1);
}

void tst_CloseClient::readsRetryTransientFailures()
{
    queueFaults({u"503"_s, u"drop-before"_s, u"503"_s});
    const ApiResult r = wait(m_fx->client->listSms());
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    // Qt itself replays a read whose connection dropped, so one fault may not cost an attempt.
    QVERIFY(r.attempts >= 3);

    queueFaults({u"503"_s, u"503"_s, u"503"_s, u"503"_s});
    const ApiResult gaveUp = wait(m_fx->client->me());
    QCOMPARE(gaveUp.error.category, Category::Server);
    QCOMPARE(gaveUp.error.httpStatus, 503);
    QCOMPARE(gaveUp.attempts, 4); // the first try and three retries
}

void tst_CloseClient::networkErrorWhenServerIsGone()
{
    const QUrl url = m_fx->server->baseUrl();
    m_fx->server.reset();
    const ApiResult r = wait(m_fx->client->me());
    QCOMPARE(r.error.category, Category::Network);
    QCOMPARE(r.attempts, 4);
    QVERIFY(r.error.message.startsWith("Could not reach Close"_L1));
    Q_UNUSED(url);
}

void tst_CloseClient::timeout()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 0;
    config.latencyMs = 2000;
    startSandbox(config);
    CloseClient::Policy policy = m_fx->client->policy();
    policy.transferTimeoutMs = 200;
    policy.maxTransientRetries = 1;
    m_fx->client->setPolicy(policy);
    const ApiResult r = wait(m_fx->client->me());
    QCOMPARE(r.error.category, Category::Timeout);
    QCOMPARE(r.attempts, 2);
}

void tst_CloseClient::malformedBody()
{
    // The sandbox's own sends report is valid JSON, but not a page of SMS.
    CloseCall::Spec spec;
    spec.path = u"_sandbox/sends/"_s;
    spec.operation = u"Load SMS"_s;
    spec.validate = [](const QJsonDocument &json) {
        return json.object().value("data"_L1).isArray() ? QString() : u"no data list"_s;
    };
    const ApiResult r = wait(m_fx->client->call(spec));
    QCOMPARE(r.error.category, Category::MalformedBody);
    QVERIFY(r.error.message.contains("no data list"_L1));

    // Fields a type does not know are kept, not errors: a user decodes as an SMS with every
    // SMS field absent. So malformed means a known field of the wrong type, as here, where a
    // phone number's boolean is read as the SMS `users` list.
    const QJsonObject user = m_fx->http->get(u"user/"_s).data().first().toObject();
    QVERIFY(SmsActivity::fromJson(user));
    spec.path = u"phone_number/"_s;
    spec.validate = [](const QJsonDocument &json) {
        const QJsonObject first = json.object().value("data"_L1).toArray().first().toObject();
        QString error;
        const QJsonObject asSms {{u"users"_s, first.value("is_group_number"_L1)}};
        return SmsActivity::fromJson(asSms, &error) ? QString() : error;
    };
    QCOMPARE(wait(m_fx->client->call(spec)).error.category, Category::MalformedBody);
}

void tst_CloseClient::canceled()
{
    CloseCall *call = m_fx->client->listSms();
    call->cancel();
    const ApiResult r = call->result();
    QCOMPARE(r.error.category, Category::Canceled);

    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 0;
    config.latencyMs = 1000;
    startSandbox(config);
    CloseCall *slow = m_fx->client->me();
    QSignalSpy finished(slow, &CloseCall::finished);
    QTimer::singleShot(100, slow, &CloseCall::cancel);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ApiResult>().error.category, Category::Canceled);
}

void tst_CloseClient::lostSendIsRereadNotRepeated()
{
    const QString id = draft().value("id"_L1).toString();
    queueFaults({u"drop-after"_s}); // the PUT is carried out; its answer never arrives
    SmsUpdate send;
    send.status = u"outbox"_s;
    send.text = u"Only once"_s;
    const ApiResult r = wait(m_fx->client->updateSms(id, send));
    QVERIFY(r.unconfirmed);
    QCOMPARE(r.error.category, Category::Network);
    QCOMPARE(r.attempts, 1);
    const QString status = r.object().value("status"_L1).toString();
    QVERIFY2(status == "outbox"_L1 || status == "sent"_L1, qPrintable(status));
    QCOMPARE(r.object().value("text"_L1).toString(), u"Only once"_s);
    QVERIFY(r.error.message.contains("not sent again"_L1));

    QTRY_COMPARE_WITH_TIMEOUT(
        m_fx->http->get(u"activity/sms/%1/"_s.arg(id)).json.value("status"_L1).toString(),
        u"sent"_s, 5000);
    QCOMPARE(
        m_fx->http->get(u"_sandbox/sends/"_s).json.value("sends"_L1).toObject().value(id).toInt(),
        1);

    // When even the re-read fails, the send is still not repeated.
    const QString other = draft().value("id"_L1).toString();
    queueFaults({u"drop-after"_s, u"500"_s});
    const ApiResult blind = wait(m_fx->client->updateSms(other, send));
    QVERIFY(blind.unconfirmed);
    QVERIFY(blind.json.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->http->get(u"_sandbox/sends/"_s).json.value("total"_L1).toInt(),
                              2, 5000);
    QCOMPARE(m_fx->http->get(u"_sandbox/sends/"_s)
                 .json.value("sends"_L1)
                 .toObject()
                 .value(other)
                 .toInt(),
             1);
}

void tst_CloseClient::lostCreateIsNotRepeated()
{
    const int before = int(m_fx->http->get(u"activity/sms/"_s).data().size());
    queueFaults({u"drop-after"_s});
    SmsCreate create;
    create.status = u"draft"_s;
    create.text = u"Exactly one of me"_s;
    const ApiResult r = wait(m_fx->client->createSms(create));
    QCOMPARE(r.error.category, Category::Network);
    QCOMPARE(r.attempts, 1);
    QVERIFY(r.error.message.contains("may or may not have been created"_L1));
    QCOMPARE(int(m_fx->http->get(u"activity/sms/"_s).data().size()), before + 1);
}

void tst_CloseClient::credentialsNeverInErrors()
{
    const QString key = u"sandbox-demo-key"_s;
    const QByteArray basic = "Basic " + QByteArray("sandbox-demo-key:").toBase64();
    QList<ApiResult> results;
    m_fx->client->setApiKey(u"wrong-secret-key"_s);
    results << wait(m_fx->client->me());
    m_fx->client->setApiKey(key);
    queueFaults({u"500"_s});
    results << wait(m_fx->client->me());
    results << wait(m_fx->client->getSms(u"acti_x"_s));
    for (const ApiResult &r : std::as_const(results)) {
        const QString all = r.error.message + r.error.advice() + r.error.errors.join(QString());
        QVERIFY(!all.contains(key));
        QVERIFY(!all.contains("wrong-secret-key"_L1));
        QVERIFY(!all.contains(QString::fromLatin1(basic)));
        QVERIFY(!all.contains("Authorization"_L1, Qt::CaseInsensitive));
    }
}

void tst_CloseClient::clientGoesAwayWithCallsInFlight()
{
    SandboxConfig config;
    config.seedCount = 5;
    config.rateLimit = 0;
    config.latencyMs = 500;
    startSandbox(config);
    QList<QPointer<CloseCall>> calls;
    for (int i = 0; i < 3; ++i)
        calls << QPointer<CloseCall>(m_fx->client->listSms());
    QTest::qWait(50); // the requests are on the wire
    m_fx->client.reset(); // quitting mid-request must not touch freed replies (ASan checks)
    QTest::qWait(50);
    for (const QPointer<CloseCall> &call : std::as_const(calls))
        QVERIFY(call.isNull());
}

QTEST_GUILESS_MAIN(tst_CloseClient)
#include "tst_closeclient.moc"
