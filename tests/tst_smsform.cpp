// The SMS form as a rep uses it, against the sandbox: a template fills the message, an invalid
// number is neither sent nor scheduled (alone or in bulk) but still saves, a conflict shows
// Close's value, and an inbound SMS reads from their number to the rep's.
#include "activityfilterproxy.h"
#include "conflictpanel.h"
#include "drafteditor.h"
#include "errorlogmodel.h"
#include "longtextguard.h"
#include "mainwindow.h"
#include "phonenumber.h"
#include "sandboxfixture.h"
#include "schedulepicker.h"
#include "screenshot.h"
#include "sendernumbermodel.h"
#include "smsform.h"
#include "smssegments.h"
#include "smstablemodel.h"
#include "smstemplatemodel.h"
#include "smsworkspace.h"
#include "whatsapptablemodel.h"
#include "windowfixture.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTextCursor>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SmsForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void templateFillsTheMessage();
    void invalidNumberIsSavedNotSent();
    void bulkSendLeavesAnInvalidNumberAndSaysWhy();
    void conflictShowsClosesValue_data();
    void conflictShowsClosesValue();
    void inboundIsFromThemToYou();
    void senderPickerFollowsItsModel();
    void aHugeParagraphIsShownShortAndKeptWhole();
    void theWheelScrollsPastFieldsNotClicked();

private:
    QString selectDraft();
    void type(QWidget *widget, const QString &text);
    //! The form's label whose mnemonic leads to `field`.
    QLabel *labelOf(QWidget *field);
    //! Whether the first line of the label's text is inside the part of its scroll area shown.
    static bool firstLineShows(QLabel *label);

    std::unique_ptr<WindowFixture> m_app;
};

void tst_SmsForm::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->open(
        60, {{u"+14154445555"_s, u"Sales line (US)"_s}, {u"+442071838750"_s, u"London office"_s}}));
}

void tst_SmsForm::cleanup()
{
    m_app.reset();
}

QString tst_SmsForm::selectDraft()
{
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == "draft"_L1
            && m_app->sms->field(row, u"remote_country_iso"_s) == "US"_L1
            && !m_app->sms->field(row, u"contact_id"_s).toString().isEmpty()
            && !m_app->sms->field(row, u"user_id"_s).toString().isEmpty()) {
            const QString id = m_app->sms->idAt(row);
            if (m_app->smsWorkspace()->selectActivity(id))
                return id;
        }
    }
    return {};
}

void tst_SmsForm::type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}

QLabel *tst_SmsForm::labelOf(QWidget *field)
{
    for (QLabel *label : m_app->smsForm()->findChildren<QLabel *>()) {
        if (label->buddy() == field)
            return label;
    }
    return nullptr;
}

bool tst_SmsForm::firstLineShows(QLabel *label)
{
    QWidget *viewport = nullptr;
    for (QWidget *w = label->parentWidget(); w && !viewport; w = w->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(w))
            viewport = area->viewport();
    }
    if (!viewport || !label->isVisible())
        return false;
    // Where the text is drawn: the first line of pixels that are not the background.
    const QImage image = label->grab().toImage();
    const QRgb background = label->palette().color(label->backgroundRole()).rgb();
    int firstInk = -1;
    for (int y = 0; y < image.height() && firstInk < 0; ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qGray(p) - qGray(background)) > 60) {
                firstInk = int(y / image.devicePixelRatio());
                break;
            }
        }
    }
    if (firstInk < 0)
        return false;
    const QPoint at = label->mapTo(viewport, QPoint(0, firstInk));
    return at.y() >= 0 && at.y() + label->fontMetrics().height() / 2 <= viewport->height()
        && at.x() >= 0 && at.x() < viewport->width();
}

void tst_SmsForm::templateFillsTheMessage()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_app->sms->isLookingUpNames(), 10000);
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    const int row = m_app->sms->rowOf(id);
    const auto person = [this](const QString &path, const QString &id, const char *field) {
        return m_app->sandbox->http->get(path.arg(id)).json.value(QLatin1String(field)).toString();
    };
    const QString first = person(u"contact/%1/"_s,
                                 m_app->sms->field(row, u"contact_id"_s).toString(), "first_name");
    const QString lead
        = person(u"lead/%1/"_s, m_app->sms->field(row, u"lead_id"_s).toString(), "display_name");
    const QString rep
        = person(u"user/%1/"_s, m_app->sms->field(row, u"user_id"_s).toString(), "first_name");
    QVERIFY(!first.isEmpty() && !lead.isEmpty() && !rep.isEmpty());

    // The organization's templates, as the app gives them to the form; one says more.
    QString templateId;
    QList<SmsTemplate> templates;
    for (const QJsonValue &v :
         m_app->sandbox->http->get(u"sms_template/"_s).json.value("data"_L1).toArray()) {
        QJsonObject t = v.toObject();
        if (t.value("name"_L1) == "Follow-up after demo"_L1) {
            templateId = t.value("id"_L1).toString();
            const QString text = t.value("text"_L1).toString()
                + u" — {{ user.first_name }} {{contact.shoe_size}}"_s;
            t.insert("text"_L1, text);
        }
        const std::optional<SmsTemplate> decoded = SmsTemplate::fromJson(t);
        QVERIFY(decoded);
        templates.append(*decoded);
    }
    QVERIFY(!templateId.isEmpty());
    SmsForm *form = m_app->smsForm();
    m_app->templates->setTemplates(templates);
    const QString before = m_app->smsEditor()->text();

    QComboBox *picker = nullptr;
    for (QComboBox *combo : form->findChildren<QComboBox *>())
        picker = combo->accessibleName() == "SMS template"_L1 ? combo : picker;
    QVERIFY(picker);
    const int index = picker->findData(templateId);
    QVERIFY(index > 0);
    // Chosen in the open list, as with the mouse: one choice, one edit.
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(picker->view()->isVisible());
    for (int i = picker->view()->currentIndex().row(); i < index; ++i)
        QTest::keyClick(picker->view(), Qt::Key_Down);
    QTest::keyClick(picker->view(), Qt::Key_Return);
    QTRY_VERIFY(!picker->view()->isVisible());
    QCOMPARE(picker->currentIndex(), index);

    // The message is the template, filled for this contact, lead and rep; what Draftbox could
    // not fill stays marked, in the text and beside it.
    const QString filled = u"Hi %1, thanks for your time today! I'll send the proposal for %2 by "
                           "Friday. — %3 «contact.shoe_size»"_s.arg(first, lead, rep);
    QTRY_COMPARE(m_app->smsEditor()->text(), filled);
    QCOMPARE(m_app->sms->field(row, u"text"_s).toString(), filled);
    auto *gaps = form->findChild<QLabel *>(u"templateGaps"_s);
    QVERIFY(gaps);
    QVERIFY(gaps->isVisible());
    QVERIFY2(gaps->text().contains(u"«contact.shoe_size»"_s), qPrintable(gaps->text()));
    // Segments are counted on the text that goes out.
    const SmsSegments segments = SmsSegments::count(filled);
    QVERIFY2(m_app->smsEditor()->counterText().startsWith(u"%1 characters"_s.arg(filled.size())),
             qPrintable(m_app->smsEditor()->counterText()));
    QVERIFY(m_app->smsEditor()->counterText().contains(
        segments.segments == 1 ? u"1 segment "_s : u"%1 segments"_s.arg(segments.segments)));
    saveScreenshot(m_app->window.get(), u"template-filled"_s);

    // It is the rep's edit: Undo brings the old text back, and they can change it.
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(m_app->smsEditor()->text(), before);
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_Z,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_app->smsEditor()->text(), filled);
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_End, Qt::ControlModifier);
    for (int i = 0; i < int(u" «contact.shoe_size»"_s.size()); ++i)
        QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_Backspace);
    const QString edited = filled.chopped(u" «contact.shoe_size»"_s.size());
    QTRY_COMPARE(m_app->sms->field(row, u"text"_s).toString(), edited);
    QTRY_VERIFY(!gaps->isVisible());

    // Saved: Close has the text the rep saw with the template it came from.
    QTest::mouseClick(named<QPushButton>(form, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    const QJsonObject saved = m_app->sandbox->sms(id);
    QCOMPARE(saved.value("text"_L1).toString(), edited);
    QCOMPARE(saved.value("template_id"_L1).toString(), templateId);
    QCOMPARE(m_app->smsEditor()->text(), edited);
}

void tst_SmsForm::invalidNumberIsSavedNotSent()
{
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    SmsForm *form = m_app->smsForm();
    QVERIFY(named<QPushButton>(form, u"sendButton"_s)->isEnabled());
    QVERIFY(named<QPushButton>(form, u"scheduleButton"_s)->isEnabled());
    type(named<QLineEdit>(form, u"recipient"_s),
         u"+551198765432199"_s); // E.164-shaped, no such number
    QVERIFY(!named<QPushButton>(form, u"sendButton"_s)->isEnabled());
    QVERIFY(!named<QPushButton>(form, u"scheduleButton"_s)->isEnabled());
    const QString why = named<QLabel>(form, u"recipientInfo"_s)->text();
    QVERIFY2(why.contains("not a valid number"_L1)
                 && why.contains("cannot be sent or scheduled"_L1),
             qPrintable(why));
    QVERIFY(!m_app->sms->canSend(m_app->sms->rowOf(id)));
    QVERIFY(!m_app->sms->canSchedule(m_app->sms->rowOf(id)));
    QCOMPARE(m_app->sms->sendProblem(m_app->sms->rowOf(id)), why);
    saveScreenshot(m_app->window.get(), u"invalid-number"_s);

    // Neither the shortcut nor the buttons get it out.
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTest::mouseClick(named<QPushButton>(form, u"sendButton"_s), Qt::LeftButton);
    QTest::mouseClick(named<QPushButton>(form, u"scheduleButton"_s), Qt::LeftButton);
    QVERIFY(!form->findChild<SchedulePicker *>());
    m_app->sms->send(m_app->sms->rowOf(id));
    m_app->sms->schedule(m_app->sms->rowOf(id), QDateTime::currentDateTime().addDays(1));
    QVERIFY(
        !m_app->sms->index(m_app->sms->rowOf(id), 0).data(ActivityTableModel::BusyRole).toBool());

    // The draft is saved as it is: drafts may be unfinished.
    QVERIFY(named<QPushButton>(form, u"saveButton"_s)->isEnabled());
    QTest::mouseClick(named<QPushButton>(form, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    const QJsonObject saved = m_app->sandbox->sms(id);
    QCOMPARE(saved.value("remote_phone"_L1).toString(), u"+551198765432199"_s);
    QCOMPARE(saved.value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_app->sandbox->sends(id), 0);
    QVERIFY(!named<QPushButton>(form, u"sendButton"_s)->isEnabled());
    QVERIFY(!named<QPushButton>(form, u"scheduleButton"_s)->isEnabled());
    QVERIFY(
        named<QLabel>(form, u"recipientInfo"_s)->text().contains("cannot be sent or scheduled"_L1));

    // A valid number again, and it can go.
    type(named<QLineEdit>(form, u"recipient"_s), u"+1 818 333 4444"_s);
    QVERIFY(named<QPushButton>(form, u"sendButton"_s)->isEnabled());
    QVERIFY(named<QPushButton>(form, u"scheduleButton"_s)->isEnabled());
}

void tst_SmsForm::bulkSendLeavesAnInvalidNumberAndSaysWhy()
{
    QStringList ids;
    for (int row = 0; row < m_app->sms->rowCount() && ids.size() < 2; ++row) {
        if (m_app->sms->canSend(row))
            ids << m_app->sms->idAt(row);
    }
    QCOMPARE(ids.size(), 2);
    QVERIFY(m_app->sms->setField(m_app->sms->rowOf(ids.at(0)), u"remote_phone"_s,
                                 u"+551198765432199"_s));
    m_app->smsList()->clearSelection();
    for (const QString &id : ids)
        m_app->smsList()->selectionModel()->select(
            m_app->smsProxy()->mapFromSource(m_app->sms->index(m_app->sms->rowOf(id), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY(named<QPushButton>(m_app->window.get(), u"bulkSendButton"_s)->isVisible());
    QTest::mouseClick(named<QPushButton>(m_app->window.get(), u"bulkSendButton"_s), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_app->window->findChild<QMessageBox *>(u"bulkConfirmation"_s))
                && box->isVisible());
    // The one Close would refuse is named, with why, before anything goes.
    QVERIFY2(box->text().startsWith(u"Send 1 SMS now?"_s), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"Left as drafts, as Close would not send them:"_s),
             qPrintable(box->text()));
    QVERIFY2(box->text().contains("not a valid number"_L1), qPrintable(box->text()));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_app->window->findChild<QLabel *>(u"bulkLabel"_s)->text(),
                              u"Done: 1 of 1."_s, 10000);
    QCOMPARE(m_app->sandbox->sends(ids.at(0)), 0);
    QCOMPARE(m_app->sandbox->sms(ids.at(0)).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(m_app->sandbox->sends(ids.at(1)), 1);
}

void tst_SmsForm::conflictShowsClosesValue_data()
{
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::newRow("short") << u"My version"_s << u"Their version"_s;
    QTest::newRow("mine long") << QString(u"Mine is long. "_s.repeated(60)) << u"Their version"_s;
    QTest::newRow("theirs long") << u"My version"_s << QString(u"Theirs is long. "_s.repeated(60));
}

void tst_SmsForm::conflictShowsClosesValue()
{
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    const QString id = selectDraft();
    SmsForm *form = m_app->smsForm();
    // As typed, without typing 800 keys.
    m_app->smsEditor()->editor()->setFocus();
    QTextCursor cursor(m_app->smsEditor()->editor()->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(mine);
    QTRY_COMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"text"_s).toString(), mine);
    // Close's clock is past the copy the edit started from.
    QTRY_VERIFY(QDateTime::currentDateTimeUtc()
                > m_app->sms->field(m_app->sms->rowOf(id), u"date_updated"_s).toDateTime());
    // A colleague changes the same text in Close meanwhile.
    QCOMPARE(m_app->sandbox->http->put(u"activity/sms/%1/"_s.arg(id), {{u"text"_s, theirs}}).status,
             200);
    QTest::keyClick(m_app->smsEditor()->editor(), Qt::Key_S, Qt::ControlModifier);
    auto *panel = form->findChild<ConflictPanel *>();
    QTRY_VERIFY(panel->isVisible());
    QLabel *theirsLabel = nullptr;
    QLabel *yoursLabel = nullptr;
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->accessibleName() == "Message in Close"_L1)
            theirsLabel = label;
        if (label->accessibleName() == "Your Message"_L1)
            yoursLabel = label;
    }
    QVERIFY(theirsLabel && yoursLabel);
    QCOMPARE(theirsLabel->text(), theirs);
    // The header does not offer a Save that is off until the rep chooses.
    const QString header = named<QLabel>(form, u"banner"_s)->text();
    QVERIFY2(header.startsWith(
                 u"Draft — unsaved changes: Save comes back once you choose a version below."_s),
             qPrintable(header));
    QCOMPARE(yoursLabel->text(), mine);
    // The rep sees both, from their first line, whatever the length of the other.
    QTRY_VERIFY(firstLineShows(theirsLabel));
    QTRY_VERIFY(firstLineShows(yoursLabel));
    saveScreenshot(m_app->window.get(),
                   u"conflict-"_s
                       + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QCOMPARE(m_app->sandbox->sms(id).value("text"_L1).toString(), theirs);
}

void tst_SmsForm::inboundIsFromThemToYou()
{
    SmsForm *form = m_app->smsForm();
    QString inbound;
    for (int row = 0; row < m_app->sms->rowCount() && inbound.isEmpty(); ++row) {
        if (m_app->sms->status(row) == "inbox"_L1
            && m_app->sms->field(row, u"direction"_s) == "inbound"_L1)
            inbound = m_app->sms->idAt(row);
    }
    QVERIFY(!inbound.isEmpty());
    QVERIFY(m_app->smsWorkspace()->selectActivity(inbound));
    const QJsonObject sms = m_app->sandbox->sms(inbound);
    const QString theirs = sms.value("remote_phone"_L1).toString();
    const QString yours = sms.value("local_phone"_L1).toString();
    QVERIFY(!theirs.isEmpty() && !yours.isEmpty() && theirs != yours);
    QCOMPARE(named<QLineEdit>(form, u"recipient"_s)->text(), theirs);
    QCOMPARE(named<QComboBox>(form, u"sender"_s)->currentData().toString(), yours);
    QVERIFY(labelOf(named<QLineEdit>(form, u"recipient"_s)));
    QVERIFY(labelOf(named<QComboBox>(form, u"sender"_s)));
    QCOMPARE(labelOf(named<QLineEdit>(form, u"recipient"_s))->text().remove(u'&'), u"From:"_s);
    QCOMPARE(labelOf(named<QComboBox>(form, u"sender"_s))->text().remove(u'&'), u"To:"_s);
    QCOMPARE(named<QLineEdit>(form, u"recipient"_s)->accessibleName(), u"Sender phone number"_s);
    saveScreenshot(m_app->window.get(), u"inbound"_s);

    // An outbound one goes from the rep's number to theirs.
    QVERIFY(!selectDraft().isEmpty());
    QCOMPARE(labelOf(named<QLineEdit>(form, u"recipient"_s))->text().remove(u'&'), u"To:"_s);
    QCOMPARE(labelOf(named<QComboBox>(form, u"sender"_s))->text().remove(u'&'), u"From:"_s);
    QCOMPARE(named<QLineEdit>(form, u"recipient"_s)->accessibleName(), u"Recipient phone number"_s);
}

void tst_SmsForm::senderPickerFollowsItsModel()
{
    SmsForm *form = m_app->smsForm();
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    auto *sender = named<QComboBox>(form, u"sender"_s);
    const QString local = m_app->sms->field(m_app->sms->rowOf(id), u"local_phone"_s).toString();
    QVERIFY(!local.isEmpty());

    // Another account's numbers, without the draft's: the list is theirs, and the draft's
    // number still shows, as not one of theirs.
    const std::optional<PhoneNumber> other
        = PhoneNumber::fromJson({{u"number"_s, u"+12025550123"_s},
                                 {u"label"_s, u"Support"_s},
                                 {u"type"_s, u"internal"_s},
                                 {u"sms_enabled"_s, true}});
    QVERIFY(other);
    QVERIFY(local != other->number.value());
    m_app->senders->setNumbers({*other});
    QCOMPARE(sender->count(), 3);
    QCOMPARE(sender->itemText(0), u"Choose a number…"_s);
    QCOMPARE(sender->itemData(1).toString(), u"+12025550123"_s);
    QCOMPARE(sender->itemText(1), m_app->senders->index(0, 0).data().toString());
    QCOMPARE(sender->currentIndex(), 2);
    QCOMPARE(sender->currentData().toString(), local);
    QCOMPARE(sender->currentText(), u"%1 (not one of your numbers)"_s.arg(local));

    // The rep picks the account's number: that is the draft's pending From.
    sender->setCurrentIndex(1);
    emit sender->activated(1);
    QCOMPARE(m_app->sms->field(m_app->sms->rowOf(id), u"local_phone"_s).toString(),
             u"+12025550123"_s);
    QCOMPARE(sender->currentData().toString(), u"+12025550123"_s);
}

void tst_SmsForm::aHugeParagraphIsShownShortAndKeptWhole()
{
    // A paragraph of 300,000 characters pasted (or come from Close): laid out whole, every
    // keystroke in it took 90 ms and more (a second at 3 MB). It is kept whole, shown cut
    // short and read-only, and the rep can cut it to what Close sends.
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    const int row = m_app->sms->rowOf(id);
    QString huge;
    while (huge.size() < 300'000)
        huge += u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s;
    DraftEditor *editor = m_app->smsEditor();
    QPlainTextEdit *edit = editor->editor();
    QGuiApplication::clipboard()->setText(huge);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);

    QCOMPARE(editor->text(), huge); // nothing lost...
    QCOMPARE(m_app->sms->field(row, u"text"_s).toString(), huge);
    QVERIFY(m_app->sms->isDirty(row));
    QVERIFY(edit->isReadOnly()); // ...but not laid out whole
    QVERIFY2(edit->document()->characterCount() <= LongTextGuard::longestEditedParagraph + 2,
             qPrintable(QString::number(edit->document()->characterCount())));
    QVERIFY(huge.startsWith(edit->toPlainText().chopped(1)));
    auto *note = named<QLabel>(editor, u"tooLongNote"_s);
    QVERIFY(note && note->isVisible());
    QVERIFY2(note->text().contains(QLocale().toString(huge.size())), qPrintable(note->text()));
    QVERIFY(!named<QPushButton>(m_app->smsForm(), u"sendButton"_s)->isEnabled());
    saveScreenshot(m_app->window.get(), u"huge-paragraph"_s);

    // Shortened to what Close sends, it is the rep's to edit again, and saved as such.
    auto *shorten = named<QPushButton>(editor, u"shortenButton"_s);
    QVERIFY(shorten && shorten->isVisible());
    QTest::mouseClick(shorten, Qt::LeftButton);
    QVERIFY(!note->isVisible());
    QVERIFY(!edit->isReadOnly());
    QCOMPARE(editor->text(), huge.left(SmsSegments::closeLimit));
    QCOMPARE(m_app->sms->field(row, u"text"_s).toString(), huge.left(SmsSegments::closeLimit));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(editor->text(), huge.left(SmsSegments::closeLimit - 1));
    QVERIFY(named<QPushButton>(m_app->smsForm(), u"sendButton"_s)->isEnabled());
    QTest::mouseClick(named<QPushButton>(m_app->smsForm(), u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    QCOMPARE(m_app->sandbox->sms(id).value("text"_L1).toString(),
             huge.left(SmsSegments::closeLimit - 1));
}

void tst_SmsForm::theWheelScrollsPastFieldsNotClicked()
{
    // Scrolling the form with the pointer over the activity date (or the sender, the template)
    // moved the date and left the draft with unsaved changes.
    const QString id = selectDraft();
    QVERIFY(!id.isEmpty());
    const int row = m_app->sms->rowOf(id);
    auto *date = named<QDateTimeEdit>(m_app->smsForm(), u"activityDate"_s);
    auto *sender = named<QComboBox>(m_app->smsForm(), u"sender"_s);
    QVERIFY(date && sender);
    m_app->smsEditor()->editor()->setFocus();
    const QDateTime before = date->dateTime();
    const int senderBefore = sender->currentIndex();
    const auto wheel = [](QWidget *widget, int steps) {
        const QPoint at = widget->rect().center();
        QWheelEvent event(at, widget->mapToGlobal(at), {}, QPoint(0, 120 * steps), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    };
    wheel(date, 2);
    wheel(sender, -1);
    QCOMPARE(date->dateTime(), before);
    QCOMPARE(sender->currentIndex(), senderBefore);
    QVERIFY(!date->hasFocus());
    QVERIFY(!m_app->sms->isDirty(row));
    // Clicked into, the wheel steps the date as ever.
    date->setFocus();
    QTRY_VERIFY(date->hasFocus());
    QVERIFY(!date->isReadOnly());
    wheel(date, 1);
    QVERIFY2(date->dateTime() != before, qPrintable(date->dateTime().toString()));
}

QTEST_MAIN(tst_SmsForm)
#include "tst_smsform.moc"
