#include "peopledirectory.h"

#include "activitycache.h"

#include "closecall.h"
#include "closeclient.h"
#include "jsoncodec.h"

PeopleDirectory::PeopleDirectory(CloseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_announce.setSingleShot(true);
    m_announce.setInterval(0);
    connect(&m_announce, &QTimer::timeout, this,
            [this] { emit arrived(std::exchange(m_arrived, {})); });
}

QString PeopleDirectory::meId()
{
    return QStringLiteral("me");
}

void PeopleDirectory::ask(const QStringList &ids)
{
    if (!m_enabled)
        return;
    // What Close said of them within a day is as good as asking again.
    static constexpr qint64 freshSeconds = 24 * 60 * 60;
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-freshSeconds);
    for (const QString &id : ids) {
        if (id.isEmpty() || m_asked.contains(id))
            continue;
        m_asked.insert(id);
        const auto kept = m_cache ? m_cache->person(id) : std::nullopt;
        if (kept) {
            m_people.insert(id, kept->first);
            m_arrived.insert(id);
            m_announce.start();
        }
        if (!kept || !kept->second.isValid() || kept->second < stale)
            m_toAsk << id;
    }
    askNext();
}

void PeopleDirectory::setCache(ActivityCache *cache)
{
    m_cache = cache;
}

void PeopleDirectory::clear()
{
    m_people.clear();
    m_toAsk.clear();
    m_asked.clear();
    m_arrived.clear();
    m_announce.stop();
    if (m_usersCall)
        m_usersCall->disconnect(this); // an answer for the account left
    m_usersCall.clear();
    m_users.clear();
    m_usersProblem.clear();
    m_usersListed = false;
    emit usersChanged();
}

void PeopleDirectory::remember(const QString &id, const QJsonObject &record)
{
    if (id.isEmpty() || m_people.contains(id))
        return;
    m_people.insert(id, record);
    m_arrived.insert(id);
    m_announce.start();
    ask({id}); // the fuller record, in the background
}

void PeopleDirectory::askUsers()
{
    if (!m_client || m_usersCall || m_usersListed)
        return;
    m_usersProblem.clear();
    m_usersCall = m_client->listUsers();
    m_usersCall->setBackground(true); // said where they are picked, not under Problems
    connect(m_usersCall, &CloseCall::finished, this, [this](const ApiResult &result) {
        m_usersCall.clear();
        if (!result.ok()) {
            m_usersProblem = result.error.message; // asked again at the next askUsers()
        } else {
            m_usersListed = true;
            m_users = JsonCodec::decodePage<CloseUser>(result.object());
            for (const CloseUser &user : std::as_const(m_users)) {
                const QString id = user.id.valueOr({});
                if (!m_people.contains(id) && !id.isEmpty()) {
                    m_people.insert(id, user.toJson());
                    m_asked.insert(id);
                    m_arrived.insert(id);
                    m_announce.start();
                }
            }
        }
        emit usersChanged();
    });
    emit usersChanged();
}

void PeopleDirectory::askNext()
{
    static constexpr int maxCalls = 2; // names wait; the rep's own requests come first
    while (m_client && m_calls < maxCalls && !m_toAsk.isEmpty()) {
        const QString id = m_toAsk.takeFirst();
        CloseCall *call = id == meId()              ? m_client->me()
            : id.startsWith(QLatin1String("lead_")) ? m_client->getLead(id)
            : id.startsWith(QLatin1String("user_")) ? m_client->getUser(id)
                                                    : m_client->getContact(id);
        call->setBackground(true);
        ++m_calls;
        connect(call, &CloseCall::finished, this, [this, id](const ApiResult &result) {
            --m_calls;
            // An answer for an account since left is dropped (clear() forgot who was asked).
            if (result.ok() && m_asked.contains(id)) {
                m_people.insert(id, result.object());
                if (m_cache)
                    m_cache->putPerson(id, result.object());
                m_arrived.insert(id);
                m_announce.start();
            }
            askNext();
        });
    }
}

QString PeopleDirectory::displayName(const QString &id) const
{
    const QJsonObject person = m_people.value(id);
    const QString name = person.value(QLatin1String("display_name")).toString();
    if (!name.isEmpty())
        return name;
    const QString plain = person.value(QLatin1String("name")).toString();
    if (!plain.isEmpty())
        return plain;
    // Close's users have first and last names only.
    const QString full = QStringList {person.value(QLatin1String("first_name")).toString(),
                                      person.value(QLatin1String("last_name")).toString()}
                             .join(QLatin1Char(' '))
                             .trimmed();
    return full.isEmpty() ? id : full;
}

QString PeopleDirectory::timeZone(const QString &id) const
{
    return m_people.value(id).value(QLatin1String("timezone")).toString();
}
