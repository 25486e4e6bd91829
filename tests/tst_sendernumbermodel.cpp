// The numbers the rep can send SMS from: what the sandbox's GET /phone_number/ lists, through
// the api value type, down to the internal, SMS-enabled ones the "From" picker offers.
#include "sendernumbermodel.h"

#include "closeclient.h"
#include "jsoncodec.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

PhoneNumber number(const QJsonObject &json)
{
    const auto decoded = PhoneNumber::fromJson(json);
    return decoded.value_or(PhoneNumber());
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

class tst_SenderNumberModel : public QObject
{
    Q_OBJECT

private slots:
    void offersTheSandboxsSendingNumbers();
    void keepsOnlyNumbersThatSend_data();
    void keepsOnlyNumbersThatSend();
    void replacesEverything();
};

void tst_SenderNumberModel::offersTheSandboxsSendingNumbers()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    SenderNumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    CloseCall *call = sandbox.client->listPhoneNumbers();
    QSignalSpy finished(call, &CloseCall::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<ApiResult>();
    QVERIFY(result.ok());
    model.setNumbers(JsonCodec::decodePage<PhoneNumber>(result.object()));

    // What the sandbox holds, read without the client: its internal numbers with SMS on.
    QStringList expected;
    QStringList labels;
    const QJsonArray all = sandbox.http->get(u"phone_number/"_s).json.value("data"_L1).toArray();
    QCOMPARE(all.size(), 4); // two of them cannot send: a voice-only and an external number
    for (const QJsonValue &value : all) {
        const QJsonObject object = value.toObject();
        if (object.value("type"_L1) == "internal"_L1 && object.value("sms_enabled"_L1).toBool()) {
            expected << object.value("number"_L1).toString();
            labels << object.value("label"_L1).toString();
        }
    }
    QStringList sorted = expected;
    sorted.sort();
    QCOMPARE(sorted, QStringList({u"+14154445555"_s, u"+442071838750"_s}));
    // In Close's order, as the picker lists them.
    QCOMPARE(column(model, SenderNumberModel::NumberRole), expected);
    QCOMPARE(column(model, SenderNumberModel::LabelRole), labels);
    const int us = int(expected.indexOf(u"+14154445555"_s));
    QCOMPARE(model.index(us, 0).data().toString(), u"Sales line (US) — +1 415-444-5555"_s);
    QCOMPARE(model.numbersAndLabels().at(us),
             (QPair<QString, QString>(u"+14154445555"_s, u"Sales line (US)"_s)));
    QCOMPARE(model.numbersAndLabels().size(), 2);
}

void tst_SenderNumberModel::keepsOnlyNumbersThatSend_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("offered");
    const auto with = [](const QJsonValue &type, const QJsonValue &sms) {
        QJsonObject json {
            {u"id"_s, u"phon_1"_s}, {u"number"_s, u"+14155550123"_s}, {u"label"_s, u"Line"_s}};
        if (!type.isUndefined())
            json.insert(u"type"_s, type);
        if (!sms.isUndefined())
            json.insert(u"sms_enabled"_s, sms);
        return json;
    };
    QTest::newRow("internal, SMS on") << with(u"internal"_s, true) << true;
    QTest::newRow("internal, SMS off") << with(u"internal"_s, false) << false;
    QTest::newRow("internal, SMS not said") << with(u"internal"_s, QJsonValue::Undefined) << false;
    QTest::newRow("internal, SMS null") << with(u"internal"_s, QJsonValue::Null) << false;
    QTest::newRow("external, SMS on") << with(u"external"_s, true) << false;
    QTest::newRow("virtual, SMS on") << with(u"virtual"_s, true) << false;
    QTest::newRow("no type, SMS on") << with(QJsonValue::Undefined, true) << false;
}

void tst_SenderNumberModel::keepsOnlyNumbersThatSend()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, offered);
    SenderNumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setNumbers({number(json)});
    QCOMPARE(model.rowCount(), offered ? 1 : 0);
    if (offered)
        QCOMPARE(model.index(0, 0).data(SenderNumberModel::NumberRole), u"+14155550123"_s);
}

void tst_SenderNumberModel::replacesEverything()
{
    SenderNumberModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const auto sending = [](const QString &e164) {
        return number({{u"number"_s, e164}, {u"type"_s, u"internal"_s}, {u"sms_enabled"_s, true}});
    };
    model.setNumbers({sending(u"+14155550101"_s), sending(u"+14155550102"_s)});
    model.setNumbers({sending(u"+14155550103"_s)});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(column(model, SenderNumberModel::NumberRole), QStringList {u"+14155550103"_s});
    model.setNumbers({}); // another account, or Close did not answer
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SenderNumberModel)
#include "tst_sendernumbermodel.moc"
