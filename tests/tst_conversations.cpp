// SMS as conversations, driven as a rep would: the toggle (remembered), one conversation per
// person, latest first, their messages oldest first; replies not opened yet counted on the
// conversation and the tab and read once opened; the reply box under a conversation or a
// received SMS, which makes the reply a draft in Close and sends it with the undo window, from
// the number the SMS came in on. Each send is checked in the sandbox.
#include "activitysync.h"
#include "conversationmodel.h"
#include "drafteditor.h"
#include "mainwindow.h"
#include "newsmsdialog.h"
#include "readmarks.h"
#include "replybox.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "windowfixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Conversations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theToggleShowsConversationsAndIsRemembered();
    void unreadRepliesAreCountedUntilOpened();
    void theReplyBoxSendsWithTheUndoWindow();
    void theReplyLetsTheUndoWindowRunOut();
    void aReplyToSomeoneWhoOptedOutIsRefused();
    void aRefusedReplyKeepsTheText();
    void replyTextStaysWithItsConversation();
    void theListRepliesUnderAReceivedSms();
    void aConversationKeptOpenSaysItIsNoMatch();
    void replyIsRefusedBeforeAnythingIsMadeForSomeoneWhoOptedOut();
    void anEmptyDraftIsNotSent();
    void aConversationOffersANewSmsToThem();
    void theContactOffersANewSmsToThem();

private:
    void showConversations();
    //! The conversation of `number`, by the number in its title.
    QModelIndex conversationOf(const QString &number) const;
    void openConversation(const QString &number);
    QStringList sandboxIds() const;
    int inboundRows() const;
    QTreeView *tree() const { return m_app->smsWorkspace()->conversations(); }
    ReplyBox *box() const { return m_app->smsWorkspace()->replyBox(); }
    QPlainTextEdit *replyText() const { return box()->editor()->editor(); }
    QString smsTabText() const { return m_app->tabs()->tabText(MainWindow::SmsTab); }

    QTemporaryDir m_dir;
    std::unique_ptr<WindowFixture> m_app;
    std::unique_ptr<ReadMarks> m_marks;
};

void tst_Conversations::init()
{
    QVERIFY(m_dir.isValid());
    m_app = std::make_unique<WindowFixture>(60);
    // Every reply of the sample data counts as new: the marks began long ago.
    m_marks = std::make_unique<ReadMarks>(
        m_dir.filePath(u"read-%1.json"_s).arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_marks->setSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    m_app->sms->setReadMarks(m_marks.get());
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLoading());
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
}

void tst_Conversations::cleanup()
{
    m_app.reset();
    m_marks.reset();
}

QStringList tst_Conversations::sandboxIds() const
{
    QStringList ids;
    for (const QJsonValue &sms :
         m_app->sandbox->http->get(u"activity/sms/"_s, u"_limit=100"_s).data())
        ids << sms.toObject().value("id"_L1).toString();
    return ids;
}

int tst_Conversations::inboundRows() const
{
    int inbound = 0;
    for (int row = 0; row < m_app->sms->rowCount(); ++row)
        inbound += m_app->sms->field(row, u"direction"_s) == "inbound"_L1 ? 1 : 0;
    return inbound;
}

void tst_Conversations::showConversations()
{
    auto *toggle = m_app->smsWorkspace()->findChild<QToolButton *>(u"conversationToggle"_s);
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QTRY_VERIFY(tree()->isVisible());
}

QModelIndex tst_Conversations::conversationOf(const QString &number) const
{
    QAbstractItemModel *model = tree()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex conversation = model->index(row, 0);
        const int first = m_app->sms->rowOf(
            model->index(0, 0, conversation).data(ActivityTableModel::IdRole).toString());
        if (m_app->sms->field(first, u"remote_phone"_s).toString() == number)
            return conversation;
    }
    return {};
}

void tst_Conversations::openConversation(const QString &number)
{
    const QModelIndex conversation = conversationOf(number);
    QVERIFY2(conversation.isValid(), qPrintable(number));
    tree()->scrollTo(conversation);
    QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {},
                      tree()->visualRect(conversation).center());
    QTRY_COMPARE(tree()->currentIndex(), conversation);
    QVERIFY(eventsHandled()); // as between a click and the next key
}

void tst_Conversations::theToggleShowsConversationsAndIsRemembered()
{
    QVERIFY(m_app->smsList()->isVisible());
    showConversations();
    QVERIFY(!m_app->smsList()->isVisible());
    auto *action = m_app->window->findChild<QAction *>(u"conversationViewAction"_s);
    QVERIFY(action && action->isChecked());

    // One conversation per number and contact, every SMS in one of them.
    QSet<QString> people;
    for (int row = 0; row < m_app->sms->rowCount(); ++row)
        people << ActivitySync::conversationKey(
            m_app->sms->field(row, u"remote_phone"_s).toString(),
            m_app->sms->field(row, u"contact_id"_s).toString());
    QAbstractItemModel *model = tree()->model();
    QCOMPARE(model->rowCount(), people.size());
    int messages = 0;
    QDateTime previousLatest;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex conversation = model->index(row, 0);
        QVERIFY(conversation.data(ConversationModel::IsConversationRole).toBool());
        // Latest first.
        const QDateTime latest
            = model->index(row, ConversationModel::WhenColumn).data(Qt::UserRole).toDateTime();
        if (previousLatest.isValid())
            QVERIFY2(latest <= previousLatest, qPrintable(conversation.data().toString()));
        previousLatest = latest;
        // Oldest first within, all to the same person.
        QDateTime previous;
        const QString key = conversation.data(ConversationModel::ConversationKeyRole).toString();
        for (int m = 0; m < model->rowCount(conversation); ++m) {
            const QModelIndex message = model->index(m, 0, conversation);
            ++messages;
            QCOMPARE(message.data(ConversationModel::ConversationKeyRole).toString(), key);
            // In the order of the times shown (a scheduled SMS at its time).
            const QDateTime at = model->index(m, ConversationModel::WhenColumn, conversation)
                                     .data(Qt::UserRole)
                                     .toDateTime();
            if (previous.isValid() && at.isValid())
                QVERIFY(at >= previous);
            previous = at.isValid() ? at : previous;
            // Received and sent have their own arrows.
            QVERIFY(!message.data(Qt::DecorationRole).value<QImage>().isNull());
        }
    }
    QCOMPARE(messages, m_app->sms->rowCount());

    // Remembered with the other filters; the list again when the rep turns it off.
    QSettings settings(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_app->window->saveSettings(settings);
    action->trigger();
    QTRY_VERIFY(m_app->smsList()->isVisible());
    QVERIFY(!m_app->smsWorkspace()->isConversationView());
    m_app->window->restoreSettings(settings);
    QTRY_VERIFY(tree()->isVisible());
    QVERIFY(m_app->smsWorkspace()->isConversationView());
    QVERIFY(action->isChecked());
    saveScreenshot(m_app->window.get(), u"conversations"_s);
}

void tst_Conversations::unreadRepliesAreCountedUntilOpened()
{
    const int inbound = inboundRows();
    QVERIFY(inbound > 1);
    QTRY_COMPARE(smsTabText(), u"SMS (%1)"_s.arg(inbound));

    // A reply arrives from Maria: one more, on her conversation and on the tab.
    showConversations();
    const QString maria = u"+16503334444"_s;
    const QModelIndex before = conversationOf(maria);
    QVERIFY(before.isValid());
    const int hers = before.data(ConversationModel::UnreadCountRole).toInt();
    const QString contact = m_app->sms
                                ->field(m_app->sms->rowOf(tree()
                                                              ->model()
                                                              ->index(0, 0, before)
                                                              .data(ActivityTableModel::IdRole)
                                                              .toString()),
                                        u"contact_id"_s)
                                .toString();
    const HttpResult posted = m_app->sandbox->http->post(u"activity/sms/"_s,
                                                         {{"status"_L1, "inbox"_L1},
                                                          {"text"_L1, "Can we move it to 4?"_L1},
                                                          {"remote_phone"_L1, maria},
                                                          {"contact_id"_L1, contact},
                                                          {"local_phone"_L1, "+14154445555"_L1}});
    QCOMPARE(posted.status, 200);
    QTest::keyClick(m_app->window.get(), Qt::Key_F5);
    QTRY_COMPARE(smsTabText(), u"SMS (%1)"_s.arg(inbound + 1));
    const QModelIndex conversation = conversationOf(maria);
    QCOMPARE(conversation.data(ConversationModel::UnreadCountRole).toInt(), hers + 1);
    QVERIFY2(tree()
                 ->model()
                 ->index(conversation.row(), ConversationModel::DirectionColumn)
                 .data()
                 .toString()
                 .contains(u"%1 new"_s.arg(hers + 1)),
             qPrintable(tree()
                            ->model()
                            ->index(conversation.row(), ConversationModel::DirectionColumn)
                            .data()
                            .toString()));

    // Opening her conversation reads it all.
    openConversation(maria);
    QTRY_COMPARE(smsTabText(), u"SMS (%1)"_s.arg(inbound + 1 - (hers + 1)));
    QCOMPARE(conversationOf(maria).data(ConversationModel::UnreadCountRole).toInt(), 0);
    const QString id = posted.json.value("id"_L1).toString();
    QVERIFY(!m_app->sms->isUnread(m_app->sms->rowOf(id)));

    // Remembered on this computer: the marks read back say so.
    QVERIFY(m_marks->flush());
    ReadMarks again(m_marks->path());
    QVERIFY(!again.isUnread(id, QDateTime::currentDateTimeUtc()));
    QVERIFY(again.isUnread(u"sms_someone_else"_s, QDateTime::currentDateTimeUtc()));
    QCOMPARE(QFileInfo(m_marks->path()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
}

void tst_Conversations::theReplyBoxSendsWithTheUndoWindow()
{
    showConversations();
    const QString maria = u"+16503334444"_s;
    openConversation(maria);
    QTRY_VERIFY(box()->isVisible());
    // To her, from the number her last SMS came in on.
    const int answered = m_app->sms->rowOf(box()->targetId());
    QCOMPARE(m_app->sms->field(answered, u"direction"_s).toString(), u"inbound"_s);
    QCOMPARE(m_app->sms->field(answered, u"remote_phone"_s).toString(), maria);
    const QString local = m_app->sms->field(answered, u"local_phone"_s).toString();
    auto *to = box()->findChild<QLabel *>(u"replyTo"_s);
    QVERIFY2(to->text().contains("Maria Lopez"_L1), qPrintable(to->text()));

    const QStringList before = sandboxIds();
    replyText()->setFocus();
    QTest::keyClicks(replyText(), u"Sure"_s);
    QTest::keyClick(replyText(), Qt::Key_Return); // a new line, nothing sent
    QTest::keyClicks(replyText(), u"See you at 3"_s);
    QCOMPARE(replyText()->toPlainText(), u"Sure\nSee you at 3"_s);
    m_app->settle();
    QCOMPARE(sandboxIds(), before);

    QTest::keyClick(replyText(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(sandboxIds().size(), before.size() + 1);
    QString made;
    for (const QString &id : sandboxIds())
        made = before.contains(id) ? made : id;
    QJsonObject sms = m_app->sandbox->sms(made);
    QCOMPARE(sms.value("text"_L1).toString(), u"Sure\nSee you at 3"_s);
    QCOMPARE(sms.value("remote_phone"_L1).toString(), maria);
    QCOMPARE(sms.value("local_phone"_L1).toString(), local);
    // Going out with the undo window: the form has it open and offers Undo.
    QTRY_COMPARE(m_app->sandbox->sms(made).value("status"_L1).toString(), u"outbox"_s);
    QCOMPARE(m_app->smsForm()->currentId(), made);
    auto *undo = m_app->smsForm()->findChild<QPushButton *>(u"undoButton"_s);
    QTRY_VERIFY(undo->isVisible());
    QVERIFY(replyText()->toPlainText().isEmpty());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(m_app->sandbox->sms(made).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_app->sandbox->sends(made), 0);
}

void tst_Conversations::theReplyLetsTheUndoWindowRunOut()
{
    showConversations();
    openConversation(u"+16503334444"_s);
    QTRY_VERIFY(box()->isVisible());
    const QStringList before = sandboxIds();
    replyText()->setFocus();
    QTest::keyClicks(replyText(), u"On my way"_s);
    QTest::mouseClick(box()->findChild<QPushButton *>(u"replySendButton"_s), Qt::LeftButton);
    QTRY_COMPARE(sandboxIds().size(), before.size() + 1);
    QString made;
    for (const QString &id : sandboxIds())
        made = before.contains(id) ? made : id;
    // Sent once, after the window.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sms(made).value("status"_L1).toString(), u"sent"_s,
                              (SmsForm::undoSeconds + 10) * 1000);
    QCOMPARE(m_app->sandbox->sends(made), 1);
    // The reply is in her conversation.
    QTRY_VERIFY(static_cast<ConversationModel *>(tree()->model())->indexOfMessage(made).isValid());
}

void tst_Conversations::aReplyToSomeoneWhoOptedOutIsRefused()
{
    // Olivia Brown replied STOP in the sample data.
    showConversations();
    openConversation(u"+14165550199"_s);
    QTRY_VERIFY(box()->isVisible());
    auto *note = box()->findChild<QLabel *>(u"replyNote"_s);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains("STOP"_L1), qPrintable(note->text()));
    QVERIFY(replyText()->isReadOnly());
    QVERIFY(!box()->findChild<QPushButton *>(u"replySendButton"_s)->isEnabled());
    const QStringList before = sandboxIds();
    QTest::keyClick(replyText(), Qt::Key_Return, Qt::ControlModifier);
    m_app->settle();
    QCOMPARE(sandboxIds(), before);
}

void tst_Conversations::aRefusedReplyKeepsTheText()
{
    showConversations();
    openConversation(u"+16503334444"_s);
    QTRY_VERIFY(box()->isVisible());
    const QStringList before = sandboxIds();
    replyText()->setFocus();
    QTest::keyClicks(replyText(), u"Works for me"_s);
    QVERIFY(m_app->sandbox->queueFaults({u"drop-before"_s}));
    QTest::keyClick(replyText(), Qt::Key_Return, Qt::ControlModifier);
    auto *note = box()->findChild<QLabel *>(u"replyNote"_s);
    QTRY_VERIFY(note->isVisible());
    QVERIFY2(note->text().contains("kept"_L1), qPrintable(note->text()));
    QCOMPARE(replyText()->toPlainText(), u"Works for me"_s);
    QCOMPARE(sandboxIds(), before);
    // Tried again: one reply, once.
    QTest::keyClick(replyText(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(sandboxIds().size(), before.size() + 1);
    QTRY_VERIFY(replyText()->toPlainText().isEmpty());
}

void tst_Conversations::replyTextStaysWithItsConversation()
{
    showConversations();
    const QString maria = u"+16503334444"_s;
    openConversation(maria);
    QTRY_VERIFY(box()->isVisible());
    replyText()->setFocus();
    QTest::keyClicks(replyText(), u"Half-written"_s);
    // Someone else's conversation: an empty box, to them.
    QString other;
    QAbstractItemModel *model = tree()->model();
    for (int row = 0; row < model->rowCount() && other.isEmpty(); ++row) {
        const QModelIndex first = model->index(0, 0, model->index(row, 0));
        const int source = m_app->sms->rowOf(first.data(ActivityTableModel::IdRole).toString());
        const QString number = m_app->sms->field(source, u"remote_phone"_s).toString();
        if (number != maria && m_app->sms->sms()->optOutProblem(source).isEmpty())
            other = number;
    }
    QVERIFY(!other.isEmpty());
    openConversation(other);
    QTRY_VERIFY(replyText()->toPlainText().isEmpty());
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(box()->targetId()), u"remote_phone"_s).toString(),
             other);
    openConversation(maria);
    QTRY_COMPARE(replyText()->toPlainText(), u"Half-written"_s);
}

void tst_Conversations::theListRepliesUnderAReceivedSms()
{
    // In the list too: a received SMS has the box, a draft does not.
    QVERIFY(m_app->smsList()->isVisible());
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->field(row, u"direction"_s) == "inbound"_L1
            && m_app->sms->sms()->optOutProblem(row).isEmpty()) {
            QVERIFY(m_app->smsWorkspace()->selectActivity(m_app->sms->idAt(row)));
            break;
        }
    }
    QTRY_VERIFY(box()->isVisible());
    QVERIFY(!m_app->sms->isUnread(m_app->sms->rowOf(m_app->smsForm()->currentId())));
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == "draft"_L1) {
            QVERIFY(m_app->smsWorkspace()->selectActivity(m_app->sms->idAt(row)));
            break;
        }
    }
    QTRY_VERIFY(!box()->isVisible());
}

void tst_Conversations::aConversationKeptOpenSaysItIsNoMatch()
{
    showConversations();
    const QString maria = u"+16503334444"_s;
    openConversation(maria);
    // A search for someone else: Maria's conversation stays, as the one open, and says so.
    QTest::keyClicks(m_app->smsSearch(), u"Jonas"_s);
    QTRY_VERIFY(conversationOf(u"+4915123456789"_s).isValid());
    const QModelIndex kept = conversationOf(maria);
    QVERIFY(kept.isValid());
    QVERIFY2(kept.data().toString().contains("not a match"_L1), qPrintable(kept.data().toString()));
    QVERIFY(kept.data(Qt::FontRole).value<QFont>().italic());
    const QModelIndex found = conversationOf(u"+4915123456789"_s);
    QVERIFY2(!found.data().toString().contains("not a match"_L1),
             qPrintable(found.data().toString()));
    QVERIFY(!found.data(Qt::FontRole).value<QFont>().italic());
}

void tst_Conversations::replyIsRefusedBeforeAnythingIsMadeForSomeoneWhoOptedOut()
{
    // Olivia Brown replied STOP: Reply on her SMS is off, and makes nothing in Close.
    int hers = -1;
    for (int row = 0; row < m_app->sms->rowCount() && hers < 0; ++row) {
        if (m_app->sms->field(row, u"direction"_s) == "inbound"_L1
            && m_app->sms->field(row, u"remote_phone"_s) == "+14165550199"_L1)
            hers = row;
    }
    QVERIFY(hers >= 0);
    QVERIFY(m_app->smsWorkspace()->selectActivity(m_app->sms->idAt(hers)));
    auto *reply = m_app->smsForm()->findChild<QPushButton *>(u"replyButton"_s);
    QVERIFY(reply);
    QTRY_VERIFY(reply->isVisible());
    QVERIFY(!reply->isEnabled());
    QVERIFY2(reply->toolTip().contains("STOP"_L1), qPrintable(reply->toolTip()));
    const QStringList before = sandboxIds();
    QSignalSpy refused(m_app->smsForm(), &SmsForm::refused);
    m_app->smsForm()->reply(); // Ctrl+R
    QCOMPARE(refused.size(), 1);
    m_app->settle();
    QCOMPARE(sandboxIds(), before);
}

void tst_Conversations::anEmptyDraftIsNotSent()
{
    const HttpResult posted = m_app->sandbox->http->post(u"activity/sms/"_s,
                                                         {{"status"_L1, "draft"_L1},
                                                          {"text"_L1, ""_L1},
                                                          {"remote_phone"_L1, "+16503334444"_L1},
                                                          {"local_phone"_L1, "+14154445555"_L1}});
    QCOMPARE(posted.status, 200);
    const QString id = posted.json.value("id"_L1).toString();
    QTest::keyClick(m_app->window.get(), Qt::Key_F5);
    QTRY_VERIFY(m_app->sms->rowOf(id) >= 0);
    QVERIFY(m_app->smsWorkspace()->selectActivity(id));
    auto *send = m_app->smsForm()->findChild<QPushButton *>(u"sendButton"_s);
    QTRY_COMPARE(m_app->smsForm()->currentId(), id);
    QVERIFY(!send->isEnabled());
    QSignalSpy refused(m_app->smsForm(), &SmsForm::refused);
    QApplication::setActiveWindow(m_app->window.get());
    QTRY_VERIFY(m_app->window->isActiveWindow());
    m_app->smsEditor()->editor()->setFocus();
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains("nothing to send"_L1),
             qPrintable(refused.at(0).at(0).toString()));
    m_app->settle();
    QCOMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_app->sandbox->sends(id), 0);
}

void tst_Conversations::aConversationOffersANewSmsToThem()
{
    showConversations();
    const QString maria = u"+16503334444"_s;
    const QModelIndex conversation = conversationOf(maria);
    QVERIFY(conversation.isValid());
    tree()->scrollTo(conversation);
    emit tree()->customContextMenuRequested(tree()->visualRect(conversation).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = tree()->findChild<QMenu *>()) && menu->isVisible());
    QAction *newSms = nullptr;
    for (QAction *action : menu->actions())
        newSms = action->text().contains(maria) ? action : newSms;
    QVERIFY(newSms);
    newSms->trigger();
    NewSmsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window->findChild<NewSmsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"recipientSearch"_s)->text(), maria);
    dialog->reject();
}

void tst_Conversations::theContactOffersANewSmsToThem()
{
    int hers = -1;
    for (int row = 0; row < m_app->sms->rowCount() && hers < 0; ++row) {
        if (m_app->sms->field(row, u"remote_phone"_s) == "+16503334444"_L1
            && !m_app->sms->field(row, u"contact_id"_s).toString().isEmpty())
            hers = row;
    }
    QVERIFY(hers >= 0);
    QVERIFY(m_app->smsWorkspace()->selectActivity(m_app->sms->idAt(hers)));
    QTRY_COMPARE(m_app->smsForm()->currentId(), m_app->sms->idAt(hers));
    auto *action = m_app->smsForm()->findChild<QAction *>(u"newSmsToContactAction"_s);
    QVERIFY(action);
    QTRY_VERIFY(action->isEnabled());
    action->trigger();
    NewSmsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window->findChild<NewSmsDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(u"recipientSearch"_s)->text(), u"Maria Lopez"_s);
    dialog->reject();
}

QTEST_MAIN(tst_Conversations)
#include "tst_conversations.moc"
