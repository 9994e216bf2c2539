#!/bin/sh
# Runs every test: lints, native unit and integration tests, docs, quality floors, the output
# contract (contract.schema.json), the wasm build and its tests in Node and headless Chromium, the
# page's tests, and packaging (the crate, and the npm and Python packages:
# scripts/test-packages.sh).
# Installs what is missing first (scripts/setup.sh --browser). Safe to run again.
#   scripts/test.sh            everything
#   scripts/test.sh --native   skip the browser, wasm and package steps (a quick local loop)
set -eu
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

native_only=false
[ "${1:-}" = "--native" ] && native_only=true

if $native_only; then scripts/setup.sh --tests; else scripts/setup.sh --browser; fi

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all targets, warnings denied)"
cargo clippy --all-targets -- -D warnings
cargo clippy --lib --target wasm32-unknown-unknown --no-default-features --features wasm -- -D warnings

step "cargo test (unit, integration, doc tests)"
cargo test

step "cargo test --release (timing-ratio and large-input tests run optimised too)"
# Ignored tests run here too, except the known bugs (src/attribution/tests.rs, `known_bug_*`:
# each pins what a user should see once the bug is fixed, with the bug in its ignore reason).
cargo test --release -- --include-ignored --skip known_bug_

step "cargo doc (rustdoc warnings denied)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "quality on the gold corpora (figures quoted in README.md)"
cargo run --release --quiet -- eval tests/data
cargo run --release --quiet -- eval tests/data/gum
# PolNeAR lives beside the checkout (../shared, as in CI), or where QUOTEMARK_SHARED points.
shared=${QUOTEMARK_SHARED:-../shared}
if [ -d "$shared/data/polnear" ]; then
    cargo run --release --quiet -- eval --polnear "$shared/data/polnear/dev"
    cargo run --release --quiet -- eval --polnear "$shared/data/polnear/train"
else
    echo "($shared/data/polnear is absent: PolNeAR not measured)"
fi

step "the entity model is what its retrain command writes (scripts/check-entity-model.sh; GUM from ../shared)"
QUOTEMARK_SHARED="$shared" scripts/check-entity-model.sh

step "quality floors (tests/quality.rs; PolNeAR when ../shared/data/polnear is present)"
cargo test --release --quiet --test quality -- --nocapture --test-threads 1

step "output contract: the CLI on every fixture and the TypeScript types against contract.schema.json (tests/contract)"
cargo build --release --quiet
node --test --test-reporter=spec tests/contract/cli.test.mjs tests/contract/ts-types.test.mjs

step "the fuzz targets compile (cargo-fuzz crate in fuzz/; make fuzz runs them)"
cargo check --quiet --manifest-path fuzz/Cargo.toml

step "cargo package includes build.rs and data/"
list=$(cargo package --list --allow-dirty)
echo "$list" | grep -qx build.rs
echo "$list" | grep -q '^data/'

if ! $native_only; then
    scripts/test-web.sh
    if [ -x scripts/test-determinism.sh ]; then
        scripts/test-determinism.sh
    fi
    scripts/test-packages.sh
fi

printf '\n== all tests passed\n'
