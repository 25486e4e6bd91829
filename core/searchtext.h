#pragma once

#include <QByteArray>
#include <QStringList>

//! What a search matches a row against, and what the rep typed made comparable to it: the
//! row's searched texts case-folded as UTF-8, and its numbers as bare digits, so that filtering
//! many rows is one substring search each.
namespace SearchText {

//! The texts, case-folded, one per line.
QByteArray fold(const QStringList &texts);
//! The numbers' ASCII digits, one number per line: "+1 (650) 333-4444" is "16503334444".
QByteArray digits(const QStringList &numbers);
//! What the rep typed, for fold()'s text.
QByteArray needle(const QString &typed);
//! A name as a picker compares it: letters without their accents, in lower case ("Léa" is
//! found by "lea").
QString plain(const QString &text);
//! What the rep typed as a number, however written ("(650) 333", "+1 650-333", "650.333"):
//! only its digits, without a leading trunk or international 0; empty when it is not a number
//! or too short to mean one (fewer than three digits would match nearly every number).
QByteArray numberNeedle(const QString &typed);

} // namespace SearchText
