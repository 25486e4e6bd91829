#include "keptrowdelegate.h"

#include "activityfilterproxy.h"

void KeptRowDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(ActivityFilterProxy::KeptRole).toBool())
        return;
    option->font.setItalic(true);
    option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}
