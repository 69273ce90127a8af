#!/usr/bin/env bash
# Started by `./run demo`: the sandbox issuer, then the app against it.
set -euo pipefail
BUILD_DIR=$1; shift
if [ ! -x "$BUILD_DIR/sandbox/meisai-sandbox" ] || [ ! -x "$BUILD_DIR/app/meisai" ]; then
  echo "The demo needs the sandbox issuer and the desktop app, which are not built yet." >&2
  echo "What works today: ./run test (the vault and its tests)." >&2
  exit 2
fi
