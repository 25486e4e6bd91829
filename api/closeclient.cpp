#include "closeclient.h"

#include "jsoncodec.h"

#include "closeevent.h"
#include "closeuser.h"
#include "oneshotbody.h"
#include "phonenumber.h"
#include "smsactivity.h"
#include "smstemplate.h"
#include "whatsappmessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

template<typename T>
QString validateObject(const QJsonDocument &json)
{
    QString error;
    return T::fromJson(json.object(), &error) ? QString() : error;
}

template<typename T>
QString validatePage(const QJsonDocument &json)
{
    return JsonCodec::checkPage<T>(json.object());
}

QUrl withTrailingSlash(QUrl url)
{
    if (!url.path().endsWith(QLatin1Char('/')))
        url.setPath(url.path() + QLatin1Char('/'));
    return url;
}

QByteArray authorizationFor(Credentials::Kind kind, const QString &secret)
{
    if (secret.isEmpty())
        return {};
    if (kind == Credentials::Kind::OAuthToken)
        return "Bearer " + secret.toUtf8();
    return "Basic " + QString(secret + QLatin1Char(':')).toUtf8().toBase64();
}

QString idPath(const char *collection, const QString &id)
{
    return QString::fromLatin1(collection) + QString::fromLatin1(QUrl::toPercentEncoding(id))
        + QLatin1Char('/');
}

} // namespace

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

//! Qt categories that write whole requests, headers and all: their debug output would carry the
//! Authorization header (the embedded sandbox's qt.httpserver does), so no rule turns it on.
void withoutHeaderDumps(QLoggingCategory *category)
{
    if (previousFilter)
        previousFilter(category);
    const QLatin1StringView name(category->categoryName());
    if (name == QLatin1String("qt.httpserver") || name.startsWith(QLatin1String("qt.httpserver."))
        || name.startsWith(QLatin1String("qt.network.http2")))
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

CloseClient::CloseClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(withoutHeaderDumps);
        return true;
    }();
    Q_UNUSED(filtered);
}

CloseClient::~CloseClient()
{
    // Calls own their replies, and the manager (an earlier child) would delete those replies
    // before QObject's destructor reaches the calls: end the calls first, while they exist.
    // The same for the file uploads and downloads.
    const QList<CloseCall *> calls = findChildren<CloseCall *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(calls);
    const QList<FileUpload *> uploads = findChildren<FileUpload *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(uploads);
    const QList<FileFetch *> fetches = findChildren<FileFetch *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(fetches);
}

QString CloseClient::whyRefused(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a valid address.").arg(url.toDisplayString());
    if (url.scheme() == QLatin1String("https"))
        return {};
    if (url.scheme() == QLatin1String("http")) {
        const QHostAddress address(url.host());
        if (url.host() == QLatin1String("localhost") || address.isLoopback())
            return {};
        return tr("Draftbox only talks to Close over https://; plain http:// is allowed to this "
                  "computer only (%1).")
            .arg(url.host());
    }
    return tr("%1 is not an http(s) address.").arg(url.toDisplayString());
}

QString CloseClient::setBaseUrl(const QUrl &url)
{
    const QString refused = whyRefused(url);
    if (!refused.isEmpty())
        return refused;
    m_baseUrl = withTrailingSlash(url);
    return {};
}

void CloseClient::setApiKey(const QString &apiKey)
{
    m_authorization = authorizationFor(Credentials::Kind::ApiKey, apiKey);
}

void CloseClient::setOAuthToken(const QString &token)
{
    m_authorization = authorizationFor(Credentials::Kind::OAuthToken, token);
}

QString CloseClient::setCredentials(const Credentials &credentials)
{
    const QString refused = setBaseUrl(credentials.baseUrl);
    if (!refused.isEmpty())
        return refused;
    m_authorization = authorizationFor(credentials.kind, credentials.secret);
    return {};
}

QByteArray CloseClient::userAgent()
{
    return QByteArrayLiteral("Draftbox/") + QByteArrayLiteral(DRAFTBOX_VERSION);
}

QNetworkReply *CloseClient::start(const CloseCall::Spec &spec, const QUrlQuery &query)
{
    const QUrl base = spec.account ? withTrailingSlash(spec.account->baseUrl) : m_baseUrl;
    QUrl url = base.resolved(QUrl(spec.path));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         spec.account ? authorizationFor(spec.account->kind, spec.account->secret)
                                      : m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(spec.transferTimeoutMs > 0 ? spec.transferTimeoutMs
                                                          : m_policy.transferTimeoutMs);
    if (!spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (spec.method == "GET")
        return m_nam->get(request);
    if (spec.method == "DELETE")
        return m_nam->deleteResource(request);
    if (spec.kind == CloseCall::Kind::Create || spec.kind == CloseCall::Kind::Send) {
        // Never let Qt replay these on its own: see OneShotBody.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
        auto *body = new OneShotBody(spec.body);
        QNetworkReply *reply = m_nam->sendCustomRequest(request, spec.method, body);
        body->setParent(reply);
        return reply;
    }
    if (spec.method == "PUT")
        return m_nam->put(request, spec.body);
    if (spec.method == "POST")
        return m_nam->post(request, spec.body);
    return m_nam->sendCustomRequest(request, spec.method, spec.body);
}

CloseCall *CloseClient::call(CloseCall::Spec spec)
{
    return new CloseCall(this, std::move(spec));
}

CloseCall *CloseClient::listPage(const QString &path, const ActivityQuery &query, int skip,
                                 int limit, const QString &operation, Validator validate)
{
    CloseCall::Spec spec;
    spec.path = path;
    spec.query = query.toUrlQuery();
    spec.query.addQueryItem(QStringLiteral("_skip"), QString::number(skip));
    spec.query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    spec.operation = operation;
    spec.validate = std::move(validate);
    return call(spec);
}

CloseCall *CloseClient::listEvery(const QString &path, const ActivityQuery &query,
                                  const QString &operation, Validator validate)
{
    CloseCall::Spec spec;
    spec.path = path;
    spec.query = query.toUrlQuery();
    spec.allPages = true;
    spec.operation = operation;
    spec.validate = std::move(validate);
    return call(spec);
}

CloseCall *CloseClient::getOne(const QString &path, const QString &operation, Validator validate,
                               const QString &activityId)
{
    CloseCall::Spec spec;
    spec.path = path;
    spec.operation = operation;
    spec.activityId = activityId;
    spec.validate = std::move(validate);
    return call(spec);
}

CloseCall *CloseClient::write(const QByteArray &method, const QString &path,
                              const QJsonObject &body, CloseCall::Kind kind,
                              const QString &operation, Validator validate,
                              const QString &activityId)
{
    CloseCall::Spec spec;
    spec.method = method;
    spec.path = path;
    spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    spec.kind = kind;
    spec.operation = operation;
    spec.activityId = activityId;
    spec.rereadPath = kind == CloseCall::Kind::Send ? path : QString();
    spec.validate = std::move(validate);
    return call(spec);
}

CloseCall *CloseClient::remove(const QString &path, const QString &operation,
                               const QString &activityId)
{
    CloseCall::Spec spec;
    spec.method = "DELETE";
    spec.path = path;
    spec.kind = CloseCall::Kind::Idempotent;
    spec.operation = operation;
    spec.activityId = activityId;
    return call(spec);
}

CloseCall *CloseClient::listSms(const ActivityQuery &query, int skip, int limit)
{
    return listPage(QStringLiteral("activity/sms/"), query, skip, limit, tr("Load SMS"),
                    validatePage<SmsActivity>);
}

CloseCall *CloseClient::listAllSms(const ActivityQuery &query)
{
    return listEvery(QStringLiteral("activity/sms/"), query, tr("Load SMS"),
                     validatePage<SmsActivity>);
}

CloseCall *CloseClient::getSms(const QString &id)
{
    return getOne(idPath("activity/sms/", id), tr("Load SMS"), validateObject<SmsActivity>, id);
}

CloseCall *CloseClient::createSms(const SmsCreate &sms)
{
    return write("POST", QStringLiteral("activity/sms/"), sms.toJson(), CloseCall::Kind::Create,
                 sms.sends() ? tr("Send new SMS") : tr("Create SMS"), validateObject<SmsActivity>);
}

CloseCall *CloseClient::updateSms(const QString &id, const SmsUpdate &update)
{
    const QString status = update.status.value();
    const QString operation = status == QLatin1String("outbox")     ? tr("Send SMS")
        : status == QLatin1String("scheduled")                      ? tr("Schedule SMS")
        : update.status.isSet() && status == QLatin1String("draft") ? tr("Cancel SMS")
                                                                    : tr("Save SMS");
    return write("PUT", idPath("activity/sms/", id), update.toJson(),
                 update.sends() ? CloseCall::Kind::Send : CloseCall::Kind::Idempotent, operation,
                 validateObject<SmsActivity>, id);
}

CloseCall *CloseClient::deleteSms(const QString &id)
{
    return remove(idPath("activity/sms/", id), tr("Delete SMS"), id);
}

CloseCall *CloseClient::listWhatsApp(const ActivityQuery &query, int skip, int limit)
{
    return listPage(QStringLiteral("activity/whatsapp_message/"), query, skip, limit,
                    tr("Load WhatsApp messages"), validatePage<WhatsAppMessage>);
}

CloseCall *CloseClient::listAllWhatsApp(const ActivityQuery &query)
{
    return listEvery(QStringLiteral("activity/whatsapp_message/"), query,
                     tr("Load WhatsApp messages"), validatePage<WhatsAppMessage>);
}

CloseCall *CloseClient::getWhatsApp(const QString &id)
{
    return getOne(idPath("activity/whatsapp_message/", id), tr("Load WhatsApp message"),
                  validateObject<WhatsAppMessage>, id);
}

CloseCall *CloseClient::createWhatsApp(const WhatsAppCreate &message)
{
    return write("POST", QStringLiteral("activity/whatsapp_message/"), message.toJson(),
                 CloseCall::Kind::Create, tr("Record WhatsApp message"),
                 validateObject<WhatsAppMessage>);
}

CloseCall *CloseClient::updateWhatsApp(const QString &id, const WhatsAppUpdate &update)
{
    return write("PUT", idPath("activity/whatsapp_message/", id), update.toJson(),
                 CloseCall::Kind::Idempotent, tr("Save WhatsApp message"),
                 validateObject<WhatsAppMessage>, id);
}

CloseCall *CloseClient::deleteWhatsApp(const QString &id)
{
    return remove(idPath("activity/whatsapp_message/", id), tr("Delete WhatsApp message"), id);
}

CloseCall *CloseClient::listPhoneNumbers()
{
    return listEvery(QStringLiteral("phone_number/"), {}, tr("Load phone numbers"),
                     validatePage<PhoneNumber>);
}

CloseCall *CloseClient::listSmsTemplates()
{
    return listEvery(QStringLiteral("sms_template/"), {}, tr("Load SMS templates"),
                     validatePage<SmsTemplate>);
}

CloseCall *CloseClient::getSmsTemplate(const QString &id)
{
    return getOne(idPath("sms_template/", id), tr("Load SMS template"),
                  validateObject<SmsTemplate>);
}

namespace {
// Leads and contacts are read for their names only: an id and a string name are enough.
QString validateNamed(const QJsonDocument &json, const char *nameField)
{
    const QJsonObject object = json.object();
    if (!object.value(QLatin1String("id")).isString())
        return QStringLiteral("no id");
    if (!object.value(QLatin1String(nameField)).isString())
        return QStringLiteral("no %1").arg(QLatin1String(nameField));
    return {};
}
} // namespace

CloseCall *CloseClient::getLead(const QString &id)
{
    return getOne(idPath("lead/", id), tr("Load lead"),
                  [](const QJsonDocument &json) { return validateNamed(json, "display_name"); });
}

CloseCall *CloseClient::getContact(const QString &id)
{
    return getOne(idPath("contact/", id), tr("Load contact"),
                  [](const QJsonDocument &json) { return validateNamed(json, "name"); });
}

CloseCall *CloseClient::searchLeads(const QString &text, int limit)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("lead/");
    // Percent-encoded here: a "+" QUrlQuery leaves alone would reach Close as a space.
    spec.query.addQueryItem(QStringLiteral("query"),
                            QString::fromLatin1(QUrl::toPercentEncoding(text)));
    spec.query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    spec.query.addQueryItem(QStringLiteral("_fields"),
                            QStringLiteral("id,display_name,html_url,contacts"));
    spec.operation = tr("Find people");
    spec.validate = [](const QJsonDocument &json) {
        return json.object().value(QLatin1String("data")).isArray() ? QString()
                                                                    : QStringLiteral("no data");
    };
    return call(spec);
}

CloseCall *CloseClient::listEvents(const QDateTime &since, const QString &cursor)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("event/");
    // The whole organization's log, no other filter: one request says what changed to SMS
    // and WhatsApp alike. Close takes no _skip here, and at most 50 a page.
    if (since.isValid())
        spec.query.addQueryItem(QStringLiteral("date_updated__gte"),
                                since.toUTC().toString(Qt::ISODateWithMs));
    spec.query.addQueryItem(QStringLiteral("_limit"), QStringLiteral("50"));
    if (!cursor.isEmpty())
        spec.query.addQueryItem(QStringLiteral("_cursor"),
                                QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    spec.operation = tr("Check Close for changes");
    spec.validate = [](const QJsonDocument &json) {
        QString error;
        return CloseEventPage::fromJson(json.object(), &error) ? QString() : error;
    };
    return call(spec);
}

CloseCall *CloseClient::getUser(const QString &id)
{
    return getOne(idPath("user/", id), tr("Load user"), validateObject<CloseUser>);
}

CloseCall *CloseClient::listUsers()
{
    return listEvery(QStringLiteral("user/"), {}, tr("Load users"), validatePage<CloseUser>);
}

CloseCall *CloseClient::me()
{
    return getOne(QStringLiteral("me/"), tr("Check the connection"), validateObject<CloseUser>);
}

CloseCall *CloseClient::me(const Credentials &account, int transferTimeoutMs)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("me/");
    spec.operation = tr("Test the connection");
    spec.validate = validateObject<CloseUser>;
    spec.account = account;
    spec.transferTimeoutMs = transferTimeoutMs;
    return call(spec);
}

FileUpload *CloseClient::uploadFile(const QString &filename, const QString &contentType,
                                    const QByteArray &bytes)
{
    return new FileUpload(this, filename, contentType, bytes);
}

FileFetch *CloseClient::fetchFile(const QUrl &url)
{
    return new FileFetch(this, url);
}

bool CloseClient::isCloseFileUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == m_baseUrl.scheme() && url.host() == m_baseUrl.host()
        && url.port() == m_baseUrl.port())
        return whyRefused(url).isEmpty();
    static const QString fileHost = QStringLiteral("app.close.com");
    return url.scheme() == QLatin1String("https")
        && (url.host() == m_baseUrl.host() || url.host() == fileHost);
}

QString CloseClient::whyRefusedTarget(const QUrl &url) const
{
    if (const QString refused = whyRefused(url); !refused.isEmpty())
        return refused;
    if (url.scheme() != QLatin1String("https") && m_baseUrl.scheme() == QLatin1String("https"))
        return tr("Close named a plain http:// address (%1); Draftbox only follows https:// "
                  "from Close.")
            .arg(url.host());
    return {};
}
