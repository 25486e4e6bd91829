#include "replylimit.h"

#include <QNetworkReply>

namespace {
constexpr char tooLargeProperty[] = "draftbox.tooLarge";
} // namespace

void limitReplySize(QNetworkReply *reply, qint64 maxBytes)
{
    const auto check = [reply, maxBytes] {
        if (reply->property(tooLargeProperty).toBool())
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced <= maxBytes && reply->bytesAvailable() <= maxBytes)
            return;
        reply->setProperty(tooLargeProperty, true);
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, check);
    QObject::connect(reply, &QIODevice::readyRead, reply, check);
}

bool wasTooLarge(const QNetworkReply *reply)
{
    return reply && reply->property(tooLargeProperty).toBool();
}
