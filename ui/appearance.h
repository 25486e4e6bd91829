#pragma once

#include <QColor>
#include <QString>

#include <functional>

class QWidget;

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
//! A banner that asks for the rep's attention without alarm (sample data, the undo window, a
//! wait): amber that reads on the current background.
QString noticeBanner(const QString &selector = {});
//! Styles `widget` with `sheet()` now and again whenever the application's palette changes
//! (View → Appearance), for colours a style sheet would otherwise freeze.
void keepStyled(QWidget *widget, std::function<QString()> sheet);
//! keepStyled() with noticeBanner(), or failureBanner().
void styleNotice(QWidget *widget, const QString &selector = {});
void styleFailure(QWidget *widget, const QString &selector = {});
//! The colour links are drawn in, the palette's: rich text given its own colour keeps it.
QString linkColor();

} // namespace Appearance
