#include "userfolders.h"

#include <QCoreApplication>
#include <QTemporaryDir>

bool isolateUserFolders(const QTemporaryDir &home, const QString &name)
{
    if (!home.isValid())
        return false;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("DraftboxTests"));
    QCoreApplication::setApplicationName(name);
    return true;
}
