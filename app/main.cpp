// The command line; everything else is DraftboxApp.
#include "benchreport.h"
#include "closeclient.h"
#include "draftboxapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Draftbox"));
    QApplication::setApplicationVersion(QStringLiteral(DRAFTBOX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Draftbox"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.draftbox.Draftbox"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.draftbox.Draftbox.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Review, edit, schedule and send the SMS drafts of your Close account.\n"
        "Without an account it runs on a built-in sandbox with sample data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Use the built-in sandbox with sample data."));
    const QCommandLineOption urlOption(
        QStringLiteral("api-url"),
        QApplication::translate("main",
                                "Close API base URL (default %1). The API key comes from the "
                                "CLOSE_API_KEY environment variable or the connect dialog.")
            .arg(CloseClient::defaultBaseUrl().toString()),
        QStringLiteral("url"));
    // For draftbox-bench: measure the real application, then quit (see BenchReport).
    QCommandLineOption benchOption(QStringLiteral("bench-report"), QString(),
                                   QStringLiteral("first-page|load-all"));
    benchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sandboxOption);
    parser.addOption(urlOption);
    parser.addOption(benchOption);
    parser.process(app);
    const QString benchMode = parser.value(benchOption);
    if (!benchMode.isEmpty() && !BenchReport::isMode(benchMode)) {
        QTextStream(stderr) << "draftbox: --bench-report is first-page or load-all" << Qt::endl;
        return 2;
    }

    DraftboxApp::Options options;
    options.sandbox = parser.isSet(sandboxOption);
    options.apiUrl = parser.isSet(urlOption) ? QUrl(parser.value(urlOption)) : QUrl();
    options.environmentKey = qEnvironmentVariable("CLOSE_API_KEY");

    DraftboxApp draftbox;
    if (!benchMode.isEmpty())
        new BenchReport(&draftbox, benchMode);
    const QString refused = draftbox.start(options);
    if (!refused.isEmpty()) {
        QTextStream(stderr) << "draftbox: " << refused << Qt::endl;
        return 2;
    }
    return app.exec();
}
