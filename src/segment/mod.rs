//! Stage 1: paragraphs, sentences and tokens, all with byte offsets.
//!
//! * **Paragraphs** end at a line break, unless the break looks like hard wrapping (the line does not
//!   end a sentence and the next one starts in lower case). CRLF and blank lines are white space.
//! * **Tokens** are words (letters, digits and combining marks, joined by inner hyphens and
//!   apostrophes: `don't`, `Ødegaard-Holm`, `134-member`), dotted abbreviations (`U.S.`, `a.m.`),
//!   numbers (`1,200`, `3.5`, `5:30`), a possessive `'s` on its own, and single punctuation
//!   characters. White space is not a token.
//! * **Sentences** end at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when
//!   the next token starts a new sentence; a period after a known abbreviation (`Nov.`, `Dr.`,
//!   `Inc.`) or an initial (`J.`) does not end one unless a typical sentence starter follows.
//!
//! Known failure modes: a sentence that ends with an abbreviation and continues with a proper name
//! is not split; a hard-wrapped line that ends a sentence without punctuation is joined.
//!
//! Cost: the tokenizer reads ASCII, most of news, a byte at a time through a table (white space,
//! one-byte punctuation, and a word of letters and digits up to a byte that cannot join more);
//! only characters outside ASCII, apostrophes, hyphens and `,` `.` `:` that may join (a digit
//! after them, a one-letter word before `.`) take the general way, which decodes characters. Both
//! make the same tokens: the general way alone gave the same output on the 954 texts of the
//! snapshot check, and the tests pin the edges.

pub(crate) mod abbreviations;
mod bits;
mod store;
#[cfg(test)]
mod tests;
mod vocabulary;

pub use bits::{Bits, SparseTokens};
pub(crate) use store::{Kept, WordStore};
pub use vocabulary::Words;
pub(crate) use vocabulary::NOT_KNOWN;

use crate::pos::Tag;
use crate::span::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and maybe digits), e.g. `Barshefsky`, `don't`, `U.S.`, `134-member`.
    Word,
    /// Digits with inner separators, e.g. `1,200`, `3.5`, `5:30`.
    Number,
    /// One punctuation or symbol character, e.g. `,`, `“`, `$`.
    Punct,
}

/// Token flag: the first letter is upper case.
pub const CAPITALIZED: u8 = 1;
/// Token flag: every letter is upper case and there are at least two.
pub const ALL_CAPS: u8 = 2;
/// Token flag: first token of its sentence (after any opening punctuation).
pub const SENTENCE_START: u8 = 4;
/// Token flag: white space (or the start of the text) comes right before the token.
pub const SPACE_BEFORE: u8 = 8;
/// Token flag: white space (or the end of the text) comes right after the token.
pub const SPACE_AFTER: u8 = 16;

/// The longest token, in bytes: a longer run of word characters (only a text far over
/// [`crate::MAX_INPUT_BYTES`] can hold one) is cut into tokens of at most this length.
pub const MAX_TOKEN_BYTES: usize = (1 << LEN_BITS) - 1;

/// The most distinct words a text's [`Words`] tell apart; the words met after that many share
/// one entry that no rule reads (only a text far over [`crate::MAX_INPUT_BYTES`] has so many).
pub const MAX_WORDS: usize = 1 << WORD_BITS;

const WORD_BITS: u32 = 24;
const LEN_BITS: u32 = 25;
const KIND_SHIFT: u32 = LEN_BITS;
const FLAGS_SHIFT: u32 = LEN_BITS + 2;

/// One token, in 12 bytes: the most numerous thing an analysis keeps (one per five bytes of
/// text), so it is packed. Read it through its methods.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Its first byte.
    start: u32,
    /// Index of its distinct word in [`Segments::words`] (tokens with the same text share it), in
    /// the low 24 bits; its part-of-speech tag ([`Tag`] as a number) in the high 8.
    word_tag: u32,
    /// Its length in bytes in the low 25 bits, its [`TokenKind`] in the next 2, its flags
    /// (`CAPITALIZED`, `ALL_CAPS`, `SENTENCE_START`, `SPACE_BEFORE`, `SPACE_AFTER`) in the top 5.
    len_kind_flags: u32,
}

const _: () = assert!(std::mem::size_of::<Token>() == 12);
const _: () = assert!(crate::MAX_INPUT_BYTES <= MAX_TOKEN_BYTES);
// `Token::tag` reads a tag back by its number.
const _: () = {
    let mut i = 0;
    while i < Tag::ALL.len() {
        assert!(Tag::ALL[i] as usize == i);
        i += 1;
    }
};

/// Every tag at its number, `NN` at the numbers no tag has (never stored): indexed by a byte, so
/// reading a token's tag (many times a token) needs no bounds check.
static TAG_OF_BYTE: [Tag; 256] = {
    let mut table = [Tag::Nn; 256];
    let mut i = 0;
    while i < Tag::ALL.len() {
        table[i] = Tag::ALL[i];
        i += 1;
    }
    table
};

impl Token {
    /// A token of `kind` over `span` (at most [`MAX_TOKEN_BYTES`] long) with `flags`, word 0 and
    /// tag `NN` (set by [`Words`] and [`crate::pos::tag`]).
    #[inline]
    pub fn new(span: Span, kind: TokenKind, flags: u8) -> Token {
        debug_assert!(span.len() <= MAX_TOKEN_BYTES && flags < 32);
        Token {
            start: span.start,
            word_tag: (Tag::Nn as u32) << WORD_BITS,
            len_kind_flags: (span.end - span.start)
                | (kind as u32) << KIND_SHIFT
                | (flags as u32) << FLAGS_SHIFT,
        }
    }

    /// Where it is.
    #[inline]
    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.start + (self.len_kind_flags & MAX_TOKEN_BYTES as u32),
        }
    }

    /// What it is made of.
    #[inline]
    pub fn kind(&self) -> TokenKind {
        match (self.len_kind_flags >> KIND_SHIFT) & 3 {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            _ => TokenKind::Punct,
        }
    }

    /// Its flags: `CAPITALIZED`, `ALL_CAPS`, `SENTENCE_START`, `SPACE_BEFORE`, `SPACE_AFTER`.
    #[inline]
    pub fn flags(&self) -> u8 {
        (self.len_kind_flags >> FLAGS_SHIFT) as u8
    }

    /// Whether the token has all of `flags`.
    #[inline]
    pub fn has(&self, flags: u8) -> bool {
        self.flags() & flags == flags
    }

    /// Adds `flags` to the token's.
    #[inline]
    pub fn add_flags(&mut self, flags: u8) {
        self.len_kind_flags |= (flags as u32) << FLAGS_SHIFT;
    }

    /// Takes `flags` from the token's.
    #[inline]
    pub fn remove_flags(&mut self, flags: u8) {
        self.len_kind_flags &= !((flags as u32) << FLAGS_SHIFT);
    }

    /// Index of its distinct word in [`Segments::words`] (tokens with the same text share it).
    #[inline]
    pub fn word(&self) -> u32 {
        self.word_tag & (MAX_WORDS as u32 - 1)
    }

    /// Sets its word index (below [`MAX_WORDS`]).
    #[inline]
    pub(crate) fn set_word(&mut self, word: u32) {
        debug_assert!((word as usize) < MAX_WORDS);
        self.word_tag = (self.word_tag & !(MAX_WORDS as u32 - 1)) | word;
    }

    /// Its part-of-speech tag, set by [`crate::pos::tag`] right after segmentation (`NN` until
    /// then).
    #[inline]
    pub fn tag(&self) -> Tag {
        TAG_OF_BYTE[usize::from((self.word_tag >> WORD_BITS) as u8)]
    }

    /// Sets its part-of-speech tag.
    #[inline]
    pub fn set_tag(&mut self, tag: Tag) {
        self.word_tag = (self.word_tag & (MAX_WORDS as u32 - 1)) | (tag as u32) << WORD_BITS;
    }

    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span().text(text)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("span", &self.span())
            .field("kind", &self.kind())
            .field("flags", &self.flags())
            .field("word", &self.word())
            .field("tag", &self.tag())
            .finish()
    }
}

/// One sentence: a span and the range of its tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From its first to its last token.
    pub span: Span,
    /// Index of its first token.
    pub first_token: u32,
    /// One past the index of its last token.
    pub end_token: u32,
    /// Index of its paragraph.
    pub paragraph: u32,
}

impl Sentence {
    /// Indices of its tokens.
    pub fn tokens(&self) -> std::ops::Range<usize> {
        self.first_token as usize..self.end_token as usize
    }
}

/// One paragraph: a span and the range of its sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// From its first to its last non-space character.
    pub span: Span,
    /// Index of its first sentence.
    pub first_sentence: u32,
    /// One past the index of its last sentence.
    pub end_sentence: u32,
}

/// The segmented text.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// Paragraphs in text order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// The distinct words, each classified once.
    pub words: Words,
    /// For each block of [`TOKEN_BLOCK`] bytes of the text, [`Segments::token_at_or_after`] its
    /// first byte: where the search for a byte in that block starts (empty: search them all).
    token_blocks: Vec<u32>,
}

/// The bytes of text per entry of [`Segments::token_blocks`]: natively about three tokens of
/// news, so that finding a byte's token walks one or two of those instead of searching the
/// text's (4 bytes per 16 of text, a quarter of the text's size, beside about twice its size in
/// tokens; the attribution rules ask about a hundred and fifty thousand times per megabyte).
/// In wasm, 128 bytes (about 25 tokens, searched), and the look-up out of line: the 16-byte
/// walk inlined at its 60-odd call sites made the module 8.0 KB larger gzipped (550,869 ->
/// 558,885 B) and the index the memory after one 10 MB text 62.7 -> 69.4 MiB (the budgets are
/// 600 KB for the page and 64 MB).
const TOKEN_BLOCK: u32 = if cfg!(target_arch = "wasm32") {
    128
} else {
    16
};

impl Segments {
    /// Index of the first token that ends after `byte` (the token at or after it).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn token_at_or_after(&self, byte: u32) -> usize {
        let block = (byte / TOKEN_BLOCK) as usize;
        let Some(&lo) = self.token_blocks.get(block) else {
            return self.tokens.partition_point(|t| t.span().end <= byte);
        };
        // The answer lies between the answers for the block's first byte and the next block's:
        // a few tokens apart natively (walked), a few dozen in wasm (searched).
        let (lo, hi) = match self.token_blocks.get(block + 1) {
            Some(&hi) => (lo as usize, hi as usize),
            None => (lo as usize, self.tokens.len()),
        };
        if cfg!(target_arch = "wasm32") {
            return lo + self.tokens[lo..hi].partition_point(|t| t.span().end <= byte);
        }
        let mut t = lo;
        while t < hi && self.tokens[t].span().end <= byte {
            t += 1;
        }
        t
    }

    /// [`Segments::token_at_or_after`] for a `byte` that no token before `from` ends after (the
    /// end of a phrase or name whose first token is `from`): a walk from `from`, a step or two
    /// for a short phrase, instead of a search.
    #[inline]
    pub fn token_at_or_after_from(&self, from: usize, byte: u32) -> usize {
        let mut t = from;
        while self.tokens.get(t).is_some_and(|t| t.span().end <= byte) {
            t += 1;
        }
        debug_assert_eq!(t, self.token_at_or_after(byte));
        t
    }

    /// [`Segments::token_blocks`] of a text of `len` bytes.
    fn index_token_blocks(&mut self, len: usize) {
        let blocks = len / TOKEN_BLOCK as usize + 1;
        let mut out = Vec::with_capacity(blocks);
        let mut t = 0;
        for block in 0..blocks {
            let byte = (block as u32) * TOKEN_BLOCK;
            while t < self.tokens.len() && self.tokens[t].span().end <= byte {
                t += 1;
            }
            out.push(t as u32);
        }
        self.token_blocks = out;
    }

    /// Index of the sentence holding token `t` (0 for a token in none), or `None` past the last
    /// token. A binary search: a table per token would cost four bytes for each.
    #[inline]
    pub fn sentence_of_token(&self, t: usize) -> Option<usize> {
        if t >= self.tokens.len() {
            return None;
        }
        let s = self
            .sentences
            .partition_point(|s| s.end_token as usize <= t);
        Some(
            if self
                .sentences
                .get(s)
                .is_some_and(|s| s.first_token as usize <= t)
            {
                s
            } else {
                0
            },
        )
    }

    /// Index of the sentence holding `byte`, or the one after it when `byte` is between sentences.
    pub fn sentence_at(&self, byte: u32) -> usize {
        self.sentences.partition_point(|s| s.span.end <= byte)
    }

    /// The [`crate::words::class`] bits of token `i`.
    #[inline]
    pub fn class(&self, i: usize) -> u64 {
        self.words.of(&self.tokens[i]).class
    }

    /// Whether token `i` has any of the [`crate::words::class`] bits `bits`.
    #[inline]
    pub fn is(&self, i: usize, bits: u64) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| self.words.of(t).class & bits != 0)
    }

    /// The lexicon entry of token `i` (empty unless it is capitalised or next to a capitalised word).
    #[inline]
    pub fn lex(&self, i: usize) -> crate::lexicon::Entry {
        self.words.of(&self.tokens[i]).lex
    }

    /// Index of the paragraph holding `byte`, or the one after it when `byte` is between paragraphs.
    pub fn paragraph_at(&self, byte: u32) -> usize {
        self.paragraphs.partition_point(|p| p.span.end <= byte)
    }
}

/// The most paragraphs, sentences or looked-up words a text's tables make room for before they
/// fill (an article has a few dozen sentences and a few hundred looked-up words); past it, they
/// grow by doubling, as they would have from empty.
pub(crate) const ROOM_AT_START: usize = 4096;

/// Segments `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Segments {
    let paragraphs = paragraph_spans(text);
    // Room from the start, not grown a push at a time (each growth a reallocation and a copy):
    // the paragraphs are counted, and news has a sentence per 120 bytes or so; at most
    // `ROOM_AT_START` sentences, so that a long text grows its table as before (the room is
    // trimmed below, as the tokens' is).
    let mut segments = Segments {
        paragraphs: Vec::with_capacity(paragraphs.len()),
        sentences: Vec::with_capacity((text.len() / 64 + 1).min(ROOM_AT_START)),
        tokens: Vec::with_capacity(text.len() / 5 + 1),
        words: Words::default(),
        token_blocks: Vec::new(),
    };
    for paragraph in paragraphs {
        let first_token = segments.tokens.len();
        tokenize(text, paragraph, &mut segments.tokens);
        let first_sentence = segments.sentences.len() as u32;
        split_sentences(
            text,
            &mut segments.tokens,
            first_token,
            segments.paragraphs.len() as u32,
            &mut segments.sentences,
        );
        if segments.sentences.len() as u32 > first_sentence {
            segments.paragraphs.push(Paragraph {
                span: paragraph,
                first_sentence,
                end_sentence: segments.sentences.len() as u32,
            });
        }
    }
    // Every later stage keeps these for the whole analysis: no more room than they hold (the
    // tokens were given room for one per five bytes).
    segments.tokens.shrink_to_fit();
    segments.sentences.shrink_to_fit();
    segments.paragraphs.shrink_to_fit();
    segments.words = Words::build(text, &mut segments.tokens);
    segments.index_token_blocks(text.len());
    segments
}

/// Spans of the paragraphs, trimmed of white space, in order.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn paragraph_spans(text: &str) -> Vec<Span> {
    // Room for a paragraph per 256 bytes (news has about one per 400), grown past it.
    let mut out = Vec::with_capacity((text.len() / 256 + 1).min(ROOM_AT_START));
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None; // first non-space byte of the open paragraph
    let mut last_end = 0; // one past its last non-space character
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' || b == b'\r' {
            if let Some(s) = start {
                let next = next_non_space(text, i);
                if !is_soft_break(text, last_end, next) {
                    out.push(Span::new(s, last_end));
                    start = None;
                }
            }
            i += 1;
            continue;
        }
        if b < 0x80 {
            // ASCII: the common case, a run at a time up to the next line break or non-ASCII
            // byte, without decoding: its first and last non-blank bytes are all that matter.
            let run_end = line_break_or_wide(&bytes[i..]).map_or(bytes.len(), |p| i + p);
            let run = &bytes[i..run_end];
            let blank = |b: &u8| matches!(b, b' ' | b'\t' | 0x0B | 0x0C);
            if let Some(first) = run.iter().position(|b| !blank(b)) {
                if start.is_none() {
                    start = Some(i + first);
                }
                let last = run.iter().rposition(|b| !blank(b)).unwrap_or(first);
                last_end = i + last + 1;
            }
            i = run_end;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if !c.is_whitespace() && !is_invisible(c) {
            if start.is_none() {
                start = Some(i);
            }
            last_end = i + len;
        } else if c == '\u{2029}' || c == '\u{2028}' {
            if let Some(s) = start.take() {
                out.push(Span::new(s, last_end));
            }
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_end));
    }
    out
}

/// The offset of the first `\n`, `\r` or non-ASCII byte of `bytes`: eight bytes at a time, then
/// byte by byte from the word that holds one.
#[inline]
fn line_break_or_wide(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Whether some byte of `x` is zero (exact as a yes or no).
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let mut n = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if x & HIGH != 0
            || has_zero(x ^ (ONES * u64::from(b'\n')))
            || has_zero(x ^ (ONES * u64::from(b'\r')))
        {
            break;
        }
        n += 8;
    }
    bytes[n..]
        .iter()
        .position(|&b| b == b'\n' || b == b'\r' || b >= 0x80)
        .map(|p| n + p)
}

fn next_non_space(text: &str, from: usize) -> Option<usize> {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map(|(i, _)| from + i)
}

/// A line break inside a paragraph: the line does not end a sentence and the next line starts with
/// a lower-case letter.
fn is_soft_break(text: &str, line_end: usize, next: Option<usize>) -> bool {
    let Some(next) = next else { return false };
    let gap = &text[line_end..next];
    if gap.bytes().filter(|&b| b == b'\n').count() > 1 {
        return false;
    }
    let before = text[..line_end].chars().next_back();
    let after = text[next..].chars().next();
    matches!(before, Some(c) if c.is_alphanumeric() || c == ',')
        && matches!(after, Some(c) if c.is_lowercase())
}

/// Zero-width characters that are not content (BOM, zero-width space and joiners, soft hyphen).
#[inline]
fn is_invisible(c: char) -> bool {
    if (c as u32) < 0xAD {
        return false;
    }
    matches!(
        c,
        '\u{feff}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{00ad}' | '\u{2060}'
    )
}

/// Whether `c` belongs inside a word.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c) || c == '_'
}

/// Combining marks (accents written as separate code points) stay with their letter.
#[inline]
fn is_combining(c: char) -> bool {
    if (c as u32) < 0x0300 {
        return false; // ASCII and Latin-1, most of news
    }
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || matches!(c as u32, 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903 | 0x093A..=0x094F)
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

#[inline]
fn is_hyphen(c: char) -> bool {
    c == '-' || c == '\u{2010}' || c == '\u{2011}'
}

/// Appends the tokens of `paragraph` to `out`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn tokenize(text: &str, paragraph: Span, out: &mut Vec<Token>) {
    let para = &text[paragraph.start()..paragraph.end()];
    let base = paragraph.start();
    let mut space_before = true;
    let mut next = 0;
    let bytes = para.as_bytes();
    while next < para.len() {
        let i = next;
        let b = bytes[i];
        // Most tokens are ASCII letters and digits that a space or a mark joining nothing ends
        // ("said", "2026,"): those take one table load per byte and nothing else. Anything else
        // (a character outside ASCII, or an apostrophe, hyphen, `,`, `.` or `:` that may join
        // more: "don't", "U.S.", "1,200") goes the general way below, which makes the same token.
        if ASCII_WORD[usize::from(b)] {
            let mut end = i + 1;
            while bytes.get(end).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
                end += 1;
            }
            // `,` `.` `:` join only a digit after them ("1,200", "3.5", "5:30") or, a period, a
            // one-letter part ("U.S."); so "said," and "year." end here too.
            let may_join = bytes.get(end).is_some_and(|&b| match b {
                b',' | b'.' | b':' => {
                    bytes.get(end + 1).is_some_and(u8::is_ascii_digit)
                        || (b == b'.' && end - i == 1)
                }
                _ => b >= 0x80 || matches!(b, b'\'' | b'-'),
            });
            if !may_join && end - i <= MAX_TOKEN_BYTES {
                let (kind, case) = if b.is_ascii_lowercase() {
                    (TokenKind::Word, 0) // most words: no case flags to find
                } else if bytes[i..end].iter().all(u8::is_ascii_digit) {
                    (TokenKind::Number, 0)
                } else {
                    (TokenKind::Word, case_flags(&para[i..end]))
                };
                let flags = if space_before { SPACE_BEFORE } else { 0 } | case;
                out.push(Token::new(Span::new(base + i, base + end), kind, flags));
                space_before = false;
                next = end;
                continue;
            }
        } else if b < 0x80 && b != b'\'' {
            // ASCII white space (as `char::is_whitespace` has it) or a one-byte punctuation token
            // (an apostrophe may start a clitic: the general way).
            next = i + 1;
            if matches!(b, b' ' | b'\t'..=b'\r') {
                space_before = true;
                if let Some(last) = out.last_mut() {
                    if last.span().end() == base + i {
                        last.add_flags(SPACE_AFTER);
                    }
                }
            } else {
                let flags = if space_before { SPACE_BEFORE } else { 0 };
                out.push(Token::new(
                    Span::new(base + i, base + i + 1),
                    TokenKind::Punct,
                    flags,
                ));
                space_before = false;
            }
            continue;
        }
        let c = if b < 0x80 {
            b as char
        } else {
            para[i..].chars().next().unwrap_or(' ')
        };
        next = i + c.len_utf8();
        if c.is_whitespace() || is_invisible(c) {
            space_before = true;
            if let Some(last) = out.last_mut() {
                if last.span().end() == base + i {
                    last.add_flags(SPACE_AFTER);
                }
            }
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let kind;
        if is_word_char(c) {
            end = scan_word(para, start, end);
            if end - start > MAX_TOKEN_BYTES {
                end = floor_char_boundary(para, start + MAX_TOKEN_BYTES);
            }
            let word = &para[start..end];
            kind = if word
                .bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b':'))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            next = end;
        } else if let Some(len) = is_apostrophe(c)
            .then(|| clitic_after(para, start, end))
            .flatten()
        {
            // `'s` after a word: a token of its own, so that "China's" gives "China"; so are
            // `'ve`, `'re`, `'ll`, `'d` and `'m` ("They've" gives the pronoun "They").
            end += len;
            next = end;
            kind = TokenKind::Word;
        } else {
            kind = TokenKind::Punct;
        }
        let mut flags = if space_before { SPACE_BEFORE } else { 0 };
        if kind == TokenKind::Word {
            flags |= case_flags(&para[start..end]);
        }
        out.push(Token::new(Span::new(base + start, base + end), kind, flags));
        space_before = false;
    }
    if let Some(last) = out.last_mut() {
        last.add_flags(SPACE_AFTER);
    }
}

/// The largest char boundary of `s` at or before `i`.
fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The length in bytes of the clitic after the apostrophe that ends at byte `after`, when the
/// apostrophe follows a word character: `'s` (a possessive or "is"/"has"), and, after a
/// letter, `'ve`, `'re`, `'ll`, `'d`, `'m` ("They've", "we're", "I'd"), each before a
/// non-word character. PTB splits them so, and the tagger's model was trained on that.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn clitic_after(para: &str, apostrophe: usize, after: usize) -> Option<usize> {
    let before = para[..apostrophe].chars().next_back()?;
    if !is_word_char(before) {
        return None;
    }
    let len = clitic_len(&para[after..], before.is_alphabetic());
    (len > 0).then_some(len)
}

/// The length of the clitic at the start of `rest` (the text after an apostrophe), or 0: see
/// [`clitic_after`]. `after_letter`: the apostrophe follows a letter, not a digit.
fn clitic_len(rest: &str, after_letter: bool) -> usize {
    let b = rest.as_bytes();
    let lower = |i: usize| b.get(i).map(u8::to_ascii_lowercase);
    let len = match (lower(0), lower(1)) {
        (Some(b's'), _) => 1,
        (Some(b'd' | b'm'), _) if after_letter => 1,
        (Some(b'v'), Some(b'e')) | (Some(b'r'), Some(b'e')) | (Some(b'l'), Some(b'l'))
            if after_letter =>
        {
            2
        }
        _ => return 0,
    };
    if rest[len..].chars().next().is_some_and(is_word_char) {
        0
    } else {
        len
    }
}

/// The ASCII word characters (letters, digits, `_`), by byte: one load per byte in [`scan_word`].
static ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || b == b'_' as usize;
        b += 1;
    }
    table
};

/// Extends a word that starts at `start` and whose first character ends at `end`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn scan_word(para: &str, start: usize, mut end: usize) -> usize {
    let bytes = para.as_bytes();
    let first_is_digit = bytes[start].is_ascii_digit();
    loop {
        // ASCII letters, digits and `_`, the common case, without decoding (for ASCII they are
        // exactly the word characters).
        while bytes.get(end).is_some_and(|&b| ASCII_WORD[usize::from(b)]) {
            end += 1;
        }
        let rest = &para[end..];
        let Some(c) = rest.chars().next() else { break };
        if is_word_char(c) {
            end += c.len_utf8();
            continue;
        }
        // Only an apostrophe, a hyphen or `,` `.` `:` can join what follows; anything else (a
        // space, most often) ends the word without looking further.
        if !(is_apostrophe(c) || is_hyphen(c) || matches!(c, ',' | '.' | ':')) {
            break;
        }
        let next = rest[c.len_utf8()..].chars().next();
        let next_is_word = next.is_some_and(is_word_char);
        let next_is_digit = next.is_some_and(|n| n.is_ascii_digit());
        let prev = para[..end].chars().next_back().unwrap_or(' ');
        if is_apostrophe(c) && next_is_word && prev.is_alphabetic() {
            // don't, O'Brien, rock'n'roll; but not the possessive 's or a clitic ('ve, 're,
            // 'll, 'd, 'm), which is its own token.
            if clitic_len(&rest[c.len_utf8()..], true) > 0 {
                break;
            }
            end += c.len_utf8();
            continue;
        }
        if is_hyphen(c) && next_is_word {
            end += c.len_utf8();
            continue;
        }
        if first_is_digit && matches!(c, ',' | '.' | ':') && next_is_digit && prev.is_ascii_digit()
        {
            end += 1;
            continue;
        }
        if c == '.' && is_dotted_abbreviation(para, start, end) {
            // U.S., a.m., Ph.D.: single letters (or "Ph") joined by periods, the last one included.
            end += 1;
            continue;
        }
        break;
    }
    end
}

/// Whether the period at `dot` continues an abbreviation such as `U.S.` or `a.m.`: the part since
/// the last period is one letter, and either a period came before (the final period of `U.S.`) or
/// a letter and a period follow.
fn is_dotted_abbreviation(para: &str, start: usize, dot: usize) -> bool {
    let word = &para[start..dot];
    // The part after the last period (a period is one byte, so the slice is on a boundary).
    let after_period = word.bytes().rposition(|b| b == b'.').map_or(0, |p| p + 1);
    let mut last_part = word[after_period..].chars();
    let single_letter =
        matches!((last_part.next(), last_part.next()), (Some(c), None) if c.is_alphabetic());
    if !single_letter {
        return false;
    }
    if word.contains('.') {
        return true;
    }
    let mut after = para[dot + 1..].chars();
    matches!((after.next(), after.next()), (Some(l), Some('.')) if l.is_alphabetic())
}

fn case_flags(word: &str) -> u8 {
    let bytes = word.as_bytes();
    match bytes.first() {
        // A lower-case first letter: neither capitalised nor in capitals (most words).
        Some(b) if b.is_ascii_lowercase() => return 0,
        // An ASCII word with a capital first: in capitals when no letter is lower case and it has
        // two letters or more.
        Some(b) if b.is_ascii_uppercase() && word.is_ascii() => {
            let all_caps = !bytes.iter().any(u8::is_ascii_lowercase)
                && bytes
                    .iter()
                    .filter(|b| b.is_ascii_alphabetic())
                    .nth(1)
                    .is_some();
            return CAPITALIZED | if all_caps { ALL_CAPS } else { 0 };
        }
        _ => {}
    }
    let mut letters = 0;
    let mut upper = 0;
    let mut first_upper = None;
    for c in word.chars() {
        if c.is_alphabetic() {
            letters += 1;
            let is_upper = c.is_uppercase();
            if first_upper.is_none() {
                first_upper = Some(is_upper);
            }
            if is_upper {
                upper += 1;
            }
        }
    }
    let mut flags = 0;
    if first_upper == Some(true) {
        flags |= CAPITALIZED;
    }
    if letters >= 2 && upper == letters {
        flags |= ALL_CAPS;
    }
    flags
}

/// Opening punctuation that may come before a sentence's first word.
fn is_opening(c: &str) -> bool {
    matches!(
        c,
        "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "„" | "—" | "-" | "–" | "―" | "¿" | "¡"
    )
}

/// Closing punctuation that may follow a sentence's final mark.
fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// Splits the tokens from `first` on (one paragraph) into sentences; marks sentence starts.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn split_sentences(
    text: &str,
    tokens: &mut [Token],
    first: usize,
    paragraph: u32,
    out: &mut Vec<Sentence>,
) {
    let end = tokens.len();
    let mut start = first;
    let mut i = first;
    while i < end {
        let t = tokens[i];
        // The token's text is read only for punctuation, and a word's only for its last byte.
        let is_final =
            t.kind() == TokenKind::Punct && matches!(t.text(text), "." | "!" | "?" | "…");
        let ends_abbreviation = t.kind() == TokenKind::Word
            && t.span().end() > t.span().start()
            && text.as_bytes().get(t.span().end() - 1) == Some(&b'.');
        if is_final || ends_abbreviation {
            // Take closing quotes and brackets (and repeated marks) along.
            let mut j = i + 1;
            while j < end
                && tokens[j].kind() == TokenKind::Punct
                && (is_closing(tokens[j].text(text))
                    || matches!(tokens[j].text(text), "." | "!" | "?" | "…"))
                && !tokens[j].has(SPACE_BEFORE)
            {
                j += 1;
            }
            if j < end && ends_sentence(text, tokens, i, j) {
                push_sentence(tokens, start, j, paragraph, out);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < end {
        push_sentence(tokens, start, end, paragraph, out);
    }
}

/// Whether the sentence mark at `mark` (closing punctuation up to `next`) ends a sentence before
/// the token `next`.
fn ends_sentence(text: &str, tokens: &[Token], mark: usize, next: usize) -> bool {
    let after = tokens[next];
    if !tokens[next - 1].has(SPACE_AFTER) {
        return false; // "3.5", "e.g.x", "Yahoo!Inc"
    }
    // The next word, past opening punctuation.
    let mut k = next;
    while k < tokens.len()
        && tokens[k].kind() == TokenKind::Punct
        && is_opening(tokens[k].text(text))
    {
        k += 1;
    }
    let Some(word) = tokens.get(k) else {
        return true;
    };
    let starts_upper = word.has(CAPITALIZED) || word.kind() == TokenKind::Number;
    let opens = after.kind() == TokenKind::Punct && is_opening(after.text(text));
    if !(starts_upper || opens) {
        return false;
    }
    let m = tokens[mark];
    let mark_text = m.text(text);
    if m.kind() == TokenKind::Punct && mark_text != "." {
        return true; // "!", "?", "…"
    }
    // A period: does it close an abbreviation?
    let abbreviation = if m.kind() == TokenKind::Word {
        Some(mark_text.trim_end_matches('.'))
    } else if mark > 0
        && tokens[mark - 1].span().end == m.span().start
        && tokens[mark - 1].kind() == TokenKind::Word
    {
        Some(tokens[mark - 1].text(text))
    } else {
        None
    };
    let Some(abbreviation) = abbreviation else {
        return true;
    };
    // The last letter of dotted initials that the tokenizer split after a hyphen ("D-N.M." is
    // "D-N", ".", "M", "."): the state of a politician's party tag, not a person's initial, so
    // a sentence may end after it ("said Sen. Ann Holt, D-N.M. “We tried.”").
    let dotted_tail = m.kind() == TokenKind::Punct
        && mark >= 2
        && tokens[mark - 2].span().end == tokens[mark - 1].span().start
        && tokens[mark - 2].text(text) == ".";
    let is_initial = !dotted_tail
        && abbreviation.chars().count() == 1
        && abbreviation.chars().all(char::is_uppercase);
    // Dotted initials ("G.K.", "U.S.") are abbreviations too.
    let known = is_initial
        || dotted_tail
        || abbreviation.contains('.')
        || abbreviations::is_abbreviation(abbreviation);
    if !known {
        return true;
    }
    if abbreviations::never_ends_sentence(abbreviation) || is_initial {
        return false;
    }
    // "in the U.S. The talks": a typical sentence starter after the abbreviation ends the sentence.
    let next_word = word.text(text);
    abbreviations::is_sentence_starter(next_word)
}

fn push_sentence(
    tokens: &mut [Token],
    start: usize,
    end: usize,
    paragraph: u32,
    out: &mut Vec<Sentence>,
) {
    let mut first_word = start;
    while first_word < end && tokens[first_word].kind() == TokenKind::Punct {
        first_word += 1;
    }
    if first_word < end {
        tokens[first_word].add_flags(SENTENCE_START);
    }
    out.push(Sentence {
        span: tokens[start].span().cover(tokens[end - 1].span()),
        first_token: start as u32,
        end_token: end as u32,
        paragraph,
    });
}
