#!/usr/bin/env python3
"""Write GUM's coreference ids of named mentions, for the alias metric (examples/alias_eval.rs).

Usage: python3 scripts/gum_aliases.py SRC OUT

SRC is a folder of GUM `*.conllu` files of the openly licensed genres (never `GUM_news_*`: the
script refuses them). For every document it writes OUT/NAME.txt (the text, as
scripts/gum_entities.py rebuilds it) and OUT/NAME.ids.tsv: per named mention (the names
scripts/gum_entities.py labels, outermost only), its UTF-8 byte start, byte end, type and GUM
entity id. Two lines with the same id name one referent ("Tim Hale" ... "Hale").
Python 3 standard library only; the output is deterministic.
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gum_entities as ge  # noqa: E402
import gum_to_gold as g  # noqa: E402


def convert(src, out):
    os.makedirs(out, exist_ok=True)
    n_docs = n_ments = 0
    for path in sorted(glob.glob(os.path.join(src, "*.conllu"))):
        base = os.path.basename(path)[:-len(".conllu")]
        if base.startswith("GUM_news_"):
            raise SystemExit("%s: GUM news is the test set; never tune on it" % path)
        name = base[len("GUM_"):] if base.startswith("GUM_") else base
        meta, paragraphs, sentences, words = ge.read_conllu(path)
        text = g.build_text(paragraphs, sentences, words)
        mentions = g.read_mentions(words)
        xml = {"quote": [], "q": [], "date": [], "time": [], "sblock": []}
        g.collect_entities(text, words, sentences, mentions, xml)
        spans = []
        for m in mentions:
            nm = m.get("name")
            if not nm:
                continue
            lo, hi = words[m["start"]].start, words[m["end"] - 1].end
            at = text.find(nm, lo, hi)
            if at >= 0:
                spans.append((at, at + len(nm), m["type"], m["eid"]))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        kept = []
        for s in spans:
            if kept and s[0] < kept[-1][1]:
                continue
            kept.append(s)
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        with open(os.path.join(out, name + ".ids.tsv"), "w", encoding="utf-8") as f:
            for a, b, typ, eid in kept:
                ba = len(text[:a].encode("utf-8"))
                bb = ba + len(text[a:b].encode("utf-8"))
                f.write("%d\t%d\t%s\t%d\n" % (ba, bb, typ, eid))
        n_docs += 1
        n_ments += len(kept)
    print("%d documents, %d named mentions" % (n_docs, n_ments))


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    convert(sys.argv[1], sys.argv[2])


if __name__ == "__main__":
    main()
