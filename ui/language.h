#pragma once

#include <QString>
#include <QStringList>

class QSettings;

//! The language of the texts: English (the sources'), German or French, from the rep's choice
//! under View → Language, else the system's. Chosen once at start-up, before any window makes
//! its texts: a change takes effect at the next start.
namespace Language {

//! The languages Draftbox ships, by code: "en" (no translator: the sources), "de", "fr".
QStringList shipped();
//! A language's name in that language ("Deutsch", "Français"), never translated: a rep who
//! cannot read the current language still finds their own.
QString nativeName(const QString &code);

//! What the rep chose under View → Language: a shipped code, or empty for the system's.
QString saved(const QSettings &settings);
void save(QSettings &settings, const QString &choice);

//! The start-up chooser: `choice` if Draftbox ships it, else the first of `uiLanguages` (as
//! QLocale::uiLanguages() lists them, "de-CH", "fr") that it ships, else English.
QString resolve(const QString &choice, const QStringList &uiLanguages);
//! resolve() on the saved choice and the system's languages.
QString atStartup();

//! Installs Draftbox's translation and Qt's own (its dialogs and buttons) for `code`, in place
//! of those installed before; English installs none. False when Draftbox's cannot be loaded
//! (the texts stay English).
bool install(const QString &code);
//! The language install() last set.
QString current();

//! `source` (of `context`) as the translation for `code` has it, whatever language is
//! installed: to tell the rep, in the language just chosen, when it takes effect.
QString translate(const QString &code, const char *context, const char *source);

} // namespace Language
