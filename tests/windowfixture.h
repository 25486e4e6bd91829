#pragma once

#include "named.h"
#include "sandboxfixture.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class ActivityFilterProxy;
class CloseClient;
class DraftEditor;
class ErrorPanel;
class MarkupEditor;
class ErrorLogModel;
class MainWindow;
class QLineEdit;
class QTabWidget;
class QTableView;
class QToolButton;
class SenderNumberModel;
class SmsForm;
class SmsTableModel;
class SmsTemplateModel;
class SmsWorkspace;
class WhatsAppForm;
class WhatsAppTableModel;
class WhatsAppWorkspace;

//! Makes a request of the test's own through `client` and waits for its answer: what Draftbox
//! asked Close before it has been answered too (one sandbox, answering in turn). Returns the
//! operations of the other calls that finished meanwhile ("Send SMS", ...), or {"no answer"}
//! if the test's own did not come back. The positive event a "nothing was asked" check waits on.
QStringList settle(CloseClient *client);
//! Waits until `client` has had nothing answered or retried for `ms`: a rate-limit window that
//! long is empty again at the sandbox.
bool quietFor(CloseClient *client, int ms);
//! Waits until the events posted so far (queued calls, zero timers) have been handled.
bool eventsHandled();

//! The window as DraftboxApp wires it, over an in-process sandbox: the problem log on the
//! client, both models, the main window with the organization's sender numbers and templates.
//! Destroyed in the reverse order (window first, sandbox last).
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

    //! settle() on the window's client.
    QStringList settle();

    // The window's parts, found by type or objectName.
    SmsWorkspace *smsWorkspace() const;
    SmsForm *smsForm() const;
    DraftEditor *smsEditor() const;
    QTableView *smsList() const;
    ActivityFilterProxy *smsProxy() const;
    QLineEdit *smsSearch() const;
    //! The SMS status chip: "draft", "scheduled", "error", "outbox", "sent", "inbox".
    QToolButton *chip(const QString &status) const;
    WhatsAppWorkspace *whatsappWorkspace() const;
    WhatsAppForm *whatsappForm() const;
    MarkupEditor *whatsappEditor() const;
    QTabWidget *tabs() const;
    ErrorPanel *errorPanel() const;

    std::unique_ptr<SandboxFixture> sandbox;
    std::unique_ptr<ErrorLogModel> log;
    std::unique_ptr<SmsTableModel> sms;
    std::unique_ptr<WhatsAppTableModel> whatsapp;
    //! What the form's From and template pickers list, as DraftboxApp gives them to it.
    std::unique_ptr<SenderNumberModel> senders;
    std::unique_ptr<SmsTemplateModel> templates;
    std::unique_ptr<MainWindow> window;
};
