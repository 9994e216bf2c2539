#!/bin/sh
# Native vs wasm determinism (issue 7): builds the release CLI and the wasm module (www/pkg), then
# checks that both give byte-identical JSON on every fixture in every offset unit.
#   scripts/test-determinism.sh            build both, then compare
#   scripts/test-determinism.sh --no-build compare what is already built
set -eu
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    printf '\n== cargo build --release (the CLI)\n'
    cargo build --release --quiet
    printf '\n== wasm build (scripts/build-wasm.sh)\n'
    scripts/build-wasm.sh
fi

printf '\n== native vs wasm JSON (tests/determinism.mjs)\n'
node tests/determinism.mjs target/release/quotemark www/pkg/quotemark_bg.wasm
