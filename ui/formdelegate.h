#pragma once

#include <QStyledItemDelegate>

//! The delegate of the forms' QDataWidgetMapper: it leaves a widget alone when it already shows
//! the model's value, so a refresh never moves the cursor of the field being typed in.
class FormDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
};
