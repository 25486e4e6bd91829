// Draftbox remembers how the rep left it: window size, splitters, the tab, the filters and the
// appearance come back after a restart (the whole app quit and started again on the sandbox).
#include "activityfilterproxy.h"
#include "appearance.h"
#include "draftboxapp.h"
#include "mainwindow.h"
#include "named.h"
#include "userfolders.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void restoredAfterARestart();
    void aboutShowsTheVersion();

private:
    std::unique_ptr<DraftboxApp> startApp();

    QTemporaryDir m_home;
};

void tst_Settings::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_settings"_s));
    QApplication::setApplicationVersion(u"9.8.7"_s);
}

std::unique_ptr<DraftboxApp> tst_Settings::startApp()
{
    auto app = std::make_unique<DraftboxApp>();
    DraftboxApp::Options options;
    options.sandbox = true;
    options.sampleCount = 20;
    if (!app->start(options).isEmpty())
        return {};
    return app;
}

void tst_Settings::restoredAfterARestart()
{
    QSize size;
    QList<int> smsSizes;
    QList<int> whatsappSizes;
    {
        auto app = startApp();
        QVERIFY(app);
        MainWindow *window = app->window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Nothing remembered yet: the SMS tab, no filter, the platform's look.
        QCOMPARE(named<QTabWidget>(window, u"workspaces"_s)->currentIndex(),
                 int(MainWindow::SmsTab));
        QVERIFY(!named<QToolButton>(window, u"draftChip"_s)->isChecked());
        QCOMPARE(Appearance::toString(Appearance::current()), u"system"_s);

        window->resize(1111, 777);
        named<QTabWidget>(window, u"workspaces"_s)->setCurrentIndex(MainWindow::WhatsAppTab);
        named<QToolButton>(window, u"draftChip"_s)->setChecked(true);
        named<QToolButton>(window, u"errorChip"_s)->setChecked(true);
        named<QLineEdit>(window, u"smsSearch"_s)->setText(u"friday"_s);
        named<QToolButton>(window, u"incomingChip"_s)->setChecked(true);
        named<QLineEdit>(window, u"whatsappSearch"_s)->setText(u"quote"_s);
        named<QSplitter>(window, u"mainSplitter"_s)->setSizes({500, 600});
        named<QSplitter>(window, u"whatsappSplitter"_s)->setSizes({700, 400});
        Appearance::apply(Appearance::Mode::Dark);
        QTest::qWait(50);
        size = window->size();
        smsSizes = named<QSplitter>(window, u"mainSplitter"_s)->sizes();
        whatsappSizes = named<QSplitter>(window, u"whatsappSplitter"_s)->sizes();
        // The app quits: its destructor saves.
    }
    Appearance::apply(Appearance::Mode::System);
    {
        QSettings settings;
        QCOMPARE(settings.value(u"window/tab"_s).toString(), u"whatsapp"_s);
    }

    auto app = startApp();
    QVERIFY(app);
    MainWindow *window = app->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->size(), size);
    QCOMPARE(named<QTabWidget>(window, u"workspaces"_s)->currentIndex(),
             int(MainWindow::WhatsAppTab));
    QCOMPARE(named<QSplitter>(window, u"whatsappSplitter"_s)->sizes(), whatsappSizes);
    QVERIFY(named<QToolButton>(window, u"draftChip"_s)->isChecked());
    QVERIFY(named<QToolButton>(window, u"errorChip"_s)->isChecked());
    QVERIFY(!named<QToolButton>(window, u"sentChip"_s)->isChecked());
    // A search is for the moment: a start never opens on a list narrowed by a forgotten one.
    QCOMPARE(named<QLineEdit>(window, u"smsSearch"_s)->text(), QString());
    QCOMPARE(named<ActivityFilterProxy>(window, u"smsProxy"_s)->statuses().size(), 2);
    QCOMPARE(named<ActivityFilterProxy>(window, u"smsProxy"_s)->searchText(), QString());
    QVERIFY(named<QToolButton>(window, u"incomingChip"_s)->isChecked());
    QVERIFY(!named<QToolButton>(window, u"outgoingChip"_s)->isChecked());
    QCOMPARE(named<QLineEdit>(window, u"whatsappSearch"_s)->text(), QString());
    QCOMPARE(named<ActivityFilterProxy>(window, u"whatsappProxy"_s)->searchText(), QString());
    QCOMPARE(Appearance::toString(Appearance::current()), u"dark"_s);
    QVERIFY(Appearance::isDark());
    // Started dark, the sample-data banner is drawn dark (not a light box under light text),
    // and it follows a switch of appearance.
    const auto lightnessOf = [](QWidget *widget) {
        return widget->grab().toImage().pixelColor(4, 4).lightness();
    };
    auto *banner = named<QWidget>(window, u"sampleDataBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(lightnessOf(banner) < 100, qPrintable(QString::number(lightnessOf(banner))));
    Appearance::apply(Appearance::Mode::Light);
    QTRY_VERIFY2(lightnessOf(banner) > 200, qPrintable(QString::number(lightnessOf(banner))));
    Appearance::apply(Appearance::Mode::Dark);
    QTRY_VERIFY(lightnessOf(banner) < 100);
    // The WhatsApp tab was the one shown, so its messages loaded.
    QTRY_COMPARE(app->whatsapp()->rowCount(), 20);
    // The SMS tab's splitter as it was, once that tab shows.
    named<QTabWidget>(window, u"workspaces"_s)->setCurrentIndex(MainWindow::SmsTab);
    QTRY_COMPARE(named<QSplitter>(window, u"mainSplitter"_s)->sizes(), smsSizes);
    Appearance::apply(Appearance::Mode::System);
}

void tst_Settings::aboutShowsTheVersion()
{
    auto app = startApp();
    QVERIFY(app);
    app->window()->showAbout();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = app->window()->findChild<QMessageBox *>(u"aboutBox"_s)) && box->isVisible());
    QVERIFY(box->text().contains("9.8.7"_L1));
    QVERIFY(box->informativeText().contains(QString::fromLatin1(qVersion())));
    box->close();
}

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
