#include "sandboxconfig.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Draftbox"));
    QApplication::setApplicationVersion(QStringLiteral(DRAFTBOX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Draftbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Review, edit, schedule and send Close SMS drafts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Work on the embedded sandbox with sample data."));
    parser.addOption(sandbox);
    parser.process(app);

    // Until the connect dialog exists, Draftbox always runs on the embedded sandbox.
    SandboxConfig config;
    config.seedCount = 60;
    SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        qCritical("Cannot start the embedded sandbox: %s", qUtf8Printable(error));
        return 1;
    }

    QMainWindow window;
    window.setWindowTitle(QApplication::translate("main", "Draftbox — sample data"));
    auto *placeholder = new QLabel(
        QApplication::translate("main", "The SMS workspace is not built yet."), &window);
    placeholder->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(placeholder);
    window.statusBar()->showMessage(
        QApplication::translate("main", "Sandbox with sample data at %1")
            .arg(server.baseUrl().toString()));
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
