// RUN: tico-translate --to-circle %s -o %t.circle
// RUN: tico-circle dump %t.circle | FileCheck %s

// Elementwise, comparison and logical operators: opcodes and options.
// AddOptions.pot_scale_int16 defaults to true in the schema but to false in
// the dialect, so the exporter must write false explicitly.

func.func @main(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %s: tensor<f32>, %i: tensor<4xi32>, %x: tensor<4xf32>, %c: tensor<2x1xi1>, %p: tensor<4xi1>, %q: tensor<i1>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2x3xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  %0 = circle.add %a, %b : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("add")
  %1 = circle.add %a, %b {fused_activation_function = #circle<act RELU6>, pot_scale_int16 = true} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("add_relu6")
  %2 = circle.sub %a, %b {fused_activation_function = #circle<act RELU>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("sub")
  %3 = circle.mul %a, %s {fused_activation_function = #circle<act TANH>} : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32> loc("mul")
  %4 = circle.div %a, %b {fused_activation_function = #circle<act RELU_N1_TO_1>} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32> loc("div")
  %5 = circle.pow %a, %s : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32> loc("pow")
  %6 = circle.neg %i : (tensor<4xi32>) -> tensor<4xi32> loc("neg")
  %7 = circle.log %x : (tensor<4xf32>) -> tensor<4xf32> loc("log")
  %8 = circle.sqrt %x : (tensor<4xf32>) -> tensor<4xf32> loc("sqrt")
  %9 = circle.rsqrt %x : (tensor<4xf32>) -> tensor<4xf32> loc("rsqrt")
  %10 = circle.tanh %x : (tensor<4xf32>) -> tensor<4xf32> loc("tanh")
  %11 = circle.logistic %x : (tensor<4xf32>) -> tensor<4xf32> loc("logistic")
  %12 = circle.relu %x : (tensor<4xf32>) -> tensor<4xf32> loc("relu")
  %13 = circle.gelu %x {approximate = true} : (tensor<4xf32>) -> tensor<4xf32> loc("gelu")
  %14 = circle.cos %x : (tensor<4xf32>) -> tensor<4xf32> loc("cos")
  %15 = circle.sin %x : (tensor<4xf32>) -> tensor<4xf32> loc("sin")
  %16 = circle.exp %x : (tensor<4xf32>) -> tensor<4xf32> loc("exp")
  %17 = circle.select_v2 %c, %a, %s : (tensor<2x1xi1>, tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32> loc("select_v2")
  %18 = circle.equal %i, %i : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1> loc("equal")
  %19 = circle.not_equal %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1> loc("not_equal")
  %20 = circle.less %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1> loc("less")
  %21 = circle.less_equal %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1> loc("less_equal")
  %22 = circle.greater %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1> loc("greater")
  %23 = circle.greater_equal %x, %s : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1> loc("greater_equal")
  %24 = circle.logical_and %p, %q : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1> loc("logical_and")
  %25 = circle.logical_or %p, %q : (tensor<4xi1>, tensor<i1>) -> tensor<4xi1> loc("logical_or")
  %26 = circle.logical_not %p : (tensor<4xi1>) -> tensor<4xi1> loc("logical_not")
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15, %16, %17, %18, %19, %20, %21, %22, %23, %24, %25, %26 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<4xi32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<2x3xf32>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// Codes from the schema's BuiltinOperator enum; GELU (150) does not fit
// the byte field, which then holds the 127 placeholder.
// CHECK-LABEL: operator_codes: [
// CHECK-NEXT: {
// CHECK-EMPTY:
// CHECK-NEXT: },
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 41,
// CHECK-NEXT: builtin_code: SUB
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 18,
// CHECK-NEXT: builtin_code: MUL
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 42,
// CHECK-NEXT: builtin_code: DIV
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 78,
// CHECK-NEXT: builtin_code: POW
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 59,
// CHECK-NEXT: builtin_code: NEG
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 73,
// CHECK-NEXT: builtin_code: LOG
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 75,
// CHECK-NEXT: builtin_code: SQRT
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 76,
// CHECK-NEXT: builtin_code: RSQRT
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 28,
// CHECK-NEXT: builtin_code: TANH
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 14,
// CHECK-NEXT: builtin_code: LOGISTIC
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 19,
// CHECK-NEXT: builtin_code: RELU
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 127,
// CHECK-NEXT: builtin_code: GELU
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 108,
// CHECK-NEXT: builtin_code: COS
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 66,
// CHECK-NEXT: builtin_code: SIN
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 47,
// CHECK-NEXT: builtin_code: EXP
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 123,
// CHECK-NEXT: builtin_code: SELECT_V2
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 71,
// CHECK-NEXT: builtin_code: EQUAL
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 72,
// CHECK-NEXT: builtin_code: NOT_EQUAL
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 58,
// CHECK-NEXT: builtin_code: LESS
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 63,
// CHECK-NEXT: builtin_code: LESS_EQUAL
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 61,
// CHECK-NEXT: builtin_code: GREATER
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 62,
// CHECK-NEXT: builtin_code: GREATER_EQUAL
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 86,
// CHECK-NEXT: builtin_code: LOGICAL_AND
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 84,
// CHECK-NEXT: builtin_code: LOGICAL_OR
// CHECK-NEXT: }
// CHECK-NEXT: {
// CHECK-NEXT: deprecated_builtin_code: 87,
// CHECK-NEXT: builtin_code: LOGICAL_NOT
// CHECK-NEXT: }
// CHECK-NEXT: ],

// pot_scale_int16 = true is the schema default and is not stored; the
// dialect default false is. LOG, SQRT, RSQRT, TANH, LOGISTIC, RELU and SIN
// have no options table.
// CHECK-LABEL: operators: [
// CHECK: outputs: [
// CHECK-NEXT: 8
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: AddOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: pot_scale_int16: false
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: outputs: [
// CHECK-NEXT: 9
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: AddOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: fused_activation_function: RELU6
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 1,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 10
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: SubOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: fused_activation_function: RELU,
// CHECK-NEXT: pot_scale_int16: false
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 2,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 11
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: MulOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: fused_activation_function: TANH
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 3,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 12
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: DivOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: fused_activation_function: RELU_N1_TO_1
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 4,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 13
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: PowOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 5,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 14
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: NegOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 6,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 15
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 7,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 16
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 8,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 17
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 9,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 18
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 10,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 19
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 11,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 20
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 12,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 21
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: GeluOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-NEXT: approximate: true
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 13,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 22
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: CosOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 14,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 23
// CHECK-NEXT: ]
// CHECK-NEXT: }
// CHECK: opcode_index: 15,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 24
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: ExpOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 16,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 25
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: SelectV2Options,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 17,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 26
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: EqualOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 18,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 27
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: NotEqualOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 19,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 28
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: LessOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 20,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 29
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: LessEqualOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 21,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 30
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: GreaterOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 22,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 31
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: GreaterEqualOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 23,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 32
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: LogicalAndOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 24,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 33
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: LogicalOrOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK: opcode_index: 25,
// CHECK-NEXT: inputs: [
// CHECK: outputs: [
// CHECK-NEXT: 34
// CHECK-NEXT: ],
// CHECK-NEXT: builtin_options_type: LogicalNotOptions,
// CHECK-NEXT: builtin_options: {
// CHECK-EMPTY:
// CHECK-NEXT: }
// CHECK-NEXT: }
