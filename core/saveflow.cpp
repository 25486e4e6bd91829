#include "saveflow.h"

std::optional<SaveFlow::State> SaveFlow::next(State state, Event event)
{
    using S = State;
    using E = Event;
    switch (state) {
    case S::Idle:
        switch (event) {
        case E::Save:
            return S::CheckingToSave;
        case E::Send:
            return S::CheckingToSend;
        case E::ChangeStatus:
            return S::Sending;
        case E::Recheck:
            return S::Rechecking;
        case E::Delete:
            return S::Deleting;
        case E::Clashed:
            return S::Conflict; // a page or a restore brought a clashing copy
        default:
            return std::nullopt;
        }
    case S::CheckingToSave:
        switch (event) {
        case E::Checked:
            return S::Saving;
        case E::Clashed:
            return S::Conflict;
        case E::Refused:
            return S::Idle;
        case E::Unreachable:
            return S::WaitingToSave;
        default:
            return std::nullopt;
        }
    case S::Saving:
        switch (event) {
        case E::Done:
        case E::Refused:
            return S::Idle;
        case E::Unreachable:
            return S::WaitingToSave;
        default:
            return std::nullopt;
        }
    case S::CheckingToSend:
        switch (event) {
        case E::Checked:
            return S::Sending;
        case E::Clashed:
            return S::Conflict;
        case E::Changed:
        case E::Refused:
            return S::Idle;
        case E::Unreachable:
            return S::WaitingToSave; // nothing was sent; the edits are kept and saved
        default:
            return std::nullopt;
        }
    case S::Sending:
        switch (event) {
        case E::Done:
        case E::Refused:
            return S::Idle;
        case E::Lost:
            return S::WaitingToRecheck; // never sent again blindly
        default:
            return std::nullopt;
        }
    case S::Rechecking:
        switch (event) {
        case E::Done:
        case E::Refused:
            return S::Idle;
        case E::Unreachable:
            return S::WaitingToRecheck;
        default:
            return std::nullopt;
        }
    case S::Deleting:
        switch (event) {
        case E::Done:
        case E::Refused:
        case E::Unreachable:
            return S::Idle;
        default:
            return std::nullopt;
        }
    case S::WaitingToSave:
        switch (event) {
        case E::Due:
            return S::Idle; // the model saves again if edits are left
        case E::Save:
            return S::CheckingToSave;
        case E::Send:
            return S::CheckingToSend; // the rep sends now: the edits go with it
        case E::Delete:
            return S::Deleting;
        case E::Clashed:
            return S::Conflict;
        default:
            return std::nullopt;
        }
    case S::WaitingToRecheck:
        switch (event) {
        case E::Due:
        case E::Recheck:
            return S::Rechecking;
        default:
            return std::nullopt;
        }
    case S::Conflict:
        switch (event) {
        case E::Settled:
            return S::Idle;
        case E::Clashed:
            return S::Conflict; // Close changed again: the new values are shown
        default:
            return std::nullopt;
        }
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
