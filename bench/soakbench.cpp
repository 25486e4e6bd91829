// The soak scenario at length: a rep's edits, saves and sends against a sandbox that fails one
// request in five and limits the rate, through the models (SoakDriver, as tst_soak runs it
// shorter). The baseline is the same writes by a bare QNetworkAccessManager against a sandbox
// with no faults and no limit: what the work costs when nothing goes wrong.
#include "benchsupport.h"
#include "sandboxserver.h"
#include "soakdriver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

namespace {

double bareWrites(int activities, int saves)
{
    SandboxConfig config;
    config.seedCount = 0;
    config.rateLimit = 0;
    SandboxServer server(config);
    QString error;
    if (!server.start(&error))
        return 0;
    QStringList ids;
    for (int i = 0; i < activities; ++i) {
        SandboxRequest request;
        request.method = "POST";
        request.path = QString(SandboxApi::basePath) + QStringLiteral("activity/sms/");
        request.contentType = "application/json";
        request.body = R"({"status": "draft", "text": "Bare"})";
        ids << QJsonDocument::fromJson(server.api().handle(request).body)
                   .object()
                   .value(QLatin1String("id"))
                   .toString();
    }
    QNetworkAccessManager nam;
    QElapsedTimer clock;
    clock.start();
    const int total = saves + activities;
    int finished = 0;
    QEventLoop done;
    for (int i = 0; i < total; ++i) {
        const QString id = ids.at(i % activities);
        const QByteArray body = i < saves ? QByteArray(R"({"text": "Bare edit"})")
                                          : QByteArray(R"({"status": "outbox"})");
        QNetworkReply *reply = nam.put(sandboxRequest(server.baseUrl().resolved(
                                           QUrl(QStringLiteral("activity/sms/%1/").arg(id)))),
                                       body);
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
            reply->readAll();
            reply->deleteLater();
            if (++finished == total)
                done.quit();
        });
    }
    done.exec();
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

void benchSoak(int activities)
{
    QTemporaryDir dir;
    SoakDriver::Config config;
    config.activities = activities;
    config.editsPerActivity = 5;
    config.faultRate = 0.2;
    config.rateLimit = 40;
    config.journalPath = dir.filePath(QStringLiteral("journal.json"));
    SoakDriver driver(config);
    const SoakDriver::Result r = driver.run();

    Figure figure;
    figure.name = QStringLiteral("soak: edits, saves and sends against faults (0.2) and a rate "
                                 "limit (40/s)");
    figure.value = double(r.elapsedMs);
    figure.unit = QStringLiteral("ms");
    figure.baseline = bareWrites(activities, r.saves);
    figure.baselineWhat = QStringLiteral("the same writes by bare QNetworkAccessManager, no "
                                         "faults, no limit, no checks");
    figure.extra = {
        {QStringLiteral("finished"), r.finished},
        {QStringLiteral("activities"), activities},
        {QStringLiteral("edits"), r.edits},
        {QStringLiteral("saves"), r.saves},
        {QStringLiteral("sends_asked"), r.sendsAsked},
        {QStringLiteral("requests"), r.requests},
        {QStringLiteral("faults_injected"), r.faultsInjected},
        {QStringLiteral("lost"), r.lost},
        {QStringLiteral("sent_twice"), r.sentTwice},
        {QStringLiteral("not_sent"), r.notSent},
        {QStringLiteral("conflicts"), r.conflicts},
        {QStringLiteral("journal_left"), r.journalLeft},
    };
    if (!r.why.isEmpty())
        figure.extra.insert(QStringLiteral("why"), r.why);
    figure.print();
}
