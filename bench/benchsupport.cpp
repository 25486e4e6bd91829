#include "benchsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <cmath>

void Figure::print() const
{
    QJsonObject object {
        {QStringLiteral("figure"), name},
        {QStringLiteral("value"), round2(value)},
        {QStringLiteral("unit"), unit},
        {QStringLiteral("baseline"), round2(baseline)},
        {QStringLiteral("baseline_is"), baselineWhat},
        {QStringLiteral("ratio"), baseline > 0 ? round2(value / baseline) : 0.0},
    };
    // Figures without a target are there to compare with, not to meet.
    if (!target.isEmpty()) {
        object.insert(QStringLiteral("target"), target);
        object.insert(QStringLiteral("met"), met);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

QString benchProgram(const QString &name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

QNetworkRequest sandboxRequest(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("sandbox-demo-key:").toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return request;
}

QUrl startServer(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.start(benchProgram(program), arguments);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    while (!process.canReadLine()) {
        if (process.state() == QProcess::NotRunning || !output.wait(60000))
            return {};
    }
    return QUrl(QString::fromUtf8(process.readLine().trimmed()));
}

void stopProcess(QProcess &process)
{
    process.kill();
    process.waitForFinished(3000);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double round2(double value)
{
    return std::round(value * 100) / 100;
}

GapMeter::GapMeter(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    });
}

void GapMeter::start()
{
    m_longest = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void GapMeter::stop()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_longest = std::max(m_longest, now - m_last);
    m_timer.stop();
}
