#pragma once

#include "sandboxapi.h"
#include "sandboxconfig.h"

#include "ratelimiter.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>
#include <QUrl>

#include <optional>

//! The sandbox's HTTP front on Qt HttpServer: authentication (Basic API key or Bearer token),
//! the per-key rate limit with Close's `RateLimit` header, injected faults and latency. Every
//! request it lets through is answered by SandboxApi.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxConfig &config, QObject *parent = nullptr);

    //! Loads or seeds the data and starts listening.
    bool start(QString *error);
    //! e.g. http://127.0.0.1:41234/api/v1/
    QUrl baseUrl() const;
    SandboxApi &api() { return m_api; }
    const SandboxConfig &config() const { return m_config; }
    //! Faults injected so far (random and queued), for soak figures.
    int faultsInjected() const { return m_faultsInjected; }
    //! Requests that came with a key it accepts (rate-limited ones included).
    int authenticatedRequests() const { return m_authenticated; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    enum class Fault { None, ServerError, Unavailable, DropBefore, DropAfter, Stall };

    Fault rollFault();
    SandboxResponse queueFaults(const QByteArray &body);
    std::optional<QString> credential(const QHttpServerRequest &request) const;
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, SandboxResponse response);
    void write(const QHttpServerRequest &request, QTcpSocket *socket,
               const SandboxResponse &response);

    SandboxConfig m_config;
    SandboxApi m_api;
    RateLimiter m_limiter;
    QRandomGenerator m_faultRandom;
    QList<Fault> m_queuedFaults; //!< forced faults for the next requests, for deterministic tests
    quint16 m_port = 0;
    int m_faultsInjected = 0;
    int m_authenticated = 0;
};
