// RUN: tico-translate --to-circle %s -o - | tico-translate --from-circle | FileCheck %s
// RUN: tico-translate --to-circle --use-buffer-offset %s -o - | tico-translate --from-circle | FileCheck %s

// Elementwise, comparison and logical operators read back from
// the exported file: every op with its attributes and types, as written.

func.func @main(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %s: tensor<f32>, %i: tensor<4xi32>, %x: tensor<4xf32>, %c: tensor<2x1xi1>, %p: tensor<4xi1>, %q: tensor<i1>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2x3xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = circle.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = circle.add %a, %b {fused_activation_function = #circle<act RELU6>, pot_scale_int16 = true} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %2 = circle.sub %a, %b {fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = circle.mul %a, %s {fused_activation_function = #circle<act TANH>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %4 = circle.div %a, %b {fused_activation_function = #circle<act RELU_N1_TO_1>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %5 = circle.pow %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %6 = circle.neg %i : (tensor<4xi32>) -> tensor<4xi32>
  %7 = circle.log %x : (tensor<4xf32>) -> tensor<4xf32>
  %8 = circle.sqrt %x : (tensor<4xf32>) -> tensor<4xf32>
  %9 = circle.rsqrt %x : (tensor<4xf32>) -> tensor<4xf32>
  %10 = circle.tanh %x : (tensor<4xf32>) -> tensor<4xf32>
  %11 = circle.logistic %x : (tensor<4xf32>) -> tensor<4xf32>
  %12 = circle.relu %x : (tensor<4xf32>) -> tensor<4xf32>
  %13 = circle.gelu %x {approximate = true} : (tensor<4xf32>) -> tensor<4xf32>
  %14 = circle.cos %x : (tensor<4xf32>) -> tensor<4xf32>
  %15 = circle.sin %x : (tensor<4xf32>) -> tensor<4xf32>
  %16 = circle.exp %x : (tensor<4xf32>) -> tensor<4xf32>
  %17 = circle.select_v2 %c, %a, %s : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %18 = circle.equal %i, %i : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %19 = circle.not_equal %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %20 = circle.less %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %21 = circle.less_equal %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %22 = circle.greater %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %23 = circle.greater_equal %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %24 = circle.logical_and %p, %q : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  %25 = circle.logical_or %p, %q : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
  %26 = circle.logical_not %p : (tensor<4xi1>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2x3xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// CHECK-LABEL: func.func @main(
// CHECK: circle.add %arg0, %arg1 : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: circle.add %arg0, %arg1 {fused_activation_function = #circle<act RELU6>, pot_scale_int16 = true} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: circle.sub %arg0, %arg1 {fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: circle.mul %arg0, %arg2 {fused_activation_function = #circle<act TANH>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK: circle.div %arg0, %arg1 {fused_activation_function = #circle<act RELU_N1_TO_1>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
// CHECK: circle.pow %arg0, %arg2 : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK: circle.neg %arg3 : (tensor<4xi32>) -> tensor<4xi32>
// CHECK: circle.log %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.sqrt %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.rsqrt %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.tanh %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.logistic %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.relu %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.gelu %arg4 {approximate = true} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.cos %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.sin %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.exp %arg4 : (tensor<4xf32>) -> tensor<4xf32>
// CHECK: circle.select_v2 %arg5, %arg0, %arg2 : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK: circle.equal %arg3, %arg3 : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
// CHECK: circle.not_equal %arg4, %arg2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK: circle.less %arg4, %arg2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK: circle.less_equal %arg4, %arg2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK: circle.greater %arg4, %arg2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK: circle.greater_equal %arg4, %arg2 : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
// CHECK: circle.logical_and %arg6, %arg7 : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
// CHECK: circle.logical_or %arg6, %arg7 : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1>
// CHECK: circle.logical_not %arg6 : (tensor<4xi1>) -> tensor<4xi1>
