#include "benchreport.h"

#include "draftboxapp.h"
#include "mainwindow.h"
#include "pageloader.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>

BenchReport::BenchReport(DraftboxApp *app, const QString &mode)
    : QObject(app)
    , m_app(app)
{
    if (mode == QLatin1String("first-page")) {
        QWidget *viewport = app->window()->list()->viewport();
        viewport->installEventFilter(this);
        connect(app->sms(), &QAbstractItemModel::rowsInserted, this, [this, viewport] {
            m_firstPageIn = true;
            viewport->update();
        });
        return;
    }
    for (ActivityTableModel *model :
         std::initializer_list<ActivityTableModel *> {app->sms(), app->whatsapp()}) {
        connect(model, &ActivityTableModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                QTimer::singleShot(0, this, &BenchReport::loadThenReport);
        });
    }
}

bool BenchReport::isMode(const QString &mode)
{
    return mode == QLatin1String("first-page") || mode == QLatin1String("load-all");
}

qint64 BenchReport::peakResidentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool BenchReport::eventFilter(QObject *watched, QEvent *event)
{
    // The paint that follows the first page: the rows are on screen when it returns.
    if (m_firstPageIn && event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
        QTimer::singleShot(0, this, [now] {
            finish("painted_ns " + QByteArray::number(now) + " peak_kib "
                   + QByteArray::number(peakResidentKib()));
        });
    }
    return false;
}

void BenchReport::loadThenReport()
{
    bool busy = false;
    for (ActivityTableModel *model :
         std::initializer_list<ActivityTableModel *> {m_app->sms(), m_app->whatsapp()}) {
        // Every page, by the app's own policy (also WhatsApp's, whose list may not be shown).
        PageLoader *pages = PageLoader::of(model);
        pages->start();
        busy = busy || pages->isLoading();
    }
    if (busy)
        return;
    const qint64 peak = peakResidentKib();
    finish("loaded " + QByteArray::number(m_app->sms()->rowCount()) + ' '
           + QByteArray::number(m_app->whatsapp()->rowCount()) + " peak_kib "
           + QByteArray::number(peak));
}

void BenchReport::finish(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    QCoreApplication::quit();
}
