#pragma once

#include "eventlog.h"
#include "filestore.h"
#include "listquery.h"
#include "sandboxresponse.h"
#include "sandboxstate.h"
#include "smsresource.h"
#include "whatsappresource.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

//! One request as the API layer sees it, free of HTTP plumbing.
struct SandboxRequest
{
    QByteArray method; //!< "GET", "POST", "PUT", "DELETE", ...
    QString path; //!< the URL path, e.g. "/api/v1/activity/sms/"
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
};

//! The Close API behind the sandbox's HTTP front: routing, the SMS and WhatsApp resources,
//! the other endpoints Draftbox reads, the dispatcher that actually sends SMS, the event log of
//! every change to an SMS or WhatsApp message, and saving the state after every change when a
//! data file is set.
class SandboxApi : public QObject
{
    Q_OBJECT

public:
    static constexpr QLatin1StringView basePath {"/api/v1/"};

    explicit SandboxApi(QObject *parent = nullptr);

    //! Fills an empty state with `count` SMS and `count` WhatsApp messages, deterministic for
    //! a given `seed` apart from the current time.
    void seed(int count, quint32 seed);
    //! Loads `path` if it exists (then keeps saving to it), or seeds and creates it.
    bool open(const QString &path, int count, quint32 seed, QString *error);

    SandboxResponse handle(const SandboxRequest &request);
    //! The Files API's bucket (FileStore::uploadPath), which takes no API key.
    SandboxResponse upload(const SandboxRequest &request);
    //! Where the server listens (http://127.0.0.1:41234), for the URLs of files: call before
    //! seed() or open(). Attachments of SMS loaded from a data file are moved onto it.
    void setOrigin(const QString &origin);
    FileStore &files() { return m_files; }
    //! Whether `path` is one of the sandbox's own endpoints (no auth, rate limit or faults).
    static bool isSandboxOwn(const QString &path);

    const SandboxState &state() const { return m_state; }
    //! The sandbox's clock, the system's unless a test moves it: it dates activities and
    //! events, decides when an SMS is due and when events expire.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }
    //! The deepest `_skip` the list endpoints take (0: no maximum), as Close has one.
    void setMaxSkip(int maxSkip) { m_maxSkip = maxSkip; }
    //! How many events the log keeps at most (EventLog::defaultCapacity unless changed).
    void setEventCapacity(int capacity) { m_state.events.setCapacity(capacity); }
    //! Every `seconds` (0: never), one of the contacts an SMS went to lately replies.
    void replyEvery(int seconds);

signals:
    //! The dispatcher moved an SMS to `sent` or `error`.
    void smsDispatched(const QString &id, const QString &status);

private:
    SandboxResponse route(const SandboxRequest &request, const QStringList &parts);
    SandboxResponse activities(const SandboxRequest &request, const QStringList &parts,
                               ActivityCollection &collection, bool isSms);
    SandboxResponse list(const SandboxRequest &request, const ActivityCollection &collection,
                         const ListQuery::Filters &filters) const;
    SandboxResponse getOne(const SandboxRequest &request, const ActivityCollection &collection,
                           const QString &id, const QString &what) const;
    //! GET /lead/, with the `query` Close still takes (words matched against the lead's and
    //! its contacts' names and numbers), each lead with its `contacts` embedded.
    SandboxResponse leads(const SandboxRequest &request) const;
    //! The lead as Close gives it: its contacts embedded, their ids and its `html_url`.
    QJsonObject withContacts(QJsonObject lead) const;
    //! GET /event/ and /event/{id}/ (FACTS-events-people.md §1).
    SandboxResponse events(const SandboxRequest &request, const QStringList &parts);
    //! Logs a change of an SMS (`isSms`) or WhatsApp message; an empty `before` is a create,
    //! an empty `after` a delete.
    void record(const QString &action, bool isSms, const QJsonObject &before,
                const QJsonObject &after, const EventLog::Cause &cause = {});
    SandboxResponse me() const;
    SandboxResponse sends() const;

    //! Points the /go/ URLs of the SMS's attachments at the current origin.
    void rebaseAttachments();
    void changed();
    void scheduleDispatch();
    void dispatchDue();
    //! An inbound SMS from the party of a recent outbound one, as a lead's reply arrives.
    void replyArrives();

    SandboxState m_state;
    FileStore m_files;
    SmsResource m_sms;
    WhatsAppResource m_whatsapp;
    QTimer m_dispatchTimer;
    QTimer m_replyTimer;
    std::function<QDateTime()> m_clock;
    int m_replies = 0;
    int m_maxSkip = 0;
    QString m_dataFile;
};
