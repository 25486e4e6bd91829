#pragma once

#include "activityform.h"
#include "schedulepicker.h"

#include <QPointer>

class DraftEditor;
class ElidedLabel;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QMimeData;
class QConcatenateTablesProxyModel;
class QDateTimeEdit;
class QListWidget;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTimer;
class PersonField;
class SenderNumberModel;
class SmsTableModel;
class SmsTemplateModel;

//! The selected SMS: every field of Close's update request, the read-only fields people care
//! about, and the actions its status allows. Widgets map model columns through a
//! QDataWidgetMapper; each edit becomes a pending edit in the model at once, and only Save,
//! Send or Schedule talk to Close (through the model).
class SmsForm : public ActivityForm
{
    Q_OBJECT

public:
    static constexpr int undoSeconds = 5;

    explicit SmsForm(SmsTableModel *model, QWidget *parent = nullptr);

    void setCurrentRow(int row) override;
    //! The organization's numbers an SMS can be sent from, for the From picker (not owned).
    void setSenderModel(SenderNumberModel *numbers);
    //! The SMS templates, for the template picker (not owned).
    void setTemplateModel(SmsTemplateModel *templates);

    void save() override;
    void revert();
    void send();
    void schedule();
    void cancelSending();
    void undo();
    void deleteDraft();
    //! Takes the scheduled SMS back to draft, because its recipient replied since it was
    //! written (SmsSync::cancel(), as Close's workflows pause on a reply).
    void hold();

    //! Removes the selected attachment from the draft (a pending edit, saved with Save).
    void removeAttachment();
    //! Attach…: a file dialog for the kinds of file an MMS takes.
    void chooseFiles();
    //! Checks and uploads each file, then adds it to the draft (as Attach…, a drop or a paste
    //! do); what is refused is said under the attachments, and nothing of it is uploaded.
    void attachFiles(const QStringList &paths);
    //! A picture on the clipboard goes onto the draft as a PNG; false when there is none.
    bool pastePicture();
    //! Opens the attachment at `index` of the list (fetched with the rep's credentials).
    void openAttachment(int index);
    //! A new draft to the sender of this inbound SMS, from the number it came in on.
    void reply();
    //! A new draft with this failed SMS's text, recipient and number.
    void writeAgain();
    //! The message editor takes the focus (a new draft is opened for its text).
    void focusMessage();
    SenderNumberModel *senderModel() const { return m_senderModel; }
    //! "2 min ago", "just now", "on 3/4/25 9:41 AM": when `at` was, seen from `now`.
    static QString ago(const QDateTime &at, const QDateTime &now);

signals:
    void sendStarted(const QString &id);
    //! An attachment was written to `localPath` and handed to the desktop to open.
    void attachmentOpened(const QString &localPath);
    //! Close created the draft Reply or Write again asked for: open it.
    void draftOpened(const QString &id);
    //! An action the rep asked for could not be done; `why` says so in their words.
    void refused(const QString &why);
    //! The rep asked for a new SMS to the contact (by name, for New SMS's search).
    void newSmsTo(const QString &search);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    //! Says `text` under the attachments while the form is on the SMS `id`.
    void showAttachInfo(const QString &id, const QString &text, bool problem);
    //! Whether a drag or drop brings files or a picture the form takes.
    static bool bringsFiles(const QMimeData *mime);
    void dropFiles(const QMimeData *mime);
    // The constructor's pieces, in the order it calls them.
    void setUpFields();
    void setUpUndoBar();
    void setUpReplyBar();
    //! The fields, scrolling between the banner and the buttons when the window is short.
    QWidget *createFields();
    QLayout *createButtons();
    void setUpTabOrder();
    //! Each edit becomes a pending edit of the model at once.
    void connectFields();
    void connectActions();

    void refresh() override;
    //! The template the rep picked: its text, filled for this SMS, replaces the message.
    void chooseTemplate(int index);
    //! Inbound SMS came from the other party's number to the rep's: the labels say so.
    void labelNumbers(bool inbound);
    void showFieldErrors();
    void tickUndo();
    void createFollowUp(bool withText);
    //! The number and lead of the contact just chosen, where the draft's are not theirs.
    void followContact(const QString &id);
    void showUndo();
    //! Says, above the fields, that the recipient replied since the rep wrote this SMS: who,
    //! when (relative, kept current) and the first line of what they said; Hold for a
    //! scheduled one.
    void showReply();

    SmsTableModel *m_model;
    QLabel *m_banner;
    // Made right after the banner, so that Hold comes first in the tab order, where it shows.
    QWidget *m_replyBar;
    ElidedLabel *m_replyLabel; //!< who replied, when
    ElidedLabel *m_replyText; //!< what they said, on one line
    QPushButton *m_hold;
    QTimer *m_replyClock; //!< keeps "2 min ago" true while the notice shows
    QLabel *m_remoteLabel;
    QLabel *m_localLabel;
    QLineEdit *m_remote;
    QLabel *m_remoteInfo;
    QComboBox *m_local;
    QLabel *m_localInfo; //!< why the From number cannot text the recipient
    QComboBox *m_template;
    QLabel *m_templatePreview;
    PersonField *m_contact;
    PersonField *m_lead;
    PersonField *m_user;
    QDateTimeEdit *m_activityAt;
    QListWidget *m_attachments;
    QPushButton *m_removeAttachment;
    QPushButton *m_attach;
    QLabel *m_attachInfo; //!< what became of the last file attached, or why it was refused
    QString m_attachInfoId; //!< the SMS m_attachInfo speaks of
    DraftEditor *m_text;
    QLabel *m_details;
    QLabel *m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_send;
    QPushButton *m_schedule;
    QPushButton *m_cancel;
    QPushButton *m_delete;
    QPushButton *m_reply;
    QPushButton *m_writeAgain;
    SenderNumberModel *m_senderModel = nullptr;
    int m_followTicket = 0; //!< the draft Reply or Write again is waiting for
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QTimer *m_undoTimer;
    int m_undoLeft = 0;
    QString m_undoId;
    QPointer<SchedulePicker> m_picker;
    // The pickers show their model's rows between a "none" row and, for From, the draft's
    // numbers that are not the organization's.
    QStandardItemModel *m_noLocal;
    QStandardItemModel *m_otherLocals;
    QConcatenateTablesProxyModel *m_locals;
    QStandardItemModel *m_noTemplate;
    QConcatenateTablesProxyModel *m_templates;
};
