#include "drafteditor.h"

#include "appearance.h"
#include "phonecheck.h"
#include "smssegments.h"
#include "ucs2highlighter.h"

#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

DraftEditor::DraftEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_highlighter(new Ucs2Highlighter(m_edit->document()))
{
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Write your message…"));
    m_edit->setAccessibleName(tr("Message text"));
    m_counter->setAccessibleName(tr("Message length"));
    m_counter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter->setWordWrap(true); // a long count must not make the form wider than the rep left it
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counter);
    setFocusProxy(m_edit);
    m_edit->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_edit, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_edit->viewport()->mapToGlobal(pos));
    });
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        emit textEdited();
    });
    updateCounter();
}

QString DraftEditor::text() const
{
    return m_edit->toPlainText();
}

void DraftEditor::setText(const QString &text)
{
    if (text == m_edit->toPlainText())
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setPlainText(text);
    updateCounter();
}

void DraftEditor::replaceText(const QString &text)
{
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
    m_edit->setReadOnly(readOnly);
}

bool DraftEditor::isOverLimit() const
{
    return SmsSegments::isOverLimit(m_edit->toPlainText());
}

QString DraftEditor::counterText() const
{
    return m_counter->text();
}

void DraftEditor::updateCounter()
{
    const QString text = m_edit->toPlainText();
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
    if (SmsSegments::isOverLimit(text)) {
        line = SmsSegments::lengthProblem(text);
        m_counter->setStyleSheet(
            QString(Appearance::errorText() + QStringLiteral(" font-weight: bold;")));
    } else {
        m_counter->setStyleSheet(QString());
    }
    m_counter->setText(line);
}
