#include "desktopnotifier.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QIcon>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "draftbox.notify", QtInfoMsg)

namespace {

const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
//! A service that does not answer in this long is taken as none: nothing waits on it longer.
constexpr int callTimeoutMs = 5000;
//! After a failure, how long before a notification makes Draftbox look for a service again
//! (one may have started since); meanwhile they go to unavailable() at once.
constexpr int askAgainMs = 60 * 1000;

//! The "image-data" hint: a raw picture, as the specification lays it out (iiibiiay).
struct ImageData
{
    int width = 0;
    int height = 0;
    int rowStride = 0;
    bool hasAlpha = true;
    int bitsPerSample = 8;
    int channels = 4;
    QByteArray pixels;
};

QDBusArgument &operator<<(QDBusArgument &argument, const ImageData &image)
{
    argument.beginStructure();
    argument << image.width << image.height << image.rowStride << image.hasAlpha
             << image.bitsPerSample << image.channels << image.pixels;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, ImageData &image)
{
    argument.beginStructure();
    argument >> image.width >> image.height >> image.rowStride >> image.hasAlpha
        >> image.bitsPerSample >> image.channels >> image.pixels;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(ImageData)

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
    qDBusRegisterMetaType<ImageData>();
}

QString DesktopNotifier::bodyFor(const QString &plain, bool markup)
{
    // A body is markup only to a service that says it reads markup; to the others "<" is "<".
    if (!markup)
        return plain;
    return plain.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}

void DesktopNotifier::show(const Notification &notification)
{
    switch (m_state) {
    case State::Ready:
        send(notification);
        return;
    case State::Asking:
        m_waiting.append(notification);
        return;
    case State::Unavailable:
        if (!m_askAgain.hasExpired()) {
            emit unavailable(notification);
            return;
        }
        [[fallthrough]];
    case State::Unknown:
        m_waiting.append(notification);
        askCapabilities();
        return;
    }
}

void DesktopNotifier::close(const QString &key)
{
    const auto it = m_shown.find(key);
    if (it == m_shown.end())
        return;
    it->next.reset();
    if (it->asking) {
        it->closeWanted = true;
        return;
    }
    const uint id = it->serverId;
    m_shown.erase(it);
    if (m_state != State::Ready || id == 0)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface,
                                                       QStringLiteral("CloseNotification"));
    call << id;
    m_bus->asyncCall(call, callTimeoutMs); // nothing to do with the answer
}

bool DesktopNotifier::isShown(const QString &key) const
{
    return m_shown.contains(key);
}

void DesktopNotifier::askCapabilities()
{
    m_state = State::Asking;
    emit stateChanged(m_state);
    if (!m_bus)
        m_bus = QDBusConnection::sessionBus();
    if (!m_bus->isConnected()) {
        // No bus at all (DBUS_SESSION_BUS_ADDRESS unset or wrong, a bare session): asked on a
        // loop turn of its own, as an answer from a service would come.
        QMetaObject::invokeMethod(
            this, [this] { giveUp(m_bus->lastError().message()); }, Qt::QueuedConnection);
        return;
    }
    const QDBusMessage call = QDBusMessage::createMethodCall(service, path, interface,
                                                             QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call, callTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            &DesktopNotifier::capabilitiesAnswered);
}

void DesktopNotifier::capabilitiesAnswered(QDBusPendingCallWatcher *watcher)
{
    watcher->deleteLater();
    const QDBusPendingReply<QStringList> reply = *watcher;
    if (reply.isError()) {
        giveUp(reply.error().message());
        return;
    }
    m_capabilities = reply.value();
    const QString server = reply.reply().service();
    if (server != m_server) {
        // Connected with no sender named: QDBusConnection::connect() would otherwise ask the
        // bus who owns the name, and wait for the answer. The sender is checked on arrival.
        if (m_server.isEmpty()) {
            m_bus->connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                           SLOT(onActionInvoked(QDBusMessage)));
            m_bus->connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                           SLOT(onNotificationClosed(QDBusMessage)));
        }
        m_server = server;
        m_shown.clear(); // the ids of another service mean nothing to this one
    }
    m_state = State::Ready;
    m_told = false;
    qCDebug(lcNotify) << "Notification service" << server << "offers" << m_capabilities;
    emit stateChanged(m_state);
    for (const Notification &notification : std::exchange(m_waiting, {}))
        send(notification);
}

void DesktopNotifier::giveUp(const QString &why)
{
    m_state = State::Unavailable;
    m_askAgain.setRemainingTime(askAgainMs);
    m_shown.clear();
    if (!std::exchange(m_told, true))
        qCInfo(lcNotify).noquote()
            << QStringLiteral("No desktop notifications (%1): new SMS and failed sends are told "
                              "in the tray, if there is one")
                   .arg(why);
    emit stateChanged(m_state);
    for (const Notification &notification : std::exchange(m_waiting, {}))
        emit unavailable(notification);
}

void DesktopNotifier::send(const Notification &notification)
{
    Shown &shown = m_shown[notification.key];
    if (shown.asking) {
        // Its id is on its way: the newest replaces it once known, those between never show.
        shown.next = notification;
        shown.closeWanted = false;
        return;
    }
    shown.asking = true;
    QStringList actions;
    if (hasActions()) {
        for (const Action &action : notification.actions)
            actions << action.id << action.label;
    }
    const QString desktopEntry = QGuiApplication::desktopFileName();
    // Installed, the theme has Draftbox's icon by the desktop entry's name; otherwise the
    // picture itself goes with the notification (hints()).
    const QString appIcon
        = !desktopEntry.isEmpty() && QIcon::hasThemeIcon(desktopEntry) ? desktopEntry : QString();
    QDBusMessage call
        = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
    call << QGuiApplication::applicationDisplayName() << shown.serverId << appIcon
         << notification.summary
         << bodyFor(notification.body, m_capabilities.contains(QLatin1String("body-markup")))
         << actions << hints(notification) << -1;
    auto *watcher = new QDBusPendingCallWatcher(m_bus->asyncCall(call, callTimeoutMs), this);
    const QString key = notification.key;
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, key, notification](QDBusPendingCallWatcher *answered) {
                answered->deleteLater();
                const QDBusPendingReply<uint> reply = *answered;
                const auto it = m_shown.find(key);
                if (it == m_shown.end())
                    return; // forgotten meanwhile (the service went)
                it->asking = false;
                if (reply.isError()) {
                    // The service went away since it answered: look for one again next time.
                    m_shown.erase(it);
                    m_state = State::Unknown;
                    if (!std::exchange(m_told, true))
                        qCInfo(lcNotify).noquote()
                            << "A desktop notification failed:" << reply.error().message();
                    emit unavailable(notification);
                    return;
                }
                it->serverId = reply.value();
                if (it->closeWanted) {
                    it->closeWanted = false;
                    close(key);
                } else if (it->next) {
                    const Notification next = *std::exchange(it->next, std::nullopt);
                    send(next);
                }
            });
}

QVariantMap DesktopNotifier::hints(const Notification &notification) const
{
    QVariantMap hints;
    const QString desktopEntry = QGuiApplication::desktopFileName();
    if (!desktopEntry.isEmpty())
        hints.insert(QStringLiteral("desktop-entry"), desktopEntry);
    if (!notification.category.isEmpty())
        hints.insert(QStringLiteral("category"), notification.category);
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
    if (!m_icon.isNull() && !QIcon::hasThemeIcon(desktopEntry)) {
        const QImage rgba = m_icon.convertToFormat(QImage::Format_RGBA8888);
        ImageData image;
        image.width = rgba.width();
        image.height = rgba.height();
        image.rowStride = int(rgba.bytesPerLine());
        image.pixels
            = QByteArray(reinterpret_cast<const char *>(rgba.constBits()), rgba.sizeInBytes());
        hints.insert(QStringLiteral("image-data"), QVariant::fromValue(image));
    }
    return hints;
}

QString DesktopNotifier::keyOf(uint serverId) const
{
    for (auto it = m_shown.cbegin(); it != m_shown.cend(); ++it) {
        if (it->serverId == serverId && serverId != 0)
            return it.key();
    }
    return {};
}

void DesktopNotifier::onActionInvoked(const QDBusMessage &message)
{
    const QList<QVariant> arguments = message.arguments();
    if (message.service() != m_server || arguments.size() < 2)
        return;
    const QString key = keyOf(arguments.at(0).toUInt());
    if (!key.isEmpty())
        emit actionInvoked(key, arguments.at(1).toString());
}

void DesktopNotifier::onNotificationClosed(const QDBusMessage &message)
{
    const QList<QVariant> arguments = message.arguments();
    if (message.service() != m_server || arguments.isEmpty())
        return;
    const QString key = keyOf(arguments.at(0).toUInt());
    if (key.isEmpty())
        return;
    const auto it = m_shown.find(key);
    if (it->asking)
        return; // being replaced: the new one takes its place under the same id
    m_shown.erase(it);
    emit closed(key);
}
