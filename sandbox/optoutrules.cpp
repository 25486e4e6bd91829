#include "optoutrules.h"

#include "sandboxstate.h"
#include "timestamps.h"

#include <QJsonArray>

#include <limits>

namespace OptOutRules {

namespace {

QList<QJsonObject> contactsWith(const SandboxState &state, const QString &number)
{
    const auto has = [&number](const QJsonObject &contact) {
        const QJsonArray phones = contact.value(QLatin1String("phones")).toArray();
        return std::any_of(phones.begin(), phones.end(), [&number](const QJsonValue &phone) {
            return phone.toObject().value(QLatin1String("phone")).toString() == number;
        });
    };
    return state.contacts.select({}, has, 0, std::numeric_limits<int>::max()).items;
}

} // namespace

Word classify(const QString &text, const QString &countryIso)
{
    QString word = text.trimmed().toUpper();
    while (!word.isEmpty() && (word.back().isPunct() || word.back().isSpace()))
        word.chop(1);
    static const QStringList stop
        = {QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
           QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT"),
           QStringLiteral("REVOKE"), QStringLiteral("OPTOUT")};
    static const QStringList start
        = {QStringLiteral("START"), QStringLiteral("UNSTOP"), QStringLiteral("YES")};
    if (stop.contains(word))
        return Word::Stop;
    if (countryIso == QLatin1String("FR")
        && (word == QLatin1String("ARRET") || word == QStringLiteral("ARR\u00CAT")))
        return Word::Stop;
    return start.contains(word) ? Word::Start : Word::None;
}

bool hear(SandboxState &state, const QJsonObject &sms, const QDateTime &now)
{
    if (sms.value(QLatin1String("direction")).toString() != QLatin1String("inbound"))
        return false;
    const Word word = classify(sms.value(QLatin1String("text")).toString(),
                               sms.value(QLatin1String("remote_country_iso")).toString());
    if (word == Word::None)
        return false;
    const QString number = sms.value(QLatin1String("remote_phone")).toString();
    bool changed = false;
    for (QJsonObject contact : contactsWith(state, number)) {
        QJsonArray phones = contact.value(QLatin1String("phones")).toArray();
        for (qsizetype i = 0; i < phones.size(); ++i) {
            QJsonObject phone = phones.at(i).toObject();
            if (phone.value(QLatin1String("phone")).toString() != number)
                continue;
            phone.insert(QStringLiteral("outbound_sms_blocked"), word == Word::Stop);
            phones.replace(i, phone);
        }
        contact.insert(QStringLiteral("phones"), phones);
        contact.insert(QStringLiteral("date_updated"), Timestamps::format(now));
        state.contacts.replace(contact);
        changed = true;
    }
    return changed;
}

bool isBlocked(const SandboxState &state, const QString &number)
{
    for (const QJsonObject &contact : contactsWith(state, number)) {
        const QJsonArray phones = contact.value(QLatin1String("phones")).toArray();
        for (const QJsonValue &value : phones) {
            const QJsonObject phone = value.toObject();
            if (phone.value(QLatin1String("phone")).toString() == number
                && phone.value(QLatin1String("outbound_sms_blocked")).toBool())
                return true;
        }
    }
    return false;
}

} // namespace OptOutRules
