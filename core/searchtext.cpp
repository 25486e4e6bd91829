#include "searchtext.h"

namespace SearchText {

QByteArray fold(const QStringList &texts)
{
    QByteArray out = texts.join(QLatin1Char('\n')).toCaseFolded().toUtf8();
    out.squeeze(); // toUtf8() leaves room for three bytes a character; this is kept per row
    return out;
}

QByteArray digits(const QStringList &numbers)
{
    QByteArray out;
    for (const QString &number : numbers) {
        for (const QChar c : number) {
            if (c.isDigit() && c.unicode() < 128)
                out += char(c.unicode());
        }
        out += '\n';
    }
    return out;
}

QByteArray needle(const QString &typed)
{
    return typed.toCaseFolded().toUtf8();
}

QString plain(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c.toLower();
    }
    return out;
}

QByteArray numberNeedle(const QString &typed)
{
    static const QString separators = QStringLiteral(" -.()/+");
    QByteArray digits;
    for (const QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits += char(c.unicode());
        else if (!separators.contains(c))
            return {}; // words: not a number
    }
    // "0650…" (a trunk prefix) and "00 1 650…" (international) are the same number as "650…".
    qsizetype zeros = 0;
    while (zeros < digits.size() && digits.at(zeros) == '0')
        ++zeros;
    digits = digits.mid(zeros);
    return digits.size() < 3 ? QByteArray() : digits;
}

} // namespace SearchText
