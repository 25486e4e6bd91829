// ConversationModel over the WhatsApp messages of the sandbox: conversations by number and
// contact, messages in time order, replies under what they answer, and the filters applied.
#include "activityfilterproxy.h"
#include "conversationmodel.h"
#include "sandboxfixture.h"
#include "whatsapptablemodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_ConversationModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void groupsAsTheServerHoldsThem();
    void replyMovesUnderWhatItAnswers();
    void anotherNumberIsAnotherConversation();
    void searchShowsOnlyMatches();
    void replyToAHiddenMessageStaysInItsConversation();

private:
    //! Every message of the tree, checked for order and nesting on the way.
    QStringList walk(const QModelIndex &parent, const QString &conversation);
    QString conversationOf(const QJsonObject &message) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<WhatsAppTableModel> m_messages;
    std::unique_ptr<ActivityFilterProxy> m_filter;
    std::unique_ptr<ConversationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ConversationModel::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(60);
    QVERIFY(m_sandbox->ok());
    m_messages = std::make_unique<WhatsAppTableModel>(m_sandbox->client.get());
    m_messages->setLooksUpNames(false);
    m_filter = std::make_unique<ActivityFilterProxy>();
    m_filter->setSourceModel(m_messages.get());
    m_model = std::make_unique<ConversationModel>(m_messages.get(),
                                                  WhatsAppTableModel::conversationColumns);
    m_model->setSourceModel(m_filter.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(!m_messages->isLoading()); // the tester asked for the first page
    while (m_messages->canFetchMore({})) {
        m_messages->fetchMore({});
        QTRY_VERIFY(!m_messages->isLoading());
    }
    QCOMPARE(m_messages->rowCount(), 60);
}

void tst_ConversationModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_filter.reset();
    m_messages.reset();
    m_sandbox.reset();
}

QString tst_ConversationModel::conversationOf(const QJsonObject &message) const
{
    return WhatsAppTableModel::conversationKey(message.value("remote_phone"_L1).toString(),
                                               message.value("contact_id"_L1).toString());
}

QStringList tst_ConversationModel::walk(const QModelIndex &parent, const QString &conversation)
{
    QStringList ids;
    QDateTime previous;
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex message = m_model->index(row, 0, parent);
        [&] {
            QVERIFY(!message.data(ConversationModel::IsConversationRole).toBool());
            QCOMPARE(message.data(ConversationModel::ConversationKeyRole).toString(), conversation);
            const QDateTime at = message.data(m_messages->fieldRole(u"activity_at"_s)).toDateTime();
            QVERIFY2(!previous.isValid() || previous <= at, "siblings are in time order");
            previous = at;
            // Nested only under what it answers.
            if (parent.data(ConversationModel::IsConversationRole).toBool() == false)
                QCOMPARE(message.data(m_messages->fieldRole(u"response_to_id"_s)).toString(),
                         parent.data(ActivityTableModel::IdRole).toString());
        }();
        ids << message.data(ActivityTableModel::IdRole).toString();
        ids << walk(message, conversation);
    }
    return ids;
}

void tst_ConversationModel::groupsAsTheServerHoldsThem()
{
    // What the server holds, grouped independently of the model.
    const HttpResult page = m_sandbox->http->get(u"activity/whatsapp_message/"_s, u"_limit=100"_s);
    QCOMPARE(page.status, 200);
    QHash<QString, QSet<QString>> expected;
    QHash<QString, QString> replyTo;
    for (const QJsonValue &v : page.data()) {
        const QJsonObject message = v.toObject();
        expected[conversationOf(message)].insert(message.value("id"_L1).toString());
        replyTo.insert(message.value("id"_L1).toString(),
                       message.value("response_to_id"_L1).toString());
    }
    QCOMPARE(page.data().size(), 60);
    QCOMPARE(m_model->rowCount(), expected.size());

    int nested = 0;
    QDateTime previousLatest;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex conversation = m_model->index(row, 0);
        QVERIFY(conversation.data(ConversationModel::IsConversationRole).toBool());
        const QString key = conversation.data(ConversationModel::ConversationKeyRole).toString();
        const QStringList ids = walk(conversation, key);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), expected.value(key));
        QCOMPARE(conversation.data(ConversationModel::MessageCountRole).toInt(), ids.size());
        QVERIFY(conversation.siblingAtColumn(ConversationModel::DirectionColumn)
                    .data()
                    .toString()
                    .startsWith(QString::number(ids.size())));
        // The conversation with the latest message first.
        const QDateTime latest = conversation.siblingAtColumn(ConversationModel::WhenColumn)
                                     .data(Qt::UserRole)
                                     .toDateTime();
        QVERIFY(!previousLatest.isValid() || latest <= previousLatest);
        previousLatest = latest;
        for (const QString &id : ids) {
            const QModelIndex at = m_model->indexOfMessage(id);
            if (at.parent() != conversation) {
                ++nested;
                QCOMPARE(at.parent().data(ActivityTableModel::IdRole).toString(),
                         replyTo.value(id));
            }
        }
    }
    QVERIFY2(nested > 0, "the sample data has replies, and they are nested");
    // A message maps to its table row and back.
    const QString first = m_messages->idAt(0);
    const QModelIndex shown = m_model->indexOfMessage(first);
    QCOMPARE(m_model->messageRow(shown), 0);
    QCOMPARE(m_model->mapToSource(shown).data(ActivityTableModel::IdRole).toString(), first);
    QCOMPARE(m_model->mapFromSource(
                 m_filter->index(m_filter->mapFromSource(m_messages->index(0, 0)).row(),
                                 WhatsAppTableModel::MessageColumn)),
             shown);
}

void tst_ConversationModel::replyMovesUnderWhatItAnswers()
{
    // Two top-level messages of one conversation: the later one becomes a reply to the earlier.
    QString earlier, later;
    for (int row = 0; row < m_model->rowCount() && later.isEmpty(); ++row) {
        const QModelIndex conversation = m_model->index(row, 0);
        if (m_model->rowCount(conversation) >= 2) {
            earlier
                = m_model->index(0, 0, conversation).data(ActivityTableModel::IdRole).toString();
            later = m_model->index(1, 0, conversation).data(ActivityTableModel::IdRole).toString();
        }
    }
    QVERIFY(!later.isEmpty());
    const QPersistentModelIndex followed = m_model->indexOfMessage(later);
    const int row = m_messages->rowOf(later);
    QVERIFY(m_messages->setField(row, u"response_to_id"_s, earlier));
    // At once, as an edit, before any save.
    QCOMPARE(m_model->indexOfMessage(later).parent(), m_model->indexOfMessage(earlier));
    QCOMPARE(QModelIndex(followed), m_model->indexOfMessage(later));

    QSignalSpy saved(m_messages.get(), &ActivityTableModel::saved);
    m_messages->save(row);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(m_sandbox->http->get(u"activity/whatsapp_message/%1/"_s.arg(later))
                 .json.value("response_to_id"_L1)
                 .toString(),
             earlier);
    QCOMPARE(m_model->indexOfMessage(later).parent(), m_model->indexOfMessage(earlier));
}

void tst_ConversationModel::anotherNumberIsAnotherConversation()
{
    const int conversations = m_model->rowCount();
    const QString id = m_messages->idAt(5);
    const int row = m_messages->rowOf(id);
    QVERIFY(m_messages->setField(row, u"remote_phone"_s, u"+14155550188"_s));
    QCOMPARE(m_model->rowCount(), conversations + 1);
    const QModelIndex moved = m_model->indexOfMessage(id);
    QVERIFY(moved.parent().data(ConversationModel::IsConversationRole).toBool());
    QCOMPARE(m_model->rowCount(moved.parent()), 1);
    QVERIFY(moved.parent()
                .data(ConversationModel::ConversationKeyRole)
                .toString()
                .startsWith("+14155550188"_L1));
    m_messages->revert(row);
    QCOMPARE(m_model->rowCount(), conversations);
}

void tst_ConversationModel::searchShowsOnlyMatches()
{
    const int all = m_model->rowCount();
    m_filter->setSearchText(u"CASE STUDY"_s);
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->rowCount() < all);
    int messages = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex conversation = m_model->index(row, 0);
        const QStringList ids = walk(
            conversation, conversation.data(ConversationModel::ConversationKeyRole).toString());
        for (const QString &id : ids) {
            QVERIFY(m_model->indexOfMessage(id).data().toString().contains("case study"_L1,
                                                                           Qt::CaseInsensitive));
            ++messages;
        }
    }
    int expected = 0;
    for (const QJsonValue &v :
         m_sandbox->http->get(u"activity/whatsapp_message/"_s, u"_limit=100"_s).data())
        expected += v.toObject().value("text"_L1).toString().contains("case study"_L1);
    QCOMPARE(messages, expected);
    m_filter->setSearchText({});
    QCOMPARE(m_model->rowCount(), all);
}

void tst_ConversationModel::replyToAHiddenMessageStaysInItsConversation()
{
    // Find a nested reply, then hide what it answers (which is older) with a date range.
    QModelIndex reply;
    for (int row = 0; row < m_messages->rowCount() && !reply.isValid(); ++row) {
        const QModelIndex at = m_model->indexOfMessage(m_messages->idAt(row));
        if (!at.parent().data(ConversationModel::IsConversationRole).toBool())
            reply = at;
    }
    QVERIFY(reply.isValid());
    const QString id = reply.data(ActivityTableModel::IdRole).toString();
    const QString answered = reply.parent().data(ActivityTableModel::IdRole).toString();
    const QDateTime at = reply.data(m_messages->fieldRole(u"activity_at"_s)).toDateTime();
    QVERIFY(m_messages->field(m_messages->rowOf(answered), u"activity_at"_s).toDateTime() < at);
    m_filter->setDateRange(at, {});
    QVERIFY(!m_model->indexOfMessage(answered).isValid());
    const QModelIndex shown = m_model->indexOfMessage(id);
    QVERIFY(shown.isValid());
    QVERIFY(shown.parent().data(ConversationModel::IsConversationRole).toBool());
    m_filter->setDateRange({}, {});
    QCOMPARE(m_model->indexOfMessage(id).parent(), m_model->indexOfMessage(answered));
}

QTEST_GUILESS_MAIN(tst_ConversationModel)
#include "tst_conversationmodel.moc"
