#include "eventsync.h"

#include "activitysync.h"
#include "closecall.h"
#include "closeclient.h"
#include "smssync.h"

#include <QLocale>
#include <QSet>

namespace {

//! A time as the status bar says it: the time today, else the date and time.
QString spoken(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    const QLocale locale;
    return local.date() == QDate::currentDate()
        ? locale.toString(local.time(), QLocale::ShortFormat)
        : locale.toString(local, QLocale::ShortFormat);
}

} // namespace

EventSync::EventSync(CloseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_interval.setSingleShot(true);
    m_interval.setInterval(defaultIntervalMs);
    connect(&m_interval, &QTimer::timeout, this, &EventSync::round);
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &EventSync::round);
}

void EventSync::follow(ActivitySync *sync)
{
    m_syncs << sync;
    sync->setFollowedByEvents(true);
    // Listed whole: what changed while the pages came is asked for at once.
    connect(sync, &ActivitySync::listed, this, [this] {
        if (m_running && !m_fellBack)
            m_soon.start(0);
        else if (m_running)
            m_interval.start(); // after a fall-back, not at once: the log just failed
        emit freshnessChanged();
    });
    connect(sync, &ActivitySync::changesWanted, this, &EventSync::syncNow);
    if (auto *sms = qobject_cast<SmsSync *>(sync)) {
        connect(sms, &SmsSync::awaitingSend, this, [this] {
            if (m_running && !m_soon.isActive())
                m_soon.start(std::min(outboxIntervalMs, interval()));
        });
    }
}

void EventSync::setInterval(int ms)
{
    m_interval.setInterval(std::max(1000, ms));
}

void EventSync::start()
{
    m_running = true;
    m_fellBack = false;
    m_applied.clear();
    m_lastChecked = {};
    m_offline = false;
    m_requests = 0;
    m_soon.start(0);
}

void EventSync::stop()
{
    m_running = false;
    m_interval.stop();
    m_soon.stop();
    m_again = false;
    if (CloseCall *call = m_call.data()) {
        m_call.clear();
        call->disconnect(this);
        call->cancel();
    }
}

void EventSync::syncNow()
{
    m_repAsked = true;
    if (m_call) {
        m_again = true;
        return;
    }
    round();
}

QDateTime EventSync::syncPoint() const
{
    QDateTime earliest;
    for (const QPointer<ActivitySync> &sync : m_syncs) {
        if (!sync || !sync->isListed() || !sync->syncedTo().isValid())
            continue;
        if (!earliest.isValid() || sync->syncedTo() < earliest)
            earliest = sync->syncedTo();
    }
    return earliest;
}

void EventSync::round()
{
    if (m_call) {
        m_again = true;
        return;
    }
    m_interval.stop();
    m_soon.stop();
    const QDateTime point = syncPoint();
    if (!m_client || !m_client->hasCredentials() || !point.isValid()) {
        scheduleNext(); // nothing listed yet: the listing asks for a round when it ends
        return;
    }
    m_roundStarted = QDateTime::currentDateTimeUtc();
    if (point < m_roundStarted.addDays(-keptDays)) {
        fallBack(tr("Draftbox last brought your messages up to date on %1, longer ago than "
                    "Close's event log keeps (%2 days): it lists them again.")
                     .arg(spoken(point))
                     .arg(keptDays));
        return;
    }
    m_since = point.addMSecs(-overlapMs);
    m_pages = 0;
    m_gathered.clear();
    askPage({});
}

void EventSync::askPage(const QString &cursor)
{
    ++m_pages;
    ++m_requests;
    CloseCall *call = m_client->listEvents(m_since, cursor);
    // A round of the timer's failing is nobody's task (the next one asks again); one the rep
    // asked for (F5) is theirs, and its failure goes to the Problems panel.
    call->setBackground(!m_repAsked);
    m_call = call;
    connect(call, &CloseCall::finished, this, [this, call, cursor](const ApiResult &result) {
        if (m_call != call)
            return;
        m_call.clear();
        if (!result.ok()) {
            // A refused cursor: the log cannot be read on from there, so list again.
            if (!cursor.isEmpty() && result.error.category == ApiError::Category::Validation) {
                fallBack(tr("Close refused to read its event log further (%1): Draftbox lists "
                            "your messages again.")
                             .arg(result.error.message));
                return;
            }
            m_offline = true;
            m_repAsked = false;
            emit failed(result.error);
            emit freshnessChanged();
            m_again = false;
            scheduleNext();
            return;
        }
        const std::optional<CloseEventPage> page = CloseEventPage::fromJson(result.object());
        if (page)
            m_gathered << page->events;
        if (page && !page->cursorNext.isEmpty() && !page->events.isEmpty()) {
            if (m_pages >= maxPages) {
                fallBack(tr("More changed in Close than its event log can tell in %L1 pages: "
                            "Draftbox lists your messages again.")
                             .arg(maxPages));
                return;
            }
            askPage(page->cursorNext);
            return;
        }
        pageArrived(result);
    });
}

void EventSync::pageArrived(const ApiResult &)
{
    const int changes = int(m_gathered.size());
    m_fellBack = false;
    m_repAsked = false;
    apply();
    m_lastChecked = QDateTime::currentDateTimeUtc();
    m_offline = false;
    emit synced(changes);
    emit freshnessChanged();
    if (std::exchange(m_again, false))
        m_soon.start(0);
    else
        scheduleNext();
}

void EventSync::apply()
{
    const QList<CloseEvent> events = std::exchange(m_gathered, {});
    // Up to here every change is in: the latest event's time, or the round's start when the
    // log had nothing newer (the overlap covers a clock a few minutes off Close's).
    QDateTime syncedTo = m_roundStarted;
    for (const CloseEvent &event : events)
        syncedTo = std::max(syncedTo, event.dateUpdated);
    for (const QPointer<ActivitySync> &sync : m_syncs) {
        if (!sync || !sync->isListed())
            continue; // its listing, when it comes, has it all
        const QString type = sync->objectType();
        QList<QJsonObject> copies;
        QStringList deleted;
        QStringList fetch;
        QSet<QString> seen;
        // Latest first: an object's first event is where it stands now.
        for (const CloseEvent &event : events) {
            if (event.objectType != type || event.objectId.isEmpty()
                || seen.contains(event.objectId))
                continue;
            seen.insert(event.objectId);
            const auto applied = m_applied.constFind(event.id);
            if (applied != m_applied.cend() && *applied == event.dateUpdated)
                continue; // the overlap of the previous round
            if (event.isDelete())
                deleted << event.objectId;
            else if (event.data)
                copies << *event.data;
            else
                fetch << event.objectId; // an older event, without its object for this key
        }
        sync->applyChanges(copies, deleted, syncedTo);
        if (!fetch.isEmpty())
            sync->fetchCopies(fetch);
    }
    for (const CloseEvent &event : events)
        m_applied.insert(event.id, event.dateUpdated);
    // Only the overlap of the next round can bring them again.
    const QDateTime horizon = syncedTo.addMSecs(-2 * overlapMs);
    for (auto it = m_applied.begin(); it != m_applied.end();)
        it = *it < horizon ? m_applied.erase(it) : std::next(it);
}

void EventSync::fallBack(const QString &why)
{
    m_gathered.clear();
    m_applied.clear();
    m_again = false;
    // Listed again, and the log still cannot say it: listing again and again would never end
    // (a server that refuses every cursor). The rounds go on, each a failure, until it can.
    if (std::exchange(m_fellBack, true)) {
        m_offline = true;
        emit failed(ApiError::make(ApiError::Category::MalformedBody, why));
        emit freshnessChanged();
        scheduleNext();
        return;
    }
    for (const QPointer<ActivitySync> &sync : m_syncs) {
        if (!sync)
            continue;
        if (sync->cache())
            sync->cache()->forget(sync->journalKind());
        if (sync->isListed() || sync->size() > 0)
            sync->reload();
    }
    emit fellBack(why);
    emit freshnessChanged();
    scheduleNext();
}

void EventSync::scheduleNext()
{
    if (!m_running)
        return;
    bool sending = false;
    for (const QPointer<ActivitySync> &sync : m_syncs)
        sending = sending
            || (sync && sync->tally(QStringLiteral("status")).value(QStringLiteral("outbox")) > 0);
    if (sending)
        m_soon.start(std::min(outboxIntervalMs, interval()));
    else
        m_interval.start();
}

QString EventSync::freshness() const
{
    // As of the last round that worked, else of the cache the lists opened on.
    QDateTime asOf = m_lastChecked;
    for (const QPointer<ActivitySync> &sync : m_syncs) {
        if (!asOf.isValid() && sync && sync->isFromCache())
            asOf = sync->syncedTo();
    }
    if (m_offline)
        return asOf.isValid() ? tr("Close not reached: messages as of %1").arg(spoken(asOf))
                              : QString();
    if (!m_lastChecked.isValid())
        return asOf.isValid()
            ? tr("Showing your messages as of %1 · checking Close…").arg(spoken(asOf))
            : QString();
    return tr("Up to date · checked %1").arg(spoken(m_lastChecked));
}
