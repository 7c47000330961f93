#!/bin/sh
# Regenerates every picture that README.md shows, with the GUI's own command line, offscreen.
#
#   docs/make-screenshots.sh [path/to/ackademy]
#
# The default binary is build/release/app/ackademy. The pictures go to docs/images/ at 1920x1080
# (the projector the classroom has). Each is re-compressed losslessly when optipng is installed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../build/release/app/ackademy}
out=$here/images
size=1920x1080
export QT_QPA_PLATFORM=offscreen
mkdir -p "$out"

shot() {
    name=$1
    shift
    "$bin" "$@" --size "$size" --screenshot "$out/$name.png" || return 1
    if command -v optipng >/dev/null 2>&1; then optipng -quiet "$out/$name.png"; fi
    echo "docs/images/$name.png"
}

# The main window on "SYN-ACK lost", at the end: the lost SYN,ACK, both retransmissions.
shot main-light synack-lost --end --theme light
shot main-dark synack-lost --end --theme dark
# The packet inspector on the textbook SYN (the first segment on the wire).
# (Skipped with a note by a build without the inspector panel.)
shot inspector handshake --step 1 --select 1 --panel inspector --theme light ||
    echo "no inspector panel in $bin: docs/images/inspector.png not made" >&2
# Presentation mode, as projected: just after the SYN,ACK is lost.
shot presentation synack-lost --step 3 --presentation --theme light
# The main window in each shipped translation (README, "Languages"; docs/translating.md).
for lang in zh_CN de es fr; do
    shot "lang-$lang" synack-lost --end --theme light --lang "$lang"
done
