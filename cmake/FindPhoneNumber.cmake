# libphonenumber ships no CMake package on Debian: find the library and its headers by hand.
# Its geocoder (the place a number's prefix belongs to) is a separate library, libgeocoding,
# whose header uses ICU's Locale: callers link ICU themselves.
find_library(PHONENUMBER_LIBRARY NAMES phonenumber REQUIRED)
find_library(PHONENUMBER_GEOCODING_LIBRARY NAMES geocoding REQUIRED)
find_path(PHONENUMBER_INCLUDE_DIR NAMES phonenumbers/phonenumberutil.h REQUIRED)
find_package(ICU REQUIRED COMPONENTS uc i18n)

if(NOT TARGET PhoneNumber::PhoneNumber)
    add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
        INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")
endif()
if(NOT TARGET PhoneNumber::Geocoding)
    add_library(PhoneNumber::Geocoding UNKNOWN IMPORTED)
    set_target_properties(PhoneNumber::Geocoding PROPERTIES
        IMPORTED_LOCATION "${PHONENUMBER_GEOCODING_LIBRARY}"
        INTERFACE_LINK_LIBRARIES "PhoneNumber::PhoneNumber;ICU::uc;ICU::i18n")
endif()
