// PaintPacer over a real QTableView: rows that arrive right after a paint wait for the next
// one instead of repainting the list at once, and what the rep does paints at once.
#include "paintpacer.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QtTest>

class tst_PaintPacer : public QObject
{
    Q_OBJECT

private slots:
    void pagesWaitForTheNextPaint();
    void theRepIsAnsweredAtOnce();

private:
    //! Shows the view and returns once it has painted, with rows added just after that paint.
    void addRowsRightAfterAPaint(QTableView &view, QStandardItemModel &model, int rows);
};

namespace {

class PaintCounter : public QObject
{
public:
    std::function<void()> afterPaint;
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
            if (afterPaint)
                QTimer::singleShot(0, this, std::exchange(afterPaint, {}));
        }
        return false;
    }
};

void addRows(QStandardItemModel &model, int rows)
{
    for (int i = 0; i < rows; ++i)
        model.appendRow(new QStandardItem(QStringLiteral("SMS %1").arg(model.rowCount())));
}

} // namespace

void tst_PaintPacer::addRowsRightAfterAPaint(QTableView &view, QStandardItemModel &model, int rows)
{
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    bool added = false;
    counter.afterPaint = [&] {
        addRows(model, rows);
        added = true;
    };
    view.viewport()->update();
    QTRY_VERIFY(added);
    view.viewport()->removeEventFilter(&counter);
}

void tst_PaintPacer::pagesWaitForTheNextPaint()
{
    QStandardItemModel model;
    addRows(model, 50); // the scroll bar shows already, as in a list being loaded
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide(); // as the SMS list: no row numbers to widen it
    new PaintPacer(&view);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    addRowsRightAfterAPaint(view, model, 100);
    // Held: the list does not repaint for this page...
    QVERIFY(!view.viewport()->updatesEnabled());
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    addRows(model, 100); // ...nor for the next one within the same wait
    QVERIFY(!view.viewport()->updatesEnabled());
    // ...and then paints both pages in one go.
    QTRY_VERIFY(view.viewport()->updatesEnabled());
    QTRY_VERIFY(counter.paints > 0);
    QCOMPARE(view.model()->rowCount(), 250);
}

void tst_PaintPacer::theRepIsAnsweredAtOnce()
{
    QStandardItemModel model;
    addRows(model, 50); // the scroll bar shows already, as in a list being loaded
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide(); // as the SMS list: no row numbers to widen it
    new PaintPacer(&view);
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    addRowsRightAfterAPaint(view, model, 100);
    QVERIFY(!view.viewport()->updatesEnabled());
    // A key in the list is answered now, not after the wait.
    QTest::keyClick(&view, Qt::Key_Down);
    QVERIFY(view.viewport()->updatesEnabled());
}

QTEST_MAIN(tst_PaintPacer)
#include "tst_paintpacer.moc"
