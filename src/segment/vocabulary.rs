//! The distinct words of a text, each classified once: its [`crate::words`] class bits, its
//! lexicon entry and a lexicon cursor for multi-word names. Every later stage reads these through
//! the token's `word` index instead of looking the word up again.
//!
//! Cost: one hash-map probe per token; one classification per distinct word; one walk of the
//! lexicon map per distinct word that is capitalised or stands next to a capitalised word (only
//! those are ever asked about: a speech verb after a name, a role noun before one).

use super::{Token, TokenKind, CAPITALIZED};
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

impl Words {
    /// Gives every token its word index and classifies each distinct word once.
    pub(super) fn build(text: &str, tokens: &mut [Token]) -> Words {
        let mut words = Words {
            info: Vec::with_capacity(tokens.len() / 3 + 1),
            walks: Vec::new(),
        };
        let mut ids: FxHashMap<&str, u32> =
            FxHashMap::with_capacity_and_hasher(tokens.len() / 3 + 1, Default::default());
        for t in tokens.iter_mut() {
            let w = t.span.text(text);
            let info = &mut words.info;
            t.word = *ids.entry(w).or_insert_with(|| {
                info.push(WordInfo {
                    class: crate::words::classify(w),
                    lex: Entry::default(),
                    walk: NO_WALK,
                });
                (info.len() - 1) as u32
            });
        }
        let capitalised = |i: usize| {
            tokens
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Word && t.has(CAPITALIZED))
        };
        for (i, &t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            let info = &mut words.info[t.word as usize];
            if info.walk != NO_WALK {
                continue;
            }
            let wanted = capitalised(i) || (i > 0 && capitalised(i - 1)) || capitalised(i + 1);
            if !wanted {
                continue;
            }
            let (entry, cursor) = lexicon::lookup_walk(t.span.text(text));
            info.lex = entry;
            info.walk = words.walks.len() as u32;
            words.walks.push(cursor);
        }
        words
    }

    /// The word of `token`.
    #[inline]
    pub fn of(&self, token: &Token) -> &WordInfo {
        &self.info[token.word as usize]
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
