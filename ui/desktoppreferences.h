#pragma once

#include <QObject>

class QAction;
class QMenu;

//! Preferences → how Draftbox behaves on the desktop: whether new SMS and failed sends raise a
//! desktop notification, and whether closing the window keeps Draftbox running in the tray.
//! Each is remembered (QSettings, group "desktop") as soon as the rep changes it, as the
//! language is: nothing waits for the window's settings to be saved on the way out.
class DesktopPreferences : public QObject
{
    Q_OBJECT

public:
    //! Fills `menu` with the entries, checked as the settings say.
    explicit DesktopPreferences(QMenu *menu, QObject *parent = nullptr);

    //! Notify of New Messages (on unless the rep turned it off).
    bool notifies() const;
    //! Keep Running in the Tray When Closed: chosen, and there is a tray to keep it in.
    bool keepsRunningInTray() const;
    //! Whether the desktop has a system tray. Without one the option cannot work: it is off,
    //! greyed, and the menu says why (what the rep chose stays remembered for a desktop with one).
    void setTrayAvailable(bool available);
    bool isTrayAvailable() const { return m_trayAvailable; }

    QAction *notifyAction() const { return m_notify; }
    QAction *keepInTrayAction() const { return m_keepInTray; }

signals:
    void notifiesChanged(bool on);
    void keepsRunningInTrayChanged(bool on);

private:
    QAction *m_notify;
    QAction *m_keepInTray;
    QAction *m_noTray; //!< the note under the option when there is no tray
    bool m_trayAvailable = false;
    bool m_keepChosen = false; //!< what the rep chose, whatever the tray
};
