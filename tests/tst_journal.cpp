// The journal of unsaved edits and what rests on it, against the sandbox: edits on disk as they
// are made and gone once saved; brought back onto their rows by the next model (wherever the
// row is in the list); a send whose answer was lost re-read after a restart, never repeated;
// saving by itself once Close answers again; conflicts with someone else's change.
#include "closecall.h"
#include "closetime.h"
#include "connectionstate.h"
#include "editjournal.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Journal : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void editsReachTheDiskAndLeaveOnceSaved();
    void journalFileIsPrivate();
    void restoredOntoTheirRowsWhereverTheyAre();
    void restoredWhatsAppEdits();
    void lostSendIsRereadAfterRestartNotRepeated_data();
    void lostSendIsRereadAfterRestartNotRepeated();
    void goneActivityIsReportedWithTheEdit();
    void damagedJournalIsKeptAside();
    void everyDamagedJournalIsKeptUnderItsOwnName();
    void wrongTypedEditIsReportedNotSent_data();
    void wrongTypedEditIsReportedNotSent();
    void offlineEditsWaitAndSaveByThemselves();
    void conflictShowsBothAndTheRepChooses_data();
    void conflictShowsBothAndTheRepChooses();
    void otherFieldsChangedAreNoConflict();
    void sendStopsWhenCloseCopyChanged();

private:
    std::unique_ptr<SmsTableModel> newModel(EditJournal *journal);
    bool loadAll(ActivityTableModel *model);
    int draftRow(const SmsTableModel *model, int skip = 0) const;
    //! What the journal file on disk holds for an activity (read anew, as a restart would).
    QJsonObject onDisk(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_path;
};

void tst_Journal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"journal/edits.json"_s);
    m_sandbox = std::make_unique<SandboxFixture>(250);
    QVERIFY(m_sandbox->ok());
}

void tst_Journal::cleanup()
{
    m_sandbox.reset();
    m_dir.reset();
}

std::unique_ptr<SmsTableModel> tst_Journal::newModel(EditJournal *journal)
{
    auto model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    model->setLooksUpNames(false);
    model->setBackoff(50, 400);
    model->setJournal(journal);
    return model;
}

bool tst_Journal::loadAll(ActivityTableModel *model)
{
    if (!QTest::qWaitFor([&] { return !model->isLoading(); }, 10000))
        return false;
    while (model->canFetchMore({})) {
        model->fetchMore({});
        if (!QTest::qWaitFor([&] { return !model->isLoading(); }, 10000))
            return false;
    }
    return true;
}

int tst_Journal::draftRow(const SmsTableModel *model, int skip) const
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->status(row) == "draft"_L1 && !model->isDirty(row)
            && model->field(row, u"remote_country_iso"_s).toString() == "US"_L1 && skip-- == 0)
            return row;
    }
    return -1;
}

QJsonObject tst_Journal::onDisk(const QString &id) const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray entries
        = QJsonDocument::fromJson(file.readAll()).object().value("entries"_L1).toArray();
    for (const QJsonValue &entry : entries) {
        if (entry.toObject().value("id"_L1).toString() == id)
            return entry.toObject();
    }
    return {};
}

void tst_Journal::editsReachTheDiskAndLeaveOnceSaved()
{
    EditJournal journal(m_path);
    QVERIFY(journal.load().isEmpty());
    auto model = newModel(&journal);
    QAbstractItemModelTester tester(model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadAll(model.get()));
    const int row = draftRow(model.get());
    const QString id = model->idAt(row);
    const QString before = model->field(row, u"text"_s).toString();
    QVERIFY(model->setField(row, u"text"_s, u"Journaled before it is saved"_s));
    QVERIFY(EditJournal::defaultWriteDelayMs <= 250); // "within a quarter second"
    QTRY_COMPARE(onDisk(id).value("pending"_L1).toObject().value("text"_L1).toString(),
                 u"Journaled before it is saved"_s);
    // What the edit was made over is kept too: a later save compares Close's copy with it.
    QCOMPARE(onDisk(id).value("base"_L1).toObject().value("text"_L1).toString(), before);
    QVERIFY(onDisk(id).value("base"_L1).toObject().contains("date_updated"_L1));

    // An edit back to the server's value leaves nothing to journal.
    QVERIFY(model->setField(row, u"text"_s, before));
    QTRY_VERIFY(onDisk(id).isEmpty());

    QVERIFY(model->setField(row, u"text"_s, u"Saved for real"_s));
    QTRY_VERIFY(!onDisk(id).isEmpty());
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    model->save(model->rowOf(id));
    QVERIFY(saved.wait());
    QCOMPARE(m_sandbox->sms(id).value("text"_L1).toString(), u"Saved for real"_s);
    QTRY_VERIFY(onDisk(id).isEmpty());
    QCOMPARE(journal.size(), 0);
}

void tst_Journal::journalFileIsPrivate()
{
    EditJournal journal(m_path);
    auto model = newModel(&journal);
    QVERIFY(loadAll(model.get()));
    QVERIFY(model->setField(draftRow(model.get()), u"text"_s, u"Only mine to read"_s));
    QTRY_VERIFY(QFile::exists(m_path));
    QCOMPARE(QFile::permissions(m_path) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    // No group or other bits: the permissions are the owner's (and the user's) only.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;
    QCOMPARE(QFile::permissions(m_path) & others, QFile::Permissions());
}

void tst_Journal::restoredOntoTheirRowsWhereverTheyAre()
{
    QStringList ids;
    {
        EditJournal journal(m_path);
        auto model = newModel(&journal);
        QVERIFY(loadAll(model.get()));
        QCOMPARE(model->rowCount(), 250);
        // Drafts far apart: the last one is on the third page of a hundred.
        for (int skip : {0, 1}) {
            const int row = draftRow(model.get(), skip);
            ids << model->idAt(row);
        }
        for (int row = model->rowCount() - 1; row >= 0; --row) {
            if (model->status(row) == "draft"_L1) {
                ids << model->idAt(row);
                break;
            }
        }
        QVERIFY(model->rowOf(ids.last()) >= 200);
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(model->setField(model->rowOf(ids.at(i)), u"text"_s, u"Restored %1"_s.arg(i)));
        QVERIFY(model->setField(model->rowOf(ids.at(0)), u"remote_phone"_s, u"+14155550123"_s));
        // The model goes without a save, as in a quit; the journal is written on the way.
    }
    EditJournal journal(m_path);
    QVERIFY(journal.load().isEmpty());
    QCOMPARE(journal.size(), 3);
    auto model = newModel(&journal);
    QSignalSpy restored(model.get(), &ActivityTableModel::restored);
    model->fetchMore({}); // one page asked for, as a view would; the rest follow for the journal
    QTRY_COMPARE(model->restoresOutstanding(), 0);
    QVERIFY(model->rowCount() > 200);
    int count = 0;
    for (const QList<QVariant> &signal : restored)
        count += signal.at(0).toInt();
    QCOMPARE(count, 3);
    for (int i = 0; i < ids.size(); ++i) {
        const int row = model->rowOf(ids.at(i));
        QCOMPARE(model->field(row, u"text"_s).toString(), u"Restored %1"_s.arg(i));
        QVERIFY(model->isDirty(row));
        QVERIFY(model->data(model->index(row, 0), ActivityTableModel::RestoredRole).toBool());
        QVERIFY(m_sandbox->sms(ids.at(i)).value("text"_L1).toString() != u"Restored %1"_s.arg(i));
    }
    QCOMPARE(model->field(model->rowOf(ids.at(0)), u"remote_phone"_s).toString(),
             u"+14155550123"_s);
    // Saved now, they leave the journal and are no longer marked as restored.
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    for (const QString &id : ids)
        model->save(model->rowOf(id));
    QTRY_COMPARE(saved.size(), 3);
    for (int i = 0; i < ids.size(); ++i) {
        QCOMPARE(m_sandbox->sms(ids.at(i)).value("text"_L1).toString(), u"Restored %1"_s.arg(i));
        QVERIFY(!model->isRestored(model->rowOf(ids.at(i))));
    }
    QTRY_COMPARE(journal.size(), 0);
    QTRY_VERIFY(onDisk(ids.at(0)).isEmpty());
}

void tst_Journal::restoredWhatsAppEdits()
{
    QString id;
    {
        EditJournal journal(m_path);
        WhatsAppTableModel model(m_sandbox->client.get());
        model.setJournal(&journal);
        QVERIFY(loadAll(&model));
        id = model.idAt(3);
        QVERIFY(model.setField(3, u"message_markdown"_s, u"*Kept* through a restart"_s));
    }
    EditJournal journal(m_path);
    QVERIFY(journal.load().isEmpty());
    // SMS and WhatsApp entries stay apart.
    QCOMPARE(journal.entries(u"sms"_s).size(), 0);
    QCOMPARE(journal.entries(u"whatsapp"_s).size(), 1);
    WhatsAppTableModel model(m_sandbox->client.get());
    model.setJournal(&journal);
    QVERIFY(loadAll(&model));
    const int row = model.rowOf(id);
    QCOMPARE(model.field(row, u"message_markdown"_s).toString(), u"*Kept* through a restart"_s);
    QVERIFY(model.isRestored(row));
}

void tst_Journal::lostSendIsRereadAfterRestartNotRepeated_data()
{
    QTest::addColumn<QString>("sendFault");
    QTest::addColumn<bool>("wentOut");
    // The send is carried out but its answer dropped, or dropped before Close saw it; either way
    // the re-read that would tell fails too, so only a later start can find out.
    QTest::newRow("carried out") << u"drop-after"_s << true;
    QTest::newRow("never arrived") << u"drop-before"_s << false;
}

void tst_Journal::lostSendIsRereadAfterRestartNotRepeated()
{
    QFETCH(QString, sendFault);
    QFETCH(bool, wentOut);
    QString id;
    {
        EditJournal journal(m_path);
        auto model = newModel(&journal);
        QVERIFY(loadAll(model.get()));
        const int row = draftRow(model.get());
        id = model->idAt(row);
        QVERIFY(model->setField(row, u"text"_s, u"Sent at most once"_s));
        // The check of Close's copy passes; the send's answer is lost; so is the re-read.
        QVERIFY(m_sandbox->queueFaults({u"none"_s, sendFault, u"500"_s}));
        QSignalSpy failed(model.get(), &ActivityTableModel::failed);
        model->send(row);
        QVERIFY(failed.wait());
        const int at = model->rowOf(id);
        QVERIFY(model->isUnconfirmed(at));
        QVERIFY(!model->canSend(at)); // nothing to press: it is not sent twice by hand either
        QVERIFY(!model->setField(at, u"text"_s, u"Changed while unknown"_s));
        // On disk before anyone could kill the app: the send was asked for.
        QCOMPARE(onDisk(id).value("intent"_L1).toObject().value("status"_L1).toString(),
                 u"outbox"_s);
        model->setBackoff(600000, 600000); // no second look in this run: the app "crashes"
    }
    QCOMPARE(m_sandbox->sends(id), wentOut ? 1 : 0);

    EditJournal journal(m_path);
    QVERIFY(journal.load().isEmpty());
    auto model = newModel(&journal);
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    model->fetchMore({});
    QTRY_COMPARE(model->restoresOutstanding(), 0);
    const int row = model->rowOf(id);
    QTRY_VERIFY(!model->isUnconfirmed(row));
    QTRY_COMPARE(journal.size(), wentOut ? 0 : 1);
    if (wentOut) {
        QVERIFY(model->status(row) == "outbox"_L1 || model->status(row) == "sent"_L1);
        QVERIFY(!model->isDirty(row));
        QCOMPARE(saved.size(), 1);
    } else {
        QCOMPARE(model->status(row), u"draft"_s);
        QCOMPARE(model->field(row, u"text"_s).toString(), u"Sent at most once"_s); // kept
        QVERIFY(model->data(model->index(row, 0), ActivityTableModel::RowErrorRole)
                    .toString()
                    .contains("Not sent"_L1));
        QVERIFY(model->canSend(row)); // the rep decides
    }
    QTest::qWait(200);
    QCOMPARE(m_sandbox->sends(id), wentOut ? 1 : 0);
}

void tst_Journal::goneActivityIsReportedWithTheEdit()
{
    QString id;
    {
        EditJournal journal(m_path);
        auto model = newModel(&journal);
        QVERIFY(loadAll(model.get()));
        const int row = draftRow(model.get());
        id = model->idAt(row);
        QVERIFY(model->setField(row, u"text"_s, u"Words worth keeping"_s));
    }
    QCOMPARE(m_sandbox->http->del(u"activity/sms/%1/"_s.arg(id)).status, 200);
    EditJournal journal(m_path);
    QVERIFY(journal.load().isEmpty());
    auto model = newModel(&journal);
    QSignalSpy lost(model.get(), &ActivityTableModel::restoreLost);
    model->fetchMore({});
    QVERIFY(lost.wait());
    QCOMPARE(lost.at(0).at(0).toString(), id);
    QVERIFY(lost.at(0).at(1).toString().contains("Words worth keeping"_L1));
    // Kept until the rep has them (copied from the Problems panel): see tst_eventsync.
    QCOMPARE(journal.size(), 1);
    model->sync()->forgetLostEdits(id);
    QCOMPARE(journal.size(), 0);
}

void tst_Journal::damagedJournalIsKeptAside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"entries\": [{\"kind\": \"sms\", \"id\": \"acti_");
    file.close();
    EditJournal journal(m_path);
    const QString why = journal.load();
    QVERIFY(why.contains("damaged"_L1));
    QCOMPARE(journal.size(), 0);
    QVERIFY(!QFile::exists(m_path));
    // Nothing thrown away, and the rep is told where it went.
    const QStringList aside
        = QDir(QFileInfo(m_path).absolutePath()).entryList({u"*.unreadable"_s}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(why.contains(
                 QDir::toNativeSeparators(QFileInfo(m_path).absolutePath() + u'/' + aside.first())),
             qPrintable(why));
}

void tst_Journal::everyDamagedJournalIsKeptUnderItsOwnName()
{
    // Damaged twice (a start after each): the second must not take the first one's place.
    const QDir folder = QFileInfo(m_path).absoluteDir();
    QVERIFY(QDir().mkpath(folder.absolutePath()));
    QStringList told;
    const QList<QByteArray> damaged {"{\"version\": 1, \"entries\": [", "first words lost?",
                                     "{\"version\": 99}"};
    for (const QByteArray &content : damaged) {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        EditJournal journal(m_path);
        told << journal.load();
        QVERIFY(!told.last().isEmpty());
    }
    const QStringList aside = folder.entryList({u"*.unreadable"_s}, QDir::Files, QDir::Time);
    QCOMPARE(aside.size(), damaged.size());
    QSet<QByteArray> kept;
    for (const QString &name : aside) {
        QFile file(folder.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        kept.insert(file.readAll());
        // Each problem named its own file.
        const QString path = QDir::toNativeSeparators(folder.filePath(name));
        QCOMPARE(std::count_if(told.cbegin(), told.cend(),
                               [&](const QString &why) { return why.contains(path); }),
                 1);
    }
    QCOMPARE(kept, QSet<QByteArray>(damaged.cbegin(), damaged.cend()));
}

void tst_Journal::wrongTypedEditIsReportedNotSent_data()
{
    QTest::addColumn<QJsonObject>("pending");
    QTest::addColumn<QString>("keptText"); // what the message shows afterwards; empty: Close's
    QTest::addColumn<QString>("damaged"); // the value the problem quotes
    // A journal from an older or damaged build: a field holds a value of the wrong type.
    QTest::newRow("text a number") << QJsonObject {{u"text"_s, 5}} << QString() << u"5"_s;
    QTest::newRow("number a list")
        << QJsonObject {{u"text"_s, u"Words that stay"_s},
                        {u"remote_phone"_s, QJsonArray {u"+14155550123"_s}}}
        << u"Words that stay"_s << u"+14155550123"_s;
    QTest::newRow("date a bool") << QJsonObject {{u"activity_at"_s, true}} << QString()
                                 << u"true"_s;
}

void tst_Journal::wrongTypedEditIsReportedNotSent()
{
    QFETCH(QJsonObject, pending);
    QFETCH(QString, keptText);
    QFETCH(QString, damaged);
    QString id;
    QJsonObject before;
    {
        EditJournal journal(m_path);
        auto model = newModel(&journal);
        QVERIFY(loadAll(model.get()));
        id = model->idAt(draftRow(model.get()));
        before = m_sandbox->sms(id);
        EditJournal::Entry entry;
        entry.pending = pending;
        entry.base = {{u"date_updated"_s, before.value("date_updated"_L1)}};
        journal.put(u"sms"_s, id, entry);
        QVERIFY(journal.flush());
    }
    EditJournal journal(m_path);
    QVERIFY(journal.load().isEmpty());
    auto model = newModel(&journal);
    QStringList puts;
    connect(m_sandbox->client.get(), &CloseClient::callFinished, this,
            [&puts](CloseCall *call, const ApiResult &) {
                if (call->operation().contains("Save"_L1))
                    puts << call->operation();
            });
    QSignalSpy damagedSpy(model.get(), &ActivityTableModel::restoreDamaged);
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    QVERIFY(loadAll(model.get()));
    QTRY_COMPARE(model->restoresOutstanding(), 0);
    // The rep is told, with the value, so nothing typed is lost without a word.
    QCOMPARE(damagedSpy.size(), 1);
    QCOMPARE(damagedSpy.at(0).at(0).toString(), id);
    QVERIFY2(damagedSpy.at(0).at(1).toString().contains(damaged),
             qPrintable(damagedSpy.at(0).at(1).toString()));
    const int row = model->rowOf(id);
    QCOMPARE(model->isDirty(row), !keptText.isEmpty());
    QCOMPARE(model->field(row, u"text"_s).toString(),
             keptText.isEmpty() ? before.value("text"_L1).toString() : keptText);

    // The rep presses Save: what could be read goes, nothing else, and never an empty PUT.
    model->save(row);
    if (keptText.isEmpty()) {
        // Nothing readable is pending: the save asks nothing of Close, not even its copy.
        QVERIFY(!model->data(model->index(row, 0), ActivityTableModel::BusyRole).toBool());
        // And to be sure no request of it is on its way: one of ours is answered after it.
        bool answered = false;
        CloseCall *probe = m_sandbox->client->getSms(id);
        connect(probe, &CloseCall::finished, this, [&answered] { answered = true; });
        QTRY_VERIFY(answered);
        QVERIFY(puts.isEmpty());
        QCOMPARE(saved.size(), 0);
        QCOMPARE(m_sandbox->sms(id).value("date_updated"_L1), before.value("date_updated"_L1));
    } else {
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(puts.size(), 1);
        QCOMPARE(m_sandbox->sms(id).value("text"_L1).toString(), keptText);
        QCOMPARE(m_sandbox->sms(id).value("remote_phone"_L1), before.value("remote_phone"_L1));
    }
    QCOMPARE(m_sandbox->sends(id), 0);
}

void tst_Journal::offlineEditsWaitAndSaveByThemselves()
{
    EditJournal journal(m_path);
    auto model = newModel(&journal);
    QVERIFY(loadAll(model.get()));
    const QString first = model->idAt(draftRow(model.get(), 0));
    const QString second = model->idAt(draftRow(model.get(), 1));
    // Close cannot be reached: a port nobody listens on.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QUrl nowhere(u"http://127.0.0.1:%1/api/v1/"_s.arg(closed.serverPort()));
    closed.close();
    const QUrl close = m_sandbox->client->baseUrl();
    QVERIFY(m_sandbox->client->setBaseUrl(nowhere).isEmpty());

    // Whether Draftbox is online is ConnectionState's to say (it was the model's own flag).
    ConnectionState connection(m_sandbox->client.get());
    connection.watch(model->retryQueue());
    QVERIFY(model->setField(model->rowOf(first), u"text"_s, u"First, offline"_s));
    model->save(model->rowOf(first));
    QVERIFY(model->setField(model->rowOf(second), u"text"_s, u"Second, offline"_s));
    model->save(model->rowOf(second));
    QTRY_COMPARE(model->waitingCount(), 2);
    QCOMPARE(connection.state(), ConnectionState::State::Offline);
    QCOMPARE(connection.waitingCount(), 2);
    QVERIFY(model->nextAttempt().isValid());
    // Edits go on while offline: the later text is the one saved.
    QTRY_VERIFY(
        !model->data(model->index(model->rowOf(first), 0), ActivityTableModel::BusyRole).toBool());
    QVERIFY(model->setField(model->rowOf(first), u"text"_s, u"First, edited again"_s));
    QVERIFY(model->isDirty(model->rowOf(first)));
    QVERIFY(model->data(model->index(model->rowOf(first), 0), ActivityTableModel::WaitingRole)
                .toBool());
    QCOMPARE(journal.size(), 2);
    // Back-off: several tries fail while Close is away, then it answers again.
    QSignalSpy retried(m_sandbox->client.get(), &CloseClient::callFinished);
    QTRY_VERIFY(retried.size() >= 4);
    QCOMPARE(connection.state(), ConnectionState::State::Offline);
    QVERIFY(m_sandbox->client->setBaseUrl(close).isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        connection.state() == ConnectionState::State::Online && model->waitingCount() == 0
            && !model->isDirty(model->rowOf(first)) && !model->isDirty(model->rowOf(second)),
        10000);
    QCOMPARE(m_sandbox->sms(first).value("text"_L1).toString(), u"First, edited again"_s);
    QCOMPARE(m_sandbox->sms(second).value("text"_L1).toString(), u"Second, offline"_s);
    QTRY_COMPARE(journal.size(), 0);
}

void tst_Journal::conflictShowsBothAndTheRepChooses_data()
{
    QTest::addColumn<bool>("keepMine");
    QTest::newRow("keep mine") << true;
    QTest::newRow("take theirs") << false;
}

void tst_Journal::conflictShowsBothAndTheRepChooses()
{
    QFETCH(bool, keepMine);
    EditJournal journal(m_path);
    auto model = newModel(&journal);
    QVERIFY(loadAll(model.get()));
    const int row = draftRow(model.get());
    const QString id = model->idAt(row);
    const QString original = model->field(row, u"text"_s).toString();
    QVERIFY(model->setField(row, u"text"_s, u"Mine"_s));
    const QDateTime when(QDate(2026, 11, 20), QTime(9, 30), Qt::UTC);
    QVERIFY(model->setField(row, u"activity_at"_s, when));
    QTest::qWait(5); // Close's clock moves on
    // A colleague changes the same text in Close meanwhile.
    QCOMPARE(m_sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{u"text"_s, u"Theirs"_s}}).status,
             200);
    QSignalSpy conflict(model.get(), &ActivityTableModel::conflictFound);
    model->save(row);
    QVERIFY(conflict.wait());
    QCOMPARE(conflict.at(0).at(0).toString(), id);
    int at = model->rowOf(id);
    QTRY_VERIFY(!model->data(model->index(at, 0), ActivityTableModel::BusyRole).toBool());
    // Nothing was written over their change; both values are there to see.
    QCOMPARE(m_sandbox->sms(id).value("text"_L1).toString(), u"Theirs"_s);
    QCOMPARE(model->conflictFields(at), QStringList {u"text"_s});
    QCOMPARE(model->field(at, u"text"_s).toString(), u"Mine"_s);
    QCOMPARE(model->theirs(at, u"text"_s).toString(), u"Theirs"_s);
    QCOMPARE(model->data(model->index(at, 0), ActivityTableModel::ConflictsRole)
                 .toMap()
                 .value(u"text"_s)
                 .toString(),
             u"Theirs"_s);
    QVERIFY(!model->canSend(at));
    model->save(at); // refused until the rep chose
    QTest::qWait(100);
    QCOMPARE(m_sandbox->sms(id).value("text"_L1).toString(), u"Theirs"_s);
    // The conflict survives a restart too: the journal has what the edit was made over.
    QTRY_COMPARE(onDisk(id).value("base"_L1).toObject().value("text"_L1).toString(), original);

    model->resolveConflict(at, u"text"_s, keepMine);
    QVERIFY(model->conflictFields(at).isEmpty());
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    model->save(at);
    QVERIFY(saved.wait());
    const QJsonObject inClose = m_sandbox->sms(id);
    QCOMPARE(inClose.value("text"_L1).toString(), keepMine ? u"Mine"_s : u"Theirs"_s);
    QCOMPARE(CloseTime::parse(inClose.value("activity_at"_L1).toString()), when); // no clash
    QVERIFY(!model->isDirty(model->rowOf(id)));
}

void tst_Journal::otherFieldsChangedAreNoConflict()
{
    EditJournal journal(m_path);
    auto model = newModel(&journal);
    QVERIFY(loadAll(model.get()));
    const int row = draftRow(model.get());
    const QString id = model->idAt(row);
    QVERIFY(model->setField(row, u"text"_s, u"My text"_s));
    QTest::qWait(5);
    QCOMPARE(
        m_sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{u"local_phone"_s, u"+14154445555"_s}})
            .status,
        200);
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    QSignalSpy conflict(model.get(), &ActivityTableModel::conflictFound);
    model->save(row);
    QVERIFY(saved.wait());
    QCOMPARE(conflict.size(), 0);
    const QJsonObject inClose = m_sandbox->sms(id);
    QCOMPARE(inClose.value("text"_L1).toString(), u"My text"_s);
    QCOMPARE(inClose.value("local_phone"_L1).toString(), u"+14154445555"_s); // theirs kept
}

void tst_Journal::sendStopsWhenCloseCopyChanged()
{
    EditJournal journal(m_path);
    auto model = newModel(&journal);
    QVERIFY(loadAll(model.get()));
    const int row = draftRow(model.get());
    const QString id = model->idAt(row);
    const QString seen = model->field(row, u"text"_s).toString();
    QTest::qWait(5);
    QCOMPARE(m_sandbox->http
                 ->put(u"activity/sms/%1/"_s.arg(id), {{u"text"_s, u"Not what the rep read"_s}})
                 .status,
             200);
    model->send(row); // the rep sends what the window shows: `seen`
    QTRY_VERIFY(
        !model->data(model->index(model->rowOf(id), 0), ActivityTableModel::BusyRole).toBool());
    const int at = model->rowOf(id);
    QCOMPARE(m_sandbox->sends(id), 0);
    QCOMPARE(m_sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QVERIFY(seen != u"Not what the rep read"_s);
    // The window shows Close's text now, and says why nothing went out.
    QCOMPARE(model->field(at, u"text"_s).toString(), u"Not what the rep read"_s);
    QVERIFY(model->data(model->index(at, 0), ActivityTableModel::RowErrorRole)
                .toString()
                .contains("Nothing was sent"_L1));
    // Sent again, now that the rep saw it, it goes.
    QSignalSpy saved(model.get(), &ActivityTableModel::saved);
    model->send(at);
    QVERIFY(saved.wait());
    QTRY_COMPARE(m_sandbox->sends(id), 1);
}

QTEST_GUILESS_MAIN(tst_Journal)
#include "tst_journal.moc"
