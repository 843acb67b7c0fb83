# `cmake --install` lays out headers, libraries and a CMake package so another
# MLIR project can:
#   find_package(TicoMLIR CONFIG REQUIRED)
#   target_link_libraries(app PRIVATE TicoMLIR::TicoTQDialect ...)
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/tico
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td")
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/tico
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}
  FILES_MATCHING PATTERN "*.inc" PATTERN "*.h"
  PATTERN "CMakeFiles" EXCLUDE)

# add_mlir_library puts every library into the "MLIRTargets" export set;
# installed targets carry the include directory so consumers need no paths.
get_property(TICO_EXPORTED_LIBS GLOBAL PROPERTY MLIR_EXPORTS)
foreach(lib ${TICO_EXPORTED_LIBS})
  target_include_directories(${lib} INTERFACE
    $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
endforeach()
install(EXPORT MLIRTargets
  FILE TicoMLIRTargets.cmake
  NAMESPACE TicoMLIR::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/TicoMLIR)

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/TicoMLIRConfig.cmake.in
  ${PROJECT_BINARY_DIR}/TicoMLIRConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/TicoMLIR
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/TicoMLIRConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/TicoMLIRConfig.cmake
  ${PROJECT_BINARY_DIR}/TicoMLIRConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/TicoMLIR)

install(TARGETS tico-opt tico-translate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
