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

# add_mlir_library puts every library into the "MLIRTargets" export set.
install(EXPORT MLIRTargets
  FILE TicoMLIRTargets.cmake
  NAMESPACE TicoMLIR::
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/TicoMLIR)

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/TicoMLIRConfig.cmake.in
  ${PROJECT_BINARY_DIR}/TicoMLIRConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/TicoMLIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/TicoMLIRConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/TicoMLIRConfig.cmake
  ${PROJECT_BINARY_DIR}/TicoMLIRConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/TicoMLIR)

install(TARGETS tico-opt tico-translate RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
