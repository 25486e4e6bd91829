// Whether Draftbox is online, as the status bar says it: one dropped answer then a good one is
// online again at once, F5 asks Close and clears Offline when it answers, a 401 says Close
// refused the key (never "Offline"). Against the sandbox, with the faults it can force.
#include "connectionstate.h"
#include "drafteditor.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ConnectionState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oneDroppedAnswerThenAGoodOneIsOnline();
    void f5ClearsOfflineWhenCloseAnswers();
    void refusedKeySaysSoNotOffline();

private:
    QString selectDraft();
    QLabel *status() const;
    //! Nothing in flight: names looked up, every page loaded.
    bool settled() const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ErrorLogModel> m_log;
    std::unique_ptr<SmsTableModel> m_model;
    std::unique_ptr<WhatsAppTableModel> m_whatsapp;
    std::unique_ptr<ConnectionState> m_state;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ConnectionState::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(60);
    QVERIFY(m_sandbox->ok());
    m_log = std::make_unique<ErrorLogModel>();
    m_log->attach(m_sandbox->client.get());
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    m_whatsapp = std::make_unique<WhatsAppTableModel>(m_sandbox->client.get());
    m_state = std::make_unique<ConnectionState>(m_sandbox->client.get());
    m_state->watch(m_model->retryQueue());
    m_state->watch(m_whatsapp->retryQueue());
    m_window = std::make_unique<MainWindow>(m_model.get(), m_whatsapp.get(), m_log.get());
    m_window->setConnectionState(m_state.get());
    m_window->form()->setSenderNumbers({{u"+14154445555"_s, u"Sales line (US)"_s}});
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(status());
    QCOMPARE(status()->text(), u"● Connecting…"_s);
    m_model->fetchMore({});
    QTRY_COMPARE(m_model->rowCount(), 60);
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
    QTRY_VERIFY(settled());
}

void tst_ConnectionState::cleanup()
{
    m_window.reset();
    m_state.reset();
    m_whatsapp.reset();
    m_model.reset();
    m_log.reset();
    m_sandbox.reset();
}

QLabel *tst_ConnectionState::status() const
{
    return m_window->statusBar()->findChild<QLabel *>(u"connectionState"_s);
}

bool tst_ConnectionState::settled() const
{
    return !m_model->isLoading() && !m_model->isLookingUpNames() && !m_model->canFetchMore({});
}

QString tst_ConnectionState::selectDraft()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->status(row) == "draft"_L1
            && m_model->field(row, u"remote_country_iso"_s) == "US"_L1) {
            const QString id = m_model->idAt(row);
            if (m_window->selectActivity(id))
                return id;
        }
    }
    return {};
}

void tst_ConnectionState::oneDroppedAnswerThenAGoodOneIsOnline()
{
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    // The send reads Close's copy (answered), then its PUT is carried out but the answer lost.
    QVERIFY(m_sandbox->queueFaults({u"none"_s, u"drop-after"_s}));
    QPlainTextEdit *editor = m_window->form()->editor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_sandbox->sms(id).value("status"_L1).toString(), u"outbox"_s);
    // Draftbox re-read it (Close answered that): not offline, and nothing sent twice.
    QTRY_VERIFY(
        !m_model->isUnconfirmed(m_model->rowOf(id))
        && !m_model->index(m_model->rowOf(id), 0).data(ActivityTableModel::BusyRole).toBool());
    QCOMPARE(status()->text(), u"● Connected"_s);
    QCOMPARE(m_state->state(), ConnectionState::State::Online);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sms(id).value("status"_L1).toString(), u"sent"_s, 15000);
    QCOMPARE(m_sandbox->sends(id), 1);

    // A request that does fail for want of Close shows Offline; the next answer clears it.
    const QUrl close = m_sandbox->client->baseUrl();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1/api/v1/"_s.arg(closed.serverPort()));
    closed.close();
    QVERIFY(m_sandbox->client->setBaseUrl(nowhere).isEmpty());
    m_model->refresh();
    QTRY_COMPARE(m_state->state(), ConnectionState::State::Offline);
    QVERIFY(status()->text().startsWith(u"● Offline"_s));
    QVERIFY(m_sandbox->client->setBaseUrl(close).isEmpty());
    QElapsedTimer clock;
    clock.start();
    m_model->refresh();
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
    QVERIFY2(clock.elapsed() < 2000, "online again as soon as Close answered");
}

void tst_ConnectionState::f5ClearsOfflineWhenCloseAnswers()
{
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    m_model->setBackoff(60000, 60000); // the next try by itself is far away: F5 it is
    const QUrl close = m_sandbox->client->baseUrl();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1/api/v1/"_s.arg(closed.serverPort()));
    closed.close();
    QVERIFY(m_sandbox->client->setBaseUrl(nowhere).isEmpty());

    SmsForm *form = m_window->form();
    QPlainTextEdit *editor = form->editor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Saved once Close is back"_s);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(status()->text(), u"● Offline · 1 change waiting"_s);
    QVERIFY(status()->toolTip().contains(u"F5"_s));
    saveScreenshot(m_window.get(), u"status-offline"_s);

    // F5 while Close is still away: still offline, nothing lost.
    QSignalSpy answers(m_sandbox->client.get(), &CloseClient::callFinished);
    QTest::keyClick(editor, Qt::Key_F5);
    QTRY_VERIFY(answers.size() >= 2); // the save tried again and the page, both failed
    QTRY_COMPARE(m_state->state(), ConnectionState::State::Offline);
    QVERIFY(m_model->isDirty(m_model->rowOf(id)));

    QVERIFY(m_sandbox->client->setBaseUrl(close).isEmpty());
    QTest::keyClick(editor, Qt::Key_F5);
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
    QTRY_COMPARE(m_sandbox->sms(id).value("text"_L1).toString(), u"Saved once Close is back"_s);
    QTRY_VERIFY(!m_model->isDirty(m_model->rowOf(id)));
}

void tst_ConnectionState::refusedKeySaysSoNotOffline()
{
    QVERIFY(!selectDraft().isEmpty());
    m_sandbox->client->setApiKey(u"not-a-key-close-knows"_s);
    QTest::keyClick(m_window->list(), Qt::Key_F5);
    QTRY_COMPARE(m_state->state(), ConnectionState::State::KeyRefused);
    QCOMPARE(status()->text(), u"● Close refused the API key — reconnect (Ctrl+Shift+K)"_s);
    QVERIFY(!status()->text().contains(u"Offline"_s));
    QVERIFY(status()->toolTip().contains(u"Ctrl+Shift+K"_s));
    saveScreenshot(m_window.get(), u"status-key-refused"_s);
    // The right key again: the next answer says so.
    m_sandbox->client->setApiKey(m_sandbox->server->config().apiKey);
    QTest::keyClick(m_window->list(), Qt::Key_F5);
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
}

QTEST_MAIN(tst_ConnectionState)
#include "tst_connectionstate.moc"
