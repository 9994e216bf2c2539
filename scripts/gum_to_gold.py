#!/usr/bin/env python3
"""Convert the 24 GUM news documents (Wikinews, GUM corpus) to quotemark's gold format.

Usage: python3 scripts/gum_to_gold.py ../shared/data/gum_news tests/data/gum

Reads SRC/dep_conllu/GUM_news_NAME.conllu (text, tokens, syntax, entity mentions with
coreference ids and Wikipedia identities) and SRC/xml/GUM_news_NAME.xml (<quote>, <q> and
<date> markup; tokens are the same words as the conllu words, in the same order) and writes
OUT/gum-NAME.txt and OUT/gum-NAME.gold.json.  Python 3 standard library only.
See tests/data/gum/README.md for the mapping rules.
"""
import glob
import json
import os
import re
import sys
import urllib.parse

# ---------------------------------------------------------------------------------------------
# Word lists

SPEECH_LEMMAS = {
    "say", "tell", "add", "state", "write", "comment", "tweet", "assert", "describe", "reply",
    "continue", "ask", "warn", "explain", "note", "claim", "insist", "argue", "announce",
    "declare", "report", "read", "quote", "respond", "answer", "acknowledge", "admit",
    "conclude", "remark", "reason", "call", "urge", "post", "suggest", "characterize",
    "characterise", "dub", "observe", "plead", "promise", "stress", "deny", "confirm",
}
# Tokens stripped from the left of a person's name (kept as variants in optional_entities).
TITLES = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "sir",
    "president", "prime", "minister", "senator", "sen.", "rep.", "representative", "governor",
    "gov.", "ambassador", "administrator", "secretary", "director", "chairman", "chief", "ceo",
    "general", "gen.", "captain", "pope", "king", "queen", "prince", "princess", "judge",
    "justice", "mayor", "officer", "spokesman", "spokeswoman", "spokesperson", "coach",
    "undersecretary", "lady", "lord", "saint", "st.", "rev.", "reverend", "father", "sheikh",
    "commissioner", "chancellor", "premier", "cardinal", "bishop", "archbishop", "qc", "mp",
    "sheriff", "deputy", "detective", "emeritus", "inspector", "sergeant", "colonel",
    "lieutenant", "major", "admiral", "councillor", "councilor", "dean", "chair",
    "republican", "democrat",
}
CONNECTORS = {"of", "for", "and", "&", "-", "–", "de", "du", "la", "on", "the", "del", "di", "al"}
QUOTE_CHARS = "\"'“”‘’`«»"
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|"
          "Dec\\.")
WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# An absolute calendar date: weekday, month name, day and/or year, in any usual combination.
DATE_RE = re.compile(
    r"^(?:(?:%(wd)s),? )?(?:(?:%(mo)s)(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?|"
    r"\d{1,2}(?:st|nd|rd|th)? (?:%(mo)s)(?:,? \d{4})?|\d{4}|(?:%(wd)s))$"
    % {"wd": WEEKDAYS, "mo": MONTHS})


# ---------------------------------------------------------------------------------------------
# Reading the conllu: words with character offsets in the rebuilt text

class Word:
    __slots__ = ("i", "sent", "form", "lemma", "upos", "xpos", "head", "deprel", "misc",
                 "start", "end", "space_after")


def parse_misc(s):
    out = {}
    if s == "_":
        return out
    for part in s.split("|"):
        if "=" in part:
            k, v = part.split("=", 1)
            out[k] = v
    return out


def read_conllu(path):
    """Return (meta, paragraphs, sentences, words).

    paragraphs: list of lists of sentence indices; sentences: dicts with 'words' (doc indices)
    and 'text'; words: list of Word with doc-level head index (None for root)."""
    meta, paragraphs, sentences, words = {}, [], [], []
    cur = None
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# meta::"):
            k, v = line[8:].split(" = ", 1)
            meta[k] = v
        elif line.startswith("# newpar") and not line.startswith("# newpar_block"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            cur = {"text": line[9:], "words": [], "tokens": []}
        elif line and line[0].isdigit():
            # read the whole sentence block
            block = []
            while i < len(lines) and lines[i]:
                block.append(lines[i].split("\t"))
                i += 1
            base = len(words)
            local = {}
            mwt_end, mwt = 0, None
            for cols in block:
                if "-" in cols[0]:
                    a, b = cols[0].split("-")
                    mwt = (int(a), int(b), cols[1], parse_misc(cols[9]))
                    continue
                if "." in cols[0]:
                    continue
                w = Word()
                w.i = len(words)
                w.sent = len(sentences)
                w.form, w.lemma, w.upos, w.xpos = cols[1], cols[2], cols[3], cols[4]
                w.head = int(cols[6])
                w.deprel = cols[7]
                w.misc = parse_misc(cols[9])
                w.space_after = w.misc.get("SpaceAfter") != "No"
                w.start = w.end = None
                local[int(cols[0])] = w.i
                words.append(w)
                cur["words"].append(w.i)
                wid = int(cols[0])
                if mwt and mwt[0] <= wid <= mwt[1]:
                    if wid == mwt[0]:
                        cur["tokens"].append((mwt[2], [w.i], mwt[3].get("SpaceAfter") != "No"))
                    else:
                        cur["tokens"][-1][1].append(w.i)
                else:
                    cur["tokens"].append((w.form, [w.i], w.space_after))
            for wi in cur["words"]:
                h = words[wi].head
                words[wi].head = None if h == 0 else local[h]
            sentences.append(cur)
            paragraphs[-1].append(len(sentences) - 1)
            continue
        i += 1
    return meta, [p for p in paragraphs if p], sentences, words


def split_by_xml_blocks(paragraphs, sblock):
    """The conllu paragraphs (# newpar) split further where the XML text block changes:
    some documents have text outside <p> (no # newpar before the body after a dateline <p>)
    or a picture caption followed by body text without a # newpar."""
    out = []
    for para in paragraphs:
        cur = [para[0]]
        for si in para[1:]:
            if sblock[si] != sblock[cur[-1]]:
                out.append(cur)
                cur = []
            cur.append(si)
        out.append(cur)
    return out


def merge_split_quotes(paragraphs, sentences, words):
    """GUM sometimes puts the rest of a quotation in its own block ("said, "I think ... game."
    + block: "It was a very emotional day. ... better.""): a paragraph that ends inside an
    open double quotation, followed by one that closes it before opening any, is joined to it,
    so that the quotation is one span of the text."""
    def balance(para):
        depth, closes_first = 0, False
        for si in para:
            for wi in sentences[si]["words"]:
                w = words[wi]
                if w.form in "'‘’":
                    continue
                if w.xpos == "``":
                    depth += 1
                elif w.xpos == "''":
                    if depth == 0:
                        closes_first = True
                    else:
                        depth -= 1
        return depth, closes_first
    out = []
    for para in paragraphs:
        if out and balance(out[-1])[0] > 0 and balance(para)[1]:
            out[-1] = out[-1] + para
        else:
            out.append(list(para))
    return out


def build_text(paragraphs, sentences, words):
    """Join tokens with the SpaceAfter=No information; check against the '# text' lines."""
    out = []
    pos = 0
    for pi, para in enumerate(paragraphs):
        if pi:
            out.append("\n\n")
            pos += 2
        for k, si in enumerate(para):
            s = sentences[si]
            if k:
                prev = sentences[para[k - 1]]["tokens"][-1]
                if prev[2]:
                    out.append(" ")
                    pos += 1
            sstart = pos
            for ti, (surface, wis, space) in enumerate(s["tokens"]):
                forms = [words[w].form for w in wis]
                if len(wis) > 1 and "".join(forms) == surface:
                    p = pos
                    for w, fm in zip(wis, forms):
                        words[w].start, words[w].end = p, p + len(fm)
                        p += len(fm)
                else:
                    for w in wis:
                        words[w].start, words[w].end = pos, pos + len(surface)
                out.append(surface)
                pos += len(surface)
                if space and ti < len(s["tokens"]) - 1:
                    out.append(" ")
                    pos += 1
            built = "".join(out)[sstart:pos]
            if built != s["text"]:
                raise SystemExit("text mismatch in sentence %d:\n%r\n%r" % (si, built, s["text"]))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Entity mentions (conllu MISC Entity=, bracket notation)

MENTION_OPEN = re.compile(r"\((\d+)-([^()]*)(\)?)")


def read_mentions(words):
    mentions = []
    open_ = {}
    for w in words:
        val = w.misc.get("Entity")
        if not val:
            continue
        pos = 0
        while pos < len(val):
            if val[pos] == "(":
                m = MENTION_OPEN.match(val, pos)
                if not m:
                    raise SystemExit("bad Entity value %r" % val)
                fields = m.group(2).split("-", 6)
                # fields: etype, infstat, salience, centering, minspan, link[-identity]
                etype = fields[0]
                rest = fields[5] if len(fields) > 5 else ""
                identity = rest.split("-", 1)[1] if "-" in rest else ""
                ment = {"eid": int(m.group(1)), "etype": etype, "start": w.i, "end": None,
                        "identity": urllib.parse.unquote(identity)}
                mentions.append(ment)
                if m.group(3):
                    ment["end"] = w.i + 1
                else:
                    open_.setdefault(ment["eid"], []).append(ment)
                pos = m.end()
            else:
                m = re.compile(r"(\d+)\)").match(val, pos)
                if not m:
                    raise SystemExit("bad Entity value %r" % val)
                open_[int(m.group(1))].pop()["end"] = w.i + 1
                pos = m.end()
    assert all(not v for v in open_.values()), "unclosed mentions"
    return mentions


def mention_head(m, words):
    heads = [i for i in range(m["start"], m["end"])
             if words[i].head is None or not (m["start"] <= words[i].head < m["end"])]
    heads = [h for h in heads if words[h].upos != "PUNCT"] or heads
    return heads[0]


def is_proper(w):
    return w.xpos in ("NNP", "NNPS")


def span_text(text, words, a, b):
    """Text of words a..b-1 (inclusive start, exclusive end)."""
    return text[words[a].start:words[b - 1].end]


def flat_span(h, words, lo, hi):
    """Head plus its flat dependents (transitively), as a contiguous word range."""
    members = {h}
    changed = True
    while changed:
        changed = False
        for i in range(lo, hi):
            if i not in members and words[i].head in members and words[i].deprel.startswith("flat"):
                members.add(i)
                changed = True
    return min(members), max(members) + 1


def proper_run(h, words, lo, hi, connectors=True, mentions_at=None, etype=None):
    """Maximal run of proper nouns around h inside [lo, hi), crossing short connector runs
    (of, for, and, the, &, -) only when a proper noun follows inside the mention.  Not
    crossed: "of the"
    before a place mention ("University of Sheffield of the UK"), "and" before another
    mention of the same type ("Irving Independent School District and the Irving Police
    Department"), a lone "the"."""
    a = h
    while a - 1 >= lo:
        if is_proper(words[a - 1]):
            a -= 1
            continue
        if not connectors:
            break
        j = a - 1
        while j >= lo and j >= a - 2 and words[j].form.lower() in CONNECTORS:
            j -= 1
        if j >= lo and j < a - 1 and is_proper(words[j]) and words[j + 1].form.lower() != "the":
            a = j
            continue
        break
    # a capitalised connector opening the name: "For Inspiration and Recognition of ..."
    if connectors and a - 1 >= lo and words[a - 1].form in ("For", "Of", "And"):
        a -= 1
    b = h + 1
    while b < hi:
        if is_proper(words[b]):
            b += 1
            continue
        if not connectors:
            break
        j = b
        while j < hi and j < b + 2 and words[j].form.lower() in CONNECTORS:
            j += 1
        if j < hi and j > b and is_proper(words[j]):
            conn = [words[x].form.lower() for x in range(b, j)]
            if conn[0] in ("and", "&") and mentions_at and any(
                    m2["etype"] == etype
                    for x in range(b + 1, j + 1) for m2 in mentions_at.get(x, [])):
                # "X District and the Y Department": a second name, not one name
                break
            if conn == ["and", "the"]:
                break
            if conn == ["of", "the"] and mentions_at and any(
                    m2["etype"] == "place" for m2 in mentions_at.get(b + 1, [])):
                break
            b = j + 1
            continue
        break
    return a, b


def strip_the(s):
    if s.startswith(("the ", "The ")):
        return s[4:]
    return s


def clean_name(s):
    s = s.strip(" ,;:" + QUOTE_CHARS)
    if s.endswith(("'s", "’s")):
        s = s[:-2]
    return s.strip()


# ---------------------------------------------------------------------------------------------
# XML markup: <quote>, <q>, <date>, aligned on word index

def read_xml_spans(path, n_words):
    """Word spans of <quote>, <q>, <date>, <time>, and for each sentence the id of the
    innermost enclosing text block (<p>, <head>, <caption>, <item>; 0 outside any)."""
    spans = {"quote": [], "q": [], "date": [], "time": [], "sblock": []}
    stack = []
    blocks = []
    nblock = 0
    count = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line and not line.startswith("<"):
                count += 1
                continue
            m = re.match(r"<(/?)([a-z]+)\b", line)
            if m and m.group(2) in ("p", "head", "caption", "item"):
                if m.group(1):
                    blocks.pop()
                else:
                    nblock += 1
                    blocks.append(nblock)
            if m and m.group(2) == "s" and not m.group(1):
                spans["sblock"].append(blocks[-1] if blocks else 0)
            if not m or m.group(2) not in spans or m.group(2) == "sblock":
                continue
            if not m.group(1):
                stack.append((m.group(2), count))
            else:
                tag, start = stack.pop()
                assert tag == m.group(2)
                spans[tag].append((start, count))
    if count != n_words:
        raise SystemExit("%s: %d XML tokens vs %d conllu words" % (path, count, n_words))
    return spans


# ---------------------------------------------------------------------------------------------
# Entities

def word_expand(a, b, words, lo, hi):
    """Grow [a, b) to whole orthographic words inside [lo, hi): "Lung - pin" written
    "Lung-pin" is one word; never grows over a possessive or over , . ; : ( ) quotes."""
    def joinable(w):
        return w.xpos not in ("POS", ",", ".", ":", "``", "''", "-LRB-", "-RRB-") and \
            w.form not in (",", ".", ";", ":", "(", ")", "'s", "’s")
    while a - 1 >= lo and not words[a - 1].space_after and joinable(words[a - 1]) and \
            (words[a - 1].form not in ("-", "–") or (a - 2 >= lo and not words[a - 2].space_after)):
        a -= 1
    while b < hi and not words[b - 1].space_after and joinable(words[b]) and \
            (words[b].form not in ("-", "–") or (b + 1 < hi and not words[b].space_after)):
        b += 1
    return a, b


def identity_span(m, h, words, text):
    """Token span inside the mention whose text is the mention's Wikipedia identity
    ("Colorado_State_University" in "Colorado State University of the US"), if it covers
    the head."""
    ident = m["identity"]
    if not ident:
        return None
    ident = re.sub(r"\s*\([^)]*\)$", "", ident.replace("_", " ")).strip()
    lo, hi = m["start"], m["end"]
    for a in range(lo, h + 1):
        for b in range(h + 1, hi + 1):
            if span_text(text, words, a, b) == ident:
                return a, b
    return None


def person_core(h, words, lo, hi, ra):
    """A person's name around h: the head with its flat dependents ("Charles Bolden"), grown
    to whole words, plus a first modifier that starts the proper-noun run ("Epic Mickey",
    "Black Widow", "Colette Heald"), minus leading titles ("General Suleiman al-Amr")."""
    a, b = flat_span(h, words, lo, hi)
    a, b = word_expand(a, b, words, lo, hi)
    one_word = all(not words[i].space_after for i in range(a, b - 1))
    if one_word and a - 1 >= lo and a - 1 == ra and is_proper(words[a - 1]) and \
            words[a - 1].head in range(a, b) and \
            words[a - 1].deprel in ("compound", "amod", "nmod:desc") and \
            words[a - 1].form.lower() not in TITLES:
        a -= 1
    titles = [i for i in range(a, b - 1) if words[i].form.lower() in TITLES]
    if titles:
        a = titles[-1] + 1
    return a, b


def name_of(m, h, words, text, mentions_at):
    """Return (a, b, full_a, full_b, role) for a person/organisation/place mention: the name
    span, a larger proper-noun span (titles etc.) and whether the mention is a role/group
    rather than a name.  None if the mention holds no name."""
    lo, hi = m["start"], m["end"]
    hw = words[h]
    typ = m["etype"]
    if not is_proper(hw) or (typ == "person" and hw.form.lower() in TITLES):
        if typ != "person":
            return None
        # "campaigner Caitlin Boswell" (name flat on the role noun), "coauthor Colette Heald"
        # (name in apposition): the name part has a proper-noun head
        kids = [i for i in range(lo, hi) if words[i].head == h and is_proper(words[i])]
        flat = [i for i in kids if words[i].deprel.startswith("flat")]
        appos = [i for i in kids if words[i].deprel == "appos"]
        if flat:
            spans = [flat_span(i, words, lo, hi) for i in flat]
            a, b = min(x[0] for x in spans), max(x[1] for x in spans)
            a, b = word_expand(a, b, words, lo, hi)
            titles = [i for i in range(a, b - 1) if words[i].form.lower() in TITLES]
            if titles:
                a = titles[-1] + 1
        elif appos:
            ra, _ = proper_run(appos[0], words, lo, hi, connectors=False)
            a, b = person_core(appos[0], words, lo, hi, ra)
        else:
            return None
        if not all(is_proper(words[i]) or not words[i].space_after or
                   words[i].form in ("-", "–") for i in range(a, b)):
            return None
        return a, b, lo, b, not (words[b - 1].form[:1].isupper() or words[b - 1].upos == "PROPN")
    ident = identity_span(m, h, words, text)
    if typ == "person":
        ra, rb = proper_run(h, words, lo, hi, connectors=False)
        ra, rb = word_expand(ra, rb, words, lo, hi)
        if ident and ra <= ident[0] and ident[1] <= rb:
            a, b = ident
        else:
            a, b = person_core(h, words, lo, hi, ra)
        cr = proper_run(h, words, lo, hi)
        role = words[b - 1].form.lower() in TITLES or hw.xpos == "NNPS" or \
            not (words[b - 1].form[:1].isupper() or words[b - 1].upos == "PROPN") or \
            (cr[1] > b and words[b].form.lower() in ("of", "for"))  # "Man of the Match"
        # "the Taliban", "the Rohingya": a group, not a person's name
        if b - a == 1 and a > lo and (words[a - 1].form.lower() == "the" or
                                      words[a - 1].xpos in ("DT", "CD")):
            role = True
        return a, b, ra, rb, role
    if ident:
        a, b = ident
    else:
        a, b = proper_run(h, words, lo, hi, mentions_at=mentions_at, etype=typ)
        a, b = word_expand(a, b, words, lo, hi)
    role = hw.xpos == "NNPS" and b - a == 1  # "Belgians"
    return a, b, a, b, role


def collect_entities(text, words, sentences, mentions, xml):
    ents = {"PERSON": set(), "ORG": set(), "PLACE": set(), "DATE": set()}
    optional = set()
    name_spans = []  # (a, b, type, name, modifier) of names kept, to detect nested names
    mapping = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}
    mentions_at = {}
    for m in mentions:
        mentions_at.setdefault(m["start"], []).append(m)
    for m in mentions:
        m["head"] = mention_head(m, words)
    for m in mentions:
        h = m["head"]
        lo, hi = m["start"], m["end"]
        hw = words[h]
        m["name"] = None
        if m["etype"] in mapping:
            typ = mapping[m["etype"]]
            r = name_of(m, h, words, text, mentions_at)
            if r is None:
                continue
            a, b, fa, fb, role = r
            name = clean_name(span_text(text, words, a, b))
            full = clean_name(span_text(text, words, min(a, fa), max(b, fb)))
            if role:
                optional.add(name)
                optional.add(full)
                continue
            variants = []
            if full != name:
                variants.append(full)
                # title + name, e.g. "Professor Eastman"
                if a > lo and words[a - 1].form.lower() in TITLES:
                    variants.append(clean_name(span_text(text, words, a - 1, b)))
                optional.update(variants)
            m["variants"] = variants
            if name.startswith(("the ", "The ")):
                optional.add(name)
                name = strip_the(name)
            if not name or not any(c.isalpha() for c in name):
                continue
            if a > lo and words[a - 1].form.lower() == "the":
                optional.add(span_text(text, words, a - 1, b))
            if b < len(words) and words[b].xpos == "POS":
                optional.add(span_text(text, words, a, b + 1))
            m["name"] = name
            m["type"] = typ
            ents[typ].add(name)
            # a modifier inside a larger proper name outside the mention ("World" in "World
            # Cup", "Environment" in "Environment Canada")
            modifier = b == hi and hi < len(words) and is_proper(words[hi]) and \
                words[h].deprel == "compound" and words[h].head is not None and \
                words[h].head >= hi
            name_spans.append((a, b, typ, name, modifier))
        elif m["etype"] == "time":
            if hw.upos == "PRON":
                continue
            s = clean_name(span_text(text, words, lo, hi))
            optional.add(s)
            optional.add(strip_the(s))
        elif is_proper(hw):
            # proper-named events, objects, substances...: a NER may tag them as ORG etc.
            optional.add(clean_name(span_text(text, words, *proper_run(h, words, lo, hi))))

    # Dates: time mentions that are absolute calendar dates.  Adjacent date mentions separated
    # by a comma only ("Thursday, February 23, 2006") are merged; parts go to optional.
    tms = sorted({(m["start"], m["end"]) for m in mentions if m["etype"] == "time"})
    date_spans = []
    for a, b in tms:
        s = span_text(text, words, a, b)
        if DATE_RE.match(s):
            date_spans.append((a, b))
    # keep the maximal spans only
    maximal = [d for d in date_spans
               if not any(o != d and o[0] <= d[0] and d[1] <= o[1] for o in date_spans)]
    merged = []
    for a, b in maximal:
        if merged and (a == merged[-1][1] or (a == merged[-1][1] + 1
                                              and words[a - 1].form == ",")) \
                and words[a].sent == words[merged[-1][0]].sent:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    for a, b in merged:
        s = span_text(text, words, a, b)
        if DATE_RE.match(s) or re.match(r"^(%s), " % WEEKDAYS, s):
            ents["DATE"].add(s)
    for a, b in date_spans:
        s = span_text(text, words, a, b)
        if s not in ents["DATE"]:
            optional.add(s)
    # dates GUM marks in the XML (<date>, <time>) but not as a time mention, and lone
    # weekday/month names: optional
    for a, b in xml["date"] + xml["time"]:
        if b > a:
            optional.add(clean_name(span_text(text, words, a, b)))
    for w in words:
        if re.match(r"^(%s|%s)$" % (WEEKDAYS, MONTHS), w.form):
            optional.add(w.form)

    # Names nested inside a longer name of another mention (e.g. "NSW" in "University of
    # NSW"): a flat NER cannot output them; if that text is never a stand-alone name it is
    # made optional.
    nested_only = {}
    for a, b, typ, name, modifier in name_spans:
        inside = modifier or any(a2 <= a and b <= b2 and (a2, b2) != (a, b)
                                 for a2, b2, _, _, _ in name_spans)
        nested_only.setdefault((typ, name), []).append(inside)
    for (typ, name), flags in nested_only.items():
        if all(flags):
            ents[typ].discard(name)
            optional.add(name)

    # Demonyms and other capitalised adjectives ("Australian", "Chinese"): NORP in our scheme,
    # not annotated by GUM -> optional.  Numbers, percentages, money: not annotated -> optional.
    for s in sentences:
        ws = s["words"]
        for k, wi in enumerate(ws):
            w = words[wi]
            in_name = (k > 0 and is_proper(words[ws[k - 1]])) or \
                (k + 1 < len(ws) and is_proper(words[ws[k + 1]]))
            first = k == 0 or words[ws[k - 1]].xpos in ("``", ":", ".", "-LRB-")
            if w.upos == "ADJ" and w.form[:1].isupper() and not first and not in_name:
                optional.add(w.form)
            if w.xpos == "NNPS" and not in_name:
                optional.add(w.form)
        k = 0
        while k < len(ws):
            if words[ws[k]].xpos == "CD":
                j = k
                while j + 1 < len(ws) and words[ws[j + 1]].xpos == "CD":
                    j += 1
                a, b = ws[k], ws[j] + 1
                optional.add(span_text(text, words, a, b))
                if k > 0 and words[ws[k] - 1].xpos in ("$", "NNP") and \
                        words[ws[k] - 1].form in ("$", "US$", "£", "€", "A$", "C$", "NZ$"):
                    a = a - 1
                    optional.add(span_text(text, words, a, b))
                for ext in (1, 2):
                    if j + ext < len(ws):
                        tail = " ".join(words[x].form.lower() for x in ws[j + 1:j + 1 + ext])
                        if tail in ("%", "percent", "per cent", "million", "billion", "years",
                                    "days", "hours", "months", "weeks", "minutes", "seconds",
                                    "year", "day", "hour", "month", "week"):
                            optional.add(span_text(text, words, a, ws[j + ext] + 1))
                            optional.add(span_text(text, words, ws[k], ws[j + ext] + 1))
                k = j + 1
            else:
                k += 1

    # A text of several types among PERSON/ORG/PLACE: several answers defensible -> optional.
    seen = {}
    for typ in ("PERSON", "ORG", "PLACE", "DATE"):
        for name in ents[typ]:
            seen.setdefault(name, []).append(typ)
    for name, typs in seen.items():
        if len(typs) > 1:
            for typ in typs:
                ents[typ].discard(name)
            optional.add(name)
    all_names = set().union(*ents.values())
    optional = {o for o in optional if o and o not in all_names and o.strip()}
    return ents, optional


# ---------------------------------------------------------------------------------------------
# Quotes

def quote_mark_spans(words, paragraphs, sentences):
    """Pair opening (``) and closing ('') quotation-mark words.  Returns a list of
    (open_index, close_index or None, depth, char) where the span content is
    open_index+1 .. close_index-1.  An opening mark left unclosed at the end of its paragraph
    is closed there (multi-paragraph quotation)."""
    spans = []
    for para in paragraphs:
        stack = []
        idxs = [wi for si in para for wi in sentences[si]["words"]]
        for wi in idxs:
            w = words[wi]
            if w.xpos == "``":
                stack.append(wi)
            elif w.xpos == "''":
                # close the innermost opening mark of the same family (' vs ")
                single = w.form in "'‘’"
                for k in range(len(stack) - 1, -1, -1):
                    if (words[stack[k]].form in "'‘’") == single:
                        o = stack.pop(k)
                        spans.append((o, wi, len(stack)))
                        break
        for o in stack:
            spans.append((o, idxs[-1] + 1, 0))
    return sorted(spans)


def speaker_names(eid, mentions, words, text):
    """Names for the entity (coreference cluster) eid: the textual names of its proper-noun
    mentions, full name first."""
    names = []
    for m in mentions:
        if m["eid"] == eid and m.get("name"):
            names.append(m["name"])
    variants = []
    for m in mentions:
        if m["eid"] == eid and m.get("name") and m["type"] == "PERSON":
            variants.extend(v for v in m.get("variants", []) if v not in names)
    if not names:
        return []
    names = sorted(set(names), key=lambda s: (-len(s.split()), -len(s), s))
    return names + sorted(set(variants) - set(names))


def find_subject(v, words):
    deps = [i for i in range(len(words)) if words[i].head == v]
    for d in deps:
        if words[d].deprel in ("nsubj", "nsubj:outer"):
            return d
    # "according to X" (UD: "according" is a case marker of X, or X is its obl)
    if words[v].lemma == "accord":
        if words[v].deprel == "case":
            return words[v].head
        for d in deps:
            if words[d].deprel.startswith("obl"):
                return d
    # "in the words of X"
    if words[v].lemma == "word":
        for d in deps:
            if words[d].deprel.startswith("nmod"):
                return d
    # verb without own subject: conj/xcomp of a verb with a subject
    if words[v].deprel in ("conj", "xcomp", "advcl") and words[v].head is not None:
        return find_subject(words[v].head, words)
    return None


def derive_speaker(qa, qb, words, sentences, mentions, text, paragraphs, in_quote):
    """Speech verb outside any quotation, in the quote's sentence(s), else in the previous
    sentence of the same paragraph (continuing quotations), with a subject that is (or
    corefers with) a named person/organisation.  Returns (names, evidence) or (None, why)."""
    sents = sorted({words[i].sent for i in range(qa, qb)})

    def cues_in(sids):
        out = []
        for si in sids:
            for wi in sentences[si]["words"]:
                w = words[wi]
                if in_quote[wi]:
                    continue
                if (w.upos == "VERB" and w.lemma in SPEECH_LEMMAS) or \
                        (w.lemma == "accord" and w.form.lower() == "according") or \
                        (w.lemma in ("issue", "release") and any(
                            words[d].head == wi and words[d].lemma == "statement"
                            for d in sentences[si]["words"])) or \
                        (w.lemma == "word" and w.form.lower() == "words" and any(
                            words[d].head == wi and words[d].deprel.startswith("nmod")
                            for d in sentences[si]["words"])):
                    out.append(wi)
        return out

    # pull quote followed by a dash and a name: "..." - Matthew Ingram
    k = qb + 1 if qb < len(words) and words[qb].xpos == "''" else qb
    if k + 1 < len(words) and words[k].form in ("-", "–", "—") and words[k + 1].sent == words[k].sent:
        for m in mentions:
            if m["start"] == k + 1 and m.get("name") and m["type"] == "PERSON":
                return speaker_names(m["eid"], mentions, words, text), "dash attribution"
    cues = cues_in(sents)
    where = "same sentence"
    if not cues and quote_kind(text[words[qa].start:words[qb - 1].end]) == "direct":
        # previous sentence in the same paragraph, or the last sentence of the previous
        # paragraph when this quotation is a whole paragraph of its own
        prev = sents[0] - 1
        para_of = {si: pi for pi, p in enumerate(paragraphs) for si in p}
        if prev >= 0:
            own_par = paragraphs[para_of[sents[0]]]
            whole_par = all(in_quote[wi] or words[wi].upos == "PUNCT"
                            for si in own_par for wi in sentences[si]["words"])
            intro = words[sentences[prev]["words"][-1]].form in (":", ",")
            if para_of[prev] == para_of[sents[0]] or whole_par or intro:
                cues = cues_in([prev])
                where = "previous sentence"
    if not cues:
        return None, "no speech verb"
    # nearest cue to the quotation
    cue = min(cues, key=lambda c: min(abs(c - qa), abs(c - qb)))
    subj = find_subject(cue, words)
    if subj is None:
        return None, "speech verb %r without subject" % words[cue].form
    # smallest mention headed by the subject
    cands = [m for m in mentions if m["start"] <= subj < m["end"] and m.get("head") == subj]
    if not cands:
        cands = [m for m in mentions if m["start"] <= subj < m["end"]]
    cands.sort(key=lambda m: m["end"] - m["start"])
    if not cands:
        # subject that is no mention, with a named possessor ("PC World's recent analysis")
        for d in range(len(words)):
            if words[d].head == subj and words[d].deprel == "nmod:poss":
                for m2 in mentions:
                    if m2.get("head") == d and m2.get("name"):
                        return speaker_names(m2["eid"], mentions, words, text), \
                            "%s: %s -> %s's %s" % (where, words[cue].form, words[d].form,
                                                    words[subj].form)
    for m in cands:
        names = speaker_names(m["eid"], mentions, words, text) \
            if m["etype"] in ("person", "organization", "place") else []
        if names:
            return names, "%s: %s -> %s" % (where, words[cue].form, words[subj].form)
        # possessor of an unnamed subject: "PC World's analysis concluded", "Cornyn's
        # statement added"
        poss = [d for d in sentences[words[subj].sent]["words"]
                if words[d].head == subj and words[d].deprel == "nmod:poss"]
        for d in poss:
            for m2 in mentions:
                if m2.get("head") == d and m2.get("name"):
                    names = speaker_names(m2["eid"], mentions, words, text)
                    if names:
                        return names, "%s: %s -> %s's %s" % (
                            where, words[cue].form, words[d].form, words[subj].form)
        if m["etype"] not in ("person", "organization", "place"):
            continue
        if words[subj].upos == "NOUN":
            # unnamed source described by a common noun ("the report's authors")
            return [words[subj].lemma], "%s: %s -> unnamed %s" % (where, words[cue].form,
                                                                  words[subj].form)
        if words[subj].upos == "PRON":
            # "They call for ...": a common-noun mention of the same entity ("the authors")
            nominal = [m2 for m2 in mentions if m2["eid"] == m["eid"] and
                       words[m2["head"]].upos == "NOUN" and m2["start"] < m["start"]]
            if nominal:
                hd = words[nominal[-1]["head"]]
                return [hd.lemma], "%s: %s -> %s = unnamed %s" % (
                    where, words[cue].form, words[subj].form, hd.form)
        ident = m["identity"]
        if ident:
            return [re.sub(r"\s*\(.*\)$", "", ident.replace("_", " "))], \
                "%s: %s -> %s (identity)" % (where, words[cue].form, words[subj].form)
        return None, "subject %r has no name" % words[subj].form
    return None, "subject %r is not a person/organisation mention" % words[subj].form


def quote_kind(qtext):
    t = qtext.lstrip(" .…[(")
    first = t[:1]
    nwords = len(qtext.split())
    if first.isupper() and (nwords >= 3 or qtext.rstrip()[-1:] in ".!?,"):
        return "direct"
    return "partial"


def collect_quotes(name, text, words, sentences, paragraphs, mentions, xml, overrides, log):
    n = len(words)
    in_elem = {"quote": [False] * n, "q": [False] * n}
    for tag in ("quote", "q"):
        for a, b in xml[tag]:
            for i in range(a, b):
                in_elem[tag][i] = True
    marks = quote_mark_spans(words, paragraphs, sentences)
    in_quote = [False] * n
    for o, c, depth in marks:
        for i in range(o, min(c + 1, n)):
            in_quote[i] = True
    quotes, ignore = [], []
    covered = [False] * n
    for o, c, depth in marks:
        for i in range(o, min(c + 1, n)):
            covered[i] = True
        a, b = o + 1, c
        if b <= a:
            continue
        qtext = text[words[a].start:words[b - 1].end]
        key = next(((n, pre) for n, pre in overrides if n == name and qtext.startswith(pre)),
                   None)
        inner = [i for i in range(a, b)]
        src = "quote" if any(in_elem["quote"][i] for i in inner) else "none"
        if all(in_elem["q"][i] for i in inner) and not any(
                in_elem["quote"][i] and not in_elem["q"][i] for i in inner):
            src = "q"
        nested = depth > 0
        if key in overrides:
            ov = overrides[key]
            if ov is None:
                ignore.append(qtext)
                log.append(("ignore", name, qtext, "hand-checked: no confident speaker / "
                            "not speech"))
            else:
                quotes.append({"text": qtext, "speaker": ov, "kind": quote_kind(qtext)})
                log.append(("quote", name, qtext, "hand-checked speaker %s" % ov))
            continue
        if nested:
            ignore.append(qtext)
            log.append(("ignore", name, qtext, "nested quotation"))
            continue
        if src == "q":
            ignore.append(qtext)
            log.append(("ignore", name, qtext, "GUM <q>: title / scare quote / mention"))
            continue
        alpha = [t for t in re.findall(r"[^\W\d_][\w'’-]*", qtext)]
        if src == "none" and alpha and len(alpha) <= 8 and all(
                t[0].isupper() or t.lower() in ("of", "the", "a", "an", "and", "in", "on", "for",
                                                 "to", "vs", "vs.") for t in alpha) and \
                qtext.rstrip()[-1:] not in ".!?,":
            ignore.append(qtext)
            log.append(("ignore", name, qtext, "title-case name/title, not speech"))
            continue
        spk, why = derive_speaker(a, b, words, sentences, mentions, text, paragraphs, in_quote)
        if spk is None:
            ignore.append(qtext)
            log.append(("ignore", name, qtext, "%s, no speaker: %s" % (src, why)))
            continue
        quotes.append({"text": qtext, "speaker": spk, "kind": quote_kind(qtext)})
        log.append(("quote", name, qtext, "%s, %s => %s" % (src, why, spk)))
    # <quote> elements with no quotation marks at all (block quotes, pull quotes): the plain
    # text shows no quotation -> ignore_quotes.
    for a, b in xml["quote"]:
        if not any(covered[i] for i in range(a, b)):
            qtext = text[words[a].start:words[b - 1].end]
            ignore.append(qtext)
            log.append(("ignore", name, qtext, "<quote> without quotation marks"))
    return quotes, ignore


# Hand-checked decisions (document, start of the quote) -> speaker names, or None for
# ignore_quotes.  Only where the automatic derivation is wrong or unsafe, judged on the text
# alone (never on what quotemark predicts); tests/data/gum/README.md lists each with its reason
# and the decisions dropped since.
OVERRIDES = {
    # The quoted words are the sheriff's spokesman's, reporting what Montalvo did/said; the
    # nearest speech verb ("told the police") has Montalvo as subject.
    ("gum-defector", "walked into lobby of the East L.A."): ["Steve Whitmore", "Whitmore"],
    ("gum-defector", "everything he did"): ["Steve Whitmore", "Whitmore"],
    # GUM's coreference links "One poster" / "The poster" to the journalist Matthew Ingram; the
    # text credits the words to an "Anonymous blogger" who bombarded the site himself: an
    # unnamed source, scored by its description (both spans of the "Prompted ..." quote).
    ("gum-hackers", "I have myself, as per instructions"): ["poster", "blogger"],
    ("gum-hackers", "Prompted I think by the Tom Cruise video"): ["poster", "blogger"],
    # A name coined by the writer ("dubbed the ongoing conflict ...: "...""), kind `other`.
    ("gum-hackers", "Scientology vs. the Internet"): None,
    # A rating label (Secunia's severity level), not an utterance: kind `other`.
    ("gum-ie9", "highly critical"): None,
    # Continuation (after a picture caption) of Gregoire's multi-paragraph statement.
    ("gum-nasa", "However, the full fuselage trainer"): ["Chris Gregoire", "Gregoire"],
    # Answer to the preceding question about Kiara Perkins.
    ("gum-warhol", "It's Warhol. He is a legend."): ["Kiara Perkins", "Perkins"],
}


# Hand-checked entity texts moved from `entities` to `optional_entities` (GUM types them
# person, but they are not a person's name in our scheme).
ENTITY_FIXES = {
    ("gum-hackers", "PERSON", "Scientology-critic"),  # a description, "critic" tagged NNP
    ("gum-asylum", "PERSON", "Rohingya"),  # "One Rohingya": a people (NORP)
}


def convert(src, out):
    os.makedirs(out, exist_ok=True)
    log = []
    summary = []
    for path in sorted(glob.glob(os.path.join(src, "dep_conllu", "GUM_news_*.conllu"))):
        short = os.path.basename(path)[len("GUM_news_"):-len(".conllu")]
        name = "gum-" + short
        meta, paragraphs, sentences, words = read_conllu(path)
        xml = read_xml_spans(os.path.join(src, "xml", "GUM_news_%s.xml" % short), len(words))
        assert len(xml["sblock"]) == len(sentences)
        paragraphs = split_by_xml_blocks(paragraphs, xml["sblock"])
        paragraphs = merge_split_quotes(paragraphs, sentences, words)
        text = build_text(paragraphs, sentences, words)
        mentions = read_mentions(words)
        ents, optional = collect_entities(text, words, sentences, mentions, xml)
        for doc, typ, txt in ENTITY_FIXES:
            if doc == name and txt in ents[typ]:
                ents[typ].discard(txt)
                if not any(txt in v for v in ents.values()):
                    optional.add(txt)
        quotes, ignore = collect_quotes(name, text, words, sentences, paragraphs, mentions, xml,
                                        OVERRIDES, log)
        gold = {
            "quotes": quotes,
            "ignore_quotes": ignore,
            "entities": {t: sorted(v) for t, v in ents.items() if v},
            "optional_entities": sorted(optional),
        }
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")
        with open(os.path.join(out, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
        summary.append((name, meta, ents, quotes, ignore, optional))
    return summary, log


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    summary, log = convert(sys.argv[1], sys.argv[2])
    verbose = os.environ.get("GUM_VERBOSE")
    if verbose:
        for kind, name, qtext, why in log:
            print("%-6s %-18s %-70.70r %s" % (kind, name, qtext, why))
    cols = ("PERSON", "ORG", "PLACE", "DATE", "optional", "quotes", "direct", "partial",
            "ignore")
    tot = dict.fromkeys(cols, 0)
    print("%-18s" % "document" + "".join("%9s" % c for c in cols))
    for name, meta, ents, quotes, ignore, optional in summary:
        row = [len(ents[t]) for t in ("PERSON", "ORG", "PLACE", "DATE")] + [
            len(optional), len(quotes), sum(q["kind"] == "direct" for q in quotes),
            sum(q["kind"] == "partial" for q in quotes), len(ignore)]
        for c, v in zip(cols, row):
            tot[c] += v
        print("%-18s" % name + "".join("%9d" % v for v in row))
    print("%-18s" % "TOTAL" + "".join("%9d" % tot[c] for c in cols))
    print("(every quote in `quotes` has a speaker; quotes without a confident speaker are in "
          "ignore_quotes)")


if __name__ == "__main__":
    main()
