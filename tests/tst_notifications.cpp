// Desktop notifications and the tray, driven as a rep meets them: an SMS comes in (made in the
// sandbox over HTTP, then a refresh) and a fake org.freedesktop.Notifications service on a
// session bus of the test's own gets a Notify with the contact, the message and Open and Reply;
// Open brings the window up on that SMS, Reply on the reply box; nothing while the rep looks at
// that conversation or with Preferences → Notify of New Messages off; a send Close failed
// notifies; several at once are one notification. The tray counts what is unread and keeps
// Draftbox running when the window is closed, if the rep chose it. Without a notification
// service the tray tells instead, and without a session bus at all (a child process) nothing
// breaks.
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "desktoppreferences.h"
#include "drafteditor.h"
#include "mainwindow.h"
#include "named.h"
#include "readmarks.h"
#include "replybox.h"
#include "sandboxfixture.h"
#include "smsform.h"
#include "smsnotifications.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "trayicon.h"
#include "userfolders.h"
#include "whatsapptablemodel.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString maria = u"+16503334444"_s;
const QString notificationsName = u"org.freedesktop.Notifications"_s;
const QString notificationsPath = u"/org/freedesktop/Notifications"_s;
//! Set in the child process that runs without a session bus.
constexpr const char *childVariable = "DRAFTBOX_NOTIFY_WITHOUT_BUS";

//! One Notify the fake service was asked for.
struct Notified
{
    uint id = 0;
    uint replaces = 0;
    QString appIcon;
    QString summary;
    QString body;
    QStringList actions;
    QStringList hints; //!< their names
};

} // namespace

//! A notification service as the specification describes it, on its own connection to the bus:
//! records what it is asked and sends the signals a real one sends when the rep clicks.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotifications(const QDBusConnection &bus)
        : m_bus(bus)
    { }
    bool start()
    {
        return m_bus.registerObject(notificationsPath, this, QDBusConnection::ExportAllSlots)
            && m_bus.registerService(notificationsName);
    }
    void stop()
    {
        m_bus.unregisterService(notificationsName);
        m_bus.unregisterObject(notificationsPath);
    }
    //! The rep clicks `action` on notification `id`: ActionInvoked, then NotificationClosed
    //! (2: dismissed by the user), as servers do.
    void click(uint id, const QString &action)
    {
        QDBusMessage invoked
            = QDBusMessage::createSignal(notificationsPath, notificationsName, u"ActionInvoked"_s);
        invoked << id << action;
        m_bus.send(invoked);
        QDBusMessage closed = QDBusMessage::createSignal(notificationsPath, notificationsName,
                                                         u"NotificationClosed"_s);
        closed << id << uint(2);
        m_bus.send(closed);
    }

    QStringList capabilities {u"actions"_s, u"body"_s, u"body-markup"_s};
    QList<Notified> notified;
    QList<uint> closed;

public slots:
    QStringList GetCapabilities() { return capabilities; }
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(appName)
        Q_UNUSED(timeout)
        const uint id = replacesId != 0 ? replacesId : ++m_lastId;
        notified.append({id, replacesId, appIcon, summary, body, actions, hints.keys()});
        return id;
    }
    void CloseNotification(uint id) { closed << id; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Draftbox tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake"_s;
    }

private:
    QDBusConnection m_bus;
    uint m_lastId = 0;
};

//! A session bus of the test's own: no desktop's services on it (nothing is activated, a real
//! notification daemon never answers), whatever bus the test was started on.
class PrivateBus
{
public:
    ~PrivateBus()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }
    //! Starts dbus-daemon and points DBUS_SESSION_BUS_ADDRESS at it. Empty, or why not.
    QString start()
    {
        if (!m_dir.isValid())
            return u"no temporary folder"_s;
        QFile config(m_dir.filePath(u"bus.conf"_s));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
        // Only a place to listen and a policy that lets anyone talk: no service folders.
        const QByteArray policy = "<busconfig>\n"
                                  "  <type>session</type>\n"
                                  "  <listen>unix:dir="
            + m_dir.path().toUtf8()
            + "</listen>\n"
              "  <policy context=\"default\">\n"
              "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
              "    <allow eavesdrop=\"true\"/>\n"
              "    <allow own=\"*\"/>\n"
              "  </policy>\n"
              "</busconfig>\n";
        config.write(policy);
        config.close();
        m_daemon.start(
            u"dbus-daemon"_s,
            {u"--nofork"_s, u"--print-address=1"_s, u"--config-file"_s, config.fileName()});
        if (!m_daemon.waitForStarted(10000))
            return u"dbus-daemon did not start: %1"_s.arg(m_daemon.errorString());
        while (!m_daemon.canReadLine()) {
            if (!m_daemon.waitForReadyRead(10000))
                return u"dbus-daemon gave no address"_s;
        }
        const QByteArray address = m_daemon.readLine().trimmed();
        if (address.isEmpty())
            return u"dbus-daemon gave no address"_s;
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        return {};
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
};

class tst_Notifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void anSmsThatComesInNotifies_data();
    void anSmsThatComesInNotifies();
    void openShowsThatSms();
    void replyFocusesTheReplyBox();
    void nothingWhileTheRepLooksAtThatConversation();
    void theSettingTurnsThemOff();
    void aFailedSendNotifies();
    void severalAtOnceAreOneNotification();
    void theNextMessageReplacesTheNotification();
    void readingItInTheWindowTakesItAway();
    void withoutAServiceTheTrayTells();
    void withoutASessionBusNothingBreaks();
    void theTrayCountsWhatIsUnread();
    void closingKeepsDraftboxInTheTrayOnlyWhenChosen();
    void withoutATrayClosingQuits();

private:
    //! An SMS received in the sandbox, then a refresh as F5 does. Its id.
    QString receive(const QString &from, const QString &text, const QString &contact = {});
    QString contactOf(const QString &number) const;
    //! Waits until the sandbox's SMS `id` is listed and what it set off has been handled.
    bool listed(const QString &id);
    void needsBus();
    QTreeView *tree() const { return m_app->smsWorkspace()->conversations(); }

    PrivateBus m_bus;
    QString m_noBus; //!< why the tests that need a bus cannot run
    QTemporaryDir m_home;
    std::unique_ptr<QDBusConnection> m_serviceBus;
    std::unique_ptr<FakeNotifications> m_service;
    std::unique_ptr<ReadMarks> m_marks;
    std::unique_ptr<WindowFixture> m_app;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

void tst_Notifications::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_notifications"_s));
    QGuiApplication::setDesktopFileName(u"io.github.draftbox.Draftbox"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.draftbox.Draftbox.svg"_s));
    QVERIFY(!QApplication::windowIcon().isNull());
    // Before anything in the process asks for the session bus (it is made once per process).
    m_noBus = m_bus.start();
    if (m_noBus.isEmpty() && !QDBusConnection::sessionBus().isConnected())
        m_noBus = QDBusConnection::sessionBus().lastError().message();
    if (!m_noBus.isEmpty())
        return;
    m_serviceBus = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-notifications"_s));
    QVERIFY(m_serviceBus->isConnected());
}

void tst_Notifications::needsBus()
{
    if (!m_noBus.isEmpty())
        QSKIP(qPrintable(u"No session bus of the test's own (%1): the fake notification "
                         "service cannot run"_s.arg(m_noBus)));
}

void tst_Notifications::init()
{
    QSettings().clear();
    if (m_serviceBus) {
        m_service = std::make_unique<FakeNotifications>(*m_serviceBus);
        QVERIFY(m_service->start());
    }
    m_app = std::make_unique<WindowFixture>(60);
    // Every reply of the sample data counts as new: the marks began long ago.
    m_marks = std::make_unique<ReadMarks>(
        m_home.filePath(u"read-%1.json"_s).arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_marks->setSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
    m_app->sms->setReadMarks(m_marks.get());
    m_desktop = std::make_unique<DesktopIntegration>(m_app->window.get(), m_app->sms.get(),
                                                     m_app->whatsapp.get());
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLoading());
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
}

void tst_Notifications::cleanup()
{
    m_desktop.reset();
    m_app.reset();
    m_marks.reset();
    if (m_service)
        m_service->stop();
    m_service.reset();
    QVERIFY(QApplication::quitOnLastWindowClosed());
}

QString tst_Notifications::contactOf(const QString &number) const
{
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->field(row, u"remote_phone"_s).toString() == number)
            return m_app->sms->field(row, u"contact_id"_s).toString();
    }
    return {};
}

QString tst_Notifications::receive(const QString &from, const QString &text, const QString &contact)
{
    QJsonObject sms {{"status"_L1, "inbox"_L1},
                     {"text"_L1, text},
                     {"remote_phone"_L1, from},
                     {"local_phone"_L1, "+14154445555"_L1}};
    if (!contact.isEmpty())
        sms.insert("contact_id"_L1, contact);
    const HttpResult posted = m_app->sandbox->http->post(u"activity/sms/"_s, sms);
    if (posted.status != 200)
        return {};
    return posted.json.value("id"_L1).toString();
}

bool tst_Notifications::listed(const QString &id)
{
    m_app->sms->refresh();
    return QTest::qWaitFor([&] { return m_app->sms->rowOf(id) >= 0 && !m_app->sms->isLoading(); })
        && QTest::qWaitFor([&] { return !m_app->sms->isLookingUpNames(); }) && eventsHandled();
}

void tst_Notifications::anSmsThatComesInNotifies_data()
{
    QTest::addColumn<bool>("markup");
    QTest::addColumn<bool>("actions");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("offered");
    const QStringList both {u"default"_s, u"Open"_s, u"reply"_s, u"Reply"_s};
    // A service that reads markup in bodies gets it escaped: the rep's "<b>" is text.
    QTest::newRow("markup, actions")
        << true << true << u"Can we do 4pm &lt;b&gt;sharp&lt;/b&gt; &amp; call?"_s << both;
    QTest::newRow("plain, actions")
        << false << true << u"Can we do 4pm <b>sharp</b> & call?"_s << both;
    QTest::newRow("no actions") << true << false
                                << u"Can we do 4pm &lt;b&gt;sharp&lt;/b&gt; &amp; call?"_s
                                << QStringList();
}

void tst_Notifications::anSmsThatComesInNotifies()
{
    needsBus();
    QFETCH(bool, markup);
    QFETCH(bool, actions);
    QFETCH(QString, body);
    QFETCH(QStringList, offered);
    m_service->capabilities = {u"body"_s};
    if (markup)
        m_service->capabilities << u"body-markup"_s;
    if (actions)
        m_service->capabilities << u"actions"_s;
    const QString id = receive(maria, u"Can we do 4pm <b>sharp</b> & call?"_s, contactOf(maria));
    QVERIFY(!id.isEmpty());
    QVERIFY(listed(id));
    QTRY_COMPARE(m_service->notified.size(), 1);
    const Notified &n = m_service->notified.constFirst();
    QCOMPARE(n.summary, u"Maria Lopez"_s);
    QCOMPARE(n.body, body);
    QCOMPARE(n.actions, offered);
    QCOMPARE(n.replaces, 0u);
    // Draftbox's own icon, though the test's desktop has no icon theme with it.
    QVERIFY2(n.hints.contains(u"image-data"_s), qPrintable(n.hints.join(u", "_s)));
    QVERIFY(n.hints.contains(u"desktop-entry"_s));
    QCOMPARE(m_desktop->notifier()->state(), DesktopNotifier::State::Ready);
}

void tst_Notifications::openShowsThatSms()
{
    needsBus();
    const QString id = receive(maria, u"Is the demo still on?"_s, contactOf(maria));
    QVERIFY(listed(id));
    QTRY_COMPARE(m_service->notified.size(), 1);
    QVERIFY(m_app->sms->isUnread(m_app->sms->rowOf(id)));
    // The rep is elsewhere: another tab, the window minimized.
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab);
    m_app->window->showMinimized();
    m_service->click(m_service->notified.constFirst().id, u"default"_s);
    QTRY_COMPARE(m_app->smsForm()->currentId(), id);
    QCOMPARE(m_app->tabs()->currentIndex(), int(MainWindow::SmsTab));
    QVERIFY(m_app->window->isVisible());
    QVERIFY(!m_app->window->isMinimized());
    QVERIFY(!m_app->sms->isUnread(m_app->sms->rowOf(id)));
}

void tst_Notifications::replyFocusesTheReplyBox()
{
    needsBus();
    const QString id = receive(maria, u"Call me back?"_s, contactOf(maria));
    QVERIFY(listed(id));
    QTRY_COMPARE(m_service->notified.size(), 1);
    QPlainTextEdit *reply = m_app->smsWorkspace()->replyBox()->editor()->editor();
    QVERIFY(!reply->hasFocus());
    m_service->click(m_service->notified.constFirst().id, u"reply"_s);
    QTRY_VERIFY(reply->hasFocus());
    QVERIFY(reply->isVisible());
    QCOMPARE(m_app->smsWorkspace()->replyBox()->targetId(), id);
    QCOMPARE(m_app->smsForm()->currentId(), id);
}

void tst_Notifications::nothingWhileTheRepLooksAtThatConversation()
{
    needsBus();
    m_app->smsWorkspace()->setConversationView(true);
    m_app->smsWorkspace()->reveal(m_app->sms->idAt([&] {
        for (int row = 0; row < m_app->sms->rowCount(); ++row) {
            if (m_app->sms->field(row, u"remote_phone"_s).toString() == maria)
                return row;
        }
        return -1;
    }()));
    QVERIFY(m_app->window->isActiveWindow());
    const QString hers = receive(maria, u"I see you are reading"_s, contactOf(maria));
    QVERIFY(listed(hers));
    QVERIFY(m_app->window->isShowing(hers));
    // Someone else writes at the same time: theirs is told, hers never.
    const QString other = receive(u"+14155550123"_s, u"Hello from someone else"_s);
    QVERIFY(listed(other));
    QTRY_COMPARE(m_service->notified.size(), 1);
    QCOMPARE(m_service->notified.constFirst().body, u"Hello from someone else"_s);
    QVERIFY(eventsHandled());
    QCOMPARE(m_service->notified.size(), 1);
}

void tst_Notifications::theSettingTurnsThemOff()
{
    needsBus();
    QAction *notify = m_app->window->findChild<QAction *>(u"notifyAction"_s);
    QVERIFY(notify);
    QVERIFY(notify->isChecked()); // on unless turned off
    notify->trigger();
    QVERIFY(!notify->isChecked());
    QCOMPARE(QSettings().value(u"desktop/notifyNewMessages"_s), QVariant(false));
    const QString quiet = receive(maria, u"Nobody hears this"_s, contactOf(maria));
    QVERIFY(listed(quiet));
    notify->trigger();
    const QString heard = receive(maria, u"This one is heard"_s, contactOf(maria));
    QVERIFY(listed(heard));
    QTRY_COMPARE(m_service->notified.size(), 1);
    QCOMPARE(m_service->notified.constFirst().body, u"This one is heard"_s);
    QVERIFY(eventsHandled());
    QCOMPARE(m_service->notified.size(), 1);

    // Remembered: a window made anew starts with it off.
    notify->trigger();
    WindowFixture again(1);
    QVERIFY(!again.window->findChild<QAction *>(u"notifyAction"_s)->isChecked());
}

void tst_Notifications::aFailedSendNotifies()
{
    needsBus();
    m_app->sms->setPollInterval(100);
    // Sent from a number that is not the organization's: Close takes it, then fails it.
    const HttpResult posted = m_app->sandbox->http->post(u"activity/sms/"_s,
                                                         {{"status"_L1, "outbox"_L1},
                                                          {"text"_L1, "Your quote is ready"_L1},
                                                          {"remote_phone"_L1, maria},
                                                          {"contact_id"_L1, contactOf(maria)},
                                                          {"local_phone"_L1, "+14155550000"_L1},
                                                          {"send_in"_L1, 1}});
    QCOMPARE(posted.status, 200);
    const QString id = posted.json.value("id"_L1).toString();
    QVERIFY(listed(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->sms->status(m_app->sms->rowOf(id)), u"error"_s, 10000);
    QTRY_COMPARE(m_service->notified.size(), 1);
    const Notified &n = m_service->notified.constFirst();
    QCOMPARE(n.summary, u"Not sent to Maria Lopez"_s);
    const QString reason = m_app->sms->field(m_app->sms->rowOf(id), u"error_message"_s).toString();
    QVERIFY(reason.contains("not one of your organization"_L1));
    QCOMPARE(n.body, reason.toHtmlEscaped());
    QCOMPARE(n.actions, QStringList({u"default"_s, u"Open"_s}));
    m_service->click(n.id, u"default"_s);
    QTRY_COMPARE(m_app->smsForm()->currentId(), id);
}

void tst_Notifications::severalAtOnceAreOneNotification()
{
    needsBus();
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << receive(u"+1415555%1"_s.arg(200 + i, 4, 10, QLatin1Char('0')),
                       u"Message number %1"_s.arg(i));
    QVERIFY(!ids.contains(QString()));
    QVERIFY(listed(ids.last()));
    for (const QString &id : std::as_const(ids))
        QVERIFY(m_app->sms->rowOf(id) >= 0);
    QTRY_COMPARE(m_service->notified.size(), 1);
    QVERIFY(eventsHandled());
    QCOMPARE(m_service->notified.size(), 1);
    const Notified &n = m_service->notified.constFirst();
    QCOMPARE(n.summary, u"5 new SMS"_s);
    QVERIFY2(n.body.startsWith("From "_L1) && n.body.endsWith(" and 2 more"_L1),
             qPrintable(n.body));
    QCOMPARE(n.actions, QStringList({u"default"_s, u"Open"_s}));

    // Three people at once: one each.
    m_service->notified.clear();
    QStringList three;
    for (int i = 0; i < 3; ++i)
        three << receive(u"+1415555%1"_s.arg(300 + i, 4, 10, QLatin1Char('0')),
                         u"Third wave %1"_s.arg(i));
    QVERIFY(listed(three.last()));
    QTRY_COMPARE(m_service->notified.size(), 3);
}

void tst_Notifications::theNextMessageReplacesTheNotification()
{
    needsBus();
    const QString first = receive(maria, u"First"_s, contactOf(maria));
    QVERIFY(listed(first));
    QTRY_COMPARE(m_service->notified.size(), 1);
    const uint id = m_service->notified.constFirst().id;
    const QString second = receive(maria, u"And a second"_s, contactOf(maria));
    QVERIFY(listed(second));
    QTRY_COMPARE(m_service->notified.size(), 2);
    const Notified &replaced = m_service->notified.at(1);
    QCOMPARE(replaced.replaces, id);
    QCOMPARE(replaced.summary, u"Maria Lopez"_s);
    QCOMPARE(replaced.body, u"2 new SMS<br/>And a second"_s);
}

void tst_Notifications::readingItInTheWindowTakesItAway()
{
    needsBus();
    const QString id = receive(maria, u"Read me in the window"_s, contactOf(maria));
    QVERIFY(listed(id));
    QTRY_COMPARE(m_service->notified.size(), 1);
    QVERIFY(m_service->closed.isEmpty());
    m_app->smsWorkspace()->reveal(id); // as a click on it in the list
    QVERIFY(!m_app->sms->isUnread(m_app->sms->rowOf(id)));
    QTRY_COMPARE(m_service->closed, QList<uint>({m_service->notified.constFirst().id}));
}

void tst_Notifications::withoutAServiceTheTrayTells()
{
    needsBus();
    m_service->stop();
    m_desktop->setTrayAvailable(true);
    QSignalSpy told(m_desktop.get(), &DesktopIntegration::toldInTray);
    const QString id = receive(maria, u"Anyone there?"_s, contactOf(maria));
    QVERIFY(listed(id));
    QTRY_COMPARE(told.size(), 1);
    QCOMPARE(m_desktop->notifier()->state(), DesktopNotifier::State::Unavailable);
    QVERIFY(m_service->notified.isEmpty());
    // A click on the tray's message opens the SMS, as Open would.
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab);
    emit m_desktop->tray()->messageClicked();
    QTRY_COMPARE(m_app->smsForm()->currentId(), id);
    QCOMPARE(m_app->tabs()->currentIndex(), int(MainWindow::SmsTab));
}

void tst_Notifications::withoutASessionBusNothingBreaks()
{
    // In a process of its own: the session bus is made once per process, and this one has one.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable), u"1"_s);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/draftbox-no-bus"_s);
    environment.remove(u"DISPLAY"_s); // or libdbus may start a bus of its own (autolaunch)
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"draftbox.notify.info=true"_s);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QString errors = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(output + errors));
    QVERIFY2(output.contains("0 failed"_L1) && output.contains("PASS   : tst_WithoutABus"_L1),
             qPrintable(output));
    // Said once in the log, however many notifications fell back.
    QCOMPARE(QString(output + errors).count("No desktop notifications"_L1), 1);
}

void tst_Notifications::theTrayCountsWhatIsUnread()
{
    m_desktop->setTrayAvailable(true);
    TrayIcon *tray = m_desktop->tray();
    QVERIFY(tray);
    const int unread = m_app->sms->unreadCount() + m_app->whatsapp->unreadCount();
    QVERIFY(unread > 0);
    QCOMPARE(tray->unread(), unread);
    QCOMPARE(tray->toolTip(), u"Draftbox — %1 unread"_s.arg(unread));
    const QString id = receive(maria, u"One more"_s, contactOf(maria));
    QVERIFY(listed(id));
    QTRY_COMPARE(tray->unread(), unread + 1);
    QCOMPARE(tray->toolTip(), u"Draftbox — %1 unread"_s.arg(unread + 1));
    // The count is on the icon: a red badge in its lower right quarter, not in the plain icon.
    const auto reds = [](const QImage &image) {
        int red = 0;
        for (int y = image.height() / 2; y < image.height(); ++y) {
            for (int x = image.width() / 2; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                red += c.alpha() > 200 && c.red() > 180 && c.green() < 90 && c.blue() < 90;
            }
        }
        return red;
    };
    const QImage plain = TrayIcon::badged(QApplication::windowIcon(), 0, 32).toImage();
    const QImage counted = tray->currentIcon().pixmap(32, 32).toImage();
    QVERIFY2(reds(counted) > reds(plain) + 30,
             qPrintable(u"%1 %2"_s.arg(reds(counted)).arg(reds(plain))));
    QCOMPARE(named<QAction>(tray->menu(), u"trayShowAction"_s)->text(), u"&Show Draftbox"_s);
    QVERIFY(named<QAction>(tray->menu(), u"trayQuitAction"_s));
}

void tst_Notifications::closingKeepsDraftboxInTheTrayOnlyWhenChosen()
{
    m_desktop->setTrayAvailable(true);
    MainWindow *window = m_app->window.get();
    QAction *keep = window->findChild<QAction *>(u"keepInTrayAction"_s);
    QVERIFY(keep);
    QVERIFY(keep->isEnabled());
    QVERIFY(!keep->isChecked()); // off unless chosen

    // Not chosen: closing the window closes it, and the last window closed ends Draftbox.
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed());

    // Chosen (and remembered): closing hides it, Draftbox runs on in the tray.
    window->show();
    keep->trigger();
    QVERIFY(keep->isChecked());
    QCOMPARE(QSettings().value(u"desktop/keepRunningInTray"_s), QVariant(true));
    QVERIFY(!window->close());
    QVERIFY(!window->isVisible());
    QVERIFY(!QApplication::quitOnLastWindowClosed());
    QVERIFY(m_desktop->tray()->isVisible());
    // Show Draftbox brings it back, as it was.
    named<QAction>(m_desktop->tray()->menu(), u"trayShowAction"_s)->trigger();
    QVERIFY(window->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    // Quit still quits: File → Quit closes the window for good, the tray's Quit ends the loop.
    window->quit();
    QVERIFY(!window->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    QSignalSpy quit(m_desktop.get(), &DesktopIntegration::quitRequested);
    named<QAction>(m_desktop->tray()->menu(), u"trayQuitAction"_s)->trigger();
    QCOMPARE(quit.size(), 1);
}

void tst_Notifications::withoutATrayClosingQuits()
{
    QAction *keep = m_app->window->findChild<QAction *>(u"keepInTrayAction"_s);
    QAction *note = m_app->window->findChild<QAction *>(u"noTrayNote"_s);
    QVERIFY(keep && note);
    // Chosen on a desktop with a tray, which then has none (another session, the panel gone).
    m_desktop->setTrayAvailable(true);
    QVERIFY(!note->isVisible());
    keep->trigger();
    QVERIFY(keep->isChecked());
    m_desktop->setTrayAvailable(false);
    QVERIFY(!m_desktop->tray());
    QVERIFY(!keep->isEnabled());
    QVERIFY(!keep->isChecked());
    QVERIFY(note->isVisible());
    QVERIFY(!note->isEnabled());
    QVERIFY(!keep->toolTip().isEmpty());
    QVERIFY(m_app->window->close());
    QVERIFY(!m_app->window->isVisible());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    // What the rep chose is kept for a desktop with a tray.
    QCOMPARE(QSettings().value(u"desktop/keepRunningInTray"_s), QVariant(true));
    m_desktop->setTrayAvailable(true);
    QVERIFY(keep->isEnabled());
    QVERIFY(keep->isChecked());
    QVERIFY(!note->isVisible());
}

//! The child process of withoutASessionBusNothingBreaks(): DBUS_SESSION_BUS_ADDRESS points
//! nowhere. Notifications fall back to the tray's message, quietly, and nothing waits.
class tst_WithoutABus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(isolateUserFolders(m_home, u"tst_notifications_nobus"_s));
        QVERIFY(!QDBusConnection::sessionBus().isConnected());
    }
    void notificationsFallBackToTheTray()
    {
        WindowFixture app(60);
        ReadMarks marks(m_home.filePath(u"read.json"_s));
        marks.setSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        app.sms->setReadMarks(&marks);
        DesktopIntegration desktop(app.window.get(), app.sms.get(), app.whatsapp.get());
        desktop.setTrayAvailable(true);
        QVERIFY(app.open(60));
        QTRY_VERIFY(!app.sms->isLoading());
        QSignalSpy told(&desktop, &DesktopIntegration::toldInTray);
        QElapsedTimer took;
        took.start();
        for (const QString &text : {u"First without a bus"_s, u"Second without a bus"_s}) {
            const HttpResult posted
                = app.sandbox->http->post(u"activity/sms/"_s,
                                          {{"status"_L1, "inbox"_L1},
                                           {"text"_L1, text},
                                           {"remote_phone"_L1, maria},
                                           {"local_phone"_L1, "+14154445555"_L1}});
            QCOMPARE(posted.status, 200);
            app.sms->refresh();
            QTRY_COMPARE(told.size(), text.startsWith("First"_L1) ? 1 : 2);
        }
        QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
        QCOMPARE(desktop.notifier()->state(), DesktopNotifier::State::Unavailable);

        // No tray either: nothing at all, and nothing breaks.
        desktop.setTrayAvailable(false);
        QSignalSpy fell(desktop.notifier(), &DesktopNotifier::unavailable);
        const HttpResult posted = app.sandbox->http->post(u"activity/sms/"_s,
                                                          {{"status"_L1, "inbox"_L1},
                                                           {"text"_L1, "Third, no tray"_L1},
                                                           {"remote_phone"_L1, maria},
                                                           {"local_phone"_L1, "+14154445555"_L1}});
        QCOMPARE(posted.status, 200);
        app.sms->refresh();
        QTRY_COMPARE(fell.size(), 1);
        QCOMPARE(told.size(), 2);
    }

private:
    QTemporaryDir m_home;
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    if (qEnvironmentVariableIsSet(childVariable)) {
        tst_WithoutABus child;
        return QTest::qExec(&child, argc, argv);
    }
    tst_Notifications test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notifications.moc"
