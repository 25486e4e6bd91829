#include "windowfixture.h"

#include "activityfilterproxy.h"
#include "closecall.h"
#include "drafteditor.h"
#include "errorlogmodel.h"
#include "errorpanel.h"
#include "mainwindow.h"
#include "markupeditor.h"
#include "phonenumber.h"
#include "sendernumbermodel.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smstemplatemodel.h"
#include "smsworkspace.h"
#include "whatsappform.h"
#include "whatsapptablemodel.h"
#include "whatsappworkspace.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

WindowFixture::WindowFixture(int seedCount, int rateLimit, int latencyMs)
    : sandbox(std::make_unique<SandboxFixture>(seedCount, rateLimit, latencyMs))
    , log(std::make_unique<ErrorLogModel>())
    , sms(std::make_unique<SmsTableModel>(sandbox->client.get()))
    , whatsapp(std::make_unique<WhatsAppTableModel>(sandbox->client.get()))
    , senders(std::make_unique<SenderNumberModel>())
    , templates(std::make_unique<SmsTemplateModel>())
    , window(std::make_unique<MainWindow>(sms.get(), whatsapp.get(), log.get()))
{
    log->attach(sandbox->client.get());
    smsForm()->setSenderModel(senders.get());
    smsForm()->setTemplateModel(templates.get());
}

WindowFixture::~WindowFixture()
{
    window.reset();
    templates.reset();
    senders.reset();
    whatsapp.reset();
    sms.reset();
    log.reset();
    sandbox.reset();
}

bool WindowFixture::show(const QList<QPair<QString, QString>> &senders)
{
    if (!sandbox->ok())
        return false;
    QList<PhoneNumber> numbers;
    for (const auto &[number, label] : senders) {
        numbers << PhoneNumber::fromJson({{QStringLiteral("number"), number},
                                          {QStringLiteral("label"), label},
                                          {QStringLiteral("type"), QStringLiteral("internal")},
                                          {QStringLiteral("sms_enabled"), true}})
                       .value_or(PhoneNumber());
    }
    this->senders->setNumbers(numbers);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window.get());
}

bool WindowFixture::load(int expectedRows)
{
    sms->fetchMore({});
    return QTest::qWaitFor([this, expectedRows] { return sms->rowCount() == expectedRows; });
}

QStringList settle(CloseClient *client)
{
    QStringList others;
    bool answered = false;
    CloseCall *own = client->me();
    QObject context;
    QObject::connect(client, &CloseClient::callFinished, &context,
                     [&](CloseCall *call, const ApiResult &) {
                         if (call == own)
                             answered = true;
                         else
                             others << call->operation();
                     });
    if (!QTest::qWaitFor([&] { return answered; }))
        return {QStringLiteral("no answer")};
    return others;
}

bool quietFor(CloseClient *client, int ms)
{
    QElapsedTimer since;
    since.start();
    QObject context;
    const auto restart = [&since] {
        since.restart();
    };
    QObject::connect(client, &CloseClient::callFinished, &context, restart);
    QObject::connect(client, &CloseClient::callRetrying, &context, restart);
    return QTest::qWaitFor([&] { return since.elapsed() >= ms; }, 10 * ms + 5000);
}

bool eventsHandled()
{
    bool handled = false;
    QObject context;
    QTimer::singleShot(0, &context, [&handled] { handled = true; });
    return QTest::qWaitFor([&handled] { return handled; });
}

QStringList WindowFixture::settle()
{
    return ::settle(sandbox->client.get());
}

SmsWorkspace *WindowFixture::smsWorkspace() const
{
    return window->findChild<SmsWorkspace *>();
}

SmsForm *WindowFixture::smsForm() const
{
    return window->findChild<SmsForm *>();
}

DraftEditor *WindowFixture::smsEditor() const
{
    return named<DraftEditor>(smsForm(), QStringLiteral("messageEditor"));
}

MarkupEditor *WindowFixture::whatsappEditor() const
{
    return named<MarkupEditor>(whatsappForm(), QStringLiteral("messageEditor"));
}

QTableView *WindowFixture::smsList() const
{
    return named<QTableView>(window.get(), QStringLiteral("smsList"));
}

ActivityFilterProxy *WindowFixture::smsProxy() const
{
    return named<ActivityFilterProxy>(window.get(), QStringLiteral("smsProxy"));
}

QLineEdit *WindowFixture::smsSearch() const
{
    return named<QLineEdit>(window.get(), QStringLiteral("smsSearch"));
}

QToolButton *WindowFixture::chip(const QString &status) const
{
    return named<QToolButton>(window.get(), status + QStringLiteral("Chip"));
}

WhatsAppWorkspace *WindowFixture::whatsappWorkspace() const
{
    return window->findChild<WhatsAppWorkspace *>();
}

WhatsAppForm *WindowFixture::whatsappForm() const
{
    return window->findChild<WhatsAppForm *>();
}

QTabWidget *WindowFixture::tabs() const
{
    return named<QTabWidget>(window.get(), QStringLiteral("workspaces"));
}

ErrorPanel *WindowFixture::errorPanel() const
{
    return named<ErrorPanel>(window.get(), QStringLiteral("errorPanel"));
}
