#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Language {
namespace {

const char *const settingsKey = "language";

struct Installed
{
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> draftbox;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed i;
    return i;
}

QString english()
{
    return QStringLiteral("en");
}

// Built from resources/translations/draftbox_<code>.ts and kept in the executable: there is no
// folder to look for them in, installed or not.
bool loadDraftbox(QTranslator &translator, const QString &code)
{
    return translator.load(QStringLiteral(":/i18n/draftbox_%1.qm").arg(code));
}

} // namespace

QStringList shipped()
{
    return {english(), QStringLiteral("de"), QStringLiteral("fr")};
}

QString nativeName(const QString &code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == english())
        return QStringLiteral("English");
    return code;
}

QString saved(const QSettings &settings)
{
    const QString choice = settings.value(QLatin1String(settingsKey)).toString();
    return shipped().contains(choice) ? choice : QString();
}

void save(QSettings &settings, const QString &choice)
{
    if (shipped().contains(choice))
        settings.setValue(QLatin1String(settingsKey), choice);
    else
        settings.remove(QLatin1String(settingsKey));
}

QString resolve(const QString &choice, const QStringList &uiLanguages)
{
    if (shipped().contains(choice))
        return choice;
    // The system lists the rep's languages by preference ("de-CH", then "en"): the first one
    // Draftbox speaks wins, whatever its region.
    for (const QString &name : uiLanguages) {
        const QString code = QLocale::languageToCode(QLocale(name).language());
        if (shipped().contains(code))
            return code;
    }
    return english();
}

QString atStartup()
{
    const QSettings settings;
    return resolve(saved(settings), QLocale::system().uiLanguages());
}

bool install(const QString &code)
{
    Installed &now = installed();
    if (now.draftbox)
        QCoreApplication::removeTranslator(now.draftbox.get());
    if (now.qt)
        QCoreApplication::removeTranslator(now.qt.get());
    now.draftbox.reset();
    now.qt.reset();
    now.code = english();
    // Dates and numbers follow the system's locale unless it speaks another language than the
    // one chosen: German texts around English day names would read wrong.
    const QLocale system = QLocale::system();
    const bool systemSpeaksIt = code == english() || system.language() == QLocale(code).language();
    QLocale::setDefault(systemSpeaksIt ? system : QLocale(code));
    if (code == english())
        return true;

    auto draftbox = std::make_unique<QTranslator>();
    if (!shipped().contains(code) || !loadDraftbox(*draftbox, code)) {
        QLocale::setDefault(system);
        return false;
    }
    // Qt's own texts (the buttons of message boxes, the context menus of text fields) from the
    // system's Qt translations; without them those stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + code,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        now.qt = std::move(qt);
    }
    // Installed last, so it is asked first.
    QCoreApplication::installTranslator(draftbox.get());
    now.draftbox = std::move(draftbox);
    now.code = code;
    return true;
}

QString current()
{
    return installed().code;
}

QString translate(const QString &code, const char *context, const char *source)
{
    QTranslator translator;
    if (code != english() && loadDraftbox(translator, code)) {
        const QString translated = translator.translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

} // namespace Language
