//! Compiles the word lists in `data/` into one finite-state map in `$OUT_DIR`.
//!
//! Every list is plain UTF-8, one entry per line, with `#` header lines that must name a
//! `source:` and a `licence:`. An entry is a word or a space-separated phrase; `given_names.tsv`
//! adds a tab and the per cent of bearers who are female (`0`-`100`, or `-`). A blank line, stray
//! white space, a bad field or a repeated entry stops the build with `file:line`.
//!
//! Output (always the same bytes for the same input):
//! * `lexicon.fst`: lower-cased key → `u64` (category bits, see `CATEGORIES`, plus the female
//!   share + 1 in bits 32..40, 0 when unknown);
//! * `lexicon.rs`: the category bit constants, included by `src/lexicon/mod.rs`.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;

#[path = "src/words/lists.rs"]
#[allow(dead_code)]
mod word_lists;

#[path = "src/words/class.rs"]
#[allow(dead_code)]
mod class;

include!("src/lexicon/table_hash.rs");

#[path = "src/mentions/tagger/layout.rs"]
#[allow(dead_code)]
mod entity_layout;

#[allow(dead_code)]
mod entity_hash {
    include!("src/mentions/tagger/hash.rs");
}

/// Category bit names, in bit order.
const CATEGORIES: &[(&str, &str)] = &[
    ("GIVEN", "A given name."),
    ("SURNAME", "A surname."),
    (
        "HONORIFIC",
        "A courtesy title or abbreviation (Mr., Sen., Dr.).",
    ),
    (
        "TITLE",
        "A job or political title (Prime Minister, Trade Representative).",
    ),
    ("JOB", "A job noun (spokeswoman, analyst)."),
    ("KNOWN_PERSON", "The full name of a well-known person."),
    ("COUNTRY", "A country name."),
    ("CITY", "A city or capital."),
    ("STATE", "A US state or its AP abbreviation."),
    ("REGION", "A continent or region."),
    (
        "PLACE_WORD",
        "A noun that ends a place name (Lake, Province).",
    ),
    ("DEMONYM", "A nationality word (Chinese, Brazilians)."),
    (
        "NORP_GROUP",
        "A religious or political group (Catholics, Republicans).",
    ),
    ("ORG", "A named organisation."),
    ("NEWS", "A news outlet."),
    (
        "ORG_WORD",
        "A noun that ends an organisation name (Ministry, Bank).",
    ),
    ("LEGAL_SUFFIX", "A company legal form (Inc., Ltd, GmbH)."),
    ("SPEECH_VERB", "A form of a reporting verb (said, told)."),
    (
        "COMMON",
        "A word more often written in lower case than capitalised.",
    ),
    (
        "CAPS_ONLY",
        "An entity entry written only in capitals (UN, AP): needs capitals in text.",
    ),
];

/// (file under data/, category)
const LISTS: &[(&str, &str)] = &[
    ("people/given_names.tsv", "GIVEN"),
    ("people/surnames.txt", "SURNAME"),
    ("people/honorifics.txt", "HONORIFIC"),
    ("people/titles.txt", "TITLE"),
    ("curated/titles.txt", "TITLE"),
    ("people/job_nouns.txt", "JOB"),
    ("curated/job_nouns.txt", "JOB"),
    ("people/known_people.txt", "KNOWN_PERSON"),
    ("places/countries.txt", "COUNTRY"),
    ("curated/places.txt", "COUNTRY"),
    ("places/cities.txt", "CITY"),
    ("curated/cities.txt", "CITY"),
    ("places/us_states.txt", "STATE"),
    ("places/regions.txt", "REGION"),
    ("places/place_words.txt", "PLACE_WORD"),
    ("norp/demonyms.txt", "DEMONYM"),
    ("norp/groups.txt", "NORP_GROUP"),
    ("orgs/international.txt", "ORG"),
    ("orgs/government.txt", "ORG"),
    ("orgs/parties.txt", "ORG"),
    ("orgs/companies.txt", "ORG"),
    ("orgs/other.txt", "ORG"),
    ("curated/orgs.txt", "ORG"),
    ("orgs/news_outlets.txt", "NEWS"),
    ("orgs/org_words.txt", "ORG_WORD"),
    ("curated/org_words.txt", "ORG_WORD"),
    ("orgs/legal_suffixes.txt", "LEGAL_SUFFIX"),
    ("words/speech_verbs.txt", "SPEECH_VERB"),
    ("words/common_words.txt", "COMMON"),
    ("curated/common_words.txt", "COMMON"),
];

/// Categories whose entries keep their written case (so that all-capital entries are marked).
const CASED: &[&str] = &[
    "KNOWN_PERSON",
    "COUNTRY",
    "CITY",
    "STATE",
    "REGION",
    "DEMONYM",
    "NORP_GROUP",
    "ORG",
    "NEWS",
];

fn bit(category: &str) -> u64 {
    let i = CATEGORIES
        .iter()
        .position(|(name, _)| *name == category)
        .unwrap_or_else(|| panic!("unknown category {category}"));
    1 << i
}

/// Lower-cases a key and writes apostrophes one way.
fn normalise(entry: &str) -> String {
    entry.replace('’', "'").to_lowercase()
}

fn all_caps(entry: &str) -> bool {
    let mut letters = 0;
    for c in entry.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=src/words/lists.rs");
    println!("cargo:rerun-if-changed=src/words/class.rs");
    println!("cargo:rerun-if-changed=src/lexicon/table_hash.rs");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let mut map: BTreeMap<String, u64> = BTreeMap::new();
    // Keys with at least one cased entry not in capitals.
    let mut mixed_case: BTreeMap<String, bool> = BTreeMap::new();
    let caps_only = bit("CAPS_ONLY");
    for (file, category) in LISTS {
        let path = data.join(file);
        println!("cargo:rerun-if-changed=data/{file}");
        let text =
            fs::read_to_string(&path).unwrap_or_else(|e| panic!("data/{file}: cannot read: {e}"));
        let flag = bit(category);
        let cased = CASED.contains(category);
        let fields = if file.ends_with(".tsv") { 2 } else { 1 };
        let mut seen = std::collections::HashSet::new();
        let (mut has_source, mut has_licence) = (false, false);
        for (n, line) in text.lines().enumerate() {
            let at = format!("data/{file}:{}", n + 1);
            if let Some(header) = line.strip_prefix('#') {
                has_source |= header.trim_start().starts_with("source:");
                has_licence |= header.trim_start().starts_with("licence:");
                continue;
            }
            let parts: Vec<&str> = line.split('\t').collect();
            if parts.len() != fields {
                panic!(
                    "{at}: expected {fields} tab-separated field(s), found {}",
                    parts.len()
                );
            }
            let entry = parts[0];
            if entry.is_empty() {
                panic!("{at}: empty entry");
            }
            if entry.trim() != entry || entry.contains("  ") || entry.contains('\t') {
                panic!("{at}: stray white space in {entry:?}");
            }
            if !seen.insert(entry.to_string()) {
                panic!("{at}: duplicate entry {entry:?}");
            }
            let mut value = flag;
            if fields == 2 {
                let share = parts[1];
                if share != "-" {
                    match share.parse::<u64>() {
                        Ok(p) if p <= 100 => value |= (p + 1) << 32,
                        _ => panic!("{at}: female share must be 0-100 or -, found {share:?}"),
                    }
                }
            }
            let key = normalise(entry);
            if cased {
                let caps = all_caps(entry);
                let mixed = mixed_case.entry(key.clone()).or_insert(false);
                *mixed |= !caps;
            }
            let slot = map.entry(key).or_insert(0);
            if value >> 32 != 0 && *slot >> 32 == 0 {
                *slot |= value;
            } else {
                *slot |= value & 0xFFFF_FFFF;
            }
        }
        if !has_source || !has_licence {
            panic!("data/{file}:1: the header must have `# source:` and `# licence:` lines");
        }
    }
    for (key, mixed) in &mixed_case {
        if !mixed {
            if let Some(v) = map.get_mut(key) {
                *v |= caps_only;
            }
        }
    }
    let mut builder = fst::MapBuilder::memory();
    for (key, value) in &map {
        builder
            .insert(key.as_bytes(), *value)
            .unwrap_or_else(|e| panic!("fst insert {key:?}: {e}"));
    }
    let bytes = builder
        .into_inner()
        .unwrap_or_else(|e| panic!("fst build: {e}"));
    let out = env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let out = Path::new(&out);
    fs::write(out.join("lexicon.fst"), &bytes).unwrap_or_else(|e| panic!("write fst: {e}"));
    let mut rs = String::from("// Generated by build.rs from data/; do not edit.\n");
    for (i, (name, doc)) in CATEGORIES.iter().enumerate() {
        rs.push_str(&format!("/// {doc}\npub const {name}: u32 = 1 << {i};\n"));
    }
    rs.push_str(&format!(
        "/// Number of keys in the map.\n#[allow(dead_code)]\npub const KEYS: usize = {};\n",
        map.len()
    ));
    fs::write(out.join("lexicon.rs"), rs).unwrap_or_else(|e| panic!("write rs: {e}"));
    write_table(&map, out);
    write_entity_model(out);
}

/// Compiles the entity tagger's weights (`data/models/entities.tsv`, see
/// `src/mentions/tagger/layout.rs`) into `entity_model.bin`, the compact form the library lays out
/// on first use. Without the file the model is empty and the tagger leaves the rules' mentions as
/// they are.
fn write_entity_model(out: &Path) {
    let file = "data/models/entities.tsv";
    println!("cargo:rerun-if-changed={file}");
    println!("cargo:rerun-if-changed=src/mentions/tagger/layout.rs");
    println!("cargo:rerun-if-changed=src/mentions/tagger/hash.rs");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
    let parsed = match fs::read_to_string(&path) {
        Ok(text) => entity_layout::parse_model(&text).unwrap_or_else(|e| panic!("{file}:{e}")),
        Err(_) => entity_layout::Parsed {
            rows: Vec::new(),
            transitions: [[0; entity_layout::TAGS]; entity_layout::TAGS],
        },
    };
    let rows: Vec<entity_layout::Row> = parsed
        .rows
        .iter()
        .map(|(f, p, w)| (entity_hash::feature_key(f), *p, *w))
        .collect();
    let mut keys: Vec<(u32, u8)> = rows.iter().map(|r| (r.0, r.1)).collect();
    keys.sort_unstable();
    if let Some(w) = keys.windows(2).find(|w| w[0] == w[1]) {
        let name = parsed
            .rows
            .iter()
            .find(|r| entity_hash::feature_key(&r.0) == w[0].0);
        panic!("{file}: repeated feature (or hash collision) {name:?}");
    }
    let bytes = entity_layout::encode(&rows, &parsed.transitions);
    fs::write(out.join("entity_model.bin"), bytes)
        .unwrap_or_else(|e| panic!("write entity model: {e}"));
}

/// Writes `table.rs`: the word table of `src/lexicon/table.rs`, an open-addressing hash table
/// (linear probing, at most half full) from a lower-cased word to its listed class bits.
fn write_table(map: &BTreeMap<String, u64>, out: &Path) {
    let mut classes: BTreeMap<String, u64> = BTreeMap::new();
    let mut mark = |word: &str, bits: u64| {
        *classes.entry(normalise(word)).or_insert(0) |= bits;
    };
    let lists: [(&[&str], u64); 9] = [
        (word_lists::DETERMINERS, class::DETERMINER),
        (word_lists::AUXILIARIES_AND_ADVERBS, class::AUX_OR_ADVERB),
        (word_lists::CLAUSE_WORDS, class::CLAUSE_WORD),
        (word_lists::SOURCE_NOUNS, class::SOURCE_NOUN),
        (word_lists::LISTENER_VERBS, class::LISTENER_VERB),
        (word_lists::PREPOSITIONS, class::PREPOSITION),
        (word_lists::TIME_WORDS, class::TIME_WORD),
        (word_lists::PRONOUN_DETERMINERS, class::PRONOUN_DETERMINER),
        (word_lists::CORE_SPEECH_VERBS, class::CORE_SPEECH_VERB),
    ];
    for (list, bits) in lists {
        for w in list {
            mark(w, bits);
        }
    }
    for w in word_lists::INVERTING_VERBS {
        mark(w, class::INVERTING_VERB);
    }
    // A document noun is tested after one plural `s` is stripped: "letters" and "letter" are
    // documents; a listed word that ends in `s` ("analysis") only with another `s`.
    for w in word_lists::DOCUMENT_OR_BODY_NOUNS {
        for form in [w.to_string(), format!("{w}s")] {
            let singular = form.strip_suffix('s').unwrap_or(&form);
            if word_lists::DOCUMENT_OR_BODY_NOUNS.contains(&singular) {
                mark(&form, class::DOCUMENT_OR_BODY | class::SOURCE_NOUN);
            }
        }
    }
    // Single-word lexicon keys: reporting-verb forms, job nouns and titles.
    let speech = bit("SPEECH_VERB");
    let job = bit("JOB") | bit("TITLE");
    for (key, value) in map {
        if key.contains(' ') {
            continue;
        }
        if value & speech != 0 && key.is_ascii() && (2..=24).contains(&key.len()) {
            mark(key, class::SPEECH_FORM);
        }
        if value & job != 0 {
            mark(key, class::JOB_OR_TITLE | class::SOURCE_NOUN);
        }
    }
    let n = classes.len();
    let slots = (2 * n).next_power_of_two();
    assert!(n < u16::MAX as usize, "word table too large");
    let mut table = vec![0u16; slots];
    let mut keys = String::new();
    let mut ends = vec![0u32];
    let mut bits = Vec::with_capacity(n);
    for (i, (key, value)) in classes.iter().enumerate() {
        keys.push_str(key);
        ends.push(keys.len() as u32);
        bits.push(*value);
        let mut slot = table_hash(key.as_bytes()) as usize & (slots - 1);
        while table[slot] != 0 {
            slot = (slot + 1) & (slots - 1);
        }
        table[slot] = (i + 1) as u16;
    }
    let mut rs =
        String::from("// Generated by build.rs from src/words/lists.rs and data/; do not edit.\n");
    rs.push_str(&format!("static TABLE_KEYS: &str = {keys:?};\n"));
    rs.push_str(&format!(
        "static TABLE_ENDS: [u32; {}] = {ends:?};\n",
        ends.len()
    ));
    rs.push_str(&format!("static TABLE_CLASSES: [u64; {n}] = {bits:?};\n"));
    rs.push_str(&format!(
        "static TABLE_SLOTS: [u16; {slots}] = {table:?};\n"
    ));
    fs::write(out.join("table.rs"), rs).unwrap_or_else(|e| panic!("write table: {e}"));
}
