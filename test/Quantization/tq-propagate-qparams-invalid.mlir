// RUN: tico-opt %s -split-input-file -verify-diagnostics --tq-propagate-qparams

// The output dtype of a concat of uint8 and int16 values is ambiguous.
func.func @concat_mixed_dtypes(%x: tensor<2xf32>, %y: tensor<2xf32>) -> tensor<4xf32> {
  %qa = tq.quantize %x : tensor<2xf32> to tensor<2x!quant.uniform<u8:f32, 0.1:128>>
  %da = tq.dequantize %qa : tensor<2x!quant.uniform<u8:f32, 0.1:128>> to tensor<2xf32>
  %qb = tq.quantize %y : tensor<2xf32> to tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>>
  %db = tq.dequantize %qb : tensor<2x!quant.uniform<i16<-32767:32767>:f32, 0.001>> to tensor<2xf32>
  // expected-error@+1 {{inputs mix '!quant.uniform<u8:f32, 1.000000e-01:128>' and '!quant.uniform<i16<-32767:32767>:f32, 1.000000e-03>' storage and the output has no observed qparams}}
  %c = tq.concat %da, %db {axis = 0 : i64} : (tensor<2xf32>, tensor<2xf32>) -> tensor<4xf32>
  return %c : tensor<4xf32>
}
