// Contacts, leads and users by name, as a rep meets them in the SMS and WhatsApp forms over the
// sandbox: the fields show names (the id only on hover and through Copy ID), typing part of a
// name lists who Close finds and choosing one saves its id in Close, a lead opens in Close, and
// a sent SMS shows its names read-only.
#include "mainwindow.h"
#include "peopledirectory.h"
#include "peoplepickermodel.h"
#include "personfield.h"
#include "sandboxfixture.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"
#include "windowfixture.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;

//! Where Draftbox asked the desktop to open a page.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

class tst_PersonField : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theModelFindsWhomCloseFinds();
    void aDraftShowsNamesNotIds();
    void typingANameChoosesWhomCloseFinds();
    void theUserPickerFindsAUserByFirstName();
    void escapePutsTheNameBack();
    void aFailedSearchIsSaid();
    void copyIdPutsTheIdOnTheClipboard();
    void openInCloseOpensTheLeadsPage();
    void aSentSmsShowsNamesReadOnly();
    void whatsAppNamesItsContactAndUser();

private:
    //! A draft (or, with `status`, an SMS of that status) with a contact, a lead and a user.
    QString selectSms(const QString &status = u"draft"_s);
    PersonField *field(const char *name) const;
    //! Close's name for the contact, lead or user, as the sandbox holds it.
    QString closeName(const QString &id) const;
    //! Types `text` into the field as a rep would, over what it shows.
    static void typeInto(PersonField *field, const QString &text);
    //! The row of the field's list of matches that is `id`, once it is listed.
    static QModelIndex listed(PersonField *field, const QString &id);
    //! Picks the action named `name` from the field's "…" menu, with the mouse.
    static bool pickFromMenu(PersonField *field, const QString &name);

    std::unique_ptr<WindowFixture> m_app;
};

void tst_PersonField::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->open(60));
    QTRY_VERIFY(!m_app->sms->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->sms->isLookingUpNames(), 10000);
}

void tst_PersonField::cleanup()
{
    m_app.reset();
}

QString tst_PersonField::selectSms(const QString &status)
{
    m_app->tabs()->setCurrentIndex(MainWindow::SmsTab);
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == status
            && !m_app->sms->field(row, u"contact_id"_s).toString().isEmpty()
            && !m_app->sms->field(row, u"lead_id"_s).toString().isEmpty()
            && !m_app->sms->field(row, u"user_id"_s).toString().isEmpty()) {
            const QString id = m_app->sms->idAt(row);
            if (m_app->smsWorkspace()->selectActivity(id))
                return id;
        }
    }
    return {};
}

PersonField *tst_PersonField::field(const char *name) const
{
    return named<PersonField>(m_app->smsForm(), QLatin1String(name));
}

QString tst_PersonField::closeName(const QString &id) const
{
    const QString path = id.startsWith("lead_"_L1) ? u"lead/%1/"_s
        : id.startsWith("user_"_L1)                ? u"user/%1/"_s
                                                   : u"contact/%1/"_s;
    const QJsonObject person = m_app->sandbox->http->get(path.arg(id)).json;
    if (id.startsWith("user_"_L1))
        return person.value("first_name"_L1).toString() + u' '
            + person.value("last_name"_L1).toString();
    return person.value("display_name"_L1).toString();
}

void tst_PersonField::typeInto(PersonField *field, const QString &text)
{
    QLineEdit *edit = field->lineEdit();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(edit, text);
}

QModelIndex tst_PersonField::listed(PersonField *field, const QString &id)
{
    auto *popup = qobject_cast<QAbstractItemView *>(field->popup());
    QModelIndex found;
    const bool shown = QTest::qWaitFor([&] {
        found = {};
        if (!popup || !popup->isVisible())
            return false;
        for (int row = 0; row < popup->model()->rowCount(); ++row) {
            const QModelIndex index = popup->model()->index(row, 0);
            if (index.data(PeoplePickerModel::IdRole).toString() == id)
                found = index;
        }
        return found.isValid();
    });
    return shown ? found : QModelIndex();
}

bool tst_PersonField::pickFromMenu(PersonField *field, const QString &name)
{
    auto *more = named<QToolButton>(field, u"personActions"_s);
    if (!more || !more->isVisible())
        return false;
    QTest::mouseClick(more, Qt::LeftButton);
    QMenu *menu = nullptr;
    if (!QTest::qWaitFor([&] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu != nullptr;
        }))
        return false;
    QAction *action = nullptr;
    for (QAction *a : menu->actions())
        action = a->objectName() == name ? a : action;
    if (!action || !action->isVisible() || !action->isEnabled()) {
        menu->close();
        return false;
    }
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return QTest::qWaitFor([menu] { return !menu->isVisible(); });
}

void tst_PersonField::theModelFindsWhomCloseFinds()
{
    // Nothing listed, nobody known: whoever is found came from Close's lead search.
    SmsTableModel empty(m_app->sandbox->client.get());
    std::unique_ptr<PeoplePickerModel> contacts(
        empty.createPeoplePicker(PeoplePickerModel::Kind::Contact, nullptr));
    QAbstractItemModelTester tester(contacts.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    contacts->setPauseMs(10);
    contacts->setSearch(u"tremb"_s);
    QCOMPARE(contacts->rowCount(), 0);
    QTRY_VERIFY(!contacts->isSearching());
    QCOMPARE(contacts->searchProblem(), QString());
    QCOMPARE(contacts->rowCount(), 1);
    const QModelIndex noah = contacts->index(0);
    QCOMPARE(noah.data(PeoplePickerModel::NameRole).toString(), u"Noah Tremblay"_s);
    QCOMPARE(noah.data(PeoplePickerModel::DetailRole).toString(),
             u"Granite Fitness · +1 514-555-0123"_s);
    QVERIFY(noah.data(PeoplePickerModel::IdRole).toString().startsWith("cont_"_L1));
    // The lead's name finds its contacts too; then, among those found, accents and case aside.
    contacts->setSearch(u"cedar"_s);
    QTRY_VERIFY(!contacts->isSearching());
    QCOMPARE(contacts->rowCount(), 2);
    contacts->setSearch(u"LEA ced"_s);
    QCOMPARE(contacts->rowCount(), 1);
    QCOMPARE(contacts->index(0).data(PeoplePickerModel::NameRole).toString(), u"Léa Martin"_s);

    std::unique_ptr<PeoplePickerModel> leads(
        empty.createPeoplePicker(PeoplePickerModel::Kind::Lead, nullptr));
    leads->setPauseMs(10);
    leads->setSearch(u"granite"_s);
    QTRY_VERIFY(!leads->isSearching());
    QCOMPARE(leads->rowCount(), 1);
    const QString lead = leads->index(0).data(PeoplePickerModel::IdRole).toString();
    QCOMPARE(leads->index(0).data(PeoplePickerModel::NameRole).toString(), u"Granite Fitness"_s);
    // Its page in Close is Close's html_url, and opens only over https or on this machine.
    const QString page
        = m_app->sandbox->http->get(u"lead/%1/"_s.arg(lead)).json.value("html_url"_L1).toString();
    QVERIFY(!page.isEmpty());
    QCOMPARE(leads->closeUrl(lead), QUrl(page));
    QVERIFY(PeoplePickerModel::mayOpen(QUrl(u"http://127.0.0.1:8080/lead/x/"_s)));
    QVERIFY(!PeoplePickerModel::mayOpen(QUrl(u"http://app.close.com/lead/x/"_s)));
    QVERIFY(!PeoplePickerModel::mayOpen(QUrl(u"file:///etc/passwd"_s)));
    QVERIFY(!PeoplePickerModel::mayOpen(QUrl(u"javascript:alert(1)"_s)));
}

void tst_PersonField::aDraftShowsNamesNotIds()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    const int row = m_app->sms->rowOf(id);
    for (const auto &[name, wire] :
         {std::pair {"contact", u"contact_id"_s}, std::pair {"lead", u"lead_id"_s},
          std::pair {"user", u"user_id"_s}}) {
        PersonField *person = field(name);
        QVERIFY2(person, name);
        const QString personId = m_app->sms->field(row, wire).toString();
        const QString expected = closeName(personId);
        QVERIFY(!expected.trimmed().isEmpty());
        QTRY_COMPARE(person->shownText(), expected);
        QVERIFY(!person->lineEdit()->isReadOnly());
        // The id is there on hover.
        QVERIFY2(person->lineEdit()->toolTip().contains(personId),
                 qPrintable(person->lineEdit()->toolTip()));
    }
    // Each is reached by its label's mnemonic and named for a screen reader.
    QLabel *contactLabel = nullptr;
    for (QLabel *label : m_app->smsForm()->findChildren<QLabel *>())
        contactLabel = label->buddy() == field("contact") ? label : contactLabel;
    QVERIFY(contactLabel);
    QCOMPARE(contactLabel->text(), u"C&ontact:"_s);
    QCOMPARE(field("lead")->lineEdit()->accessibleName(), u"Lead"_s);
    QTest::keyClick(m_app->window.get(), Qt::Key_E, Qt::AltModifier);
    QTRY_VERIFY(field("lead")->lineEdit()->hasFocus());
}

void tst_PersonField::typingANameChoosesWhomCloseFinds()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    const QString before = m_app->sandbox->sms(id).value("contact_id"_L1).toString();
    // Someone of another lead, whom none of the SMS listed names if there is such a contact.
    QString target;
    for (const QJsonValue &c : m_app->sandbox->http->get(u"contact/"_s).data()) {
        const QJsonObject contact = c.toObject();
        const QString contactId = contact.value("id"_L1).toString();
        if (contactId == before || contact.value("phones"_L1).toArray().isEmpty())
            continue;
        if (target.isEmpty() || !m_app->sms->people()->knows(contactId))
            target = contactId;
    }
    QVERIFY(!target.isEmpty());
    const QString name = closeName(target);
    PersonField *contact = field("contact");
    // Part of the last name, in lower case.
    typeInto(contact, name.section(u' ', -1).left(4).toLower());
    const QModelIndex match = listed(contact, target);
    QVERIFY2(match.isValid(), qPrintable(name));
    QVERIFY(match.data().toString().startsWith(name + u'\n')); // the lead and number below
    auto *popup = qobject_cast<QAbstractItemView *>(contact->popup());
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, popup->visualRect(match).center());
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(contact->shownText(), name);
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"contact_id"_s).toString(), target);
    QVERIFY(m_app->sms->isDirty(m_app->sms->rowOf(id)));
    // Their number, not the one of whom the draft was to before.
    QStringList theirs;
    for (const QJsonValue &phone :
         m_app->sandbox->http->get(u"contact/%1/"_s.arg(target)).json.value("phones"_L1).toArray())
        theirs << phone.toObject().value("phone"_L1).toString();
    const QString to = m_app->sms->field(m_app->sms->rowOf(id), u"remote_phone"_s).toString();
    QVERIFY2(theirs.contains(to), qPrintable(to + u" not in "_s + theirs.join(u", "_s)));
    // Saved, Close holds the new contact.
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("contact_id"_L1).toString(), target);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    QCOMPARE(contact->shownText(), name);
    QCOMPARE(m_app->sandbox->sms(id).value("remote_phone"_L1).toString(), to);
}

void tst_PersonField::theUserPickerFindsAUserByFirstName()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    QString jordan;
    for (const QJsonValue &u : m_app->sandbox->http->get(u"user/"_s).data()) {
        if (u.toObject().value("first_name"_L1) == "Jordan"_L1)
            jordan = u.toObject().value("id"_L1).toString();
    }
    QVERIFY(!jordan.isEmpty());
    QVERIFY(m_app->sandbox->sms(id).value("user_id"_L1).toString() != jordan);
    PersonField *user = field("user");
    typeInto(user, u"jord"_s);
    const QModelIndex match = listed(user, jordan);
    QVERIFY(match.isValid());
    QCOMPARE(match.data(PeoplePickerModel::NameRole).toString(), u"Jordan Blake"_s);
    // Down to it, and Enter.
    auto *popup = qobject_cast<QAbstractItemView *>(user->popup());
    for (int i = 0; i < 10 && popup->currentIndex().row() != match.row(); ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QCOMPARE(popup->currentIndex().row(), match.row());
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(!popup->isVisible());
    QCOMPARE(user->shownText(), u"Jordan Blake"_s);
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"user_id"_s).toString(), jordan);
    QTest::keyClick(user->lineEdit(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("user_id"_L1).toString(), jordan);
}

void tst_PersonField::escapePutsTheNameBack()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    PersonField *lead = field("lead");
    const QString name
        = closeName(m_app->sms->field(m_app->sms->rowOf(id), u"lead_id"_s).toString());
    QTRY_COMPARE(lead->shownText(), name);
    typeInto(lead, u"acme"_s);
    QTRY_VERIFY(lead->popup()->isVisible());
    QCOMPARE(lead->shownText(), u"acme"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(lead->shownText(), name);
    QVERIFY(!lead->popup()->isVisible());
    QVERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    QVERIFY(lead->lineEdit()->hasFocus());
}

void tst_PersonField::aFailedSearchIsSaid()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    // Close fails every try of the search (and its retries).
    QVERIFY(m_app->sandbox->queueFaults(QStringList(12, u"500"_s)));
    PersonField *contact = field("contact");
    typeInto(contact, u"zzqx"_s);
    auto *problem = named<QLabel>(contact, u"personSearchProblem"_s);
    QVERIFY(problem);
    QTRY_VERIFY_WITH_TIMEOUT(problem->isVisible(), 20000);
    QVERIFY2(problem->text().contains("could not be searched"_L1), qPrintable(problem->text()));
    // The window went on: the form still shows this SMS and nothing changed.
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QVERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
}

void tst_PersonField::copyIdPutsTheIdOnTheClipboard()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    const QString contactId = m_app->sms->field(m_app->sms->rowOf(id), u"contact_id"_s).toString();
    QGuiApplication::clipboard()->setText(u"something else"_s);
    QVERIFY(pickFromMenu(field("contact"), u"copyIdAction"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), contactId);
    QVERIFY(field("contact")->shownText() != contactId); // shown is the name
}

void tst_PersonField::openInCloseOpensTheLeadsPage()
{
    const QString id = selectSms();
    QVERIFY(!id.isEmpty());
    const QString leadId = m_app->sms->field(m_app->sms->rowOf(id), u"lead_id"_s).toString();
    const QUrl page(
        m_app->sandbox->http->get(u"lead/%1/"_s.arg(leadId)).json.value("html_url"_L1).toString());
    QVERIFY(page.isValid() && !page.isEmpty());
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(page.scheme(), &catcher, "open");
    const bool picked = pickFromMenu(field("lead"), u"openInCloseAction"_s);
    QDesktopServices::unsetUrlHandler(page.scheme());
    QVERIFY(picked);
    QCOMPARE(catcher.opened, QList<QUrl> {page});
    // A contact has no page of its own here.
    auto *more = named<QToolButton>(field("contact"), u"personActions"_s);
    QVERIFY(more);
    QVERIFY(!pickFromMenu(field("contact"), u"openInCloseAction"_s));
}

void tst_PersonField::aSentSmsShowsNamesReadOnly()
{
    const QString id = selectSms(u"sent"_s);
    QVERIFY(!id.isEmpty());
    const int row = m_app->sms->rowOf(id);
    PersonField *contact = field("contact");
    const QString contactId = m_app->sms->field(row, u"contact_id"_s).toString();
    const QString name = closeName(contactId);
    QTRY_COMPARE(contact->shownText(), name);
    QTRY_COMPARE(field("lead")->shownText(),
                 closeName(m_app->sms->field(row, u"lead_id"_s).toString()));
    QVERIFY(contact->lineEdit()->isReadOnly());
    // Typing changes nothing and lists nobody.
    contact->lineEdit()->setFocus();
    QTest::keyClicks(contact->lineEdit(), u"ma"_s);
    QVERIFY(eventsHandled());
    QCOMPARE(contact->shownText(), name);
    QVERIFY(!contact->popup()->isVisible());
    // The id still copies and the lead still opens.
    QGuiApplication::clipboard()->clear();
    QVERIFY(pickFromMenu(contact, u"copyIdAction"_s));
    QCOMPARE(QGuiApplication::clipboard()->text(), contactId);
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
    const bool opened = pickFromMenu(field("lead"), u"openInCloseAction"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QVERIFY(opened);
    QCOMPARE(catcher.opened.size(), 1);
    QCOMPARE(m_app->sandbox->sms(id).value("contact_id"_L1).toString(), contactId);
}

void tst_PersonField::whatsAppNamesItsContactAndUser()
{
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab);
    QTRY_VERIFY(m_app->whatsapp->rowCount() > 0);
    QString id;
    for (int row = 0; row < m_app->whatsapp->rowCount() && id.isEmpty(); ++row) {
        if (!m_app->whatsapp->field(row, u"contact_id"_s).toString().isEmpty()
            && !m_app->whatsapp->field(row, u"user_id"_s).toString().isEmpty()
            && m_app->whatsappWorkspace()->selectMessage(m_app->whatsapp->idAt(row)))
            id = m_app->whatsapp->idAt(row);
    }
    QVERIFY(!id.isEmpty());
    const int row = m_app->whatsapp->rowOf(id);
    auto *contact = named<PersonField>(m_app->whatsappForm(), u"contact"_s);
    auto *user = named<PersonField>(m_app->whatsappForm(), u"user"_s);
    QVERIFY(contact && user);
    QTRY_COMPARE(contact->shownText(),
                 closeName(m_app->whatsapp->field(row, u"contact_id"_s).toString()));
    QTRY_COMPARE(user->shownText(),
                 closeName(m_app->whatsapp->field(row, u"user_id"_s).toString()));
    // Another user, chosen by first name, is saved in Close.
    QString sam;
    for (const QJsonValue &u : m_app->sandbox->http->get(u"user/"_s).data()) {
        if (u.toObject().value("first_name"_L1) == "Sam"_L1)
            sam = u.toObject().value("id"_L1).toString();
    }
    QVERIFY(!sam.isEmpty());
    typeInto(user, u"sam"_s);
    QVERIFY(listed(user, sam).isValid());
    auto *popup = qobject_cast<QAbstractItemView *>(user->popup());
    const QModelIndex match = listed(user, sam);
    for (int i = 0; i < 10 && popup->currentIndex().row() != match.row(); ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_COMPARE(user->shownText(), u"Sam Okafor"_s);
    QTest::mouseClick(named<QPushButton>(m_app->whatsappForm(), u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(m_app->sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id))
                     .json.value("user_id"_L1)
                     .toString(),
                 sam);
}

QTEST_MAIN(tst_PersonField)
#include "tst_personfield.moc"
