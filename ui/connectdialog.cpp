#include "connectdialog.h"

#include "apierror.h"
#include "appearance.h"

#include "ui_connectdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

ConnectDialog::ConnectDialog(Addresses addresses, QWidget *parent)
    : QDialog(parent)
    , m_addresses(std::move(addresses))
    , m_ui(std::make_unique<Ui::ConnectDialog>())
{
    // The layout and the fixed texts are in connectdialog.ui (no geometry there: the dialog
    // opens at its size hint). What changes at run time is set here: the secret's label,
    // accessible name and placeholder (updateState()), Show/Hide, the messages and their
    // colours.
    m_ui->setupUi(this);
    m_ui->contents->installEventFilter(this);
    m_ui->connectReason->hide();
    Appearance::styleFailure(m_ui->connectReason, QStringLiteral("QLabel")); // dark mode too
    m_ui->urlProblem->setStyleSheet(Appearance::errorText());
    m_ui->urlEdit->setText(m_addresses.defaultUrl.toString());

    QToolButton *show = m_ui->showSecretButton;
    connect(show, &QToolButton::toggled, this, [this, show](bool on) {
        m_ui->secretEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? tr("Hide") : tr("Show"));
    });

    // A .ui file gives a button box standard buttons only (here Cancel): these two are added,
    // Connect first. Added the other way round, Qt 6.4 puts the box after them in the focus
    // chain and Tab goes round Try with sample data and Connect, never reaching Cancel.
    m_connect = m_ui->buttonBox->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setDefault(true);
    m_sample = m_ui->buttonBox->addButton(tr("Try with &sample data"), QDialogButtonBox::ResetRole);
    m_sample->setObjectName(QStringLiteral("sampleDataButton"));
    m_sample->setToolTip(tr("Work on the built-in sandbox: sample leads and SMS, nothing is "
                            "really sent"));
    // The buttons report themselves; the box must not accept on Connect before the test.
    disconnect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] { startTest(true); });
    connect(m_ui->testButton, &QPushButton::clicked, this, [this] { startTest(false); });
    connect(m_sample, &QPushButton::clicked, this, [this] {
        if (m_testing) {
            m_testing = false;
            emit testCanceled();
        }
        m_choice = Choice::SampleData;
        accept();
    });

    connect(m_ui->keyButton, &QRadioButton::toggled, this, &ConnectDialog::updateState);
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    updateState();
    m_ui->secretEdit->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setCredentials(const Credentials &credentials)
{
    (credentials.kind == Credentials::Kind::OAuthToken ? m_ui->tokenButton : m_ui->keyButton)
        ->setChecked(true);
    m_ui->secretEdit->setText(credentials.secret);
    if (credentials.baseUrl.isValid())
        m_ui->urlEdit->setText(credentials.baseUrl.toString());
    updateState();
}

void ConnectDialog::setReason(const QString &reason)
{
    m_ui->connectReason->setText(reason);
    m_ui->connectReason->setVisible(!reason.isEmpty());
}

Credentials ConnectDialog::credentials() const
{
    Credentials credentials;
    credentials.kind = m_ui->tokenButton->isChecked() ? Credentials::Kind::OAuthToken
                                                      : Credentials::Kind::ApiKey;
    credentials.secret = m_ui->secretEdit->text().trimmed();
    QString url = m_ui->urlEdit->text().trimmed();
    if (!url.isEmpty() && !url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    credentials.baseUrl = QUrl(url);
    return credentials;
}

bool ConnectDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show)
        fitMessages();
    return handled;
}

bool ConnectDialog::eventFilter(QObject *watched, QEvent *event)
{
    // A message's new text lays out the scrolled contents, not the dialog.
    if (watched == m_ui->contents && event->type() == QEvent::LayoutRequest)
        QMetaObject::invokeMethod(this, &ConnectDialog::fitMessages, Qt::QueuedConnection);
    return QDialog::eventFilter(watched, event);
}

void ConnectDialog::fitMessages()
{
    // The layout keeps the dialog at its minimum size, which leaves out how tall the wrapped
    // messages are at this width: grow to show them whole, up to the screen's height (Close can
    // say a lot); past that they scroll, below the fields, with the buttons still in view.
    QScreen *screen = this->screen();
    if (!isVisible() || !screen)
        return;
    QScrollArea *area = m_ui->contentArea;
    // The contents scroll up and down, never sideways: the area is as wide as they need (it
    // asked for less, and the fields and messages were cut off at the right).
    const int wide = m_ui->contents->minimumSizeHint().width()
        + area->verticalScrollBar()->sizeHint().width() + 2 * area->frameWidth();
    if (area->minimumWidth() != wide)
        area->setMinimumWidth(wide);
    const int around = height() - area->viewport()->height();
    int needed = m_ui->contents->heightForWidth(area->viewport()->width()) + around;
    const QRect available = screen->availableGeometry();
    const int frame = frameGeometry().height() - height();
    needed = std::min(needed, available.height() - frame);
    if (needed <= height())
        return;
    resize(width(), needed);
    if (frameGeometry().bottom() > available.bottom())
        move(x(), std::max(available.top(), available.bottom() + 1 - frameGeometry().height()));
}

QString ConnectDialog::refusal(const ApiError &error, bool token)
{
    if (error.category != ApiError::Category::Unauthorized)
        return error.message + QLatin1Char(' ') + error.advice();
    // A rep needs what happened and where to fix it, not "HTTP status 401". Close's own words
    // follow when it gave some (an expired or revoked key says so there).
    QString text = token ? tr("Close did not accept this access token. Sign in again where "
                              "you got it, and paste the new one here.")
                         : tr("Close did not accept this API key. Check it in Close under "
                              "Settings → Developer → API Keys.");
    if (error.message != ApiError::fromHttp(error.httpStatus, {}).message)
        text += QLatin1Char('\n') + tr("Close said: %1").arg(error.message);
    return text;
}

void ConnectDialog::updateState()
{
    const bool token = m_ui->tokenButton->isChecked();
    m_ui->secretLabel->setText(token ? tr("Access &token:") : tr("API &key:"));
    m_ui->secretEdit->setAccessibleName(token ? tr("OAuth access token") : tr("API key"));
    m_ui->secretEdit->setPlaceholderText(token ? tr("The OAuth access token") : tr("api_…"));
    const Credentials c = credentials();
    const QString refused = c.baseUrl.isValid() && !c.baseUrl.isEmpty()
        ? (m_addresses.whyRefused ? m_addresses.whyRefused(c.baseUrl) : QString())
        : tr("Enter the API's URL, for example %1").arg(m_addresses.defaultUrl.toString());
    m_ui->urlProblem->setText(refused);
    m_ui->urlProblem->setVisible(!refused.isEmpty());
    const bool ready = refused.isEmpty() && !c.secret.isEmpty() && !m_testing;
    m_ui->testButton->setEnabled(ready);
    m_connect->setEnabled(ready);
}

void ConnectDialog::startTest(bool thenAccept)
{
    m_acceptWhenOk = thenAccept;
    m_ui->connectResult->setStyleSheet({});
    m_ui->connectResult->setText(tr("Asking Close who this key belongs to…"));
    m_testing = true;
    updateState();
    emit testRequested(credentials());
}

void ConnectDialog::showTestResult(bool ok, const QString &user, const QString &organization,
                                   const ApiError &error)
{
    m_testing = false;
    updateState();
    if (!ok) {
        m_acceptWhenOk = false;
        m_ui->connectResult->setStyleSheet(Appearance::errorText());
        m_ui->connectResult->setText(refusal(error, m_ui->tokenButton->isChecked()));
        return;
    }
    m_ui->connectResult->setStyleSheet(Appearance::okText());
    m_ui->connectResult->setText(organization.isEmpty()
                                     ? tr("Connected as %1.").arg(user)
                                     : tr("Connected as %1 of %2.").arg(user, organization));
    if (m_acceptWhenOk) {
        m_choice = Choice::Account;
        accept();
    }
}
