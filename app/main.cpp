// The command line; everything else is DraftboxApp.
#include "draftboxapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace {

//! Whether the command line asks for something said and done before any window: help, the
//! version, or an option that is not one of Draftbox's. Answered without a display (a server,
//! ssh, a build log), where QApplication would abort.
bool answeredWithoutWindows(int argc, char *argv[])
{
    QCoreApplication probe(argc, argv);
    DraftboxApp::describeApplication();
    QCommandLineParser parser;
    DraftboxApp::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return true;
    return parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))
        || parser.isSet(QStringLiteral("help-all"));
}

//! The options, parsed and acted on where they say so (help, version, an error: it exits).
void parseOptions(QCoreApplication &app, QCommandLineParser &parser)
{
    DraftboxApp::describeApplication();
    DraftboxApp::chooseLanguage(); // before the options' help texts are made
    DraftboxApp::addOptions(parser);
    parser.process(app);
}

} // namespace

int main(int argc, char *argv[])
{
    if (answeredWithoutWindows(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        parseOptions(app, parser); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parseOptions(app, parser);

    DraftboxApp draftbox;
    const QString refused = draftbox.start(DraftboxApp::optionsFrom(parser));
    if (!refused.isEmpty()) {
        QTextStream(stderr) << "draftbox: " << refused << Qt::endl;
        return 2;
    }
    return app.exec();
}
