// "Test connection" on the app's one client: GET /me/ with another account's URL and key for
// that call only. Two sandboxes on loopback with different keys stand for the account in use
// and the one being tried, so an answer proves which URL went with which key.
#include "closeclient.h"
#include "connectionprobe.h"
#include "connectionstate.h"
#include "errorlogmodel.h"
#include "sandboxfixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QString ownKey = u"api_OwnAccountKey.1"_s;
const QString otherKey = u"api_0therAccountKeyTried.2"_s;

QMutex logMutex;
QStringList logged;

void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logged << message;
}

SandboxConfig withKey(const QString &key)
{
    SandboxConfig config;
    config.seedCount = 3;
    config.rateLimit = 0;
    config.apiKey = key;
    return config;
}

} // namespace

class tst_ConnectionProbe : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void triesAnotherAccount();
    void refusedKeyIsNotTheAccountInUse();
    void triedOnceWithoutRetries();
    void insecureUrlIsRefusedBeforeSending();
    void emptyKeyAsksForOne();
    void keyIsNeverLogged();

private:
    Credentials other(const QString &key) const
    {
        Credentials credentials;
        credentials.secret = key;
        credentials.baseUrl = m_other->server->baseUrl();
        return credentials;
    }
    //! Runs a test and returns finished()'s arguments.
    QList<QVariant> test(ConnectionProbe &probe, const Credentials &credentials);
    //! The account in use still works: its own URL with its own key.
    bool ownAccountAnswers();

    std::unique_ptr<SandboxFixture> m_own;
    std::unique_ptr<SandboxFixture> m_other;
};

void tst_ConnectionProbe::init()
{
    m_own = std::make_unique<SandboxFixture>(withKey(ownKey));
    m_other = std::make_unique<SandboxFixture>(withKey(otherKey));
    QVERIFY(m_own->ok() && m_other->ok());
    QVERIFY(m_own->server->baseUrl() != m_other->server->baseUrl());
}

void tst_ConnectionProbe::cleanup()
{
    m_own.reset();
    m_other.reset();
}

QList<QVariant> tst_ConnectionProbe::test(ConnectionProbe &probe, const Credentials &credentials)
{
    QSignalSpy finished(&probe, &ConnectionProbe::finished);
    probe.test(credentials);
    if (!finished.wait(10000) || finished.size() != 1)
        return {};
    return finished.first();
}

bool tst_ConnectionProbe::ownAccountAnswers()
{
    CloseCall *call = m_own->client->me();
    QSignalSpy finished(call, &CloseCall::finished);
    return finished.wait(10000) && finished.first().at(0).value<ApiResult>().ok();
}

void tst_ConnectionProbe::triesAnotherAccount()
{
    CloseClient *client = m_own->client.get();
    QSignalSpy reported(client, &CloseClient::callFinished);
    ConnectionProbe probe(client);

    const QList<QVariant> answer = test(probe, other(otherKey));
    QVERIFY(!answer.isEmpty());
    QVERIFY2(answer.at(0).toBool(), qPrintable(answer.at(3).value<ApiError>().message));
    QCOMPARE(answer.at(1).toString(), u"Avery Quinn"_s);
    QCOMPARE(answer.at(2).toString(), u"Northwind Sales (sandbox)"_s);

    // The client still points at its own account, and its own key still opens it.
    QCOMPARE(client->baseUrl(), m_own->server->baseUrl());
    QVERIFY(client->hasCredentials());
    QVERIFY(reported.isEmpty()); // the test is not one of the account's calls
    QVERIFY(ownAccountAnswers());
    QCOMPARE(reported.size(), 1);
}

void tst_ConnectionProbe::refusedKeyIsNotTheAccountInUse()
{
    CloseClient *client = m_own->client.get();
    ErrorLogModel log;
    log.attach(client);
    ConnectionState connection(client);
    QVERIFY(ownAccountAnswers());
    QTRY_COMPARE(connection.state(), ConnectionState::State::Online);
    ConnectionProbe probe(client);

    // The account in use's key is wrong on the other server, and a wrong key is wrong anywhere.
    for (const QString &key : {ownKey, u"api_wrong"_s}) {
        const QList<QVariant> answer = test(probe, other(key));
        QVERIFY(!answer.isEmpty());
        QVERIFY(!answer.at(0).toBool());
        QCOMPARE(answer.at(3).value<ApiError>().category, ApiError::Category::Unauthorized);
    }
    // Nothing of it reaches the Problems panel or the status bar: the account in use is fine.
    QCOMPARE(log.rowCount(), 0);
    QCOMPARE(connection.state(), ConnectionState::State::Online);
    QCOMPARE(client->baseUrl(), m_own->server->baseUrl());
    QVERIFY(ownAccountAnswers());
}

void tst_ConnectionProbe::triedOnceWithoutRetries()
{
    // The client retries its own reads on 503 (three times with this policy); the rep waiting
    // on a test wants the first answer.
    QVERIFY(m_other->queueFaults({u"503"_s, u"503"_s, u"503"_s, u"503"_s}));
    QVERIFY(m_own->client->policy().maxTransientRetries > 0);
    CloseCall *call = m_own->client->me(other(otherKey));
    QSignalSpy finished(call, &CloseCall::finished);
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().at(0).value<ApiResult>();
    QCOMPARE(result.error.httpStatus, 503);
    QCOMPARE(result.attempts, 1);
}

void tst_ConnectionProbe::insecureUrlIsRefusedBeforeSending()
{
    ConnectionProbe probe(m_own->client.get());
    Credentials insecure = other(otherKey);
    insecure.baseUrl = QUrl(u"http://api.close.example/api/v1/"_s);
    const QList<QVariant> answer = test(probe, insecure);
    QVERIFY(!answer.isEmpty());
    QVERIFY(!answer.at(0).toBool());
    const auto error = answer.at(3).value<ApiError>();
    QCOMPARE(error.category, ApiError::Category::Insecure);
    QVERIFY2(error.message.contains("https://"_L1), qPrintable(error.message));
    QVERIFY(!error.message.contains(otherKey));
    QCOMPARE(m_own->client->baseUrl(), m_own->server->baseUrl());
}

void tst_ConnectionProbe::emptyKeyAsksForOne()
{
    ConnectionProbe probe(m_own->client.get());
    const QList<QVariant> answer = test(probe, other(QString()));
    QVERIFY(!answer.isEmpty());
    QVERIFY(!answer.at(0).toBool());
    QCOMPARE(answer.at(3).value<ApiError>().category, ApiError::Category::Unauthorized);
    QVERIFY(ownAccountAnswers());
}

void tst_ConnectionProbe::keyIsNeverLogged()
{
    logged.clear();
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(keepMessage);
    ConnectionProbe probe(m_own->client.get());
    const QList<QVariant> wrong = test(probe, other(otherKey + u"x"_s));
    const QList<QVariant> right = test(probe, other(otherKey));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!wrong.isEmpty() && !right.isEmpty());
    QVERIFY(right.at(0).toBool());

    const QString encoded = QString::fromLatin1(QString(otherKey + u":"_s).toUtf8().toBase64());
    QMutexLocker lock(&logMutex);
    QVERIFY2(!logged.isEmpty(), "debug output was on: something should have been said");
    for (const QString &message : std::as_const(logged)) {
        QVERIFY2(!message.contains(otherKey), qPrintable(message));
        QVERIFY2(!message.contains(encoded), qPrintable(message));
    }
}

QTEST_GUILESS_MAIN(tst_ConnectionProbe)
#include "tst_connectionprobe.moc"
