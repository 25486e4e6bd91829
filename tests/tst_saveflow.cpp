// SaveFlow, the one state machine of a row's requests to Close: every transition it allows, by
// name, and that it allows no other; then the paths that matter most, whole: the lost send
// that is re-read (never written again), the conflict stop, typing during a save but not
// during a send.
#include "saveflow.h"

#include <QtTest>

using S = SaveFlow::State;
using E = SaveFlow::Event;

Q_DECLARE_METATYPE(S)
Q_DECLARE_METATYPE(E)

namespace {

struct Transition
{
    S from;
    E event;
    S to;
};

// Every transition there is. Anything else is refused.
const Transition allowed[] = {
    {S::Idle, E::Save, S::CheckingToSave},
    {S::Idle, E::Send, S::CheckingToSend},
    {S::Idle, E::ChangeStatus, S::Sending},
    {S::Idle, E::Recheck, S::Rechecking},
    {S::Idle, E::Delete, S::Deleting},
    {S::Idle, E::Clashed, S::Conflict},
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
    {S::CheckingToSend, E::Unreachable, S::WaitingToSave},
    {S::Sending, E::Done, S::Idle},
    {S::Sending, E::Refused, S::Idle},
    {S::Sending, E::Lost, S::WaitingToRecheck},
    {S::Rechecking, E::Done, S::Idle},
    {S::Rechecking, E::Refused, S::Idle},
    {S::Rechecking, E::Unreachable, S::WaitingToRecheck},
    {S::Deleting, E::Done, S::Idle},
    {S::Deleting, E::Refused, S::Idle},
    {S::Deleting, E::Unreachable, S::Idle},
    {S::WaitingToSave, E::Due, S::Idle},
    {S::WaitingToSave, E::Save, S::CheckingToSave},
    {S::WaitingToSave, E::Send, S::CheckingToSend},
    {S::WaitingToSave, E::Delete, S::Deleting},
    {S::WaitingToSave, E::Clashed, S::Conflict},
    {S::WaitingToRecheck, E::Due, S::Rechecking},
    {S::WaitingToRecheck, E::Recheck, S::Rechecking},
    {S::Conflict, E::Settled, S::Idle},
    {S::Conflict, E::Clashed, S::Conflict},
};

template<typename T>
QList<T> allOf()
{
    const QMetaEnum meta = QMetaEnum::fromType<T>();
    QList<T> out;
    for (int i = 0; i < meta.keyCount(); ++i)
        out << T(meta.value(i));
    return out;
}

template<typename T>
const char *nameOf(T value)
{
    return QMetaEnum::fromType<T>().valueToKey(int(value));
}

//! A flow brought to `state` the way a row gets there.
SaveFlow flowIn(std::initializer_list<E> events)
{
    SaveFlow flow;
    for (E event : events) {
        if (!flow.apply(event))
            qFatal("setting up: %s refused in %s", nameOf(event), nameOf(flow.state()));
    }
    return flow;
}

} // namespace

class tst_SaveFlow : public QObject
{
    Q_OBJECT

private slots:
    void eachTransition_data();
    void eachTransition();
    void nothingElseIsAllowed();
    void lostSendIsRereadNeverWrittenAgain();
    void conflictStopsSaveAndSendUntilSettled();
    void typingGoesOnDuringASaveNotDuringASend();
    void offlineSaveWaitsThenGoesAgain();
};

void tst_SaveFlow::eachTransition_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<E>("event");
    QTest::addColumn<S>("to");
    for (const Transition &t : allowed) {
        QTest::addRow("%s + %s", nameOf(t.from), nameOf(t.event)) << t.from << t.event << t.to;
    }
}

void tst_SaveFlow::eachTransition()
{
    QFETCH(S, from);
    QFETCH(E, event);
    QFETCH(S, to);
    QCOMPARE(SaveFlow::next(from, event), std::optional<S>(to));
}

void tst_SaveFlow::nothingElseIsAllowed()
{
    int refused = 0;
    for (S from : allOf<S>()) {
        for (E event : allOf<E>()) {
            const bool listed
                = std::any_of(std::begin(allowed), std::end(allowed), [&](const Transition &t) {
                      return t.from == from && t.event == event;
                  });
            if (listed)
                continue;
            QVERIFY2(
                !SaveFlow::next(from, event),
                qPrintable(QStringLiteral("%1 + %2 is allowed but not listed")
                               .arg(QLatin1String(nameOf(from)), QLatin1String(nameOf(event)))));
            ++refused;
        }
    }
    QVERIFY(refused > 100);
    // A refused event changes nothing.
    SaveFlow flow = flowIn({E::Send, E::Checked});
    QVERIFY(!flow.apply(E::Save));
    QCOMPARE(flow.state(), S::Sending);
}

void tst_SaveFlow::lostSendIsRereadNeverWrittenAgain()
{
    SaveFlow flow = flowIn({E::Send});
    QVERIFY(flow.isBusy());
    QVERIFY(flow.apply(E::Checked));
    QCOMPARE(flow.state(), S::Sending);
    QVERIFY(flow.apply(E::Lost)); // the answer never came
    QCOMPARE(flow.state(), S::WaitingToRecheck);
    QVERIFY(flow.isWaiting());
    QVERIFY(!flow.isBusy());
    // Nothing can write it again meanwhile, by hand or by the retry.
    for (E event : {E::Send, E::ChangeStatus, E::Save, E::Delete, E::Checked})
        QVERIFY2(!flow.apply(event), nameOf(event));
    QVERIFY(!flow.acceptsEdits());
    QVERIFY(flow.apply(E::Due)); // Close answers again: it is re-read, not re-sent
    QCOMPARE(flow.state(), S::Rechecking);
    QVERIFY(flow.apply(E::Unreachable)); // the re-read fails too: it waits again
    QCOMPARE(flow.state(), S::WaitingToRecheck);
    QVERIFY(flow.apply(E::Recheck)); // restarted app: asked again
    QVERIFY(flow.apply(E::Done));
    QCOMPARE(flow.state(), S::Idle);
    QVERIFY(flow.canStart());
}

void tst_SaveFlow::conflictStopsSaveAndSendUntilSettled()
{
    for (E start : {E::Save, E::Send}) {
        SaveFlow flow = flowIn({start});
        QVERIFY(flow.apply(E::Clashed)); // Close's copy changed under the edits
        QCOMPARE(flow.state(), S::Conflict);
        QVERIFY(!flow.isBusy());
        QVERIFY(flow.acceptsEdits()); // the rep may still type while choosing
        QVERIFY(!flow.canStart());
        for (E event : {E::Save, E::Send, E::ChangeStatus, E::Checked, E::Due})
            QVERIFY2(!flow.apply(event), nameOf(event));
        QVERIFY(flow.apply(E::Clashed)); // changed again: still stopped
        QVERIFY(flow.apply(E::Settled));
        QCOMPARE(flow.state(), S::Idle);
        QVERIFY(flow.apply(E::Save));
    }
}

void tst_SaveFlow::typingGoesOnDuringASaveNotDuringASend()
{
    QVERIFY(flowIn({E::Save}).acceptsEdits());
    QVERIFY(flowIn({E::Save, E::Checked}).acceptsEdits());
    QVERIFY(flowIn({E::Save, E::Unreachable}).acceptsEdits());
    QVERIFY(!flowIn({E::Send}).acceptsEdits());
    QVERIFY(!flowIn({E::Send, E::Checked}).acceptsEdits());
    QVERIFY(!flowIn({E::ChangeStatus}).acceptsEdits());
    QVERIFY(!flowIn({E::Recheck}).acceptsEdits());
    QVERIFY(!flowIn({E::Delete}).acceptsEdits());
    QVERIFY(SaveFlow().acceptsEdits());
}

void tst_SaveFlow::offlineSaveWaitsThenGoesAgain()
{
    SaveFlow flow = flowIn({E::Save, E::Checked});
    QVERIFY(flow.isBusy());
    QVERIFY(flow.apply(E::Unreachable));
    QCOMPARE(flow.state(), S::WaitingToSave);
    QVERIFY(flow.isWaiting());
    QVERIFY(!flow.isBusy());
    QVERIFY(flow.apply(E::Due));
    QVERIFY(flow.apply(E::Save)); // the model saves what is left
    QVERIFY(flow.apply(E::Checked));
    QVERIFY(flow.apply(E::Done));
    QCOMPARE(flow.state(), S::Idle);
}

QTEST_APPLESS_MAIN(tst_SaveFlow)
#include "tst_saveflow.moc"
