#!/bin/sh
# Builds the wasm module and serves the page (www/) on 127.0.0.1.
#   scripts/serve.sh [PORT]     default port 8000
set -eu
cd "$(dirname "$0")/.."
port=${1:-8000}

scripts/setup.sh
scripts/build-wasm.sh

printf '\n== serving www/ at http://127.0.0.1:%s/  (Ctrl-C stops)\n' "$port"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory www
