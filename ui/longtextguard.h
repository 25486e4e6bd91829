#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

//! Keeps an editor quick with a text that has a paragraph too long to edit (pasted, or come
//! from Close): QPlainTextEdit lays a paragraph out whole at every keystroke, a tenth of a
//! second at 300,000 characters and a second at 3 MB. Such a text is kept whole but shown with
//! its long paragraphs cut short, read-only, under a note and a button that shortens it to what
//! Close takes. The editor's owner asks text() of the guard, not of the editor, sets texts
//! through setText(), and calls textChanged() first when the editor's text changes.
class LongTextGuard : public QObject
{
    Q_OBJECT

public:
    //! Twenty SMS at Close's limit.
    static constexpr int longestEditedParagraph = 20'000;

    //! `note` words the note from the longest paragraph's length; Shorten keeps `shortenTo`
    //! characters.
    LongTextGuard(QPlainTextEdit *edit, int shortenTo, std::function<QString(qsizetype)> note,
                  QWidget *parent);

    //! The note and the button, for the owner's layout (hidden unless cut short).
    QFrame *bar() const { return m_bar; }
    bool isCutShort() const { return m_cutShort; }
    //! The text, whole.
    QString text() const;
    //! Its length, without copying it.
    qsizetype length() const;
    //! Shows `text` as the program's (the editor's signals blocked).
    void setText(const QString &text);
    //! Puts `text` in place as the rep's edit: whether it did (false: the owner puts it in the
    //! editor itself, on its undo stack).
    bool replaceText(const QString &text);
    void setReadOnly(bool readOnly);
    //! The editor's text changed: a paragraph too long put in is cut short now.
    void textChanged();

    static qsizetype longestParagraph(const QString &text);

signals:
    //! The text changed while cut short (shortened, replaced): as the editor's textChanged.
    void edited();

private:
    void showCutShort(const QString &text);
    void showWhole(const QString &text);
    bool hasTooLongParagraph(int from, int to) const;
    void updateReadOnly();

    QPlainTextEdit *m_edit;
    int m_shortenTo;
    std::function<QString(qsizetype)> m_note;
    QFrame *m_bar;
    QLabel *m_noteLabel;
    QPushButton *m_shorten;
    QString m_wholeText; //!< while cut short
    bool m_cutShort = false;
    bool m_readOnly = false;
    bool m_tooLongAdded = false; //!< a change put in a paragraph longer than the longest edited
};
