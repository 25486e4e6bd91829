#pragma once

#include <QGroupBox>

class ActivityTableModel;
class QGridLayout;
class QLabel;

//! When someone changed in Close a field the rep has edited meanwhile: each such field with
//! both values, the rep's and Close's, and a choice per field. Nothing is saved over Close's
//! change until the rep chose; then Save goes. Hidden when there is no conflict.
class ConflictPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ConflictPanel(ActivityTableModel *model, QWidget *parent = nullptr);

    //! Follows the activity (empty: none).
    void setActivity(const QString &id);

private:
    void rebuild();

    ActivityTableModel *m_model;
    QString m_id;
    QLabel *m_intro;
    QGridLayout *m_grid;
    QStringList m_shown; //!< the fields the grid shows, to rebuild only when they change
    QVariantList m_shownValues;
};
