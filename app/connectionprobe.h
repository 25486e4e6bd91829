#pragma once

#include "apierror.h"
#include "credentials.h"

#include <QObject>
#include <QPointer>

class CloseCall;
class CloseClient;

//! Tries credentials before Draftbox switches to them: asks Close who they belong to (/me/)
//! through the app's one client, with these credentials for that call only, so the account in
//! use is left alone until the rep decides.
class ConnectionProbe : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionProbe(CloseClient *client, QObject *parent = nullptr);
    ~ConnectionProbe() override;

    //! Starts a test; one at a time, a new one replaces the last.
    void test(const Credentials &credentials);
    void cancel();
    bool isTesting() const { return !m_call.isNull(); }

signals:
    //! On success `user` is the user's name and `organization` the first organization's.
    void finished(bool ok, const QString &user, const QString &organization, const ApiError &error);

private:
    QPointer<CloseClient> m_client;
    QPointer<CloseCall> m_call;
};
