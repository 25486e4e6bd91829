#include "whatsappmarkup.h"

#include <QRegularExpression>
#include <QStringList>

namespace WhatsAppMarkup {
namespace {

struct Rule
{
    QRegularExpression pattern;
    QString open;
    QString close;
};

// A marker only counts when it hugs non-space text and is not glued to a word on its outer
// side, which is how WhatsApp avoids styling "2*3*4" or snake_case_names.
const QList<Rule> &rules()
{
    static const QList<Rule> all = {
        {QRegularExpression(QStringLiteral("```(.+?)```"),
                            QRegularExpression::DotMatchesEverythingOption),
         QStringLiteral("<code>"), QStringLiteral("</code>")},
        {QRegularExpression(QStringLiteral("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])")),
         QStringLiteral("<strong>"), QStringLiteral("</strong>")},
        {QRegularExpression(QStringLiteral("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])")),
         QStringLiteral("<em>"), QStringLiteral("</em>")},
        {QRegularExpression(QStringLiteral("(?<![\\w~])~(?=\\S)(.+?)(?<=\\S)~(?![\\w~])")),
         QStringLiteral("<del>"), QStringLiteral("</del>")},
    };
    return all;
}

QString applyRules(QString text, bool html)
{
    for (const Rule &rule : rules()) {
        QString out;
        qsizetype last = 0;
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out += QStringView(text).mid(last, m.capturedStart() - last);
            if (html)
                out += rule.open + m.captured(1) + rule.close;
            else
                out += m.captured(1);
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        text = out;
    }
    return text;
}

} // namespace

QString toHtml(const QString &markdown)
{
    QStringList paragraphs;
    const QStringList blocks = markdown.split(QStringLiteral("\n\n"));
    for (const QString &block : blocks) {
        if (block.trimmed().isEmpty())
            continue;
        QString html = applyRules(block.toHtmlEscaped(), true);
        html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        paragraphs << QStringLiteral("<p>") + html + QStringLiteral("</p>");
    }
    return paragraphs.join(QString());
}

QString toPlainText(const QString &markdown)
{
    return applyRules(markdown, false);
}

} // namespace WhatsAppMarkup
