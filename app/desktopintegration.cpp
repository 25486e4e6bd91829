#include "desktopintegration.h"

#include "desktopnotifier.h"
#include "desktoppreferences.h"
#include "mainwindow.h"
#include "smsnotifications.h"
#include "smstablemodel.h"
#include "trayicon.h"
#include "whatsapptablemodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QSystemTrayIcon>

DesktopIntegration::DesktopIntegration(MainWindow *window, SmsTableModel *sms,
                                       WhatsAppTableModel *whatsapp, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sms(sms)
    , m_whatsapp(whatsapp)
    , m_notifier(new DesktopNotifier(this))
    , m_notifications(new SmsNotifications(sms, window, m_notifier, this))
{
    DesktopPreferences *preferences = window->desktopPreferences();
    m_notifier->setIcon(QApplication::windowIcon().pixmap(64, 64).toImage());
    m_notifications->setEnabled(preferences->notifies());
    connect(preferences, &DesktopPreferences::notifiesChanged, m_notifications,
            &SmsNotifications::setEnabled);
    connect(m_notifier, &DesktopNotifier::actionInvoked, m_notifications,
            &SmsNotifications::activate);
    connect(m_notifier, &DesktopNotifier::unavailable, this,
            [this](const DesktopNotifier::Notification &notification) {
                // The tray's own message is the one other place a desktop shows news; with no
                // tray either, the window's tab counts say it when the rep looks.
                if (!m_tray || !m_tray->isVisible())
                    return;
                m_trayMessageKey = notification.key;
                m_tray->showMessage(notification.summary, notification.body);
                emit toldInTray(notification.key);
            });
    for (ActivityTableModel *model :
         {static_cast<ActivityTableModel *>(sms), static_cast<ActivityTableModel *>(whatsapp)})
        connect(model, &ActivityTableModel::unreadChanged, this, &DesktopIntegration::updateUnread);
    window->installEventFilter(this);
    setTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());
}

DesktopIntegration::~DesktopIntegration()
{
    if (m_window)
        m_window->removeEventFilter(this);
    QApplication::setQuitOnLastWindowClosed(true);
}

void DesktopIntegration::setTrayAvailable(bool available)
{
    if (available && !m_tray) {
        m_tray = new TrayIcon(QApplication::windowIcon(), this);
        connect(m_tray, &TrayIcon::showRequested, this, [this] {
            if (m_window)
                m_window->bringUp();
        });
        connect(m_tray, &TrayIcon::quitRequested, this, &DesktopIntegration::quitRequested);
        connect(m_tray, &TrayIcon::messageClicked, this, [this] {
            m_notifications->activate(std::exchange(m_trayMessageKey, {}),
                                      QStringLiteral("default"));
        });
        updateUnread();
        m_tray->setVisible(true);
    } else if (!available && m_tray) {
        delete std::exchange(m_tray, nullptr);
    }
    if (m_window)
        m_window->desktopPreferences()->setTrayAvailable(available);
}

void DesktopIntegration::updateUnread()
{
    if (m_tray)
        m_tray->setUnread(m_sms->unreadCount() + m_whatsapp->unreadCount());
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::Show) {
        // Back on the desktop: closing it (or Quit) ends Draftbox again as the rep expects.
        QApplication::setQuitOnLastWindowClosed(true);
    } else if (event->type() == QEvent::Close && !m_window->isQuitting() && m_tray
               && m_tray->isVisible() && m_window->desktopPreferences()->keepsRunningInTray()) {
        // Hidden, not closed: with no window left, closing any other one (a dialog) would
        // otherwise end Draftbox as the last window closed.
        QApplication::setQuitOnLastWindowClosed(false);
        event->ignore();
        m_window->hide();
        return true;
    }
    return false;
}
