#!/bin/sh
# Optimises a wasm-bindgen module in place: wasm-opt -O3 -ocimfs 0 (binaryen 132 from npm, pinned
# by this folder's package-lock.json and installed here on first use). The measurements are in
# scripts/build-wasm.sh; scripts/build-npm.sh runs the same, so the package's module is the page's.
#   scripts/wasm-opt/run.sh FILE.wasm     (QUOTEMARK_WASM_OPT=0: leaves FILE as it is)
set -eu
wasm=$1
[ "${QUOTEMARK_WASM_OPT:-1}" != 0 ] || exit 0
here=$(dirname "$0")
wasm_opt=$here/node_modules/.bin/wasm-opt
if [ ! -x "$wasm_opt" ]; then
    printf '== npm ci (scripts/wasm-opt: binaryen)\n'
    (cd "$here" && npm ci --no-audit --no-fund)
fi
printf '== wasm-opt -O3 -ocimfs 0 %s\n' "$wasm"
"$wasm_opt" -O3 -ocimfs 0 "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
