// The composition root: command line, the embedded sandbox or a Close account, one client,
// the models, the window.
#include "closeclient.h"
#include "closeuser.h"
#include "errorlogmodel.h"
#include "mainwindow.h"
#include "phonenumber.h"
#include "sandboxserver.h"
#include "smsform.h"
#include "smstablemodel.h"
#include "smstemplate.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QTextStream>

#include <memory>

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

// Fills the form's pickers from Close: numbers that can send SMS, and the SMS templates.
void loadPickers(CloseClient *client, SmsForm *form)
{
    QObject::connect(
        client->listPhoneNumbers(), &CloseCall::finished, form, [form](const ApiResult &r) {
            QList<QPair<QString, QString>> numbers;
            for (const QJsonValue &v : r.object().value(QLatin1String("data")).toArray()) {
                const auto number = PhoneNumber::fromJson(v.toObject());
                if (number && number->canSendSms())
                    numbers.append({number->number.value(), number->label.value()});
            }
            form->setSenderNumbers(numbers);
        });
    QObject::connect(
        client->listSmsTemplates(), &CloseCall::finished, form, [form](const ApiResult &r) {
            QList<std::tuple<QString, QString, QString>> templates;
            for (const QJsonValue &v : r.object().value(QLatin1String("data")).toArray()) {
                const auto t = SmsTemplate::fromJson(v.toObject());
                if (t && t->status.value() != QLatin1String("archived"))
                    templates.append({t->id.value(), t->name.value(), t->text.value()});
            }
            form->setTemplates(templates);
        });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Draftbox"));
    QApplication::setApplicationVersion(QStringLiteral(DRAFTBOX_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Draftbox"));
    QApplication::setDesktopFileName(QStringLiteral("draftbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Review, edit, schedule and send the SMS drafts of your Close account.\n"
           "Without an account it runs on a built-in sandbox with sample data."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
                                           tr("Use the built-in sandbox with sample data."));
    const QCommandLineOption urlOption(QStringLiteral("api-url"),
                                       tr("Close API base URL (default %1). The API key comes "
                                          "from the CLOSE_API_KEY environment variable.")
                                           .arg(CloseClient::defaultBaseUrl().toString()),
                                       QStringLiteral("url"));
    parser.addOption(sandboxOption);
    parser.addOption(urlOption);
    parser.process(app);

    const QString apiKey = qEnvironmentVariable("CLOSE_API_KEY");
    const bool useAccount = !parser.isSet(sandboxOption) && !apiKey.isEmpty();
    if (!parser.isSet(sandboxOption) && apiKey.isEmpty() && parser.isSet(urlOption))
        QTextStream(stderr) << tr("No CLOSE_API_KEY set: starting on the sandbox with sample data.")
                            << Qt::endl;

    CloseClient client;
    ErrorLogModel log;
    log.attach(&client);
    std::unique_ptr<SandboxServer> sandbox;
    QString where;
    if (useAccount) {
        const QUrl url = parser.isSet(urlOption) ? QUrl(parser.value(urlOption))
                                                 : CloseClient::defaultBaseUrl();
        const QString refused = client.setBaseUrl(url);
        if (!refused.isEmpty()) {
            QTextStream(stderr) << "draftbox: " << refused << Qt::endl;
            return 2;
        }
        client.setApiKey(apiKey);
        where = tr("Close account at %1").arg(client.baseUrl().host());
    } else {
        SandboxConfig config;
        config.seedCount = 60;
        sandbox = std::make_unique<SandboxServer>(config);
        QString error;
        if (!sandbox->start(&error)) {
            QTextStream(stderr) << "draftbox: cannot start the sandbox: " << error << Qt::endl;
            return 1;
        }
        client.setBaseUrl(sandbox->baseUrl());
        client.setApiKey(config.apiKey);
        where = tr("Sample data: the built-in sandbox at %1 (no Close account)")
                    .arg(sandbox->baseUrl().toString());
    }

    SmsTableModel sms(&client);
    MainWindow window(&sms, &log);
    window.setConnectionDescription(where);
    loadPickers(&client, window.form());
    QObject::connect(
        client.me(), &CloseCall::finished, &window, [&window, where](const ApiResult &r) {
            const auto user = CloseUser::fromJson(r.object());
            if (r.ok() && user)
                window.setConnectionDescription(
                    tr("%1 — %2 (%3)").arg(where, user->displayName(), user->organizationName()));
            else
                window.setOnline(false, r.error.message);
        });
    sms.fetchMore({});
    window.show();
    return app.exec();
}
