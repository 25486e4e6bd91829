#include "phonebook.h"

#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>

#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace PhoneBook {

bool isE164(const QString &number)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{1,14}$"));
    return pattern.match(number).hasMatch();
}

PhoneFacts facts(const QString &number)
{
    PhoneFacts result;
    result.e164 = isE164(number);
    result.formatted = number;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber parsed;
    if (util->Parse(number.toStdString(), "ZZ", &parsed) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    result.valid = result.e164 && util->IsValidNumber(parsed);
    std::string text;
    util->Format(parsed, PhoneNumberUtil::INTERNATIONAL, &text);
    result.formatted = QString::fromStdString(text);
    std::string region;
    util->GetRegionCodeForNumber(parsed, &region);
    if (region != "ZZ")
        result.countryIso = QString::fromStdString(region);
    return result;
}

} // namespace PhoneBook
