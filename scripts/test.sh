#!/usr/bin/env bash
# The whole test suite: install what is missing, build (Debug, -Werror), run every test;
# then build the core, the CLI and their tests with ASan+UBSan and run those too; then the
# quality gates of docs/quality.md: clang-tidy with zero findings, a GUI session under valgrind
# with no leak, and every libFuzzer target for 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
jobs=$(nproc)

echo "== [${SECONDS} s] dev: Debug build with -Werror, every test"
cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"

echo "== [${SECONDS} s] asan: core, CLI and their tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"

echo "== [${SECONDS} s] clang-tidy: core/, ui/ and app/, zero findings"
scripts/tidy.sh build/dev

echo "== [${SECONDS} s] leak check: a whole GUI session under valgrind memcheck"
scripts/leakcheck.sh build/dev

echo "== [${SECONDS} s] fuzz: every libFuzzer target for 30 s"
for corpus in tests/fuzz/corpus/*/; do
  scripts/fuzz.sh "$(basename "$corpus")" 30
done

echo "== [${SECONDS} s] all passed"
