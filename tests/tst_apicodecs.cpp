// The api/ value types and pure helpers: decoding every field with absent, null and set kept
// apart, unknown fields and enum values surviving, both datetime forms, wrong types refused,
// request encoding sending exactly what changed, RateLimit parsing and the error mapping.
#include "apierror.h"
#include "closetime.h"
#include "ratelimitinfo.h"
#include "smsactivity.h"
#include "smsupdate.h"
#include "whatsappmessage.h"
#include "whatsappupdate.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

// FACTS.md §11, verbatim.
const char smsExample[]
    = R"({"_type":"SMS","activity_at":"2016-10-03T16:06:11.167000+00:00","contact_id":"cont_q4xYmlGhA3060dEl0NDJuHRxPMuVjqLn30AFSzh1fRk","cost":"1","created_by":"user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA","created_by_name":"Tobias Fuenke","date_created":"2016-10-03T16:06:11.167000+00:00","date_scheduled":null,"date_sent":null,"date_updated":"2016-10-03T16:06:11.167000+00:00","direction":"outbound","error_message":null,"id":"acti_12358hIUhaklslYoYSbtozZuUTyB2zO2nhm7iVSpZpp","lead_id":"lead_iuSXNk1x3446ggPVwQS7ynmp8pGRIDieRYiCnuo4yFb","local_country_iso":"US","local_phone":"+14154445555","local_phone_formatted":"+1 415-444-5555","organization_id":"orga_RbREgmiiwcr1w2b4cOnCMQaQPSIFxMqAD2Dh243uxcH","remote_country_iso":"US","remote_phone":"+18183334444","remote_phone_formatted":"+1 818-333-4444","source":"Close.io","status":"outbox","template_id":null,"text":"Hi! This is a reminder that we have a call scheduled for 12pm PT today.","updated_by":"user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA","updated_by_name":"Tobias Fuenke","user_id":"user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA","user_name":"Tobias Fuenke","users":[]})";
const char whatsappExample[]
    = R"({"_type":"WhatsAppMessage","activity_at":"2016-10-03T16:06:11.167000+00:00","attachments":[],"contact_id":"cont_q4xYmlGhA3060dEl0NDJuHRxPMuVjqLn30AFSzh1fRk","created_by":"user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA","created_by_name":"Tobias Fuenke","date_created":"2016-10-03T16:06:11.167000+00:00","date_updated":"2016-10-03T16:06:11.167000+00:00","direction":"outgoing","external_whatsapp_message_id":"1234567890","id":"acti_12358hIUhaklslYoYSbtozZuUTyB2zO2nhm7iVSpZpp","integration_link":"https://example.com/messages/1234567890","integration_name":"API","lead_id":"lead_iuSXNk1x3446ggPVwQS7ynmp8pGRIDieRYiCnuo4yFb","local_phone":"+16503334444","local_phone_formatted":"+1 650-333-444","message_html":"<p>test</p>","message_markdown":"test","organization_id":"orga_RbREgmiiwcr1w2b4cOnCMQaQPSIFxMqAD2Dh243uxcH","remote_phone":"+18183004000","remote_phone_formatted":"+1 818-300-4000","response_to_id":"acti_asjiweURMfsLgKuYGqbQ4Qp7L5a16pQOcDfTgotqDak","source":"api","text":"test","updated_by":"user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA","updated_by_name":"Tobias Fuenke","user_id":"user_N6KhMpzHRCYQHdn4gRNIFNN5JExnsrprKA6ekxM63XA","user_name":"Tobias Fuenke","users":[]})";

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class tst_ApiCodecs : public QObject
{
    Q_OBJECT

private slots:
    void closeExamplesRoundTrip();
    void smsFields();
    void absentNullAndSet_data();
    void absentNullAndSet();
    void unknownsAreKept();
    void datetimes_data();
    void datetimes();
    void timesAreWrittenAsCloseWritesThem();
    void wrongTypesAreRefused_data();
    void wrongTypesAreRefused();
    void attachments();
    void updateSendsOnlyChanges();
    void createCarriesCreateFields();
    void whatsappUpdate();
    void rateLimitHeader_data();
    void rateLimitHeader();
    void retryAfter_data();
    void retryAfter();
    void errorMapping_data();
    void errorMapping();
};

void tst_ApiCodecs::closeExamplesRoundTrip()
{
    const QJsonObject sms = parse(smsExample);
    QString error;
    const auto decoded = SmsActivity::fromJson(sms, &error);
    QVERIFY2(decoded, qPrintable(error));
    QCOMPARE(decoded->toJson(), sms);
    QVERIFY(decoded->unknownFields.isEmpty());

    const QJsonObject wa = parse(whatsappExample);
    const auto message = WhatsAppMessage::fromJson(wa, &error);
    QVERIFY2(message, qPrintable(error));
    QCOMPARE(message->toJson(), wa);
}

void tst_ApiCodecs::smsFields()
{
    const SmsActivity sms = *SmsActivity::fromJson(parse(smsExample));
    QCOMPARE(sms.type.value(), u"SMS"_s);
    QCOMPARE(sms.status.value(), u"outbox"_s);
    QCOMPARE(sms.statusValue(), SmsActivity::Status::Outbox);
    QVERIFY(sms.isCancellable());
    QVERIFY(!sms.isEditable());
    QCOMPARE(sms.cost.value(), u"1"_s);
    QCOMPARE(sms.remotePhoneFormatted.value(), u"+1 818-333-4444"_s);
    QCOMPARE(sms.activityAt.value(), QDateTime(QDate(2016, 10, 3), QTime(16, 6, 11, 167), Qt::UTC));
    QVERIFY(sms.dateScheduled.isNull());
    QVERIFY(sms.templateId.isNull());
    QVERIFY(sms.attachments.isAbsent()); // not in this example
    QVERIFY(sms.sequenceId.isAbsent());
    QCOMPARE(sms.users.value(), QStringList());
    QVERIFY(sms.users.isSet());
}

void tst_ApiCodecs::absentNullAndSet_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("state");

    QTest::newRow("absent") << QByteArray("{}") << int(Field<QString>::State::Absent);
    QTest::newRow("null") << QByteArray(R"({"text":null})") << int(Field<QString>::State::Null);
    QTest::newRow("empty string is set")
        << QByteArray(R"({"text":""})") << int(Field<QString>::State::Set);
    QTest::newRow("value") << QByteArray(R"({"text":"hi"})") << int(Field<QString>::State::Set);
}

void tst_ApiCodecs::absentNullAndSet()
{
    QFETCH(QByteArray, json);
    QFETCH(int, state);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const auto sms = SmsActivity::fromJson(object);
    QVERIFY(sms);
    QCOMPARE(int(sms->text.state()), state);
    // And back, unchanged: absent stays absent, null stays null.
    QCOMPARE(sms->toJson(), object);
}

void tst_ApiCodecs::unknownsAreKept()
{
    QJsonObject json = parse(smsExample);
    json.insert(u"status"_s, u"queued_for_carrier"_s); // a status from the future
    json.insert(u"caller_id_mode"_s, u"auto"_s); // a field from the newest docs
    json.insert(u"attachments"_s,
                QJsonArray {QJsonObject {{u"url"_s, u"https://x/"_s}, {u"blurhash"_s, u"L6PZ"_s}}});
    const auto sms = SmsActivity::fromJson(json);
    QVERIFY(sms);
    QCOMPARE(sms->status.value(), u"queued_for_carrier"_s);
    QCOMPARE(sms->statusValue(), SmsActivity::Status::Unknown);
    QVERIFY(!sms->isEditable());
    QCOMPARE(sms->unknownFields.value("caller_id_mode"_L1).toString(), u"auto"_s);
    QCOMPARE(sms->toJson(), json);
}

void tst_ApiCodecs::datetimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc");

    const QDateTime noon(QDate(2022, 9, 26), QTime(15, 8, 3, 153), Qt::UTC);
    QTest::newRow("microseconds, +00:00") << "2022-09-26T15:08:03.153064+00:00" << noon;
    QTest::newRow("no offset means UTC") << "2022-09-26T15:08:03.153064" << noon;
    QTest::newRow("Z") << "2022-09-26T15:08:03.153Z" << noon;
    QTest::newRow("offset") << "2022-09-26T17:08:03.153+02:00" << noon;
    QTest::newRow("no fraction") << "2022-09-26T15:08:03+00:00" << noon.addMSecs(-153);
    QTest::newRow("not a date") << "next tuesday" << QDateTime();
    QTest::newRow("date only") << "2022-09-26" << QDateTime();
    QTest::newRow("impossible day") << "2022-02-30T10:00:00" << QDateTime();
    // The edges of the grammar the scanner reads (it replaced a regular expression).
    QTest::newRow("space, no seconds") << "2022-09-26 15:08" << noon.addMSecs(-3153);
    QTest::newRow("offset without colon") << "2022-09-26T10:08:03.153-0500" << noon;
    QTest::newRow("offset hours only") << "2022-09-26T17:08:03.153+02" << noon;
    QTest::newRow("one fraction digit") << "2022-09-26T15:08:03.1Z" << noon.addMSecs(-53);
    QTest::newRow("ten fraction digits") << "2022-09-26T15:08:03.1530640000Z" << QDateTime();
    QTest::newRow("dot without digits") << "2022-09-26T15:08:03.Z" << QDateTime();
    QTest::newRow("dangling colon") << "2022-09-26T15:08:03+05:" << QDateTime();
    QTest::newRow("offset hour 24") << "2022-09-26T15:08:03+24:00" << QDateTime();
    QTest::newRow("trailing text") << "2022-09-26T15:08:03Z and more" << QDateTime();
    QTest::newRow("letters for digits") << "2022-O9-26T15:08:03Z" << QDateTime();
    QTest::newRow("cut short") << "2022-09-26T15:0" << QDateTime();
}

void tst_ApiCodecs::datetimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const auto parsed = CloseTime::parse(text);
    QCOMPARE(parsed.has_value(), utc.isValid());
    if (parsed) {
        QCOMPARE(*parsed, utc);
        QCOMPARE(CloseTime::parse(CloseTime::format(*parsed)), parsed);
    }
    const auto sms = SmsActivity::fromJson({{u"date_sent"_s, text}});
    QCOMPARE(sms.has_value(), utc.isValid());
}

void tst_ApiCodecs::timesAreWrittenAsCloseWritesThem()
{
    // UTC, microseconds, an explicit offset: as Close writes date_created.
    const QDateTime early(QDate(2026, 3, 4), QTime(5, 6, 7, 89), Qt::UTC);
    QCOMPARE(CloseTime::format(early), u"2026-03-04T05:06:07.089000+00:00"_s);
    const QDateTime paris(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone("Europe/Paris"));
    QCOMPARE(CloseTime::format(paris), u"2026-12-31T22:59:59.999000+00:00"_s);
    QCOMPARE(CloseTime::format(QDateTime(QDate(999, 1, 2), QTime(0, 0), Qt::UTC)),
             u"0999-01-02T00:00:00.000000+00:00"_s);
}

void tst_ApiCodecs::wrongTypesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("text is a number") << QByteArray(R"({"text":5})") << "text";
    QTest::newRow("users is a string") << QByteArray(R"({"users":"u1"})") << "users";
    QTest::newRow("users holds numbers") << QByteArray(R"({"users":[1]})") << "users";
    QTest::newRow("attachments is an object")
        << QByteArray(R"({"attachments":{}})") << "attachments";
    QTest::newRow("attachment size is text")
        << QByteArray(R"({"attachments":[{"size":"big"}]})") << "attachments";
    QTest::newRow("date is a number")
        << QByteArray(R"({"date_created":1475510771})") << "date_created";
    QTest::newRow("status is a bool") << QByteArray(R"({"status":true})") << "status";
}

void tst_ApiCodecs::wrongTypesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!SmsActivity::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.startsWith(field), qPrintable(error));
}

void tst_ApiCodecs::attachments()
{
    const QJsonObject mms {
        {u"attachments"_s,
         QJsonArray {QJsonObject {
             {u"content_type"_s, u"image/png"_s},
             {u"filename"_s, u"media_1.png"_s},
             {u"media_id"_s, u"media_1GnAWzBfs0SOjTDcUnyyP9"_s},
             {u"size"_s, 15148},
             {u"thumbnail_url"_s, u"https://app.close.com/go/sms/a/media/m/thumbnail/"_s},
             {u"url"_s, u"https://app.close.com/go/sms/a/media/m/"_s}}}}};
    const auto sms = SmsActivity::fromJson(mms);
    QVERIFY(sms);
    const Attachment a = sms->attachments.value().first();
    QCOMPARE(a.size.value(), qint64(15148));
    QCOMPARE(a.filename.value(), u"media_1.png"_s);
    QCOMPARE(sms->toJson(), mms);
    QCOMPARE(a.toRequestJson().keys(), (QStringList {u"content_type"_s, u"filename"_s, u"url"_s}));
}

void tst_ApiCodecs::updateSendsOnlyChanges()
{
    SmsUpdate update;
    QVERIFY(update.isEmpty());
    QCOMPARE(update.toJson(), QJsonObject());
    update.text = u"New text"_s;
    update.contactId.setNull();
    QCOMPARE(update.toJson(),
             (QJsonObject {{u"text"_s, u"New text"_s}, {u"contact_id"_s, QJsonValue::Null}}));
    QVERIFY(!update.sends());

    update.status = u"scheduled"_s;
    update.dateScheduled
        = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600);
    QVERIFY(update.sends());
    QCOMPARE(update.toJson().value("date_scheduled"_L1).toString(),
             u"2026-11-23T14:00:00.000000+00:00"_s);

    SmsUpdate send;
    send.status = u"outbox"_s;
    send.sendIn = 5;
    QCOMPARE(send.toJson(), (QJsonObject {{u"status"_s, u"outbox"_s}, {u"send_in"_s, 5}}));
    QVERIFY(send.sends());
}

void tst_ApiCodecs::createCarriesCreateFields()
{
    SmsCreate create;
    create.status = u"inbox"_s;
    create.direction = u"inbound"_s;
    create.text = u"Hi"_s;
    create.source.setNull();
    QCOMPARE(create.toJson(),
             (QJsonObject {{u"status"_s, u"inbox"_s},
                           {u"direction"_s, u"inbound"_s},
                           {u"text"_s, u"Hi"_s},
                           {u"source"_s, QJsonValue::Null}}));
}

void tst_ApiCodecs::whatsappUpdate()
{
    WhatsAppUpdate update;
    update.messageMarkdown = u"*bold*"_s;
    update.responseToId.setNull();
    update.direction = u"incoming"_s;
    QCOMPARE(update.toJson(),
             (QJsonObject {{u"message_markdown"_s, u"*bold*"_s},
                           {u"response_to_id"_s, QJsonValue::Null},
                           {u"direction"_s, u"incoming"_s}}));
    QVERIFY(!update.toJson().contains("status"_L1));
    WhatsAppCreate create;
    create.externalWhatsappMessageId = u"wamid.1"_s;
    QCOMPARE(create.toJson().value("external_whatsapp_message_id"_L1).toString(), u"wamid.1"_s);
}

void tst_ApiCodecs::rateLimitHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("remaining");
    QTest::addColumn<double>("reset");

    QTest::newRow("commas") << QByteArray("limit=100, remaining=0, reset=1") << true << 100 << 0
                            << 1.0;
    QTest::newRow("semicolons") << QByteArray("limit=160; remaining=159; reset=8") << true << 160
                                << 159 << 8.0;
    QTest::newRow("any order") << QByteArray("reset=3,limit=16,remaining=14") << true << 16 << 14
                               << 3.0;
    QTest::newRow("fractional reset")
        << QByteArray("limit=10, remaining=0, reset=0.53") << true << 10 << 0 << 0.53;
    QTest::newRow("upper case keys")
        << QByteArray("Limit=5; Remaining=1; Reset=2") << true << 5 << 1 << 2.0;
    QTest::newRow("only reset") << QByteArray("reset=4") << true << -1 << -1 << 4.0;
    QTest::newRow("empty") << QByteArray() << false << -1 << -1 << -1.0;
    QTest::newRow("garbage") << QByteArray("slow down please") << false << -1 << -1 << -1.0;
    QTest::newRow("negative") << QByteArray("reset=-5") << false << -1 << -1 << -1.0;
    QTest::newRow("huge reset is capped")
        << QByteArray("reset=99999999") << true << -1 << -1 << 86400.0;
}

void tst_ApiCodecs::rateLimitHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(int, limit);
    QFETCH(int, remaining);
    QFETCH(double, reset);
    const auto info = RateLimitInfo::parse(header);
    QCOMPARE(info.has_value(), valid);
    if (info) {
        QCOMPARE(info->limit, limit);
        QCOMPARE(info->remaining, remaining);
        QCOMPARE(info->resetSeconds, reset);
    }
}

void tst_ApiCodecs::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<double>("seconds"); // -1: none

    QTest::newRow("seconds") << QByteArray("7") << 7.0;
    QTest::newRow("http date") << QByteArray("Sun, 22 Nov 2026 10:00:30 GMT") << 30.0;
    QTest::newRow("date in the past") << QByteArray("Sun, 22 Nov 2026 09:00:00 GMT") << 0.0;
    QTest::newRow("nonsense") << QByteArray("soon") << -1.0;
    QTest::newRow("empty") << QByteArray() << -1.0;
}

void tst_ApiCodecs::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(double, seconds);
    const QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    const auto parsed = RateLimitInfo::parseRetryAfter(header, now);
    QCOMPARE(parsed.has_value(), seconds >= 0);
    if (parsed)
        QCOMPARE(*parsed, seconds);
}

void tst_ApiCodecs::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("rateLimit");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("message");

    using C = ApiError::Category;
    QTest::newRow("200") << 200 << QByteArray("{}") << QByteArray() << int(C::None) << "";
    QTest::newRow("400 field errors")
        << 400 << QByteArray(R"({"errors":[],"field-errors":{"remote_phone":"Not E.164."}})")
        << QByteArray() << int(C::Validation) << "remote_phone";
    QTest::newRow("400 errors")
        << 400 << QByteArray(R"({"errors":["Only drafts can be modified."],"field-errors":{}})")
        << QByteArray() << int(C::Validation) << "Only drafts can be modified.";
    QTest::newRow("401") << 401 << QByteArray(R"({"error":"Unauthorized"})") << QByteArray()
                         << int(C::Unauthorized) << "Unauthorized";
    QTest::newRow("402") << 402 << QByteArray(R"({"error":"Plan limit reached"})") << QByteArray()
                         << int(C::PaymentRequired) << "Plan limit reached";
    QTest::newRow("403") << 403 << QByteArray() << QByteArray() << int(C::Forbidden) << "403";
    QTest::newRow("404") << 404 << QByteArray(R"({"error":"Not found."})") << QByteArray()
                         << int(C::NotFound) << "Not found.";
    QTest::newRow("429 header") << 429 << QByteArray()
                                << QByteArray("limit=5, remaining=0, reset=3")
                                << int(C::RateLimited) << "429";
    QTest::newRow("429 legacy body")
        << 429 << QByteArray(R"({"error":{"message":"Slow down","rate_reset":2.5}})")
        << QByteArray() << int(C::RateLimited) << "Slow down";
    QTest::newRow("500 html") << 500 << QByteArray("<html><body>Oops</body></html>") << QByteArray()
                              << int(C::Server) << "500";
    QTest::newRow("503") << 503 << QByteArray(R"({"error":"Service unavailable"})") << QByteArray()
                         << int(C::Server) << "Service unavailable";
    QTest::newRow("418") << 418 << QByteArray("I'm a teapot") << QByteArray() << int(C::Other)
                         << "teapot";
}

void tst_ApiCodecs::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, rateLimit);
    QFETCH(int, category);
    QFETCH(QString, message);
    const ApiError error = ApiError::fromHttp(status, body, rateLimit, {});
    QCOMPARE(int(error.category), category);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    if (error.isError())
        QVERIFY(!error.advice().isEmpty());
    if (status == 400 && body.contains("remote_phone"))
        QCOMPARE(error.fieldErrors.value(u"remote_phone"_s), u"Not E.164."_s);
    if (status == 429)
        QVERIFY(error.retryAfterSeconds >= 2);
}

QTEST_GUILESS_MAIN(tst_ApiCodecs)
#include "tst_apicodecs.moc"
