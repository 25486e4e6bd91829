#pragma once

#include <QDBusConnection>
#include <QDeadlineTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>

#include <optional>

class QDBusMessage;
class QDBusPendingCallWatcher;

//! Desktop notifications through the freedesktop notification service
//! (org.freedesktop.Notifications on the session bus). Each notification has a key of the
//! caller's: a new one under the same key replaces the one shown rather than piling up, and an
//! action the rep picks comes back with its key. Every call is asynchronous.
//!
//! Without a session bus or a notification service, nothing is shown and nothing fails:
//! unavailable() hands each notification on (to the tray, say), and the log says so once.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString id; //!< "default" is the click on the notification itself
        QString label;
    };
    struct Notification
    {
        QString key; //!< the caller's: one notification per key at a time
        QString summary; //!< plain text
        QString body; //!< plain text: escaped here where the service reads markup
        QList<Action> actions;
        QString category; //!< e.g. "im.received" (the specification's categories)
    };
    enum class State { Unknown, Asking, Ready, Unavailable };

    //! Nothing is asked of the session bus, not even to connect, before the first notification.
    explicit DesktopNotifier(QObject *parent = nullptr);

    void show(const Notification &notification);
    //! Takes the notification of `key` off the desktop, if it is there.
    void close(const QString &key);
    bool isShown(const QString &key) const;

    State state() const { return m_state; }
    //! The service offers buttons on its notifications (its "actions" capability).
    bool hasActions() const { return m_capabilities.contains(QLatin1String("actions")); }

    //! The icon the notifications carry where the desktop's icon theme has no Draftbox icon
    //! (Draftbox not installed): the window icon, from the resources.
    void setIcon(const QImage &icon) { m_icon = icon; }

    //! The body as the service shows it: escaped when it reads a subset of HTML in bodies.
    static QString bodyFor(const QString &plain, bool markup);

signals:
    //! The rep picked `action` on the notification of `key` (it is gone from the desktop).
    void actionInvoked(const QString &key, const QString &action);
    //! The notification of `key` left the desktop (timed out, dismissed, closed).
    void closed(const QString &key);
    //! There is no notification service to show it: the caller may say it another way.
    void unavailable(const DesktopNotifier::Notification &notification);
    void stateChanged(DesktopNotifier::State state);

private slots:
    // Slots by name: QDBusConnection::connect() takes nothing else.
    void onActionInvoked(const QDBusMessage &message);
    void onNotificationClosed(const QDBusMessage &message);

private:
    struct Shown
    {
        uint serverId = 0; //!< 0 until the service answered Notify
        bool asking = false; //!< a Notify of it is on its way
        std::optional<Notification> next; //!< asked for meanwhile: sent once the id is known
        bool closeWanted = false; //!< closed before the service said its id
    };
    void askCapabilities();
    void capabilitiesAnswered(QDBusPendingCallWatcher *watcher);
    void giveUp(const QString &why);
    void send(const Notification &notification);
    QVariantMap hints(const Notification &notification) const;
    QString keyOf(uint serverId) const;

    std::optional<QDBusConnection> m_bus; //!< the session bus, from the first notification on
    State m_state = State::Unknown;
    QStringList m_capabilities;
    QString m_server; //!< the service's unique bus name: signals from anyone else are ignored
    QList<Notification> m_waiting; //!< until the capabilities are known
    QHash<QString, Shown> m_shown; //!< by key
    QImage m_icon;
    QDeadlineTimer m_askAgain; //!< after a failure, when to look for a service again
    bool m_told = false; //!< the log said why there are no notifications
};
