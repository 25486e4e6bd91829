// The command line, and one instance per account; everything else is DraftboxApp.
#include "draftboxapp.h"

#include "accountlock.h"
#include "singleinstance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

//! Answers help, the version or an option that is not one of Draftbox's, before any window and
//! without a display (a server, ssh, a build log), where QApplication would abort. The exit
//! code, or -1 when the command line asks for the application.
int answerWithoutWindows(int argc, char *argv[])
{
    // Qt's own options (-platform, -style...) are known to QApplication only: it answers those.
    static const QStringList guiOptions = {u"platform"_s,
                                           u"platformpluginpath"_s,
                                           u"platformtheme"_s,
                                           u"plugin"_s,
                                           u"style"_s,
                                           u"stylesheet"_s,
                                           u"reverse"_s,
                                           u"session"_s,
                                           u"display"_s,
                                           u"geometry"_s,
                                           u"qwindowgeometry"_s,
                                           u"qwindowtitle"_s,
                                           u"qwindowicon"_s,
                                           u"widgetcount"_s,
                                           u"nograb"_s,
                                           u"dograb"_s,
                                           u"sync"_s,
                                           u"title"_s,
                                           u"name"_s,
                                           u"visual"_s};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(u'-') && !arg.startsWith(u"--"_s) && guiOptions.contains(arg.mid(1)))
            return -1;
    }
    QCoreApplication app(argc, argv);
    DraftboxApp::describeApplication();
    {
        // Most starts ask for the window: told apart without loading a translation.
        QCommandLineParser parser;
        DraftboxApp::addOptions(parser);
        if (parser.parse(QCoreApplication::arguments()) && !parser.isSet(QStringLiteral("version"))
            && !parser.isSet(QStringLiteral("help")) && !parser.isSet(QStringLiteral("help-all")))
            return -1;
    }
    DraftboxApp::chooseLanguage(); // before the options' help texts are made
    QCommandLineParser parser;
    DraftboxApp::addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << parser.errorText()
                            << Qt::endl;
        return 1;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    QTextStream(stdout) << parser.helpText();
    return 0;
}

//! Hands the command line to the Draftbox that has `scope` open; whether it took it.
//!
//! The one event loop of a launch that ends here, run before any window or other object
//! exists: nothing can re-enter. It lasts at most SingleInstance::defaultTimeoutMs.
bool handOver(const QString &scope)
{
    SingleInstance instance;
    QEventLoop loop;
    bool taken = false;
    QObject::connect(&instance, &SingleInstance::delivered, &loop, [&] {
        taken = true;
        loop.quit();
    });
    QObject::connect(&instance, &SingleInstance::undelivered, &loop, [&](const QString &why) {
        QTextStream(stderr) << "draftbox: " << why << Qt::endl;
        loop.quit();
    });
    instance.deliver(scope, QCoreApplication::arguments());
    loop.exec();
    return taken;
}

} // namespace

int main(int argc, char *argv[])
{
    if (const int answered = answerWithoutWindows(argc, argv); answered >= 0)
        return answered;
    QApplication app(argc, argv);
    DraftboxApp::describeApplication();
    DraftboxApp::chooseLanguage();
    QCommandLineParser parser;
    DraftboxApp::addOptions(parser);
    parser.process(app);

    const DraftboxApp::Options options = DraftboxApp::optionsFrom(parser);
    // One Draftbox per account: the one that holds its lock keeps it; a later launch hands
    // over and leaves. If the holder does not answer (it hangs, or runs on another computer
    // sharing this home folder), this one opens its window, which says who has the account.
    std::unique_ptr<AccountLock> lock;
    if (const QString scope = DraftboxApp::scopeAtStart(options); !scope.isEmpty()) {
        lock = std::make_unique<AccountLock>(scope);
        if (!lock->tryLock()) {
            if (lock->isHeldElsewhere() && handOver(scope)) {
                QTextStream(stderr)
                    << "draftbox: "
                    << (options.environmentKey.isEmpty()
                            ? QCoreApplication::translate(
                                "main",
                                "Draftbox is already open on this account: its window "
                                "was brought up.")
                            : QCoreApplication::translate(
                                "main",
                                "Draftbox is already open on this account: its window "
                                "was brought up. It keeps the key it has; "
                                "CLOSE_API_KEY was not handed over."))
                    << Qt::endl;
                return 0;
            }
            lock.reset();
        }
    }

    DraftboxApp draftbox;
    draftbox.adoptAccountLock(std::move(lock));
    const QString refused = draftbox.start(options);
    if (!refused.isEmpty()) {
        QTextStream(stderr) << "draftbox: " << refused << Qt::endl;
        return 2;
    }
    return app.exec();
}
