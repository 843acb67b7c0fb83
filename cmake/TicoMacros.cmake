# Helpers shared by the project's CMakeLists.

# tico_mlir_libs(<out-var> <MLIR static libs...>)
# With TICO_LINK_MLIR_DYLIB every upstream MLIR library is taken from
# libMLIR.so, so links stay fast and a plugin loaded into Debian's mlir-opt
# shares one copy of MLIR's global state with it.
function(tico_mlir_libs out)
  if(TICO_LINK_MLIR_DYLIB)
    set(${out} MLIR PARENT_SCOPE)
  else()
    set(${out} ${ARGN} PARENT_SCOPE)
  endif()
endfunction()

# tico_tablegen(<ofn> <args...>): run tico-tblgen on the current LLVM_TARGET_DEFINITIONS.
function(tico_tablegen ofn)
  tablegen(TICO ${ofn} ${ARGN}
    "-I${MLIR_INCLUDE_DIRS}" "-I${PROJECT_SOURCE_DIR}/include")
  set(TABLEGEN_OUTPUT ${TABLEGEN_OUTPUT} ${CMAKE_CURRENT_BINARY_DIR}/${ofn} PARENT_SCOPE)
endfunction()
