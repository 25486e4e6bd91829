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
    //! Each test starts on a paced list, shown, with a page added right after it painted.
    void init();
    void cleanup();
    void pagesWaitForTheNextPaint();
    void theRepIsAnsweredAtOnce();
    void changesWaitAsLongAsTheViewSays();

private:
    //! Shows a paced list, then adds a page of 100 rows right after it has painted.
    void showThenAddAPage(QTableView &view, QStandardItemModel &model);

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<QTableView> m_view;
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

//! A paced list as the SMS list is while it loads: a scroll bar already, no row numbers to
//! widen it.
void showPaced(QTableView &view, QStandardItemModel &model)
{
    addRows(model, 50);
    view.setModel(&model);
    view.verticalHeader()->hide();
    new PaintPacer(&view);
    view.resize(400, 300);
    view.show();
}

//! Waits until the window system is done painting a window just shown (Xvfb may expose it
//! again a while later, and such paints come even while updates are held, as Qt documents):
//! a paint counted after this is one the pacer let through.
void settle(QAbstractItemView &view)
{
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    for (int quiet = 0, tries = 0; quiet < 2 && tries < 30; ++tries) {
        const int before = counter.paints;
        QTest::qWait(50);
        quiet = counter.paints == before ? quiet + 1 : 0;
    }
    view.viewport()->removeEventFilter(&counter);
}

} // namespace

void tst_PaintPacer::showThenAddAPage(QTableView &view, QStandardItemModel &model)
{
    showPaced(view, model);
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    settle(view);
    PaintCounter counter;
    view.viewport()->installEventFilter(&counter);
    bool added = false;
    counter.afterPaint = [&] {
        addRows(model, 100);
        added = true;
    };
    view.viewport()->update();
    QTRY_VERIFY(added);
    view.viewport()->removeEventFilter(&counter);
}

void tst_PaintPacer::init()
{
    m_model = std::make_unique<QStandardItemModel>();
    m_view = std::make_unique<QTableView>();
    showThenAddAPage(*m_view, *m_model);
}

void tst_PaintPacer::cleanup()
{
    m_view.reset();
    m_model.reset();
}

void tst_PaintPacer::pagesWaitForTheNextPaint()
{
    QStandardItemModel &model = *m_model;
    QTableView &view = *m_view;
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
    QTableView &view = *m_view;
    QVERIFY(!view.viewport()->updatesEnabled());
    // A key in the list is answered now, not after the wait.
    QTest::keyClick(&view, Qt::Key_Down);
    QVERIFY(view.viewport()->updatesEnabled());
}

void tst_PaintPacer::changesWaitAsLongAsTheViewSays()
{
    // The Problems panel: entries renamed or resolved at every page (each page tells names)
    // wait as long as new ones do, not a paint for each page.
    QStandardItemModel model;
    addRows(model, 20);
    QTableView panel;
    panel.setModel(&model);
    new PaintPacer(&panel, 500, 500);
    panel.resize(400, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    settle(panel);
    PaintCounter counter;
    panel.viewport()->installEventFilter(&counter);
    bool changed = false;
    counter.afterPaint = [&] {
        model.item(0)->setText(QStringLiteral("renamed"));
        changed = true;
    };
    panel.viewport()->update();
    QTRY_VERIFY(changed);
    // The view marked that first cell for painting before the pacer heard of the change: on
    // some machines that cell is painted all the same (a cell, not the list). Then the wait.
    QTest::qWait(40);
    const int paints = counter.paints;
    QVERIFY(!panel.viewport()->updatesEnabled());
    for (int row = 1; row < 20; ++row)
        model.item(row)->setText(QStringLiteral("renamed %1").arg(row));
    QTest::qWait(100);
    QCOMPARE(counter.paints, paints); // nothing painted meanwhile...
    QTRY_VERIFY(panel.viewport()->updatesEnabled());
    QTRY_VERIFY(counter.paints > paints); // ...then every change at once
    QCOMPARE(panel.model()->index(19, 0).data().toString(), QStringLiteral("renamed 19"));
}

QTEST_MAIN(tst_PaintPacer)
#include "tst_paintpacer.moc"
