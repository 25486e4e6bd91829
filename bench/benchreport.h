#pragma once

#include <QObject>
#include <QString>

class DraftboxApp;

//! What `draftbox-bench-app --bench-report` tells draftbox-bench, then quits: the real
//! DraftboxApp and window, measured as a whole process (the shipped `draftbox` has none of it).
//!
//! - `first-page`: once the first page of SMS is in the list and the list has painted, prints
//!   `painted_ns <monotonic nanoseconds>` (the clock QDeadlineTimer reads, shared by every
//!   process on the machine).
//! - `load-all`: loads every page of SMS and WhatsApp messages, then prints
//!   `loaded <sms> <whatsapp> peak_kib <VmHWM>`.
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

    DraftboxApp *m_app;
    bool m_firstPageIn = false;
};
