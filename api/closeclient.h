#pragma once

#include "activityquery.h"
#include "closecall.h"
#include "credentials.h"
#include "filefetch.h"
#include "fileupload.h"
#include "smsupdate.h"
#include "whatsappupdate.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

//! The Close REST API over one QNetworkAccessManager (the process's only one: a connection
//! test borrows it with credentials of its own). Every method returns a CloseCall that ends in
//! one ApiResult; callFinished() reports every end on the client's own account, which is how
//! failures reach the error log. Credentials live only in memory and never appear in a log or
//! an error text (the first client also keeps Qt's request-dumping debug categories off,
//! whatever the rules say).
class CloseClient : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int transferTimeoutMs = 30000;
        int maxTransientRetries
            = 3; //!< reads and idempotent writes, on 502/503/504 and network errors
        int maxRateLimitRetries = 5;
        int backoffBaseMs = 400; //!< doubled each time, with ±50 % jitter
        double maxRateLimitWaitSeconds = 120;
        //! The most of an answer read: a page of 100 SMS is a few hundred kB. Past this the
        //! request is cut off and fails, naming the limit.
        qint64 maxAnswerBytes = 8 * 1024 * 1024;
    };
    //! A call that follows `has_more` itself stops after this many pages, with an error.
    static constexpr int maxPagesPerCall = 100;

    explicit CloseClient(QObject *parent = nullptr);
    ~CloseClient() override;

    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.close.com/api/v1/")); }
    //! https:// anywhere, http:// only to this computer. Returns why a URL is refused.
    static QString whyRefused(const QUrl &url);

    //! Sets the API base URL; refuses (and keeps the previous one) with the reason returned.
    QString setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &apiKey);
    void setOAuthToken(const QString &token);
    //! The URL and the key or token at once; refuses the URL (and changes nothing) as
    //! setBaseUrl() does, with the reason returned.
    QString setCredentials(const Credentials &credentials);
    bool hasCredentials() const { return !m_authorization.isEmpty(); }
    void setPolicy(const Policy &policy) { m_policy = policy; }
    const Policy &policy() const { return m_policy; }
    static QByteArray userAgent();

    CloseCall *listSms(const ActivityQuery &query = {}, int skip = 0, int limit = 100);
    CloseCall *listAllSms(const ActivityQuery &query = {});
    CloseCall *getSms(const QString &id);
    CloseCall *createSms(const SmsCreate &sms);
    CloseCall *updateSms(const QString &id, const SmsUpdate &update);
    CloseCall *deleteSms(const QString &id);

    CloseCall *listWhatsApp(const ActivityQuery &query = {}, int skip = 0, int limit = 100);
    CloseCall *listAllWhatsApp(const ActivityQuery &query = {});
    CloseCall *getWhatsApp(const QString &id);
    CloseCall *createWhatsApp(const WhatsAppCreate &message);
    CloseCall *updateWhatsApp(const QString &id, const WhatsAppUpdate &update);
    CloseCall *deleteWhatsApp(const QString &id);

    //! A page of the organization's event log (GET /event/): the events updated since `since`
    //! (none: all), latest first, at most 50; `cursor` (a page's cursor_next) asks for older.
    CloseCall *listEvents(const QDateTime &since, const QString &cursor = {});

    CloseCall *listPhoneNumbers();
    CloseCall *listSmsTemplates();
    CloseCall *getSmsTemplate(const QString &id);
    CloseCall *me();
    //! Who `account` belongs to, asked with its own URL and secret: the client's account stays
    //! as it is. Tried once (the rep waits for the answer), refused like setBaseUrl() for an
    //! insecure URL, and not reported by callFinished().
    CloseCall *me(const Credentials &account, int transferTimeoutMs = 15000);
    //! A lead or a contact (for its name: `display_name`, `name`).
    CloseCall *getLead(const QString &id);
    CloseCall *getContact(const QString &id);
    //! Leads whose names or their contacts' names or numbers match `text` (Close's lead
    //! `query`), their contacts embedded: one page of at most `limit`.
    CloseCall *searchLeads(const QString &text, int limit = 10);
    //! A user of the organization (GET /user/{id}/): first_name, last_name, email.
    CloseCall *getUser(const QString &id);
    //! Every user of the organization (GET /user/, all pages).
    CloseCall *listUsers();

    //! Sends `bytes` as `filename` for an attachment through Close's Files API; the
    //! attachment in the result goes into an activity's `attachments`. Never repeated.
    FileUpload *uploadFile(const QString &filename, const QString &contentType,
                           const QByteArray &bytes);
    //! Reads an attachment's url or thumbnail_url with the rep's credentials; refused (an
    //! Insecure error) unless isCloseFileUrl().
    FileFetch *fetchFile(const QUrl &url);
    //! Whether `url` is Close's to get the credentials: on the API's own origin, or https on
    //! the API's host or Close's file host (app.close.com).
    bool isCloseFileUrl(const QUrl &url) const;
    //! Why a URL an answer names is refused: as whyRefused(), and plain http:// only while the
    //! client itself talks to this computer over it.
    QString whyRefusedTarget(const QUrl &url) const;

    //! Any request; the typed methods above are built on it.
    CloseCall *call(CloseCall::Spec spec);

signals:
    void callFinished(CloseCall *call, const ApiResult &result);
    //! A call waits `delayMs` before trying again, after a rate limit or a transient failure.
    void callRetrying(CloseCall *call, const ApiError &error, int delayMs);

private:
    friend class CloseCall;
    friend class FileFetch;
    friend class FileUpload;
    QNetworkAccessManager *network() const { return m_nam; }
    QByteArray authorization() const { return m_authorization; }
    using Validator = std::function<QString(const QJsonDocument &)>;

    QNetworkReply *start(const CloseCall::Spec &spec, const QUrlQuery &query);
    CloseCall *listPage(const QString &path, const ActivityQuery &query, int skip, int limit,
                        const QString &operation, Validator validate);
    CloseCall *listEvery(const QString &path, const ActivityQuery &query, const QString &operation,
                         Validator validate);
    CloseCall *getOne(const QString &path, const QString &operation, Validator validate,
                      const QString &activityId = {});
    CloseCall *write(const QByteArray &method, const QString &path, const QJsonObject &body,
                     CloseCall::Kind kind, const QString &operation, Validator validate,
                     const QString &activityId = {});
    CloseCall *remove(const QString &path, const QString &operation, const QString &activityId);

    QNetworkAccessManager *m_nam; //!< a child, so that it can be found and counted
    QUrl m_baseUrl = defaultBaseUrl();
    QByteArray m_authorization;
    Policy m_policy;
};
