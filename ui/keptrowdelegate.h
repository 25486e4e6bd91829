#pragma once

#include <QStyledItemDelegate>

//! Paints the SMS list's rows with the palette in use: by their severity (SeverityRole), a row
//! that needs the rep (a draft) in bold, one that went wrong (a failed SMS) in bold and a red
//! that reads on that palette's background; those kept only because the rep is working on them
//! (they no longer match the filter) in italics and the palette's placeholder colour, so they
//! read as leaving; and, while the list has the keyboard, a frame around the current row, so
//! the rep sees where the arrow keys are.
class KeptRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    //! The text colour of a failure on `palette`: red, moved toward the palette's text colour
    //! as far as it takes to read on its Base and AlternateBase (at least 4.5:1, as WCAG asks
    //! of body text). A dark red on a light palette, a light red on a dark one.
    static QColor failureColor(const QPalette &palette);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
