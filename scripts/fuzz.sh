#!/usr/bin/env bash
# Runs one libFuzzer target for a number of seconds on a copy of its seed corpus.
#   scripts/fuzz.sh decode 30      # targets: the folders of tests/fuzz/corpus
#   (decode, scenario, segment_match, host_rx)
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ $# -ne 2 || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS   (TARGET: $(ls tests/fuzz/corpus | tr '\n' ' '))" >&2
  exit 2
fi
target=$1
seconds=$2
if [[ ! -d "tests/fuzz/corpus/$target" ]]; then
  echo "scripts/fuzz.sh: unknown target '$target'; expected one of: $(ls tests/fuzz/corpus | tr '\n' ' ')" >&2
  exit 2
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target "fuzz_$target" -j "$(nproc)"

# Fuzz a copy, so the checked-in seeds never grow; crashes land in the work directory.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "tests/fuzz/corpus/$target" "$work/corpus"
mkdir -p "$work/artifacts"
if ! "build/fuzz/tests/fuzz/fuzz_$target" "$work/corpus" -max_total_time="$seconds" \
    -artifact_prefix="$work/artifacts/" -print_final_stats=1 2>&1 | tail -n 25; then
  mkdir -p fuzz-findings
  cp "$work"/artifacts/* fuzz-findings/ 2>/dev/null || true
  echo "scripts/fuzz.sh: fuzz_$target found a problem; inputs copied to fuzz-findings/" >&2
  exit 1
fi
