// Every text of the window is translatable: with a pseudo-translation loaded (lrelease
// -markuntranslated "§", every string of translations/draftbox.ts marked), each label, button,
// menu entry, tab, column title and placeholder shows the mark. A text set without tr() would not.
//
// And the German and French that ship are whole: each message of draftbox.ts has its translation
// in the built-in .qm (every plural form), keeps its placeholders, and the .ts files hold nothing
// unfinished; a window made with German loaded reads German; View → Language is saved and is what
// the next start chooses.
#include "errorlogmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "named.h"
#include "sandboxfixture.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "userfolders.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString mark = u"§"_s;

//! One message of translations/draftbox.ts, as lupdate found it in the sources.
struct SourceMessage
{
    QByteArray context;
    QByteArray source;
    QByteArray comment;
    bool numerus = false;
};

QList<SourceMessage> sourceMessages(QString *error)
{
    QFile file(QStringLiteral(DRAFTBOX_SOURCE_TS));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<SourceMessage> messages;
    QByteArray context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText().toUtf8();
        } else if (xml.name() == "message"_L1) {
            messages.append({context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1});
        } else if (xml.name() == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText().toUtf8();
        } else if (xml.name() == "comment"_L1 && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText().toUtf8();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

//! The numbered placeholders of a text (%1, %L2): a translation that drops one loses a value.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression number(u"%L?\\d+"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : number.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

//! The main window over a small sandbox, made with whatever translators are installed.
struct Window
{
    Window()
        : sms(sandbox.client.get())
        , whatsapp(sandbox.client.get())
        , window(&sms, &whatsapp, &log)
    { }

    SandboxFixture sandbox {10};
    ErrorLogModel log;
    SmsTableModel sms;
    WhatsAppTableModel whatsapp;
    MainWindow window;
};

QMenu *languageMenu(const MainWindow &window)
{
    return window.findChild<QMenu *>(u"languageMenu"_s);
}

QAction *languageAction(const MainWindow &window, const QString &choice)
{
    QMenu *menu = languageMenu(window);
    for (QAction *action : menu ? menu->actions() : QList<QAction *>()) {
        if (action->data().toString() == choice)
            return action;
    }
    return nullptr;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextIsTranslated();
    void everyMessageHasItsTranslation_data();
    void everyMessageHasItsTranslation();
    void pluralsTakeTheFormOfTheLanguage_data();
    void pluralsTakeTheFormOfTheLanguage();
    void nothingLeftUnfinished_data();
    void nothingLeftUnfinished();
    void windowReadsTheLanguageLoaded_data();
    void windowReadsTheLanguageLoaded();
    void startupChooser_data();
    void startupChooser();
    void languageMenuChoiceIsUsedAtTheNextStart();
    void cleanup();

private:
    void check(const QString &where, const QString &text);

    QTemporaryDir m_home;
    QTranslator m_pseudo;
    QStringList m_untranslated;
    int m_checked = 0;
};

void tst_Translations::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_translations"_s));
    QVERIFY2(m_pseudo.load(QStringLiteral(DRAFTBOX_PSEUDO_QM)), DRAFTBOX_PSEUDO_QM);
}

void tst_Translations::cleanup()
{
    QCoreApplication::removeTranslator(&m_pseudo);
    QVERIFY(Language::install(u"en"_s));
    QSettings().clear();
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
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
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

void tst_Translations::everyMessageHasItsTranslation_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void tst_Translations::everyMessageHasItsTranslation()
{
    QFETCH(QString, language);
    QTranslator translator;
    const QString qm = u":/i18n/draftbox_%1.qm"_s.arg(language);
    QVERIFY2(translator.load(qm), qPrintable(qm));
    QString error;
    const QList<SourceMessage> messages = sourceMessages(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, qPrintable(QString::number(messages.size())));

    // A translation may be the same as the English ("SMS", "OK"): what matters is that there is
    // one, for each plural form the language has.
    QStringList missing;
    for (const SourceMessage &m : messages) {
        const char *comment = m.comment.isEmpty() ? nullptr : m.comment.constData();
        const QList<int> counts = m.numerus ? QList<int> {1, 2, 5} : QList<int> {-1};
        for (const int n : counts) {
            const QString translated
                = translator.translate(m.context.constData(), m.source.constData(), comment, n);
            const QString where
                = u"%1 “%2”%3"_s.arg(QString::fromUtf8(m.context), QString::fromUtf8(m.source),
                                     n < 0 ? QString() : u" (n = %1)"_s.arg(n));
            if (translated.isEmpty())
                missing << where + u": no translation"_s;
            else if (placeholders(translated) != placeholders(QString::fromUtf8(m.source)))
                missing << where + u": placeholders differ in “%1”"_s.arg(translated);
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u"\n"_s)));
}

void tst_Translations::pluralsTakeTheFormOfTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German 1") << u"de"_s << 1 << u"1 Entwurf ausgewählt"_s;
    QTest::newRow("German 2") << u"de"_s << 2 << u"2 Entwürfe ausgewählt"_s;
    QTest::newRow("German 0") << u"de"_s << 0 << u"0 Entwürfe ausgewählt"_s;
    QTest::newRow("French 1") << u"fr"_s << 1 << u"1 brouillon sélectionné"_s;
    QTest::newRow("French 2") << u"fr"_s << 2 << u"2 brouillons sélectionnés"_s;
    // French counts nothing as one.
    QTest::newRow("French 0") << u"fr"_s << 0 << u"0 brouillon sélectionné"_s;
}

void tst_Translations::pluralsTakeTheFormOfTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QVERIFY(Language::install(language));
    QCOMPARE(QCoreApplication::translate("SmsWorkspace", "%n drafts selected", nullptr, count),
             expected);
}

void tst_Translations::nothingLeftUnfinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("French") << u"fr"_s;
}

void tst_Translations::nothingLeftUnfinished()
{
    QFETCH(QString, language);
    QFile file(u"%1/draftbox_%2.ts"_s.arg(QStringLiteral(DRAFTBOX_TRANSLATIONS_DIR), language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray ts = file.readAll();
    // The language decides how many plural forms lrelease keeps.
    const QByteArray languageAttribute = "language=\"" + language.toLatin1() + '"';
    QVERIFY(ts.contains(languageAttribute));
    for (const QByteArray type : {"unfinished", "vanished", "obsolete"}) {
        const QByteArray marked = "type=\"" + type + '"';
        const int at = int(ts.indexOf(marked));
        const int message = at < 0 ? 0 : int(ts.lastIndexOf("<source>", at));
        QVERIFY2(at < 0,
                 qPrintable(u"%1: a translation marked %2 — %3"_s.arg(
                     file.fileName(), QString::fromLatin1(type),
                     QString::fromUtf8(ts.mid(message, at - message + marked.size() + 1)))));
    }
}

void tst_Translations::windowReadsTheLanguageLoaded_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("German") << u"de"_s << u"&Datei"_s << u"&Ansicht"_s << u"Abbrechen"_s;
    QTest::newRow("French") << u"fr"_s << u"&Fichier"_s << u"&Affichage"_s << u"Annuler"_s;
    QTest::newRow("English") << u"en"_s << u"&File"_s << u"&View"_s << u"Cancel"_s;
}

void tst_Translations::windowReadsTheLanguageLoaded()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, view);
    QFETCH(QString, cancel);
    QVERIFY(Language::install(language));
    QCOMPARE(Language::current(), language);
    Window made;
    QVERIFY(made.sandbox.ok());
    const QList<QAction *> menus = made.window.menuBar()->actions();
    QVERIFY(menus.size() >= 2);
    QCOMPARE(menus.at(0)->text(), file);
    QCOMPARE(menus.at(1)->text(), view);
    // Qt's own texts come in the same language (qtbase_<language>.qm from the system).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    // The language names read as each language writes itself, whatever is loaded.
    QAction *german = languageAction(made.window, u"de"_s);
    QVERIFY(german);
    QCOMPARE(german->text(), u"Deutsch"_s);
    QCOMPARE(languageAction(made.window, u"fr"_s)->text(), u"Français"_s);
}

void tst_Translations::startupChooser_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("system German") << QString() << QStringList {u"de-DE"_s, u"en"_s} << u"de"_s;
    QTest::newRow("system Swiss French") << QString() << QStringList {u"fr-CH"_s} << u"fr"_s;
    QTest::newRow("first one shipped")
        << QString() << QStringList {u"es-ES"_s, u"fr-FR"_s} << u"fr"_s;
    QTest::newRow("English before German")
        << QString() << QStringList {u"en-GB"_s, u"de-DE"_s} << u"en"_s;
    QTest::newRow("none shipped") << QString() << QStringList {u"ja-JP"_s} << u"en"_s;
    QTest::newRow("C locale") << QString() << QStringList {u"C"_s} << u"en"_s;
    QTest::newRow("saved wins") << u"fr"_s << QStringList {u"de-DE"_s} << u"fr"_s;
    QTest::newRow("saved English") << u"en"_s << QStringList {u"de-DE"_s} << u"en"_s;
    QTest::newRow("saved unknown") << u"xx"_s << QStringList {u"de-AT"_s} << u"de"_s;
}

void tst_Translations::startupChooser()
{
    QFETCH(QString, saved);
    QFETCH(QStringList, system);
    QFETCH(QString, chosen);
    QCOMPARE(Language::resolve(saved, system), chosen);
}

void tst_Translations::languageMenuChoiceIsUsedAtTheNextStart()
{
    Window made;
    QVERIFY(made.sandbox.ok());
    QMenu *menu = languageMenu(made.window);
    QVERIFY(menu);
    QStringList titles;
    for (QAction *action : menu->actions())
        titles << action->text();
    QCOMPARE(titles,
             (QStringList {u"&System language"_s, u"English"_s, u"Deutsch"_s, u"Français"_s}));
    QActionGroup *group = menu->actions().first()->actionGroup();
    QVERIFY(group);
    QCOMPARE(group->exclusionPolicy(), QActionGroup::ExclusionPolicy::Exclusive);
    QVERIFY(languageAction(made.window, QString())->isChecked());

    languageAction(made.window, u"de"_s)->trigger();
    QVERIFY(languageAction(made.window, u"de"_s)->isChecked());
    QVERIFY(!languageAction(made.window, QString())->isChecked());
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"de"_s);
    // The next start takes it, whatever the system speaks.
    QCOMPARE(Language::resolve(Language::saved(QSettings()), {u"fr-FR"_s}), u"de"_s);
    QCOMPARE(Language::atStartup(), u"de"_s);
    // Said in both languages: the rep may not read the one on screen.
    auto *box = made.window.findChild<QMessageBox *>(u"languageBox"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"the next time it starts"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"beim nächsten Start"_s), qPrintable(box->text()));
    box->close();

    // Restored at the next start, the menu shows the choice.
    {
        Window again;
        QSettings settings;
        again.window.restoreSettings(settings);
        QVERIFY(languageAction(again.window, u"de"_s)->isChecked());
    }

    // Back to the system's language: nothing saved, the system decides.
    languageAction(made.window, QString())->trigger();
    QVERIFY(!QSettings().contains(u"language"_s));
    QCOMPARE(Language::resolve(Language::saved(QSettings()), {u"fr-CA"_s, u"de"_s}), u"fr"_s);
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
