#include "smsform.h"

#include "apierror.h"
#include "appearance.h"
#include "closelead.h"
#include "conflictpanel.h"
#include "drafteditor.h"
#include "elidedlabel.h"
#include "flowlayout.h"
#include "formdelegate.h"
#include "formscrollarea.h"
#include "formsupport.h"
#include "personfield.h"
#include "phonecheck.h"
#include "safehtml.h"
#include "schedulepicker.h"
#include "sendernumbermodel.h"
#include "smssegments.h"
#include "smsstatus.h"
#include "smstablemodel.h"
#include "smstemplatemodel.h"
#include "valuerolemodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QConcatenateTablesProxyModel>
#include <QDataWidgetMapper>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

using FormSupport::fieldProperty;
using FormSupport::when;

SmsForm::SmsForm(SmsTableModel *model, QWidget *parent)
    : ActivityForm(model, parent)
    , m_model(model)
    , m_banner(new QLabel(this))
    , m_replyBar(new QWidget(this))
    , m_replyLabel(new ElidedLabel(m_replyBar))
    , m_replyText(new ElidedLabel(m_replyBar))
    , m_hold(new QPushButton(tr("Hold (&back to draft)"), m_replyBar))
    , m_replyClock(new QTimer(this))
    , m_remoteLabel(new QLabel(this))
    , m_localLabel(new QLabel(this))
    , m_remote(new QLineEdit(this))
    , m_remoteInfo(new QLabel(this))
    , m_local(new QComboBox(this))
    , m_localInfo(new QLabel(this))
    , m_template(new QComboBox(this))
    , m_templatePreview(new QLabel(this))
    , m_contact(
          new PersonField(model->createPeoplePicker(PeoplePickerModel::Kind::Contact, this), this))
    , m_lead(new PersonField(model->createPeoplePicker(PeoplePickerModel::Kind::Lead, this), this))
    , m_user(new PersonField(model->createPeoplePicker(PeoplePickerModel::Kind::User, this), this))
    , m_activityAt(new QDateTimeEdit(this))
    , m_attachments(new QListWidget(this))
    , m_removeAttachment(new QPushButton(tr("Remove attachment"), this))
    , m_attach(new QPushButton(tr("Attach…"), this))
    , m_attachInfo(new QLabel(this))
    , m_text(new DraftEditor(this))
    , m_details(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_send(new QPushButton(tr("Se&nd"), this))
    , m_schedule(new QPushButton(tr("Sche&dule…"), this))
    , m_cancel(new QPushButton(tr("&Cancel sending"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_reply(new QPushButton(tr("Repl&y"), this))
    , m_writeAgain(new QPushButton(tr("&Write again"), this))
    , m_undoBar(new QWidget(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undo(new QPushButton(tr("&Undo"), m_undoBar))
    , m_undoTimer(new QTimer(this))
    , m_noLocal(new QStandardItemModel(this))
    , m_otherLocals(new QStandardItemModel(this))
    , m_locals(new QConcatenateTablesProxyModel(this))
    , m_noTemplate(new QStandardItemModel(this))
    , m_templates(new QConcatenateTablesProxyModel(this))
{
    FormSupport::showPlainText(
        {m_banner, m_remoteInfo, m_localInfo, m_templatePreview, m_details, m_errors, m_undoLabel});
    setUpFields();
    setUpUndoBar();
    setUpReplyBar();
    QWidget *fields = createFields();
    QLayout *buttons = createButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_replyBar);
    layout->addWidget(conflictPanel());
    layout->addWidget(m_undoBar);
    layout->addWidget(fields, 1);
    layout->addLayout(buttons);
    setUpTabOrder();
    connectFields();
    connectActions();
    FormSupport::scrollPastUnfocused(this);
    setCurrentRow(-1);
}

void SmsForm::setUpFields()
{
    map(m_remote, "remote_phone", tr("Recipient phone number"));
    map(m_contact, "contact_id", tr("Contact"));
    map(m_lead, "lead_id", tr("Lead"));
    map(m_user, "user_id", tr("User"));
    map(m_text, "text", tr("Message"));
    m_text->editor()->setProperty(fieldProperty, QStringLiteral("text")); // marked on errors
    m_noLocal->appendRow(new QStandardItem(tr("Choose a number…")));
    m_otherLocals->setColumnCount(1); // the pickers show as many columns as their fewest
    m_locals->addSourceModel(m_noLocal);
    m_locals->addSourceModel(m_otherLocals);
    m_local->setModel(m_locals);
    m_noTemplate->appendRow(new QStandardItem(tr("No template")));
    m_templates->addSourceModel(m_noTemplate);
    m_template->setModel(m_templates);
    m_local->setProperty(fieldProperty, QStringLiteral("local_phone"));
    m_local->setAccessibleName(tr("Send from"));
    m_template->setProperty(fieldProperty, QStringLiteral("template_id"));
    m_activityAt->setProperty(fieldProperty, QStringLiteral("activity_at"));
    m_activityAt->setAccessibleName(tr("Activity date"));
    FormSupport::setUpDateEdit(m_activityAt, tr("When this SMS happened, in your time zone"));
    m_attachments->setProperty(fieldProperty, QStringLiteral("attachments"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 4);
    m_attachments->setIconSize(QSize(40, 40));
    m_attachments->setMaximumHeight(std::max(m_attachments->fontMetrics().height() * 4,
                                             2 * 44 + 2 * m_attachments->frameWidth()));
    m_attachments->setToolTip(tr("Double-click an attachment to open it"));
    m_attach->setAccessibleName(tr("Attach a file"));
    m_attach->setToolTip(tr("Add a picture, video, sound, contact card or PDF to this draft "
                            "(it becomes an MMS). You can also drop files on the form or paste a "
                            "picture into the message."));
    m_attachInfo->setWordWrap(true);
    m_attachInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_attachInfo->hide();
    setAcceptDrops(true);
    m_text->editor()->installEventFilter(this);
    m_text->editor()->viewport()->installEventFilter(this);
    m_removeAttachment->setAccessibleName(tr("Remove the selected attachment"));
    m_removeAttachment->setToolTip(
        tr("Take the selected file off this draft (saved with the next Save)"));
    m_template->setAccessibleName(tr("SMS template"));
    m_template->setObjectName(QStringLiteral("templatePicker"));

    // A number nobody has, so an empty form never looks addressed.
    m_remote->setPlaceholderText(tr("Their number, e.g. +1 202 555 0100"));
    m_contact->setPlaceholderText(tr("Type a name to choose the contact"));
    m_lead->setPlaceholderText(tr("Type a name to choose the lead"));
    m_user->setPlaceholderText(tr("Type a name to choose the user"));
    m_remoteInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remoteInfo->setWordWrap(true); // the reason a send waits can be long
    m_remoteInfo->setAccessibleName(tr("Recipient number check"));
    m_localInfo->setWordWrap(true);
    m_localInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_localInfo->setAccessibleName(tr("Sender number check"));
    m_localInfo->hide();
    m_templatePreview->setObjectName(QStringLiteral("templateGaps"));
    m_templatePreview->setWordWrap(true);
    m_templatePreview->setAccessibleName(tr("Template variables left to fill"));
    m_remoteLabel->setObjectName(QStringLiteral("remoteLabel"));
    m_localLabel->setObjectName(QStringLiteral("localLabel"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAccessibleName(tr("Status of this SMS"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Details"));
    m_errors->setWordWrap(true);

    // The names tests (and style sheets) find the widgets by.
    for (const auto &[widget, name] : {std::pair<QWidget *, const char *> {m_banner, "banner"},
                                       {m_remote, "recipient"},
                                       {m_remoteInfo, "recipientInfo"},
                                       {m_local, "sender"},
                                       {m_localInfo, "senderInfo"},
                                       {m_contact, "contact"},
                                       {m_lead, "lead"},
                                       {m_user, "user"},
                                       {m_activityAt, "activityDate"},
                                       {m_attachments, "attachments"},
                                       {m_removeAttachment, "removeAttachmentButton"},
                                       {m_attach, "attachButton"},
                                       {m_attachInfo, "attachInfo"},
                                       {m_text, "messageEditor"},
                                       {m_details, "details"},
                                       {m_errors, "fieldErrors"},
                                       {m_save, "saveButton"},
                                       {m_revert, "revertButton"},
                                       {m_send, "sendButton"},
                                       {m_schedule, "scheduleButton"},
                                       {m_cancel, "cancelButton"},
                                       {m_reply, "replyButton"},
                                       {m_writeAgain, "writeAgainButton"},
                                       {m_undo, "undoButton"}})
        widget->setObjectName(QLatin1String(name));
}

QWidget *SmsForm::createFields()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *to = new QVBoxLayout;
    to->setSpacing(2);
    to->addWidget(m_remote);
    to->addWidget(m_remoteInfo);
    form->addRow(m_remoteLabel, to);
    auto *from = new QVBoxLayout;
    from->setSpacing(2);
    from->addWidget(m_local);
    from->addWidget(m_localInfo);
    form->addRow(m_localLabel, from);
    auto *tmpl = new QVBoxLayout;
    tmpl->setSpacing(2);
    tmpl->addWidget(m_template);
    tmpl->addWidget(m_templatePreview);
    form->addRow(tr("Tem&plate:"), tmpl);
    // By the names people know; the ids Close wants are on hover and Copy ID.
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("L&ead:"), m_lead);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Act&ivity date:"), m_activityAt);
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_attach);
    fileButtons->addWidget(m_removeAttachment);
    fileButtons->addStretch();
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_attachments, 1);
    fileRow->addLayout(fileButtons);
    auto *files = new QVBoxLayout;
    files->addLayout(fileRow);
    files->addWidget(m_attachInfo);
    form->addRow(tr("&Attachments:"), files);
    // Buddies for the labels' mnemonics, in row order.
    const QList<QWidget *> buddies
        = {m_remote, m_local, m_template, m_contact, m_lead, m_user, m_activityAt, m_attachments};
    for (int i = 0; i < form->rowCount(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setBuddy(buddies.value(i));
    }

    auto *messageLabel = new QLabel(tr("Messa&ge:"), this);
    messageLabel->setBuddy(m_text->editor());

    // What the SMS is and what can be done with it stay in view; the fields scroll between
    // them when the window is short (rather than squeezing the Problems panel).
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(messageLabel);
    m_text->setMinimumHeight(m_text->fontMetrics().lineSpacing() * 7);
    fieldsLayout->addWidget(m_text, 1);
    fieldsLayout->addWidget(m_errors);
    fieldsLayout->addWidget(m_details);
    auto *scroll = new FormScrollArea(fields, this);
    scroll->setObjectName(QStringLiteral("smsFormFields"));
    scroll->setAccessibleName(tr("SMS fields"));
    return scroll;
}

void SmsForm::setUpUndoBar()
{
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(8, 4, 8, 4);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    Appearance::styleNotice(m_undoBar, QStringLiteral("#undoBar"));
    m_undoBar->hide();
    m_undoBar->setObjectName(QStringLiteral("undoBar"));
    m_undoLabel->setObjectName(QStringLiteral("undoLabel"));
    m_undoLabel->setWordWrap(true); // a long name or number must not widen the window
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_undoTimer->setInterval(1000);
}

void SmsForm::setUpReplyBar()
{
    // Who and when beside Hold, what they said below at the form's whole width: beside the
    // button, a form as narrow as the list leaves it would show three words of it. One line
    // whatever they wrote, so the fields do not jump as replies come; all of it in the tooltip.
    auto *replyLayout = new QGridLayout(m_replyBar);
    replyLayout->setContentsMargins(8, 4, 8, 4);
    replyLayout->setVerticalSpacing(2);
    replyLayout->addWidget(m_replyLabel, 0, 0);
    replyLayout->addWidget(m_hold, 0, 1);
    replyLayout->addWidget(m_replyText, 1, 0, 1, 2);
    replyLayout->setColumnStretch(0, 1);
    Appearance::styleNotice(m_replyBar, QStringLiteral("#replyNotice"));
    m_replyBar->setObjectName(QStringLiteral("replyNotice"));
    m_replyLabel->setObjectName(QStringLiteral("replyLabel"));
    m_replyText->setObjectName(QStringLiteral("replyText"));
    m_replyLabel->setAccessibleName(tr("Reply since you wrote this SMS"));
    m_replyText->setAccessibleName(tr("What they replied"));
    m_hold->setObjectName(QStringLiteral("holdButton"));
    m_hold->setAccessibleName(tr("Hold this SMS: back to draft"));
    m_replyBar->hide();
    m_replyClock->setInterval(30 * 1000);
}

QLayout *SmsForm::createButtons()
{
    // Which buttons show depends on the SMS; on a narrow form the actions wrap onto a second
    // line rather than widen the form, so the list beside it never moves as the rep picks SMS.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *actions = new QWidget(this);
    auto *flow = new FlowLayout(actions);
    flow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *button : {static_cast<QWidget *>(m_delete), static_cast<QWidget *>(m_cancel),
                            static_cast<QWidget *>(m_schedule), static_cast<QWidget *>(m_send),
                            static_cast<QWidget *>(m_reply), static_cast<QWidget *>(m_writeAgain)})
        flow->addWidget(button);
    buttons->addWidget(actions);
    m_send->setDefault(true);
    m_reply->setToolTip(tr("Write them a new SMS, from the number this one came in on (Ctrl+R)"));
    m_writeAgain->setToolTip(
        tr("A new draft with this text, to the same number: fix what failed, then send it"));
    m_save->setToolTip(tr("Save the draft in Close (Ctrl+S)"));
    m_send->setToolTip(tr("Send now, with %1 seconds to undo (Ctrl+Return)").arg(undoSeconds));
    m_schedule->setToolTip(tr("Pick a day and time to send"));
    m_cancel->setToolTip(tr("Stop this SMS from going out and make it a draft again"));
    return buttons;
}

void SmsForm::setUpTabOrder()
{
    setTabOrder(m_remote, m_local);
    setTabOrder(m_local, m_template);
    setTabOrder(m_template, m_contact);
    setTabOrder(m_contact, m_lead);
    setTabOrder(m_lead, m_user);
    setTabOrder(m_user, m_activityAt);
    setTabOrder(m_activityAt, m_attachments);
    setTabOrder(m_attachments, m_attach);
    setTabOrder(m_attach, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_text->editor());
    setTabOrder(m_text->editor(), m_save);
}

void SmsForm::connectFields()
{
    connect(m_remote, &QLineEdit::textEdited, this, [this](const QString &text) {
        // Close wants E.164; keep what the rep typed when it cannot be read yet.
        const PhoneCheck check = PhoneCheck::check(text);
        commit(m_remote, check.valid ? check.e164 : text);
    });
    // From the contact: a new SMS to them, choosing which of their phones in New SMS.
    auto *newSms = new QAction(tr("New &SMS to this contact…"), this);
    newSms->setObjectName(QStringLiteral("newSmsToContactAction"));
    m_contact->addPersonAction(newSms);
    connect(newSms, &QAction::triggered, this, [this] {
        const int r = row();
        const QString id
            = r >= 0 ? m_model->field(r, QStringLiteral("contact_id")).toString() : QString();
        if (!id.isEmpty())
            emit newSmsTo(m_model->displayName(id));
    });
    for (PersonField *person : {m_contact, m_lead, m_user})
        connect(person, &PersonField::idChosen, this, [this, person](const QString &id) {
            commit(person, id);
            if (person == m_contact)
                followContact(id);
        });
    connect(m_text, &DraftEditor::textEdited, this, [this] { commit(m_text, m_text->text()); });
    connect(m_local, &QComboBox::activated, this,
            [this](int i) { commit(m_local, m_local->itemData(i)); });
    connect(m_template, &QComboBox::activated, this, &SmsForm::chooseTemplate);

    connect(m_activityAt, &QDateTimeEdit::editingFinished, this,
            [this] { commit(m_activityAt, FormSupport::pickedDate(m_activityAt)); });
    connect(m_removeAttachment, &QPushButton::clicked, this, &SmsForm::removeAttachment);
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_attach, &QPushButton::clicked, this, &SmsForm::chooseFiles);
    connect(m_attachments, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openAttachment(m_attachments->row(item)); });
    connect(m_model, &SmsTableModel::thumbnailReady, this, [this] { refresh(); });
    connect(m_model, &SmsTableModel::attached, this,
            [this](const QString &id, const QString &name) {
                showAttachInfo(id, tr("%1 is attached; Save to keep it on the draft.").arg(name),
                               false);
            });
    connect(m_model, &SmsTableModel::attachFailed, this,
            [this](const QString &id, const QString &why) { showAttachInfo(id, why, true); });
    connect(m_model, &SmsTableModel::attachmentOpenFailed, this,
            [this](const QString &why) { showAttachInfo(currentId(), why, true); });
    connect(m_model, &SmsTableModel::attachmentOpened, this, [this](const QString &path) {
        if (!isVisible())
            return; // another form of the same model asked for it
        emit attachmentOpened(path);
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            showAttachInfo(
                currentId(),
                tr("No program opened it; it is saved as %1.").arg(QDir::toNativeSeparators(path)),
                true);
    });
}

void SmsForm::connectActions()
{
    connect(m_save, &QPushButton::clicked, this, &SmsForm::save);
    connect(m_revert, &QPushButton::clicked, this, &SmsForm::revert);
    connect(m_send, &QPushButton::clicked, this, &SmsForm::send);
    connect(m_schedule, &QPushButton::clicked, this, &SmsForm::schedule);
    connect(m_cancel, &QPushButton::clicked, this, &SmsForm::cancelSending);
    connect(m_delete, &QPushButton::clicked, this, &SmsForm::deleteDraft);
    connect(m_undo, &QPushButton::clicked, this, &SmsForm::undo);
    connect(m_undoTimer, &QTimer::timeout, this, &SmsForm::tickUndo);
    connect(m_reply, &QPushButton::clicked, this, &SmsForm::reply);
    connect(m_writeAgain, &QPushButton::clicked, this, &SmsForm::writeAgain);
    connect(m_hold, &QPushButton::clicked, this, &SmsForm::hold);
    connect(m_replyClock, &QTimer::timeout, this, &SmsForm::showReply);
    connect(m_model->sms(), &SmsSync::draftCreated, this, [this](int ticket, const QString &id) {
        if (ticket != m_followTicket)
            return;
        m_followTicket = 0;
        refresh();
        emit draftOpened(id);
    });
    connect(m_model->sms(), &SmsSync::draftRefused, this,
            [this](int ticket, const ApiError &error) {
                if (ticket != m_followTicket)
                    return;
                m_followTicket = 0;
                refresh();
                emit refused(tr("Close did not create the new draft: %1").arg(error.message));
            });

    auto *sendShortcut
        = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, &SmsForm::send);
    sendShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_model, &ActivityTableModel::saved, this, [this](const QString &id) {
        if (id == m_undoId)
            showUndo();
    });
}

void SmsForm::setCurrentRow(int row)
{
    follow(row);
    if (row < 0) {
        m_remote->clear();
        for (PersonField *person : {m_contact, m_lead, m_user})
            person->setId(QString());
        m_text->setText(QString());
    }
    refresh();
}

void SmsForm::showUndo()
{
    // The bar is this SMS's: shown on its form only, and only while Close still waits.
    const int r = m_model->rowOf(m_undoId);
    const bool waiting
        = r >= 0 && m_undoLeft > 0 && m_model->statusOf(r) == SmsStatus::Status::Outbox;
    if (!waiting || m_undoId != currentId()) {
        m_undoBar->hide();
        return;
    }
    m_undoLabel->setText(tr("Sending to %1 in %2 s. Undo keeps it as a draft.")
                             .arg(m_model->rowLabel(r))
                             .arg(m_undoLeft));
    m_undoBar->show();
}

void SmsForm::chooseTemplate(int index)
{
    const int r = row();
    if (r < 0)
        return;
    const QString id = m_template->itemData(index).toString();
    commit(m_template, m_template->itemData(index));
    if (id.isEmpty())
        return; // no template: the message stays as the rep has it
    // What goes to Close is the text the rep sees, filled for this SMS, with its template's id.
    m_text->replaceText(m_model->renderTemplate(
        row(), m_template->itemData(index, SmsTemplateModel::TextRole).toString()));
    m_text->editor()->setFocus();
}

void SmsForm::labelNumbers(bool inbound)
{
    m_remoteLabel->setText(inbound ? tr("Fro&m:") : tr("&To:"));
    m_localLabel->setText(inbound ? tr("&To:") : tr("Fro&m:"));
    m_remote->setAccessibleName(inbound ? tr("Sender phone number") : tr("Recipient phone number"));
    m_remoteInfo->setAccessibleName(inbound ? tr("Sender number check")
                                            : tr("Recipient number check"));
    m_local->setAccessibleName(inbound ? tr("Received on") : tr("Send from"));
}

void SmsForm::reply()
{
    const int r = row();
    if (r >= 0 && m_model->field(r, QStringLiteral("direction")) == QLatin1String("inbound"))
        createFollowUp(false);
}

void SmsForm::writeAgain()
{
    const int r = row();
    if (r >= 0 && m_model->statusOf(r) == SmsStatus::Status::Error)
        createFollowUp(true);
}

void SmsForm::createFollowUp(bool withText)
{
    if (m_followTicket != 0)
        return;
    // Nothing is made in Close for someone who may not be texted.
    if (const QString optOut = m_model->sms()->optOutProblem(row()); !optOut.isEmpty()) {
        emit refused(optOut);
        return;
    }
    const auto draft = m_model->sms()->followUp(row(), withText);
    if (!draft) {
        emit refused(tr("This SMS has no number to write to."));
        return;
    }
    m_followTicket = m_model->sms()->createDraft(*draft);
    refresh();
}

void SmsForm::followContact(const QString &id)
{
    // Another person, another number: To and Lead follow the contact chosen, unless the number
    // is already one of theirs. Edits like any other, so Revert takes them back.
    const int r = row();
    const auto contact = CloseContact::fromJson(m_model->people()->record(id));
    if (r < 0 || id.isEmpty() || !contact || contact->phones.valueOr({}).isEmpty())
        return;
    const QList<ContactPhone> phones = contact->phones.valueOr({});
    const QString number = m_model->field(r, QStringLiteral("remote_phone")).toString();
    const bool theirs = std::any_of(phones.begin(), phones.end(), [&](const ContactPhone &p) {
        return p.phone.valueOr({}) == number;
    });
    QStringList changed;
    if (!theirs) {
        // A mobile first: it takes SMS.
        const auto mobile = std::find_if(phones.begin(), phones.end(), [](const ContactPhone &p) {
            return p.type.valueOr({}).contains(QLatin1String("mobile"), Qt::CaseInsensitive);
        });
        const ContactPhone &phone = mobile != phones.end() ? *mobile : phones.first();
        m_model->setField(r, QStringLiteral("remote_phone"), phone.phone.valueOr({}));
        changed << phone.phoneFormatted.valueOr(phone.phone.valueOr({}));
    }
    const QString lead = contact->leadId.valueOr({});
    if (!lead.isEmpty() && lead != m_model->field(r, QStringLiteral("lead_id")).toString()) {
        m_model->setField(r, QStringLiteral("lead_id"), lead);
        changed << m_model->displayName(lead);
    }
    if (!changed.isEmpty())
        emit refused(tr("To and Lead follow %1: %2. Revert takes it back.")
                         .arg(contact->shownName(), changed.join(QStringLiteral(", "))));
}

void SmsForm::focusMessage()
{
    m_text->editor()->setFocus(Qt::OtherFocusReason);
    m_text->editor()->moveCursor(QTextCursor::End);
}

void SmsForm::setSenderModel(SenderNumberModel *numbers)
{
    m_senderModel = numbers;
    // Between "Choose a number…" and the draft's numbers that are not the organization's.
    m_locals->removeSourceModel(m_otherLocals);
    m_locals->addSourceModel(new ValueRoleModel(numbers, SenderNumberModel::NumberRole, this));
    m_locals->addSourceModel(m_otherLocals);
    connect(numbers, &QAbstractItemModel::modelReset, this, [this] {
        // Shown again by refresh() if they still are not the organization's.
        m_otherLocals->removeRows(0, m_otherLocals->rowCount());
        refresh();
    });
    refresh();
}

void SmsForm::setTemplateModel(SmsTemplateModel *templates)
{
    m_templates->addSourceModel(new ValueRoleModel(templates, SmsTemplateModel::IdRole, this));
    connect(templates, &QAbstractItemModel::modelReset, this, &SmsForm::refresh);
    refresh();
}

void SmsForm::refresh()
{
    const int r = row();
    const bool has = r >= 0;
    const SmsStatus::Status status = has ? m_model->statusOf(r) : SmsStatus::Status::Unknown;
    const bool draft = SmsStatus::editable(status);
    const bool busy = has && m_model->index(r, 0).data(ActivityTableModel::BusyRole).toBool();
    // The model decides (a draft, no send of it under way or unconfirmed).
    const bool editable = has && m_model->acceptsEdits(r);
    const bool conflicts = has && !m_model->conflictFields(r).isEmpty();

    m_remote->setReadOnly(!editable);
    m_remote->setClearButtonEnabled(editable);
    if (!m_remote->hasFocus())
        m_remote->setCursorPosition(0); // a long number shows its start
    for (PersonField *person : {m_contact, m_lead, m_user})
        person->setReadOnly(!editable); // names, Copy ID and Open in Close stay
    m_text->setReadOnly(!editable);
    m_local->setEnabled(editable);
    m_template->setEnabled(editable);
    FormSupport::showDate(m_activityAt,
                          has ? m_model->field(r, QStringLiteral("activity_at")).toDateTime()
                              : QDateTime(),
                          editable);
    const QVariantList files
        = has ? m_model->field(r, QStringLiteral("attachments")).toList() : QVariantList();
    FormSupport::showAttachments(m_attachments, files, has);
    for (int i = 0; i < files.size() && i < m_attachments->count(); ++i) {
        const QImage picture = m_model->thumbnail(r, int(i), m_attachments->iconSize().width());
        if (!picture.isNull())
            m_attachments->item(int(i))->setIcon(QIcon(QPixmap::fromImage(picture)));
    }
    m_removeAttachment->setEnabled(editable && m_attachments->currentRow() >= 0
                                   && !files.isEmpty());
    m_attach->setEnabled(editable);
    if (has && m_model->isUploading(r))
        showAttachInfo(currentId(), tr("Uploading…"), false);
    else if (m_attachInfoId != currentId())
        m_attachInfo->hide();
    const bool dirty = has && m_model->isDirty(r);
    // Too long for Close is core's rule, asked of the text that would go out.
    const bool tooLong
        = has && SmsSegments::isOverLimit(m_model->field(r, QStringLiteral("text")).toString());
    m_save->setEnabled(editable && dirty && !busy && !conflicts && !tooLong);
    m_revert->setEnabled(editable && dirty);
    const bool scheduled = has && m_model->isScheduled(r) && m_model->canCancel(r);
    // Whether it can go is the model's rule; a wrong number is said beside the number.
    QString recipientProblem = draft || scheduled ? m_model->recipientProblem(r) : QString();
    const bool rescheduled = scheduled && recipientProblem.isEmpty();
    if (scheduled && !m_model->sms()->optOutProblem(r).isEmpty())
        recipientProblem += QLatin1Char(' ')
            + tr("This SMS is still scheduled in Close and would fail: Cancel sending keeps it "
                 "from going out.");
    m_send->setEnabled((has && m_model->canSend(r)) || rescheduled);
    m_send->setText(scheduled ? tr("Se&nd now") : tr("Se&nd"));
    m_schedule->setEnabled((has && m_model->canSchedule(r)) || rescheduled);
    m_schedule->setText(scheduled ? tr("Resche&dule…") : tr("Sche&dule…"));
    m_cancel->setVisible(has && SmsStatus::cancellable(status));
    m_cancel->setEnabled(has && m_model->canCancel(r));
    m_delete->setEnabled(editable);
    const bool inbound
        = has && m_model->field(r, QStringLiteral("direction")) == QLatin1String("inbound");
    m_reply->setVisible(inbound);
    const QString optOut = has ? m_model->sms()->optOutProblem(r) : QString();
    m_reply->setEnabled(m_followTicket == 0 && optOut.isEmpty());
    m_reply->setToolTip(
        optOut.isEmpty() ? tr("Write them a new SMS, from the number this one came in on (Ctrl+R)")
                         : optOut);
    m_writeAgain->setVisible(has && status == SmsStatus::Status::Error);
    m_writeAgain->setEnabled(m_followTicket == 0);

    // Pickers show the current values.
    const QString local
        = has ? m_model->field(r, QStringLiteral("local_phone")).toString() : QString();
    int localIndex = m_local->findData(local);
    if (localIndex < 0 && !local.isEmpty()) {
        auto *other = new QStandardItem(tr("%1 (not one of your numbers)").arg(local));
        other->setData(local, Qt::UserRole);
        m_otherLocals->appendRow(other);
        localIndex = m_local->count() - 1;
    }
    m_local->setCurrentIndex(std::max(localIndex, 0));
    const QString templateId
        = has ? m_model->field(r, QStringLiteral("template_id")).toString() : QString();
    m_template->setCurrentIndex(std::max(m_template->findData(templateId), 0));
    // What a template left unfilled is marked in the text, and listed here until it is gone.
    const QStringList gaps = has && editable
        ? ActivityTableModel::templateGaps(m_model->field(r, QStringLiteral("text")).toString())
        : QStringList();
    m_templatePreview->setText(
        tr("Draftbox could not fill %1: replace it in the message before you send it.")
            .arg(QLocale().createSeparatedList(gaps)));
    m_templatePreview->setStyleSheet(Appearance::errorText());
    m_templatePreview->setVisible(!gaps.isEmpty());

    labelNumbers(has && m_model->field(r, QStringLiteral("direction")) == QLatin1String("inbound"));
    const QString remote
        = has ? m_model->field(r, QStringLiteral("remote_phone")).toString() : QString();
    FormSupport::showPhoneCheck(m_remoteInfo, remote,
                                has ? tr("Who should receive this SMS?") : QString());
    m_text->setRecipient(remote); // their country is the spelling language, unless the rep chose
    if (!recipientProblem.isEmpty()) {
        m_remoteInfo->setText(recipientProblem);
        m_remoteInfo->setStyleSheet(Appearance::errorText());
    }
    // Which number can text them is the model's rule too, said under From.
    const QString senderProblem
        = draft && recipientProblem.isEmpty() ? m_model->sms()->senderProblem(r) : QString();
    m_localInfo->setText(senderProblem);
    m_localInfo->setStyleSheet(Appearance::errorText());
    m_localInfo->setVisible(!senderProblem.isEmpty());
    const QString refusal = has && !scheduled ? m_model->sendProblem(r) : QString();
    m_send->setToolTip(refusal.isEmpty()
                           ? tr("Send now, with %1 seconds to undo (Ctrl+Return)").arg(undoSeconds)
                           : SafeHtml::plainTip(refusal));
    m_schedule->setToolTip(refusal.isEmpty() ? tr("Pick a day and time to send")
                                             : SafeHtml::plainTip(refusal));

    QString banner;
    bool failed = false;
    if (!has && !goneId().isEmpty()) {
        banner = tr("That SMS is deleted. Pick another one on the left.");
    } else if (!has) {
        banner = tr("Select an SMS on the left to see it here.");
    } else if (busy && editable) {
        banner = tr("Saving… Keep typing: what you add is saved right after.");
    } else if (busy) {
        banner = tr("Talking to Close…");
    } else if (m_model->isUnconfirmed(r)) {
        banner = tr("Sending not confirmed yet.");
    } else if (conflicts) {
        banner = tr("Draft — unsaved changes: Save comes back once you choose a version below.");
    } else {
        switch (status) {
        case SmsStatus::Status::Draft:
            if (!m_model->sms()->optOutProblem(r).isEmpty())
                banner = tr("Draft — it cannot be sent or scheduled: they asked not to be texted "
                            "(see under the number). Saving still works.");
            else
                banner = dirty ? tr("Draft — unsaved changes. Save (Ctrl+S) or send (Ctrl+Return).")
                               : tr("Draft — edit it, then save, schedule or send it.");
            break;
        case SmsStatus::Status::Scheduled:
            banner = tr("Scheduled for %1. Cancel sending to edit it again.")
                         .arg(when(m_model->field(r, QStringLiteral("date_scheduled"))));
            break;
        case SmsStatus::Status::Outbox:
            banner = tr("Sending… It can still be cancelled until it goes out.");
            break;
        case SmsStatus::Status::Sent:
            banner = tr("Sent %1. Sent messages cannot be changed.")
                         .arg(when(m_model->field(r, QStringLiteral("date_sent"))));
            break;
        case SmsStatus::Status::Inbox:
            banner = tr("Received %1. Received messages cannot be changed.")
                         .arg(when(m_model->field(r, QStringLiteral("activity_at"))));
            break;
        case SmsStatus::Status::Error:
            banner = tr("Close could not send this SMS: %1")
                         .arg(m_model->field(r, QStringLiteral("error_message")).toString());
            failed = true;
            break;
        case SmsStatus::Status::Unknown:
            banner = tr("Status “%1” is new to Draftbox; it is shown read-only.")
                         .arg(m_model->status(r));
            break;
        }
    }
    showBanner(m_banner, banner, failed);

    if (has) {
        const auto f = [&](const char *name) {
            return m_model->field(r, QString::fromLatin1(name));
        };
        QStringList details;
        details << tr("Direction: %1 · Source: %2")
                       .arg(f("direction").toString(), f("source").toString());
        // A received SMS was made by nobody in the organization: no "by" then.
        const auto stamp = [&](const char *date, const char *name, const QString &withName,
                               const QString &without) {
            const QString who = f(name).toString();
            return who.isEmpty() ? without.arg(when(f(date))) : withName.arg(when(f(date)), who);
        };
        details << stamp("date_created", "created_by_name", tr("Created %1 by %2"),
                         tr("Created %1"));
        details << stamp("date_updated", "updated_by_name", tr("Updated %1 by %2"),
                         tr("Updated %1"));
        if (!f("user_name").toString().isEmpty())
            details << tr("User: %1").arg(f("user_name").toString());
        if (f("date_scheduled").isValid())
            details << tr("Scheduled for %1").arg(when(f("date_scheduled")));
        if (f("date_sent").isValid())
            details << tr("Sent %1 · cost %2").arg(when(f("date_sent")), f("cost").toString());
        if (!f("sequence_name").toString().isEmpty())
            details << tr("Sequence: %1").arg(f("sequence_name").toString());
        m_details->setText(details.join(QLatin1Char('\n')));
    } else {
        m_details->clear();
    }
    showFieldErrors();
    showUndo(); // its words follow the SMS (the contact's name arrives later)
    showReply();
}

QString SmsForm::ago(const QDateTime &at, const QDateTime &now)
{
    // Close's clock and the rep's differ a little: a reply "from the future" came just now.
    const qint64 seconds = at.secsTo(now);
    constexpr qint64 minute = 60, hour = 60 * minute, day = 24 * hour;
    if (seconds < minute)
        return tr("just now");
    if (seconds < hour) {
        const int n = int(seconds / minute);
        return n == 1 ? tr("1 min ago") : tr("%n min ago", nullptr, n);
    }
    if (seconds < day) {
        const int n = int(seconds / hour);
        return n == 1 ? tr("1 hour ago") : tr("%n hours ago", nullptr, n);
    }
    if (seconds < 7 * day) {
        const int n = int(seconds / day);
        return n == 1 ? tr("yesterday") : tr("%n days ago", nullptr, n);
    }
    return tr("on %1").arg(when(at));
}

void SmsForm::showReply()
{
    const int r = row();
    SmsSync *sms = m_model->sms();
    const std::optional<ReplyWatch::Reply> reply
        = r >= 0 ? sms->replies().since(currentId()) : std::nullopt;
    const int from = reply ? sms->rowOf(reply->id) : -1;
    if (from < 0) {
        m_replyBar->hide();
        m_replyClock->stop();
        return;
    }
    // Named as the rep knows them: this SMS's contact, else the reply's, else the number.
    const QString who
        = sms->recipientName(sms->text(r, QStringLiteral("contact_id")).isEmpty() ? from : r);
    const QString said = sms->text(from, QStringLiteral("text"));
    const QString line = said.simplified();
    const QString since = ago(reply->at, QDateTime::currentDateTimeUtc());
    const bool files = !sms->value(from, QStringLiteral("attachments")).toArray().isEmpty();
    QString notice;
    if (!line.isEmpty())
        notice = tr("%1 replied %2:").arg(who, since);
    else if (files)
        notice = tr("%1 replied %2, with an attachment.").arg(who, since);
    else
        notice = tr("%1 replied %2.").arg(who, since);
    const SmsStatus::Status status = m_model->statusOf(r);
    const bool scheduled = status == SmsStatus::Status::Scheduled;
    QString tip = tr("%1 replied on %2, after you wrote this SMS:").arg(who, when(reply->at));
    if (!said.isEmpty())
        tip += QStringLiteral("\n\n") + said;
    if (scheduled)
        tip += QStringLiteral("\n\n")
            + tr("Hold takes it back to draft, so it does not go out at %1.")
                  .arg(when(m_model->field(r, QStringLiteral("date_scheduled"))));
    else if (status == SmsStatus::Status::Outbox)
        tip += QStringLiteral("\n\n")
            + tr("This SMS is being sent and may already be out; Cancel sending stops it if "
                 "it is not.");
    else
        tip += QStringLiteral("\n\n")
            + tr("Read it before this draft goes; the notice goes once you save the draft again.");
    m_replyLabel->setText(notice);
    m_replyText->setText(tr("“%1”").arg(line));
    m_replyText->setVisible(!line.isEmpty());
    for (QWidget *part :
         {static_cast<QWidget *>(m_replyLabel), static_cast<QWidget *>(m_replyText)})
        part->setToolTip(SafeHtml::plainTip(tip));
    m_replyLabel->setAccessibleDescription(tip);
    m_hold->setVisible(scheduled);
    m_hold->setEnabled(scheduled && m_model->canCancel(r));
    m_hold->setToolTip(tr("Take this SMS back to draft so it does not go out, now that %1 "
                          "replied. Edit it, then schedule it again.")
                           .arg(who));
    m_replyBar->show();
    if (!m_replyClock->isActive())
        m_replyClock->start();
}

void SmsForm::hold()
{
    const int r = row();
    if (r < 0 || !m_model->isScheduled(r) || !m_model->canCancel(r))
        return;
    m_model->cancel(r);
    // The button goes with the schedule: the rep is in the message, to rewrite it for the
    // reply, not in the next field (the number, where typing would replace it).
    m_text->editor()->setFocus(Qt::OtherFocusReason);
}

void SmsForm::removeAttachment()
{
    if (m_removeAttachment->isEnabled())
        removeSelectedAttachment(m_attachments);
}

void SmsForm::showFieldErrors()
{
    const QMap<QString, QString> errors = shownFieldErrors();
    FormSupport::markFields(
        {m_remote, m_local, m_template, m_contact, m_lead, m_user, m_text->editor()}, errors);
    FormSupport::listFieldErrors(errors, fieldTitles(), m_errors);
}

void SmsForm::save()
{
    if (m_save->isEnabled())
        m_model->save(row());
}

void SmsForm::revert()
{
    revertRow();
}

void SmsForm::send()
{
    if (!m_send->isEnabled()) {
        // Ctrl+Return on a draft that cannot go says why; on anything else it does nothing.
        const int r = row();
        if (r >= 0 && m_model->statusOf(r) == SmsStatus::Status::Draft)
            emit refused(m_model->sendProblem(r));
        return;
    }
    m_undoId = currentId();
    m_undoLeft = undoSeconds;
    m_undoTimer->start();
    if (m_model->isScheduled(row()))
        m_model->sendNow(row(), undoSeconds);
    else
        m_model->send(row(), undoSeconds);
    emit sendStarted(currentId());
}

void SmsForm::tickUndo()
{
    if (--m_undoLeft <= 0)
        m_undoTimer->stop();
    showUndo();
}

void SmsForm::undo()
{
    const int r = m_model->rowOf(m_undoId);
    m_undoTimer->stop();
    m_undoLeft = 0;
    m_undoBar->hide();
    if (r >= 0)
        m_model->cancel(r);
}

void SmsForm::schedule()
{
    if (!m_schedule->isEnabled())
        return;
    const RecipientZone zone = RecipientZone::resolve(
        m_model->contactTimeZone(row()),
        m_model->field(row(), QStringLiteral("remote_phone")).toString(),
        m_model->field(row(), QStringLiteral("remote_country_iso")).toString());
    m_picker = new SchedulePicker({zone}, this);
    m_picker->setObjectName(QStringLiteral("schedulePicker"));
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = currentId();
    connect(m_picker, &QDialog::accepted, this, [this, id] {
        const int r = m_model->rowOf(id);
        if (!m_picker || !m_picker->problem().isEmpty())
            return; // the picker stays open and says why
        // No refusal is silent: whatever changed while the picker was open is said.
        if (r < 0) {
            emit refused(tr("Not scheduled: that SMS is no longer in Close."));
            return;
        }
        const QString problem = m_model->isScheduled(r)
            ? (m_model->canCancel(r) ? QString() : tr("It is being changed or sent right now."))
            : m_model->sendProblem(r);
        if (!problem.isEmpty()) {
            emit refused(tr("Not scheduled. %1").arg(problem));
            return;
        }
        if (m_model->isScheduled(r))
            m_model->reschedule(r, m_picker->dateTime());
        else
            m_model->schedule(r, m_picker->dateTime());
    });
    m_picker->open();
}

void SmsForm::cancelSending()
{
    if (row() >= 0)
        m_model->cancel(row());
}

void SmsForm::deleteDraft()
{
    if (m_delete->isEnabled())
        confirmDelete(
            tr("Delete draft"),
            tr("Delete this draft? This cannot be undone.\n\n%1").arg(m_model->rowLabel(row())),
            [this](int row) { m_model->deleteDraft(row); });
}

void SmsForm::showAttachInfo(const QString &id, const QString &text, bool problem)
{
    if (id != currentId())
        return;
    m_attachInfoId = id;
    m_attachInfo->setText(text);
    m_attachInfo->setStyleSheet(problem ? Appearance::errorText() : QString());
    m_attachInfo->show();
}

void SmsForm::chooseFiles()
{
    if (!m_attach->isEnabled())
        return;
    auto *dialog
        = new QFileDialog(this, tr("Attach to the SMS"), QString(), SmsTableModel::attachFilter());
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    const QString id = currentId();
    connect(dialog, &QFileDialog::filesSelected, this, [this, id](const QStringList &paths) {
        if (currentId() == id)
            attachFiles(paths);
    });
    dialog->open();
}

void SmsForm::attachFiles(const QStringList &paths)
{
    const int r = row();
    QStringList problems;
    for (const QString &path : paths) {
        const QString problem = r < 0 ? tr("Pick a draft first.") : m_model->attachFile(r, path);
        if (!problem.isEmpty())
            problems << problem;
    }
    if (!problems.isEmpty())
        showAttachInfo(currentId(), problems.join(QLatin1Char('\n')), true);
    refresh();
}

bool SmsForm::pastePicture()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage() || row() < 0)
        return false;
    const QString problem = m_model->attachImage(row(), qvariant_cast<QImage>(mime->imageData()));
    if (!problem.isEmpty())
        showAttachInfo(currentId(), problem, true);
    refresh();
    return true;
}

void SmsForm::openAttachment(int index)
{
    if (row() >= 0 && index >= 0)
        m_model->openAttachment(row(), index);
}

bool SmsForm::bringsFiles(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return !urls.isEmpty()
        && std::all_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); });
}

void SmsForm::dropFiles(const QMimeData *mime)
{
    QStringList paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls)
        paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        attachFiles(paths);
        return;
    }
    if (row() >= 0) {
        const QString problem
            = m_model->attachImage(row(), qvariant_cast<QImage>(mime->imageData()));
        if (!problem.isEmpty())
            showAttachInfo(currentId(), problem, true);
        refresh();
    }
}

void SmsForm::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_attach->isEnabled() && bringsFiles(event->mimeData()))
        event->acceptProposedAction();
    else
        ActivityForm::dragEnterEvent(event);
}

void SmsForm::dropEvent(QDropEvent *event)
{
    if (!m_attach->isEnabled() || !bringsFiles(event->mimeData())) {
        ActivityForm::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    dropFiles(event->mimeData());
}

bool SmsForm::eventFilter(QObject *watched, QEvent *event)
{
    const bool inEditor = watched == m_text->editor() || watched == m_text->editor()->viewport();
    if (inEditor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste) && m_attach->isEnabled()) {
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        // Text goes into the message as ever; a picture (with no text) becomes an attachment.
        if (mime && mime->hasImage() && !mime->hasText())
            return pastePicture();
    }
    if (inEditor && (event->type() == QEvent::DragEnter || event->type() == QEvent::Drop)) {
        auto *drop = static_cast<QDropEvent *>(event);
        const QMimeData *mime = drop->mimeData();
        if (m_attach->isEnabled() && mime && !mime->urls().isEmpty() && bringsFiles(mime)) {
            drop->acceptProposedAction();
            if (event->type() == QEvent::Drop)
                dropFiles(mime);
            return true;
        }
    }
    return ActivityForm::eventFilter(watched, event);
}
