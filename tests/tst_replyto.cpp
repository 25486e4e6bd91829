// WhatsApp reply-to, as the rep picks it in the form against the sandbox: only earlier messages
// of the same conversation are offered, and a loop (A answers B answers A) is refused by the
// model with a reason the form shows, leaving Close's record as it was.
#include "markupeditor.h"
#include "named.h"
#include "sandboxfixture.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ReplyTo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offersOnlyEarlierMessagesOfTheConversation();
    void cycleIsRefusedWithTheReason();

private:
    QJsonObject stored(const QString &id)
    {
        return m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(id)).json;
    }
    WhatsAppForm *form() const { return m_workspace->findChild<WhatsAppForm *>(); }
    //! A row with at least one earlier and one later message in its conversation, all at
    //! different times.
    int middleRow() const;
    QDateTime at(int row) const { return m_model->field(row, u"activity_at"_s).toDateTime(); }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<WhatsAppTableModel> m_model;
    std::unique_ptr<WhatsAppWorkspace> m_workspace;
};

void tst_ReplyTo::init()
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
}

void tst_ReplyTo::cleanup()
{
    m_workspace.reset();
    m_model.reset();
    m_sandbox.reset();
}

int tst_ReplyTo::middleRow() const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QList<int> rows = m_model->conversationRows(row);
        const qsizetype i = rows.indexOf(row);
        if (i >= 1 && i + 1 < rows.size() && at(rows.at(i - 1)) < at(row)
            && at(row) < at(rows.at(i + 1)))
            return row;
    }
    return -1;
}

void tst_ReplyTo::offersOnlyEarlierMessagesOfTheConversation()
{
    const int row = middleRow();
    QVERIFY(row >= 0);
    const QString id = m_model->idAt(row);
    QVERIFY(m_workspace->selectMessage(id));
    QCOMPARE(form()->currentId(), id);

    QSet<QString> earlier;
    QSet<QString> later;
    for (const int other : m_model->conversationRows(row)) {
        if (at(other) < at(row))
            earlier << m_model->idAt(other);
        else if (other != row)
            later << m_model->idAt(other);
    }
    QVERIFY(!earlier.isEmpty());
    QVERIFY(!later.isEmpty());

    QComboBox *replyTo = named<QComboBox>(form(), u"replyTo"_s);
    QCOMPARE(replyTo->itemData(0), QVariant()); // "Not a reply"
    QSet<QString> offered;
    for (int i = 1; i < replyTo->count(); ++i)
        offered << replyTo->itemData(i).toString();
    // What it answers now may be shown as it is, but nothing later is offered as a choice.
    const QString current = m_model->field(row, u"response_to_id"_s).toString();
    offered.remove(current);
    QVERIFY2(!offered.intersects(later), "a later message is offered as what this one answers");
    QVERIFY(!offered.contains(id));
    for (const QString &e : std::as_const(earlier))
        QVERIFY2(offered.contains(e) || e == current, qPrintable(e));

    // Walking the whole list by keyboard never lands on a later message.
    replyTo->setFocus();
    QTest::keyClick(replyTo, Qt::Key_Home);
    for (int i = 0; i < replyTo->count(); ++i) {
        const QString picked = replyTo->currentData().toString();
        QVERIFY2(!later.contains(picked), qPrintable(picked));
        QTest::keyClick(replyTo, Qt::Key_Down);
    }
}

void tst_ReplyTo::cycleIsRefusedWithTheReason()
{
    const int middle = middleRow();
    QVERIFY(middle >= 0);
    const QList<int> rows = m_model->conversationRows(middle);
    const int a = rows.at(rows.indexOf(middle) - 1); // earlier
    const int b = middle;
    const QString idA = m_model->idAt(a);
    const QString idB = m_model->idAt(b);

    // B answers A, as the rep picks it in B's form and saves.
    QVERIFY(m_workspace->selectMessage(idB));
    QComboBox *replyTo = named<QComboBox>(form(), u"replyTo"_s);
    const int wanted = replyTo->findData(idA);
    QVERIFY(wanted > 0);
    if (replyTo->currentIndex() != wanted) {
        replyTo->setFocus();
        while (replyTo->currentIndex() != wanted) {
            const int before = replyTo->currentIndex();
            QTest::keyClick(replyTo, before < wanted ? Qt::Key_Down : Qt::Key_Up);
            QVERIFY(replyTo->currentIndex() != before);
        }
        QSignalSpy saved(m_model.get(), &ActivityTableModel::saved);
        QTest::mouseClick(named<QPushButton>(form(), u"saveButton"_s), Qt::LeftButton);
        QTRY_COMPARE(saved.size(), 1);
    }
    QTRY_COMPARE(stored(idB).value("response_to_id"_L1).toString(), idA);
    const QJsonValue oldOfA = stored(idA).value("response_to_id"_L1);

    // A answering B would make a loop: the model refuses it and says why in A's form.
    QVERIFY(m_workspace->selectMessage(idA));
    QCOMPARE(form()->currentId(), idA);
    const int rowA = m_model->rowOf(idA);
    QVERIFY(!m_model->setField(rowA, u"response_to_id"_s, idB));
    QCOMPARE(m_model->field(rowA, u"response_to_id"_s).toString(), oldOfA.toString());
    QVERIFY(!m_model->isDirty(rowA));
    QVERIFY(!named<QPushButton>(form(), u"saveButton"_s)->isEnabled());
    const QString banner = named<QLabel>(form(), u"banner"_s)->text();
    QVERIFY2(banner.contains("loop"_L1), qPrintable(banner));
    QCOMPARE(m_model->index(rowA, 0).data(ActivityTableModel::RowErrorRole).toString().isEmpty(),
             false);
    // Nor does setData (what a delegate would use) get round it.
    QVERIFY(!m_model->setData(m_model->index(rowA, m_model->fieldColumn(u"response_to_id"_s)), idB,
                              Qt::EditRole));
    QVERIFY(!m_model->isDirty(rowA));

    // Close keeps what it had.
    QTest::keyClick(named<MarkupEditor>(form(), u"messageEditor"_s)->editor(), Qt::Key_S,
                    Qt::ControlModifier);
    QCOMPARE(stored(idA).value("response_to_id"_L1), oldOfA);
    QCOMPARE(stored(idB).value("response_to_id"_L1).toString(), idA);

    // A choice that is fine clears the reason.
    QVERIFY(m_model->setField(rowA, u"response_to_id"_s, QVariant()));
    QVERIFY(!named<QLabel>(form(), u"banner"_s)->text().contains("loop"_L1));
}

QTEST_MAIN(tst_ReplyTo)
#include "tst_replyto.moc"
