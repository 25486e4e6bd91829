#include "activityfields.h"

#include "phonebook.h"
#include "sandboxstate.h"
#include "timestamps.h"

#include <QCryptographicHash>

namespace ActivityFields {

void setPhone(QJsonObject &document, const QString &prefix, const QJsonValue &number,
              bool withCountry)
{
    const QString phoneKey = prefix + QStringLiteral("_phone");
    document.insert(phoneKey, number);
    if (number.isNull() || number.toString().isEmpty()) {
        document.insert(phoneKey + QStringLiteral("_formatted"), QJsonValue::Null);
        if (withCountry)
            document.insert(prefix + QStringLiteral("_country_iso"), QJsonValue::Null);
        return;
    }
    const PhoneFacts facts = PhoneBook::facts(number.toString());
    document.insert(phoneKey + QStringLiteral("_formatted"), facts.formatted);
    if (withCountry)
        document.insert(prefix + QStringLiteral("_country_iso"),
                        facts.countryIso.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(facts.countryIso));
}

QJsonArray materializeAttachments(const QJsonArray &requested, const QJsonArray &existing,
                                  const QString &activityId)
{
    QJsonArray out;
    for (const QJsonValue &value : requested) {
        const QJsonObject item = value.toObject();
        const QString url = item.value(QLatin1String("url")).toString();
        // A client keeps an attachment by sending back the url the server gave it.
        const auto kept = std::find_if(existing.begin(), existing.end(), [&](const QJsonValue &e) {
            return e.toObject().value(QLatin1String("url")).toString() == url;
        });
        if (kept != existing.end()) {
            out.append(*kept);
            continue;
        }
        // A stable pseudo size, so the same file always reports the same size.
        const QByteArray digest = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1);
        const int size = 2048 + int((quint8(digest.at(0)) << 8 | quint8(digest.at(1))) * 7);
        const QString mediaId = SandboxState::makeId(QStringLiteral("media"), 22);
        const QString base
            = QStringLiteral("https://app.close.com/go/sms/%1/media/%2/").arg(activityId, mediaId);
        const QString contentType = item.value(QLatin1String("content_type")).toString();
        out.append(QJsonObject {
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("filename"), item.value(QLatin1String("filename"))},
            {QStringLiteral("media_id"), mediaId},
            {QStringLiteral("size"), size},
            {QStringLiteral("url"), base},
            {QStringLiteral("thumbnail_url"),
             contentType.startsWith(QLatin1String("image/"))
                 ? QJsonValue(base + QStringLiteral("thumbnail/"))
                 : QJsonValue(QJsonValue::Null)},
        });
    }
    return out;
}

QJsonObject checkReferences(const SandboxState &state, const QJsonObject &body)
{
    QJsonObject errors;
    const auto check = [&](const QString &field, const ActivityCollection &collection,
                           const QString &what) {
        const QJsonValue v = body.value(field);
        if (v.isString() && !collection.contains(v.toString()))
            errors.insert(field, QStringLiteral("%1 %2 does not exist.").arg(what, v.toString()));
    };
    check(QStringLiteral("lead_id"), state.leads, QStringLiteral("Lead"));
    check(QStringLiteral("contact_id"), state.contacts, QStringLiteral("Contact"));
    check(QStringLiteral("user_id"), state.users, QStringLiteral("User"));
    check(QStringLiteral("created_by_id"), state.users, QStringLiteral("User"));
    check(QStringLiteral("response_to_id"), state.whatsapp, QStringLiteral("WhatsApp message"));
    return errors;
}

QDateTime updatedAt(const QJsonObject &document, const QDateTime &now)
{
    // Close's stamps have microseconds; the sandbox's clock has milliseconds, so two changes
    // within one would look like none to a client and to the event log.
    const std::optional<QDateTime> before
        = Timestamps::parse(document.value(QLatin1String("date_updated")).toString());
    return before && now <= *before ? before->addMSecs(1) : now;
}

void stamp(const SandboxState &state, QJsonObject &document, const QDateTime &now, bool created)
{
    const QDateTime at = created ? now : updatedAt(document, now);
    const QString stampText = Timestamps::format(at);
    if (created) {
        if (!document.value(QLatin1String("date_created")).isString())
            document.insert(QStringLiteral("date_created"), stampText);
        if (!document.value(QLatin1String("created_by")).isString())
            document.insert(QStringLiteral("created_by"), state.meId);
        document.insert(QStringLiteral("organization_id"), state.organizationId());
    }
    document.insert(QStringLiteral("date_updated"), stampText);
    document.insert(QStringLiteral("updated_by"), state.meId);
    setNames(state, document);
}

void setNames(const SandboxState &state, QJsonObject &document)
{
    const auto nameOf = [&](const QString &idField) -> QJsonValue {
        const QString name = state.userName(document.value(idField).toString());
        return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
    };
    document.insert(QStringLiteral("user_name"), nameOf(QStringLiteral("user_id")));
    document.insert(QStringLiteral("created_by_name"), nameOf(QStringLiteral("created_by")));
    document.insert(QStringLiteral("updated_by_name"), nameOf(QStringLiteral("updated_by")));
}

} // namespace ActivityFields
