// RUN: tico-opt %s -split-input-file --tq-propagate-qparams | FileCheck %s

// The mask merge: a select between two float constants read by one
// quantize selects between the constants quantized to that type at compile
// time (int16 scale 120/32767: 0 -> 0, -120 -> -32767).
// CHECK-LABEL: func.func @select_constants
// CHECK-DAG: %[[Z:.*]] = tq.constant dense<0> : tensor<i16> -> tensor<!quant.uniform<i16<-32767:32767>:f32, 0.0036622{{[0-9]*}}>>
// CHECK-DAG: %[[M:.*]] = tq.constant dense<-32767> : tensor<i16> -> tensor<!quant.uniform<i16<-32767:32767>:f32, 0.0036622{{[0-9]*}}>>
// CHECK: %[[W:.*]] = tq.where %arg0, %[[Z]], %[[M]] : {{.*}} -> tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 0.0036622{{[0-9]*}}>>
// CHECK-NOT: tq.quantize
// CHECK: tq.dequantize %[[W]]
func.func @select_constants(%c: tensor<2x8xi1>) -> tensor<2x8xf32> {
  %zero = tq.constant dense<0.0> : tensor<f32>
  %fill = tq.constant dense<-120.0> : tensor<f32>
  %w = tq.where %c, %zero, %fill : (tensor<2x8xi1>, tensor<f32>, tensor<f32>) -> tensor<2x8xf32>
  %q = tq.quantize %w : tensor<2x8xf32> to tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 0.0036622211370281074>>
  %d = tq.dequantize %q : tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 0.0036622211370281074>> to tensor<2x8xf32>
  return %d : tensor<2x8xf32>
}

// -----

// A dequantized input is read as integers and requantized to the output
// type (uint8: 0.5 zp 10 -> 0.25 zp 20); the constant 1.0 is 24.
// CHECK-LABEL: func.func @select_dequantized
// CHECK-DAG: %[[K:.*]] = tq.constant dense<24> : tensor<i8> -> tensor<!quant.uniform<u8:f32, 2.500000e-01:20>>
// CHECK-DAG: %[[R:.*]] = tq.quantize %arg1 : tensor<4x!quant.uniform<u8:f32, 5.000000e-01:10>> to tensor<4x!quant.uniform<u8:f32, 2.500000e-01:20>>
// CHECK: tq.where %arg0, %[[R]], %[[K]] : {{.*}} -> tensor<4x!quant.uniform<u8:f32, 2.500000e-01:20>>
func.func @select_dequantized(%c: tensor<4xi1>, %x: tensor<4x!quant.uniform<u8:f32, 0.5:10>>) -> tensor<4x!quant.uniform<u8:f32, 0.25:20>> {
  %one = tq.constant dense<1.0> : tensor<f32>
  %d = tq.dequantize %x : tensor<4x!quant.uniform<u8:f32, 0.5:10>> to tensor<4xf32>
  %w = tq.where %c, %d, %one : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %q = tq.quantize %w : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.25:20>>
  return %q : tensor<4x!quant.uniform<u8:f32, 0.25:20>>
}

// -----

// Close non-matches: a float input that is neither a constant nor
// dequantized, a non-finite constant, and a select also read as a float
// stay float.
// CHECK-LABEL: func.func @select_stays_float
// CHECK: tq.where %arg0, %arg1, %{{.*}} : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK: tq.where %arg0, %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
// CHECK: tq.where %arg0, %{{.*}}, %{{.*}} : (tensor<4xi1>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
func.func @select_stays_float(%c: tensor<4xi1>, %x: tensor<4xf32>) -> (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4xf32>) {
  %one = tq.constant dense<1.0> : tensor<f32>
  %inf = tq.constant dense<0xFF800000> : tensor<f32>
  %w0 = tq.where %c, %x, %one : (tensor<4xi1>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %q0 = tq.quantize %w0 : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
  %w1 = tq.where %c, %one, %inf : (tensor<4xi1>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %q1 = tq.quantize %w1 : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
  %w2 = tq.where %c, %one, %one : (tensor<4xi1>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %q2 = tq.quantize %w2 : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
  return %q0, %q1, %w2 : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4xf32>
}

// -----

// The clamps tq-legalize-masks puts after a mask add. In int16 with scale
// 120/32767 the lower bound -120 quantizes to -32767, the type's minimum:
// saturation already clamps there, so the lower clamp disappears. The upper
// bound 0 is inside the range: a minimum with the quantized 0.
// CHECK-LABEL: func.func @clamp_mask
// CHECK-NOT: tq.compare
// CHECK: %[[Z:.*]] = tq.constant dense<0> : tensor<i16>
// CHECK: %[[MIN:.*]] = tq.minimum %arg0, %[[Z]] : (tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 0.0036622{{[0-9]*}}>>, tensor<!quant.uniform<i16<-32767:32767>:f32, 0.0036622{{[0-9]*}}>>) -> tensor<2x8x!quant.uniform<i16<-32767:32767>:f32, 0.0036622{{[0-9]*}}>>
// CHECK-NOT: tq.maximum
// CHECK-NOT: tq.where
// CHECK: return %[[MIN]]
!m = !quant.uniform<i16<-32767:32767>:f32, 0.0036622211370281074>
func.func @clamp_mask(%x: tensor<2x8x!m>) -> tensor<2x8x!m> {
  %lo = tq.constant dense<-120.0> : tensor<f32>
  %hi = tq.constant dense<0.0> : tensor<f32>
  %d0 = tq.dequantize %x : tensor<2x8x!m> to tensor<2x8xf32>
  %c0 = tq.compare %d0, %lo {direction = #tq<cmp lt>} : (tensor<2x8xf32>, tensor<f32>) -> tensor<2x8xi1>
  %w0 = tq.where %c0, %lo, %d0 : (tensor<2x8xi1>, tensor<f32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %q0 = tq.quantize %w0 : tensor<2x8xf32> to tensor<2x8x!m>
  %d1 = tq.dequantize %q0 : tensor<2x8x!m> to tensor<2x8xf32>
  %c1 = tq.compare %d1, %hi {direction = #tq<cmp gt>} : (tensor<2x8xf32>, tensor<f32>) -> tensor<2x8xi1>
  %w1 = tq.where %c1, %hi, %d1 : (tensor<2x8xi1>, tensor<f32>, tensor<2x8xf32>) -> tensor<2x8xf32>
  %q1 = tq.quantize %w1 : tensor<2x8xf32> to tensor<2x8x!m>
  return %q1 : tensor<2x8x!m>
}

// -----

// uint8 with another input type: x is requantized to the output type, the
// lower bound -1.0 (scale 0.1 zp 128: 118) is inside the range, so a
// maximum; le/ge clamp like lt/gt.
// CHECK-LABEL: func.func @clamp_requantize
// CHECK-DAG: %[[K:.*]] = tq.constant dense<118> : tensor<i8> -> tensor<!quant.uniform<u8:f32, 1.000000e-01:128>>
// CHECK-DAG: %[[R:.*]] = tq.quantize %arg0 : tensor<4x!quant.uniform<u8:f32, 2.000000e-01:100>> to tensor<4x!quant.uniform<u8:f32, 1.000000e-01:128>>
// CHECK: %[[MAX:.*]] = tq.maximum %[[R]], %[[K]]
// CHECK: return %[[MAX]]
func.func @clamp_requantize(%x: tensor<4x!quant.uniform<u8:f32, 0.2:100>>) -> tensor<4x!quant.uniform<u8:f32, 0.1:128>> {
  %lo = tq.constant dense<-1.0> : tensor<f32>
  %d = tq.dequantize %x : tensor<4x!quant.uniform<u8:f32, 0.2:100>> to tensor<4xf32>
  %c = tq.compare %d, %lo {direction = #tq<cmp le>} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %w = tq.where %c, %lo, %d : (tensor<4xi1>, tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  %q = tq.quantize %w : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.1:128>>
  return %q : tensor<4x!quant.uniform<u8:f32, 0.1:128>>
}

// -----

// Close non-matches of the clamp: the selected constant is not the compared
// bound (it is a select of constants and dequantized values: integer
// select, float compare), and the compare reads another value than the one
// selected (same).
// CHECK-LABEL: func.func @clamp_nonmatch
// CHECK: %[[C0:.*]] = tq.compare %{{.*}}, %{{.*}} {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<f32>)
// CHECK: tq.where %[[C0]], %{{.*}}, %arg0 : (tensor<4xi1>, tensor<!quant.uniform<{{.*}}>>, tensor<4x!quant.uniform<{{.*}}>>)
// CHECK: %[[C1:.*]] = tq.compare %{{.*}}, %{{.*}} {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<f32>)
// CHECK: tq.where %[[C1]], %{{.*}}, %arg0 : (tensor<4xi1>, tensor<!quant.uniform<{{.*}}>>, tensor<4x!quant.uniform<{{.*}}>>)
// CHECK-NOT: tq.maximum
func.func @clamp_nonmatch(%x: tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, %y: tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>) -> (tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>) {
  %lo = tq.constant dense<-1.0> : tensor<f32>
  %other = tq.constant dense<-2.0> : tensor<f32>
  %d = tq.dequantize %x : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>> to tensor<4xf32>
  %dy = tq.dequantize %y : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>> to tensor<4xf32>
  %c0 = tq.compare %d, %lo {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %w0 = tq.where %c0, %other, %d : (tensor<4xi1>, tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  %q0 = tq.quantize %w0 : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
  %c1 = tq.compare %dy, %lo {direction = #tq<cmp lt>} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
  %w1 = tq.where %c1, %lo, %d : (tensor<4xi1>, tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
  %q1 = tq.quantize %w1 : tensor<4xf32> to tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
  return %q0, %q1 : tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>, tensor<4x!quant.uniform<i16<-32767:32767>:f32, 0.01>>
}

// -----

// A boolean mask cast to float and quantized selects the quantized 1 and 0
// (uint8 0.05 zp 128: 148 and 128, stored as i8 -108 and -128); a cast of
// integers (close non-match) stays a cast.
// CHECK-LABEL: func.func @bool_cast
// CHECK-DAG: %[[ONE:.*]] = tq.constant dense<-108> : tensor<i8> -> tensor<!quant.uniform<u8:f32, 5.000000e-02:128>>
// CHECK-DAG: %[[ZERO:.*]] = tq.constant dense<-128> : tensor<i8> -> tensor<!quant.uniform<u8:f32, 5.000000e-02:128>>
// CHECK: %[[W:.*]] = tq.where %arg0, %[[ONE]], %[[ZERO]] : (tensor<2x8xi1>, {{.*}}) -> tensor<2x8x!quant.uniform<u8:f32, 5.000000e-02:128>>
// CHECK: tq.cast %arg1 : (tensor<4xi32>) -> tensor<4xf32>
// CHECK: return %[[W]]
func.func @bool_cast(%m: tensor<2x8xi1>, %i: tensor<4xi32>) -> (tensor<2x8x!quant.uniform<u8:f32, 0.05:128>>, tensor<4x!quant.uniform<u8:f32, 0.05:128>>) {
  %f = tq.cast %m : (tensor<2x8xi1>) -> tensor<2x8xf32>
  %q = tq.quantize %f : tensor<2x8xf32> to tensor<2x8x!quant.uniform<u8:f32, 0.05:128>>
  %g = tq.cast %i : (tensor<4xi32>) -> tensor<4xf32>
  %qi = tq.quantize %g : tensor<4xf32> to tensor<4x!quant.uniform<u8:f32, 0.05:128>>
  return %q, %qi : tensor<2x8x!quant.uniform<u8:f32, 0.05:128>>, tensor<4x!quant.uniform<u8:f32, 0.05:128>>
}
