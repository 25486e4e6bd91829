// The place libphonenumber's offline geocoder names for a number, as a module Draftbox loads
// only when a number first needs it: the geocoder's tables are some 14 MiB of relocated data
// that every process linking it would otherwise map and touch at start-up.
#include <phonenumbers/geocoding/phonenumber_offline_geocoder.h>
#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>

#include <cstring>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberOfflineGeocoder;
using i18n::phonenumbers::PhoneNumberUtil;

//! Writes the English description of the valid number `e164` ("+525512345678") into `out`
//! (at most `size` bytes with the final NUL) and returns its length; 0 when there is none.
extern "C" __attribute__((visibility("default"))) std::size_t
draftbox_describe_number(const char *e164, char *out, std::size_t size)
{
    if (!e164 || !out || size == 0)
        return 0;
    out[0] = '\0';
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(e164, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR
        || !util->IsValidNumber(number))
        return 0;
    static const PhoneNumberOfflineGeocoder geocoder;
    const std::string described
        = geocoder.GetDescriptionForValidNumber(number, icu::Locale::getEnglish());
    const std::size_t length = described.size() < size ? described.size() : size - 1;
    std::memcpy(out, described.data(), length);
    out[length] = '\0';
    return length;
}
