#include "connectionprobe.h"

#include "closeclient.h"
#include "closeuser.h"

ConnectionProbe::ConnectionProbe(CloseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

ConnectionProbe::~ConnectionProbe()
{
    cancel();
}

void ConnectionProbe::test(const Credentials &credentials)
{
    cancel();
    if (credentials.secret.isEmpty() || !m_client) {
        ApiError error;
        error.category = ApiError::Category::Unauthorized;
        error.message = tr("Enter an API key or a token first.");
        // Queued, so every answer arrives the same way: after test() returned.
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished(false, {}, {}, error); }, Qt::QueuedConnection);
        return;
    }
    // An insecure URL ends the call at once (Category::Insecure), before anything is sent.
    m_call = m_client->me(credentials);
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
