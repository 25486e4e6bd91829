#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class RecipientModel;
class SenderNumberModel;
class SmsTableModel;
struct ApiError;

//! New SMS (Ctrl+N): the recipient chosen by typing a name, company or number (the people
//! Draftbox knows at once, then those Close finds), the number to send from (one that can text
//! their country), and Create draft. The draft is made in Close first, then opened in the form
//! for the message, so it is saved, scheduled, sent and undone as any draft. If Close does not
//! make it, the dialog stays as the rep left it, saying why.
class NewSmsDialog : public QDialog
{
    Q_OBJECT

public:
    NewSmsDialog(SmsTableModel *sms, const SenderNumberModel *senders, QWidget *parent = nullptr);

    //! Starts with this text in the To field (a name or number to look for).
    void setSearch(const QString &text);
    RecipientModel *recipients() const { return m_recipients; }

signals:
    //! Close created the draft: it is `id`, to open in the form.
    void created(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void searchChanged();
    void recipientChosen();
    void updateState();
    void create();
    void refused(const ApiError &error);

    SmsTableModel *m_sms;
    RecipientModel *m_recipients;
    SenderNumberModel *m_senders;
    QLineEdit *m_to;
    QListView *m_matches;
    QLabel *m_searchNote;
    QComboBox *m_from;
    QLabel *m_recipientNote;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_create;
    int m_ticket = 0; //!< the draft asked of Close; 0 when none is on its way
};
