#!/bin/sh
# The crash loop: builds the casework-crashtest helper and runs the test that kill -9s it mid-save.
#   scripts/crashloop.sh [KILLS] [MAX_DELAY_MS]      (defaults: 1000 kills, 0-40 ms after the helper is ready)
#   CASEWORK_CRASH_PLAIN=1 scripts/crashloop.sh      the same loop on an unencrypted store
# About 60-80 s for 1000 kills on a shared 2-core machine.
set -eu
cd "$(dirname "$0")/.."
swift build --build-tests
CASEWORK_CRASH_KILLS="${1:-1000}" CASEWORK_CRASH_MAX_DELAY_MS="${2:-40}" \
    swift test --skip-build --filter CrashLoopTests
