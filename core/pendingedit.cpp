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

const FieldValue *PendingEdit::change(const QString &name) const
{
    const auto it = m_changes.constFind(name);
    return it == m_changes.cend() ? nullptr : &it.value();
}

QJsonObject PendingEdit::wire(const Changes &changes)
{
    QJsonObject out;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        out.insert(it.key(), it.value().toWire());
    return out;
}

bool PendingEdit::set(const QString &name, const FieldValue &value, bool sameAsServer,
                      const QJsonObject &server)
{
    const Changes before = m_changes;
    if (sameAsServer && !m_flow.isBusy()) {
        m_changes.remove(name);
        m_base.remove(name);
        m_conflicts.remove(name);
    } else {
        // What the edit is made over: what a save later checks Close's copy against.
        if (!m_base.contains(name))
            m_base.insert(name, orNull(server.value(name)));
        if (!m_madeOver)
            madeOverCopy(server);
        m_changes.insert(name, value);
    }
    settle();
    return m_changes != before;
}

void PendingEdit::madeOverCopy(const QJsonObject &copy)
{
    m_madeOver = CloseTime::parse(copy.value(dateUpdated).toString());
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
    m_madeOver.reset();
    m_restored = false;
}

QJsonObject PendingEdit::clashesWith(const QJsonObject &fresh, const QJsonObject &server,
                                     const Same &same) const
{
    QJsonObject out;
    if (m_changes.isEmpty()
        || (m_madeOver && m_madeOver == CloseTime::parse(fresh.value(dateUpdated).toString())))
        return out;
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it) {
        const QString &name = it.key();
        const QJsonValue theirs = fresh.value(name);
        const QJsonValue base = m_base.contains(name) ? m_base.value(name) : server.value(name);
        const auto attempted = m_attempted.constFind(name);
        const bool explained = same(name, theirs, it.value().toWire()) // the rep's value
            || same(name, theirs, base) // nobody changed it
            || (attempted != m_attempted.cend() // Draftbox's own save, its answer lost
                && same(name, theirs, attempted.value().toWire()));
        if (!explained)
            out.insert(name, theirs.isUndefined() ? QJsonValue() : theirs);
    }
    return out;
}

void PendingEdit::resolve(const QString &name, bool keepMine,
                          const std::optional<QDateTime> &serverUpdated)
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
        m_madeOver = serverUpdated; // every clash settled: over Close's copy now
    settle();
}

void PendingEdit::rebase(const QJsonObject &fresh)
{
    m_base = {};
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
        m_base.insert(it.key(), fresh.value(it.key()));
    madeOverCopy(fresh);
}

PendingEdit::Changes PendingEdit::beginSave()
{
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it)
        m_attempted.insert(it.key(), it.value());
    return m_changes;
}

void PendingEdit::confirm(const Changes &sent, const QJsonObject &server)
{
    Changes newer;
    for (auto it = m_changes.begin(); it != m_changes.end(); ++it) {
        const auto was = sent.constFind(it.key());
        if (was == sent.cend() || was.value() != it.value())
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
    madeOverCopy(server);
    for (auto it = newer.begin(); it != newer.end(); ++it)
        m_base.insert(it.key(), orNull(server.value(it.key())));
}

EditJournal::Entry PendingEdit::toEntry() const
{
    EditJournal::Entry entry;
    entry.pending = wire(m_changes);
    entry.base = m_base;
    if (m_madeOver)
        entry.base.insert(dateUpdated, CloseTime::format(*m_madeOver));
    entry.attempted = wire(m_attempted);
    entry.intent = m_intent.toJson();
    return entry;
}

PendingEdit PendingEdit::restore(const EditJournal::Entry &entry, const QJsonObject &server,
                                 const Same &same, const Reader &read)
{
    PendingEdit edit;
    for (auto it = entry.pending.begin(); it != entry.pending.end(); ++it) {
        const auto value = read(it.key(), it.value());
        if (!value || same(it.key(), it.value(), server.value(it.key())))
            continue; // unreadable (told by the caller), or Close holds it: done
        edit.m_changes.insert(it.key(), *value);
        if (entry.base.contains(it.key()))
            edit.m_base.insert(it.key(), entry.base.value(it.key()));
    }
    for (auto it = entry.attempted.begin(); it != entry.attempted.end(); ++it) {
        if (const auto value = read(it.key(), it.value()))
            edit.m_attempted.insert(it.key(), *value);
    }
    edit.madeOverCopy(entry.base);
    edit.m_intent = SendIntent::fromJson(entry.intent);
    edit.m_restored = !edit.m_changes.isEmpty() || !edit.m_intent.isEmpty();
    if (edit.m_changes.isEmpty()) {
        edit.m_base = {};
        edit.m_madeOver.reset();
    }
    return edit;
}
