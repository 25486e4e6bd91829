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

} // namespace SafeHtml
