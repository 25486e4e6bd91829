#pragma once

#include <QDateTime>
#include <QString>

struct SandboxState;

//! The sandbox's sample organization: users, leads, contacts, internal and external phone
//! numbers, SMS templates, `count` SMS in every status (some MMS) and `count` WhatsApp messages
//! in threads. The same seed gives the same data; dates are relative to `now`.
namespace SampleData {

//! Received MMS media are served from `origin` (the sandbox's own server, see FileStore).
void fill(SandboxState &state, int count, quint32 seed, const QDateTime &now,
          const QString &origin = QStringLiteral("https://app.close.com"));

} // namespace SampleData
