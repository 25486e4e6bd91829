#include "recipientzone.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLibrary>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <unicode/locid.h>
#include <unicode/tznames.h>
#include <unicode/unistr.h>

#include <memory>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

Q_LOGGING_CATEGORY(lcZone, "draftbox.core.zone")

namespace {

using Describe = std::size_t (*)(const char *e164, char *out, std::size_t size);

//! The geocoder module's entry point, loaded on first use from lib/draftbox beside the
//! program's bin/; null when it cannot be loaded (the number's country still tells a zone).
Describe geocoder()
{
    static const Describe describe = []() -> Describe {
        if (!QCoreApplication::instance())
            return nullptr;
        QLibrary module(QCoreApplication::applicationDirPath()
                        + QStringLiteral("/../lib/draftbox/draftbox_geocoder"));
        const auto found = reinterpret_cast<Describe>(module.resolve("draftbox_describe_number"));
        if (!found)
            qCWarning(lcZone) << "no geocoder:" << module.errorString();
        return found; // the module stays loaded: QLibrary does not unload on destruction
    }();
    return describe;
}

//! The place the geocoder names for a valid number ("Monterrey, NL"), in English.
QString describePlace(const PhoneNumber &number)
{
    const Describe describe = geocoder();
    if (!describe)
        return {};
    std::string e164;
    PhoneNumberUtil::GetInstance()->Format(number, PhoneNumberUtil::E164, &e164);
    char place[256];
    const std::size_t length = describe(e164.c_str(), place, sizeof place);
    return QString::fromUtf8(place, qsizetype(length));
}

struct ZonePrefixes
{
    const char *zone;
    const char *prefixes; //!< separated by spaces
};

// NANP area codes of the US and Canada by zone. An area code split between two zones with no
// clear majority (850 Florida, 867 the territories...) is left out: unknown beats a wrong warning.
constexpr ZonePrefixes nanpAreas[] = {
    {"America/New_York",
     "201 202 203 207 212 215 216 220 223 227 229 234 239 240 248 252 267 272 276 283 301 302 "
     "304 305 313 315 321 324 326 330 332 336 339 347 351 352 363 380 386 401 404 407 410 412 "
     "413 419 423 434 436 440 443 445 470 472 475 478 484 508 513 516 517 518 540 551 561 "
     "567 570 571 582 585 586 603 606 607 609 610 614 617 631 640 646 656 667 678 680 681 689 "
     "703 704 706 716 717 718 724 727 732 734 740 743 754 757 762 770 771 772 774 781 786 802 "
     "803 804 810 813 814 821 826 828 835 838 839 843 845 848 854 856 857 859 860 862 863 864 "
     "865 878 904 908 910 912 914 917 919 929 934 937 941 943 947 948 954 959 973 978 980 984 "
     "989 231 269 616 679 906"},
    {"America/Indiana/Indianapolis", "260 317 463 574 765 812 930"},
    {"America/Kentucky/Louisville", "502"},
    {"America/Chicago",
     "205 210 214 217 218 219 224 225 228 235 251 254 256 262 270 274 281 308 309 312 314 316 "
     "318 319 320 325 327 331 334 337 346 353 361 364 402 405 409 414 417 430 432 447 464 "
     "469 479 504 507 512 515 531 534 539 557 563 572 573 580 601 605 608 612 615 618 620 629 "
     "630 636 641 651 659 660 662 682 701 708 712 713 715 726 730 731 737 763 769 773 779 785 "
     "806 815 816 817 830 832 847 861 870 872 901 903 913 918 920 924 931 936 938 940 945 952 "
     "956 972 975 979 985"},
    {"America/Denver", "303 307 385 406 435 505 575 719 720 801 915 970 983"},
    {"America/Boise", "208 986"},
    {"America/Phoenix", "480 520 602 623 928"},
    {"America/Los_Angeles",
     "206 209 213 253 279 310 323 341 350 360 369 408 415 424 425 442 458 503 509 510 530 541 "
     "559 562 564 619 626 628 650 657 661 669 702 707 714 725 747 760 775 805 818 820 840 858 "
     "909 916 925 949 951 971"},
    {"America/Anchorage", "907"},
    {"Pacific/Honolulu", "808"},
    {"America/Toronto",
     "226 249 263 289 343 354 365 367 382 416 418 437 438 450 468 514 519 548 579 581 613 647 "
     "683 705 742 753 807 819 873 905"},
    {"America/Winnipeg", "204 431 584"},
    {"America/Regina", "306 474 639"},
    {"America/Edmonton", "368 403 587 780 825"},
    {"America/Vancouver", "236 250 257 604 672 778"},
    {"America/Halifax", "782 902"},
    {"America/Moncton", "428 506"},
    {"America/St_Johns", "709 879"},
};

// Brazil's two-digit DDD area codes.
constexpr ZonePrefixes brazilAreas[] = {
    {"America/Sao_Paulo",
     "11 12 13 14 15 16 17 18 19 21 22 24 27 28 31 32 33 34 35 37 38 41 42 43 44 45 46 47 48 "
     "49 51 53 54 55 61 62 64"},
    {"America/Araguaina", "63"},
    {"America/Cuiaba", "65 66"},
    {"America/Campo_Grande", "67"},
    {"America/Rio_Branco", "68"},
    {"America/Porto_Velho", "69"},
    {"America/Bahia", "71 73 74 75 77"},
    {"America/Maceio", "79 82"},
    {"America/Recife", "81 87"},
    {"America/Fortaleza", "83 84 85 86 88 89 98 99"},
    {"America/Belem", "91 94 96"},
    {"America/Santarem", "93"},
    {"America/Manaus", "92 97"},
    {"America/Boa_Vista", "95"},
};

// Australia's geographic numbers, by the leading digits of the national number (the longest
// prefix wins): 2 NSW/ACT, 3 Victoria (36 Tasmania), 7 Queensland, 88 South Australia,
// 889 Northern Territory, 89 Western Australia. Mobiles (4) say nothing of where people live.
constexpr ZonePrefixes australiaAreas[] = {
    {"Australia/Sydney", "2"},   {"Australia/Melbourne", "3"}, {"Australia/Hobart", "36"},
    {"Australia/Brisbane", "7"}, {"Australia/Adelaide", "88"}, {"Australia/Darwin", "889"},
    {"Australia/Perth", "89"},
};

// What the geocoder (in English) names for a region rather than a city, in the countries where
// the region decides the zone.
constexpr ZonePrefixes regionNames[] = {
    {"America/Tijuana", "Baja California"},
    {"America/Hermosillo", "Sonora"},
    {"America/Mazatlan", "Sinaloa|Nayarit|Baja California Sur"},
    {"America/Chihuahua", "Chihuahua"},
    {"America/Cancun", "Quintana Roo"},
    {"Europe/Moscow", "Moscow|St Petersburg|Kazan|Nizhny Novgorod|Rostov-on-Don|Krasnodar"},
    {"Europe/Kaliningrad", "Kaliningrad"},
    {"Europe/Samara", "Samara"},
    {"Europe/Volgograd", "Volgograd"},
    {"Asia/Yekaterinburg", "Ekaterinburg|Chelyabinsk|Perm|Ufa"},
    {"Asia/Omsk", "Omsk"},
    {"Asia/Novosibirsk", "Novosibirsk"},
    {"Asia/Krasnoyarsk", "Krasnoyarsk"},
    {"Asia/Irkutsk", "Irkutsk"},
    {"Asia/Vladivostok", "Primorie territory|Vladivostok"},
    {"Asia/Vladivostok", "Khabarovsk"},
};

using PrefixTable = QHash<QString, QByteArray>;

template<std::size_t N>
PrefixTable tableOf(const ZonePrefixes (&rows)[N], char separator)
{
    PrefixTable table;
    for (const ZonePrefixes &row : rows) {
        const QString keys = QString::fromUtf8(row.prefixes);
        for (const QString &key : keys.split(QLatin1Char(separator), Qt::SkipEmptyParts))
            table.insert(key, QByteArray(row.zone));
    }
    return table;
}

//! The zone of the longest prefix of `digits` in `table`, empty when none.
QByteArray longestPrefix(const PrefixTable &table, const QString &digits, int maxLength)
{
    for (int length = qMin(maxLength, int(digits.size())); length > 0; --length) {
        const QByteArray zone = table.value(digits.left(length));
        if (!zone.isEmpty())
            return zone;
    }
    return {};
}

QByteArray zoneOfArea(int countryCode, const QString &region, const QString &national)
{
    if (countryCode == 1 && (region == QLatin1String("US") || region == QLatin1String("CA"))) {
        static const PrefixTable table = tableOf(nanpAreas, ' ');
        return table.value(national.left(3));
    }
    if (countryCode == 55) {
        static const PrefixTable table = tableOf(brazilAreas, ' ');
        return table.value(national.left(2));
    }
    if (countryCode == 61) {
        static const PrefixTable table = tableOf(australiaAreas, ' ');
        return longestPrefix(table, national, 3);
    }
    return {};
}

//! A city or region the geocoder names ("Monterrey, NL", "Quintana Roo", "Hobart") as one of
//! the country's zones: a zone named after that city, or a known region.
QByteArray zoneOfPlace(const QString &description, QLocale::Territory territory)
{
    const QString place = description.section(QLatin1Char(','), 0, 0).trimmed();
    if (place.isEmpty())
        return {};
    static const PrefixTable regions = tableOf(regionNames, '|');
    const QByteArray known = regions.value(place);
    if (!known.isEmpty())
        return known;
    QString asId = place.normalized(QString::NormalizationForm_D);
    asId.remove(QRegularExpression(QStringLiteral("\\p{Mn}")));
    asId.replace(QLatin1Char(' '), QLatin1Char('_'));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds(territory)) {
        if (QString::fromLatin1(id).section(QLatin1Char('/'), -1) == asId)
            return id;
    }
    return {};
}

//! The country's zone when all of its zones keep the same hours all year.
QByteArray zoneOfCountry(QLocale::Territory territory)
{
    if (territory == QLocale::AnyTerritory)
        return {};
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds(territory);
    if (ids.isEmpty())
        return {};
    const int year = QDate::currentDate().year();
    const QDateTime winter(QDate(year, 1, 15), QTime(12, 0), Qt::UTC);
    const QDateTime summer(QDate(year, 7, 15), QTime(12, 0), Qt::UTC);
    const QTimeZone first(ids.constFirst());
    for (const QByteArray &id : ids) {
        const QTimeZone zone(id);
        if (zone.offsetFromUtc(winter) != first.offsetFromUtc(winter)
            || zone.offsetFromUtc(summer) != first.offsetFromUtc(summer))
            return {};
    }
    return ids.constFirst();
}

} // namespace

RecipientZone RecipientZone::fromZone(const QTimeZone &zone, Source source)
{
    RecipientZone result;
    if (zone.isValid() && source != Source::Unknown) {
        result.zone = zone;
        result.source = source;
    }
    return result;
}

RecipientZone RecipientZone::resolve(const QString &contactTimeZone, const QString &phone,
                                     const QString &countryIso)
{
    const QByteArray contactId = contactTimeZone.trimmed().toLatin1();
    if (!contactId.isEmpty() && QTimeZone::isTimeZoneIdAvailable(contactId))
        return fromZone(QTimeZone(contactId), Source::Contact);

    QString region = countryIso.toUpper();
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionHint = region.isEmpty() ? std::string("ZZ") : region.toStdString();
    if (!phone.trimmed().isEmpty()
        && util->Parse(phone.trimmed().toStdString(), regionHint, &number)
            == PhoneNumberUtil::NO_PARSING_ERROR) {
        if (!util->IsValidNumber(number))
            return {}; // a number that cannot be reached says nothing of where anyone lives
        std::string numberRegion;
        util->GetRegionCodeForNumber(number, &numberRegion);
        region = QString::fromStdString(numberRegion);
        std::string national;
        util->GetNationalSignificantNumber(number, &national);
        const QByteArray area
            = zoneOfArea(number.country_code(), region, QString::fromStdString(national));
        if (!area.isEmpty())
            return fromZone(QTimeZone(area), Source::NumberArea);
        const QString described = describePlace(number);
        const QByteArray place = zoneOfPlace(described, QLocale::codeToTerritory(region));
        if (!place.isEmpty())
            return fromZone(QTimeZone(place), Source::NumberArea);
    }
    const QByteArray country = zoneOfCountry(QLocale::codeToTerritory(region));
    if (!country.isEmpty())
        return fromZone(QTimeZone(country), Source::Country);
    return {};
}

QString RecipientZone::place() const
{
    if (!isKnown())
        return {};
    // ICU names the zone's city in the rep's language (São Paulo, Nowosibirsk); the id's last
    // part is the fallback.
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::TimeZoneNames> names(icu::TimeZoneNames::createInstance(
        icu::Locale(QLocale().name().toLatin1().constData()), status));
    if (U_SUCCESS(status) && names) {
        const QByteArray zoneId = zone.id();
        icu::UnicodeString city;
        names->getExemplarLocationName(
            icu::UnicodeString::fromUTF8(icu::StringPiece(zoneId.constData(), zoneId.size())),
            city);
        if (!city.isBogus() && city.length() > 0) {
            std::string utf8;
            city.toUTF8String(utf8);
            return QString::fromStdString(utf8);
        }
    }
    return QString::fromLatin1(zone.id())
        .section(QLatin1Char('/'), -1)
        .replace(QLatin1Char('_'), QLatin1Char(' '));
}
