#pragma once

#include "credentials.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;
struct ApiError;

namespace Ui {
class ConnectDialog;
}

//! Signs Draftbox in to Close: an API key (masked) or an OAuth token, and the API's URL.
//! "Test connection" asks Close who the key belongs to; Connect does the same and closes only
//! once Close said yes. "Try with sample data" picks the built-in sandbox instead. The dialog
//! asks nothing of Close itself: whoever opens it answers testRequested() with showTestResult().
//! The layout is connectdialog.ui; every widget has an objectName (secretEdit, urlEdit,
//! tokenButton, testButton, connectResult, connectButton, sampleDataButton…).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Account, SampleData };

    //! What the dialog knows of Close's addresses without asking it.
    struct Addresses
    {
        QUrl defaultUrl; //!< filled in for a new account
        std::function<QString(const QUrl &)> whyRefused; //!< empty: the URL may be used
    };

    explicit ConnectDialog(Addresses addresses, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    //! Fills the form from what is in use or remembered.
    void setCredentials(const Credentials &credentials);
    //! What to tell the rep when Close refused these credentials (a 401 in their words).
    static QString refusal(const ApiError &error, bool token);
    //! Why the dialog opened, e.g. Close refused the key; shown above the form.
    void setReason(const QString &reason);

    Credentials credentials() const;
    Choice choice() const { return m_choice; }

    //! The answer to the last testRequested(): on success the user's and organization's names.
    void showTestResult(bool ok, const QString &user, const QString &organization,
                        const ApiError &error);

signals:
    //! "Test connection" or "Connect": who do these credentials belong to?
    void testRequested(const Credentials &credentials);
    //! The rep no longer waits for the answer (they chose sample data).
    void testCanceled();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitMessages();
    void updateState();
    void startTest(bool thenAccept);

    Addresses m_addresses;
    const std::unique_ptr<Ui::ConnectDialog> m_ui;
    // Added to m_ui->buttonBox in the constructor: a .ui gives a button box standard buttons only.
    QPushButton *m_connect = nullptr;
    QPushButton *m_sample = nullptr;
    Choice m_choice = Choice::Account;
    bool m_acceptWhenOk = false;
    bool m_testing = false;
};
