// The API key is kept in the system keyring and nowhere else on disk. Run twice by CTest: with
// the session's unlocked keyring, and with no D-Bus at all, where it lives in memory only.
#include "credentialstore.h"
#include "userfolders.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_CredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void savesAndLoads();
    void secretNeverOnDisk();
    void forgetForgets();

private:
    static Credentials sample();
    static bool expectKeyring()
    {
        return qEnvironmentVariable("DRAFTBOX_EXPECT_KEYRING") != "0"_L1;
    }
    Credentials save(CredentialStore &store, bool *inKeyring, QString *message);
    Credentials loadFresh();

    QTemporaryDir m_home;
};

void tst_CredentialStore::initTestCase()
{
    // Settings and data of this run go to a folder of its own, to be searched for the key.
    QVERIFY(isolateUserFolders(m_home, u"tst_credentialstore"_s));
}

void tst_CredentialStore::init()
{
    CredentialStore store;
    store.forget();
    QTest::qWait(50);
}

Credentials tst_CredentialStore::sample()
{
    Credentials c;
    c.kind = Credentials::Kind::ApiKey;
    c.secret = u"api_4Rk9TestSecretNeverOnDisk.7qZ"_s;
    c.baseUrl = QUrl(u"https://api.close.com/api/v1/"_s);
    return c;
}

Credentials tst_CredentialStore::save(CredentialStore &store, bool *inKeyring, QString *message)
{
    QSignalSpy saved(&store, &CredentialStore::saved);
    store.save(sample());
    if (!saved.wait(20000))
        return {};
    *inKeyring = saved.first().at(0).toBool();
    *message = saved.first().at(1).toString();
    return store.current();
}

Credentials tst_CredentialStore::loadFresh()
{
    CredentialStore store;
    QSignalSpy loaded(&store, &CredentialStore::loaded);
    store.load();
    if (loaded.isEmpty() && !loaded.wait(20000))
        return {};
    return loaded.first().at(0).value<Credentials>();
}

void tst_CredentialStore::savesAndLoads()
{
    CredentialStore store;
    bool inKeyring = false;
    QString message;
    const Credentials current = save(store, &inKeyring, &message);
    QCOMPARE(current.secret, sample().secret); // usable in memory either way
    QCOMPARE(inKeyring, expectKeyring());
    QCOMPARE(store.isInKeyring(), expectKeyring());
    const Credentials next = loadFresh(); // as at the next start
    if (expectKeyring()) {
        QCOMPARE(next.secret, sample().secret);
        QCOMPARE(next.baseUrl, sample().baseUrl);
        QCOMPARE(next.kind, Credentials::Kind::ApiKey);
    } else {
        // Said for a rep: no D-Bus service or object path (QtKeychain's reason) in it.
        QCOMPARE(message,
                 u"Draftbox could not reach the system keyring, so the key is kept for this "
                 "session only."_s);
        QVERIFY(!next.isValid()); // nothing came back from a keyring that never had it
    }
}

void tst_CredentialStore::secretNeverOnDisk()
{
    CredentialStore store;
    bool inKeyring = false;
    QString message;
    save(store, &inKeyring, &message);
    QSettings().sync();
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        QVERIFY2(!content.contains(sample().secret.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(sample().secret.toUtf8().toBase64()),
                 qPrintable(file.fileName()));
    }
    QVERIFY(files > 0); // the settings (kind and URL) were written, and searched
    QCOMPARE(QSettings().value(u"connection/baseUrl"_s).toUrl(), sample().baseUrl);
}

void tst_CredentialStore::forgetForgets()
{
    CredentialStore store;
    bool inKeyring = false;
    QString message;
    save(store, &inKeyring, &message);
    store.forget();
    QVERIFY(!store.current().isValid());
    QTest::qWait(200);
    QVERIFY(!loadFresh().isValid());
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
