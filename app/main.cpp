// The command line; everything else is DraftboxApp.
#include "closeclient.h"
#include "draftboxapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Draftbox"));
    QApplication::setApplicationVersion(QStringLiteral(DRAFTBOX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Draftbox"));
    QApplication::setDesktopFileName(QStringLiteral("draftbox"));

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
    parser.addOption(sandboxOption);
    parser.addOption(urlOption);
    parser.process(app);

    DraftboxApp::Options options;
    options.sandbox = parser.isSet(sandboxOption);
    options.apiUrl = parser.isSet(urlOption) ? QUrl(parser.value(urlOption)) : QUrl();
    options.environmentKey = qEnvironmentVariable("CLOSE_API_KEY");

    DraftboxApp draftbox;
    const QString refused = draftbox.start(options);
    if (!refused.isEmpty()) {
        QTextStream(stderr) << "draftbox: " << refused << Qt::endl;
        return 2;
    }
    return app.exec();
}
