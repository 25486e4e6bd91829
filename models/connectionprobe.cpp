#include "connectionprobe.h"

#include "closeclient.h"
#include "closeuser.h"

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent)
    , m_client(new CloseClient(this))
{
    CloseClient::Policy policy;
    policy.transferTimeoutMs = 15000;
    policy.maxTransientRetries = 0; // the rep is waiting for an answer, not a retry
    policy.maxRateLimitRetries = 0;
    m_client->setPolicy(policy);
}

ConnectionProbe::~ConnectionProbe()
{
    cancel();
}

void ConnectionProbe::test(const Credentials &credentials)
{
    cancel();
    const QString refused = credentials.secret.isEmpty() ? tr("Enter an API key or a token first.")
                                                         : applyCredentials(m_client, credentials);
    if (!refused.isEmpty()) {
        ApiError error;
        error.category = credentials.secret.isEmpty() ? ApiError::Category::Unauthorized
                                                      : ApiError::Category::Insecure;
        error.message = refused;
        // Queued, so every answer arrives the same way: after test() returned.
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished(false, {}, {}, error); }, Qt::QueuedConnection);
        return;
    }
    m_call = m_client->me();
    connect(m_call, &CloseCall::finished, this, [this](const ApiResult &result) {
        m_call.clear();
        if (result.error.category == ApiError::Category::Canceled)
            return;
        const auto user = CloseUser::fromJson(result.object());
        if (result.ok() && user)
            emit finished(true, user->displayName(), user->organizationName(), {});
        else
            emit finished(false, {}, {}, result.error);
    });
}

void ConnectionProbe::cancel()
{
    if (m_call)
        m_call->cancel();
    m_call.clear();
}
