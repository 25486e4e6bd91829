#include "smsnotifications.h"

#include "activitysync.h"
#include "desktopnotifier.h"
#include "mainwindow.h"
#include "peopledirectory.h"
#include "smstablemodel.h"

#include <QDateTime>
#include <QTimer>

namespace {
const QString severalReceived = QStringLiteral("sms:several");
const QString severalFailed = QStringLiteral("failed:several");
} // namespace

SmsNotifications::SmsNotifications(SmsTableModel *sms, MainWindow *window,
                                   DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_sms(sms)
    , m_window(window)
    , m_notifier(notifier)
    , m_flush(new QTimer(this))
    , m_namesDeadline(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(0);
    m_namesDeadline->setSingleShot(true);
    m_namesDeadline->setInterval(namesWaitMs);
    connect(m_flush, &QTimer::timeout, this, &SmsNotifications::flush);
    connect(m_namesDeadline, &QTimer::timeout, this, &SmsNotifications::flush);
    const auto collect = [this](QStringList *into, const QStringList &ids) {
        if (!m_enabled)
            return;
        *into << ids;
        if (!m_namesDeadline->isActive())
            m_namesDeadline->start();
        m_flush->start();
    };
    connect(sms->sms(), &ActivitySync::arrived, this,
            [this, collect](const QStringList &ids) { collect(&m_arrived, ids); });
    connect(sms->sms(), &ActivitySync::sendFailed, this,
            [this, collect](const QString &id) { collect(&m_failed, {id}); });
    connect(sms, &ActivityTableModel::namesChanged, this, [this] {
        if (!m_arrived.isEmpty() || !m_failed.isEmpty())
            m_flush->start();
    });
    connect(sms, &ActivityTableModel::unreadChanged, this, &SmsNotifications::forgetRead);
    connect(notifier, &DesktopNotifier::closed, this,
            [this](const QString &key) { m_told.remove(key); });
}

void SmsNotifications::setEnabled(bool on)
{
    m_enabled = on;
    if (on)
        return;
    m_arrived.clear();
    m_failed.clear();
    // Off means quiet now too: what is still on the desktop goes.
    for (auto it = m_told.cbegin(); it != m_told.cend(); ++it)
        m_notifier->close(it.key());
    m_told.clear();
}

void SmsNotifications::activate(const QString &key, const QString &action)
{
    const Told told = m_told.take(key);
    m_notifier->close(key); // most services close it on a click; not all do
    if (!m_window)
        return;
    m_window->bringUp(told.open, action == QLatin1String("reply"));
}

QString SmsNotifications::who(int row) const
{
    const QString contact = m_sms->field(row, QStringLiteral("contact_id")).toString();
    if (!contact.isEmpty() && m_sms->people() && m_sms->people()->knows(contact))
        return m_sms->displayName(contact);
    const QString number = m_sms->sms()->listRemotePhone(row);
    return number.isEmpty() ? tr("Unknown number") : number;
}

QString SmsNotifications::firstWords(const QString &text)
{
    // Enough to know what it is about; the window has the rest. Cut between words.
    constexpr int shown = 120;
    const QString plain = text.simplified();
    if (plain.isEmpty())
        return tr("(no text)");
    if (plain.size() <= shown)
        return plain;
    qsizetype cut = plain.lastIndexOf(QLatin1Char(' '), shown);
    if (cut < shown / 2)
        cut = shown;
    return plain.left(cut) + tr("…");
}

QString SmsNotifications::conversationOf(int row) const
{
    return ActivitySync::conversationKey(
        m_sms->field(row, QStringLiteral("remote_phone")).toString(),
        m_sms->field(row, QStringLiteral("contact_id")).toString());
}

bool SmsNotifications::awaitsNames(const QStringList &ids) const
{
    const PeopleDirectory *people = m_sms->people();
    if (!people || !people->isBusy())
        return false;
    for (const QString &id : ids) {
        const int row = m_sms->rowOf(id);
        const QString contact
            = row < 0 ? QString() : m_sms->field(row, QStringLiteral("contact_id")).toString();
        if (!contact.isEmpty() && !people->knows(contact))
            return true;
    }
    return false;
}

void SmsNotifications::flush()
{
    if (!m_enabled)
        return;
    // A notification is read in a glance: "Maria", not "+1 650-333-4444", if Close names her
    // soon enough.
    if (m_namesDeadline->isActive() && awaitsNames(m_arrived + m_failed))
        return; // namesChanged() or the deadline comes back here
    m_namesDeadline->stop();
    notify(std::exchange(m_arrived, {}), false);
    notify(std::exchange(m_failed, {}), true);
}

void SmsNotifications::notify(const QStringList &ids, bool failed)
{
    // By conversation, in the order they came; each with its latest message.
    QStringList order;
    QHash<QString, QStringList> byConversation;
    for (const QString &id : ids) {
        const int row = m_sms->rowOf(id);
        if (row < 0)
            continue;
        if (failed ? m_sms->status(row) != QLatin1String("error")
                   : !m_sms->isUnread(row) || !m_sms->sms()->isInbound(row))
            continue; // read or retried meanwhile
        const QString conversation = conversationOf(row);
        if (!byConversation.contains(conversation))
            order << conversation;
        if (!byConversation[conversation].contains(id))
            byConversation[conversation] << id;
    }
    // Nothing of a conversation the rep is looking at: they see it come in.
    order.erase(std::remove_if(order.begin(), order.end(),
                               [&](const QString &conversation) {
                                   const QStringList &in = byConversation[conversation];
                                   return std::any_of(
                                       in.cbegin(), in.cend(), [this](const QString &id) {
                                           return m_window && m_window->isShowing(id);
                                       });
                               }),
                order.end());
    if (order.isEmpty())
        return;
    const auto latest = [this](const QStringList &among) {
        QString newest;
        QDateTime when;
        for (const QString &id : among) {
            const QDateTime at
                = m_sms->field(m_sms->rowOf(id), QStringLiteral("activity_at")).toDateTime();
            if (newest.isEmpty() || (at.isValid() && (!when.isValid() || at > when))) {
                newest = id;
                when = at;
            }
        }
        return newest;
    };
    const QString prefix = failed ? QStringLiteral("failed:") : QStringLiteral("sms:");
    const DesktopNotifier::Action open {QStringLiteral("default"), tr("Open")};

    if (order.size() > maxSeparate) {
        QStringList all;
        QStringList names;
        for (const QString &conversation : std::as_const(order)) {
            all << byConversation[conversation];
            if (names.size() < maxSeparate)
                names << who(m_sms->rowOf(byConversation[conversation].constFirst()));
        }
        const int others = int(order.size()) - int(names.size());
        const QString people = names.join(tr(", "));
        DesktopNotifier::Notification n;
        n.key = failed ? severalFailed : severalReceived;
        n.summary = failed ? tr("%n SMS not sent", nullptr, int(all.size()))
                           : tr("%n new SMS", nullptr, int(all.size()));
        n.body = failed ? tr("To %1 and %n more", nullptr, others).arg(people)
                        : tr("From %1 and %n more", nullptr, others).arg(people);
        n.actions = {open};
        n.category = failed ? QStringLiteral("im.error") : QStringLiteral("im.received");
        m_told.insert(n.key, {all, latest(all)});
        m_notifier->show(n);
        return;
    }

    for (const QString &conversation : std::as_const(order)) {
        const QString key = prefix + conversation;
        // What the one it replaces told of and is still unread stays counted in it.
        QStringList told;
        if (!failed) {
            for (const QString &id : m_told.value(key).ids) {
                const int row = m_sms->rowOf(id);
                if (row >= 0 && m_sms->isUnread(row))
                    told << id;
            }
        }
        for (const QString &id : byConversation[conversation]) {
            if (!told.contains(id))
                told << id;
        }
        const QString newest = latest(told);
        const int row = m_sms->rowOf(newest);
        DesktopNotifier::Notification n;
        n.key = key;
        if (failed) {
            n.summary = tr("Not sent to %1").arg(who(row));
            const QString reason = m_sms->field(row, QStringLiteral("error_message")).toString();
            n.body = reason.isEmpty() ? tr("Close did not say why.") : reason;
            n.actions = {open};
            n.category = QStringLiteral("im.error");
        } else {
            n.summary = who(row);
            const QString words = firstWords(m_sms->field(row, QStringLiteral("text")).toString());
            n.body = told.size() == 1
                ? words
                : tr("%n new SMS", nullptr, int(told.size())) + QLatin1Char('\n') + words;
            n.actions = {open, {QStringLiteral("reply"), tr("Reply")}};
            n.category = QStringLiteral("im.received");
        }
        m_told.insert(key, {told, newest});
        m_notifier->show(n);
    }
}

void SmsNotifications::forgetRead()
{
    // Read in the window: its notification has nothing left to tell.
    for (auto it = m_told.begin(); it != m_told.end();) {
        const bool received = it.key().startsWith(QLatin1String("sms:"));
        const bool unread
            = std::any_of(it->ids.cbegin(), it->ids.cend(), [this](const QString &id) {
                  const int row = m_sms->rowOf(id);
                  return row >= 0 && m_sms->isUnread(row);
              });
        if (!received || unread) {
            ++it;
            continue;
        }
        m_notifier->close(it.key());
        it = m_told.erase(it);
    }
}
