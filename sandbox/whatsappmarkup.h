#pragma once

#include <QString>

//! WhatsApp's message markup, as Close derives `message_html` and `text` from
//! `message_markdown`: *bold* _italic_ ~strike~ ```monospace```, everything HTML-escaped.
namespace WhatsAppMarkup {

QString toHtml(const QString &markdown);
QString toPlainText(const QString &markdown);

} // namespace WhatsAppMarkup
