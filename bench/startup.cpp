// Whole processes: the real application (draftbox-bench-app: DraftboxApp and its window, with
// a BenchReport) against the bare window of draftbox-bench-baseline-app.
#include "benchsupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

struct Run
{
    double painted_ms = 0; //!< launch to first page painted
    double peakMib = 0;
    QString detail; //!< what the child printed
    bool ok = false;
};

//! Runs one child to its end and reads its report line: "painted_ns N ..." or "loaded ...".
Run runChild(const QString &program, const QStringList &arguments, const QString &platform,
             const QUrl &sandbox)
{
    // A fresh home each run: no remembered account, no settings, no keyring prompt.
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("CLOSE_API_KEY"), QStringLiteral("sandbox-demo-key"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QStringList args = arguments;
    if (sandbox.isValid())
        args << QStringLiteral("--api-url") << sandbox.toString();
    const qint64 launched = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    process.start(benchProgram(program), args);
    Run run;
    if (!process.waitForFinished(120000)) {
        stopProcess(process);
        return run;
    }
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> words = line.split(' ');
        if (words.value(0) == "painted_ns")
            run.painted_ms = double(words.value(1).toLongLong() - launched) / 1e6;
        else if (words.value(0) != "loaded")
            continue;
        run.ok = true;
        run.detail = QString::fromUtf8(line);
        const qsizetype peak = words.indexOf("peak_kib");
        if (peak >= 0)
            run.peakMib = words.value(peak + 1).toDouble() / 1024;
    }
    return run;
}

QStringList platforms()
{
    QStringList list {QStringLiteral("offscreen")};
    if (!qEnvironmentVariableIsEmpty("DISPLAY"))
        list << QStringLiteral("xcb");
    return list;
}

//! The first page of SMS as the sandbox sends it, in a file the baseline reads its rows from.
QString savePage(const QUrl &sandbox, QTemporaryDir &dir)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(
        sandboxRequest(sandbox.resolved(QUrl(QStringLiteral("activity/sms/?_limit=100")))));
    waitFor(reply, &QNetworkReply::finished, [reply] { return reply->isFinished(); });
    const QString path = dir.filePath(QStringLiteral("first-page.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(reply->readAll());
    reply->deleteLater();
    return path;
}

} // namespace

void benchStartup(const QUrl &sandbox, int runs)
{
    QTemporaryDir dir;
    const QStringList page {savePage(sandbox, dir)};
    for (const QString &platform : platforms()) {
        // One of each first, so both start with warm caches; then alternate.
        runChild(QStringLiteral("draftbox-bench-baseline-app"), page, platform, {});
        runChild(QStringLiteral("draftbox-bench-app"),
                 {QStringLiteral("--bench-report"), QStringLiteral("first-page")}, platform,
                 sandbox);
        QList<double> app;
        QList<double> baseline;
        int failures = 0;
        for (int i = 0; i < runs; ++i) {
            const Run b
                = runChild(QStringLiteral("draftbox-bench-baseline-app"), page, platform, {});
            const Run a = runChild(QStringLiteral("draftbox-bench-app"),
                                   {QStringLiteral("--bench-report"), QStringLiteral("first-page")},
                                   platform, sandbox);
            if (a.ok)
                app << a.painted_ms;
            else
                ++failures;
            if (b.ok)
                baseline << b.painted_ms;
        }
        Figure figure;
        figure.name
            = QStringLiteral("start-up to the first page of 100 SMS painted (%1)")
                  .arg(platform == QLatin1String("xcb") ? QStringLiteral("Xvfb") : platform);
        figure.value = median(app);
        figure.unit = QStringLiteral("ms");
        figure.baseline = median(baseline);
        figure.baselineWhat = QStringLiteral(
            "bare QMainWindow with a QTableView of the same 100 SMS (read from a JSON file), "
            "launch to first paint");
        figure.target = QStringLiteral("at most 2x the baseline");
        figure.met = failures == 0 && figure.value <= 2 * figure.baseline;
        figure.extra = {{QStringLiteral("runs"), runs},
                        {QStringLiteral("failed_runs"), failures},
                        {QStringLiteral("statistic"), QStringLiteral("median")}};
        figure.print();
    }
}

void benchMemory(const QUrl &sandbox, int expected)
{
    const QString platform = QStringLiteral("offscreen");
    QTemporaryDir dir;
    const Run baseline = runChild(QStringLiteral("draftbox-bench-baseline-app"),
                                  {savePage(sandbox, dir)}, platform, {});
    const Run app = runChild(QStringLiteral("draftbox-bench-app"),
                             {QStringLiteral("--bench-report"), QStringLiteral("load-all")},
                             platform, sandbox);
    // "loaded <sms> <whatsapp> peak_kib <kib>": the figure counts only with everything in.
    const QStringList words = app.detail.split(QLatin1Char(' '));
    const int sms = words.value(1).toInt();
    const int whatsapp = words.value(2).toInt();
    const bool complete = app.ok && sms == expected && whatsapp == expected;
    QTextStream(stderr) << QStringLiteral("memory: draftbox %1 MiB with %2 SMS and %3 WhatsApp "
                                          "messages loaded, bare Qt %4 MiB, difference %5 MiB%6")
                               .arg(round2(app.peakMib))
                               .arg(sms)
                               .arg(whatsapp)
                               .arg(round2(baseline.peakMib))
                               .arg(round2(app.peakMib - baseline.peakMib))
                               .arg(complete ? QString()
                                             : QStringLiteral(" (NOT everything loaded: %1 "
                                                              "expected of each)")
                                                   .arg(expected))
                        << Qt::endl;
    Figure figure;
    figure.name = QStringLiteral("peak memory with 10,000 SMS and 10,000 WhatsApp messages loaded");
    figure.value = app.peakMib;
    figure.unit = QStringLiteral("MiB");
    figure.baseline = baseline.peakMib;
    figure.baselineWhat
        = QStringLiteral("bare QMainWindow with a QTableView of the first 100 SMS (VmHWM)");
    figure.target = QStringLiteral("at most the baseline + 40 MiB");
    figure.met = complete && figure.value <= figure.baseline + 40;
    figure.extra = {{QStringLiteral("app_reported"), app.detail},
                    {QStringLiteral("sms_loaded"), sms},
                    {QStringLiteral("whatsapp_loaded"), whatsapp},
                    {QStringLiteral("above_baseline_mib"), round2(app.peakMib - baseline.peakMib)}};
    figure.print();
}
