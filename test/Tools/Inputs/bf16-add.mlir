// Lowers (circle.add on bf16) but cannot be exported: Circle has no bf16.
func.func @main(%x: tensor<2xbf16>, %y: tensor<2xbf16>) -> tensor<2xbf16> {
  %0 = tq.add %x, %y : (tensor<2xbf16>, tensor<2xbf16>) -> tensor<2xbf16>
  return %0 : tensor<2xbf16>
}
