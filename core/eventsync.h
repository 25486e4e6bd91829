#pragma once

#include "apierror.h"
#include "apiresult.h"
#include "closeevent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ActivitySync;
class CloseCall;
class CloseClient;

//! Keeps the activities current from Close's event log instead of listing them again: once a
//! kind is listed whole (from Close or the cache), each round asks for the events since its sync
//! point, less the five minutes Close says events can be late by, follows the cursor to the
//! oldest (bounded), and hands each kind what changed: the latest copy of every object, and what
//! was deleted. While Draftbox runs it asks every interval (15 s), and sooner while an SMS waits
//! in the outbox, so a reply, a send that went or failed, or an edit in Close's web app shows
//! without F5. When the log cannot say everything (the sync point is older than the 30 days it
//! keeps, a cursor is refused, or there are more changes than a full listing would cost), the
//! kinds are listed again.
//!
//! It uses the whole organization's log, with no filter but date_updated: one request a round
//! for SMS and WhatsApp together (Close allows only some combinations of the other filters, and
//! none of them selects two object types).
class EventSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultIntervalMs = 15000;
    //! While an SMS waits to be sent: Close says how it went within seconds.
    static constexpr int outboxIntervalMs = 3000;
    //! Events may show up this late (Close: "scan the latest five minutes of events").
    static constexpr qint64 overlapMs = 5 * 60 * 1000;
    //! Close's log keeps this long: a sync point older than that cannot be caught up.
    static constexpr int keptDays = 30;
    //! Pages of 50 a round at most (10,000 events): past that a listing costs less.
    static constexpr int maxPages = 200;

    explicit EventSync(CloseClient *client, QObject *parent = nullptr);

    //! Keeps `sync` current (not owned); its refresh() (F5) asks for a round.
    void follow(ActivitySync *sync);
    //! How often a round is asked for while Draftbox runs (at least a second).
    void setInterval(int ms);
    int interval() const { return m_interval.interval(); }
    //! Asks every interval from now on (and at once when a kind is listed); stop() ends it.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    //! A round now, unless one is under way (then another follows it).
    void syncNow();
    bool isSyncing() const { return !m_call.isNull(); }

    //! When Close last answered a round, by the rep's clock; invalid until it did.
    QDateTime lastChecked() const { return m_lastChecked; }
    //! How current the lists are, for the status bar: "Up to date" once Close answered, else
    //! as of when (from the cache, or when Close was last heard from).
    QString freshness() const;
    //! Requests made since start(), for the benchmark and the tests.
    int requestsMade() const { return m_requests; }

signals:
    //! A round ended; `changes`: events applied.
    void synced(int changes);
    void freshnessChanged();
    //! A round failed; the next one tries again.
    void failed(const ApiError &error);
    //! The log could not say everything for the kinds listed again now; `why` for the log.
    void fellBack(const QString &why);

private:
    void round();
    void askPage(const QString &cursor);
    void pageArrived(const ApiResult &result);
    //! Hands each kind its share of m_gathered.
    void apply();
    //! Lists every followed kind again, the cache forgotten; `why` is told.
    void fallBack(const QString &why);
    //! When the next round goes: sooner while an SMS is in the outbox.
    void scheduleNext();
    //! The earliest sync point of the kinds listed; invalid when none is.
    QDateTime syncPoint() const;

    QPointer<CloseClient> m_client;
    QList<QPointer<ActivitySync>> m_syncs;
    QTimer m_interval;
    QTimer m_soon;
    bool m_running = false;
    bool m_again = false; //!< a round was asked for while one was under way
    QPointer<CloseCall> m_call;
    QDateTime m_roundStarted;
    QDateTime m_since; //!< the round's date_updated__gte
    int m_pages = 0;
    QList<CloseEvent> m_gathered; //!< the round's events, latest first
    //! Events applied in the overlap, by id: their date_updated (a consolidated event moves
    //! it), so that the next round's overlap does not apply them again.
    QHash<QString, QDateTime> m_applied;
    QDateTime m_lastChecked;
    bool m_offline = false;
    //! The last round fell back to listing again, and no round has succeeded since.
    bool m_fellBack = false;
    bool m_repAsked = false; //!< the round under way (or next) was asked for by the rep (F5)
    int m_requests = 0;
};
