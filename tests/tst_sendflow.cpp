// The heart of the job, driven as a rep drives it against the sandbox: what the form shows is
// what an action acts on, whatever the list's filters, sorting and answers do meanwhile, and
// nothing typed is dropped while a save is under way.
#include "activityfilterproxy.h"
#include "drafteditor.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "schedulepicker.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsapptablemodel.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SendFlow : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void doublePressSendsOnlyTheDraftShown();
    void secondCtrlReturnDoesNothing();
    void ctrlReturnInTheListSendsTheOnePicked();
    void undoBarNamesItsSmsAndStaysWithIt();
    void bulkSendKeepsTheSelection();
    void deleteDoesNotMoveTheFormOn();
    void aDeleteInCloseDoesNotMoveTheFormOn();
    void editingUnderASearchKeepsTheRow();
    void typingDuringASaveIsKept();
    void scheduleRefusedAfterThePickerSaysWhy();

private:
    void start(int latencyMs = 0);
    //! Selects a US draft with the Drafts chip on, as a click in the list would.
    QString pickDraft(const QString &textContains = {}, const QString &exclude = {});
    QStringList sandboxIdsWithStatus(const QString &status);
    void typeInto(QWidget *widget, const QString &text);

    std::unique_ptr<WindowFixture> m_app;
};

void tst_SendFlow::start(int latencyMs)
{
    m_app = std::make_unique<WindowFixture>(60, 0, latencyMs);
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLoading());
}

void tst_SendFlow::cleanup()
{
    m_app.reset();
}

QString tst_SendFlow::pickDraft(const QString &textContains, const QString &exclude)
{
    QToolButton *drafts = m_app->chip(u"draft"_s);
    if (!drafts->isChecked())
        QTest::mouseClick(drafts, Qt::LeftButton);
    QTableView *list = m_app->smsList();
    for (int row = 0; row < m_app->smsProxy()->rowCount(); ++row) {
        const QModelIndex index = m_app->smsProxy()->index(row, SmsTableModel::MessageColumn);
        const int source = m_app->smsProxy()->mapToSource(index).row();
        if (m_app->sms->idAt(source) == exclude
            || !m_app->sms->field(source, u"text"_s).toString().contains(textContains))
            continue;
        const QString id = m_app->sms->idAt(source);
        list->scrollTo(index);
        QCoreApplication::processEvents(); // the view lays its rows out after a filter change
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        if (m_app->smsForm()->currentId() != id)
            return {};
        // Whatever the list kept for the SMS open before leaves now.
        if (!QTest::qWaitFor([&] { return m_app->smsProxy()->pinnedIds() == QSet<QString> {id}; }))
            return {};
        return id;
    }
    return {};
}

QStringList tst_SendFlow::sandboxIdsWithStatus(const QString &status)
{
    const QJsonArray page
        = m_app->sandbox->http->get(u"activity/sms/?_limit=100"_s).json.value("data"_L1).toArray();
    QStringList ids;
    for (const QJsonValue &sms : page) {
        if (sms["status"_L1].toString() == status)
            ids << sms["id"_L1].toString();
    }
    return ids;
}

void tst_SendFlow::typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(widget, text);
}

void tst_SendFlow::doublePressSendsOnlyTheDraftShown()
{
    start();
    const QStringList draftsBefore = sandboxIdsWithStatus(u"draft"_s);
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_app->smsForm()->currentId(), id);
    const int listed = m_app->smsProxy()->rowCount();

    QPushButton *send = named<QPushButton>(m_app->smsForm(), u"sendButton"_s);
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton); // the second half of a double press
    QTRY_COMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"outbox"_s);
    QTRY_COMPARE(m_app->sms->status(m_app->sms->rowOf(id)), u"outbox"_s);
    // The form stays on the SMS sent, and so does the list, though Drafts no longer matches.
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QCOMPARE(m_app->smsProxy()->rowCount(), listed);
    const QModelIndex current = m_app->smsList()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ActivityTableModel::IdRole).toString(), id);
    QVERIFY(!send->isEnabled() || send->text() != u"Se&nd"_s);
    QTest::mouseClick(send, Qt::LeftButton); // a late third press
    QVERIFY(!m_app->settle().contains(u"no answer"_s)); // Close answered what it was asked
    QStringList draftsAfter = sandboxIdsWithStatus(u"draft"_s);
    QStringList expected = draftsBefore;
    expected.removeAll(id);
    QCOMPARE(draftsAfter, expected);

    // Picking another row lets the sent SMS leave the Drafts list.
    const QString other = pickDraft({}, id);
    QVERIFY(!other.isEmpty() && other != id);
    QCOMPARE(m_app->smsForm()->currentId(), other);
    QTRY_COMPARE(m_app->smsProxy()->rowCount(), listed - 1);
}

void tst_SendFlow::secondCtrlReturnDoesNothing()
{
    start();
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    const int drafts = int(sandboxIdsWithStatus(u"draft"_s).size());
    const QStringList outbox = sandboxIdsWithStatus(u"outbox"_s);
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sms->status(m_app->sms->rowOf(id)), u"outbox"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!m_app->settle().contains(u"no answer"_s)); // Close answered what it was asked
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QCOMPARE(sandboxIdsWithStatus(u"draft"_s).size(), drafts - 1);
    QStringList outboxAfter = sandboxIdsWithStatus(u"outbox"_s);
    QStringList expected = QStringList(outbox) << id;
    std::sort(outboxAfter.begin(), outboxAfter.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(outboxAfter, expected);
}

void tst_SendFlow::ctrlReturnInTheListSendsTheOnePicked()
{
    start();
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    QTableView *list = m_app->smsList();
    list->setFocus();
    QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sms->status(m_app->sms->rowOf(id)), u"outbox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sms(id).value("status"_L1).toString() != "draft"_L1,
                              true, 15000);
    // With two picked, it is Send all's, after its question: Ctrl+Return sends nothing.
    const QStringList drafts = sandboxIdsWithStatus(u"draft"_s);
    QTest::mouseClick(m_app->chip(u"draft"_s), Qt::LeftButton);
    list->selectAll();
    QVERIFY(list->selectionModel()->selectedRows().size() > 1);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(200);
    QCOMPARE(sandboxIdsWithStatus(u"draft"_s), drafts);
}

void tst_SendFlow::undoBarNamesItsSmsAndStaysWithIt()
{
    start();
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    const int row = m_app->sms->rowOf(id);
    const QString words = m_app->sms->field(row, u"text"_s).toString().left(12);
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"sendButton"_s), Qt::LeftButton);
    QPushButton *undo = named<QPushButton>(m_app->smsForm(), u"undoButton"_s);
    QTRY_VERIFY(undo->isVisible());
    auto *label = m_app->smsForm()->findChild<QLabel *>(u"undoLabel"_s);
    QVERIFY(label);
    // Which SMS: its recipient and its first words.
    QVERIFY2(label->text().contains(u"+1 650-333-4444"_s) || label->text().contains(u"Maria"_s),
             qPrintable(label->text()));
    QVERIFY2(label->text().contains(words), qPrintable(label->text()));
    saveScreenshot(m_app->window.get(), u"send-undo"_s);

    // Another SMS's form has no Undo bar; coming back, it is there again.
    const QString other = pickDraft(u"Pat"_s);
    QVERIFY(!other.isEmpty());
    QCOMPARE(m_app->smsForm()->currentId(), other);
    QVERIFY(!undo->isVisible());
    QTest::mouseClick(m_app->chip(u"draft"_s), Qt::LeftButton); // every SMS again
    QVERIFY(m_app->smsWorkspace()->selectActivity(id));
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QTRY_VERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_app->sandbox->sends(id), 0);
    QCOMPARE(m_app->sandbox->sms(other).value("status"_L1).toString(), u"draft"_s);
}

void tst_SendFlow::bulkSendKeepsTheSelection()
{
    start();
    QTest::mouseClick(m_app->chip(u"draft"_s), Qt::LeftButton);
    QTableView *list = m_app->smsList();
    QStringList chosen;
    for (int row = 0; row < m_app->smsProxy()->rowCount() && chosen.size() < 3; ++row) {
        const QModelIndex index = m_app->smsProxy()->index(row, 0);
        // Drafts that can go (not one to a lead who replied STOP).
        if (!m_app->sms->canSend(m_app->smsProxy()->mapToSource(index).row()))
            continue;
        QTest::mouseClick(list->viewport(), Qt::LeftButton,
                          chosen.isEmpty() ? Qt::KeyboardModifiers {} : Qt::ControlModifier,
                          list->visualRect(index).center());
        chosen << index.data(ActivityTableModel::IdRole).toString();
    }
    const QString inForm = m_app->smsForm()->currentId();
    QVERIFY(chosen.contains(inForm));
    const QStringList draftsBefore = sandboxIdsWithStatus(u"draft"_s);
    m_app->smsWorkspace()->sendSelected();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_app->window->findChild<QMessageBox *>(u"bulkConfirmation"_s)));
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == u"Send all"_s)
            button->click();
    }
    for (const QString &id : chosen)
        QTRY_VERIFY(m_app->sandbox->sms(id).value("status"_L1).toString() != "draft"_L1);
    // Only the chosen ones went; the selection and the form did not slide onto other drafts.
    QStringList expected = draftsBefore;
    for (const QString &id : chosen)
        expected.removeAll(id);
    QCOMPARE(sandboxIdsWithStatus(u"draft"_s), expected);
    QStringList selected;
    for (const QModelIndex &index : list->selectionModel()->selectedRows())
        selected << index.data(ActivityTableModel::IdRole).toString();
    std::sort(selected.begin(), selected.end());
    std::sort(chosen.begin(), chosen.end());
    QCOMPARE(selected, chosen);
    QCOMPARE(m_app->smsForm()->currentId(), inForm);
}

void tst_SendFlow::deleteDoesNotMoveTheFormOn()
{
    start();
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    QTest::mouseClick(m_app->smsForm()->findChild<QPushButton *>(u"deleteButton"_s),
                      Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_app->smsForm()->findChild<QMessageBox *>(u"deleteConfirmation"_s)));
    // The question says which draft goes.
    QVERIFY2(box->text().contains(u"Thanks for the chat"_s), qPrintable(box->text()));
    QAbstractButton *yes = box->button(QMessageBox::Yes);
    QVERIFY(yes);
    yes->click();
    QTRY_COMPARE(m_app->sms->rowOf(id), -1);
    QCOMPARE(m_app->sandbox->http->get(u"activity/sms/%1/"_s.arg(id)).status, 404);
    // The form says what happened instead of opening the next draft, whose Send is one
    // keystroke away.
    QTRY_VERIFY(named<QLabel>(m_app->smsForm(), u"banner"_s)->text().contains(u"deleted"_s));
    QVERIFY(m_app->smsForm()->currentId().isEmpty());
    QVERIFY(!named<QPushButton>(m_app->smsForm(), u"sendButton"_s)->isEnabled());
    QVERIFY2(named<QLabel>(m_app->smsForm(), u"banner"_s)->text().contains(u"deleted"_s),
             qPrintable(named<QLabel>(m_app->smsForm(), u"banner"_s)->text()));
    QVERIFY(!m_app->smsList()->currentIndex().isValid());
    // A click on any row opens it, the one next to the deleted draft too.
    const QString next = pickDraft({}, id);
    QVERIFY(!next.isEmpty());
    QCOMPARE(m_app->smsForm()->currentId(), next);
}

void tst_SendFlow::aDeleteInCloseDoesNotMoveTheFormOn()
{
    start();
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    // The rep is typing in it when a colleague deletes it in Close's web app.
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    editor->setFocus();
    QTest::keyClicks(editor, u" Unsaved words"_s);
    QCOMPARE(m_app->sandbox->http->del(u"activity/sms/%1/"_s.arg(id)).status, 200);
    // As Close's event log brings it.
    m_app->sms->sync()->applyChanges({}, {id}, QDateTime::currentDateTimeUtc());
    QTRY_COMPARE(m_app->sms->rowOf(id), -1);
    QCOMPARE(m_app->smsForm()->currentId(), QString());
    QVERIFY2(named<QLabel>(m_app->smsForm(), u"banner"_s)->text().contains(u"deleted"_s),
             qPrintable(named<QLabel>(m_app->smsForm(), u"banner"_s)->text()));
    QTest::qWait(100);
    QCOMPARE(m_app->smsForm()->currentId(), QString());
    QVERIFY(!m_app->smsList()->currentIndex().isValid());
}

void tst_SendFlow::editingUnderASearchKeepsTheRow()
{
    start();
    QLineEdit *search = m_app->smsSearch();
    QTest::mouseClick(search, Qt::LeftButton);
    QTest::keyClicks(search, u"maria"_s);
    QTRY_VERIFY(m_app->smsProxy()->rowCount() > 0);
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    const int listed = m_app->smsProxy()->rowCount();
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    QTest::mouseClick(editor->viewport(), Qt::LeftButton);
    typeInto(editor, u"Hello there, a new text"_s);
    QCOMPARE(editor->toPlainText(), u"Hello there, a new text"_s);
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"text"_s).toString(),
             u"Hello there, a new text"_s);
    QCOMPARE(m_app->smsProxy()->rowCount(), listed);
    QCOMPARE(m_app->smsList()->currentIndex().data(ActivityTableModel::IdRole).toString(), id);
    saveScreenshot(m_app->window.get(), u"kept-under-search"_s);

    // Neither a sort nor a refresh nor another filter moves the form under the rep.
    m_app->smsList()->sortByColumn(SmsTableModel::MessageColumn, Qt::DescendingOrder);
    QTest::mouseClick(m_app->chip(u"sent"_s), Qt::LeftButton);
    m_app->sms->refresh();
    QTRY_VERIFY(!m_app->sms->isLoading());
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QCOMPARE(editor->toPlainText(), u"Hello there, a new text"_s);
    QTest::keyClicks(editor, u" and more"_s);
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"text"_s).toString(),
             u"Hello there, a new text and more"_s);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("text"_L1).toString(),
                 u"Hello there, a new text and more"_s);
}

void tst_SendFlow::typingDuringASaveIsKept()
{
    start(250); // every answer takes a quarter of a second
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    typeInto(editor, u"First part"_s);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(
        m_app->sms->index(m_app->sms->rowOf(id), 0).data(ActivityTableModel::BusyRole).toBool());
    // While Close is being talked to, the editor takes keys and keeps them.
    QVERIFY(!editor->isReadOnly());
    QTest::keyClicks(editor, u", second part"_s);
    QCOMPARE(editor->toPlainText(), u"First part, second part"_s);
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"text"_s).toString(),
             u"First part, second part"_s);
    // The answer to the first save does not put the older text back; the rest is saved next.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sms(id).value("text"_L1).toString(),
                              u"First part, second part"_s, 10000);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    QCOMPARE(editor->toPlainText(), u"First part, second part"_s);
    QVERIFY(m_app->sms->conflictFields(m_app->sms->rowOf(id)).isEmpty());
}

void tst_SendFlow::scheduleRefusedAfterThePickerSaysWhy()
{
    start();
    const QString id = pickDraft(u"Maria"_s);
    QVERIFY(!id.isEmpty());
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"scheduleButton"_s), Qt::LeftButton);
    SchedulePicker *picker = named<SchedulePicker>(m_app->smsForm(), u"schedulePicker"_s);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    // While the picker is open the draft's number becomes one no SMS can go to.
    QVERIFY(m_app->sms->setField(m_app->sms->rowOf(id), u"remote_phone"_s, u"+551198765432199"_s));
    picker->accept();
    QTRY_VERIFY2(m_app->window->statusBar()->currentMessage().startsWith("Not scheduled."_L1),
                 qPrintable(m_app->window->statusBar()->currentMessage()));
    QVERIFY(!m_app->settle().contains(u"no answer"_s)); // Close answered what it was asked
    QCOMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
}

QTEST_MAIN(tst_SendFlow)
#include "tst_sendflow.moc"
