#include "longtextguard.h"

#include "appearance.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>

#include <algorithm>

namespace {

//! `text` with every paragraph longer than `longest` cut there, an ellipsis in its last place.
QString cutParagraphs(const QString &text, qsizetype longest)
{
    QString shown;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (start > 0)
            shown += u'\n';
        if (end - start > longest)
            shown += QStringView(text).mid(start, longest - 1) + u'…';
        else
            shown += QStringView(text).mid(start, end - start);
        start = end + 1;
    }
    return shown;
}

} // namespace

LongTextGuard::LongTextGuard(QPlainTextEdit *edit, int shortenTo,
                             std::function<QString(qsizetype)> note, QWidget *parent)
    : QObject(parent)
    , m_edit(edit)
    , m_shortenTo(shortenTo)
    , m_note(std::move(note))
    , m_bar(new QFrame(parent))
    , m_noteLabel(new QLabel(m_bar))
    , m_shorten(new QPushButton(m_bar))
{
    m_bar->setObjectName(QStringLiteral("tooLongBar"));
    m_noteLabel->setObjectName(QStringLiteral("tooLongNote"));
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);
    m_shorten->setObjectName(QStringLiteral("shortenButton"));
    m_shorten->setText(tr("S&horten to %L1 characters").arg(shortenTo));
    m_shorten->setToolTip(tr("Keep the first %L1 characters, as the message to edit and send; "
                             "Revert brings the whole text back until you save")
                              .arg(shortenTo));
    auto *layout = new QHBoxLayout(m_bar);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_noteLabel, 1);
    layout->addWidget(m_shorten, 0, Qt::AlignVCenter);
    Appearance::styleNotice(m_bar, QStringLiteral("#tooLongBar"));
    m_bar->hide();
    connect(m_shorten, &QPushButton::clicked, this, [this] {
        showWhole(m_wholeText.left(m_shortenTo));
        m_edit->setFocus(Qt::OtherFocusReason);
        m_edit->moveCursor(QTextCursor::End);
    });
    // Only the paragraphs a change touched are looked at: a keystroke in a long text of short
    // lines does not go through all of them.
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int position, int, int added) {
                m_tooLongAdded = m_tooLongAdded || hasTooLongParagraph(position, position + added);
            });
}

QString LongTextGuard::text() const
{
    return m_cutShort ? m_wholeText : m_edit->toPlainText();
}

qsizetype LongTextGuard::length() const
{
    return m_cutShort ? m_wholeText.size() : m_edit->document()->characterCount() - 1;
}

void LongTextGuard::setText(const QString &text)
{
    if (longestParagraph(text) > longestEditedParagraph) {
        showCutShort(text);
    } else {
        const QSignalBlocker blocker(m_edit);
        showWhole(text);
    }
}

bool LongTextGuard::replaceText(const QString &text)
{
    if (!m_cutShort && longestParagraph(text) <= longestEditedParagraph)
        return false;
    // Not on the editor's undo stack: what it shows is not the text (Revert brings the text
    // last saved back).
    if (longestParagraph(text) > longestEditedParagraph) {
        showCutShort(text);
        emit edited();
    } else {
        showWhole(text);
    }
    return true;
}

void LongTextGuard::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateReadOnly();
}

void LongTextGuard::textChanged()
{
    // Pasted: kept whole, shown cut short before a keystroke has to lay it out.
    if (!m_cutShort && std::exchange(m_tooLongAdded, false))
        showCutShort(m_edit->toPlainText());
}

qsizetype LongTextGuard::longestParagraph(const QString &text)
{
    qsizetype longest = 0;
    qsizetype start = 0;
    for (qsizetype end = text.indexOf(u'\n'); end >= 0; end = text.indexOf(u'\n', start)) {
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return std::max(longest, text.size() - start);
}

bool LongTextGuard::hasTooLongParagraph(int from, int to) const
{
    const QTextDocument *document = m_edit->document();
    if (document->characterCount() <= longestEditedParagraph)
        return false;
    const QTextBlock last = document->findBlock(to);
    for (QTextBlock block = document->findBlock(from); block.isValid(); block = block.next()) {
        if (block.length() - 1 > longestEditedParagraph)
            return true;
        if (block == last)
            break;
    }
    return false;
}

void LongTextGuard::showCutShort(const QString &text)
{
    m_wholeText = text;
    m_cutShort = true;
    m_noteLabel->setText(m_note(longestParagraph(text)));
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(cutParagraphs(text, longestEditedParagraph));
    }
    m_tooLongAdded = false;
    m_bar->show();
    updateReadOnly();
}

void LongTextGuard::showWhole(const QString &text)
{
    const bool wasCutShort = std::exchange(m_cutShort, false);
    m_wholeText.clear();
    m_bar->hide();
    updateReadOnly();
    if (wasCutShort || m_edit->toPlainText() != text)
        m_edit->setPlainText(text); // the rep's edit, unless the caller blocks the signals
}

void LongTextGuard::updateReadOnly()
{
    m_edit->setReadOnly(m_readOnly || m_cutShort);
    m_shorten->setVisible(!m_readOnly);
}
