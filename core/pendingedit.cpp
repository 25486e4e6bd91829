#include "pendingedit.h"

#include "closetime.h"

namespace {

const QLatin1String dateUpdated("date_updated");

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace

QJsonObject SendIntent::toJson() const
{
    if (isEmpty())
        return {};
    return {{QStringLiteral("status"), SmsActivity::statusText(status)},
            {QStringLiteral("asked_at"), CloseTime::format(askedAt)}};
}

SendIntent SendIntent::fromJson(const QJsonObject &json)
{
    SendIntent intent;
    const auto status = SmsActivity::statusFromText(json.value(QLatin1String("status")).toString());
    // Only a send or a schedule is ever journaled; anything else asks nothing of Close.
    if (status != SmsActivity::Status::Outbox && status != SmsActivity::Status::Scheduled)
        return intent;
    intent.status = status;
    intent.askedAt
        = CloseTime::parse(json.value(QLatin1String("asked_at")).toString()).value_or(QDateTime());
    return intent;
}

bool PendingEdit::set(const QString &name, const QJsonValue &value, bool sameAsServer,
                      const QJsonObject &server)
{
    const QJsonObject before = m_changes;
    if (sameAsServer && !m_flow.isBusy()) {
        m_changes.remove(name);
        m_base.remove(name);
        m_conflicts.remove(name);
    } else {
        // What the edit is made over: what a save later checks Close's copy against.
        if (!m_base.contains(name))
            m_base.insert(name, orNull(server.value(name)));
        if (!m_base.contains(dateUpdated))
            m_base.insert(dateUpdated, server.value(dateUpdated));
        m_changes.insert(name, value);
    }
    settle();
    return m_changes != before;
}

void PendingEdit::drop(const QString &name)
{
    m_changes.remove(name);
    m_base.remove(name);
    m_conflicts.remove(name);
    settle();
}

void PendingEdit::clear()
{
    m_changes = {};
    m_base = {};
    m_conflicts = {};
    settle();
}

void PendingEdit::settle()
{
    if (!m_changes.isEmpty())
        return;
    m_base = {};
    m_restored = false;
}

QJsonObject PendingEdit::clashesWith(const QJsonObject &fresh, const QJsonObject &server,
                                     const Same &same) const
{
    QJsonObject out;
    const QJsonValue baseUpdated = m_base.value(dateUpdated);
    if (m_changes.isEmpty()
        || (!baseUpdated.isUndefined() && baseUpdated == fresh.value(dateUpdated)))
        return out;
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it) {
        const QJsonValue theirs = fresh.value(it.key());
        const QJsonValue base
            = m_base.contains(it.key()) ? m_base.value(it.key()) : server.value(it.key());
        const bool explained = same(it.key(), theirs, it.value()) // the rep's value
            || same(it.key(), theirs, base) // nobody changed it
            || (m_attempted.contains(it.key()) // Draftbox's own save, its answer lost
                && same(it.key(), theirs, m_attempted.value(it.key())));
        if (!explained)
            out.insert(it.key(), theirs.isUndefined() ? QJsonValue() : theirs);
    }
    return out;
}

void PendingEdit::resolve(const QString &name, bool keepMine, const QJsonValue &serverUpdated)
{
    if (!m_conflicts.contains(name))
        return;
    const QJsonValue theirs = m_conflicts.take(name);
    if (keepMine) {
        m_base.insert(name, theirs); // the rep saw Close's value and chose the edit over it
    } else {
        m_changes.remove(name);
        m_base.remove(name);
    }
    if (m_conflicts.isEmpty())
        m_base.insert(dateUpdated, serverUpdated); // every clash settled: over Close's copy now
    settle();
}

void PendingEdit::rebase(const QJsonObject &fresh)
{
    QJsonObject base {{dateUpdated, fresh.value(dateUpdated)}};
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
        base.insert(it.key(), fresh.value(it.key()));
    m_base = base;
}

QJsonObject PendingEdit::beginSave()
{
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
        m_attempted.insert(it.key(), it.value());
    return m_changes;
}

void PendingEdit::confirm(const QJsonObject &sent, const QJsonObject &server)
{
    QJsonObject newer;
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it) {
        if (!sent.contains(it.key()) || sent.value(it.key()) != it.value())
            newer.insert(it.key(), it.value());
    }
    m_changes = newer;
    m_attempted = {};
    m_conflicts = {};
    m_base = {};
    if (newer.isEmpty()) {
        settle();
        return;
    }
    // The newer edits are made over what Close holds now, Draftbox's own save included.
    m_base.insert(dateUpdated, server.value(dateUpdated));
    for (auto it = newer.begin(); it != newer.end(); ++it)
        m_base.insert(it.key(), orNull(server.value(it.key())));
}

EditJournal::Entry PendingEdit::toEntry() const
{
    EditJournal::Entry entry;
    entry.pending = m_changes;
    entry.base = m_base;
    entry.attempted = m_attempted;
    entry.intent = m_intent.toJson();
    return entry;
}

PendingEdit PendingEdit::restore(const EditJournal::Entry &entry, const QJsonObject &server,
                                 const Same &same)
{
    PendingEdit edit;
    edit.m_changes = entry.pending;
    edit.m_base = entry.base;
    edit.m_attempted = entry.attempted;
    edit.m_intent = SendIntent::fromJson(entry.intent);
    for (const QString &name : entry.pending.keys()) {
        if (same(name, entry.pending.value(name), server.value(name))) {
            edit.m_changes.remove(name);
            edit.m_base.remove(name);
        }
    }
    edit.m_restored = !edit.m_changes.isEmpty() || !edit.m_intent.isEmpty();
    if (edit.m_changes.isEmpty())
        edit.m_base = {};
    return edit;
}
