#pragma once

#include <QString>

class QTemporaryDir;

//! Points the user's config and data folders (XDG) into `home`, and names the application
//! `name` (so its settings and keyring entries are its own). Call before anything reads them.
bool isolateUserFolders(const QTemporaryDir &home, const QString &name);
