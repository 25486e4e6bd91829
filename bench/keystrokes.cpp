#include "keystrokes.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace {

constexpr int pauseMs = 250; //!< between two keystrokes: each starts from a quiet loop
constexpr int giveUpMs = 2000;

QString textOf(int key)
{
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return QString(QChar(u'a' + (key - Qt::Key_A)));
    return {};
}

} // namespace

Keystrokes::Keystrokes(QLineEdit *search, QWidget *viewport, QObject *parent)
    : QObject(parent)
    , m_search(search)
    , m_viewport(viewport)
{
    const int ctrlA = int(Qt::ControlModifier) | Qt::Key_A;
    m_steps = {{"e", {Qt::Key_E}},
               {"ea", {Qt::Key_A}},
               {"back_to_e", {Qt::Key_Backspace}},
               {"back_to_empty", {Qt::Key_Backspace}},
               {"h", {Qt::Key_H}},
               {"hi", {Qt::Key_I}},
               {"clear", {ctrlA, Qt::Key_Backspace}}};
    m_giveUp.setSingleShot(true);
    connect(&m_giveUp, &QTimer::timeout, this, [this] { stepDone(giveUpMs); });
    viewport->installEventFilter(this);
}

void Keystrokes::start()
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->clear();
    QTimer::singleShot(pauseMs, this, &Keystrokes::next);
}

void Keystrokes::next()
{
    if (++m_step >= m_steps.size() || !m_search || !m_viewport) {
        m_report += "key_max " + QByteArray::number(m_longest, 'f', 2);
        emit finished(m_report);
        return;
    }
    m_waiting = true;
    m_giveUp.start(giveUpMs);
    m_clock.start();
    for (const int code : m_steps.at(m_step).keys) {
        const auto modifiers = Qt::KeyboardModifiers(code & int(Qt::KeyboardModifierMask));
        const int key = code & ~int(Qt::KeyboardModifierMask);
        const QString text = modifiers ? QString() : textOf(key);
        QCoreApplication::postEvent(m_search,
                                    new QKeyEvent(QEvent::KeyPress, key, modifiers, text));
        QCoreApplication::postEvent(m_search,
                                    new QKeyEvent(QEvent::KeyRelease, key, modifiers, text));
    }
}

bool Keystrokes::eventFilter(QObject *watched, QEvent *event)
{
    if (m_waiting && watched == m_viewport && event->type() == QEvent::Paint) {
        m_waiting = false;
        // The filter runs before the paint: it is over when the loop turns next.
        QTimer::singleShot(0, this, &Keystrokes::painted);
    }
    return false;
}

void Keystrokes::painted()
{
    if (m_giveUp.isActive())
        stepDone(double(m_clock.nsecsElapsed()) / 1e6);
}

void Keystrokes::stepDone(double ms)
{
    m_giveUp.stop();
    m_waiting = false;
    m_longest = std::max(m_longest, ms);
    m_report += QByteArray("key_") + m_steps.at(m_step).name + ' ' + QByteArray::number(ms, 'f', 2)
        + ' ';
    QTimer::singleShot(pauseMs, this, &Keystrokes::next);
}
