//! Compiles the word lists in `data/` into one sorted, front-coded map in `$OUT_DIR`.
//!
//! Every list is plain UTF-8, one entry per line, with `#` header lines that must name a
//! `source:` and a `licence:`. An entry is a word or a space-separated phrase; `given_names.tsv`
//! adds a tab and the per cent of bearers who are female (`0`-`100`, or `-`). A blank line, stray
//! white space, a bad field or a repeated entry stops the build with `file:line`.
//!
//! Output (always the same bytes for the same input):
//! * `lexicon_keys.bin`: the sorted map from a lower-cased key to its category bits (see
//!   `CATEGORIES`) and its female share (`write_keys`);
//! * `lexicon.rs`: the category bit constants, and `lexicon_map.rs`, the map's small tables, both
//!   included by `src/lexicon/mod.rs`;
//! * `table.rs`: the word table of `src/lexicon/table.rs`;
//! * `pos_model.rs`: the part-of-speech model (`data/models/pos_tagger.tsv`) as static tables,
//!   laid out as `src/pos/layout.rs` says (`write_pos_model`).

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

#[path = "src/mentions/tagger/layout.rs"]
#[allow(dead_code)]
mod entity_layout;

/// The stable sort `entity_layout` calls (the standard library's, in a build script; the
/// module allows its own unused code).
#[path = "src/sort.rs"]
mod sort;

#[allow(dead_code)]
mod entity_hash {
    include!("src/mentions/tagger/hash.rs");
}

#[path = "src/pos/layout.rs"]
mod pos_layout;

mod pos_hash {
    include!("src/pos/key_hash.rs");
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
    ("curated/regions.txt", "REGION"),
    ("places/place_words.txt", "PLACE_WORD"),
    ("curated/place_words.txt", "PLACE_WORD"),
    ("norp/demonyms.txt", "DEMONYM"),
    ("norp/groups.txt", "NORP_GROUP"),
    ("orgs/international.txt", "ORG"),
    ("orgs/government.txt", "ORG"),
    ("orgs/parties.txt", "ORG"),
    ("orgs/companies.txt", "ORG"),
    ("orgs/other.txt", "ORG"),
    ("curated/orgs.txt", "ORG"),
    ("orgs/news_outlets.txt", "NEWS"),
    ("curated/news_outlets.txt", "NEWS"),
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
    let data = manifest_dir().join("data");
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
                        Ok(p) if p <= 100 => value |= (female_band(p) + 1) << 32,
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
    let out = env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let out = Path::new(&out);
    let keys_rs = write_keys(&map, out);
    let mut rs = String::from("// Generated by build.rs from data/; do not edit.\n");
    for (i, (name, doc)) in CATEGORIES.iter().enumerate() {
        rs.push_str(&format!("/// {doc}\npub const {name}: u32 = 1 << {i};\n"));
    }
    rs.push_str(&format!(
        "/// Number of keys in the map.\n#[allow(dead_code)]\npub const KEYS: usize = {};\n",
        map.len()
    ));
    fs::write(out.join("lexicon_map.rs"), keys_rs)
        .unwrap_or_else(|e| panic!("write lexicon_map.rs: {e}"));
    fs::write(out.join("lexicon.rs"), rs).unwrap_or_else(|e| panic!("write rs: {e}"));
    write_table(&map, out);
    let models = manifest_dir().join("data/models");
    write_weights(
        &models.join("speakers.tsv"),
        "SPEAKER",
        &out.join("speakers.rs"),
    );
    write_weights(
        &models.join("quote_kinds.tsv"),
        "QUOTE_KIND",
        &out.join("quote_kinds.rs"),
    );
    write_pos_model(out);
    write_entity_model(out);
}

/// The per cent female a given name is stored with: one value for each band between the cuts the
/// readers compare the share with (`src/attribution/resolve.rs` 0.2 / 0.8 and 0.1 / 0.9,
/// `src/sources.rs` 0.05 / 0.95), so every comparison gives what the exact per cent gave: 0-5 -> 5,
/// 6-10 -> 10, 11-20 -> 20, 21-79 -> 50, 80-89 -> 80, 90-94 -> 90, 95-100 -> 95. A reader that
/// needs another cut adds it here. Seven values instead of 101 (2026-12-07, stop 56): the .wasm
/// 4,145 B smaller by gzip -9 (572,813 -> 568,668 B), the same output on the snapshot texts.
fn female_band(per_cent: u64) -> u64 {
    match per_cent {
        0..=5 => 5,
        6..=10 => 10,
        11..=20 => 20,
        21..=79 => 50,
        80..=89 => 80,
        90..=94 => 90,
        _ => 95,
    }
}

/// Keys of a bucket of `lexicon_keys.bin`: the first is written whole, the others after the bytes
/// they share with the key before (see `write_keys`).
const KEY_BUCKET: usize = 64;

/// A tag byte at least this says that the value's index less it follows as a byte (tags are
/// below `0x20`, the least byte a key holds).
const TAG_ESCAPE: u8 = 0x1F;

/// Longest key (in bytes) the map may hold: `src/lexicon` decodes keys into a buffer this long.
const MAX_KEY: usize = 128;

/// Writes the lexicon map (sorted byte-wise) as `lexicon_keys.bin`, which `src/lexicon` reads in
/// place, and returns the Rust source of the tables that describe it (`lexicon_map.rs`).
///
/// Every key is written as `cut suffix tag [set]`: `cut` is one byte, the number of
/// bytes at the end of the key before that this key does not share (the key before's length less
/// the leading bytes the two share; left out for the first key of each bucket of `KEY_BUCKET`
/// keys, which is written whole); `suffix` the bytes that follow the shared ones (keys hold no
/// byte below `0x20`); `tag` one byte below `0x20`: the index of the key's value (its category
/// bits and, for given names, its female share: `FLAG_SETS` and `FEMALE_SETS`, most frequent
/// first), or `TAG_ESCAPE` when the index less `TAG_ESCAPE` follows as a byte (`set`).
/// One index for both (2026-12-07, stop 56) instead of a tag of four bits of category-set index
/// and a bit that said a female-share byte followed: a given name's value is one byte, not two
/// (the .wasm 2,388 B smaller by gzip -9, 563,920 -> 561,532 B; 0.07% fewer instructions natively).
///
/// Sorted, front-coded text compresses far better than a finite-state map of the same keys (gzip
/// -9: 153 KB, and 7 KB of bucket offsets, against 263 KB), and the page transfers it gzipped.
/// Buckets of 32 keys instead of 16 (2026-12-06): the .wasm 7.8 KB smaller gzipped (fewer keys
/// written whole, half the bucket offsets) for 0.7% more instructions natively (longer scans);
/// 64 instead of 32 (2026-12-07, with `cut` below): gzip -9 565,670 -> 561,935 B (zlib 9
/// 559,672 -> 556,574 B) for 0.37% more instructions (664.04 -> 666.47 M on one 1 MB text).
/// `cut` instead of the shared length (2026-12-07): sorted names mostly differ in their last few
/// bytes, so `cut` takes fewer values than the shared length, which follows the keys' lengths
/// (gzip -9 of the key file 150.1 -> 148.2 KB).
fn write_keys(map: &BTreeMap<String, u64>, out: &Path) -> String {
    // A value: its category bits and its female share + 1 (0 for none).
    let value_of = |v: u64| (v as u32, (v >> 32) as u8);
    let mut value_count: BTreeMap<(u32, u8), usize> = BTreeMap::new();
    for &value in map.values() {
        *value_count.entry(value_of(value)).or_insert(0) += 1;
    }
    // Most frequent first, so that most keys need no `set` byte.
    let mut value_sets: Vec<(usize, (u32, u8))> =
        value_count.iter().map(|(&v, &n)| (n, v)).collect();
    value_sets.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    assert!(
        value_sets.len() <= usize::from(TAG_ESCAPE) + 256,
        "more than {} distinct values (category bits and female share)",
        usize::from(TAG_ESCAPE) + 256
    );
    let index: BTreeMap<(u32, u8), u16> = value_sets
        .iter()
        .enumerate()
        .map(|(i, &(_, v))| (v, i as u16))
        .collect();
    let (mut keys, mut buckets) = (Vec::new(), Vec::new());
    let mut prev: &[u8] = &[];
    for (i, (key, value)) in map.iter().enumerate() {
        let key = key.as_bytes();
        assert!(
            !key.is_empty() && key.len() <= MAX_KEY && key.iter().all(|&b| b >= 0x20),
            "lexicon key {key:?}: empty, longer than {MAX_KEY} bytes or with a control character"
        );
        let shared = if i % KEY_BUCKET == 0 {
            buckets.push(keys.len() as u32);
            0
        } else {
            let shared = key.iter().zip(prev).take_while(|(a, b)| a == b).count();
            keys.push((prev.len() - shared) as u8);
            shared
        };
        keys.extend_from_slice(&key[shared..]);
        let set = index[&value_of(*value)];
        if set < u16::from(TAG_ESCAPE) {
            keys.push(set as u8);
        } else {
            keys.push(TAG_ESCAPE);
            keys.push((set - u16::from(TAG_ESCAPE)) as u8);
        }
        prev = key;
    }
    buckets.push(keys.len() as u32);
    // first[c]: the buckets whose first key starts with a byte below c.
    let heads: Vec<u8> = map
        .keys()
        .step_by(KEY_BUCKET)
        .map(|k| k.as_bytes()[0])
        .collect();
    let first: Vec<u16> = (0..=256u16)
        .map(|c| heads.iter().filter(|&&h| u16::from(h) < c).count() as u16)
        .collect();
    assert!(heads.len() < usize::from(u16::MAX), "too many buckets");
    fs::write(out.join("lexicon_keys.bin"), &keys)
        .unwrap_or_else(|e| panic!("write lexicon_keys.bin: {e}"));
    let sets: Vec<u32> = value_sets.iter().map(|&(_, (f, _))| f).collect();
    let female: Vec<u8> = value_sets.iter().map(|&(_, (_, f))| f).collect();
    assert!(
        keys.len() < 1 << 24,
        "lexicon_keys.bin too large for 24-bit bucket offsets"
    );
    // Three byte planes of the offsets compress better than one array of u32 (gzip -9: 4.8 KB
    // against 6.6 KB): the high bytes barely change and the middle ones climb slowly.
    let plane = |shift: u32| -> Vec<u8> { buckets.iter().map(|&b| (b >> shift) as u8).collect() };
    let (lo, mid, hi) = (plane(0), plane(8), plane(16));
    format!(
        "// Generated by build.rs from data/; do not edit.\n\
         /// Keys a bucket of the key file holds.\npub(crate) const KEY_BUCKET: usize = {KEY_BUCKET};\n\
         /// Longest key, in bytes.\npub(crate) const MAX_KEY: usize = {MAX_KEY};\n\
         /// Number of keys.\npub(crate) const KEY_COUNT: usize = {};\n\
         /// Offset of each bucket in the key file, and its length at the end, as byte planes\n\
         /// (low, middle, high byte).\n\
         pub(crate) static BUCKETS: [[u8; {}]; 3] = [{lo:?}, {mid:?}, {hi:?}];\n\
         /// The number of buckets whose first key starts with a byte below each byte value.\n\
         pub(crate) static FIRST_BUCKET: [u16; 257] = {first:?};\n\
         /// The distinct values' category bits, most frequent value first.\n\
         pub(crate) static FLAG_SETS: [u32; {n}] = {sets:?};\n\
         /// The distinct values' female share + 1 (0 for none), in the order of `FLAG_SETS`.\n\
         pub(crate) static FEMALE_SETS: [u8; {n}] = {female:?};\n\
         /// A tag byte at least this says that the value's index less it follows as a byte.\n\
         pub(crate) const TAG_ESCAPE: u8 = {TAG_ESCAPE};\n",
        map.len(),
        buckets.len(),
        n = sets.len()
    )
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
    let path = manifest_dir().join(file);
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
    let bytes = entity_layout::encode(&parsed.rows, &parsed.transitions);
    // The library keys the texts again on reading: the same rows as the model file's.
    let (mut back, _) = entity_layout::decode(&bytes, entity_hash::feature_key)
        .unwrap_or_else(|| panic!("{file}: the compiled model does not read back"));
    let mut rows = rows;
    rows.sort_unstable_by_key(|r| (r.0, r.1));
    back.sort_unstable_by_key(|r| (r.0, r.1));
    assert!(
        back == rows,
        "{file}: the compiled model does not read back"
    );
    fs::write(out.join("entity_model.bin"), bytes)
        .unwrap_or_else(|e| panic!("write entity model: {e}"));
}

/// Writes the weights of a linear model of `src/attribution` (the speaker ranker, the quotation-kind
/// classifier) from `data/models/NAME.tsv` (`# ` header lines, then `name<TAB>weight` per feature,
/// in the model's feature order) as `static {PREFIX}_WEIGHTS` and, for a test that checks the order,
/// `{PREFIX}_NAMES`. Without the file the model is off and the rules decide alone.
fn write_weights(path: &Path, prefix: &str, out: &Path) {
    let file = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
    println!("cargo:rerun-if-changed=data/models/{file}");
    let mut names = Vec::new();
    let mut weights = Vec::new();
    if let Ok(text) = fs::read_to_string(path) {
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let at = format!("data/models/{file}:{}", n + 1);
            let (name, weight) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("{at}: expected name<TAB>weight"));
            let weight: i16 = weight
                .parse()
                .unwrap_or_else(|e| panic!("{at}: bad weight {weight:?}: {e}"));
            names.push(name.to_string());
            weights.push(weight);
        }
    }
    let mut rs = format!("// Generated by build.rs from data/models/{file}; do not edit.\n");
    rs.push_str(&format!(
        "/// The model's weights, in feature order.\nstatic {prefix}_WEIGHTS: [i16; {}] = {weights:?};\n",
        weights.len()
    ));
    rs.push_str(&format!(
        "/// The feature each weight belongs to.\n#[cfg(test)]\nstatic {prefix}_NAMES: [&str; {}] = {names:?};\n",
        names.len()
    ));
    fs::write(out, rs).unwrap_or_else(|e| panic!("write {file}: {e}"));
}

/// Writes `table.rs`: the word table of `src/lexicon/table.rs`, from a lower-cased word to its
/// listed class bits: the keys grouped by length and first byte, sorted within a group.
fn write_table(map: &BTreeMap<String, u64>, out: &Path) {
    let mut classes: BTreeMap<String, u64> = BTreeMap::new();
    let mut mark = |word: &str, bits: u64| {
        *classes.entry(normalise(word)).or_insert(0) |= bits;
    };
    let lists: [(&[&str], u64); 10] = [
        (word_lists::DETERMINERS, class::DETERMINER),
        (word_lists::AUXILIARIES_AND_ADVERBS, class::AUX_OR_ADVERB),
        (word_lists::CLAUSE_WORDS, class::CLAUSE_WORD),
        (word_lists::SOURCE_NOUNS, class::SOURCE_NOUN),
        (word_lists::LISTENER_VERBS, class::LISTENER_VERB),
        (word_lists::PREPOSITIONS, class::PREPOSITION),
        (word_lists::TIME_WORDS, class::TIME_WORD),
        (word_lists::PRONOUN_DETERMINERS, class::PRONOUN_DETERMINER),
        (word_lists::CORE_SPEECH_VERBS, class::CORE_SPEECH_VERB),
        (word_lists::PLAYER_POSITIONS, class::PLAYER_POSITION),
    ];
    for (list, bits) in lists {
        for w in list {
            mark(w, bits);
        }
    }
    for w in word_lists::INVERTING_VERBS {
        mark(w, class::INVERTING_VERB);
    }
    // `classify`'s ASCII lists: dates, numbers, facilities and context triggers (bits apart from
    // the lists above; `src/words/lists.rs` says why they are here).
    for &(bits, list) in word_lists::NUMERIC_WORDS {
        for w in list {
            mark(w, bits);
        }
    }
    for w in word_lists::FACILITY_WORDS {
        mark(w, class::FACILITY);
    }
    for w in word_lists::NUMBER_WORDS {
        mark(w, class::NUMBER_WORD);
    }
    for &(w, bits) in word_lists::CONTEXT_TRIGGERS {
        mark(w, bits);
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
    // Keys by length, then byte order, each without its first byte: a key is found through the
    // group of its length and first byte (`TABLE_GROUPS`), then by binary search among the group's
    // keys, which all have the same length, so no table of key ends is needed. Against the hash
    // table before (4,096 slots of random numbers, the keys' ends, u64 classes), the data gzips to
    // about half (gzip -9 of the data alone: 14.6 KB before, 7.8 KB after).
    let mut order: Vec<(&String, u64)> = classes.iter().map(|(k, &v)| (k, v)).collect();
    order.sort_by(|a, b| a.0.len().cmp(&b.0.len()).then(a.0.cmp(b.0)));
    let max_len = order.last().map_or(1, |(k, _)| k.len());
    let column = |key: &str| -> usize {
        match key.as_bytes()[0] {
            b'\'' => 0,
            c @ b'a'..=b'z' => usize::from(c - b'a') + 1,
            c => panic!("word table key {key:?}: first byte {c:#x} is not ' or a-z"),
        }
    };
    const COLUMNS: usize = 27;
    let mut groups = vec![0u32; max_len * COLUMNS + 1];
    let mut len_start = vec![0u32; max_len + 1];
    let mut keys = String::new();
    // The distinct sets of class bits, most frequent first; each key stores its set's index.
    let mut set_count: BTreeMap<u64, usize> = BTreeMap::new();
    for (_, v) in &order {
        *set_count.entry(*v).or_insert(0) += 1;
    }
    let mut sets: Vec<(usize, u64)> = set_count.iter().map(|(&v, &n)| (n, v)).collect();
    sets.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    assert!(sets.len() <= 256, "more than 256 sets of word classes");
    let set_index: BTreeMap<u64, u8> = sets
        .iter()
        .enumerate()
        .map(|(i, &(_, v))| (v, i as u8))
        .collect();
    let mut set_of = Vec::with_capacity(order.len());
    for (key, value) in &order {
        let group = (key.len() - 1) * COLUMNS + column(key);
        groups[group + 1] += 1;
        keys.push_str(&key[1..]);
        set_of.push(set_index[value]);
    }
    for g in 0..max_len * COLUMNS {
        groups[g + 1] += groups[g];
    }
    for len in 1..=max_len {
        let first = groups[(len - 1) * COLUMNS] as usize;
        let before: usize = order[..first].iter().map(|(k, _)| k.len() - 1).sum();
        len_start[len - 1] = before as u32;
    }
    len_start[max_len] = keys.len() as u32;
    // Padding, so that a key's first 8 bytes can always be read as one number.
    keys.push_str("\0\0\0\0\0\0\0\0");
    assert!(
        order.len() < usize::from(u16::MAX) && keys.len() <= usize::from(u16::MAX),
        "word table too large"
    );
    let mut rs =
        String::from("// Generated by build.rs from src/words/lists.rs and data/; do not edit.\n");
    rs.push_str(&format!(
        "/// The longest key, in bytes.\nconst TABLE_MAX_LEN: usize = {max_len};\n"
    ));
    rs.push_str(&format!(
        "/// The keys without their first byte, by length, then in byte order; 8 zero bytes at the end.\nstatic TABLE_KEYS: &str = {keys:?};\n"
    ));
    // The first key of each group (length - 1, column) as two byte planes (low bytes, then high
    // bytes), which compress better than u16.
    let lo: Vec<u8> = groups.iter().map(|&e| e as u8).collect();
    let hi: Vec<u8> = groups.iter().map(|&e| (e >> 8) as u8).collect();
    rs.push_str(&format!(
        "/// The index of the first key of each group (length - 1, first byte's column), as byte planes.\nstatic TABLE_GROUPS: [[u8; {}]; 2] = [{lo:?}, {hi:?}];\n",
        groups.len()
    ));
    let len_start: Vec<u16> = len_start.iter().map(|&v| v as u16).collect();
    rs.push_str(&format!(
        "/// The offset in `TABLE_KEYS` of the first key of each length (length - 1).\nstatic TABLE_LEN_START: [u16; {}] = {len_start:?};\n",
        len_start.len()
    ));
    rs.push_str(&format!(
        "/// Each key's set of class bits, an index into `TABLE_SETS`.\nstatic TABLE_SET: [u8; {}] = {set_of:?};\n",
        set_of.len()
    ));
    let sets: Vec<u64> = sets.iter().map(|&(_, v)| v).collect();
    rs.push_str(&format!(
        "/// The distinct sets of class bits, most frequent first.\nstatic TABLE_SETS: [u64; {}] = {sets:?};\n",
        sets.len()
    ));
    fs::write(out.join("table.rs"), rs).unwrap_or_else(|e| panic!("write table: {e}"));
}

/// One entry of a key of the part-of-speech model: its role and its weights
/// (`class | (int8 as u8) << 8`).
type PosEntry = (u16, Vec<u16>);

/// Parses `TAG:int8 TAG:int8 ...` into packed weights.
fn pos_weights(cells: &str, at: &str) -> Vec<u16> {
    let mut row: Vec<u16> = Vec::new();
    for cell in cells.split(' ') {
        let (tag, value) = cell
            .rsplit_once(':')
            .unwrap_or_else(|| panic!("{at}: expected TAG:int8, found {cell:?}"));
        let class = pos_layout::tag_index(tag, false)
            .unwrap_or_else(|| panic!("{at}: unknown tag {tag:?}"));
        let value: i8 = value
            .parse()
            .unwrap_or_else(|_| panic!("{at}: weight must be -128..127, found {value:?}"));
        if value == 0 || row.iter().any(|w| (w & 0xFF) as usize == class) {
            panic!("{at}: a zero or repeated weight for {tag}");
        }
        row.push(class as u16 | u16::from(value as u8) << 8);
    }
    row.sort_unstable_by_key(|w| w & 0xFF);
    row
}

/// The part-of-speech model's entries: their headers (`role | len << 8`) and their weights
/// (`class | (int8 as u8) << 8`) apart, as `src/pos/layout.rs` says.
struct PosData {
    heads: Vec<u16>,
    weights: Vec<u16>,
}

/// Appends one entry (header, then weights) to `data`; returns its row (`pos_layout::row`).
fn pos_push(data: &mut PosData, role: u16, weights: &[u16]) -> u32 {
    use pos_layout::LAST_ENTRY;
    assert!(weights.len() < usize::from(LAST_ENTRY) && role < 256);
    let at = pos_layout::row(data.weights.len() as u32, weights.len() as u32);
    data.heads.push(role | (weights.len() as u16) << 8);
    data.weights.extend_from_slice(weights);
    at
}

/// Writes `pos_model.rs`: the part-of-speech model of `src/pos` (`data/models/pos_tagger.tsv`,
/// written by `scripts/train_pos.py`) as static tables laid out as `src/pos/layout.rs` says.
fn write_pos_model(out: &Path) {
    use pos_layout::*;
    // QUOTEMARK_POS_MODEL names another model file, to measure variants (scripts/train_pos.py
    // --variant); the default is the committed model.
    println!("cargo:rerun-if-env-changed=QUOTEMARK_POS_MODEL");
    let chosen = env::var("QUOTEMARK_POS_MODEL").ok();
    let rel = chosen.as_deref().unwrap_or("data/models/pos_tagger.tsv");
    println!("cargo:rerun-if-changed={rel}");
    println!("cargo:rerun-if-changed=src/pos/layout.rs");
    println!("cargo:rerun-if-changed=src/pos/key_hash.rs");
    let path = manifest_dir().join(rel);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{rel}: cannot read: {e}"));
    let mut keys: BTreeMap<String, Vec<PosEntry>> = BTreeMap::new();
    let mut prev_tag: Vec<Vec<u16>> = vec![Vec::new(); TAG_CONTEXTS];
    let mut prev2_tag: Vec<Vec<u16>> = vec![Vec::new(); TAG_CONTEXTS];
    let mut pairs: BTreeMap<(usize, usize), Vec<u16>> = BTreeMap::new();
    let mut bias: Vec<u16> = Vec::new();
    let (mut has_source, mut has_licence) = (false, false);
    // The largest |weight| of each template, for the bound below.
    let mut max_weight: BTreeMap<String, i32> = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let at = format!("{rel}:{}", n + 1);
        if let Some(header) = line.strip_prefix('#') {
            has_source |= header.trim_start().starts_with("source:");
            has_licence |= header.trim_start().starts_with("licence:");
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let tag = |name: &str, context: bool| {
            tag_index(name, context).unwrap_or_else(|| panic!("{at}: unknown tag {name:?}"))
        };
        match fields.as_slice() {
            ["step", _] => {}
            ["D", word, t] => {
                // A capitalised dictionary word sits on its lower-case key, so that one look-up
                // of the lower-case form serves both; other spellings keep their own key.
                let lower = word.to_lowercase();
                let mut chars = word.chars();
                let capitalised = chars.next().is_some_and(char::is_uppercase)
                    && chars.as_str() == lower.chars().skip(1).collect::<String>();
                let (role, key) = if *word == lower {
                    (ROLE_DICT, lower)
                } else if capitalised {
                    (ROLE_DICT_CAPITALISED, lower)
                } else {
                    (ROLE_DICT, word.to_string())
                };
                let role = role + tag(t, false) as u16;
                keys.entry(key).or_default().push((role, Vec::new()));
            }
            ["F", template, key, cells] => {
                let weights = pos_weights(cells, &at);
                let largest = weights
                    .iter()
                    .map(|w| i32::from((w >> 8) as u8 as i8).abs())
                    .max()
                    .unwrap_or(0);
                let m = max_weight.entry(template.to_string()).or_insert(0);
                *m = (*m).max(largest);
                let tags = |key: &str| -> (usize, String) {
                    let (a, b) = key
                        .split_once(' ')
                        .unwrap_or_else(|| panic!("{at}: expected two space-separated parts"));
                    (tag(a, true), b.to_string())
                };
                let slot = match *template {
                    "bias" => Some(&mut bias),
                    "i-1 tag" => Some(&mut prev_tag[tag(key, true)]),
                    "i-2 tag" => Some(&mut prev2_tag[tag(key, true)]),
                    "i tag+i-2 tag" => {
                        let (a, b) = tags(key);
                        Some(pairs.entry((a, tag(&b, true))).or_default())
                    }
                    _ => None,
                };
                if let Some(slot) = slot {
                    if !slot.is_empty() {
                        panic!("{at}: repeated feature");
                    }
                    *slot = weights;
                    continue;
                }
                let (role, key) = match role_of(template) {
                    Some(role) => (role, key.to_string()),
                    None if *template == "i-1 tag+i word" => {
                        let (prev, word) = tags(key);
                        (ROLE_TAG_WORD + prev as u16, word)
                    }
                    None => panic!("{at}: unknown template {template:?}"),
                };
                if key.is_empty() {
                    panic!("{at}: empty key");
                }
                keys.entry(key).or_default().push((role, weights));
            }
            _ => panic!("{at}: expected `step`, `D word TAG` or `F template key weights`"),
        }
    }
    if !has_source || !has_licence {
        panic!("{rel}:1: the header must have `# source:` and `# licence:` lines");
    }
    // src/pos sums a word's rows into i8 vectors (its own, as a neighbour, the previous tags'):
    // every such sum must fit.
    let sum = |templates: &[&str]| -> i32 {
        templates
            .iter()
            .map(|t| max_weight.get(*t).copied().unwrap_or(0))
            .sum()
    };
    for group in [
        &["bias", "i word", "i suffix", "i pref1"][..],
        &["i-1 word", "i-1 suffix"],
        &["i+1 word", "i+1 suffix"],
        &["i-1 tag", "i-2 tag", "i tag+i-2 tag"],
    ] {
        if sum(group) > 127 {
            panic!(
                "{rel}: weights too large: the largest of {group:?} add up to {}, over 127; \
                 quantise with a larger step (scripts/train_pos.py STEP)",
                sum(group)
            );
        }
    }
    // Keys in bucket order, then by fingerprint.
    let n = keys.len();
    // About twelve keys a bucket: a look-up scans a few more fingerprints, and the bucket
    // tables stay small (look-ups happen once per new word: src/pos caches what it finds).
    let mut bucket_bits = 4;
    while (1usize << bucket_bits) * 12 < n {
        bucket_bits += 1;
    }
    let split = |key: &str| {
        let h = pos_hash::key_hash(key.as_bytes());
        let bucket = (h >> (64 - bucket_bits)) as usize;
        let fingerprint = (h & ((1 << FINGERPRINT_BITS) - 1)) as u32;
        (bucket, fingerprint)
    };
    let mut order: Vec<(usize, u32, &String)> = keys
        .keys()
        .map(|k| {
            let (b, f) = split(k);
            (b, f, k)
        })
        .collect();
    order.sort();
    for w in order.windows(2) {
        if w[0].0 == w[1].0 && w[0].1 == w[1].1 {
            panic!(
                "{rel}: keys {:?} and {:?} share a bucket and a fingerprint; change key_hash",
                w[0].2, w[1].2
            );
        }
    }
    // Entry 0 is an empty header, so that a key's first entry (its identity) is never 0.
    let mut data = PosData {
        heads: vec![0],
        weights: Vec::new(),
    };
    let mut bucket_key = vec![0u32; (1 << bucket_bits) + 1];
    // The first entry and the first weight of each bucket's first key (of the next bucket's for an
    // empty one), and one past the keys' last at the end.
    let mut bucket_head = vec![0u32; (1 << bucket_bits) + 1];
    let mut bucket_weight = vec![0u32; (1 << bucket_bits) + 1];
    let mut next_bucket = 0usize;
    let (mut fp_lo, mut fp_hi) = (Vec::new(), Vec::new());
    let mut pref_ascii = vec![0u32; 128];
    // Keys sorted by fingerprint within a bucket: each stores the step from the one before (from 0
    // for a bucket's first), whose high byte is small (gzip -9: 16.6 KB against 18.2 KB).
    let mut last_fp = (usize::MAX, 0u32);
    for &(bucket, fingerprint, key) in &order {
        bucket_key[bucket + 1] += 1;
        let step = if last_fp.0 == bucket {
            fingerprint - last_fp.1
        } else {
            fingerprint
        };
        last_fp = (bucket, fingerprint);
        while next_bucket <= bucket {
            bucket_head[next_bucket] = data.heads.len() as u32;
            bucket_weight[next_bucket] = data.weights.len() as u32;
            next_bucket += 1;
        }
        let mut entries = keys[key].clone();
        entries.sort();
        for w in entries.windows(2) {
            if w[0].0 == w[1].0 {
                panic!("{rel}: key {key:?} has role {} twice", w[0].0);
            }
        }
        for (role, weights) in &entries {
            let at = pos_push(&mut data, *role, weights);
            if *role == ROLE_PREFIX && key.len() == 1 && key.is_ascii() {
                pref_ascii[key.as_bytes()[0] as usize] = at;
            }
        }
        fp_lo.push(step as u16);
        fp_hi.push((step >> 16) as u8);
        // The last entry of a key says so in its header, in place of a table of key lengths.
        if let Some(last) = data.heads.last_mut() {
            *last |= LAST_ENTRY << 8;
        }
    }
    while next_bucket <= 1 << bucket_bits {
        bucket_head[next_bucket] = data.heads.len() as u32;
        bucket_weight[next_bucket] = data.weights.len() as u32;
        next_bucket += 1;
    }
    for b in 0..1 << bucket_bits {
        bucket_key[b + 1] += bucket_key[b];
    }
    let dense = |table: &[Vec<u16>]| -> Vec<[i8; LANES]> {
        let mut out = vec![[0i8; LANES]; TAG_CONTEXTS];
        for (t, row) in table.iter().enumerate() {
            for w in row {
                out[t][(w & 0xFF) as usize] = (w >> 8) as u8 as i8;
            }
        }
        out
    };
    // Tag-pair rows are weights without headers, one after another in pair order (an empty one
    // for a pair without weights): TAG_PAIR holds where each starts and, last, where the last ends.
    let mut pair_rows = vec![data.weights.len() as u32];
    for a in 0..TAG_CONTEXTS {
        for b in 0..TAG_CONTEXTS {
            if let Some(w) = pairs.get(&(a, b)) {
                data.weights.extend_from_slice(w);
            }
            pair_rows.push(data.weights.len() as u32);
        }
    }
    let mut dense_bias = [0i16; LANES];
    for w in &bias {
        dense_bias[(w & 0xFF) as usize] = i16::from((w >> 8) as u8 as i8);
    }
    // Rows are packed three to a u64 (21 bits each) by src/pos/mod.rs; a key's end holds its
    // entry and weight ends in 16 bits each.
    assert!(
        n < usize::from(u16::MAX)
            && data.heads.len() <= usize::from(u16::MAX)
            && data.weights.len() < ROW_WEIGHTS as usize,
        "{rel}: too many keys, entries or weights for the layout of src/pos/layout.rs"
    );
    let mut rs =
        String::from("// Generated by build.rs from data/models/pos_tagger.tsv; do not edit.\n");
    rs.push_str(&format!("const BUCKET_BITS: u32 = {bucket_bits};\n"));
    let mut array = |name: &str, ty: &str, len: usize, values: String| {
        rs.push_str(&format!("static {name}: [{ty}; {len}] = {values};\n"));
    };
    // Tables of rising or mostly small numbers as byte planes (the low bytes of all, then the
    // next bytes), which gzip better than an array of u16 (gzip -9: BUCKET_KEY 0.6 KB against
    // 1.0 KB, the bucket's data offsets 0.8 against 1.0, TAG_PAIR 1.8 against 2.0).
    let planes = |values: &[u32], bytes: usize| -> (String, String) {
        let rows: Vec<Vec<u8>> = (0..bytes)
            .map(|k| values.iter().map(|&v| (v >> (8 * k)) as u8).collect())
            .collect();
        (format!("[u8; {}]", values.len()), format!("{rows:?}"))
    };
    let (ty, values) = planes(&bucket_key, 2);
    array("BUCKET_KEY", &ty, 2, values);
    let (ty, values) = planes(&bucket_head, 2);
    array("BUCKET_HEAD", &ty, 2, values);
    let (ty, values) = planes(&bucket_weight, 2);
    array("BUCKET_WEIGHT", &ty, 2, values);
    array("KEY_FP_LO", "u16", n, format!("{fp_lo:?}"));
    array("KEY_FP_HI", "u8", n, format!("{fp_hi:?}"));
    // Headers and weights apart, each as two byte arrays (role and length; class and weight):
    // interleaved (a key's headers among its weights, as until 2026-12-06) they gzip worse.
    let split = |values: &[u16], shift: u32| -> Vec<u8> {
        values.iter().map(|&d| (d >> shift) as u8).collect()
    };
    let heads = data.heads.len();
    array(
        "HEAD_ROLE",
        "u8",
        heads,
        format!("{:?}", split(&data.heads, 0)),
    );
    array(
        "HEAD_LEN",
        "u8",
        heads,
        format!("{:?}", split(&data.heads, 8)),
    );
    let weights = data.weights.len();
    array(
        "WEIGHT_CLASS",
        "u8",
        weights,
        format!("{:?}", split(&data.weights, 0)),
    );
    array(
        "WEIGHT_VALUE",
        "u8",
        weights,
        format!("{:?}", split(&data.weights, 8)),
    );
    array("BIAS", "i16", LANES, format!("{dense_bias:?}"));
    let (prev, prev2) = (dense(&prev_tag), dense(&prev2_tag));
    let lanes = format!("[i8; {LANES}]");
    array("PREV_TAG", &lanes, TAG_CONTEXTS, format!("{prev:?}"));
    array("PREV2_TAG", &lanes, TAG_CONTEXTS, format!("{prev2:?}"));
    let (ty, values) = planes(&pair_rows, 2);
    array("TAG_PAIR", &ty, 2, values);
    array("PREFIX_ASCII", "u32", 128, format!("{pref_ascii:?}"));
    fs::write(out.join("pos_model.rs"), rs).unwrap_or_else(|e| panic!("write pos_model.rs: {e}"));
}

/// The package root, read when the build script runs: `env!` would bake in the directory the
/// script was compiled in, and a target directory shared between checkouts would then read another
/// checkout's data.
fn manifest_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(std::path::PathBuf::from)
        .expect("cargo sets CARGO_MANIFEST_DIR for build scripts")
}
