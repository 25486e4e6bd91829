#pragma once

#include <QStyledItemDelegate>

//! Paints the SMS list's rows: those kept only because the rep is working on them (they no longer
//! match the filter) in italics and the palette's placeholder colour, so they read as leaving;
//! and, while the list has the keyboard, a frame around the current row, so the rep sees where
//! the arrow keys are.
class KeptRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
