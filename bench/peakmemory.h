#pragma once

#include <QFile>

//! The process's peak resident memory in KiB (VmHWM), 0 where /proc does not tell: what every
//! bench program reports beside its figure.
inline qint64 peakResidentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
