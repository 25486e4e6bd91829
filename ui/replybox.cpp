#include "replybox.h"

#include "apierror.h"
#include "appearance.h"
#include "drafteditor.h"
#include "formsupport.h"
#include "phonecheck.h"
#include "smsform.h"
#include "smstablemodel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ReplyBox::ReplyBox(SmsTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_to(new QLabel(this))
    , m_edit(new DraftEditor(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("replyBox"));
    m_to->setObjectName(QStringLiteral("replyTo"));
    m_edit->setObjectName(QStringLiteral("replyEditor"));
    m_edit->editor()->setObjectName(QStringLiteral("replyText"));
    m_send->setObjectName(QStringLiteral("replySendButton"));
    m_note->setObjectName(QStringLiteral("replyNote"));
    FormSupport::showPlainText({m_to, m_note});
    m_to->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->hide();
    m_edit->editor()->setAccessibleName(tr("Reply"));
    m_edit->editor()->setPlaceholderText(tr("Write a reply… (Ctrl+Return sends)"));
    // A few lines, growing no further: the conversation above stays in view.
    m_edit->editor()->setFixedHeight(m_edit->editor()->fontMetrics().lineSpacing() * 4 + 12);
    m_send->setAccessibleName(tr("Send the reply"));
    m_send->setToolTip(
        tr("Send the reply now, with %1 seconds to undo (Ctrl+Return)").arg(SmsForm::undoSeconds));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_to);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(m_send, 0, Qt::AlignBottom);
    layout->addLayout(row);
    layout->addWidget(m_note);
    Appearance::keepStyled(m_note, [] {
        return QStringLiteral("QLabel { color: %1; }").arg(Appearance::errorText());
    });

    auto *shortcut
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &ReplyBox::send);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_send, &QPushButton::clicked, this, &ReplyBox::send);
    connect(m_edit, &DraftEditor::textEdited, this, [this] {
        m_error.clear();
        refresh();
    });
    connect(m_model->sms(), &SmsSync::draftCreated, this, &ReplyBox::createdDraft);
    connect(m_model->sms(), &SmsSync::draftRefused, this, &ReplyBox::refusedDraft);
    // A STOP or START that comes in, a number Close now knows: what the box allows follows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (isVisible())
            refresh();
    });
    hide();
}

void ReplyBox::setTarget(int row)
{
    const QString id = row >= 0 ? m_model->idAt(row) : QString();
    const QString key = row >= 0 ? ActivitySync::conversationKey(
                            m_model->field(row, QStringLiteral("remote_phone")).toString(),
                            m_model->field(row, QStringLiteral("contact_id")).toString())
                                 : QString();
    if (key != m_key) {
        // What was written to one person stays with them.
        // (A reply on its way is kept there already, until Close has it.)
        const QString text = m_edit->text();
        if (!m_key.isEmpty() && m_ticketKey != m_key) {
            if (text.isEmpty())
                m_unsent.remove(m_key);
            else
                m_unsent.insert(m_key, text);
        }
        m_key = key;
        m_error.clear();
        m_edit->setText(m_unsent.value(key));
    }
    m_targetId = id;
    if (row >= 0)
        m_edit->setRecipient(m_model->field(row, QStringLiteral("remote_phone")).toString());
    setVisible(row >= 0);
    refresh();
}

QString ReplyBox::problem(int row) const
{
    if (row < 0)
        return tr("That SMS is no longer in Close.");
    // The number itself (not one, or opted out), then the one it would go from.
    const QString recipient = m_model->sms()->recipientProblem(row);
    if (!recipient.isEmpty())
        return recipient;
    return m_model->sms()->senderProblem(row);
}

void ReplyBox::refresh()
{
    const int row = m_model->rowOf(m_targetId);
    if (row < 0) {
        m_to->clear();
        m_send->setEnabled(false);
        return;
    }
    // The numbers as people read them ("+1 650-333-4444").
    const auto readable = [this, row](const char *name) {
        const QString number = m_model->field(row, QString::fromLatin1(name)).toString();
        const PhoneCheck check = PhoneCheck::check(number);
        return check.valid ? check.formatted : number;
    };
    const QString remote = readable("remote_phone");
    const QString local = readable("local_phone");
    const QString contact = m_model->field(row, QStringLiteral("contact_id")).toString();
    const QString name = contact.isEmpty() ? QString() : m_model->displayName(contact);
    const QString to = name.isEmpty() || name == contact ? remote : tr("%1 (%2)").arg(name, remote);
    m_to->setText(local.isEmpty() ? tr("Reply to %1").arg(to)
                                  : tr("Reply to %1 from %2").arg(to, local));
    const QString why = problem(row);
    const bool sending = m_ticket != 0 && m_ticketKey == m_key;
    m_edit->setReadOnly(sending || !why.isEmpty());
    m_send->setEnabled(!sending && why.isEmpty() && !m_edit->text().trimmed().isEmpty()
                       && !m_edit->isOverLimit());
    m_send->setText(sending ? tr("Sending…") : tr("Send"));
    const QString note = !why.isEmpty() ? why : m_error;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ReplyBox::send()
{
    const int row = m_model->rowOf(m_targetId);
    if (!m_send->isEnabled() || row < 0) {
        if (row >= 0 && !problem(row).isEmpty())
            emit message(problem(row));
        return;
    }
    auto draft = m_model->sms()->followUp(row, false);
    if (!draft) {
        emit message(tr("This SMS has no number to write to."));
        return;
    }
    draft->text = m_edit->text();
    m_unsent.insert(m_key, m_edit->text()); // until Close has it, whatever the box shows then
    m_error.clear();
    m_ticketKey = m_key;
    m_ticket = m_model->sms()->createDraft(*draft);
    refresh();
}

void ReplyBox::createdDraft(int ticket, const QString &id)
{
    if (ticket != m_ticket || ticket == 0)
        return;
    m_ticket = 0;
    // Close has the text now, in the draft; the box is free for the next reply.
    if (m_ticketKey == m_key)
        m_edit->setText({});
    m_unsent.remove(std::exchange(m_ticketKey, {}));
    refresh();
    emit created(id);
}

void ReplyBox::refusedDraft(int ticket, const ApiError &error)
{
    if (ticket != m_ticket || ticket == 0)
        return;
    m_ticket = 0;
    // Nothing is lost: the text stays in the box (or with its conversation) to try again.
    const QString why = tr("Not sent: Close did not take the reply (%1). Your text is kept; "
                           "try again.")
                            .arg(error.message);
    if (m_ticketKey == m_key)
        m_error = why;
    m_ticketKey.clear();
    refresh();
    emit message(why);
}
