#pragma once

#include <QString>

//! What the sandbox knows of a phone number, computed with libphonenumber as Close does.
struct PhoneFacts
{
    bool e164 = false; //!< "+" followed by 2 to 15 digits, the first not 0
    bool valid = false; //!< libphonenumber considers it a real, assigned number
    QString formatted; //!< "+1 650-333-4444"; the input when it cannot be parsed
    QString countryIso; //!< "US"; empty when unknown
};

namespace PhoneBook {

bool isE164(const QString &number);
PhoneFacts facts(const QString &number);

} // namespace PhoneBook
