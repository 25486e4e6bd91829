#include "schedulepicker.h"

#include "appearance.h"
#include "formsupport.h"
#include "safehtml.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int slotMinutes = 15;
constexpr int quietFrom = 20; // their hours are 8:00-20:00
constexpr int quietUntil = 8;

QString timeFormat()
{
    // Minutes are what people pick; the C locale's short format would show seconds too.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return format;
}

QString shortTime(QTime time)
{
    return QLocale().toString(time, timeFormat());
}

bool insideHours(QTime time)
{
    return time.hour() >= quietUntil && time.hour() < quietFrom;
}

//! A line that never changes the dialog's size, whatever it says: its width is the dialog's,
//! its height `lines` lines, shown or not.
void keepPlace(QLabel *label, int lines)
{
    label->setWordWrap(lines > 1);
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    label->setSizePolicy(policy);
    label->setFixedHeight(label->fontMetrics().lineSpacing() * lines + 2);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void keepPlace(QPushButton *button, const QString &widest)
{
    QSizePolicy policy = button->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    button->setSizePolicy(policy);
    const QString text = button->text();
    button->setText(widest);
    button->setFixedWidth(button->sizeHint().width() + 8);
    button->setText(text);
}

} // namespace

SchedulePicker::SchedulePicker(const QList<RecipientZone> &recipients, QWidget *parent)
    : QDialog(parent)
    , m_recipients(recipients)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_calendar(new QCalendarWidget(this))
    , m_time(new QTimeEdit(this))
    , m_slots(new QListWidget(this))
    , m_zone(new QLabel(this))
    , m_recipient(new QLabel(this))
    , m_quiet(new QLabel(this))
    , m_insideHours(new QPushButton(tr("Next time inside their 8:00–20:00"), this))
    , m_problem(new QLabel(this))
    , m_nextSlot(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_tick(new QTimer(this))
{
    FormSupport::showPlainText({m_zone, m_recipient, m_quiet, m_problem});
    setWindowTitle(tr("Schedule SMS"));
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setMinimumDate(now().date());
    m_calendar->setGridVisible(false);
    m_calendar->setAccessibleName(tr("Day to send"));
    // Month names differ in length: the calendar keeps one size so its days stay under the mouse.
    m_calendar->setFixedSize(m_calendar->sizeHint() + QSize(40, 0));
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(timeFormat());
    m_time->setAccessibleName(tr("Time to send"));
    m_time->setToolTip(tr("Type any time, or pick one of the slots below"));
    m_slots->setObjectName(QStringLiteral("slots"));
    m_slots->setAccessibleName(tr("Times to send, every 15 minutes"));
    m_slots->setToolTip(tr("Every 15 minutes, from 8:00 to 20:00 first, then the evening and "
                           "the night"));
    m_slots->setUniformItemSizes(true);
    m_slots->setSelectionMode(QAbstractItemView::SingleSelection);
    fillSlots();
    m_slots->setFixedWidth(m_slots->fontMetrics().horizontalAdvance(QStringLiteral("00:00 PM"))
                           + m_slots->style()->pixelMetric(QStyle::PM_ScrollBarExtent)
                           + 4 * m_slots->frameWidth() + 24);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));

    m_zone->setObjectName(QStringLiteral("yourZone"));
    m_recipient->setObjectName(QStringLiteral("recipientTime"));
    m_quiet->setObjectName(QStringLiteral("quietHoursWarning"));
    m_insideHours->setObjectName(QStringLiteral("nextInsideHours"));
    m_insideHours->setAutoDefault(false);
    m_insideHours->setToolTip(
        tr("Move the time to the next moment between 8:00 and 20:00 where they live"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_nextSlot->setObjectName(QStringLiteral("nextSlot"));
    m_nextSlot->setAutoDefault(false);
    m_nextSlot->setToolTip(tr("Schedule for the next free slot instead"));
    keepPlace(m_zone, 1);
    keepPlace(m_recipient, 1);
    keepPlace(m_quiet, 3);
    keepPlace(m_problem, 3);
    keepPlace(m_insideHours, m_insideHours->text());
    keepPlace(m_nextSlot, tr("Use %1").arg(tr("%1 tomorrow").arg(shortTime(QTime(23, 45)))));
    m_problem->setStyleSheet(Appearance::errorText());

    auto *quick = new QHBoxLayout;
    const auto addQuick = [&](const QString &title, QDateTime (*when)(const QDateTime &)) {
        auto *button = new QPushButton(title, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, when] { setDateTime(when(now())); });
        quick->addWidget(button);
    };
    addQuick(tr("In 1 &hour"), &SchedulePicker::inOneHour);
    addQuick(tr("&Tomorrow 9:00"), &SchedulePicker::tomorrowAtNine);
    addQuick(tr("Next &Monday 9:00"), &SchedulePicker::nextMondayAtNine);

    auto *timeRow = new QHBoxLayout;
    auto *timeLabel = new QLabel(tr("T&ime:"), this);
    timeLabel->setBuddy(m_time);
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_time, 1);
    auto *timeColumn = new QVBoxLayout;
    timeColumn->addLayout(timeRow);
    timeColumn->addWidget(m_slots, 1);
    auto *pick = new QHBoxLayout;
    pick->addWidget(m_calendar);
    pick->addLayout(timeColumn);

    // The warnings above what fixes them: beside them, a long button (German) squeezed the
    // warning to a letter a line.
    auto *quietRow = new QVBoxLayout;
    quietRow->setSpacing(2);
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_insideHours, 0, Qt::AlignLeft);
    auto *problemRow = new QVBoxLayout;
    problemRow->setSpacing(2);
    problemRow->addWidget(m_problem);
    problemRow->addWidget(m_nextSlot, 0, Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(quick);
    layout->addLayout(pick);
    layout->addWidget(m_zone);
    layout->addWidget(m_recipient);
    layout->addLayout(quietRow);
    layout->addLayout(problemRow);
    layout->addStretch(1); // room to spare goes below the warnings, not between their lines
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &SchedulePicker::chosen);
    connect(m_time, &QTimeEdit::timeChanged, this, &SchedulePicker::chosen);
    connect(m_slots, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            m_time->setTime(item->data(Qt::UserRole).toTime());
    });
    connect(m_insideHours, &QPushButton::clicked, this,
            [this] { setDateTime(nextInsideTheirHours(dateTime())); });
    connect(m_nextSlot, &QPushButton::clicked, this, [this] { setDateTime(nextSlot(now())); });
    // The chosen time can pass while the rep looks at it: say so when it does.
    m_tick->setInterval(10 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SchedulePicker::update);
    m_tick->start();

    setDateTime(tomorrowAtNine(now()));
    layout->activate();
    setFixedSize(sizeHint());
}

void SchedulePicker::fillSlots()
{
    // Working hours first: that is where nearly every text goes out.
    const int perDay = 24 * 60 / slotMinutes;
    const int first = quietUntil * 60 / slotMinutes;
    for (int i = 0; i < perDay; ++i) {
        const QTime time = QTime(0, 0).addSecs(((first + i) % perDay) * slotMinutes * 60);
        auto *item = new QListWidgetItem(shortTime(time), m_slots);
        item->setData(Qt::UserRole, time);
        if (!insideHours(time))
            item->setToolTip(tr("Outside 8:00–20:00 for you"));
    }
}

void SchedulePicker::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_calendar->setMinimumDate(now().date());
    update();
}

QDateTime SchedulePicker::inOneHour(const QDateTime &now)
{
    const QDateTime later = now.addSecs(3600);
    // Round up to the next quarter hour: nobody schedules for 10:47.
    const int minutes = (later.time().minute() + 14) / 15 * 15;
    return QDateTime(later.date(), QTime(later.time().hour(), 0)).addSecs(minutes * 60);
}

QDateTime SchedulePicker::tomorrowAtNine(const QDateTime &now)
{
    return QDateTime(now.date().addDays(1), QTime(9, 0));
}

QDateTime SchedulePicker::nextMondayAtNine(const QDateTime &now)
{
    const int days = 8 - now.date().dayOfWeek(); // Monday is 1; a Monday goes to the next one
    return QDateTime(now.date().addDays(days), QTime(9, 0));
}

QDateTime SchedulePicker::nextSlot(const QDateTime &now)
{
    // Two minutes for the request to reach Close before the time comes.
    const QDateTime soon = now.addSecs(2 * 60);
    const QDateTime hour(soon.date(), QTime(soon.time().hour(), 0));
    const qint64 intoHour = hour.secsTo(soon);
    const qint64 slot = slotMinutes * 60;
    return hour.addSecs((intoHour + slot - 1) / slot * slot);
}

QDateTime SchedulePicker::dateTime() const
{
    return QDateTime(m_calendar->selectedDate(),
                     QTime(m_time->time().hour(), m_time->time().minute()));
}

void SchedulePicker::setDateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    {
        const QSignalBlocker calendar(m_calendar);
        const QSignalBlocker time(m_time);
        m_calendar->setSelectedDate(local.date());
        m_time->setTime(local.time());
    }
    chosen();
}

void SchedulePicker::chosen()
{
    m_wasFuture = dateTime() > now();
    update();
}

QString SchedulePicker::problem() const
{
    const QDateTime when = dateTime();
    if (when > now())
        return {};
    if (m_wasFuture)
        return tr("%1 passed while this window was open: nothing is scheduled. Pick a later "
                  "time or the next slot.")
            .arg(shortTime(when.time()));
    return tr("That time has already passed. Pick a time in the future.");
}

void SchedulePicker::done(int result)
{
    if (result == Accepted && !problem().isEmpty()) {
        // Refused, and said: the reason and the next slot are on screen, the dialog stays.
        update();
        m_nextSlot->setFocus();
        return;
    }
    QDialog::done(result);
}

QString SchedulePicker::recipientTimes() const
{
    return m_recipient->text();
}

QTimeZone SchedulePicker::recipientZone() const
{
    QTimeZone zone;
    for (const RecipientZone &recipient : m_recipients) {
        if (!recipient.isKnown() || (zone.isValid() && zone.id() != recipient.id()))
            return {};
        zone = recipient.zone;
    }
    return zone;
}

QDateTime SchedulePicker::nextInsideTheirHours(const QDateTime &when) const
{
    const QTimeZone zone = recipientZone();
    if (!zone.isValid())
        return when;
    const QDateTime there = when.toTimeZone(zone);
    if (there.time().hour() < quietUntil)
        return QDateTime(there.date(), QTime(quietUntil, 0), zone).toLocalTime();
    if (there.time().hour() >= quietFrom)
        return QDateTime(there.date().addDays(1), QTime(quietUntil, 0), zone).toLocalTime();
    return when;
}

void SchedulePicker::selectSlot()
{
    const QSignalBlocker blocker(m_slots);
    const QDateTime when = dateTime();
    const QDateTime current = now();
    QListWidgetItem *match = nullptr;
    for (int i = 0; i < m_slots->count(); ++i) {
        QListWidgetItem *item = m_slots->item(i);
        const QTime time = item->data(Qt::UserRole).toTime();
        // Slots already gone today cannot be picked; they keep their place in the list.
        const bool future = QDateTime(when.date(), time) > current;
        item->setFlags(future ? Qt::ItemIsSelectable | Qt::ItemIsEnabled : Qt::NoItemFlags);
        if (time == when.time())
            match = item;
    }
    if (match) {
        m_slots->setCurrentItem(match);
        // Brought into view when chosen elsewhere; never moved when it is in view already (a
        // clicked slot must stay under the mouse).
        m_slots->scrollToItem(match, QAbstractItemView::EnsureVisible);
    } else {
        m_slots->clearSelection();
        m_slots->setCurrentItem(nullptr);
    }
}

void SchedulePicker::update()
{
    const QDateTime when = dateTime();
    const QTimeZone mine = QTimeZone::systemTimeZone();
    m_zone->setText(tr("Times are yours: %1 (%2)")
                        .arg(mine.displayName(when, QTimeZone::LongName),
                             mine.displayName(when, QTimeZone::OffsetName)));
    m_zone->setToolTip(m_zone->text());
    selectSlot();

    const auto theirTime = [&](const QTimeZone &zone) {
        const QDateTime there = when.toTimeZone(zone);
        return tr("%1, %2", "day and time for the recipient")
            .arg(QLocale().toString(there.date(), tr("ddd d MMM", "date format")),
                 shortTime(there.time()));
    };
    QString line;
    QString warning;
    const QTimeZone single = recipientZone();
    if (single.isValid()) {
        const RecipientZone &recipient = m_recipients.constFirst();
        line = tr("Their time: %1 (%2)").arg(theirTime(single), recipient.place());
        m_recipient->setToolTip(
            recipient.source == RecipientZone::Source::Contact
                ? tr("From the contact's time zone in Close (%1)")
                      .arg(QString::fromLatin1(recipient.id()))
                : recipient.source == RecipientZone::Source::NumberArea
                ? tr("From the area of their number (%1)").arg(QString::fromLatin1(recipient.id()))
                : tr("From their country (%1)").arg(QString::fromLatin1(recipient.id())));
        const QTime there = when.toTimeZone(single).time();
        if (!insideHours(there))
            warning = tr("⚠ That is %1 for them, outside their 8:00–20:00.").arg(shortTime(there));
    } else {
        QStringList times;
        QSet<QByteArray> seen;
        int unknown = 0;
        bool outside = false;
        for (const RecipientZone &recipient : m_recipients) {
            if (!recipient.isKnown()) {
                ++unknown;
                continue;
            }
            if (seen.contains(recipient.id()))
                continue;
            seen.insert(recipient.id());
            times << tr("%1 (%2)").arg(shortTime(when.toTimeZone(recipient.zone).time()),
                                       recipient.place());
            outside = outside || !insideHours(when.toTimeZone(recipient.zone).time());
        }
        if (times.isEmpty())
            line = m_recipients.size() > 1 ? tr("Their time zones are unknown.")
                                           : tr("Their time zone is unknown.");
        else if (unknown > 0)
            line = tr("Their times: %1; %n unknown", nullptr, unknown)
                       .arg(times.join(QStringLiteral(", ")));
        else
            line = tr("Their times: %1").arg(times.join(QStringLiteral(", ")));
        m_recipient->setToolTip(SafeHtml::plainTip(line));
        if (outside)
            warning = tr("⚠ That is outside 8:00–20:00 for some of them.");
    }
    m_recipient->setText(line);
    m_quiet->setText(warning);
    m_quiet->setVisible(!warning.isEmpty());
    m_insideHours->setVisible(!warning.isEmpty() && single.isValid());

    const QString problemText = problem();
    m_problem->setText(problemText);
    m_problem->setVisible(!problemText.isEmpty());
    if (!problemText.isEmpty()) {
        const QDateTime next = nextSlot(now());
        m_nextSlot->setText(next.date() == now().date()
                                ? tr("Use %1").arg(shortTime(next.time()))
                                : tr("Use %1").arg(tr("%1 tomorrow").arg(shortTime(next.time()))));
    }
    m_nextSlot->setVisible(!problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problemText.isEmpty());
}
