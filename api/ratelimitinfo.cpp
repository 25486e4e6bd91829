#include "ratelimitinfo.h"

#include <QList>
#include <QLocale>

#include <cmath>

std::optional<RateLimitInfo> RateLimitInfo::parse(const QByteArray &header)
{
    RateLimitInfo info;
    bool any = false;
    QByteArray normalized = header;
    normalized.replace(';', ',');
    const QList<QByteArray> parts = normalized.split(',');
    for (const QByteArray &part : parts) {
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = part.left(equals).trimmed().toLower();
        bool ok = false;
        const double value = part.mid(equals + 1).trimmed().toDouble(&ok);
        if (!ok || value < 0 || !std::isfinite(value))
            continue;
        if (key == "limit") {
            info.limit = int(std::min(value, 1e9));
            any = true;
        } else if (key == "remaining") {
            info.remaining = int(std::min(value, 1e9));
            any = true;
        } else if (key == "reset") {
            info.resetSeconds = std::min(value, 86400.0);
            any = true;
        }
    }
    return any ? std::optional<RateLimitInfo>(info) : std::nullopt;
}

std::optional<double> RateLimitInfo::parseRetryAfter(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok)
        return seconds >= 0 && std::isfinite(seconds)
            ? std::optional<double>(std::min(seconds, 86400.0))
            : std::nullopt;
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::clamp(double(now.msecsTo(when)) / 1000.0, 0.0, 86400.0);
}
