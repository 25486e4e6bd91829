// The sandbox's own throughput and latency for a list page and a PUT, next to the least a Qt
// HttpServer program can do (draftbox-bench-baseline-server answering a body of the same size).
#include "benchsupport.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>

#include <algorithm>
#include <functional>

namespace {

struct Load
{
    double requestsPerSecond = 0;
    double p99Ms = 0;
    int failures = 0;
};

//! Sends `total` requests, `concurrency` at a time, and measures each from send to finish.
Load run(int total, int concurrency, const std::function<QNetworkReply *(int)> &send)
{
    QList<double> latencies;
    latencies.reserve(total);
    int started = 0;
    int finished = 0;
    Load load;
    QElapsedTimer wall;
    wall.start();
    QEventLoop loop;
    std::function<void()> next = [&] {
        const int index = started++;
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = send(index);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            latencies.append(double(timer.nsecsElapsed()) / 1e6);
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                ++load.failures;
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                loop.quit();
            else if (started < total)
                next();
        });
    };
    for (int i = 0; i < std::min(concurrency, total); ++i)
        next();
    loop.exec();
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    std::sort(latencies.begin(), latencies.end());
    load.requestsPerSecond = total / seconds;
    load.p99Ms
        = latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100));
    return load;
}

void print(const QString &what, const Load &measured, const Load &baseline, int total,
           int concurrency)
{
    const QJsonObject extra {{QStringLiteral("requests"), total},
                             {QStringLiteral("concurrency"), concurrency},
                             {QStringLiteral("failures"), measured.failures}};
    const QString baselineWhat
        = QStringLiteral("bare QAbstractHttpServer answering a body of the same size");
    Figure throughput;
    throughput.name = QStringLiteral("sandbox throughput: %1").arg(what);
    throughput.value = measured.requestsPerSecond;
    throughput.unit = QStringLiteral("requests/s");
    throughput.baseline = baseline.requestsPerSecond;
    throughput.baselineWhat = baselineWhat;
    throughput.extra = extra;
    throughput.print();
    Figure p99 = throughput;
    p99.name = QStringLiteral("sandbox p99 latency: %1").arg(what);
    p99.value = measured.p99Ms;
    p99.unit = QStringLiteral("ms");
    p99.baseline = baseline.p99Ms;
    p99.print();
}

} // namespace

void benchServer(const QUrl &sandboxUrl, int total)
{
    const int concurrency = 6; // QNetworkAccessManager's connections per host
    QNetworkAccessManager nam;
    const auto get = [&](const QUrl &url) {
        return nam.get(sandboxRequest(url));
    };

    // The first pages: the size of the baseline's answers, and drafts to edit.
    QStringList drafts;
    qsizetype listBytes = 0;
    qsizetype putBytes = 0;
    for (int skip = 0; skip < 1000; skip += 100) {
        QNetworkReply *reply = get(sandboxUrl.resolved(
            QUrl(QStringLiteral("activity/sms/?_limit=100&_skip=%1").arg(skip))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(10000);
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        if (skip == 0)
            listBytes = body.size();
        const QJsonArray data
            = QJsonDocument::fromJson(body).object().value(QLatin1String("data")).toArray();
        for (const QJsonValue &v : data) {
            if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("draft")) {
                drafts << v.toObject().value(QLatin1String("id")).toString();
                putBytes = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).size();
            }
        }
    }
    if (drafts.isEmpty())
        return;

    const auto put = [&](const QUrl &base, int i) {
        const QNetworkRequest request = sandboxRequest(base.resolved(
            QUrl(QStringLiteral("activity/sms/%1/").arg(drafts.at(i % drafts.size())))));
        const QByteArray body
            = QJsonDocument(
                  QJsonObject {{QStringLiteral("text"), QStringLiteral("Edit number %1").arg(i)}})
                  .toJson(QJsonDocument::Compact);
        return nam.put(request, body);
    };
    const QUrl listUrl = sandboxUrl.resolved(QUrl(QStringLiteral("activity/sms/?_limit=100")));
    run(200, concurrency, [&](int) { return get(listUrl); }); // warm-up
    const Load list = run(total, concurrency, [&](int) { return get(listUrl); });
    const Load edit = run(total, concurrency, [&](int i) { return put(sandboxUrl, i); });

    QProcess listBaseline;
    const QUrl listBase
        = startServer(listBaseline, QStringLiteral("draftbox-bench-baseline-server"),
                      {QString::number(listBytes)});
    QProcess putBaseline;
    const QUrl putBase = startServer(putBaseline, QStringLiteral("draftbox-bench-baseline-server"),
                                     {QString::number(putBytes)});
    if (!listBase.isValid() || !putBase.isValid())
        return;
    const QUrl baselineList = listBase.resolved(QUrl(QStringLiteral("activity/sms/?_limit=100")));
    run(200, concurrency, [&](int) { return get(baselineList); });
    const Load listBaselineLoad = run(total, concurrency, [&](int) { return get(baselineList); });
    const Load putBaselineLoad = run(total, concurrency, [&](int i) { return put(putBase, i); });

    print(QStringLiteral("GET a list page (100 SMS)"), list, listBaselineLoad, total, concurrency);
    print(QStringLiteral("PUT the text of a draft"), edit, putBaselineLoad, total, concurrency);
    stopProcess(listBaseline);
    stopProcess(putBaseline);
}

void warmUp(const QUrl &sandbox, int count)
{
    QNetworkAccessManager nam;
    int pending = 0;
    QEventLoop loop;
    for (const char *kind : {"sms", "whatsapp_message"}) {
        for (int skip = 0; skip < count; skip += 100) {
            QNetworkReply *reply = nam.get(sandboxRequest(
                sandbox.resolved(QUrl(QStringLiteral("activity/%1/?_skip=%2&_limit=100")
                                          .arg(QLatin1String(kind), QString::number(skip))))));
            ++pending;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
            });
        }
    }
    loop.exec();
}
