#include "messagemarkup.h"

#include <QStringList>

namespace MessageMarkup {
namespace {

const QString monospace = QStringLiteral("```");

// A marker glued to a word on its outer side is part of the word (snake_case, 2*3*4).
bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

QString tagOf(QChar marker)
{
    switch (marker.unicode()) {
    case '*':
        return QStringLiteral("strong");
    case '_':
        return QStringLiteral("em");
    default:
        return QStringLiteral("del");
    }
}

QString escaped(QStringView text)
{
    QString out = text.toString().toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

// Text with no markers left: escaped, its web addresses made links.
QString plain(QStringView text)
{
    QString out;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype start = text.indexOf(u"https://", from);
        const qsizetype http = text.indexOf(u"http://", from);
        if (start < 0 || (http >= 0 && http < start))
            start = http;
        if (start < 0)
            break;
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        // Sentence punctuation after an address is not part of it.
        while (end > start && QStringView(u".,;:!?)\"'").contains(text.at(end - 1)))
            --end;
        const QStringView url = text.mid(start, end - start);
        out += escaped(text.mid(from, start - from));
        out += QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toString().toHtmlEscaped());
        from = end;
    }
    out += escaped(text.mid(from));
    return out;
}

// Where the marker opened at `open` closes on the same line, or -1.
qsizetype closing(QStringView text, qsizetype open)
{
    const QChar marker = text.at(open);
    for (qsizetype at = open + 2; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (c == QLatin1Char('\n'))
            return -1;
        if (c != marker || text.at(at - 1).isSpace())
            continue;
        const bool last = at + 1 == text.size();
        if (last || (!isWordChar(text.at(at + 1)) && text.at(at + 1) != marker))
            return at;
    }
    return -1;
}

QString inlineHtml(QStringView text)
{
    QString out;
    qsizetype plainFrom = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        if (text.mid(at).startsWith(monospace)) {
            const qsizetype end = text.indexOf(monospace, at + monospace.size());
            if (end > at + monospace.size()) {
                out += plain(text.mid(plainFrom, at - plainFrom));
                out += QStringLiteral("<code>")
                    + escaped(text.mid(at + monospace.size(), end - at - monospace.size()))
                    + QStringLiteral("</code>");
                at = end + monospace.size();
                plainFrom = at;
                continue;
            }
        }
        const QChar c = text.at(at);
        const bool marker = c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('~');
        const bool opens = marker
            && (at == 0 || (!isWordChar(text.at(at - 1)) && text.at(at - 1) != c))
            && at + 1 < text.size() && !text.at(at + 1).isSpace() && text.at(at + 1) != c;
        const qsizetype end = opens ? closing(text, at) : -1;
        if (end < 0) {
            ++at;
            continue;
        }
        out += plain(text.mid(plainFrom, at - plainFrom));
        const QString tag = tagOf(c);
        out += QLatin1Char('<') + tag + QLatin1Char('>')
            + inlineHtml(text.mid(at + 1, end - at - 1)) + QStringLiteral("</") + tag
            + QLatin1Char('>');
        at = end + 1;
        plainFrom = at;
    }
    out += plain(text.mid(plainFrom));
    return out;
}

} // namespace

QString marker(Style style)
{
    switch (style) {
    case Style::Bold:
        return QStringLiteral("*");
    case Style::Italic:
        return QStringLiteral("_");
    case Style::Strikethrough:
        return QStringLiteral("~");
    case Style::Monospace:
        return monospace;
    }
    return {};
}

QString toHtml(const QString &markup)
{
    QString html;
    for (const QString &paragraph : markup.split(QStringLiteral("\n\n"))) {
        if (!paragraph.trimmed().isEmpty())
            html += QStringLiteral("<p>") + inlineHtml(paragraph) + QStringLiteral("</p>");
    }
    return html;
}

} // namespace MessageMarkup
