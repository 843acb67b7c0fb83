#!/usr/bin/env bash
# Builds tico-mlir with AddressSanitizer + UndefinedBehaviorSanitizer into
# build-asan/ (or $TICO_ASAN_BUILD_DIR) and runs the whole ctest suite under
# them; any report fails the run. Prints the build and test times.
#
#   scripts/test-sanitizers.sh [CTEST ARGS...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TICO_ASAN_BUILD_DIR:-$root/build-asan}
"$root/scripts/install-deps.sh"
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$root")}
start=$(date +%s)
if [[ ! -f "$build/build.ninja" ]]; then
  # -O1: sanitizer reports keep useful stacks; NDEBUG as in the libMLIR.so
  # build, whose headers lay out some classes differently without it.
  cmake -G Ninja -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DTICO_ENABLE_SANITIZERS=ON \
    -DTICO_BUILD_BENCHMARKS=OFF
fi
# tico-tblgen runs during the build with the sanitizers linked in; its
# leaks at exit are LLVM's TableGen records, not tico code.
ASAN_OPTIONS=detect_leaks=0 cmake --build "$build" -j "$(nproc)"
built=$(date +%s)
# LeakSanitizer stays on: tico code must not leak. Reports abort the
# process, so the test that triggered one fails.
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:abort_on_error=1:detect_leaks=1:allow_user_poisoning=0:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
status=0
ctest --test-dir "$build" -j "$(nproc)" --output-on-failure "$@" || status=$?
done=$(date +%s)
echo "sanitizer build: $((built - start)) s, ctest: $((done - built)) s"
exit $status
