#pragma once

#include "activityform.h"

class MarkupEditor;
class PersonField;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class WhatsAppTableModel;

//! The selected WhatsApp message: every field of Close's update request, the read-only record
//! of where it came from, Save (only what changed), Revert and Delete. Close never sends
//! WhatsApp messages, so there is no Send here. Widgets map model columns through a
//! QDataWidgetMapper; each edit is a pending edit in the model at once.
class WhatsAppForm : public ActivityForm
{
    Q_OBJECT

public:
    explicit WhatsAppForm(WhatsAppTableModel *model, QWidget *parent = nullptr);

    void setCurrentRow(int row) override;
    void save() override;
    void revert();
    //! Asks first (window-modal); the message goes once Close confirms.
    void deleteMessage();

private:
    // The constructor's pieces, in the order it calls them.
    void setUpFields();
    //! The fields, scrolling between the banner and the buttons when the window is short.
    QWidget *createFields();
    QLayout *createButtons();
    void setUpTabOrder();
    //! Each edit becomes a pending edit of the model at once.
    void connectFields();
    //! The buttons, and what the model says about the rows around this one.
    void connectActions();

    void commitPhone(QLineEdit *edit, const QString &text);
    void refresh() override;
    void fillReplyTo(int row);
    void removeAttachment();

    WhatsAppTableModel *m_model;
    QLabel *m_banner;
    MarkupEditor *m_text;
    QComboBox *m_direction;
    QLineEdit *m_remote;
    QLabel *m_remoteInfo;
    QLineEdit *m_localPhone;
    QLabel *m_localInfo;
    PersonField *m_contact;
    PersonField *m_user;
    QComboBox *m_replyTo;
    QDateTimeEdit *m_activityAt;
    QListWidget *m_attachments;
    QPushButton *m_removeAttachment;
    QLabel *m_record;
    QLabel *m_errors;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_delete;
};
