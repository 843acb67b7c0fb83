// tico-vlm-prepare on the Gemma4-like and Qwen3-VL-like models in
// test/models: structure (FileCheck) and numbers (tico-pass-check, seeded
// random inputs, batch 2, 1e-6 relative).
//
// Gemma4: placeholder replacement, fixed slot [1, 4).
// RUN: tico-opt %S/../models/gemma4-like.mlir --tico-vlm-prepare="image-token-id=9 pad-token-id=0 slot-start=1 max-positions=16" | FileCheck %s --check-prefix=GEMMA
// GEMMA-LABEL: func.func @prefill
// GEMMA-SAME: (%[[IDS:[^:]*]]: tensor<2x8xi32>
// GEMMA: %[[PH:.*]] = tq.compare %[[IDS]], %{{.*}} {direction = #tq<cmp eq>}
// GEMMA: %[[PADDED:.*]] = tq.where %[[PH]], %{{.*}}, %[[IDS]]
// GEMMA: tq.embedding %{{.*}}, %[[PADDED]]
// GEMMA: tq.concat %{{.*}}, %{{.*}}, %{{.*}} {axis = 1 : i64} : (tensor<2x1x16xf32>, tensor<2x3x16xf32>, tensor<2x4x16xf32>) -> tensor<2x8x16xf32>
// GEMMA: tq.gather %{{.*}} : (tensor<16x8xf32>, tensor<2x8xi32>) -> tensor<2x8x8xf32>
// GEMMA: tq.compare %{{.*}} {direction = #tq<cmp lt>} : (tensor<2x1x8x8xf32>, tensor<f32>) -> tensor<2x1x8x8xi1>
// GEMMA-COUNT-2: tq.rope
// GEMMA-NOT: tq.masked_scatter
// GEMMA-NOT: tq.cos
// GEMMA-NOT: 0xFF800000
//
// Qwen3-VL: no replacement, fixed slot; interleaved M-RoPE as one table
// gathered per position axis (t, h, w) and merged by channel masks;
// DeepStack span add as slice/concat.
// RUN: tico-opt %S/../models/qwen3-vl-like.mlir --tico-vlm-prepare="slot-start=1 max-positions=16" | FileCheck %s --check-prefix=QWEN
// The M-RoPE sections pass through to tq-precompute-rope: the model's own
// (2,1,1) give the same result, others a located error naming the option.
// RUN: tico-opt %S/../models/qwen3-vl-like.mlir --tico-vlm-prepare="slot-start=1 max-positions=16 mrope-section=2,1,1" | FileCheck %s --check-prefix=QWEN
// RUN: not tico-opt %S/../models/qwen3-vl-like.mlir --tico-vlm-prepare="slot-start=1 max-positions=16 mrope-section=4,0,0" 2>&1 | FileCheck %s --check-prefix=SECTION
// SECTION: qwen3-vl-like.mlir:{{[0-9]+}}:{{[0-9]+}}: error: m-rope channel axes [0, 1, 2, 0] follow neither the interleaved nor the sectioned layout of mrope-section [4, 0, 0]
// QWEN-LABEL: func.func @prefill
// QWEN-SAME: (%[[IDS:[^:]*]]: tensor<2x8xi32>, %{{[^:]*}}: tensor<6x12xf32>, %[[POS:[^:]*]]: tensor<3x2x8xi32>
// QWEN-DAG: %[[MH:.*]] = tq.constant dense<[false, true, false, false, false, true, false, false]> : tensor<8xi1>
// QWEN-DAG: %[[MW:.*]] = tq.constant dense<[false, false, true, false, false, false, true, false]> : tensor<8xi1>
// QWEN-NOT: tq.where %{{.*}}, %{{.*}}, %[[IDS]]
// QWEN: tq.embedding %{{.*}}, %[[IDS]]
// QWEN: tq.concat {{.*}} {axis = 1 : i64} : (tensor<2x1x16xf32>, tensor<2x3x16xf32>, tensor<2x4x16xf32>) -> tensor<2x8x16xf32>
// QWEN: %[[PT:.*]] = tq.slice %[[POS]] {end = array<i64: 1, 2, 8>, start = array<i64: 0, 0, 0>
// QWEN: %[[IT:.*]] = tq.reshape %[[PT]]
// QWEN: %[[GT:.*]] = tq.gather %[[CT:.*]], %[[IT]] {axis = 0 : i64} : (tensor<16x8xf32>, tensor<2x8xi32>) -> tensor<2x8x8xf32>
// QWEN: %[[PH:.*]] = tq.slice %[[POS]] {end = array<i64: 2, 2, 8>, start = array<i64: 1, 0, 0>
// QWEN: %[[IH:.*]] = tq.reshape %[[PH]]
// QWEN: %[[GH:.*]] = tq.gather %[[CT]], %[[IH]]
// QWEN: %[[TH:.*]] = tq.where %[[MH]], %[[GH]], %[[GT]]
// QWEN: %[[PW:.*]] = tq.slice %[[POS]] {end = array<i64: 3, 2, 8>, start = array<i64: 2, 0, 0>
// QWEN: %[[IW:.*]] = tq.reshape %[[PW]]
// QWEN: %[[GW:.*]] = tq.gather %[[CT]], %[[IW]]
// QWEN: tq.where %[[MW]], %[[GW]], %[[TH]]
// QWEN-COUNT-2: tq.rope
// QWEN: %[[SPAN:.*]] = tq.add %{{.*}}, %{{.*}} : (tensor<2x3x16xf32>, tensor<2x3x16xf32>) -> tensor<2x3x16xf32>
// QWEN: tq.concat %{{.*}}, %[[SPAN]], %{{.*}} {axis = 1 : i64}
// QWEN-NOT: tq.masked_scatter
// QWEN-NOT: tq.slice_update
// QWEN-NOT: -3.40282347E+38
// QWEN-NOT: tq.cos
// QWEN-NOT: tq.sin
//
// Qwen3-VL without a slot: the general masked_scatter legalization.
// RUN: tico-opt %S/../models/qwen3-vl-like.mlir --tico-vlm-prepare="max-positions=16" | FileCheck %s --check-prefix=GENERAL
// GENERAL: tq.cumsum
// GENERAL: tq.gather %{{.*}} {axis = 0 : i64} : (tensor<6x16xf32>, tensor<16xi32>) -> tensor<16x16xf32>
// GENERAL-NOT: tq.masked_scatter
//
// Numbers. The fixed-layout models put the placeholders at the slot; the
// plain models see random ids (no placeholder), so fusion writes nothing.
// RUN: tico-pass-check %S/../models/gemma4-like-fixed-layout.mlir --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(tico-vlm-prepare{image-token-id=9 pad-token-id=0 slot-start=1 max-positions=16})' | FileCheck %s --check-prefix=PROOF
// RUN: tico-pass-check %S/../models/gemma4-like-fixed-layout.mlir --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(tico-vlm-prepare{image-token-id=9 pad-token-id=0 max-positions=16})' | FileCheck %s --check-prefix=PROOF
// RUN: tico-pass-check %S/../models/qwen3-vl-like-fixed-layout.mlir --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(tico-vlm-prepare{slot-start=1 max-positions=16})' | FileCheck %s --check-prefix=PROOF
// RUN: tico-pass-check %S/../models/qwen3-vl-like-fixed-layout.mlir --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(tico-vlm-prepare{max-positions=16})' | FileCheck %s --check-prefix=PROOF
// RUN: tico-pass-check %S/../models/gemma4-like.mlir --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(tico-vlm-prepare{image-token-id=9 pad-token-id=0 max-positions=16})' | FileCheck %s --check-prefix=PROOF
// RUN: tico-pass-check %S/../models/qwen3-vl-like.mlir --seeds 8 --rtol 1e-6 --pass-pipeline='builtin.module(tico-vlm-prepare{max-positions=16})' | FileCheck %s --check-prefix=PROOF
// PROOF-NOT: {{FAIL|SKIP}}
// PROOF: PASS prefill
