#pragma once

#include "closeuser.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class ActivityCache;
class CloseCall;
class CloseClient;

//! What Close said of the people activities name: their contacts, leads and users, and the user
//! behind the API key (GET /me/). Lists show names instead of ids and templates fill
//! {{ contact.first_name }} from here. One request policy for all of it: each id is asked for
//! once, two at a time, in the background (a missing name is no problem to report: the id
//! shows), after the rep's own requests.
class PeopleDirectory : public QObject
{
    Q_OBJECT

public:
    explicit PeopleDirectory(CloseClient *client, QObject *parent = nullptr);

    //! The id under which the user behind the API key is kept.
    static QString meId();

    //! Asks Close for these people (lead_…, user_…, contacts otherwise) unless already asked.
    void ask(const QStringList &ids);
    //! Keeps what Close says of people in `cache` (not owned; nullptr: none) and takes it from
    //! there first: a start shows names at once, and asks Close again only for those it was
    //! told of more than a day ago.
    void setCache(ActivityCache *cache);
    //! On by default; off, nothing is asked and every name is its id.
    void setEnabled(bool on) { m_enabled = on; }
    bool isEnabled() const { return m_enabled; }
    bool isBusy() const { return m_calls > 0 || !m_toAsk.isEmpty(); }
    //! Forgets everyone: for another account.
    void clear();

    bool knows(const QString &id) const { return m_people.contains(id); }
    //! The name for people once Close told it, the id until then.
    QString displayName(const QString &id) const;
    //! The contact's `timezone` (IANA), empty until Close told it or when Close has none.
    QString timeZone(const QString &id) const;
    //! Everything Close said of the person; empty until it answered.
    QJsonObject record(const QString &id) const { return m_people.value(id); }
    //! Everyone Close told of so far, by id.
    QStringList knownIds() const { return m_people.keys(); }
    //! What a search found of someone (a contact or lead the rep picked): their name shows at
    //! once. Close's own answer for the id, asked or to come, is the fuller one and wins.
    void remember(const QString &id, const QJsonObject &record);

    //! Lists the organization's users once (GET /user/); usersChanged() says when they came.
    void askUsers();
    QList<CloseUser> users() const { return m_users; }
    bool isListingUsers() const { return !m_usersCall.isNull(); }
    //! Why the users could not be listed, empty when they were (or are being) listed.
    QString usersProblem() const { return m_usersProblem; }

signals:
    //! Close told the names of `ids` (coalesced: once per event-loop turn).
    void arrived(const QSet<QString> &ids);
    //! The users' list came, failed, or is being asked for.
    void usersChanged();

private:
    void askNext();

    QPointer<CloseClient> m_client;
    QPointer<ActivityCache> m_cache;
    QPointer<CloseCall> m_usersCall;
    QList<CloseUser> m_users;
    QString m_usersProblem;
    bool m_usersListed = false;
    QHash<QString, QJsonObject> m_people;
    QStringList m_toAsk;
    QSet<QString> m_asked;
    QSet<QString> m_arrived;
    QTimer m_announce;
    int m_calls = 0;
    bool m_enabled = true;
};
