#pragma once

#include "closeclient.h"
#include "sandboxserver.h"
#include "testhttp.h"

#include <memory>

//! An in-process sandbox on a loopback port, a CloseClient pointed at it (fast retries), and a
//! TestHttp to check what the sandbox holds independently of the client.
struct SandboxFixture
{
    explicit SandboxFixture(int seedCount = 60, int rateLimit = 0, int latencyMs = 0);
    explicit SandboxFixture(const SandboxConfig &config);

    bool ok() const { return started; }
    QJsonObject sms(const QString &id)
    {
        return http->get(QStringLiteral("activity/sms/%1/").arg(id)).json;
    }
    int sends(const QString &id)
    {
        return http->get(QStringLiteral("_sandbox/sends/"))
            .json.value(QLatin1String("sends"))
            .toObject()
            .value(id)
            .toInt();
    }
    //! Forces the faults of the next requests (see the sandbox's POST /_sandbox/faults/).
    bool queueFaults(const QStringList &faults);

    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<CloseClient> client;
    std::unique_ptr<TestHttp> http;
    bool started = false;
};
