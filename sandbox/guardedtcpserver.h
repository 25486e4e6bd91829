#pragma once

#include <QTcpServer>

//! The sandbox's listening socket, with the limits Qt HttpServer 6.4 lacks: at most
//! `maxConnections` open at once (more are closed at once), a connection silent for
//! `idleTimeoutMs` or a request unanswered after `requestTimeoutMs` is closed, and a request
//! larger than `maxBodyBytes` is answered 413 without being read into memory.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        int maxConnections = 100;
        int idleTimeoutMs = 30000;
        int requestTimeoutMs = 120000;
        qint64 maxBodyBytes = 16 * 1024 * 1024;
    };

    explicit GuardedTcpServer(const Limits &limits, QObject *parent = nullptr);

    int openConnections() const { return m_open; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    Limits m_limits;
    int m_open = 0;
};
