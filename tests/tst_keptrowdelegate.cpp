// The SMS list's rows as the rep sees them, light or dark: a failed SMS in a red that reads on
// the list's background, a draft and a failure in bold, the others as the palette paints text.
// The model only says how loud a row is (SeverityRole); the delegate picks the colour.
#include "keptrowdelegate.h"
#include "sandboxfixture.h"
#include "smsstatus.h"
#include "smstablemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStyleFactory>
#include <QTableView>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;

class tst_KeptRowDelegate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void modelGivesSeverityNotLooks();
    void failedRowReadsOnThePalette_data();
    void failedRowReadsOnThePalette();
    void keptTextFollowsTheRowAndTheWidth();

private:
    int loadAll();
    int rowWith(const QString &status) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<SmsTableModel> m_model;
};

namespace {

// WCAG 2 contrast, computed here rather than borrowed from the code under test.
double luminance(QColor c)
{
    const auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    c = c.toRgb();
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    // As Draftbox's dark appearance sets it.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

//! The ink of a cell: its pixel farthest from the background.
QColor ink(const QImage &image, const QRect &cell, const QColor &background)
{
    QColor best = background;
    int bestDistance = 0;
    for (int y = cell.top() + 2; y < cell.bottom() - 1; ++y) {
        for (int x = cell.left() + 2; x < cell.right() - 1; ++x) {
            const QColor c = image.pixelColor(x, y);
            const int d = std::abs(c.red() - background.red())
                + std::abs(c.green() - background.green()) + std::abs(c.blue() - background.blue());
            if (d > bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
    }
    return best;
}

//! The columns a cell's text covers, left to right: none is (-1, -1).
QPair<int, int> inkSpan(const QImage &image, const QRect &cell, const QColor &background)
{
    int first = -1;
    int last = -1;
    for (int x = cell.left(); x <= cell.right(); ++x) {
        for (int y = cell.top() + 2; y < cell.bottom() - 1; ++y) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green())
                    + std::abs(c.blue() - background.blue())
                > 120) {
                first = first < 0 ? x : first;
                last = x;
                break;
            }
        }
    }
    return {first, last};
}

//! The same looks, painted by the style from scratch.
class StylePainted : public KeptRowDelegate
{
public:
    using KeptRowDelegate::KeptRowDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
    }
};

class OptionProbe : public KeptRowDelegate
{
public:
    using KeptRowDelegate::initStyleOption;
    using KeptRowDelegate::KeptRowDelegate;
};

} // namespace

void tst_KeptRowDelegate::initTestCase()
{
    // Fusion paints what the palette says on every platform.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    m_sandbox = std::make_unique<SandboxFixture>(60);
    QVERIFY(m_sandbox->ok());
    m_model = std::make_unique<SmsTableModel>(m_sandbox->client.get());
    QVERIFY(loadAll() > 0);
    QVERIFY(rowWith(u"error"_s) >= 0);
    QVERIFY(rowWith(u"draft"_s) >= 0);
    QVERIFY(rowWith(u"sent"_s) >= 0);
}

void tst_KeptRowDelegate::cleanup()
{
    QApplication::setPalette(QApplication::style()->standardPalette());
}

int tst_KeptRowDelegate::loadAll()
{
    m_model->fetchMore({});
    while (true) {
        if (!QTest::qWaitFor([&] { return !m_model->isLoading(); }, 10000))
            return -1;
        if (!m_model->canFetchMore({}))
            return m_model->rowCount();
        m_model->fetchMore({});
    }
}

int tst_KeptRowDelegate::rowWith(const QString &status) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->status(row) == status)
            return row;
    }
    return -1;
}

void tst_KeptRowDelegate::modelGivesSeverityNotLooks()
{
    const struct
    {
        QString status;
        Severity severity;
    } rows[] = {{u"error"_s, Severity::Failure},
                {u"draft"_s, Severity::Attention},
                {u"sent"_s, Severity::Normal}};
    for (const auto &expected : rows) {
        const QModelIndex index
            = m_model->index(rowWith(expected.status), SmsTableModel::MessageColumn);
        QCOMPARE(index.data(ActivityTableModel::SeverityRole).toInt(), int(expected.severity));
        // No font and no colour from the model: a fixed one cannot suit every palette.
        QVERIFY(!index.data(Qt::FontRole).isValid());
        QVERIFY(!index.data(Qt::ForegroundRole).isValid());
    }

    // Each is painted as loud as it is, whatever the palette.
    QTableView view;
    view.setModel(m_model.get());
    OptionProbe delegate;
    for (const QPalette &palette : {QApplication::style()->standardPalette(), darkPalette()}) {
        view.setPalette(palette);
        for (const auto &expected : rows) {
            QStyleOptionViewItem option;
            option.initFrom(&view);
            option.widget = &view;
            delegate.initStyleOption(
                &option, m_model->index(rowWith(expected.status), SmsTableModel::MessageColumn));
            QCOMPARE(option.font.bold(), expected.severity != Severity::Normal);
            const QColor text = option.palette.color(QPalette::Text);
            const QColor base = palette.color(QPalette::Base);
            if (expected.severity == Severity::Failure) {
                QVERIFY2(contrast(text, base) >= 4.5,
                         qPrintable(u"%1 on %2: %3:1"_s.arg(text.name(), base.name())
                                        .arg(contrast(text, base))));
                QVERIFY2(text.red() > text.green() + 60 && text.red() > text.blue() + 60,
                         qPrintable(text.name())); // and still reads as red
            } else {
                QCOMPARE(text, palette.color(QPalette::Text));
            }
        }
    }
    // The light-theme red the model used to set would not do on the dark palette.
    QVERIFY(contrast(QColor(0xb3, 0x26, 0x1e), darkPalette().color(QPalette::Base)) < 3);
}

void tst_KeptRowDelegate::failedRowReadsOnThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void tst_KeptRowDelegate::failedRowReadsOnThePalette()
{
    // What is on screen: the list painted as the window paints it, then its pixels read.
    QFETCH(bool, dark);
    const QPalette palette = dark ? darkPalette() : QApplication::style()->standardPalette();
    QApplication::setPalette(palette);
    QTableView view;
    view.setModel(m_model.get());
    view.setItemDelegate(new KeptRowDelegate(&view));
    view.verticalHeader()->hide();
    for (int column = SmsTableModel::ListColumnCount; column < m_model->columnCount(); ++column)
        view.setColumnHidden(column, true);
    view.setColumnWidth(SmsTableModel::StatusColumn, 120);
    view.resize(900, 600);
    const int failed = rowWith(u"error"_s);
    const int sent = rowWith(u"sent"_s);
    view.scrollTo(m_model->index(failed, 0));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();

    const QColor base = palette.color(QPalette::Base);
    const auto cellOf = [&](int row) {
        return view.visualRect(m_model->index(row, SmsTableModel::StatusColumn));
    };
    QVERIFY(image.rect().contains(cellOf(failed)));
    const QColor failedInk = ink(image, cellOf(failed), base);
    QVERIFY2(contrast(failedInk, base) >= 4.5,
             qPrintable(u"the failed row's text %1 on %2: %3:1"_s.arg(failedInk.name(), base.name())
                            .arg(contrast(failedInk, base))));
    QVERIFY2(failedInk.red() > failedInk.green() + 60, qPrintable(failedInk.name()));
    // Another row keeps the palette's text colour.
    view.scrollTo(m_model->index(sent, 0));
    const QImage other = view.viewport()->grab().toImage();
    const QColor sentInk = ink(other, cellOf(sent), base);
    QVERIFY2(std::abs(sentInk.red() - sentInk.green()) < 30, qPrintable(sentInk.name()));
}

void tst_KeptRowDelegate::keptTextFollowsTheRowAndTheWidth()
{
    // The delegate keeps each cell's laid-out text: what it paints must still be the row's text
    // at the column's width, where the style would put it.
    QTableView view;
    view.setModel(m_model.get());
    view.verticalHeader()->hide();
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int row = rowWith(u"draft"_s);
    const QModelIndex message = m_model->index(row, SmsTableModel::MessageColumn);
    QVERIFY(m_model->setField(row, u"text"_s,
                              u"Hi there, the long version of this message "
                              u"runs on well past the edge of its column"_s));
    view.scrollTo(message);
    const QColor base = view.palette().color(QPalette::Base);
    const auto spanWith = [&](QAbstractItemDelegate *delegate) {
        view.setItemDelegate(delegate);
        const QImage image = view.viewport()->grab().toImage();
        return inkSpan(image, view.visualRect(message), base);
    };
    auto *kept = new KeptRowDelegate(&view);
    auto *styled = new StylePainted(&view);

    view.setColumnWidth(SmsTableModel::MessageColumn, 180);
    const auto elided = spanWith(kept);
    const auto elidedByStyle = spanWith(styled);
    QVERIFY2(elided.first >= 0, "the message is painted");
    QVERIFY(std::abs(elided.first - elidedByStyle.first) <= 2);
    QVERIFY2(std::abs(elided.second - elidedByStyle.second) <= 2,
             qPrintable(u"%1 vs %2"_s.arg(elided.second).arg(elidedByStyle.second)));

    // Wider: the same text, longer.
    view.setColumnWidth(SmsTableModel::MessageColumn, 420);
    const auto wide = spanWith(kept);
    QVERIFY2(wide.second > elided.second + 150,
             qPrintable(u"%1 then %2"_s.arg(elided.second).arg(wide.second)));
    // The row's text changes: the cell shows the new one, not the one it kept.
    QVERIFY(m_model->setField(row, u"text"_s, u"Hi"_s));
    const auto shortText = spanWith(kept);
    const auto shortByStyle = spanWith(styled);
    QVERIFY(shortText.second < wide.first + 60);
    QVERIFY(std::abs(shortText.second - shortByStyle.second) <= 2);
    m_model->revert(row);
}

QTEST_MAIN(tst_KeptRowDelegate)
#include "tst_keptrowdelegate.moc"
