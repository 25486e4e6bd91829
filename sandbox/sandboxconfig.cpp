#include "sandboxconfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>

std::optional<SandboxConfig> SandboxConfig::fromArguments(const QStringList &arguments,
                                                          QString *message, bool *isError)
{
    SandboxConfig config;
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "SandboxConfig",
        "A local stand-in for the Close REST API (SMS and WhatsApp activities) for Draftbox.\n"
        "Prints its base URL on the first line of standard output."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port({QStringLiteral("p"), QStringLiteral("port")},
                                  QStringLiteral("TCP port; 0 picks a free one."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  QStringLiteral("Address to listen on (loopback by default)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("Create N sample SMS and N sample WhatsApp messages."), QStringLiteral("N"),
        QString::number(config.seedCount));
    const QCommandLineOption randomSeed(
        QStringLiteral("random-seed"), QStringLiteral("Seed for sample data and faults."),
        QStringLiteral("number"), QString::number(config.randomSeed));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("Keep the state in FILE (loaded if it exists)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    QStringLiteral("The API key clients must send (Basic auth)."),
                                    QStringLiteral("key"), config.apiKey);
    const QCommandLineOption token(QStringLiteral("oauth-token"),
                                   QStringLiteral("The OAuth token clients may send (Bearer)."),
                                   QStringLiteral("token"), config.oauthToken);
    const QCommandLineOption rate(QStringLiteral("rate-limit"),
                                  QStringLiteral("Requests a second per key before 429; 0 is off."),
                                  QStringLiteral("N"), QString::number(config.rateLimit));
    const QCommandLineOption faults(
        QStringLiteral("fault-rate"),
        QStringLiteral("Fraction of requests answered with a 500, a 503, "
                       "a dropped connection or a stalled reply."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every answer by MS milliseconds."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption stall(QStringLiteral("stall"),
                                   QStringLiteral("How long a stalled reply hangs before the "
                                                  "connection is dropped."),
                                   QStringLiteral("MS"), QString::number(config.stallMs));
    const QCommandLineOption replies(
        QStringLiteral("replies-every"),
        QStringLiteral("Every S seconds one of the contacts texted last replies (an inbound SMS), "
                       "so an app can be watched receiving them; 0 is never."),
        QStringLiteral("S"), QStringLiteral("0"));
    const QCommandLineOption maxSkip(
        QStringLiteral("max-skip"),
        QStringLiteral("Lists answer a _skip above N with a 400 that says to narrow with "
                       "date_created ranges, as Close does past its deepest page; 0 is no "
                       "maximum."),
        QStringLiteral("N"), QString::number(config.maxSkip));
    parser.addOptions({port, bind, seed, randomSeed, data, apiKey, token, rate, faults, latency,
                       stall, replies, maxSkip});

    *isError = true;
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *isError = false;
        *message = parser.isSet(help) ? parser.helpText()
                                      : QCoreApplication::applicationName() + QLatin1Char(' ')
                + QCoreApplication::applicationVersion();
        return std::nullopt;
    }

    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, double low, double high) {
        bool valid = false;
        const double value = parser.value(option).toDouble(&valid);
        if (!valid || value < low || value > high) {
            *message = QStringLiteral("--%1 must be a number from %2 to %3.")
                           .arg(option.names().constLast())
                           .arg(low)
                           .arg(high);
            ok = false;
        }
        return value;
    };
    config.port = quint16(number(port, 0, 65535));
    config.seedCount = int(number(seed, 0, 1000000));
    config.randomSeed = quint32(number(randomSeed, 0, 4294967295.0));
    config.rateLimit = int(number(rate, 0, 1000000));
    config.maxSkip = int(number(maxSkip, 0, 1000000000));
    config.faultRate = number(faults, 0, 1);
    config.latencyMs = int(number(latency, 0, 600000));
    config.stallMs = int(number(stall, 0, 600000));
    config.replyEverySeconds = int(number(replies, 0, 86400));
    config.dataFile = parser.value(data);
    config.apiKey = parser.value(apiKey);
    config.oauthToken = parser.value(token);
    if (!config.address.setAddress(parser.value(bind))) {
        *message = QStringLiteral("--bind needs an IP address.");
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return config;
}
