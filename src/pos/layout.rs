//! The layout of the compiled part-of-speech model, shared by `build.rs` (which writes the tables
//! from `data/models/pos_tagger.tsv`) and `src/pos/model.rs` (which reads them).
//!
//! * Keys (words, suffixes, first letters, dictionary words) sit in buckets chosen by the top bits
//!   of [`key_hash`](super::key_hash); within a bucket each key is known by 24 more bits of the hash
//!   (`build.rs` checks that no two keys of a bucket share them), its fingerprint. A bucket's keys
//!   are in fingerprint order, and `KEY_FP_LO`/`KEY_FP_HI` hold the low 16 and high 8 bits of the
//!   step from the fingerprint before (from 0 for the first).
//! * Each key has entries, in role order: a header `role | len << 8` (`HEAD_ROLE`, `HEAD_LEN`: one
//!   byte each) and `len` weights `class | (int8 weight as u8) << 8` (`WEIGHT_CLASS`,
//!   `WEIGHT_VALUE`), the headers of all keys in one sequence and their weights in another, key
//!   after key in the same order. The last entry of a key has [`LAST_ENTRY`] set in its length
//!   byte, so a bucket is scanned key by key without a table of lengths; `BUCKET_HEAD` and
//!   `BUCKET_WEIGHT` give the first header and weight of each bucket's first key. Header 0 is an
//!   empty entry that belongs to no key. The weights of one entry are its row ([`row`]).
//! * `i-1 tag` and `i-2 tag` are dense `i8` rows of [`LANES`] per previous tag; `i tag+i-2 tag`
//!   rows are weights (no header), one after another in tag-pair order, and `TAG_PAIR` holds
//!   where each starts (and where the last ends); the bias is a dense row.
//! * The bucket tables (`BUCKET_KEY`, `BUCKET_HEAD`, `BUCKET_WEIGHT`) and the tag pairs' table (`TAG_PAIR`) are
//!   byte planes: the low bytes of all their numbers, then the next bytes (they gzip better).
//! * A dictionary word written in lower case or capitalised (`the`, `The`) has its entries on the
//!   lower-case key ([`ROLE_DICT`], [`ROLE_DICT_CAPITALISED`]); any other spelling (`U.S.`) on its
//!   own key.
#![allow(dead_code)]

/// The 45 Penn Treebank tags in class order (code-point order of their names, as the model's).
pub const TAG_NAMES: [&str; 45] = [
    "#", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "CC", "CD", "DT", "EX", "FW", "IN", "JJ",
    "JJR", "JJS", "LS", "MD", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
    "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$",
    "WRB", "``",
];

/// The previous tag before a sentence's first word (`-START-`).
pub const START: usize = 45;
/// The tag two before a sentence's first word (`-START2-`).
pub const START2: usize = 46;
/// Tag values a previous-tag feature can take: the 45 tags, `-START-` and `-START2-`.
pub const TAG_CONTEXTS: usize = 47;

/// `i word`: the word itself (normalised).
pub const ROLE_WORD: u16 = 0;
/// `i-1 word`: the word, one before the tagged one.
pub const ROLE_PREV_WORD: u16 = 1;
/// `i+1 word`.
pub const ROLE_NEXT_WORD: u16 = 2;
/// `i-2 word`.
pub const ROLE_PREV2_WORD: u16 = 3;
/// `i+2 word`.
pub const ROLE_NEXT2_WORD: u16 = 4;
/// `i suffix`: the last three characters of the word as written.
pub const ROLE_SUFFIX: u16 = 5;
/// `i-1 suffix`: the last three characters of the normalised word before.
pub const ROLE_PREV_SUFFIX: u16 = 6;
/// `i+1 suffix`.
pub const ROLE_NEXT_SUFFIX: u16 = 7;
/// `i pref1`: the first character as written.
pub const ROLE_PREFIX: u16 = 8;
/// `i-1 tag+i word`: `ROLE_TAG_WORD + previous tag` (0..47).
pub const ROLE_TAG_WORD: u16 = 16;
/// A tag dictionary entry for the key as written: `ROLE_DICT + tag`, no weights.
pub const ROLE_DICT: u16 = 128;
/// A tag dictionary entry, on a lower-case key, for the word capitalised (`The` on `the`):
/// `ROLE_DICT_CAPITALISED + tag`, no weights.
pub const ROLE_DICT_CAPITALISED: u16 = 192;
/// Set in the length byte of a key's last entry's header (lengths are at most 45).
pub const LAST_ENTRY: u16 = 0x80;

/// Score lanes: the 45 classes, padded to a multiple of 8 (one 128-bit vector of `i16` holds 8).
pub const LANES: usize = 48;

/// A row (the weights of one entry) is `weight | len << ROW_LEN_SHIFT`: its first weight's index
/// and its number of weights; 0 is the empty row. Rows fit in 21 bits (src/pos/mod.rs packs three
/// in a `u64`).
pub const ROW_LEN_SHIFT: u32 = 15;
/// The model may hold fewer weights than this (a row's first weight fits below `ROW_LEN_SHIFT`).
pub const ROW_WEIGHTS: u32 = 1 << ROW_LEN_SHIFT;

/// The row of the `len` weights from index `weight`.
pub const fn row(weight: u32, len: u32) -> u32 {
    weight | len << ROW_LEN_SHIFT
}

/// Bits of the hash, below the bucket bits, that identify a key within its bucket.
pub const FINGERPRINT_BITS: u32 = 24;

/// The role of a word or suffix template of the model file, or `None`.
pub fn role_of(template: &str) -> Option<u16> {
    Some(match template {
        "i word" => ROLE_WORD,
        "i-1 word" => ROLE_PREV_WORD,
        "i+1 word" => ROLE_NEXT_WORD,
        "i-2 word" => ROLE_PREV2_WORD,
        "i+2 word" => ROLE_NEXT2_WORD,
        "i suffix" => ROLE_SUFFIX,
        "i-1 suffix" => ROLE_PREV_SUFFIX,
        "i+1 suffix" => ROLE_NEXT_SUFFIX,
        "i pref1" => ROLE_PREFIX,
        _ => return None,
    })
}

/// The index of a tag name, or of `-START-` / `-START2-` when `context` allows them.
pub fn tag_index(name: &str, context: bool) -> Option<usize> {
    match name {
        "-START-" if context => Some(START),
        "-START2-" if context => Some(START2),
        _ => TAG_NAMES.iter().position(|t| *t == name),
    }
}
