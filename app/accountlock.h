#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

//! The right to write one account's files (the journal of unsaved edits, the read marks, the
//! local cache): a QLockFile in the data folder, `locks/<hash of the scope>.lock`, held by one
//! Draftbox process for as long as that account is in use there. Two processes writing the
//! same journal would each overwrite the other's edits with their own, silently.
//!
//! The lock is long-lived, so it never goes stale by age (staleLockTime 0, as QLockFile's
//! documentation asks for this use): it is stale only once the process that took it is gone
//! or the computer restarted. A lock taken on another computer (a home folder shared over the
//! network) cannot be judged from here and stays until that Draftbox quits; holder() names
//! that computer so the rep can tell.
class AccountLock
{
    Q_DECLARE_TR_FUNCTIONS(AccountLock)

public:
    //! The lock of the account `scope` (see EditJournal::pathFor()); nothing is taken yet.
    explicit AccountLock(const QString &scope);

    //! `locks/<hash of scope>.lock` in the application's data folder, named like the
    //! account's other files (OwnerFile).
    static QString pathFor(const QString &scope);

    //! Takes the lock, removing one a crashed or killed Draftbox left; false if a live
    //! process holds it (isHeldElsewhere()) or the file cannot be made (the data folder is
    //! not writable: nothing else of the account can be written then either).
    bool tryLock();
    bool isLocked() const { return m_file.isLocked(); }
    //! The last tryLock() failed because another live process holds the lock.
    bool isHeldElsewhere() const;
    //! Who holds it, for people: "process 4242", or "process 4242 on laptop-7" for another
    //! computer; empty if the lock file cannot be read.
    QString holder() const;

    QString scope() const { return m_scope; }
    QString path() const { return m_file.fileName(); }

private:
    QString m_scope;
    QLockFile m_file;
};
