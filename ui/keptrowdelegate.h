#pragma once

#include <QStyledItemDelegate>

//! Paints the list's rows, those kept only because the rep is working on them (they no longer
//! match the filter) in italics and the palette's placeholder colour, so they read as leaving.
class KeptRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
