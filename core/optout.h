#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

//! Who asked not to be texted: the numbers whose latest keyword reply was STOP (or one of its
//! synonyms), as carriers and Close honour them. A START (or UNSTOP) reply lifts it. Close's
//! own mark, the contact phone's `outbound_sms_blocked`, is weighed beside these replies by
//! whoever knows the contact (SmsSync).
class OptOutList
{
    Q_DECLARE_TR_FUNCTIONS(OptOutList)

public:
    enum class Keyword { None, Stop, Start };

    //! The keyword a whole reply is, as carriers read it: one word, any case, spaces and
    //! closing punctuation around it ignored ("Stop.", " STOP "). "Please stop" is no keyword.
    //! ARRET (ARRÊT) counts for French numbers (`countryIso` "FR") only.
    static Keyword keyword(const QString &text, const QString &countryIso = {});

    struct Reply
    {
        Keyword keyword = Keyword::None;
        QDateTime at; //!< when it came in
        QString word; //!< as they wrote it, trimmed ("Stop")
    };

    //! An inbound SMS from `number` (E.164) came in at `at` saying `text`; only keywords count,
    //! and only the latest of them. Returns whether the number's standing changed.
    bool noteReply(const QString &number, const QString &text, const QDateTime &at,
                   const QString &countryIso = {});
    //! The latest keyword reply from the number, if any.
    std::optional<Reply> latest(const QString &number) const;
    //! Whether the latest keyword reply from the number was a STOP.
    bool isOptedOut(const QString &number) const;
    void clear() { m_replies.clear(); }

    //! Why `number` may not be texted (`who` names them): its latest keyword reply was STOP,
    //! or Close marks the phone blocked (`blockedInClose`, as read at `markedAt`) and no START
    //! came after. Empty when it may.
    QString reason(const QString &number, const QString &who, bool blockedInClose,
                   const std::optional<QDateTime> &markedAt = std::nullopt) const;

    //! The rep's reason for not sending to someone who replied STOP on `at` (`who` names them).
    static QString stopReason(const QString &who, const QString &word, const QDateTime &at);
    //! The same when only Close's mark on the contact phone says so.
    static QString blockedReason(const QString &who);

    //! The number's digits, how numbers are compared here ("+1 650-333" and "+1650333" match).
    static QString digitsOf(const QString &number);

private:
    QHash<QString, Reply> m_replies; //!< by number, digits only
};
