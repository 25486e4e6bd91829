#pragma once

#include <QMetaType>
#include <QObject>

//! Where one activity's request to Close stands, as one explicit state machine: a save is
//! checked against Close's copy, then written; a send or schedule is checked too, then written
//! once and, when its answer is lost, re-read, never written again; when Close cannot be
//! reached the row waits and goes again by itself; a clash with someone else's change stops
//! everything until the rep chose. The model holds one per row and asks it what the rep may do.
class SaveFlow
{
    Q_GADGET

public:
    enum class State {
        Idle,
        CheckingToSave, //!< Close's copy is read before a save; typing goes on
        Saving, //!< the PUT of the edits is under way; typing goes on (saved next)
        CheckingToSend, //!< Close's copy is read before a send: what goes is what the rep saw
        Sending, //!< a status change (send, schedule, cancel) is under way
        Rechecking, //!< a send whose answer was lost is re-read
        Deleting,
        WaitingToSave, //!< Close could not be reached: the edits are saved once it answers
        WaitingToRecheck, //!< as above, for a send whose fate is unknown
        Conflict, //!< someone changed a field the rep edited: nothing goes until the rep chose
    };
    Q_ENUM(State)

    enum class Event {
        Save, //!< the rep (or a retry) saves the edits
        Send, //!< the rep sends or schedules: checked first
        ChangeStatus, //!< a status change without a check (cancel back to draft)
        Recheck, //!< ask where a send whose answer was lost stands
        Delete,
        Checked, //!< Close's copy matched: the write goes
        Clashed, //!< Close's copy clashes with the edits (a conflict)
        Changed, //!< Close's copy changed what a send would send: nothing sent
        Done, //!< Close answered the write or the re-read; it is settled
        Refused, //!< Close refused (4xx): nothing was written
        Unreachable, //!< Close did not answer (network, timeout, 5xx, rate limit)
        Lost, //!< a send's answer was lost and is not known yet
        Due, //!< the back-off is over: what waited goes again
        Settled, //!< the rep chose in every conflict
    };
    Q_ENUM(Event)

    State state() const { return m_state; }
    //! The state after `event`, or nullopt when the event cannot happen now (nothing changes).
    static std::optional<State> next(State state, Event event);
    //! Applies `event`; returns false, changing nothing, when it cannot happen now.
    bool apply(Event event);

    //! A request for the row is under way.
    bool isBusy() const;
    //! Whether the rep can type into the row: not while a send is checked, under way or
    //! unknown; a save does not stop typing.
    bool acceptsEdits() const;
    bool isWaiting() const
    {
        return m_state == State::WaitingToSave || m_state == State::WaitingToRecheck;
    }
    //! Whether a save, send, status change or delete may start now.
    bool canStart() const { return m_state == State::Idle; }

private:
    State m_state = State::Idle;
};
