#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QLineEdit;
class QWidget;

//! Types into a search field as a rep does and times each keystroke until the list under it
//! has painted the result: the key events are posted (the event loop delivers them, as it does
//! the keyboard's), the clock stops on the loop's next turn after the list's viewport painted.
//! The same in draftbox-bench-app and in the bare-Qt baseline, so the two figures compare.
//!
//! Steps: "e" (the first letter, which matches most rows), "a" ("ea"), Backspace ("e"),
//! Backspace (empty: the whole list again), "h", "i" ("hi"), then Ctrl+A and Backspace (the
//! search cleared at once). finished() gives `key_<step> <ms>` pairs and `key_max <ms>`; a step
//! that painted nothing within two seconds counts as 2000.
class Keystrokes : public QObject
{
    Q_OBJECT

public:
    Keystrokes(QLineEdit *search, QWidget *viewport, QObject *parent = nullptr);
    void start();

signals:
    void finished(const QByteArray &report);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Step
    {
        const char *name;
        QList<int> keys; //!< key codes, Ctrl held for those with Qt::ControlModifier or'ed in
    };
    void next();
    void painted();
    void stepDone(double ms);

    QPointer<QLineEdit> m_search;
    QPointer<QWidget> m_viewport;
    QList<Step> m_steps;
    int m_step = -1;
    bool m_waiting = false;
    QElapsedTimer m_clock;
    QTimer m_giveUp;
    QByteArray m_report;
    double m_longest = 0;
};
