# Hunspell (Debian's libhunspell-dev) ships a pkg-config file, no CMake package.
find_package(PkgConfig REQUIRED)
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell)
if(NOT TARGET Hunspell::Hunspell)
    add_library(Hunspell::Hunspell ALIAS PkgConfig::HUNSPELL)
endif()
