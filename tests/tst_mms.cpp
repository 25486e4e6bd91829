// MMS end to end against the sandbox over loopback: Close's Files API flow (the form, its 60 s,
// its signature, the download that needs the key), the SMS that only takes files whose upload
// succeeded, and a rep attaching files to a draft in the real form: a picture goes up and onto
// the SMS in Close, a file too big or of a kind Close refuses never leaves, and an MMS from a
// number that cannot send pictures to the recipient's country is refused before it goes.
#include "closeclient.h"
#include "drafteditor.h"
#include "filefetch.h"
#include "fileupload.h"
#include "phonenumber.h"
#include "sandboxfixture.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smsworkspace.h"
#include "windowfixture.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray png(const QColor &colour, int side = 16)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

//! An upload form, posted as a browser or Draftbox would: every field (less `omit`, with
//! `tamper` changed), then the file.
HttpResult postForm(const QJsonObject &upload, const QByteArray &bytes, const QString &omit = {},
                    const QString &tamper = {})
{
    auto *form = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    const QJsonObject fields = upload.value("fields"_L1).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == omit)
            continue;
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"").arg(it.key()).toUtf8());
        part.setBody(it.key() == tamper ? QByteArrayLiteral("AAAA") + it.value().toString().toUtf8()
                                        : it.value().toString().toUtf8());
        form->append(part);
    }
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"dot.png\""));
    file.setBody(bytes);
    form->append(file);
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(QNetworkRequest(QUrl(upload.value("url"_L1).toString())), form);
    form->setParent(reply);
    HttpResult result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    delete reply;
    return result;
}

HttpResult getUrl(const QString &url, const QByteArray &authorization)
{
    QNetworkAccessManager nam;
    QNetworkRequest request((QUrl(url)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam.get(request);
    HttpResult result;
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
        return result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    delete reply;
    return result;
}

const QByteArray demoKey = TestHttp::basic(QStringLiteral("sandbox-demo-key"));

} // namespace

class tst_Mms : public QObject
{
    Q_OBJECT

private slots:
    // The Files API, and what the sandbox's SMS take.
    void uploadThroughTheClient();
    void uploadRequestIsChecked_data();
    void uploadRequestIsChecked();
    void formRefusedAfterItsMinute();
    void formRefusedWhenTamperedOrIncomplete_data();
    void formRefusedWhenTamperedOrIncomplete();
    void downloadNeedsTheKey();
    void attachmentBeforeItsUploadRefused();
    void receivedMmsHavePictures();
    void clientFetchesOnlyFromClose_data();
    void clientFetchesOnlyFromClose();

    // The rep in the form.
    void attachPictureInTheForm();
    void pastedPictureIsAttached();
    void tooBigOrWrongKindNeverLeaves_data();
    void tooBigOrWrongKindNeverLeaves();
    void mmsToACountryWithoutMmsIsRefusedBeforeItLeaves();

private:
    //! A draft with a contact, to a US number, from the US sales line; its id.
    static QString draftId(SandboxFixture &sandbox);
};

QString tst_Mms::draftId(SandboxFixture &sandbox)
{
    const HttpResult page = sandbox.http->get(u"activity/sms/"_s, u"_limit=100"_s);
    for (const QJsonValue &v : page.data()) {
        const QJsonObject sms = v.toObject();
        if (sms.value("status"_L1) == "draft"_L1 && sms.value("remote_country_iso"_L1) == "US"_L1)
            return sms.value("id"_L1).toString();
    }
    return {};
}

void tst_Mms::uploadThroughTheClient()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    const QByteArray bytes = png(Qt::red);
    FileUpload *upload = sandbox.client->uploadFile(u"dot.png"_s, u"image/png"_s, bytes);
    QSignalSpy done(upload, &FileUpload::finished);
    QVERIFY(done.wait(10000));
    const auto result = done.at(0).at(0).value<FileUpload::Result>();
    QVERIFY2(result.ok(), qPrintable(result.error.message));
    QCOMPARE(result.attachment.contentType.value(), u"image/png"_s);
    QCOMPARE(result.attachment.filename.value(), u"dot.png"_s);
    QUrl origin = sandbox.server->baseUrl();
    origin.setPath({});
    QVERIFY2(result.attachment.url.value().startsWith(origin.toString() + "/go/file/"_L1),
             qPrintable(result.attachment.url.value()));
    QCOMPARE(sandbox.server->api().files().uploadsReceived(), 1);

    const HttpResult download = getUrl(result.attachment.url.value(), demoKey);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, bytes);
    QCOMPARE(download.header("Content-Type"), QByteArray("image/png"));

    // The client reads it back with the rep's key, as the form's thumbnails do.
    FileFetch *fetch = sandbox.client->fetchFile(QUrl(result.attachment.url.value()));
    QSignalSpy fetched(fetch, &FileFetch::finished);
    QVERIFY(fetched.wait(10000));
    const auto got = fetched.at(0).at(0).value<FileFetch::Result>();
    QVERIFY2(got.ok(), qPrintable(got.error.message));
    QCOMPARE(got.bytes, bytes);
}

void tst_Mms::uploadRequestIsChecked_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("no filename") << QJsonObject {{u"content_type"_s, u"image/png"_s}}
                                 << u"filename"_s;
    QTest::newRow("no content_type")
        << QJsonObject {{u"filename"_s, u"a.png"_s}} << u"content_type"_s;
    QTest::newRow("extra field") << QJsonObject {{u"filename"_s, u"a.png"_s},
                                                 {u"content_type"_s, u"image/png"_s},
                                                 {u"size"_s, 12}}
                                 << u"size"_s;
    QTest::newRow("filename a number")
        << QJsonObject {{u"filename"_s, 3}, {u"content_type"_s, u"image/png"_s}} << u"filename"_s;
}

void tst_Mms::uploadRequestIsChecked()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    const HttpResult answer = sandbox.http->post(u"files/upload/"_s, body);
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.fieldErrors().contains(field), answer.body.constData());
    QCOMPARE(sandbox.server->api().files().formsIssued(), 0);
}

void tst_Mms::formRefusedAfterItsMinute()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    FileStore &files = sandbox.server->api().files();
    QDateTime now = QDateTime::currentDateTimeUtc();
    files.setClock([&now] { return now; });
    const HttpResult form = sandbox.http->post(
        u"files/upload/"_s, {{u"filename"_s, u"dot.png"_s}, {u"content_type"_s, u"image/png"_s}});
    QCOMPARE(form.status, 200);
    now = now.addSecs(61);
    const HttpResult late = postForm(form.json.value("upload"_L1).toObject(), png(Qt::blue));
    QCOMPARE(late.status, 403);
    QVERIFY2(late.body.contains("Policy expired"), late.body.constData());
    QCOMPARE(files.uploadsReceived(), 0);
    const QString download = form.json.value("download"_L1).toObject().value("url"_L1).toString();
    QCOMPARE(getUrl(download, demoKey).status, 404);
}

void tst_Mms::formRefusedWhenTamperedOrIncomplete_data()
{
    QTest::addColumn<QString>("omit");
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::newRow("as given") << QString() << QString() << 201 << QByteArray("PostResponse");
    QTest::newRow("wrong signature")
        << QString() << u"signature"_s << 403 << QByteArray("SignatureDoesNotMatch");
    QTest::newRow("other key") << QString() << u"key"_s << 403 << QByteArray("AccessDenied");
    QTest::newRow("other content type")
        << QString() << u"Content-Type"_s << 403 << QByteArray("AccessDenied");
    for (const char *field : {"key", "policy", "signature", "AWSAccessKeyId", "Content-Type",
                              "Content-Disposition", "success_action_status"})
        QTest::addRow("no %s", field)
            << QString::fromLatin1(field) << QString() << 400 << QByteArray("InvalidArgument");
}

void tst_Mms::formRefusedWhenTamperedOrIncomplete()
{
    QFETCH(QString, omit);
    QFETCH(QString, tamper);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    const HttpResult form = sandbox.http->post(
        u"files/upload/"_s, {{u"filename"_s, u"dot.png"_s}, {u"content_type"_s, u"image/png"_s}});
    QCOMPARE(form.status, 200);
    const QByteArray bytes = png(Qt::green);
    const HttpResult posted
        = postForm(form.json.value("upload"_L1).toObject(), bytes, omit, tamper);
    QCOMPARE(posted.status, status);
    QVERIFY2(posted.body.contains(code), posted.body.constData());
    const QString download = form.json.value("download"_L1).toObject().value("url"_L1).toString();
    const HttpResult got = getUrl(download, demoKey);
    QCOMPARE(got.status, status == 201 ? 200 : 404);
    QCOMPARE(sandbox.server->api().files().uploadsReceived(), status == 201 ? 1 : 0);
}

void tst_Mms::downloadNeedsTheKey()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    const HttpResult form = sandbox.http->post(
        u"files/upload/"_s, {{u"filename"_s, u"dot.png"_s}, {u"content_type"_s, u"image/png"_s}});
    QCOMPARE(postForm(form.json.value("upload"_L1).toObject(), png(Qt::cyan)).status, 201);
    const QString download = form.json.value("download"_L1).toObject().value("url"_L1).toString();
    QCOMPARE(getUrl(download, {}).status, 401);
    QCOMPARE(getUrl(download, TestHttp::basic(u"someone-else"_s)).status, 401);
    QCOMPARE(getUrl(download, demoKey).status, 200);
}

void tst_Mms::attachmentBeforeItsUploadRefused()
{
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    const QString id = draftId(sandbox);
    QVERIFY(!id.isEmpty());
    const HttpResult form = sandbox.http->post(
        u"files/upload/"_s, {{u"filename"_s, u"dot.png"_s}, {u"content_type"_s, u"image/png"_s}});
    const QString url = form.json.value("download"_L1).toObject().value("url"_L1).toString();
    const auto attach = [&](const QString &fileUrl) {
        return sandbox.http->put(u"activity/sms/%1/"_s.arg(id),
                                 {{u"attachments"_s,
                                   QJsonArray {QJsonObject {{u"content_type"_s, u"image/png"_s},
                                                            {u"filename"_s, u"dot.png"_s},
                                                            {u"url"_s, fileUrl}}}}});
    };

    const HttpResult early = attach(url);
    QCOMPARE(early.status, 400);
    QVERIFY2(
        early.fieldErrors().value("attachments"_L1).toString().contains("not been uploaded"_L1),
        early.body.constData());
    const HttpResult foreign = attach(u"https://example.com/dot.png"_s);
    QCOMPARE(foreign.status, 400);
    QVERIFY(foreign.fieldErrors().contains("attachments"_L1));
    QVERIFY(sandbox.sms(id).value("attachments"_L1).toArray().isEmpty());

    const QByteArray bytes = png(Qt::magenta);
    QCOMPARE(postForm(form.json.value("upload"_L1).toObject(), bytes).status, 201);
    const HttpResult after = attach(url);
    QCOMPARE(after.status, 200);
    const QJsonObject file = sandbox.sms(id).value("attachments"_L1).toArray().at(0).toObject();
    QCOMPARE(file.value("url"_L1).toString(), url);
    QCOMPARE(file.value("size"_L1).toInt(), int(bytes.size()));
    QVERIFY(file.value("media_id"_L1).toString().startsWith("media_"_L1));
    QVERIFY(file.value("thumbnail_url"_L1).isString());
    // Sent back as it is (the url Close gave), it is kept.
    QCOMPARE(sandbox.http
                 ->put(u"activity/sms/%1/"_s.arg(id),
                       {{u"attachments"_s,
                         QJsonArray {QJsonObject {{u"content_type"_s, u"image/png"_s},
                                                  {u"filename"_s, u"dot.png"_s},
                                                  {u"url"_s, url}}}}})
                 .status,
             200);
}

void tst_Mms::receivedMmsHavePictures()
{
    SandboxFixture sandbox(100);
    QVERIFY(sandbox.ok());
    const HttpResult page = sandbox.http->get(u"activity/sms/"_s, u"_limit=100"_s);
    QCOMPARE(page.status, 200);
    QJsonObject file;
    for (const QJsonValue &v : page.data()) {
        const QJsonArray files = v.toObject().value("attachments"_L1).toArray();
        if (!files.isEmpty() && v.toObject().value("status"_L1) == "inbox"_L1) {
            file = files.at(0).toObject();
            break;
        }
    }
    QVERIFY(!file.isEmpty());
    for (const char *key : {"url", "thumbnail_url"}) {
        const QString url = file.value(QLatin1String(key)).toString();
        QVERIFY2(sandbox.client->isCloseFileUrl(QUrl(url)), qPrintable(url));
        QCOMPARE(getUrl(url, {}).status, 401);
        const HttpResult got = getUrl(url, demoKey);
        QCOMPARE(got.status, 200);
        QVERIFY(!QImage::fromData(got.body).isNull());
    }
    QCOMPARE(getUrl(file.value("url"_L1).toString(), demoKey).body.size(),
             file.value("size"_L1).toInt());
}

void tst_Mms::clientFetchesOnlyFromClose_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("close");
    QTest::newRow("close's file host") << u"https://app.close.com/go/file/x/"_s << true;
    QTest::newRow("close's file host, http") << u"http://app.close.com/go/file/x/"_s << false;
    QTest::newRow("elsewhere") << u"https://files.example.com/go/file/x/"_s << false;
    QTest::newRow("look-alike") << u"https://app.close.com.example.com/x/"_s << false;
    QTest::newRow("the api's own origin") << u"{origin}/go/file/x/"_s << true;
    QTest::newRow("another port here") << u"http://127.0.0.1:9/go/file/x/"_s << false;
}

void tst_Mms::clientFetchesOnlyFromClose()
{
    QFETCH(QString, url);
    QFETCH(bool, close);
    SandboxFixture sandbox;
    QVERIFY(sandbox.ok());
    QUrl origin = sandbox.server->baseUrl();
    origin.setPath({});
    url.replace("{origin}"_L1, origin.toString());
    QCOMPARE(sandbox.client->isCloseFileUrl(QUrl(url)), close);
    if (close)
        return;
    FileFetch *fetch = sandbox.client->fetchFile(QUrl(url));
    QSignalSpy done(fetch, &FileFetch::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(done.at(0).at(0).value<FileFetch::Result>().error.category,
             ApiError::Category::Insecure);
}

void tst_Mms::attachPictureInTheForm()
{
    WindowFixture app(60);
    QVERIFY(app.open(60));
    const QString id = draftId(*app.sandbox);
    QVERIFY(!id.isEmpty());
    QVERIFY(app.smsWorkspace()->selectActivity(id));
    SmsForm *form = app.smsForm();
    QCOMPARE(form->currentId(), id);

    QTemporaryDir dir;
    const QByteArray bytes = png(QColor(10, 120, 200), 24);
    const QString path = dir.filePath(u"site-photo.png"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    // Dropped on the form, as from a file manager.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint at = form->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(form, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(form, &drop);

    const int row = app.sms->rowOf(id);
    QTRY_COMPARE(app.sms->field(app.sms->rowOf(id), u"attachments"_s).toList().size(), 1);
    const auto *list = form->findChild<QListWidget *>(u"attachments"_s);
    QVERIFY(list->item(0)->text().startsWith("site-photo.png"_L1));
    const auto *info = form->findChild<QLabel *>(u"attachInfo"_s);
    QTRY_VERIFY(info->text().contains("site-photo.png is attached"_L1));
    // Not in Close until saved: the attachment is a pending edit like any other.
    QVERIFY(app.sandbox->sms(id).value("attachments"_L1).toArray().isEmpty());
    QVERIFY(app.sms->isDirty(row));
    // Its picture is shown, fetched with the rep's key.
    QTRY_VERIFY(!list->item(0)->icon().isNull());

    auto *save = form->findChild<QPushButton *>(u"saveButton"_s);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(app.sandbox->sms(id).value("attachments"_L1).toArray().size(), 1);
    const QJsonObject file
        = app.sandbox->sms(id).value("attachments"_L1).toArray().at(0).toObject();
    QCOMPARE(file.value("filename"_L1).toString(), u"site-photo.png"_s);
    QCOMPARE(file.value("content_type"_L1).toString(), u"image/png"_s);
    QUrl origin = app.sandbox->server->baseUrl();
    origin.setPath({});
    QVERIFY(file.value("url"_L1).toString().startsWith(origin.toString() + "/go/file/"_L1));
    QCOMPARE(getUrl(file.value("url"_L1).toString(), demoKey).body, bytes);
    QTRY_VERIFY(!app.sms->isDirty(app.sms->rowOf(id)));

    // Opening it writes what Close holds to a file only the rep can read.
    QSignalSpy opened(app.sms.get(), &SmsTableModel::attachmentOpened);
    app.sms->openAttachment(app.sms->rowOf(id), 0);
    QTRY_COMPARE(opened.size(), 1);
    QFile local(opened.at(0).at(0).toString());
    QVERIFY(local.open(QIODevice::ReadOnly));
    QCOMPARE(local.readAll(), bytes);
    QCOMPARE(local.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
}

void tst_Mms::pastedPictureIsAttached()
{
    WindowFixture app(60);
    QVERIFY(app.open(60));
    const QString id = draftId(*app.sandbox);
    QVERIFY(app.smsWorkspace()->selectActivity(id));
    QPlainTextEdit *editor = app.smsEditor()->editor();
    const QString text = editor->toPlainText();
    QGuiApplication::clipboard()->setImage(QImage::fromData(png(Qt::darkRed, 32)));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QTRY_COMPARE(app.sms->field(app.sms->rowOf(id), u"attachments"_s).toList().size(), 1);
    const QVariantMap file
        = app.sms->field(app.sms->rowOf(id), u"attachments"_s).toList().at(0).toMap();
    QCOMPARE(file.value(u"content_type"_s).toString(), u"image/png"_s);
    QVERIFY(file.value(u"filename"_s).toString().endsWith(".png"_L1));
    QCOMPARE(editor->toPlainText(), text); // the picture did not go into the message
    QCOMPARE(app.sandbox->server->api().files().uploadsReceived(), 1);
}

void tst_Mms::tooBigOrWrongKindNeverLeaves_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QByteArray big = png(Qt::yellow);
    big.append(QByteArray(6 * 1024 * 1024, '\0'));
    QTest::newRow("6 MB picture") << u"huge.png"_s << big << u"can be at most"_s;
    QTest::newRow("text file") << u"notes.txt"_s << QByteArray("call back on Monday\n")
                               << u"Close does not send notes.txt"_s;
    QTest::newRow("program") << u"setup.exe"_s << QByteArray("MZ\x90\0\x03", 5)
                             << u"Close does not send setup.exe"_s;
    QTest::newRow("empty picture") << u"empty.png"_s << QByteArray() << u"is empty"_s;
}

void tst_Mms::tooBigOrWrongKindNeverLeaves()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    WindowFixture app(60);
    QVERIFY(app.open(60));
    const QString id = draftId(*app.sandbox);
    QVERIFY(app.smsWorkspace()->selectActivity(id));
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    SmsForm *form = app.smsForm();
    form->attachFiles({path});
    const auto *info = form->findChild<QLabel *>(u"attachInfo"_s);
    QVERIFY(info->isVisible());
    QVERIFY2(info->text().contains(says), qPrintable(info->text()));
    QVERIFY(app.sms->field(app.sms->rowOf(id), u"attachments"_s).toList().isEmpty());
    QVERIFY(!app.sms->isUploading(app.sms->rowOf(id)));
    // Nothing asked of Close: no upload form, no upload.
    QVERIFY(!app.settle().contains(u"no answer"_s));
    QCOMPARE(app.sandbox->server->api().files().formsIssued(), 0);
    QCOMPARE(app.sandbox->server->api().files().uploadsReceived(), 0);
}

void tst_Mms::mmsToACountryWithoutMmsIsRefusedBeforeItLeaves()
{
    WindowFixture app(60);
    QVERIFY(app.open(
        60, {{u"+14154445555"_s, u"Sales line (US)"_s}, {u"+442071838750"_s, u"London office"_s}}));
    // The organization's numbers as Close lists them: London texts GB, but sends pictures only
    // to the US and Canada.
    QList<PhoneNumber> numbers;
    for (const QJsonValue &v : app.sandbox->http->get(u"phone_number/"_s).data())
        numbers << PhoneNumber::fromJson(v.toObject()).value();
    QVERIFY(numbers.size() >= 2);
    app.sms->sms()->setSenders(numbers);

    const QString id = draftId(*app.sandbox);
    QVERIFY(app.smsWorkspace()->selectActivity(id));
    int row = app.sms->rowOf(id);
    QVERIFY(app.sms->setField(row, u"local_phone"_s, u"+442071838750"_s));
    QVERIFY(app.sms->setField(row, u"remote_phone"_s, u"+442071838751"_s));
    QVERIFY(app.sms->setField(row, u"text"_s, u"The plan for the new office"_s));
    QVERIFY2(app.sms->sendProblem(row).isEmpty(), qPrintable(app.sms->sendProblem(row)));

    QCOMPARE(app.sms->attachImage(row, QImage::fromData(png(Qt::darkGreen)), u"plan.png"_s),
             QString());
    QTRY_COMPARE(app.sms->field(app.sms->rowOf(id), u"attachments"_s).toList().size(), 1);
    row = app.sms->rowOf(id);
    const QString problem = app.sms->sendProblem(row);
    QVERIFY2(problem.contains("cannot send pictures to numbers in GB"_L1), qPrintable(problem));
    // No number of the organization sends pictures to GB: the rep is told to send it without.
    QVERIFY2(problem.contains("without attachments"_L1), qPrintable(problem));

    SmsForm *form = app.smsForm();
    auto *send = form->findChild<QPushButton *>(u"sendButton"_s);
    QVERIFY(send);
    QTRY_VERIFY(!send->isEnabled());
    QSignalSpy refused(form, &SmsForm::refused);
    form->send();
    QCOMPARE(refused.size(), 1);
    QVERIFY(refused.at(0).at(0).toString().contains("cannot send pictures"_L1));
    const QStringList asked = app.settle();
    QVERIFY2(!asked.contains(u"Send SMS"_s) && !asked.contains(u"no answer"_s),
             qPrintable(asked.join(u", "_s)));
    QCOMPARE(app.sandbox->sms(id).value("status"_L1).toString(), u"draft"_s);
    QCOMPARE(app.sandbox->sends(id), 0);
}

QTEST_MAIN(tst_Mms)
#include "tst_mms.moc"
