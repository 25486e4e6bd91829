// Opening and typing in the SMS editor holding a long text (a hostile or pasted one, up to the
// 8 MB an answer may be): the text set until painted, then each keystroke at its end timed
// until the editor has painted it, in Draftbox's DraftEditor (counter, UCS-2 marks, spelling)
// and in a bare QPlainTextEdit with the same text, in the same process. A paragraph past
// LongTextGuard::longestEditedParagraph is shown cut short and read-only: there the rep types
// after Shorten. Prints figures; fails on nothing.
#include "drafteditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr int giveUpMs = 5000;

//! Counts the viewport's paints.
class PaintWatch : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

//! Milliseconds from posting the events of `keys` to the loop's turn after the next paint.
double timeKeys(QPlainTextEdit *edit, PaintWatch &watch, const QList<int> &keys)
{
    QApplication::processEvents();
    const int before = watch.paints;
    QElapsedTimer clock;
    clock.start();
    for (const int key : keys) {
        const QString text = key == Qt::Key_Backspace ? QString() : QString(QChar(u'a'));
        QCoreApplication::postEvent(edit, new QKeyEvent(QEvent::KeyPress, key, {}, text));
        QCoreApplication::postEvent(edit, new QKeyEvent(QEvent::KeyRelease, key, {}, text));
    }
    while (watch.paints == before && clock.elapsed() < giveUpMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    QApplication::processEvents();
    return double(clock.nsecsElapsed()) / 1e6;
}

struct Figures
{
    double setText = 0;
    double median = 0;
    double longest = 0;
    bool shortened = false;
};

Figures type(bool draftbox, qsizetype characters, bool lines)
{
    QString text;
    text.reserve(characters + 64);
    while (text.size() < characters)
        text += lines ? QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing.\n")
                      : QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing. ");
    std::unique_ptr<QWidget> widget;
    QPlainTextEdit *edit = nullptr;
    QElapsedTimer clock;
    clock.start();
    if (draftbox) {
        auto *editor = new DraftEditor;
        widget.reset(editor);
        editor->setText(text);
        edit = editor->editor();
    } else {
        edit = new QPlainTextEdit;
        widget.reset(edit);
        edit->setPlainText(text);
    }
    PaintWatch watch;
    edit->viewport()->installEventFilter(&watch);
    widget->resize(500, 300);
    widget->show();
    while (watch.paints == 0 && clock.elapsed() < 4 * giveUpMs)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    Figures figures;
    figures.setText = double(clock.nsecsElapsed()) / 1e6;
    if (edit->isReadOnly()) { // cut short: the rep shortens it, then types
        widget->findChild<QPushButton *>(QStringLiteral("shortenButton"))->click();
        figures.shortened = true;
    }
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    // Ten letters at the end, then three backspaces, a quiet loop before each.
    QList<double> times;
    for (int i = 0; i < 13; ++i) {
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 120)
            QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        times << timeKeys(edit, watch, {i < 10 ? Qt::Key_A : Qt::Key_Backspace});
    }
    std::sort(times.begin(), times.end());
    figures.median = times.at(times.size() / 2);
    figures.longest = times.last();
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    out << "the SMS editor holding a long text: set until painted, then a keystroke until "
           "painted (ms)\n";
    out << "characters\ttext\teditor\topen+paint\tkey median\tkey longest\n";
    const QList<std::pair<qsizetype, bool>> texts
        = {{1'000, false},     {100'000, false},  {1'000'000, false},
           {3'000'000, false}, {1'000'000, true}, {3'000'000, true}};
    for (const auto &[characters, lines] : texts) {
        for (const bool draftbox : {false, true}) {
            const Figures f = type(draftbox, characters, lines);
            out << characters << '\t' << (lines ? "lines of 52" : "one paragraph") << '\t'
                << (draftbox ? (f.shortened ? "DraftEditor (cut short; typed after Shorten)"
                                            : "DraftEditor")
                             : "bare QPlainTextEdit")
                << '\t' << QString::number(f.setText, 'f', 1) << '\t'
                << QString::number(f.median, 'f', 1) << '\t' << QString::number(f.longest, 'f', 1)
                << '\n';
            out.flush();
        }
    }
    return 0;
}
