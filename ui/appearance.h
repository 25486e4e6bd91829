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

} // namespace Appearance
