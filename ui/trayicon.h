#pragma once

#include <QIcon>
#include <QObject>

#include <memory>

class QMenu;
class QSystemTrayIcon;

//! Draftbox in the system tray: its icon with the count of messages not opened drawn on it, a
//! tooltip that says it, and a menu (Show Draftbox, Quit); a click shows the window too.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    explicit TrayIcon(const QIcon &icon, QObject *parent = nullptr);
    ~TrayIcon() override;

    //! The messages not opened (SMS and WhatsApp): drawn on the icon, said in the tooltip.
    void setUnread(int count);
    int unread() const { return m_unread; }
    QString toolTip() const;
    QIcon currentIcon() const;
    void setVisible(bool visible);
    bool isVisible() const;
    //! A message from the tray (its balloon, or the desktop's notification if the tray host
    //! turns it into one): where notifications cannot go elsewhere. messageClicked() if clicked.
    void showMessage(const QString &title, const QString &body);
    QMenu *menu() const { return m_menu.get(); }

    //! `icon` at `side` pixels with `count` in a badge on its lower right (none at 0).
    static QPixmap badged(const QIcon &icon, int count, int side);

signals:
    void showRequested();
    void quitRequested();
    void messageClicked();

private:
    QIcon m_base;
    int m_unread = 0;
    std::unique_ptr<QMenu> m_menu; //!< a widget: not a child of this QObject
    QSystemTrayIcon *m_tray;
};
