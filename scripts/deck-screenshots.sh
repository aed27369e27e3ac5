#!/usr/bin/env sh
# Renders the browser copy of the deck (werkboek present --html) in a real, headless Chromium
# and takes screenshots of four slides: the first, the overview, a model and the last. Run by
# hand or by CI where Chromium is installed; without it, it says so and stops (status 0).
#
#   scripts/deck-screenshots.sh [OUT-DIR] [nl|en]      (default: target/deck-screenshots, nl)
set -eu
cd "$(dirname "$0")/.."
out="${1:-target/deck-screenshots}"
lang="${2:-nl}"
browser=""
for b in chromium chromium-browser google-chrome; do
    if command -v "$b" >/dev/null 2>&1; then browser="$b"; break; fi
done
if [ -z "$browser" ]; then
    echo "deck-screenshots: no Chromium here (apt-get install chromium); skipped"
    exit 0
fi
mkdir -p "$out"
out="$(cd "$out" && pwd)"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
cargo build --quiet --release
./target/release/werkboek --data-dir "$data" --lang "$lang" present --html "$out/deck.html" --force
last="$(grep -o 'data-count="[0-9]*"' "$out/deck.html" | grep -o '[0-9]*')"
for shot in "first:1" "overview:overzicht" "model:evaluatieniveaus" "compare:sleutel-4/vergelijking" "last:$last"; do
    name="${shot%%:*}"
    at="${shot#*:}"
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --window-size=1280,720 --virtual-time-budget=2000 \
        --screenshot="$out/$name.png" "file://$out/deck.html#$at" >/dev/null 2>&1
    if [ ! -s "$out/$name.png" ]; then
        echo "deck-screenshots: no screenshot of $at" >&2
        exit 1
    fi
    echo "$out/$name.png (#$at)"
done
