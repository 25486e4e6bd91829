#pragma once

#include <utility>

//! A JSON field as Close means it: absent (leave it alone), null (clear it), or a value.
//! PUT behaves as PATCH, so a request must keep the three apart.
template<typename T>
class Field
{
public:
    enum class State { Absent, Null, Set };

    Field() = default;
    Field(T value) // NOLINT(google-explicit-constructor): a value is the common case
        : m_state(State::Set)
        , m_value(std::move(value))
    { }

    static Field null()
    {
        Field f;
        f.m_state = State::Null;
        return f;
    }

    State state() const { return m_state; }
    bool isAbsent() const { return m_state == State::Absent; }
    bool isNull() const { return m_state == State::Null; }
    bool isSet() const { return m_state == State::Set; }

    //! The value, or a default-constructed T when absent or null.
    const T &value() const { return m_value; }
    T valueOr(T fallback) const { return isSet() ? m_value : std::move(fallback); }

    void set(T value)
    {
        m_state = State::Set;
        m_value = std::move(value);
    }
    void setNull()
    {
        m_state = State::Null;
        m_value = T();
    }
    void reset()
    {
        m_state = State::Absent;
        m_value = T();
    }

    friend bool operator==(const Field &a, const Field &b)
    {
        return a.m_state == b.m_state && (a.m_state != State::Set || a.m_value == b.m_value);
    }
    friend bool operator!=(const Field &a, const Field &b) { return !(a == b); }

private:
    State m_state = State::Absent;
    T m_value {};
};
