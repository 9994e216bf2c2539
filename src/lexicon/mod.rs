//! Word lists compiled in at build time, behind typed look-ups.
//!
//! `build.rs` turns every list in `data/` into one sorted map from a lower-cased key (a word, or
//! words joined by single spaces, e.g. `trade representative`, `st. john's`) to category bits and,
//! for given names, the share of bearers who are female, front-coded so that it compresses well
//! (`keys.rs`). The map is read in place from the binary: nothing is parsed at start-up.
//!
//! Look-ups lower-case into a stack buffer and never allocate for words up to 64 bytes. Multi-word
//! names are matched token by token with a [`Cursor`], which stands at the first key that starts
//! with the words so far.
//!
//! No other module reads the raw map.

// Some look-ups exist for later stages (attribution) and are unused in some builds.
#![allow(dead_code)]

pub(crate) mod hash;
mod keys;
pub(crate) mod table;

/// Category bits of an entry (generated from `build.rs`' table).
#[allow(dead_code)]
pub mod cat {
    include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));
}

/// What the lexicon knows about a key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Category bits, see [`cat`].
    pub flags: u32,
    /// Per cent female + 1 for given names, banded at the cuts the readers test (`build.rs`,
    /// `female_band`); 0 when unknown.
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

    /// The entry of a key of the map.
    fn of_value(value: keys::Value) -> Entry {
        Entry {
            flags: value.flags(),
            female: value.female,
        }
    }
}

/// Longest lower-cased word (in bytes) looked up without allocating.
pub(crate) const BUF: usize = 64;

/// `f` of `s.to_lowercase()`, lower-cased on the stack when `s` is short ASCII (most names): a
/// look-up by a lower-cased key without allocating it.
#[inline]
pub(crate) fn with_lowercase<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = s.as_bytes();
    if b.len() <= BUF && b.is_ascii() {
        let mut buf = [0u8; BUF];
        buf[..b.len()].copy_from_slice(b);
        buf[..b.len()].make_ascii_lowercase();
        // ASCII in, ASCII out.
        if let Ok(lower) = std::str::from_utf8(&buf[..b.len()]) {
            return f(lower);
        }
    }
    f(&s.to_lowercase())
}

/// Lower-cases `word` (apostrophes written as `'`) into `buf`; `None` when it does not fit.
#[inline]
pub(crate) fn lower_into<'b>(word: &str, buf: &'b mut [u8; BUF]) -> Option<&'b [u8]> {
    // ASCII (most words): copied and lower-cased at once, as the loop below would a character at
    // a time.
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        out.copy_from_slice(word.as_bytes());
        out.make_ascii_lowercase();
        return Some(out);
    }
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
    let found = keys::seek(key, 0);
    if found.exact {
        Entry::of_value(found.value)
    } else {
        Entry::default()
    }
}

/// Everything the lexicon knows about `word` (any case).
pub fn lookup(word: &str) -> Entry {
    let mut buf = [0u8; BUF];
    match lower_into(word, &mut buf) {
        Some(key) => looked_up(key),
        None => get_bytes(word.replace('’', "'").to_lowercase().as_bytes()),
    }
}

/// Slots of the thread's table of [`lookup`]s (a power of two): 28 bytes each, 28 KB.
const LOOKED_SLOTS: usize = 1024;

/// The longest lower-cased key [`LOOKED`] keeps, in bytes.
const LOOKED_KEY: usize = 16;

/// A key looked up and its entry; `len` 0 for a free slot.
#[derive(Clone, Copy, Default)]
struct Looked {
    key: [u8; LOOKED_KEY],
    len: u8,
    entry: Entry,
}

thread_local! {
    /// The thread's recent [`lookup`]s of short keys, direct-mapped by a hash of the key: the
    /// words the per-word caches of a text do not cover ("President" of a title, a given name,
    /// a country) come back text after text, and a walk of the map costs about 1,500
    /// instructions (a slot's compare, about 40). Filled on first use.
    static LOOKED: std::cell::RefCell<Vec<Looked>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// [`get_bytes`] of `key`, through the thread's table [`LOOKED`] for a key of 1 to
/// [`LOOKED_KEY`] bytes.
fn looked_up(key: &[u8]) -> Entry {
    if key.is_empty() || key.len() > LOOKED_KEY {
        return get_bytes(key);
    }
    let mut padded = [0u8; LOOKED_KEY];
    padded[..key.len()].copy_from_slice(key);
    let (a, b) = padded.split_at(8);
    let word = |h: &[u8]| {
        let mut w = [0u8; 8];
        w.copy_from_slice(h);
        u64::from_le_bytes(w)
    };
    let mixed =
        (word(a) ^ word(b).rotate_left(29) ^ key.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let slot = (mixed >> (64 - LOOKED_SLOTS.trailing_zeros())) as usize;
    let len = key.len() as u8;
    LOOKED
        .try_with(|looked| {
            let Ok(mut looked) = looked.try_borrow_mut() else {
                return get_bytes(key);
            };
            if looked.is_empty() {
                looked.resize(LOOKED_SLOTS, Looked::default());
            }
            let Some(s) = looked.get_mut(slot) else {
                return get_bytes(key);
            };
            if s.len == len && s.key == padded {
                return s.entry;
            }
            let entry = get_bytes(key);
            *s = Looked {
                key: padded,
                len,
                entry,
            };
            entry
        })
        .unwrap_or_else(|_| get_bytes(key))
}

/// [`lookup`] of `word`, and a [`Cursor`] that has been pushed `word` as its first token (dead when
/// no key starts with it): one walk of the map for both.
pub fn lookup_walk(word: &str) -> (Entry, Cursor) {
    let mut cursor = Cursor::new();
    cursor.started = true;
    let mut buf = [0u8; BUF];
    match lower_into(word, &mut buf) {
        Some(key) => {
            cursor.moved(key.len(), keys::seek(key, 0));
            (cursor.entry(), cursor)
        }
        None => {
            cursor.at = DEAD;
            (lookup(word), cursor)
        }
    }
}

/// Whether `word` is any form of a reporting verb (said, says, told, added, insisted…).
pub fn is_speech_verb(word: &str) -> bool {
    lookup(word).any(cat::SPEECH_VERB)
}

/// The share (0.0 to 1.0) of people with this given name who are female (banded at the cuts the
/// readers test: `build.rs`, `female_band`), from the US Census and
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
    /// Index of the first key not below the words so far, all of whose first `len` bytes they are;
    /// [`DEAD`] once no key starts with them.
    at: u32,
    /// The byte of the key map where key `at` starts.
    offset: u32,
    /// The leading bytes key `at` shares with the key before.
    shared: u8,
    /// Length of the words so far, in bytes.
    len: u8,
    /// The key at `at` is the words so far.
    exact: bool,
    /// The value of the key at `at`.
    value: keys::Value,
    started: bool,
}

/// [`Cursor::at`] once no key starts with the words so far.
const DEAD: u32 = u32::MAX;

impl Default for Cursor {
    fn default() -> Self {
        Cursor::new()
    }
}

impl Cursor {
    /// A cursor at the empty key.
    pub fn new() -> Cursor {
        Cursor {
            at: if keys::count() > 0 { 0 } else { DEAD },
            offset: 0,
            shared: 0,
            len: 0,
            exact: false,
            value: keys::Value::default(),
            started: false,
        }
    }

    /// Moves to the words (`len` bytes) whose place [`keys::seek`] or [`keys::seek_from`] found.
    fn moved(&mut self, len: usize, found: keys::Seek) -> bool {
        if found.prefix {
            self.at = found.index as u32;
            self.offset = found.offset as u32;
            self.shared = found.shared as u8;
            self.len = len as u8;
            self.exact = found.exact;
            self.value = found.value;
        } else {
            self.at = DEAD;
        }
        found.prefix
    }

    /// Appends a token (lower-cased); false once no key starts with the words so far.
    pub fn push(&mut self, token: &str, space: bool) -> bool {
        let space = self.started && space;
        if space && !self.alive() {
            return false;
        }
        self.started = true;
        let mut buf = [0u8; BUF];
        let Some(word) = lower_into(token, &mut buf) else {
            self.at = DEAD;
            return false;
        };
        if !space && word.is_empty() {
            return true;
        }
        if !self.alive() {
            return false;
        }
        let len = usize::from(self.len);
        let mut tail = [0u8; BUF + 1];
        let (mut n, total) = (0, len + usize::from(space) + word.len());
        if total > keys::MAX_KEY {
            self.at = DEAD;
            return false;
        }
        if space {
            tail[0] = b' ';
            n = 1;
        }
        tail[n..n + word.len()].copy_from_slice(word);
        let found = keys::seek_from(
            self.at as usize,
            self.offset as usize,
            usize::from(self.shared),
            len,
            &tail[..n + word.len()],
        );
        self.moved(total, found)
    }

    /// The entry for the words pushed so far, if they form a key.
    pub fn entry(&self) -> Entry {
        if self.alive() && self.exact {
            Entry::of_value(self.value)
        } else {
            Entry::default()
        }
    }

    /// Whether some key continues the words pushed so far.
    pub fn alive(&self) -> bool {
        self.at != DEAD
    }

    /// Where the cursor stands, as a number: two cursors with the same position end in the same
    /// state after the same [`Cursor::push`] (what the pushes so far left is a function of it).
    #[inline]
    pub(crate) fn position(&self) -> u64 {
        u64::from(self.at) << 16 | u64::from(self.len) << 8 | u64::from(self.started)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// ASCII words are lower-cased at once, as a character at a time: up to the buffer's length,
    /// and none longer.
    #[test]
    fn ascii_words_lower_as_characters_do() {
        let long = "A".repeat(BUF);
        for word in ["", "Said", "U.S.", "O'BRIEN", "mid-2026", long.as_str()] {
            let mut buf = [0u8; BUF];
            let lower = lower_into(word, &mut buf).map(<[u8]>::to_vec);
            assert_eq!(
                lower,
                Some(word.to_ascii_lowercase().into_bytes()),
                "{word}"
            );
        }
        let mut buf = [0u8; BUF];
        assert_eq!(lower_into(&"a".repeat(BUF + 1), &mut buf), None);
        assert_eq!(
            lower_into("Ærø Said", &mut buf),
            Some("ærø said".as_bytes())
        );
    }

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

    // perf58
    /// The thread's table of look-ups gives what the map gives: for listed words and unlisted
    /// ones, in any case, for keys of 1 to 16 bytes and longer, met once and again, and for more
    /// keys than the table has slots (so that keys share slots and evict each other).
    #[test]
    fn kept_lookups_are_the_maps() {
        let mut words: Vec<String> = [
            "President",
            "said",
            "China",
            "UN",
            "Maria",
            "spokeswoman",
            "Trade Representative",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "x",
            "Xqzt",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        words.extend((0..3 * LOOKED_SLOTS).map(|i| format!("w{i}")));
        assert!(lookup("President").any(cat::TITLE) && lookup("Maria").any(cat::GIVEN));
        for _ in 0..2 {
            for w in &words {
                let want = get_bytes(w.to_lowercase().as_bytes());
                assert_eq!(lookup(w), want, "{w}");
                assert_eq!(lookup(&w.to_uppercase()), want, "{w}");
            }
        }
        assert!(!lookup("Xqzt").any(cat::TITLE | cat::GIVEN));
    }
}
