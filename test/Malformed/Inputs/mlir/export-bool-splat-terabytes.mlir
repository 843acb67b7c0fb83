func.func @main() -> tensor<65536x65536x256xi1> {
  %0 = circle.const dense<true> : tensor<65536x65536x256xi1>
  return %0 : tensor<65536x65536x256xi1>
}
