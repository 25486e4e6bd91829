#include "smsbulkaction.h"

#include "smstablemodel.h"

SmsBulkAction::SmsBulkAction(SmsTableModel *model, Kind kind, const QStringList &ids,
                             const QDateTime &when, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_kind(kind)
    , m_ids(ids)
    , m_when(when)
{
    connect(model, &ActivityTableModel::saved, this, [this](const QString &id) {
        if (m_kind != Kind::Delete)
            settle(id, true);
    });
    connect(model, &ActivityTableModel::deleted, this, [this](const QString &id) {
        if (m_kind == Kind::Delete)
            settle(id, true);
    });
    connect(model, &ActivityTableModel::failed, this,
            [this](const QString &id, const ApiError &) { settle(id, false); });
}

void SmsBulkAction::start()
{
    emit progress(0, total());
    next();
}

void SmsBulkAction::stop()
{
    m_stopped = true;
    next();
}

void SmsBulkAction::next()
{
    while (!m_stopped && m_inFlight.size() < maxInFlight && m_next < m_ids.size()) {
        const QString id = m_ids.at(m_next++);
        const int row = m_model->rowOf(id);
        // Only drafts qualify, and only as they are now: one sent meanwhile is left alone, and
        // one the model would not send alone (an invalid number) is not sent in bulk either.
        const QString problem = row < 0 ? tr("This SMS is no longer in the list.")
            : m_kind != Kind::Delete    ? m_model->sendProblem(row)
            : m_model->status(row) != QLatin1String("draft") ? tr("Only a draft can be deleted.")
                                                             : QString();
        if (!problem.isEmpty()) {
            ++m_failed;
            emit refused(id, problem);
            emit progress(m_succeeded + m_failed, total());
            continue;
        }
        m_inFlight.insert(id);
        switch (m_kind) {
        case Kind::Send:
            m_model->send(row);
            break;
        case Kind::Schedule:
            m_model->schedule(row, m_when);
            break;
        case Kind::Delete:
            m_model->deleteDraft(row);
            break;
        }
        const int now = m_model->rowOf(id);
        if (now < 0 || !m_model->index(now, 0).data(ActivityTableModel::BusyRole).toBool()) {
            m_inFlight.remove(id); // the model refused it outright
            ++m_failed;
            emit progress(m_succeeded + m_failed, total());
        }
    }
    const bool done = m_inFlight.isEmpty() && (m_stopped || m_next >= m_ids.size());
    if (done && !m_finished) {
        m_finished = true;
        emit finished(m_succeeded, m_failed);
    }
}

void SmsBulkAction::settle(const QString &id, bool ok)
{
    if (!m_inFlight.remove(id))
        return;
    ++(ok ? m_succeeded : m_failed);
    emit progress(m_succeeded + m_failed, total());
    next();
}

QStringList SmsBulkAction::repliedSince(const SmsTableModel *model, const QStringList &ids)
{
    QStringList replied;
    for (const QString &id : ids) {
        if (model->sms()->replySince(model->rowOf(id)) >= 0)
            replied << id;
    }
    return replied;
}
