// The command line; everything else is DraftboxApp.
#include "draftboxapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    DraftboxApp::describeApplication();
    DraftboxApp::chooseLanguage(); // before the options' help texts are made
    QCommandLineParser parser;
    DraftboxApp::addOptions(parser);
    parser.process(app);

    DraftboxApp draftbox;
    const QString refused = draftbox.start(DraftboxApp::optionsFrom(parser));
    if (!refused.isEmpty()) {
        QTextStream(stderr) << "draftbox: " << refused << Qt::endl;
        return 2;
    }
    return app.exec();
}
