#include "safehtml.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace SafeHtml {
namespace {

// Formatting only: nothing that embeds, links to a resource, styles or runs anything.
const QSet<QString> &keptTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("a"),  QStringLiteral("b"),      QStringLiteral("blockquote"),
        QStringLiteral("br"), QStringLiteral("code"),   QStringLiteral("del"),
        QStringLiteral("em"), QStringLiteral("i"),      QStringLiteral("li"),
        QStringLiteral("ol"), QStringLiteral("p"),      QStringLiteral("pre"),
        QStringLiteral("s"),  QStringLiteral("strike"), QStringLiteral("strong"),
        QStringLiteral("u"),  QStringLiteral("ul"),
    };
    return tags;
}

// Their content is not text to show.
const QSet<QString> &droppedWhole()
{
    static const QSet<QString> tags = {
        QStringLiteral("head"),   QStringLiteral("iframe"),   QStringLiteral("noscript"),
        QStringLiteral("object"), QStringLiteral("script"),   QStringLiteral("style"),
        QStringLiteral("svg"),    QStringLiteral("template"), QStringLiteral("title"),
    };
    return tags;
}

// The value of attribute `name` in a tag's inside (`a href="…" class=x`), unquoted.
QString attribute(QStringView inside, QStringView name)
{
    qsizetype at = 0;
    while (at < inside.size()) {
        while (at < inside.size() && (inside.at(at).isSpace() || inside.at(at) == u'/'))
            ++at;
        const qsizetype nameFrom = at;
        while (at < inside.size() && !inside.at(at).isSpace() && inside.at(at) != u'='
               && inside.at(at) != u'/')
            ++at;
        const QStringView key = inside.mid(nameFrom, at - nameFrom);
        while (at < inside.size() && inside.at(at).isSpace())
            ++at;
        QStringView value;
        if (at < inside.size() && inside.at(at) == u'=') {
            ++at;
            while (at < inside.size() && inside.at(at).isSpace())
                ++at;
            if (at < inside.size() && (inside.at(at) == u'"' || inside.at(at) == u'\'')) {
                const QChar quote = inside.at(at);
                const qsizetype end = inside.indexOf(quote, at + 1);
                const qsizetype stop = end < 0 ? inside.size() : end;
                value = inside.mid(at + 1, stop - at - 1);
                at = stop + 1;
            } else {
                const qsizetype from = at;
                while (at < inside.size() && !inside.at(at).isSpace())
                    ++at;
                value = inside.mid(from, at - from);
            }
        }
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value.toString();
        if (key.isEmpty())
            ++at;
    }
    return {};
}

QString decodeEntities(const QString &text)
{
    // Enough for an address: the entities a link's href is written with.
    QString out = text;
    out.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    out.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    out.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    return out;
}

// Text between tags: kept as text; an ampersand that starts no entity is escaped.
void appendText(QString &out, QStringView text)
{
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == u'&') {
            qsizetype end = at + 1;
            while (end < text.size() && end - at < 12
                   && (text.at(end).isLetterOrNumber() || text.at(end) == u'#'))
                ++end;
            const bool entity = end > at + 1 && end < text.size() && text.at(end) == u';';
            out += entity ? QStringLiteral("&") : QStringLiteral("&amp;");
        } else if (c == u'>') {
            out += QStringLiteral("&gt;");
        } else if (c == u'"') {
            out += QStringLiteral("&quot;");
        } else {
            out += c;
        }
    }
}

} // namespace

bool isOpenableLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid()
        && (scheme == QLatin1String("https") || scheme == QLatin1String("http")
            || scheme == QLatin1String("mailto"));
}

QString sanitize(const QString &html)
{
    QString out;
    out.reserve(html.size());
    QString skipping; // inside a tag whose content goes: its name
    const QStringView in(html);
    qsizetype at = 0;
    while (at < in.size()) {
        const qsizetype open = in.indexOf(u'<', at);
        const qsizetype textEnd = open < 0 ? in.size() : open;
        if (skipping.isEmpty())
            appendText(out, in.mid(at, textEnd - at));
        if (open < 0)
            break;
        if (in.mid(open).startsWith(u"<!--")) {
            const qsizetype end = in.indexOf(u"-->", open + 4);
            at = end < 0 ? in.size() : end + 3;
            continue;
        }
        const qsizetype close = in.indexOf(u'>', open + 1);
        const bool closingTag = open + 1 < in.size() && in.at(open + 1) == u'/';
        const qsizetype nameFrom = open + (closingTag ? 2 : 1);
        qsizetype nameEnd = nameFrom;
        while (nameEnd < in.size() && in.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        if (close < 0 || nameEnd == nameFrom) {
            // Not a tag: a lone "<" in the text.
            if (skipping.isEmpty())
                out += QStringLiteral("&lt;");
            at = open + 1;
            continue;
        }
        at = close + 1;
        const QString name = in.mid(nameFrom, nameEnd - nameFrom).toString().toLower();
        if (!skipping.isEmpty()) {
            if (closingTag && name == skipping)
                skipping.clear();
            continue;
        }
        const QStringView inside = in.mid(nameEnd, close - nameEnd);
        if (droppedWhole().contains(name)) {
            if (!closingTag && !inside.endsWith(u'/'))
                skipping = name;
            continue;
        }
        if (!keptTags().contains(name))
            continue;
        if (closingTag) {
            out += QStringLiteral("</") + name + QLatin1Char('>');
        } else if (name == QLatin1String("a")) {
            const QUrl url(decodeEntities(attribute(inside, u"href")));
            out += isOpenableLink(url) ? QStringLiteral("<a href=\"%1\">")
                                             .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped())
                                       : QStringLiteral("<a>");
        } else {
            out += QLatin1Char('<') + name + QLatin1Char('>');
        }
    }
    return out;
}

QString plainTip(const QString &text, qsizetype longest)
{
    if (text.isEmpty())
        return {};
    qsizetype end = std::min(longest, text.size());
    if (end < text.size() && text.at(end - 1).isHighSurrogate())
        --end;
    QString shown = text.left(end).toHtmlEscaped();
    if (end < text.size())
        shown = QCoreApplication::translate(
                    "SafeHtml", "%1… (%L2 characters in all; the form shows the whole text)")
                    .arg(shown)
                    .arg(text.size());
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(shown);
}

} // namespace SafeHtml
