#pragma once

#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <QPointer>
#include <QSet>

class ActivityFilterProxy;
class ConnectionState;
class QActionGroup;
class ErrorLogModel;
class ErrorPanel;
class QLabel;
class QProgressBar;
class QPushButton;
class QComboBox;
class SmsBulkAction;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class SmsForm;
class SmsTableModel;
class QSettings;
class QSplitter;
class QTabWidget;
class WhatsAppTableModel;
class WhatsAppWorkspace;

//! Two workspaces in tabs: SMS (the list with filter chips and search on the left, the selected
//! SMS's form on the right) and WhatsApp (WhatsAppWorkspace); problems in a dock below, the
//! connection and counts in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Tab { SmsTab, WhatsAppTab };

    MainWindow(SmsTableModel *sms, WhatsAppTableModel *whatsapp, ErrorLogModel *log,
               QWidget *parent = nullptr);

    //! Window size and place, docks, splitters, the tab, the filters and the appearance, as the
    //! rep left them (QSettings). DraftboxApp restores them at start, saves them on the way out.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);
    void showAbout();

    void setConnectionDescription(const QString &where);
    //! The status bar shows what `state` says (online, offline with what waits, key refused),
    //! and Refresh (F5) asks Close at once while it is not online.
    void setConnectionState(ConnectionState *state);
    //! A passing message in the status bar, e.g. where the key was stored.
    void showMessage(const QString &message);

    SmsForm *form() const { return m_form; }
    WhatsAppWorkspace *whatsapp() const { return m_whatsapp; }
    QTabWidget *tabs() const { return m_tabs; }
    QSplitter *smsSplitter() const { return m_smsSplitter; }
    QTableView *list() const { return m_list; }
    ActivityFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }
    QToolButton *chip(const QString &status) const { return m_chips.value(status); }
    ErrorPanel *errorPanel() const { return m_errors; }
    //! Selects the SMS in the list (and the form), if the filters show it.
    bool selectActivity(const QString &id);
    //! The selected drafts, by id (the bulk actions work on these).
    QStringList selectedDrafts() const;
    QWidget *bulkBar() const { return m_bulkBar; }
    QPushButton *bulkSendButton() const { return m_bulkSend; }
    QPushButton *bulkScheduleButton() const { return m_bulkSchedule; }
    QPushButton *bulkDeleteButton() const { return m_bulkDelete; }
    QProgressBar *bulkProgress() const { return m_bulkProgress; }
    QComboBox *leadFilter() const { return m_lead; }

    void sendSelected();
    void scheduleSelected();
    void deleteSelected();

signals:
    //! The rep asked to connect to Close (File → Connect to Close…).
    void connectRequested(const QString &reason);

private:
    void updateFilter();
    void updateCounts();
    void currentChanged();
    //! Keeps what the rep has open or selected in the list, whatever the filters say.
    void updatePins();
    //! What the rep has open in the form or selected in the list.
    QSet<QString> heldIds() const;
    void updateBulkBar();
    //! Shows the activity in its tab and form, clearing the filters that hide it.
    void openActivity(const QString &id);
    //! What shows instead of the list when the search finds nothing, with a way back.
    QWidget *createNoMatchNote();
    void updateNoMatchNote();
    void updateLeads(const QMap<QString, int> &counts);
    //! Asks once (window-modal) and runs the action over `ids` if the rep agrees.
    void confirmBulk(const QString &question, const QString &verb, const QStringList &ids, int kind,
                     const QDateTime &when = {});
    void runBulk(int kind, const QStringList &ids, const QDateTime &when);

    SmsTableModel *m_model;
    WhatsAppTableModel *m_whatsappModel;
    ErrorLogModel *m_log;
    ActivityFilterProxy *m_proxy;
    QTableView *m_list;
    QLineEdit *m_search;
    QWidget *m_noMatch = nullptr;
    QLabel *m_noMatchText = nullptr;
    QMap<QString, QToolButton *> m_chips;
    SmsForm *m_form;
    WhatsAppWorkspace *m_whatsapp;
    QTabWidget *m_tabs;
    QSplitter *m_smsSplitter;
    ErrorPanel *m_errors;
    QLabel *m_where;
    QLabel *m_online;
    QPointer<ConnectionState> m_connection;
    QLabel *m_counts;
    QTimer *m_countsTimer; //!< coalesces recounts: one pass per event-loop turn, not per change
    QComboBox *m_lead;
    QWidget *m_bulkBar;
    QLabel *m_bulkLabel;
    QPushButton *m_bulkSend;
    QPushButton *m_bulkSchedule;
    QPushButton *m_bulkDelete;
    QProgressBar *m_bulkProgress;
    QPushButton *m_bulkStop;
    SmsBulkAction *m_bulk = nullptr;
    bool m_bulkResultShown = false;
    QActionGroup *m_appearances = nullptr;
    QString m_restoredLead; //!< the lead filter to choose once the lead is listed
    bool m_removingCurrent = false; //!< the row in the form is leaving the list (deleted)
    bool m_repChose = false; //!< an SMS was opened: from now on only the rep picks one
};
