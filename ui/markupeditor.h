#pragma once

#include "messagemarkup.h"

#include <QWidget>

class LongTextGuard;
class QLabel;
class QMenu;
class QPlainTextEdit;
class QTimer;
class QToolButton;
class SafeHtmlView;
class SpellHighlighter;

//! The WhatsApp message editor: plain text in WhatsApp's markup, buttons and shortcuts that
//! wrap the selection in bold, italic, strikethrough or monospace (or unwrap it), and a live
//! preview. While the text is the server's, the preview shows the server's HTML; once edited,
//! Draftbox's rendering of the edit. Both go through SafeHtmlView.
class MarkupEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textEdited USER true)

public:
    //! Longer texts are edited without a live preview (it would slow every keystroke).
    static constexpr int previewLimit = 100000;
    //! What WhatsApp takes in one message: Shorten keeps as much of a text too long to edit.
    static constexpr int longestMessage = 4096;

    explicit MarkupEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    //! What the server holds: its markup and the HTML it derived from it.
    void setServerVersion(const QString &markup, const QString &html);
    void setReadOnly(bool readOnly);
    //! Wraps the selection in the style's markers, or takes them off when already there.
    void applyStyle(MessageMarkup::Style style);

    QPlainTextEdit *editor() const { return m_edit; }
    //! The recipient's number, whose country sets the spelling language (when Automatic).
    void setRecipient(const QString &phone);
    SpellHighlighter *spelling() const { return m_spelling; }
    //! The editor's context menu at `pos` (viewport coordinates): spelling, then the standard
    //! entries. The caller owns it.
    QMenu *createContextMenu(const QPoint &pos);
    SafeHtmlView *preview() const { return m_preview; }
    QToolButton *styleButton(MessageMarkup::Style style) const;

signals:
    //! The rep changed the text (not setText()).
    void textEdited();

private:
    void updatePreview();

    QPlainTextEdit *m_edit;
    SpellHighlighter *m_spelling;
    QList<QToolButton *> m_styleButtons; //!< in the order of MessageMarkup::Style
    QLabel *m_previewTitle;
    SafeHtmlView *m_preview;
    QTimer *m_previewTimer;
    QString m_serverMarkup;
    QString m_serverHtml;
    LongTextGuard *m_long;
};
