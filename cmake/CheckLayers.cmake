# Run as a script (cmake -P) by the draftbox_layers target, part of every build: reads each
# #include of api/, core/, models/ and ui/ and fails, naming the file and the line, where a
# layer reaches above itself or past what it may use:
#
#   app/ ──▶ ui/ ──▶ models/ ──▶ core/ ──▶ api/
#
# - api/ includes nothing of core/, models/, ui/ or app/;
# - core/ nothing of models/, ui/ or app/, and no QtGui or QtWidgets header;
# - models/ nothing of ui/ or app/;
# - ui/ nothing of app/, no QtNetwork header, and not closecall.h or closeclient.h (the
#   network stays below the models; ui does not even have QtNetwork's include folder, so a
#   QtNetwork header reaching ui through a models header does not compile either).
#
# A quoted include is taken as the file of that name in the including file's own folder if
# there is one, else as the project header of that name. Qt headers are recognised by the
# folders of Qt's modules, passed in as QT_NETWORK_DIR, QT_GUI_DIR and QT_WIDGETS_DIR.
#
# In: SOURCE_DIR, QT_NETWORK_DIR, QT_GUI_DIR, QT_WIDGETS_DIR, STAMP (touched on success).

cmake_minimum_required(VERSION 3.22)

set(layers api core models ui app)
foreach(layer IN LISTS layers)
    file(GLOB files_${layer} RELATIVE "${SOURCE_DIR}/${layer}"
        "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
endforeach()

set(forbidden_api core models ui app)
set(forbidden_core models ui app)
set(forbidden_models ui app)
set(forbidden_ui app)

# Headers of the api/ client that bring QNetworkReply and QNetworkAccessManager with them.
set(network_headers_of_api closecall.h closeclient.h)

set(problems "")

function(line_of file text out)
    file(READ "${file}" content)
    string(FIND "${content}" "${text}" position)
    string(SUBSTRING "${content}" 0 ${position} before)
    string(REGEX MATCHALL "\n" newlines "${before}")
    list(LENGTH newlines count)
    math(EXPR line "${count} + 1")
    set(${out} ${line} PARENT_SCOPE)
endfunction()

function(is_qt_header module_dir header out)
    set(${out} FALSE PARENT_SCOPE)
    get_filename_component(module "${module_dir}" NAME) # QtNetwork, QtGui, QtWidgets
    if(header STREQUAL module OR header MATCHES "^${module}/")
        set(${out} TRUE PARENT_SCOPE)
    elseif(NOT header MATCHES "/" AND EXISTS "${module_dir}/${header}")
        set(${out} TRUE PARENT_SCOPE)
    endif()
endfunction()

foreach(layer api core models ui)
    foreach(name IN LISTS files_${layer})
        set(path "${SOURCE_DIR}/${layer}/${name}")
        file(STRINGS "${path}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(include IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1"
                header "${include}")
            get_filename_component(header_name "${header}" NAME)
            set(why "")

            # A project header: the including folder's own first, else a layer's.
            if(NOT header_name IN_LIST files_${layer})
                foreach(other IN LISTS forbidden_${layer})
                    if(header_name IN_LIST files_${other} OR header MATCHES "^${other}/")
                        set(why "includes ${other}/${header_name}: ${layer}/ may not use ${other}/")
                        break()
                    endif()
                endforeach()
            endif()

            if(layer STREQUAL "ui")
                if(header_name IN_LIST network_headers_of_api)
                    set(why "includes api/${header_name}, which brings the network into ui/")
                endif()
                is_qt_header("${QT_NETWORK_DIR}" "${header}" network)
                if(network)
                    set(why "includes the QtNetwork header <${header}>: ui/ has no network")
                endif()
            elseif(layer STREQUAL "core")
                is_qt_header("${QT_GUI_DIR}" "${header}" gui)
                is_qt_header("${QT_WIDGETS_DIR}" "${header}" widgets)
                if(gui OR widgets)
                    set(why "includes <${header}> (QtGui/QtWidgets): core/ has neither")
                endif()
            endif()

            if(why)
                line_of("${path}" "${include}" line)
                string(APPEND problems "  ${layer}/${name}:${line}: ${why}\n")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    message(FATAL_ERROR "The layers are app/ → ui/ → models/ → core/ → api/ "
        "(see cmake/CheckLayers.cmake):\n${problems}")
endif()
file(TOUCH "${STAMP}")
