#include "keptrowdelegate.h"

#include "activityfilterproxy.h"

#include <QHeaderView>
#include <QPainter>
#include <QTableView>

void KeptRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ActivityFilterProxy::KeptRole).toBool())
        return;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

void KeptRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const auto *view = qobject_cast<const QTableView *>(option.widget);
    if (!view || !view->hasFocus() || view->currentIndex().row() != index.row())
        return;
    // One frame around the whole row: each cell draws its part of it.
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor colour
        = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight);
    const QHeaderView *header = view->horizontalHeader();
    int first = -1;
    int last = -1;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        if (first < 0)
            first = logical;
        last = logical;
    }
    const QRect r = option.rect;
    constexpr int width = 2;
    painter->save();
    painter->fillRect(QRect(r.left(), r.top(), r.width(), width), colour);
    painter->fillRect(QRect(r.left(), r.bottom() - width + 1, r.width(), width), colour);
    if (index.column() == first)
        painter->fillRect(QRect(r.left(), r.top(), width, r.height()), colour);
    if (index.column() == last)
        painter->fillRect(QRect(r.right() - width + 1, r.top(), width, r.height()), colour);
    painter->restore();
}
