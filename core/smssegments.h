#pragma once

#include <QList>
#include <QString>

//! How carriers will split an SMS text: the encoding (GSM-7 when every character is in the GSM
//! alphabet, UCS-2 otherwise), the segments, and which characters force UCS-2.
struct SmsSegments
{
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int units = 0; //!< septets for GSM-7 (extension characters count two), UTF-16 units for UCS-2
    int segments = 0; //!< 0 for an empty text
    int perSegment = 160; //!< units a segment holds at this length: 160/153 or 70/67
    int remaining = 160; //!< units left in the last segment
    QList<int> ucs2Positions; //!< string positions of the characters that force UCS-2

    static SmsSegments count(const QString &text);
    static bool isGsm7(QChar c);
    static bool isGsm7Extension(QChar c);
};
