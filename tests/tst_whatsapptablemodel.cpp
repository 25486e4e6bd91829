// WhatsAppTableModel against the sandbox: every record is editable, saves send only what
// changed (the server derives message_html), a bad phone is marked, delete removes the row.
#include "sandboxfixture.h"
#include "whatsapptablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_WhatsAppTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsAndShows();
    void editMarkdownAndSave();
    void directionAndReplyTo();
    void badPhoneIsMarked();
    void deleteMessage();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<WhatsAppTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_WhatsAppTableModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(30);
    QVERIFY(m_sandbox->ok());
    m_model = std::make_unique<WhatsAppTableModel>(m_sandbox->client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!m_model->isLoading() && !m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 30);
}

void tst_WhatsAppTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_sandbox.reset();
}

void tst_WhatsAppTableModel::loadsAndShows()
{
    const QString id = m_model->idAt(0);
    const QJsonObject server
        = m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json;
    QCOMPARE(m_model->index(0, WhatsAppTableModel::MessageColumn).data().toString(),
             server.value("text"_L1).toString().section(QLatin1Char('\n'), 0, 0));
    QCOMPARE(m_model->index(0, WhatsAppTableModel::DirectionColumn).data().toString(),
             server.value("direction"_L1) == "incoming"_L1 ? u"Received"_s : u"Sent"_s);
    // Every record is editable: Close only records WhatsApp messages.
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->index(row, m_model->fieldColumn(u"message_markdown"_s)).flags()
                & Qt::ItemIsEditable);
    QVERIFY(
        !(m_model->index(0, m_model->fieldColumn(u"message_html"_s)).flags() & Qt::ItemIsEditable));
    QCOMPARE(m_model->fieldColumn(u"status"_s), -1);
}

void tst_WhatsAppTableModel::editMarkdownAndSave()
{
    const QString id = m_model->idAt(2);
    QVERIFY(m_model->setData(m_model->index(2, m_model->fieldColumn(u"message_markdown"_s)),
                             u"Price is *$59* now"_s));
    QVERIFY(m_model->isDirty(2));
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->save(2);
    QVERIFY(saved.wait(5000));
    const QJsonObject stored
        = m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json;
    QCOMPARE(stored.value("message_markdown"_L1).toString(), u"Price is *$59* now"_s);
    QCOMPARE(stored.value("message_html"_L1).toString(),
             u"<p>Price is <strong>$59</strong> now</p>"_s);
    const int at = m_model->rowOf(id);
    QVERIFY(!m_model->isDirty(at));
    QCOMPARE(m_model->field(at, u"message_html"_s).toString(),
             stored.value("message_html"_L1).toString());
}

void tst_WhatsAppTableModel::directionAndReplyTo()
{
    const QString id = m_model->idAt(0);
    const QString other = m_model->idAt(1);
    const QString direction = m_model->field(0, u"direction"_s).toString();
    const QString flipped = direction == "incoming"_L1 ? u"outgoing"_s : u"incoming"_s;
    m_model->setField(0, u"direction"_s, flipped);
    m_model->setField(0, u"response_to_id"_s, other);
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->save(0);
    QVERIFY(saved.wait(5000));
    const QJsonObject stored
        = m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json;
    QCOMPARE(stored.value("direction"_L1).toString(), flipped);
    QCOMPARE(stored.value("response_to_id"_L1).toString(), other);
    // Clearing the reply sends null.
    m_model->setField(m_model->rowOf(id), u"response_to_id"_s, QVariant());
    m_model->save(m_model->rowOf(id));
    QVERIFY(saved.wait(5000));
    QVERIFY(m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id))
                .json.value("response_to_id"_L1)
                .isNull());
}

void tst_WhatsAppTableModel::badPhoneIsMarked()
{
    const QString id = m_model->idAt(3);
    const QJsonObject before
        = m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json;
    m_model->setField(3, u"remote_phone"_s, u"call me maybe"_s);
    QSignalSpy failed(m_model.get(), &ActivityTableModel::failed);
    m_model->save(3);
    QVERIFY(failed.wait(5000));
    const int at = m_model->rowOf(id);
    QVERIFY(m_model->isDirty(at));
    QVERIFY(!m_model->index(at, m_model->fieldColumn(u"remote_phone"_s))
                 .data(ActivityTableModel::FieldErrorRole)
                 .toString()
                 .isEmpty());
    QCOMPARE(m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json, before);
}

void tst_WhatsAppTableModel::deleteMessage()
{
    const QString id = m_model->idAt(4);
    m_model->deleteMessage(4);
    QTRY_COMPARE(m_model->rowCount(), 29);
    QCOMPARE(m_model->rowOf(id), -1);
    QCOMPARE(m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).status, 404);
}

QTEST_GUILESS_MAIN(tst_WhatsAppTableModel)
#include "tst_whatsapptablemodel.moc"
