// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle inspect --tensors %t.circle | FileCheck %s

// `!quant.uniform` storage stops at 32 bits, so the IR holds an int32 bias;
// a bias read only by FULLY_CONNECTED with int16 input is written as INT64
// (luci's S16 rule) with the same qparams. The uint8 model keeps INT32.
// The importer cannot read an INT64 quantized tensor back yet (it reports
// "quantization on a tensor of type 'i64'"), so this file lives here and not
// in Target/Circle/export, whose files byte-identity re-imports.

// CHECK-DAG: b16 INT64 [2] buffer {{[0-9]+}} per-axis(0) x2
// CHECK-DAG: b8 INT32 [2] buffer {{[0-9]+}} per-axis(0) x2
// CHECK-DAG: constant bytes: {{.*}}INT64 16
func.func @main(%x: tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, %y: tensor<1x2x!quant.uniform<u8:f32, 0.1:128>>) -> (tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>>, tensor<1x2x!quant.uniform<u8:f32, 0.2:128>>) {
  %w = circle.const dense<[[1, 2], [3, 4]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0, {0.5, 0.25}>> loc("w")
  %b16 = circle.const dense<[-5, 7]> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32:0, {0.0005, 0.00025}>> loc("b16")
  %b8 = circle.const dense<[-5, 6]> : tensor<2xi32> -> tensor<2x!quant.uniform<i32:f32:0, {0.05, 0.025}>> loc("b8")
  %w8 = circle.const dense<[[1, 2], [3, 5]]> : tensor<2x2xi8> -> tensor<2x2x!quant.uniform<i8:f32:0, {0.5, 0.25}>> loc("w8")
  %0 = circle.fully_connected %x, %w, %b16 {keep_num_dims = true} : (tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>, tensor<2x2x!quant.uniform<i8:f32:0, {0.5, 0.25}>>, tensor<2x!quant.uniform<i32:f32:0, {0.0005, 0.00025}>>) -> tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>>
  %1 = circle.fully_connected %y, %w8, %b8 {keep_num_dims = true} : (tensor<1x2x!quant.uniform<u8:f32, 0.1:128>>, tensor<2x2x!quant.uniform<i8:f32:0, {0.5, 0.25}>>, tensor<2x!quant.uniform<i32:f32:0, {0.05, 0.025}>>) -> tensor<1x2x!quant.uniform<u8:f32, 0.2:128>>
  return %0, %1 : tensor<1x2x!quant.uniform<i16<-32767:32767>:f32, 0.002>>, tensor<1x2x!quant.uniform<u8:f32, 0.2:128>>
}
