//===- tico-circle.cpp - look at and check .circle files ------------------===//
//
//   tico-circle inspect FILE [--tensors] [--operators] [--json]
//   tico-circle verify FILE [--warnings-as-errors]
//   tico-circle dump FILE
//
// Every command runs the flatbuffers verifier and the model checks first and
// exits 1 with a message naming the problem when the file is unreadable.
//
//===----------------------------------------------------------------------===//

#include "tico/Target/Circle/ModelCheck.h"
#include "tico/Tools/ModelSummary.h"

#include "flatbuffers/minireflect.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
namespace fb = ::circle;

static cl::OptionCategory circleCategory("tico-circle options");
static cl::SubCommand inspectCommand("inspect", "Summarize a .circle model");
static cl::SubCommand verifyCommand("verify",
                                    "Check a .circle model for consistency");
static cl::SubCommand dumpCommand("dump", "Print every table of a model");

static cl::opt<std::string> inputFile(cl::Positional, cl::Required,
                                      cl::desc("<model.circle>"),
                                      cl::sub(inspectCommand),
                                      cl::sub(verifyCommand),
                                      cl::sub(dumpCommand), cl::cat(circleCategory));
static cl::opt<bool> showTensors("tensors", cl::desc("List every tensor"),
                                 cl::sub(inspectCommand), cl::cat(circleCategory));
static cl::opt<bool> showOperators("operators",
                                   cl::desc("List every operator"),
                                   cl::sub(inspectCommand), cl::cat(circleCategory));
static cl::opt<bool> asJson("json", cl::desc("Print JSON"),
                            cl::sub(inspectCommand), cl::cat(circleCategory));
static cl::opt<bool> warningsAsErrors("warnings-as-errors",
                                      cl::desc("Fail on warnings too"),
                                      cl::sub(verifyCommand), cl::cat(circleCategory));

static int fail(const Twine &message) {
  WithColor::error(errs(), "tico-circle") << message << "\n";
  return 1;
}

int main(int argc, char **argv) {
  InitLLVM y(argc, argv);
  // Only this tool's options in --help (libLLVM registers hundreds).
  for (cl::SubCommand *sub : {&inspectCommand, &verifyCommand, &dumpCommand,
                              &cl::SubCommand::getTopLevel()})
    cl::HideUnrelatedOptions(circleCategory, *sub);
  cl::ParseCommandLineOptions(argc, argv, "tico .circle model tool\n");
  if (!inspectCommand && !verifyCommand && !dumpCommand)
    return fail("expected a command: inspect, verify or dump");

  // Mapped, 16-byte aligned as flatbuffers require.
  ErrorOr<std::unique_ptr<MemoryBuffer>> file =
      MemoryBuffer::getFile(inputFile, /*IsText=*/false,
                            /*RequiresNullTerminator=*/false,
                            /*IsVolatile=*/false, Align(16));
  if (!file)
    return fail(inputFile + ": " + file.getError().message());
  StringRef bytes = (*file)->getBuffer();

  mlir::tico::circle::ModelCheckReport report =
      mlir::tico::circle::checkModel(bytes);
  if (verifyCommand) {
    for (const std::string &e : report.errors)
      WithColor::error(outs(), inputFile) << e << "\n";
    for (const std::string &w : report.warnings)
      WithColor::warning(outs(), inputFile) << w << "\n";
    outs() << inputFile << ": " << report.errors.size() << " error(s), "
           << report.warnings.size() << " warning(s), "
           << report.unquantizedIntegerActivations.size()
           << " integer activation tensor(s) without qparams\n";
    bool failed = !report.ok() || (warningsAsErrors && !report.warnings.empty());
    return failed ? 1 : 0;
  }

  // inspect and dump need a model the checks can walk safely.
  if (!report.ok()) {
    for (const std::string &e : report.errors)
      WithColor::error(errs(), inputFile) << e << "\n";
    return 1;
  }
  const fb::Model *model = fb::GetModel(bytes.data());
  if (dumpCommand) {
    outs() << flatbuffers::FlatBufferToString(
                  reinterpret_cast<const uint8_t *>(bytes.data()),
                  fb::ModelTypeTable(), /*multi_line=*/true)
           << "\n";
    return 0;
  }
  mlir::tico::circle::InspectOptions options{showTensors, showOperators,
                                             asJson};
  mlir::tico::circle::printSummary(model, bytes.size(), options, outs());
  return 0;
}
