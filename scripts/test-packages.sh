#!/bin/sh
# Builds and tests the three packages (scripts/test.sh runs it after the web tests):
#   1. the npm tarball (scripts/build-npm.sh), installed into a scratch app and loaded in Node, in
#      esbuild bundles for Node and the browser, by TypeScript, and in headless Chromium from a
#      static site and from the bundle (tests/packages/npm.test.mjs);
#   2. the JSONL batch mode: every npm and Python report is compared with
#      `quotemark analyze --jsonl` (its own tests, tests/batch.rs, run with `cargo test`);
#   3. the Python wheel (scripts/build-wheel.sh), installed into a fresh venv: its pytest suite and
#      the Dask example on a LocalCluster (python/tests).
# Installs what it needs once, from the registries: esbuild and TypeScript (tests/packages), maturin
# (target/py/build), pytest and Dask (target/py/test). Prints how long it took.
#   scripts/test-packages.sh
set -eu
cd "$(dirname "$0")/.."

started=$(date +%s)
step() { printf '\n== [%ss] %s\n' "$(($(date +%s) - started))" "$*"; }

if [ ! -x tests/packages/node_modules/.bin/esbuild ] || [ ! -x tests/packages/node_modules/.bin/tsc ]; then
    step "npm ci (tests/packages: esbuild, TypeScript)"
    (cd tests/packages && npm ci --no-audit --no-fund --ignore-scripts)
fi
if [ ! -d tests/e2e/node_modules/playwright-core ]; then
    step "npm ci (tests/e2e: playwright-core)"
    (cd tests/e2e && npm ci --no-audit --no-fund)
fi

step "the command line, release build (the reference for every report)"
cargo build --release --quiet
bin=$PWD/target/release/quotemark

# Chromium and the test runners leave folders in TMPDIR: give them a private one.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/quotemark-packages.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

step "npm package (scripts/build-npm.sh)"
scripts/build-npm.sh

step "npm package: Node, esbuild, TypeScript, headless Chromium (tests/packages/npm.test.mjs)"
TMPDIR=$tmp QUOTEMARK_BIN=$bin node --test --test-reporter=spec tests/packages/npm.test.mjs

step "Python binding: cargo fmt --check and clippy (python/, its own workspace)"
cargo fmt --manifest-path python/Cargo.toml -- --check
cargo clippy --quiet --manifest-path python/Cargo.toml -- -D warnings

step "Python wheel (scripts/build-wheel.sh)"
scripts/build-wheel.sh

tools=target/py/test
if ! cmp -s python/requirements-test.txt "$tools/requirements-test.txt"; then
    step "installing pytest and Dask from PyPI into $tools (once)"
    rm -rf "$tools"
    python3 -m venv "$tools"
    "$tools/bin/python" -m pip install --quiet --disable-pip-version-check -r python/requirements-test.txt
    cp python/requirements-test.txt "$tools/requirements-test.txt"
fi

step "the wheel in a fresh venv: pytest python/tests (with the Dask example)"
fresh=target/py/fresh
rm -rf "$fresh"
python3 -m venv --without-pip "$fresh"
"$tools/bin/python" -m pip --python "$fresh/bin/python" install --quiet --disable-pip-version-check \
    --no-deps --no-index dist/quotemark-*.whl
# The venv holds only the wheel; pytest and Dask are read from the test-tools venv.
site=$("$fresh/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
"$tools/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])' >"$site/test-tools.pth"
(cd python && TMPDIR=$tmp QUOTEMARK_BIN=$bin "../$fresh/bin/python" -m pytest -q -p no:cacheprovider tests)

printf '\n== packages built and tested in %s s\n' "$(($(date +%s) - started))"
