#include "schedulepicker.h"

#include "appearance.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

SchedulePicker::SchedulePicker(const QString &recipientCountryIso, QWidget *parent)
    : QDialog(parent)
    , m_country(recipientCountryIso)
    , m_calendar(new QCalendarWidget(this))
    , m_time(new QTimeEdit(this))
    , m_zone(new QLabel(this))
    , m_recipient(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Schedule SMS"));
    m_calendar->setMinimumDate(QDate::currentDate());
    m_calendar->setGridVisible(false);
    m_calendar->setAccessibleName(tr("Day to send"));
    // Minutes are what people pick; the C locale's short format would show seconds too.
    QString timeFormat = QLocale().timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    m_time->setDisplayFormat(timeFormat);
    m_time->setAccessibleName(tr("Time to send"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));

    auto *quick = new QHBoxLayout;
    const auto addQuick = [&](const QString &title, QDateTime (*when)(const QDateTime &)) {
        auto *button = new QPushButton(title, this);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
                [this, when] { setDateTime(when(QDateTime::currentDateTime())); });
        quick->addWidget(button);
    };
    addQuick(tr("In 1 &hour"), &SchedulePicker::inOneHour);
    addQuick(tr("&Tomorrow 9:00"), &SchedulePicker::tomorrowAtNine);
    addQuick(tr("Next &Monday 9:00"), &SchedulePicker::nextMondayAtNine);

    auto *timeRow = new QHBoxLayout;
    auto *timeLabel = new QLabel(tr("T&ime:"), this);
    timeLabel->setBuddy(m_time);
    timeRow->addWidget(timeLabel);
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_zone, 1);

    m_recipient->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(Appearance::errorText());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(quick);
    layout->addWidget(m_calendar);
    layout->addLayout(timeRow);
    layout->addWidget(m_recipient);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &SchedulePicker::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &SchedulePicker::update);
    setDateTime(tomorrowAtNine(QDateTime::currentDateTime()));
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

QDateTime SchedulePicker::dateTime() const
{
    return QDateTime(m_calendar->selectedDate(),
                     QTime(m_time->time().hour(), m_time->time().minute()));
}

void SchedulePicker::setDateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    m_calendar->setSelectedDate(local.date());
    m_time->setTime(local.time());
    update();
}

QString SchedulePicker::problem() const
{
    if (dateTime() <= QDateTime::currentDateTime())
        return tr("That time has already passed. Pick a time in the future.");
    return {};
}

QString SchedulePicker::recipientTimes() const
{
    return m_recipient->text();
}

void SchedulePicker::update()
{
    const QDateTime when = dateTime();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    m_zone->setText(tr("your time (%1, %2)")
                        .arg(zone.displayName(when, QTimeZone::LongName),
                             zone.displayName(when, QTimeZone::OffsetName)));

    QStringList lines;
    bool outsideHours = false;
    const QLocale::Territory territory = QLocale::codeToTerritory(m_country);
    const QList<QByteArray> zones = territory == QLocale::AnyTerritory
        ? QList<QByteArray>()
        : QTimeZone::availableTimeZoneIds(territory);
    QSet<QString> seen;
    for (const QByteArray &id : zones) {
        const QDateTime there = when.toTimeZone(QTimeZone(id));
        const QString line = QLocale().toString(there, QLocale::ShortFormat);
        if (seen.contains(line))
            continue;
        seen.insert(line);
        lines << tr("%1 (%2)").arg(line, QString::fromLatin1(id));
        if (there.time().hour() < 8 || there.time().hour() >= 20)
            outsideHours = true;
        if (lines.size() == 4)
            break;
    }
    QString text;
    if (!lines.isEmpty())
        text = tr("For the recipient (%1): %2").arg(m_country, lines.join(QStringLiteral("; ")));
    if (outsideHours)
        text += QLatin1Char('\n')
            + tr("⚠ That is outside 8:00–20:00 for the recipient. People rarely welcome texts "
                 "then.");
    m_recipient->setText(text);
    m_recipient->setVisible(!text.isEmpty());

    const QString problemText = problem();
    m_problem->setText(problemText);
    m_problem->setVisible(!problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problemText.isEmpty());
}
