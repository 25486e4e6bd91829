#include "drafteditor.h"

#include "appearance.h"
#include "phonecheck.h"
#include "smssegments.h"
#include "ucs2highlighter.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace {

//! `text` with every paragraph longer than `longest` cut there, and an ellipsis.
QString cutParagraphs(const QString &text, qsizetype longest)
{
    QString shown;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!shown.isEmpty() || start > 0)
            shown += u'\n';
        if (end - start > longest)
            shown += QStringView(text).mid(start, longest - 1) + u'…';
        else
            shown += QStringView(text).mid(start, end - start);
        start = end + 1;
    }
    return shown;
}

qsizetype longestParagraph(const QString &text)
{
    qsizetype longest = 0;
    qsizetype start = 0;
    for (qsizetype end = text.indexOf(u'\n'); end >= 0; end = text.indexOf(u'\n', start)) {
        longest = std::max(longest, end - start);
        start = end + 1;
    }
    return std::max(longest, text.size() - start);
}

} // namespace

DraftEditor::DraftEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_tooLongBar(new QFrame(this))
    , m_tooLongNote(new QLabel(m_tooLongBar))
    , m_shorten(new QPushButton(m_tooLongBar))
    , m_highlighter(new Ucs2Highlighter(m_edit->document()))
{
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Write your message…"));
    m_edit->setAccessibleName(tr("Message text"));
    m_counter->setAccessibleName(tr("Message length"));
    m_counter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter->setWordWrap(true); // a long count must not make the form wider than the rep left it
    m_tooLongNote->setObjectName(QStringLiteral("tooLongNote"));
    m_tooLongNote->setTextFormat(Qt::PlainText);
    m_tooLongNote->setWordWrap(true);
    m_shorten->setObjectName(QStringLiteral("shortenButton"));
    m_shorten->setText(tr("S&horten to %L1 characters").arg(SmsSegments::closeLimit));
    m_shorten->setToolTip(tr("Keep the first %L1 characters, as the message to edit and send; "
                             "Revert brings the whole text back until you save")
                              .arg(SmsSegments::closeLimit));
    auto *bar = new QHBoxLayout(m_tooLongBar);
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_tooLongNote, 1);
    bar->addWidget(m_shorten, 0, Qt::AlignVCenter);
    m_tooLongBar->setObjectName(QStringLiteral("tooLongBar"));
    Appearance::styleNotice(m_tooLongBar, QStringLiteral("#tooLongBar"));
    m_tooLongBar->hide();
    connect(m_shorten, &QPushButton::clicked, this, [this] {
        showWhole(m_wholeText.left(SmsSegments::closeLimit));
        m_edit->setFocus(Qt::OtherFocusReason);
        m_edit->moveCursor(QTextCursor::End);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tooLongBar);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counter);
    setFocusProxy(m_edit);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_edit->viewport()->mapToGlobal(pos));
    });
    // Only the paragraphs a change touched are looked at: a keystroke in a long text of short
    // lines does not go through all of them.
    connect(m_edit->document(), &QTextDocument::contentsChange, this,
            [this](int position, int, int added) {
                m_tooLongAdded = m_tooLongAdded || hasTooLongParagraph(position, position + added);
            });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        // Pasted: kept whole, shown cut short before a keystroke has to lay it out.
        if (!m_cutShort && std::exchange(m_tooLongAdded, false))
            showCutShort(m_edit->toPlainText());
        updateCounter();
        emit textEdited();
    });
    updateCounter();
}

QString DraftEditor::text() const
{
    return m_cutShort ? m_wholeText : m_edit->toPlainText();
}

void DraftEditor::setText(const QString &text)
{
    if (text == this->text())
        return;
    if (longestParagraph(text) > longestEditedParagraph) {
        showCutShort(text);
    } else {
        const QSignalBlocker blocker(m_edit);
        showWhole(text);
    }
    updateCounter();
}

bool DraftEditor::hasTooLongParagraph(int from, int to) const
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

void DraftEditor::showCutShort(const QString &text)
{
    m_wholeText = text;
    m_cutShort = true;
    m_tooLongAdded = false;
    const QLocale locale;
    m_tooLongNote->setText(
        tr("This message has a paragraph of %1 characters, and Close sends at most %2 in an "
           "SMS. It is kept whole, but shown cut short and read-only so that Draftbox stays "
           "quick.")
            .arg(locale.toString(longestParagraph(text)),
                 locale.toString(SmsSegments::closeLimit)));
    {
        const QSignalBlocker blocker(m_edit);
        m_edit->setPlainText(cutParagraphs(text, longestEditedParagraph));
    }
    m_tooLongBar->show();
    updateReadOnly();
}

void DraftEditor::showWhole(const QString &text)
{
    const bool wasCutShort = std::exchange(m_cutShort, false);
    m_wholeText.clear();
    m_tooLongBar->hide();
    updateReadOnly();
    if (wasCutShort || m_edit->toPlainText() != text)
        m_edit->setPlainText(text); // the rep's edit, unless the caller blocks the signal
}

void DraftEditor::updateReadOnly()
{
    m_edit->setReadOnly(m_readOnly || m_cutShort);
    m_shorten->setVisible(!m_readOnly);
}

void DraftEditor::replaceText(const QString &text)
{
    if (m_cutShort || longestParagraph(text) > longestEditedParagraph) {
        // Not on the editor's undo stack: what it shows is not the text (Revert brings the
        // text last saved back).
        if (longestParagraph(text) > longestEditedParagraph) {
            showCutShort(text);
            updateCounter();
            emit textEdited();
        } else {
            showWhole(text);
        }
        return;
    }
    QTextCursor cursor(m_edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    m_edit->setTextCursor(cursor);
}

void DraftEditor::setRecipient(const QString &phone)
{
    m_highlighter->setRecipientRegion(phone.isEmpty() ? QString()
                                                      : PhoneCheck::check(phone).countryIso);
}

SpellHighlighter *DraftEditor::spelling() const
{
    return m_highlighter;
}

QMenu *DraftEditor::createContextMenu(const QPoint &pos)
{
    return m_highlighter->createContextMenu(m_edit, pos);
}

void DraftEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateReadOnly();
}

bool DraftEditor::isOverLimit() const
{
    return length() > SmsSegments::closeLimit;
}

qsizetype DraftEditor::length() const
{
    return m_cutShort ? m_wholeText.size() : m_edit->document()->characterCount() - 1;
}

QString DraftEditor::counterText() const
{
    return m_counter->text();
}

void DraftEditor::updateCounter()
{
    // Past Close's limit the count is all the rep needs (and the text is not copied to count
    // its segments at every keystroke).
    const qsizetype length = this->length();
    if (length > SmsSegments::closeLimit) {
        m_counter->setStyleSheet(
            QString(Appearance::errorText() + QStringLiteral(" font-weight: bold;")));
        m_counter->setText(SmsSegments::lengthProblem(length));
        return;
    }
    const QString text = this->text();
    const SmsSegments s = SmsSegments::count(text);
    const QLocale locale;
    const QString encoding = s.encoding == SmsSegments::Encoding::Gsm7 ? tr("GSM-7") : tr("UCS-2");
    // English says "1 segment" apart; %Ln is every other count, in the forms of the language.
    const QString segments
        = s.segments == 1 ? tr("1 segment") : tr("%Ln segments", nullptr, s.segments);
    QString line
        = tr("%1 characters · %2 · %3").arg(locale.toString(text.size()), encoding, segments);
    if (s.segments > 0)
        line += tr(" · %1 left in this segment").arg(locale.toString(s.remaining));
    if (s.encoding == SmsSegments::Encoding::Ucs2)
        line += tr(" · highlighted characters force UCS-2");
    m_counter->setStyleSheet(QString());
    m_counter->setText(line);
}
