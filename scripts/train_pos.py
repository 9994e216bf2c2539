#!/usr/bin/env python3
"""Derives data/models/pos_tagger.tsv, the part-of-speech model that build.rs compiles in.

Usage:
    python3 scripts/train_pos.py MODELS_DIR GUM_CONLLU_DIR [--out data/models/pos_tagger.tsv]
    python3 scripts/train_pos.py MODELS_DIR GUM_CONLLU_DIR --cv     # held-out accuracy only
e.g. python3 scripts/train_pos.py ../shared/lexicons/models ../shared/data/gum/conllu

MODELS_DIR holds the averaged-perceptron tagger of textblob-aptagger 0.2.0 (MIT, (c) 2013 Matthew
Honnibal; trained on the WSJ) as text: ap_tagger_weights_q.tsv (weights pruned at |w| < 1.5 and
quantised in steps of 0.2), ap_tagger_tagdict.tsv (its unambiguous-word dictionary) and
ap_tagger_classes.txt (the 45 Penn Treebank tags in class order).
GUM_CONLLU_DIR holds GUM documents (Zeldes 2017) in CoNLL-U with gold PTB tags in column 5. GUM news
documents are the project's test set: the script refuses any file whose name contains "news".

What it does (deterministic: fixed seed, sorted inputs, no hashing of Python objects into order):
1. Reads the WSJ model and the GUM sentences, tokens rewritten the way quotemark's tokenizer and
   src/pos/mod.rs see them (hyphenated compounds one token, tagged like their last part; brackets,
   dashes and quotes in their PTB spelling).
2. Tag dictionary: the WSJ one, minus words whose GUM tags disagree with it (at least 2 times and
   5% of their uses: "to" is IN before a noun in GUM), minus punctuation (tagged by rule), plus the
   contractions quotemark keeps as one token ("don't" VBP, "can't" MD, "they're" PRP).
3. Fine-tunes the WSJ weights on GUM: averaged perceptron, FINE_TUNE_EPOCHS passes, starting from
   the WSJ weights.
4. Prunes: drops weights below a per-template threshold (THRESHOLDS) and word features the tag
   dictionary makes unreachable, then trains RETRAIN_EPOCHS more passes on the kept weights only,
   so the model makes up for what was cut, and quantises to int8 in steps of STEP.
5. Writes the model as text (format below); build.rs compiles it into static tables.

Output format (UTF-8, tab-separated):
    # header lines (source, licence, how to regenerate)
    step<TAB>0.5                              weight = int8 * step
    D<TAB>word<TAB>TAG                          tag dictionary entry (word as written)
    F<TAB>template<TAB>key<TAB>TAG:int8 ...     one feature: template and key as in the tagger
The templates are textblob-aptagger's: bias; i suffix; i pref1; i-1 tag; i-2 tag; i tag+i-2 tag;
i word; i-1 tag+i word; i-1 word; i-1 suffix; i-2 word; i+1 word; i+1 suffix; i+2 word.
"""
import argparse
import collections
import glob
import os
import random
import sys

SEED = 1
FINE_TUNE_EPOCHS = 5
RETRAIN_EPOCHS = 5
STEP = 1.0
# Smallest |weight| kept, per group of templates, chosen by 4-fold cross-validation on GUM (accuracy
# per gzipped byte of the compiled model): tag and suffix features are cheap (no or short keys) and
# carry the unknown words; word features cost a key each. Halving the word and suffix thresholds
# gains under 0.05 points for about 15% more bytes; raising them by a third loses about 0.25 points
# for 15% fewer.
THRESHOLDS = {
    "tag": 0.0,  # bias, i-1 tag, i-2 tag: dense rows in the compiled model, so every weight is free
    "tag_pair": 1.0,  # i tag+i-2 tag
    "pref": 1.0,  # i pref1
    "suffix": 3.5,  # i suffix
    "context_suffix": 2.0,  # i-1 suffix, i+1 suffix
    "word": 3.5,  # i word
    "tag_word": 6.0,  # i-1 tag+i word
    "context_word": 4.0,  # i-1 word, i+1 word
    "far_word": 8.0,  # i-2 word, i+2 word
}
GROUP = {
    "bias": "tag", "i-1 tag": "tag", "i-2 tag": "tag", "i tag+i-2 tag": "tag_pair",
    "i pref1": "pref", "i suffix": "suffix", "i-1 suffix": "context_suffix",
    "i+1 suffix": "context_suffix", "i word": "word", "i-1 tag+i word": "tag_word",
    "i-1 word": "context_word", "i+1 word": "context_word", "i-2 word": "far_word",
    "i+2 word": "far_word",
}
# Longest template names first, so that "i-1 tag+i word x" is not read as "i-1 tag" + "+i word x".
TEMPLATES = sorted(GROUP, key=len, reverse=True)
# GUM tags outside the 45 of the WSJ model: left out of training and scoring.
SKIP_TAGS = {"GW", "NFP", "ADD", "XX", "AFX"}
START = ["-START-", "-START2-"]
END = ["-END-", "-END2-"]

# Contractions quotemark's tokenizer keeps as one token, with the tag of the part that heads them
# (the auxiliary of a negation, the pronoun of a pronoun + verb). Written for quotemark.
NEGATIONS = {
    "do": "VBP", "does": "VBZ", "did": "VBD", "ca": "MD", "wo": "MD", "could": "MD",
    "would": "MD", "should": "MD", "must": "MD", "might": "MD", "need": "MD", "is": "VBZ",
    "are": "VBP", "was": "VBD", "were": "VBD", "has": "VBZ", "have": "VBP", "had": "VBD",
    "ai": "VBP",
}
PRONOUN_CONTRACTIONS = [
    "i'm", "i've", "i'll", "i'd", "you're", "you've", "you'll", "you'd", "we're", "we've", "we'll",
    "we'd", "they're", "they've", "they'll", "they'd", "he'll", "he'd", "she'll", "she'd", "it'll",
]


def contractions():
    """Contraction -> tag, written in lower case and capitalised."""
    out = {aux + "n't": tag for aux, tag in NEGATIONS.items()}
    out["cannot"] = "MD"
    out.update(dict.fromkeys(PRONOUN_CONTRACTIONS, "PRP"))
    spelled = {}
    for w, tag in out.items():
        if not w.startswith("i'"):
            spelled[w] = tag
        spelled[w[:1].upper() + w[1:]] = tag
    return spelled


def normalize(word):
    """textblob-aptagger's word normalisation (ASCII digits, as quotemark's tokenizer has them)."""
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if len(word) == 4 and all("0" <= c <= "9" for c in word):
        return "!YEAR"
    if "0" <= word[0] <= "9":
        return "!DIGITS"
    return word.lower()


def features(i, word, context, prev, prev2):
    """The active features of word i, as (template, key) pairs."""
    i += 2
    return [
        ("bias", ""),
        ("i suffix", word[-3:]),
        ("i pref1", word[0]),
        ("i-1 tag", prev),
        ("i-2 tag", prev2),
        ("i tag+i-2 tag", prev + " " + prev2),
        ("i word", context[i]),
        ("i-1 tag+i word", prev + " " + context[i]),
        ("i-1 word", context[i - 1]),
        ("i-1 suffix", context[i - 1][-3:]),
        ("i-2 word", context[i - 2]),
        ("i+1 word", context[i + 1]),
        ("i+1 suffix", context[i + 1][-3:]),
        ("i+2 word", context[i + 2]),
    ]


def punct_tag(word):
    """The tag src/pos/mod.rs gives a punctuation or number token by rule, or None."""
    rules = {
        ".": ".", "!": ".", "?": ".", ",": ",", ":": ":", ";": ":", "--": ":", "...": ":",
        "-": ":", "-LRB-": "-LRB-", "-RRB-": "-RRB-", "``": "``", "''": "''", "$": "$", "#": "#",
        "%": "NN", "&": "CC",
    }
    if word in rules:
        return rules[word]
    if len(word) == 1 and not word.isalnum():
        return "$" if word in "€£¥" else "SYM"
    if "0" <= word[0] <= "9" and "0" <= word[-1] <= "9" and all(
        "0" <= c <= "9" or c in ",.:" for c in word
    ):
        return "CD"
    return None


def token_form(word, tag):
    """A GUM token written the way src/pos/mod.rs writes our token for the tagger."""
    if tag == "``":
        return "``"
    if tag == "''":
        return "''"
    word = word.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-").replace("\u2011", "-")
    if word in ("(", "[", "{", "-LSB-", "-LCB-"):
        return "-LRB-"
    if word in (")", "]", "}", "-RSB-", "-RCB-"):
        return "-RRB-"
    if word in ("\u2014", "\u2013", "\u2015", "--"):
        return "--"
    if word == "\u2026":
        return "..."
    return word


def read_conllu(path):
    """Sentences of one file as (words, tags), in quotemark's token form."""
    sents, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    sents.append(rows)
                rows = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if not cols[0].isdigit():
                continue  # multi-word token ranges and empty nodes
            rows.append((cols[1], cols[4], "SpaceAfter=No" not in cols[9]))
    if rows:
        sents.append(rows)
    out = []
    for rows in sents:
        words, tags, space = [], [], []
        i = 0
        while i < len(rows):
            word, tag, space_after = rows[i]
            # all - girl -> all-girl (tagged like girl), as quotemark's tokenizer joins them.
            if (
                tag == "HYPH" and words and not space[-1] and not space_after
                and i + 1 < len(rows) and tags[-1] not in ("``", "''")
            ):
                words[-1] += "-" + token_form(rows[i + 1][0], rows[i + 1][1])
                tags[-1] = rows[i + 1][1]
                space[-1] = rows[i + 1][2]
                i += 2
                continue
            words.append(token_form(word, tag))
            tags.append(":" if tag == "HYPH" else tag)
            space.append(space_after)
            i += 1
        out.append((words, tags))
    return out


def read_wsj(models):
    classes = [l.strip() for l in open(os.path.join(models, "ap_tagger_classes.txt")) if l.strip()]
    weights = {}
    with open(os.path.join(models, "ap_tagger_weights_q.tsv"), encoding="utf-8") as f:
        header = f.readline()
        assert "0.2" in header, "expected weights quantised in steps of 0.2"
        for line in f:
            name, rest = line.rstrip("\n").split("\t")
            template = next(t for t in TEMPLATES if name == t or name.startswith(t + " "))
            key = name[len(template) + 1:]
            weights[(template, key)] = {
                classes[int(c)]: int(v) * 0.2 for c, v in (p.split(":") for p in rest.split())
            }
    tagdict = {}
    with open(os.path.join(models, "ap_tagger_tagdict.tsv"), encoding="utf-8") as f:
        for line in f:
            word, tag = line.rstrip("\n").split("\t")
            tagdict[word] = tag
    return classes, weights, tagdict


class Perceptron:
    """An averaged perceptron over (template, key) features, as in textblob-aptagger."""

    def __init__(self, classes, weights, allowed=None):
        self.classes = classes
        self.weights = {f: dict(r) for f, r in weights.items()}
        self.allowed = allowed  # feature -> set of classes that may change, or None for all
        self.totals = collections.defaultdict(float)
        self.stamps = collections.defaultdict(int)
        self.i = 0

    def predict(self, feats):
        scores = dict.fromkeys(self.classes, 0.0)
        for f in feats:
            for c, v in self.weights.get(f, {}).items():
                scores[c] += v
        return max(self.classes, key=lambda c: (scores[c], c))

    def _move(self, f, c, v):
        row = self.weights.setdefault(f, {})
        w = row.get(c, 0.0)
        self.totals[(f, c)] += (self.i - self.stamps[(f, c)]) * w
        self.stamps[(f, c)] = self.i
        row[c] = w + v

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            if self.allowed is not None:
                ok = self.allowed.get(f)
                if not ok:
                    continue
                if truth in ok:
                    self._move(f, truth, 1.0)
                if guess in ok:
                    self._move(f, guess, -1.0)
            else:
                self._move(f, truth, 1.0)
                self._move(f, guess, -1.0)

    def averaged(self):
        out = {}
        for f in sorted(self.weights):
            row = {}
            for c, w in self.weights[f].items():
                total = self.totals.get((f, c), 0.0) + (self.i - self.stamps.get((f, c), 0)) * w
                avg = total / self.i if self.i else w
                if avg:
                    row[c] = avg
            if row:
                out[f] = row
        return out


def fixed_tag(word, tagdict):
    return punct_tag(word) or tagdict.get(word)


def train(classes, weights, tagdict, sents, epochs, allowed=None):
    model = Perceptron(classes, weights, allowed)
    rng = random.Random(SEED)
    sents = list(sents)
    for _ in range(epochs):
        for words, tags in sents:
            context = START + [normalize(w) for w in words] + END
            prev, prev2 = START
            for i, word in enumerate(words):
                guess = fixed_tag(word, tagdict)
                if guess is None:
                    feats = features(i, word, context, prev, prev2)
                    if allowed is not None:
                        feats = [f for f in feats if f in allowed]
                    guess = model.predict(feats)
                    if tags[i] in classes:
                        model.update(tags[i], guess, feats)
                prev2, prev = prev, guess
        rng.shuffle(sents)
    return model.averaged()


def build_tagdict(wsj_tagdict, sents):
    seen = collections.Counter()
    wrong = collections.Counter()
    for words, tags in sents:
        for w, t in zip(words, tags):
            seen[w] += 1
            if w in wsj_tagdict and wsj_tagdict[w] != t:
                wrong[w] += 1
    tagdict = {}
    for w, t in wsj_tagdict.items():
        if punct_tag(w) is not None:
            continue  # tagged by rule
        if wrong[w] >= 2 and wrong[w] >= 0.05 * seen[w]:
            continue
        tagdict[w] = t
    tagdict.update(contractions())
    return tagdict


def unreachable(feature, tagdict):
    """A word feature of a word the tag dictionary always tags (in lower case and capitalised)."""
    template, key = feature
    if template == "i-1 tag+i word":
        key = key.split(" ", 1)[1]
    elif template != "i word":
        return False
    return key in tagdict and key[:1].upper() + key[1:] in tagdict


def prune(weights, tagdict, step):
    out = {}
    for f, row in weights.items():
        if unreachable(f, tagdict):
            continue
        limit = THRESHOLDS[GROUP[f[0]]]
        if "!UNK" in f[1]:
            continue  # normalised away in training; never seen when tagging
        kept = {c: v for c, v in row.items() if abs(v) >= limit and round(v / step) != 0}
        if kept:
            out[f] = kept
    return out


def quantise(weights, step):
    out = {}
    for f, row in weights.items():
        q = {c: max(-127, min(127, round(v / step))) for c, v in row.items()}
        q = {c: v for c, v in q.items() if v}
        if q:
            out[f] = q
    return out


def derive(classes, wsj, wsj_tagdict, sents, variant="shipped"):
    """The whole recipe on `sents`: (quantised weights, tag dictionary, step).

    `variant` "unpruned" stops after fine-tuning (no pruning); "wsj" is the WSJ model as it comes
    (tag dictionary without punctuation, plus the contractions): both only for measuring.
    """
    if variant == "wsj":
        tagdict = {w: t for w, t in wsj_tagdict.items() if punct_tag(w) is None}
        tagdict.update(contractions())
        return {f: {c: round(v / 0.2) for c, v in r.items()} for f, r in wsj.items()}, tagdict, 0.2
    tagdict = build_tagdict(wsj_tagdict, sents)
    tuned = train(classes, wsj, tagdict, sents, FINE_TUNE_EPOCHS)
    if variant == "unpruned":
        return quantise(tuned, STEP), tagdict, STEP
    kept = prune(tuned, tagdict, STEP)
    allowed = {f: set(r) for f, r in kept.items()}
    retrained = train(classes, kept, tagdict, sents, RETRAIN_EPOCHS, allowed)
    weights = quantise(retrained, STEP)
    return weights, tagdict, STEP


def accuracy(classes, weights, tagdict, sents):
    ok = n = 0
    for words, tags in sents:
        context = START + [normalize(w) for w in words] + END
        prev, prev2 = START
        for i, word in enumerate(words):
            tag = fixed_tag(word, tagdict)
            if tag is None:
                scores = dict.fromkeys(classes, 0)
                for f in features(i, word, context, prev, prev2):
                    for c, v in weights.get(f, {}).items():
                        scores[c] += v
                tag = max(classes, key=lambda c: (scores[c], c))
            if tags[i] not in SKIP_TAGS:
                n += 1
                ok += tag == tags[i]
            prev2, prev = prev, tag
    return ok, n


def write(path, classes, weights, tagdict, n_docs, n_tokens, step):
    lines = [
        "# The part-of-speech model of src/pos: an averaged perceptron over the 45 Penn Treebank tags.",
        "# source: textblob-aptagger 0.2.0 (trontagger-0.1.0.pickle, trained on the WSJ), as",
        "#   ap_tagger_weights_q.tsv and ap_tagger_tagdict.tsv; fine-tuned on GUM (Zeldes 2017),",
        f"#   {n_docs} documents, {n_tokens} tokens, genres academic, bio, court, interview, voyage (no news)",
        "# licence: MIT, textblob-aptagger (c) 2013 Matthew Honnibal; trained on GUM (Zeldes 2017),",
        "#   annotations CC BY 4.0, texts CC BY / CC BY-SA as listed in GUM's LICENSE",
        "# generated by: python3 scripts/train_pos.py MODELS_DIR GUM_CONLLU_DIR (seed 1); do not edit",
        f"step\t{step}",
    ]
    for w in sorted(tagdict):
        lines.append(f"D\t{w}\t{tagdict[w]}")
    order = {c: i for i, c in enumerate(classes)}
    for (template, key) in sorted(weights):
        row = weights[(template, key)]
        cells = " ".join(f"{c}:{row[c]}" for c in sorted(row, key=order.get))
        lines.append(f"F\t{template}\t{key}\t{cells}")
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("models", help="folder with ap_tagger_weights_q.tsv, _tagdict.tsv, _classes.txt")
    ap.add_argument("gum", help="folder of GUM .conllu files (no news)")
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "data", "models", "pos_tagger.tsv"))
    ap.add_argument("--cv", action="store_true", help="print 4-fold held-out accuracy and stop")
    ap.add_argument(
        "--variant", choices=["shipped", "unpruned", "wsj"], default="shipped",
        help="for measuring the trade-off: the model before pruning, or the WSJ model as it comes",
    )
    args = ap.parse_args()
    classes, wsj, wsj_tagdict = read_wsj(args.models)
    files = sorted(glob.glob(os.path.join(args.gum, "*.conllu")))
    if not files:
        sys.exit(f"no .conllu files in {args.gum}")
    if any("news" in os.path.basename(f).lower() for f in files):
        sys.exit("refusing to train on GUM news: it is quotemark's test set")
    docs = [read_conllu(f) for f in files]
    if args.cv:
        folds = 4
        total_ok = total_n = 0
        for k in range(folds):
            train_sents = [s for i, d in enumerate(docs) if i % folds != k for s in d]
            test_sents = [s for i, d in enumerate(docs) if i % folds == k for s in d]
            weights, tagdict, step = derive(classes, wsj, wsj_tagdict, train_sents, args.variant)
            scaled = {f: {c: v * step for c, v in r.items()} for f, r in weights.items()}
            ok, n = accuracy(classes, scaled, tagdict, test_sents)
            print(f"fold {k}: {ok / n:.4f} ({ok} of {n})", flush=True)
            total_ok += ok
            total_n += n
        print(f"held-out accuracy: {total_ok / total_n:.4f} ({total_ok} of {total_n} tokens)")
        return
    sents = [s for d in docs for s in d]
    weights, tagdict, step = derive(classes, wsj, wsj_tagdict, sents, args.variant)
    n_tokens = sum(len(w) for w, _ in sents)
    write(args.out, classes, weights, tagdict, len(docs), n_tokens, step)
    n_weights = sum(len(r) for r in weights.values())
    print(f"{args.out}: {len(weights)} features, {n_weights} weights, {len(tagdict)} dictionary words")


if __name__ == "__main__":
    main()
