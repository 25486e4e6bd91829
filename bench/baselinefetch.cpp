// The bare-Qt floor of loading every SMS and WhatsApp message: a QCoreApplication and one
// QNetworkAccessManager asking for every page of both at once (QNAM runs six connections to the
// host and queues the rest), reading each answer whole and decoding nothing. draftbox-bench
// starts it as a whole process, like the app, and compares: it prints `fetched_ns <monotonic ns>
// pages <n> bytes <n> failed <n>` when the last answer is in, then quits.
//
//   draftbox-bench-baseline-fetch --api-url <sandbox base url> --count <N>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QStringList>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const QUrl base(args.value(args.indexOf(QStringLiteral("--api-url")) + 1));
    const int count = args.value(args.indexOf(QStringLiteral("--count")) + 1).toInt();
    if (!base.isValid() || base.isRelative() || count <= 0 || count > 1000000) {
        std::fputs("draftbox-bench-baseline-fetch --api-url <url> --count <N>\n", stderr);
        return 2;
    }
    const QByteArray key = qgetenv("CLOSE_API_KEY");

    QNetworkAccessManager nam;
    int pending = 0;
    int failed = 0;
    qint64 bytes = 0;
    const int pages = (count + 99) / 100;
    for (const char *path : {"activity/sms/", "activity/whatsapp_message/"}) {
        for (int page = 0; page < pages; ++page) {
            QNetworkRequest request(base.resolved(QUrl(QStringLiteral("%1?_skip=%2&_limit=100")
                                                           .arg(QLatin1String(path))
                                                           .arg(page * 100))));
            request.setRawHeader("Authorization", "Basic " + QByteArray(key + ':').toBase64());
            QNetworkReply *reply = nam.get(request);
            ++pending;
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
                bytes += reply->readAll().size();
                failed += reply->error() != QNetworkReply::NoError ? 1 : 0;
                reply->deleteLater();
                if (--pending > 0)
                    return;
                const qint64 now = QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs();
                std::printf("fetched_ns %lld pages %d bytes %lld failed %d\n",
                            static_cast<long long>(now), 2 * pages, static_cast<long long>(bytes),
                            failed);
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    }
    return app.exec();
}
