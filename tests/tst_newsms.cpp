// Texting from Draftbox, driven as a rep would: New SMS (Ctrl+N) finds the recipient by name
// or number and creates the draft in Close first; Reply answers an inbound SMS from the number
// it came in on; Write again makes a failed SMS a new draft. Each is checked in the sandbox.
#include "activityfilterproxy.h"
#include "drafteditor.h"
#include "mainwindow.h"
#include "newsmsdialog.h"
#include "recipientmodel.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_NewSms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ctrlNFindsAKnownPersonAndCreatesTheDraft();
    void aTypedNumberIsARecipientToo();
    void closeFindsPeopleTheListDoesNotHave();
    void aRefusedCreateKeepsTheDialog();
    void replyGoesToTheSenderFromTheNumberItCameIn();
    void writeAgainCarriesTheFailedText();
    void aKeywordReplyArrivingKeepsTheListRight();
    void ctrlRRepliesFromTheList();
    void anEmptyNewDraftLeftIsDiscarded();
    void ctrlReturnOnAnOptedOutDraftSaysWhy();

private:
    NewSmsDialog *openDialog();
    //! The SMS in the sandbox that are not in `before`.
    QStringList newIds(const QStringList &before);
    QStringList sandboxIds();
    QString firstWithStatus(const QString &status);

    std::unique_ptr<WindowFixture> m_app;
};

void tst_NewSms::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLoading());
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
}

void tst_NewSms::cleanup()
{
    m_app.reset();
}

QStringList tst_NewSms::sandboxIds()
{
    QStringList ids;
    for (const QJsonValue &sms :
         m_app->sandbox->http->get(u"activity/sms/"_s, u"_limit=100"_s).data())
        ids << sms.toObject().value("id"_L1).toString();
    return ids;
}

QStringList tst_NewSms::newIds(const QStringList &before)
{
    QStringList added;
    for (const QString &id : sandboxIds()) {
        if (!before.contains(id))
            added << id;
    }
    return added;
}

QString tst_NewSms::firstWithStatus(const QString &status)
{
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == status
            && !m_app->sms->field(row, u"remote_phone"_s).toString().isEmpty())
            return m_app->sms->idAt(row);
    }
    return {};
}

NewSmsDialog *tst_NewSms::openDialog()
{
    // The window comes back to the front after a dialog, as a window manager would bring it.
    QApplication::setActiveWindow(m_app->window.get());
    if (!QTest::qWaitFor([this] { return m_app->window->isActiveWindow(); }))
        return nullptr;
    QTest::keyClick(m_app->window.get(), Qt::Key_N, Qt::ControlModifier);
    NewSmsDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            // One closed a moment ago may not be deleted yet.
            for (NewSmsDialog *d : m_app->window->findChildren<NewSmsDialog *>())
                dialog = d->isVisible() ? d : dialog;
            return dialog != nullptr;
        }))
        return nullptr;
    // As a window manager would (the offscreen platform and a bare Xvfb have none).
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitFor([dialog] { return dialog->isActiveWindow(); }) ? dialog : nullptr;
}

void tst_NewSms::ctrlNFindsAKnownPersonAndCreatesTheDraft()
{
    const QStringList before = sandboxIds();
    NewSmsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = named<QLineEdit>(dialog, u"recipientSearch"_s);
    QVERIFY(to->hasFocus());
    QTest::keyClicks(to, u"maria lo"_s); // the person, found without her accent or her whole name
    auto *matches = named<QListView>(dialog, u"recipientMatches"_s);
    QTRY_VERIFY(matches->model()->rowCount() > 0);
    const QModelIndex first = matches->currentIndex();
    QVERIFY(first.isValid());
    QVERIFY2(first.data().toString().contains("Maria Lopez"_L1),
             qPrintable(first.data().toString()));
    QCOMPARE(first.data(RecipientModel::PhoneRole).toString(), u"+16503334444"_s);
    const QString contact = first.data(RecipientModel::ContactIdRole).toString();
    QVERIFY(contact.startsWith("cont_"_L1));
    QCOMPARE(named<QComboBox>(dialog, u"newSmsSender"_s)->currentData(Qt::UserRole + 1).toString(),
             u"+14154445555"_s);
    saveScreenshot(dialog, u"new-sms"_s);
    const QPointer<NewSmsDialog> guard(dialog); // it deletes itself once closed
    QTest::keyClick(to, Qt::Key_Return);

    QTRY_VERIFY(!guard || !guard->isVisible());
    QStringList added;
    QTRY_COMPARE((added = newIds(before)).size(), 1);
    const QJsonObject draft = m_app->sandbox->sms(added.first());
    QCOMPARE(draft.value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(draft.value("remote_phone"_L1).toString(), u"+16503334444"_s);
    QCOMPARE(draft.value("local_phone"_L1).toString(), u"+14154445555"_s);
    QCOMPARE(draft.value("contact_id"_L1).toString(), contact);
    // Opened in the form, the message ready for typing; it is saved and sent as any draft.
    QTRY_COMPARE(m_app->smsForm()->currentId(), added.first());
    // The editor has the window's focus, for when the window is active again.
    QTRY_COMPARE(m_app->window->focusWidget(), m_app->smsEditor()->editor());
    QApplication::setActiveWindow(m_app->window.get());
    QTRY_VERIFY(m_app->smsEditor()->editor()->hasFocus());
    QTest::keyClicks(m_app->smsEditor()->editor(), u"Hi Maria, a quick question"_s);
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sandbox->sms(added.first()).value("text"_L1).toString(),
                 u"Hi Maria, a quick question"_s);
}

void tst_NewSms::aTypedNumberIsARecipientToo()
{
    const QStringList before = sandboxIds();
    NewSmsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = named<QLineEdit>(dialog, u"recipientSearch"_s);
    QTest::keyClicks(to, u"+1 202 555 0143"_s);
    auto *matches = named<QListView>(dialog, u"recipientMatches"_s);
    QTRY_COMPARE(matches->currentIndex().data(RecipientModel::PhoneRole).toString(),
                 u"+12025550143"_s);
    QVERIFY(matches->currentIndex().data().toString().contains("no contact"_L1));
    QTest::mouseClick(named<QPushButton>(dialog, u"createDraftButton"_s), Qt::LeftButton);
    QStringList added;
    QTRY_COMPARE((added = newIds(before)).size(), 1);
    QCOMPARE(m_app->sandbox->sms(added.first()).value("remote_phone"_L1).toString(),
             u"+12025550143"_s);

    // Nonsense finds nobody, and says what to type instead.
    dialog = openDialog();
    QVERIFY(dialog);
    QTest::keyClicks(named<QLineEdit>(dialog, u"recipientSearch"_s), u"zzqx"_s);
    auto *note = named<QLabel>(dialog, u"searchNote"_s);
    QTRY_VERIFY(note->text().contains("No one matches"_L1));
    QVERIFY(!named<QPushButton>(dialog, u"createDraftButton"_s)->isEnabled());
    dialog->reject();
}

void tst_NewSms::closeFindsPeopleTheListDoesNotHave()
{
    // Nothing listed here: whoever is found came from Close's lead search.
    SmsTableModel empty(m_app->sandbox->client.get());
    RecipientModel *model = empty.createRecipientModel(this);
    model->setPauseMs(10);
    model->setSearch(u"Granite"_s);
    QCOMPARE(model->rowCount(), 0);
    QTRY_VERIFY(!model->isSearching());
    QCOMPARE(model->searchProblem(), QString());
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        names << model->index(row).data(RecipientModel::NameRole).toString();
        QCOMPARE(model->index(row).data(RecipientModel::LeadNameRole).toString(),
                 u"Granite Fitness"_s);
    }
    names.sort();
    QCOMPARE(names, (QStringList {u"Noah Tremblay"_s, u"Olivia Brown"_s}));
    // A number, however written, finds its contact.
    model->setSearch(u"(514) 555-0123"_s);
    QTRY_VERIFY(!model->isSearching());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(RecipientModel::NameRole).toString(), u"Noah Tremblay"_s);
    delete model;
}

void tst_NewSms::aRefusedCreateKeepsTheDialog()
{
    const QStringList before = sandboxIds();
    NewSmsDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *to = named<QLineEdit>(dialog, u"recipientSearch"_s);
    QTest::keyClicks(to, u"+1 202 555 0177"_s);
    QTRY_VERIFY(named<QPushButton>(dialog, u"createDraftButton"_s)->isEnabled());
    // A POST is never repeated by Draftbox: one lost connection is one refusal.
    QVERIFY(m_app->sandbox->queueFaults({u"drop-before"_s}));
    QTest::mouseClick(named<QPushButton>(dialog, u"createDraftButton"_s), Qt::LeftButton);
    auto *result = named<QLabel>(dialog, u"createResult"_s);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains("did not create"_L1), 20000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(to->text(), u"+1 202 555 0177"_s);
    QVERIFY(newIds(before).isEmpty());
    // Once Close answers again, the same choice makes the draft.
    QTRY_VERIFY(named<QPushButton>(dialog, u"createDraftButton"_s)->isEnabled());
    const QPointer<NewSmsDialog> guard(dialog); // it deletes itself once closed
    QTest::mouseClick(named<QPushButton>(dialog, u"createDraftButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(newIds(before).size(), 1);
}

void tst_NewSms::replyGoesToTheSenderFromTheNumberItCameIn()
{
    const QString inbound = firstWithStatus(u"inbox"_s);
    QVERIFY(!inbound.isEmpty());
    m_app->smsWorkspace()->reveal(inbound);
    QTRY_COMPARE(m_app->smsForm()->currentId(), inbound);
    auto *reply = named<QPushButton>(m_app->smsForm(), u"replyButton"_s);
    QVERIFY(reply->isVisible());
    QVERIFY(!named<QPushButton>(m_app->smsForm(), u"writeAgainButton"_s)->isVisible());
    const QStringList before = sandboxIds();
    const QJsonObject theirs = m_app->sandbox->sms(inbound);
    QTest::mouseClick(reply, Qt::LeftButton);
    QStringList added;
    QTRY_COMPARE((added = newIds(before)).size(), 1);
    const QJsonObject draft = m_app->sandbox->sms(added.first());
    QCOMPARE(draft.value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(draft.value("direction"_L1).toString(), u"outbound"_s);
    QCOMPARE(draft.value("remote_phone"_L1), theirs.value("remote_phone"_L1));
    QCOMPARE(draft.value("local_phone"_L1), theirs.value("local_phone"_L1));
    QCOMPARE(draft.value("contact_id"_L1), theirs.value("contact_id"_L1));
    QCOMPARE(draft.value("text"_L1).toString(), QString());
    QTRY_COMPARE(m_app->smsForm()->currentId(), added.first());
    QTRY_VERIFY(m_app->smsEditor()->editor()->hasFocus());
    QVERIFY(!reply->isVisible()); // a draft is no inbound SMS
}

void tst_NewSms::writeAgainCarriesTheFailedText()
{
    const QString failed = firstWithStatus(u"error"_s);
    QVERIFY(!failed.isEmpty());
    m_app->smsWorkspace()->reveal(failed);
    QTRY_COMPARE(m_app->smsForm()->currentId(), failed);
    auto *again = named<QPushButton>(m_app->smsForm(), u"writeAgainButton"_s);
    QVERIFY(again->isVisible());
    const QStringList before = sandboxIds();
    const QJsonObject original = m_app->sandbox->sms(failed);
    QTest::mouseClick(again, Qt::LeftButton);
    QStringList added;
    QTRY_COMPARE((added = newIds(before)).size(), 1);
    const QJsonObject draft = m_app->sandbox->sms(added.first());
    QCOMPARE(draft.value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(draft.value("text"_L1), original.value("text"_L1));
    QCOMPARE(draft.value("remote_phone"_L1), original.value("remote_phone"_L1));
    QCOMPARE(m_app->sandbox->sms(failed).value("status"_L1).toString(), u"error"_s);
    QTRY_COMPARE(m_app->smsForm()->currentId(), added.first());
    QCOMPARE(m_app->smsEditor()->editor()->toPlainText(), original.value("text"_L1).toString());
}

void tst_NewSms::aKeywordReplyArrivingKeepsTheListRight()
{
    // Found by a fresh-eyes pass: with the Scheduled chip on, F5 brought a START reply, and
    // the list showed drafts among the scheduled SMS and left scheduled ones out.
    QTest::mouseClick(m_app->chip(u"scheduled"_s), Qt::LeftButton);
    const auto scheduledShown = [this] {
        int shown = 0;
        for (int row = 0; row < m_app->smsProxy()->rowCount(); ++row) {
            const int source
                = m_app->smsProxy()->mapToSource(m_app->smsProxy()->index(row, 0)).row();
            if (m_app->sms->status(source) == "scheduled"_L1)
                ++shown;
            else if (m_app->sms->idAt(source) != m_app->smsForm()->currentId())
                return -1; // only the SMS open in the form stays whatever the chips say
        }
        return shown;
    };
    int scheduled = 0;
    for (int row = 0; row < m_app->sms->rowCount(); ++row)
        scheduled += m_app->sms->status(row) == "scheduled"_L1;
    QVERIFY(scheduled > 0);
    QCOMPARE(scheduledShown(), scheduled);
    for (const auto &[number, word] :
         {std::pair {"+14165550199", "START"}, std::pair {"+16503334444", "STOP"}}) {
        QCOMPARE(m_app->sandbox->http
                     ->post(u"activity/sms/"_s,
                            {{"status"_L1, "inbox"_L1},
                             {"text"_L1, QString::fromLatin1(word)},
                             {"remote_phone"_L1, QString::fromLatin1(number)},
                             {"local_phone"_L1, "+14154445555"_L1}})
                     .status,
                 200);
    }
    m_app->sms->sms()->refresh();
    QTRY_VERIFY(!m_app->sms->isLoading());
    QTRY_COMPARE(m_app->sms->rowCount(), 62);
    QVERIFY(eventsHandled());
    QCOMPARE(scheduledShown(), scheduled);
}

void tst_NewSms::ctrlRRepliesFromTheList()
{
    const QString inbound = firstWithStatus(u"inbox"_s);
    m_app->smsWorkspace()->reveal(inbound); // the list has the keyboard
    QTRY_COMPARE(m_app->smsForm()->currentId(), inbound);
    QVERIFY(m_app->smsList()->hasFocus());
    const QStringList before = sandboxIds();
    QTest::keyClick(m_app->smsList(), Qt::Key_R, Qt::ControlModifier);
    QStringList added;
    QTRY_COMPARE((added = newIds(before)).size(), 1);
    QCOMPARE(m_app->sandbox->sms(added.first()).value("remote_phone"_L1),
             m_app->sandbox->sms(inbound).value("remote_phone"_L1));
}

void tst_NewSms::anEmptyNewDraftLeftIsDiscarded()
{
    const QString inbound = firstWithStatus(u"inbox"_s);
    m_app->smsWorkspace()->reveal(inbound);
    QTRY_COMPARE(m_app->smsForm()->currentId(), inbound);
    const QStringList before = sandboxIds();
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"replyButton"_s), Qt::LeftButton);
    QStringList added;
    QTRY_COMPARE((added = newIds(before)).size(), 1);
    const QString empty = added.first();
    QTRY_COMPARE(m_app->smsForm()->currentId(), empty);
    // Left without a word: it goes from Close and the list.
    m_app->smsWorkspace()->reveal(inbound);
    QTRY_COMPARE(m_app->sandbox->http->get(u"activity/sms/%1/"_s.arg(empty)).status, 404);
    QTRY_COMPARE(m_app->sms->rowOf(empty), -1);

    // One written in stays.
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"replyButton"_s), Qt::LeftButton);
    QStringList written;
    QTRY_COMPARE((written = newIds(before)).size(), 1);
    QTRY_COMPARE(m_app->smsForm()->currentId(), written.first());
    QTest::keyClicks(m_app->smsEditor()->editor(), u"Thanks!"_s);
    m_app->smsWorkspace()->reveal(inbound);
    QTRY_COMPARE(m_app->smsForm()->currentId(), inbound);
    QVERIFY(m_app->sms->rowOf(written.first()) >= 0);
    QCOMPARE(m_app->sandbox->http->get(u"activity/sms/%1/"_s.arg(written.first())).status, 200);
}

void tst_NewSms::ctrlReturnOnAnOptedOutDraftSaysWhy()
{
    // The sample data's Toronto contact replied STOP.
    QString draft;
    for (int row = 0; row < m_app->sms->rowCount() && draft.isEmpty(); ++row) {
        if (m_app->sms->status(row) == "draft"_L1
            && !m_app->sms->sms()->optOutProblem(row).isEmpty())
            draft = m_app->sms->idAt(row);
    }
    QVERIFY2(!draft.isEmpty(), "no draft to someone who opted out");
    m_app->smsWorkspace()->reveal(draft);
    QTRY_COMPARE(m_app->smsForm()->currentId(), draft);
    QVERIFY(!named<QPushButton>(m_app->smsForm(), u"sendButton"_s)->isEnabled());
    QVERIFY(named<QLabel>(m_app->smsForm(), u"banner"_s)->text().contains("asked not to be"_L1));
    QVERIFY(named<QLabel>(m_app->smsForm(), u"recipientInfo"_s)->text().contains("START"_L1));
    saveScreenshot(m_app->window.get(), u"opt-out"_s);
    QString said;
    connect(m_app->smsForm(), &SmsForm::refused, this, [&said](const QString &why) { said = why; });
    m_app->smsForm()->send(); // as Ctrl+Return does
    QVERIFY2(said.contains("STOP"_L1) || said.contains("opted out"_L1), qPrintable(said));
    QTest::qWait(200);
    QCOMPARE(m_app->sandbox->sms(draft).value("status"_L1).toString(), u"draft"_s);
}

QTEST_MAIN(tst_NewSms)
#include "tst_newsms.moc"
