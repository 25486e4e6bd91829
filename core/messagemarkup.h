#pragma once

#include <QString>

//! WhatsApp's message markup as the rep writes it: *bold*, _italic_, ~strikethrough~ and
//! ```monospace```. A marker counts only when it hugs text and is not part of a word, as
//! WhatsApp reads it ("2*3*4" and snake_case stay as typed).
namespace MessageMarkup {

enum class Style { Bold, Italic, Strikethrough, Monospace };

//! The marker that wraps text in the style.
QString marker(Style style);
//! HTML for the preview: the text escaped, the styles as tags, paragraphs and line breaks,
//! web addresses as links. Never passes on markup from the text itself.
QString toHtml(const QString &markup);

} // namespace MessageMarkup
