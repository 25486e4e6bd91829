// draftbox-bench: prints one JSON object per figure, each with a bare-Qt baseline measured in
// the same run and the ratio. Figures only; nothing here passes or fails on time.
//
//   draftbox-bench [--runs N] [--requests N]
//
// Start-up runs offscreen, and also under X when DISPLAY is set (scripts/bench runs it in
// Xvfb). It starts its own sandboxes on loopback, without a rate limit.
#include "benchsupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Offscreen: the in-process figures need widgets' event loop, never a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Start-ups of each program (median)."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption requestsOption(QStringLiteral("requests"),
                                            QStringLiteral("Requests a sandbox figure sends."),
                                            QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral(
            "Comma-separated groups: startup, memory, load, saves, server, filter, soak, "
            "window (every SMS in the real window), everything (every SMS and WhatsApp "
            "message in it), search (keystrokes in its Search)."),
        QStringLiteral("groups"));
    parser.addOption(runsOption);
    parser.addOption(requestsOption);
    parser.addOption(onlyOption);
    const QCommandLineOption soakOption(QStringLiteral("soak-activities"),
                                        QStringLiteral("Activities in the soak figure."),
                                        QStringLiteral("n"), QStringLiteral("500"));
    parser.addOption(soakOption);
    parser.process(app);
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only](const char *group) {
        return only.isEmpty() || only.contains(QLatin1String(group));
    };

    // Every sandbox runs without a rate limit: the figures are Draftbox's, not the limit's.
    const auto sandbox = [](QProcess &process, int count) {
        return startServer(process, QStringLiteral("draftbox-sandbox"),
                           {QStringLiteral("--seed"), QString::number(count),
                            QStringLiteral("--rate-limit"), QStringLiteral("0")});
    };
    QProcess tenThousand;
    const QUrl small = sandbox(tenThousand, 10000);
    if (!small.isValid()) {
        QTextStream(stderr) << "draftbox-bench: cannot start draftbox-sandbox" << Qt::endl;
        return 1;
    }
    warmUp(small, 10000);
    if (wanted("startup") || wanted("window"))
        benchStartup(small, parser.value(runsOption).toInt());
    if (wanted("memory"))
        benchMemory(small, 10000);
    if (wanted("window"))
        benchWindowLoad(small, 10000);
    if (wanted("window") || wanted("everything"))
        benchEverythingLoad(small, 10000);
    if (wanted("load"))
        benchLoad(small);
    if (wanted("saves"))
        benchSaves(small);
    if (wanted("server"))
        benchServer(small, parser.value(requestsOption).toInt());
    stopProcess(tenThousand);
    if (wanted("soak"))
        benchSoak(parser.value(soakOption).toInt());
    if (!wanted("filter") && !wanted("window") && !wanted("search") && !wanted("memory"))
        return 0;

    QProcess hundredThousand;
    const QUrl large = sandbox(hundredThousand, 100000);
    if (!large.isValid())
        return 1;
    warmUp(large, 100000);
    if (wanted("window"))
        benchWindowLoad(large, 100000);
    if (wanted("window") || wanted("search"))
        benchWindowSearch(large, 100000);
    if (wanted("memory"))
        benchMemory(large, 100000);
    if (wanted("filter"))
        benchFilter(large);
    stopProcess(hundredThousand);
    return 0;
}
