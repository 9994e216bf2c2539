//! Word lists compiled in at build time, behind typed look-ups.
//!
//! `build.rs` turns every list in `data/` into one finite-state map from a lower-cased key (a word,
//! or words joined by single spaces, e.g. `trade representative`, `st. john's`) to category bits
//! and, for given names, the share of bearers who are female. The map is read in place from the
//! binary: nothing is parsed at start-up.
//!
//! Look-ups lower-case into a stack buffer and never allocate for words up to 64 bytes. Multi-word
//! names are matched token by token with a [`Cursor`], which walks the map without building keys.
//!
//! No other module reads the raw map.

// Some look-ups exist for later stages (attribution) and are unused in some builds.
#![allow(dead_code)]

pub(crate) mod hash;
pub(crate) mod table;

use std::sync::OnceLock;

use fst::raw::{Fst, Node};

/// Category bits of an entry (generated from `build.rs`' table).
#[allow(dead_code)]
pub mod cat {
    include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));
}

static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.fst"));

/// The map, wrapped once; wrapping reads only the header and footer.
fn fst() -> Option<&'static Fst<&'static [u8]>> {
    static FST: OnceLock<Option<Fst<&'static [u8]>>> = OnceLock::new();
    FST.get_or_init(|| Fst::new(BYTES).ok()).as_ref()
}

/// What the lexicon knows about a key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Category bits, see [`cat`].
    pub flags: u32,
    /// Per cent female + 1 for given names; 0 when unknown.
    female: u8,
}

impl Entry {
    /// Whether the entry has any of `flags`.
    #[inline]
    pub fn any(self, flags: u32) -> bool {
        self.flags & flags != 0
    }

    /// Whether nothing is known.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.flags == 0
    }

    /// Share of bearers who are female, for given names.
    pub fn female_share(self) -> Option<f32> {
        (self.female > 0).then(|| f32::from(self.female - 1) / 100.0)
    }

    fn from_value(v: u64) -> Entry {
        Entry {
            flags: v as u32,
            female: (v >> 32) as u8,
        }
    }
}

/// Longest lower-cased word (in bytes) looked up without allocating.
pub(crate) const BUF: usize = 64;

/// Lower-cases `word` (apostrophes written as `'`) into `buf`; `None` when it does not fit.
#[inline]
pub(crate) fn lower_into<'b>(word: &str, buf: &'b mut [u8; BUF]) -> Option<&'b [u8]> {
    let mut n = 0;
    for c in word.chars() {
        if c.is_ascii() {
            if n >= BUF {
                return None;
            }
            buf[n] = c.to_ascii_lowercase() as u8;
            n += 1;
        } else {
            let c = if c == '’' { '\'' } else { c };
            for l in c.to_lowercase() {
                if n + l.len_utf8() > BUF {
                    return None;
                }
                n += l.encode_utf8(&mut buf[n..]).len();
            }
        }
    }
    Some(&buf[..n])
}

fn get_bytes(key: &[u8]) -> Entry {
    fst()
        .and_then(|f| f.get(key))
        .map(|o| Entry::from_value(o.value()))
        .unwrap_or_default()
}

/// Everything the lexicon knows about `word` (any case).
pub fn lookup(word: &str) -> Entry {
    let mut buf = [0u8; BUF];
    match lower_into(word, &mut buf) {
        Some(key) => get_bytes(key),
        None => get_bytes(word.replace('’', "'").to_lowercase().as_bytes()),
    }
}

/// [`lookup`] of `word`, and a [`Cursor`] that has been pushed `word` as its first token (dead when
/// no key starts with it): one walk of the map for both.
pub fn lookup_walk(word: &str) -> (Entry, Cursor) {
    let mut cursor = Cursor::new();
    cursor.started = true;
    let mut buf = [0u8; BUF];
    match lower_into(word, &mut buf) {
        Some(key) => {
            for &b in key {
                if !cursor.feed(b) {
                    break;
                }
            }
            (cursor.entry(), cursor)
        }
        None => {
            cursor.node = None;
            (lookup(word), cursor)
        }
    }
}

/// Whether `word` is any form of a reporting verb (said, says, told, added, insisted…).
pub fn is_speech_verb(word: &str) -> bool {
    lookup(word).any(cat::SPEECH_VERB)
}

/// The share (0.0 to 1.0) of people with this given name who are female, from the US Census and
/// SSA tables; `None` when the name is unknown.
pub fn female_share(given_name: &str) -> Option<f32> {
    lookup(given_name).female_share()
}

/// Whether `word` is a known given name.
pub fn is_given_name(word: &str) -> bool {
    lookup(word).any(cat::GIVEN)
}

/// Whether `word` is a known surname.
pub fn is_surname(word: &str) -> bool {
    lookup(word).any(cat::SURNAME)
}

/// Whether `word` is a role noun or title (spokeswoman, official, minister, analyst, source…).
pub fn is_job_noun(word: &str) -> bool {
    lookup(word).any(cat::JOB | cat::TITLE)
}

/// Whether `word` is more often written in lower case than capitalised (the, however, bill…).
pub fn is_common_word(word: &str) -> bool {
    lookup(word).any(cat::COMMON)
}

/// A walk through the map, one token at a time, for multi-word names.
///
/// Feed the tokens of a candidate name with [`Cursor::push`] (with `space` true when white space
/// came before the token); after each, [`Cursor::entry`] says whether the words so far are a key.
#[derive(Clone, Copy)]
pub struct Cursor {
    node: Option<Node<'static>>,
    out: u64,
    started: bool,
}

impl Default for Cursor {
    fn default() -> Self {
        Cursor::new()
    }
}

impl Cursor {
    /// A cursor at the empty key.
    pub fn new() -> Cursor {
        Cursor {
            node: fst().map(|f| f.root()),
            out: 0,
            started: false,
        }
    }

    fn feed(&mut self, byte: u8) -> bool {
        let Some(node) = self.node else { return false };
        let Some(f) = fst() else { return false };
        match node.find_input(byte) {
            Some(i) => {
                let t = node.transition(i);
                self.out += t.out.value();
                self.node = Some(f.node(t.addr));
                true
            }
            None => {
                self.node = None;
                false
            }
        }
    }

    /// Appends a token (lower-cased); false once no key starts with the words so far.
    pub fn push(&mut self, token: &str, space: bool) -> bool {
        if self.started && space && !self.feed(b' ') {
            return false;
        }
        self.started = true;
        let mut buf = [0u8; BUF];
        let Some(key) = lower_into(token, &mut buf) else {
            self.node = None;
            return false;
        };
        key.iter().all(|&b| self.feed(b))
    }

    /// The entry for the words pushed so far, if they form a key.
    pub fn entry(&self) -> Entry {
        match self.node {
            Some(n) if n.is_final() => Entry::from_value(self.out + n.final_output().value()),
            _ => Entry::default(),
        }
    }

    /// Whether some key continues the words pushed so far.
    pub fn alive(&self) -> bool {
        self.node.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verbs_any_form_any_case() {
        for w in [
            "said", "Says", "told", "added", "insisted", "argued", "wrote", "asked",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        assert!(is_speech_verb("explained"));
        assert!(!is_speech_verb("table"));
    }

    #[test]
    fn given_names_and_female_share() {
        assert!(is_given_name("Charlene"));
        assert!(female_share("Charlene").is_some_and(|s| s > 0.9));
        assert!(female_share("MICHAEL").is_some_and(|s| s < 0.1));
        assert_eq!(female_share("Xqzt"), None);
    }

    #[test]
    fn surnames_jobs_common_words() {
        assert!(is_surname("Smith"));
        assert!(is_surname("García") || is_surname("Garcia"));
        assert!(is_job_noun("spokeswoman"));
        assert!(is_job_noun("official"));
        assert!(is_job_noun("analyst"));
        assert!(is_job_noun("Minister"));
        assert!(is_common_word("The"));
        assert!(is_common_word("However"));
        assert!(!is_common_word("Barshefsky"));
    }

    #[test]
    fn long_words_fall_back() {
        let long = "a".repeat(200);
        assert!(!is_given_name(&long));
    }

    #[test]
    fn cursor_walks_phrases() {
        let mut c = Cursor::new();
        assert!(c.push("Trade", true));
        assert!(c.push("Representative", true));
        assert!(c.entry().any(cat::TITLE));
        let mut c = Cursor::new();
        assert!(c.push("World", true));
        assert!(c.push("Trade", true));
        assert!(c.push("Organization", true));
        assert!(c.entry().any(cat::ORG));
        let mut c = Cursor::new();
        assert!(c.push("U.S.", true));
        assert!(c.entry().any(cat::COUNTRY));
        assert!(!c.push("Xqzt", true));
    }

    #[test]
    fn capitals_only_entries_are_marked() {
        assert!(lookup("UN").any(cat::CAPS_ONLY));
        assert!(!lookup("China").any(cat::CAPS_ONLY));
    }
}
