#pragma once

#include <QDateTime>
#include <QDialog>

class QCalendarWidget;
class QDialogButtonBox;
class QLabel;
class QTimeEdit;

//! Picks when a draft goes out: a calendar and a time in the rep's own time zone (named),
//! quick choices, the recipient's local time for each zone of their country with a warning
//! outside 8:00-20:00, and a refusal of any time already past.
class SchedulePicker : public QDialog
{
    Q_OBJECT

public:
    explicit SchedulePicker(const QString &recipientCountryIso, QWidget *parent = nullptr);

    QDateTime dateTime() const;
    void setDateTime(const QDateTime &when);
    //! What is wrong with the chosen time, empty when it can be used.
    QString problem() const;
    QString recipientTimes() const;

    static QDateTime inOneHour(const QDateTime &now);
    static QDateTime tomorrowAtNine(const QDateTime &now);
    static QDateTime nextMondayAtNine(const QDateTime &now);

private:
    void update();

    QString m_country;
    QCalendarWidget *m_calendar;
    QTimeEdit *m_time;
    QLabel *m_zone;
    QLabel *m_recipient;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
