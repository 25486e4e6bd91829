#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

class DesktopNotifier;
class MainWindow;
class QTimer;
class SmsTableModel;

//! Which SMS events raise a desktop notification, and what it says: an SMS received while
//! Draftbox runs (ActivitySync::arrived()) and one Close could not send
//! (ActivitySync::sendFailed()). None while the rep looks at it (MainWindow::isShowing()) or
//! while Preferences → Notify of New Messages is off.
//!
//! One notification per conversation, replaced by its next message; more than maxSeparate
//! conversations at once are one notification that counts them. Open brings the window up on
//! the message, Reply on its conversation with the reply box focused; a notification goes
//! once its messages are read.
class SmsNotifications : public QObject
{
    Q_OBJECT

public:
    //! Separate notifications from one refresh (or one poll) at most; beyond, one says how many.
    static constexpr int maxSeparate = 3;
    //! How long a notification waits for Close to name the contact before it names the number.
    static constexpr int namesWaitMs = 2000;

    SmsNotifications(SmsTableModel *sms, MainWindow *window, DesktopNotifier *notifier,
                     QObject *parent = nullptr);

    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    //! The rep picked `action` ("default", "reply") on the notification of `key`.
    void activate(const QString &key, const QString &action);

    //! Who the SMS is with: the contact's name, else the number.
    QString who(int row) const;
    //! The start of a message, as a notification's body shows it (plain text).
    static QString firstWords(const QString &text);

private:
    void flush();
    //! Notifies of `ids` (received or failed), by conversation, bounded.
    void notify(const QStringList &ids, bool failed);
    //! Whether a name Close has not given yet is still on its way for one of `ids`.
    bool awaitsNames(const QStringList &ids) const;
    QString conversationOf(int row) const;
    void forgetRead();

    SmsTableModel *m_sms;
    QPointer<MainWindow> m_window;
    DesktopNotifier *m_notifier;
    bool m_enabled = true;
    QStringList m_arrived; //!< received, not notified yet
    QStringList m_failed; //!< failed, not notified yet
    QTimer *m_flush; //!< one pass per loop turn: a refresh's arrivals and failures together
    QTimer *m_namesDeadline;
    struct Told
    {
        QStringList ids; //!< the SMS it tells of
        QString open; //!< the one Open shows: the latest
    };
    QHash<QString, Told> m_told; //!< by notification key
};
