#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

//! How carriers will split an SMS text: the encoding (GSM-7 when every character is in the GSM
//! alphabet, UCS-2 otherwise), the segments, and which characters force UCS-2. And the longest
//! text Close takes: the one rule the editor, the form and the model's sendProblem() ask.
struct SmsSegments
{
    Q_DECLARE_TR_FUNCTIONS(SmsSegments)

public:
    enum class Encoding { Gsm7, Ucs2 };

    //! The most characters Close takes in an SMS ("The character limit on an SMS is 1000",
    //! help.close.com), counted as QString counts them.
    static constexpr int closeLimit = 1000;

    Encoding encoding = Encoding::Gsm7;
    int units = 0; //!< septets for GSM-7 (extension characters count two), UTF-16 units for UCS-2
    int segments = 0; //!< 0 for an empty text
    int perSegment = 160; //!< units a segment holds at this length: 160/153 or 70/67
    int remaining = 160; //!< units left in the last segment
    QList<int> ucs2Positions; //!< string positions of the characters that force UCS-2

    static SmsSegments count(const QString &text);
    static bool isGsm7(QChar c);
    static bool isGsm7Extension(QChar c);

    //! Whether Close would refuse the text as too long: it can be kept, not saved or sent.
    static bool isOverLimit(const QString &text) { return text.size() > closeLimit; }
    //! What the rep reads when the text is too long ("Too long: Close accepts at most 1,000
    //! characters. Remove 12 to save or send."); empty when it fits.
    static QString lengthProblem(const QString &text) { return lengthProblem(text.size()); }
    //! The same for a text of `length` characters.
    static QString lengthProblem(qsizetype length);
};
