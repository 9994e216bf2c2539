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
/// and cursor once a text asked for them.
#[derive(Clone, Copy)]
struct KnownWord {
    class: u64,
    walk: Option<(Entry, lexicon::Cursor)>,
}

/// The words a thread has classified, by their text.
#[derive(Default)]
struct Known {
    words: FxHashMap<Box<str>, KnownWord>,
}

/// The most words [`Known`] keeps (about 130 bytes each with their text, 2 MB in all). Once full it
/// keeps the words it has, which are the frequent ones (met first), and classifies others afresh.
const KNOWN_LIMIT: usize = 16_384;

thread_local! {
    static KNOWN: std::cell::RefCell<Known> = std::cell::RefCell::new(Known::default());
}

impl Known {
    /// The class bits of `w`, from the cache or classified (and remembered while there is room).
    fn class(&mut self, w: &str) -> u64 {
        if let Some(k) = self.words.get(w) {
            return k.class;
        }
        let class = crate::words::classify(w);
        if self.words.len() < KNOWN_LIMIT {
            self.words.insert(w.into(), KnownWord { class, walk: None });
        }
        class
    }

    /// [`lexicon::lookup_walk`] of `w`, from the cache or walked (and remembered).
    fn walk(&mut self, w: &str) -> (Entry, lexicon::Cursor) {
        match self.words.get_mut(w) {
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
        };
        // Keyed by the token's bytes: a token's span always lies on character boundaries, so
        // the text is sliced as `str` (checked) only for a word met for the first time.
        let mut ids: FxHashMap<&[u8], u32> =
            FxHashMap::with_capacity_and_hasher(room, Default::default());
        let bytes = text.as_bytes();
        for t in tokens.iter_mut() {
            let span = t.span();
            let key = bytes.get(span.start()..span.end()).unwrap_or_default();
            let info = &mut words.info;
            let word = *ids.entry(key).or_insert_with(|| {
                let w = span.text(text);
                if info.len() + 1 >= limit {
                    // The last entry, shared by every word from here on.
                    if info.len() + 1 == limit {
                        info.push(WordInfo {
                            walk: NO_WALK,
                            ..WordInfo::default()
                        });
                    }
                    return (limit - 1) as u32;
                }
                info.push(WordInfo {
                    class: known.class(w),
                    lex: Entry::default(),
                    walk: NO_WALK,
                });
                (info.len() - 1) as u32
            });
            t.set_word(word);
        }
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
            let (entry, cursor) = known.walk(t.span().text(text));
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
            assert_eq!(known.class(&w), crate::words::classify(&w));
        }
        assert_eq!(known.words.len(), KNOWN_LIMIT);
        assert_eq!(known.class("said"), crate::words::classify("said"));
        assert_eq!(known.walk("York").0, lexicon::lookup_walk("York").0);
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
                ..WordInfo::default()
            }
        );
        let full = Words::build_with(text, &mut seg.tokens, &mut Known::default(), MAX_WORDS);
        assert!(full.info.len() > limit);
    }
}
