#pragma once

#include <QByteArray>
#include <QIODevice>

//! A request body that can be read through once and never rewound.
//!
//! When a connection drops after a request went out, QNetworkAccessManager silently sends the
//! request again if it can rewind the upload data, whatever the method. For a request that
//! creates an activity or sends an SMS that could mean doing it twice, and Close has no
//! idempotency keys. With this body the replay fails with ContentReSendError instead, and the
//! CloseCall decides what to do: re-read the activity, never repeat blindly.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    //! Whether the whole body has been handed to the network once.
    bool isSpent() const { return m_spent; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QByteArray m_data;
    bool m_spent = false;
};
