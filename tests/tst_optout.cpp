// Opt-out: a lead who replied STOP is not texted again until START, whether Draftbox heard
// the reply itself or only Close's mark on the contact phone says so; the sandbox keeps the
// mark as Close's carrier does and fails a send to a blocked number.
#include "optout.h"
#include "sandboxfixture.h"
#include "smsbulkaction.h"
#include "smstablemodel.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class tst_OptOut : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keywordsAreWholeReplies_data();
    void keywordsAreWholeReplies();
    void theLatestKeywordStands();
    void sandboxMarksTheContactPhone();
    void sandboxFailsASendToABlockedNumber();
    void stopRefusesSendAndScheduleUntilStart();
    void closesMarkAloneRefuses();
    void bulkSendSkipsAndSaysWhy();
    void sandboxRepliesArriveOverTime();

private:
    //! A US contact of the sample data nobody opted out yet: (contact, lead, number).
    std::tuple<QString, QString, QString> someContact();
    QString postSms(const QString &status, const QString &number, const QString &contact,
                    const QString &text);
    QString postInbound(const QString &number, const QString &contact, const QString &text);
    QString postDraft(const QString &number, const QString &contact, const QString &text);
    bool blockedInSandbox(const QString &contact, const QString &number);
    int loadAll();
    bool refresh();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SmsTableModel> m_model;
};

void tst_OptOut::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(40);
    QVERIFY(m_sandbox->ok());
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
}

void tst_OptOut::cleanup()
{
    m_model.reset();
    m_sandbox.reset();
}

std::tuple<QString, QString, QString> tst_OptOut::someContact()
{
    const QJsonArray contacts = m_sandbox->http->get(u"contact/"_s, u"_limit=100"_s).data();
    for (const QJsonValue &value : contacts) {
        const QJsonObject contact = value.toObject();
        const QJsonObject phone = contact.value("phones"_L1).toArray().at(0).toObject();
        if (phone.value("country"_L1) == "US"_L1 && !phone.value("outbound_sms_blocked"_L1).toBool()
            && phone.value("phone"_L1).toString().startsWith("+1650"_L1))
            return {contact.value("id"_L1).toString(), contact.value("lead_id"_L1).toString(),
                    phone.value("phone"_L1).toString()};
    }
    return {};
}

QString tst_OptOut::postSms(const QString &status, const QString &number, const QString &contact,
                            const QString &text)
{
    const HttpResult result = m_sandbox->http->post(u"activity/sms/"_s,
                                                    {{"status"_L1, status},
                                                     {"text"_L1, text},
                                                     {"remote_phone"_L1, number},
                                                     {"local_phone"_L1, "+14154445555"_L1},
                                                     {"contact_id"_L1, contact}});
    return result.json.value("id"_L1).toString();
}

QString tst_OptOut::postInbound(const QString &number, const QString &contact, const QString &text)
{
    return postSms(u"inbox"_s, number, contact, text);
}

QString tst_OptOut::postDraft(const QString &number, const QString &contact, const QString &text)
{
    return postSms(u"draft"_s, number, contact, text);
}

bool tst_OptOut::blockedInSandbox(const QString &contact, const QString &number)
{
    const QJsonArray phones
        = m_sandbox->http->get(u"contact/%1/"_s.arg(contact)).json.value("phones"_L1).toArray();
    for (const QJsonValue &phone : phones) {
        if (phone.toObject().value("phone"_L1) == number)
            return phone.toObject().value("outbound_sms_blocked"_L1).toBool();
    }
    return false;
}

int tst_OptOut::loadAll()
{
    if (!QTest::qWaitFor([&] { return !m_model->isLoading(); }, 10000))
        return -1;
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        if (!QTest::qWaitFor([&] { return !m_model->isLoading(); }, 10000))
            return -1;
    }
    // The contacts' records too: Close's mark is on them.
    if (!QTest::qWaitFor([&] { return !m_model->isLookingUpNames(); }, 10000))
        return -1;
    return m_model->rowCount();
}

bool tst_OptOut::refresh()
{
    m_model->sms()->refresh();
    return QTest::qWaitFor([&] { return !m_model->isLoading(); }, 10000);
}

void tst_OptOut::keywordsAreWholeReplies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("country");
    QTest::addColumn<int>("keyword");
    const int none = int(OptOutList::Keyword::None), stop = int(OptOutList::Keyword::Stop),
              start = int(OptOutList::Keyword::Start);
    QTest::newRow("STOP") << u"STOP"_s << u"US"_s << stop;
    QTest::newRow("lower, spaced, full stop") << u"  stop. "_s << u"US"_s << stop;
    QTest::newRow("Unsubscribe!") << u"Unsubscribe!"_s << u"GB"_s << stop;
    QTest::newRow("STOPALL") << u"stopall"_s << u"US"_s << stop;
    QTest::newRow("CANCEL") << u"Cancel"_s << u"US"_s << stop;
    QTest::newRow("END") << u"END"_s << u"CA"_s << stop;
    QTest::newRow("QUIT") << u"quit"_s << u"US"_s << stop;
    QTest::newRow("a sentence with stop") << u"Please stop texting me"_s << u"US"_s << none;
    QTest::newRow("stopping by") << u"Stopping by at 3"_s << u"US"_s << none;
    QTest::newRow("ARRET from France") << u"Arrêt"_s << u"FR"_s << stop;
    QTest::newRow("ARRET elsewhere") << u"ARRET"_s << u"US"_s << none;
    QTest::newRow("START") << u"Start"_s << u"US"_s << start;
    QTest::newRow("UNSTOP") << u"UNSTOP"_s << u"US"_s << start;
    QTest::newRow("empty") << QString() << u"US"_s << none;
    QTest::newRow("long text") << QString(u"STOP "_s.repeated(5000)) << u"US"_s << none;
}

void tst_OptOut::keywordsAreWholeReplies()
{
    QFETCH(QString, text);
    QFETCH(QString, country);
    QFETCH(int, keyword);
    QCOMPARE(int(OptOutList::keyword(text, country)), keyword);
}

void tst_OptOut::theLatestKeywordStands()
{
    OptOutList list;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(list.noteReply(u"+1 650-333-4444"_s, u"STOP"_s, t0));
    QVERIFY(list.isOptedOut(u"+16503334444"_s));
    QVERIFY(!list.noteReply(u"+16503334444"_s, u"Sounds good"_s, t0.addSecs(60)));
    QVERIFY(list.isOptedOut(u"+16503334444"_s));
    // An older START heard late does not lift a newer STOP.
    QVERIFY(!list.noteReply(u"+16503334444"_s, u"START"_s, t0.addSecs(-60)));
    QVERIFY(list.isOptedOut(u"+16503334444"_s));
    QVERIFY(list.noteReply(u"+16503334444"_s, u"start"_s, t0.addSecs(120)));
    QVERIFY(!list.isOptedOut(u"+16503334444"_s));
    QCOMPARE(list.latest(u"+16503334444"_s)->word, u"start"_s);
}

void tst_OptOut::sandboxMarksTheContactPhone()
{
    const auto [contact, lead, number] = someContact();
    QVERIFY(!contact.isEmpty());
    QVERIFY(!blockedInSandbox(contact, number));
    QVERIFY(!postInbound(number, contact, u"Please stop"_s).isEmpty());
    QVERIFY(!blockedInSandbox(contact, number));
    QVERIFY(!postInbound(number, contact, u"Stop"_s).isEmpty());
    QVERIFY(blockedInSandbox(contact, number));
    QVERIFY(!postInbound(number, contact, u"START"_s).isEmpty());
    QVERIFY(!blockedInSandbox(contact, number));
}

void tst_OptOut::sandboxFailsASendToABlockedNumber()
{
    const auto [contact, lead, number] = someContact();
    QVERIFY(!postInbound(number, contact, u"STOP"_s).isEmpty());
    const HttpResult sent = m_sandbox->http->post(u"activity/sms/"_s,
                                                  {{"status"_L1, "outbox"_L1},
                                                   {"text"_L1, u"Still there?"_s},
                                                   {"remote_phone"_L1, number},
                                                   {"local_phone"_L1, "+14154445555"_L1},
                                                   {"contact_id"_L1, contact}});
    QCOMPARE(sent.status, 200);
    const QString id = sent.json.value("id"_L1).toString();
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sms(id).value("status"_L1).toString(), u"error"_s, 5000);
    QVERIFY(m_sandbox->sms(id).value("error_message"_L1).toString().contains("STOP"_L1));
    QCOMPARE(m_sandbox->sends(id), 0);
}

void tst_OptOut::stopRefusesSendAndScheduleUntilStart()
{
    const auto [contact, lead, number] = someContact();
    const QString draft = postDraft(number, contact, u"Any news on the proposal?"_s);
    QVERIFY(!draft.isEmpty());
    QVERIFY(loadAll() > 0);
    int row = m_model->rowOf(draft);
    QVERIFY(row >= 0);
    QVERIFY(m_model->canSend(row));

    // The reply comes in; F5 lists it, and the draft to that number may no longer go.
    QVERIFY(!postInbound(number, contact, u"STOP"_s).isEmpty());
    QVERIFY(refresh());
    row = m_model->rowOf(draft);
    QVERIFY(!m_model->canSend(row));
    QVERIFY(!m_model->canSchedule(row));
    const QString why = m_model->sendProblem(row);
    QVERIFY2(why.contains("STOP"_L1) && why.contains("START"_L1), qPrintable(why));
    QVERIFY2(m_model->recipientProblem(row) == why, "said beside the number too");
    m_model->send(row, 0);
    m_model->schedule(row, QDateTime::currentDateTimeUtc().addDays(1));
    QTest::qWait(300);
    QCOMPARE(m_sandbox->sms(draft).value("status"_L1).toString(), u"draft"_s);

    // START lifts it: the same draft goes.
    QVERIFY(!postInbound(number, contact, u"start"_s).isEmpty());
    QVERIFY(refresh());
    row = m_model->rowOf(draft);
    QVERIFY2(m_model->canSend(row), qPrintable(m_model->sendProblem(row)));
    m_model->send(row, 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sends(draft), 1, 5000);
}

void tst_OptOut::closesMarkAloneRefuses()
{
    // Close marked the phone, but the STOP itself is not among the SMS Draftbox lists.
    const auto [contact, lead, number] = someContact();
    const QString stop = postInbound(number, contact, u"STOP"_s);
    QCOMPARE(m_sandbox->http->del(u"activity/sms/%1/"_s.arg(stop)).status, 200);
    QVERIFY(blockedInSandbox(contact, number));
    const QString draft = postDraft(number, contact, u"Following up"_s);
    QVERIFY(loadAll() > 0);
    const int row = m_model->rowOf(draft);
    QVERIFY(row >= 0);
    QVERIFY(!m_model->sms()->optOuts().latest(number));
    QVERIFY(!m_model->canSend(row));
    QVERIFY2(m_model->sendProblem(row).contains("opted out"_L1),
             qPrintable(m_model->sendProblem(row)));
}

void tst_OptOut::bulkSendSkipsAndSaysWhy()
{
    const auto [contact, lead, number] = someContact();
    const QString blocked = postDraft(number, contact, u"One"_s);
    QVERIFY(!postInbound(number, contact, u"QUIT"_s).isEmpty());
    // Another number nobody opted out.
    QString other;
    const QJsonArray contacts = m_sandbox->http->get(u"contact/"_s, u"_limit=100"_s).data();
    for (const QJsonValue &value : contacts) {
        const QJsonObject phone = value.toObject().value("phones"_L1).toArray().at(0).toObject();
        if (phone.value("country"_L1) == "US"_L1 && phone.value("phone"_L1) != number
            && !phone.value("outbound_sms_blocked"_L1).toBool()) {
            other = postDraft(phone.value("phone"_L1).toString(),
                              value.toObject().value("id"_L1).toString(), u"Two"_s);
            break;
        }
    }
    QVERIFY(!other.isEmpty());
    QVERIFY(loadAll() > 0);

    SmsBulkAction bulk(m_model.get(), SmsBulkAction::Kind::Send, {blocked, other});
    QStringList refusedIds;
    QString reason;
    connect(&bulk, &SmsBulkAction::refused, this, [&](const QString &id, const QString &why) {
        refusedIds << id;
        reason = why;
    });
    bulk.start();
    QTRY_VERIFY_WITH_TIMEOUT(bulk.isFinished(), 10000);
    QCOMPARE(refusedIds, QStringList {blocked});
    QVERIFY2(reason.contains("QUIT"_L1), qPrintable(reason));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sms(other).value("status"_L1).toString(), u"sent"_s, 5000);
    QCOMPARE(m_sandbox->sends(blocked), 0);
    QCOMPARE(m_sandbox->sms(blocked).value("status"_L1).toString(), u"draft"_s);
}

void tst_OptOut::sandboxRepliesArriveOverTime()
{
    SandboxConfig config;
    config.seedCount = 40;
    config.rateLimit = 0;
    config.replyEverySeconds = 1;
    SandboxFixture sandbox(config);
    QVERIFY(sandbox.ok());
    const auto inbound = [&sandbox] {
        QStringList found;
        for (const QJsonValue &sms :
             sandbox.http->get(u"activity/sms/"_s, u"_limit=100"_s).data()) {
            if (sms.toObject().value("direction"_L1) == "inbound"_L1)
                found << sms.toObject().value("id"_L1).toString();
        }
        return found;
    };
    const QStringList before = inbound();
    QTRY_VERIFY_WITH_TIMEOUT(inbound().size() > before.size(), 5000);
    QString fresh;
    for (const QString &id : inbound())
        fresh = before.contains(id) ? fresh : id;
    const QJsonObject reply = sandbox.sms(fresh);
    QCOMPARE(reply.value("status"_L1).toString(), u"inbox"_s);
    QVERIFY(!reply.value("text"_L1).toString().isEmpty());
    QVERIFY(reply.value("remote_phone"_L1).toString().startsWith(u'+'));
}

QTEST_GUILESS_MAIN(tst_OptOut)
#include "tst_optout.moc"
