// Spell checking: the core checker (Hunspell and the personal dictionary), and the SMS editor
// underlining misspelt words off the main thread, with suggestions, Add to dictionary and the
// spelling language in its context menu.
#include "drafteditor.h"
#include "markupeditor.h"
#include "spellchecker.h"
#include "spellhighlighter.h"
#include "userfolders.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace {

//! The words of the block at `position` that carry the spell-check underline.
QStringList underlined(QPlainTextEdit *edit)
{
    QStringList words;
    for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                words << block.text().mid(range.start, range.length);
        }
    }
    return words;
}

QPoint pointAt(QPlainTextEdit *edit, int position)
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    return edit->cursorRect(cursor).center() + QPoint(1, 0);
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QMenu *languageMenu(QMenu *menu)
{
    return menu->findChild<QMenu *>(u"spellingLanguage"_s);
}

} // namespace

class tst_SpellCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void checkerFindsMisspeltWords();
    void skipsWhatIsNotProse_data();
    void skipsWhatIsNotProse();
    void languageFromTheRecipient_data();
    void languageFromTheRecipient();
    void germanRecipientChecksGerman();
    void typedMisspellingIsUnderlinedAndReplaced();
    void addToDictionaryPersists();
    void offRemovesEveryUnderline();
    void missingDictionariesMeanNoChecking();
    void longTextIsCheckedWithoutBlocking();
    void hugeTextIsNotChecked();
    void whatsAppEditorUnderlinesInsideMarkup();

private:
    QTemporaryDir m_home;
};

void tst_SpellCheck::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_spellcheck"_s));
    if (!SpellChecker::shared()->isInstalled(u"en_US"_s))
        QSKIP("hunspell-en-us is not installed (scripts/packages.txt)");
}

void tst_SpellCheck::init()
{
    QSettings().remove(u"spelling"_s);
}

void tst_SpellCheck::checkerFindsMisspeltWords()
{
    SpellChecker *checker = SpellChecker::shared();
    QVERIFY(!checker->isCorrect(u"en_US"_s, u"recieve"_s));
    QVERIFY(checker->isCorrect(u"en_US"_s, u"receive"_s));
    QVERIFY(checker->suggestions(u"en_US"_s, u"recieve"_s).contains(u"receive"_s));
    const QString text = u"We recieve your order."_s;
    const QList<SpellChecker::Range> ranges = checker->misspelt(u"en_US"_s, text);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(text.mid(ranges.first().start, ranges.first().length), u"recieve"_s);
}

void tst_SpellCheck::skipsWhatIsNotProse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("misspelt");
    QTest::newRow("link") << u"see https://exmple.com/recieve now"_s << QStringList();
    QTest::newRow("www") << u"see www.exmple.com"_s << QStringList();
    QTest::newRow("mail") << u"write to jhon@exmple.com"_s << QStringList();
    QTest::newRow("placeholder") << u"Hi {{ contact.frist_name }}"_s << QStringList();
    QTest::newRow("gap") << u"Dear «contact.titel»"_s << QStringList();
    QTest::newRow("digits") << u"Code A7BX2 or 12345 or 3rd"_s << QStringList();
    QTest::newRow("all caps") << u"Our QBR and ASAP"_s << QStringList();
    QTest::newRow("bold") << u"*recieve* it"_s << QStringList {u"recieve"_s};
    QTest::newRow("italic") << u"_recieve_ it"_s << QStringList {u"recieve"_s};
    QTest::newRow("strike") << u"~recieve~ it"_s << QStringList {u"recieve"_s};
    QTest::newRow("monospace") << u"run ```recieve``` and `lsblk`"_s << QStringList();
    QTest::newRow("apostrophe") << u"We don't recieve"_s << QStringList {u"recieve"_s};
}

void tst_SpellCheck::skipsWhatIsNotProse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, misspelt);
    QStringList found;
    for (const SpellChecker::Range &r : SpellChecker::shared()->misspelt(u"en_US"_s, text))
        found << text.mid(r.start, r.length);
    QCOMPARE(found, misspelt);
}

void tst_SpellCheck::languageFromTheRecipient_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("language");
    for (const char *r : {"DE", "AT", "LI"})
        QTest::newRow(r) << QString::fromLatin1(r) << u"de_DE"_s;
    for (const char *r : {"FR", "BE", "LU", "MC"})
        QTest::newRow(r) << QString::fromLatin1(r) << u"fr"_s;
    for (const char *r : {"US", "GB", "CA", ""})
        QTest::newRow(r) << QString::fromLatin1(r) << u"en_US"_s;
}

void tst_SpellCheck::languageFromTheRecipient()
{
    QFETCH(QString, region);
    QFETCH(QString, language);
    QCOMPARE(SpellChecker::languageForRegion(region), language);
}

void tst_SpellCheck::germanRecipientChecksGerman()
{
    if (!SpellChecker::shared()->isInstalled(u"de_DE"_s))
        QSKIP("hunspell-de-de is not installed");
    DraftEditor editor;
    editor.setRecipient(u"+49 30 901820"_s);
    QCOMPARE(editor.spelling()->language(), u"de_DE"_s);
    editor.setText(u"Unser Termin am Montag, kein Termn. Schöne Grüße"_s); // UTF-8 both ways
    QTRY_COMPARE(underlined(editor.editor()), QStringList {u"Termn"_s});
}

void tst_SpellCheck::typedMisspellingIsUnderlinedAndReplaced()
{
    DraftEditor editor;
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setRecipient(u"+16505550100"_s);
    QPlainTextEdit *edit = editor.editor();
    edit->setFocus();
    QTest::keyClicks(edit, u"We recieve it"_s);
    QTRY_COMPARE(underlined(edit), QStringList {u"recieve"_s});

    std::unique_ptr<QMenu> menu(editor.createContextMenu(pointAt(edit, 5)));
    QAction *fix = actionNamed(menu.get(), u"receive"_s);
    QVERIFY(fix);
    QCOMPARE(menu->actions().first(), fix); // suggestions come first
    QVERIFY(languageMenu(menu.get()));
    QVERIFY(menu->findChild<QAction *>(u"addToDictionary"_s));
    fix->trigger();
    QCOMPARE(editor.text(), u"We receive it"_s);
    QTRY_VERIFY(underlined(edit).isEmpty());
    edit->undo(); // one step back to what was typed
    QCOMPARE(editor.text(), u"We recieve it"_s);
}

void tst_SpellCheck::addToDictionaryPersists()
{
    DraftEditor editor;
    QPlainTextEdit *edit = editor.editor();
    editor.resize(400, 200);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setText(u"Ask Zorbluk today"_s);
    QTRY_COMPARE(underlined(edit), QStringList {u"Zorbluk"_s});
    std::unique_ptr<QMenu> menu(editor.createContextMenu(pointAt(edit, 6)));
    QAction *add = menu->findChild<QAction *>(u"addToDictionary"_s);
    QVERIFY(add);
    add->trigger();
    QTRY_VERIFY(underlined(edit).isEmpty());
    QCOMPARE(editor.text(), u"Ask Zorbluk today"_s);

    // A restart: a new checker reads the personal dictionary, for every language.
    SpellChecker restarted(SpellChecker::defaultDictionaryDir(),
                           SpellChecker::defaultPersonalFile());
    QVERIFY(restarted.isCorrect(u"en_US"_s, u"Zorbluk"_s));
    if (restarted.isInstalled(u"fr"_s))
        QVERIFY(restarted.isCorrect(u"fr"_s, u"Zorbluk"_s));
    QVERIFY(!restarted.isCorrect(u"en_US"_s, u"Zorblak"_s));
}

void tst_SpellCheck::offRemovesEveryUnderline()
{
    DraftEditor editor;
    MarkupEditor whatsApp; // open beside it: the choice applies there too
    QPlainTextEdit *edit = editor.editor();
    editor.setText(u"recieve\nadress\nreceive"_s);
    whatsApp.setText(u"adress"_s);
    QTRY_COMPARE(underlined(whatsApp.editor()), QStringList {u"adress"_s});
    QTRY_COMPARE(underlined(edit), (QStringList {u"recieve"_s, u"adress"_s}));
    std::unique_ptr<QMenu> menu(editor.createContextMenu(pointAt(edit, 0)));
    QAction *off = actionNamed(languageMenu(menu.get()), u"Off"_s);
    QVERIFY(off);
    off->trigger();
    QTRY_VERIFY(underlined(edit).isEmpty());
    QTRY_VERIFY(underlined(whatsApp.editor()).isEmpty());
    QCOMPARE(QSettings().value(u"spelling/language"_s).toString(), u"off"_s);

    DraftEditor another; // the choice is remembered
    QCOMPARE(another.spelling()->choice(), u"off"_s);
    QVERIFY(another.spelling()->language().isEmpty());
}

void tst_SpellCheck::missingDictionariesMeanNoChecking()
{
    QTemporaryDir empty;
    SpellChecker none(empty.path(), empty.filePath(u"words.txt"_s));
    QVERIFY(none.usableLanguage(u"de_DE"_s).isEmpty());
    QVERIFY(none.isCorrect(u"en_US"_s, u"recieve"_s));
    QVERIFY(none.misspelt(u"en_US"_s, u"recieve"_s).isEmpty());

    QPlainTextEdit edit;
    SpellHighlighter highlighter(edit.document(), &none);
    QVERIFY(highlighter.language().isEmpty());
    edit.setPlainText(u"recieve"_s);
    QSignalSpy checked(&highlighter, &SpellHighlighter::checked);
    QVERIFY(checked.wait());
    QVERIFY(underlined(&edit).isEmpty());
    std::unique_ptr<QMenu> menu(highlighter.createContextMenu(&edit, pointAt(&edit, 2)));
    QVERIFY(!menu->findChild<QAction *>(u"addToDictionary"_s));
}

void tst_SpellCheck::longTextIsCheckedWithoutBlocking()
{
    // Close to the longest checked, one misspelling near the end.
    QString text;
    const QString line = u"Thanks for the call today, we will send the quote tomorrow.\n"_s;
    while (text.size() < SpellHighlighter::longestChecked - 100)
        text += line;
    text += u"Best regrads"_s;

    DraftEditor editor;
    QSignalSpy checked(editor.spelling(), &SpellHighlighter::checked);
    editor.setText(text);
    // The check has not been done in setText(): it runs on the worker, after it returns.
    QVERIFY(editor.spelling()->isChecking());
    QCOMPARE(checked.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.spelling()->isChecking(), 60000);
    QCOMPARE(checked.count(), 1);
    QCOMPARE(underlined(editor.editor()), QStringList {u"regrads"_s});
}

void tst_SpellCheck::hugeTextIsNotChecked()
{
    // Past the longest checked (a pasted log, a hostile answer): no check at all, so typing
    // in it does not send megabytes to the worker at every pause.
    QString text = u"Best regrads\n"_s;
    while (text.size() <= SpellHighlighter::longestChecked)
        text += u"Thanks for the call today, we will send the quote tomorrow.\n"_s;
    DraftEditor editor;
    editor.setText(text);
    QTRY_VERIFY(!editor.spelling()->isChecking());
    QVERIFY(underlined(editor.editor()).isEmpty());
    // Cut back under it, the text is checked again.
    editor.setText(text.left(2000));
    QTRY_COMPARE(underlined(editor.editor()), QStringList {u"regrads"_s});
}

void tst_SpellCheck::whatsAppEditorUnderlinesInsideMarkup()
{
    MarkupEditor editor;
    editor.setRecipient(u"+33 1 42 68 53 00"_s);
    if (SpellChecker::shared()->isInstalled(u"fr"_s))
        QCOMPARE(editor.spelling()->language(), u"fr"_s);
    editor.spelling()->setChoice(u"en_US"_s);
    editor.setText(u"*Imporant* news, _see_ {{ lead.nmae }}"_s);
    QTRY_COMPARE(underlined(editor.editor()), QStringList {u"Imporant"_s});
}

QTEST_MAIN(tst_SpellCheck)
#include "tst_spellcheck.moc"
