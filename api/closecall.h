#pragma once

#include "apiresult.h"
#include "credentials.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QScopedPointer>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class CloseClient;
class QNetworkReply;

//! One request to Close, from the first attempt to its one result. It owns its reply, retries
//! what is safe to retry, waits out rate limits, never repeats a request that could send a
//! message, and emits finished() exactly once, then deletes itself later. Nothing of QtNetwork
//! shows here, so that the layers above the models never see it.
class CloseCall : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Read, //!< GET: retried on network errors and 502/503/504
        Idempotent, //!< PUT without sending, DELETE: retried like a read
        Create, //!< POST: never repeated; a lost answer is reported as such
        Send, //!< could make an SMS go out: never repeated; a lost answer triggers a re-read
    };

    struct Spec
    {
        QByteArray method = "GET";
        QString path; //!< relative to the base URL, e.g. "activity/sms/acti_x/"
        QUrlQuery query;
        QByteArray body; //!< JSON, for PUT and POST
        Kind kind = Kind::Read;
        QString operation; //!< for people: "Save SMS", "Load SMS", ...
        QString activityId; //!< the activity concerned, if any
        QString rereadPath; //!< for Kind::Send: where to re-read the activity
        bool allPages = false; //!< follow has_more and collect every page's data
        int pageSize = 100;
        //! Checks a successful body; a non-empty answer makes it a MalformedBody error. It may
        //! run on a worker thread (a large answer is read there): it must only read its input.
        using Validator = std::function<QString(const QJsonDocument &)>;
        Validator validate;
        //! Another account than the client's own (a connection test): its URL and secret for
        //! this call only. Tried once, within `transferTimeoutMs` if set, and not reported by
        //! CloseClient::callFinished(), whose listeners follow the client's own account.
        std::optional<Credentials> account;
        int transferTimeoutMs = 0; //!< 0: the client's policy
    };

    ~CloseCall() override;

    QString operation() const { return m_spec.operation; }
    //! What the call is for, for people, when the typed method's own name would mislead.
    void setOperation(const QString &operation) { m_spec.operation = operation; }
    QString activityId() const { return m_spec.activityId; }
    //! The path it asks for, relative to the API's base ("activity/sms/").
    QString path() const { return m_spec.path; }
    Kind kind() const { return m_spec.kind; }
    bool isFinished() const { return m_finished; }
    //! A background call's failure is not the rep's concern (the error log leaves it out).
    void setBackground(bool background) { m_background = background; }
    bool isBackground() const { return m_background; }
    const ApiResult &result() const { return m_result; }

    //! Stops waiting: finishes with Category::Canceled unless already finished.
    void cancel();

signals:
    void finished(const ApiResult &result);
    //! A retry is scheduled after a rate limit or a transient failure.
    void retrying(const ApiError &error, int delayMs);

private:
    friend class CloseClient;
    CloseCall(CloseClient *client, Spec spec);

    void send();
    void handleReply();
    //! Cuts the reply off once it is past the size limit.
    void checkSize();
    //! The size limit passed, as a failure of this call.
    ApiError tooLarge() const;
    //! A successful answer's body read as JSON and checked; on any thread.
    struct Decoded
    {
        QJsonDocument json;
        QString notAnObject; //!< why the body is not a JSON object, if it is not
        QString invalid; //!< what validate() found wrong
    };
    static Decoded decode(const QByteArray &body, const Spec::Validator &validate);
    //! Goes on with the answer once read (on the call's thread).
    void decoded(int status, const Decoded &answer);
    void retryLater(const ApiError &error, int delayMs);
    void reread(const ApiError &lost);
    void finish(ApiResult result);
    int backoffMs() const;

    QPointer<CloseClient> m_client;
    Spec m_spec;
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> m_reply;
    QTimer m_retryTimer;
    int m_attempts = 0;
    bool m_background = false;
    int m_transientRetries = 0;
    int m_rateLimitRetries = 0;
    int m_skip = 0;
    int m_pages = 0;
    QJsonArray m_collected;
    QSet<QString> m_collectedIds;
    bool m_tooLarge = false; //!< cut off: the answer was past Policy::maxAnswerBytes
    bool m_finished = false;
    bool m_canceled = false;
    ApiResult m_result;
};
