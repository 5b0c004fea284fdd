#!/usr/bin/env bash
# Fills a store with generated fictional cases (default 200) for `casework stats`:
#   scripts/make-fictional-store.sh /tmp/demo-store 250
#   .build/debug/casework stats --store /tmp/demo-store
set -euo pipefail
cd "$(dirname "$0")/.."
store="${1:?usage: make-fictional-store.sh STORE [COUNT]}"
count="${2:-200}"
swift build --product casework >/dev/null
.build/debug/casework generate-fictional --store "$store" --count "$count"
