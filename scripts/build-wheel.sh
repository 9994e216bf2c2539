#!/bin/sh
# Builds the Python wheel: dist/quotemark-<version>-cp310-abi3-<platform>.whl (`make wheel`).
#   scripts/build-wheel.sh
# One abi3 wheel serves CPython 3.10 and later. maturin, at the pinned version, is installed from
# PyPI into a venv under target/py/ the first time; python3 (3.10+, with venv) and Rust are all
# it needs. The binding is the crate in python/ (its own workspace: the root crate never sees PyO3).
set -eu
cd "$(dirname "$0")/.."

MATURIN_VERSION=1.16.0
venv=target/py/build

step() { printf '\n== %s\n' "$*"; }

if ! "$venv/bin/maturin" --version 2>/dev/null | grep -qx "maturin $MATURIN_VERSION"; then
    step "installing maturin $MATURIN_VERSION from PyPI into $venv (once)"
    rm -rf "$venv"
    python3 -m venv "$venv" || {
        echo "error: python3 -m venv failed (on Debian: apt-get install python3-venv)" >&2
        exit 1
    }
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "maturin==$MATURIN_VERSION"
fi

version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
binding=$(awk -F'"' '/^version = / { print $2; exit }' python/Cargo.toml)
if [ "$version" != "$binding" ]; then
    echo "error: python/Cargo.toml is at version $binding, the crate at $version: make them equal" >&2
    exit 1
fi

# The wheel carries the licences (symlinks in python/) and the data credits, made fresh.
node scripts/notice.mjs >python/NOTICE.md

step "maturin build --release (python/)"
mkdir -p dist
rm -f dist/quotemark-*.whl
"$venv/bin/maturin" build --release --manifest-path python/Cargo.toml --out dist
for wheel in dist/quotemark-"$version"-*.whl; do
    printf '== %s: %s bytes\n' "$wheel" "$(wc -c <"$wheel" | tr -d ' ')"
done
