#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QAbstractItemView;

//! Paints a list less often than its rows change while pages arrive: each insertion repaints
//! the whole list (QTableView lays out again), and pages come faster than that takes. A change
//! within a frame of the last paint waits for the frame's end; rows added (a page, sorted in)
//! wait up to a tenth of a second, so a load paints ten times a second, not at every page.
//! Rows changed (a name told, a save confirmed) wait for the frame's end, or as long as the
//! view says. Anything the rep does to the list (a click, the wheel, a key, a resize) paints
//! at once.
class PaintPacer : public QObject
{
    Q_OBJECT

public:
    //! `rowsMs`: how long rows added wait at most for a paint; `changesMs`: rows changed. A
    //! list aside, such as the Problems panel, can wait longer than the list the rep reads.
    explicit PaintPacer(QAbstractItemView *view, int rowsMs = pageMs, int changesMs = frameMs);

    static constexpr int frameMs = 16;
    static constexpr int pageMs = 100;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hold(int ms);
    void release();

    QAbstractItemView *m_view;
    QElapsedTimer m_sincePaint;
    QTimer m_release;
    int m_rowsPainted = 0; //!< rows in the list at the last paint
    int m_rowsMs;
    int m_changesMs;
};
