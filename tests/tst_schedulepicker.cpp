// The schedule picker as a rep uses it: a layout that never moves under the mouse, time picked
// from 15-minute slotList, a time that passes while it is open refused out loud with the next slot
// offered, and the recipient's own time in one zone with a quiet-hours warning and a way out.
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "recipientzone.h"
#include "sandboxfixture.h"
#include "schedulepicker.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsapptablemodel.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTimeEdit>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

RecipientZone toronto()
{
    return RecipientZone::resolve({}, u"+14165550199"_s, u"CA"_s);
}

QListWidgetItem *slotAt(QListWidget *slotList, QTime time)
{
    for (int i = 0; slotList && i < slotList->count(); ++i) {
        if (slotList->item(i)->data(Qt::UserRole).toTime() == time)
            return slotList->item(i);
    }
    return nullptr;
}

void clickSlot(QListWidget *slotList, QTime time)
{
    QListWidgetItem *item = slotAt(slotList, time);
    QVERIFY2(item, qPrintable(time.toString()));
    slotList->scrollToItem(item);
    QTest::mouseClick(slotList->viewport(), Qt::LeftButton, {},
                      slotList->visualItemRect(item).center());
}

} // namespace

class tst_SchedulePicker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void slotsEveryQuarterWorkingHoursFirst();
    void clickingASlotSetsTheTime();
    void layoutNeverMoves();
    void oneLineInTheirZone();
    void nextTimeInsideTheirHours();
    void timePassingWhileOpenIsSaidAndOffersTheNextSlot();
    void formSchedulesAtTheClickedSlot();
    void contactTimeZoneReachesThePicker();

private:
    SchedulePicker *openPicker(const RecipientZone &zone);
    QString selectDraft(const QString &phone);

    std::unique_ptr<SchedulePicker> m_picker;
    QDateTime m_now;
};

void tst_SchedulePicker::init()
{
    // A Tuesday afternoon in the rep's zone (the tests run in UTC).
    m_now = QDateTime(QDate(2030, 12, 3), QTime(14, 7));
}

void tst_SchedulePicker::cleanup()
{
    m_picker.reset();
}

SchedulePicker *tst_SchedulePicker::openPicker(const RecipientZone &zone)
{
    m_picker = std::make_unique<SchedulePicker>(QList<RecipientZone> {zone});
    m_picker->setClock([this] { return m_now; });
    m_picker->setDateTime(SchedulePicker::tomorrowAtNine(m_now));
    m_picker->show();
    if (!QTest::qWaitForWindowExposed(m_picker.get()))
        return nullptr;
    return m_picker.get();
}

void tst_SchedulePicker::slotsEveryQuarterWorkingHoursFirst()
{
    SchedulePicker *picker = openPicker(toronto());
    QVERIFY(picker);
    auto *slotList = picker->findChild<QListWidget *>(u"slots"_s);
    QVERIFY(slotList);
    QCOMPARE(slotList->count(), 96);
    QCOMPARE(slotList->item(0)->data(Qt::UserRole).toTime(), QTime(8, 0));
    QCOMPARE(slotList->item(1)->data(Qt::UserRole).toTime(), QTime(8, 15));
    QCOMPARE(slotList->item(47)->data(Qt::UserRole).toTime(), QTime(19, 45));
    QCOMPARE(slotList->item(48)->data(Qt::UserRole).toTime(), QTime(20, 0));
    QCOMPARE(slotList->item(95)->data(Qt::UserRole).toTime(), QTime(7, 45));
    QCOMPARE(slotList->item(0)->text(), u"08:00"_s);
}

void tst_SchedulePicker::clickingASlotSetsTheTime()
{
    SchedulePicker *picker = openPicker(toronto());
    QVERIFY(picker);
    auto *slotList = picker->findChild<QListWidget *>(u"slots"_s);
    QVERIFY(slotList);
    clickSlot(slotList, QTime(14, 30));
    QCOMPARE(picker->dateTime(), QDateTime(QDate(2030, 12, 4), QTime(14, 30)));
    QCOMPARE(picker->findChild<QTimeEdit *>(u"timeEdit"_s)->time(), QTime(14, 30));
    // A click on a slot in view does not scroll the list: what is under the mouse stays.
    const int scrolled = slotList->verticalScrollBar()->value();
    const QRect under = slotList->visualItemRect(slotAt(slotList, QTime(14, 15)));
    QTest::mouseClick(slotList->viewport(), Qt::LeftButton, {}, under.center());
    QCOMPARE(picker->dateTime().time(), QTime(14, 15));
    QCOMPARE(slotList->verticalScrollBar()->value(), scrolled);
    QCOMPARE(slotList->itemAt(under.center())->data(Qt::UserRole).toTime(), QTime(14, 15));
    // Free entry stays: a time off the slots is kept, and no slot claims it.
    auto *edit = picker->findChild<QTimeEdit *>(u"timeEdit"_s);
    edit->setTime(QTime(14, 37));
    QCOMPARE(picker->dateTime().time(), QTime(14, 37));
    QVERIFY(slotList->selectedItems().isEmpty());
}

void tst_SchedulePicker::layoutNeverMoves()
{
    SchedulePicker *picker = openPicker(toronto());
    QVERIFY(picker);
    auto *calendar = picker->findChild<QCalendarWidget *>(u"calendar"_s);
    auto *slotList = picker->findChild<QListWidget *>(u"slots"_s);
    auto *ok = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(calendar && slotList && ok);
    const QRect frame = picker->geometry();
    const QRect calendarAt = calendar->geometry();
    const QRect slotsAt = slotList->geometry();
    const QPoint okAt = ok->mapTo(picker, QPoint());
    //! What moved, empty when nothing did.
    const auto moved = [&] {
        QCoreApplication::processEvents();
        QStringList what;
        if (picker->geometry() != frame)
            what << u"the dialog"_s;
        if (calendar->geometry() != calendarAt)
            what << u"the calendar"_s;
        if (slotList->geometry() != slotsAt)
            what << u"the slots"_s;
        if (ok->mapTo(picker, QPoint()) != okAt)
            what << u"Schedule"_s;
        return what.join(u", "_s);
    };
    // Slots inside and outside their hours (the warning comes and goes), late evening (their
    // date changes), a past time (the refusal and its offer come and go), other days, months.
    for (const QTime time : {QTime(9, 0), QTime(22, 0), QTime(3, 15), QTime(14, 30)}) {
        clickSlot(slotList, time);
        QVERIFY2(moved().isEmpty(), qPrintable(moved() + u" moved after: slot"_s));
    }
    picker->setDateTime(m_now.addSecs(-3600));
    QVERIFY2(moved().isEmpty(), qPrintable(moved() + u" moved after: past"_s));
    QVERIFY(!picker->problem().isEmpty());
    for (const QDate day : {QDate(2030, 12, 10), QDate(2031, 1, 4), QDate(2031, 2, 1),
                            QDate(2031, 5, 31), QDate(2031, 9, 30)}) {
        calendar->setSelectedDate(day);
        QVERIFY2(moved().isEmpty(), qPrintable(moved() + u" moved after: day"_s));
    }
    // Clicks on the days themselves, as the rep makes them.
    auto *days = calendar->findChild<QAbstractItemView *>();
    QVERIFY(days);
    for (const int week : {2, 3, 4, 5}) {
        const QRect cell = days->visualRect(days->model()->index(week, 3));
        QTest::mouseClick(days->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY2(moved().isEmpty(), qPrintable(moved() + u" moved after: day click"_s));
    }
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(picker->findChild<QTimeEdit *>(u"timeEdit"_s), Qt::Key_Up);
        QVERIFY2(moved().isEmpty(), qPrintable(moved() + u" moved after: time up"_s));
    }
    // Another recipient, whose line reads differently, opens at the same size.
    const QSize size = frame.size();
    openPicker(RecipientZone::resolve({}, u"+5511987654321"_s, u"BR"_s));
    QCOMPARE(m_picker->size(), size);
    openPicker(RecipientZone());
    QCOMPARE(m_picker->size(), size);
}

void tst_SchedulePicker::oneLineInTheirZone()
{
    SchedulePicker *picker = openPicker(toronto());
    QVERIFY(picker);
    picker->setDateTime(QDateTime(QDate(2030, 12, 4), QTime(14, 0))); // 09:00 in Toronto
    auto *line = picker->findChild<QLabel *>(u"recipientTime"_s);
    QVERIFY(line);
    QCOMPARE(line->text(), u"Their time: Wed 4 Dec, 09:00 (Toronto)"_s);
    QVERIFY(!picker->findChild<QLabel *>(u"quietHoursWarning"_s)->isVisible());
    QVERIFY(!picker->findChild<QPushButton *>(u"nextInsideHours"_s)->isVisible());

    openPicker(RecipientZone::resolve({}, u"+5511987654321"_s, u"BR"_s));
    m_picker->setDateTime(QDateTime(QDate(2030, 12, 4), QTime(14, 0)));
    QCOMPARE(m_picker->findChild<QLabel *>(u"recipientTime"_s)->text(),
             u"Their time: Wed 4 Dec, 11:00 (Sao Paulo)"_s);

    openPicker(RecipientZone());
    QCOMPARE(m_picker->findChild<QLabel *>(u"recipientTime"_s)->text(),
             u"Their time zone is unknown."_s);
    QVERIFY(!m_picker->findChild<QLabel *>(u"quietHoursWarning"_s)->isVisible());
}

void tst_SchedulePicker::nextTimeInsideTheirHours()
{
    SchedulePicker *picker = openPicker(toronto());
    QVERIFY(picker);
    auto *slotList = picker->findChild<QListWidget *>(u"slots"_s);
    clickSlot(slotList, QTime(9, 0)); // 04:00 in Toronto
    auto *warning = picker->findChild<QLabel *>(u"quietHoursWarning"_s);
    auto *next = picker->findChild<QPushButton *>(u"nextInsideHours"_s);
    QVERIFY(warning && next);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains("04:00"_L1));
    QVERIFY(warning->text().contains(u"8:00–20:00"_s));
    QVERIFY(next->isVisible());
    saveScreenshot(picker, u"schedule-picker-quiet-hours"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    // 08:00 in Toronto is 13:00 UTC, the same day.
    QCOMPARE(picker->dateTime(), QDateTime(QDate(2030, 12, 4), QTime(13, 0)));
    QCOMPARE(picker->findChild<QLabel *>(u"recipientTime"_s)->text(),
             u"Their time: Wed 4 Dec, 08:00 (Toronto)"_s);
    QVERIFY(!warning->isVisible());
    QVERIFY(!next->isVisible());
    QCOMPARE(slotList->selectedItems().size(), 1);
    QCOMPARE(slotList->selectedItems().constFirst()->data(Qt::UserRole).toTime(), QTime(13, 0));

    // Late in their evening: the next morning there.
    clickSlot(slotList, QTime(23, 30)); // 18:30 in Toronto, inside
    QVERIFY(!next->isVisible());
    picker->setDateTime(QDateTime(QDate(2030, 12, 5), QTime(2, 0))); // 21:00 on the 4th there
    QVERIFY(next->isVisible());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(picker->dateTime(), QDateTime(QDate(2030, 12, 5), QTime(13, 0)));
}

void tst_SchedulePicker::timePassingWhileOpenIsSaidAndOffersTheNextSlot()
{
    WindowFixture app(20);
    QVERIFY(app.open(20));
    SandboxFixture &sandbox = *app.sandbox;
    SmsTableModel &model = *app.sms;
    QString id;
    for (int row = 0; row < model.rowCount() && id.isEmpty(); ++row) {
        if (model.canSchedule(row) && app.smsWorkspace()->selectActivity(model.idAt(row)))
            id = model.idAt(row);
    }
    QVERIFY(!id.isEmpty());
    SmsForm *form = app.smsForm();
    QTest::mouseClick(named<QPushButton>(form, u"scheduleButton"_s), Qt::LeftButton);
    SchedulePicker *picker = named<SchedulePicker>(form, u"schedulePicker"_s);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());

    QDateTime now = QDateTime::currentDateTime();
    picker->setClock([&now] { return now; });
    const QDateTime chosen = SchedulePicker::inOneHour(now);
    picker->setDateTime(chosen);
    auto *ok = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    auto *problem = picker->findChild<QLabel *>(u"problem"_s);
    auto *nextSlot = picker->findChild<QPushButton *>(u"nextSlot"_s);
    QVERIFY(problem && nextSlot);
    QVERIFY(!nextSlot->isVisible());

    // The rep reads, answers the phone... and presses Schedule after the time went by.
    now = chosen.addSecs(60);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(picker->isVisible());
    QVERIFY2(problem->text().contains("passed while"_L1), qPrintable(problem->text()));
    QVERIFY(problem->isVisible());
    QVERIFY(nextSlot->isVisible());
    const QDateTime offered = SchedulePicker::nextSlot(now);
    QVERIFY(offered > now);
    QCOMPARE(offered.time().minute() % 15, 0);
    QVERIFY(nextSlot->text().contains(QLocale().toString(
        offered.time(), QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s))));
    QCOMPARE(sandbox.sms(id).value("status"_L1).toString(), u"draft"_s);
    saveScreenshot(picker, u"schedule-picker-time-passed"_s);

    // Taking the offer sets it; Schedule then goes through, at that time.
    QTest::mouseClick(nextSlot, Qt::LeftButton);
    QCOMPARE(picker->dateTime(), offered);
    QVERIFY(problem->text().isEmpty());
    QVERIFY(!nextSlot->isVisible());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE(sandbox.sms(id).value("status"_L1).toString(), u"scheduled"_s);
    QCOMPARE(QDateTime::fromString(sandbox.sms(id).value("date_scheduled"_L1).toString(),
                                   Qt::ISODateWithMs),
             offered.toUTC());
}

void tst_SchedulePicker::formSchedulesAtTheClickedSlot()
{
    WindowFixture app(60);
    // The sample data's Toronto contact replied STOP once; here she says START again.
    QCOMPARE(app.sandbox->http
                 ->post(u"activity/sms/"_s,
                        {{"status"_L1, "inbox"_L1},
                         {"text"_L1, "START"_L1},
                         {"remote_phone"_L1, "+14165550199"_L1},
                         {"local_phone"_L1, "+14154445555"_L1}})
                 .status,
             200);
    // The window may have listed its first page before the reply went in: F5 brings it.
    QVERIFY(app.show());
    app.sms->fetchMore({});
    QTRY_VERIFY(!app.sms->isLoading());
    app.sms->sms()->refresh();
    QTRY_VERIFY(!app.sms->isLoading());
    QTRY_COMPARE(app.sms->rowCount(), 61);
    SandboxFixture &sandbox = *app.sandbox;
    SmsTableModel &model = *app.sms;
    QString id;
    for (int row = 0; row < model.rowCount() && id.isEmpty(); ++row) {
        if (model.status(row) == "draft"_L1 && model.canSchedule(row)
            && model.field(row, u"remote_phone"_s) == "+14165550199"_L1
            && app.smsWorkspace()->selectActivity(model.idAt(row)))
            id = model.idAt(row);
    }
    QVERIFY2(!id.isEmpty(), "no draft to the Toronto number");
    SmsForm *form = app.smsForm();
    QTest::mouseClick(named<QPushButton>(form, u"scheduleButton"_s), Qt::LeftButton);
    SchedulePicker *picker = named<SchedulePicker>(form, u"schedulePicker"_s);
    QVERIFY(picker);
    QTRY_VERIFY(picker->isVisible());
    QVERIFY2(picker->recipientTimes().endsWith("(Toronto)"_L1),
             qPrintable(picker->recipientTimes()));
    auto *calendar = picker->findChild<QCalendarWidget *>(u"calendar"_s);
    const QDate day = QDate::currentDate().addDays(2);
    calendar->setSelectedDate(day);
    clickSlot(picker->findChild<QListWidget *>(u"slots"_s), QTime(14, 30));
    saveScreenshot(picker, u"schedule-picker"_s);
    QTest::mouseClick(picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QTRY_COMPARE(sandbox.sms(id).value("status"_L1).toString(), u"scheduled"_s);
    QCOMPARE(QDateTime::fromString(sandbox.sms(id).value("date_scheduled"_L1).toString(),
                                   Qt::ISODateWithMs),
             QDateTime(day, QTime(14, 30)).toUTC());
    QCOMPARE(sandbox.sms(id).value("date_scheduled"_L1).toString().left(16),
             day.toString(Qt::ISODate) + "T14:30"_L1); // the tests run in UTC
}

void tst_SchedulePicker::contactTimeZoneReachesThePicker()
{
    // Some sample contacts carry their own `timezone` in Close (Chris Nguyen kept his
    // California number but lives in Denver): the picker follows the contact, from the same
    // answer that gave the contact's name.
    WindowFixture app(60);
    QVERIFY(app.open(60));
    SandboxFixture &sandbox = *app.sandbox;
    SmsTableModel &model = *app.sms;
    QTRY_VERIFY(!model.isLookingUpNames());
    QString id;
    QString zone;
    for (int row = 0; row < model.rowCount() && id.isEmpty(); ++row) {
        if (model.status(row) != "draft"_L1 || !model.canSchedule(row))
            continue;
        const QString contact = model.field(row, u"contact_id"_s).toString();
        const QJsonValue inClose
            = sandbox.http->get(u"contact/%1/"_s.arg(contact)).json.value("timezone"_L1);
        if (inClose.isString() && app.smsWorkspace()->selectActivity(model.idAt(row))) {
            id = model.idAt(row);
            zone = inClose.toString();
        }
    }
    QVERIFY2(!id.isEmpty(), "no draft to a contact with a timezone");
    QCOMPARE(model.contactTimeZone(model.rowOf(id)), zone);
    const RecipientZone expected
        = RecipientZone::fromZone(QTimeZone(zone.toLatin1()), RecipientZone::Source::Contact);
    QTest::mouseClick(named<QPushButton>(app.smsForm(), u"scheduleButton"_s), Qt::LeftButton);
    SchedulePicker *picker = named<SchedulePicker>(app.smsForm(), u"schedulePicker"_s);
    QVERIFY(picker);
    QVERIFY2(picker->recipientTimes().endsWith(u"(%1)"_s.arg(expected.place())),
             qPrintable(picker->recipientTimes()));
    QVERIFY(picker->findChild<QLabel *>(u"recipientTime"_s)->toolTip().contains(zone));
    picker->reject();

    // A contact whose Close record has no timezone says null, as Close does.
    bool sawNull = false;
    for (int row = 0; row < model.rowCount() && !sawNull; ++row) {
        const QString contact = model.field(row, u"contact_id"_s).toString();
        const QJsonObject json = sandbox.http->get(u"contact/%1/"_s.arg(contact)).json;
        sawNull = json.contains("timezone"_L1) && json.value("timezone"_L1).isNull();
    }
    QVERIFY(sawNull);
}

QTEST_MAIN(tst_SchedulePicker)
#include "tst_schedulepicker.moc"
