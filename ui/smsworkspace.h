#pragma once

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QWidget>

class ActivityFilterProxy;
class ConversationModel;
class ErrorLogModel;
class ListPane;
class PageLoader;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class ReplyBox;
class SmsBulkAction;
class SmsForm;
class SmsTableModel;

//! The SMS tab: status chips with their counts, search and the lead filter over the list on the
//! left (with a bar for what to do with several selected drafts), the selected SMS's form on the
//! right. Every page of SMS is loaded: the counts and filters cover them all.
class SmsWorkspace : public QWidget
{
    Q_OBJECT

public:
    SmsWorkspace(SmsTableModel *model, ErrorLogModel *log, QWidget *parent = nullptr);

    SmsForm *form() const { return m_form; }
    QTableView *list() const { return m_list; }
    QTreeView *conversations() const { return m_tree; }
    ReplyBox *replyBox() const { return m_reply; }
    //! The SMS as conversations (one per person, their messages under them) or as the list.
    bool isConversationView() const { return m_conversationView; }
    void setConversationView(bool on);
    //! "N SMS", and whether more are on their way (for the status bar).
    QString countText() const { return m_countText; }

    //! Selects the SMS in the list (and the form), if the filters show it.
    bool selectActivity(const QString &id);
    //! Selects the SMS, clearing the filters that hide it, and puts the focus on the list.
    void reveal(const QString &id);
    //! The search field takes the focus (Ctrl+F).
    void focusSearch();
    //! The splitter as the rep left it: applied once the tab shows (at its real width; a
    //! splitter restored before its tab was ever laid out squeezes the sizes to fit nothing).
    void restoreSplitter(const QByteArray &state);
    QByteArray splitterState() const;
    //! The chips, the search and the lead chosen, in the current group of `settings`.
    void saveFilters(QSettings &settings) const;
    void restoreFilters(QSettings &settings);

    //! The selected drafts, by id (the bulk actions work on these).
    QStringList selectedDrafts() const;
    //! New SMS: asks who to (starting the search with `search`), creates the draft in Close,
    //! then opens it with the focus in its message.
    void newSms(const QString &search = {});
    //! Opens a draft just created, clearing the filters that hide it; the message takes the focus.
    void openDraft(const QString &id);
    void sendSelected();
    void scheduleSelected();
    void deleteSelected();

signals:
    //! A passing message for the status bar.
    void message(const QString &text);
    //! Something went wrong that the Problems panel tells of.
    void problemsToShow();
    void countTextChanged(const QString &text);
    void conversationViewChanged(bool on);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applySplitterState();
    QStringList checkedStatuses() const;
    void updateFilter();
    void updateCounts();
    void currentChanged();
    //! The row in the model the view shown has current (a conversation's latest SMS); -1.
    int currentRow() const;
    //! The reply box answers what is open: a received SMS, or the conversation.
    void updateReplyTarget();
    //! Opens the reply Close made a draft of, and sends it with the undo window.
    void sendReply(const QString &id);
    void expandConversations();
    //! Deletes a draft New SMS or Reply made, if it is still empty as it was made.
    void discardIfEmpty(const QString &id);
    bool isDraft(int proxyRow) const;
    //! Opens the SMS in the form as the window's choice, not the rep's.
    void openOnRow(int proxyRow);
    //! Keeps what the rep has open or selected in the list, whatever the filters say.
    void updatePins();
    //! What the rep has open in the form or selected in the list.
    QSet<QString> heldIds() const;
    void updateNoMatchNote();
    void updateLeads(const QMap<QString, int> &counts);
    void updateBulkBar();
    //! Send all over these drafts: asks, naming those Close would refuse (left as drafts) and
    //! those who replied since their draft was written.
    void askToSend(const QStringList &drafts);
    //! Sends `ids` as the rep agreed, unless someone other than the `acknowledged` replied
    //! meanwhile: then asks again.
    void sendConfirmed(const QStringList &ids, const QStringList &acknowledged);
    //! Asks once (window-modal) and runs the action over `ids` if the rep agrees.
    void confirmBulk(const QString &question, const QString &verb, const QStringList &ids, int kind,
                     const QDateTime &when = {});
    //! Send all, when some of the recipients replied since their draft was written: says who,
    //! and offers to send only the others.
    void confirmSendWithReplies(const QString &question, const QStringList &ids,
                                const QStringList &replied);
    void runBulk(int kind, const QStringList &ids, const QDateTime &when);
    QWidget *createBulkBar();

    SmsTableModel *m_model;
    ErrorLogModel *m_log;
    PageLoader *m_pages;
    ActivityFilterProxy *m_proxy;
    QTableView *m_list;
    ListPane *m_pane;
    SmsForm *m_form;
    ConversationModel *m_conversations;
    QTreeView *m_tree;
    QToolButton *m_conversationToggle;
    ReplyBox *m_reply;
    QComboBox *m_lead;
    QMap<QString, QToolButton *> m_chips; //!< by status
    QSplitter *m_splitter;
    QTimer *m_countsTimer; //!< coalesces recounts: one pass per event-loop turn, not per change
    QString m_countText;
    QByteArray m_splitterState; //!< to restore once shown
    QWidget *m_bulkBar = nullptr;
    QLabel *m_bulkLabel = nullptr;
    QPushButton *m_bulkSend = nullptr;
    QPushButton *m_bulkSchedule = nullptr;
    QPushButton *m_bulkDelete = nullptr;
    QProgressBar *m_bulkProgress = nullptr;
    QPushButton *m_bulkStop = nullptr;
    SmsBulkAction *m_bulk = nullptr;
    bool m_bulkResultShown = false;
    QString m_restoredLead; //!< the lead filter to choose once the lead is listed
    bool m_removingCurrent = false; //!< the row in the form is leaving the list (deleted)
    bool m_repChose = false; //!< an SMS was opened: from now on only the rep picks one
    bool m_opening = false; //!< the window, not the rep, is opening an SMS in the form
    bool m_conversationView = false;
    QSet<QString> m_collapsed; //!< conversations the rep closed
    QSet<QString> m_freshDrafts; //!< made by New SMS, Reply or Write again, not yet left
};
