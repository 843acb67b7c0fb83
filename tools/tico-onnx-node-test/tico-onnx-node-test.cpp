//===- tico-onnx-node-test.cpp - ONNX's node tests through the importer ---===//
//
// Walks ONNX's node test suite (Debian's libonnx-testdata): every test whose
// ops all have converters is imported, run by the reference interpreter on
// each test_data_set_*/input_*.pb and compared with output_*.pb (floats
// within atol + rtol * |expected|, integers and bools exactly). Tests in the
// skip list (one "name reason..." per line) are not run. Prints one line
// per failure and the PASS/FAIL/SKIP/UNSUPPORTED counts; exits 1 on any
// failure and 77 (ctest's SKIP_RETURN_CODE) when the test data is absent.
//
//===----------------------------------------------------------------------===//

#include "tico/InitAllDialects.h"
#include "tico/Interpreter/HostTensor.h"
#include "tico/Interpreter/Interpreter.h"
#include "tico/Target/ONNX/ONNXImport.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cmath>
#include <cstring>

using namespace mlir;
using namespace mlir::tico;
using interp::HostTensor;
namespace cl = llvm::cl;

static cl::opt<std::string>
    dataDir("data-dir", cl::desc("the node test directory"),
            cl::init("/usr/share/libonnx-testdata/data/node"));
static cl::opt<std::string>
    skipListFile("skip-list", cl::desc("tests not to run, with reasons"),
                 cl::init(""));
static cl::opt<std::string> filter("filter",
                                   cl::desc("run only tests containing this"),
                                   cl::init(""));
static cl::opt<bool> verbose("v", cl::desc("print every test's status"));
static cl::opt<double> relTol("rtol", cl::init(1e-5));
static cl::opt<double> absTol("atol", cl::init(1e-6));

namespace {

std::vector<std::string> listDir(StringRef dir, StringRef prefix) {
  std::vector<std::string> out;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(dir, ec), end; it != end && !ec;
       it.increment(ec)) {
    StringRef name = llvm::sys::path::filename(it->path());
    if (name.starts_with(prefix))
      out.push_back(it->path());
  }
  // input_10 after input_9.
  std::sort(out.begin(), out.end(), [](const std::string &a,
                                       const std::string &b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  return out;
}

FailureOr<HostTensor> readTensor(MLIRContext &context, StringRef path,
                                 std::string &error) {
  auto buffer = llvm::MemoryBuffer::getFile(path);
  if (!buffer) {
    error = "cannot read " + path.str();
    return failure();
  }
  auto data = onnx_import::parseOnnxTensor((*buffer)->getBuffer(),
                                           llvm::sys::path::parent_path(path));
  if (!data) {
    error = path.str() + ": " + llvm::toString(data.takeError());
    return failure();
  }
  Type element = onnx_import::getElementTypeForOnnx(&context, data->dataType);
  if (!element) {
    error = path.str() + ": unsupported element type";
    return failure();
  }
  HostTensor tensor(element, data->dims);
  if (tensor.getBytes().size() != data->bytes.size()) {
    error = path.str() + ": size mismatch";
    return failure();
  }
  // An empty tensor's data pointers may be null, which memcpy may not see.
  if (!data->bytes.empty())
    std::memcpy(tensor.getMutableBytes().data(), data->bytes.data(),
                data->bytes.size());
  return tensor;
}

/// Empty when `got` matches `want`, else what differs.
std::string compare(const HostTensor &want, const HostTensor &got) {
  // QuantizeLinear's integers are the storage of a !quant.uniform result.
  bool storageMatch = got.getKind() == interp::ElementKind::Quant &&
                      (want.getKind() == interp::ElementKind::Signed ||
                       want.getKind() == interp::ElementKind::Unsigned);
  if (want.getShape() != got.getShape() ||
      (want.getElementType() != got.getElementType() && !storageMatch)) {
    std::string s;
    llvm::raw_string_ostream os(s);
    os << "expected " << want.getType() << ", got " << got.getType();
    return s;
  }
  bool isFloat = want.getKind() == interp::ElementKind::Float;
  for (int64_t i = 0; i < want.getNumElements(); ++i) {
    if (isFloat) {
      double w = want.getDouble(i), g = got.getDouble(i);
      if (std::isnan(w) && std::isnan(g))
        continue;
      if (std::isinf(w) && w == g)
        continue;
      if (std::fabs(w - g) <= absTol + relTol * std::fabs(w))
        continue;
      return "element " + std::to_string(i) + ": expected " +
             std::to_string(w) + ", got " + std::to_string(g);
    }
    if (want.getInt(i) != got.getInt(i))
      return "element " + std::to_string(i) + ": expected " +
             std::to_string(want.getInt(i)) + ", got " +
             std::to_string(got.getInt(i));
  }
  return "";
}

/// Runs one test directory; empty on success, else the failure. With
/// `bindSmallInputs`, every data set is imported on its own with its rank-0
/// and rank-1 inputs bound as constants: node tests feed shape operands
/// (Reshape's shape, Slice's starts, ...) as inputs, which a static
/// compiler needs to know.
std::string runTest(StringRef dir, bool bindSmallInputs) {
  DialectRegistry registry;
  registerAllDialects(registry);
  MLIRContext context(registry);
  std::string diagnostics;
  ScopedDiagnosticHandler handler(&context, [&](Diagnostic &d) {
    if (d.getSeverity() == DiagnosticSeverity::Error)
      diagnostics += (diagnostics.empty() ? "" : "; ") + d.str();
    return success();
  });
  llvm::SmallString<256> modelPath(dir);
  llvm::sys::path::append(modelPath, "model.onnx");
  auto buffer = llvm::MemoryBuffer::getFile(modelPath);
  if (!buffer)
    return "cannot read model.onnx";
  std::vector<std::string> sets = listDir(dir, "test_data_set_");
  if (sets.empty())
    return "no test_data_set_*";
  OwningOpRef<ModuleOp> module;
  for (const std::string &set : sets) {
    std::string error;
    SmallVector<HostTensor> inputs, expected;
    std::vector<onnx_import::TensorData> bound;
    onnx_import::ONNXImportOptions options;
    for (const std::string &path : listDir(set, "input_")) {
      if (bindSmallInputs) {
        auto file = llvm::MemoryBuffer::getFile(path);
        if (!file)
          return "cannot read " + path;
        auto data = onnx_import::parseOnnxTensor((*file)->getBuffer());
        if (!data)
          return path + ": " + llvm::toString(data.takeError());
        if (data->dims.size() <= 1) {
          bound.push_back(std::move(*data));
          continue;
        }
      }
      FailureOr<HostTensor> t = readTensor(context, path, error);
      if (failed(t))
        return error;
      inputs.push_back(std::move(*t));
    }
    if (!module || bindSmallInputs) {
      // The .pb tensors carry the input names they bind.
      for (auto &b : bound)
        options.inputValues.push_back(&b);
      module = onnx_import::importFromONNX((*buffer)->getBuffer(), modelPath,
                                           &context, UnknownLoc::get(&context),
                                           options);
      if (!module)
        return "import: " + diagnostics;
    }
    auto func = *module->getOps<func::FuncOp>().begin();
    for (const std::string &path : listDir(set, "output_")) {
      FailureOr<HostTensor> t = readTensor(context, path, error);
      if (failed(t))
        return error;
      expected.push_back(std::move(*t));
    }
    FailureOr<SmallVector<HostTensor>> outputs =
        interp::runFunction(func, inputs);
    if (failed(outputs))
      return "run: " + diagnostics;
    if (outputs->size() != expected.size())
      return "expected " + std::to_string(expected.size()) + " outputs, got " +
             std::to_string(outputs->size());
    for (size_t i = 0; i < expected.size(); ++i) {
      std::string diff = compare(expected[i], (*outputs)[i]);
      if (!diff.empty())
        return llvm::sys::path::filename(set).str() + " output " +
               std::to_string(i) + ": " + diff;
    }
  }
  return "";
}

} // namespace

int main(int argc, char **argv) {
  llvm::InitLLVM y(argc, argv);
  cl::ParseCommandLineOptions(argc, argv, "ONNX node tests through tq\n");
  if (!llvm::sys::fs::is_directory(dataDir)) {
    llvm::outs() << "SKIP: " << dataDir
                 << " does not exist (install libonnx-testdata)\n";
    return 77;
  }
  llvm::StringMap<std::string> skipList;
  if (!skipListFile.empty()) {
    auto buffer = llvm::MemoryBuffer::getFile(skipListFile);
    if (!buffer) {
      llvm::errs() << "error: cannot read " << skipListFile << "\n";
      return 1;
    }
    SmallVector<StringRef> lines;
    (*buffer)->getBuffer().split(lines, '\n');
    for (StringRef line : lines) {
      line = line.trim();
      if (line.empty() || line.starts_with("#"))
        continue;
      auto [name, reason] = line.split(' ');
      if (reason.trim().empty()) {
        llvm::errs() << "error: skip-list entry '" << name
                     << "' has no reason\n";
        return 1;
      }
      skipList[name] = reason.trim().str();
    }
  }

  int pass = 0, fail = 0, skip = 0, unsupported = 0;
  llvm::StringMap<bool> seen;
  for (const std::string &dir : listDir(dataDir, "test_")) {
    std::string name = llvm::sys::path::filename(dir).str();
    if (!filter.empty() && name.find(filter) == std::string::npos)
      continue;
    seen[name] = true;
    llvm::SmallString<256> modelPath(dir);
    llvm::sys::path::append(modelPath, "model.onnx");
    auto buffer = llvm::MemoryBuffer::getFile(modelPath);
    if (!buffer)
      continue;
    auto missing = onnx_import::findUnsupportedOps((*buffer)->getBuffer());
    if (!missing || !missing->empty()) {
      if (!missing)
        llvm::consumeError(missing.takeError());
      ++unsupported;
      if (verbose)
        llvm::outs() << "UNSUPPORTED " << name << "\n";
      continue;
    }
    auto listed = skipList.find(name);
    if (listed != skipList.end()) {
      ++skip;
      if (verbose)
        llvm::outs() << "SKIP " << name << ": " << listed->second << "\n";
      continue;
    }
    std::string failure = runTest(dir, false);
    if (failure.find("to be a constant") != std::string::npos ||
        failure.find("runtime value") != std::string::npos ||
        failure.find("runtime bounds") != std::string::npos)
      failure = runTest(dir, true);
    if (failure.empty()) {
      ++pass;
      if (verbose)
        llvm::outs() << "PASS " << name << "\n";
    } else {
      ++fail;
      llvm::outs() << "FAIL " << name << ": " << failure << "\n";
    }
  }
  for (const auto &entry : skipList)
    if (!seen.count(entry.getKey()) && filter.empty())
      llvm::outs() << "note: skip-list entry " << entry.getKey()
                   << " matches no test\n";
  llvm::outs() << "PASS " << pass << " FAIL " << fail << " SKIP " << skip
               << " UNSUPPORTED " << unsupported << "\n";
  return fail ? 1 : 0;
}
