// ActivityFilterProxy over the SMS model: each filter keeps exactly the rows the sandbox data
// says it should, and filters combine.
#include "activityfilterproxy.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ActivityFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void byStatus_data();
    void byStatus();
    void bySearchText();
    void byLeadAndDirection();
    void byDateRange();
    void followsEdits();
    void sortedAsPagesArriveAndFiltersChange();

private:
    int expected(const std::function<bool(const QJsonObject &)> &keep) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SmsTableModel> m_model;
    std::unique_ptr<ActivityFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QJsonArray m_all;
};

void tst_ActivityFilterProxy::initTestCase()
{
    m_sandbox = std::make_unique<SandboxFixture>(150);
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    m_proxy = std::make_unique<ActivityFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && !m_model->canFetchMore({}), 10000);
    QCOMPARE(m_model->rowCount(), 150);
    for (int skip = 0; skip < 150; skip += 100) {
        for (const QJsonValue &v :
             m_sandbox->http->get(u"activity/sms/"_s, u"_skip=%1"_s.arg(skip)).data())
            m_all.append(v);
    }
}

void tst_ActivityFilterProxy::cleanupTestCase()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_sandbox.reset();
}

int tst_ActivityFilterProxy::expected(const std::function<bool(const QJsonObject &)> &keep) const
{
    return int(std::count_if(m_all.begin(), m_all.end(),
                             [&](const QJsonValue &v) { return keep(v.toObject()); }));
}

void tst_ActivityFilterProxy::byStatus_data()
{
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("all") << QStringList();
    QTest::newRow("drafts") << QStringList {u"draft"_s};
    QTest::newRow("scheduled") << QStringList {u"scheduled"_s};
    QTest::newRow("failed") << QStringList {u"error"_s};
    QTest::newRow("inbox") << QStringList {u"inbox"_s};
    QTest::newRow("drafts and failed") << QStringList {u"draft"_s, u"error"_s};
}

void tst_ActivityFilterProxy::byStatus()
{
    QFETCH(QStringList, statuses);
    m_proxy->setStatuses(statuses);
    const int want = expected([&](const QJsonObject &o) {
        return statuses.isEmpty() || statuses.contains(o.value("status"_L1).toString());
    });
    QVERIFY(want > 0);
    QCOMPARE(m_proxy->rowCount(), want);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QString status
            = m_proxy->index(row, 0).data(m_model->fieldRole(u"status"_s)).toString();
        QVERIFY(statuses.isEmpty() || statuses.contains(status));
    }
    m_proxy->setStatuses({});
}

void tst_ActivityFilterProxy::bySearchText()
{
    m_proxy->setSearchText(u"  DEMO "_s);
    const int want = expected([](const QJsonObject &o) {
        return o.value("text"_L1).toString().contains("demo"_L1, Qt::CaseInsensitive);
    });
    QVERIFY(want > 0);
    QCOMPARE(m_proxy->rowCount(), want);
    m_proxy->setSearchText(u"+44"_s); // numbers are searched too
    QCOMPARE(m_proxy->rowCount(), expected([](const QJsonObject &o) {
                 return o.value("remote_phone"_L1).toString().contains("+44"_L1)
                     || o.value("local_phone"_L1).toString().contains("+44"_L1)
                     || o.value("remote_phone_formatted"_L1).toString().contains("+44"_L1);
             }));
    // Case is ignored beyond ASCII too: "JOURNÉE" finds "Bonne journée".
    m_proxy->setSearchText(u"JOURNÉE"_s);
    const int french = expected(
        [](const QJsonObject &o) { return o.value("text"_L1).toString().contains(u"journée"_s); });
    QVERIFY(french > 0);
    QCOMPARE(m_proxy->rowCount(), french);
    m_proxy->setSearchText(u"no sms says this"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText({});
    QCOMPARE(m_proxy->rowCount(), 150);
}

void tst_ActivityFilterProxy::byLeadAndDirection()
{
    const QString lead = m_all.at(0).toObject().value("lead_id"_L1).toString();
    m_proxy->setLeadId(lead);
    QCOMPARE(m_proxy->rowCount(),
             expected([&](const QJsonObject &o) { return o.value("lead_id"_L1) == lead; }));
    m_proxy->setDirection(u"inbound"_s);
    QCOMPARE(m_proxy->rowCount(), expected([&](const QJsonObject &o) {
                 return o.value("lead_id"_L1) == lead && o.value("direction"_L1) == "inbound"_L1;
             }));
    m_proxy->setLeadId({});
    m_proxy->setDirection({});
    QCOMPARE(m_proxy->rowCount(), 150);
}

void tst_ActivityFilterProxy::byDateRange()
{
    const QDateTime from = QDateTime::currentDateTimeUtc().addDays(-20);
    m_proxy->setDateRange(from, {});
    const int want = expected([&](const QJsonObject &o) {
        return QDateTime::fromString(o.value("activity_at"_L1).toString(), Qt::ISODateWithMs)
            >= from;
    });
    QVERIFY(want > 0 && want < 150);
    QCOMPARE(m_proxy->rowCount(), want);
    m_proxy->setDateRange({}, from);
    QCOMPARE(m_proxy->rowCount(), 150 - want);
    m_proxy->setDateRange({}, {});
}

void tst_ActivityFilterProxy::followsEdits()
{
    m_proxy->setSearchText(u"zebra crossing"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    int draft = -1;
    for (int row = 0; row < m_model->rowCount() && draft < 0; ++row) {
        if (m_model->status(row) == "draft"_L1)
            draft = row;
    }
    m_model->setField(draft, u"text"_s, u"Meet at the zebra crossing"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_model->revert(draft);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText({});
}

void tst_ActivityFilterProxy::sortedAsPagesArriveAndFiltersChange()
{
    // Sorted before the rows arrive: each page is merged into the order, never re-sorted.
    SmsTableModel model(m_sandbox->client.get());
    ActivityFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(SmsTableModel::StatusColumn, Qt::AscendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading() && !model.canFetchMore({}), 10000);
    QCOMPARE(proxy.rowCount(), 150);
    // What a full sort of the rows gives: by the key, ties in Close's order.
    const auto expectedOrder = [&](int column, Qt::SortOrder order,
                                   const std::function<bool(int)> &keep) {
        QList<int> rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (keep(row))
                rows << row;
        }
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
            const QVariant x = model.index(a, column).data(Qt::UserRole);
            const QVariant y = model.index(b, column).data(Qt::UserRole);
            if (!x.isValid() || !y.isValid())
                return x.isValid() != y.isValid() && (order == Qt::AscendingOrder) == x.isValid();
            const auto c = QVariant::compare(x, y);
            return order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
        return rows;
    };
    const auto shownOrder = [&] {
        QList<int> rows;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QModelIndex source = proxy.mapToSource(proxy.index(row, 0));
            rows << source.row();
            if (proxy.mapFromSource(source).row() != row)
                return QList<int> {-1};
        }
        return rows;
    };
    const auto all = [](int) {
        return true;
    };
    QCOMPARE(shownOrder(), expectedOrder(SmsTableModel::StatusColumn, Qt::AscendingOrder, all));
    QVERIFY(model.status(shownOrder().first()) != model.status(shownOrder().last()));
    // Within a status, the newest first by the date the list shows (When).
    const QList<int> byStatus = shownOrder();
    for (qsizetype i = 1; i < byStatus.size(); ++i) {
        const int a = byStatus.at(i - 1);
        const int b = byStatus.at(i);
        const QVariant whenA = model.index(a, SmsTableModel::WhenColumn).data(Qt::UserRole);
        const QVariant whenB = model.index(b, SmsTableModel::WhenColumn).data(Qt::UserRole);
        if (model.status(a) == model.status(b) && whenA.isValid() && whenB.isValid())
            QVERIFY2(whenA.toDateTime() >= whenB.toDateTime(), qPrintable(model.status(a)));
    }

    proxy.sort(SmsTableModel::WhenColumn, Qt::DescendingOrder);
    QCOMPARE(shownOrder(), expectedOrder(SmsTableModel::WhenColumn, Qt::DescendingOrder, all));
    // A search keeps the order of what it shows; typing on, backspace and clearing too.
    const auto withText = [&](const QString &needle) {
        // Which rows a search takes is bySearchText's; here, their order.
        const QByteArray folded = ActivityTableModel::searchNeedle(needle);
        return [&model, folded](int row) {
            return model.rowContains(row, folded);
        };
    };
    for (const QString &typed : {u"e"_s, u"ea"_s, u"e"_s, QString()}) {
        proxy.setSearchText(typed);
        const auto expected
            = expectedOrder(SmsTableModel::WhenColumn, Qt::DescendingOrder,
                            typed.isEmpty() ? std::function<bool(int)>(all) : withText(typed));
        QVERIFY2(proxy.rowCount() > 0, qPrintable(typed));
        QCOMPARE(shownOrder(), expected);
    }
    // An edit that moves a row's key moves the row, and only it.
    proxy.sort(SmsTableModel::MessageColumn, Qt::AscendingOrder);
    int draft = -1;
    for (int row = 0; row < model.rowCount() && draft < 0; ++row) {
        if (model.status(row) == "draft"_L1)
            draft = row;
    }
    model.setField(draft, u"text"_s, u"AAAA first of all"_s);
    QCOMPARE(shownOrder().first(), draft);
    QCOMPARE(shownOrder(), expectedOrder(SmsTableModel::MessageColumn, Qt::AscendingOrder, all));
    model.revert(draft);
    QCOMPARE(shownOrder(), expectedOrder(SmsTableModel::MessageColumn, Qt::AscendingOrder, all));
}

QTEST_GUILESS_MAIN(tst_ActivityFilterProxy)
#include "tst_activityfilterproxy.moc"
