#!/usr/bin/env bash
# Install what is missing, build Ackademy (Release), then start the GUI.
# Arguments are passed on to `ackademy`, e.g. scripts/run.sh syn-lost --theme dark
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/bootstrap.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"
exec build/release/app/ackademy "$@"
