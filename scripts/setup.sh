#!/bin/sh
# Installs what the build and tests need, when it is missing; safe to run again.
#   scripts/setup.sh            Rust wasm target and the wasm-bindgen CLI matching Cargo.lock
#   scripts/setup.sh --tests    also the npm packages of the native tests (tests/contract: ajv)
#   scripts/setup.sh --browser  also Chromium + ChromeDriver (Debian packages) and every npm test tool
set -eu
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    step "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must be exactly the version Cargo.lock pins, or it refuses the module.
[ -f Cargo.lock ] || cargo generate-lockfile
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
    step "installing wasm-bindgen-cli $want (about 5 minutes, once)"
    cargo install wasm-bindgen-cli --version "$want" --locked
fi

if [ "${1:-}" = "--tests" ] || [ "${1:-}" = "--browser" ]; then
    if [ -f tests/contract/package-lock.json ] && [ ! -d tests/contract/node_modules ]; then
        step "installing the contract tests' npm packages (tests/contract)"
        (cd tests/contract && npm ci --no-audit --no-fund)
    fi
fi

if [ "${1:-}" = "--browser" ]; then
    if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
        step "installing Chromium and ChromeDriver (Debian packages)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q chromium chromium-driver
    fi
    if [ -f tests/e2e/package-lock.json ] && { [ ! -d tests/e2e/node_modules/playwright-core ] ||
        [ ! -d tests/e2e/node_modules/axe-core ]; }; then
        step "installing the page tests' npm packages"
        (cd tests/e2e && npm ci --no-audit --no-fund)
    fi
fi
