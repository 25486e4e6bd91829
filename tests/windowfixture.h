#pragma once

#include "sandboxfixture.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class ErrorLogModel;
class MainWindow;
class SmsTableModel;
class WhatsAppTableModel;

//! The window as DraftboxApp wires it, over an in-process sandbox: the problem log on the
//! client, both models, the main window with the organization's sender numbers. Destroyed in
//! the reverse order (window first, sandbox last).
struct WindowFixture
{
    explicit WindowFixture(int seedCount = 60, int rateLimit = 0, int latencyMs = 0);
    ~WindowFixture();

    //! Shows the window, active as a rep's is (no window manager does it under Xvfb). False if
    //! the sandbox or the window did not come up.
    bool show(const QList<QPair<QString, QString>> &senders
              = {{QStringLiteral("+14154445555"), QStringLiteral("Sales line (US)")}});
    //! Loads the SMS until `expectedRows` are in; false if they did not come.
    bool load(int expectedRows);
    //! show(), then load().
    bool open(int expectedRows,
              const QList<QPair<QString, QString>> &senders
              = {{QStringLiteral("+14154445555"), QStringLiteral("Sales line (US)")}})
    {
        return show(senders) && load(expectedRows);
    }

    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ErrorLogModel> log;
    std::unique_ptr<SmsTableModel> sms;
    std::unique_ptr<WhatsAppTableModel> whatsapp;
    std::unique_ptr<MainWindow> window;
};
