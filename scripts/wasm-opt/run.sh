#!/bin/sh
# Optimises a wasm-bindgen module in place: wasm-opt -O3 -ocimfs 0 --low-memory-unused (binaryen
# 132 from npm, pinned
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
# --low-memory-unused: binaryen may fold a constant added to an address into the load's or store's
# offset, which differs only when the sum wraps past 4 GiB into the low 1 KiB; Rust's pointers
# into the module's memory (under 70 MiB) never wrap. 2026-12-07 (helper siz60): 4.7 KB less raw,
# gzip -9 561,924 -> 559,405 B, zlib 9 556,562 -> 555,656 B; the same JSON (tests/determinism.mjs)
# and Node speed.
printf '== wasm-opt -O3 -ocimfs 0 --low-memory-unused %s\n' "$wasm"
"$wasm_opt" -O3 -ocimfs 0 --low-memory-unused "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
