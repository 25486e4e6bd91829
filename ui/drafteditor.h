#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QPushButton;
class QPlainTextEdit;
class SpellHighlighter;
class Ucs2Highlighter;

//! The SMS text editor: plain text with undo/redo, a live count of characters, encoding and
//! segments, the characters that force UCS-2 highlighted, and Close's 1,000-character limit
//! (SmsSegments::closeLimit) shown, never enforced by cutting what the rep typed. A text with a
//! paragraph longer than longestEditedParagraph (pasted, or come from Close) is kept whole but
//! shown cut short and read-only, with a note and a button that shortens it to Close's limit.
class DraftEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textEdited USER true)

public:
    //! A longer paragraph is shown cut short and read-only: QPlainTextEdit lays out a paragraph
    //! whole at every keystroke (a tenth of a second at 300,000 characters, a second at 3 MB).
    //! Twenty times what Close sends in an SMS.
    static constexpr int longestEditedParagraph = 20'000;

    explicit DraftEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    //! Puts `text` in place of the whole message as the rep's own edit: textEdited() follows,
    //! and Undo brings the previous text back.
    void replaceText(const QString &text);
    void setReadOnly(bool readOnly);
    bool isOverLimit() const;
    QString counterText() const;
    QPlainTextEdit *editor() const { return m_edit; }
    //! The recipient's number, whose country sets the spelling language (when Automatic).
    void setRecipient(const QString &phone);
    SpellHighlighter *spelling() const;
    //! The editor's context menu at `pos` (viewport coordinates): spelling, then the standard
    //! entries. The caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

signals:
    void textEdited();

private:
    void updateCounter();
    //! Whether a paragraph of the editor's document is longer than longestEditedParagraph.
    bool hasTooLongParagraph(int from, int to) const;
    //! The text's length in characters, without copying it.
    qsizetype length() const;
    //! Keeps `text` whole and shows it cut short, read-only, with the note.
    void showCutShort(const QString &text);
    //! The rep's text in the editor again (a shortened one, a short one set).
    void showWhole(const QString &text);
    void updateReadOnly();

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QWidget *m_tooLongBar;
    QLabel *m_tooLongNote;
    QPushButton *m_shorten;
    Ucs2Highlighter *m_highlighter;
    QString m_wholeText; //!< while cut short: the text, whole
    bool m_cutShort = false;
    bool m_readOnly = false;
    bool m_tooLongAdded = false; //!< a change put in a paragraph longer than the longest edited
};
