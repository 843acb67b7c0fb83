# -*- Python -*-
# lit configuration for the tico regression tests.

import os

import lit.formats
import lit.util
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "TICO"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test"]
config.excludes = ["Inputs", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.tico_obj_root, "test")

config.substitutions.append(("%shlibext", config.llvm_shlib_ext))
config.substitutions.append(("%tico_libs", config.tico_libs_dir))
config.substitutions.append(("%tico_src", config.tico_src_root))
config.substitutions.append(("%tico_cmake", config.cmake_command))
config.substitutions.append(("%tico_generator", config.cmake_generator))
config.substitutions.append(("%cxx", config.cxx_compiler))
config.substitutions.append(("%tico_obj", config.tico_obj_root))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP", "CCACHE_DIR",
                                     "ASAN_OPTIONS", "UBSAN_OPTIONS"])
llvm_config.use_default_substitutions()
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.tico_tools_dir, append_path=True)

import subprocess
import sys

# The upstream mlir-opt that loads our plugin.
upstream_mlir_opt = os.path.join(config.llvm_tools_dir, "mlir-opt")
if os.path.exists(upstream_mlir_opt):
    config.available_features.add("upstream-mlir-opt")
# Sanitizer builds (TICO_ENABLE_SANITIZERS or TICO_BUILD_FUZZERS): Debian's mlir-opt is not
# instrumented, so the ASan runtime our plugin needs must be preloaded; a
# consumer of the installed libraries links the sanitizer runtimes.
sanitized = lit.util.pythonize_bool(getattr(config, "tico_sanitizers", "OFF"))
if sanitized:
    config.available_features.add("sanitizers")
    def compiler_output(*args):
        return subprocess.run([config.cxx_compiler, *args], capture_output=True,
                              text=True).stdout.strip()
    # gcc ships libasan.so; clang the shared libclang_rt.asan runtime.
    libasan = compiler_output("-print-file-name=libasan.so")
    if not os.path.isabs(libasan):
        libasan = os.path.join(compiler_output("-print-runtime-dir"),
                               "libclang_rt.asan-x86_64.so")
    # Leaks and new/free pairing inside the uninstrumented host are not ours.
    upstream_mlir_opt = ("env LD_PRELOAD=%s ASAN_OPTIONS=detect_leaks=0:"
                         "alloc_dealloc_mismatch=0 %s" % (libasan, upstream_mlir_opt))
config.substitutions.append(("%upstream_mlir_opt", upstream_mlir_opt))
config.substitutions.append(
    ("%tico_consumer_link_flags", getattr(config, "tico_consumer_link_flags", "")))

# The reference Circle schema sits in ../shared next to the checkout when the
# workplace provides it; tests that need it are skipped otherwise.
reference_schema = os.path.normpath(
    os.path.join(config.tico_src_root, "..", "shared", "reference", "circle_schema.fbs"))
if os.path.exists(reference_schema):
    config.available_features.add("reference-schema")
config.substitutions.append(("%reference_schema", reference_schema))

# A Python with numpy writes and checks .npy files in the interpreter tests.

numpy_python = None
for candidate in [sys.executable, "/usr/bin/python3"]:
    try:
        subprocess.run([candidate, "-c", "import numpy"], check=True,
                       capture_output=True)
        numpy_python = candidate
        break
    except (OSError, subprocess.CalledProcessError):
        pass
if numpy_python:
    config.available_features.add("numpy")
    config.substitutions.append(("%numpy_python", numpy_python))

tool_dirs = [config.tico_tools_dir, config.llvm_tools_dir]
tools = ["tico-opt", "tico-translate", "tico-circle", "tico-run", "tico-pass-check",
         "tico-convert"]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# The benchmark model generator (bench/) is not built with
# TICO_BUILD_BENCHMARKS=OFF; its smoke test is skipped then.
llm_gen = os.path.join(config.tico_tools_dir, "tico-llm-gen")
if os.path.exists(llm_gen):
    config.available_features.add("tico-llm-gen")
    config.substitutions.append(("tico-llm-gen", llm_gen))

# The ONNX corpus (test/Malformed/onnx.test) runs once tico-translate can
# read ONNX.
translate = os.path.join(config.tico_tools_dir, "tico-translate")
if os.path.exists(translate):
    help_text = subprocess.run([translate, "--help"], capture_output=True,
                               text=True).stdout
    if "--from-onnx" in help_text:
        config.available_features.add("onnx-import")
