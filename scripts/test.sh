#!/usr/bin/env bash
# The whole test suite: install what is missing, build (Debug, -Werror), run every test.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
jobs=$(nproc)
cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"
