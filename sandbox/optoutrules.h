#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct SandboxState;

//! What the carrier behind Close does with keyword replies (Twilio's rules; Close documents
//! none of its own): an inbound SMS whose whole text is STOP, STOPALL, UNSUBSCRIBE, CANCEL, END,
//! QUIT, REVOKE or OPTOUT (ARRET from a French number) blocks further SMS to that number;
//! START, UNSTOP or YES lifts the block. The block shows on every contact phone with that
//! number as `outbound_sms_blocked`, and an SMS sent to it fails.
namespace OptOutRules {

enum class Word { None, Stop, Start };

Word classify(const QString &text, const QString &countryIso);
//! Applies an inbound SMS's keyword, if it is one, to the contacts' phones. Returns whether a
//! contact changed.
bool hear(SandboxState &state, const QJsonObject &sms, const QDateTime &now);
bool isBlocked(const SandboxState &state, const QString &number);

} // namespace OptOutRules
