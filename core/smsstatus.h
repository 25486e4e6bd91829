#pragma once

#include "smsactivity.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

//! How much a row asks for the rep's eye; views paint it with the palette in use.
enum class Severity {
    Normal,
    Attention, //!< the rep has work on it (a draft)
    Failure, //!< it went wrong (a failed SMS)
};

//! What each SMS status means to Draftbox, in one table: its name for people, the chip that
//! filters it, where it sorts, whether it can be edited or cancelled, and how loud it is.
//! Every widget and model asks here instead of comparing status strings.
class SmsStatus
{
    Q_DECLARE_TR_FUNCTIONS(SmsStatus)

public:
    using Status = SmsActivity::Status;

    //! The statuses in the order the rep's eye should take them: what needs doing first.
    static const QList<Status> &ordered();

    static Status fromWire(QStringView wire);
    static QString wire(Status status);
    //! The status of one SMS, for people: "Draft", "Sending", "Failed".
    static QString title(Status status);
    //! The chip that lists them: "Drafts", "Sending", "Failed".
    static QString chip(Status status);
    //! The sort key: lower first (failures, then drafts, ...), unknown statuses last.
    static int rank(Status status);
    //! Only drafts can be edited, sent, scheduled or deleted (FACTS.md §9).
    static bool editable(Status status);
    //! Scheduled, or in the outbox and not yet sent: can go back to draft.
    static bool cancellable(Status status);
    static Severity severity(Status status);
};
