// Runs a .circle/.tflite model in LiteRT.js (Google's TFLite runtime built to
// WebAssembly, npm @litertjs/core) under Node, without a browser:
//
//   node run-litert.mjs MODEL INPUT0.npy [INPUT1.npy ...] --output-dir DIR
//
// Inputs are given in signature order; each output is written to
// DIR/<index>.npy (raw storage integers for quantized tensors) and its
// signature name to line <index> of DIR/names.txt. A .circle file is made
// TFLite-readable in memory (file identifier "CIR0" -> "TFL3", schema
// version 3, see withSchemaVersion3); the file on disk is not touched.
//
// Exit codes: 0 ok, 1 error (including any "ERROR:" line the runtime logs,
// which is how TFLite reports kernel failures), 77 the package is not
// installed (run scripts/install-oracles.sh).

import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import {createRequire} from 'node:module';
import {fileURLToPath, pathToFileURL} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const coreDir = path.join(here, 'node_modules', '@litertjs', 'core');
const SKIP = 77;

function die(message, code = 1) {
  process.stderr.write(`run-litert: error: ${message}\n`);
  process.exit(code);
}

// ---------------------------------------------------------------- .npy ---

// numpy dtype <-> LiteRT ElementType.
const DTYPES = [
  {descr: '<f4', element: 1},
  {descr: '<i4', element: 2},
  {descr: '|u1', element: 3},
  {descr: '<i8', element: 4},
  {descr: '|b1', element: 6},
  {descr: '<i2', element: 7},
  {descr: '|i1', element: 9},
];
const byDescr = (d) =>
  DTYPES.find((t) => t.descr === d.replace(/^[=]/, '<').replace(/^<(u1|i1|b1)$/, '|$1'));
const byElement = (e) => DTYPES.find((t) => t.element === e);

function readNpy(file) {
  if (!fs.existsSync(file)) die(`cannot open '${file}'`);
  const bytes = fs.readFileSync(file);
  if (bytes.toString('latin1', 0, 6) !== '\x93NUMPY')
    die(`${file}: not a .npy file`);
  const major = bytes[6];
  const headerLen = major === 1 ? bytes.readUInt16LE(8) : bytes.readUInt32LE(8);
  const start = major === 1 ? 10 : 12;
  const header = bytes.toString('latin1', start, start + headerLen);
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const fortran = /'fortran_order':\s*True/.test(header);
  const shapeText = /'shape':\s*\(([^)]*)\)/.exec(header)?.[1];
  const type = descr && byDescr(descr);
  if (!type) die(`${file}: unsupported dtype '${descr}'`);
  if (fortran) die(`${file}: fortran order is not supported`);
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s)
                    .map(Number);
  const data = bytes.subarray(start + headerLen);
  return {type, shape, data};
}

function writeNpy(file, descr, shape, data) {
  const shapeText = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${shapeText}), }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const prefix = Buffer.alloc(10);
  prefix.write('\x93NUMPY', 0, 'latin1');
  prefix[6] = 1;
  prefix[7] = 0;
  prefix.writeUInt16LE(header.length, 8);
  fs.writeFileSync(file, Buffer.concat([prefix, Buffer.from(header, 'latin1'), data]));
}

// ------------------------------------------------------------ arguments ---

const args = process.argv.slice(2);
let outputDir;
const positional = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--output-dir') outputDir = args[++i];
  else positional.push(args[i]);
}
if (positional.length < 1 || !outputDir)
  die('usage: run-litert.mjs MODEL [INPUT.npy ...] --output-dir DIR');
const [modelPath, ...inputFiles] = positional;

if (!fs.existsSync(path.join(coreDir, 'package.json')))
  die(`@litertjs/core is not installed in ${here}/node_modules ` +
      '(run scripts/install-oracles.sh)', SKIP);

// ------------------------------------------------------- runtime loader ---

// The package loads its Emscripten glue with importScripts() (a worker) or a
// <script> tag (a page). The glue itself is UMD and supports Node, but sits
// in a "type": "module" package, so require() would treat it as ESM: the
// shim evaluates it as CommonJS itself and hands the factory over the way
// the browser path does (self.ModuleFactory, self.Module).
const errors = [];
const log = (stream) => (text) => {
  if (/\bERROR:/.test(text)) errors.push(text);
  stream.write(text + '\n');
};
const require = createRequire(import.meta.url);
globalThis.self = globalThis;
globalThis.importScripts = (url) => {
  const file = fileURLToPath(url);
  const module = {exports: {}};
  vm.compileFunction(fs.readFileSync(file, 'utf8'),
                     ['module', 'exports', 'require', '__filename', '__dirname'],
                     {filename: file})(module, module.exports, require, file,
                                       path.dirname(file));
  globalThis.ModuleFactory = module.exports;
  globalThis.Module = {print: log(process.stdout), printErr: log(process.stderr)};
};
// No WebGPU under Node: the default environment is CPU-only. The package
// warns about the missing device once; that warning is noise here.
const warn = console.warn;
console.warn = (...a) => {
  if (!String(a[0]).includes('WebGPU')) warn(...a);
};

const {loadLiteRt} = await import(pathToFileURL(path.join(coreDir, 'dist', 'index.js')));
const liteRt = await loadLiteRt(pathToFileURL(path.join(coreDir, 'wasm')).href + '/');
const wasm = liteRt.liteRtWasm;

// ------------------------------------------------------------------ run ---

// TFLite also rejects any schema version but 3, and Circle writes 0, which
// FlatBuffers omit as the default, so there is no field to patch in place.
// Instead a new root table, a copy of the Model table with version = 3, is
// inserted right after the 8-byte header. All its fields but the version
// are forward offsets, which stay forward from there; the old data moves by
// a multiple of 16 bytes, which keeps every alignment (Buffer.data is
// 16-aligned), and all offsets inside it are relative. (Circle's > 2 GiB
// mode stores absolute Buffer.offset values; such models are not handled.)
function withSchemaVersion3(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const root = view.getUint32(0, true);
  if (root + 4 > bytes.length) die(`${modelPath}: not a flatbuffer`);
  const vtable = root - view.getInt32(root, true);
  if (vtable < 0 || vtable + 4 > bytes.length) die(`${modelPath}: not a flatbuffer`);
  const vtableSize = view.getUint16(vtable, true);
  const numFields = (vtableSize - 4) / 2;
  const fieldAt = (i) => view.getUint16(vtable + 4 + 2 * i, true);
  if (numFields > 0 && fieldAt(0) !== 0) {
    view.setUint32(root + fieldAt(0), 3, true); // a stored version: patch it
    return bytes;
  }
  // Field 0 is the version; every other Model field is an offset.
  const targets = []; // [field index, absolute target] per present field
  for (let i = 1; i < numFields; ++i)
    if (fieldAt(i)) targets.push([i, root + fieldAt(i) + view.getUint32(root + fieldAt(i), true)]);
  const newFields = Math.max(numFields, 1);
  const newVtableSize = 4 + 2 * newFields;
  const vtablePos = 8;
  const tablePos = (vtablePos + newVtableSize + 3) & ~3;
  const tableSize = 4 + 4 + 4 * targets.length;
  const chunk = ((tablePos + tableSize - 8 + 15) & ~15); // bytes inserted
  const out = new Uint8Array(bytes.length + chunk);
  const o = new DataView(out.buffer);
  out.set(bytes.subarray(8), 8 + chunk);
  out.set(bytes.subarray(4, 8), 4);
  o.setUint32(0, tablePos, true);
  o.setUint16(vtablePos, newVtableSize, true);
  o.setUint16(vtablePos + 2, tableSize, true);
  o.setUint16(vtablePos + 4, 4, true); // version right after the soffset
  o.setInt32(tablePos, tablePos - vtablePos, true);
  o.setUint32(tablePos + 4, 3, true);
  targets.forEach(([i, target], k) => {
    const at = tablePos + 8 + 4 * k;
    o.setUint16(vtablePos + 4 + 2 * i, 8 + 4 * k, true);
    o.setUint32(at, target + chunk - at, true);
  });
  return out;
}

if (!fs.existsSync(modelPath)) die(`cannot open '${modelPath}'`);
let modelBytes = new Uint8Array(fs.readFileSync(modelPath));
if (modelBytes.length < 16) die(`${modelPath}: not a flatbuffer`);
const ident = Buffer.from(modelBytes.subarray(4, 8)).toString('latin1');
if (ident === 'CIR0') modelBytes.set(Buffer.from('TFL3', 'latin1'), 4);
else if (ident !== 'TFL3') die(`${modelPath}: unknown file identifier '${ident}'`);
modelBytes = withSchemaVersion3(modelBytes);

// The package's CompiledModel wrapper only knows float32/int32/uint8
// tensors, so the shim drives the Wasm bindings it wraps directly.
const environment = liteRt.getDefaultEnvironment();
const env = environment.liteRtEnvironment;
const modelPtr = wasm._malloc(modelBytes.byteLength);
wasm.HEAPU8.set(modelBytes, modelPtr);
const model = wasm.loadModel(env, modelPtr, modelBytes.byteLength);
const liteRtCompiled = await wasm.compileModel(env, model, {
  environment,
  accelerator: 'wasm',
  cpuOptions: {numThreads: 1},
  gpuOptions: {},
  webNNOptions: {},
});
if (errors.length) die(`the runtime logged ${errors.length} error(s)`);
const signature = 0;
const sig = model.getSignature(signature);
const numInputs = sig.inputNames().size();
const numOutputs = sig.outputNames().size();
if (inputFiles.length !== numInputs)
  die(`expected ${numInputs} input file(s), got ${inputFiles.length}`);

const buffers = [];
for (let i = 0; i < numInputs; ++i) {
  const npy = readNpy(inputFiles[i]);
  const want = model.getInputTensorType(signature, i);
  const element = want.elementType().value;
  const dims = [];
  const wantDims = want.layout().dimensions();
  for (let d = 0; d < wantDims.size(); ++d) dims.push(wantDims.get(d));
  if (npy.type.element !== element)
    die(`input ${i}: ${inputFiles[i]} has dtype ${npy.type.descr}, the model ` +
        `expects element type ${element}`);
  if (dims.join(',') !== npy.shape.join(','))
    die(`input ${i}: ${inputFiles[i]} has shape [${npy.shape}], the model ` +
        `expects [${dims}]`);
  if (npy.data.length !== want.bytes())
    die(`input ${i}: expected ${want.bytes()} bytes, got ${npy.data.length}`);
  const buffer = wasm.LiteRtTensorBuffer.createManaged(
      env, wasm.LiteRtTensorBufferType.HOST_MEMORY, want, want.bytes());
  const ptr = buffer.lock(wasm.LiteRtTensorBufferLockMode.WRITE);
  wasm.HEAPU8.set(npy.data, ptr);
  buffer.unlock();
  buffers.push(buffer);
}

const outputs = await liteRtCompiled.run(signature, buffers);
if (errors.length) die(`the runtime logged ${errors.length} error(s)`);
fs.mkdirSync(outputDir, {recursive: true});
for (let i = 0; i < numOutputs; ++i) {
  const buffer = outputs[i];
  const tensorType = buffer.tensorType();
  const type = byElement(tensorType.elementType().value);
  if (!type) die(`output ${i}: unsupported element type ${tensorType.elementType().value}`);
  const layout = tensorType.layout();
  const shape = [];
  const dims = layout.dimensions();
  for (let d = 0; d < dims.size(); ++d) shape.push(dims.get(d));
  const size = tensorType.bytes();
  const ptr = buffer.lock(wasm.LiteRtTensorBufferLockMode.READ);
  const data = Buffer.from(wasm.HEAPU8.slice(ptr, ptr + size));
  buffer.unlock();
  writeNpy(path.join(outputDir, `${i}.npy`), type.descr, shape, data);
}
// The signature's output names, in the order of the files, so a caller can
// check it pairs the right tensors.
const names = sig.outputNames();
const nameList = [];
for (let i = 0; i < names.size(); ++i) nameList.push(names.get(i));
fs.writeFileSync(path.join(outputDir, 'names.txt'), nameList.join('\n') + '\n');
if (errors.length) die(`the runtime logged ${errors.length} error(s)`);
