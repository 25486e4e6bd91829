#pragma once

#include "closelead.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class CloseCall;
class CloseClient;

//! Close's lead search (its lead `query`) as the rep types: asked once they pause, one search
//! at a time (the latest text is asked for once the one under way answers), in the background
//! (a failure is said where the rep searches, not under Problems), never holding up typing.
class LeadSearch : public QObject
{
    Q_OBJECT

public:
    explicit LeadSearch(CloseClient *client, QObject *parent = nullptr);

    //! Asks Close for `text` after the pause; fewer than two letters are not asked.
    void setText(const QString &text);
    QString text() const { return m_text; }
    //! Whether Close is being asked, or will be once the pause is over.
    bool isSearching() const { return !m_call.isNull() || m_pause.isActive(); }
    //! Why Close could not be searched for the text as it is now; empty when it could.
    QString failure() const { return m_failure; }
    void setPauseMs(int ms) { m_pause.setInterval(ms); }
    void setLimit(int limit) { m_limit = limit; }

signals:
    //! Close's answer for `text` (it may be older than what the rep typed since).
    void found(const QString &text, const QList<CloseLead> &leads);
    void searchingChanged();

private:
    void ask();

    QPointer<CloseClient> m_client;
    QPointer<CloseCall> m_call;
    QTimer m_pause;
    QString m_text;
    QString m_asked; //!< the text Close was last asked for
    QString m_failure;
    int m_limit = 10;
};
