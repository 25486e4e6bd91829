#include "sandboxfixture.h"

SandboxFixture::SandboxFixture(int seedCount, int rateLimit, int latencyMs)
{
    SandboxConfig config;
    config.seedCount = seedCount;
    config.rateLimit = rateLimit;
    config.latencyMs = latencyMs;
    server = std::make_unique<SandboxServer>(config);
    QString error;
    started = server->start(&error);
    if (!started)
        qWarning("sandbox did not start: %s", qPrintable(error));
    client = std::make_unique<CloseClient>();
    client->setBaseUrl(server->baseUrl());
    client->setApiKey(config.apiKey);
    CloseClient::Policy policy;
    policy.backoffBaseMs = 20;
    policy.transferTimeoutMs = 5000;
    client->setPolicy(policy);
    http = std::make_unique<TestHttp>(server->baseUrl());
}

void SandboxFixture::queueFaults(const QStringList &faults)
{
    http->post(QStringLiteral("_sandbox/faults/"),
               {{QStringLiteral("next"), QJsonArray::fromStringList(faults)}});
}
