#include "phonecheck.h"

#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneCheck PhoneCheck::check(const QString &input, const QString &defaultRegion)
{
    PhoneCheck result;
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty()) {
        result.problem = tr("Enter a phone number.");
        return result;
    }
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(trimmed.toStdString(), defaultRegion.toStdString(), &number)
        != PhoneNumberUtil::NO_PARSING_ERROR) {
        result.problem = tr("This is not a phone number.");
        return result;
    }
    std::string text;
    util->Format(number, PhoneNumberUtil::INTERNATIONAL, &text);
    result.formatted = QString::fromStdString(text);
    std::string region;
    util->GetRegionCodeForNumber(number, &region);
    result.countryIso = region == "ZZ" ? QString() : QString::fromStdString(region);
    if (!util->IsValidNumber(number)) {
        result.problem = tr("%1 is not a valid number; check the digits and the country code.")
                             .arg(result.formatted);
        return result;
    }
    util->Format(number, PhoneNumberUtil::E164, &text);
    result.e164 = QString::fromStdString(text);
    result.valid = true;
    return result;
}

void PhoneCheck::prepare()
{
    PhoneNumberUtil::GetInstance();
}
