// The SMS search as the rep types it, against the sandbox: contact and lead names (which arrive
// from Close after the SMS), numbers written any common way, and an empty result that says so
// with a way back.
#include "activityfilterproxy.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "sandboxfixture.h"
#include "screenshot.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsapptablemodel.h"
#include "windowfixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_Search : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findsByNumberAndName_data();
    void findsByNumberAndName();
    void nameTypedBeforeNamesArrive();
    void emptyResultSaysSoAndClears();

private:
    void load();
    void search(const QString &text);
    //! The ids the list shows.
    QSet<QString> shown() const;
    //! Rows whose number (either side), once only digits are left, contains `digits`.
    QSet<QString> withNumber(const QString &digits) const;
    QSet<QString> where(const QString &field, const QString &value) const;
    QString contactNamed(const QString &name) const;
    QString leadNamed(const QString &name) const;

    std::unique_ptr<WindowFixture> m_app;
};

void tst_Search::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->show());
}

void tst_Search::cleanup()
{
    m_app.reset();
}

void tst_Search::load()
{
    m_app->sms->fetchMore({});
    QTRY_COMPARE(m_app->sms->rowCount(), 60);
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
}

void tst_Search::search(const QString &text)
{
    QLineEdit *box = m_app->smsSearch();
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(box, Qt::Key_Delete);
    QTest::keyClicks(box, text);
    QCOMPARE(box->text(), text);
}

QSet<QString> tst_Search::shown() const
{
    QSet<QString> ids;
    const QAbstractItemModel *list = m_app->smsList()->model();
    for (int row = 0; row < list->rowCount(); ++row) {
        // The SMS open in the form stays listed (marked) whatever the search: not a match.
        if (!list->index(row, 0).data(ActivityFilterProxy::KeptRole).toBool())
            ids << list->index(row, 0).data(ActivityTableModel::IdRole).toString();
    }
    return ids;
}

QSet<QString> tst_Search::withNumber(const QString &digits) const
{
    QSet<QString> ids;
    static const QRegularExpression notDigit(u"[^0-9]"_s);
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        for (const QString &field : {u"remote_phone"_s, u"local_phone"_s}) {
            if (m_app->sms->field(row, field).toString().remove(notDigit).contains(digits))
                ids << m_app->sms->idAt(row);
        }
    }
    return ids;
}

QSet<QString> tst_Search::where(const QString &field, const QString &value) const
{
    QSet<QString> ids;
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->field(row, field).toString() == value)
            ids << m_app->sms->idAt(row);
    }
    return ids;
}

QString tst_Search::contactNamed(const QString &name) const
{
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        const QString id = m_app->sms->field(row, u"contact_id"_s).toString();
        if (m_app->sms->displayName(id) == name)
            return id;
    }
    return {};
}

QString tst_Search::leadNamed(const QString &name) const
{
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        const QString id = m_app->sms->field(row, u"lead_id"_s).toString();
        if (m_app->sms->displayName(id) == name)
            return id;
    }
    return {};
}

void tst_Search::findsByNumberAndName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("kind"); // number, contact or lead
    QTest::addColumn<QString>("expected"); // digits, or the contact's or lead's name

    QTest::newRow("last name") << u"Lopez"_s << u"contact"_s << u"Maria Lopez"_s;
    QTest::newRow("full name, any case") << u"maria lopez"_s << u"contact"_s << u"Maria Lopez"_s;
    QTest::newRow("lead name") << u"Acme Robotics"_s << u"lead"_s << u"Acme Robotics"_s;
    QTest::newRow("spaces") << u"650 333"_s << u"number"_s << u"650333"_s;
    QTest::newRow("dashes") << u"650-333"_s << u"number"_s << u"650333"_s;
    QTest::newRow("parentheses") << u"(650) 333"_s << u"number"_s << u"650333"_s;
    QTest::newRow("dots") << u"650.333.44"_s << u"number"_s << u"65033344"_s;
    QTest::newRow("plus and country code") << u"+1 650 333"_s << u"number"_s << u"1650333"_s;
    QTest::newRow("country code, dashes") << u"1-650-333-4444"_s << u"number"_s << u"16503334444"_s;
    QTest::newRow("digits only") << u"6503334444"_s << u"number"_s << u"6503334444"_s;
}

void tst_Search::findsByNumberAndName()
{
    QFETCH(QString, typed);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    load();
    QSet<QString> wanted;
    if (kind == "number"_L1) {
        wanted = withNumber(expected);
    } else {
        const QString id = kind == "lead"_L1 ? leadNamed(expected) : contactNamed(expected);
        QVERIFY2(!id.isEmpty(), qPrintable(expected));
        wanted = where(kind == "lead"_L1 ? u"lead_id"_s : u"contact_id"_s, id);
    }
    QVERIFY(!wanted.isEmpty());
    // Maria Lopez's SMS (to +1 650-333-4444) are found by each way of writing her number.
    if (kind == "number"_L1)
        QVERIFY(wanted.intersects(where(u"remote_phone"_s, u"+16503334444"_s)));

    search(typed);
    QTRY_VERIFY2(shown().contains(wanted), qPrintable(typed));
    // And only those: nothing else mentions these names or numbers.
    QCOMPARE(shown(), wanted);
    const auto *note = m_app->window->findChild<QWidget *>(u"noMatchNote"_s);
    QVERIFY(!note || !note->isVisible());
}

void tst_Search::nameTypedBeforeNamesArrive()
{
    // The rep types before Close said whose the SMS are: they appear once the names arrive.
    search(u"Lopez"_s);
    m_app->sms->fetchMore({});
    QTRY_COMPARE(m_app->sms->rowCount(), 60);
    QTRY_VERIFY(!m_app->sms->isLookingUpNames());
    const QString maria = contactNamed(u"Maria Lopez"_s);
    QVERIFY(!maria.isEmpty());
    const QSet<QString> wanted = where(u"contact_id"_s, maria);
    QVERIFY(!wanted.isEmpty());
    QTRY_COMPARE(shown(), wanted);
}

void tst_Search::emptyResultSaysSoAndClears()
{
    load();
    auto *note = m_app->window->findChild<QWidget *>(u"noMatchNote"_s);
    QVERIFY(note);
    QVERIFY(!note->isVisible());

    const QString open = m_app->smsForm()->currentId();
    search(u"zebra quartz"_s);
    QTRY_COMPARE(shown(), QSet<QString>());
    QTRY_VERIFY(note->isVisible());
    // The SMS open in the form stays, listed and marked, and the form with it.
    QCOMPARE(m_app->smsList()->model()->rowCount(), 1);
    QCOMPARE(m_app->smsForm()->currentId(), open);
    auto *text = note->findChild<QLabel *>(u"noMatchText"_s);
    QVERIFY(text);
    QCOMPARE(text->text(), u"No SMS match “zebra quartz”."_s);
    saveScreenshot(m_app->window.get(), u"search-no-match"_s);

    auto *clear = note->findChild<QPushButton *>(u"clearSearchButton"_s);
    QVERIFY(clear);
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_app->smsSearch()->text(), QString());
    QTRY_COMPARE(m_app->smsList()->model()->rowCount(), 60);
    QVERIFY(!note->isVisible());
    QVERIFY(m_app->smsList()->isVisible());
    QVERIFY(m_app->smsList()->currentIndex().isValid()); // the form has an SMS again

    // With a chip on, clearing the search alone may not be all: the note says so.
    QTest::mouseClick(m_app->chip(u"draft"_s), Qt::LeftButton);
    search(u"zebra quartz"_s);
    QTRY_VERIFY(note->isVisible());
    QCOMPARE(text->text(), u"No SMS match “zebra quartz” with the filters above."_s);
}

QTEST_MAIN(tst_Search)
#include "tst_search.moc"
