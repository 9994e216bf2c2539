//! The distinct words of a text, each classified once: its [`crate::words`] class bits, its
//! lexicon entry and a lexicon cursor for multi-word names. Every later stage reads these through
//! the token's `word` index instead of looking the word up again.
//!
//! Cost: one hash-map probe per token; one classification per distinct word; one walk of the
//! lexicon map per distinct word that is capitalised or stands next to a capitalised word (only
//! those are ever asked about: a speech verb after a name, a role noun before one).
//!
//! Both are pure functions of the word's text, so each thread remembers them between texts (`Known`,
//! at most `KNOWN_LIMIT` words, about 2 MB): a word met in an earlier text costs one probe instead
//! of a classification and a walk, whose tables the other stages have pushed out of the CPU's
//! caches by then. News repeats its vocabulary from article to article. The output is the same with
//! or without the cache (a test checks).

use super::{Token, TokenKind, CAPITALIZED, MAX_WORDS};
use crate::lexicon::hash::FxHashMap;
use crate::lexicon::{self, Entry};

/// What is known about one distinct word (token text) of a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// [`crate::words::class`] bits.
    pub class: u64,
    /// Its lexicon entry; empty unless it was looked up (capitalised, or next to a capitalised word).
    pub lex: Entry,
    /// Index of its lexicon cursor in [`Words`], or [`NO_WALK`].
    walk: u32,
    /// Its index in the thread's cache of words (`Known`), or [`NOT_KNOWN`].
    pub(crate) known: u32,
}

/// How many distinct words [`Words::build`] makes room for before it starts (an article has a few
/// thousand).
const WORDS_RESERVED: usize = 4096;

/// [`WordInfo::walk`] of a word that was not looked up.
const NO_WALK: u32 = u32::MAX;

/// The distinct words of a text.
#[derive(Clone, Default)]
pub struct Words {
    /// One entry per distinct token text, indexed by [`Token::word`].
    pub info: Vec<WordInfo>,
    /// A lexicon cursor that has been pushed each looked-up word as its first token.
    walks: Vec<lexicon::Cursor>,
    /// The generation of the cache of words the words were classified with (see
    /// [`super::Kept`]); 0 for none.
    pub(crate) known: u64,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("distinct", &self.info.len())
            .field("looked_up", &self.walks.len())
            .finish()
    }
}

/// What the earlier texts of a thread taught about a word: its class bits, and its lexicon entry
/// and cursor once a text asked for them (the other stages keep their facts by the word's index
/// here, in a [`super::Kept`]).
#[derive(Clone, Copy)]
struct KnownWord {
    class: u64,
    walk: Option<(Entry, lexicon::Cursor)>,
}

/// The words a thread has classified: their index in `words` by their text.
struct Known {
    ids: FxHashMap<Box<[u8]>, u32>,
    words: Vec<KnownWord>,
    /// Per word of `words`: the text ([`Known::text`]) that last met it and its index in that
    /// text's [`Words`], so that a text needs no map of its own for the words the cache holds.
    seen: Vec<(u32, u32)>,
    /// Numbers the texts built through the cache (from 1; `seen` starts at 0).
    text: u32,
    /// The words of at most [`SHORT_BYTES`] bytes last met, by a hash of their bytes: most tokens
    /// ("the", ",", "said") find their index in the text here, a compare of one packed word,
    /// instead of hashing their text into `ids` and comparing the bytes of its key.
    short: Vec<Short>,
    /// Tells this cache from every other (see [`super::Kept`]); never 0.
    generation: u64,
}

impl Default for Known {
    fn default() -> Known {
        static GENERATIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        Known {
            ids: FxHashMap::default(),
            words: Vec::new(),
            seen: Vec::new(),
            short: Vec::new(),
            text: 0,
            generation: GENERATIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }
}

/// A word of at most [`SHORT_BYTES`] bytes met in the text [`Known::text`] `text`, its index
/// there, and its index in the cache (or [`NOT_KNOWN`]): a later text that meets it again finds
/// it here too, without hashing its text into [`Known::ids`].
#[derive(Clone, Copy)]
struct Short {
    /// Its bytes, packed by [`pack_short`]; 0 for none.
    key: u64,
    text: u32,
    word: u32,
    id: u32,
}

impl Default for Short {
    fn default() -> Short {
        Short {
            key: 0,
            text: 0,
            word: 0,
            id: NOT_KNOWN,
        }
    }
}

/// The longest token that [`Known::short`] holds: its bytes and its length fit in one `u64`.
const SHORT_BYTES: usize = 7;

/// The slots of [`Known::short`] (24 bytes each: 192 KB). 8192, not 2048: a text of a few
/// thousand distinct words then seldom finds a slot taken by another (callgrind: 660.7 M → 658.7 M
/// instructions on one 1 MB text, 685.1 M → 683.7 M on 278 articles).
const SHORT_SLOTS: usize = 8192;

/// The bytes of a token of 1 to [`SHORT_BYTES`] bytes in the low bytes, its length in the top
/// byte: two tokens are equal if and only if their packed words are.
#[inline]
fn pack_short(b: &[u8]) -> u64 {
    let n = b.len();
    let u16_at = |i: usize| u64::from(u16::from_le_bytes([b[i], b[i + 1]]));
    let u32_at = |i: usize| u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]));
    // Two reads that overlap put each byte at the same place: or-ed, they are the bytes in order.
    let bytes = match n {
        1 => u64::from(b[0]),
        2 | 3 => u16_at(0) | u16_at(n - 2) << (8 * (n - 2)),
        _ => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
    };
    bytes | (n as u64) << 56
}

/// The slot of [`Known::short`] for a packed word.
#[inline]
fn short_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SHORT_SLOTS.trailing_zeros())) as usize
}

/// The most words [`Known`] keeps (about 130 bytes each with their text, 2 MB in all). Once full it
/// keeps the words it has, which are the frequent ones (met first), and classifies others afresh.
const KNOWN_LIMIT: usize = 16_384;

/// [`WordInfo::known`] of a word the cache does not hold.
pub(crate) const NOT_KNOWN: u32 = u32::MAX;

thread_local! {
    static KNOWN: std::cell::RefCell<Known> = std::cell::RefCell::new(Known::default());
}

impl Known {
    /// The class bits of `w`, from the cache or classified (and remembered while there is room),
    /// and its index in the cache (or [`NOT_KNOWN`]).
    #[cfg(test)]
    fn class(&mut self, w: &str) -> (u64, u32) {
        if let Some(&i) = self.ids.get(w.as_bytes()) {
            return (self.words[i as usize].class, i);
        }
        self.add(w)
    }

    /// [`Known::class`] of `w`, which the cache does not hold: classified, and remembered while
    /// there is room.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn add(&mut self, w: &str) -> (u64, u32) {
        let class = crate::words::classify(w);
        if self.words.len() < KNOWN_LIMIT {
            let i = self.words.len() as u32;
            self.ids.insert(w.as_bytes().into(), i);
            self.words.push(KnownWord { class, walk: None });
            self.seen.push((0, 0));
            return (class, i);
        }
        (class, NOT_KNOWN)
    }

    /// Starts a new text: no word of the cache has been met in it.
    fn next_text(&mut self) -> u32 {
        if self.short.is_empty() {
            self.short = vec![Short::default(); SHORT_SLOTS];
        }
        self.text = self.text.wrapping_add(1);
        if self.text == 0 {
            self.seen.fill((0, 0));
            self.short.fill(Short::default());
            self.text = 1;
        }
        self.text
    }

    /// [`lexicon::lookup_walk`] of `w`, whose index in the cache is `id`: from the cache or
    /// walked (and remembered).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn walk(&mut self, id: u32, w: &str) -> (Entry, lexicon::Cursor) {
        match self.words.get_mut(id as usize) {
            Some(KnownWord {
                walk: Some(walk), ..
            }) => *walk,
            Some(k) => {
                let walk = lexicon::lookup_walk(w);
                k.walk = Some(walk);
                walk
            }
            None => lexicon::lookup_walk(w),
        }
    }
}

impl Words {
    /// Gives every token its word index and classifies each distinct word once.
    pub(super) fn build(text: &str, tokens: &mut [Token]) -> Words {
        KNOWN.with(|known| Words::build_with(text, tokens, &mut known.borrow_mut(), MAX_WORDS))
    }

    /// [`Words::build`] telling apart at most `limit` distinct words: the last entry is shared by
    /// every word met after the others are taken, and is neither classified nor looked up.
    fn build_with(text: &str, tokens: &mut [Token], known: &mut Known, limit: usize) -> Words {
        // Room for the distinct words of an article; a longer text grows the tables as it needs
        // (its vocabulary grows far slower than its tokens: a third of the tokens, the old guess,
        // reserved 33 MB for a 10 MB text that has about 100,000 distinct words).
        let room = tokens.len().min(WORDS_RESERVED);
        let mut words = Words {
            info: Vec::with_capacity(room),
            walks: Vec::new(),
            known: known.generation,
        };
        // A word the thread's cache holds is found by one probe of the cache, and its index in
        // this text through `seen`; only the words the cache cannot take (it is full) need a map
        // of this text, keyed by the token's bytes (a token's span always lies on character
        // boundaries, so the text is sliced as `str`, checked, only for a word met for the first
        // time).
        let stamp = known.next_text();
        let mut ids: FxHashMap<&[u8], u32> = FxHashMap::default();
        let bytes = text.as_bytes();
        let info = &mut words.info;
        // A new word's index in this text, or the shared last entry past the limit.
        let fresh = |info: &mut Vec<WordInfo>, class: u64, id: u32| {
            if info.len() + 1 >= limit {
                if info.len() + 1 == limit {
                    info.push(WordInfo {
                        walk: NO_WALK,
                        known: NOT_KNOWN,
                        ..WordInfo::default()
                    });
                }
                return None;
            }
            info.push(WordInfo {
                class,
                lex: Entry::default(),
                walk: NO_WALK,
                known: id,
            });
            Some((info.len() - 1) as u32)
        };
        let shared_word = (limit - 1) as u32;
        for t in tokens.iter_mut() {
            let span = t.span();
            let key = bytes.get(span.start()..span.end()).unwrap_or_default();
            let short = (1..=SHORT_BYTES).contains(&key.len()).then(|| {
                let packed = pack_short(key);
                (packed, short_slot(packed))
            });
            // The cache's index of a short word an earlier text met (its packed bytes are the
            // word itself), else of any word through its text.
            let mut hint = NOT_KNOWN;
            if let Some((packed, slot)) = short {
                let s = known.short[slot];
                if s.key == packed {
                    if s.text == stamp {
                        t.set_word(s.word);
                        continue;
                    }
                    hint = s.id;
                }
            }
            let cached = if hint != NOT_KNOWN {
                Some(hint)
            } else {
                known.ids.get(key).copied()
            };
            let mut known_id = NOT_KNOWN;
            let word = if let Some(id) = cached {
                known_id = id;
                let seen = known.seen[id as usize];
                if seen.0 == stamp {
                    seen.1
                } else {
                    let class = known.words[id as usize].class;
                    let word = fresh(info, class, id).unwrap_or(shared_word);
                    known.seen[id as usize] = (stamp, word);
                    word
                }
            } else if let Some(&word) = ids.get(key) {
                word
            } else if info.len() + 1 >= limit {
                fresh(info, 0, NOT_KNOWN);
                ids.insert(key, shared_word);
                shared_word
            } else {
                let (class, id) = known.add(span.text(text));
                known_id = id;
                let word = fresh(info, class, id).unwrap_or(shared_word);
                if id == NOT_KNOWN {
                    ids.insert(key, word);
                } else {
                    known.seen[id as usize] = (stamp, word);
                }
                word
            };
            if let Some((key, slot)) = short {
                known.short[slot] = Short {
                    key,
                    text: stamp,
                    word,
                    id: known_id,
                };
            }
            t.set_word(word);
        }
        // Room for half the distinct words (capitalised or next to a capitalised word), not grown
        // a push at a time.
        words
            .walks
            .reserve((words.info.len() / 2).min(super::ROOM_AT_START));
        let shared = (limit - 1) as u32;
        let capitalised = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| t.kind() == TokenKind::Word && t.has(CAPITALIZED))
        };
        for (i, &t) in tokens.iter().enumerate() {
            if t.kind() != TokenKind::Word {
                continue;
            }
            let info = &mut words.info[t.word() as usize];
            if info.walk != NO_WALK || t.word() == shared {
                continue;
            }
            let wanted = capitalised(i) || (i > 0 && capitalised(i - 1)) || capitalised(i + 1);
            if !wanted {
                continue;
            }
            let (entry, cursor) = known.walk(info.known, t.span().text(text));
            info.lex = entry;
            info.walk = words.walks.len() as u32;
            words.walks.push(cursor);
        }
        words
    }

    /// The word of `token`.
    #[inline]
    pub fn of(&self, token: &Token) -> &WordInfo {
        &self.info[token.word() as usize]
    }

    /// A lexicon cursor that has been pushed `token` (whose text is `written`) as the first token
    /// of a key.
    pub fn walk_from(&self, token: &Token, written: &str) -> lexicon::Cursor {
        match self.of(token).walk {
            NO_WALK => {
                let mut cursor = lexicon::Cursor::new();
                cursor.push(written, false);
                cursor
            }
            id => self.walks[id as usize],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word's class and lexicon entry, and the cursor its walk leaves, as a text gives them.
    fn facts(
        text: &str,
        words: &Words,
        tokens: &[Token],
    ) -> Vec<(String, u64, Entry, Entry, bool)> {
        tokens
            .iter()
            .map(|t| {
                let written = t.span().text(text);
                let info = words.of(t);
                let mut cursor = words.walk_from(t, written);
                let alive = cursor.alive();
                // One more word tells whether the cursor stands where a fresh walk would.
                cursor.push("york", true);
                (
                    written.to_string(),
                    info.class,
                    info.lex,
                    cursor.entry(),
                    alive,
                )
            })
            .collect()
    }

    /// Words classified from the thread's cache give what a fresh classification gives, whatever
    /// texts came before, and what `classify` and `lookup_walk` say of each word.
    #[test]
    fn cache_changes_nothing() {
        let texts = [
            "“We came hoping to make progress,” said U.S. Trade Representative Charlene Barshefsky.",
            "New York officials said on Tuesday that New talks would start. She told reporters: no.",
            "SAID Said said. The spokeswoman for the WTO, Mr. Zhang, tweeted: “New York is New.”",
        ];
        for (round, &text) in texts.iter().chain(texts.iter()).enumerate() {
            let mut cached = super::super::segment(text);
            let warm = facts(text, &cached.words, &cached.tokens);
            let mut fresh_known = Known::default();
            let fresh_words =
                Words::build_with(text, &mut cached.tokens, &mut fresh_known, MAX_WORDS);
            let fresh = facts(text, &fresh_words, &cached.tokens);
            assert_eq!(warm, fresh, "round {round}: {text}");
            for (t, fact) in cached.tokens.iter().zip(&fresh) {
                let w = t.span().text(text);
                assert_eq!(fact.1, crate::words::classify(w), "{w}");
                if fresh_words.of(t).walk != NO_WALK {
                    assert_eq!(fact.2, lexicon::lookup_walk(w).0, "{w}");
                }
            }
        }
    }

    /// The cache stops growing at its limit and still answers for words it no longer takes.
    #[test]
    fn cache_is_bounded() {
        let mut known = Known::default();
        for i in 0..KNOWN_LIMIT + 100 {
            let w = format!("w{i}");
            assert_eq!(known.class(&w).0, crate::words::classify(&w));
        }
        assert_eq!(known.words.len(), KNOWN_LIMIT);
        assert_eq!(known.class("said").0, crate::words::classify("said"));
        assert_eq!(
            known.walk(NOT_KNOWN, "York").0,
            lexicon::lookup_walk("York").0
        );
    }

    /// With the thread's cache full, a text still numbers its words once each: a word the cache
    /// does not hold gets one index for all its tokens, and texts after it number theirs afresh.
    #[test]
    fn words_the_full_cache_cannot_take_are_numbered_once() {
        let mut known = Known::default();
        for i in 0..KNOWN_LIMIT {
            known.class(&format!("w{i}"));
        }
        let text = "Smith said w7 and Smith said w7.";
        for _ in 0..2 {
            let mut seg = super::super::segment(text);
            let words = Words::build_with(text, &mut seg.tokens, &mut known, MAX_WORDS);
            let index = |w: &str| -> Vec<u32> {
                let ts = seg.tokens.iter().filter(|t| t.text(text) == w);
                ts.map(|t| t.word()).collect()
            };
            assert_eq!(index("Smith"), [0, 0]);
            assert_eq!(index("said"), [1, 1]);
            assert_eq!(index("w7"), [2, 2]);
            assert_eq!(index("and"), [3]);
            assert_eq!(words.info.len(), 5, "Smith, said, w7, and, the period");
            assert_eq!(words.info[0].known, NOT_KNOWN);
            assert_eq!(words.info[2].known, 7);
            assert_eq!(words.info[1].class, crate::words::classify("said"));
        }
    }

    /// Past its limit of distinct words, every new word shares the last entry, which is neither
    /// classified nor looked up; the words before keep theirs.
    #[test]
    fn words_past_the_limit_share_one_entry() {
        let text = "Smith said New York was in Lagos and Paris.";
        let mut seg = super::super::segment(text);
        let limit = 4; // "Smith", "said", "New", then the shared entry
        let words = Words::build_with(text, &mut seg.tokens, &mut Known::default(), limit);
        assert_eq!(words.info.len(), limit);
        let index = |w: &str| {
            let t = seg.tokens.iter().find(|t| t.text(text) == w).unwrap();
            t.word()
        };
        assert_eq!((index("Smith"), index("said"), index("New")), (0, 1, 2));
        for w in ["York", "Lagos", "Paris", "."] {
            assert_eq!(index(w), 3, "{w}");
        }
        assert_eq!(words.info[1].class, crate::words::classify("said"));
        assert_ne!(words.info[0].lex, Entry::default(), "Smith is looked up");
        assert_eq!(
            words.info[3],
            WordInfo {
                walk: NO_WALK,
                known: NOT_KNOWN,
                ..WordInfo::default()
            }
        );
        let full = Words::build_with(text, &mut seg.tokens, &mut Known::default(), MAX_WORDS);
        assert!(full.info.len() > limit);
    }
}
