// A small or scaled screen: the window, driven over the sandbox, fits the screen it is on
// (1024x640; 1366x768 at 1.5x, registered twice with those offscreen screens): its minimum size,
// a geometry restored from a larger screen, a long bulk-bar text; the forms scroll rather than
// crush their fields; the connect dialog's long errors wrap below the fields and stay on screen.
#include "apierror.h"
#include "connectdialog.h"
#include "errorpanel.h"
#include "formsupport.h"
#include "mainwindow.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "userfolders.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
QString describe(const QRect &r)
{
    return u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QString describe(const QSize &s)
{
    return u"%1x%2"_s.arg(s.width()).arg(s.height());
}

//! `widget`'s rectangle in `window`'s coordinates.
QRect inWindow(const QWidget *widget, const QWidget *window)
{
    return QRect(widget->mapTo(window, QPoint(0, 0)), widget->size());
}

//! Lets every pending layout request and resize be handled.
void settleLayouts()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

//! The label shows its whole text, or the start of it, one line high, and the whole of it as
//! its tooltip.
bool cutShortWithTooltip(QLabel *label)
{
    if (label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width())
        return true;
    if (label->height() > 2 * label->fontMetrics().height())
        return false;
    QToolTip::hideText();
    const QPoint middle = label->rect().center();
    QHelpEvent help(QEvent::ToolTip, middle, label->mapToGlobal(middle));
    QCoreApplication::sendEvent(label, &help);
    const bool shown = QTest::qWaitFor([label] { return QToolTip::text() == label->text(); });
    QToolTip::hideText();
    if (!shown)
        qWarning("tooltip: %s", qPrintable(QToolTip::text()));
    return shown;
}

//! A text as long as a translation or a server could make it.
QString longText(const QString &words, int times)
{
    QStringList parts;
    for (int i = 0; i < times; ++i)
        parts << words;
    return parts.join(u' ');
}
} // namespace

class tst_SmallScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void minimumSizeFitsTheScreen_data();
    void minimumSizeFitsTheScreen();
    void restoredGeometryFitsTheScreen();
    void formScrollsInsteadOfCrushing_data();
    void formScrollsInsteadOfCrushing();
    void longLabelsNeverWidenTheWindow();
    void theMessageKeepsItsRoom_data();
    void theMessageKeepsItsRoom();
    void connectErrorWrapsBelowTheFields();

private:
    QRect available() const;
    //! The window at the whole of the screen (or its minimum size, if that is larger).
    void fillScreen();

    QTemporaryDir m_home;
    std::unique_ptr<WindowFixture> m_app;
};

void tst_SmallScreen::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_smallscreen"_s));
    // Registered on a small offscreen screen (tests/CMakeLists.txt): never the default 800x600.
    QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    QVERIFY2(screen->availableGeometry().width() < 1100, qPrintable(describe(screen->geometry())));
}

void tst_SmallScreen::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->open(60));
}

void tst_SmallScreen::cleanup()
{
    m_app.reset();
    QSettings().remove(u"window"_s);
}

QRect tst_SmallScreen::available() const
{
    return m_app->window->screen()->availableGeometry();
}

void tst_SmallScreen::fillScreen()
{
    // As a window manager maximizing it would: frame and all on the available geometry (the
    // frame is known once the window has been placed).
    QWidget *window = m_app->window.get();
    for (int i = 0; i < 2; ++i) {
        const QRect frame = window->frameGeometry();
        const QRect inner = window->geometry();
        const QMargins margins(inner.left() - frame.left(), inner.top() - frame.top(),
                               frame.right() - inner.right(), frame.bottom() - inner.bottom());
        window->resize((available() - margins).size());
        window->move(available().topLeft());
        settleLayouts();
    }
}

void tst_SmallScreen::minimumSizeFitsTheScreen_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("sms") << int(MainWindow::SmsTab);
    QTest::newRow("whatsapp") << int(MainWindow::WhatsAppTab);
}

void tst_SmallScreen::minimumSizeFitsTheScreen()
{
    QFETCH(int, tab);
    m_app->tabs()->setCurrentIndex(tab);
    m_app->errorPanel()->show();
    settleLayouts();
    const QSize minimum = m_app->window->minimumSizeHint().expandedTo(m_app->window->minimumSize());
    QVERIFY2(minimum.width() <= available().width() && minimum.height() <= available().height(),
             qPrintable(u"minimum %1 on %2"_s.arg(describe(minimum), describe(available()))));
    fillScreen();
    QVERIFY2(available().contains(m_app->window->frameGeometry()),
             qPrintable(u"window %1 on %2"_s.arg(describe(m_app->window->frameGeometry()),
                                                 describe(available()))));
}

void tst_SmallScreen::restoredGeometryFitsTheScreen()
{
    // Saved on a larger screen, off to the side (or at another scale factor).
    QWidget big;
    big.setGeometry(available().right() + 300, available().bottom() + 200, 1920, 1200);
    QSettings settings;
    settings.setValue(u"window/geometry"_s, big.saveGeometry());
    m_app->window->restoreSettings(settings);
    settleLayouts();
    QVERIFY2(available().contains(m_app->window->frameGeometry()),
             qPrintable(u"window %1 on %2"_s.arg(describe(m_app->window->frameGeometry()),
                                                 describe(available()))));
}

void tst_SmallScreen::formScrollsInsteadOfCrushing_data()
{
    QTest::addColumn<int>("tab");
    QTest::newRow("sms") << int(MainWindow::SmsTab);
    QTest::newRow("whatsapp") << int(MainWindow::WhatsAppTab);
}

void tst_SmallScreen::formScrollsInsteadOfCrushing()
{
    QFETCH(int, tab);
    m_app->tabs()->setCurrentIndex(tab);
    QWidget *form = tab == MainWindow::SmsTab ? static_cast<QWidget *>(m_app->smsForm())
                                              : static_cast<QWidget *>(m_app->whatsappForm());
    if (tab == MainWindow::WhatsAppTab) {
        QTRY_VERIFY(m_app->whatsapp->rowCount() > 0);
        QVERIFY(m_app->whatsappWorkspace()->selectMessage(m_app->whatsapp->idAt(0)));
    }
    m_app->errorPanel()->show();
    fillScreen();
    QWidget *window = m_app->window.get();

    // Every field as tall as it asks to be at its width (at most as tall as it may be): the
    // fields scroll.
    int fields = 0;
    for (QWidget *field : form->findChildren<QWidget *>()) {
        if (!field->property(FormSupport::fieldProperty).isValid() || !field->isVisibleTo(form))
            continue;
        ++fields;
        const int wanted
            = std::min(field->hasHeightForWidth() ? field->heightForWidth(field->width())
                                                  : field->sizeHint().height(),
                       field->maximumHeight());
        QVERIFY2(field->height() >= wanted,
                 qPrintable(u"%1 (%2) is %3 high, asks for %4"_s
                                .arg(field->objectName(),
                                     QString::fromLatin1(field->metaObject()->className()))
                                .arg(field->height())
                                .arg(wanted)));
    }
    QVERIFY(fields >= 8);

    // The list, the form's buttons and the Problems panel are in the window, not below it.
    const QRect inside = window->rect();
    QAbstractItemView *list = tab == MainWindow::SmsTab
        ? static_cast<QAbstractItemView *>(m_app->smsList())
        : named<QAbstractItemView>(m_app->whatsappWorkspace(), u"whatsappConversations"_s);
    QVERIFY(list);
    QVERIFY2(list->viewport()->height() >= 3 * list->sizeHintForRow(0),
             qPrintable(describe(list->viewport()->size())));
    const auto buttons = form->findChildren<QPushButton *>(u"saveButton"_s);
    QCOMPARE(buttons.size(), 1);
    QVERIFY2(inside.contains(inWindow(buttons.first(), window)),
             qPrintable(describe(inWindow(buttons.first(), window))));
    QVERIFY(m_app->errorPanel()->isVisible());
    QVERIFY2(inside.contains(inWindow(m_app->errorPanel(), window))
                 && m_app->errorPanel()->height()
                     >= m_app->errorPanel()->minimumSizeHint().height(),
             qPrintable(describe(inWindow(m_app->errorPanel(), window))));
}

void tst_SmallScreen::longLabelsNeverWidenTheWindow()
{
    fillScreen();
    const auto fits = [this] {
        settleLayouts();
        const QSize minimum = m_app->window->minimumSizeHint();
        return minimum.width() <= available().width()
            && available().contains(m_app->window->frameGeometry());
    };
    const auto describeWindow = [this] {
        return u"minimum %1, window %2 on %3"_s.arg(describe(m_app->window->minimumSizeHint()),
                                                    describe(m_app->window->frameGeometry()),
                                                    describe(available()));
    };

    // Every SMS selected, drafts and others: the bulk bar says which it leaves alone.
    m_app->smsList()->selectAll();
    auto *bulk = named<QLabel>(m_app->window.get(), u"bulkLabel"_s);
    QVERIFY(bulk);
    QTRY_VERIFY(bulk->isVisible());
    QVERIFY(bulk->text().contains("left alone"_L1));
    // Then as long as a translation could make it.
    for (const QString &text :
         {bulk->text(), longText(u"Some drafts are selected and others are left alone."_s, 12)}) {
        bulk->setText(text);
        QVERIFY2(fits(), qPrintable(describeWindow()));
        QVERIFY(cutShortWithTooltip(bulk));
    }

    // Where Draftbox is connected, in the status bar: a long server address.
    const QString where = u"Connected to https://%1.example.com/api/v1/ as %2"_s.arg(
        longText(u"a-very-long-host-name"_s, 8).replace(u' ', u'.'),
        longText(u"Someone With A Long Name"_s, 4));
    m_app->window->setConnectionDescription(where);
    auto *connection = named<QLabel>(m_app->window.get(), u"connectionLabel"_s);
    QVERIFY(connection);
    QVERIFY2(fits(), qPrintable(describeWindow()));
    QVERIFY(cutShortWithTooltip(connection));
}

void tst_SmallScreen::theMessageKeepsItsRoom_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<int>("messageColumn");
    QTest::addColumn<QString>("title");
    QTest::newRow("sms") << int(MainWindow::SmsTab) << int(SmsTableModel::MessageColumn)
                         << u"Message"_s;
    QTest::newRow("whatsapp") << int(MainWindow::WhatsAppTab) << 0 << u"Conversation"_s;
}

void tst_SmallScreen::theMessageKeepsItsRoom()
{
    // The message is what the rep reads in the list: the status, number, contact and date give
    // up room for it on a narrow list (it was 30 px wide at 1024x640), down to their headers.
    QFETCH(int, tab);
    QFETCH(int, messageColumn);
    QFETCH(QString, title);
    m_app->tabs()->setCurrentIndex(tab);
    fillScreen();
    QAbstractItemView *list = tab == MainWindow::SmsTab
        ? static_cast<QAbstractItemView *>(m_app->smsList())
        : named<QAbstractItemView>(m_app->whatsappWorkspace(), u"whatsappConversations"_s);
    QVERIFY(list);
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(list))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(list))
        header = tree->header();
    QVERIFY(header);
    QCOMPARE(header->model()->headerData(messageColumn, Qt::Horizontal).toString(), title);
    const auto describeColumns = [header] {
        QStringList widths;
        for (int column = 0; column < header->count(); ++column)
            if (!header->isSectionHidden(column))
                widths << u"%1 %2"_s
                              .arg(header->model()->headerData(column, Qt::Horizontal).toString())
                              .arg(header->sectionSize(column));
        return u"%1 wide: %2"_s.arg(header->width()).arg(widths.join(u", "_s));
    };
    QVERIFY2(header->sectionSize(messageColumn) >= header->width() / 3,
             qPrintable(describeColumns()));
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(header->sectionSize(column) > header->fontMetrics().horizontalAdvance(title),
                 qPrintable(describeColumns()));
    }
    QVERIFY2(header->length() <= header->width() + 1, qPrintable(describeColumns()));

    // A column the rep widens stays as wide, however the window changes.
    const int other = messageColumn == 0 ? 1 : 0;
    header->resizeSection(other, header->sectionSize(other) + 40);
    const int widened = header->sectionSize(other);
    m_app->window->resize(m_app->window->width() - 60, m_app->window->height());
    settleLayouts();
    QCOMPARE(header->sectionSize(other), widened);
}

void tst_SmallScreen::connectErrorWrapsBelowTheFields()
{
    ConnectDialog dialog({QUrl(u"https://api.close.com/api/v1/"_s), {}}, m_app->window.get());
    dialog.setCredentials({Credentials::Kind::ApiKey, u"api_wrong"_s, {}});
    dialog.setReason(
        longText(u"Close refused the API key Draftbox had: connect again to go on."_s, 3));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ApiError error;
    error.category = ApiError::Category::Unauthorized;
    error.httpStatus = 401;
    // What a server can say: a long body, every word of which the rep may need.
    error.message = longText(u"The API key you gave was revoked by an administrator of this "
                             "organization on the fourth of the month;"_s,
                             40);
    named<QPushButton>(&dialog, u"testButton"_s)->click();
    dialog.showTestResult(false, {}, {}, error);
    settleLayouts();
    QTest::qWait(50);
    settleLayouts();

    auto *result = named<QLabel>(&dialog, u"connectResult"_s);
    QVERIFY(result && result->isVisible());
    QVERIFY(result->text().contains("revoked"_L1));
    // Every word there to read (the label scrolls, if need be, but is never cut short)...
    QVERIFY2(result->height() >= result->heightForWidth(result->width()),
             qPrintable(u"%1 high for %2"_s.arg(result->height())
                            .arg(result->heightForWidth(result->width()))));
    // ...below the fields, over none of them...
    for (const char *name : {"secretEdit", "urlEdit", "testButton", "connectReason"}) {
        QWidget *field = named(&dialog, QString::fromLatin1(name));
        QVERIFY(field);
        QVERIFY2(!inWindow(result, &dialog).intersects(inWindow(field, &dialog))
                     && inWindow(result, &dialog).top() >= inWindow(field, &dialog).bottom(),
                 qPrintable(u"%1 %2 over %3"_s.arg(describe(inWindow(result, &dialog)),
                                                   QString::fromLatin1(name),
                                                   describe(inWindow(field, &dialog)))));
    }
    // ...and none cut off at the right: the scrolled contents are as wide as the dialog shows
    // (they were wider, the fields and messages clipped, in every language).
    for (const char *name :
         {"secretEdit", "urlEdit", "introLabel", "connectResult", "connectReason"}) {
        QWidget *field = named(&dialog, QString::fromLatin1(name));
        QVERIFY(field);
        const QRect shown = field->visibleRegion().boundingRect();
        QVERIFY2(shown.width() == field->width(),
                 qPrintable(u"%1 is %2 wide, %3 of it shown"_s.arg(QString::fromLatin1(name))
                                .arg(field->width())
                                .arg(shown.width())));
    }
    auto *reason = named<QLabel>(&dialog, u"connectReason"_s);
    QVERIFY(reason->height() >= reason->heightForWidth(reason->width()));
    // ...and the dialog, its buttons with it, on the screen.
    QVERIFY2(available().contains(dialog.frameGeometry()),
             qPrintable(u"dialog %1 on %2"_s.arg(describe(dialog.frameGeometry()),
                                                 describe(available()))));
    auto *connectButton = named<QPushButton>(&dialog, u"connectButton"_s);
    QVERIFY(dialog.rect().contains(inWindow(connectButton, &dialog)));
}

QTEST_MAIN(tst_SmallScreen)
#include "tst_smallscreen.moc"
