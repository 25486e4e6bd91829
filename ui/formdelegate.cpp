#include "formdelegate.h"

#include <QMetaProperty>
#include <QWidget>

void FormDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QMetaProperty user = editor->metaObject()->userProperty();
    if (user.isValid()) {
        const QVariant shown = user.read(editor);
        const QVariant value = index.data(Qt::EditRole);
        if (shown.toString() == value.toString())
            return;
        user.write(editor, value.isValid() ? value : QVariant(QString()));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}
