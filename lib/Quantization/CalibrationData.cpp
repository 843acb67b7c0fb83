//===- CalibrationData.cpp - calibration samples from .npy/.npz -----------===//
//
// np.savez writes a zip of stored .npy entries (zip64 headers forced),
// np.savez_compressed deflates them; both are read here with zlib.
//
//===----------------------------------------------------------------------===//

#include "CalibrationData.h"

#include "tico/Interpreter/Interpreter.h"
#include "tico/Interpreter/Npy.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <zlib.h>

#include <cstring>

using namespace mlir;
using namespace mlir::tico;
using namespace mlir::tico::quantization;
using interp::HostTensor;

namespace {

llvm::Error error(const llvm::Twine &message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

uint64_t readLE(llvm::StringRef buffer, size_t offset, unsigned bytes) {
  uint64_t value = 0;
  for (unsigned i = 0; i < bytes; ++i)
    value |= uint64_t(uint8_t(buffer[offset + i])) << (8 * i);
  return value;
}

std::string formatShape(ArrayRef<int64_t> shape) {
  std::string text;
  llvm::raw_string_ostream os(text);
  os << "[";
  llvm::interleaveComma(shape, os);
  os << "]";
  return text;
}

} // namespace

llvm::Expected<std::vector<std::pair<std::string, std::string>>>
mlir::tico::quantization::readZipArchive(llvm::StringRef buffer) {
  constexpr uint32_t kEndSig = 0x06054b50, kEnd64Sig = 0x06064b50,
                     kLocator64Sig = 0x07064b50, kCentralSig = 0x02014b50,
                     kLocalSig = 0x04034b50;
  // The end-of-central-directory record is the last 22 bytes plus a comment
  // of at most 64 KiB.
  if (buffer.size() < 22)
    return error("not a zip archive (too short)");
  size_t end = std::string::npos;
  size_t lowest = buffer.size() > 22 + 65535 ? buffer.size() - 22 - 65535 : 0;
  for (size_t pos = buffer.size() - 22 + 1; pos-- > lowest;)
    if (readLE(buffer, pos, 4) == kEndSig) {
      end = pos;
      break;
    }
  if (end == std::string::npos)
    return error("not a zip archive (no end of central directory)");
  uint64_t count = readLE(buffer, end + 10, 2);
  uint64_t dirOffset = readLE(buffer, end + 16, 4);
  if ((count == 0xFFFF || dirOffset == 0xFFFFFFFF) && end >= 20 &&
      readLE(buffer, end - 20, 4) == kLocator64Sig) {
    uint64_t end64 = readLE(buffer, end - 20 + 8, 8);
    if (end64 + 56 > buffer.size() || readLE(buffer, end64, 4) != kEnd64Sig)
      return error("corrupt zip64 end of central directory");
    count = readLE(buffer, end64 + 32, 8);
    dirOffset = readLE(buffer, end64 + 48, 8);
  }

  std::vector<std::pair<std::string, std::string>> entries;
  size_t pos = dirOffset;
  for (uint64_t i = 0; i < count; ++i) {
    if (pos + 46 > buffer.size() || readLE(buffer, pos, 4) != kCentralSig)
      return error("corrupt zip central directory");
    unsigned flags = readLE(buffer, pos + 8, 2);
    unsigned method = readLE(buffer, pos + 10, 2);
    uint32_t crc = readLE(buffer, pos + 16, 4);
    uint64_t compressed = readLE(buffer, pos + 20, 4);
    uint64_t size = readLE(buffer, pos + 24, 4);
    size_t nameLen = readLE(buffer, pos + 28, 2);
    size_t extraLen = readLE(buffer, pos + 30, 2);
    size_t commentLen = readLE(buffer, pos + 32, 2);
    uint64_t local = readLE(buffer, pos + 42, 4);
    if (pos + 46 + nameLen + extraLen > buffer.size())
      return error("corrupt zip central directory");
    std::string name = buffer.substr(pos + 46, nameLen).str();
    // zip64 extra field: the 0xFFFFFFFF fields, in this order.
    for (size_t e = pos + 46 + nameLen; e + 4 <= pos + 46 + nameLen + extraLen;) {
      unsigned id = readLE(buffer, e, 2), len = readLE(buffer, e + 2, 2);
      size_t field = e + 4;
      if (id == 0x0001) {
        if (size == 0xFFFFFFFF && field + 8 <= e + 4 + len)
          size = readLE(buffer, field, 8), field += 8;
        if (compressed == 0xFFFFFFFF && field + 8 <= e + 4 + len)
          compressed = readLE(buffer, field, 8), field += 8;
        if (local == 0xFFFFFFFF && field + 8 <= e + 4 + len)
          local = readLE(buffer, field, 8);
      }
      e += 4 + len;
    }
    pos += 46 + nameLen + extraLen + commentLen;

    if (flags & 1)
      return error("zip entry '" + name + "' is encrypted");
    if (local + 30 > buffer.size() || readLE(buffer, local, 4) != kLocalSig)
      return error("corrupt zip local header of '" + name + "'");
    uint64_t data = local + 30 + readLE(buffer, local + 26, 2) +
                    readLE(buffer, local + 28, 2);
    if (data + compressed > buffer.size())
      return error("zip entry '" + name + "' is truncated");
    llvm::StringRef raw = buffer.substr(data, compressed);
    std::string bytes;
    if (method == 0) {
      bytes = raw.str();
    } else if (method == 8) {
      bytes.resize(size);
      z_stream stream{};
      if (inflateInit2(&stream, -MAX_WBITS) != Z_OK)
        return error("cannot initialize zlib");
      stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
      stream.avail_in = raw.size();
      stream.next_out = reinterpret_cast<Bytef *>(bytes.data());
      stream.avail_out = bytes.size();
      int status = inflate(&stream, Z_FINISH);
      uint64_t produced = stream.total_out;
      inflateEnd(&stream);
      if (status != Z_STREAM_END || produced != size)
        return error("cannot inflate zip entry '" + name + "'");
    } else {
      return error("zip entry '" + name + "' uses compression method " +
                   llvm::Twine(method) + " (expected stored or deflate)");
    }
    if (bytes.size() != size ||
        crc32(0, reinterpret_cast<const Bytef *>(bytes.data()), bytes.size()) !=
            crc)
      return error("zip entry '" + name + "' fails its CRC check");
    entries.emplace_back(std::move(name), std::move(bytes));
  }
  return entries;
}

namespace {

/// How many samples `array` holds for an argument of type `type`: one with
/// the argument's shape, N with an extra leading axis [N, shape...], or
/// k with the leading dimension k times the argument's (a batch
/// concatenation). 0 when none applies.
int64_t countSamples(const HostTensor &array, RankedTensorType type) {
  ArrayRef<int64_t> got = array.getShape(), want = type.getShape();
  if (got == want)
    return 1;
  if (got.size() == want.size() + 1 && got.drop_front() == want)
    return got.front();
  if (!want.empty() && got.size() == want.size() &&
      got.drop_front() == want.drop_front() && want.front() > 0 &&
      got.front() % want.front() == 0)
    return got.front() / want.front();
  return 0;
}

/// Reads one .npy or .npz file: the arrays per argument index.
llvm::Expected<std::vector<HostTensor>> readFile(func::FuncOp func,
                                                 llvm::StringRef path) {
  unsigned numArgs = func.getNumArguments();
  auto file = llvm::MemoryBuffer::getFile(path, /*IsText=*/false);
  if (!file)
    return error("cannot open '" + path + "': " + file.getError().message());
  MLIRContext *context = func.getContext();
  llvm::StringRef bytes = (*file)->getBuffer();
  std::vector<HostTensor> arrays(numArgs);
  if (path.ends_with(".npy")) {
    if (numArgs != 1)
      return error("'" + path + "': a .npy file holds one array but @" +
                   func.getSymName() + " takes " + llvm::Twine(numArgs) +
                   " arguments (use .npz files named by argument)");
    auto tensor = interp::parseNpy(bytes, context);
    if (!tensor)
      return error("'" + path + "': " + llvm::toString(tensor.takeError()));
    arrays[0] = std::move(*tensor);
    return arrays;
  }
  auto entries = readZipArchive(bytes);
  if (!entries)
    return error("'" + path + "': " + llvm::toString(entries.takeError()));
  for (auto &[entry, data] : *entries) {
    llvm::StringRef name = entry;
    name.consume_back(".npy");
    // np.savez names positional arrays arr_0, arr_1, ...
    std::optional<unsigned> index;
    for (unsigned i = 0; i < numArgs && !index; ++i)
      if (name == interp::getArgumentName(func, i) ||
          name == ("arg" + llvm::Twine(i)).str() ||
          name == ("arr_" + llvm::Twine(i)).str())
        index = i;
    if (!index)
      return error("'" + path + "': entry '" + name +
                   "' names no argument of @" + func.getSymName());
    if (!arrays[*index].isAbsent())
      return error("'" + path + "': two entries for argument '" +
                   interp::getArgumentName(func, *index) + "'");
    auto tensor = interp::parseNpy(data, context);
    if (!tensor)
      return error("'" + path + "': entry '" + name + "': " +
                   llvm::toString(tensor.takeError()));
    arrays[*index] = std::move(*tensor);
  }
  for (unsigned i = 0; i < numArgs; ++i)
    if (arrays[i].isAbsent())
      return error("'" + path + "': no entry for argument '" +
                   interp::getArgumentName(func, i) + "'");
  return arrays;
}

} // namespace

llvm::Expected<std::vector<Sample>>
mlir::tico::quantization::loadCalibrationSamples(func::FuncOp func,
                                                 llvm::StringRef spec,
                                                 bool requireStacked) {
  // Expand directories to their .npy/.npz files in name order.
  std::vector<std::string> paths;
  llvm::SmallVector<llvm::StringRef> items;
  spec.split(items, ',', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef item : items) {
    item = item.trim();
    if (llvm::sys::fs::is_directory(item)) {
      std::vector<std::string> found;
      std::error_code ec;
      for (llvm::sys::fs::directory_iterator it(item, ec), end;
           !ec && it != end; it.increment(ec)) {
        llvm::StringRef p = it->path();
        if (p.ends_with(".npy") || p.ends_with(".npz"))
          found.push_back(p.str());
      }
      if (ec)
        return error("cannot list '" + item + "': " + ec.message());
      if (found.empty())
        return error("directory '" + item + "' has no .npy or .npz files");
      llvm::sort(found);
      llvm::append_range(paths, found);
    } else if (item.ends_with(".npy") || item.ends_with(".npz")) {
      paths.push_back(item.str());
    } else {
      return error("'" + item +
                   "' is neither a directory nor a .npy/.npz file");
    }
  }
  if (paths.empty())
    return error("no calibration data given (data=FILE.npz,... or DIR)");

  std::vector<Sample> samples;
  for (const std::string &path : paths) {
    auto arrays = readFile(func, path);
    if (!arrays)
      return arrays.takeError();
    int64_t count = -1;
    for (unsigned i = 0; i < arrays->size(); ++i) {
      const HostTensor &array = (*arrays)[i];
      std::string name = interp::getArgumentName(func, i);
      auto type = dyn_cast<RankedTensorType>(func.getArgumentTypes()[i]);
      if (!type || !type.hasStaticShape())
        return error("argument '" + name + "' needs a static shape");
      if (array.getElementType() != type.getElementType()) {
        std::string text;
        llvm::raw_string_ostream os(text);
        os << "'" << path << "': argument '" << name
           << "': expected element type " << type.getElementType() << " ("
           << interp::getNpyDtype(type.getElementType()) << "), got "
           << array.getElementType();
        return error(text);
      }
      int64_t n = countSamples(array, type);
      bool single = array.getShape() == type.getShape();
      if (n == 0 || (requireStacked && single))
        return error("'" + path + "': argument '" + name + "': expected " +
                     (requireStacked ? "" : "shape " +
                                                formatShape(type.getShape()) +
                                                " (one sample) or ") +
                     "a stack [N, " +
                     formatShape(type.getShape()).substr(1) +
                     " or [k*" + formatShape(type.getShape()).substr(1) +
                     ", got " + formatShape(array.getShape()));
      if (count >= 0 && n != count)
        return error("'" + path + "': argument '" + name + "' holds " +
                     llvm::Twine(n) + " samples, the previous ones " +
                     llvm::Twine(count));
      count = n;
    }
    for (int64_t s = 0; s < count; ++s) {
      Sample sample;
      for (unsigned i = 0; i < arrays->size(); ++i) {
        auto type = cast<RankedTensorType>(func.getArgumentTypes()[i]);
        HostTensor tensor(type.getElementType(), type.getShape());
        size_t bytes = tensor.getBytes().size();
        std::memcpy(tensor.getMutableBytes().data(),
                    (*arrays)[i].getBytes().data() + s * bytes, bytes);
        sample.push_back(std::move(tensor));
      }
      samples.push_back(std::move(sample));
    }
  }
  return samples;
}
