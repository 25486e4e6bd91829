#include "optout.h"

#include <QLocale>

namespace {

//! The reply without the spaces and closing punctuation people put around a keyword.
QString bare(const QString &text)
{
    QString word = text.trimmed();
    while (!word.isEmpty()
           && (word.back().isPunct() || word.back().isSpace() || word.back().isSymbol()))
        word.chop(1);
    return word.trimmed();
}

} // namespace

OptOutList::Keyword OptOutList::keyword(const QString &text, const QString &countryIso)
{
    if (text.size() > 40) // a keyword reply is one word; no long text is scanned
        return Keyword::None;
    const QString word = bare(text).toUpper();
    static const QStringList stops
        = {QStringLiteral("STOP"),   QStringLiteral("STOPALL"), QStringLiteral("UNSUBSCRIBE"),
           QStringLiteral("CANCEL"), QStringLiteral("END"),     QStringLiteral("QUIT")};
    static const QStringList starts = {QStringLiteral("START"), QStringLiteral("UNSTOP")};
    if (stops.contains(word))
        return Keyword::Stop;
    if (countryIso.compare(QLatin1String("FR"), Qt::CaseInsensitive) == 0
        && (word == QLatin1String("ARRET") || word == QStringLiteral("ARR\u00CAT")))
        return Keyword::Stop;
    if (starts.contains(word))
        return Keyword::Start;
    return Keyword::None;
}

QString OptOutList::digitsOf(const QString &number)
{
    QString digits;
    digits.reserve(number.size());
    for (const QChar c : number) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

bool OptOutList::noteReply(const QString &number, const QString &text, const QDateTime &at,
                           const QString &countryIso)
{
    const Keyword said = keyword(text, countryIso);
    const QString k = digitsOf(number);
    if (said == Keyword::None || k.isEmpty())
        return false;
    const auto it = m_replies.constFind(k);
    if (it != m_replies.cend() && it->at.isValid() && at.isValid() && it->at > at)
        return false; // an older reply, heard later: the newer one stands
    const bool changed = it == m_replies.cend() || it->keyword != said;
    m_replies.insert(k, {said, at, bare(text)});
    return changed;
}

std::optional<OptOutList::Reply> OptOutList::latest(const QString &number) const
{
    const auto it = m_replies.constFind(digitsOf(number));
    if (it == m_replies.cend())
        return std::nullopt;
    return *it;
}

bool OptOutList::isOptedOut(const QString &number) const
{
    const auto reply = latest(number);
    return reply && reply->keyword == Keyword::Stop;
}

QString OptOutList::reason(const QString &number, const QString &who, bool blockedInClose,
                           const std::optional<QDateTime> &markedAt) const
{
    const std::optional<Reply> reply = latest(number);
    if (reply && reply->keyword == Keyword::Stop)
        return stopReason(who, reply->word, reply->at);
    const bool startedSince
        = reply && reply->keyword == Keyword::Start && (!markedAt || reply->at > *markedAt);
    return blockedInClose && !startedSince ? blockedReason(who) : QString();
}

QString OptOutList::stopReason(const QString &who, const QString &word, const QDateTime &at)
{
    return tr("%1 replied “%2” on %3: they asked not to be texted. Draftbox will not send or "
              "schedule an SMS to this number until they reply START.")
        .arg(who, word, QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));
}

QString OptOutList::blockedReason(const QString &who)
{
    return tr("%1 opted out of SMS: Close blocks texts to this number (they replied STOP). "
              "Draftbox will not send or schedule an SMS to it until they reply START.")
        .arg(who);
}
