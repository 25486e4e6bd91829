#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

//! How a sandbox runs: credentials, sample data, persistence, limits and injected faults.
struct SandboxConfig
{
    QString apiKey = QStringLiteral("sandbox-demo-key");
    QString oauthToken = QStringLiteral("sandbox-demo-token");
    int seedCount = 50; //!< sample SMS and WhatsApp messages each
    quint32 randomSeed = 20261122; //!< makes the sample data and the faults reproducible
    QString dataFile; //!< empty: state lives in memory only
    int rateLimit = 100; //!< requests a second per key; 0 turns limiting off
    int maxSkip = 0; //!< the deepest _skip a list takes before a 400; 0: no maximum
    double faultRate = 0.0; //!< fraction of requests answered with a fault
    int latencyMs = 0;
    int replyEverySeconds = 0; //!< an inbound reply to a recent outbound SMS this often; 0: none
    int stallMs = 30000; //!< how long a stalled reply holds the connection before dropping it
    int maxConnections = 100; //!< open at once; more are closed at once
    int idleTimeoutMs = 30000; //!< a connection silent this long is closed
    qint64 maxBodyBytes = 16 * 1024 * 1024; //!< a larger request is answered 413
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0;

    //! Parses the draftbox-sandbox command line; nullopt with a message for --help or an error.
    static std::optional<SandboxConfig> fromArguments(const QStringList &arguments,
                                                      QString *message, bool *isError);
};
