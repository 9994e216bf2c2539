#!/bin/sh
# The side-by-side benchmark (`make bench`): builds quotemark natively (release) and for wasm, makes
# the corpus, runs quotemark native, quotemark wasm in Node, compromise and wink-nlp over 100 KB,
# 1 MB and 10 MB of news text, and prints one markdown table (also in bench/out/results.md).
#   bench/run.sh                      everything (a few minutes on 2 cores)
#   bench/run.sh --sizes 100k,1m      options go to bench/run.mjs; see bench/README.md
# Needs cargo, Node and npm; scripts/setup.sh adds the wasm32 target and the wasm-bindgen CLI.
set -eu
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*" >&2; }

# The wasm32 target and the pinned wasm-bindgen CLI, when missing (scripts/setup.sh is idempotent).
if [ -f scripts/setup.sh ]; then
    sh scripts/setup.sh >&2
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f bench/node_modules/.package-lock.json ] ||
    [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
    step "npm ci (bench/: compromise, compromise-dates, wink-nlp, wink-eng-lite-web-model)"
    (cd bench && npm ci --no-audit --no-fund) >&2
fi

step "cargo build --release --example throughput"
cargo build --release --example throughput >&2
native="${CARGO_TARGET_DIR:-target}/release/examples/throughput"

if [ -x scripts/build-wasm.sh ] || [ -f scripts/build-wasm.sh ]; then
    step "scripts/build-wasm.sh (the page's wasm build, into www/pkg)"
    # The script reads its module from ./target, so build there.
    env -u CARGO_TARGET_DIR sh scripts/build-wasm.sh >&2
    pkg=www/pkg
else
    step "wasm build into a temporary folder (no scripts/build-wasm.sh)"
    pkg=$(mktemp -d)
    trap 'rm -rf "$pkg"' EXIT
    cargo build --release --target wasm32-unknown-unknown --lib --features wasm >&2
    wasm-bindgen --target web --out-dir "$pkg" --remove-name-section \
        "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/quotemark.wasm" >&2
fi

step "node bench/make-corpus.mjs"
node bench/make-corpus.mjs >&2

step "running (each tool and size in a fresh process)"
node bench/run.mjs --native "$native" --pkg "$pkg" "$@"
