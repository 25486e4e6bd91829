// draftbox-bench-app: the real application (DraftboxApp, its window, its command line) with a
// BenchReport that prints what draftbox-bench measures, then quits. The shipped `draftbox`
// carries no benchmark code; this program is built from the same library and main().
//
//   draftbox-bench-app --bench-report first-page|load-all [draftbox's options]
#include "benchreport.h"
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
    const QCommandLineOption benchOption(QStringLiteral("bench-report"),
                                         QStringLiteral("What to report: first-page or load-all."),
                                         QStringLiteral("mode"));
    parser.addOption(benchOption);
    parser.process(app);
    const QString mode = parser.value(benchOption);
    if (!BenchReport::isMode(mode)) {
        QTextStream(stderr) << "draftbox-bench-app: --bench-report is first-page or load-all"
                            << Qt::endl;
        return 2;
    }

    DraftboxApp draftbox;
    new BenchReport(&draftbox, mode);
    const QString refused = draftbox.start(DraftboxApp::optionsFrom(parser));
    if (!refused.isEmpty()) {
        QTextStream(stderr) << "draftbox-bench-app: " << refused << Qt::endl;
        return 2;
    }
    return app.exec();
}
