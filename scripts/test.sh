#!/usr/bin/env bash
# The whole test suite: install what is missing, build (Debug, -Werror), run every test;
# then build the core, the CLI and their tests with ASan+UBSan and run those too.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
jobs=$(nproc)

echo "== dev: Debug build with -Werror, every test"
cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"

echo "== asan: core, CLI and their tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake --preset asan
cmake --build --preset asan -j "$jobs"
ctest --preset asan -j "$jobs"
