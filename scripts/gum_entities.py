#!/usr/bin/env python3
"""Convert GUM CoNLL-U documents to entity training and scoring data for quotemark.

Usage: python3 scripts/gum_entities.py SRC OUT

SRC is a folder of GUM `*.conllu` files (the openly licensed genres, e.g.
../shared/data/gum/conllu; never the news documents, which are the project's test set: the
script refuses any `GUM_news_*` file). For every document it writes

* OUT/NAME.txt: the text, rebuilt from the tokens exactly as scripts/gum_to_gold.py does;
* OUT/NAME.gold.json: its named entities in the project's gold format (`entities`,
  `optional_entities`, no quotes), chosen by the rules of scripts/gum_to_gold.py
  (tests/data/gum/README.md, "Entities"), so that held-out documents are scored like GUM news;
* OUT/NAME.spans.tsv: every named mention kept, one per line: UTF-8 byte start, byte end and
  type (PERSON, ORG, PLACE), outermost mentions only, in text order: the labels the entity
  tagger is trained on (`cargo run --release --example train_entities -- OUT`).

Python 3 standard library only; the output is deterministic.
"""
import glob
import json
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum_to_gold as g  # noqa: E402  (the same reading and name rules as the test set)


def name_spans(text, words, mentions):
    """(start, end, type) in code points of every mention that collect_entities named."""
    out = []
    for m in mentions:
        name = m.get("name")
        if not name:
            continue
        lo, hi = words[m["start"]].start, words[m["end"] - 1].end
        at = text.find(name, lo, hi)
        if at < 0:
            continue
        out.append((at, at + len(name), m["type"]))
    # Outermost first; a name inside a longer one is not labelled (a flat tagger sees the outer).
    out.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept = []
    for s in out:
        if kept and s[0] < kept[-1][1]:
            continue
        kept.append(s)
    return kept


def read_conllu(path):
    """gum_to_gold.read_conllu, for documents whose first sentence has no `# newpar` line
    (some non-news documents): one is added before reading."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("# sent_id"))
    if any(line.startswith("# newpar") for line in lines[:first]):
        return g.read_conllu(path)
    lines.insert(first, "# newpar")
    with tempfile.NamedTemporaryFile("w", suffix=".conllu", encoding="utf-8",
                                     delete=False) as f:
        f.write("\n".join(lines))
    try:
        return g.read_conllu(f.name)
    finally:
        os.unlink(f.name)


def convert(src, out):
    os.makedirs(out, exist_ok=True)
    rows = []
    for path in sorted(glob.glob(os.path.join(src, "*.conllu"))):
        base = os.path.basename(path)[:-len(".conllu")]
        if base.startswith("GUM_news_"):
            raise SystemExit("%s: GUM news is the test set; never train on it" % path)
        name = base[len("GUM_"):] if base.startswith("GUM_") else base
        meta, paragraphs, sentences, words = read_conllu(path)
        text = g.build_text(paragraphs, sentences, words)
        mentions = g.read_mentions(words)
        xml = {"quote": [], "q": [], "date": [], "time": [], "sblock": []}
        ents, optional = g.collect_entities(text, words, sentences, mentions, xml)
        spans = name_spans(text, words, mentions)
        gold = {
            "quotes": [],
            "ignore_quotes": [],
            "entities": {t: sorted(v) for t, v in ents.items() if v},
            "optional_entities": sorted(optional),
        }
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        with open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        with open(os.path.join(out, name + ".spans.tsv"), "w", encoding="utf-8") as f:
            for a, b, typ in spans:
                ba = len(text[:a].encode("utf-8"))
                bb = ba + len(text[a:b].encode("utf-8"))
                f.write("%d\t%d\t%s\n" % (ba, bb, typ))
        rows.append((name, [len(ents[t]) for t in ("PERSON", "ORG", "PLACE")], len(spans)))
    if not rows:
        raise SystemExit("no .conllu files in %s" % src)
    total = [sum(r[1][k] for r in rows) for k in range(3)]
    print("%d documents; distinct names PERSON %d, ORG %d, PLACE %d; %d labelled mentions"
          % (len(rows), total[0], total[1], total[2], sum(r[2] for r in rows)))


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])


if __name__ == "__main__":
    main()
