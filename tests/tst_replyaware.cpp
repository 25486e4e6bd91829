// Reply-aware: when a lead replies after the rep wrote a draft, a scheduled or an outbox SMS to
// them, the form says who and what, a scheduled one can be held back to draft before it goes,
// and Send all names those who replied and can leave them out. Driven as a rep drives the
// window, against the sandbox: what the form shows, what the models hold, what Close holds.
#include "activityfilterproxy.h"
#include "drafteditor.h"
#include "elidedlabel.h"
#include "mainwindow.h"
#include "replywatch.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "windowfixture.h"

#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ReplyAware : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void watchKeepsTheLatestReplyPerNumber();
    void statusAloneIsNotWriting();
    void relativeTimes_data();
    void relativeTimes();

    void replyToScheduledOffersHold();
    void draftNoticeGoesOnceRewritten();
    void outboxShowsTheNoticeWithoutHold();
    void noNoticeForAnotherNumberOrAnOlderReply();
    void bulkSendLeavesOutThoseWhoReplied();
    void bulkSendAsksAgainForAReplyMeanwhile();

private:
    //! The sandbox's contact named `name`: (id, number).
    std::pair<QString, QString> contact(const QString &name);
    QString postSms(const QJsonObject &fields);
    QString postDraft(const QString &name, const QString &text);
    QString postReply(const QString &name, const QString &text);
    //! The window over a sandbox of 60 SMS, every one loaded.
    void start();
    //! F5, as the rep presses it; true once the SMS `id` is in the list.
    bool pressF5Until(const QString &id);
    //! What Close's event log would bring in for `id`, taken as EventSync takes it: nobody
    //! presses anything.
    void arrivesLive(const QString &id);
    //! Picks the drafts in the list (click, then Ctrl+click) and presses Send all: its question.
    QMessageBox *askToSendAll(const QStringList &ids);
    //! The Send all question open now, other than `after`.
    QMessageBox *nextQuestion(const QMessageBox *after);
    static QPushButton *button(QMessageBox *box, const QString &text);
    QWidget *notice() const { return named(m_app->smsForm(), u"replyNotice"_s); }
    QString noticeText() const
    {
        // Who and when, then what they said (each on its line).
        const QString said = named<ElidedLabel>(m_app->smsForm(), u"replyText"_s)->text();
        return named<ElidedLabel>(m_app->smsForm(), u"replyLabel"_s)->text() + u' ' + said;
    }
    QPushButton *holdButton() const
    {
        return named<QPushButton>(m_app->smsForm(), u"holdButton"_s);
    }

    std::unique_ptr<WindowFixture> m_app;
};

void tst_ReplyAware::cleanup()
{
    m_app.reset();
}

std::pair<QString, QString> tst_ReplyAware::contact(const QString &name)
{
    const QJsonArray contacts = m_app->sandbox->http->get(u"contact/"_s, u"_limit=100"_s).data();
    for (const QJsonValue &value : contacts) {
        const QJsonObject person = value.toObject();
        if (person.value("name"_L1).toString() == name)
            return {
                person.value("id"_L1).toString(),
                person.value("phones"_L1).toArray().at(0).toObject().value("phone"_L1).toString()};
    }
    return {};
}

QString tst_ReplyAware::postSms(const QJsonObject &fields)
{
    QJsonObject body {{"local_phone"_L1, "+14154445555"_L1}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    return m_app->sandbox->http->post(u"activity/sms/"_s, body).json.value("id"_L1).toString();
}

QString tst_ReplyAware::postDraft(const QString &name, const QString &text)
{
    const auto [id, number] = contact(name);
    return postSms({{"status"_L1, "draft"_L1},
                    {"text"_L1, text},
                    {"remote_phone"_L1, number},
                    {"contact_id"_L1, id}});
}

QString tst_ReplyAware::postReply(const QString &name, const QString &text)
{
    const auto [id, number] = contact(name);
    return postSms({{"status"_L1, "inbox"_L1},
                    {"text"_L1, text},
                    {"remote_phone"_L1, number},
                    {"contact_id"_L1, id}});
}

void tst_ReplyAware::start()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLoading());
}

bool tst_ReplyAware::pressF5Until(const QString &id)
{
    QTest::keyClick(m_app->window.get(), Qt::Key_F5);
    return QTest::qWaitFor([&] { return m_app->sms->rowOf(id) >= 0 && !m_app->sms->isLoading(); });
}

void tst_ReplyAware::arrivesLive(const QString &id)
{
    m_app->sms->sms()->applyChanges({m_app->sandbox->sms(id)}, {}, QDateTime::currentDateTimeUtc());
}

void tst_ReplyAware::watchKeepsTheLatestReplyPerNumber()
{
    ReplyWatch watch;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(watch.noteWritten(u"draft"_s, u"+1 650-333-4444"_s, u"draft"_s, 1, t0).isEmpty());
    QVERIFY(!watch.since(u"draft"_s));
    // An older reply is one the draft was written after.
    QCOMPARE(watch.noteReply(u"old"_s, u"+16503334444"_s, t0.addSecs(-60)),
             QStringList {u"draft"_s});
    QVERIFY(!watch.since(u"draft"_s));
    QCOMPARE(watch.noteReply(u"new"_s, u"+16503334444"_s, t0.addSecs(60)),
             QStringList {u"draft"_s});
    QCOMPARE(watch.since(u"draft"_s)->id, u"new"_s);
    // Another number's reply tells nobody writing to this one.
    QVERIFY(watch.noteReply(u"other"_s, u"+18183334444"_s, t0.addSecs(120)).isEmpty());
    QCOMPARE(watch.since(u"draft"_s)->id, u"new"_s);
    // A later reply heard before an earlier one: the later stays latest.
    QVERIFY(watch.noteReply(u"between"_s, u"+16503334444"_s, t0.addSecs(30)).isEmpty());
    QCOMPARE(watch.latest(u"+16503334444"_s)->id, u"new"_s);
    // The latest deleted: the one before it is latest, and is still after the draft.
    QCOMPARE(watch.forget(u"new"_s), QStringList {u"draft"_s});
    QCOMPARE(watch.since(u"draft"_s)->id, u"between"_s);
    QCOMPARE(watch.forget(u"between"_s), QStringList {u"draft"_s});
    QVERIFY(!watch.since(u"draft"_s));
    // Sent: no longer one the rep writes.
    QVERIFY(watch.noteReply(u"again"_s, u"+16503334444"_s, t0.addSecs(90)).size() == 1);
    QVERIFY(watch.since(u"draft"_s));
    QVERIFY(watch.forget(u"draft"_s).isEmpty());
    QVERIFY(!watch.since(u"draft"_s));
    QVERIFY(watch.noteReply(u"later"_s, u"+16503334444"_s, t0.addSecs(200)).isEmpty());
}

void tst_ReplyAware::statusAloneIsNotWriting()
{
    ReplyWatch watch;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    watch.noteWritten(u"sms"_s, u"+16503334444"_s, u"scheduled"_s, 7, t0);
    watch.noteReply(u"reply"_s, u"+16503334444"_s, t0.addSecs(60));
    QVERIFY(watch.since(u"sms"_s));
    // Held back to draft: Close dates the change, but nobody wrote a word.
    watch.noteWritten(u"sms"_s, u"+16503334444"_s, u"draft"_s, 7, t0.addSecs(120));
    QCOMPARE(watch.writtenAt(u"sms"_s), t0);
    QVERIFY(watch.since(u"sms"_s));
    // The same copy told again (a name arrived, the list refreshed) is not a save.
    watch.noteWritten(u"sms"_s, u"+16503334444"_s, u"draft"_s, 7, t0.addSecs(120));
    QCOMPARE(watch.writtenAt(u"sms"_s), t0);
    // Saved: written after the reply.
    watch.noteWritten(u"sms"_s, u"+16503334444"_s, u"draft"_s, 7, t0.addSecs(180));
    QCOMPARE(watch.writtenAt(u"sms"_s), t0.addSecs(180));
    QVERIFY(!watch.since(u"sms"_s));
    // Sent with new words in the same request: written too.
    watch.noteReply(u"reply2"_s, u"+16503334444"_s, t0.addSecs(240));
    watch.noteWritten(u"sms"_s, u"+16503334444"_s, u"outbox"_s, 8, t0.addSecs(300));
    QVERIFY(!watch.since(u"sms"_s));
    // To another number: what that number said later counts.
    watch.noteReply(u"chris"_s, u"+18183334444"_s, t0.addSecs(400));
    watch.noteWritten(u"sms"_s, u"+18183334444"_s, u"outbox"_s, 8, t0.addSecs(300));
    QCOMPARE(watch.since(u"sms"_s)->id, u"chris"_s);
}

void tst_ReplyAware::relativeTimes_data()
{
    QTest::addColumn<int>("secondsAgo");
    QTest::addColumn<QString>("shown");
    QTest::newRow("ahead of the rep's clock") << -20 << u"just now"_s;
    QTest::newRow("seconds") << 40 << u"just now"_s;
    QTest::newRow("a minute") << 61 << u"1 min ago"_s;
    QTest::newRow("minutes") << 150 << u"2 min ago"_s;
    QTest::newRow("an hour") << 3700 << u"1 hour ago"_s;
    QTest::newRow("hours") << 5 * 3600 << u"5 hours ago"_s;
    QTest::newRow("yesterday") << 30 * 3600 << u"yesterday"_s;
    QTest::newRow("days") << 3 * 86400 << u"3 days ago"_s;
}

void tst_ReplyAware::relativeTimes()
{
    QFETCH(int, secondsAgo);
    QFETCH(QString, shown);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(SmsForm::ago(now.addSecs(-secondsAgo), now), shown);
    QVERIFY(SmsForm::ago(now.addDays(-30), now).startsWith(u"on "_s));
}

void tst_ReplyAware::replyToScheduledOffersHold()
{
    start();
    const auto [maria, mariaNumber] = contact(u"Maria Lopez"_s);
    const auto [chris, chrisNumber] = contact(u"Chris Nguyen"_s);
    QVERIFY(!maria.isEmpty() && !chris.isEmpty());
    // Both due in a few seconds: Chris's goes, which shows Maria's would have gone too.
    const QString due = QDateTime::currentDateTimeUtc().addSecs(8).toString(Qt::ISODateWithMs);
    const QString held = postSms({{"status"_L1, "scheduled"_L1},
                                  {"date_scheduled"_L1, due},
                                  {"text"_L1, u"See you at 3 tomorrow!"_s},
                                  {"remote_phone"_L1, mariaNumber},
                                  {"contact_id"_L1, maria}});
    const QString control = postSms({{"status"_L1, "scheduled"_L1},
                                     {"date_scheduled"_L1, due},
                                     {"text"_L1, u"See you at 5 tomorrow!"_s},
                                     {"remote_phone"_L1, chrisNumber},
                                     {"contact_id"_L1, chris}});
    QVERIFY(!held.isEmpty() && !control.isEmpty());
    QVERIFY(pressF5Until(control));
    QVERIFY(m_app->smsWorkspace()->selectActivity(held));
    QCOMPARE(m_app->smsForm()->currentId(), held);
    QVERIFY(!notice()->isVisible());

    const QString reply = postReply(u"Maria Lopez"_s, u"Can we move it to 4?\nThanks, Maria"_s);
    QVERIFY(pressF5Until(reply));
    QTRY_VERIFY(notice()->isVisible());
    QTRY_VERIFY2(noticeText().contains(u"Maria Lopez"_s), qPrintable(noticeText()));
    // One line: the reply's lines are joined; the whole of it is in the tooltip.
    QVERIFY2(noticeText().contains(u"just now: “Can we move it to 4? Thanks, Maria”"_s),
             qPrintable(noticeText()));
    QVERIFY(named(m_app->smsForm(), u"replyLabel"_s)->toolTip().contains(u"Thanks, Maria"_s));
    QVERIFY(holdButton()->isVisible());
    QVERIFY(holdButton()->isEnabled());
    // The list says it too, where the status is.
    const QModelIndex status
        = m_app->sms->index(m_app->sms->rowOf(held), SmsTableModel::StatusColumn);
    QVERIFY(status.data(Qt::ToolTipRole).toString().contains(u"replied since you wrote this"_s));
    saveScreenshot(m_app->window.get(), u"reply-scheduled"_s);

    // Hold is where it shows in the tab order: before the fields, after the list.
    QWidget *recipient = named(m_app->smsForm(), u"recipient"_s);
    recipient->setFocus();
    QTest::keyClick(recipient, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), holdButton());
    QTest::keyClick(holdButton(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), recipient);
    // Alt+B, as the button's underlined letter says, from wherever the rep is in the form.
    QTest::keyClick(recipient, Qt::Key_B, Qt::AltModifier);
    QTRY_COMPARE(m_app->sandbox->sms(held).value("status"_L1).toString(), u"draft"_s);
    QTRY_COMPARE(m_app->sms->status(m_app->sms->rowOf(held)), u"draft"_s);
    // Held, not rewritten: what Maria said stays in view for the rep who rewrites it.
    QVERIFY(notice()->isVisible());
    QVERIFY(!holdButton()->isVisible());
    QCOMPARE(m_app->smsForm()->currentId(), held);
    // The rep is in the message, to rewrite it, not in the number.
    QCOMPARE(QApplication::focusWidget(), m_app->smsEditor()->editor());

    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sends(control), 1, 20000);
    QCOMPARE(m_app->sandbox->sends(held), 0);
    QCOMPARE(m_app->sandbox->sms(held).value("status"_L1).toString(), u"draft"_s);
}

void tst_ReplyAware::draftNoticeGoesOnceRewritten()
{
    start();
    const QString draft = postDraft(u"Chris Nguyen"_s, u"Shall I send the contract?"_s);
    QVERIFY(pressF5Until(draft));
    QVERIFY(m_app->smsWorkspace()->selectActivity(draft));
    QVERIFY(!notice()->isVisible());

    // It comes while the form is open, as Close's event log brings it: nobody presses a key.
    const QString reply = postReply(u"Chris Nguyen"_s, u"Not yet, legal is still on it"_s);
    arrivesLive(reply);
    QTRY_VERIFY(notice()->isVisible());
    QTRY_VERIFY2(noticeText().startsWith(u"Chris Nguyen replied just now: “Not yet"_s),
                 qPrintable(noticeText()));
    QVERIFY(!holdButton()->isVisible()); // a draft waits for the rep anyway
    QCOMPARE(m_app->smsForm()->currentId(), draft);
    saveScreenshot(m_app->window.get(), u"reply-draft"_s);

    // Typing the answer keeps what they said in view until it is saved.
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"No rush, I'll wait for legal."_s);
    QVERIFY(notice()->isVisible());
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sandbox->sms(draft).value("text"_L1).toString(),
                 u"No rush, I'll wait for legal."_s);
    QTRY_VERIFY(!notice()->isVisible());
    QCOMPARE(m_app->sms->sms()->replySince(m_app->sms->rowOf(draft)), -1);
}

void tst_ReplyAware::outboxShowsTheNoticeWithoutHold()
{
    start();
    const auto [chris, number] = contact(u"Chris Nguyen"_s);
    // Close holds it a minute before it goes (send_in), as an undo window would.
    const QString sending = postSms({{"status"_L1, "outbox"_L1},
                                     {"send_in"_L1, 59},
                                     {"text"_L1, u"Here is the contract"_s},
                                     {"remote_phone"_L1, number},
                                     {"contact_id"_L1, chris}});
    QVERIFY(!sending.isEmpty());
    QVERIFY(pressF5Until(sending));
    QVERIFY(m_app->smsWorkspace()->selectActivity(sending));
    QCOMPARE(m_app->sms->status(m_app->sms->rowOf(sending)), u"outbox"_s);
    const QString reply = postReply(u"Chris Nguyen"_s, u"Wait, wrong address"_s);
    arrivesLive(reply);
    QTRY_VERIFY(notice()->isVisible());
    QVERIFY(noticeText().contains(u"Wait, wrong address"_s));
    QVERIFY(!holdButton()->isVisible()); // Cancel sending is there for it
    QVERIFY(named(m_app->smsForm(), u"replyLabel"_s)->toolTip().contains(u"may already be out"_s));
}

void tst_ReplyAware::noNoticeForAnotherNumberOrAnOlderReply()
{
    start();
    // Chris replied before the rep wrote to him: the draft was written with it in view.
    const QString older = postReply(u"Chris Nguyen"_s, u"Send me the details"_s);
    // Written in the same millisecond or later: either way not after the reply.
    const QString toChris = postDraft(u"Chris Nguyen"_s, u"Here are the details"_s);
    const QString toMaria = postDraft(u"Maria Lopez"_s, u"How was the demo?"_s);
    QVERIFY(pressF5Until(toMaria));
    QVERIFY(m_app->smsWorkspace()->selectActivity(toChris));
    QVERIFY(eventsHandled());
    QVERIFY(!notice()->isVisible());
    QCOMPARE(m_app->sms->sms()->replySince(m_app->sms->rowOf(toChris)), -1);

    QVERIFY(m_app->smsWorkspace()->selectActivity(toMaria));
    const QString other = postReply(u"Chris Nguyen"_s, u"Got them, thanks"_s);
    QVERIFY(pressF5Until(other));
    QVERIFY(eventsHandled());
    QVERIFY(!notice()->isVisible());
    QCOMPARE(m_app->sms->sms()->replySince(m_app->sms->rowOf(toMaria)), -1);
    // That one is to Chris's draft, which says so when opened.
    QVERIFY(m_app->smsWorkspace()->selectActivity(toChris));
    QTRY_VERIFY(notice()->isVisible());
    QVERIFY(noticeText().contains(u"Got them, thanks"_s));
}

QMessageBox *tst_ReplyAware::askToSendAll(const QStringList &ids)
{
    QTest::mouseClick(m_app->chip(u"draft"_s), Qt::LeftButton);
    QTableView *list = m_app->smsList();
    bool first = true;
    for (const QString &id : ids) {
        QModelIndex index;
        for (int row = 0; row < m_app->smsProxy()->rowCount() && !index.isValid(); ++row) {
            const QModelIndex at = m_app->smsProxy()->index(row, 0);
            if (at.data(ActivityTableModel::IdRole).toString() == id)
                index = at;
        }
        if (!index.isValid())
            return nullptr;
        list->scrollTo(index);
        QCoreApplication::processEvents();
        QTest::mouseClick(list->viewport(), Qt::LeftButton,
                          first ? Qt::KeyboardModifiers {} : Qt::ControlModifier,
                          list->visualRect(index).center());
        first = false;
    }
    if (m_app->smsWorkspace()->selectedDrafts().size() != ids.size())
        return nullptr;
    QTest::mouseClick(named<QPushButton>(m_app->window.get(), u"bulkSendButton"_s), Qt::LeftButton);
    return nextQuestion(nullptr);
}

QMessageBox *tst_ReplyAware::nextQuestion(const QMessageBox *after)
{
    QMessageBox *box = nullptr;
    const bool open = QTest::qWaitFor([&] {
        for (QMessageBox *shown : m_app->window->findChildren<QMessageBox *>(u"bulkConfirmation"_s))
            if (shown != after && shown->isVisible())
                box = shown;
        return box != nullptr;
    });
    return open ? box : nullptr;
}

QPushButton *tst_ReplyAware::button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons())
        if (b->text() == text)
            return qobject_cast<QPushButton *>(b);
    return nullptr;
}

void tst_ReplyAware::bulkSendLeavesOutThoseWhoReplied()
{
    start();
    const QString toMaria = postDraft(u"Maria Lopez"_s, u"Demo recording attached"_s);
    const QString toChris = postDraft(u"Chris Nguyen"_s, u"Demo recording attached"_s);
    const QString toDev = postDraft(u"Dev Patel"_s, u"Demo recording attached"_s);
    QVERIFY(!toMaria.isEmpty() && !toChris.isEmpty() && !toDev.isEmpty());
    QVERIFY(pressF5Until(toDev));
    for (const QString &id : {toMaria, toChris, toDev})
        QVERIFY2(m_app->sms->canSend(m_app->sms->rowOf(id)),
                 qPrintable(m_app->sms->sendProblem(m_app->sms->rowOf(id))));
    const QString mariaSaid = postReply(u"Maria Lopez"_s, u"Already watched it, thanks"_s);
    const QString chrisSaid = postReply(u"Chris Nguyen"_s, u"Please call instead"_s);
    QVERIFY(pressF5Until(mariaSaid));
    QTRY_VERIFY(m_app->sms->rowOf(chrisSaid) >= 0);

    // The three drafts, picked in the list as the rep picks them.
    QMessageBox *box = askToSendAll({toMaria, toChris, toDev});
    QVERIFY(box);
    const QString said = box->informativeText();
    QVERIFY2(said.startsWith(u"2 recipients replied since you wrote their draft:"_s),
             qPrintable(said));
    QVERIFY2(said.contains(u"Maria Lopez"_s) && said.contains(u"Chris Nguyen"_s), qPrintable(said));
    QVERIFY2(!said.contains(u"Dev Patel"_s), qPrintable(said));
    QVERIFY(box->detailedText().contains(u"Please call instead"_s));
    saveScreenshot(box, u"reply-bulk"_s);
    auto *leaveOut = named<QPushButton>(box, u"bulkLeaveOutButton"_s);
    QVERIFY(leaveOut);
    QCOMPARE(leaveOut->text(), u"Send only the other 1"_s);
    QTest::mouseClick(leaveOut, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sends(toDev), 1, 10000);
    QTRY_VERIFY(named<QLabel>(m_app->window.get(), u"bulkLabel"_s)->text().startsWith(u"Done"_s));
    QVERIFY(!m_app->settle().contains(u"no answer"_s)); // what was asked is answered
    for (const QString &id : {toMaria, toChris}) {
        QCOMPARE(m_app->sandbox->sends(id), 0);
        QCOMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
        QCOMPARE(m_app->sms->status(m_app->sms->rowOf(id)), u"draft"_s);
    }
}

void tst_ReplyAware::bulkSendAsksAgainForAReplyMeanwhile()
{
    start();
    const QString toChris = postDraft(u"Chris Nguyen"_s, u"Pricing sheet attached"_s);
    const QString toDev = postDraft(u"Dev Patel"_s, u"Pricing sheet attached"_s);
    // Maria said STOP; a draft to her written since is no reply-since, but Close would refuse it.
    const QString stop = postReply(u"Maria Lopez"_s, u"STOP"_s);
    QVERIFY(pressF5Until(stop));
    const QString toMaria = postDraft(u"Maria Lopez"_s, u"Pricing sheet attached"_s);
    QVERIFY(pressF5Until(toMaria));
    QVERIFY(!m_app->sms->canSend(m_app->sms->rowOf(toMaria)));

    QMessageBox *box = askToSendAll({toChris, toDev, toMaria});
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(u"Send 2 SMS now?"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(
                 u"Left as drafts, as Close would not send them:\nMaria Lopez replied “STOP”"_s),
             qPrintable(box->text()));
    // Chris replies while the rep reads the question.
    const QString chrisSaid = postReply(u"Chris Nguyen"_s, u"Not interested, please stop"_s);
    arrivesLive(chrisSaid);
    QPushButton *all = button(box, u"Send all"_s);
    QVERIFY(all);
    QTest::mouseClick(all, Qt::LeftButton);
    // Not sent: asked again, naming him.
    QMessageBox *again = nextQuestion(box);
    QVERIFY(again);
    QVERIFY2(again->informativeText().contains(u"Chris Nguyen"_s),
             qPrintable(again->informativeText()));
    QCOMPARE(m_app->sandbox->sends(toChris), 0);
    QTest::mouseClick(named<QPushButton>(again, u"bulkLeaveOutButton"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sends(toDev), 1, 10000);
    QTRY_VERIFY(named<QLabel>(m_app->window.get(), u"bulkLabel"_s)->text().startsWith(u"Done"_s));
    QCOMPARE(named<QLabel>(m_app->window.get(), u"bulkLabel"_s)->text(), u"Done: 1 of 1."_s);
    for (const QString &id : {toChris, toMaria}) {
        QCOMPARE(m_app->sandbox->sends(id), 0);
        QCOMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    }
}

QTEST_MAIN(tst_ReplyAware)
#include "tst_replyaware.moc"
