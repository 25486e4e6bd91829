#include "sandboxstate.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

namespace {
constexpr int stateVersion = 1;

QJsonObject hashToJson(const QHash<QString, qint64> &hash)
{
    QJsonObject out;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        out.insert(it.key(), double(it.value()));
    return out;
}
} // namespace

QString SandboxState::organizationId() const
{
    return organization.value(QLatin1String("id")).toString();
}

QString SandboxState::userName(const QString &userId) const
{
    const QJsonObject user = users.value(userId);
    if (user.isEmpty())
        return {};
    return user.value(QLatin1String("first_name")).toString() + QLatin1Char(' ')
        + user.value(QLatin1String("last_name")).toString();
}

QString SandboxState::makeId(const QString &prefix, int length, QRandomGenerator *random)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix + QLatin1Char('_');
    id.reserve(id.size() + length);
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[random->bounded(62)]);
    return id;
}

QJsonObject SandboxState::toJson() const
{
    QJsonObject sends;
    for (auto it = sendCounts.cbegin(); it != sendCounts.cend(); ++it)
        sends.insert(it.key(), it.value());
    return {
        {QStringLiteral("version"), stateVersion},
        {QStringLiteral("organization"), organization},
        {QStringLiteral("me"), meId},
        {QStringLiteral("users"), users.toJson()},
        {QStringLiteral("leads"), leads.toJson()},
        {QStringLiteral("contacts"), contacts.toJson()},
        {QStringLiteral("phone_numbers"), phoneNumbers.toJson()},
        {QStringLiteral("sms_templates"), smsTemplates.toJson()},
        {QStringLiteral("sms"), sms.toJson()},
        {QStringLiteral("whatsapp"), whatsapp.toJson()},
        {QStringLiteral("due"), hashToJson(dueAtMs)},
        {QStringLiteral("sends"), sends},
        {QStringLiteral("events"), events.toJson()},
    };
}

bool SandboxState::fromJson(const QJsonObject &json, QString *error)
{
    if (json.value(QLatin1String("version")).toInt() != stateVersion) {
        *error = QStringLiteral("it is of another version (%1; this sandbox reads %2)")
                     .arg(json.value(QLatin1String("version")).toInt())
                     .arg(stateVersion);
        return false;
    }
    organization = json.value(QLatin1String("organization")).toObject();
    meId = json.value(QLatin1String("me")).toString();
    users.fromJson(json.value(QLatin1String("users")).toArray());
    leads.fromJson(json.value(QLatin1String("leads")).toArray());
    contacts.fromJson(json.value(QLatin1String("contacts")).toArray());
    phoneNumbers.fromJson(json.value(QLatin1String("phone_numbers")).toArray());
    smsTemplates.fromJson(json.value(QLatin1String("sms_templates")).toArray());
    sms.fromJson(json.value(QLatin1String("sms")).toArray());
    whatsapp.fromJson(json.value(QLatin1String("whatsapp")).toArray());
    // A file saved before the sandbox kept an event log has none: the log starts empty.
    if (!events.fromJson(json.value(QLatin1String("events")).toObject(), error))
        return false;
    dueAtMs.clear();
    const QJsonObject due = json.value(QLatin1String("due")).toObject();
    for (auto it = due.begin(); it != due.end(); ++it)
        dueAtMs.insert(it.key(), qint64(it.value().toDouble()));
    sendCounts.clear();
    const QJsonObject sends = json.value(QLatin1String("sends")).toObject();
    for (auto it = sends.begin(); it != sends.end(); ++it)
        sendCounts.insert(it.key(), it.value().toInt());
    return true;
}

bool SandboxState::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool SandboxState::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QString why;
    if (parseError.error != QJsonParseError::NoError)
        why = QStringLiteral("%1 at offset %2")
                  .arg(parseError.errorString())
                  .arg(parseError.offset);
    else if (!doc.isObject())
        why = QStringLiteral("it is not a JSON object");
    else if (fromJson(doc.object(), &why))
        return true;
    *error = QStringLiteral("%1 is not a sandbox data file: %2.").arg(path, why);
    return false;
}
