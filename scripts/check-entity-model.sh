#!/bin/sh
# Checks that the README's retrain command for the entity tagger rebuilds the committed model,
# data/models/entities.tsv, byte for byte (the training is seeded and deterministic; the model's
# features include what the rules found, so a change of the entity rules changes the model: then
# retrain with the same command and commit the file it writes).
#   scripts/check-entity-model.sh           GUM from $QUOTEMARK_SHARED (default ../shared)
# Skipped (exit 0) when GUM is absent. Takes seconds once the release examples are built.
set -eu
cd "$(dirname "$0")/.."
shared=${QUOTEMARK_SHARED:-../shared}
gum="$shared/data/gum/conllu"
if [ ! -d "$gum" ]; then
    echo "($gum is absent: the entity model's reproducibility not checked)"
    exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 scripts/gum_entities.py "$gum" "$dir/gum-train" >/dev/null
cargo run --release --quiet --example train_entities -- "$dir/gum-train" --out "$dir/entities.tsv" >/dev/null
if cmp -s "$dir/entities.tsv" data/models/entities.tsv; then
    echo "data/models/entities.tsv: the retrain command rebuilds it byte for byte"
else
    echo "data/models/entities.tsv differs from what the retrain command writes (rules changed since"
    echo "it was trained?): run the README's retrain command (the entity tagger's row) and commit it"
    diff "$dir/entities.tsv" data/models/entities.tsv | head -8
    exit 1
fi
