#include "formscrollarea.h"

#include <QEvent>
#include <QScrollBar>

FormScrollArea::FormScrollArea(QWidget *fields, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(fields);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

QSize FormScrollArea::minimumSizeHint() const
{
    const int fieldsWidth = widget() ? widget()->minimumSizeHint().width() : 0;
    return {fieldsWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
            QScrollArea::minimumSizeHint().height()};
}

bool FormScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
