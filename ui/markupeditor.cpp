#include "markupeditor.h"

#include "longtextguard.h"
#include "phonecheck.h"
#include "safehtmlview.h"
#include "spellhighlighter.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

struct StyleInfo
{
    MessageMarkup::Style style;
    const char *text; //!< the button's face
    const char *name; //!< for people
    QKeySequence shortcut;
};

QList<StyleInfo> styles()
{
    return {
        {MessageMarkup::Style::Bold, QT_TRANSLATE_NOOP("MarkupEditor", "B"),
         QT_TRANSLATE_NOOP("MarkupEditor", "Bold"), QKeySequence(QKeySequence::Bold)},
        {MessageMarkup::Style::Italic, QT_TRANSLATE_NOOP("MarkupEditor", "I"),
         QT_TRANSLATE_NOOP("MarkupEditor", "Italic"), QKeySequence(QKeySequence::Italic)},
        {MessageMarkup::Style::Strikethrough, QT_TRANSLATE_NOOP("MarkupEditor", "S"),
         QT_TRANSLATE_NOOP("MarkupEditor", "Strikethrough"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {MessageMarkup::Style::Monospace, QT_TRANSLATE_NOOP("MarkupEditor", "M"),
         QT_TRANSLATE_NOOP("MarkupEditor", "Monospace"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
    };
}

} // namespace

MarkupEditor::MarkupEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_spelling(new SpellHighlighter(m_edit->document()))
    , m_previewTitle(new QLabel(this))
    , m_preview(new SafeHtmlView(this))
    , m_previewTimer(new QTimer(this))
    , m_long(new LongTextGuard(
          m_edit, longestMessage,
          [](qsizetype longest) {
              const QLocale locale;
              return tr("This message has a paragraph of %1 characters, and WhatsApp takes at "
                        "most %2 in a message. It is kept whole, but shown cut short and "
                        "read-only so that Draftbox stays quick.")
                  .arg(locale.toString(longest), locale.toString(longestMessage));
          },
          this))
{
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("The message, in WhatsApp's markup: *bold*, _italic_, "
                                  "~strikethrough~, ```monospace```"));
    m_edit->setAccessibleName(tr("Message text"));
    m_preview->setAccessibleName(tr("Message preview"));
    m_previewTitle->setBuddy(m_preview);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(2);
    for (const StyleInfo &info : styles()) {
        auto *action = new QAction(tr(info.text), this);
        action->setShortcut(info.shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            tr("%1 (%2)").arg(tr(info.name), info.shortcut.toString(QKeySequence::NativeText)));
        const MessageMarkup::Style style = info.style;
        connect(action, &QAction::triggered, this, [this, style] { applyStyle(style); });
        addAction(action);
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAccessibleName(tr(info.name));
        button->setFocusPolicy(Qt::TabFocus);
        QFont face = button->font();
        face.setBold(info.style == MessageMarkup::Style::Bold);
        face.setItalic(info.style == MessageMarkup::Style::Italic);
        face.setStrikeOut(info.style == MessageMarkup::Style::Strikethrough);
        if (info.style == MessageMarkup::Style::Monospace)
            face.setFamily(QStringLiteral("monospace"));
        button->setFont(face);
        bar->addWidget(button);
        m_styleButtons << button;
    }
    bar->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_long->bar());
    layout->addWidget(m_edit, 3);
    layout->addWidget(m_previewTitle);
    layout->addWidget(m_preview, 2);
    setFocusProxy(m_edit);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_edit->viewport()->mapToGlobal(pos));
    });

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &MarkupEditor::updatePreview);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        m_long->textChanged();
        m_previewTimer->start();
        emit textEdited();
    });
    connect(m_long, &LongTextGuard::edited, this, [this] {
        m_previewTimer->start();
        emit textEdited();
    });
    updatePreview();
}

QString MarkupEditor::text() const
{
    return m_long->text();
}

void MarkupEditor::setText(const QString &text)
{
    if (text == this->text())
        return;
    m_long->setText(text);
    updatePreview();
}

void MarkupEditor::setServerVersion(const QString &markup, const QString &html)
{
    if (markup == m_serverMarkup && html == m_serverHtml)
        return;
    m_serverMarkup = markup;
    m_serverHtml = html;
    updatePreview();
}

void MarkupEditor::setRecipient(const QString &phone)
{
    m_spelling->setRecipientRegion(phone.isEmpty() ? QString()
                                                   : PhoneCheck::check(phone).countryIso);
}

QMenu *MarkupEditor::createContextMenu(const QPoint &pos)
{
    return m_spelling->createContextMenu(m_edit, pos);
}

void MarkupEditor::setReadOnly(bool readOnly)
{
    m_long->setReadOnly(readOnly);
    for (QAction *action : actions())
        action->setEnabled(!readOnly);
}

QToolButton *MarkupEditor::styleButton(MessageMarkup::Style style) const
{
    return m_styleButtons.value(int(style));
}

void MarkupEditor::applyStyle(MessageMarkup::Style style)
{
    if (m_edit->isReadOnly())
        return;
    const QString marker = MessageMarkup::marker(style);
    const auto size = int(marker.size());
    QTextCursor cursor = m_edit->textCursor();
    // Markers must hug the text: spaces at the ends of the selection stay outside.
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    const QString all = m_edit->toPlainText();
    while (start < end && all.at(start).isSpace())
        ++start;
    while (end > start && all.at(end - 1).isSpace())
        --end;
    const QStringView selected = QStringView(all).mid(start, end - start);

    cursor.beginEditBlock();
    if (selected.size() > 2 * size && selected.startsWith(marker) && selected.endsWith(marker)) {
        // The selection is styled text: take its markers off.
        cursor.setPosition(end - size);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start);
        cursor.setPosition(start + size, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        end -= 2 * size;
    } else if (start >= size && end + size <= all.size()
               && QStringView(all).mid(start - size, size) == marker
               && QStringView(all).mid(end, size) == marker && start < end) {
        // The markers are just outside the selection.
        cursor.setPosition(end);
        cursor.setPosition(end + size, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start - size);
        cursor.setPosition(start, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        start -= size;
        end -= size;
    } else {
        cursor.setPosition(end);
        cursor.insertText(marker);
        cursor.setPosition(start);
        cursor.insertText(marker);
        start += size;
        end += size;
    }
    cursor.endEditBlock();
    // The styled text stays selected; with nothing selected, the cursor waits between markers.
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    m_edit->setFocus();
}

void MarkupEditor::updatePreview()
{
    m_previewTimer->stop();
    // Too long, the server's HTML is not laid out either.
    if (m_long->length() > previewLimit) {
        m_previewTitle->setText(tr("No preview: the message is too long to preview as you type."));
        m_preview->clear();
        return;
    }
    const QString text = m_long->text();
    if (text == m_serverMarkup && !m_serverHtml.isEmpty()) {
        m_previewTitle->setText(tr("As Close shows it:"));
        m_preview->setMessageHtml(m_serverHtml);
    } else {
        m_previewTitle->setText(text.isEmpty() ? tr("Preview:") : tr("Preview of your changes:"));
        m_preview->setMessageHtml(MessageMarkup::toHtml(text));
    }
}
