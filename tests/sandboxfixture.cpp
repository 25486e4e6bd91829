#include "sandboxfixture.h"

namespace {
SandboxConfig configWith(int seedCount, int rateLimit, int latencyMs)
{
    SandboxConfig config;
    config.seedCount = seedCount;
    config.rateLimit = rateLimit;
    config.latencyMs = latencyMs;
    return config;
}
} // namespace

SandboxFixture::SandboxFixture(int seedCount, int rateLimit, int latencyMs)
    : SandboxFixture(configWith(seedCount, rateLimit, latencyMs))
{ }

SandboxFixture::SandboxFixture(const SandboxConfig &config)
{
    server = std::make_unique<SandboxServer>(config);
    QString error;
    started = server->start(&error);
    if (!started)
        qWarning("sandbox did not start: %s", qPrintable(error));
    client = std::make_unique<CloseClient>();
    started = started && client->setBaseUrl(server->baseUrl()).isEmpty();
    client->setApiKey(config.apiKey);
    CloseClient::Policy policy;
    policy.backoffBaseMs = 20;
    policy.transferTimeoutMs = 5000;
    client->setPolicy(policy);
    http = std::make_unique<TestHttp>(server->baseUrl());
}

bool SandboxFixture::queueFaults(const QStringList &faults)
{
    return http->post(QStringLiteral("_sandbox/faults/"),
                      {{QStringLiteral("next"), QJsonArray::fromStringList(faults)}})
               .status
        == 200;
}
