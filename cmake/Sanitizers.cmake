# TICO_ENABLE_SANITIZERS: build project code with AddressSanitizer and
# UndefinedBehaviorSanitizer (gcc or clang). Every UB report aborts
# (-fno-sanitize-recover), so a test that triggers one fails. Debian's
# libMLIR.so stays uninstrumented: ASan still sees every allocation (it
# intercepts malloc), UBSan only checks our code.
#
# TICO_BUILD_FUZZERS: the libFuzzer targets in fuzz/ (clang only). Project
# code gets -fsanitize=fuzzer-no-link for coverage, plus the sanitizers.

option(TICO_ENABLE_SANITIZERS "Build with -fsanitize=address,undefined" OFF)
option(TICO_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (clang)" OFF)

set(TICO_SANITIZER_FLAGS "")
if(TICO_ENABLE_SANITIZERS OR TICO_BUILD_FUZZERS)
  set(TICO_SANITIZER_FLAGS -fsanitize=address,undefined
      -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
endif()
if(TICO_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TICO_BUILD_FUZZERS needs clang (scripts/fuzz uses "
                        "clang++-22), got ${CMAKE_CXX_COMPILER_ID}")
  endif()
  # clang flags libstdc++ 12's own use of get_temporary_buffer (deprecated
  # in C++17) inside std::stable_sort; keep it a warning there.
  list(APPEND TICO_SANITIZER_FLAGS -fsanitize=fuzzer-no-link
       -Wno-error=deprecated-declarations)
endif()
set(TICO_SANITIZED OFF)
if(TICO_SANITIZER_FLAGS)
  set(TICO_SANITIZED ON)
  add_compile_options(${TICO_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  # clang links the sanitizer runtimes into executables only; a shared
  # library (libTicoPlugin.so) takes them from its host, so it may not be
  # linked with -z defs (which HandleLLVMOptions adds).
  foreach(kind SHARED MODULE)
    string(REPLACE "-Wl,-z,defs" "" CMAKE_${kind}_LINKER_FLAGS
           "${CMAKE_${kind}_LINKER_FLAGS}")
  endforeach()
  # What a consumer of the installed static libraries must link with
  # (test/Install).
  set(TICO_CONSUMER_LINK_FLAGS "-fsanitize=address,undefined")
endif()
