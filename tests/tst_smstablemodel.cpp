// SmsTableModel against the sandbox: pages, the edit overlay, save, 400s kept on their fields,
// send, undo, schedule, cancel, delete, refresh keeping edits, and a lost send answer.
#include "closecall.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SmsTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsPagesOneFetchAtATime();
    void aFetchAskedWhileRowsArriveIsNotTheSamePage();
    void columnsAndRoles();
    void editOverlay();
    void saveSendsOnlyTheChanges();
    void clearingAFieldSendsNull();
    void validationErrorKeepsEdits();
    void refusedFieldIsNamedAsTheFormNamesIt();
    void wrongTypedEditIsRefusedWhereItIsRead();
    void onlyDraftsAreEditable();
    void sendCarriesPendingEdits();
    void tooLongIsNeitherSentNorScheduled();
    void undoMeansNeverSent();
    void scheduleSendsUtc();
    void rescheduleAndSendNow();
    void deleteDraft();
    void refreshKeepsEdits();
    void lostSendAnswerIsReread();
    void outboxIsFollowedUntilItSettles();

private:
    int loadAll();
    int draftRow(const QString &country = u"US"_s) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SmsTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_SmsTableModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(60);
    QVERIFY(m_sandbox->ok());
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_SmsTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_sandbox.reset();
}

int tst_SmsTableModel::loadAll()
{
    // The model tester fetches on its own as it checks the model: let that finish first.
    if (!QTest::qWaitFor([&] { return !m_model->isLoading(); }, 10000))
        return -1;
    while (m_model->canFetchMore({})) {
        m_model->fetchMore({});
        if (!QTest::qWaitFor([&] { return !m_model->isLoading(); }, 10000))
            return -1;
    }
    return m_model->rowCount();
}

int tst_SmsTableModel::draftRow(const QString &country) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->status(row) == "draft"_L1 && !m_model->isDirty(row)
            && (country.isEmpty()
                || m_model->field(row, u"remote_country_iso"_s).toString() == country))
            return row;
    }
    return -1;
}

void tst_SmsTableModel::loadsPagesOneFetchAtATime()
{
    // No tester here: it fetches by itself, and this test counts the fetches.
    m_tester.reset();
    m_sandbox = std::make_unique<SandboxFixture>(250);
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    QVERIFY(m_model->canFetchMore({}));
    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({}); // ignored: one fetch in flight
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 100);
    QCOMPARE(loadAll(), 250);
    QVERIFY(!m_model->canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->idAt(row));
    QCOMPARE(ids.size(), 250);
}

void tst_SmsTableModel::aFetchAskedWhileRowsArriveIsNotTheSamePage()
{
    // QAbstractItemModelTester (and a view) may ask for more while a page's rows go in.
    m_tester.reset();
    m_sandbox = std::make_unique<SandboxFixture>(250);
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    m_model->setLooksUpNames(false);
    int pages = 0;
    connect(m_sandbox->client.get(), &CloseClient::callFinished, this,
            [&pages](CloseCall *call, const ApiResult &) {
                pages += call->activityId().isEmpty() && call->operation() == "Load SMS"_L1;
            });
    connect(m_model.get(), &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this] { m_model->fetchMore({}); });
    QCOMPARE(loadAll(), 250);
    QCOMPARE(pages, 3); // 0, 100, 200: each page once
}

void tst_SmsTableModel::columnsAndRoles()
{
    QCOMPARE(loadAll(), 60);
    QCOMPARE(m_model->columnCount(),
             int(SmsTableModel::ListColumnCount + m_model->fields().size()));
    const int row = draftRow();
    QVERIFY(row >= 0);
    const QJsonObject server = m_sandbox->sms(m_model->idAt(row));
    QCOMPARE(m_model->index(row, SmsTableModel::StatusColumn).data().toString(), u"Draft"_s);
    QCOMPARE(m_model->index(row, SmsTableModel::RecipientColumn).data().toString(),
             server.value("remote_phone_formatted"_L1).toString());
    QCOMPARE(m_model->index(row, 0).data(m_model->fieldRole(u"text"_s)).toString(),
             server.value("text"_L1).toString());
    QCOMPARE(m_model->index(row, m_model->fieldColumn(u"remote_phone"_s)).data().toString(),
             server.value("remote_phone"_L1).toString());
    QCOMPARE(m_model->index(row, 0).data(m_model->fieldRole(u"date_created"_s)).toDateTime(),
             QDateTime::fromString(server.value("date_created"_L1).toString(), Qt::ISODateWithMs));
    QCOMPARE(m_model->headerData(SmsTableModel::MessageColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
             u"Message"_s);
    QVERIFY(m_model->roleNames().values().contains("remote_phone_formatted"));
}

void tst_SmsTableModel::editOverlay()
{
    loadAll();
    const int row = draftRow();
    const QModelIndex text = m_model->index(row, m_model->fieldColumn(u"text"_s));
    const QString original = text.data().toString();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(text, u"Edited locally"_s));
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_model->isDirty(row));
    QCOMPARE(text.data().toString(), u"Edited locally"_s);
    QCOMPARE(m_model->index(row, SmsTableModel::MessageColumn).data().toString(),
             u"Edited locally"_s);
    QCOMPARE(m_model->serverField(row, u"text"_s).toString(), original);
    QCOMPARE(m_model->index(row, 0).data(ActivityTableModel::PendingFieldsRole).toStringList(),
             QStringList {u"text"_s});
    // Typing the old value back is no change at all.
    QVERIFY(m_model->setData(text, original));
    QVERIFY(!m_model->isDirty(row));
    QVERIFY(m_model->setData(text, u"Again"_s));
    m_model->revert(row);
    QVERIFY(!m_model->isDirty(row));
    QCOMPARE(text.data().toString(), original);
    // Nothing reached the server.
    QCOMPARE(m_sandbox->sms(m_model->idAt(row)).value("text"_L1).toString(), original);
}

void tst_SmsTableModel::saveSendsOnlyTheChanges()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    const QJsonObject before = m_sandbox->sms(id);
    QVERIFY(m_model->setField(row, u"text"_s, u"Saved through the model"_s));
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->save(row);
    QVERIFY(m_model->index(row, 0).data(ActivityTableModel::BusyRole).toBool());
    // Typing goes on while it saves; what is typed meanwhile is saved right after.
    QVERIFY(m_model->setField(row, u"text"_s, u"typing while it saves"_s));
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.first().first().toString(), id);
    QCOMPARE(m_model->field(m_model->rowOf(id), u"text"_s).toString(), u"typing while it saves"_s);
    const int at = m_model->rowOf(id);
    QVERIFY(!m_model->isDirty(at));
    const QJsonObject after = m_sandbox->sms(id);
    QCOMPARE(after.value("text"_L1).toString(), u"typing while it saves"_s);
    QCOMPARE(after.value("remote_phone"_L1), before.value("remote_phone"_L1));
    QCOMPARE(m_model->serverField(at, u"date_updated"_s).toDateTime(),
             QDateTime::fromString(after.value("date_updated"_L1).toString(), Qt::ISODateWithMs));
}

void tst_SmsTableModel::clearingAFieldSendsNull()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    QVERIFY(!m_sandbox->sms(id).value("contact_id"_L1).isNull());
    QVERIFY(
        m_model->setData(m_model->index(row, m_model->fieldColumn(u"contact_id"_s)), QString()));
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->save(row);
    QVERIFY(saved.wait(5000));
    QVERIFY(m_sandbox->sms(id).value("contact_id"_L1).isNull());
    QVERIFY(m_sandbox->sms(id).value("text"_L1).isString());
}

void tst_SmsTableModel::validationErrorKeepsEdits()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    const QJsonObject before = m_sandbox->sms(id);
    m_model->setField(row, u"remote_phone"_s, u"818-333"_s);
    m_model->setField(row, u"text"_s, u"Words the rep wrote"_s);
    QSignalSpy failed(m_model.get(), &ActivityTableModel::failed);
    m_model->save(row);
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(1).value<ApiError>().category, ApiError::Category::Validation);
    const int at = m_model->rowOf(id);
    QVERIFY(m_model->isDirty(at));
    QCOMPARE(m_model->field(at, u"text"_s).toString(), u"Words the rep wrote"_s);
    const QModelIndex phone = m_model->index(at, m_model->fieldColumn(u"remote_phone"_s));
    QVERIFY(phone.data(ActivityTableModel::FieldErrorRole).toString().contains("E.164"_L1));
    QVERIFY(m_model->index(at, m_model->fieldColumn(u"text"_s))
                .data(ActivityTableModel::FieldErrorRole)
                .toString()
                .isEmpty());
    QCOMPARE(m_sandbox->sms(id), before);
    // Correcting the field clears its mark.
    m_model->setField(at, u"remote_phone"_s, u"+18183334444"_s);
    QVERIFY(phone.data(ActivityTableModel::FieldErrorRole).toString().isEmpty());
}

void tst_SmsTableModel::refusedFieldIsNamedAsTheFormNamesIt()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    m_model->setField(row, u"remote_phone"_s, u"818-333"_s);
    QSignalSpy failed(m_model.get(), &ActivityTableModel::failed);
    m_model->save(row);
    QVERIFY(failed.wait(5000));
    const QString told = failed.first().at(1).value<ApiError>().message;
    // The rep knows the field as "To", not by its wire name, and learns what Close said of it.
    QVERIFY2(told.contains(u"To ("_s) && told.contains("E.164"_L1), qPrintable(told));
    QVERIFY2(!told.contains(u"remote_phone"_s), qPrintable(told));
    const int at = m_model->rowOf(id);
    QCOMPARE(m_model->data(m_model->index(at, 0), ActivityTableModel::RowErrorRole).toString(),
             told);
}

void tst_SmsTableModel::wrongTypedEditIsRefusedWhereItIsRead()
{
    loadAll();
    const int row = draftRow();
    const QString before = m_model->field(row, u"text"_s).toString();
    // The core keeps edits typed: a number for the message, a word for a time never get in.
    const auto told = [&] {
        return m_model->data(m_model->index(row, 0), ActivityTableModel::RowErrorRole).toString();
    };
    QVERIFY(!m_model->sms()->setField(row, u"text"_s, 5));
    QVERIFY2(told().startsWith(u"Message does not take"_s), qPrintable(told()));
    QVERIFY(!m_model->sms()->setField(row, u"activity_at"_s, u"next tuesday"_s));
    QVERIFY2(told().startsWith(u"Activity date does not take"_s), qPrintable(told()));
    QVERIFY(!m_model->isDirty(row));
    QCOMPARE(m_model->field(row, u"text"_s).toString(), before);
    // A right one does, and the refusal of that field is over.
    QVERIFY(m_model->sms()->setField(row, u"activity_at"_s, u"2026-12-01T09:30:00Z"_s));
    QVERIFY(m_model->isDirty(row));
    QVERIFY2(told().isEmpty(), qPrintable(told()));
    QCOMPARE(m_model->field(row, u"activity_at"_s).toDateTime(),
             QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
}

void tst_SmsTableModel::onlyDraftsAreEditable()
{
    loadAll();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const bool draft = m_model->status(row) == "draft"_L1;
        const QModelIndex text = m_model->index(row, m_model->fieldColumn(u"text"_s));
        QCOMPARE(bool(text.flags() & Qt::ItemIsEditable), draft);
        QCOMPARE(text.data(ActivityTableModel::EditableRole).toBool(), draft);
        if (!draft)
            QVERIFY(!m_model->setData(text, u"rewrite history"_s));
    }
    // Status changes only through actions.
    const int row = draftRow();
    QVERIFY(!m_model->setData(m_model->index(row, m_model->fieldColumn(u"status"_s)), u"sent"_s));
}

void tst_SmsTableModel::sendCarriesPendingEdits()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    m_model->setField(row, u"text"_s, u"Sent with its last edit"_s);
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->send(row);
    QVERIFY(saved.wait(5000));
    const int at = m_model->rowOf(id);
    QVERIFY(!m_model->isDirty(at));
    QCOMPARE(m_model->status(at), u"outbox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sms(id).value("status"_L1).toString(), u"sent"_s, 5000);
    QCOMPARE(m_sandbox->sms(id).value("text"_L1).toString(), u"Sent with its last edit"_s);
    QCOMPARE(m_sandbox->sends(id), 1);
}

void tst_SmsTableModel::tooLongIsNeitherSentNorScheduled()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    // The rule is the model's, so the list's bulk actions keep to it as the form does.
    QVERIFY(m_model->setField(row, u"text"_s, QString(1001, u'x')));
    QVERIFY(!m_model->canSend(row));
    QVERIFY(!m_model->canSchedule(row));
    QVERIFY2(m_model->sendProblem(row).contains("Too long"_L1),
             qPrintable(m_model->sendProblem(row)));
    m_model->send(row);
    m_model->schedule(row, QDateTime::currentDateTime().addDays(1));
    QVERIFY(!m_model->data(m_model->index(row, 0), ActivityTableModel::BusyRole).toBool());
    QCOMPARE(m_model->status(row), u"draft"_s);
    QCOMPARE(m_sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_sandbox->sends(id), 0);
    // Exactly at the limit it goes.
    QVERIFY(m_model->setField(row, u"text"_s, QString(1000, u'x')));
    QVERIFY2(m_model->canSend(row), qPrintable(m_model->sendProblem(row)));
}

void tst_SmsTableModel::undoMeansNeverSent()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->send(row, 20);
    QVERIFY(saved.wait(5000));
    QVERIFY(m_model->canCancel(m_model->rowOf(id)));
    m_model->cancel(m_model->rowOf(id));
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_model->status(m_model->rowOf(id)), u"draft"_s);
    QCOMPARE(m_sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_sandbox->sends(id), 0);
}

void tst_SmsTableModel::scheduleSendsUtc()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    const QDateTime tomorrowNine(QDate::currentDate().addDays(1), QTime(9, 0), Qt::OffsetFromUTC,
                                 2 * 3600);
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    m_model->schedule(row, tomorrowNine);
    QVERIFY(saved.wait(5000));
    const QJsonObject stored = m_sandbox->sms(id);
    QCOMPARE(stored.value("status"_L1).toString(), u"scheduled"_s);
    QCOMPARE(QDateTime::fromString(stored.value("date_scheduled"_L1).toString(), Qt::ISODateWithMs),
             tomorrowNine);
    QVERIFY(stored.value("date_scheduled"_L1).toString().contains("T07:00:00"_L1));
    const int at = m_model->rowOf(id);
    QCOMPARE(m_model->field(at, u"date_scheduled"_s).toDateTime(), tomorrowNine);
    QVERIFY(!m_model->canSend(at));
    QVERIFY(m_model->canCancel(at));

    // A past time is refused by Close, and the model says so.
    const int other = draftRow(QString());
    QVERIFY2(other >= 0 && m_model->canSend(other), qPrintable(QString::number(other)));
    QSignalSpy failed(m_model.get(), &ActivityTableModel::failed);
    m_model->schedule(other, QDateTime::currentDateTime().addSecs(-3600));
    QVERIFY(failed.wait(5000));
    QVERIFY(m_model->index(other, m_model->fieldColumn(u"date_scheduled"_s))
                .data(ActivityTableModel::FieldErrorRole)
                .toString()
                .contains("future"_L1));
}

void tst_SmsTableModel::rescheduleAndSendNow()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    const QDateTime first = QDateTime::currentDateTime().addDays(2);
    m_model->schedule(row, first);
    QVERIFY(saved.wait(5000));
    const QDateTime second = QDateTime::currentDateTime().addDays(3);
    m_model->reschedule(m_model->rowOf(id), second);
    QTRY_COMPARE(QDateTime::fromString(m_sandbox->sms(id).value("date_scheduled"_L1).toString(),
                                       Qt::ISODateWithMs)
                     .toSecsSinceEpoch(),
                 second.toSecsSinceEpoch());
    QCOMPARE(m_sandbox->sms(id).value("status"_L1).toString(), u"scheduled"_s);
    QTRY_VERIFY(m_model->isScheduled(m_model->rowOf(id)));

    m_model->sendNow(m_model->rowOf(id));
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sms(id).value("status"_L1).toString(), u"sent"_s, 5000);
    QCOMPARE(m_sandbox->sends(id), 1);
}

void tst_SmsTableModel::deleteDraft()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    const int before = m_model->rowCount();
    m_model->deleteDraft(row);
    QTRY_COMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOf(id), -1);
    QCOMPARE(m_sandbox->http->get(u"activity/sms/%1/"_s.arg(id)).status, 404);
}

void tst_SmsTableModel::refreshKeepsEdits()
{
    loadAll();
    const int mine = draftRow();
    const QString myId = m_model->idAt(mine);
    m_model->setField(mine, u"text"_s, u"Still typing"_s);
    int theirs = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (row != mine && m_model->status(row) == "draft"_L1)
            theirs = row;
    }
    const QString theirId = m_model->idAt(theirs);
    // Someone else changes one draft, and creates a new one.
    m_sandbox->http->put(u"activity/sms/%1/"_s.arg(theirId), {{u"text"_s, u"Changed in Close"_s}});
    m_sandbox->http->put(u"activity/sms/%1/"_s.arg(myId), {{u"lead_id"_s, QJsonValue::Null}});
    const QString newId
        = m_sandbox->http
              ->post(u"activity/sms/"_s, {{u"status"_s, u"draft"_s}, {u"text"_s, u"Brand new"_s}})
              .json.value("id"_L1)
              .toString();
    const int before = m_model->rowCount();
    m_model->refresh();
    QTRY_VERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), before + 1);
    QCOMPARE(m_model->idAt(0), newId);
    QCOMPARE(m_model->field(m_model->rowOf(theirId), u"text"_s).toString(), u"Changed in Close"_s);
    const int at = m_model->rowOf(myId);
    QCOMPARE(m_model->field(at, u"text"_s).toString(), u"Still typing"_s);
    QVERIFY(m_model->isDirty(at));
    QVERIFY(m_model->serverField(at, u"lead_id"_s).isNull());
}

void tst_SmsTableModel::lostSendAnswerIsReread()
{
    loadAll();
    const int row = draftRow();
    const QString id = m_model->idAt(row);
    m_model->setField(row, u"text"_s, u"Once and only once"_s);
    QTRY_VERIFY(!m_model->isLookingUpNames()); // the fault is for the send, not a name
    // The check of Close's copy goes through; the answer to the send itself is lost.
    m_sandbox->queueFaults({u"none"_s, u"drop-after"_s});
    QSignalSpy failed(m_model.get(), &ActivityTableModel::failed);
    m_model->send(row);
    QVERIFY(failed.wait(5000));
    const int at = m_model->rowOf(id);
    const QString status = m_model->status(at);
    QVERIFY2(status == "outbox"_L1 || status == "sent"_L1, qPrintable(status));
    QVERIFY(!m_model->isDirty(at)); // the edit went out with the send
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->sms(id).value("status"_L1).toString(), u"sent"_s, 5000);
    QCOMPARE(m_sandbox->sends(id), 1);
    QCOMPARE(m_sandbox->sms(id).value("text"_L1).toString(), u"Once and only once"_s);
}

void tst_SmsTableModel::outboxIsFollowedUntilItSettles()
{
    m_model->setPollInterval(100);
    loadAll();
    const int good = draftRow();
    const QString goodId = m_model->idAt(good);
    int bad = -1;
    for (int row = 0; row < m_model->rowCount() && bad < 0; ++row) {
        if (row != good && m_model->status(row) == "draft"_L1)
            bad = row;
    }
    const QString badId = m_model->idAt(bad);
    // Valid, but not a country the line reaches (an invalid number is not sent at all).
    m_model->setField(bad, u"remote_phone"_s, u"+819012345678"_s);
    m_model->setField(bad, u"local_phone"_s, u"+14154445555"_s);
    QSignalSpy failedDelivery(m_model.get(), &SmsTableModel::deliveryFailed);
    m_model->send(good);
    m_model->send(bad);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(m_model->rowOf(goodId)), u"sent"_s, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->status(m_model->rowOf(badId)), u"error"_s, 5000);
    QCOMPARE(failedDelivery.size(), 1);
    QCOMPARE(failedDelivery.first().first().toString(), badId);
    QVERIFY(
        failedDelivery.first().at(1).toString().contains("cannot send SMS to numbers in JP"_L1));
    QVERIFY(m_model->field(m_model->rowOf(goodId), u"date_sent"_s).toDateTime().isValid());
}

QTEST_GUILESS_MAIN(tst_SmsTableModel)
#include "tst_smstablemodel.moc"
