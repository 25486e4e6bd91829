#include "whatsappform.h"

#include "appearance.h"
#include "conflictpanel.h"
#include "formdelegate.h"
#include "formscrollarea.h"
#include "formsupport.h"
#include "markupeditor.h"
#include "personfield.h"
#include "phonecheck.h"
#include "safehtml.h"
#include "whatsapptablemodel.h"

#include <QComboBox>
#include <QDataWidgetMapper>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using FormSupport::fieldProperty;

WhatsAppForm::WhatsAppForm(WhatsAppTableModel *model, QWidget *parent)
    : ActivityForm(model, parent)
    , m_model(model)
    , m_banner(new QLabel(this))
    , m_text(new MarkupEditor(this))
    , m_direction(new QComboBox(this))
    , m_remote(new QLineEdit(this))
    , m_remoteInfo(new QLabel(this))
    , m_localPhone(new QLineEdit(this))
    , m_localInfo(new QLabel(this))
    , m_contact(
          new PersonField(model->createPeoplePicker(PeoplePickerModel::Kind::Contact, this), this))
    , m_user(new PersonField(model->createPeoplePicker(PeoplePickerModel::Kind::User, this), this))
    , m_replyTo(new QComboBox(this))
    , m_activityAt(new QDateTimeEdit(this))
    , m_attachments(new QListWidget(this))
    , m_removeAttachment(new QPushButton(tr("Remove attachment"), this))
    , m_record(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_delete(new QPushButton(tr("De&lete…"), this))
{
    FormSupport::showPlainText({m_banner, m_remoteInfo, m_localInfo, m_errors});
    setUpFields();
    QWidget *fields = createFields();
    QLayout *buttons = createButtons();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(conflictPanel());
    layout->addWidget(fields, 1);
    layout->addLayout(buttons);
    setUpTabOrder();
    connectFields();
    connectActions();
    FormSupport::scrollPastUnfocused(this);
    setCurrentRow(-1);
}

void WhatsAppForm::setUpFields()
{
    map(m_text, "message_markdown", tr("Message"));
    m_text->editor()->setProperty(fieldProperty, QStringLiteral("message_markdown"));
    // Bold, italic, ... work from every field of the form, on the message's selection.
    addActions(m_text->actions());
    map(m_remote, "remote_phone", tr("Their phone number"));
    map(m_localPhone, "local_phone", tr("Your phone number"));
    map(m_contact, "contact_id", tr("Contact"));
    map(m_user, "user_id", tr("User"));
    // Pickers and lists are filled by refresh(), not the mapper.
    for (const auto &[widget, field, accessible] :
         {std::tuple {static_cast<QWidget *>(m_direction), "direction", tr("Direction")},
          std::tuple {static_cast<QWidget *>(m_replyTo), "response_to_id", tr("Reply to")},
          std::tuple {static_cast<QWidget *>(m_activityAt), "activity_at", tr("Activity date")},
          std::tuple {static_cast<QWidget *>(m_attachments), "attachments", tr("Attachments")}}) {
        widget->setProperty(fieldProperty, QString::fromLatin1(field));
        widget->setAccessibleName(accessible);
    }

    // The names tests (and style sheets) find the widgets by.
    for (const auto &[widget, name] : {std::pair<QWidget *, const char *> {m_banner, "banner"},
                                       {m_text, "messageEditor"},
                                       {m_direction, "direction"},
                                       {m_remote, "remotePhone"},
                                       {m_remoteInfo, "remoteInfo"},
                                       {m_localPhone, "localPhone"},
                                       {m_localInfo, "localInfo"},
                                       {m_contact, "contact"},
                                       {m_user, "user"},
                                       {m_replyTo, "replyTo"},
                                       {m_activityAt, "activityDate"},
                                       {m_attachments, "attachments"},
                                       {m_removeAttachment, "removeAttachmentButton"},
                                       {m_record, "record"},
                                       {m_errors, "fieldErrors"},
                                       {m_save, "saveButton"},
                                       {m_revert, "revertButton"},
                                       {m_delete, "deleteButton"}})
        widget->setObjectName(QLatin1String(name));

    m_direction->addItem(tr("Received (incoming)"), QStringLiteral("incoming"));
    m_direction->addItem(tr("Sent (outgoing)"), QStringLiteral("outgoing"));
    m_replyTo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_replyTo->setMinimumContentsLength(20);
    m_replyTo->setToolTip(tr("The message of this conversation that this one answers"));
    FormSupport::setUpDateEdit(m_activityAt,
                               tr("When this message was sent or received, in "
                                  "your time zone"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 4);
    m_removeAttachment->setAccessibleName(tr("Remove the selected attachment"));
    m_removeAttachment->setToolTip(
        tr("Take the selected file off this message (saved with the next Save)"));

    m_remote->setPlaceholderText(tr("+1 818 333 4444"));
    m_localPhone->setPlaceholderText(tr("+1 650 555 0100"));
    m_contact->setPlaceholderText(tr("Type a name to choose the contact"));
    m_user->setPlaceholderText(tr("Type a name to choose the user"));
    for (QLabel *info : {m_remoteInfo, m_localInfo}) {
        info->setTextInteractionFlags(Qt::TextSelectableByMouse);
        info->setWordWrap(true);
    }
    m_remoteInfo->setAccessibleName(tr("Their number check"));
    m_localInfo->setAccessibleName(tr("Your number check"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAccessibleName(tr("About this message"));
    m_record->setWordWrap(true);
    m_record->setTextFormat(Qt::RichText);
    // The integration's link opens in the system browser, on a click only.
    m_record->setOpenExternalLinks(true);
    m_record->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_record->setAccessibleName(tr("Where this message came from"));
    m_errors->setWordWrap(true);
}

QWidget *WhatsAppForm::createFields()
{
    const auto stacked = [](QWidget *field, QLabel *below) {
        auto *column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(below);
        return column;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Their number:"), stacked(m_remote, m_remoteInfo));
    form->addRow(tr("&Your number:"), stacked(m_localPhone, m_localInfo));
    form->addRow(tr("C&ontact:"), m_contact);
    form->addRow(tr("Us&er:"), m_user);
    form->addRow(tr("Re&ply to:"), m_replyTo);
    form->addRow(tr("Act&ivity date:"), m_activityAt);
    auto *files = new QHBoxLayout;
    files->addWidget(m_attachments, 1);
    files->addWidget(m_removeAttachment, 0, Qt::AlignTop);
    form->addRow(tr("&Attachments:"), files);
    const QList<QWidget *> buddies = {m_direction, m_remote,  m_localPhone, m_contact,
                                      m_user,      m_replyTo, m_activityAt, m_attachments};
    for (int i = 0; i < form->rowCount(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(form->itemAt(i, QFormLayout::LabelRole)->widget()))
            label->setBuddy(buddies.value(i));
    }
    auto *messageLabel = new QLabel(tr("&Message:"), this);
    messageLabel->setBuddy(m_text->editor());

    // The banner and the actions stay in view; the fields scroll between them when the
    // window is short.
    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(messageLabel);
    fieldsLayout->addWidget(m_text, 1);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_errors);
    fieldsLayout->addWidget(m_record);
    auto *scroll = new FormScrollArea(fields, this);
    scroll->setObjectName(QStringLiteral("whatsappFormFields"));
    scroll->setAccessibleName(tr("WhatsApp message fields"));
    return scroll;
}

QLayout *WhatsAppForm::createButtons()
{
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    buttons->addWidget(m_delete);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save your changes to this record in Close (Ctrl+S)"));
    m_revert->setToolTip(tr("Put back what Close has"));
    m_delete->setToolTip(tr("Delete this WhatsApp message from Close"));
    return buttons;
}

void WhatsAppForm::setUpTabOrder()
{
    setTabOrder(m_text->editor(), m_direction);
    setTabOrder(m_direction, m_remote);
    setTabOrder(m_remote, m_localPhone);
    setTabOrder(m_localPhone, m_contact);
    setTabOrder(m_contact, m_user);
    setTabOrder(m_user, m_replyTo);
    setTabOrder(m_replyTo, m_activityAt);
    setTabOrder(m_activityAt, m_attachments);
    setTabOrder(m_attachments, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_save);
    setTabOrder(m_save, m_revert);
    setTabOrder(m_revert, m_delete);
}

void WhatsAppForm::connectFields()
{
    connect(m_text, &MarkupEditor::textEdited, this, [this] { commit(m_text, m_text->text()); });
    connect(m_remote, &QLineEdit::textEdited, this,
            [this](const QString &t) { commitPhone(m_remote, t); });
    connect(m_localPhone, &QLineEdit::textEdited, this,
            [this](const QString &t) { commitPhone(m_localPhone, t); });
    for (PersonField *person : {m_contact, m_user})
        connect(person, &PersonField::idChosen, this,
                [this, person](const QString &id) { commit(person, id); });
    connect(m_direction, &QComboBox::activated, this,
            [this](int i) { commit(m_direction, m_direction->itemData(i)); });
    connect(m_replyTo, &QComboBox::activated, this,
            [this](int i) { commit(m_replyTo, m_replyTo->itemData(i)); });
    connect(m_activityAt, &QDateTimeEdit::editingFinished, this,
            [this] { commit(m_activityAt, FormSupport::pickedDate(m_activityAt)); });
    connect(m_attachments, &QListWidget::currentRowChanged, this, [this] { refresh(); });
    connect(m_removeAttachment, &QPushButton::clicked, this, &WhatsAppForm::removeAttachment);
}

void WhatsAppForm::connectActions()
{
    connect(m_save, &QPushButton::clicked, this, &WhatsAppForm::save);
    connect(m_revert, &QPushButton::clicked, this, &WhatsAppForm::revert);
    connect(m_delete, &QPushButton::clicked, this, &WhatsAppForm::deleteMessage);

    connect(m_model, &ActivityTableModel::namesChanged, this, &WhatsAppForm::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrentRow(-1); });
    // Earlier messages of the conversation arrive with later pages: the reply-to choices are
    // filled again once every page is in (not per page: that scans every row each time).
    const auto refill = [this] {
        fillReplyTo(row());
        refresh();
    };
    connect(m_model, &ActivityTableModel::loadingChanged, this, [this, refill](bool loading) {
        // Not while the next page is already on its way (PageLoader asks as this one is in).
        if (!loading && !m_model->isLoading() && !m_model->canFetchMore({}))
            refill();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refill);
}

void WhatsAppForm::setCurrentRow(int row)
{
    follow(row);
    if (row < 0) {
        for (QLineEdit *edit : {m_remote, m_localPhone})
            edit->clear();
        for (PersonField *person : {m_contact, m_user})
            person->setId(QString());
        m_text->setText(QString());
    }
    fillReplyTo(row);
    refresh();
}

void WhatsAppForm::commitPhone(QLineEdit *edit, const QString &text)
{
    // Close wants E.164; what cannot be read yet is kept as typed (and marked).
    const PhoneCheck check = PhoneCheck::check(text);
    commit(edit, check.valid ? check.e164 : text);
}

void WhatsAppForm::fillReplyTo(int r)
{
    const QSignalBlocker blocker(m_replyTo);
    m_replyTo->clear();
    m_replyTo->addItem(tr("Not a reply"), QVariant());
    if (r < 0)
        return;
    for (const int other : m_model->replyChoices(r)) {
        const QString id = m_model->idAt(other);
        const QString direction = m_model->field(other, QStringLiteral("direction")).toString()
                == QLatin1String("incoming")
            ? tr("they wrote")
            : tr("you wrote");
        // As the list shows it: its time and the message's first line (shortened further).
        const auto cell = [&](int column) {
            return m_model->index(other, column).data().toString();
        };
        m_replyTo->addItem(tr("%1, %2: %3")
                               .arg(cell(WhatsAppTableModel::WhenColumn), direction,
                                    cell(WhatsAppTableModel::MessageColumn).left(80)),
                           id);
    }
}

void WhatsAppForm::refresh()
{
    const int r = row();
    const bool has = r >= 0;
    const bool busy = has && m_model->index(r, 0).data(ActivityTableModel::BusyRole).toBool();
    const bool editable = has && m_model->acceptsEdits(r);
    const bool conflicts = has && !m_model->conflictFields(r).isEmpty();
    const auto f = [&](const char *name) {
        return has ? m_model->field(r, QString::fromLatin1(name)) : QVariant();
    };

    for (QLineEdit *edit : {m_remote, m_localPhone}) {
        edit->setReadOnly(!editable);
        edit->setClearButtonEnabled(editable);
        if (!edit->hasFocus())
            edit->setCursorPosition(0);
    }
    for (PersonField *person : {m_contact, m_user})
        person->setReadOnly(!editable);
    m_text->setReadOnly(!editable);
    m_text->setServerVersion(
        has ? m_model->serverField(r, QStringLiteral("message_markdown")).toString() : QString(),
        has ? m_model->serverField(r, QStringLiteral("message_html")).toString() : QString());
    m_direction->setEnabled(editable);
    m_replyTo->setEnabled(editable);
    FormSupport::showDate(m_activityAt, f("activity_at").toDateTime(), editable);
    const QVariantList files = f("attachments").toList();
    FormSupport::showAttachments(m_attachments, files, has);
    m_removeAttachment->setEnabled(editable && !files.isEmpty()
                                   && m_attachments->currentRow() >= 0);

    {
        const QSignalBlocker blocker(m_direction);
        m_direction->setCurrentIndex(has ? std::max(m_direction->findData(f("direction")), 0) : -1);
    }
    {
        const QSignalBlocker blocker(m_replyTo);
        const QString replyTo = f("response_to_id").toString();
        int index = replyTo.isEmpty() ? 0 : m_replyTo->findData(replyTo);
        if (index < 0) {
            // Not one it could answer as loaded (another conversation's, or a later one): say
            // so rather than hide it.
            const int answered = m_model->rowOf(replyTo);
            m_replyTo->addItem(
                answered < 0 || !m_model->conversationRows(r).contains(answered)
                    ? tr("A message not in this conversation (%1)").arg(replyTo)
                    : tr("A later message: %1")
                          .arg(m_model->index(answered, WhatsAppTableModel::MessageColumn)
                                   .data()
                                   .toString()
                                   .left(80)),
                replyTo);
            index = m_replyTo->count() - 1;
        }
        m_replyTo->setCurrentIndex(index);
    }

    m_text->setRecipient(f("remote_phone").toString()); // the spelling language, when Automatic
    // A number that cannot be read is marked as the rep types it, before Close is asked.
    QMap<QString, QString> problems;
    problems.insert(QStringLiteral("remote_phone"),
                    FormSupport::showPhoneCheck(
                        m_remoteInfo, f("remote_phone").toString(),
                        has ? tr("Whose WhatsApp number is this conversation with?") : QString()));
    problems.insert(QStringLiteral("local_phone"),
                    FormSupport::showPhoneCheck(m_localInfo, f("local_phone").toString(), {}));

    const bool dirty = has && m_model->isDirty(r);
    m_save->setEnabled(editable && dirty && !conflicts);
    m_revert->setEnabled(editable && dirty);
    m_delete->setEnabled(editable);

    QString banner;
    if (!has) {
        banner = tr("Select a WhatsApp message on the left to see it here.");
    } else if (busy) {
        banner = tr("Talking to Close…");
    } else if (dirty) {
        banner = tr("Unsaved changes. Save (Ctrl+S) or revert them.");
    } else {
        banner = tr("Synced from WhatsApp. Close never sends WhatsApp messages: what you change "
                    "here corrects Close's record of it.");
    }
    showBanner(m_banner, banner, false);

    QStringList record;
    if (has) {
        const auto text = [&](const char *name) {
            return f(name).toString().toHtmlEscaped();
        };
        record << tr("WhatsApp message ID: %1").arg(text("external_whatsapp_message_id"));
        const QUrl link(f("integration_link").toString());
        const QString integration = text("integration_name");
        record << (SafeHtml::isOpenableLink(link)
                       ? tr("Recorded by %1 · <a href=\"%2\" style=\"color: %3\">open in %1</a>")
                             .arg(integration, link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                  Appearance::linkColor())
                       : tr("Recorded by %1").arg(integration));
        record << tr("Created %1 by %2")
                      .arg(FormSupport::when(f("date_created")).toHtmlEscaped(),
                           text("created_by_name"));
        record << tr("Updated %1 by %2")
                      .arg(FormSupport::when(f("date_updated")).toHtmlEscaped(),
                           text("updated_by_name"));
        if (!f("sequence_name").toString().isEmpty())
            record << tr("Sequence: %1").arg(text("sequence_name"));
    }
    m_record->setText(record.join(QStringLiteral("<br>")));

    // Close's message for a field wins over the local check (it is what must be fixed).
    const QMap<QString, QString> errors = shownFieldErrors();
    for (auto it = errors.cbegin(); it != errors.cend(); ++it)
        problems.insert(it.key(), it.value());
    FormSupport::markFields({m_text->editor(), m_direction, m_remote, m_localPhone, m_contact,
                             m_user, m_replyTo, m_activityAt, m_attachments},
                            problems);
    FormSupport::listFieldErrors(errors, fieldTitles(), m_errors);
}

void WhatsAppForm::removeAttachment()
{
    if (m_removeAttachment->isEnabled())
        removeSelectedAttachment(m_attachments);
}

void WhatsAppForm::save()
{
    if (m_save->isEnabled())
        m_model->save(row());
}

void WhatsAppForm::revert()
{
    revertRow();
}

void WhatsAppForm::deleteMessage()
{
    if (m_delete->isEnabled())
        confirmDelete(tr("Delete WhatsApp message"),
                      tr("Delete this WhatsApp message from Close? Close keeps no copy, and it "
                         "is not taken back from WhatsApp."),
                      [this](int row) { m_model->deleteMessage(row); });
}
