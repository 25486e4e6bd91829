# The layers kept by the build (see CheckLayers.cmake): draftbox_layers scans the #include lines
# of api/, core/, models/ and ui/ whenever one of their files changes, and every library waits
# for it, so a build that crosses a layer stops with the file and the line.
function(_draftbox_qt_module_dir target module out)
    get_target_property(dirs ${target} INTERFACE_INCLUDE_DIRECTORIES)
    foreach(dir IN LISTS dirs)
        if(dir MATCHES "/${module}$")
            set(${out} "${dir}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    message(FATAL_ERROR "No ${module} include folder in ${target}: ${dirs}")
endfunction()

_draftbox_qt_module_dir(Qt6::Network QtNetwork _draftbox_network_dir)
_draftbox_qt_module_dir(Qt6::Gui QtGui _draftbox_gui_dir)
_draftbox_qt_module_dir(Qt6::Widgets QtWidgets _draftbox_widgets_dir)

set(_draftbox_layer_sources "")
foreach(layer api core models ui app)
    file(GLOB _files CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/${layer}/*.h"
        "${PROJECT_SOURCE_DIR}/${layer}/*.cpp")
    list(APPEND _draftbox_layer_sources ${_files})
endforeach()

set(_draftbox_layers_stamp "${CMAKE_BINARY_DIR}/draftbox_layers.stamp")
add_custom_command(OUTPUT "${_draftbox_layers_stamp}"
    COMMAND "${CMAKE_COMMAND}"
        "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "-DQT_NETWORK_DIR=${_draftbox_network_dir}"
        "-DQT_GUI_DIR=${_draftbox_gui_dir}"
        "-DQT_WIDGETS_DIR=${_draftbox_widgets_dir}"
        "-DSTAMP=${_draftbox_layers_stamp}"
        -P "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
    DEPENDS "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake" ${_draftbox_layer_sources}
    COMMENT "Checking the layers: app/ → ui/ → models/ → core/ → api/"
    VERBATIM)
add_custom_target(draftbox_layers ALL DEPENDS "${_draftbox_layers_stamp}")
foreach(library draftbox_api draftbox_core draftbox_models draftbox_ui draftbox_app)
    if(TARGET ${library})
        add_dependencies(${library} draftbox_layers)
    endif()
endforeach()
