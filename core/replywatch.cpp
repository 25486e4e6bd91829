#include "replywatch.h"

#include "optout.h"

QStringList ReplyWatch::noteReply(const QString &id, const QString &number, const QDateTime &at)
{
    dropWritten(id);
    const QString digits = OptOutList::digitsOf(number);
    QStringList told;
    const auto known = m_replyDigits.constFind(id);
    if (known != m_replyDigits.cend() && (*known != digits || !at.isValid()))
        told << dropReply(id);
    // A reply with no number or no time cannot be said to come after anything.
    if (digits.isEmpty() || !at.isValid())
        return told;
    Thread &thread = m_threads[digits];
    const Reply before = thread.latest;
    const auto previous = thread.replies.constFind(id);
    const bool earlier = previous != thread.replies.cend() && at < *previous;
    thread.replies.insert(id, at);
    m_replyDigits.insert(id, digits);
    if (!thread.latest.at.isValid() || at > thread.latest.at)
        thread.latest = {id, at};
    else if (earlier && thread.latest.id == id)
        findLatest(thread); // the latest was dated again, earlier: another may be later now
    if (thread.latest.id != before.id || thread.latest.at != before.at)
        told << writtenTo(digits);
    return told;
}

QStringList ReplyWatch::noteWritten(const QString &id, const QString &number, const QString &status,
                                    size_t content, const QDateTime &updated)
{
    const QStringList told = dropReply(id);
    const QString digits = OptOutList::digitsOf(number);
    const auto it = m_written.find(id);
    if (it == m_written.end()) {
        m_written.insert(id, {digits, status, content, updated, updated});
        m_writtenTo[digits].insert(id);
        return told;
    }
    if (it->digits != digits) {
        // Another recipient: what they replied before was not to this SMS's words.
        unlist(it->digits, id);
        m_writtenTo[digits].insert(id);
        it->digits = digits;
        it->at = updated;
    } else if (updated != it->seen && (it->status == status || it->content != content)) {
        // A new copy from Close: saved (any field), or its words changed as it went (a send
        // with the edits in it). The same copy told again (a name arrived) changes nothing.
        if (updated.isValid())
            it->at = updated;
    }
    it->seen = updated;
    it->status = status;
    it->content = content;
    return told;
}

QStringList ReplyWatch::forget(const QString &id)
{
    dropWritten(id);
    return dropReply(id);
}

void ReplyWatch::clear()
{
    m_threads.clear();
    m_replyDigits.clear();
    m_written.clear();
    m_writtenTo.clear();
}

std::optional<ReplyWatch::Reply> ReplyWatch::latest(const QString &number) const
{
    const auto thread = m_threads.constFind(OptOutList::digitsOf(number));
    if (thread == m_threads.cend() || !thread->latest.at.isValid())
        return std::nullopt;
    return thread->latest;
}

QDateTime ReplyWatch::writtenAt(const QString &id) const
{
    return m_written.value(id).at;
}

std::optional<ReplyWatch::Reply> ReplyWatch::since(const QString &id) const
{
    const auto written = m_written.constFind(id);
    if (written == m_written.cend() || !written->at.isValid())
        return std::nullopt;
    const auto thread = m_threads.constFind(written->digits);
    if (thread == m_threads.cend() || !(thread->latest.at > written->at))
        return std::nullopt;
    return thread->latest;
}

QStringList ReplyWatch::dropReply(const QString &id)
{
    const auto known = m_replyDigits.find(id);
    if (known == m_replyDigits.end())
        return {};
    const QString digits = *known;
    m_replyDigits.erase(known);
    const auto thread = m_threads.find(digits);
    if (thread == m_threads.end())
        return {};
    thread->replies.remove(id);
    if (thread->latest.id != id)
        return {};
    // Rare (a reply deleted in Close, or its number corrected): the one before it is latest.
    if (thread->replies.isEmpty())
        m_threads.erase(thread);
    else
        findLatest(*thread);
    return writtenTo(digits);
}

void ReplyWatch::dropWritten(const QString &id)
{
    const auto it = m_written.find(id);
    if (it == m_written.end())
        return;
    unlist(it->digits, id);
    m_written.erase(it);
}

void ReplyWatch::unlist(const QString &digits, const QString &id)
{
    const auto to = m_writtenTo.find(digits);
    if (to == m_writtenTo.end())
        return;
    to->remove(id);
    if (to->isEmpty())
        m_writtenTo.erase(to);
}

QStringList ReplyWatch::writtenTo(const QString &digits) const
{
    const QSet<QString> ids = m_writtenTo.value(digits);
    return QStringList(ids.cbegin(), ids.cend());
}

void ReplyWatch::findLatest(Thread &thread)
{
    thread.latest = {};
    for (auto it = thread.replies.cbegin(); it != thread.replies.cend(); ++it) {
        if (!thread.latest.at.isValid() || it.value() > thread.latest.at)
            thread.latest = {it.key(), it.value()};
    }
}
