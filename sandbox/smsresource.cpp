#include "smsresource.h"

#include "activityfields.h"
#include "filestore.h"
#include "optoutrules.h"
#include "phonebook.h"
#include "sandboxstate.h"
#include "timestamps.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString statusKey = QStringLiteral("status");
const QString draft = QStringLiteral("draft");
const QString scheduled = QStringLiteral("scheduled");
const QString outbox = QStringLiteral("outbox");

QStringList attachmentTypes()
{
    return {
        QStringLiteral("application/pdf"),
        QStringLiteral("application/vcard"),
        QStringLiteral("audio/3gpp"),
        QStringLiteral("audio/3gpp2"),
        QStringLiteral("audio/L24"),
        QStringLiteral("audio/ac3"),
        QStringLiteral("audio/amr"),
        QStringLiteral("audio/amr-nb"),
        QStringLiteral("audio/basic"),
        QStringLiteral("audio/mp4"),
        QStringLiteral("audio/mpeg"),
        QStringLiteral("audio/ogg"),
        QStringLiteral("audio/vnd.rn-realaudio"),
        QStringLiteral("audio/vnd.wave"),
        QStringLiteral("audio/webm"),
        QStringLiteral("image/bmp"),
        QStringLiteral("image/gif"),
        QStringLiteral("image/jpeg"),
        QStringLiteral("image/jpg"),
        QStringLiteral("image/png"),
        QStringLiteral("image/tiff"),
        QStringLiteral("text/calendar"),
        QStringLiteral("text/csv"),
        QStringLiteral("text/directory"),
        QStringLiteral("text/richtext"),
        QStringLiteral("text/rtf"),
        QStringLiteral("text/vcard"),
        QStringLiteral("text/x-vcard"),
        QStringLiteral("video/3gpp"),
        QStringLiteral("video/3gpp-tt"),
        QStringLiteral("video/3gpp2"),
        QStringLiteral("video/H261"),
        QStringLiteral("video/H263"),
        QStringLiteral("video/H263-1998"),
        QStringLiteral("video/H263-2000"),
        QStringLiteral("video/H264"),
        QStringLiteral("video/mp4"),
        QStringLiteral("video/mpeg"),
        QStringLiteral("video/quicktime"),
        QStringLiteral("video/webm"),
    };
}

// Fields both create and update take (UpdateSMSActivity), plus the two the prose requires but
// the schemas omit (FACTS.md §12.1).
QList<FieldSpec> commonFields()
{
    using T = FieldSpec::Type;
    return {
        {QStringLiteral("activity_at"), T::DateTime, true, {}},
        {QStringLiteral("attachments"), T::Attachments, true, attachmentTypes()},
        {QStringLiteral("contact_id"), T::String, true, {}},
        {QStringLiteral("lead_id"), T::String, true, {}},
        {QStringLiteral("local_phone"), T::Phone, true, {}},
        {QStringLiteral("remote_phone"), T::Phone, true, {}},
        {statusKey, T::String, false, SmsResource::statuses()},
        {QStringLiteral("template_id"), T::String, true, {}},
        {QStringLiteral("text"), T::String, true, {}},
        {QStringLiteral("user_id"), T::String, true, {}},
        {QStringLiteral("date_scheduled"), T::DateTime, true, {}},
        {QStringLiteral("send_in"), T::Integer, false, {}},
    };
}

QList<FieldSpec> createFields()
{
    using T = FieldSpec::Type;
    QList<FieldSpec> fields = commonFields();
    fields << FieldSpec {QStringLiteral("created_by_id"), T::String, true, {}}
           << FieldSpec {QStringLiteral("date_created"), T::DateTime, true, {}}
           << FieldSpec {QStringLiteral("direction"),
                         T::String,
                         false,
                         {QStringLiteral("inbound"), QStringLiteral("outbound")}}
           << FieldSpec {QStringLiteral("organization_id"), T::String, true, {}}
           << FieldSpec {QStringLiteral("source"),
                         T::String,
                         false,
                         {QStringLiteral("Close.io"), QStringLiteral("External")}};
    return fields;
}

bool isGsm7(const QString &text)
{
    static const QString basic
        = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    static const QString extension = QStringLiteral("^{}\\[~]|€\f");
    for (const QChar c : text) {
        if (!basic.contains(c) && !extension.contains(c))
            return false;
    }
    return true;
}

} // namespace

SmsResource::SmsResource(SandboxState &state)
    : m_state(state)
    , m_createValidator(createFields())
    , m_updateValidator(commonFields())
{ }

QStringList SmsResource::statuses()
{
    return {QStringLiteral("inbox"), draft, scheduled, outbox, QStringLiteral("sent"),
            QStringLiteral("error")};
}

int SmsResource::segmentCount(const QString &text)
{
    if (text.isEmpty())
        return 1;
    if (isGsm7(text)) {
        static const QString extension = QStringLiteral("^{}\\[~]|€\f");
        qsizetype septets = 0;
        for (const QChar c : text)
            septets += extension.contains(c) ? 2 : 1;
        return septets <= 160 ? 1 : int((septets + 152) / 153);
    }
    const qsizetype units = text.size(); // UTF-16 code units, as UCS-2 counts them
    return units <= 70 ? 1 : int((units + 66) / 67);
}

SandboxResponse SmsResource::create(const QJsonObject &body, const QUrlQuery &query,
                                    const QDateTime &now)
{
    QJsonObject errors = m_createValidator.validate(body, {statusKey});
    if (!errors.isEmpty())
        return SandboxResponse::invalid({}, errors);

    const QString status = body.value(statusKey).toString();
    if (status == QLatin1String("error"))
        errors.insert(statusKey, QStringLiteral("Only Close sets the status error."));
    const QJsonValue org = body.value(QLatin1String("organization_id"));
    if (org.isString() && org.toString() != m_state.organizationId())
        errors.insert(QStringLiteral("organization_id"),
                      QStringLiteral("You are not a member of this organization."));
    if (query.hasQueryItem(QStringLiteral("send_to_inbox"))) {
        const QString flag = query.queryItemValue(QStringLiteral("send_to_inbox")).toLower();
        if (flag != QLatin1String("true") && flag != QLatin1String("false"))
            errors.insert(QStringLiteral("send_to_inbox"),
                          QStringLiteral("Must be true or false."));
    }
    QJsonObject document {
        {QStringLiteral("_type"), QStringLiteral("SMS")},
        {QStringLiteral("id"), SandboxState::makeId(QStringLiteral("acti"))},
        {statusKey, draft},
        {QStringLiteral("attachments"), QJsonArray()},
        {QStringLiteral("users"), QJsonArray()},
    };
    for (const auto &field :
         {QStringLiteral("activity_at"), QStringLiteral("contact_id"), QStringLiteral("cost"),
          QStringLiteral("date_scheduled"), QStringLiteral("date_sent"),
          QStringLiteral("error_message"), QStringLiteral("lead_id"), QStringLiteral("template_id"),
          QStringLiteral("text"), QStringLiteral("sequence_id"), QStringLiteral("sequence_name"),
          QStringLiteral("sequence_subscription_id"), QStringLiteral("agent_action_reason"),
          QStringLiteral("agent_config_id")})
        document.insert(field, QJsonValue::Null);
    ActivityFields::setPhone(document, QStringLiteral("local"), QJsonValue::Null, true);
    ActivityFields::setPhone(document, QStringLiteral("remote"), QJsonValue::Null, true);
    document.insert(QStringLiteral("user_id"), m_state.meId);

    const QJsonObject transitionErrors = checkTransition(document, body, now);
    for (auto it = transitionErrors.begin(); it != transitionErrors.end(); ++it)
        errors.insert(it.key(), it.value());
    if (!errors.isEmpty())
        return SandboxResponse::invalid({}, errors);

    apply(document, body);
    const QString direction
        = body.value(QLatin1String("direction"))
              .toString(status == QLatin1String("inbox") ? QStringLiteral("inbound")
                                                         : QStringLiteral("outbound"));
    document.insert(QStringLiteral("direction"), direction);
    const bool logged = status == QLatin1String("inbox") || status == QLatin1String("sent");
    document.insert(
        QStringLiteral("source"),
        body.value(QLatin1String("source"))
            .toString(logged ? QStringLiteral("External") : QStringLiteral("Close.io")));
    if (body.value(QLatin1String("created_by_id")).isString())
        document.insert(QStringLiteral("created_by"), body.value(QLatin1String("created_by_id")));
    if (body.value(QLatin1String("date_created")).isString())
        document.insert(QStringLiteral("date_created"),
                        Timestamps::format(*Timestamps::parse(
                            body.value(QLatin1String("date_created")).toString())));
    if (!document.value(QLatin1String("activity_at")).isString())
        document.insert(QStringLiteral("activity_at"), Timestamps::format(now));
    if (status == QLatin1String("sent"))
        document.insert(QStringLiteral("date_sent"), document.value(QLatin1String("activity_at")));
    document.insert(statusKey, status);
    scheduleSend(document, body, now);
    ActivityFields::stamp(m_state, document, now, true);
    m_state.sms.insert(document);
    OptOutRules::hear(m_state, document, now);
    return SandboxResponse::json(document);
}

SandboxResponse SmsResource::update(const QString &id, const QJsonObject &body,
                                    const QDateTime &now)
{
    QJsonObject document = m_state.sms.value(id);
    const QJsonObject errors = m_updateValidator.validate(body);
    if (!errors.isEmpty())
        return SandboxResponse::invalid({}, errors);

    const QString current = document.value(statusKey).toString();
    const QString target = body.value(statusKey).toString(current);

    if (current != draft) {
        const bool pending = current == scheduled || current == outbox;
        QStringList keys = body.keys();
        keys.removeAll(statusKey);
        if (body.value(QLatin1String("date_scheduled")).isNull())
            keys.removeAll(QStringLiteral("date_scheduled"));
        if (pending && target == draft && keys.isEmpty()) {
            document.insert(statusKey, draft);
            document.insert(QStringLiteral("date_scheduled"), QJsonValue::Null);
            m_state.dueAtMs.remove(id);
            ActivityFields::stamp(m_state, document, now, false);
            m_state.sms.replace(document);
            return SandboxResponse::json(document);
        }
        if (pending)
            return SandboxResponse::invalid(
                {QStringLiteral("Only drafts can be modified. This SMS is %1; set its status to "
                                "draft to cancel it first.")
                     .arg(current)});
        return SandboxResponse::invalid(
            {QStringLiteral("Only drafts can be modified. This SMS is %1 and can no longer change.")
                 .arg(current)});
    }

    const QJsonObject transitionErrors = checkTransition(document, body, now);
    if (!transitionErrors.isEmpty())
        return SandboxResponse::invalid({}, transitionErrors);

    apply(document, body);
    document.insert(statusKey, target);
    scheduleSend(document, body, now);
    ActivityFields::stamp(m_state, document, now, false);
    m_state.sms.replace(document);
    return SandboxResponse::json(document);
}

QJsonObject SmsResource::checkTransition(const QJsonObject &document, const QJsonObject &body,
                                         const QDateTime &now) const
{
    QJsonObject errors = ActivityFields::checkReferences(m_state, body);
    const QString current = document.value(statusKey).toString();
    const QString target = body.value(statusKey).toString(current);
    const bool creating = !m_state.sms.contains(document.value(QLatin1String("id")).toString());

    if (!creating && target != draft && target != scheduled && target != outbox)
        errors.insert(statusKey,
                      QStringLiteral("A draft can only become scheduled (send later) or "
                                     "outbox (send now)."));

    const QJsonValue when = body.value(QLatin1String("date_scheduled"));
    if (target == scheduled) {
        if (!when.isString())
            errors.insert(QStringLiteral("date_scheduled"),
                          QStringLiteral("Required to schedule an SMS."));
        else if (*Timestamps::parse(when.toString()) <= now)
            errors.insert(QStringLiteral("date_scheduled"),
                          QStringLiteral("Must be in the future."));
    } else if (when.isString()) {
        errors.insert(QStringLiteral("date_scheduled"),
                      QStringLiteral("Only allowed together with status scheduled."));
    }

    if (body.contains(QLatin1String("send_in"))) {
        const int sendIn = body.value(QLatin1String("send_in")).toInt(-1);
        if (target != outbox)
            errors.insert(QStringLiteral("send_in"),
                          QStringLiteral("Only allowed together with status outbox."));
        else if (sendIn < 0 || sendIn > maxSendInSeconds)
            errors.insert(
                QStringLiteral("send_in"),
                QStringLiteral("Must be between 0 and %1 seconds.").arg(maxSendInSeconds));
    }

    if (const QString problem = attachmentsProblem(document, body); !problem.isEmpty())
        errors.insert(QStringLiteral("attachments"), problem);

    QJsonObject merged = document;
    for (auto it = body.begin(); it != body.end(); ++it)
        merged.insert(it.key(), it.value());
    const QJsonValue templateId = body.value(QLatin1String("template_id"));
    if (templateId.isString() && !m_state.smsTemplates.contains(templateId.toString()))
        errors.insert(QStringLiteral("template_id"),
                      QStringLiteral("SMS template %1 does not exist.").arg(templateId.toString()));
    else if (templateId.isString() && !body.value(QLatin1String("text")).isString())
        merged.insert(QStringLiteral("text"), renderTemplate(templateId.toString(), merged));

    const QString text = merged.value(QLatin1String("text")).toString();
    if (text.size() > maxTextLength)
        errors.insert(
            QStringLiteral("text"),
            QStringLiteral("Ensure this field has no more than %1 characters (it has %2).")
                .arg(maxTextLength)
                .arg(text.size()));

    if (target == scheduled || target == outbox) {
        if (text.trimmed().isEmpty()
            && merged.value(QLatin1String("attachments")).toArray().isEmpty()
            && !errors.contains(QStringLiteral("text")))
            errors.insert(QStringLiteral("text"),
                          QStringLiteral("An SMS needs text before it can be sent."));
        if (!merged.value(QLatin1String("remote_phone")).isString()
            && !errors.contains(QStringLiteral("remote_phone")))
            errors.insert(QStringLiteral("remote_phone"),
                          QStringLiteral("An SMS needs a recipient before it can be sent."));
        if (!merged.value(QLatin1String("local_phone")).isString()
            && !errors.contains(QStringLiteral("local_phone")))
            errors.insert(QStringLiteral("local_phone"),
                          QStringLiteral("Choose one of your Close phone numbers to send from."));
    }
    return errors;
}

void SmsResource::apply(QJsonObject &document, const QJsonObject &body) const
{
    const QString id = document.value(QLatin1String("id")).toString();
    for (const auto &field :
         {QStringLiteral("activity_at"), QStringLiteral("contact_id"), QStringLiteral("lead_id"),
          QStringLiteral("template_id"), QStringLiteral("text"), QStringLiteral("user_id")}) {
        if (body.contains(field))
            document.insert(field, body.value(field));
    }
    if (body.value(QLatin1String("activity_at")).isString())
        document.insert(QStringLiteral("activity_at"),
                        Timestamps::format(*Timestamps::parse(
                            body.value(QLatin1String("activity_at")).toString())));
    if (body.contains(QLatin1String("local_phone")))
        ActivityFields::setPhone(document, QStringLiteral("local"),
                                 body.value(QLatin1String("local_phone")), true);
    if (body.contains(QLatin1String("remote_phone")))
        ActivityFields::setPhone(document, QStringLiteral("remote"),
                                 body.value(QLatin1String("remote_phone")), true);
    if (body.contains(QLatin1String("attachments")))
        document.insert(QStringLiteral("attachments"),
                        attachments(body.value(QLatin1String("attachments")).toArray(),
                                    document.value(QLatin1String("attachments")).toArray(), id));
    const QJsonValue templateId = body.value(QLatin1String("template_id"));
    if (templateId.isString() && !body.value(QLatin1String("text")).isString())
        document.insert(QStringLiteral("text"), renderTemplate(templateId.toString(), document));
    const QJsonValue when = body.value(QLatin1String("date_scheduled"));
    if (when.isString())
        document.insert(QStringLiteral("date_scheduled"),
                        Timestamps::format(*Timestamps::parse(when.toString())));
    else if (body.contains(QLatin1String("date_scheduled")))
        document.insert(QStringLiteral("date_scheduled"), QJsonValue::Null);
}

void SmsResource::scheduleSend(const QJsonObject &document, const QJsonObject &body,
                               const QDateTime &now)
{
    const QString id = document.value(QLatin1String("id")).toString();
    const QString status = document.value(statusKey).toString();
    if (status == scheduled) {
        const auto when
            = Timestamps::parse(document.value(QLatin1String("date_scheduled")).toString());
        m_state.dueAtMs.insert(id, when->toMSecsSinceEpoch());
    } else if (status == outbox) {
        const int delay = body.value(QLatin1String("send_in")).toInt(0);
        m_state.dueAtMs.insert(id, now.addSecs(delay).toMSecsSinceEpoch());
    }
}

QString SmsResource::renderTemplate(const QString &templateId, const QJsonObject &document) const
{
    const QString source
        = m_state.smsTemplates.value(templateId).value(QLatin1String("text")).toString();
    const QJsonObject contact
        = m_state.contacts.value(document.value(QLatin1String("contact_id")).toString());
    const QJsonObject lead
        = m_state.leads.value(document.value(QLatin1String("lead_id")).toString());
    const QJsonObject user
        = m_state.users.value(document.value(QLatin1String("user_id")).toString());
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*(contact|lead|user|organization)\\.([a-z_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(source);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(source).mid(last, m.capturedStart() - last);
        const QString scope = m.captured(1);
        const QJsonObject &object = scope == QLatin1String("contact") ? contact
            : scope == QLatin1String("lead")                          ? lead
            : scope == QLatin1String("user")                          ? user
                                                                      : m_state.organization;
        out += object.value(m.captured(2)).toString();
        last = m.capturedEnd();
    }
    out += QStringView(source).mid(last);
    return out;
}

QString SmsResource::sendFailure(const QJsonObject &document) const
{
    const QString local = document.value(QLatin1String("local_phone")).toString();
    const QJsonObject number = m_state.phoneNumbers.find(
        [&](const QJsonObject &n) { return n.value(QLatin1String("number")).toString() == local; });
    if (number.isEmpty()
        || number.value(QLatin1String("type")).toString() != QLatin1String("internal"))
        return QStringLiteral("%1 is not one of your organization's Close phone numbers; SMS can "
                              "only be sent from an internal number.")
            .arg(local);
    if (!number.value(QLatin1String("sms_enabled")).toBool())
        return QStringLiteral("%1 is not enabled for SMS.").arg(local);
    const QString remote = document.value(QLatin1String("remote_phone")).toString();
    const PhoneFacts facts = PhoneBook::facts(remote);
    if (!facts.valid)
        return QStringLiteral("The carrier rejected the message: %1 is not a valid phone number.")
            .arg(remote);
    const QJsonArray countries = number.value(QLatin1String("supports_sms_to_countries")).toArray();
    if (!countries.contains(QJsonValue(facts.countryIso)))
        return QStringLiteral("%1 cannot send SMS to numbers in %2.").arg(local, facts.countryIso);
    if (!document.value(QLatin1String("attachments")).toArray().isEmpty()) {
        if (!number.value(QLatin1String("mms_enabled")).toBool())
            return QStringLiteral("%1 is not enabled for MMS: send it without attachments, or "
                                  "from an MMS number.")
                .arg(local);
        const QJsonArray mms = number.value(QLatin1String("supports_mms_to_countries")).toArray();
        if (!mms.contains(QJsonValue(facts.countryIso)))
            return QStringLiteral("%1 cannot send MMS to numbers in %2.")
                .arg(local, facts.countryIso);
    }
    if (OptOutRules::isBlocked(m_state, remote))
        return QStringLiteral("Attempt to send to unsubscribed recipient: %1 replied STOP and "
                              "has not replied START since (carrier error 21610).")
            .arg(facts.formatted);
    return {};
}

bool SmsResource::dispatch(const QString &id, const QDateTime &now)
{
    QJsonObject document = m_state.sms.value(id);
    const QString status = document.value(statusKey).toString();
    const auto due = m_state.dueAtMs.constFind(id);
    if (due == m_state.dueAtMs.cend() || *due > now.toMSecsSinceEpoch()
        || (status != scheduled && status != outbox))
        return false;
    m_state.dueAtMs.remove(id);

    const QString failure = sendFailure(document);
    if (failure.isEmpty()) {
        document.insert(statusKey, QStringLiteral("sent"));
        document.insert(QStringLiteral("date_sent"), Timestamps::format(now));
        document.insert(QStringLiteral("activity_at"), Timestamps::format(now));
        document.insert(
            QStringLiteral("cost"),
            QString::number(segmentCount(document.value(QLatin1String("text")).toString())));
        m_state.sendCounts[id] += 1;
    } else {
        document.insert(statusKey, QStringLiteral("error"));
        document.insert(QStringLiteral("error_message"), failure);
    }
    document.insert(QStringLiteral("date_updated"),
                    Timestamps::format(ActivityFields::updatedAt(document, now)));
    m_state.sms.replace(document);
    return true;
}

QString SmsResource::attachmentsProblem(const QJsonObject &document, const QJsonObject &body) const
{
    const QJsonValue requested = body.value(QLatin1String("attachments"));
    if (!requested.isArray())
        return {};
    const QJsonArray existing = document.value(QLatin1String("attachments")).toArray();
    const QJsonArray items = requested.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString url = items.at(i).toObject().value(QLatin1String("url")).toString();
        const bool kept = std::any_of(existing.begin(), existing.end(), [&](const QJsonValue &e) {
            return e.toObject().value(QLatin1String("url")).toString() == url;
        });
        if (kept)
            continue;
        const QString problem = m_files ? m_files->attachmentProblem(url)
                                        : QStringLiteral("%1 is not a file uploaded through the "
                                                         "Files API.")
                                              .arg(url);
        if (!problem.isEmpty())
            return QStringLiteral("Item %1: %2").arg(i).arg(problem);
    }
    return {};
}

QJsonArray SmsResource::attachments(const QJsonArray &requested, const QJsonArray &existing,
                                    const QString &activityId) const
{
    QJsonArray out;
    for (const QJsonValue &value : requested) {
        const QJsonObject item = value.toObject();
        const QString url = item.value(QLatin1String("url")).toString();
        const auto kept = std::find_if(existing.begin(), existing.end(), [&](const QJsonValue &e) {
            return e.toObject().value(QLatin1String("url")).toString() == url;
        });
        if (kept != existing.end())
            out.append(*kept);
        else if (m_files && m_files->attachmentProblem(url).isEmpty())
            out.append(m_files->describe(url, item.value(QLatin1String("content_type")).toString(),
                                         item.value(QLatin1String("filename")).toString()));
        else
            out.append(ActivityFields::materializeAttachments({item}, {}, activityId).at(0));
    }
    return out;
}
