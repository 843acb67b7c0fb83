func.func @main() -> tensor<2147483647x2147483647x4xf32> {
  %0 = circle.const dense<1.0> : tensor<2147483647x2147483647x4xf32>
  return %0 : tensor<2147483647x2147483647x4xf32>
}
