// Against a server that lies (HostileServer, not the sandbox, which never does): an answer of
// 50 MB is refused once 8 MB have come, and the Problems panel names the limit; a text of
// megabytes under it is kept whole but shown short; a page that repeats or adds nothing ends
// the listing, and so does a server that makes up new SMS forever, past a bound; each with a
// Problem, and with the number of requests bounded.
#include "closeclient.h"
#include "errorlog.h"
#include "errorlogmodel.h"
#include "hostileserver.h"
#include "pageloader.h"
#include "smstablemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype megabyte = 1024 * 1024;

bool isSmsList(const HostileServer::Request &request)
{
    return request.method == "GET" && request.path == "/api/v1/activity/sms/"_L1;
}

HostileServer::Answer notFound()
{
    return {404, R"({"error": "Not found"})"};
}

} // namespace

class tst_Hostile : public QObject
{
    Q_OBJECT

private slots:
    void oversizedAnswerIsRefused();
    void oversizedPageIsAProblemAndTheListStops();
    void longTextIsKeptWholeAndShownShort();
    void markupInATextIsShownAsTyped();
    void repeatedPageEndsTheListing();
    void emptyPageThatSaysMoreEndsTheListing();
    void endlessNewPagesStopAtTheBound();
    void outboxForEverIsNotPolledForEver();
    void everyPageCallIsBoundedToo_data();
    void everyPageCallIsBoundedToo();

private:
    //! The rep's client on `server`, with the Problems log over it and the SMS list.
    struct Window
    {
        explicit Window(HostileServer &server)
        {
            Credentials credentials;
            credentials.baseUrl = server.baseUrl();
            credentials.secret = u"api_hostile"_s;
            client.setCredentials(credentials);
            log.attach(&client);
            sms.setLooksUpNames(false);
            problems.watchSms(&sms);
        }
        //! The Problems' texts, as the panel shows them.
        QStringList problemTexts() const
        {
            QStringList texts;
            for (int row = 0; row < log.count(); ++row)
                texts << log.entry(row).operation + u": "_s + log.entry(row).error.message;
            return texts;
        }

        CloseClient client;
        ErrorLog log;
        ErrorLogModel problems {&log};
        SmsTableModel sms {&client};
    };

    static bool loadAll(SmsTableModel &sms)
    {
        PageLoader *pages = PageLoader::of(&sms);
        pages->start();
        // Generous: a thousand pages under ASan on a loaded 2-core machine take a while.
        return QTest::qWaitFor([&] { return !pages->isLoading(); }, 150000);
    }
};

void tst_Hostile::oversizedAnswerIsRefused()
{
    const QString huge(50 * megabyte, u'x');
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        return {200, HostileServer::page({HostileServer::sms(u"acti_huge"_s, huge)}, false)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QSignalSpy finished(window.client.listSms({}, 0, 100), &CloseCall::finished);
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.category, ApiError::Category::MalformedBody);
    QVERIFY2(result.error.message.contains("8 MB"_L1), qPrintable(result.error.message));
    // Draftbox hung up once it had read enough: the rest was never sent to it.
    QTRY_COMPARE(server.abandoned(), 1);
    QCOMPARE(server.requests(), 1); // not asked again: it would be as large again
}

void tst_Hostile::oversizedPageIsAProblemAndTheListStops()
{
    const QString huge(20 * megabyte, u'x');
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        const int skip = request.query.queryItemValue(u"_skip"_s).toInt();
        QJsonArray data;
        for (int i = 0; i < 100; ++i)
            data.append(HostileServer::sms(u"acti_%1"_s.arg(skip + i),
                                           skip == 100 && i == 0 ? huge : u"Hello"_s));
        return {200, HostileServer::page(data, skip < 300)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 100); // the first page; the second was refused
    QVERIFY(window.sms.lastFetchFailed());
    QTRY_COMPARE(window.log.count(), 1);
    QCOMPARE(window.log.openCount(), 1);
    const QStringList problems = window.problemTexts();
    QVERIFY2(problems.first().contains("8 MB"_L1), qPrintable(problems.first()));
    const int asked = server.requests();
    QVERIFY(asked <= 1 + PageLoader::readAhead);
    QTest::qWait(200);
    QCOMPARE(server.requests(), asked); // the list stopped there
}

void tst_Hostile::longTextIsKeptWholeAndShownShort()
{
    // Under the limit, a text of megabytes: nothing of it is lost, but the list and its
    // tooltip show a line of it, not megabytes to lay out.
    QString longText;
    while (longText.size() < 3 * megabyte)
        longText += u"Lorem ipsum dolor sit amet, consectetur adipiscing elit. "_s;
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        return {200, HostileServer::page({HostileServer::sms(u"acti_long"_s, longText)}, false)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 1);
    QCOMPARE(window.sms.field(0, u"text"_s).toString(), longText);
    const QModelIndex message = window.sms.index(0, SmsTableModel::MessageColumn);
    const QString shown = message.data(Qt::DisplayRole).toString();
    QVERIFY(longText.startsWith(shown));
    QVERIFY(shown.size() <= 240);
    QTextDocument shownTip;
    shownTip.setHtml(message.data(Qt::ToolTipRole).toString());
    const QString tip = shownTip.toPlainText();
    QVERIFY2(tip.size() <= 1200, qPrintable(QString::number(tip.size())));
    QVERIFY(tip.startsWith(longText.left(200)));
    QVERIFY2(tip.contains(QLocale().toString(longText.size())), qPrintable(tip.right(100)));
    QVERIFY(window.problemTexts().isEmpty());
}

void tst_Hostile::markupInATextIsShownAsTyped()
{
    // A tooltip takes what looks like HTML as HTML: an image of a local file, bold, a link.
    const QString text
        = u"<b>bold</b> <img src=\"/etc/hostname\"> <a href=\"x\">link</a>\nsecond line"_s;
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        QJsonObject failed = HostileServer::sms(u"acti_markup"_s, text);
        failed.insert(u"status"_s, u"error"_s);
        failed.insert(u"error_message"_s, u"<i>refused</i>"_s);
        return {200, HostileServer::page({failed}, false)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 1);
    const auto shown = [&](int column) {
        QTextDocument tip;
        tip.setHtml(window.sms.index(0, column).data(Qt::ToolTipRole).toString());
        return tip.toPlainText();
    };
    QCOMPARE(shown(SmsTableModel::MessageColumn), text);
    QCOMPARE(shown(SmsTableModel::StatusColumn), u"<i>refused</i>"_s);
}

void tst_Hostile::repeatedPageEndsTheListing()
{
    // The same page again and again, always with "more": before, 1000 requests.
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        return {200,
                HostileServer::page({HostileServer::sms(u"acti_a"_s, u"One"_s),
                                     HostileServer::sms(u"acti_b"_s, u"Two"_s)},
                                    true)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 2);
    QVERIFY(!window.sms.canFetchMore({}));
    // The first page, the one that repeated it, and those asked for ahead of it.
    QVERIFY2(server.requests() <= 2 + PageLoader::readAhead,
             qPrintable(QString::number(server.requests())));
    QTRY_COMPARE(window.log.count(), 1);
    QCOMPARE(window.log.openCount(), 1);
    const QStringList problems = window.problemTexts();
    QVERIFY2(problems.first().contains("Load SMS"_L1) && problems.first().contains("already"_L1),
             qPrintable(problems.first()));

    // F5 lists again from the start, bounded the same way.
    const int before = server.requests();
    window.sms.reload();
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 2);
    QVERIFY(server.requests() - before <= 2 + PageLoader::readAhead);
    // Told again, as a problem that stands (the first passed when the first page came again).
    QTRY_COMPARE(window.log.count(), 2);
    QCOMPARE(window.log.openCount(), 1);
    QVERIFY(!window.log.entry(0).resolvedAt.isValid());
    QVERIFY(window.log.entry(0).error.message.contains("already"_L1));
}

void tst_Hostile::emptyPageThatSaysMoreEndsTheListing()
{
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        const int skip = request.query.queryItemValue(u"_skip"_s).toInt();
        return {200,
                HostileServer::page(skip == 0
                                        ? QJsonArray {HostileServer::sms(u"acti_a"_s, u"One"_s)}
                                        : QJsonArray(),
                                    true)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 1);
    QVERIFY(!window.sms.canFetchMore({}));
    QVERIFY2(server.requests() <= 2 + PageLoader::readAhead,
             qPrintable(QString::number(server.requests())));
    QTRY_COMPARE(window.log.count(), 1);
    QCOMPARE(window.log.openCount(), 1);
}

void tst_Hostile::endlessNewPagesStopAtTheBound()
{
    // New SMS on every page, and always "more".
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (!isSmsList(request))
            return notFound();
        const int skip = request.query.queryItemValue(u"_skip"_s).toInt();
        const int limit = request.query.queryItemValue(u"_limit"_s).toInt();
        QJsonArray data;
        for (int i = 0; i < limit; ++i)
            data.append(HostileServer::sms(u"acti_%1"_s.arg(skip + i), u"Again"_s));
        return {200, HostileServer::page(data, true)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QVERIFY(loadAll(window.sms));
    QVERIFY(!window.sms.canFetchMore({}));
    QCOMPARE(PageLoader::of(&window.sms)->pagesAsked(), PageLoader::maxPages);
    // The first page, maxPages more, and those asked for ahead of the last.
    QVERIFY2(server.requests() <= PageLoader::maxPages + 1 + PageLoader::readAhead,
             qPrintable(QString::number(server.requests())));
    QTRY_COMPARE(window.log.count(), 1);
    QCOMPARE(window.log.openCount(), 1);
    const QStringList problems = window.problemTexts();
    QVERIFY2(problems.first().contains(QLocale().toString(PageLoader::maxPages)),
             qPrintable(problems.first()));
}

void tst_Hostile::outboxForEverIsNotPolledForEver()
{
    // An SMS that never leaves the outbox, re-read slowly: one re-read at a time, and a bounded
    // number of them.
    int reads = 0;
    int mostAtOnce = 0;
    int atOnce = 0;
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        QJsonObject stuck = HostileServer::sms(u"acti_stuck"_s, u"Going out"_s);
        stuck.insert(u"status"_s, u"outbox"_s);
        if (isSmsList(request))
            return {200, HostileServer::page({stuck}, false)};
        if (request.path == "/api/v1/activity/sms/acti_stuck/"_L1) {
            ++reads;
            mostAtOnce = std::max(mostAtOnce, ++atOnce);
            QTest::qWait(20); // slower than the poll: the next tick comes while this is out
            --atOnce;
            return {200, QJsonDocument(stuck).toJson(QJsonDocument::Compact)};
        }
        return notFound();
    });
    QVERIFY(server.ok());
    Window window(server);
    window.sms.setPollInterval(1);
    QVERIFY(loadAll(window.sms));
    QCOMPARE(window.sms.rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(reads, SmsSync::maxPolls, 60000);
    QTest::qWait(300);
    QCOMPARE(reads, SmsSync::maxPolls);
    QCOMPARE(mostAtOnce, 1);
    QCOMPARE(window.sms.statusOf(0), SmsActivity::Status::Outbox); // still shown as going out
}

void tst_Hostile::everyPageCallIsBoundedToo_data()
{
    QTest::addColumn<bool>("repeat"); // else new items on every page
    QTest::newRow("same page again") << true;
    QTest::newRow("new items forever") << false;
}

void tst_Hostile::everyPageCallIsBoundedToo()
{
    // A call that collects every page itself (SMS templates, phone numbers).
    QFETCH(bool, repeat);
    int made = 0;
    HostileServer server([&](const HostileServer::Request &request) -> HostileServer::Answer {
        if (request.path != "/api/v1/sms_template/"_L1)
            return notFound();
        ++made;
        const QString id = repeat ? u"smstmpl_a"_s : u"smstmpl_%1"_s.arg(made);
        return {200,
                HostileServer::page({QJsonObject {{u"id"_s, id},
                                                  {u"name"_s, u"Hi"_s},
                                                  {u"text"_s, u"Hi {{ contact.first_name }}"_s},
                                                  {u"is_shared"_s, true}}},
                                    true)};
    });
    QVERIFY(server.ok());
    Window window(server);
    QSignalSpy finished(window.client.listSmsTemplates(), &CloseCall::finished);
    QVERIFY(finished.wait(60000));
    const auto result = finished.at(0).at(0).value<ApiResult>();
    QCOMPARE(result.error.category, ApiError::Category::MalformedBody);
    QVERIFY(server.requests() <= (repeat ? 2 : CloseClient::maxPagesPerCall));
    QTRY_COMPARE(window.log.count(), 1);
    QCOMPARE(window.log.openCount(), 1);
    const QStringList problems = window.problemTexts();
    QVERIFY2(problems.first().contains(repeat ? "already"_L1 : "pages"_L1),
             qPrintable(problems.first()));
}

QTEST_MAIN(tst_Hostile)
#include "tst_hostile.moc"
