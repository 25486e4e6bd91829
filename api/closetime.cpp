#include "closetime.h"

#include <iterator>

namespace CloseTime {

namespace {

//! Reads `count` ASCII digits at `at`; -1 if any is not a digit.
int digits(QStringView text, qsizetype at, int count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

// A scanner, not a regular expression: dates are parsed for every row the list sorts or shows,
// and for every activity of every page checked. The grammar is ISO 8601 as Close writes it:
// YYYY-MM-DD[T ]HH:MM[:SS[.fraction]][Z|±HH[[:]MM]]
std::optional<QDateTime> parse(const QString &input)
{
    const QStringView text(input);
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || text[4] != u'-'
        || text[7] != u'-' || (text[10] != u'T' && text[10] != u' ') || text[13] != u':')
        return std::nullopt;
    qsizetype at = 16;
    int second = 0;
    int msec = 0;
    if (at < text.size() && text[at] == u':') {
        second = digits(text, at + 1, 2);
        if (second < 0)
            return std::nullopt;
        at += 3;
        if (at < text.size() && text[at] == u'.') {
            const qsizetype first = ++at;
            while (at < text.size() && text[at] >= u'0' && text[at] <= u'9' && at - first < 9)
                ++at;
            const qsizetype count = at - first;
            if (count == 0)
                return std::nullopt;
            for (qsizetype i = 0; i < 3; ++i)
                msec = msec * 10 + (i < count ? text[first + i].unicode() - u'0' : 0);
        }
    }
    int offset = 0;
    if (at < text.size() && text[at] == u'Z') {
        ++at;
    } else if (at < text.size() && (text[at] == u'+' || text[at] == u'-')) {
        const int sign = text[at] == u'-' ? -1 : 1;
        const int hours = digits(text, at + 1, 2);
        if (hours < 0)
            return std::nullopt;
        at += 3;
        int minutes = 0;
        if (at < text.size()) {
            if (text[at] == u':')
                ++at;
            minutes = digits(text, at, 2);
            if (minutes < 0)
                return std::nullopt;
            at += 2;
        }
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offset = sign * (hours * 3600 + minutes * 60);
    }
    if (at != text.size())
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

QString format(const QDateTime &dateTime)
{
    // By hand: every time of every page is formatted to check it reads back as Close wrote it,
    // and QDateTime::toString() goes through the calendar and the locale for each.
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (!date.isValid() || date.year() < 0 || date.year() > 9999)
        return utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
            + QStringLiteral("000+00:00");
    char16_t out[] = u"0000-00-00T00:00:00.000000+00:00";
    const auto put = [&out](int at, int value, int count) {
        for (int i = at + count - 1; i >= at; --i, value /= 10)
            out[i] = char16_t(u'0' + value % 10);
    };
    put(0, date.year(), 4);
    put(5, date.month(), 2);
    put(8, date.day(), 2);
    put(11, time.hour(), 2);
    put(14, time.minute(), 2);
    put(17, time.second(), 2);
    put(20, time.msec(), 3);
    return QString(reinterpret_cast<const QChar *>(out), qsizetype(std::size(out)) - 1);
}

} // namespace CloseTime
