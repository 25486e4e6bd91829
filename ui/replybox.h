#pragma once

#include <QHash>
#include <QWidget>

class DraftEditor;
class QLabel;
class QPushButton;
class SmsTableModel;
struct ApiError;

//! The reply box under an SMS conversation or a received SMS: the rep writes, Ctrl+Return (or
//! Send) makes the reply a draft in Close, to that number from the number it came in on, and
//! created() hands it on to be sent with the undo window. Return is a new line, as in the
//! draft editor. What the rep wrote stays in the box until Close has the draft; what they
//! wrote to one person stays with that person when the box moves to another.
class ReplyBox : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyBox(SmsTableModel *model, QWidget *parent = nullptr);

    //! Answers the SMS in `row` of the model (-1: nothing to answer; the box hides).
    void setTarget(int row);
    QString targetId() const { return m_targetId; }
    DraftEditor *editor() const { return m_edit; }
    //! Makes the reply a draft in Close (nothing if the box is empty or may not send).
    void send();

signals:
    //! Close made the reply a draft: `id`, with the text; whoever shows it sends it.
    void created(const QString &id);
    //! A passing message for the status bar.
    void message(const QString &text);

private:
    void refresh();
    QString problem(int row) const;
    void createdDraft(int ticket, const QString &id);
    void refusedDraft(int ticket, const ApiError &error);

    SmsTableModel *m_model;
    QLabel *m_to;
    DraftEditor *m_edit;
    QPushButton *m_send;
    QLabel *m_note;
    QString m_targetId; //!< the SMS answered
    QString m_key; //!< its conversation
    QHash<QString, QString> m_unsent; //!< by conversation: what the rep wrote and left there
    int m_ticket = 0; //!< the draft being made, 0: none
    QString m_ticketKey; //!< the conversation it answers
    QString m_error; //!< why Close did not make the last one
};
