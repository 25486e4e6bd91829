// The Problems panel as the rep uses it, against the sandbox: one entry per problem however
// often Draftbox reconnects, each named as the rep knows the activity, double-click or Enter
// opens it in its form, what has passed is marked resolved, and several rows fit at once.
#include "drafteditor.h"
#include "errorlogmodel.h"
#include "errorpanel.h"
#include "mainwindow.h"
#include "named.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Problems : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void oneEntryPerFailedSmsAfterReconnects();
    void entriesNameTheActivity();
    void doubleClickAndEnterOpenTheSms();
    void enterOpensAWhatsAppMessage();
    void resolvedOnceTheRetryWorked();
    void atLeastFourRowsShowByDefault();

private:
    //! The failed SMS (status error) the list holds.
    QStringList failedSms() const;
    //! The panel's rows about this activity.
    QList<int> entriesOf(const QString &id) const;
    QString cell(int row, int column) const
    {
        return m_app->log->index(row, column).data().toString();
    }
    QTableView *view() const { return named<QTableView>(m_app->errorPanel(), u"problemsView"_s); }

    std::unique_ptr<WindowFixture> m_app;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_Problems::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_app->log.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
    QVERIFY(failedSms().size() >= 2);
}

void tst_Problems::cleanup()
{
    m_tester.reset();
    m_app.reset();
}

QStringList tst_Problems::failedSms() const
{
    QStringList ids;
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == "error"_L1)
            ids << m_app->sms->idAt(row);
    }
    return ids;
}

QList<int> tst_Problems::entriesOf(const QString &id) const
{
    QList<int> rows;
    for (int row = 0; row < m_app->log->rowCount(); ++row) {
        if (m_app->log->index(row, 0).data(ErrorLogModel::ActivityIdRole).toString() == id)
            rows << row;
    }
    return rows;
}

void tst_Problems::oneEntryPerFailedSmsAfterReconnects()
{
    const QStringList failed = failedSms();
    for (const QString &id : failed)
        QTRY_COMPARE(entriesOf(id).size(), 1);
    // Reconnecting reloads everything, twice here; F5 reads the first page again.
    for (int i = 0; i < 2; ++i) {
        m_app->sms->reload();
        QTRY_COMPARE(m_app->sms->rowCount(), 60);
        m_app->sms->refresh();
        QTRY_VERIFY(!m_app->sms->isLoading());
    }
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
    for (const QString &id : failed)
        QCOMPARE(entriesOf(id).size(), 1);
    QCOMPARE(m_app->errorPanel()->windowTitle(), u"Problems (%1)"_s.arg(m_app->log->rowCount()));

    // A save refused twice the same way: one entry, counted, at the top.
    const QString draft = m_app->sms->idAt(0);
    ApiError error;
    error.category = ApiError::Category::Validation;
    error.message = u"Close refused the change."_s;
    const int before = m_app->log->rowCount();
    m_app->log->record(u"Save SMS"_s, draft, error, QDateTime::currentDateTime().addSecs(-5));
    m_app->log->record(u"Save SMS"_s, draft, error);
    QCOMPARE(m_app->log->rowCount(), before + 1);
    QCOMPARE(entriesOf(draft), QList<int> {0});
    QCOMPARE(cell(0, ErrorLogModel::OperationColumn), u"Save SMS (2 times)"_s);
}

void tst_Problems::entriesNameTheActivity()
{
    for (const QString &id : failedSms()) {
        const QList<int> rows = entriesOf(id);
        QCOMPARE(rows.size(), 1);
        const int row = m_app->sms->rowOf(id);
        const QString contact = m_app->sms->field(row, u"contact_id"_s).toString();
        const QString who = contact.isEmpty() || m_app->sms->displayName(contact) == contact
            ? m_app->sms->field(row, u"remote_phone_formatted"_s).toString()
            : m_app->sms->displayName(contact);
        QVERIFY(!who.isEmpty());
        const QStringList words
            = m_app->sms->field(row, u"text"_s).toString().split(u' ', Qt::SkipEmptyParts);
        QVERIFY(!words.isEmpty());
        const QString named = cell(rows.first(), ErrorLogModel::ActivityColumn);
        QVERIFY2(!named.contains("acti_"_L1), qPrintable(named));
        QVERIFY2(named.contains(who), qPrintable(named + u" / "_s + who));
        QVERIFY2(named.contains(words.mid(0, 2).join(u' ')), qPrintable(named));
        // The id is still there for support: in the tooltip and the copied text.
        QVERIFY(m_app->log->copyText(rows.first()).contains(id));
    }
}

void tst_Problems::doubleClickAndEnterOpenTheSms()
{
    const QStringList failed = failedSms();
    // The failed SMS are hidden by a filter and the rep is on the WhatsApp tab.
    QTest::mouseClick(m_app->chip(u"draft"_s), Qt::LeftButton);
    QVERIFY(m_app->chip(u"draft"_s)->isChecked());
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab);
    // Close's earlier failures are counted in the status bar; the rep opens the panel there.
    auto *button = named<QToolButton>(m_app->window.get(), u"problemsButton"_s);
    QCOMPARE(button->text(), u"%1 problems"_s.arg(m_app->log->openCount()));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_app->errorPanel()->isVisible());

    const int first = entriesOf(failed.at(0)).value(0, -1);
    QVERIFY(first >= 0);
    QTableView *problems = view();
    const QModelIndex index = m_app->log->index(first, ErrorLogModel::WhatColumn);
    problems->scrollTo(index);
    const QPoint at = problems->visualRect(index).center();
    QTest::mouseClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(problems->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(m_app->tabs()->currentIndex(), int(MainWindow::SmsTab));
    QTRY_COMPARE(m_app->smsForm()->currentId(), failed.at(0));
    QCOMPARE(m_app->smsList()->currentIndex().data(ActivityTableModel::IdRole).toString(),
             failed.at(0));

    // By keyboard: the next failed SMS, Enter.
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab);
    const int second = entriesOf(failed.at(1)).value(0, -1);
    QVERIFY(second >= 0);
    problems->setFocus();
    problems->setCurrentIndex(m_app->log->index(second, 0));
    QTest::keyClick(problems, Qt::Key_Return);
    QTRY_COMPARE(m_app->tabs()->currentIndex(), int(MainWindow::SmsTab));
    QTRY_COMPARE(m_app->smsForm()->currentId(), failed.at(1));
}

void tst_Problems::enterOpensAWhatsAppMessage()
{
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab); // loads the messages
    QTRY_VERIFY(m_app->whatsapp->rowCount() > 0 && !m_app->whatsapp->canFetchMore({}));
    const QString id = m_app->whatsapp->idAt(m_app->whatsapp->rowCount() - 1);
    // The message is hidden by the WhatsApp search, and the rep is on the SMS tab.
    named<QLineEdit>(m_app->window.get(), u"whatsappSearch"_s)->setText(u"zebra quartz"_s);
    m_app->tabs()->setCurrentIndex(MainWindow::SmsTab);
    ApiError error;
    error.category = ApiError::Category::Validation;
    error.message = u"Close refused the change."_s;
    m_app->log->record(u"Save WhatsApp message"_s, id, error);
    const int row = entriesOf(id).value(0, -1);
    QVERIFY(row >= 0);
    QVERIFY(!cell(row, ErrorLogModel::ActivityColumn).contains("acti_"_L1));

    QTableView *problems = view();
    problems->setFocus();
    problems->setCurrentIndex(m_app->log->index(row, 0));
    QTest::keyClick(problems, Qt::Key_Enter);
    QTRY_COMPARE(m_app->tabs()->currentIndex(), int(MainWindow::WhatsAppTab));
    QTRY_COMPARE(m_app->whatsappForm()->currentId(), id);
    QCOMPARE(named<QLineEdit>(m_app->window.get(), u"whatsappSearch"_s)->text(), QString());
}

void tst_Problems::resolvedOnceTheRetryWorked()
{
    m_app->sms->setBackoff(200, 400);
    m_app->sms->setPollInterval(60000); // no outbox poll takes the fault meant for the save
    QString id;
    for (int row = 0; row < m_app->sms->rowCount() && id.isEmpty(); ++row) {
        if (m_app->sms->status(row) == "draft"_L1
            && m_app->smsWorkspace()->selectActivity(m_app->sms->idAt(row)))
            id = m_app->sms->idAt(row);
    }
    QVERIFY(!id.isEmpty());
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Back on Monday"_s);
    const int open = m_app->log->rowCount();
    // Close has a bad moment: the save fails, then Draftbox tries again by itself.
    QVERIFY(m_app->sandbox->queueFaults({u"500"_s}));
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(entriesOf(id).size(), 1);
    const int row = entriesOf(id).first();
    QVERIFY2(cell(row, ErrorLogModel::AdviceColumn).contains("try again in a few minutes"_L1),
             qPrintable(cell(row, ErrorLogModel::AdviceColumn)));
    QCOMPARE(m_app->errorPanel()->windowTitle(), u"Problems (%1)"_s.arg(open + 1));

    QTRY_COMPARE(m_app->sandbox->sms(id).value("text"_L1).toString(), u"Back on Monday"_s);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    // Still listed, as resolved: nothing to do any more.
    QCOMPARE(entriesOf(id).size(), 1);
    const int after = entriesOf(id).first();
    QTRY_VERIFY(m_app->log->index(after, 0).data(ErrorLogModel::ResolvedRole).toBool());
    const QString advice = cell(after, ErrorLogModel::AdviceColumn);
    QVERIFY2(advice.startsWith("Resolved"_L1), qPrintable(advice));
    QVERIFY(!advice.contains("try again"_L1));
    QCOMPARE(m_app->errorPanel()->windowTitle(), u"Problems (%1)"_s.arg(open));
    saveScreenshot(m_app->window.get(), u"problems-resolved"_s);
}

void tst_Problems::atLeastFourRowsShowByDefault()
{
    // Failures with long explanations, as Close gives them.
    for (int i = 0; i < 6; ++i) {
        ApiError error;
        error.category = ApiError::Category::Validation;
        error.message = u"Close refused the change: the number is not one this organization may "
                        "send from, or the contact has opted out of SMS from you (%1)."_s.arg(i);
        error.hint = u"Check the sender number in the form and the contact's preferences in "
                     "Close, then save again. If it keeps happening, ask your Close admin."_s;
        m_app->log->record(u"Save SMS"_s, m_app->sms->idAt(i), error);
    }
    QTableView *problems = view();
    QVERIFY(problems->isVisible());
    const auto fullyShown = [problems] {
        int rows = 0;
        for (int row = 0; row < problems->model()->rowCount(); ++row) {
            const int top = problems->rowViewportPosition(row);
            if (top >= 0 && top + problems->rowHeight(row) <= problems->viewport()->height())
                ++rows;
        }
        return rows;
    };
    const auto heights = [problems] {
        QStringList out {QString::number(problems->viewport()->height())};
        for (int row = 0; row < problems->model()->rowCount(); ++row)
            out << QString::number(problems->rowHeight(row));
        return out.join(u' ');
    };
    QTRY_VERIFY2(fullyShown() >= 4, qPrintable(heights()));
    saveScreenshot(m_app->window.get(), u"problems-panel"_s);
}

QTEST_MAIN(tst_Problems)
#include "tst_problems.moc"
