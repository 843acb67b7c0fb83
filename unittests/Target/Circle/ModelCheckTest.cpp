//===- ModelCheckTest.cpp - checkModel on hand-built flatbuffers ----------===//
//
// A small valid model (y = neg(x + c)) is described by plain structs, changed
// in one place per test and serialized with the generated Create* functions;
// checkModel must report exactly the problem that was introduced.
//
//===----------------------------------------------------------------------===//

#include "tico/Target/Circle/ModelCheck.h"
#include "tico/Target/Circle/circle_schema_generated.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

using namespace mlir::tico::circle;
namespace fb = ::circle;

namespace {

struct TensorSpec {
  std::string name;
  std::vector<int32_t> shape{2};
  fb::TensorType type = fb::TensorType_FLOAT32;
  uint32_t buffer = 0;
  std::vector<float> scale, min, max;
  std::vector<int64_t> zeroPoint;
  int32_t quantizedDimension = 0;
  std::vector<int32_t> signature;
};

struct OperatorSpec {
  uint32_t opcode;
  std::vector<int32_t> inputs, outputs;
};

struct BufferSpec {
  std::vector<uint8_t> data;
  uint64_t offset = 0, size = 0;
};

struct SignatureSpec {
  std::string key;
  uint32_t subgraph = 0;
  std::vector<std::pair<std::string, uint32_t>> inputs, outputs;
};

struct CodeSpec {
  int8_t deprecated;
  int32_t builtin;
};

struct ModelSpec {
  std::vector<CodeSpec> codes{{0, fb::BuiltinOperator_ADD},
                              {59, fb::BuiltinOperator_NEG}};
  std::vector<TensorSpec> tensors{
      {"x"}, {"c", {2}, fb::TensorType_FLOAT32, 1}, {"sum"}, {"y"}};
  std::vector<int32_t> inputs{0}, outputs{3};
  std::vector<OperatorSpec> operators{{0, {0, 1}, {2}}, {1, {2}, {3}}};
  // 1.0f, 2.0f.
  std::vector<BufferSpec> buffers{{}, {{0, 0, 0x80, 0x3F, 0, 0, 0, 0x40}}};
  std::vector<SignatureSpec> signatures{{"main", 0, {{"x", 0}}, {{"y", 3}}}};
  bool withSubgraph = true;
};

std::string serialize(const ModelSpec &spec) {
  flatbuffers::FlatBufferBuilder fbb;
  std::vector<flatbuffers::Offset<fb::OperatorCode>> codes;
  for (const CodeSpec &c : spec.codes)
    codes.push_back(fb::CreateOperatorCode(
        fbb, c.deprecated, 0, 1, static_cast<fb::BuiltinOperator>(c.builtin)));
  std::vector<flatbuffers::Offset<fb::Tensor>> tensors;
  for (const TensorSpec &t : spec.tensors) {
    auto quantization = fb::CreateQuantizationParametersDirect(
        fbb, t.min.empty() ? nullptr : &t.min, t.max.empty() ? nullptr : &t.max,
        t.scale.empty() ? nullptr : &t.scale,
        t.zeroPoint.empty() ? nullptr : &t.zeroPoint,
        fb::QuantizationDetails_NONE, 0, t.quantizedDimension);
    tensors.push_back(fb::CreateTensorDirect(
        fbb, &t.shape, t.type, t.buffer, t.name.c_str(), quantization, false, 0,
        t.signature.empty() ? nullptr : &t.signature, true));
  }
  std::vector<flatbuffers::Offset<fb::Operator>> operators;
  for (const OperatorSpec &o : spec.operators)
    operators.push_back(
        fb::CreateOperatorDirect(fbb, o.opcode, &o.inputs, &o.outputs));
  std::vector<flatbuffers::Offset<fb::SubGraph>> subgraphs;
  if (spec.withSubgraph)
    subgraphs.push_back(fb::CreateSubGraphDirect(
        fbb, &tensors, &spec.inputs, &spec.outputs, &operators, "main"));
  std::vector<flatbuffers::Offset<fb::Buffer>> buffers;
  for (const BufferSpec &b : spec.buffers)
    buffers.push_back(fb::CreateBufferDirect(
        fbb, b.data.empty() ? nullptr : &b.data, b.offset, b.size));
  std::vector<flatbuffers::Offset<fb::SignatureDef>> signatures;
  for (const SignatureSpec &s : spec.signatures) {
    auto maps = [&](const auto &list) {
      std::vector<flatbuffers::Offset<fb::TensorMap>> result;
      for (const auto &[name, index] : list)
        result.push_back(fb::CreateTensorMapDirect(fbb, name.c_str(), index));
      return result;
    };
    auto inputs = maps(s.inputs);
    auto outputs = maps(s.outputs);
    signatures.push_back(fb::CreateSignatureDefDirect(
        fbb, &inputs, &outputs, s.key.c_str(), s.subgraph));
  }
  auto model = fb::CreateModelDirect(fbb, 0, &codes, &subgraphs, "test",
                                     &buffers, nullptr, nullptr, &signatures);
  fb::FinishModelBuffer(fbb, model);
  return std::string(reinterpret_cast<const char *>(fbb.GetBufferPointer()),
                     fbb.GetSize());
}

/// Checks a copy of the base model changed by `edit`.
ModelCheckReport check(const std::function<void(ModelSpec &)> &edit) {
  ModelSpec spec;
  edit(spec);
  std::string bytes = serialize(spec);
  return checkModel(bytes);
}

std::string joined(const std::vector<std::string> &messages) {
  std::string text;
  for (const std::string &m : messages)
    text += m + "\n";
  return text;
}

/// Exactly one error, containing `expected`.
void expectOneError(const ModelCheckReport &report, const std::string &expected) {
  ASSERT_EQ(report.errors.size(), 1u) << joined(report.errors);
  EXPECT_NE(report.errors[0].find(expected), std::string::npos)
      << "got: " << report.errors[0] << "\nexpected: " << expected;
}

/// Some error contains `expected` (follow-up errors are allowed).
void expectError(const ModelCheckReport &report, const std::string &expected) {
  EXPECT_NE(joined(report.errors).find(expected), std::string::npos)
      << "got:\n" << joined(report.errors) << "expected: " << expected;
}

TEST(ModelCheckTest, BaseModelIsClean) {
  ModelCheckReport report = check([](ModelSpec &) {});
  EXPECT_TRUE(report.ok()) << joined(report.errors);
  EXPECT_TRUE(report.warnings.empty()) << joined(report.warnings);
}

TEST(ModelCheckTest, NotACircleFile) {
  expectOneError(checkModel(""), "not a Circle file");
  std::string bytes = serialize(ModelSpec());
  bytes.replace(4, 4, "TFL3");
  expectOneError(checkModel(bytes), "not a Circle file");
}

TEST(ModelCheckTest, VerifierRejectsTruncatedFiles) {
  std::string bytes = serialize(ModelSpec());
  expectOneError(checkModel(llvm::StringRef(bytes).take_front(bytes.size() / 2)),
                 "flatbuffers verifier rejects the file");
}

TEST(ModelCheckTest, BufferProblems) {
  // Every tensor's buffer index is then out of range too.
  expectError(check([](ModelSpec &m) { m.buffers.clear(); }),
              "model has no buffers");
  expectOneError(check([](ModelSpec &m) { m.buffers[0].data = {1}; }),
                 "buffer 0 must be empty");
  expectOneError(check([](ModelSpec &m) {
                   m.buffers[1] = {{}, 1u << 20, 8};
                 }),
                 "buffer 1 [1048576, 1048584) extends past the end of the file");
  // offset + size wraps around.
  expectOneError(check([](ModelSpec &m) {
                   m.buffers[1] = {{}, 16, ~uint64_t(0)};
                 }),
                 "extends past the end of the file");
  ModelCheckReport both = check([](ModelSpec &m) { m.buffers[1].offset = 16; });
  EXPECT_NE(joined(both.errors).find("buffer 1 has both inline data and an offset"),
            std::string::npos)
      << joined(both.errors);
}

TEST(ModelCheckTest, TensorProblems) {
  ModelCheckReport buffer =
      check([](ModelSpec &m) { m.tensors[1].buffer = 7; });
  EXPECT_NE(joined(buffer.errors).find("tensor 1 ('c') refers to buffer 7 of 2"),
            std::string::npos)
      << joined(buffer.errors);
  expectOneError(check([](ModelSpec &m) { m.tensors[2].shape = {-3}; }),
                 "tensor 2 ('sum') has negative dimension -3");
  expectOneError(check([](ModelSpec &m) { m.tensors[0].signature = {-1, 2}; }),
                 "shape_signature rank 2 differs from shape rank 1");
  expectOneError(check([](ModelSpec &m) { m.tensors[0].signature = {5}; }),
                 "shape_signature[0] = 5 but shape[0] = 2");
}

TEST(ModelCheckTest, QuantizationProblems) {
  auto int8 = [](ModelSpec &m) { m.tensors[0].type = fb::TensorType_INT8; };
  expectOneError(check([&](ModelSpec &m) {
                   int8(m);
                   m.tensors[0].scale = {0.5f, 0.25f};
                   m.tensors[0].zeroPoint = {0};
                 }),
                 "2 scales but 1 zero points");
  expectOneError(check([&](ModelSpec &m) {
                   int8(m);
                   m.tensors[0].scale = {-0.5f};
                   m.tensors[0].zeroPoint = {0};
                 }),
                 "scale[0] = -0.500000 is not positive and finite");
  expectOneError(check([&](ModelSpec &m) {
                   int8(m);
                   m.tensors[0].scale = {0.5f};
                   m.tensors[0].zeroPoint = {128};
                 }),
                 "zero_point[0] = 128 is outside [-128, 127] of INT8");
  expectOneError(check([&](ModelSpec &m) {
                   m.tensors[0].type = fb::TensorType_UINT4;
                   m.tensors[0].scale = {0.5f};
                   m.tensors[0].zeroPoint = {-1};
                 }),
                 "zero_point[0] = -1 is outside [0, 15] of UINT4");
  expectOneError(check([&](ModelSpec &m) {
                   int8(m);
                   m.tensors[0].scale = {0.5f, 0.25f};
                   m.tensors[0].zeroPoint = {0, 0};
                   m.tensors[0].quantizedDimension = 1;
                 }),
                 "quantized_dimension 1 is out of range for rank 1");
  expectOneError(check([&](ModelSpec &m) {
                   int8(m);
                   m.tensors[0].scale = {0.5f, 0.25f, 1.0f};
                   m.tensors[0].zeroPoint = {0, 0, 0};
                 }),
                 "3 scales for dimension 0 of size 2");
  expectOneError(check([&](ModelSpec &m) {
                   int8(m);
                   m.tensors[0].scale = {0.5f};
                   m.tensors[0].zeroPoint = {0};
                   m.tensors[0].min = {-1.0f, 0.0f};
                 }),
                 "min/max must be empty or have one value per scale");
}

TEST(ModelCheckTest, GraphProblems) {
  expectOneError(check([](ModelSpec &m) { m.withSubgraph = false; }),
                 "model has no subgraphs");
  // x is then neither an input for ADD nor for the signature.
  expectError(check([](ModelSpec &m) { m.inputs = {9}; }),
              "subgraph 0: an input refers to tensor 9 of 4");
  expectOneError(check([](ModelSpec &m) { m.operators[1].opcode = 5; }),
                 "subgraph 0 operator 1 refers to opcode 5 of 2");
  expectOneError(check([](ModelSpec &m) { m.operators[1].inputs = {-4}; }),
                 "subgraph 0: operator 1 input refers to tensor -4 of 4");
  // NEG first: it reads 'sum' before ADD writes it.
  expectOneError(check([](ModelSpec &m) {
                   std::swap(m.operators[0], m.operators[1]);
                 }),
                 "operator 0 reads subgraph 0 tensor 2 ('sum'), which is not "
                 "an input, a constant or produced earlier");
  ModelCheckReport twice =
      check([](ModelSpec &m) { m.operators[1].outputs = {2}; });
  EXPECT_NE(joined(twice.errors).find(
                "tensor 2 ('sum') is written by operator 1 but already defined"),
            std::string::npos)
      << joined(twice.errors);
  EXPECT_NE(joined(twice.errors).find(
                "tensor 3 ('y') is a subgraph output but is never produced"),
            std::string::npos)
      << joined(twice.errors);
  expectOneError(check([](ModelSpec &m) {
                   m.codes[1] = {127, 1000};
                 }),
                 "operator code 1 has builtin code 1000, which the schema does "
                 "not define");
  // -1 lies between the Circle-only codes and ADD but is no operator.
  expectOneError(check([](ModelSpec &m) { m.codes[1] = {-1, -1}; }),
                 "builtin code -1, which the schema does not define");
}

TEST(ModelCheckTest, NegativeCircleCodesAreValid) {
  // RMS_NORM is -6 in both fields, as ONE's readers expect.
  ModelCheckReport report = check([](ModelSpec &m) {
    m.codes[1] = {-6, fb::BuiltinOperator_RMS_NORM};
  });
  EXPECT_TRUE(report.ok()) << joined(report.errors);
}

TEST(ModelCheckTest, EmptyBuffersAreConstantsOnlyWithoutElements) {
  // 'c' has an empty buffer: an activation nobody writes for shape [2] ...
  expectOneError(check([](ModelSpec &m) { m.buffers[1].data.clear(); }),
                 "operator 0 reads subgraph 0 tensor 1 ('c'), which is not an "
                 "input, a constant or produced earlier");
  // ... but a constant without elements for shape [0].
  ModelCheckReport report = check([](ModelSpec &m) {
    m.buffers[1].data.clear();
    m.tensors[1].shape = {0};
  });
  EXPECT_TRUE(report.ok()) << joined(report.errors);
}

TEST(ModelCheckTest, SignatureProblems) {
  expectOneError(check([](ModelSpec &m) { m.signatures[0].subgraph = 2; }),
                 "signature 'main' refers to subgraph 2 of 1");
  expectOneError(check([](ModelSpec &m) {
                   m.signatures[0].inputs[0].second = 2;
                 }),
                 "signature 'main' input 'x' maps tensor 2, which is not a "
                 "subgraph input");
  expectOneError(check([](ModelSpec &m) {
                   m.signatures.push_back(m.signatures[0]);
                 }),
                 "signature 'main' is defined twice");
}

TEST(ModelCheckTest, Warnings) {
  ModelCheckReport report = check([](ModelSpec &m) {
    m.buffers.push_back({{1, 2, 3, 4}});         // unused buffer 2
    m.codes.push_back({3, 3});                   // unused CONV_2D code
    m.tensors.push_back({"x"});                  // duplicate name, unused
    m.tensors[0].type = fb::TensorType_INT8;     // activation without qparams
    m.tensors[2].type = fb::TensorType_INT8;
    m.tensors[3].type = fb::TensorType_INT8;
  });
  EXPECT_TRUE(report.ok()) << joined(report.errors);
  std::string warnings = joined(report.warnings);
  EXPECT_NE(warnings.find("buffer 2 is unused"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find("operator code 2 is unused"), std::string::npos)
      << warnings;
  EXPECT_NE(warnings.find("tensor 4 ('x') has a duplicate name"),
            std::string::npos)
      << warnings;
  EXPECT_NE(warnings.find("tensor 4 ('x') is unused"), std::string::npos)
      << warnings;
  EXPECT_EQ(report.unquantizedIntegerActivations,
            (std::vector<std::string>{"0/x", "0/sum", "0/y"}));
}

} // namespace
