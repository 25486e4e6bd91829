// Message HTML shown safely: the sanitizer keeps formatting only, the markup renderer escapes
// what the rep typed, and the view loads no remote or local resource whatever it is given.
#include "messagemarkup.h"
#include "safehtml.h"
#include "safehtmlview.h"

#include <QImage>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SafeHtml : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data();
    void sanitize();
    void markup_data();
    void markup();
    void openableLinks_data();
    void openableLinks();
    void viewLoadsNoResource();
};

void tst_SafeHtml::sanitize_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("safe");
    QTest::newRow("formatting kept")
        << u"<p>Hi <strong>Ana</strong>, <em>see</em> <del>old</del> <code>X1</code></p>"_s
        << u"<p>Hi <strong>Ana</strong>, <em>see</em> <del>old</del> <code>X1</code></p>"_s;
    QTest::newRow("attributes dropped")
        << u"<p class=\"x\" style=\"background:url(http://evil/x.png)\" onclick=\"steal()\">t</p>"_s
        << u"<p>t</p>"_s;
    QTest::newRow("image dropped") << u"a<img src=\"http://127.0.0.1:1/x.png\">b"_s << u"ab"_s;
    QTest::newRow("local image dropped") << u"<img src='file:///etc/passwd'/>x"_s << u"x"_s;
    QTest::newRow("script dropped whole") << u"a<script>alert(1)</script>b"_s << u"ab"_s;
    QTest::newRow("style dropped whole")
        << u"<style>p{background:url(file:///x)}</style>text"_s << u"text"_s;
    QTest::newRow("link to a style sheet dropped")
        << u"<link rel=stylesheet href=http://evil/s.css>ok"_s << u"ok"_s;
    QTest::newRow("unknown tags: text kept") << u"<div><span>kept</span></div>"_s << u"kept"_s;
    QTest::newRow("https link kept")
        << u"<a href=\"https://example.com/a?b=1&amp;c=2\" target=_blank>go</a>"_s
        << u"<a href=\"https://example.com/a?b=1&amp;c=2\">go</a>"_s;
    QTest::newRow("javascript link emptied")
        << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("file link emptied") << u"<a href='file:///etc/hosts'>x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("entities kept")
        << u"Tom &amp; Jerry &lt;3 &#128077;"_s << u"Tom &amp; Jerry &lt;3 &#128077;"_s;
    QTest::newRow("bare ampersand escaped") << u"R&D"_s << u"R&amp;D"_s;
    QTest::newRow("lone angle bracket") << u"2 < 3 and 5 > 4"_s << u"2 &lt; 3 and 5 &gt; 4"_s;
    QTest::newRow("comment dropped") << u"a<!-- <img src=x> -->b"_s << u"ab"_s;
    QTest::newRow("unclosed tag") << u"a<img src=x"_s << u"a&lt;img src=x"_s;
    QTest::newRow("upper case") << u"<B>b</B><SCRIPT>x</SCRIPT>"_s << u"<b>b</b>"_s;
}

void tst_SafeHtml::sanitize()
{
    QFETCH(QString, html);
    QFETCH(QString, safe);
    QCOMPARE(SafeHtml::sanitize(html), safe);
}

void tst_SafeHtml::markup_data()
{
    QTest::addColumn<QString>("markup");
    QTest::addColumn<QString>("html");
    QTest::newRow("bold") << u"*bold*"_s << u"<p><strong>bold</strong></p>"_s;
    QTest::newRow("italic, strike")
        << u"_it_ and ~gone~"_s << u"<p><em>it</em> and <del>gone</del></p>"_s;
    QTest::newRow("monospace is literal")
        << u"```code *x*```"_s << u"<p><code>code *x*</code></p>"_s;
    QTest::newRow("nested") << u"*_both_*"_s << u"<p><strong><em>both</em></strong></p>"_s;
    QTest::newRow("inside words stays")
        << u"2*3*4 and snake_case_name"_s << u"<p>2*3*4 and snake_case_name</p>"_s;
    QTest::newRow("spaces inside stay") << u"a * b * c"_s << u"<p>a * b * c</p>"_s;
    QTest::newRow("not across lines") << u"*one\ntwo*"_s << u"<p>*one<br>two*</p>"_s;
    QTest::newRow("HTML typed is text")
        << u"<img src=x> & <b>"_s << u"<p>&lt;img src=x&gt; &amp; &lt;b&gt;</p>"_s;
    QTest::newRow("paragraphs") << u"one\n\ntwo"_s << u"<p>one</p><p>two</p>"_s;
    QTest::newRow("address made a link")
        << u"see https://example.com/q?a=1&b=2."_s
        << u"<p>see <a href=\"https://example.com/q?a=1&amp;b=2\">https://example.com/q?a=1&amp;b=2</a>.</p>"_s;
}

void tst_SafeHtml::markup()
{
    QFETCH(QString, markup);
    QFETCH(QString, html);
    QCOMPARE(MessageMarkup::toHtml(markup), html);
    // What the renderer makes survives the sanitizer unchanged.
    QCOMPARE(SafeHtml::sanitize(MessageMarkup::toHtml(markup)), html);
}

void tst_SafeHtml::openableLinks_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("openable");
    QTest::newRow("https") << u"https://example.com/"_s << true;
    QTest::newRow("http") << u"http://example.com/"_s << true;
    QTest::newRow("mailto") << u"mailto:ana@example.com"_s << true;
    QTest::newRow("file") << u"file:///etc/passwd"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false;
    QTest::newRow("relative") << u"/etc/passwd"_s << false;
    QTest::newRow("qrc") << u"qrc:/icons/x.svg"_s << false;
}

void tst_SafeHtml::openableLinks()
{
    QFETCH(QString, url);
    QFETCH(bool, openable);
    QCOMPARE(SafeHtml::isOpenableLink(QUrl(url)), openable);
}

void tst_SafeHtml::viewLoadsNoResource()
{
    // A server that would see any request, and a local file that would show if read.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QTemporaryFile local;
    QVERIFY(local.open());
    local.write("<p>SECRET-LOCAL-FILE</p>");
    local.flush();
    const QString remote = u"http://127.0.0.1:%1/"_s.arg(server.serverPort());
    const QString file = QUrl::fromLocalFile(local.fileName()).toString();
    const QString html
        = u"<p>before</p><img src=\"%1image.png\"><img src=\"%2\">"
          "<table background=\"%1table.png\"><tr><td>cell</td></tr></table>"
          "<link rel=\"stylesheet\" href=\"%1style.css\"><p>after</p>"_s.arg(remote, file);

    SafeHtmlView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // Sanitized, the content asks for nothing at all.
    view.setMessageHtml(html);
    QTest::qWait(100);
    QVERIFY(view.refusedResources().isEmpty());
    QVERIFY(!view.toHtml().contains("<img"_L1));

    // Set raw (as if the sanitizer missed something): every request is refused.
    view.setHtml(html);
    view.repaint();
    QTest::qWait(200);
    QVERIFY(view.refusedResources().contains(QUrl(remote + u"image.png"_s)));
    QVERIFY(view.refusedResources().contains(QUrl(file)));
    QVERIFY(!server.hasPendingConnections());
    QVERIFY(!server.waitForNewConnection(100));
    QVERIFY(!view.toPlainText().contains("SECRET-LOCAL-FILE"_L1));
    // What stands in for the file is blank, not the file.
    const QVariant image = view.document()->resource(QTextDocument::ImageResource, QUrl(file));
    QVERIFY(image.toByteArray().isEmpty());
    QVERIFY(image.value<QImage>().size().width() <= 1);
    QVERIFY(view.toPlainText().contains("before"_L1));
}

QTEST_MAIN(tst_SafeHtml)
#include "tst_safehtml.moc"
