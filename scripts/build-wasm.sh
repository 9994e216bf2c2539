#!/bin/sh
# Builds the wasm module for the page into the folder wasm-pack.toml names (www/pkg) and checks its
# gzipped size against the budget there.
#   scripts/build-wasm.sh          release build (what the page ships)
# Needs the wasm32 target and the pinned wasm-bindgen CLI: scripts/setup.sh installs both.
set -eu
cd "$(dirname "$0")/.."

# wasm-pack.toml -> shell variables (python3's tomllib when there, else a plain line reader).
eval "$(python3 - <<'PY'
import re, shlex
text = open("wasm-pack.toml", encoding="utf-8").read()
try:
    import tomllib
    conf = tomllib.loads(text)
    build, budget = conf["build"], conf["budget"]
except ImportError:  # Python < 3.11: the file is flat key = value lines
    build, budget = {}, {}
    for key, value in re.findall(r'^([\w-]+)\s*=\s*(.+?)\s*$', text, re.M):
        value = value.strip()
        if value in ("true", "false"):
            value = value == "true"
        elif value.startswith("["):
            value = re.findall(r'"([^"]*)"', value)
        elif value.startswith('"'):
            value = value.strip('"')
        else:
            value = int(value)
        (budget if key.startswith("wasm-gzip") else build)[key] = value
print("target=%s" % shlex.quote(build["target"]))
print("out_dir=%s" % shlex.quote(build["out-dir"]))
print("features=%s" % shlex.quote(",".join(build["features"])))
print("no_default=%s" % ("" if build.get("default-features", True) else "--no-default-features"))
print("budget=%d" % int(budget["wasm-gzip-bytes"]))
PY
)"

crate=$(awk -F'"' '/^name = / { print $2; exit }' Cargo.toml)
wasm_name=$(printf '%s' "$crate" | tr - _)

# The page's module is built at opt-level 2 with LLVM's inline threshold at 100 (225 at opt-levels
# 2 and 3). Re-measured on 2026-12-06 (stop 46; Node 20, 1 MB bench corpus, thread CPU seconds a
# pass, the best of three after two warm-up passes, builds run alternately, 3-13 runs each at load
# 11 on the 2 shared cores; gzip -9): 2 / 100 551,351 B at 0.183-0.262 s; 3 / 100 559,829 B at
# 0.184-0.275 s; 3 / default 565,104 B at 0.188-0.219 s; 2 / default 555,374 B at 0.222-0.243 s;
# lexicon buckets of 16 keys 557,221 B at 0.215-0.236 s; wasm-opt (npm binaryen 132) on the
# wasm-bindgen output -O3 550,265 B at 0.197-0.248 s, -Oz 550,799 B at 0.198-0.242 s, -O2
# 557,002 B. Side by side in the same session no setting was faster than 2 / 100 beyond the
# noise (means within 5%, each range overlapping the others), so the smallest stays. Earlier,
# measured on 2026-12-06 (gzip -9 of the .wasm; Node, 1 MB bench corpus, CPU seconds a
# pass, the best of four passes after a warm-up, three alternating runs on a busy shared machine):
# opt-level 3 571,289 B at 0.189-0.226 s; 3 with the threshold at 100 566,006 B at 0.196-0.214 s
# (at 50 565,780 B); 2 561,418 B; 2 with the threshold at 100 559,729 B at 0.203-0.215 s: no
# slower beyond the noise, and the same output on the 950 snapshot texts. The native build keeps
# opt-level 3 (Cargo.toml). Measured on 2026-12-02 after the lexicon became front-coded keys:
# opt-level 3 486,511 B at 6.2 MB/s (0.162 s per pass) against "s" 461,227 B at 5.3 MB/s (0.190 s),
# two runs each at load 5-7; earlier, 3 alternating runs on busy cores: 3 482,437 B at 4.9-5.0, 2
# 473,580 B at 4.7-5.0, "s" 453,372 B at 4.2-4.5, "z" 427,567 B at 2.7-2.8. Before the lexicon
# change (the fst map) "s" was needed: 3 was 592,800 B. wasm-opt -Os/-Oz/-O3 (binaryen 132, on
# the wasm-bindgen output) makes the gzipped "s" module 13.7-14.6 KB larger and the 3 one 1.1-1.3
# KB smaller, so it was not used then (it is now, with -ocimfs 0: below). QUOTEMARK_WASM_OPT_LEVEL
# overrides the opt-level (e.g. 3, to compare) and QUOTEMARK_WASM_INLINE_THRESHOLD the threshold
# (empty: LLVM's default).
opt_level=${QUOTEMARK_WASM_OPT_LEVEL:-2}
inline_threshold=${QUOTEMARK_WASM_INLINE_THRESHOLD-100}
# Wasm features beyond Rust's defaults (which already have bulk-memory, sign-ext, multivalue,
# reference-types, mutable-globals and nontrapping-fptoint): simd128 (Chrome 91, Firefox 89,
# Safari 16.4; the page's module worker already needs Chrome 80, Firefox 114, Safari 15). The
# module is 1.1 KB smaller by gzip -9 with it (559,669 -> 558,559 B on 2026-12-06), gives the same
# output, and ran as fast in Node. QUOTEMARK_WASM_FEATURES overrides it (empty: none); a RUSTFLAGS
# in the environment would take precedence over it (cargo reads RUSTFLAGS before target flags).
features_flag=${QUOTEMARK_WASM_FEATURES-+simd128}
rustflags="${features_flag:+-C target-feature=$features_flag}${inline_threshold:+ -C llvm-args=-inline-threshold=$inline_threshold}"
printf '== cargo build --release (opt-level %s, inline threshold %s, target features %s) --target wasm32-unknown-unknown --lib %s --features %s\n' \
    "$opt_level" "${inline_threshold:-default}" "${features_flag:-default}" "$no_default" "$features"
# shellcheck disable=SC2086  # $no_default is empty or one flag
CARGO_PROFILE_RELEASE_OPT_LEVEL=$opt_level \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$rustflags" \
    cargo build --release --target wasm32-unknown-unknown --lib $no_default --features "$features"

printf '== wasm-bindgen --target %s --out-dir %s\n' "$target" "$out_dir"
mkdir -p "$out_dir"
wasm-bindgen --target "$target" --out-dir "$out_dir" --typescript --remove-name-section --remove-producers-section \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/$wasm_name.wasm"
# The report's JS builder (src/wasm.rs) into the glue: the package stays quotemark.js + the .wasm.
python3 scripts/inline-snippets.py "$out_dir"

wasm="$out_dir/${wasm_name}_bg.wasm"

# wasm-opt -O3 with no inlining of functions that have one caller (-ocimfs 0; binaryen inlines every
# such function by default, which undoes the wasm build's `inline(never)` splits: V8 then took 4-5
# passes over 405 KB of text, at twice the time each, to tier the module up). Measured on 2026-12-07
# (stop 50, helper web58; binaryen 132 from npm, pinned in scripts/wasm-opt/): gzip -9 561,648 ->
# 555,211 B (code 269,829 -> 262,960 B gzipped alone); the same JSON on 950 texts in 3 offset units;
# Node, PolNeAR dev's 84 texts, best of 6 passes 155 -> 144-149 ms CPU; page load (chrt, 70 + 70
# interleaved loads, both orders) highlight - responseEnd 175 -> 187 ms, z -1.07, within the
# noise. Without -ocimfs 0: 556,026 B, but passes 2-5 at 330-410 ms against 160-210. -Oz -ocimfs 0:
# 555,815 B; -O2: 561,604 B. QUOTEMARK_WASM_OPT=0 skips it (the wasm-bindgen output as it is).
# scripts/wasm-opt/run.sh is shared with scripts/build-npm.sh, whose module must be this one.
scripts/wasm-opt/run.sh "$wasm"
raw=$(wc -c <"$wasm" | tr -d ' ')
gz=$(gzip -9 -c "$wasm" | wc -c | tr -d ' ')
printf '== %s: %s bytes, %s bytes gzipped (budget %s)\n' "$wasm" "$raw" "$gz" "$budget"
if [ "$gz" -gt "$budget" ]; then
    printf 'error: the gzipped wasm (%s bytes) is over the budget in wasm-pack.toml (%s bytes)\n' "$gz" "$budget" >&2
    exit 1
fi
