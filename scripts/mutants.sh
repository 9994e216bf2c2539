#!/bin/sh
# Mutation testing with cargo-mutants over the modules in .cargo/mutants.toml (not run by
# scripts/test.sh: slow, about 20-40 s per mutant on 2 cores, about 2,400 mutants in all).
#   scripts/mutants.sh                       every module of .cargo/mutants.toml
#   scripts/mutants.sh src/span.rs           one file (any cargo-mutants --file glob)
# Results: mutants.out/ (caught.txt, missed.txt, unviable.txt, timeout.txt, outcomes.json).
set -eu
cd "$(dirname "$0")/.."
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    printf '\n== installing cargo-mutants %s (a few minutes, once)\n' "$version"
    cargo install cargo-mutants --version "$version" --locked
fi
# With files given, only those (--no-config: the config's globs would be added to them).
select=""
for f in "$@"; do select="$select --file $f"; done
[ -n "$select" ] && select="--no-config $select"
tests="--lib --test seed --test entities --test quality --test contract --test properties
       --test speaker_phrases --test sources --test cli --test api"
# shellcheck disable=SC2086
cargo mutants --no-shuffle $select -- $tests || status=$?
for outcome in caught missed unviable timeout; do
    printf '%-9s %s\n' "$outcome" "$(wc -l < mutants.out/$outcome.txt 2>/dev/null || echo 0)"
done
exit "${status:-0}"
