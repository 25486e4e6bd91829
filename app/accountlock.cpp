#include "accountlock.h"

#include "ownerfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcAccountLock, "draftbox.lock", QtInfoMsg)

AccountLock::AccountLock(const QString &scope)
    : m_scope(scope)
    , m_file(pathFor(scope))
{
    m_file.setStaleLockTime(0);
}

QString AccountLock::pathFor(const QString &scope)
{
    // OwnerFile names an account's files by the hash of its scope; the lock takes that name
    // with its own suffix, so one look at the folders pairs it with its journal.
    const QFileInfo named(OwnerFile::pathFor(QStringLiteral("locks"), scope));
    return named.dir().filePath(named.completeBaseName() + QStringLiteral(".lock"));
}

bool AccountLock::tryLock()
{
    if (m_file.isLocked())
        return true;
    QDir().mkpath(QFileInfo(m_file.fileName()).absolutePath());
    // No wait: a Draftbox that has the account keeps it for as long as it runs, and the
    // caller has something better to do (hand over to it, or say so) than sit here.
    if (m_file.tryLock())
        return true;
    if (!isHeldElsewhere())
        qCWarning(lcAccountLock).noquote()
            << "cannot make the lock file" << QDir::toNativeSeparators(m_file.fileName());
    return false;
}

bool AccountLock::isHeldElsewhere() const
{
    return !m_file.isLocked() && m_file.error() == QLockFile::LockFailedError;
}

QString AccountLock::holder() const
{
    qint64 pid = 0;
    QString host;
    if (!m_file.getLockInfo(&pid, &host, nullptr))
        return {};
    if (host.isEmpty() || host == QSysInfo::machineHostName())
        return tr("process %1").arg(pid);
    return tr("process %1 on %2").arg(pid).arg(host);
}
