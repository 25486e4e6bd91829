#include "fuzztargets.h"

#include "activitystore.h"
#include "apierror.h"
#include "jsoncodec.h"
#include "ratelimitinfo.h"
#include "smsactivity.h"
#include "whatsappmessage.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdlib>

namespace {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

//! What a decoder promises: a value it decoded encodes to JSON that decodes to the same JSON.
template<typename T>
void roundTrip(const QJsonObject &json)
{
    QString error;
    const auto decoded = T::fromJson(json, &error);
    if (!decoded)
        return;
    const QJsonObject encoded = decoded->toJson();
    const auto again = T::fromJson(encoded);
    if (!again || again->toJson() != encoded)
        std::abort();
    if (!JsonCodec::check<T>(json))
        std::abort(); // check() must agree with fromJson()
}

} // namespace

int fuzzActivity(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject json = QJsonDocument::fromJson(bytes(data, size)).object();
    roundTrip<SmsActivity>(json);
    roundTrip<WhatsAppMessage>(json);
    // The row store keeps whatever Close sent and gives it back unchanged.
    static RecordSchema schema
        = RecordSchema::of<SmsActivity>({QStringLiteral("id"), QStringLiteral("text")});
    if (ActivityRecord::fromJson(schema, json).toJson(schema) != json)
        std::abort();
    return 0;
}

int fuzzListPage(const std::uint8_t *data, std::size_t size)
{
    const QJsonObject page = QJsonDocument::fromJson(bytes(data, size)).object();
    const QString sms = JsonCodec::checkPage<SmsActivity>(page);
    const QString whatsapp = JsonCodec::checkPage<WhatsAppMessage>(page);
    // A page said to be fine has a list of objects that each decode.
    if (sms.isEmpty()) {
        for (const QJsonValue &item : page.value(QLatin1String("data")).toArray()) {
            if (!SmsActivity::fromJson(item.toObject()))
                std::abort();
        }
    }
    if (whatsapp.isEmpty()) {
        for (const QJsonValue &item : page.value(QLatin1String("data")).toArray()) {
            if (!WhatsAppMessage::fromJson(item.toObject()))
                std::abort();
        }
    }
    return 0;
}

int fuzzErrorBody(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the status (400 to 599); the rest is the body.
    const int status = 400 + data[0] % 200;
    const ApiError error = ApiError::fromHttp(status, bytes(data + 1, size - 1));
    // Every failure has words for the rep and advice, whatever the body said.
    if (!error.isError() || error.message.isEmpty() || error.advice().isEmpty())
        std::abort();
    return 0;
}

int fuzzRateLimit(const std::uint8_t *data, std::size_t size)
{
    const QByteArray header = bytes(data, size);
    if (const auto info = RateLimitInfo::parse(header)) {
        if (!(info->resetSeconds >= -1)) // NaN and negative waits must not come out
            std::abort();
    }
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    if (const auto wait = RateLimitInfo::parseRetryAfter(header, now)) {
        if (!(*wait >= 0))
            std::abort();
    }
    const ApiError error = ApiError::fromHttp(429, {}, header, header);
    if (!(error.retryAfterSeconds >= 0))
        std::abort();
    return 0;
}
