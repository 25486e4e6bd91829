// In-process figures: the client and the models against a sandbox process on loopback, each
// next to the same work done with bare Qt (QNetworkAccessManager, QJsonDocument,
// QStandardItemModel, QSortFilterProxyModel).
#include "activityfilterproxy.h"
#include "benchsupport.h"
#include "closeclient.h"
#include "smstablemodel.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace {

//! Pages through the model until it holds `rows` or Close says there is no more.
bool loadRows(SmsTableModel &model, int rows)
{
    while (model.rowCount() < rows) {
        if (!model.isLoading()) {
            if (!model.canFetchMore({}))
                break;
            model.fetchMore({});
        }
        if (!waitFor(&model, &ActivityTableModel::loadingChanged,
                     [&] { return !model.isLoading(); }))
            return false;
        if (model.lastFetchFailed())
            return false;
    }
    return model.rowCount() >= rows;
}

//! The bare-Qt load: the same pages, parsed, five text items a row in a QStandardItemModel.
void loadBare(QNetworkAccessManager &nam, const QUrl &sandbox, QStandardItemModel &model, int rows)
{
    for (int skip = 0; skip < rows; skip += 100) {
        QNetworkReply *reply = nam.get(sandboxRequest(
            sandbox.resolved(QUrl(QStringLiteral("activity/sms/?_skip=%1&_limit=100").arg(skip)))));
        if (!waitFor(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); }))
            return;
        const QJsonArray data = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(QLatin1String("data"))
                                    .toArray();
        reply->deleteLater();
        for (const QJsonValue &value : data) {
            const QJsonObject sms = value.toObject();
            QList<QStandardItem *> items;
            for (const char *key : {"status", "remote_phone", "contact_id", "text", "date_created"})
                items << new QStandardItem(sms.value(QLatin1String(key)).toString());
            model.appendRow(items);
        }
    }
}

//! A client and an SMS model pointed at a sandbox, as DraftboxApp sets them up.
struct SmsSetup
{
    SmsSetup(const QUrl &sandbox, bool looksUpNames)
    {
        client.setBaseUrl(sandbox);
        client.setApiKey(QStringLiteral("sandbox-demo-key"));
        model.setLooksUpNames(looksUpNames);
    }
    CloseClient client;
    SmsTableModel model {&client};
};

} // namespace

void benchLoad(const QUrl &sandbox)
{
    const int rows = 10000;
    SmsSetup setup(sandbox, true); // names looked up, as in the app
    SmsTableModel &model = setup.model;
    GapMeter gaps;
    QElapsedTimer clock;
    gaps.start();
    clock.start();
    const bool ok = loadRows(model, rows);
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    gaps.stop();
    const double gapMs = gaps.longestGapMs();

    QNetworkAccessManager nam;
    QStandardItemModel bare;
    gaps.start();
    clock.start();
    loadBare(nam, sandbox, bare, rows);
    const double bareMs = double(clock.nsecsElapsed()) / 1e6;
    gaps.stop();
    const double bareGapMs = gaps.longestGapMs();

    Figure total;
    total.name = QStringLiteral("loading 10,000 SMS through pagination into the model");
    total.value = ms;
    total.unit = QStringLiteral("ms");
    total.baseline = bareMs;
    total.baselineWhat
        = QStringLiteral("the same 100 pages with QNetworkAccessManager and QJsonDocument into a "
                         "QStandardItemModel");
    total.target = QStringLiteral("under 1000 ms");
    total.met = ok && ms < 1000;
    total.extra = {{QStringLiteral("rows"), model.rowCount()},
                   {QStringLiteral("baseline_rows"), bare.rowCount()}};
    total.print();

    Figure gap;
    gap.name = QStringLiteral("longest main-thread gap while loading 10,000 SMS");
    gap.value = gapMs;
    gap.unit = QStringLiteral("ms");
    gap.baseline = bareGapMs;
    gap.baselineWhat = total.baselineWhat;
    gap.target = QStringLiteral("no gap over 16 ms");
    gap.met = ok && gapMs <= 16;
    gap.extra = {{QStringLiteral("how"),
                  QStringLiteral("longest interval between ticks of a 1 ms precise timer")}};
    gap.print();
}

void benchFilter(const QUrl &sandbox)
{
    const int rows = 100000;
    SmsSetup setup(sandbox, false);
    SmsTableModel &model = setup.model;
    const bool ok = loadRows(model, rows);
    const QString term = QStringLiteral("thursday");

    ActivityFilterProxy proxy;
    proxy.setSourceModel(&model);
    QElapsedTimer clock;
    clock.start();
    proxy.setSearchText(term);
    const int shown = proxy.rowCount(); // the proxy maps its rows lazily, on first use
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    clock.start();
    proxy.setSearchText(QString());
    const int all = proxy.rowCount();
    const double clearMs = double(clock.nsecsElapsed()) / 1e6;

    // The same rows as plain text in a QStandardItemModel, filtered by QSortFilterProxyModel.
    QStandardItemModel bare(model.rowCount(), SmsTableModel::ListColumnCount);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < SmsTableModel::ListColumnCount; ++column)
            bare.setItem(row, column,
                         new QStandardItem(model.index(row, column).data().toString()));
    }
    QSortFilterProxyModel bareProxy;
    bareProxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    bareProxy.setFilterKeyColumn(-1);
    bareProxy.setSourceModel(&bare);
    clock.start();
    bareProxy.setFilterFixedString(term);
    const int bareShown = bareProxy.rowCount();
    const double bareMs = double(clock.nsecsElapsed()) / 1e6;

    Figure figure;
    figure.name = QStringLiteral("filtering 100,000 SMS by text in the proxy");
    figure.value = ms;
    figure.unit = QStringLiteral("ms");
    figure.baseline = bareMs;
    figure.baselineWhat = QStringLiteral(
        "QSortFilterProxyModel::setFilterFixedString over a QStandardItemModel of the same rows "
        "(every column)");
    figure.target = QStringLiteral("under 30 ms");
    figure.met = ok && ms < 30;
    figure.extra = {{QStringLiteral("rows"), model.rowCount()},
                    {QStringLiteral("term"), term},
                    {QStringLiteral("shown"), shown},
                    {QStringLiteral("baseline_shown"), bareShown},
                    {QStringLiteral("clearing_ms"), round2(clearMs)},
                    {QStringLiteral("cleared_shown"), all}};
    figure.print();
}

void benchSaves(const QUrl &sandbox)
{
    const int edits = 1000;
    SmsSetup setup(sandbox, false);
    SmsTableModel &model = setup.model;
    loadRows(model, 10000);
    QList<int> drafts;
    for (int row = 0; row < model.rowCount() && drafts.size() < edits; ++row) {
        if (model.status(row) == QLatin1String("draft"))
            drafts << row;
    }

    int saved = 0;
    int failed = 0;
    QEventLoop allAnswered;
    const auto answered = [&](int *count) {
        if (++*count + (count == &saved ? failed : saved) == drafts.size())
            allAnswered.quit();
    };
    QObject::connect(&model, &ActivityTableModel::saved, [&] { answered(&saved); });
    QObject::connect(&model, &ActivityTableModel::failed, [&] { answered(&failed); });
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < drafts.size(); ++i) {
        model.setField(drafts.at(i), QStringLiteral("text"),
                       QStringLiteral("Edit number %1 from the benchmark").arg(i));
        model.save(drafts.at(i));
    }
    QTimer::singleShot(120000, &allAnswered, &QEventLoop::quit);
    if (!drafts.isEmpty())
        allAnswered.exec();
    const bool done = saved + failed == drafts.size();
    const double ms = double(clock.nsecsElapsed()) / 1e6;

    QNetworkAccessManager nam;
    int finished = 0;
    QEventLoop allFinished;
    clock.start();
    for (int i = 0; i < drafts.size(); ++i) {
        const QUrl url = sandbox.resolved(
            QUrl(QStringLiteral("activity/sms/%1/").arg(model.idAt(drafts.at(i)))));
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("text"),
                                                            QStringLiteral("Bare edit %1").arg(i)}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nam.put(sandboxRequest(url), body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++finished == drafts.size())
                allFinished.quit();
        });
    }
    if (!drafts.isEmpty())
        allFinished.exec();
    const double bareMs = double(clock.nsecsElapsed()) / 1e6;

    Figure figure;
    figure.name = QStringLiteral("saving 1,000 edits through the client against the sandbox");
    figure.value = ms;
    figure.unit = QStringLiteral("ms");
    figure.baseline = bareMs;
    figure.baselineWhat = QStringLiteral(
        "the same 1,000 PUTs with a bare QNetworkAccessManager to the same sandbox");
    figure.target = QStringLiteral("under 2000 ms");
    figure.met = done && failed == 0 && drafts.size() == edits && ms < 2000;
    figure.extra = {{QStringLiteral("edits"), int(drafts.size())},
                    {QStringLiteral("saved"), saved},
                    {QStringLiteral("failed"), failed}};
    figure.print();
}
