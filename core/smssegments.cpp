#include "smssegments.h"

#include <QLocale>

namespace {

// GSM 03.38 basic character set (the escape itself excluded) and its extension table.
const QString &basicSet()
{
    static const QString set
        = QStringLiteral("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
                         "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà");
    return set;
}

const QString &extensionSet()
{
    static const QString set = QStringLiteral("^{}\\[~]|€\f");
    return set;
}

// Packs characters of the given widths into segments of `capacity` units, never splitting one.
int pack(const QList<int> &widths, int capacity, int *lastFill)
{
    int segments = 1;
    int fill = 0;
    for (int w : widths) {
        if (fill + w > capacity) {
            ++segments;
            fill = 0;
        }
        fill += w;
    }
    *lastFill = fill;
    return segments;
}

} // namespace

bool SmsSegments::isGsm7(QChar c)
{
    return basicSet().contains(c) || extensionSet().contains(c);
}

bool SmsSegments::isGsm7Extension(QChar c)
{
    return extensionSet().contains(c);
}

SmsSegments SmsSegments::count(const QString &text)
{
    SmsSegments s;
    for (int i = 0; i < text.size(); ++i) {
        if (!isGsm7(text.at(i)))
            s.ucs2Positions << i;
    }
    QList<int> widths;
    if (s.ucs2Positions.isEmpty()) {
        for (const QChar c : text)
            widths << (isGsm7Extension(c) ? 2 : 1);
    } else {
        s.encoding = Encoding::Ucs2;
        for (int i = 0; i < text.size(); ++i) {
            // A surrogate pair is one character: it never straddles two segments.
            if (text.at(i).isHighSurrogate() && i + 1 < text.size()
                && text.at(i + 1).isLowSurrogate()) {
                widths << 2;
                ++i;
            } else {
                widths << 1;
            }
        }
    }
    for (int w : std::as_const(widths))
        s.units += w;

    const bool gsm = s.encoding == Encoding::Gsm7;
    const int single = gsm ? 160 : 70;
    const int multi = gsm ? 153 : 67;
    if (s.units == 0) {
        s.perSegment = single;
        s.remaining = single;
        return s;
    }
    if (s.units <= single) {
        s.segments = 1;
        s.perSegment = single;
        s.remaining = single - s.units;
        return s;
    }
    int lastFill = 0;
    s.segments = pack(widths, multi, &lastFill);
    s.perSegment = multi;
    s.remaining = multi - lastFill;
    return s;
}

QString SmsSegments::lengthProblem(qsizetype length)
{
    if (length <= closeLimit)
        return {};
    const QLocale locale;
    return tr("Too long: Close accepts at most %1 characters. Remove %2 to save or send.")
        .arg(locale.toString(closeLimit), locale.toString(length - closeLimit));
}
