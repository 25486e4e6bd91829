#include "smsstatus.h"

namespace {

struct Info
{
    SmsStatus::Status status;
    const char *title;
    const char *chip;
    bool editable;
    bool cancellable;
    Severity severity;
};

using S = SmsStatus::Status;

// In the order the list sorts them: what needs the rep first.
const Info table[] = {
    {S::Error, QT_TRANSLATE_NOOP("SmsStatus", "Failed"), QT_TRANSLATE_NOOP("SmsStatus", "Failed"),
     false, false, Severity::Failure},
    {S::Draft, QT_TRANSLATE_NOOP("SmsStatus", "Draft"), QT_TRANSLATE_NOOP("SmsStatus", "Drafts"),
     true, false, Severity::Attention},
    {S::Scheduled, QT_TRANSLATE_NOOP("SmsStatus", "Scheduled"),
     QT_TRANSLATE_NOOP("SmsStatus", "Scheduled"), false, true, Severity::Normal},
    {S::Outbox, QT_TRANSLATE_NOOP("SmsStatus", "Sending"),
     QT_TRANSLATE_NOOP("SmsStatus", "Sending"), false, true, Severity::Normal},
    {S::Inbox, QT_TRANSLATE_NOOP("SmsStatus", "Received"),
     QT_TRANSLATE_NOOP("SmsStatus", "Received"), false, false, Severity::Normal},
    {S::Sent, QT_TRANSLATE_NOOP("SmsStatus", "Sent"), QT_TRANSLATE_NOOP("SmsStatus", "Sent"), false,
     false, Severity::Normal},
};

const Info *find(SmsStatus::Status status)
{
    for (const Info &info : table) {
        if (info.status == status)
            return &info;
    }
    return nullptr;
}

} // namespace

const QList<SmsStatus::Status> &SmsStatus::ordered()
{
    static const QList<Status> statuses = [] {
        QList<Status> out;
        for (const Info &info : table)
            out << info.status;
        return out;
    }();
    return statuses;
}

SmsStatus::Status SmsStatus::fromWire(QStringView wire)
{
    return SmsActivity::statusFromText(wire.toString());
}

QString SmsStatus::wire(Status status)
{
    return SmsActivity::statusText(status);
}

QString SmsStatus::title(Status status)
{
    const Info *info = find(status);
    return info ? tr(info->title) : tr("Unknown");
}

QString SmsStatus::chip(Status status)
{
    const Info *info = find(status);
    return info ? tr(info->chip) : tr("Unknown");
}

int SmsStatus::rank(Status status)
{
    const Info *info = find(status);
    return info ? int(info - table) : int(std::size(table));
}

bool SmsStatus::editable(Status status)
{
    const Info *info = find(status);
    return info && info->editable;
}

bool SmsStatus::cancellable(Status status)
{
    const Info *info = find(status);
    return info && info->cancellable;
}

Severity SmsStatus::severity(Status status)
{
    const Info *info = find(status);
    return info ? info->severity : Severity::Normal;
}
