#include "errorlog.h"

#include "closecall.h"
#include "closeclient.h"

#include <QLocale>
#include <QScopedValueRollback>

#include <algorithm>

ErrorLog::ErrorLog(QObject *parent)
    : QObject(parent)
{ }

void ErrorLog::attach(CloseClient *client)
{
    connect(client, &CloseClient::callFinished, this,
            [this](CloseCall *call, const ApiResult &result) {
                // What failed before and works now has passed (a retry, by Draftbox or the rep).
                if (result.ok()) {
                    resolve(call->activityId(), call->operation(), tr("it worked on a retry"));
                    return;
                }
                // A cancel is the rep's own doing, not a failure to report.
                if (result.error.category == ApiError::Category::Canceled || call->isBackground())
                    return;
                if (result.error.category == ApiError::Category::RateLimited)
                    setRateLimitedUntil(QDateTime::currentDateTime().addMSecs(
                        qint64(result.error.retryAfterSeconds * 1000)));
                record(call->operation(), call->activityId(), result.error);
            });
    // Draftbox waits out a 429 by itself; the panel counts the wait down meanwhile.
    connect(client, &CloseClient::callRetrying, this,
            [this](CloseCall *, const ApiError &error, int delayMs) {
                if (error.category == ApiError::Category::RateLimited)
                    setRateLimitedUntil(QDateTime::currentDateTime().addMSecs(delayMs));
            });
}

void ErrorLog::setNamer(QObject *context, Namer namer)
{
    m_namerContext = context;
    m_namer = std::move(namer);
}

void ErrorLog::setRateLimitedUntil(const QDateTime &until)
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime next = until.isValid() && until > now ? until : QDateTime();
    if (next.isValid() && m_rateLimitedUntil.isValid() && next <= m_rateLimitedUntil)
        return; // an earlier end does not shorten a longer wait
    if (next == m_rateLimitedUntil)
        return;
    m_rateLimitedUntil = next;
    emit rateLimitChanged(next);
}

QString ErrorLog::nameOf(const QString &activityId) const
{
    if (activityId.isEmpty() || !m_namerContext || !m_namer)
        return {};
    return m_namer(activityId);
}

QString ErrorLog::activityText(const Entry &entry) const
{
    const QString name = nameOf(entry.activityId);
    if (!name.isEmpty())
        return name;
    return entry.activityName.isEmpty() ? entry.activityId : entry.activityName;
}

void ErrorLog::removeAt(int row)
{
    emit entriesAboutToBeRemoved(row, row);
    m_entries.removeAt(row);
    emit entriesRemoved(row, row);
}

void ErrorLog::record(const QString &operation, const QString &activityId, const ApiError &error,
                      const QDateTime &when)
{
    Entry entry;
    entry.when = when;
    entry.operation = operation;
    entry.activityId = activityId;
    entry.error = error;
    add(std::move(entry));
}

void ErrorLog::add(Entry entry)
{
    const QString &operation = entry.operation;
    const QString &activityId = entry.activityId;
    const ApiError &error = entry.error;
    const QDateTime when = entry.when;
    if (const QString name = nameOf(activityId); !name.isEmpty())
        entry.activityName = name;
    // The same failure again (a reload lists a failed SMS again, a save fails the same way):
    // one entry, counted, at the place of its latest time.
    const auto same = std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
        return !e.resolvedAt.isValid() && e.operation == operation && e.activityId == activityId
            && e.error.category == error.category && e.error.message == error.message
            && e.error.fieldErrors == error.fieldErrors;
    });
    const bool repeated = same != m_entries.cend();
    if (repeated) {
        entry.times = same->times + (same->when == when ? 0 : 1);
        entry.when = std::max(same->when, when);
        if (entry.activityName.isEmpty())
            entry.activityName = same->activityName;
        removeAt(int(same - m_entries.cbegin()));
    }
    // Newest first, also for failures recorded late (Close's, found as SMS are loaded).
    const auto at = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                 [&](const Entry &e) { return e.when <= entry.when; });
    const int row = int(at - m_entries.cbegin());
    if (row >= maxEntries)
        return; // older than all of a full log: it would leave at once (a page of old failures)
    emit entryAboutToBeInserted(row);
    m_entries.insert(row, entry);
    emit entryInserted(row);
    if (repeated)
        emit entriesChanged();
    if (m_entries.size() > maxEntries) {
        const int last = int(m_entries.size()) - 1;
        emit entriesAboutToBeRemoved(maxEntries, last);
        m_entries.resize(maxEntries);
        emit entriesRemoved(maxEntries, last);
    }
    if (!repeated && !m_listing)
        emit problemArose();
}

void ErrorLog::resolve(const QString &activityId, const QString &operation,
                       const QString &resolution)
{
    // An activity's failures pass with it; one without an activity only by its own operation
    // working again (a page that loads now).
    if (activityId.isEmpty() && operation.isEmpty())
        return;
    const QDateTime now = QDateTime::currentDateTime();
    bool any = false;
    for (int row = 0; row < m_entries.size(); ++row) {
        Entry &e = m_entries[row];
        if (e.resolvedAt.isValid() || e.activityId != activityId
            || (!operation.isEmpty() && e.operation != operation))
            continue;
        e.resolvedAt = now;
        e.resolution = resolution;
        any = true;
        emit entryUpdated(row);
    }
    if (any)
        emit entriesChanged();
}

void ErrorLog::clear()
{
    QStringList taken;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.keepsEdits)
            taken << entry.activityId;
    }
    removeAll();
    for (const QString &id : std::as_const(taken))
        emit editsTaken(id);
}

void ErrorLog::copied(const QList<int> &rows)
{
    for (const int row : rows) {
        if (row < 0 || row >= m_entries.size() || !m_entries.at(row).keepsEdits)
            continue;
        Entry &entry = m_entries[row];
        entry.keepsEdits = false;
        if (!entry.resolvedAt.isValid()) {
            entry.resolvedAt = QDateTime::currentDateTime();
            entry.resolution = tr("copied");
        }
        emit entryUpdated(row);
        emit entriesChanged();
        emit editsTaken(entry.activityId);
    }
}

void ErrorLog::removeAll()
{
    if (m_entries.isEmpty())
        return;
    emit aboutToBeCleared();
    m_entries.clear();
    emit cleared();
}

void ErrorLog::startAfresh()
{
    m_failedSms.clear();
    removeAll(); // the edits kept for the data left behind stay in its journal
}

void ErrorLog::smsListed(const QString &id, SmsActivity::Status status, const QString &reason,
                         const QDateTime &when)
{
    const QScopedValueRollback listing(m_listing, true);
    if (status == SmsActivity::Status::Error)
        recordDeliveryFailure(id, reason, when);
    else
        smsChanged(id, status);
}

void ErrorLog::smsFailed(const QString &id, const QString &reason)
{
    recordDeliveryFailure(id, reason, QDateTime::currentDateTime());
}

void ErrorLog::editsLost(const QString &id, const QString &what)
{
    recordKeptEdits(tr("Restore edits"), id,
                    tr("Unsaved edits from your last session could not be put back: Close no "
                       "longer has this activity. They were:\n%1")
                        .arg(what),
                    what);
}

void ErrorLog::deletedInClose(const QString &id, const QString &what)
{
    recordKeptEdits(tr("Save edits"), id,
                    tr("Someone deleted this in Close while you were editing it, so your unsaved "
                       "edits could not be saved. They were:\n%1")
                        .arg(what),
                    what);
}

void ErrorLog::recordKeptEdits(const QString &operation, const QString &activityId,
                               const QString &message, const QString &what)
{
    Entry entry;
    entry.when = QDateTime::currentDateTime();
    entry.operation = operation;
    entry.activityId = activityId;
    entry.error.category = ApiError::Category::NotFound;
    entry.error.message = message;
    entry.error.hint
        = tr("Press Copy below to take the text, and write it again where it belongs.");
    entry.keepsEdits = true;
    // Its activity is gone, so nothing names it any more: its edits do ("Message: Hi Ana, …"),
    // not its id.
    constexpr int shownAtMost = 48;
    const QString first = what.section(QLatin1Char('\n'), 0, 0).simplified();
    entry.activityName
        = first.size() > shownAtMost ? first.left(shownAtMost - 1) + QChar(0x2026) : first;
    add(std::move(entry));
}

void ErrorLog::cacheNotice(const QString &why)
{
    ApiError error;
    error.category = ApiError::Category::Other;
    error.message = why;
    error.hint = tr("Nothing to do: your messages come from Close.");
    record(tr("Open the local copy"), QString(), error);
}

void ErrorLog::cacheUnwritable(const QString &why)
{
    unwritable(tr("Keep a local copy"), why);
}

void ErrorLog::journalUnwritable(const QString &why)
{
    unwritable(tr("Keep unsaved edits"), why);
}

void ErrorLog::readMarksUnwritable(const QString &why)
{
    unwritable(tr("Remember read messages"), why);
}

void ErrorLog::unwritable(const QString &operation, const QString &why)
{
    ApiError error;
    error.category = ApiError::Category::Other;
    error.message = why;
    error.hint = tr("Free some disk space or check the folder's permissions.");
    record(operation, QString(), error);
}

void ErrorLog::journalUnreadable(const QString &why)
{
    ApiError error;
    error.category = ApiError::Category::Other;
    error.message = why;
    record(tr("Restore edits"), QString(), error);
}

void ErrorLog::editsUnreadable(const QString &id, const QString &what)
{
    ApiError error;
    error.category = ApiError::Category::Other;
    error.message = tr("An unsaved edit from your last session could not be read back (the file "
                       "that kept it holds a value of the wrong kind), so it was not put back "
                       "and nothing of it was sent. It was:\n%1")
                        .arg(what);
    error.hint = tr("Press Copy below to take it, and write it again in the activity; the rest "
                    "of your edits are back.");
    record(tr("Restore edits"), id, error);
}

void ErrorLog::smsChanged(const QString &id, SmsActivity::Status status)
{
    if (status == SmsActivity::Status::Error || !m_failedSms.remove(id))
        return;
    resolve(id, tr("Deliver SMS"), tr("Close no longer lists it as failed"));
}

void ErrorLog::recordDeliveryFailure(const QString &id, const QString &reason,
                                     const QDateTime &when)
{
    // Once each, though a reload (reconnecting, say) lists it again; even once the rep has
    // cleared the panel.
    if (m_failedSms.contains(id))
        return;
    m_failedSms.insert(id);
    ApiError error;
    error.category = ApiError::Category::Other;
    error.message = tr("Close could not send this SMS: %1")
                        .arg(reason.isEmpty() ? tr("no reason given") : reason);
    error.hint = tr("Close does not try a failed SMS again. Check the number (and that the "
                    "contact has not opted out), then write it as a new draft.");
    record(tr("Deliver SMS"), id, error, when.isValid() ? when : QDateTime::currentDateTime());
}

int ErrorLog::openCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &e) { return !e.resolvedAt.isValid(); }));
}

QString ErrorLog::copyText(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry &e = m_entries.at(row);
    const QString name = activityText(e);
    QStringList lines {
        QLocale::c().toString(e.when, QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
            + e.operation
            + (e.activityId.isEmpty()     ? QString()
                   : name == e.activityId ? QStringLiteral(" (%1)").arg(e.activityId)
                                          : QStringLiteral(" (%1, %2)").arg(name, e.activityId)),
        ApiError::categoryName(e.error.category)
            + (e.error.httpStatus ? QStringLiteral(", HTTP %1").arg(e.error.httpStatus) : QString())
            + QStringLiteral(": ") + e.error.message,
    };
    for (auto it = e.error.fieldErrors.cbegin(); it != e.error.fieldErrors.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key(), it.value());
    lines << (e.resolvedAt.isValid() ? resolvedText(e) : e.error.advice());
    return lines.join(QLatin1Char('\n'));
}

QString ErrorLog::resolvedText(const Entry &entry)
{
    const QString at = QLocale().toString(entry.resolvedAt.time(), QLocale::ShortFormat);
    return entry.resolution.isEmpty()
        ? tr("Resolved at %1. Nothing to do.").arg(at)
        : tr("Resolved at %1 (%2). Nothing to do.").arg(at, entry.resolution);
}
