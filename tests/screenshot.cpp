#include "screenshot.h"

#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("DRAFTBOX_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QTest::qWait(50); // let pending paints land
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}
