#pragma once

#include <QMainWindow>
#include <QPointer>

class ConnectionState;
class DesktopPreferences;
class ErrorLogModel;
class ErrorPanel;
class QActionGroup;
class QLabel;
class QSettings;
class QTabWidget;
class QTableView;
class QToolButton;
class SmsForm;
class SmsTableModel;
class SmsWorkspace;
class WhatsAppTableModel;
class WhatsAppWorkspace;

//! The shell: two workspaces in tabs (SmsWorkspace, WhatsAppWorkspace), the menus and their
//! shortcuts, problems in a dock below, the connection and counts in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { SmsTab, WhatsAppTab };

    MainWindow(SmsTableModel *sms, WhatsAppTableModel *whatsapp, ErrorLogModel *log,
               QWidget *parent = nullptr);

    //! Window size and place, docks, splitters, the tab, the filters and the appearance, as the
    //! rep left them (QSettings). DraftboxApp restores them at start, saves them on the way out.
    //! The language is saved when chosen; restoring only checks it in View → Language.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);
    void showAbout();

    void setConnectionDescription(const QString &where);
    //! On the built-in sandbox's sample data, a banner above the tabs says so and offers to
    //! connect a Close account; gone once one is.
    void setOnSampleData(bool onSampleData);
    //! The status bar shows what `state` says (online, offline with what waits, key refused),
    //! and Refresh (F5) asks Close at once while it is not online.
    void setConnectionState(ConnectionState *state);
    //! How current the lists are (EventSync::freshness()), in the status bar; empty: nothing.
    void setFreshness(const QString &text);
    //! A passing message in the status bar, e.g. where the key was stored.
    void showMessage(const QString &message);

    //! The SMS form, for the sender numbers and templates DraftboxApp fetches.
    SmsForm *form() const;
    //! The SMS list (the benchmark watches it paint).
    QTableView *list() const;

    //! Preferences → notifications and the tray, for DesktopIntegration to follow.
    DesktopPreferences *desktopPreferences() const { return m_desktop; }
    //! Shows the window raised and active (from the tray, a notification), on the activity `id`
    //! if given, as if the rep opened it (it is read); with `reply`, the reply box of its
    //! conversation takes the focus.
    void bringUp(const QString &id = {}, bool reply = false);
    //! Whether the rep is looking at the SMS: the window is active on it, or on its
    //! conversation in the conversations view.
    bool isShowing(const QString &id) const;
    //! File → Quit: closes the window to end Draftbox, even where a close keeps it in the tray.
    void quit();
    //! A close that quit() asked for is under way.
    bool isQuitting() const { return m_quitting; }

signals:
    //! The rep asked to connect to Close (File → Connect to Close…).
    void connectRequested(const QString &reason);

private:
    //! Brings the window whole onto the available geometry of the screen it is on.
    void keepOnScreen();
    void createMenus();
    //! Saves the language chosen under View → Language (empty: the system's) for the next start.
    void chooseLanguage(const QString &choice);
    //! Shows the activity in its tab and form, clearing the filters that hide it.
    void openActivity(const QString &id);
    QWidget *createSampleDataBanner();
    //! The status bar's "3 problems" button: the count of standing problems, hidden at none.
    void updateProblemsButton();

    SmsTableModel *m_smsModel;
    WhatsAppTableModel *m_whatsappModel;
    ErrorLogModel *m_log;
    SmsWorkspace *m_sms;
    WhatsAppWorkspace *m_whatsapp;
    QTabWidget *m_tabs;
    ErrorPanel *m_errors;
    QLabel *m_where;
    QLabel *m_online;
    QLabel *m_counts;
    QLabel *m_fresh;
    QToolButton *m_problems;
    QWidget *m_sampleBanner = nullptr;
    QPointer<ConnectionState> m_connection;
    QActionGroup *m_appearances = nullptr;
    QActionGroup *m_languages = nullptr;
    DesktopPreferences *m_desktop = nullptr;
    bool m_quitting = false;
};
