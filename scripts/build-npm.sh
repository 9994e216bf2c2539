#!/bin/sh
# Builds the npm package: dist/quotemark-<version>.tgz (`make npm`).
#   scripts/build-npm.sh
# The wasm module is scripts/build-wasm.sh's (same build, same size budget); wasm-bindgen runs once
# more with --omit-default-module-path, so the glue has no `new URL(…, import.meta.url)` for
# bundlers to trip on (the package inlines the module instead: npm/README.md, "How it loads").
# npm/build.mjs assembles the package from npm/ and www/; `npm pack` writes the tarball.
set -eu
cd "$(dirname "$0")/.."

scripts/build-wasm.sh

crate=$(awk -F'"' '/^name = / { print $2; exit }' Cargo.toml)
wasm_name=$(printf '%s' "$crate" | tr - _)
out_dir=$(awk -F'"' '/^out-dir *=/ { print $2; exit }' wasm-pack.toml)
bindgen=target/npm/bindgen
stage=target/npm/package

printf '== wasm-bindgen --target web --omit-default-module-path --out-dir %s\n' "$bindgen"
rm -rf "$bindgen"
wasm-bindgen --target web --omit-default-module-path --remove-name-section --remove-producers-section --out-dir "$bindgen" \
    "target/wasm32-unknown-unknown/release/$wasm_name.wasm"
python3 scripts/inline-snippets.py "$bindgen"
scripts/wasm-opt/run.sh "$bindgen/${wasm_name}_bg.wasm"
# The package must carry exactly the module the page ships (and build-wasm.sh checked).
if ! cmp -s "$bindgen/${wasm_name}_bg.wasm" "$out_dir/${wasm_name}_bg.wasm"; then
    printf 'error: %s differs from %s: scripts/build-wasm.sh changed how it makes the module; make scripts/build-npm.sh do the same\n' \
        "$bindgen/${wasm_name}_bg.wasm" "$out_dir/${wasm_name}_bg.wasm" >&2
    exit 1
fi

printf '== npm/build.mjs %s\n' "$stage"
node npm/build.mjs "$stage" "$bindgen"

printf '== npm pack\n'
mkdir -p dist
dist=$PWD/dist
tarball=$(cd "$stage" && npm pack --silent --pack-destination "$dist")
printf '== dist/%s: %s bytes\n' "$tarball" "$(wc -c <"dist/$tarball" | tr -d ' ')"
