//===- Passes.td - tq quantization passes ------------------*- tablegen -*-===//

#ifndef TICO_QUANTIZATION_PASSES_TD
#define TICO_QUANTIZATION_PASSES_TD

include "mlir/Pass/PassBase.td"

def TQFoldFakeQuantPass : Pass<"tq-fold-fake-quant", "func::FuncOp"> {
  let summary = "Turn fake_quant ops and QDQ pairs into !quant.uniform values";
  let description = [{
    Every `tq.fake_quant` becomes a `tq.quantize`/`tq.dequantize` pair (a
    fake_quant of a float constant becomes a quantized `tq.constant`, rounded
    half away from zero and clamped at compile time). Then, in program
    order, every tq op whose float operands all come from `tq.dequantize`
    and whose float results are only quantized (all users are `tq.quantize`
    to one type) is rewritten to read the quantized values and produce the
    quantized type directly. What remains are explicit quantize/dequantize
    ops at float boundaries only; `quantize(dequantize(q))` folds to `q` or
    becomes a requantize.

    Storage: `ui8` asymmetric, `i8` asymmetric or symmetric, `i16`
    symmetric (zero point 0, emitted with the narrow range
    `i16<-32767:32767>`), `i4`/`ui4` for constant weights only. Other
    ranges (a range that is neither the full nor the narrow range of its
    storage, an asymmetric int16, 4-bit activations, 32-bit storage) are
    located errors.

    ```mlir
    %y = tq.relu %x : (tensor<4xf32>) -> tensor<4xf32>
    %z = tq.fake_quant %y {scale = array<f64: 0.5>, zero_point = array<i64: 0>,
           quant_min = -32768 : i64, quant_max = 32767 : i64, storage_type = i16}
           : tensor<4xf32>
    // becomes (with a quantized input)
    %y = tq.relu %q : (...) -> tensor<4x!quant.uniform<i16<-32767:32767>:f32, 5.000000e-01>>
    ```
  }];
  let options = [
    Option<"inputType", "input-type", "std::string", /*default=*/"\"float\"",
           "float: function inputs stay float and are quantized inside; "
           "int: an input read only through one quantize takes that "
           "quantized type">,
    Option<"outputType", "output-type", "std::string", /*default=*/"\"float\"",
           "float: results are dequantized before return; int: a result "
           "returned through a dequantize is returned quantized">,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect",
                           "::mlir::quant::QuantDialect"];
}

def TQQuantizeWeightsPass : Pass<"tq-quantize-weights", "ModuleOp"> {
  let summary = "Quantize float constant weights and biases";
  let description = [{
    Float `tq.constant` weights become quantized constants read through a
    `tq.dequantize` (which later folds away when the op's activations are
    quantized):

    - `linear` weight `[out, in]`: per-channel on axis 0;
      `matmul` with a constant 2-D rhs: per-channel on the output axis;
      `conv2d` weight OIHW: per-channel on axis 0;
    - `embedding` table: when the output is quantized to one per-tensor type
      the table takes exactly that type (the gather is exact); otherwise
      per row (axis 0);
    - `rms_norm`/`layer_norm` weight: per-tensor with the activation dtype
      (symmetric int16, symmetric int8, asymmetric uint8);
    - bias of linear/conv2d, once input and weight are quantized:
      `s_b[c] = s_in * s_w[c]`, zero point 0, int32 storage;
    - constant operands of add/sub/mul/div/concat whose other operands are
      quantized: per-tensor in that dtype (non-finite constants such as
      -inf attention masks stay float).

    A weight may be a constant seen through transposes/reshapes (a tied
    lm_head `matmul(x, transpose(table))`). A constant `rms_norm` weight
    with `add_unit_offset` becomes `1 + w` with the flag cleared, since a
    quantized runtime cannot add the 1.

    Symmetric weights use `scale = max|w| / qmax` per channel, floored at
    1e-8 (int16) or 1e-5 (8/4 bit); uint8 weights are asymmetric with the
    range widened to include 0. A float constant that feeds no such op is
    left alone.

    Note: `!quant.uniform` storage is limited to 32 bits by upstream MLIR
    (`QuantizedType::MaxStorageBits`), so int16 models also get an int32
    bias in the IR (the Circle exporter writes it as INT64); a bias value
    that does not fit int32 is an error.

    A constant used by several ops that ask for the same quantization (a
    table tied between the `embedding` and the lm_head `linear`, both per
    row) is quantized once; the uses share the quantized constant. A float
    constant whose last use was rewritten is erased at once. With
    `release-float-weights` its `dense_resource` blob is released too (a
    heap blob freed, the pages of a memory-mapped input file dropped from
    the process) when no operation of the module references it any more:
    only for a caller that keeps no other module (a clone) reading the same
    blobs. The pass runs on the module so that this count sees every
    function.
  }];
  let options = [
    Option<"weightDtype", "weight-dtype", "std::string", /*default=*/"\"int8\"",
           "int8 | int16 | uint8 | int4">,
    Option<"granularity", "granularity", "std::string",
           /*default=*/"\"per-channel\"", "per-channel | per-tensor">,
    Option<"activationDtype", "activation-dtype", "std::string",
           /*default=*/"\"auto\"",
           "auto | uint8 | int8 | int16: activation dtype for norm weights of "
           "ops whose input is not quantized yet (auto: the input's)">,
    Option<"releaseFloatWeights", "release-float-weights", "bool",
           /*default=*/"false",
           "free the blobs of float weights once quantized (no other "
           "module may reference them)">,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect",
                           "::mlir::quant::QuantDialect"];
}

def TQPropagateQParamsPass : Pass<"tq-propagate-qparams", "func::FuncOp"> {
  let summary = "Carry qparams through layout ops, fix special outputs, "
                "bridge dtype mismatches";
  let description = [{
    - Layout ops (reshape, transpose, slice, squeeze, unsqueeze, broadcast,
      gather, index_select, embedding, split, concat) whose input is
      quantized but whose result is float take the input's type (per-axis
      types only through transpose, which permutes the axis). Users that still need floats get
      a `tq.dequantize`; a user quantizing to other qparams becomes an
      explicit requantize.
    - concat: inputs whose qparams differ from the output's (the observed
      output type, or else the union of the input ranges) are requantized
      with an explicit `tq.quantize` instead of being overwritten.
    - softmax, sigmoid and tanh outputs get fixed qparams per storage
      (uint8: 1/255 zp 0, 1/256 zp 0, 2/256 zp 128; int8: 1/256 zp -128,
      1/256 zp -128, 1/128 zp 0; int16: 1/32767, 1/32768, 1/32768); an
      observed type that differs is reached through a requantize.
    - Elementwise and layout ops whose quantized operands use another
      storage type than their result (mixed precision) get a `tq.quantize`
      of that operand to the result's storage (u8 <-> i16 bridges as in the
      reference).
    - A float `tq.where` read only by quantizes becomes integer: the clamp
      `where(compare(x, lt|le|gt|ge, k), k, x)` of a dequantized `x` a
      `tq.maximum`/`tq.minimum` with `k` quantized (or nothing when the
      output type saturates at `k`); a select between float constants and
      dequantized values a quantized where; `quantize(cast(mask : i1))` a
      where of the quantized 1 and 0.

    ```mlir
    %c = tq.compare %d, %zero {direction = #tq<cmp gt>} : (tensor<4xf32>, tensor<f32>) -> tensor<4xi1>
    %w = tq.where %c, %zero, %d : (tensor<4xi1>, tensor<f32>, tensor<4xf32>) -> tensor<4xf32>
    %q = tq.quantize %w : tensor<4xf32> to tensor<4x!quant.uniform<i16:f32, 0.01>>
    // -> %q = tq.minimum %x, %zero_q (%d = tq.dequantize %x)
    ```
  }];
  let dependentDialects = ["::mlir::tico::tq::TQDialect",
                           "::mlir::quant::QuantDialect"];
}

def TQCalibratePass : Pass<"tq-calibrate", "ModuleOp"> {
  let summary = "Run calibration data through the interpreter and insert "
                "fake_quant ops with observed qparams";
  let description = [{
    Runs the reference interpreter over every calibration sample of one
    function, records the range of every float activation (every float
    result of an op that does not only depend on constants; or, when the
    function has `tq.observe` ops, only at those sites, with their own
    observer, dtype and granularity), then inserts a `tq.fake_quant` with
    fixed qparams after each of them (an observe site is replaced by it).
    Constant weights of `linear`, `conv2d` and constant-rhs `matmul` get a
    `tq.fake_quant` too (`weight-type`, `granularity`). `--tico-quantize`
    then folds them into quantized types.

    Qparams use the QParams.h formulas: uint8/int8 asymmetric with the
    range widened to include 0, int16 symmetric `max|x| / 32767`, scale
    floors 1e-5 (1e-8 for int16).

    Data: `data=` lists `.npy` files (single-argument functions), `.npz`
    files (entries named by the argument's `tico.name`, `argN` or np.savez's
    `arr_N`; stored or deflated) or directories (their .npy/.npz files in
    name order). An array with the argument's shape is one sample; one of
    shape `[N, shape...]` or with the leading dimension `k` times the
    argument's is a stack of N (k) samples, split along axis 0.
    `stacked=true` rejects single samples.

    `config=` names a JSON file of per-op overrides:
    ```json
    {"overrides": [
      {"name": "layer0.q_proj", "dtype": "int16", "granularity": "per-tensor"},
      {"location": "attn", "weight_dtype": "i4"},
      {"op": "tq.rope", "float": true}
    ]}
    ```
    An entry selects ops by `name` (a NameLoc), `location` (a substring of
    the printed location) or `op` (the op name) and sets `dtype`,
    `weight_dtype`, `granularity` (of the weight) or `float` (keep the op
    float); later entries override earlier ones.
    Errors (nothing is changed): unreadable or mismatched data (count,
    shape, dtype, a missing `.npz` entry), a config entry that matches no
    op, an activation/weight dtype pair Circle cannot express.
  }];
  let options = [
    Option<"data", "data", "std::string", /*default=*/"",
           "comma-separated .npy/.npz files or directories">,
    Option<"stacked", "stacked", "bool", /*default=*/"false",
           "every array must hold a stack of samples along axis 0">,
    Option<"function", "function", "std::string", /*default=*/"",
           "function to calibrate (default: the only one)">,
    Option<"observer", "observer", "std::string", /*default=*/"\"minmax\"",
           "minmax | ema | percentile">,
    Option<"momentum", "momentum", "double", /*default=*/"0.9",
           "ema: v = momentum * v + (1 - momentum) * v_sample">,
    Option<"percentile", "percentile", "double", /*default=*/"99.99",
           "percentile: clipping percentile in (0, 100]">,
    Option<"activationType", "activation-type", "std::string",
           /*default=*/"\"u8\"", "u8 | i8 | i16">,
    Option<"weightType", "weight-type", "std::string", /*default=*/"\"\"",
           "u8 | i8 | i16 | i4 (default: u8 for u8 activations, else i8)">,
    Option<"granularity", "granularity", "std::string",
           /*default=*/"\"per-channel\"",
           "weights: per-channel | per-tensor">,
    Option<"config", "config", "std::string", /*default=*/"",
           "JSON file of per-op overrides">,
    Option<"progress", "progress", "bool", /*default=*/"false",
           "print 'calibrating sample i/N' to stderr">,
  ];
  let dependentDialects = ["::mlir::tico::tq::TQDialect"];
}

#endif // TICO_QUANTIZATION_PASSES_TD
