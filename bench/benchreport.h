#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

class DraftboxApp;

//! What `draftbox-bench-app --bench-report` tells draftbox-bench, then quits: the real
//! DraftboxApp and window, measured as a whole process (the shipped `draftbox` has none of it).
//!
//! - `first-page`: once the first page of SMS is in the list and the list has painted, prints
//!   `painted_ns <monotonic nanoseconds>` (the clock QDeadlineTimer reads, shared by every
//!   process on the machine).
//! - `load-all`: loads every page of SMS and WhatsApp messages, then prints
//!   `loaded <sms> <whatsapp> peak_kib <VmHWM>`.
//! - `sms-all`: the rep's launch on the SMS tab: once every page of SMS is in the list and the
//!   list has painted, prints `sms <rows in the list> sms_ms <ms since the report began>
//!   max_gap_ms <longest main-thread gap> gaps_over_16 <count> peak_kib <VmHWM>`. A gap is
//!   the time between two runs of a 1 ms timer: what the event loop could not answer.
//! - `search`: as `sms-all`, then types in Search (Keystrokes) and prints
//!   `sms <rows> key_<step> <ms> … key_max <ms> peak_kib <VmHWM>`.
class BenchReport : public QObject
{
    Q_OBJECT

public:
    BenchReport(DraftboxApp *app, const QString &mode);

    static bool isMode(const QString &mode);
    //! The process's peak resident memory in KiB (VmHWM), 0 where /proc does not tell.
    static qint64 peakResidentKib();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadThenReport();
    static void finish(const QByteArray &line);

    void smsThenReport();

    DraftboxApp *m_app;
    bool m_firstPageIn = false;
    bool m_smsIn = false;
    bool m_search = false; //!< `search`: sms-all, then the keystrokes
    QElapsedTimer m_clock;
    QTimer m_gapTimer;
    qint64 m_lastTick = 0;
    qint64 m_longestGap = 0;
    int m_gapsOverFrame = 0;
};
