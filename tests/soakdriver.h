#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class SandboxServer;

//! A rep at work against a faulty, rate-limited sandbox (in this process, over loopback):
//! many activities, several edits each with saves in between, then one send each. It acts as a
//! rep would: it sends again only an SMS the window shows as a draft (not one whose send is
//! unconfirmed) and leaves waiting saves to the model. Bounded by counts; the time is a figure.
//! Used by tst_soak and, longer, by draftbox-bench.
class SoakDriver
{
public:
    struct Config
    {
        int activities = 200;
        int editsPerActivity = 5;
        int editsPerSave = 2; //!< a save after this many edits (and after the last)
        double faultRate = 0.2;
        int rateLimit = 40; //!< requests a second
        int concurrency = 8; //!< activities being worked on at once
        quint32 seed = 20261122;
        QString journalPath;
    };

    struct Result
    {
        bool finished = false; //!< every activity was edited, saved and sent
        QString why; //!< what went wrong, if anything
        int edits = 0;
        int editsWhileSaving = 0; //!< of those, typed while the row's save was under way
        int saves = 0; //!< saves asked for
        int sendsAsked = 0; //!< send() calls, retries after "not sent" included
        int faultsInjected = 0;
        int requests = 0; //!< calls the client finished
        int conflicts = 0; //!< must be 0: nobody else edits
        int lost = 0; //!< activities whose text in Close is not the last edit
        int sentTwice = 0; //!< activities Close sent more than once
        int notSent = 0; //!< activities Close never sent
        int journalLeft = 0; //!< journal entries left at the end (must be 0)
        qint64 elapsedMs = 0;
    };

    explicit SoakDriver(const Config &config);
    ~SoakDriver();

    //! Runs the whole scenario; `stepLimit` bounds the event-loop turns (a hang fails, it does
    //! not wait forever).
    Result run(int stepLimit = 200000);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
