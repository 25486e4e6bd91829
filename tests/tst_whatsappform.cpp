// The WhatsApp tab driven like a rep would, against the sandbox: conversations open, the markup
// editor and its preview, saving markdown (the sandbox derives message_html), direction and
// reply-to, a bad number marked, delete only after a confirmation, links opened on click only.
#include "conversationmodel.h"
#include "markupeditor.h"
#include "pageloader.h"
#include "safehtmlview.h"
#include "sandboxfixture.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"
#include "windowfixture.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_WhatsAppForm : public QObject
{
    Q_OBJECT

public slots:
    //! The system browser, as far as this test is concerned.
    void openInBrowser(const QUrl &url) { m_opened << url; }

private slots:
    void init();
    void cleanup();
    void opensWithConversationsExpanded();
    void editMarkdownAndSave();
    void styleButtonsAndShortcuts();
    void directionAndReplyTo();
    void badNumberIsMarked();
    void deleteAsksFirst();
    void hiddenTabCatchesUpWhenShown();
    void replyChoicesFilledOnceEveryPageIsIn();
    void previewLinksOpenOnlyWhenClicked();

private:
    QJsonObject stored(const QString &id)
    {
        return m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json;
    }
    WhatsAppForm *form() const { return m_workspace->findChild<WhatsAppForm *>(); }
    MarkupEditor *markupEditor() const { return named<MarkupEditor>(form(), u"messageEditor"_s); }
    ConversationModel *conversationModel() const
    {
        return qobject_cast<ConversationModel *>(
            named<QTreeView>(m_workspace.get(), u"whatsappConversations"_s)->model());
    }
    //! Selects a message with at least one earlier message in its conversation.
    QString selectLaterMessage();
    static void type(QWidget *widget, const QString &text);
    QMessageBox *confirmation();

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<WhatsAppTableModel> m_model;
    std::unique_ptr<WhatsAppWorkspace> m_workspace;
    QList<QUrl> m_opened;
};

void tst_WhatsAppForm::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(40);
    QVERIFY(m_sandbox->ok());
    m_model = std::make_unique<WhatsAppTableModel>(m_sandbox->client.get());
    m_workspace = std::make_unique<WhatsAppWorkspace>(m_model.get());
    m_workspace->resize(1200, 800);
    m_workspace->show(); // showing the tab loads the messages
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    QTRY_COMPARE(m_model->rowCount(), 40);
    QTRY_VERIFY(!form()->currentId().isEmpty());
    m_opened.clear();
    QDesktopServices::setUrlHandler(u"https"_s, this, "openInBrowser");
    QDesktopServices::setUrlHandler(u"file"_s, this, "openInBrowser");
}

void tst_WhatsAppForm::cleanup()
{
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"file"_s);
    m_workspace.reset();
    m_model.reset();
    m_sandbox.reset();
}

void tst_WhatsAppForm::type(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    QTest::keyClicks(widget, text);
}

QMessageBox *tst_WhatsAppForm::confirmation()
{
    QMessageBox *box = nullptr;
    if (!QTest::qWaitFor([&] {
            box = m_workspace->findChild<QMessageBox *>(u"deleteConfirmation"_s);
            return box && box->isVisible();
        }))
        return nullptr;
    return box;
}

QString tst_WhatsAppForm::selectLaterMessage()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->conversationRows(row).indexOf(row) >= 1) {
            const QString id = m_model->idAt(row);
            if (m_workspace->selectMessage(id))
                return id;
        }
    }
    return {};
}

void tst_WhatsAppForm::opensWithConversationsExpanded()
{
    ConversationModel *conversations = conversationModel();
    QTreeView *view = named<QTreeView>(m_workspace.get(), u"whatsappConversations"_s);
    QVERIFY(conversations->rowCount() > 1);
    QTRY_VERIFY(view->isExpanded(conversations->index(conversations->rowCount() - 1, 0)));
    for (int row = 0; row < conversations->rowCount(); ++row)
        QVERIFY(view->isExpanded(conversations->index(row, 0)));
    // The form shows the selected message, and offers no send: Close never sends these.
    const QModelIndex current = view->currentIndex();
    QCOMPARE(current.data(ActivityTableModel::IdRole).toString(), form()->currentId());
    QCOMPARE(markupEditor()->text(),
             stored(form()->currentId()).value("message_markdown"_L1).toString());
    for (QPushButton *button : form()->findChildren<QPushButton *>())
        QVERIFY2(!button->text().contains("Send"_L1), qPrintable(button->text()));

    // A conversation the rep closes stays closed when the list changes.
    const QModelIndex last = conversations->index(conversations->rowCount() - 1, 0);
    view->setCurrentIndex(last);
    QTest::keyClick(view, Qt::Key_Left);
    const QString key = last.data(ConversationModel::ConversationKeyRole).toString();
    QVERIFY(!view->isExpanded(last));
    named<QLineEdit>(m_workspace.get(), u"whatsappSearch"_s)->setText(u"a"_s);
    named<QLineEdit>(m_workspace.get(), u"whatsappSearch"_s)->clear();
    // The conversations open again, but the one the rep closed.
    QTRY_VERIFY(view->isExpanded(conversations->index(0, 0)) || conversations->index(0, 0) == last);
    QVERIFY(!view->isExpanded(conversations->indexOfConversation(key)));
}

void tst_WhatsAppForm::editMarkdownAndSave()
{
    const QString id = form()->currentId();
    QPlainTextEdit *editor = markupEditor()->editor();
    QVERIFY(!named<QPushButton>(form(), u"saveButton"_s)->isEnabled());
    type(editor, u"Our price is *$49* per seat, _this week_ only"_s);
    QVERIFY(named<QPushButton>(form(), u"saveButton"_s)->isEnabled());
    // The live preview renders the edit.
    QTRY_COMPARE(named<QLabel>(markupEditor(), u"previewTitle"_s)->text(),
                 u"Preview of your changes:"_s);
    const QTextDocument *preview = markupEditor()->preview()->document();
    QCOMPARE(preview->toPlainText(), u"Our price is $49 per seat, this week only"_s);
    QTextCursor bold(preview->begin());
    bold.setPosition(int(preview->toPlainText().indexOf("$49"_L1)) + 1);
    QCOMPARE(bold.charFormat().fontWeight(), int(QFont::Bold));

    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    QTest::mouseClick(named<QPushButton>(form(), u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    const QJsonObject server = stored(id);
    QCOMPARE(server.value("message_markdown"_L1).toString(),
             u"Our price is *$49* per seat, _this week_ only"_s);
    QCOMPARE(server.value("message_html"_L1).toString(),
             u"<p>Our price is <strong>$49</strong> per seat, <em>this week</em> only</p>"_s);
    QCOMPARE(server.value("text"_L1).toString(), u"Our price is $49 per seat, this week only"_s);
    QVERIFY(!named<QPushButton>(form(), u"saveButton"_s)->isEnabled());
    // Saved, the preview is the server's HTML.
    QTRY_COMPARE(named<QLabel>(markupEditor(), u"previewTitle"_s)->text(), u"As Close shows it:"_s);
}

void tst_WhatsAppForm::styleButtonsAndShortcuts()
{
    QPlainTextEdit *editor = markupEditor()->editor();
    type(editor, u"call me today"_s);
    // Select "me" and press B: wrapped; press B again: unwrapped.
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(5);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::mouseClick(markupEditor()->styleButton(MessageMarkup::Style::Bold), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"call *me* today"_s);
    QCOMPARE(editor->textCursor().selectedText(), u"me"_s);
    QTest::mouseClick(markupEditor()->styleButton(MessageMarkup::Style::Bold), Qt::LeftButton);
    QCOMPARE(editor->toPlainText(), u"call me today"_s);
    // Shortcuts, with the selection's trailing space kept outside the markers.
    cursor.setPosition(0);
    cursor.setPosition(5, QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    QTest::keyClick(editor, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), u"_call_ me today"_s);
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClicks(editor, u"CODE"_s);
    QCOMPARE(editor->toPlainText(), u"_call_ me today```CODE```"_s);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(editor->toPlainText(), u"~_call_ me today```CODE```~"_s);
    // Undo takes a style off in one step.
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), u"_call_ me today```CODE```"_s);
    // Every edit is pending in the model, not lost.
    const int row = m_model->rowOf(form()->currentId());
    QCOMPARE(m_model->field(row, u"message_markdown"_s).toString(), editor->toPlainText());
}

void tst_WhatsAppForm::directionAndReplyTo()
{
    const QString id = selectLaterMessage();
    QVERIFY(!id.isEmpty());
    QCOMPARE(form()->currentId(), id);
    const int row = m_model->rowOf(id);
    const QString direction = m_model->field(row, u"direction"_s).toString();
    const QString other = direction == "incoming"_L1 ? u"outgoing"_s : u"incoming"_s;

    // The direction picker, by keyboard.
    QComboBox *directions = named<QComboBox>(form(), u"direction"_s);
    directions->setFocus();
    QTest::keyClick(directions, direction == "incoming"_L1 ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(directions->currentData().toString(), other);

    // Reply to: the earliest other message of the conversation.
    const QString earliest = m_model->idAt(m_model->conversationRows(row).first());
    QComboBox *replyTo = named<QComboBox>(form(), u"replyTo"_s);
    QCOMPARE(replyTo->itemData(0), QVariant()); // "Not a reply"
    const int wanted = replyTo->findData(earliest);
    QVERIFY(wanted > 0);
    replyTo->setFocus();
    while (replyTo->currentIndex() != wanted) {
        const int before = replyTo->currentIndex();
        QTest::keyClick(replyTo, before < wanted ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(replyTo->currentIndex() != before);
    }
    QCOMPARE(m_model->field(row, u"response_to_id"_s).toString(), earliest);
    // The conversation shows it as a reply at once.
    QCOMPARE(conversationModel()->indexOfMessage(id).parent(),
             conversationModel()->indexOfMessage(earliest));

    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    QTest::keyClick(markupEditor()->editor(), Qt::Key_S, Qt::ControlModifier);
    QTRY_COMPARE(saved.size(), 1);
    const QJsonObject server = stored(id);
    QCOMPARE(server.value("direction"_L1).toString(), other);
    QCOMPARE(server.value("response_to_id"_L1).toString(), earliest);
    // The form still shows the saved message and its choices.
    QCOMPARE(form()->currentId(), id);
    QCOMPARE(replyTo->currentData().toString(), earliest);
}

void tst_WhatsAppForm::badNumberIsMarked()
{
    const QString id = form()->currentId();
    const QString before = stored(id).value("remote_phone"_L1).toString();
    QLineEdit *remote = named<QLineEdit>(form(), u"remotePhone"_s);
    type(remote, u"+1 555 12"_s);
    // Marked as the rep types, what was typed kept.
    QVERIFY(remote->styleSheet().contains("border"_L1));
    QVERIFY(!remote->accessibleDescription().isEmpty());
    QCOMPARE(named<QLabel>(form(), u"remoteInfo"_s)->text(), remote->accessibleDescription());
    QCOMPARE(remote->text(), u"+1 555 12"_s);
    // Close refuses it; the field stays marked with Close's message, nothing is changed there.
    QSignalSpy failed(m_model.get(), &ActivityTableModel::failed);
    QTest::mouseClick(named<QPushButton>(form(), u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(form()->shownFieldErrors().contains(u"remote_phone"_s));
    QVERIFY(remote->styleSheet().contains("border"_L1));
    QCOMPARE(remote->text(), u"+1 555 12"_s);
    QCOMPARE(stored(id).value("remote_phone"_L1).toString(), before);
    // A good number clears the mark.
    type(remote, u"+44 7400 123456"_s);
    QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
    QTest::mouseClick(named<QPushButton>(form(), u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(stored(id).value("remote_phone"_L1).toString(), u"+447400123456"_s);
    QVERIFY(!remote->styleSheet().contains("border"_L1));
}

void tst_WhatsAppForm::deleteAsksFirst()
{
    const QString id = form()->currentId();
    QTest::mouseClick(named<QPushButton>(form(), u"deleteButton"_s), Qt::LeftButton);
    QMessageBox *box = confirmation();
    QVERIFY(box);
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QVERIFY(!settle(m_sandbox->client.get()).contains(u"no answer"_s)); // Close answered all
    QCOMPARE(stored(id).value("id"_L1).toString(), id);
    QVERIFY(m_model->rowOf(id) >= 0);

    QSignalSpy deleted(m_model.get(), &ActivityTableModel::deleted);
    QTest::mouseClick(named<QPushButton>(form(), u"deleteButton"_s), Qt::LeftButton);
    box = confirmation();
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE(deleted.size(), 1);
    QCOMPARE(m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).status, 404);
    QCOMPARE(m_model->rowOf(id), -1);
    QVERIFY(!conversationModel()->indexOfMessage(id).isValid());
    QVERIFY(form()->currentId() != id);
}

void tst_WhatsAppForm::previewLinksOpenOnlyWhenClicked()
{
    QPlainTextEdit *editor = markupEditor()->editor();
    type(editor, u"Quote: https://example.com/quote?id=7 thanks"_s);
    SafeHtmlView *preview = markupEditor()->preview();
    QTRY_VERIFY(preview->toHtml().contains("https://example.com/quote?id=7"_L1));
    QVERIFY(eventsHandled()); // what showing it set off has run
    QVERIFY(m_opened.isEmpty()); // shown, not opened

    // Click the middle of the link.
    const QString text = preview->document()->toPlainText();
    QTextCursor at(preview->document());
    at.setPosition(int(text.indexOf("example"_L1)) + 3);
    const QPoint point = preview->cursorRect(at).center();
    QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, point);
    QTRY_COMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QUrl(u"https://example.com/quote?id=7"_s));
    // The preview itself went nowhere.
    QVERIFY(preview->source().isEmpty());
    QVERIFY(preview->refusedResources().isEmpty());
}

void tst_WhatsAppForm::hiddenTabCatchesUpWhenShown()
{
    auto *received = named<QToolButton>(m_workspace.get(), u"incomingChip"_s);
    const int incoming = m_model->tally(u"direction"_s).value(u"incoming"_s);
    QCOMPARE(received->text(), u"Received %1"_s.arg(incoming));
    QString outgoing;
    for (int row = 0; row < m_model->rowCount() && outgoing.isEmpty(); ++row) {
        if (stored(m_model->idAt(row)).value("direction"_L1).toString() == "outgoing"_L1)
            outgoing = m_model->idAt(row);
    }
    QVERIFY(!outgoing.isEmpty());

    // Another tab is shown; meanwhile a message turns out to be a received one.
    m_workspace->hide();
    QCOMPARE(m_sandbox->http
                 ->put(u"activity/whatsapp_message/%1/"_s.arg(outgoing),
                       QJsonObject {{u"direction"_s, u"incoming"_s}})
                 .status,
             200);
    m_model->refresh();
    QTRY_COMPARE(m_model->tally(u"direction"_s).value(u"incoming"_s), incoming + 1);
    QTest::qWait(50);
    QCOMPARE(received->text(), u"Received %1"_s.arg(incoming)); // nobody sees it: not redone

    // Back on the tab, it is up to date at once.
    m_workspace->show();
    QTRY_COMPARE(received->text(), u"Received %1"_s.arg(incoming + 1));
    QVERIFY(!form()->currentId().isEmpty());
}

void tst_WhatsAppForm::replyChoicesFilledOnceEveryPageIsIn()
{
    // Five pages of messages: the reply-to choices are not filled again at each page (that
    // scans every row each time), only once the last is in.
    SandboxFixture sandbox(450);
    QVERIFY(sandbox.ok());
    WhatsAppTableModel model(sandbox.client.get());
    WhatsAppWorkspace workspace(&model);
    auto *replyTo = named<QComboBox>(workspace.findChild<WhatsAppForm *>(), u"replyTo"_s);
    int filled = 0;
    connect(replyTo->model(), &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &, int first) {
                filled += first == 0 ? 1 : 0; // "Not a reply" goes in first, at each filling
            });
    int pagesIn = 0;
    int filledAtFirstPage = -1;
    connect(&model, &ActivityTableModel::loadingChanged, this, [&](bool loading) {
        if (!loading && ++pagesIn == 1)
            filledAtFirstPage = filled;
    });
    workspace.resize(1200, 800);
    workspace.show();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 450, 20000);
    QTRY_VERIFY(!PageLoader::of(&model)->isLoading());
    QTest::qWait(50);
    QCOMPARE(pagesIn, 5);
    QVERIFY(filledAtFirstPage >= 0);
    // The rows after the first page: the one the form shows, at most, and the last page's.
    QVERIFY2(filled - filledAtFirstPage <= 2,
             qPrintable(u"filled %1 times after the first page"_s.arg(filled - filledAtFirstPage)));
    QVERIFY(replyTo->count() >= 1);
}

QTEST_MAIN(tst_WhatsAppForm)
#include "tst_whatsappform.moc"
