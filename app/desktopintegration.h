#pragma once

#include <QObject>
#include <QPointer>

class DesktopNotifier;
class MainWindow;
class SmsNotifications;
class SmsTableModel;
class TrayIcon;
class WhatsAppTableModel;

//! Draftbox on the desktop around its window: desktop notifications of SMS
//! (SmsNotifications through DesktopNotifier; the tray's message where no notification
//! service answers), the tray icon with the count of messages not opened, and closing the
//! window to the tray where the rep chose it (Preferences → Keep Running in the Tray When Closed).
//!
//! A close of the window (its title bar, Alt+F4) then hides it, and Draftbox runs on in the
//! tray; Quit (File → Quit, Ctrl+Q, the tray's menu) still ends it, the same way as before,
//! saving the settings and the journal (DraftboxApp's destructor, once the event loop ends).
class DesktopIntegration : public QObject
{
    Q_OBJECT

public:
    DesktopIntegration(MainWindow *window, SmsTableModel *sms, WhatsAppTableModel *whatsapp,
                       QObject *parent = nullptr);
    ~DesktopIntegration() override;

    //! Whether the desktop has a system tray (QSystemTrayIcon::isSystemTrayAvailable() at
    //! start): with one, the icon shows; without, closing the window quits.
    void setTrayAvailable(bool available);
    TrayIcon *tray() const { return m_tray; }
    DesktopNotifier *notifier() const { return m_notifier; }
    SmsNotifications *notifications() const { return m_notifications; }

signals:
    //! Quit from the tray's menu: end the event loop (DraftboxApp quits the application).
    void quitRequested();
    //! A notification went to the tray, as no notification service answered.
    void toldInTray(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateUnread();

    QPointer<MainWindow> m_window;
    SmsTableModel *m_sms;
    WhatsAppTableModel *m_whatsapp;
    DesktopNotifier *m_notifier;
    SmsNotifications *m_notifications;
    TrayIcon *m_tray = nullptr;
    QString m_trayMessageKey; //!< what a click on the tray's last message opens
};
