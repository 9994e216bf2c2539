#!/bin/sh
# Mutation testing with cargo-mutants over the modules in .cargo/mutants.toml (not run by
# scripts/test.sh: slow, about 5-20 s per mutant on 2 cores once the first build is done, about
# 2,400 mutants in all, 2,139 of them in src/attribution).
#   scripts/mutants.sh                       every module of .cargo/mutants.toml
#   scripts/mutants.sh src/span.rs           one file (any cargo-mutants --file glob)
#   scripts/mutants.sh --shard 0/8 'src/attribution/**/*.rs'
#                                            a sample: every 8th mutant in source order (shard K
#                                            of N, K from 0; round-robin, so every file is in it)
#   scripts/mutants.sh --iterate ...         skip the mutants mutants.out/ says were caught or
#                                            unviable (re-test what was missed, after new tests)
# Other options starting with "-" are passed to cargo mutants as they are (e.g. --timeout 60,
# -F REGEX, without spaces, to test only the mutants whose name matches). Mutants run one at a time (--jobs 1).
# Results: mutants.out/ (caught.txt, missed.txt, unviable.txt, timeout.txt, outcomes.json).
set -eu
# The file globs are cargo-mutants' to expand, not the shell's (src/mentions/**/*.rs would
# become a list of files without --file before each).
set -f
cd "$(dirname "$0")/.."
version=27.1.0
if [ "$(cargo mutants --version 2>/dev/null | awk '{print $2}')" != "$version" ]; then
    printf '\n== installing cargo-mutants %s (a few minutes, once)\n' "$version"
    cargo install cargo-mutants --version "$version" --locked
fi
# With files given, only those (--no-config: the config's globs would be added to them).
select=""
opts=""
while [ $# -gt 0 ]; do
    case "$1" in
        --shard) opts="$opts --shard $2 --sharding round-robin"; shift 2 ;;
        -F|--re|-E|--exclude-re|-t|--timeout) opts="$opts $1 $2"; shift 2 ;;
        -*) opts="$opts $1"; shift ;;
        *) select="$select --file $1"; shift ;;
    esac
done
[ -n "$select" ] && select="--no-config $select"
# The tests run on each mutant, given as cargo arguments of both the build and the test, so that
# the build compiles only these (not the examples, benches and the other test files).
tests=""
for t in --lib --test seed --test entities --test quality --test contract --test properties \
    --test speaker_phrases --test sources --test cli --test api; do
    tests="$tests --cargo-arg=$t"
done
# Each mutant rebuilds the crate and relinks the test binaries: without debug info that is
# quicker (not measured apart from the load of the machine).
export CARGO_PROFILE_TEST_DEBUG=0 CARGO_PROFILE_DEV_DEBUG=0
# shellcheck disable=SC2086
cargo mutants --no-shuffle --jobs 1 $opts $select $tests || status=$?
for outcome in caught missed unviable timeout; do
    printf '%-9s %s\n' "$outcome" "$(wc -l < mutants.out/$outcome.txt 2>/dev/null || echo 0)"
done
exit "${status:-0}"
