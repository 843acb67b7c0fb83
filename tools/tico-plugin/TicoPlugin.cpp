//===- TicoPlugin.cpp - dialect and pass plugin for mlir-opt --------------===//
//
//   mlir-opt --load-dialect-plugin=libTicoPlugin.so \
//            --load-pass-plugin=libTicoPlugin.so ...
//
//===----------------------------------------------------------------------===//

#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"
#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Compiler.h"

#include "tico/InitAllDialects.h"
#include "tico/InitAllPasses.h"

extern "C" LLVM_ATTRIBUTE_WEAK mlir::DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "TicoDialects", LLVM_VERSION_STRING,
          [](mlir::DialectRegistry *registry) {
            mlir::tico::registerTicoDialects(*registry);
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK mlir::PassPluginLibraryInfo
mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "TicoPasses", LLVM_VERSION_STRING,
          []() { mlir::tico::registerAllPasses(); }};
}
