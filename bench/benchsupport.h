#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTimer>
#include <QUrl>

//! One printed figure: what was measured, its baseline from the same run, the ratio, and the
//! target it is held against. Printed as one JSON object a line.
struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = 0;
    QString baselineWhat;
    QString target; //!< for people, e.g. "under 1000 ms"
    bool met = false;
    QJsonObject extra;

    void print() const;
};

//! Starts a server process and returns the base URL it prints on its first line.
QUrl startServer(QProcess &process, const QString &program, const QStringList &arguments);
void stopProcess(QProcess &process);
QString benchProgram(const QString &name);
//! A request to the sandbox with the demo key (and a JSON body type, for writes).
QNetworkRequest sandboxRequest(const QUrl &url);
double median(QList<double> values);
//! Runs the event loop until `done` is true, checking after every event batch that `sender`'s
//! `signal` brings (QTest::qWaitFor would sleep 10 ms between checks and skew the figures).
template<typename Sender, typename Signal, typename Done>
bool waitFor(Sender *sender, Signal signal, Done done, int timeoutMs = 120000)
{
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}
double round2(double value);

//! The longest the event loop went without running a timer while it was on: how long the
//! window could not have answered the rep.
class GapMeter : public QObject
{
public:
    explicit GapMeter(QObject *parent = nullptr);
    void start();
    void stop();
    double longestGapMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

//! Reads every SMS and WhatsApp page once, so the sandbox has serialised its documents before
//! anything is timed (a first read pays for that once; Close's own caches are not ours).
void warmUp(const QUrl &sandbox, int count);

// The groups of figures, each printing its own.
void benchStartup(const QUrl &sandbox, int runs);
//! Peak memory of the real window with `expected` SMS and as many WhatsApp messages loaded.
void benchMemory(const QUrl &sandbox, int expected);
//! The real window on launch until every one of `expected` SMS is in its list, painted, and
//! the longest main-thread gap meanwhile, beside a bare fetch of the same pages.
void benchWindowLoad(const QUrl &sandbox, int expected);
//! The real window on launch until every one of `expected` SMS and as many WhatsApp messages
//! are in its models, beside a bare process fetching the same pages concurrently.
void benchEverythingLoad(const QUrl &sandbox, int expected);
//! Keystrokes in the real window's Search over every SMS, beside bare Qt typed the same way.
void benchWindowSearch(const QUrl &sandbox, int expected);
void benchLoad(const QUrl &sandbox);
void benchFilter(const QUrl &sandbox);
//! The soak scenario over `activities` activities (five edits and one send each).
void benchSoak(int activities);
void benchSaves(const QUrl &sandbox);
void benchServer(const QUrl &sandbox, int requests);
