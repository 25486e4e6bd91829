#include "whatsappsync.h"

#include "closeclient.h"
#include "whatsappmessage.h"

#include <algorithm>

WhatsAppSync::WhatsAppSync(CloseClient *client, QList<ActivityField> fields, QObject *parent)
    : ActivitySync(
        client, std::move(fields),
        RecordSchema::of<WhatsAppMessage>(
            {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("message_markdown"),
             QStringLiteral("message_html"), QStringLiteral("external_whatsapp_message_id")}),
        parent)
{
    tallyBy({QStringLiteral("direction")}); // the Received and Sent chips
}

CloseCall *WhatsAppSync::listCall(const ActivityQuery &query, int skip, int limit)
{
    return client()->listWhatsApp(query, skip, limit);
}

CloseCall *WhatsAppSync::getCall(const QString &id)
{
    return client()->getWhatsApp(id);
}

CloseCall *WhatsAppSync::saveCall(const QString &id, const PendingEdit::Changes &changes)
{
    const auto update = WhatsAppUpdate::fromJson(PendingEdit::wire(changes));
    return update ? client()->updateWhatsApp(id, *update) : nullptr;
}

bool WhatsAppSync::readsEdits(const QJsonObject &changes) const
{
    return WhatsAppUpdate::fromJson(changes).has_value();
}

QList<int> WhatsAppSync::conversationRows(int row) const
{
    const auto keyOf = [this](int r) {
        return conversationKey(text(r, QStringLiteral("remote_phone")),
                               text(r, QStringLiteral("contact_id")));
    };
    if (row < 0 || row >= size())
        return {};
    const QString key = keyOf(row);
    QList<QPair<QDateTime, int>> found;
    for (int r = 0; r < size(); ++r) {
        if (keyOf(r) == key)
            found.append({time(r, QStringLiteral("activity_at")).value_or(QDateTime()), r});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<int> rows;
    rows.reserve(found.size());
    for (const auto &[at, r] : std::as_const(found))
        rows.append(r);
    return rows;
}

QList<int> WhatsAppSync::replyChoices(int row) const
{
    QList<int> choices;
    const QDateTime at = time(row, QStringLiteral("activity_at")).value_or(QDateTime());
    const QString self = idAt(row);
    for (const int other : conversationRows(row)) {
        const QDateTime otherAt = time(other, QStringLiteral("activity_at")).value_or(QDateTime());
        // A message can only answer what was there before it.
        if (other == row || !at.isValid() || !otherAt.isValid() || otherAt >= at)
            continue;
        if (!answersLeadTo(idAt(other), self))
            choices << other;
    }
    return choices;
}

bool WhatsAppSync::answersLeadTo(const QString &replyTo, const QString &id) const
{
    QSet<QString> seen;
    for (QString at = replyTo; !at.isEmpty() && !seen.contains(at);) {
        if (at == id)
            return true;
        seen.insert(at);
        const int row = rowOf(at);
        if (row < 0)
            return false;
        at = text(row, QStringLiteral("response_to_id"));
    }
    return false;
}

QString WhatsAppSync::whyRefused(int row, const QString &name, const QJsonValue &value) const
{
    if (name != QLatin1String("response_to_id") || !value.isString())
        return {};
    const QString replyTo = value.toString();
    const QString self = idAt(row);
    if (replyTo == self)
        return tr("Not changed: a message cannot be a reply to itself.");
    if (!answersLeadTo(replyTo, self))
        return {};
    const int other = rowOf(replyTo);
    const QString quoted
        = other < 0 ? replyTo : listMessage(text(other, QStringLiteral("text"))).left(60);
    return tr("Not changed: “%1” already answers this message (directly or through other "
              "replies), so this one cannot answer it; that would make a loop.")
        .arg(quoted);
}

void WhatsAppSync::deleteMessage(int row)
{
    const QString id = idAt(row);
    if (!id.isEmpty())
        deleteRow(row, client()->deleteWhatsApp(id));
}
