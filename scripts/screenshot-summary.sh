#!/usr/bin/env bash
# Renders a fictional case's multi-agency summary as HTML and screenshots it with headless Chromium, to
# show the page renders and prints cleanly. Writes docs/summary-html.png (and docs/summary-example.html).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product casework >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
store="$work/store"
ref=$(scripts/make-fictional-case.sh "$store")
.build/debug/casework summary "$ref" --store "$store" --for channel-panel --format html --include-special-category -o "$work/summary.html" 2>/dev/null
cp "$work/summary.html" docs/summary-example.html
chmod 0644 docs/summary-example.html

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-noto-cjk
    browser=$(command -v chromium)
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$PWD/docs/summary-html.png" \
    --window-size=1000,1400 "file://$work/summary.html"
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/summary.pdf" "file://$work/summary.html" 2>/dev/null || true
if [ -f "$work/summary.pdf" ] && command -v pdfinfo >/dev/null; then pdfinfo "$work/summary.pdf" | grep -E "Pages|Page size"; fi
echo "Wrote docs/summary-html.png for case $ref"
