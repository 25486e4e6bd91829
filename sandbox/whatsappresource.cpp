#include "whatsappresource.h"

#include "activityfields.h"
#include "sandboxstate.h"
#include "timestamps.h"
#include "whatsappmarkup.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString filesPrefix = QStringLiteral("https://app.close.com/go/file/");

QStringList directions()
{
    return {QStringLiteral("incoming"), QStringLiteral("outgoing")};
}

QList<FieldSpec> updateFields()
{
    using T = FieldSpec::Type;
    return {
        {QStringLiteral("activity_at"), T::DateTime, false, {}},
        {QStringLiteral("attachments"), T::Attachments, false, {}},
        {QStringLiteral("contact_id"), T::String, false, {}},
        {QStringLiteral("direction"), T::String, false, directions()},
        {QStringLiteral("integration_link"), T::Uri, true, {}},
        {QStringLiteral("local_phone"), T::Phone, false, {}},
        {QStringLiteral("message_markdown"), T::String, false, {}},
        {QStringLiteral("remote_phone"), T::Phone, false, {}},
        {QStringLiteral("response_to_id"), T::String, true, {}},
        {QStringLiteral("user_id"), T::String, false, {}},
    };
}

QList<FieldSpec> createFields()
{
    using T = FieldSpec::Type;
    QList<FieldSpec> fields = updateFields();
    fields << FieldSpec {QStringLiteral("external_whatsapp_message_id"), T::String, false, {}}
           << FieldSpec {QStringLiteral("lead_id"), T::String, false, {}};
    for (FieldSpec &f : fields) {
        if (f.name == QLatin1String("user_id"))
            f.nullable = true;
    }
    return fields;
}

// Close's own example sends "16503334444" and answers "+16503334444": bare digits are taken as
// E.164 without the plus.
void normalizePhones(QJsonObject &body)
{
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{7,14}$"));
    for (const auto &key : {QStringLiteral("local_phone"), QStringLiteral("remote_phone")}) {
        const QString value = body.value(key).toString();
        if (digits.match(value).hasMatch())
            body.insert(key, QString(QLatin1Char('+') + value));
    }
}

} // namespace

WhatsAppResource::WhatsAppResource(SandboxState &state)
    : m_state(state)
    , m_createValidator(createFields())
    , m_updateValidator(updateFields())
{ }

SandboxResponse WhatsAppResource::create(QJsonObject body, const QUrlQuery &query,
                                         const QDateTime &now)
{
    normalizePhones(body);
    QJsonObject errors = m_createValidator.validate(
        body,
        {QStringLiteral("activity_at"), QStringLiteral("contact_id"), QStringLiteral("direction"),
         QStringLiteral("external_whatsapp_message_id"), QStringLiteral("lead_id"),
         QStringLiteral("local_phone"), QStringLiteral("message_markdown"),
         QStringLiteral("remote_phone")});
    if (errors.isEmpty()) {
        const QJsonObject more = checkRules(body, QString());
        for (auto it = more.begin(); it != more.end(); ++it)
            errors.insert(it.key(), it.value());
    }
    if (query.hasQueryItem(QStringLiteral("send_to_inbox"))) {
        const QString flag = query.queryItemValue(QStringLiteral("send_to_inbox")).toLower();
        if (flag != QLatin1String("true") && flag != QLatin1String("false"))
            errors.insert(QStringLiteral("send_to_inbox"),
                          QStringLiteral("Must be true or false."));
    }
    if (!errors.isEmpty())
        return SandboxResponse::invalid({}, errors);

    QJsonObject document {
        {QStringLiteral("_type"), QStringLiteral("WhatsAppMessage")},
        {QStringLiteral("id"), SandboxState::makeId(QStringLiteral("acti"))},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("integration_link"), QJsonValue::Null},
        {QStringLiteral("integration_name"), QStringLiteral("API")},
        {QStringLiteral("response_to_id"), QJsonValue::Null},
        {QStringLiteral("sequence_id"), QJsonValue::Null},
        {QStringLiteral("sequence_name"), QJsonValue::Null},
        {QStringLiteral("sequence_subscription_id"), QJsonValue::Null},
        {QStringLiteral("source"), QStringLiteral("api")},
        {QStringLiteral("user_id"), m_state.meId},
        {QStringLiteral("users"), QJsonArray()},
        {QStringLiteral("lead_id"), body.value(QLatin1String("lead_id"))},
        {QStringLiteral("external_whatsapp_message_id"),
         body.value(QLatin1String("external_whatsapp_message_id"))},
    };
    apply(document, body);
    ActivityFields::stamp(m_state, document, now, true);
    m_state.whatsapp.insert(document);
    return SandboxResponse::json(document);
}

SandboxResponse WhatsAppResource::update(const QString &id, QJsonObject body, const QDateTime &now)
{
    normalizePhones(body);
    QJsonObject errors = m_updateValidator.validate(body);
    if (errors.isEmpty())
        errors = checkRules(body, id);
    if (!errors.isEmpty())
        return SandboxResponse::invalid({}, errors);

    QJsonObject document = m_state.whatsapp.value(id);
    apply(document, body);
    ActivityFields::stamp(m_state, document, now, false);
    m_state.whatsapp.replace(document);
    return SandboxResponse::json(document);
}

QJsonObject WhatsAppResource::checkRules(const QJsonObject &body, const QString &id) const
{
    QJsonObject errors = ActivityFields::checkReferences(m_state, body);
    const QJsonValue replyTo = body.value(QLatin1String("response_to_id"));
    if (replyTo.isString() && replyTo.toString() == id)
        errors.insert(QStringLiteral("response_to_id"),
                      QStringLiteral("A message cannot be a response to itself."));
    const QJsonArray attachments = body.value(QLatin1String("attachments")).toArray();
    for (const QJsonValue &a : attachments) {
        if (!a.toObject().value(QLatin1String("url")).toString().startsWith(filesPrefix)) {
            errors.insert(QStringLiteral("attachments"),
                          QStringLiteral("Attachment URLs must begin with %1 (upload the file "
                                         "with the Files API first).")
                              .arg(filesPrefix));
            break;
        }
    }
    if (body.value(QLatin1String("message_markdown")).isString()
        && body.value(QLatin1String("message_markdown")).toString().trimmed().isEmpty()
        && attachments.isEmpty())
        errors.insert(QStringLiteral("message_markdown"),
                      QStringLiteral("A message needs text or an attachment."));
    return errors;
}

void WhatsAppResource::apply(QJsonObject &document, const QJsonObject &body) const
{
    for (const auto &field : {QStringLiteral("contact_id"), QStringLiteral("direction"),
                              QStringLiteral("integration_link"), QStringLiteral("response_to_id"),
                              QStringLiteral("user_id")}) {
        if (body.contains(field))
            document.insert(field, body.value(field));
    }
    if (body.contains(QLatin1String("activity_at")))
        document.insert(QStringLiteral("activity_at"),
                        Timestamps::format(*Timestamps::parse(
                            body.value(QLatin1String("activity_at")).toString())));
    for (const auto &prefix : {QStringLiteral("local"), QStringLiteral("remote")}) {
        const QString key = prefix + QStringLiteral("_phone");
        if (body.contains(key))
            ActivityFields::setPhone(document, prefix, body.value(key), false);
    }
    if (body.contains(QLatin1String("message_markdown"))) {
        const QString markdown = body.value(QLatin1String("message_markdown")).toString();
        document.insert(QStringLiteral("message_markdown"), markdown);
        document.insert(QStringLiteral("message_html"), WhatsAppMarkup::toHtml(markdown));
        document.insert(QStringLiteral("text"), WhatsAppMarkup::toPlainText(markdown));
    }
    if (body.contains(QLatin1String("attachments")))
        document.insert(QStringLiteral("attachments"),
                        ActivityFields::materializeAttachments(
                            body.value(QLatin1String("attachments")).toArray(),
                            document.value(QLatin1String("attachments")).toArray(),
                            document.value(QLatin1String("id")).toString()));
}
