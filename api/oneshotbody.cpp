#include "oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

bool OneShotBody::seek(qint64 pos)
{
    if (m_spent && pos < m_data.size())
        return false;
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 count = std::min(maxSize, qint64(m_data.size()) - at);
    if (count <= 0)
        return m_data.isEmpty() || m_spent ? -1 : 0;
    std::memcpy(data, m_data.constData() + at, size_t(count));
    if (at + count >= m_data.size())
        m_spent = true;
    return count;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}
