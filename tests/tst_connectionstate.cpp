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
#include "smsworkspace.h"
#include "whatsapptablemodel.h"
#include "windowfixture.h"

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

    std::unique_ptr<WindowFixture> m_app;
    std::unique_ptr<ConnectionState> m_state;
};

void tst_ConnectionState::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    m_state = std::make_unique<ConnectionState>(m_app->sandbox->client.get());
    m_state->watch(m_app->sms->retryQueue());
    m_state->watch(m_app->whatsapp->retryQueue());
    m_app->window->setConnectionState(m_state.get());
    QVERIFY(m_app->show());
    QVERIFY(status());
    QCOMPARE(status()->text(), u"● Connecting…"_s);
    QVERIFY(m_app->load(60));
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
    QTRY_VERIFY(settled());
}

void tst_ConnectionState::cleanup()
{
    // The window first, the client the state watches last.
    m_app->window.reset();
    m_state.reset();
    m_app.reset();
}

QLabel *tst_ConnectionState::status() const
{
    return m_app->window->statusBar()->findChild<QLabel *>(u"connectionState"_s);
}

bool tst_ConnectionState::settled() const
{
    return !m_app->sms->isLoading() && !m_app->sms->isLookingUpNames()
        && !m_app->sms->canFetchMore({});
}

QString tst_ConnectionState::selectDraft()
{
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == "draft"_L1
            && m_app->sms->field(row, u"remote_country_iso"_s) == "US"_L1) {
            const QString id = m_app->sms->idAt(row);
            if (m_app->smsWorkspace()->selectActivity(id))
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
    QVERIFY(m_app->sandbox->queueFaults({u"none"_s, u"drop-after"_s}));
    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"outbox"_s);
    // Draftbox re-read it (Close answered that): not offline, and nothing sent twice.
    QTRY_VERIFY(!m_app->sms->isUnconfirmed(m_app->sms->rowOf(id))
                && !m_app->sms->index(m_app->sms->rowOf(id), 0)
                        .data(ActivityTableModel::BusyRole)
                        .toBool());
    QCOMPARE(status()->text(), u"● Connected"_s);
    QCOMPARE(m_state->state(), ConnectionState::State::Online);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sandbox->sms(id).value("status"_L1).toString(), u"sent"_s,
                              15000);
    QCOMPARE(m_app->sandbox->sends(id), 1);

    // A request that does fail for want of Close shows Offline; the next answer clears it.
    const QUrl close = m_app->sandbox->client->baseUrl();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1/api/v1/"_s.arg(closed.serverPort()));
    closed.close();
    QVERIFY(m_app->sandbox->client->setBaseUrl(nowhere).isEmpty());
    m_app->sms->refresh();
    QTRY_COMPARE(m_state->state(), ConnectionState::State::Offline);
    QVERIFY(status()->text().startsWith(u"● Offline"_s));
    QVERIFY(m_app->sandbox->client->setBaseUrl(close).isEmpty());
    QElapsedTimer clock;
    clock.start();
    m_app->sms->refresh();
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
    QVERIFY2(clock.elapsed() < 2000, "online again as soon as Close answered");
}

void tst_ConnectionState::f5ClearsOfflineWhenCloseAnswers()
{
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    m_app->sms->setBackoff(60000, 60000); // the next try by itself is far away: F5 it is
    const QUrl close = m_app->sandbox->client->baseUrl();
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1/api/v1/"_s.arg(closed.serverPort()));
    closed.close();
    QVERIFY(m_app->sandbox->client->setBaseUrl(nowhere).isEmpty());

    QPlainTextEdit *editor = m_app->smsEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"Saved once Close is back"_s);
    QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
    // The save's check is refused at once; on a loaded machine the status may take its time.
    QTRY_VERIFY_WITH_TIMEOUT(m_app->sms->waitingCount() == 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(status()->text(), u"● Offline · 1 change waiting"_s, 15000);
    QVERIFY(status()->toolTip().contains(u"F5"_s));
    saveScreenshot(m_app->window.get(), u"status-offline"_s);

    // F5 while Close is still away: still offline, nothing lost.
    QSignalSpy answers(m_app->sandbox->client.get(), &CloseClient::callFinished);
    QTest::keyClick(editor, Qt::Key_F5);
    QTRY_VERIFY(answers.size() >= 2); // the save tried again and the page, both failed
    QTRY_COMPARE(m_state->state(), ConnectionState::State::Offline);
    QVERIFY(m_app->sms->isDirty(m_app->sms->rowOf(id)));

    QVERIFY(m_app->sandbox->client->setBaseUrl(close).isEmpty());
    QTest::keyClick(editor, Qt::Key_F5);
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("text"_L1).toString(),
                 u"Saved once Close is back"_s);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
}

void tst_ConnectionState::refusedKeySaysSoNotOffline()
{
    QVERIFY(!selectDraft().isEmpty());
    m_app->sandbox->client->setApiKey(u"not-a-key-close-knows"_s);
    QTest::keyClick(m_app->smsList(), Qt::Key_F5);
    QTRY_COMPARE(m_state->state(), ConnectionState::State::KeyRefused);
    QCOMPARE(status()->text(), u"● Close refused the API key — reconnect (Ctrl+Shift+K)"_s);
    QVERIFY(!status()->text().contains(u"Offline"_s));
    QVERIFY(status()->toolTip().contains(u"Ctrl+Shift+K"_s));
    saveScreenshot(m_app->window.get(), u"status-key-refused"_s);
    // The right key again: the next answer says so.
    m_app->sandbox->client->setApiKey(m_app->sandbox->server->config().apiKey);
    QTest::keyClick(m_app->smsList(), Qt::Key_F5);
    QTRY_COMPARE(status()->text(), u"● Connected"_s);
}

QTEST_MAIN(tst_ConnectionState)
#include "tst_connectionstate.moc"
