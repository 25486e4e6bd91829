#include "connectdialog.h"

#include "apierror.h"
#include "appearance.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(Addresses addresses, QWidget *parent)
    : QDialog(parent)
    , m_addresses(std::move(addresses))
    , m_reason(new QLabel(this))
    , m_key(new QRadioButton(tr("&API key"), this))
    , m_token(new QRadioButton(tr("&OAuth access token"), this))
    , m_secretLabel(new QLabel(this))
    , m_secret(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_urlProblem(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(new QLabel(this))
    , m_sample(new QPushButton(tr("Try with &sample data"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Connect to Close"));
    setObjectName(QStringLiteral("connectDialog"));

    auto *intro = new QLabel(
        tr("Draftbox works on the SMS of your Close account. Create an API key in Close under "
           "Settings → Developer → API Keys and paste it here, or use an OAuth access token."),
        this);
    intro->setWordWrap(true);
    m_reason->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("connectReason"));
    m_reason->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #5f1d17; "
                                           "border: 1px solid #e6a39c; padding: 4px; }"));
    m_reason->hide();

    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_key);
    kinds->addButton(m_token);
    m_key->setChecked(true);
    auto *kindRow = new QHBoxLayout;
    kindRow->addWidget(m_key);
    kindRow->addWidget(m_token);
    kindRow->addStretch(1);

    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    m_secret->setMinimumWidth(360);
    m_secretLabel->setBuddy(m_secret);
    auto *show = new QToolButton(this);
    show->setText(tr("Show"));
    show->setCheckable(true);
    show->setAccessibleName(tr("Show the key"));
    show->setToolTip(tr("Show the characters while typing"));
    connect(show, &QToolButton::toggled, this, [this, show](bool on) {
        m_secret->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        show->setText(on ? tr("Hide") : tr("Show"));
    });
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(show);

    m_url->setText(m_addresses.defaultUrl.toString());
    m_url->setAccessibleName(tr("API URL"));
    m_urlProblem->setWordWrap(true);
    m_urlProblem->setStyleSheet(Appearance::errorText());
    m_urlProblem->hide();

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setObjectName(QStringLiteral("connectResult"));
    m_result->setAccessibleName(tr("Connection test result"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Sign in with:"), kindRow);
    form->addRow(m_secretLabel, secretRow);
    auto *urlLabel = new QLabel(tr("API &URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, m_url);
    form->addRow(QString(), m_urlProblem);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_result);

    m_connect->setDefault(true);
    m_sample->setToolTip(tr("Work on the built-in sandbox: sample leads and SMS, nothing is "
                            "really sent"));
    m_buttons->addButton(m_sample, QDialogButtonBox::ResetRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    m_buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    // The buttons report themselves; the box must not accept on Connect before the test.
    disconnect(m_buttons, &QDialogButtonBox::accepted, this, nullptr);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_connect, &QPushButton::clicked, this, [this] { startTest(true); });
    connect(m_test, &QPushButton::clicked, this, [this] { startTest(false); });
    connect(m_sample, &QPushButton::clicked, this, [this] {
        if (m_testing) {
            m_testing = false;
            emit testCanceled();
        }
        m_choice = Choice::SampleData;
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize); // room for every message, never clipped
    setMinimumWidth(560);

    connect(m_key, &QRadioButton::toggled, this, &ConnectDialog::updateState);
    connect(m_secret, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    setTabOrder(m_key, m_token);
    setTabOrder(m_token, m_secret);
    setTabOrder(m_secret, show);
    setTabOrder(show, m_url);
    setTabOrder(m_url, m_test);
    updateState();
    m_secret->setFocus();
}

void ConnectDialog::setCredentials(const Credentials &credentials)
{
    (credentials.kind == Credentials::Kind::OAuthToken ? m_token : m_key)->setChecked(true);
    m_secret->setText(credentials.secret);
    if (credentials.baseUrl.isValid())
        m_url->setText(credentials.baseUrl.toString());
    updateState();
}

void ConnectDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

Credentials ConnectDialog::credentials() const
{
    Credentials credentials;
    credentials.kind
        = m_token->isChecked() ? Credentials::Kind::OAuthToken : Credentials::Kind::ApiKey;
    credentials.secret = m_secret->text().trimmed();
    QString url = m_url->text().trimmed();
    if (!url.isEmpty() && !url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    credentials.baseUrl = QUrl(url);
    return credentials;
}

void ConnectDialog::updateState()
{
    const bool token = m_token->isChecked();
    m_secretLabel->setText(token ? tr("Access &token:") : tr("API &key:"));
    m_secret->setAccessibleName(token ? tr("OAuth access token") : tr("API key"));
    m_secret->setPlaceholderText(token ? tr("The OAuth access token") : tr("api_…"));
    const Credentials c = credentials();
    const QString refused = c.baseUrl.isValid() && !c.baseUrl.isEmpty()
        ? (m_addresses.whyRefused ? m_addresses.whyRefused(c.baseUrl) : QString())
        : tr("Enter the API's URL, for example %1").arg(m_addresses.defaultUrl.toString());
    m_urlProblem->setText(refused);
    m_urlProblem->setVisible(!refused.isEmpty());
    const bool ready = refused.isEmpty() && !c.secret.isEmpty() && !m_testing;
    m_test->setEnabled(ready);
    m_connect->setEnabled(ready);
}

void ConnectDialog::startTest(bool thenAccept)
{
    m_acceptWhenOk = thenAccept;
    m_result->setStyleSheet({});
    m_result->setText(tr("Asking Close who this key belongs to…"));
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
        m_result->setStyleSheet(Appearance::errorText());
        m_result->setText(error.message + QLatin1Char(' ') + error.advice());
        return;
    }
    m_result->setStyleSheet(Appearance::okText());
    m_result->setText(organization.isEmpty()
                          ? tr("Connected as %1.").arg(user)
                          : tr("Connected as %1 of %2.").arg(user, organization));
    if (m_acceptWhenOk) {
        m_choice = Choice::Account;
        accept();
    }
}
