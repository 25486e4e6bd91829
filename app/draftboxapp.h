#pragma once

#include "connectdialog.h"
#include "credentialstore.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <thread>

class AccountLock;
class CloseClient;
class ActivityCache;
class DesktopIntegration;
class ConnectionProbe;
class EventSync;
class ConnectionState;
class EditJournal;
class ReadMarks;
class ErrorLog;
class ErrorLogModel;
class MainWindow;
class QCommandLineParser;
class SandboxServer;
class SenderNumberModel;
class SingleInstance;
class SmsTableModel;
class SmsTemplateModel;
class WhatsAppTableModel;

//! The composition root: one client, the models, the window, and where they point: the
//! built-in sandbox or a Close account. It picks the start (the command line, CLOSE_API_KEY,
//! the remembered account, else sample data) and switches when the rep connects.
class DraftboxApp : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        bool sandbox = false; //!< --sandbox: sample data whatever is remembered
        QUrl apiUrl; //!< --api-url
        QString environmentKey; //!< CLOSE_API_KEY: used, never remembered
        int sampleCount = 60; //!< SMS in the sandbox's sample data
    };

    explicit DraftboxApp(QObject *parent = nullptr);
    ~DraftboxApp() override;

    //! The application's names, version and icon: before anything reads settings.
    static void describeApplication();
    //! Installs the translations of the language chosen under View → Language, else of the
    //! system's (see Language): after describeApplication(), before anything makes a text.
    static void chooseLanguage();
    //! Adds Draftbox's options (--sandbox, --api-url, help and version) to `parser`.
    static void addOptions(QCommandLineParser &parser);
    //! What the processed `parser` and the environment (CLOSE_API_KEY) ask for. The key is
    //! taken out of the environment (takeEnvironmentKey()).
    static Options optionsFrom(const QCommandLineParser &parser);
    //! CLOSE_API_KEY, removed from the environment and blanked: no child process inherits it.
    static QString takeEnvironmentKey();

    //! The scope (see openJournal()) start() will open with `options`, known before any window
    //! and without the keyring (the remembered account's URL is in the settings): what a
    //! launch is one instance of. Empty if start() will refuse the options. It can still turn
    //! out otherwise (the keyring no longer has the key: sample data), and start() copes.
    static QString scopeAtStart(const Options &options);
    //! The lock main() took for scopeAtStart(): used by start() instead of taking it again, and
    //! later launches for that scope are listened for at once.
    void adoptAccountLock(std::unique_ptr<AccountLock> lock);

    //! Shows the window and starts on what the options and the remembered account say.
    //! Returns why it cannot (an insecure --api-url, or the account is open in another
    //! Draftbox), or an empty string.
    QString start(const Options &options);

    //! Points everything at the built-in sandbox with sample data (started on first use).
    bool useSampleData();
    //! Points everything at a Close account; `remember` stores the secret in the keyring.
    //! Returns why it cannot (the URL, or the account is open in another Draftbox).
    QString useAccount(const Credentials &credentials, bool remember);
    //! Opens the connect dialog (once); `reason` says why, e.g. Close refused the key.
    void openConnectDialog(const QString &reason = {});

    bool isOnSampleData() const;
    MainWindow *window() const { return m_window.get(); }
    CloseClient *client() const { return m_client.get(); }
    SmsTableModel *sms() const { return m_sms.get(); }
    WhatsAppTableModel *whatsapp() const { return m_whatsapp.get(); }
    ErrorLogModel *log() const { return m_log.get(); }
    //! The numbers SMS can be sent from and the SMS templates of where Draftbox points.
    SenderNumberModel *senderNumbers() const { return m_senders; }
    SmsTemplateModel *smsTemplates() const { return m_templates; }
    CredentialStore *credentialStore() const { return m_store; }
    ConnectDialog *connectDialog() const { return m_dialog; }
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    EditJournal *journal() const { return m_journal.get(); }
    ConnectionState *connectionState() const { return m_connection; }
    //! The account's local copy of its messages; nullptr when none could be opened.
    ActivityCache *cache() const { return m_cache.get(); }
    EventSync *events() const { return m_events; }
    //! Whether this process holds the lock of the files of the data in use (AccountLock): the
    //! journal and the read marks are opened only once it is taken (openJournal()). False
    //! before any data is in use, or where the data folder cannot hold a lock file. Within
    //! openJournal() the lock of the scope being opened is held already, and this says so only
    //! once it returns: a file opened there needs no check of its own.
    bool holdsAccountLock() const;
    DesktopIntegration *desktop() const { return m_desktop.get(); }

signals:
    //! Everything points somewhere new and the first page is on its way.
    void switched();

private:
    void reloadEverything();
    //! Asks Close for the account's numbers, templates and user (again, when an earlier ask
    //! failed and Close answers now).
    void askAccount();
    //! Takes the lock of the files of `scope` unless this process has it; else tells the rep
    //! who has it and returns that, and nothing changes. Before Draftbox points anywhere new.
    QString claimScope(const QString &scope);
    //! The journal of unsaved edits for where Draftbox now points (one per account), and the
    //! account's other files: only ever after claimScope(scope), so with its lock held. Then
    //! the previous scope's lock goes, and later launches for this one come here.
    void openJournal(const QString &scope);
    //! The account's local cache (one per account), given to both lists.
    void openCache(const QString &scope);
    //! A later launch for the data in use asked for the window.
    void bringToFront(const QStringList &arguments);
    void describe(const QString &where);
    //! Before other data is used: what belonged to the data in use goes (its problems).
    void leavePreviousData();

    std::unique_ptr<CloseClient> m_client;
    std::unique_ptr<ErrorLog> m_problems; //!< what went wrong; m_log shows it
    std::unique_ptr<ErrorLogModel> m_log;
    std::unique_ptr<SmsTableModel> m_sms;
    std::unique_ptr<WhatsAppTableModel> m_whatsapp;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DesktopIntegration> m_desktop; //!< notifications and the tray, on m_window
    std::unique_ptr<SandboxServer> m_sandbox;
    //! The lock of the files below (and of any file of the account's added beside them):
    //! declared before them, so it goes after they are written on the way out.
    std::unique_ptr<AccountLock> m_lock;
    std::unique_ptr<AccountLock> m_claimed; //!< taken for the scope being switched to
    std::unique_ptr<EditJournal> m_journal;
    std::unique_ptr<ReadMarks> m_readMarks; //!< the account's, beside its journal
    std::unique_ptr<ActivityCache> m_cache; //!< the account's, beside its journal
    CredentialStore *m_store;
    ConnectionProbe *m_probe;
    ConnectionState *m_connection;
    SenderNumberModel *m_senders;
    SmsTemplateModel *m_templates;
    EventSync *m_events; //!< keeps both lists current from Close's event log
    SingleInstance *m_instance; //!< listens for later launches for the data in use
    QPointer<ConnectDialog> m_dialog;
    QString m_where;
    QString m_keyNote;
    bool m_onSampleData = false;
    bool m_accountUnknown = false; //!< an ask of askAccount() failed: ask again once online
    int m_accountAsked = 0; //!< which askAccount() the answers belong to
    bool m_hadData = false; //!< sample data or an account has been in use
    std::thread m_phoneMetadata; //!< loads libphonenumber's tables while the window opens
    int m_sampleCount = 60;
    bool m_started = false; //!< the window is as the settings say: save them on the way out
};
