#include "smsactivity.h"

#include "jsoncodec.h"

namespace {
const char *const statusNames[] = {"inbox", "draft", "scheduled", "outbox", "sent", "error"};
}

std::optional<SmsActivity> SmsActivity::fromJson(const QJsonObject &json, QString *error)
{
    return JsonCodec::decode<SmsActivity>(json, error);
}

QJsonObject SmsActivity::toJson() const
{
    return JsonCodec::encode(*this);
}

bool SmsActivity::isCancellable() const
{
    const Status s = statusValue();
    return s == Status::Scheduled || s == Status::Outbox;
}

SmsActivity::Status SmsActivity::statusFromText(const QString &text)
{
    for (int i = 0; i < int(std::size(statusNames)); ++i) {
        if (text == QLatin1String(statusNames[i]))
            return Status(i);
    }
    return Status::Unknown;
}

QString SmsActivity::statusText(Status status)
{
    return status == Status::Unknown ? QString() : QString::fromLatin1(statusNames[int(status)]);
}
