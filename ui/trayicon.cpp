#include "trayicon.h"

#include <QAction>
#include <QFont>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

#include <algorithm>

TrayIcon::TrayIcon(const QIcon &icon, QObject *parent)
    : QObject(parent)
    , m_base(icon)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = m_menu->addAction(tr("&Show Draftbox"), this, &TrayIcon::showRequested);
    show->setObjectName(QStringLiteral("trayShowAction"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &TrayIcon::quitRequested);
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                // The menu has its own button; a click or a double click means "show me".
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::messageClicked);
    setUnread(0);
}

TrayIcon::~TrayIcon()
{
    m_tray->setContextMenu(nullptr); // before the menu goes
}

void TrayIcon::setUnread(int count)
{
    m_unread = std::max(count, 0);
    m_tray->setIcon(currentIcon());
    m_tray->setToolTip(toolTip());
}

QString TrayIcon::toolTip() const
{
    return m_unread == 0 ? tr("Draftbox") : tr("Draftbox — %n unread", nullptr, m_unread);
}

QIcon TrayIcon::currentIcon() const
{
    if (m_unread == 0)
        return m_base;
    // Each size drawn for itself: a badge scaled down from a large icon is unreadable at 16.
    QIcon icon;
    for (const int side : {16, 22, 24, 32, 48, 64})
        icon.addPixmap(badged(m_base, m_unread, side));
    return icon;
}

void TrayIcon::setVisible(bool visible)
{
    m_tray->setVisible(visible);
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::showMessage(const QString &title, const QString &body)
{
    m_tray->showMessage(title, body, currentIcon());
}

QPixmap TrayIcon::badged(const QIcon &icon, int count, int side)
{
    QPixmap pixmap(side, side);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    icon.paint(&painter, pixmap.rect());
    if (count <= 0)
        return pixmap;
    const QString text
        = count > 99 ? tr("%1+").arg(QLocale().toString(99)) : QLocale().toString(count);
    QFont font;
    font.setBold(true);
    font.setPixelSize(std::max(7, side * 9 / 20));
    const QFontMetrics metrics(font);
    const int height = std::max(metrics.height(), side * 11 / 20);
    const int width = std::max(height, metrics.horizontalAdvance(text) + height / 2);
    const QRectF badge(side - width, side - height, width, height);
    // Red with white text and a white rim: the colours every tray's badges use, readable on a
    // light panel and on a dark one alike.
    painter.setPen(QPen(Qt::white, std::max(1.0, side / 32.0)));
    painter.setBrush(QColor(0xd3, 0x2f, 0x2f));
    painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    return pixmap;
}
