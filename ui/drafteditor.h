#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class LongTextGuard;
class QPlainTextEdit;
class SpellHighlighter;
class Ucs2Highlighter;

//! The SMS text editor: plain text with undo/redo, a live count of characters, encoding and
//! segments, the characters that force UCS-2 highlighted, and Close's 1,000-character limit
//! (SmsSegments::closeLimit) shown, never enforced by cutting what the rep typed. A text with a
//! paragraph too long to edit is kept whole but shown cut short (LongTextGuard).
class DraftEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textEdited USER true)

public:
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

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    LongTextGuard *m_long;
    Ucs2Highlighter *m_highlighter;
};
