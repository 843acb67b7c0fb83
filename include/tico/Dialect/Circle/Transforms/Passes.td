//===- Passes.td - circle dialect passes -------------------*- tablegen -*-===//
//
// Passes are grouped under banners and sorted alphabetically in a group.
//
//===----------------------------------------------------------------------===//

#ifndef TICO_DIALECT_CIRCLE_TRANSFORMS_PASSES_TD
#define TICO_DIALECT_CIRCLE_TRANSFORMS_PASSES_TD

include "mlir/Pass/PassBase.td"

//===----------------------------------------------------------------------===//
// Checks
//===----------------------------------------------------------------------===//

def CircleVerifyStaticPass : Pass<"circle-verify-static", "func::FuncOp"> {
  let summary = "Report dynamic dimensions left in a function meant for an NPU";
  let description = [{
    NPU compilers need every tensor shape known before they run. This pass
    emits one located error for every function argument and op result whose
    type has a dynamic dimension or no rank, and fails if there is any.

    ```mlir
    // expected-error@+1 {{argument 0 has dynamic shape 'tensor<?x4xf32>'}}
    func.func @f(%arg0: tensor<?x4xf32>) -> tensor<?x4xf32>
    ```
  }];
  let options = [
    Option<"allowDynamicBatch", "allow-dynamic-batch", "bool",
           /*default=*/"false",
           "Accept a dynamic size in dimension 0 (the batch)">,
  ];
  let dependentDialects = ["::mlir::tico::circle::CircleDialect"];
}

#endif // TICO_DIALECT_CIRCLE_TRANSFORMS_PASSES_TD
