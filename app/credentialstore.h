#pragma once

#include "credentials.h"

#include <QObject>
#include <QUrl>

//! Keeps the rep's credentials. The secret goes to the system keyring through QtKeychain and
//! nowhere else; the kind and the URL (not secret) go to QSettings. Where no keyring answers,
//! the secret is kept in memory only until Draftbox quits, and saved() says so.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(QObject *parent = nullptr);

    //! Reads what was remembered; emits loaded() with invalid credentials if nothing was.
    void load();
    //! Remembers the credentials: in the keyring, or in memory if the keyring cannot.
    void save(const Credentials &credentials);
    //! Forgets them everywhere.
    void forget();

    //! The last credentials loaded or saved (the secret in memory, as the client needs it).
    const Credentials &current() const { return m_current; }
    //! False when the keyring refused and the secret lives in memory only.
    bool isInKeyring() const { return m_inKeyring; }

    //! The URL of the account remembered in the keyring, from the settings alone (the keyring
    //! is not asked); empty if none is. What load() will try, before it answers.
    static QUrl rememberedUrl();

    //! The keyring service and entry names, shared with tests that look for leaks.
    static QString keyringService();
    static QString keyringKey();

signals:
    void loaded(const Credentials &credentials);
    //! `inKeyring` false: the secret is in memory only; `message` says why, for people.
    void saved(bool inKeyring, const QString &message);

private:
    Credentials m_current;
    bool m_inKeyring = false;
};
