#pragma once

#include <QStyledItemDelegate>

//! Paints the Problems panel's entries; those whose problem has passed (ResolvedRole) in the
//! palette's greyed-out text, so what still needs the rep stands out.
class ProblemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
