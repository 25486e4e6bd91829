#include "activitysync.h"

#include "closeclient.h"
#include "closetime.h"
#include "readmarks.h"
#include "safehtml.h"
#include "searchtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QTimer>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSync, "draftbox.models")

ActivitySync::ActivitySync(CloseClient *client, QList<ActivityField> fields, RecordSchema schema,
                           QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_fields(std::move(fields))
    , m_store(std::move(schema))
    , m_queue(new RetryQueue(this))
{
    for (int i = 0; i < m_fields.size(); ++i)
        m_fieldIndex.insert(m_fields.at(i).name, i);
    setPeople(new PeopleDirectory(client, this));
    connect(m_queue, &RetryQueue::changed, this, &ActivitySync::waitingChanged);
    connect(m_queue, &RetryQueue::due, this, &ActivitySync::resumeWaiting);
    // The unread are kept as rows change, never counted by a pass over every row.
    connect(this, &ActivitySync::rowsInserted, this, &ActivitySync::noteUnread);
    connect(this, &ActivitySync::rowChanged, this, [this](int row) { noteUnread(row, row); });
    connect(this, &ActivitySync::rowAboutToBeRemoved, this, [this](int row) {
        if (m_unread.remove(idAt(row)))
            emit unreadChanged();
    });
    connect(this, &ActivitySync::wasReset, this, [this] {
        const bool had = !m_unread.isEmpty();
        m_unread.clear();
        noteUnread(0, size() - 1);
        if (had && m_unread.isEmpty())
            emit unreadChanged();
    });
}

void ActivitySync::setReadMarks(ReadMarks *marks)
{
    if (m_marks == marks)
        return;
    m_marks = marks;
    const bool had = !m_unread.isEmpty();
    m_unread.clear();
    noteUnread(0, size() - 1);
    if (had && m_unread.isEmpty())
        emit unreadChanged();
    for (int row = 0; row < size(); ++row) {
        if (isInbound(row))
            emit rowChanged(row);
    }
}

void ActivitySync::noteUnread(int first, int last)
{
    const qsizetype before = m_unread.size();
    for (int row = std::max(first, 0); row <= last && row < size(); ++row) {
        const QString id = idAt(row);
        const std::optional<QDateTime> at = time(row, QStringLiteral("date_created"));
        if (m_marks && isInbound(row) && at && m_marks->isUnread(id, *at))
            m_unread.insert(id);
        else
            m_unread.remove(id);
    }
    if (m_unread.size() != before)
        emit unreadChanged();
}

bool ActivitySync::isUnread(int row) const
{
    return row >= 0 && row < size() && !m_unread.isEmpty() && m_unread.contains(idAt(row));
}

void ActivitySync::markRead(int row)
{
    if (!isUnread(row))
        return;
    m_marks->markRead(idAt(row));
    m_unread.remove(idAt(row));
    emit rowChanged(row);
    emit unreadChanged();
}

bool ActivitySync::isRestored(int row) const
{
    return row >= 0 && row < size() && m_store.row(row).edit.isRestored();
}

bool ActivitySync::isUnconfirmed(int row) const
{
    return row >= 0 && row < size() && m_store.row(row).edit.isUnconfirmed();
}

void ActivitySync::setPeople(PeopleDirectory *people)
{
    if (m_people) {
        m_people->disconnect(this);
        if (m_people->parent() == this && m_people != people)
            m_people->deleteLater();
    }
    m_people = people;
    if (m_cache)
        people->setCache(m_cache);
    connect(people, &PeopleDirectory::arrived, this, &ActivitySync::namesArrived);
}

void ActivitySync::namesArrived(const QSet<QString> &ids)
{
    reindexNames(ids);
    emit namesChanged();
}

CloseClient *ActivitySync::client() const
{
    return m_client;
}

QString ActivitySync::fieldTitle(const QString &name) const
{
    const int i = m_fieldIndex.value(name, -1);
    return i < 0 ? name : m_fields.at(i).title;
}

bool ActivitySync::rowEditable(int) const
{
    return true;
}

QString ActivitySync::whyRefused(int, const QString &, const QJsonValue &) const
{
    return {};
}

std::optional<FieldValue> ActivitySync::readEdit(const QString &name, const QJsonValue &wire) const
{
    const int i = m_fieldIndex.value(name, -1);
    const int field = m_store.schema().indexOf(name);
    if (i < 0 || field < 0 || !m_fields.at(i).editable || !readsEdits({{name, wire}}))
        return std::nullopt;
    return FieldValue::fromWire(m_store.schema().kind(field), wire);
}

bool ActivitySync::setField(int row, const QString &name, const QJsonValue &wire)
{
    const int i = m_fieldIndex.value(name, -1);
    if (i < 0 || !m_fields.at(i).editable || !acceptsEdits(row))
        return false;
    Row &r = m_store.row(row);
    if (const QString why = whyRefused(row, name, wire); !why.isEmpty()) {
        r.error = why;
        r.refusedField = name;
        changed(row);
        return false;
    }
    const bool wasRefused = r.refusedField == name;
    if (wasRefused) {
        r.error.clear();
        r.refusedField.clear();
    }
    const auto value = readEdit(name, wire);
    if (!value) {
        r.error = tr("%1 does not take this value, so it was not changed.").arg(fieldTitle(name));
        r.refusedField = name;
        changed(row);
        return false;
    }
    const bool hadError = r.fieldErrors.contains(name);
    const QJsonValue server = m_store.serverValue(row, name);
    const bool sameAsServer = wire == server || sameValue(name, wire, server);
    const bool edited = r.edit.set(name, *value, sameAsServer, m_store.serverCopy(row));
    r.fieldErrors.remove(name);
    if (edited || hadError || wasRefused)
        changed(row);
    return true;
}

bool ActivitySync::acceptsEdits(int row) const
{
    if (row < 0 || row >= m_store.size())
        return false;
    const Row &r = m_store.row(row);
    return rowEditable(row) && !r.edit.isUnconfirmed() && r.edit.flow().acceptsEdits();
}

bool ActivitySync::canFetchMore() const
{
    // Nothing to fetch before Draftbox knows where and as whom (views ask as soon as shown).
    return m_hasMore && !isLoading() && m_client && m_client->hasCredentials();
}

void ActivitySync::setReadAhead(int pages)
{
    m_readAhead = std::max(0, pages);
    dropAhead(std::size_t(m_readAhead));
}

void ActivitySync::fetchMore()
{
    if (!canFetchMore())
        return;
    const int skip = m_store.size();
    if (skip == 0)
        m_listingSince = QDateTime::currentDateTimeUtc(); // changes from here on are the log's
    // The page ahead, if it starts here and is answered or on its way (not gone without word).
    if (!m_ahead.empty() && m_ahead.front().skip == skip
        && (m_ahead.front().answer || m_ahead.front().call)) {
        Ahead next = std::move(m_ahead.front());
        m_ahead.pop_front();
        if (next.answer) {
            // Already here: it goes in on the loop's next turn, as an answer from Close would.
            m_pageHeld = true;
            QTimer::singleShot(0, this, [this, answer = *next.answer, generation = m_generation] {
                if (generation == m_generation && m_pageHeld)
                    pageArrived(answer);
            });
        } else {
            m_fetch = next.call; // on its way: its answer is this page's
        }
        emit loadingChanged(true); // loading, now: whoever hears it asks for nothing more
        return;
    }
    dropAhead(); // asked for where the rows no longer end (a refresh added some, say)
    if (!inWindow(skip))
        openWindow();
    m_fetch = askPage(skip);
    emit loadingChanged(true);
}

void ActivitySync::openWindow()
{
    const std::optional<QDateTime> oldest
        = m_store.isEmpty() ? std::nullopt : serverTime(size() - 1, QStringLiteral("date_created"));
    if (!oldest)
        return; // nothing to window on: the pages go on by _skip
    // Before the oldest listed's millisecond is over: its equals (the same millisecond) come
    // first in the window, and are skipped there.
    const QDateTime before = oldest->addMSecs(1);
    // More SMS in one millisecond than a _skip reaches: no window moves past them, so the
    // pages go on by _skip in this one, as deep as Close takes them.
    m_windowStuck = before == m_windowBefore;
    if (m_windowStuck)
        return;
    m_windowBefore = before;
    int equals = 0;
    for (int row = size() - 1; row >= 0; --row) {
        const std::optional<QDateTime> created = serverTime(row, QStringLiteral("date_created"));
        if (!created || *created >= m_windowBefore)
            break; // latest first: from the end back, the rows get newer
        ++equals;
    }
    m_windowBase = size() - equals;
}

CloseCall *ActivitySync::askPage(int skip)
{
    ActivityQuery query;
    if (m_windowBefore.isValid())
        query.dates.insert(QStringLiteral("date_created__lt"), m_windowBefore);
    CloseCall *call = listCall(query, skip - m_windowBase, m_pageSize);
    m_listOperation = call->operation();
    connect(call, &CloseCall::finished, this, [this, call](const ApiResult &result) {
        if (m_fetch == call) {
            pageArrived(result); // wanted, when asked for or while on its way
            return;
        }
        for (Ahead &ahead : m_ahead) {
            if (ahead.call == call)
                ahead.answer = result;
        }
    });
    return call;
}

void ActivitySync::pageArrived(const ApiResult &result)
{
    m_fetchFailed = !result.ok();
    if (result.ok()) {
        m_hasMore = result.object().value(QLatin1String("has_more")).toBool();
        const QJsonArray page = result.object().value(QLatin1String("data")).toArray();
        // Where the rows will end once this page is in: rows already here are updated, not
        // added.
        int fresh = 0;
        if (m_hasMore) {
            for (const QJsonValue &value : page)
                fresh += rowOf(value.toObject().value(QLatin1String("id")).toString()) < 0;
        }
        // "More", with nothing new: the next page would start where this one did, and bring
        // the same again.
        const bool stalled = m_hasMore && fresh == 0;
        if (stalled)
            m_hasMore = false;
        if (!m_hasMore)
            dropAhead(); // nothing lies beyond
        else if (m_readAhead > 0)
            askAhead(m_store.size() + fresh);
        // Still fetching while the rows go in: whoever asks for more meanwhile (a view, on
        // rowsAboutToBeInserted) would ask for this very page again.
        merge(page, false);
        m_fetch.clear();
        m_pageHeld = false;
        if (!m_hasMore && !stalled && !m_listed)
            listedWhole();
        if (stalled)
            tellStopped(page.isEmpty()
                            ? tr("Close said there was more, then sent an empty page; Draftbox "
                                 "stopped listing at %Ln messages.",
                                 nullptr, int(m_store.size()))
                            : tr("Close said there was more, then sent again what it had "
                                 "already listed; Draftbox stopped listing at %Ln messages.",
                                 nullptr, int(m_store.size())));
    } else {
        m_fetch.clear();
        m_pageHeld = false;
        dropAhead();
        // Close refuses a _skip this deep: from here on the pages go by windows on
        // date_created, which it takes at any depth. Said to nobody: nothing failed.
        const int skip = m_store.size() - m_windowBase;
        if (result.error.category == ApiError::Category::Validation && skip > 0
            && result.error.fieldErrors.contains(QStringLiteral("_skip")) && skip <= m_maxSkip) {
            m_maxSkip = std::max(1, skip - 1);
            emit loadingChanged(false);
            fetchMore();
            return;
        }
        m_hasMore = result.error.category != ApiError::Category::Unauthorized
            && result.error.category != ApiError::Category::Forbidden;
        emit failed(QString(), result.error);
    }
    emit loadingChanged(false);
    if (result.ok())
        restoreAfterPage();
}

void ActivitySync::askAhead(int end)
{
    // Those asked for already stay if they start where the rows will end, a page apart.
    if (!m_ahead.empty() && m_ahead.front().skip != end)
        dropAhead();
    while (int(m_ahead.size()) < m_readAhead) {
        const int skip = end + int(m_ahead.size()) * m_pageSize;
        if (!inWindow(skip))
            break; // the next window starts from rows not listed yet
        m_ahead.push_back({askPage(skip), skip, std::nullopt});
    }
}

void ActivitySync::stopListing(const QString &why)
{
    m_hasMore = false;
    dropAhead();
    tellStopped(why);
}

void ActivitySync::tellStopped(const QString &why)
{
    ApiError error;
    error.category = ApiError::Category::MalformedBody;
    error.message = why;
    error.hint = tr("The list may be missing messages. Press F5 to list again from the start; "
                    "if this keeps happening, report it.");
    // Told on the loop's next turn, once the page's call has finished: its success, told
    // after this, would otherwise mark the problem passed at once.
    QMetaObject::invokeMethod(
        this, [this, operation = m_listOperation, error] { emit listingStopped(operation, error); },
        Qt::QueuedConnection);
}

void ActivitySync::dropAhead(std::size_t keep)
{
    while (m_ahead.size() > keep) {
        CloseCall *ahead = m_ahead.back().call.data();
        m_ahead.pop_back();
        if (!ahead)
            continue;
        ahead->disconnect(this);
        ahead->setBackground(true); // nobody waits for it: its cancel is no failure to tell
        ahead->cancel();
    }
}

void ActivitySync::refresh()
{
    if (m_followedByEvents && m_listed) {
        emit changesWanted(); // the event log says what changed, without listing again
        return;
    }
    if (isLoading() || !m_client)
        return;
    m_fetch = listCall({}, 0, m_pageSize);
    emit loadingChanged(true);
    connect(m_fetch, &CloseCall::finished, this, [this](const ApiResult &result) {
        m_fetchFailed = !result.ok();
        if (result.ok()) {
            if (m_store.isEmpty())
                m_hasMore = result.object().value(QLatin1String("has_more")).toBool();
            merge(result.object().value(QLatin1String("data")).toArray(), true); // as fetchMore()
        }
        m_fetch.clear();
        if (!result.ok())
            emit failed(QString(), result.error);
        emit loadingChanged(false);
    });
}

void ActivitySync::reload()
{
    clear();
    if (!openFromCache())
        fetchMore();
}

void ActivitySync::listedWhole()
{
    m_listed = true;
    m_fromCache = false;
    // What changed while the pages came is in the event log from the listing's start on.
    m_syncedTo = m_listingSince;
    if (m_cache)
        m_cache->setComplete(journalKind(), m_syncedTo);
    emit listed();
}

void ActivitySync::setCache(ActivityCache *cache)
{
    if (m_cache == cache)
        return;
    if (m_cache && m_readingCache)
        m_cache->stopReading(journalKind());
    m_cache = cache;
    m_people->setCache(cache);
}

bool ActivitySync::openFromCache()
{
    if (!m_cache || !m_cache->isOpen() || !m_client || !m_client->hasCredentials())
        return false;
    const ActivityCache::SyncPoint point = m_cache->syncPoint(journalKind());
    // Close's event log keeps 30 days: past that, what changed since cannot all be told.
    constexpr int eventLogDays = 30;
    if (!point.complete || !point.syncedTo.isValid()
        || point.syncedTo < QDateTime::currentDateTimeUtc().addDays(-eventLogDays))
        return false;
    m_readingCache = true;
    m_fromCache = true;
    m_hasMore = false;
    m_syncedTo = point.syncedTo;
    emit loadingChanged(true);
    // A screenful now, so the window paints it at once; the rest is read on a worker.
    const QList<QJsonObject> first = m_cache->latest(journalKind(), m_pageSize);
    QJsonArray page;
    for (const QJsonObject &row : first)
        page.append(row);
    merge(page, false, false);
    if (first.size() < m_pageSize) {
        cachedArrived({}, true);
        return true;
    }
    QPointer<ActivitySync> self(this);
    const int generation = m_generation;
    m_cache->readAll(journalKind(), int(first.size()),
                     [self, generation](const QList<QJsonObject> &rows, bool last) {
                         if (self && self->m_generation == generation)
                             self->cachedArrived(rows, last);
                     });
    return true;
}

void ActivitySync::cachedArrived(const QList<QJsonObject> &rows, bool last)
{
    if (!rows.isEmpty()) {
        QJsonArray page;
        for (const QJsonObject &row : rows)
            page.append(row);
        merge(page, false, false);
    }
    if (!last)
        return;
    m_readingCache = false;
    m_listed = true;
    emit loadingChanged(false);
    emit listed();
    restoreAfterPage();
}

void ActivitySync::applyChanges(const QList<QJsonObject> &copies, const QStringList &gone,
                                const QDateTime &syncedTo)
{
    static const QString updatedKey = QStringLiteral("date_updated");
    QJsonArray newer;
    for (const QJsonObject &copy : copies) {
        const int row = rowOf(copy.value(QLatin1String("id")).toString());
        // Events come out of order and overlap: a copy older than the row's is news no more.
        if (row >= 0) {
            const std::optional<QDateTime> held = serverTime(row, updatedKey);
            const QDateTime theirs
                = QDateTime::fromString(copy.value(updatedKey).toString(), Qt::ISODateWithMs);
            if (held && theirs.isValid() && theirs < *held)
                continue;
        }
        newer.append(copy);
    }
    if (!newer.isEmpty())
        merge(newer, true);
    for (const QString &id : gone) {
        const int row = rowOf(id);
        if (row < 0) {
            if (m_cache)
                m_cache->remove(journalKind(), {id});
            continue;
        }
        // Deleted in Close (its web app, another rep): the rep's edits on it cannot be saved;
        // they are told, with their text, so nothing they typed is lost. The journal keeps
        // them, so a quit before they are copied loses nothing: the next start tells them again.
        const QJsonObject pending = m_store.row(row).edit.toEntry().pending;
        if (!pending.isEmpty())
            emit deletedWithEdits(id, describeEdits(pending));
        removeActivityRow(row, pending.isEmpty() ? ForgetEdits : KeepEdits);
        emit deleted(id);
    }
    m_fromCache = false;
    if (syncedTo.isValid() && (!m_syncedTo.isValid() || syncedTo > m_syncedTo)) {
        m_syncedTo = syncedTo;
        if (m_cache)
            m_cache->setSyncedTo(journalKind(), syncedTo);
    }
}

void ActivitySync::fetchCopies(const QStringList &ids)
{
    for (const QString &id : ids) {
        CloseCall *call = getCall(id);
        call->setBackground(true); // the next round of the event log asks again
        connect(call, &CloseCall::finished, this, [this, id](const ApiResult &result) {
            if (result.ok())
                applyChanges({result.object()}, {}, {});
            else if (result.error.category == ApiError::Category::NotFound)
                applyChanges({}, {id}, {});
        });
    }
}

bool ActivitySync::reloadFromCache()
{
    clear();
    return openFromCache();
}

QString ActivitySync::describeEdits(const QJsonObject &pending) const
{
    QStringList what;
    for (auto f = pending.begin(); f != pending.end(); ++f)
        what << QStringLiteral("%1: %2").arg(
            fieldTitle(f.key()), f.value().isString() ? f.value().toString() : tr("(cleared)"));
    return what.join(QLatin1Char('\n'));
}

void ActivitySync::clear()
{
    ++m_generation;
    dropAhead();
    bool wasLoading = std::exchange(m_pageHeld, false);
    if (CloseCall *fetch = m_fetch.data()) {
        m_fetch.clear();
        fetch->disconnect(this);
        fetch->cancel();
        wasLoading = true;
    }
    // The cache has one reader: only the list it reads for stops it (the other list's clear()
    // must not cut this one's read short).
    if (m_cache && m_readingCache)
        m_cache->stopReading(journalKind());
    wasLoading = std::exchange(m_readingCache, false) || wasLoading;
    m_listed = false;
    m_fromCache = false;
    m_syncedTo = {};
    m_windowBefore = {};
    m_windowBase = 0;
    m_windowStuck = false;
    emit aboutToReset();
    m_store.clear();
    m_hasMore = true;
    m_fetchFailed = false;
    // What the rows had pending is in the journal: it comes back when they load again.
    m_toRestore
        = m_journal ? m_journal->entries(journalKind()) : QHash<QString, EditJournal::Entry>();
    m_queue->clear();
    m_people->clear();
    emit wasReset();
    // Told once empty: whoever loads on (PageLoader) starts from the first page, not from
    // where the rows that are gone ended.
    if (wasLoading)
        emit loadingChanged(false);
}

QString ActivitySync::contactTimeZone(int row) const
{
    return m_people->timeZone(text(row, QStringLiteral("contact_id")));
}

QString ActivitySync::rowLabel(int row) const
{
    if (row < 0 || row >= m_store.size())
        return {};
    const QString contact = text(row, QStringLiteral("contact_id"));
    QString who = m_people->knows(contact) ? displayName(contact) : listRemotePhone(row);
    if (who.isEmpty())
        who = contact;
    constexpr int shownWords = 6;
    const QStringList words = listMessage(text(row, QStringLiteral("text")))
                                  .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return who;
    QString start = words.mid(0, shownWords).join(QLatin1Char(' '));
    if (words.size() > shownWords)
        start += QStringLiteral("…");
    return tr("%1: “%2”").arg(who, start);
}

QString ActivitySync::renderTemplate(int row, const QString &text) const
{
    const QString userId = this->text(row, QStringLiteral("user_id"));
    const QJsonObject me = m_people->record(PeopleDirectory::meId());
    TemplateRenderer renderer;
    renderer.contact = m_people->record(this->text(row, QStringLiteral("contact_id")));
    renderer.lead = m_people->record(this->text(row, QStringLiteral("lead_id")));
    // The SMS's user writes it; with none, the rep behind the API key does.
    renderer.user = userId.isEmpty() ? me : m_people->record(userId);
    renderer.organization = me.value(QLatin1String("organizations")).toArray().at(0).toObject();
    return renderer.render(text);
}

void ActivitySync::merge(const QJsonArray &page, bool fromStart, bool cacheIt)
{
    if (cacheIt && m_cache && !page.isEmpty()) {
        QList<QJsonObject> copies;
        copies.reserve(page.size());
        for (const QJsonValue &value : page)
            copies << value.toObject();
        m_cache->put(journalKind(), copies);
    }
    if (m_people->isEnabled()) {
        // The user too: templates say {{ user.first_name }}. And the rep behind the key, for
        // an SMS with no user.
        QStringList ids {PeopleDirectory::meId()};
        for (const QJsonValue &value : page) {
            const QJsonObject activity = value.toObject();
            for (const char *field : {"lead_id", "contact_id", "user_id"})
                ids << activity.value(QLatin1String(field)).toString();
        }
        m_people->ask(ids);
    }
    QList<QJsonObject> fresh;
    for (const QJsonValue &value : page) {
        const QJsonObject server = value.toObject();
        const int row = rowOf(server.value(QLatin1String("id")).toString());
        if (row >= 0) {
            // A server copy never overwrites what the rep is typing: only the copy changes.
            // Someone else's change to a field the rep edited is a conflict, said at once.
            Row &r = m_store.row(row);
            const QJsonObject conflicts
                = r.edit.flow().isBusy() ? QJsonObject() : findConflicts(row, server);
            setServerCopy(row, server);
            const bool newConflict = !conflicts.isEmpty() && conflicts != r.edit.conflicts();
            if (newConflict)
                r.edit.setConflicts(conflicts);
            changed(row);
            if (newConflict)
                emit conflictFound(idAt(row));
        } else {
            fresh << server;
        }
    }
    if (fresh.isEmpty())
        return;
    // New activities from a refresh are the newest: they go on top. Pages go at the end.
    const int first = fromStart ? 0 : m_store.size();
    emit rowsAboutToBeInserted(first, first + int(fresh.size()) - 1);
    m_store.insert(first, fresh);
    for (int i = 0; i < fresh.size(); ++i)
        indexRow(first + i);
    emit rowsInserted(first, first + int(fresh.size()) - 1);
    restoreRows(first, first + int(fresh.size()) - 1);
    if (!fromStart)
        return;
    // Rows new at the top came after the list was first read: what was received among them
    // arrived while the rep works (a page further down is history, not news).
    QStringList received;
    for (int row = first; row < first + int(fresh.size()); ++row) {
        if (isUnread(row))
            received << idAt(row);
    }
    if (!received.isEmpty())
        emit arrived(received);
}

void ActivitySync::setServerCopy(int row, const QJsonObject &server)
{
    static const QString status = QStringLiteral("status");
    const bool hadFailed = m_store.serverValue(row, status) == QLatin1String("error");
    m_store.setServer(row, server);
    if (m_cache)
        m_cache->put(journalKind(), {server});
    if (!hadFailed && m_store.serverValue(row, status) == QLatin1String("error"))
        emit sendFailed(idAt(row));
}

void ActivitySync::restoreRows(int first, int last)
{
    int restoredRows = 0;
    for (int row = first; row <= last && !m_toRestore.isEmpty(); ++row) {
        const auto it = m_toRestore.constFind(idAt(row));
        if (it == m_toRestore.cend())
            continue;
        const EditJournal::Entry entry = *it;
        m_toRestore.erase(it);
        restoreRow(row, entry);
        ++restoredRows;
    }
    if (restoredRows > 0)
        emit restored(restoredRows);
}

void ActivitySync::restoreRow(int row, const EditJournal::Entry &entry)
{
    Row &r = m_store.row(row);
    // Each edit is read as its field's type before it is put back: one that does not read (an
    // older or damaged journal) is told to the rep with its value, and never sent.
    QStringList damaged;
    for (auto it = entry.pending.begin(); it != entry.pending.end(); ++it) {
        if (readEdit(it.key(), it.value()))
            continue;
        const QString quoted
            = QString::fromUtf8(
                  QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        damaged << QStringLiteral("%1: %2").arg(fieldTitle(it.key()), quoted);
    }
    const QJsonObject server = m_store.serverCopy(row);
    r.edit = PendingEdit::restore(
        entry, server, same(),
        [this](const QString &name, const QJsonValue &wire) { return readEdit(name, wire); });
    r.edit.setConflicts(findConflicts(row, server));
    changed(row);
    if (!damaged.isEmpty())
        emit restoreDamaged(idAt(row), damaged.join(QLatin1Char('\n')));
    if (r.edit.isUnconfirmed())
        recheck(row);
    else if (!r.edit.conflicts().isEmpty())
        emit conflictFound(idAt(row));
}

void ActivitySync::restoreAfterPage()
{
    if (m_toRestore.isEmpty())
        return;
    if (m_hasMore) {
        emit morePagesWanted(); // the rows the journal names are further down
        return;
    }
    // Every page is in and these are not: Close no longer has them. The journal keeps their
    // edits until the rep has them (forgetLostEdits()), told again at each start till then.
    const auto lost = std::exchange(m_toRestore, {});
    for (auto it = lost.cbegin(); it != lost.cend(); ++it)
        emit restoreLost(it.key(), describeEdits(it->pending));
}

void ActivitySync::forgetLostEdits(const QString &id)
{
    if (m_journal && rowOf(id) < 0 && m_journal->entries(journalKind()).contains(id))
        m_journal->put(journalKind(), id, {});
}

void ActivitySync::setJournal(EditJournal *journal)
{
    m_journal = journal;
    m_toRestore = journal ? journal->entries(journalKind()) : QHash<QString, EditJournal::Entry>();
    restoreRows(0, m_store.size() - 1);
}

void ActivitySync::journalRow(int row)
{
    if (!m_journal)
        return;
    m_journal->put(journalKind(), idAt(row), m_store.row(row).edit.toEntry());
}

bool ActivitySync::isDirty(int row) const
{
    return row >= 0 && row < m_store.size() && !m_store.row(row).edit.isEmpty();
}

void ActivitySync::revert(int row)
{
    if (row < 0 || row >= m_store.size() || m_store.row(row).edit.flow().isBusy()
        || m_store.row(row).edit.isUnconfirmed()
        || (!isDirty(row) && m_store.row(row).fieldErrors.isEmpty()))
        return;
    Row &r = m_store.row(row);
    r.edit.clear();
    r.fieldErrors = {};
    r.error.clear();
    changed(row);
}

void ActivitySync::revertField(int row, const QString &name)
{
    if (row < 0 || row >= m_store.size() || m_store.row(row).edit.flow().isBusy()
        || !m_store.row(row).edit.has(name))
        return;
    Row &r = m_store.row(row);
    r.edit.drop(name);
    r.fieldErrors.remove(name);
    changed(row);
}

QStringList ActivitySync::conflictFields(int row) const
{
    return row >= 0 && row < m_store.size() ? m_store.row(row).edit.conflicts().keys()
                                            : QStringList();
}

QJsonValue ActivitySync::theirs(int row, const QString &name) const
{
    return row < 0 || row >= m_store.size() ? QJsonValue(QJsonValue::Undefined)
                                            : m_store.row(row).edit.conflicts().value(name);
}

void ActivitySync::resolveConflict(int row, const QString &name, bool keepMine)
{
    if (row < 0 || row >= m_store.size() || !m_store.row(row).edit.conflicts().contains(name))
        return;
    Row &r = m_store.row(row);
    r.edit.resolve(name, keepMine, m_store.serverTime(row, QStringLiteral("date_updated")));
    if (r.edit.conflicts().isEmpty())
        r.error.clear();
    changed(row);
}

bool ActivitySync::sameValue(const QString &name, const QJsonValue &a, const QJsonValue &b) const
{
    const bool aEmpty = a.isNull() || a.isUndefined();
    const bool bEmpty = b.isNull() || b.isUndefined();
    if (aEmpty || bEmpty)
        return aEmpty == bEmpty;
    if (a == b)
        return true;
    const int i = m_fieldIndex.value(name, -1);
    if (i < 0 || m_fields.at(i).kind != ActivityField::Kind::DateTime)
        return false;
    const auto when = CloseTime::parse(a.toString());
    return when && when == CloseTime::parse(b.toString());
}

QJsonObject ActivitySync::findConflicts(int row, const QJsonObject &fresh) const
{
    return m_store.row(row).edit.clashesWith(fresh, m_store.serverCopy(row), same());
}

PendingEdit::Same ActivitySync::same() const
{
    return [this](const QString &name, const QJsonValue &a, const QJsonValue &b) {
        return sameValue(name, a, b);
    };
}

void ActivitySync::save(int row)
{
    if (!isDirty(row) || !m_store.row(row).edit.conflicts().isEmpty()
        || m_store.row(row).edit.isUnconfirmed())
        return;
    const QString id = idAt(row);
    const SaveFlow::State state = m_store.row(row).edit.flow().state();
    if (state != SaveFlow::State::Idle && state != SaveFlow::State::WaitingToSave)
        return;
    verify(row, {}, [this, id](int row) {
        const PendingEdit::Changes sent = m_store.row(row).edit.beginSave();
        journalRow(row);
        CloseCall *call = saveCall(id, sent);
        if (!call) {
            // Never an empty or partial PUT taken for a save: the edits stay as they are.
            step(row, SaveFlow::Event::Refused);
            setRowError(row,
                        tr("Draftbox could not read these edits as Close takes them, so "
                           "nothing was saved. Check the fields and save again."));
            return;
        }
        // Typing goes on (SaveFlow::Saving takes edits); what is typed meanwhile is saved next.
        track(row, call, [this, id, sent](int at, const ApiResult &result) {
            if (at < 0)
                return;
            if (result.ok()) {
                step(at, SaveFlow::Event::Done);
                closeAnswered();
                confirmSave(at, result.object(), sent);
                emit saved(id);
                if (isDirty(at) && m_store.row(at).edit.conflicts().isEmpty())
                    save(at);
            } else if (isTransient(result.error)) {
                step(at, SaveFlow::Event::Unreachable);
                waitForServer(at, result.error);
                emit failed(id, result.error);
            } else {
                step(at, SaveFlow::Event::Refused);
                m_store.row(at).edit.saveRefused();
                setRowError(at, result.error);
                emit failed(id, result.error);
            }
        });
    });
}

void ActivitySync::confirmSave(int row, const QJsonObject &server, const PendingEdit::Changes &sent)
{
    setServerCopy(row, server);
    Row &r = m_store.row(row);
    r.edit.confirm(sent, server);
    r.fieldErrors = {};
    r.error.clear();
    changed(row);
}

void ActivitySync::verify(int row, const QStringList &unchanged,
                          std::function<void(int row)> proceed)
{
    const QString id = idAt(row);
    const QJsonObject seen = effective(row);
    // A save's check lets typing go on; a send's does not: what goes is what the rep saw.
    if (!step(row, unchanged.isEmpty() ? SaveFlow::Event::Save : SaveFlow::Event::Send))
        return;
    m_queue->remove(id); // what waited goes now
    CloseCall *check = getCall(id);
    check->setOperation(unchanged.isEmpty() ? tr("Check Close's copy before saving")
                                            : tr("Check Close's copy before sending"));
    track(row, check, [this, id, seen, unchanged, proceed](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (!result.ok()) {
            readFailed(at, result.error);
            emit failed(id, result.error);
            return;
        }
        closeAnswered();
        const QJsonObject fresh = result.object();
        const QJsonObject conflicts = findConflicts(at, fresh);
        setServerCopy(at, fresh);
        Row &r = m_store.row(at);
        if (!conflicts.isEmpty()) {
            step(at, SaveFlow::Event::Clashed);
            r.edit.setConflicts(conflicts);
            r.error = tr("Someone changed this in Close since you started editing it. "
                         "Nothing was saved: choose which version to keep.");
            changed(at);
            emit conflictFound(id);
            return;
        }
        const QJsonObject now = effective(at);
        for (const QString &name : unchanged) {
            if (!sameValue(name, now.value(name), seen.value(name))) {
                step(at, SaveFlow::Event::Changed);
                r.error = tr("Close's copy changed since Draftbox showed it (%1 is now "
                             "different). Nothing was sent: check it and try again.")
                              .arg(fieldTitle(name));
                changed(at);
                return;
            }
        }
        r.edit.rebase(fresh); // the edits now go over this copy
        step(at, SaveFlow::Event::Checked);
        changed(at);
        proceed(at);
    });
}

void ActivitySync::readFailed(int row, const ApiError &error, bool dropIntent)
{
    if (isTransient(error)) {
        step(row, SaveFlow::Event::Unreachable);
        waitForServer(row, error);
        return;
    }
    step(row, SaveFlow::Event::Refused);
    if (dropIntent)
        setIntent(row, {});
    setRowError(row, error);
}

ApiError ActivitySync::described(const ApiError &error) const
{
    // Close's 400 names its fields as the wire does ("remote_phone"): the rep knows them by
    // the names the form shows ("To").
    if (error.category != ApiError::Category::Validation || !error.errors.isEmpty()
        || error.fieldErrors.isEmpty())
        return error;
    QStringList fields;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        fields << tr("%1 (%2)").arg(fieldTitle(it.key()), it.value());
    ApiError told = error;
    told.message = tr("Close refused what was written in some fields: %1. Correct them and "
                      "save again.")
                       .arg(fields.join(QStringLiteral("; ")));
    return told;
}

bool ActivitySync::isTransient(const ApiError &error)
{
    switch (error.category) {
    case ApiError::Category::Network:
    case ApiError::Category::Timeout:
    case ApiError::Category::Server:
    case ApiError::Category::RateLimited:
        return true;
    default:
        return false;
    }
}

void ActivitySync::waitForServer(int row, const ApiError &error)
{
    Row &r = m_store.row(row);
    r.error = !r.edit.isUnconfirmed()
        ? tr("Waiting for Close: %1 Your edits are kept; Draftbox tries again by itself.")
              .arg(error.message)
        : tr("Close could not be asked whether it went out. Draftbox asks again as soon as "
             "Close answers, and never sends it twice.");
    changed(row);
    m_queue->wait(idAt(row));
}

void ActivitySync::resumeWaiting(const QStringList &ids)
{
    // Each failed try would say again what the panel already said: these tries are quiet.
    const QScopedValueRollback<bool> quiet(m_quietCalls, true);
    for (const QString &id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const Row &r = m_store.row(row);
        if (r.edit.flow().state() == SaveFlow::State::WaitingToRecheck) {
            recheck(row);
            continue;
        }
        if (!step(row, SaveFlow::Event::Due))
            continue;
        if (isDirty(row) && r.edit.conflicts().isEmpty())
            save(row);
        else
            changed(row);
    }
}

void ActivitySync::setIntent(int row, const SendIntent &intent)
{
    m_store.row(row).edit.setIntent(intent);
    changed(row);
    // A send is on disk before its request leaves: after a crash it is checked, not repeated.
    if (!intent.isEmpty() && m_journal)
        m_journal->flush();
}

void ActivitySync::recheck(int row)
{
    // Nothing to ask for a kind that never sends: the intent is dropped.
    if (step(row, SaveFlow::Event::Recheck))
        step(row, SaveFlow::Event::Done);
    setIntent(row, {});
}

bool ActivitySync::step(int row, SaveFlow::Event event)
{
    SaveFlow &flow = m_store.row(row).edit.flow();
    const SaveFlow::State from = flow.state();
    if (flow.apply(event))
        return true;
    qCWarning(lcSync) << "save flow of" << idAt(row) << "cannot take" << event << "in" << from;
    return false;
}

void ActivitySync::track(int row, CloseCall *call, std::function<void(int, const ApiResult &)> done)
{
    const QString id = idAt(row);
    if (m_quietCalls)
        call->setBackground(true);
    m_store.row(row).error.clear();
    m_store.row(row).refusedField.clear();
    changed(row);
    connect(call, &CloseCall::finished, this, [this, id, done](const ApiResult &result) {
        ApiResult told = result;
        told.error = described(result.error);
        done(rowOf(id), told);
        if (const int at = rowOf(id); at >= 0)
            changed(at);
    });
}

void ActivitySync::applyServerCopy(int row, const QJsonObject &server, bool confirmsPending)
{
    if (confirmsPending) {
        confirmSave(row, server, m_store.row(row).edit.changes()); // all of it: nothing newer stays
        return;
    }
    setServerCopy(row, server);
    Row &r = m_store.row(row);
    r.fieldErrors = {};
    r.error.clear();
    changed(row);
}

void ActivitySync::setRowError(int row, const QString &error, const QJsonObject &fieldErrors)
{
    Row &r = m_store.row(row);
    r.error = error;
    r.refusedField.clear();
    r.fieldErrors = fieldErrors;
    changed(row);
}

void ActivitySync::setRowError(int row, const ApiError &error)
{
    QJsonObject fieldErrors;
    for (auto it = error.fieldErrors.cbegin(); it != error.fieldErrors.cend(); ++it)
        fieldErrors.insert(it.key(), it.value());
    setRowError(row, error.message, fieldErrors);
}

void ActivitySync::deleteRow(int row, CloseCall *call)
{
    const QString id = idAt(row);
    if (!step(row, SaveFlow::Event::Delete)) {
        call->cancel();
        return;
    }
    m_queue->remove(id);
    track(row, call, [this, id](int at, const ApiResult &result) {
        if (at < 0)
            return;
        if (result.ok() || result.error.category == ApiError::Category::NotFound) {
            removeActivityRow(at);
            emit deleted(id);
            return;
        }
        step(at, SaveFlow::Event::Refused);
        setRowError(at, result.error);
        emit failed(id, result.error);
    });
}

void ActivitySync::removeActivityRow(int row, Edits edits)
{
    if (m_journal && edits == ForgetEdits)
        m_journal->put(journalKind(), idAt(row), {});
    m_queue->remove(idAt(row));
    if (m_cache)
        m_cache->remove(journalKind(), {idAt(row)});
    emit rowAboutToBeRemoved(row);
    m_store.remove(row);
    emit rowRemoved();
}

void ActivitySync::changed(int row)
{
    // The conflict stop follows the clashes the row holds, however they came or went.
    Row &r = m_store.row(row);
    SaveFlow &flow = r.edit.flow();
    const SaveFlow::State state = flow.state();
    if (state == SaveFlow::State::Conflict && r.edit.conflicts().isEmpty())
        flow.apply(SaveFlow::Event::Settled);
    else if (!r.edit.conflicts().isEmpty()
             && (state == SaveFlow::State::Idle || state == SaveFlow::State::WaitingToSave))
        flow.apply(SaveFlow::Event::Clashed);
    journalRow(row);
    indexRow(row);
    m_store.retally(row);
    emit rowChanged(row);
}

void ActivitySync::indexRow(int row)
{
    // The fields searched, then the people whose names are: by index, looked up once.
    static const char *const searched[] = {"text",        "remote_phone", "remote_phone_formatted",
                                           "local_phone", "user_name",    "error_message",
                                           "contact_id",  "lead_id"};
    constexpr int remotePhone = 1, localPhone = 3, people = 6; // where they are in `searched`
    if (m_searchedFields.isEmpty()) {
        for (const char *name : searched)
            m_searchedFields.append(m_store.schema().indexOf(QString::fromLatin1(name)));
    }
    QStringList texts;
    for (int i = 0; i < people; ++i) {
        if (const QString v = m_store.text(row, m_searchedFields.at(i)); !v.isEmpty())
            texts << v;
    }
    // The names the list shows, as soon as Close told them (reindexNames()).
    for (int i = people; i < m_searchedFields.size(); ++i) {
        const QString id = m_store.text(row, m_searchedFields.at(i));
        if (!id.isEmpty() && m_people->knows(id))
            texts << displayName(id);
    }
    m_store.setSearched(row, SearchText::fold(texts),
                        SearchText::digits({m_store.text(row, m_searchedFields.at(remotePhone)),
                                            m_store.text(row, m_searchedFields.at(localPhone))}));
}

void ActivitySync::reindexNames(const QSet<QString> &arrived)
{
    if (arrived.isEmpty())
        return;
    const RecordSchema &schema = m_store.schema();
    QList<int> rows = m_store.rowsWhere(schema.indexOf(QStringLiteral("contact_id")), arrived);
    rows += m_store.rowsWhere(schema.indexOf(QStringLiteral("lead_id")), arrived);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows))
        indexRow(row);
}

bool ActivitySync::rowContainsNumber(int row, QByteArrayView needle) const
{
    return row >= 0 && row < m_store.size() && m_store.containsNumber(row, needle);
}

bool ActivitySync::rowContains(int row, QByteArrayView needle) const
{
    return row >= 0 && row < m_store.size() && m_store.contains(row, needle);
}

QString ActivitySync::listMessage(const QString &text)
{
    // The view shapes the whole text before eliding it; the tooltip has it whole.
    constexpr qsizetype longest = 240;
    qsizetype end = text.indexOf(QLatin1Char('\n'));
    if (end < 0)
        end = text.size();
    if (end > longest) {
        end = longest;
        if (text.at(end - 1).isHighSurrogate())
            --end;
    }
    return text.left(end);
}

QString ActivitySync::listTip(const QString &text)
{
    return SafeHtml::plainTip(text);
}

QString ActivitySync::listRemotePhone(int row) const
{
    const QString formatted = text(row, QStringLiteral("remote_phone_formatted"));
    return formatted.isEmpty() ? text(row, QStringLiteral("remote_phone")) : formatted;
}
