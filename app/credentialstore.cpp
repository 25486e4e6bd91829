#include "credentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <qt6keychain/keychain.h>

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "draftbox.credentials", QtInfoMsg)

const QString kindKey = QStringLiteral("connection/kind");
const QString urlKey = QStringLiteral("connection/baseUrl");
const QString rememberedKey = QStringLiteral("connection/inKeyring");

QString kindName(Credentials::Kind kind)
{
    return kind == Credentials::Kind::OAuthToken ? QStringLiteral("oauth")
                                                 : QStringLiteral("apikey");
}

// Jobs have no parent: libsecret calls back into a job even after its requester is gone, so a
// job lives until it finished and deletes itself; the connections end with the store.
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{ }

QString CredentialStore::keyringService()
{
    // "Draftbox" in the app; each test program keeps to its own entries.
    return QCoreApplication::applicationName();
}

QString CredentialStore::keyringKey()
{
    return QStringLiteral("close-api-credential");
}

QUrl CredentialStore::rememberedUrl()
{
    QSettings settings;
    const QUrl url = settings.value(urlKey).toUrl();
    return settings.value(rememberedKey).toBool() && url.isValid() ? url : QUrl();
}

void CredentialStore::load()
{
    QSettings settings;
    Credentials credentials;
    credentials.kind = settings.value(kindKey).toString() == QLatin1String("oauth")
        ? Credentials::Kind::OAuthToken
        : Credentials::Kind::ApiKey;
    credentials.baseUrl = settings.value(urlKey).toUrl();
    if (!settings.value(rememberedKey).toBool() || !credentials.baseUrl.isValid()) {
        emit loaded(m_current); // nothing in the keyring; one kept in memory this run counts
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(keyringService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyringKey());
    connect(job, &QKeychain::Job::finished, this, [this, job, credentials](QKeychain::Job *) {
        Credentials read = credentials;
        if (job->error() == QKeychain::NoError) {
            read.secret = job->textData();
            m_inKeyring = true;
        }
        m_current = read.isValid() ? read : m_current;
        emit loaded(m_current);
    });
    job->start();
}

void CredentialStore::save(const Credentials &credentials)
{
    m_current = credentials;
    m_inKeyring = false;
    QSettings settings;
    settings.setValue(kindKey, kindName(credentials.kind));
    settings.setValue(urlKey, credentials.baseUrl);
    settings.setValue(rememberedKey, false);
    settings.sync();

    auto *job = new QKeychain::WritePasswordJob(keyringService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(keyringKey());
    job->setTextData(credentials.secret);
    connect(job, &QKeychain::Job::finished, this, [this, job](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError) {
            m_inKeyring = true;
            QSettings settings;
            settings.setValue(rememberedKey, true);
            emit saved(true, tr("Saved in the system keyring."));
            return;
        }
        // QtKeychain's reason names D-Bus services and object paths: for whoever debugs it,
        // not for the status bar.
        qCInfo(lcCredentials) << "keyring not reached:" << job->errorString();
        emit saved(false,
                   tr("Draftbox could not reach the system keyring, so the key is kept for this "
                      "session only."));
    });
    job->start();
}

void CredentialStore::forget()
{
    m_current = {};
    m_inKeyring = false;
    QSettings settings;
    settings.remove(QStringLiteral("connection"));
    auto *job = new QKeychain::DeletePasswordJob(keyringService());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keyringKey());
    job->start();
}
