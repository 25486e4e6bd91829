#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

struct SandboxState;

//! Server-side fields that SMS and WhatsApp activities compute the same way.
namespace ActivityFields {

//! Sets `<prefix>_phone`, `<prefix>_phone_formatted` and (withCountry) `<prefix>_country_iso`.
void setPhone(QJsonObject &document, const QString &prefix, const QJsonValue &number,
              bool withCountry);

//! Turns request attachments ({content_type, filename, url}) into response attachments with
//! media_id, size and thumbnail_url, keeping the media of those already on the activity.
QJsonArray materializeAttachments(const QJsonArray &requested, const QJsonArray &existing,
                                  const QString &activityId);

//! Field errors for lead_id, contact_id, user_id and response_to_id naming nothing that exists.
QJsonObject checkReferences(const SandboxState &state, const QJsonObject &body);

//! When a change made `now` to `document` happened: `now`, or just after its last change.
QDateTime updatedAt(const QJsonObject &document, const QDateTime &now);
//! Stamps date_updated/updated_by (and, for a new activity, the creation fields).
void stamp(const SandboxState &state, QJsonObject &document, const QDateTime &now, bool created);

//! user_name/created_by_name/updated_by_name from the ids.
void setNames(const SandboxState &state, QJsonObject &document);

} // namespace ActivityFields
