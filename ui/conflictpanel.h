#pragma once

#include <QGroupBox>

class ActivityTableModel;
class QGridLayout;
class QLabel;

//! When someone changed in Close a field the rep has edited meanwhile: each such field with
//! both values, the rep's and Close's, and a choice per field. Nothing is saved over Close's
//! change until the rep chose; then Save goes. Hidden when there is no conflict. The form it is
//! part of says which row to show, whenever that row changes.
class ConflictPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConflictPanel(ActivityTableModel *model, QWidget *parent = nullptr);

    //! Shows the conflicts of the model's row (-1: none); rebuilt only when they changed.
    void showRow(int row);

private:
    ActivityTableModel *m_model;
    QLabel *m_intro;
    QGridLayout *m_grid;
    QStringList m_shown; //!< the fields the grid shows, to rebuild only when they change
    QVariantList m_shownValues;
};
