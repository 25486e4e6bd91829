// The SMS templates the rep can pick: what the sandbox's GET /sms_template/ lists, through the
// api value type, without the archived ones.
#include "smstemplatemodel.h"

#include "closeclient.h"
#include "jsoncodec.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

SmsTemplate smsTemplate(const QJsonObject &json)
{
    return SmsTemplate::fromJson(json).value_or(SmsTemplate());
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, 0).data(role).toString();
    return values;
}

} // namespace

class tst_SmsTemplateModel : public QObject
{
    Q_OBJECT

private slots:
    void offersTheSandboxsTemplates();
    void leavesArchivedOut_data();
    void leavesArchivedOut();
    void replacesEverything();
};

void tst_SmsTemplateModel::offersTheSandboxsTemplates()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    SmsTemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    CloseCall *call = sandbox.client->listSmsTemplates();
    QSignalSpy finished(call, &CloseCall::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<ApiResult>();
    QVERIFY(result.ok());
    model.setTemplates(JsonCodec::decodePage<SmsTemplate>(result.object()));

    // What the sandbox holds, read without the client, in its order.
    QStringList ids;
    QStringList names;
    QStringList texts;
    const QJsonArray all = sandbox.http->get(u"sms_template/"_s).json.value("data"_L1).toArray();
    for (const QJsonValue &value : all) {
        ids << value["id"_L1].toString();
        names << value["name"_L1].toString();
        texts << value["text"_L1].toString();
    }
    QCOMPARE(names.size(), 4);
    QCOMPARE(column(model, Qt::DisplayRole), names);
    QCOMPARE(column(model, SmsTemplateModel::IdRole), ids);
    QCOMPARE(column(model, SmsTemplateModel::TextRole), texts);
    // The placeholders stay for the renderer: the model holds the template as Close has it.
    const int cold = int(names.indexOf(u"Cold 1"_s));
    QVERIFY(cold >= 0);
    QCOMPARE(model.index(cold, 0).data(SmsTemplateModel::TextRole).toString(),
             u"Hey {{ contact.first_name }}, ever considered Close?"_s);
    const auto tuples = model.idsNamesAndTexts();
    QCOMPARE(tuples.size(), 4);
    QCOMPARE(std::get<0>(tuples.at(3)), ids.at(3));
    QCOMPARE(std::get<1>(tuples.at(3)), names.at(3));
    QCOMPARE(std::get<2>(tuples.at(3)), texts.at(3));
}

void tst_SmsTemplateModel::leavesArchivedOut_data()
{
    QTest::addColumn<QJsonValue>("status");
    QTest::addColumn<bool>("offered");
    QTest::newRow("active") << QJsonValue(u"active"_s) << true;
    QTest::newRow("archived") << QJsonValue(u"archived"_s) << false;
    QTest::newRow("no status") << QJsonValue(QJsonValue::Undefined) << true;
    QTest::newRow("null status") << QJsonValue(QJsonValue::Null) << true;
}

void tst_SmsTemplateModel::leavesArchivedOut()
{
    QFETCH(QJsonValue, status);
    QFETCH(bool, offered);
    QJsonObject json {{u"id"_s, u"smstmpl_1"_s}, {u"name"_s, u"Hello"_s}, {u"text"_s, u"Hi!"_s}};
    if (!status.isUndefined())
        json.insert(u"status"_s, status);
    SmsTemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTemplates({smsTemplate(json)});
    QCOMPARE(model.rowCount(), offered ? 1 : 0);
    if (offered)
        QCOMPARE(model.index(0, 0).data().toString(), u"Hello"_s);
}

void tst_SmsTemplateModel::replacesEverything()
{
    SmsTemplateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setTemplates({smsTemplate({{u"id"_s, u"smstmpl_1"_s}, {u"name"_s, u"One"_s}}),
                        smsTemplate({{u"id"_s, u"smstmpl_2"_s}, {u"name"_s, u"Two"_s}})});
    model.setTemplates({smsTemplate({{u"id"_s, u"smstmpl_3"_s}, {u"name"_s, u"Three"_s}})});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(column(model, Qt::DisplayRole), QStringList {u"Three"_s});
    model.setTemplates({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_SmsTemplateModel)
#include "tst_smstemplatemodel.moc"
