// Every shortcut of the README's table (and the Alt+letter of Cancel sending), pressed from every
// field of the form it belongs to, against the sandbox: what the rep sees and what Close holds.
#include "drafteditor.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "markupeditor.h"
#include "sandboxfixture.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList smsFields
    = {u"remote_phone"_s, u"local_phone"_s, u"template_id"_s, u"contact_id"_s,
       u"lead_id"_s,      u"user_id"_s,     u"activity_at"_s, u"text"_s};
const QStringList whatsappFields
    = {u"message_markdown"_s, u"direction"_s, u"remote_phone"_s,   u"local_phone"_s,
       u"contact_id"_s,       u"user_id"_s,   u"response_to_id"_s, u"activity_at"_s};

//! The widget of `form` that edits `field` and takes the focus (not a wrapper around it: the
//! line edit a contact field types its search in).
QWidget *fieldWidget(QWidget *form, const QString &field)
{
    for (QWidget *widget : form->findChildren<QWidget *>()) {
        if (widget->property("draftboxField").toString() != field)
            continue;
        if (widget->focusProxy())
            return widget->focusProxy();
        if (widget->focusPolicy() != Qt::NoFocus)
            return widget;
    }
    return nullptr;
}

//! What a field shows, whatever kind of widget it is.
QString shown(QWidget *widget)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        return line->text();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *date = qobject_cast<QDateTimeEdit *>(widget))
        return date->text();
    if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        return text->toPlainText();
    return {};
}

} // namespace

class tst_Shortcuts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void saveFromEveryField_data();
    void saveFromEveryField();
    void saveFromTheListAndTheSearch();
    void sendFromEveryField_data();
    void sendFromEveryField();
    void cancelSendingFromEveryField_data();
    void cancelSendingFromEveryField();
    void escapePutsTheFieldBack_data();
    void escapePutsTheFieldBack();
    void windowShortcutsFromEveryField_data();
    void windowShortcutsFromEveryField();
    void markupFromEveryField_data();
    void markupFromEveryField();
    void tabReachesTheListAndShowsWhereItIs();

private:
    QString selectSms(const QString &status);
    QString selectWhatsApp();
    //! Focuses `field` of the form and returns the widget that has the focus.
    QWidget *focusField(const QString &form, const QString &field);
    QWidget *formOf(const QString &form) const;

    std::unique_ptr<WindowFixture> m_app;
};

void tst_Shortcuts::init()
{
    m_app = std::make_unique<WindowFixture>(60);
    QVERIFY(m_app->open(60));
}

void tst_Shortcuts::cleanup()
{
    m_app.reset();
}

QString tst_Shortcuts::selectSms(const QString &status)
{
    m_app->tabs()->setCurrentIndex(MainWindow::SmsTab);
    for (int row = 0; row < m_app->sms->rowCount(); ++row) {
        if (m_app->sms->status(row) == status
            && m_app->sms->field(row, u"remote_country_iso"_s) == "US"_L1
            && (status != "scheduled"_L1 || m_app->sms->canCancel(row))) {
            const QString id = m_app->sms->idAt(row);
            if (m_app->smsWorkspace()->selectActivity(id))
                return id;
        }
    }
    return {};
}

QString tst_Shortcuts::selectWhatsApp()
{
    m_app->tabs()->setCurrentIndex(MainWindow::WhatsAppTab);
    if (!QTest::qWaitFor([this] { return m_app->whatsapp->rowCount() > 0; }))
        return {};
    for (int row = 0; row < m_app->whatsapp->rowCount(); ++row) {
        const QString id = m_app->whatsapp->idAt(row);
        if (!m_app->whatsapp->field(row, u"message_markdown"_s).toString().isEmpty()
            && m_app->whatsappWorkspace()->selectMessage(id))
            return id;
    }
    return {};
}

QWidget *tst_Shortcuts::formOf(const QString &form) const
{
    return form == "sms"_L1 ? static_cast<QWidget *>(m_app->smsForm())
                            : static_cast<QWidget *>(m_app->whatsappForm());
}

QWidget *tst_Shortcuts::focusField(const QString &form, const QString &field)
{
    QWidget *widget = fieldWidget(formOf(form), field);
    if (!widget || !widget->isEnabled())
        return nullptr;
    widget->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([widget] { return widget->hasFocus(); }))
        return nullptr;
    return QApplication::focusWidget();
}

void tst_Shortcuts::saveFromEveryField_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("field");
    for (const QString &field : smsFields)
        QTest::addRow("SMS %s", qPrintable(field)) << u"sms"_s << field;
    for (const QString &field : whatsappFields)
        QTest::addRow("WhatsApp %s", qPrintable(field)) << u"whatsapp"_s << field;
}

void tst_Shortcuts::saveFromEveryField()
{
    QFETCH(QString, form);
    QFETCH(QString, field);
    const bool sms = form == "sms"_L1;
    const QString id = sms ? selectSms(u"draft"_s) : selectWhatsApp();
    QVERIFY(!id.isEmpty());
    const QString text = u"Saved with Ctrl+S from %1"_s.arg(field);
    QPlainTextEdit *editor = sms ? m_app->smsEditor()->editor() : m_app->whatsappEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, text);
    ActivityTableModel *model = sms ? static_cast<ActivityTableModel *>(m_app->sms.get())
                                    : static_cast<ActivityTableModel *>(m_app->whatsapp.get());
    QVERIFY(model->isDirty(model->rowOf(id)));

    QWidget *focus = focusField(form, field);
    QVERIFY2(focus, "the field takes the focus");
    QTest::keyClick(focus, Qt::Key_S, Qt::ControlModifier);
    const QString path = sms ? u"activity/sms/%1/"_s : u"activity/whatsapp_message/%1/"_s;
    const QString wire = sms ? u"text"_s : u"message_markdown"_s;
    QTRY_COMPARE(m_app->sandbox->http->get(path.arg(id)).json.value(wire).toString(), text);
    QTRY_VERIFY(!model->isDirty(model->rowOf(id)));
}

void tst_Shortcuts::saveFromTheListAndTheSearch()
{
    // The banner says "Save (Ctrl+S)": it saves wherever the rep is in the window.
    const QString id = selectSms(u"draft"_s);
    QVERIFY(!id.isEmpty());
    for (const char *where : {"smsList", "smsSearch"}) {
        const QString text = u"Saved with Ctrl+S from %1"_s.arg(QLatin1String(where));
        QPlainTextEdit *editor = m_app->smsEditor()->editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, text);
        QVERIFY(m_app->sms->isDirty(m_app->sms->rowOf(id)));
        auto *focus = m_app->window->findChild<QWidget *>(QLatin1String(where));
        QVERIFY2(focus, where);
        focus->setFocus();
        QTRY_VERIFY(focus->hasFocus());
        QTest::keyClick(focus, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(m_app->sandbox->http->get(u"activity/sms/%1/"_s.arg(id))
                         .json.value("text"_L1)
                         .toString(),
                     text);
        QTRY_VERIFY(!m_app->sms->isDirty(m_app->sms->rowOf(id)));
    }
}

void tst_Shortcuts::sendFromEveryField_data()
{
    QTest::addColumn<QString>("field");
    for (const QString &field : smsFields)
        QTest::newRow(qPrintable(field)) << field;
}

void tst_Shortcuts::sendFromEveryField()
{
    QFETCH(QString, field);
    const QString id = selectSms(u"draft"_s);
    QVERIFY(!id.isEmpty());
    SmsForm *form = m_app->smsForm();
    QVERIFY(named<QPushButton>(form, u"sendButton"_s)->isEnabled());
    QWidget *focus = focusField(u"sms"_s, field);
    QVERIFY2(focus, "the field takes the focus");
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(named<QPushButton>(form, u"undoButton"_s)->isVisible());
    QTRY_VERIFY(m_app->sandbox->sms(id).value("status"_L1).toString() != "draft"_L1);
    QCOMPARE(m_app->sandbox->sends(id), 0); // the undo delay: nothing went out yet
}

void tst_Shortcuts::cancelSendingFromEveryField_data()
{
    QTest::addColumn<QString>("field");
    // A scheduled SMS is read-only: its pickers are disabled and take no focus.
    for (const QString &field : smsFields) {
        if (field != "local_phone"_L1 && field != "template_id"_L1)
            QTest::newRow(qPrintable(field)) << field;
    }
}

void tst_Shortcuts::cancelSendingFromEveryField()
{
    QFETCH(QString, field);
    const QString id = selectSms(u"scheduled"_s);
    QVERIFY(!id.isEmpty());
    SmsForm *form = m_app->smsForm();
    QTRY_VERIFY(named<QPushButton>(form, u"cancelButton"_s)->isVisible()
                && named<QPushButton>(form, u"cancelButton"_s)->isEnabled());
    QWidget *focus = focusField(u"sms"_s, field);
    QVERIFY2(focus, "the field takes the focus");
    QTest::keyClick(focus, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(m_app->sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QTRY_COMPARE(m_app->sms->status(m_app->sms->rowOf(id)), u"draft"_s);
    QTRY_VERIFY(!named<QPushButton>(form, u"cancelButton"_s)->isVisible());
    QVERIFY(named<QPushButton>(form, u"sendButton"_s)->isEnabled());
}

void tst_Shortcuts::escapePutsTheFieldBack_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("field");
    for (const QString &field : smsFields) {
        if (field != "attachments"_L1 && field != "template_id"_L1)
            QTest::addRow("SMS %s", qPrintable(field)) << u"sms"_s << field;
    }
    for (const QString &field : whatsappFields) {
        if (field != "attachments"_L1 && field != "response_to_id"_L1)
            QTest::addRow("WhatsApp %s", qPrintable(field)) << u"whatsapp"_s << field;
    }
}

void tst_Shortcuts::escapePutsTheFieldBack()
{
    QFETCH(QString, form);
    QFETCH(QString, field);
    const bool sms = form == "sms"_L1;
    const QString id = sms ? selectSms(u"draft"_s) : selectWhatsApp();
    QVERIFY(!id.isEmpty());
    ActivityTableModel *model = sms ? static_cast<ActivityTableModel *>(m_app->sms.get())
                                    : static_cast<ActivityTableModel *>(m_app->whatsapp.get());
    QWidget *focus = focusField(form, field);
    QVERIFY2(focus, "the field takes the focus");
    QWidget *widget = fieldWidget(formOf(form), field);
    const QString before = shown(widget);
    // The rep changes the field, as a rep would in that kind of widget.
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        QTest::keyClick(focus,
                        combo->currentIndex() + 1 < combo->count() ? Qt::Key_Down : Qt::Key_Up);
    else if (qobject_cast<QDateTimeEdit *>(widget))
        QTest::keyClick(focus, Qt::Key_Up);
    else
        QTest::keyClicks(focus, u"9"_s);
    QVERIFY2(shown(widget) != before, "the field changed");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_COMPARE(shown(widget), before);
    QVERIFY(!model->isDirty(model->rowOf(id)));
    QVERIFY(widget->hasFocus()); // the rep goes on typing where they were
}

void tst_Shortcuts::windowShortcutsFromEveryField_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("shortcut");
    for (const QString &field : smsFields) {
        for (const char *key : {"Ctrl+2", "Ctrl+F", "F5", "Ctrl+Shift+K"})
            QTest::addRow("SMS %s %s", qPrintable(field), key)
                << u"sms"_s << field << QString::fromLatin1(key);
    }
    for (const QString &field : whatsappFields) {
        for (const char *key : {"Ctrl+1", "Ctrl+F", "Ctrl+Shift+K"})
            QTest::addRow("WhatsApp %s %s", qPrintable(field), key)
                << u"whatsapp"_s << field << QString::fromLatin1(key);
    }
}

void tst_Shortcuts::windowShortcutsFromEveryField()
{
    QFETCH(QString, form);
    QFETCH(QString, field);
    QFETCH(QString, shortcut);
    const bool sms = form == "sms"_L1;
    const QString id = sms ? selectSms(u"draft"_s) : selectWhatsApp();
    QVERIFY(!id.isEmpty());
    if (shortcut == "F5"_L1) {
        // Someone changes the SMS in Close; F5 brings it.
        QCOMPARE(m_app->sandbox->http
                     ->put(u"activity/sms/%1/"_s.arg(id), {{u"text"_s, u"Changed in Close"_s}})
                     .status,
                 200);
    }
    QSignalSpy connectAsked(m_app->window.get(), &MainWindow::connectRequested);
    QWidget *focus = focusField(form, field);
    QVERIFY2(focus, "the field takes the focus");
    const QKeyCombination key = QKeySequence::fromString(shortcut)[0];
    QTest::keyClick(focus, key.key(), key.keyboardModifiers());
    if (shortcut == "Ctrl+1"_L1) {
        QCOMPARE(m_app->tabs()->currentIndex(), int(MainWindow::SmsTab));
    } else if (shortcut == "Ctrl+2"_L1) {
        QCOMPARE(m_app->tabs()->currentIndex(), int(MainWindow::WhatsAppTab));
    } else if (shortcut == "Ctrl+F"_L1) {
        QLineEdit *search
            = sms ? m_app->smsSearch() : named<QLineEdit>(m_app->window.get(), u"whatsappSearch"_s);
        QTRY_VERIFY(search->hasFocus());
    } else if (shortcut == "F5"_L1) {
        QTRY_COMPARE(m_app->smsEditor()->text(), u"Changed in Close"_s);
    } else {
        QCOMPARE(connectAsked.size(), 1);
    }
}

void tst_Shortcuts::markupFromEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("shortcut");
    QTest::addColumn<QString>("marker");
    for (const QString &field : whatsappFields) {
        for (const auto &[key, marker] :
             {std::pair {"Ctrl+B", "*"}, std::pair {"Ctrl+I", "_"}, std::pair {"Ctrl+Shift+X", "~"},
              std::pair {"Ctrl+Shift+C", "```"}})
            QTest::addRow("%s %s", qPrintable(field), key)
                << field << QString::fromLatin1(key) << QString::fromLatin1(marker);
    }
}

void tst_Shortcuts::markupFromEveryField()
{
    QFETCH(QString, field);
    QFETCH(QString, shortcut);
    QFETCH(QString, marker);
    const QString id = selectWhatsApp();
    QVERIFY(!id.isEmpty());
    QPlainTextEdit *editor = m_app->whatsappEditor()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, u"deal"_s);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier); // the style goes on the selection
    QWidget *focus = focusField(u"whatsapp"_s, field);
    QVERIFY2(focus, "the field takes the focus");
    const QKeyCombination key = QKeySequence::fromString(shortcut)[0];
    QTest::keyClick(focus, key.key(), key.keyboardModifiers());
    QCOMPARE(editor->toPlainText(), marker + u"deal"_s + marker);
    QCOMPARE(m_app->whatsapp->field(m_app->whatsapp->rowOf(id), u"message_markdown"_s).toString(),
             marker + u"deal"_s + marker);
}

void tst_Shortcuts::tabReachesTheListAndShowsWhereItIs()
{
    const QString id = selectSms(u"draft"_s);
    QVERIFY(!id.isEmpty());
    auto *search = m_app->window->findChild<QLineEdit *>(u"smsSearch"_s);
    auto *list = m_app->window->findChild<QTableView *>(u"smsList"_s);
    QVERIFY(search && list);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    // From the search box, past the lead filter, into the list.
    QTest::keyClick(search, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), list);
    const QModelIndex current = list->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(ActivityTableModel::IdRole).toString(), id);

    // The current row carries a frame in the palette's focus colour while the list has the
    // keyboard, and none once it has gone.
    const QRect cell = list->visualRect(current);
    const QPoint onFrame(cell.left() + cell.width() / 2, cell.top());
    const auto frameShown = [&] {
        const QImage image = list->viewport()->grab().toImage();
        return image.pixelColor(onFrame * list->viewport()->devicePixelRatioF())
            == list->palette().color(QPalette::HighlightedText);
    };
    QTRY_VERIFY(frameShown());

    // Tab goes on to the form, not from cell to cell (which opened the next SMS at each
    // fourth Tab); Shift+Tab comes back.
    QTest::keyClick(list, Qt::Key_Tab);
    QTRY_VERIFY(!list->hasFocus());
    QVERIFY(m_app->smsForm()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(list->currentIndex().data(ActivityTableModel::IdRole).toString(), id);
    QCOMPARE(m_app->smsForm()->currentId(), id);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QTRY_COMPARE(QApplication::focusWidget(), list);

    search->setFocus();
    QTRY_VERIFY(!list->hasFocus());
    QVERIFY(!frameShown());
}

QTEST_MAIN(tst_Shortcuts)
#include "tst_shortcuts.moc"
