#include "windowfixture.h"

#include "errorlogmodel.h"
#include "mainwindow.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "whatsapptablemodel.h"

#include <QtTest>

WindowFixture::WindowFixture(int seedCount, int rateLimit, int latencyMs)
    : sandbox(std::make_unique<SandboxFixture>(seedCount, rateLimit, latencyMs))
    , log(std::make_unique<ErrorLogModel>())
    , sms(std::make_unique<SmsTableModel>(sandbox->client.get()))
    , whatsapp(std::make_unique<WhatsAppTableModel>(sandbox->client.get()))
    , window(std::make_unique<MainWindow>(sms.get(), whatsapp.get(), log.get()))
{
    log->attach(sandbox->client.get());
}

WindowFixture::~WindowFixture()
{
    window.reset();
    whatsapp.reset();
    sms.reset();
    log.reset();
    sandbox.reset();
}

bool WindowFixture::show(const QList<QPair<QString, QString>> &senders)
{
    if (!sandbox->ok())
        return false;
    window->form()->setSenderNumbers(senders);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window.get());
}

bool WindowFixture::load(int expectedRows)
{
    sms->fetchMore({});
    return QTest::qWaitFor([this, expectedRows] { return sms->rowCount() == expectedRows; });
}
