// Every text of the window is translatable: with a pseudo-translation loaded (lrelease
// -markuntranslated "§", every string of translations/draftbox.ts marked), each label, button,
// menu entry, tab, column title and placeholder shows the mark. A text set without tr() would not.
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "named.h"
#include "sandboxfixture.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString mark = u"§"_s;
}

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextIsTranslated();

private:
    void check(const QString &where, const QString &text);

    QTranslator m_pseudo;
    QStringList m_untranslated;
    int m_checked = 0;
};

void tst_Translations::initTestCase()
{
    QVERIFY2(m_pseudo.load(QStringLiteral(DRAFTBOX_PSEUDO_QM)), DRAFTBOX_PSEUDO_QM);
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
}

void tst_Translations::check(const QString &where, const QString &text)
{
    if (text.isEmpty())
        return;
    ++m_checked;
    if (!text.startsWith(mark))
        m_untranslated << u"%1: “%2”"_s.arg(where, text);
}

void tst_Translations::everyTextIsTranslated()
{
    SandboxFixture sandbox(10);
    QVERIFY(sandbox.ok());
    ErrorLogModel log;
    SmsTableModel sms(sandbox.client.get());
    WhatsAppTableModel whatsapp(sandbox.client.get());
    MainWindow window(&sms, &whatsapp, &log);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = named<QTabWidget>(&window, u"workspaces"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(MainWindow::WhatsAppTab);
    QTRY_COMPARE(whatsapp.rowCount(), 10);
    tabs->setCurrentIndex(MainWindow::SmsTab);
    sms.fetchMore({});
    QTRY_COMPARE(sms.rowCount(), 10);

    check(u"window title"_s, window.windowTitle());
    for (int tab = 0; tab < tabs->count(); ++tab)
        check(u"tab"_s, tabs->tabText(tab));
    for (QAction *menu : window.menuBar()->actions()) {
        check(u"menu"_s, menu->text());
        if (menu->menu()) {
            for (QAction *action : menu->menu()->actions()) {
                // Qt's own entries (About Qt is ours; the dock's toggle is its title).
                check(u"menu entry"_s, action->text());
            }
        }
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (button->inherits("QDockWidgetTitleButton") || button->text().isEmpty())
            continue;
        check(u"button %1"_s.arg(QString::fromLatin1(button->metaObject()->className())),
              button->text());
        check(u"button name"_s, button->accessibleName());
    }
    for (QFormLayout *form : window.findChildren<QFormLayout *>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
                if (auto *label = qobject_cast<QLabel *>(item->widget()))
                    check(u"form label"_s, label->text());
            }
        }
    }
    for (QLineEdit *edit : window.findChildren<QLineEdit *>()) {
        check(u"placeholder"_s, edit->placeholderText());
        check(u"field name"_s, edit->accessibleName());
    }
    for (QPlainTextEdit *edit : window.findChildren<QPlainTextEdit *>())
        check(u"editor placeholder"_s, edit->placeholderText());
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        check(u"list name"_s, view->accessibleName());
        QAbstractItemModel *model = view->model();
        const auto *header = qobject_cast<QTableView *>(view)
            ? qobject_cast<QTableView *>(view)->horizontalHeader()
            : qobject_cast<QTreeView *>(view) ? qobject_cast<QTreeView *>(view)->header()
                                              : nullptr;
        for (int column = 0; header && column < model->columnCount(); ++column) {
            if (!header->isSectionHidden(column))
                check(u"column"_s, model->headerData(column, Qt::Horizontal).toString());
        }
    }
    check(u"SMS banner"_s, named<QLabel>(window.form(), u"banner"_s)->text());

    QVERIFY2(m_checked > 100, qPrintable(QString::number(m_checked)));
    QVERIFY2(m_untranslated.isEmpty(), qPrintable(m_untranslated.join(u"\n"_s)));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
