#pragma once

#include <QByteArray>
#include <QString>

//! Files Draftbox keeps for one account in its data folder (the journal, the read marks): named
//! by a hash of the account's URL, written whole or not at all, readable by the rep alone.
namespace OwnerFile {

//! `folder/<hash of scope>.json` under the application's data folder.
QString pathFor(const QString &folder, const QString &scope);
//! Writes `bytes` to `path` (its folder made if need be), owner-only; why not, else empty.
QString write(const QString &path, const QByteArray &bytes);

} // namespace OwnerFile
