#include "drafteditor.h"

#include "appearance.h"
#include "longtextguard.h"
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
    , m_long(new LongTextGuard(
          m_edit, SmsSegments::closeLimit,
          [](qsizetype longest) {
              const QLocale locale;
              return tr("This message has a paragraph of %1 characters, and Close sends at "
                        "most %2 in an SMS. It is kept whole, but shown cut short and "
                        "read-only so that Draftbox stays quick.")
                  .arg(locale.toString(longest), locale.toString(SmsSegments::closeLimit));
          },
          this))
    , m_highlighter(new Ucs2Highlighter(m_edit->document()))
{
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Write your message…"));
    m_edit->setAccessibleName(tr("Message text"));
    m_counter->setAccessibleName(tr("Message length"));
    m_counter->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counter->setWordWrap(true); // a long count must not make the form wider than the rep left it
    connect(m_long, &LongTextGuard::edited, this, [this] {
        updateCounter();
        emit textEdited();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_long->bar());
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
        m_long->textChanged();
        updateCounter();
        emit textEdited();
    });
    updateCounter();
}

QString DraftEditor::text() const
{
    return m_long->text();
}

void DraftEditor::setText(const QString &text)
{
    if (text == this->text())
        return;
    m_long->setText(text);
    updateCounter();
}

void DraftEditor::replaceText(const QString &text)
{
    if (m_long->replaceText(text))
        return;
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
    m_long->setReadOnly(readOnly);
}

bool DraftEditor::isOverLimit() const
{
    return m_long->length() > SmsSegments::closeLimit;
}

QString DraftEditor::counterText() const
{
    return m_counter->text();
}

void DraftEditor::updateCounter()
{
    // Past Close's limit the count is all the rep needs (and the text is not copied to count
    // its segments at every keystroke).
    const qsizetype length = m_long->length();
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
