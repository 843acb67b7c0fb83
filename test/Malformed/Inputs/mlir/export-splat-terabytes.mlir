func.func @main() -> tensor<65536x65536x256xf32> {
  %0 = circle.const dense<1.0> : tensor<65536x65536x256xf32>
  return %0 : tensor<65536x65536x256xf32>
}
