#pragma once

#include <QColor>
#include <QString>

//! Light or dark, and the few colours Draftbox adds to the palette's (errors, success), chosen
//! to stay readable on either.
namespace Appearance {

enum class Mode { System, Light, Dark };

//! Applies the mode to the whole application: System is the platform's style and palette,
//! Light and Dark are Fusion with a light or dark palette.
void apply(Mode mode);
Mode current();
bool isDark();

QString toString(Mode mode);
Mode fromString(const QString &text);

//! Style sheets for text that reports a problem or a success, and for a field in error.
QString errorText();
QString okText();
QString errorBorder();
//! The colour of errorText(), for painting (a misspelt word's underline).
QColor errorColor();
//! A banner that informs (what the activity is): the palette's alternate base and text, read
//! now, so that a banner styled again after a change of appearance follows it.
QString infoBanner();
//! A banner in alarm colours that read on the current background.
QString failureBanner();
//! The colour links are drawn in, the palette's: rich text given its own colour keeps it.
QString linkColor();

} // namespace Appearance
