#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QHeaderView;

//! Keeps the column a list is read by (the message) in view when the list is narrow: the other
//! columns have the widths they prefer while there is room for them and a third of the list
//! for the message, and give up room in proportion when there is not, down to their titles'
//! widths. A column the rep resizes keeps the width it was given.
class ColumnFitter : public QObject
{
    Q_OBJECT

public:
    struct Column
    {
        int section;
        int preferredWidth;
    };

    //! `readColumn` stretches (QHeaderView::Stretch); `columns` are the others.
    ColumnFitter(QHeaderView *header, int readColumn, const QList<Column> &columns);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    int titleWidth(int section) const;

    QHeaderView *m_header;
    int m_readColumn;
    QList<Column> m_columns;
    QSet<int> m_repSized; //!< sections the rep gave a width
    bool m_fitting = false;
};
