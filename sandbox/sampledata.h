#pragma once

#include <QDateTime>

struct SandboxState;

//! The sandbox's sample organization: users, leads, contacts, internal and external phone
//! numbers, SMS templates, `count` SMS in every status (some MMS) and `count` WhatsApp messages
//! in threads. The same seed gives the same data; dates are relative to `now`.
namespace SampleData {

void fill(SandboxState &state, int count, quint32 seed, const QDateTime &now);

} // namespace SampleData
