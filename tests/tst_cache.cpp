// The local cache: made owner-only, migrated from the first schema with its rows, a damaged one
// moved aside and rebuilt without touching the journal, and the SMS list opening on it: at once,
// with no request to list them, and with no network at all.
#include "activitycache.h"
#include "closecall.h"
#include "editjournal.h"
#include "sandboxfixture.h"
#include "smssync.h"
#include "smstablemodel.h"
#include "userfolders.h"
#include "whatsapptablemodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Cache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void aNewCacheIsOwnerOnlyAndCurrent();
    void theFirstSchemaIsMigratedWithItsRows();
    void aDamagedCacheIsMovedAsideAndTheJournalKept();
    void aCacheFromANewerDraftboxIsMovedAside();
    void theListOpensOnTheCacheWithoutListing();
    void theListOpensOnTheCacheWithNoNetwork();
    void bothListsOpenOnOneCacheAtOnce();
    void savesAndDeletesReachTheCache();
    void anIncompleteListingIsListedAgain();
    void theKeyIsNeverInTheCache();
    void aDeepListIsWindowedOnDateCreated_data();
    void aDeepListIsWindowedOnDateCreated();

private:
    QString cachePath() const { return m_dir.filePath(u"cache.sqlite"_s); }
    //! Lists every SMS (or WhatsApp message) into a model over `cache`; the number listed.
    template<typename Model = SmsTableModel>
    int listAll(SandboxFixture &sandbox, ActivityCache *cache);

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void tst_Cache::initTestCase()
{
    QVERIFY(isolateUserFolders(m_home, u"tst_cache"_s));
}

void tst_Cache::init()
{
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
        QFile::remove(m_dir.filePath(name));
}

template<typename Model>
int tst_Cache::listAll(SandboxFixture &sandbox, ActivityCache *cache)
{
    Model model(sandbox.client.get());
    model.sync()->setCache(cache);
    QSignalSpy listed(model.sync(), &ActivitySync::listed);
    model.reload();
    while (!model.sync()->isListed()) {
        if (!QTest::qWaitFor([&] { return !model.isLoading(); }, 10000))
            return -1;
        if (model.sync()->isListed() || !model.canFetchMore({}))
            break;
        model.fetchMore({});
    }
    return model.sync()->isListed() && listed.count() == 1 ? model.rowCount() : -1;
}

void tst_Cache::aNewCacheIsOwnerOnlyAndCurrent()
{
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QVERIFY(cache.notice().isEmpty());
    cache.put(u"sms"_s, {QJsonObject {{u"id"_s, u"acti_1"_s}}});
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    // The database and its write-ahead log alike.
    for (const QString &file : QDir(m_dir.path()).entryList(QDir::Files)) {
        const QFileDevice::Permissions permissions = QFile::permissions(m_dir.filePath(file));
        QVERIFY2(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 qPrintable(file));
        QVERIFY2(!(permissions & others), qPrintable(file));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-new"_s);
    db.setDatabaseName(cachePath());
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), ActivityCache::schemaVersion);
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"check-new"_s);
    QVERIFY(ActivityCache::pathFor(u"https://api.close.com/api/v1/"_s).endsWith(u".sqlite"_s));
    QVERIFY(ActivityCache::pathFor(u"a"_s) != ActivityCache::pathFor(u"b"_s));
}

void tst_Cache::theFirstSchemaIsMigratedWithItsRows()
{
    {
        // The first schema: copies without their dates beside them, a sync point per kind.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE activity (kind TEXT NOT NULL, id TEXT NOT NULL, "
                           "body TEXT NOT NULL, PRIMARY KEY (kind, id))"_s));
        QVERIFY(query.exec(u"CREATE TABLE sync (kind TEXT PRIMARY KEY, synced_to TEXT)"_s));
        for (const auto &[id, created] :
             {std::pair {"acti_old", "2026-11-01T10:00:00.000000+00:00"},
              std::pair {"acti_new", "2026-11-20T10:00:00.000000+00:00"}}) {
            query.prepare(u"INSERT INTO activity VALUES ('sms', ?, ?)"_s);
            query.addBindValue(QString::fromLatin1(id));
            query.addBindValue(
                QJsonDocument(QJsonObject {{u"id"_s, QString::fromLatin1(id)},
                                           {u"date_created"_s, QString::fromLatin1(created)},
                                           {u"text"_s, u"kept"_s}})
                    .toJson(QJsonDocument::Compact));
            QVERIFY(query.exec());
        }
        QVERIFY(query.exec(u"INSERT INTO sync VALUES ('sms', '2026-11-30T09:00:00.000Z')"_s));
        QVERIFY(query.exec(u"PRAGMA user_version = 1"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QVERIFY2(cache.notice().isEmpty(), qPrintable(cache.notice()));
    QVERIFY(cache.movedAsideTo().isEmpty());
    QCOMPARE(cache.count(u"sms"_s), 2);
    const QList<QJsonObject> latest = cache.latest(u"sms"_s, 10);
    QCOMPARE(latest.size(), 2);
    QCOMPARE(latest.at(0).value("id"_L1).toString(), u"acti_new"_s); // by the migrated dates
    QCOMPARE(latest.at(1).value("text"_L1).toString(), u"kept"_s);
    const ActivityCache::SyncPoint point = cache.syncPoint(u"sms"_s);
    QVERIFY(point.complete);
    QCOMPARE(point.syncedTo, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
}

void tst_Cache::aDamagedCacheIsMovedAsideAndTheJournalKept()
{
    const QByteArray garbage = QByteArray("not a database, a torn write: ").repeated(200);
    {
        QFile file(cachePath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    EditJournal journal(m_dir.filePath(u"journal.json"_s));
    EditJournal::Entry entry;
    entry.pending.insert(u"text"_s, u"my words"_s);
    journal.put(u"sms"_s, u"acti_1"_s, entry);
    journal.flush();
    QFile journalFile(journal.path());
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    const QByteArray journalBytes = journalFile.readAll();
    journalFile.close();
    QVERIFY(journalBytes.contains("my words"));

    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QVERIFY(!cache.notice().isEmpty());
    QVERIFY2(cache.notice().contains(u"moved"_s), qPrintable(cache.notice()));
    QVERIFY(!cache.movedAsideTo().isEmpty());
    QVERIFY(cache.notice().contains(QDir::toNativeSeparators(cache.movedAsideTo())));
    QFile aside(cache.movedAsideTo());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), garbage); // kept as it was, for whoever wants to look
    // The new one works, and the journal is as it was.
    cache.put(u"sms"_s, {QJsonObject {{u"id"_s, u"acti_2"_s}}});
    QCOMPARE(cache.count(u"sms"_s), 1);
    QVERIFY(journalFile.open(QIODevice::ReadOnly));
    QCOMPARE(journalFile.readAll(), journalBytes);

    // A second damaged one goes aside under another name: nothing is overwritten.
    ActivityCache second(m_dir.filePath(u"other.sqlite"_s));
    {
        QFile file(second.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
    }
    QFile::copy(second.path(), cache.movedAsideTo().replace(u"cache.sqlite"_s, u"other.sqlite"_s));
    QVERIFY(second.open());
    QVERIFY(QFile::exists(second.movedAsideTo()));
    QVERIFY(second.movedAsideTo()
            != cache.movedAsideTo().replace(u"cache.sqlite"_s, u"other.sqlite"_s));
}

void tst_Cache::aCacheFromANewerDraftboxIsMovedAside()
{
    {
        ActivityCache cache(cachePath());
        QVERIFY(cache.open());
        cache.put(u"sms"_s, {QJsonObject {{u"id"_s, u"acti_1"_s}}});
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(cachePath());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"PRAGMA user_version = 99"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QVERIFY2(cache.notice().contains(u"newer Draftbox"_s), qPrintable(cache.notice()));
    QVERIFY(QFile::exists(cache.movedAsideTo()));
    QCOMPARE(cache.count(u"sms"_s), 0);
}

void tst_Cache::theListOpensOnTheCacheWithoutListing()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.ok());
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QCOMPARE(listAll(sandbox, &cache), 250);
    QCOMPARE(cache.count(u"sms"_s), 250);
    QVERIFY(cache.syncPoint(u"sms"_s).complete);

    QStringList asked;
    connect(sandbox.client.get(), &CloseClient::callFinished, this,
            [&](CloseCall *call, const ApiResult &) { asked << call->operation(); });
    SmsTableModel model(sandbox.client.get());
    model.sync()->setCache(&cache);
    model.reload();
    // The first screenful at once, before the event loop turns; the rest from a worker.
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.sync()->isFromCache());
    QTRY_VERIFY(model.sync()->isListed());
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.isLoading());
    QVERIFY(!model.canFetchMore({}));
    QTest::qWait(100);
    QVERIFY2(!asked.contains(u"Load SMS"_s), qPrintable(asked.join(u", "_s)));
    // The same SMS, latest first as the cache gives them.
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 250);
}

void tst_Cache::theListOpensOnTheCacheWithNoNetwork()
{
    auto sandbox = std::make_unique<SandboxFixture>(120);
    QVERIFY(sandbox->ok());
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QCOMPARE(listAll(*sandbox, &cache), 120);
    const QString someText = cache.latest(u"sms"_s, 1).value(0).value("text"_L1).toString();
    sandbox->server.reset(); // Close cannot be reached

    SmsTableModel model(sandbox->client.get());
    model.sync()->setCache(&cache);
    QSignalSpy failures(model.sync(), &ActivitySync::failed);
    model.reload();
    QTRY_VERIFY(model.sync()->isListed());
    QCOMPARE(model.rowCount(), 120);
    QCOMPARE(failures.count(), 0);
    bool found = false;
    for (int row = 0; row < model.rowCount() && !found; ++row)
        found = model.sync()->text(row, u"text"_s) == someText;
    QVERIFY(found);
}

void tst_Cache::bothListsOpenOnOneCacheAtOnce()
{
    // More than a screenful of each, so that both are read on workers, at the same time.
    SandboxFixture sandbox(1200);
    QVERIFY(sandbox.ok());
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    QCOMPARE(listAll(sandbox, &cache), 1200);
    QCOMPARE(listAll<WhatsAppTableModel>(sandbox, &cache), 1200);

    SmsTableModel sms(sandbox.client.get());
    WhatsAppTableModel whatsapp(sandbox.client.get());
    sms.sync()->setCache(&cache);
    whatsapp.sync()->setCache(&cache);
    sms.reload();
    // The other list emptied, then opened, while the SMS are still being read: neither ends
    // the other's reading.
    whatsapp.clear();
    whatsapp.reload();
    QCOMPARE(sms.rowCount(), 100);
    QCOMPARE(whatsapp.rowCount(), 100);
    QTRY_VERIFY(sms.sync()->isListed());
    QTRY_VERIFY(whatsapp.sync()->isListed());
    QCOMPARE(sms.rowCount(), 1200);
    QCOMPARE(whatsapp.rowCount(), 1200);
    QVERIFY(sms.sync()->isFromCache());
    QVERIFY(whatsapp.sync()->isFromCache());
}

void tst_Cache::savesAndDeletesReachTheCache()
{
    SandboxFixture sandbox(60);
    QVERIFY(sandbox.ok());
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    SmsTableModel model(sandbox.client.get());
    model.sync()->setCache(&cache);
    model.reload();
    QTRY_VERIFY(model.sync()->isListed());
    int draft = -1;
    for (int row = 0; row < model.rowCount() && draft < 0; ++row) {
        if (model.status(row) == "draft"_L1)
            draft = row;
    }
    QVERIFY(draft >= 0);
    const QString id = model.idAt(draft);
    QVERIFY(model.sync()->setField(draft, u"text"_s, u"Saved through the cache"_s));
    model.sync()->save(draft);
    QTRY_COMPARE(sandbox.sms(id).value("text"_L1).toString(), u"Saved through the cache"_s);
    const auto cachedText = [&] {
        for (const QJsonObject &copy : cache.latest(u"sms"_s, 1000)) {
            if (copy.value("id"_L1).toString() == id)
                return copy.value("text"_L1).toString();
        }
        return u"(gone)"_s;
    };
    QTRY_COMPARE(cachedText(), u"Saved through the cache"_s);
    model.sms()->deleteDraft(model.sync()->rowOf(id));
    QTRY_COMPARE(cachedText(), u"(gone)"_s);
    QCOMPARE(cache.count(u"sms"_s), 59);
}

void tst_Cache::anIncompleteListingIsListedAgain()
{
    SandboxFixture sandbox(250);
    QVERIFY(sandbox.ok());
    ActivityCache cache(cachePath());
    QVERIFY(cache.open());
    {
        SmsTableModel model(sandbox.client.get());
        model.sync()->setCache(&cache);
        model.reload();
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 100); // one page of three, then Draftbox quit
    }
    QCOMPARE(cache.count(u"sms"_s), 100);
    QVERIFY(!cache.syncPoint(u"sms"_s).complete);
    // Not the whole list: the next start lists from Close.
    QCOMPARE(listAll(sandbox, &cache), 250);
    QVERIFY(cache.syncPoint(u"sms"_s).complete);
}

void tst_Cache::theKeyIsNeverInTheCache()
{
    SandboxConfig config;
    config.seedCount = 60;
    config.apiKey = u"api_SecretKeyThatMustNotLandOnDisk123"_s;
    SandboxFixture sandbox(config);
    QVERIFY(sandbox.ok());
    {
        ActivityCache cache(cachePath());
        QVERIFY(cache.open());
        QCOMPARE(listAll(sandbox, &cache), 60);
    }
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("SecretKeyThatMustNotLandOnDisk"), qPrintable(name));
    }
}

void tst_Cache::aDeepListIsWindowedOnDateCreated_data()
{
    QTest::addColumn<int>("maxSkip");
    QTest::addColumn<int>("refusals");
    QTest::newRow("told the limit") << 150 << 0;
    QTest::newRow("finding it out") << 0 << 1;
}

void tst_Cache::aDeepListIsWindowedOnDateCreated()
{
    QFETCH(int, maxSkip);
    QFETCH(int, refusals);
    SandboxConfig config;
    config.seedCount = 520;
    config.maxSkip = 150; // Close refuses deeper pages
    SandboxFixture sandbox(config);
    QVERIFY(sandbox.ok());
    int refused = 0;
    connect(sandbox.client.get(), &CloseClient::callFinished, this,
            [&](CloseCall *, const ApiResult &result) {
                refused += result.error.fieldErrors.contains(u"_skip"_s) ? 1 : 0;
            });
    SmsTableModel model(sandbox.client.get());
    if (maxSkip > 0)
        model.sync()->setMaxSkip(maxSkip);
    QSignalSpy failures(model.sync(), &ActivitySync::failed);
    model.reload();
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!model.isLoading() && model.canFetchMore({}))
                model.fetchMore({});
            return model.sync()->isListed();
        },
        20000));
    QCOMPARE(model.rowCount(), 520);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 520); // each once, none missed at a window's edge
    QCOMPARE(refused, refusals);
    QCOMPARE(failures.count(), 0); // nothing for the rep to read
}

QTEST_GUILESS_MAIN(tst_Cache)
#include "tst_cache.moc"
