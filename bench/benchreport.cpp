#include "benchreport.h"

#include "draftboxapp.h"
#include "keystrokes.h"
#include "mainwindow.h"
#include "pageloader.h"
#include "peakmemory.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>

#include <algorithm>

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
    if (mode == QLatin1String("sms-all") || mode == QLatin1String("search")) {
        m_search = mode == QLatin1String("search");
        m_clock.start();
        m_gapTimer.setTimerType(Qt::PreciseTimer);
        m_gapTimer.setInterval(1);
        connect(&m_gapTimer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_lastTick - 1000000; // less the timer's own millisecond
            m_longestGap = std::max(m_longestGap, gap);
            m_gapsOverFrame += gap > 16000000 ? 1 : 0;
            m_lastTick = now;
        });
        m_gapTimer.start();
        app->window()->list()->viewport()->installEventFilter(this);
        connect(app->sms(), &ActivityTableModel::loadingChanged, this, [this](bool loading) {
            if (!loading)
                QTimer::singleShot(0, this, &BenchReport::smsThenReport);
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
    return mode == QLatin1String("first-page") || mode == QLatin1String("load-all")
        || mode == QLatin1String("sms-all") || mode == QLatin1String("search");
}

void BenchReport::smsThenReport()
{
    PageLoader *pages = PageLoader::of(m_app->sms());
    if (m_smsIn || pages->isLoading() || m_app->sms()->canFetchMore({}))
        return;
    // Every page is in: the figure ends when the list has painted them.
    m_smsIn = true;
    m_app->window()->list()->viewport()->update();
}

qint64 BenchReport::peakResidentKib()
{
    return ::peakResidentKib();
}

bool BenchReport::eventFilter(QObject *watched, QEvent *event)
{
    if (m_smsIn && event->type() == QEvent::Paint) {
        // The filter runs before the view paints: the paint is over when the loop runs next.
        watched->removeEventFilter(this);
        QTimer::singleShot(0, this, [this] {
            m_gapTimer.stop();
            const qint64 now = m_clock.nsecsElapsed();
            m_longestGap = std::max(m_longestGap, now - m_lastTick);
            const auto *list = m_app->window()->list();
            if (m_search) {
                // The list is whole: now the rep types in Search.
                auto *search = m_app->window()->findChild<QLineEdit *>(QStringLiteral("smsSearch"));
                auto *keys = new Keystrokes(search, list->viewport(), this);
                connect(keys, &Keystrokes::finished, this, [list](const QByteArray &report) {
                    finish("sms " + QByteArray::number(list->model()->rowCount()) + ' ' + report
                           + " peak_kib " + QByteArray::number(peakResidentKib()));
                });
                keys->start();
                return;
            }
            finish("sms " + QByteArray::number(list->model()->rowCount()) + " sms_ms "
                   + QByteArray::number(double(now) / 1e6, 'f', 1) + " max_gap_ms "
                   + QByteArray::number(double(m_longestGap) / 1e6, 'f', 1) + " gaps_over_16 "
                   + QByteArray::number(m_gapsOverFrame) + " peak_kib "
                   + QByteArray::number(peakResidentKib()));
        });
        return false;
    }
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
    const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
    const qint64 peak = peakResidentKib();
    finish("loaded " + QByteArray::number(m_app->sms()->rowCount()) + ' '
           + QByteArray::number(m_app->whatsapp()->rowCount()) + " peak_kib "
           + QByteArray::number(peak) + " loaded_ns " + QByteArray::number(now));
}

void BenchReport::finish(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    QCoreApplication::quit();
}
