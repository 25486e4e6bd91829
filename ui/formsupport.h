#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVariant>

#include <initializer_list>

class QDateTimeEdit;
class QLabel;
class QListWidget;
class QWidget;

//! What the SMS and WhatsApp forms show the same way.
class QSplitter;

namespace FormSupport {

//! The property that names the field a form widget edits ("remote_phone").
inline constexpr char fieldProperty[] = "draftboxField";

//! A date as the forms write it: short, in the rep's time zone; empty when unset.
QString when(const QVariant &value);

//! Sets up an activity date editor: a calendar, "Not set" for the earliest value.
void setUpDateEdit(QDateTimeEdit *edit, const QString &toolTip);
//! Shows `at` (invalid: "Not set"), unless the rep is in the middle of changing it.
void showDate(QDateTimeEdit *edit, const QDateTime &at, bool editable);
//! The date the rep picked, or an invalid QVariant for "Not set".
QVariant pickedDate(const QDateTimeEdit *edit);

//! Lists the attachments (file, type, size); `has` says whether there is an activity at all.
void showAttachments(QListWidget *list, const QVariantList &files, bool has);

//! What libphonenumber says of a number: its international form and country, or the problem
//! in red. `missing` is shown when there is no number. Returns the problem, if any.
QString showPhoneCheck(QLabel *info, const QString &number, const QString &missing);

//! Marks each widget whose field has a problem (field -> message): a red border, the message
//! as tooltip and accessible description.
void markFields(const QList<QWidget *> &widgets, const QMap<QString, QString> &problems);
//! Writes each of Close's field errors, with the field's title, into `summary` (hidden if none).
void listFieldErrors(const QMap<QString, QString> &errors, const QMap<QString, QString> &titles,
                     QLabel *summary);

//! A workspace's layout: `list` beside `form` in `splitter` (3:2, neither collapses), filling
//! `workspace` edge to edge.
void layOutWorkspace(QWidget *workspace, QSplitter *splitter, QWidget *list, QWidget *form);

//! Labels that show what Close or the rep wrote (messages, names, numbers, texts): shown as the
//! characters they are. QLabel's default, Qt::AutoText, renders a text that looks like HTML,
//! so a name or an error body with "<b>" in it would come out bold, or as a link.
void showPlainText(std::initializer_list<QLabel *> labels);

//! The wheel over a date or a choice of `form` the rep has not clicked scrolls the form rather
//! than changing the value under the pointer (a date moved two days while the rep scrolled).
//! Clicked or tabbed to, the wheel steps it as ever.
void scrollPastUnfocused(QWidget *form);

} // namespace FormSupport
