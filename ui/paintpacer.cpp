#include "paintpacer.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>

PaintPacer::PaintPacer(QAbstractItemView *view, int rowsMs, int changesMs)
    : QObject(view)
    , m_view(view)
    , m_rowsMs(rowsMs)
    , m_changesMs(changesMs)
{
    m_release.setSingleShot(true);
    connect(&m_release, &QTimer::timeout, this, &PaintPacer::release);
    for (QObject *watched : std::initializer_list<QObject *> {
             view, view->viewport(), view->verticalScrollBar(), view->horizontalScrollBar()})
        watched->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    // Rows arrive a page at a time: the list shows them ten times a second, not at each page.
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { hold(m_rowsMs); });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { hold(frameMs); });
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { hold(m_changesMs); });
    connect(model, &QAbstractItemModel::layoutChanged, this,
            [this] { hold(m_view->model()->rowCount() > m_rowsPainted ? m_rowsMs : frameMs); });
}

bool PaintPacer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Paint:
        if (watched == m_view->viewport()) {
            m_sincePaint.start();
            m_rowsPainted = m_view->model()->rowCount();
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::KeyPress:
    case QEvent::Resize:
    case QEvent::Show:
        release(); // the rep acts on the list: it answers now
        break;
    default:
        break;
    }
    return false;
}

void PaintPacer::hold(int ms)
{
    if (!m_sincePaint.isValid() || m_release.isActive())
        return;
    const qint64 elapsed = m_sincePaint.elapsed();
    if (elapsed >= ms)
        return; // long enough since the last paint: this change paints at once
    m_view->viewport()->setUpdatesEnabled(false);
    m_release.start(int(ms - elapsed));
}

void PaintPacer::release()
{
    m_release.stop();
    if (!m_view->viewport()->updatesEnabled())
        m_view->viewport()->setUpdatesEnabled(true); // paints what waited
}
