#pragma once

#include "credentials.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
struct ApiError;

//! Signs Draftbox in to Close: an API key (masked) or an OAuth token, and the API's URL.
//! "Test connection" asks Close who the key belongs to; Connect does the same and closes only
//! once Close said yes. "Try with sample data" picks the built-in sandbox instead. The dialog
//! asks nothing of Close itself: whoever opens it answers testRequested() with showTestResult().
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

    //! Fills the form from what is in use or remembered.
    void setCredentials(const Credentials &credentials);
    //! Why the dialog opened, e.g. Close refused the key; shown above the form.
    void setReason(const QString &reason);

    Credentials credentials() const;
    Choice choice() const { return m_choice; }

    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *urlEdit() const { return m_url; }
    QRadioButton *tokenButton() const { return m_token; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *connectButton() const { return m_connect; }
    QPushButton *sampleDataButton() const { return m_sample; }
    QLabel *resultLabel() const { return m_result; }

    //! The answer to the last testRequested(): on success the user's and organization's names.
    void showTestResult(bool ok, const QString &user, const QString &organization,
                        const ApiError &error);

signals:
    //! "Test connection" or "Connect": who do these credentials belong to?
    void testRequested(const Credentials &credentials);
    //! The rep no longer waits for the answer (they chose sample data).
    void testCanceled();

private:
    void updateState();
    void startTest(bool thenAccept);

    Addresses m_addresses;
    QLabel *m_reason;
    QRadioButton *m_key;
    QRadioButton *m_token;
    QLabel *m_secretLabel;
    QLineEdit *m_secret;
    QLineEdit *m_url;
    QLabel *m_urlProblem;
    QPushButton *m_test;
    QLabel *m_result;
    QPushButton *m_sample;
    QPushButton *m_connect;
    QDialogButtonBox *m_buttons;
    Choice m_choice = Choice::Account;
    bool m_acceptWhenOk = false;
    bool m_testing = false;
};
