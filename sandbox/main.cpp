#include "sandboxconfig.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("draftbox-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DRAFTBOX_VERSION));

    QString message;
    bool isError = false;
    const auto config
        = SandboxConfig::fromArguments(QCoreApplication::arguments(), &message, &isError);
    if (!config) {
        QTextStream(isError ? stderr : stdout) << message << Qt::endl;
        return isError ? 2 : 0;
    }

    SandboxServer server(*config);
    QString error;
    if (!server.start(&error)) {
        QTextStream(stderr) << "draftbox-sandbox: " << error << Qt::endl;
        return 1;
    }
    // The first line is the base URL, so scripts and tests can read where to connect.
    QTextStream(stdout) << server.baseUrl().toString() << Qt::endl;
    std::fflush(stdout);
    return app.exec();
}
