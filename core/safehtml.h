#pragma once

#include <QString>
#include <QUrl>

//! HTML from elsewhere (Close's `message_html`) made safe to show: only text formatting
//! survives. Tags outside a short list go (the text of most stays, scripts and styles go whole),
//! every attribute goes but a link's address, and only http, https and mailto addresses stay.
//! Nothing left can make a viewer load a file or reach the network.
namespace SafeHtml {

QString sanitize(const QString &html);
//! Whether a link may be opened (in the system browser, on a click).
bool isOpenableLink(const QUrl &url);
//! A tooltip that shows `text` (Close's or the rep's) as the characters it is: a tooltip takes
//! what looks like HTML as HTML, and lays out all it is given when the pointer stops. The
//! first `longest` characters, and how many there are in all; empty for an empty text.
QString plainTip(const QString &text, qsizetype longest = 1000);

} // namespace SafeHtml
