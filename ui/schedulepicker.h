#pragma once

#include "recipientzone.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QCalendarWidget;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimeEdit;
class QTimer;

//! Picks when a draft goes out: a calendar, a time from 15-minute slots (working hours first)
//! or typed, in the rep's own time zone (named), and quick choices. It shows the recipient's
//! local time in their one zone with a warning outside 8:00-20:00 there and a way to the next
//! time inside, and refuses out loud any time already past, offering the next slot. Nothing in
//! it moves or resizes while it is open: every line keeps its place, shown or not.
class SchedulePicker : public QDialog
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    //! One zone per recipient (several for a bulk schedule); unknown ones are said as such.
    explicit SchedulePicker(const QList<RecipientZone> &recipients, QWidget *parent = nullptr);

    QDateTime dateTime() const;
    void setDateTime(const QDateTime &when);
    //! What "now" is; the system clock unless a test says otherwise.
    void setClock(Clock clock);
    //! What is wrong with the chosen time, empty when it can be used.
    QString problem() const;
    QString recipientTimes() const;

    void done(int result) override;

    static QDateTime inOneHour(const QDateTime &now);
    static QDateTime tomorrowAtNine(const QDateTime &now);
    static QDateTime nextMondayAtNine(const QDateTime &now);
    //! The first 15-minute slot that leaves Close a couple of minutes to take it.
    static QDateTime nextSlot(const QDateTime &now);

private:
    QDateTime now() const { return m_clock(); }
    void chosen(); //!< the rep changed the day or the time
    void update();
    void selectSlot();
    void fillSlots();
    //! The recipient's zone when there is one, invalid when unknown or several.
    QTimeZone recipientZone() const;
    QDateTime nextInsideTheirHours(const QDateTime &when) const;

    QList<RecipientZone> m_recipients;
    Clock m_clock;
    bool m_wasFuture = false; //!< the time was ahead when the rep chose it
    QCalendarWidget *m_calendar;
    QTimeEdit *m_time;
    QListWidget *m_slots;
    QLabel *m_zone;
    QLabel *m_recipient;
    QLabel *m_quiet;
    QPushButton *m_insideHours;
    QLabel *m_problem;
    QPushButton *m_nextSlot;
    QDialogButtonBox *m_buttons;
    QTimer *m_tick;
};
