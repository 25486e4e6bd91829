#pragma once

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QStringList>

class SmsTableModel;
struct ApiError;

//! One action over many drafts: send all, schedule all at one time, or delete all. Drafts go a
//! few at a time (Close rate-limits), each through the model like a single one, so every
//! failure reaches the error log with its activity. Progress counts each draft once.
class SmsBulkAction : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Send, Schedule, Delete };

    SmsBulkAction(SmsTableModel *model, Kind kind, const QStringList &ids,
                  const QDateTime &when = {}, QObject *parent = nullptr);

    void start();
    //! Starts no more; those under way finish.
    void stop();

    Kind kind() const { return m_kind; }
    int total() const { return int(m_ids.size()); }
    int succeeded() const { return m_succeeded; }
    int failedCount() const { return m_failed; }
    bool isFinished() const { return m_finished; }

    static constexpr int maxInFlight = 3;

    //! Those of the SMS `ids` whose recipient replied since the rep wrote them
    //! (SmsSync::replySince()), in the same order: the rep may want them left out of a send.
    static QStringList repliedSince(const SmsTableModel *model, const QStringList &ids);

signals:
    void progress(int done, int total);
    //! A draft the action left alone, and why (not a draft any more, an invalid number...).
    void refused(const QString &id, const QString &reason);
    void finished(int succeeded, int failed);

private:
    void next();
    void settle(const QString &id, bool ok);

    SmsTableModel *m_model;
    Kind m_kind;
    QStringList m_ids;
    QDateTime m_when;
    int m_next = 0;
    QSet<QString> m_inFlight;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_stopped = false;
    bool m_finished = false;
};
