#include "templaterenderer.h"

#include <QRegularExpression>

namespace {

//! A template variable's value in what Close said of a contact, lead, user or organization;
//! empty when it has none. Close's contacts have one `name`, its users first and last names.
QString templateValue(const QJsonObject &object, const QString &name)
{
    const QString value = object.value(name).toString().trimmed();
    if (!value.isEmpty() || object.isEmpty())
        return value;
    const QString first = object.value(QLatin1String("first_name")).toString().trimmed();
    const QString last = object.value(QLatin1String("last_name")).toString().trimmed();
    const QString whole = object.value(QLatin1String("name")).toString().trimmed();
    const qsizetype space = whole.indexOf(QLatin1Char(' '));
    if (name == QLatin1String("first_name"))
        return space < 0 ? whole : whole.left(space);
    if (name == QLatin1String("last_name"))
        return space < 0 ? QString() : whole.mid(space + 1).trimmed();
    if (name == QLatin1String("name") || name == QLatin1String("display_name")
        || name == QLatin1String("full_name"))
        return whole.isEmpty() ? QStringList {first, last}.join(QLatin1Char(' ')).trimmed() : whole;
    return {};
}

QString gapMarker(const QString &variable)
{
    return QStringLiteral("«%1»").arg(variable);
}

} // namespace

QString TemplateRenderer::render(const QString &text) const
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{\\s*([a-z_]+)\\.([a-z_]+)\\s*\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString scope = m.captured(1);
        const QJsonObject none;
        const QJsonObject &known = scope == QLatin1String("contact") ? contact
            : scope == QLatin1String("lead")                         ? lead
            : scope == QLatin1String("user")                         ? user
            : scope == QLatin1String("organization")                 ? organization
                                                                     : none;
        const QString value = templateValue(known, m.captured(2));
        out += value.isEmpty() ? gapMarker(scope + QLatin1Char('.') + m.captured(2)) : value;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QStringList TemplateRenderer::gaps(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("«([a-z_]+\\.[a-z_]+)»"));
    QStringList out;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const QString gap = gapMarker(it.next().captured(1));
        if (!out.contains(gap))
            out << gap;
    }
    return out;
}
