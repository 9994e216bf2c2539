#!/bin/sh
# Runs each fuzz target for a fixed time (default 300 s each) and prints libFuzzer's final stats.
#   fuzz/run.sh            analyze and offsets, 300 s each
#   fuzz/run.sh 60 analyze one target, 60 s
# Needs nightly and cargo-fuzz: rustup toolchain install nightly --profile minimal && cargo install cargo-fuzz
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-300}
[ $# -gt 0 ] && shift
targets=${*:-analyze offsets}
for target in $targets; do
    printf '\n== cargo +nightly fuzz run %s -- -max_total_time=%s\n' "$target" "$seconds"
    cargo +nightly fuzz run "$target" -- -max_total_time="$seconds" -print_final_stats=1
done
