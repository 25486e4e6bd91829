#include "leadsearch.h"

#include "closecall.h"
#include "closeclient.h"
#include "jsoncodec.h"

LeadSearch::LeadSearch(CloseClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(300);
    connect(&m_pause, &QTimer::timeout, this, &LeadSearch::ask);
}

void LeadSearch::setText(const QString &text)
{
    m_text = text.simplified();
    if (m_text.size() >= 2 && m_text != m_asked)
        m_pause.start();
    else
        m_pause.stop();
    emit searchingChanged();
}

void LeadSearch::ask()
{
    if (!m_client || m_text.isEmpty())
        return;
    if (m_call)
        return; // one search at a time: the rep's latest text is asked for once it answers
    m_asked = m_text;
    m_call = m_client->searchLeads(m_text, m_limit);
    m_call->setBackground(true); // said where the rep searches, not under Problems
    const QString asked = m_text;
    connect(m_call, &CloseCall::finished, this, [this, asked](const ApiResult &result) {
        m_call.clear();
        if (m_text != m_asked && m_text.size() >= 2)
            m_pause.start(); // typed on meanwhile
        if (!result.ok()) {
            if (asked == m_text)
                m_failure = result.error.message;
            emit searchingChanged();
            return;
        }
        m_failure.clear();
        emit found(asked, JsonCodec::decodePage<CloseLead>(result.object()));
        emit searchingChanged();
    });
    emit searchingChanged();
}
