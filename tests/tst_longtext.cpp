// Both message editors with a paragraph too long to edit, come from Close or pasted by the rep:
// the text is kept whole, shown cut short and read-only under a note, and Shorten makes it the
// rep's to edit again, cut to what is sent.
#include "drafteditor.h"
#include "longtextguard.h"
#include "markupeditor.h"
#include "smssegments.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_LongText : public QObject
{
    Q_OBJECT

private slots:
    void hugeParagraphIsKeptWholeAndShownShort_data();
    void hugeParagraphIsKeptWholeAndShownShort();
    void shortLinesStayEditable();

private:
    static QString paragraph(qsizetype characters)
    {
        QString text;
        while (text.size() < characters)
            text += u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s;
        return text;
    }
};

//! One of the two editors, through the same few calls.
struct Editor
{
    std::unique_ptr<QWidget> widget;
    QPlainTextEdit *edit;
    std::function<QString()> text;
    std::function<void(const QString &)> setText;
    int shortenTo;
};

static Editor makeEditor(bool whatsapp)
{
    if (whatsapp) {
        auto *editor = new MarkupEditor;
        return {std::unique_ptr<QWidget>(editor), editor->editor(),
                [editor] { return editor->text(); },
                [editor](const QString &t) { editor->setText(t); }, MarkupEditor::longestMessage};
    }
    auto *editor = new DraftEditor;
    return {std::unique_ptr<QWidget>(editor), editor->editor(), [editor] { return editor->text(); },
            [editor](const QString &t) { editor->setText(t); }, SmsSegments::closeLimit};
}

void tst_LongText::hugeParagraphIsKeptWholeAndShownShort_data()
{
    QTest::addColumn<bool>("whatsapp");
    QTest::addColumn<bool>("pasted");
    QTest::newRow("sms, from Close") << false << false;
    QTest::newRow("sms, pasted") << false << true;
    QTest::newRow("whatsapp, from Close") << true << false;
    QTest::newRow("whatsapp, pasted") << true << true;
}

void tst_LongText::hugeParagraphIsKeptWholeAndShownShort()
{
    QFETCH(bool, whatsapp);
    QFETCH(bool, pasted);
    Editor editor = makeEditor(whatsapp);
    editor.widget->resize(500, 400);
    editor.widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(editor.widget.get()));
    const QString huge = u"Hello,\n"_s + paragraph(500'000) + u"\nBest"_s;
    QSignalSpy edited(editor.widget.get(), SIGNAL(textEdited()));
    if (pasted) {
        QGuiApplication::clipboard()->setText(huge);
        editor.edit->setFocus();
        QTest::keyClick(editor.edit, Qt::Key_V, Qt::ControlModifier);
        QVERIFY(edited.count() >= 1);
    } else {
        editor.setText(huge);
        QCOMPARE(edited.count(), 0); // Close's text, not the rep's edit
    }
    QCOMPARE(editor.text(), huge);
    QVERIFY(editor.edit->isReadOnly());
    const QString shown = editor.edit->toPlainText();
    QVERIFY2(shown.size() < LongTextGuard::longestEditedParagraph + 20,
             qPrintable(QString::number(shown.size())));
    QVERIFY(shown.startsWith(u"Hello,\nLorem ipsum"_s));
    QVERIFY(shown.endsWith(u"…\nBest"_s));
    auto *note = editor.widget->findChild<QLabel *>(u"tooLongNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLocale().toString(huge.size() - 12)), qPrintable(note->text()));
    // Typing changes nothing while it is cut short.
    QTest::keyClicks(editor.edit, u"xyz"_s);
    QCOMPARE(editor.text(), huge);

    edited.clear();
    auto *shorten = editor.widget->findChild<QPushButton *>(u"shortenButton"_s);
    QVERIFY(shorten && shorten->isVisible());
    QTest::mouseClick(shorten, Qt::LeftButton);
    QVERIFY(edited.count() >= 1); // the rep's edit
    QCOMPARE(editor.text(), huge.left(editor.shortenTo));
    QVERIFY(!editor.edit->isReadOnly());
    QVERIFY(!note->isVisible());
    QTest::keyClicks(editor.edit, u"!"_s);
    QCOMPARE(editor.text(), huge.left(editor.shortenTo) + u'!');

    // A short text from Close afterwards is an ordinary one.
    editor.setText(u"Hi"_s);
    QCOMPARE(editor.edit->toPlainText(), u"Hi"_s);
    QVERIFY(!editor.edit->isReadOnly());
}

void tst_LongText::shortLinesStayEditable()
{
    // Megabytes in lines of a sentence: every line laid out alone, so the text stays editable.
    QString text;
    while (text.size() < 1'000'000)
        text += u"Thanks for the call today, we will send the quote tomorrow.\n"_s;
    DraftEditor editor;
    editor.setText(text);
    QVERIFY(!editor.editor()->isReadOnly());
    QCOMPARE(editor.editor()->toPlainText(), text);
    editor.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor.editor(), u"Bye"_s);
    QCOMPARE(editor.text(), text + u"Bye"_s);
    QVERIFY(editor.counterText().contains(QLocale().toString(text.size() + 3 - 1000)));
}

QTEST_MAIN(tst_LongText)
#include "tst_longtext.moc"
