#include "desktoppreferences.h"

#include <QAction>
#include <QMenu>
#include <QSettings>
#include <QSignalBlocker>
#include <QSystemTrayIcon>

namespace {
const QString notifyKey = QStringLiteral("desktop/notifyNewMessages");
const QString keepInTrayKey = QStringLiteral("desktop/keepRunningInTray");
} // namespace

DesktopPreferences::DesktopPreferences(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_notify(menu->addAction(tr("&Notify of New Messages")))
    , m_keepInTray(menu->addAction(tr("&Keep Running in the Tray When Closed")))
    , m_noTray(menu->addAction(tr("This desktop has no system tray: closing the window quits")))
{
    const QSettings settings;
    m_notify->setObjectName(QStringLiteral("notifyAction"));
    m_notify->setCheckable(true);
    m_notify->setChecked(settings.value(notifyKey, true).toBool());
    m_notify->setStatusTip(tr("A desktop notification when an SMS comes in or Close could not "
                              "send one, unless you are looking at it"));
    m_keepInTray->setObjectName(QStringLiteral("keepInTrayAction"));
    m_keepInTray->setCheckable(true);
    m_keepChosen = settings.value(keepInTrayKey, false).toBool();
    m_keepInTray->setStatusTip(tr("Closing the window leaves Draftbox in the tray, still "
                                  "telling of new SMS; Quit ends it"));
    m_noTray->setObjectName(QStringLiteral("noTrayNote"));
    m_noTray->setEnabled(false);
    // Greyed entries show their tooltip on hover only when the menu shows tooltips at all.
    menu->setToolTipsVisible(true);
    connect(m_notify, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(notifyKey, on);
        emit notifiesChanged(on);
    });
    connect(m_keepInTray, &QAction::toggled, this, [this](bool on) {
        if (!m_trayAvailable)
            return; // greyed: only setTrayAvailable() changes it then
        m_keepChosen = on;
        QSettings().setValue(keepInTrayKey, on);
        emit keepsRunningInTrayChanged(on);
    });
    setTrayAvailable(QSystemTrayIcon::isSystemTrayAvailable());
}

bool DesktopPreferences::notifies() const
{
    return m_notify->isChecked();
}

bool DesktopPreferences::keepsRunningInTray() const
{
    return m_trayAvailable && m_keepChosen;
}

void DesktopPreferences::setTrayAvailable(bool available)
{
    const bool before = keepsRunningInTray();
    m_trayAvailable = available;
    m_keepInTray->setEnabled(available);
    {
        const QSignalBlocker quiet(m_keepInTray); // not the rep's choice: nothing to remember
        m_keepInTray->setChecked(available && m_keepChosen);
    }
    m_keepInTray->setToolTip(available ? QString()
                                       : tr("Without a system tray there is nowhere to keep "
                                            "Draftbox once its window is closed."));
    m_noTray->setVisible(!available);
    if (before != keepsRunningInTray())
        emit keepsRunningInTrayChanged(keepsRunningInTray());
}
