#include "closeclient.h"

#include "closeuser.h"
#include "oneshotbody.h"
#include "phonenumber.h"
#include "smsactivity.h"
#include "smstemplate.h"
#include "whatsappmessage.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
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
    const QJsonObject page = json.object();
    if (!page.value(QLatin1String("data")).isArray())
        return QStringLiteral("no data list");
    if (!page.value(QLatin1String("has_more")).isBool())
        return QStringLiteral("no has_more");
    const QJsonArray data = page.value(QLatin1String("data")).toArray();
    for (qsizetype i = 0; i < data.size(); ++i) {
        QString error;
        if (!data.at(i).isObject() || !T::fromJson(data.at(i).toObject(), &error))
            return QStringLiteral("item %1: %2")
                .arg(i)
                .arg(error.isEmpty() ? QStringLiteral("not an object") : error);
    }
    return {};
}

QString idPath(const char *collection, const QString &id)
{
    return QString::fromLatin1(collection) + QString::fromLatin1(QUrl::toPercentEncoding(id))
        + QLatin1Char('/');
}

} // namespace

CloseClient::CloseClient(QObject *parent)
    : QObject(parent)
{
    m_nam.setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

CloseClient::~CloseClient() = default;

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
    m_baseUrl = url;
    if (!m_baseUrl.path().endsWith(QLatin1Char('/')))
        m_baseUrl.setPath(m_baseUrl.path() + QLatin1Char('/'));
    return {};
}

void CloseClient::setApiKey(const QString &apiKey)
{
    m_authorization = apiKey.isEmpty()
        ? QByteArray()
        : "Basic " + QString(apiKey + QLatin1Char(':')).toUtf8().toBase64();
}

void CloseClient::setOAuthToken(const QString &token)
{
    m_authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
}

QByteArray CloseClient::userAgent()
{
    return QByteArrayLiteral("Draftbox/") + QByteArrayLiteral(DRAFTBOX_VERSION);
}

QNetworkReply *CloseClient::start(const CloseCall::Spec &spec, const QUrlQuery &query)
{
    QUrl url = m_baseUrl.resolved(QUrl(spec.path));
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_authorization);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setTransferTimeout(m_policy.transferTimeoutMs);
    if (!spec.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (spec.method == "GET")
        return m_nam.get(request);
    if (spec.method == "DELETE")
        return m_nam.deleteResource(request);
    if (spec.kind == CloseCall::Kind::Create || spec.kind == CloseCall::Kind::Send) {
        // Never let Qt replay these on its own: see OneShotBody.
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, spec.body.size());
        auto *body = new OneShotBody(spec.body);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, spec.method, body);
        body->setParent(reply);
        return reply;
    }
    if (spec.method == "PUT")
        return m_nam.put(request, spec.body);
    if (spec.method == "POST")
        return m_nam.post(request, spec.body);
    return m_nam.sendCustomRequest(request, spec.method, spec.body);
}

CloseCall *CloseClient::call(CloseCall::Spec spec)
{
    return new CloseCall(this, std::move(spec));
}

CloseCall *CloseClient::listSms(const ActivityQuery &query, int skip, int limit)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("activity/sms/");
    spec.query = query.toUrlQuery();
    spec.query.addQueryItem(QStringLiteral("_skip"), QString::number(skip));
    spec.query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    spec.operation = tr("Load SMS");
    spec.validate = validatePage<SmsActivity>;
    return call(spec);
}

CloseCall *CloseClient::listAllSms(const ActivityQuery &query)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("activity/sms/");
    spec.query = query.toUrlQuery();
    spec.allPages = true;
    spec.operation = tr("Load SMS");
    spec.validate = validatePage<SmsActivity>;
    return call(spec);
}

CloseCall *CloseClient::getSms(const QString &id)
{
    CloseCall::Spec spec;
    spec.path = idPath("activity/sms/", id);
    spec.operation = tr("Load SMS");
    spec.activityId = id;
    spec.validate = validateObject<SmsActivity>;
    return call(spec);
}

CloseCall *CloseClient::createSms(const SmsCreate &sms)
{
    CloseCall::Spec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("activity/sms/");
    spec.body = QJsonDocument(sms.toJson()).toJson(QJsonDocument::Compact);
    spec.kind = CloseCall::Kind::Create;
    spec.operation = sms.sends() ? tr("Send new SMS") : tr("Create SMS");
    spec.validate = validateObject<SmsActivity>;
    return call(spec);
}

CloseCall *CloseClient::updateSms(const QString &id, const SmsUpdate &update)
{
    CloseCall::Spec spec;
    spec.method = "PUT";
    spec.path = idPath("activity/sms/", id);
    spec.body = QJsonDocument(update.toJson()).toJson(QJsonDocument::Compact);
    spec.kind = update.sends() ? CloseCall::Kind::Send : CloseCall::Kind::Idempotent;
    spec.rereadPath = spec.path;
    spec.activityId = id;
    const QString status = update.status.value();
    spec.operation = status == QLatin1String("outbox")              ? tr("Send SMS")
        : status == QLatin1String("scheduled")                      ? tr("Schedule SMS")
        : update.status.isSet() && status == QLatin1String("draft") ? tr("Cancel SMS")
                                                                    : tr("Save SMS");
    spec.validate = validateObject<SmsActivity>;
    return call(spec);
}

CloseCall *CloseClient::deleteSms(const QString &id)
{
    CloseCall::Spec spec;
    spec.method = "DELETE";
    spec.path = idPath("activity/sms/", id);
    spec.kind = CloseCall::Kind::Idempotent;
    spec.operation = tr("Delete SMS");
    spec.activityId = id;
    return call(spec);
}

CloseCall *CloseClient::listWhatsApp(const ActivityQuery &query, int skip, int limit)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("activity/whatsapp_message/");
    spec.query = query.toUrlQuery();
    spec.query.addQueryItem(QStringLiteral("_skip"), QString::number(skip));
    spec.query.addQueryItem(QStringLiteral("_limit"), QString::number(limit));
    spec.operation = tr("Load WhatsApp messages");
    spec.validate = validatePage<WhatsAppMessage>;
    return call(spec);
}

CloseCall *CloseClient::listAllWhatsApp(const ActivityQuery &query)
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("activity/whatsapp_message/");
    spec.query = query.toUrlQuery();
    spec.allPages = true;
    spec.operation = tr("Load WhatsApp messages");
    spec.validate = validatePage<WhatsAppMessage>;
    return call(spec);
}

CloseCall *CloseClient::getWhatsApp(const QString &id)
{
    CloseCall::Spec spec;
    spec.path = idPath("activity/whatsapp_message/", id);
    spec.operation = tr("Load WhatsApp message");
    spec.activityId = id;
    spec.validate = validateObject<WhatsAppMessage>;
    return call(spec);
}

CloseCall *CloseClient::createWhatsApp(const WhatsAppCreate &message)
{
    CloseCall::Spec spec;
    spec.method = "POST";
    spec.path = QStringLiteral("activity/whatsapp_message/");
    spec.body = QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact);
    spec.kind = CloseCall::Kind::Create;
    spec.operation = tr("Record WhatsApp message");
    spec.validate = validateObject<WhatsAppMessage>;
    return call(spec);
}

CloseCall *CloseClient::updateWhatsApp(const QString &id, const WhatsAppUpdate &update)
{
    CloseCall::Spec spec;
    spec.method = "PUT";
    spec.path = idPath("activity/whatsapp_message/", id);
    spec.body = QJsonDocument(update.toJson()).toJson(QJsonDocument::Compact);
    spec.kind = CloseCall::Kind::Idempotent;
    spec.operation = tr("Save WhatsApp message");
    spec.activityId = id;
    spec.validate = validateObject<WhatsAppMessage>;
    return call(spec);
}

CloseCall *CloseClient::deleteWhatsApp(const QString &id)
{
    CloseCall::Spec spec;
    spec.method = "DELETE";
    spec.path = idPath("activity/whatsapp_message/", id);
    spec.kind = CloseCall::Kind::Idempotent;
    spec.operation = tr("Delete WhatsApp message");
    spec.activityId = id;
    return call(spec);
}

CloseCall *CloseClient::listPhoneNumbers()
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("phone_number/");
    spec.allPages = true;
    spec.operation = tr("Load phone numbers");
    spec.validate = validatePage<PhoneNumber>;
    return call(spec);
}

CloseCall *CloseClient::listSmsTemplates()
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("sms_template/");
    spec.allPages = true;
    spec.operation = tr("Load SMS templates");
    spec.validate = validatePage<SmsTemplate>;
    return call(spec);
}

CloseCall *CloseClient::getSmsTemplate(const QString &id)
{
    CloseCall::Spec spec;
    spec.path = idPath("sms_template/", id);
    spec.operation = tr("Load SMS template");
    spec.validate = validateObject<SmsTemplate>;
    return call(spec);
}

CloseCall *CloseClient::me()
{
    CloseCall::Spec spec;
    spec.path = QStringLiteral("me/");
    spec.operation = tr("Check the connection");
    spec.validate = validateObject<CloseUser>;
    return call(spec);
}
