#pragma once

#include <QDockWidget>
#include <QHash>
#include <QPair>

class ErrorLogModel;
class QLabel;
class QTableView;
class QTimer;

//! Every failure, newest first, in a dock: time, operation, activity, what happened, what to
//! do. Copy puts the selected entry (or all) on the clipboard; Clear empties the log.
class ErrorPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ErrorPanel(ErrorLogModel *log, QWidget *parent = nullptr);

    void copy();
    //! Tall enough for several entries of two lines each.
    QSize sizeHint() const override;

signals:
    //! The rep double-clicked (or pressed Enter on) an entry about this activity.
    void activityOpened(const QString &id);

private:
    void updateTitle();
    void updateWait();
    //! Makes rows as tall as their wrapped "what" and "what to do" texts need, up to two lines
    //! (the tooltip has it all).
    void fitRows(int first, int last);

    ErrorLogModel *m_log;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_wait;
    QTimer *m_waitTimer;
    QTimer *m_refit; //!< coalesces re-fitting every row after the columns change width
    QHash<QPair<QString, int>, int> m_heights; //!< a text's wrapped height at a width
    int m_measuredLine = 0; //!< the line height m_heights were measured with
};
