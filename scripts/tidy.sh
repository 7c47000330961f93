#!/usr/bin/env bash
# clang-tidy (the checks in .clang-tidy) over every source file of core/, ui/ and app/ and the
# project headers they include. Any warning is an error: the script prints it and exits 1.
#   scripts/tidy.sh [BUILD_DIR]     # default build/dev; it must have been built (Qt's moc
#                                   # output is included by the GUI sources)
# The compile database comes from GCC; clang-tidy (clang 14) is told to ignore the warning
# flags it does not know (-Wuseless-cast, -Wduplicated-cond, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${1:-build/dev}

if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "scripts/tidy.sh: $build/compile_commands.json not found; configure and build $build first" >&2
  exit 2
fi

mapfile -t files < <(python3 - "$build/compile_commands.json" "$root" <<'EOF'
import json, sys
root = sys.argv[2].rstrip('/') + '/'
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = entry['file']
    rel = path[len(root):] if path.startswith(root) else None
    if rel and rel.split('/')[0] in ('core', 'ui', 'app') and rel not in seen:
        seen.add(rel)
        print(rel)
EOF
)
if ((${#files[@]} == 0)); then
  echo "scripts/tidy.sh: no core/, ui/ or app/ sources in $build/compile_commands.json" >&2
  exit 2
fi

echo "tidy: ${#files[@]} files with $(nproc) jobs"
start=$SECONDS
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -n 1 -P "$(nproc)" clang-tidy -p "$build" --quiet --warnings-as-errors='*' \
    --header-filter="^$root/(core|ui|app)/" --extra-arg=-Wno-unknown-warning-option \
    >"$out" 2>&1 || status=$?
# Keep the findings and their notes; drop clang-tidy's "N warnings generated" chatter.
grep -vE '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing' "$out" || true
findings=$(grep -cE '(warning|error): ' "$out" || true)
echo "tidy: $findings findings in $((SECONDS - start)) s"
if ((status != 0 || findings != 0)); then
  echo "scripts/tidy.sh: clang-tidy reported problems (see above)" >&2
  exit 1
fi
