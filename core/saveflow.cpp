#include "saveflow.h"

namespace {

using S = SaveFlow::State;
using E = SaveFlow::Event;

struct Transition
{
    S from;
    E event;
    S to;
};

// Every transition there is; an event not listed for a state cannot happen in it.
constexpr Transition transitions[] = {
    {S::Idle, E::Save, S::CheckingToSave},
    {S::Idle, E::Send, S::CheckingToSend},
    {S::Idle, E::ChangeStatus, S::Sending}, // a cancel back to draft: no check
    {S::Idle, E::Recheck, S::Rechecking},
    {S::Idle, E::Delete, S::Deleting},
    {S::Idle, E::Clashed, S::Conflict}, // a page or a restore brought a clashing copy

    {S::CheckingToSave, E::Checked, S::Saving},
    {S::CheckingToSave, E::Clashed, S::Conflict},
    {S::CheckingToSave, E::Refused, S::Idle},
    {S::CheckingToSave, E::Unreachable, S::WaitingToSave},

    {S::Saving, E::Done, S::Idle},
    {S::Saving, E::Refused, S::Idle},
    {S::Saving, E::Unreachable, S::WaitingToSave},

    {S::CheckingToSend, E::Checked, S::Sending},
    {S::CheckingToSend, E::Clashed, S::Conflict},
    {S::CheckingToSend, E::Changed, S::Idle},
    {S::CheckingToSend, E::Refused, S::Idle},
    {S::CheckingToSend, E::Unreachable, S::WaitingToSave}, // nothing sent; the edits are saved

    {S::Sending, E::Done, S::Idle},
    {S::Sending, E::Refused, S::Idle},
    {S::Sending, E::Lost, S::WaitingToRecheck}, // never sent again blindly

    {S::Rechecking, E::Done, S::Idle},
    {S::Rechecking, E::Refused, S::Idle},
    {S::Rechecking, E::Unreachable, S::WaitingToRecheck},

    {S::Deleting, E::Done, S::Idle},
    {S::Deleting, E::Refused, S::Idle},
    {S::Deleting, E::Unreachable, S::Idle},

    {S::WaitingToSave, E::Due, S::Idle}, // the model saves again if edits are left
    {S::WaitingToSave, E::Save, S::CheckingToSave},
    {S::WaitingToSave, E::Send, S::CheckingToSend}, // the rep sends now: the edits go with it
    {S::WaitingToSave, E::Delete, S::Deleting},
    {S::WaitingToSave, E::Clashed, S::Conflict},

    {S::WaitingToRecheck, E::Due, S::Rechecking},
    {S::WaitingToRecheck, E::Recheck, S::Rechecking},

    {S::Conflict, E::Settled, S::Idle},
    {S::Conflict, E::Clashed, S::Conflict}, // Close changed again: the new values are shown
};

} // namespace

std::optional<SaveFlow::State> SaveFlow::next(State state, Event event)
{
    for (const Transition &t : transitions) {
        if (t.from == state && t.event == event)
            return t.to;
    }
    return std::nullopt;
}

bool SaveFlow::apply(Event event)
{
    const std::optional<State> to = next(m_state, event);
    if (!to)
        return false;
    m_state = *to;
    return true;
}

bool SaveFlow::isBusy() const
{
    switch (m_state) {
    case State::CheckingToSave:
    case State::Saving:
    case State::CheckingToSend:
    case State::Sending:
    case State::Rechecking:
    case State::Deleting:
        return true;
    default:
        return false;
    }
}

bool SaveFlow::acceptsEdits() const
{
    switch (m_state) {
    case State::CheckingToSend:
    case State::Sending:
    case State::Rechecking:
    case State::WaitingToRecheck:
    case State::Deleting:
        return false;
    default:
        return true;
    }
}
