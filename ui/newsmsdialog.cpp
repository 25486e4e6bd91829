#include "newsmsdialog.h"

#include "apierror.h"
#include "appearance.h"
#include "recipientmodel.h"
#include "sendernumbermodel.h"
#include "smstablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

NewSmsDialog::NewSmsDialog(SmsTableModel *sms, const SenderNumberModel *senders, QWidget *parent)
    : QDialog(parent)
    , m_sms(sms)
    , m_recipients(sms->createRecipientModel(this))
    , m_senders(new SenderNumberModel(this))
    , m_to(new QLineEdit(this))
    , m_matches(new QListView(this))
    , m_searchNote(new QLabel(this))
    , m_from(new QComboBox(this))
    , m_recipientNote(new QLabel(this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_create(m_buttons->addButton(tr("C&reate draft"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("New SMS"));
    setObjectName(QStringLiteral("newSmsDialog"));
    if (senders)
        m_senders->setNumbers(senders->numbers());

    m_to->setObjectName(QStringLiteral("recipientSearch"));
    m_to->setPlaceholderText(tr("A name, company or number"));
    m_to->setClearButtonEnabled(true);
    m_to->setAccessibleName(tr("Recipient"));
    m_to->installEventFilter(this);
    m_matches->setObjectName(QStringLiteral("recipientMatches"));
    m_matches->setModel(m_recipients);
    m_matches->setAccessibleName(tr("People who match"));
    m_matches->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matches->setUniformItemSizes(true);
    m_matches->setMinimumHeight(m_matches->fontMetrics().height() * 8);
    for (QLabel *label : {m_searchNote, m_recipientNote, m_result}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_searchNote->setObjectName(QStringLiteral("searchNote"));
    m_recipientNote->setObjectName(QStringLiteral("recipientNote"));
    m_result->setObjectName(QStringLiteral("createResult"));
    m_from->setObjectName(QStringLiteral("newSmsSender"));
    m_from->setModel(m_senders);
    m_from->setAccessibleName(tr("Send from"));
    m_create->setObjectName(QStringLiteral("createDraftButton"));
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *to = new QVBoxLayout;
    to->setSpacing(2);
    to->addWidget(m_to);
    to->addWidget(m_matches);
    to->addWidget(m_searchNote);
    to->addWidget(m_recipientNote);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    form->addRow(toLabel, to);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, m_from);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    setTabOrder(m_to, m_matches);
    setTabOrder(m_matches, m_from);

    connect(m_to, &QLineEdit::textChanged, this, &NewSmsDialog::searchChanged);
    connect(m_recipients, &RecipientModel::searchingChanged, this, &NewSmsDialog::updateState);
    connect(m_recipients, &QAbstractItemModel::modelReset, this, [this] {
        // The first match is chosen, so Enter creates the draft for who the rep typed.
        if (m_recipients->rowCount() > 0)
            m_matches->setCurrentIndex(m_recipients->index(0));
        recipientChosen();
    });
    connect(m_matches->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NewSmsDialog::recipientChosen);
    connect(m_matches, &QListView::doubleClicked, this, &NewSmsDialog::create);
    connect(m_from, &QComboBox::currentIndexChanged, this, &NewSmsDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewSmsDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sms->sms(), &SmsSync::draftCreated, this, [this](int ticket, const QString &id) {
        if (ticket != m_ticket)
            return;
        m_ticket = 0;
        emit created(id);
        accept();
    });
    connect(m_sms->sms(), &SmsSync::draftRefused, this, [this](int ticket, const ApiError &error) {
        if (ticket == m_ticket)
            refused(error);
    });
    resize(560, sizeHint().height());
    m_to->setFocus(Qt::OtherFocusReason);
    updateState();
}

void NewSmsDialog::setSearch(const QString &text)
{
    m_to->setText(text);
}

bool NewSmsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the To field move through the matches, as in a completer.
    if (watched == m_to && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown
            || key == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_matches, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewSmsDialog::searchChanged()
{
    m_result->clear();
    m_recipients->setSearch(m_to->text());
}

void NewSmsDialog::recipientChosen()
{
    const QModelIndex current = m_matches->currentIndex();
    const QString country
        = current.isValid() ? current.data(RecipientModel::CountryRole).toString() : QString();
    m_senders->setRecipientCountry(country);
    // The number that can text them, unless the rep's choice still can.
    if (m_from->currentIndex() < 0 || !m_senders->canText(m_from->currentIndex())) {
        const int able = m_senders->firstAbleRow();
        m_from->setCurrentIndex(able >= 0 ? able : 0);
    }
    updateState();
}

void NewSmsDialog::updateState()
{
    const QModelIndex current = m_matches->currentIndex();
    const bool chosen = current.isValid();
    const bool waiting = m_ticket != 0;
    const QString search = m_to->text().simplified();
    if (m_recipients->isSearching())
        m_searchNote->setText(tr("Searching Close…"));
    else if (!m_recipients->searchProblem().isEmpty())
        m_searchNote->setText(m_recipients->searchProblem());
    else if (!search.isEmpty() && m_recipients->rowCount() == 0)
        m_searchNote->setText(tr("No one matches “%1”. Type their number with its country code "
                                 "(+1 202 555 0100) to text a number Close does not know.")
                                  .arg(search));
    else if (search.isEmpty())
        m_searchNote->setText(tr("Type a few letters of their name or company, or their number."));
    else
        m_searchNote->clear();
    m_searchNote->setVisible(!m_searchNote->text().isEmpty());

    QString note;
    if (chosen) {
        note = current.data(RecipientModel::OptOutRole).toString();
        if (note.isEmpty() && m_senders->rowCount() > 0 && m_senders->firstAbleRow() < 0)
            note = tr("None of your organization's numbers can text %1 numbers: the draft can "
                      "be written, not sent.")
                       .arg(current.data(RecipientModel::CountryRole).toString());
    }
    m_recipientNote->setText(note);
    m_recipientNote->setStyleSheet(Appearance::errorText());
    m_recipientNote->setVisible(!note.isEmpty());

    m_create->setEnabled(chosen && !waiting);
    m_to->setReadOnly(waiting);
    m_from->setEnabled(!waiting && m_senders->rowCount() > 0);
    if (waiting)
        m_result->setText(tr("Creating the draft in Close…"));
    m_result->setVisible(!m_result->text().isEmpty());
}

void NewSmsDialog::create()
{
    const QModelIndex current = m_matches->currentIndex();
    if (!current.isValid() || m_ticket != 0)
        return;
    SmsCreate draft;
    draft.remotePhone = current.data(RecipientModel::PhoneRole).toString();
    const QString local = m_from->currentData(SenderNumberModel::NumberRole).toString();
    if (!local.isEmpty())
        draft.localPhone = local;
    const QString contact = current.data(RecipientModel::ContactIdRole).toString();
    if (!contact.isEmpty())
        draft.contactId = contact;
    const QString lead = current.data(RecipientModel::LeadIdRole).toString();
    if (!lead.isEmpty())
        draft.leadId = lead;
    m_result->setStyleSheet({});
    m_ticket = m_sms->sms()->createDraft(draft);
    updateState();
}

void NewSmsDialog::refused(const ApiError &error)
{
    m_ticket = 0;
    m_result->setText(tr("Close did not create the draft: %1 Nothing you chose is lost; try "
                         "again when Close answers.")
                          .arg(error.message));
    m_result->setStyleSheet(Appearance::errorText());
    updateState();
}
