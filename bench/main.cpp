// draftbox-bench: prints one JSON object per figure, each with a bare-Qt baseline measured in
// the same run and the ratio. Figures only; nothing here passes or fails on time.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

struct Load
{
    double requestsPerSecond = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    int failures = 0;
};

QByteArray authorization()
{
    return "Basic " + QByteArray("sandbox-demo-key:").toBase64();
}

//! Starts a server process and returns the base URL it prints on its first line.
QUrl startServer(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.start(QCoreApplication::applicationDirPath() + QLatin1Char('/') + program, arguments);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (process.state() == QProcess::NotRunning || !output.wait(10000))
            return {};
    }
    return QUrl(QString::fromUtf8(process.readLine().trimmed()));
}

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
        QElapsedTimer *timer = new QElapsedTimer;
        timer->start();
        QNetworkReply *reply = send(index);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, timer] {
            latencies.append(double(timer->nsecsElapsed()) / 1e6);
            delete timer;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200)
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
    load.p50Ms = latencies.at(latencies.size() / 2);
    load.p99Ms
        = latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100));
    return load;
}

QJsonObject figure(const QString &name, const Load &measured, const Load &baseline, int total,
                   int concurrency, const QString &command)
{
    const auto round2 = [](double v) {
        return std::round(v * 100) / 100;
    };
    return {
        {QStringLiteral("figure"), name},
        {QStringLiteral("requests"), total},
        {QStringLiteral("concurrency"), concurrency},
        {QStringLiteral("requests_per_second"), round2(measured.requestsPerSecond)},
        {QStringLiteral("p50_ms"), round2(measured.p50Ms)},
        {QStringLiteral("p99_ms"), round2(measured.p99Ms)},
        {QStringLiteral("failures"), measured.failures},
        {QStringLiteral("baseline"), QStringLiteral("bare QAbstractHttpServer, same body size")},
        {QStringLiteral("baseline_requests_per_second"), round2(baseline.requestsPerSecond)},
        {QStringLiteral("baseline_p99_ms"), round2(baseline.p99Ms)},
        {QStringLiteral("ratio_requests_per_second"),
         round2(measured.requestsPerSecond / baseline.requestsPerSecond)},
        {QStringLiteral("ratio_p99"), round2(measured.p99Ms / baseline.p99Ms)},
        {QStringLiteral("command"), command},
    };
}

void print(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int total = args.size() > 1 ? args.at(1).toInt() : 2000;
    const int concurrency = 6; // QNetworkAccessManager's connections per host
    const QString command = QStringLiteral("build/bin/draftbox-bench %1").arg(total);

    QProcess sandbox;
    const QUrl sandboxUrl = startServer(sandbox, QStringLiteral("draftbox-sandbox"),
                                        {QStringLiteral("--seed"), QStringLiteral("1000"),
                                         QStringLiteral("--rate-limit"), QStringLiteral("0")});
    if (!sandboxUrl.isValid()) {
        QTextStream(stderr) << "draftbox-bench: cannot start draftbox-sandbox" << Qt::endl;
        return 1;
    }
    QNetworkAccessManager nam;
    const auto get = [&](const QUrl &url) {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization());
        return nam.get(request);
    };

    // One list page, to size the baseline's answer and to find drafts to edit.
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
        return 1;

    const QUrl listUrl = sandboxUrl.resolved(QUrl(QStringLiteral("activity/sms/?_limit=100")));
    const auto put = [&](const QUrl &base, int i) {
        QNetworkRequest request(base.resolved(
            QUrl(QStringLiteral("activity/sms/%1/").arg(drafts.at(i % drafts.size())))));
        request.setRawHeader("Authorization", authorization());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body
            = QJsonDocument(
                  QJsonObject {{QStringLiteral("text"), QStringLiteral("Edit number %1").arg(i)}})
                  .toJson(QJsonDocument::Compact);
        return nam.put(request, body);
    };
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
        return 1;
    const QUrl baselineList = listBase.resolved(QUrl(QStringLiteral("activity/sms/?_limit=100")));
    run(200, concurrency, [&](int) { return get(baselineList); });
    const Load listBaselineLoad = run(total, concurrency, [&](int) { return get(baselineList); });
    const Load putBaselineLoad = run(total, concurrency, [&](int i) { return put(putBase, i); });

    print(figure(QStringLiteral("sandbox: GET list page (100 SMS of 1,000)"), list,
                 listBaselineLoad, total, concurrency, command));
    print(figure(QStringLiteral("sandbox: PUT text of a draft"), edit, putBaselineLoad, total,
                 concurrency, command));

    for (QProcess *p : {&sandbox, &listBaseline, &putBaseline}) {
        p->kill();
        p->waitForFinished(3000);
    }
    return 0;
}
