# One INTERFACE target that every Draftbox target links: warnings as errors, the strict Qt
# defines of ../shared/STYLE.md, and the sanitizers when DRAFTBOX_SANITIZE is on.
add_library(draftbox_options INTERFACE)
add_library(Draftbox::Options ALIAS draftbox_options)

target_compile_options(draftbox_options INTERFACE -Wall -Wextra -Werror)
target_compile_definitions(draftbox_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    DRAFTBOX_VERSION="${PROJECT_VERSION}")

if(DRAFTBOX_FUZZ)
    # Coverage for libFuzzer in every library; the fuzzer's own main only in the targets.
    set(_draftbox_fuzz -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(draftbox_options INTERFACE ${_draftbox_fuzz})
    target_link_options(draftbox_options INTERFACE -fsanitize=address,undefined)
elseif(DRAFTBOX_SANITIZE)
    set(_draftbox_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    target_compile_options(draftbox_options INTERFACE ${_draftbox_sanitizers})
    target_link_options(draftbox_options INTERFACE ${_draftbox_sanitizers})
endif()
