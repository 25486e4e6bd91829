// PageLoader, the paging policy, against the sandbox: once started it loads every page in
// Close's order, with a few asked for ahead; it stops at a failed page and a refresh (F5)
// resumes it; and it stops, telling why, when a page brings nothing new though Close says
// there is more.
#include "closecall.h"
#include "pageloader.h"
#include "sandboxfixture.h"
#include "smstablemodel.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

//! The SMS, noting each page asked for and how many are on their way at once. `endless`:
//! every page is the first SMS alone, so Close always says there is more.
class PagedSync : public SmsSync
{
public:
    PagedSync(CloseClient *client, bool endless)
        : SmsSync(client, SmsTableModel::smsFields())
        , m_endless(endless)
    {
        connect(this, &ActivitySync::rowsInserted, this, [this](int first) { takenIn << first; });
    }

    //! Asked for in Close's order, a page apart from 0, and none but the few read ahead past
    //! the last row.
    bool askedInOrder(int rows) const
    {
        int extra = 0;
        for (qsizetype i = 0; i < skips.size(); ++i) {
            if (skips.at(i) != 100 * i)
                return false;
            extra += skips.at(i) >= rows;
        }
        return extra < PageLoader::readAhead;
    }

    QList<int> skips; //!< of each page asked for, in order
    QList<int> rowsWhenAsked; //!< the rows already in when each was asked for
    QList<int> takenIn; //!< where each page's new rows went in, in order
    int inFlight = 0;
    int mostInFlight = 0;

protected:
    CloseCall *listCall(const ActivityQuery &query, int skip, int limit) override
    {
        skips << skip;
        rowsWhenAsked << size();
        CloseCall *call
            = m_endless ? SmsSync::listCall(query, 0, 1) : SmsSync::listCall(query, skip, limit);
        mostInFlight = std::max(mostInFlight, ++inFlight);
        // Its own context: the sync disconnects itself from a call it drops, and this must not go.
        connect(call, &CloseCall::finished, call, [this] { --inFlight; });
        return call;
    }

private:
    bool m_endless;
};

//! The SMS model over PagedSync.
class PagedSms : public SmsTableModel
{
public:
    PagedSms(CloseClient *client, bool endless = false)
        : PagedSms(new PagedSync(client, endless))
    { }

    PagedSync *const paged;

private:
    explicit PagedSms(PagedSync *sync)
        : SmsTableModel(sync)
        , paged(sync)
    {
        setLooksUpNames(false); // only pages go to the sandbox: the queued faults hit them
    }
};

} // namespace

class tst_PageLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsEveryPageInOrder();
    void stopsAtFailedPageAndRefreshResumes();
    void stopsWhenAPageRepeats();
    void asksForTheNextPageAsOneArrives();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
};

void tst_PageLoader::init()
{
    m_sandbox = std::make_unique<SandboxFixture>(350, 0); // four pages of 100; no rate limit
    QVERIFY(m_sandbox->ok());
}

void tst_PageLoader::cleanup()
{
    m_sandbox.reset();
}

void tst_PageLoader::loadsEveryPageInOrder()
{
    PagedSms model(m_sandbox->client.get());
    PageLoader *pages = PageLoader::of(&model);
    QCOMPARE(PageLoader::of(&model), pages); // one policy per model
    // Whoever hears that a page is on its way finds the model loading, with no page to ask for.
    QList<bool> loadingWhenTold;
    connect(&model, &ActivityTableModel::loadingChanged, this, [&](bool loading) {
        if (loading)
            loadingWhenTold << (model.isLoading() && !model.canFetchMore({}));
    });
    pages->start();
    QVERIFY(pages->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!pages->isLoading(), 20000);
    QCOMPARE(model.rowCount(), 350);
    QCOMPARE(model.paged->takenIn, (QList<int> {0, 100, 200, 300}));
    QVERIFY2(model.paged->askedInOrder(350), qPrintable(QDebug::toString(model.paged->skips)));
    QVERIFY(model.paged->mostInFlight <= PageLoader::readAhead);
    QCOMPARE(loadingWhenTold, QList<bool>(4, true));
    QVERIFY(!model.canFetchMore({}));
}

void tst_PageLoader::stopsAtFailedPageAndRefreshResumes()
{
    PagedSms model(m_sandbox->client.get());
    PageLoader *pages = PageLoader::of(&model);
    QVERIFY(m_sandbox->queueFaults({u"none"_s, u"500"_s})); // the second page fails
    pages->start();
    QTRY_VERIFY_WITH_TIMEOUT(model.lastFetchFailed(), 20000);
    // The next page would be asked for as the failed one ended: none is.
    QVERIFY(!model.isLoading());
    QVERIFY(!pages->isLoading()); // the count is final until F5
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.paged->takenIn, (QList<int> {0})); // nothing read ahead went in
    QCOMPARE(model.paged->skips.mid(0, 2), (QList<int> {0, 100}));
    QVERIFY(model.canFetchMore({})); // Close has more: only the policy holds back

    model.refresh(); // F5
    QTRY_VERIFY_WITH_TIMEOUT(!pages->isLoading(), 20000);
    QCOMPARE(model.rowCount(), 350);
    // The first page again (its rows were in: none is added), then on from the failed one.
    QCOMPARE(model.paged->takenIn, (QList<int> {0, 100, 200, 300}));
}

void tst_PageLoader::asksForTheNextPageAsOneArrives()
{
    // While a page goes in, Close is already asked for the next ones (readAhead pages ahead,
    // never more): every SMS once, in Close's order, as without them.
    PagedSms model(m_sandbox->client.get());
    PageLoader *pages = PageLoader::of(&model);
    pages->start();
    QTRY_VERIFY_WITH_TIMEOUT(!pages->isLoading(), 20000);
    QVERIFY2(model.paged->askedInOrder(350), qPrintable(QDebug::toString(model.paged->skips)));
    // The first page, then the three after it at once, as the first arrived.
    QCOMPARE(model.paged->rowsWhenAsked.mid(0, 4), (QList<int> {0, 0, 0, 0}));
    QCOMPARE(model.paged->mostInFlight, PageLoader::readAhead);
    QCOMPARE(model.paged->takenIn, (QList<int> {0, 100, 200, 300}));
    QCOMPARE(model.rowCount(), 350);
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.idAt(row));
    QCOMPARE(ids.size(), 350);

    // Emptied while pages ahead are on their way: they are dropped, and the load starts again.
    model.paged->skips.clear();
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(model.rowCount() >= 100, 20000);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    pages->start(); // from the first page again (at once if a page was on its way)
    QTRY_VERIFY_WITH_TIMEOUT(!pages->isLoading(), 20000);
    QCOMPARE(model.rowCount(), 350);
    QCOMPARE(model.paged->skips.count(0), 2);
}

void tst_PageLoader::stopsWhenAPageRepeats()
{
    // Close says "more" and sends the same SMS again: the next page would start where this one
    // did. (A server making up new SMS for ever stops at maxPages: tst_hostile.)
    PagedSms model(m_sandbox->client.get(), true);
    QSignalSpy stopped(&model, &ActivityTableModel::listingStopped);
    PageLoader *pages = PageLoader::of(&model);
    pages->start();
    QTRY_VERIFY_WITH_TIMEOUT(!pages->isLoading(), 20000);
    QTRY_COMPARE(stopped.size(), 1);
    // The first page, the one that repeated it, and those asked for ahead of it.
    QVERIFY2(model.paged->skips.size() <= 2 + PageLoader::readAhead,
             qPrintable(QString::number(model.paged->skips.size())));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(!model.isLoading());
    QTRY_COMPARE(model.paged->inFlight, 0);

    // Emptied (another account, a reload), the model may be paged again.
    model.clear();
    QCOMPARE(pages->pagesAsked(), 0);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(pages->isLoading());
}

QTEST_GUILESS_MAIN(tst_PageLoader)
#include "tst_pageloader.moc"
