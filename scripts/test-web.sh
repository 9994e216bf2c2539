#!/bin/sh
# The web side's tests: wasm build + size budget, wasm tests in Node and headless Chromium,
# node --test for the page's modules, the wasm output against contract.schema.json, and the page's
# end-to-end test in headless Chromium.
#   scripts/test-web.sh          everything (installs what is missing via scripts/setup.sh --browser)
# Screenshots go to test-output/ (gitignored).
set -eu
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

scripts/setup.sh --browser
if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    step "npm ci (tests/e2e)"
    (cd tests/e2e && npm ci --no-audit --no-fund)
fi
if [ ! -d tests/contract/node_modules/ajv ]; then
    step "npm ci (tests/contract)"
    (cd tests/contract && npm ci --no-audit --no-fund)
fi

step "wasm build and size budget (scripts/build-wasm.sh)"
scripts/build-wasm.sh

# The wasm test runner and Chromium leave folders in TMPDIR: give them a private one.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/quotemark-web.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

step "wasm tests in Node (tests/web.rs)"
TMPDIR=$tmp cargo test --target wasm32-unknown-unknown --no-default-features --features wasm --test web

step "wasm tests in headless Chromium (tests/web.rs)"
TMPDIR=$tmp WASM_BINDGEN_USE_BROWSER=1 \
    cargo test --target wasm32-unknown-unknown --no-default-features --features wasm --test web

step "node --test www/test/*.test.js"
node --test www/test/*.test.js

step "wasm output against contract.schema.json (tests/contract/wasm.test.mjs)"
node --test --test-reporter=spec tests/contract/wasm.test.mjs

step "page end-to-end test in headless Chromium (tests/e2e)"
(cd tests/e2e && TMPDIR=$tmp node page.test.js)
