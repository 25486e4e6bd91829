#include "appearance.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace Appearance {
namespace {

Mode s_mode = Mode::System;

struct Platform
{
    QString style;
    QPalette palette;
    bool captured = false;
};

Platform &platform()
{
    static Platform p;
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void apply(Mode mode)
{
    Platform &saved = platform();
    if (!saved.captured) {
        saved.style = QApplication::style()->name();
        saved.palette = QApplication::palette();
        saved.captured = true;
    }
    s_mode = mode;
    switch (mode) {
    case Mode::System:
        QApplication::setStyle(QStyleFactory::create(saved.style));
        QApplication::setPalette(saved.palette);
        break;
    case Mode::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case Mode::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

Mode current()
{
    return s_mode;
}

bool isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
}

QString toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Mode fromString(const QString &text)
{
    if (text == QLatin1String("light"))
        return Mode::Light;
    if (text == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString errorText()
{
    return isDark() ? QStringLiteral("color: #ffb4ab;") : QStringLiteral("color: #b3261e;");
}

QColor errorColor()
{
    return isDark() ? QColor(0xff, 0xb4, 0xab) : QColor(0xb3, 0x26, 0x1e);
}

QString okText()
{
    return isDark() ? QStringLiteral("color: #7ddc94;") : QStringLiteral("color: #1b7f3b;");
}

QString errorBorder()
{
    return isDark() ? QStringLiteral("border: 2px solid #ffb4ab;")
                    : QStringLiteral("border: 2px solid #b3261e;");
}

QString infoBanner()
{
    // "palette(alternate-base)" in a style sheet is resolved once, when the sheet is set: a
    // banner styled in light mode stayed light after a switch to dark, under light text.
    const QPalette palette = QApplication::palette();
    return QStringLiteral("background: %1; color: %2;")
        .arg(palette.color(QPalette::AlternateBase).name(), palette.color(QPalette::Text).name());
}

QString failureBanner()
{
    return isDark() ? QStringLiteral("background: #5c1a1f; color: #ffdad6;")
                    : QStringLiteral("background: #fde7e9; color: #5c0011;");
}

QString noticeBanner(const QString &selector)
{
    const QString colours = isDark()
        ? QStringLiteral("background: #4a3b00; color: #ffe08a; border: 1px solid #7a6300;")
        : QStringLiteral("background: #fff4ce; color: #3d2e00; border: 1px solid #e0c36a;");
    return selector.isEmpty() ? colours
                              : QStringLiteral("%1 { %2 padding: 4px; }").arg(selector, colours);
}

namespace {

//! Styles its widget again as the palette changes.
class Restyler : public QObject
{
public:
    Restyler(QWidget *widget, std::function<QString()> sheet)
        : QObject(widget)
        , m_widget(widget)
        , m_sheet(std::move(sheet))
    {
        restyle();
        widget->installEventFilter(this);
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Qt 6.4 tells the application of a new palette, not each child widget; and before
        // the event loop runs, no one: so also when the widget is shown.
        if ((watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            || (watched == m_widget && event->type() == QEvent::Show))
            restyle();
        return false;
    }

private:
    void restyle()
    {
        const QString sheet = m_sheet();
        if (m_widget->styleSheet() != sheet)
            m_widget->setStyleSheet(sheet);
    }

    QWidget *m_widget;
    std::function<QString()> m_sheet;
};

} // namespace

void keepStyled(QWidget *widget, std::function<QString()> sheet)
{
    new Restyler(widget, std::move(sheet));
}

void styleNotice(QWidget *widget, const QString &selector)
{
    keepStyled(widget, [selector] { return noticeBanner(selector); });
}

void styleFailure(QWidget *widget, const QString &selector)
{
    keepStyled(widget, [selector] {
        const QString colours = failureBanner();
        return selector.isEmpty()
            ? colours
            : QStringLiteral("%1 { %2 padding: 4px; }").arg(selector, colours);
    });
}

QString linkColor()
{
    return QApplication::palette().color(QPalette::Link).name();
}

} // namespace Appearance
