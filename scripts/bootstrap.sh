#!/usr/bin/env bash
# Installs the Debian packages Ackademy needs to build, test and run.
# Idempotent: it asks dpkg which packages are missing and installs only those.
set -euo pipefail

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config ccache git
  clang clang-tidy clang-format libclang-rt-14-dev
  # libraries
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n  # Qt's own strings (qtbase_*.qm: dialog buttons, context menus) in each language
  libgl-dev libxkbcommon-dev
  libboost-dev nlohmann-json3-dev libpcap-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  # test and run-time tools
  tcpdump tshark xvfb xauth fonts-wqy-microhei fonts-dejavu-core
  appstream desktop-file-utils valgrind iproute2
)

say() { printf 'bootstrap: %s\n' "$*"; }

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  say "this system has no apt-get/dpkg; Ackademy's scripts support Debian 12 and Ubuntu 24.04." >&2
  say "install these packages (or your distribution's equivalents) by hand, then run the script again:" >&2
  printf '  %s\n' "${PACKAGES[@]}" >&2
  exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  say "all ${#PACKAGES[@]} packages are installed"
  exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO=(sudo)
  else
    say "missing packages: ${missing[*]}" >&2
    say "not root and no sudo: install them as root, then run this script again" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
# tshark asks whether non-root users may capture; answer "no" so the install never prompts.
echo "wireshark-common wireshark-common/install-setuid boolean false" | "${SUDO[@]}" debconf-set-selections

say "missing: ${missing[*]}"
say "running: apt-get update"
"${SUDO[@]}" apt-get update -qq
say "running: apt-get install --no-install-recommends ${missing[*]}"
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
say "done"
