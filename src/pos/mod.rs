//! Stage 1b: a part-of-speech tag for every token (the 45 Penn Treebank tags).
//!
//! * **Input**: the text and its [`Segments`]: tokens, sentences, and the distinct words that the
//!   tokens point at ([`Token::word`]).
//! * **Output**: [`Token::tag`] of every token. Punctuation gets its PTB tag by rule (`,` `.` `:`
//!   `` `` `` `''` `-LRB-` `-RRB-` `$` `#`, `%` NN, `&` CC, other symbols SYM; a straight quote
//!   opens when white space comes before it and not after), numbers get CD, contractions kept as one
//!   token get the tag of their head (`don't` VBP, `can't` MD; the segmenter splits `they're`
//!   into `they` `'re` as PTB does), and every other word gets the model's tag.
//! * **Model**: the averaged-perceptron tagger of textblob-aptagger 0.2.0 (© 2013 Matthew Honnibal,
//!   MIT; trained on the WSJ), fine-tuned on GUM's non-news genres, pruned and quantised to int8 by
//!   `scripts/train_pos.py` into `data/models/pos_tagger.tsv`, and compiled by `build.rs` into static
//!   tables (`layout.rs`): nothing is parsed at start-up. Its features are textblob-aptagger's: the
//!   word, its last three and first characters, the words and suffixes one and two tokens around it
//!   (within the sentence), the two previous tags, and the previous tag with the word. Words its tag
//!   dictionary lists as unambiguous (`the` DT, `of` IN) are tagged without scoring. Decoding is
//!   greedy, left to right, one sentence at a time.
//! * **Cost**: each distinct word of a text is looked up once, by a 64-bit hash of its text, in a
//!   thread-local cache of words already seen; a new word costs one to four hashed look-ups in the
//!   model's key table (the word in lower case, its suffix, the word as written when it is neither
//!   lower case nor capitalised, its first letter), whose rows are summed once into dense score
//!   vectors of 48 byte lanes (`Narrow`): its scores as the tagged word (bias, word, suffix, first
//!   letter), as the word one before or after (word and suffix), and as the word two before or
//!   after (`build.rs` checks that the model's weights are small enough for every such sum to fit
//!   in `i8`). Per token: nothing for punctuation, numbers and dictionary words; else six vector
//!   adds into `i16` scores (the word, its four neighbours, the two previous tags), the row of the
//!   previous tag with the word if there is one, and an arg-max. About 54 instructions per byte
//!   of news (callgrind, in the pipeline), an eighth of segmentation's; 4 ms per MB alone
//!   (`cargo run --release --example pos_speed -- bench/out/corpus-1m.txt`), about 7 ms per MB
//!   inside the pipeline, where the other stages evict its vectors from the caches
//!   (`--example stage_times`; both on 2 shared, busy cores). The cache holds the vectors and the
//!   words seen before (the vectors depend only on the model, so words unknown to it share the
//!   vectors of their suffix) and is emptied past 16,384 vectors or 32,768 words, about 2 MB.
//!   Results do not depend on it unless two remembered words share 64 hash bits (odds below 1 in
//!   10^10). The tables add 80 KB gzipped to the wasm.
//! * **Accuracy**: 0.942 of the GUM news tokens whose span quotemark's tokenizer also cuts
//!   (`cargo run --release --example eval_pos -- ../shared/data/gum_news/dep_conllu`); 0.941 of
//!   GUM's other genres in held-out documents (`python3 scripts/train_pos.py … --cv`).
//!
//! Known failure modes: nouns used as modifiers and hyphenated compounds (which the model sees only
//! as `!HYPHEN` and a suffix) go NN for JJ and back; capitalised words in headlines and names made of
//! common words go NNP for NN or JJ and back; a past form with no auxiliary near it goes VBD for VBN
//! and back; plural nouns and verbs in `-s` with no telling neighbour ("costs", "rises") are
//! confused; "to" before a noun is IN and before a verb TO (GUM's convention), and the model
//! sometimes picks the other. Words it has never seen are judged by suffix, first letter and
//! neighbours alone.

mod layout;
mod model;
#[cfg(test)]
mod tests;

use std::fmt;

use crate::lexicon::hash::FxHashMap;
use crate::segment::{Kept, Segments, Token, TokenKind, WordStore, SPACE_AFTER, SPACE_BEFORE};
use layout::*;
use model::{add_row, Key, Scores, NO_ROW};

/// A sum of a few rows of weights, stored as `u8` offset by [`OFFSET`]: `build.rs` checks that the
/// model's weights are small enough for every such sum to fit in `i8` (the scores of a token, a
/// sum of six vectors and a row, are `i16`).
///
/// Why offset: a token's scores add six of these vectors, and an unsigned byte widens to `i16` by
/// interleaving it with zeros (one instruction per eight lanes on SSE2) where a signed one also
/// needs a shift for its sign. Every lane of a token's scores then carries the same six offsets,
/// which changes neither the highest score nor which classes tie for it.
type Narrow = [u8; LANES];

/// What a [`Narrow`] lane holds for a sum of 0.
const OFFSET: i16 = 128;

/// The [`Narrow`] of all-zero scores.
const ZERO: Narrow = [OFFSET as u8; LANES];

/// `v` in offset `u8` lanes (saturating, which the model's bound makes unreachable).
#[inline]
fn narrow(v: Scores) -> Narrow {
    v.map(|x| (x.clamp(-128, 127) + OFFSET) as u8)
}

/// A Penn Treebank part-of-speech tag.
///
/// The discriminants are the model's class indices (the tags' names in code-point order).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
#[allow(missing_docs)] // each variant's doc is its PTB name, given by `Tag::name`
pub enum Tag {
    /// `#`
    Hash = 0,
    /// `$`
    Dollar,
    /// `''`: a closing quotation mark.
    CloseQuote,
    /// `,`
    Comma,
    /// `-LRB-`: an opening bracket.
    LeftBracket,
    /// `-RRB-`: a closing bracket.
    RightBracket,
    /// `.`: a sentence-final mark.
    Period,
    /// `:`: colon, semicolon, dash, ellipsis.
    Colon,
    Cc,
    Cd,
    Dt,
    Ex,
    Fw,
    In,
    Jj,
    Jjr,
    Jjs,
    Ls,
    Md,
    /// `NN`; also the value of a token that has not been tagged yet.
    #[default]
    Nn,
    Nnp,
    Nnps,
    Nns,
    Pdt,
    Pos,
    Prp,
    /// `PRP$`
    PrpS,
    Rb,
    Rbr,
    Rbs,
    Rp,
    Sym,
    To,
    Uh,
    Vb,
    Vbd,
    Vbg,
    Vbn,
    Vbp,
    Vbz,
    Wdt,
    Wp,
    /// `WP$`
    WpS,
    Wrb,
    /// ``` `` ```: an opening quotation mark.
    OpenQuote,
}

impl Tag {
    /// Every tag, in class order.
    pub const ALL: [Tag; 45] = {
        use Tag::*;
        [
            Hash,
            Dollar,
            CloseQuote,
            Comma,
            LeftBracket,
            RightBracket,
            Period,
            Colon,
            Cc,
            Cd,
            Dt,
            Ex,
            Fw,
            In,
            Jj,
            Jjr,
            Jjs,
            Ls,
            Md,
            Nn,
            Nnp,
            Nnps,
            Nns,
            Pdt,
            Pos,
            Prp,
            PrpS,
            Rb,
            Rbr,
            Rbs,
            Rp,
            Sym,
            To,
            Uh,
            Vb,
            Vbd,
            Vbg,
            Vbn,
            Vbp,
            Vbz,
            Wdt,
            Wp,
            WpS,
            Wrb,
            OpenQuote,
        ]
    };

    /// The Penn Treebank name, e.g. `"NNP"`, `"PRP$"`, `"-LRB-"`.
    pub fn name(self) -> &'static str {
        TAG_NAMES[self as usize]
    }

    /// The tag named `name` (a Penn Treebank name), or `None`.
    pub fn from_name(name: &str) -> Option<Tag> {
        tag_index(name, false).map(|i| Tag::ALL[i])
    }

    /// NN, NNS, NNP, NNPS.
    pub fn is_noun(self) -> bool {
        matches!(self, Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Nnps)
    }

    /// NNP, NNPS.
    pub fn is_proper_noun(self) -> bool {
        matches!(self, Tag::Nnp | Tag::Nnps)
    }

    /// A verb form that carries tense: VBD, VBZ, VBP, and the modal MD.
    pub fn is_finite_verb(self) -> bool {
        matches!(self, Tag::Vbd | Tag::Vbz | Tag::Vbp | Tag::Md)
    }

    /// Any verb form: VB, VBD, VBG, VBN, VBP, VBZ, MD.
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Tag::Vb | Tag::Vbd | Tag::Vbg | Tag::Vbn | Tag::Vbp | Tag::Vbz | Tag::Md
        )
    }

    /// JJ, JJR, JJS.
    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::Jj | Tag::Jjr | Tag::Jjs)
    }

    /// RB, RBR, RBS, WRB.
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::Rb | Tag::Rbr | Tag::Rbs | Tag::Wrb)
    }

    /// DT, PDT, WDT: words that open a noun phrase ("the", "all", "which").
    pub fn is_determiner(self) -> bool {
        matches!(self, Tag::Dt | Tag::Pdt | Tag::Wdt)
    }

    /// IN: prepositions and subordinating conjunctions ("of", "according", "that", "because").
    /// GUM's convention, which the model follows, tags "to" IN before a noun phrase and TO before
    /// a verb.
    pub fn is_preposition(self) -> bool {
        self == Tag::In
    }

    /// PRP, PRP$, WP, WP$.
    pub fn is_pronoun(self) -> bool {
        matches!(self, Tag::Prp | Tag::PrpS | Tag::Wp | Tag::WpS)
    }

    /// POS (the possessive `'s`), PRP$, WP$.
    pub fn is_possessive(self) -> bool {
        matches!(self, Tag::Pos | Tag::PrpS | Tag::WpS)
    }

    /// CD.
    pub fn is_number(self) -> bool {
        self == Tag::Cd
    }

    /// CC.
    pub fn is_conjunction(self) -> bool {
        self == Tag::Cc
    }

    /// A punctuation tag: `#` `$` `''` `,` `-LRB-` `-RRB-` `.` `:` ``` `` ``` SYM.
    pub fn is_punctuation(self) -> bool {
        matches!(
            self,
            Tag::Hash
                | Tag::Dollar
                | Tag::CloseQuote
                | Tag::Comma
                | Tag::LeftBracket
                | Tag::RightBracket
                | Tag::Period
                | Tag::Colon
                | Tag::OpenQuote
                | Tag::Sym
        )
    }
}

impl fmt::Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What one distinct word of the text contributes, found once per text.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Word {
    /// [`UNSET`], [`SET`] or [`STRAIGHT_QUOTE`] (resolved per token).
    state: u8,
    /// The fixed tag + 1 (dictionary, punctuation, number), or 0 when the model decides.
    fixed: u8,
    /// Index in [`Vectors::current`] of its scores as the tagged word (bias, `i word`,
    /// `i suffix`, `i pref1`); 0 for a word with a fixed tag.
    current: u32,
    /// Index in [`Vectors::context`] of its scores as the word just before or after; 0 is zeros.
    context: u32,
    /// Index in [`Vectors::far`] of its scores as the word two before or after; 0 is zeros.
    far: u32,
    /// The range of its `i-1 tag+i word` entries in the model's data (empty when none).
    tag_word: [u32; 2],
}

const UNSET: u8 = 0;
const SET: u8 = 1;
const STRAIGHT_QUOTE: u8 = 2;

/// The scores a word adds to the word tagged just after it (`i-1 word` + `i-1 suffix`) and just
/// before it (`i+1 word` + `i+1 suffix`).
#[derive(Clone, Copy, Debug)]
struct Context {
    before: Narrow,
    after: Narrow,
}

const ZERO_CONTEXT: Context = Context {
    before: ZERO,
    after: ZERO,
};

/// The scores a word adds to the word tagged two after it (`i-2 word`) and two before it
/// (`i+2 word`): one row each, so `i8` holds them.
#[derive(Clone, Copy, Debug)]
struct Far {
    before2: Narrow,
    after2: Narrow,
}

const ZERO_FAR: Far = Far {
    before2: ZERO,
    after2: ZERO,
};

/// Dense score vectors, built on first use and kept for later texts on the same thread: the
/// vectors depend only on the model's rows, never on the text, so words of every text share them
/// ("the" is built once, not once per article). Words the model does not know share the vectors
/// of their suffix, so the context vectors never outnumber the model's keys; the cache is emptied
/// when it holds more than [`VECTOR_LIMIT`] vectors or [`WORD_LIMIT`] words (about 2 MB in all).
struct Vectors {
    /// Scores of a word as the tagged one (bias, `i word`, `i suffix`, `i pref1`); 0 unused.
    current: Vec<Narrow>,
    current_ids: FxHashMap<u64, u32>,
    /// Scores of a word as the word before or after; 0 is all zeros.
    context: Vec<Context>,
    context_ids: FxHashMap<u64, (u32, u32)>,
    /// Scores of a word as the word two before or after; 0 is all zeros.
    far: Vec<Far>,
    /// Index in `tags` of the previous-tag scores of each (previous, one before) pair; 0 unset.
    pair_ids: Vec<u32>,
    /// `i-1 tag` + `i-2 tag` + `i tag+i-2 tag`; 0 unused.
    tags: Vec<Narrow>,
    /// Keys of `!HYPHEN`, `!DIGITS`, `!YEAR` and of their suffixes, looked up once.
    special: [Option<(Option<Key>, Option<Key>)>; 3],
    /// What each word seen so far contributes, by a 64-bit hash of its text (the model's key
    /// hash): a word seen in an earlier text costs one probe, and no text is kept. Two words of
    /// the ones remembered would need the same 64 bits to be confused: odds below 1 in 10^10.
    words: FxHashMap<u64, Word>,
    /// The same words by their index in the thread's cache of words (see
    /// [`crate::segment::Words`]), `UNSET` where not yet met: a word an earlier text met costs a
    /// copy when the text starts, not a hash of its text and a probe.
    kept: Kept<Word>,
    /// The straight quotes' opening and closing forms and the sentence boundaries, in the order
    /// of [`EXTRA_WORDS`]; computed once.
    extra: Option<[Word; EXTRA_WORDS]>,
}

/// The most vectors [`Vectors`] keeps between texts (48 bytes each; a context pair counts 2).
const VECTOR_LIMIT: usize = 16_384;
/// The most words [`Vectors`] remembers between texts (about 40 bytes each).
const WORD_LIMIT: usize = 32_768;

thread_local! {
    static VECTORS: std::cell::RefCell<Vectors> = std::cell::RefCell::new(Vectors::new());
}

impl Vectors {
    fn new() -> Vectors {
        Vectors {
            current: vec![ZERO],
            current_ids: FxHashMap::default(),
            context: vec![ZERO_CONTEXT],
            context_ids: FxHashMap::default(),
            far: vec![ZERO_FAR],
            pair_ids: vec![0; TAG_CONTEXTS * TAG_CONTEXTS],
            tags: vec![ZERO],
            special: [None; 3],
            words: FxHashMap::default(),
            kept: Kept::default(),
            extra: None,
        }
    }

    /// Empties the cache when it has grown past its limits.
    fn trim(&mut self) {
        if self.current.len() + 2 * self.context.len() + self.far.len() > VECTOR_LIMIT
            || self.words.len() > WORD_LIMIT
        {
            *self = Vectors::new();
        }
    }

    /// The context and far vectors of a normalised form whose key is `word` and whose suffix's
    /// key is `suffix`.
    fn context_of(&mut self, word: Option<Key>, suffix: Option<Key>) -> (u32, u32) {
        let id =
            u64::from(word.map_or(0, Key::start)) | u64::from(suffix.map_or(0, Key::start)) << 32;
        if id == 0 {
            return (0, 0);
        }
        if let Some(&i) = self.context_ids.get(&id) {
            return i;
        }
        let (mut before, mut after) = ([0i16; LANES], [0i16; LANES]);
        let mut far = ZERO_FAR;
        let (mut near, mut any_far) = (false, false);
        let far_row = |v: &mut Narrow, at: u32| {
            let mut wide = [0i16; LANES];
            add_row(&mut wide, at);
            *v = narrow(wide);
        };
        if let Some(key) = word {
            key.for_each(|role, at| match role {
                ROLE_PREV_WORD => {
                    add_row(&mut before, at);
                    near = true;
                }
                ROLE_NEXT_WORD => {
                    add_row(&mut after, at);
                    near = true;
                }
                ROLE_PREV2_WORD => {
                    far_row(&mut far.before2, at);
                    any_far = true;
                }
                ROLE_NEXT2_WORD => {
                    far_row(&mut far.after2, at);
                    any_far = true;
                }
                _ => {}
            });
        }
        if let Some(key) = suffix {
            key.for_each(|role, at| match role {
                ROLE_PREV_SUFFIX => {
                    add_row(&mut before, at);
                    near = true;
                }
                ROLE_NEXT_SUFFIX => {
                    add_row(&mut after, at);
                    near = true;
                }
                _ => {}
            });
        }
        let c = Context {
            before: narrow(before),
            after: narrow(after),
        };
        let mut push = |near: bool| -> u32 {
            if near {
                self.context.push(c);
                (self.context.len() - 1) as u32
            } else {
                0
            }
        };
        let context = push(near);
        let far = if any_far {
            self.far.push(far);
            (self.far.len() - 1) as u32
        } else {
            0
        };
        self.context_ids.insert(id, (context, far));
        (context, far)
    }

    /// The scores, as the tagged word, of a word with these rows (`i word`, `i suffix`,
    /// `i pref1`), bias included.
    fn current_of(&mut self, rows: [u32; 3]) -> u32 {
        let id = u64::from(rows[0]) | u64::from(rows[1]) << 21 | u64::from(rows[2]) << 42;
        if let Some(&i) = self.current_ids.get(&id) {
            return i;
        }
        let mut v = model::bias();
        for r in rows {
            add_row(&mut v, r);
        }
        self.current.push(narrow(v));
        let i = (self.current.len() - 1) as u32;
        self.current_ids.insert(id, i);
        i
    }

    /// The index in `tags` of the previous-tag scores for previous tag `prev` and the one before,
    /// `prev2`.
    #[inline]
    fn tags_of(&mut self, prev: usize, prev2: usize) -> u32 {
        let slot = prev * TAG_CONTEXTS + prev2;
        if self.pair_ids[slot] == 0 {
            self.add_pair(slot, prev, prev2);
        }
        self.pair_ids[slot]
    }

    /// Files the scores of a pair of previous tags met for the first time at `slot`. Out of line
    /// in wasm: inlined, it made `Tagger::sentence`'s loop large enough for V8 to compile it with
    /// its optimising tier during the page's first analysis.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn add_pair(&mut self, slot: usize, prev: usize, prev2: usize) {
        let (t1, t2) = model::tag_rows(prev, prev2);
        let mut v = [0i16; LANES];
        for k in 0..LANES {
            v[k] = i16::from(t1[k]) + i16::from(t2[k]);
        }
        add_row(&mut v, model::pair_row(prev, prev2));
        self.tags.push(narrow(v));
        self.pair_ids[slot] = (self.tags.len() - 1) as u32;
    }

    /// The keys of a class word (`!HYPHEN`, `!DIGITS`, `!YEAR`) and of its suffix.
    fn special(&mut self, which: usize, form: &str) -> (Option<Key>, Option<Key>) {
        *self.special[which].get_or_insert_with(|| {
            (
                model::lookup(form.as_bytes()),
                model::lookup(suffix3(form).as_bytes()),
            )
        })
    }
}

/// The last three characters of `s` (all of it when shorter).
#[inline]
fn suffix3(s: &str) -> &str {
    let b = s.as_bytes();
    if b.len() <= 3 {
        return s;
    }
    if b[b.len() - 3..].is_ascii() {
        return &s[b.len() - 3..];
    }
    let start = s.char_indices().rev().nth(2).map_or(0, |(i, _)| i);
    &s[start..]
}

/// The form and tag of a punctuation character: `None` for a straight quote (decided per token).
fn punctuation(c: char) -> Option<(&'static str, Tag)> {
    Some(match c {
        '.' => (".", Tag::Period),
        '!' => ("!", Tag::Period),
        '?' => ("?", Tag::Period),
        ',' => (",", Tag::Comma),
        ':' => (":", Tag::Colon),
        ';' => (";", Tag::Colon),
        '-' => ("-", Tag::Colon),
        '—' | '–' | '―' => ("--", Tag::Colon),
        '…' => ("...", Tag::Colon),
        '(' | '[' | '{' => ("-lrb-", Tag::LeftBracket),
        ')' | ']' | '}' => ("-rrb-", Tag::RightBracket),
        '“' | '‘' | '«' => ("``", Tag::OpenQuote),
        '”' | '’' | '»' => ("''", Tag::CloseQuote),
        '"' | '\'' => return None,
        '$' => ("$", Tag::Dollar),
        '€' | '£' | '¥' => ("$", Tag::Dollar),
        '#' => ("#", Tag::Hash),
        '%' => ("%", Tag::Nn),
        '&' => ("&", Tag::Cc),
        _ => ("", Tag::Sym),
    })
}

/// A fixed form (punctuation, a sentence boundary): its context vectors, and `fixed` as its tag.
fn fixed_word(form: &str, fixed: Option<Tag>, vectors: &mut Vectors) -> Word {
    let key = model::lookup(form.as_bytes());
    let suffix = suffix3(form);
    let suffix_key = if suffix.len() == form.len() {
        key
    } else {
        model::lookup(suffix.as_bytes())
    };
    let (context, far) = vectors.context_of(key, suffix_key);
    Word {
        state: SET,
        fixed: fixed.map_or(0, |t| t as u8 + 1),
        context,
        far,
        ..Word::default()
    }
}

/// A lower-cased copy of a word: on the stack for short ASCII words.
struct Lower {
    buf: [u8; 48],
    len: usize,
    heap: String,
}

impl Lower {
    fn set<'a>(&'a mut self, word: &'a str) -> &'a str {
        let b = word.as_bytes();
        if b.iter().all(|c| !c.is_ascii_uppercase() && c.is_ascii()) {
            return word;
        }
        if b.is_ascii() && b.len() <= self.buf.len() {
            self.len = b.len();
            self.buf[..b.len()].copy_from_slice(b);
            self.buf[..b.len()].make_ascii_lowercase();
            // ASCII in, ASCII out.
            return std::str::from_utf8(&self.buf[..self.len]).unwrap_or(word);
        }
        self.heap.clear();
        self.heap.extend(word.chars().flat_map(char::to_lowercase));
        &self.heap
    }
}

/// Per-call buffers.
struct Scratch {
    raw: String,
    lower: Lower,
}

/// What a distinct word of kind `kind`, written `word`, contributes.
// Out of line in wasm (as the three corrections after tagging): a loop's tier-up budget in V8
// is charged about the size of its body each time round, and this cold path made `tag_with`'s loop 7 KB.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn word_of(word: &str, kind: TokenKind, vectors: &mut Vectors, scratch: &mut Scratch) -> Word {
    match kind {
        TokenKind::Punct => {
            let c = word.chars().next().unwrap_or(' ');
            match punctuation(c) {
                None => Word {
                    state: STRAIGHT_QUOTE,
                    ..Word::default()
                },
                Some(("", tag)) => fixed_word(word, Some(tag), vectors),
                Some((form, tag)) => fixed_word(form, Some(tag), vectors),
            }
        }
        TokenKind::Number => {
            let year = word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit());
            let (key, suffix) = if year {
                vectors.special(2, "!YEAR")
            } else {
                vectors.special(1, "!DIGITS")
            };
            let (context, far) = vectors.context_of(key, suffix);
            Word {
                state: SET,
                fixed: Tag::Cd as u8 + 1,
                context,
                far,
                ..Word::default()
            }
        }
        TokenKind::Word => model_word(word, vectors, scratch),
    }
}

/// A word token: its dictionary tag, else its own scores; and its context vectors.
#[inline(never)] // once per new word: kept out of the per-token path
fn model_word(word: &str, vectors: &mut Vectors, scratch: &mut Scratch) -> Word {
    // The word as the model saw it: one apostrophe and one hyphen.
    let raw: &str = if word.as_bytes().contains(&0xE2) {
        scratch.raw.clear();
        scratch.raw.extend(word.chars().map(|c| match c {
            '’' | '‘' => '\'',
            '\u{2010}' | '\u{2011}' => '-',
            c => c,
        }));
        &scratch.raw
    } else {
        word
    };
    let lower = scratch.lower.set(raw);
    let first = raw.as_bytes().first().copied().unwrap_or(b' ');
    let lower_key = model::lookup(lower.as_bytes());
    // The dictionary: on the lower-case key for the word in lower case or capitalised, else on
    // the word as written.
    let capitalised = raw != lower && {
        let mut r = raw.chars();
        let mut l = lower.chars();
        r.next().is_some_and(char::is_uppercase) && l.next().is_some() && r.as_str() == l.as_str()
    };
    let mut fixed = 0u8;
    let dictionary = |key: Option<Key>, base: u16, fixed: &mut u8| {
        if let Some(key) = key {
            key.for_each(|role, _| {
                if (base..base + 45).contains(&role) {
                    *fixed = (role - base + 1) as u8;
                }
            });
        }
    };
    if raw == lower {
        dictionary(lower_key, ROLE_DICT, &mut fixed);
    } else if capitalised {
        dictionary(lower_key, ROLE_DICT_CAPITALISED, &mut fixed);
    } else {
        dictionary(model::lookup(raw.as_bytes()), ROLE_DICT, &mut fixed);
    }
    // The normalised form and its suffix, for the context vectors and `i word`.
    let (norm, norm_key, norm3_key) = if first != b'-' && raw.contains('-') {
        let (k, s) = vectors.special(0, "!HYPHEN");
        ("!HYPHEN", k, s)
    } else if first.is_ascii_digit() {
        let (k, s) = vectors.special(1, "!DIGITS");
        ("!DIGITS", k, s)
    } else {
        let norm3 = suffix3(lower);
        let key = if norm3.len() == lower.len() {
            lower_key
        } else {
            model::lookup(norm3.as_bytes())
        };
        (lower, lower_key, key)
    };
    let (context, far) = vectors.context_of(norm_key, norm3_key);
    if fixed != 0 {
        return Word {
            state: SET,
            fixed,
            context,
            far,
            ..Word::default()
        };
    }
    let mut rows = [NO_ROW; 3];
    let mut tag_word = [NO_ROW; 2];
    if let Some(key) = norm_key {
        key.for_each(|role, at| {
            if role == ROLE_WORD {
                rows[0] = at;
            } else if (ROLE_TAG_WORD..ROLE_DICT).contains(&role) && tag_word[0] == NO_ROW {
                tag_word = [at, key.end()];
            }
        });
    }
    let raw3 = suffix3(raw);
    let raw3_key = if raw3 == suffix3(norm) {
        norm3_key
    } else {
        model::lookup(raw3.as_bytes())
    };
    if let Some(key) = raw3_key {
        key.for_each(|role, at| {
            if role == ROLE_SUFFIX {
                rows[1] = at;
            }
        });
    }
    if first.is_ascii() {
        rows[2] = model::prefix_row(first);
    } else if let Some(c) = raw.chars().next() {
        let mut buf = [0u8; 4];
        if let Some(key) = model::lookup(c.encode_utf8(&mut buf).as_bytes()) {
            key.for_each(|role, at| {
                if role == ROLE_PREFIX {
                    rows[2] = at;
                }
            });
        }
    }
    Word {
        state: SET,
        fixed: 0,
        current: vectors.current_of(rows),
        context,
        far,
        tag_word,
    }
}

// Words kept after the distinct words of the text, in this order.
const OPEN_QUOTE: usize = 0;
const CLOSE_QUOTE: usize = 1;
const SENTENCE_START: usize = 2;
const SENTENCE_START2: usize = 3;
const SENTENCE_END: usize = 4;
const SENTENCE_END2: usize = 5;
const EXTRA_WORDS: usize = 6;

/// Tags every token of `segments` (see the module docs). Deterministic; never fails.
#[inline(never)] // one call per text; kept out of line so that profiles show its cost
pub fn tag(text: &str, segments: &mut Segments) {
    VECTORS.with(|vectors| match vectors.try_borrow_mut() {
        Ok(mut vectors) => tag_with(text, segments, &mut vectors),
        // Only if tagging ever re-entered itself on this thread: work without the cache.
        Err(_) => tag_with(text, segments, &mut Vectors::new()),
    })
}

/// Empties this thread's cache (for tests: results must not depend on it).
#[cfg(test)]
fn reset_cache() {
    VECTORS.with(|v| *v.borrow_mut() = Vectors::new());
}

fn tag_with(text: &str, segments: &mut Segments, vectors: &mut Vectors) {
    vectors.trim();
    let Segments {
        tokens,
        sentences,
        words: distinct_words,
        ..
    } = segments;
    let distinct = distinct_words.info.len();
    // A long text does not add to the words kept (see `SHARED_TEXT_BYTES`): its words would only
    // add to the memory after it.
    let add = text.len() < crate::mentions::SHARED_TEXT_BYTES;
    let kept = std::mem::take(&mut vectors.kept);
    let words = WordStore::new(distinct_words, kept, EXTRA_WORDS, add);
    let extra = match vectors.extra {
        Some(extra) => extra,
        None => {
            let extra = [
                ("``", Some(Tag::OpenQuote)),
                ("''", Some(Tag::CloseQuote)),
                ("-START-", None),
                ("-START2-", None),
                ("-END-", None),
                ("-END2-", None),
            ]
            .map(|(form, tag)| fixed_word(form, tag, vectors));
            vectors.extra = Some(extra);
            extra
        }
    };
    for (i, word) in extra.into_iter().enumerate() {
        words.set(distinct + i, word);
    }
    let mut scratch = Scratch {
        raw: String::new(),
        lower: Lower {
            buf: [0; 48],
            len: 0,
            heap: String::new(),
        },
    };
    for t in tokens.iter() {
        let w = t.word() as usize;
        if words.get(w).state == UNSET {
            let written = t.text(text);
            let id = model::key_hash(written.as_bytes());
            let word = match vectors.words.get(&id) {
                Some(&known) => known,
                None => {
                    let word = word_of(written, t.kind(), vectors, &mut scratch);
                    // Past the limit (a text of very many distinct words), new words are not
                    // remembered: the cache stays bounded within a call too.
                    if vectors.words.len() < WORD_LIMIT {
                        vectors.words.insert(id, word);
                    }
                    word
                }
            };
            words.set(w, word);
        }
    }
    let mut tagger = Tagger {
        words: words.cells(),
        vectors,
        distinct,
    };
    // Sentences, and any run of tokens outside them, one after the other.
    let mut start = 0;
    for s in sentences.iter() {
        let (first, end) = (s.first_token as usize, s.end_token as usize);
        if first > start {
            tagger.sentence(tokens, start..first);
        }
        tagger.sentence(tokens, first.max(start)..end);
        start = start.max(end);
    }
    let n = tokens.len();
    if start < n {
        tagger.sentence(tokens, start..n);
    }
    vectors.kept = words.into_kept();
    source_nouns_misread(text, tokens);
    role_nouns_before_names(text, tokens);
    verbs_misread_before_possessives(text, tokens);
}

/// A verb the model read as the second noun of a compound, between a determiner's noun and a
/// possessive determiner: "The company *cut* its forecast", "The firm *cuts* its forecast". A
/// noun phrase does not run on into "its", "his" or "their" (only a verb's object does:
/// "gave the driver his ticket", where the noun before the possessive follows a determiner).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn verbs_misread_before_possessives(text: &str, tokens: &mut [Token]) {
    for i in 2..tokens.len().saturating_sub(1) {
        let tag = tokens[i].tag();
        if !matches!(tag, Tag::Nn | Tag::Nns)
            || tokens[i + 1].tag() != Tag::PrpS
            || tokens[i - 1].tag() != Tag::Nn
            || tokens[i - 2].tag() != Tag::Dt
            || tokens[i].has(crate::segment::CAPITALIZED)
            || !tokens[i].text(text).bytes().all(|b| b.is_ascii_lowercase())
        {
            continue;
        }
        tokens[i].set_tag(if tag == Tag::Nns { Tag::Vbz } else { Tag::Vbd });
    }
}

/// A plural role noun between a noun phrase's modifier and a name, which the model read as a
/// present-tense verb: "the marine *biologists* Hanna Voss and Teodor Brandt of the Kell
/// Institute wrote". Only the noun reads there: the names (with "and" and an "of the …" tail)
/// run straight into a finite verb of their own, and a verb's object is followed by no second
/// finite verb ("the firm hires Ann Marsh" stays a verb).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn role_nouns_before_names(text: &str, tokens: &mut [Token]) {
    for i in 2..tokens.len() {
        let t = tokens[i];
        if !matches!(t.tag(), Tag::Vbz | Tag::Vbp)
            || t.has(crate::segment::CAPITALIZED)
            || !t.text(text).ends_with('s')
            || !matches!(tokens[i - 1].tag(), Tag::Nn | Tag::Jj)
            || !matches!(tokens[i - 2].tag(), Tag::Dt | Tag::Jj | Tag::Nn | Tag::PrpS)
        {
            continue;
        }
        // The names: proper nouns, joined by "and", with prepositional tails of proper nouns.
        let mut k = i + 1;
        let mut names = 0;
        while k < tokens.len() && k - i <= 16 {
            match tokens[k].tag() {
                Tag::Nnp | Tag::Nnps => names += 1,
                Tag::Cc | Tag::In | Tag::Dt if names > 0 && tokens[k - 1].tag() == Tag::Nnp => {}
                Tag::Dt if names > 0 && tokens[k - 1].tag() == Tag::In => {}
                _ => break,
            }
            k += 1;
        }
        if names >= 2
            && tokens[k - 1].tag() == Tag::Nnp
            && k < tokens.len()
            && matches!(tokens[k].tag(), Tag::Vbd | Tag::Vbz | Tag::Md)
        {
            tokens[i].set_tag(Tag::Nns);
        }
    }
}

/// A noun for a person or a source that the WSJ-trained model, having seldom seen it as a noun,
/// tagged as a verb, a comparative or an adjective, where only the noun reads:
/// - right before a finite verb (two finite verbs do not follow each other): "The Rovers boss
///   hailed …", "the Rovers skipper said";
/// - between a proper noun and a name, as a title: "said Kent delegate Ann Ivers" (a
///   present-tense verb does not follow a singular proper noun);
/// - ending a noun phrase after a noun, before punctuation or a verb: "said one former agency
///   official." (an adjective does not follow its noun).
///
/// - opening a sentence before a name, read as an adverb by its "-er" ending as "Later" and
///   "Earlier" are: "Retailer Harlow Stores said …" (a title or trade noun before the name).
///
/// Only words of the source-noun list ([`crate::words::is_source_noun`]) are changed, and for
/// the adverb, of the source bodies too ("retailer", "club": [`crate::words::class::DOCUMENT_OR_BODY`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn source_nouns_misread(text: &str, tokens: &mut [Token]) {
    use crate::words::class;
    for i in 1..tokens.len() {
        let tag = tokens[i - 1].tag();
        if tag == Tag::Rb {
            let word = tokens[i - 1].text(text);
            if tokens[i].tag() == Tag::Nnp
                && tokens[i - 1].has(crate::segment::CAPITALIZED)
                && crate::words::listed(word) & (class::SOURCE_NOUN | class::DOCUMENT_OR_BODY) != 0
            {
                tokens[i - 1].set_tag(Tag::Nn);
            }
            continue;
        }
        if !matches!(tag, Tag::Vb | Tag::Vbp | Tag::Rbr | Tag::Jjr | Tag::Jj) {
            continue;
        }
        let before = (i >= 2).then(|| tokens[i - 2].tag());
        let next = tokens[i].tag();
        let before_verb =
            tag != Tag::Jj && matches!(next, Tag::Vbd | Tag::Vbz | Tag::Vbn | Tag::Md);
        let title_between_names =
            matches!(tag, Tag::Vb | Tag::Vbp) && before == Some(Tag::Nnp) && next == Tag::Nnp;
        let after_its_noun = tag == Tag::Jj
            && before.is_some_and(|b| matches!(b, Tag::Nn | Tag::Nnp))
            && (next.is_punctuation() || next.is_finite_verb());
        if (before_verb || title_between_names || after_its_noun)
            && crate::words::is_source_noun(tokens[i - 1].text(text))
        {
            tokens[i - 1].set_tag(Tag::Nn);
        }
    }
}

/// The words of one text and the vectors.
struct Tagger<'a> {
    words: &'a [std::cell::Cell<Word>],
    vectors: &'a mut Vectors,
    distinct: usize,
}

impl Tagger<'_> {
    /// The index in `words` of token `i`'s word (a straight quote's opening or closing form), or
    /// past the end of the sentence `end`, of `-END-` then `-END2-`.
    #[inline(always)]
    fn word(&self, tokens: &[Token], i: usize, end: usize) -> usize {
        if i >= end {
            return self.distinct
                + if i == end {
                    SENTENCE_END
                } else {
                    SENTENCE_END2
                };
        }
        let t = &tokens[i];
        let w = t.word() as usize;
        if self.words[w].get().state != STRAIGHT_QUOTE {
            w
        } else if t.has(SPACE_BEFORE) && !t.has(SPACE_AFTER) {
            self.distinct + OPEN_QUOTE
        } else {
            self.distinct + CLOSE_QUOTE
        }
    }

    /// Tags the tokens `range` as one sentence: greedy, left to right.
    fn sentence(&mut self, tokens: &mut [Token], range: std::ops::Range<usize>) {
        let (s, e) = (range.start, range.end);
        if s >= e {
            return;
        }
        let words = self.words;
        let (mut prev, mut prev2) = (START, START2);
        // The words at i-2 .. i+2, slid along the sentence.
        let mut before2 = self.distinct + SENTENCE_START;
        let mut before = self.distinct + SENTENCE_START2;
        let mut word = self.word(tokens, s, e);
        let mut after = self.word(tokens, s + 1, e);
        let mut after2 = self.word(tokens, s + 2, e);
        for i in s..e {
            let w = words[word].get();
            let tag = if w.fixed != 0 {
                usize::from(w.fixed - 1)
            } else {
                let t = self.vectors.tags_of(prev, prev2);
                let v = &*self.vectors;
                let t = &v.tags[t as usize];
                let current = &v.current[w.current as usize];
                let b = &v.context[words[before].get().context as usize].before;
                let a = &v.context[words[after].get().context as usize].after;
                let b2 = &v.far[words[before2].get().far as usize].before2;
                let a2 = &v.far[words[after2].get().far as usize].after2;
                // Every lane carries six times `OFFSET` (see `Narrow`).
                let mut scores: Scores = std::array::from_fn(|k| {
                    i16::from(current[k])
                        + i16::from(b[k])
                        + i16::from(a[k])
                        + i16::from(t[k])
                        + i16::from(b2[k])
                        + i16::from(a2[k])
                });
                model::add_tag_word(&mut scores, w.tag_word, prev);
                best(&scores)
            };
            tokens[i].set_tag(Tag::ALL[tag]);
            prev2 = prev;
            prev = tag;
            before2 = before;
            before = word;
            word = after;
            after = after2;
            after2 = self.word(tokens, i + 3, e);
        }
    }
}

/// The class with the highest score; of equal scores, the last (as textblob-aptagger's
/// `max(classes, key=(score, name))` over names in code-point order).
///
/// The last class with the top score is found a block of eight lanes at a time from the end (one
/// vector compare a block), then lane by lane within its block: the usual winners (nouns,
/// prepositions, adjectives) sit in the middle of the class order, where a search lane by lane
/// from the end took about 25 compares a token.
#[inline]
fn best(scores: &Scores) -> usize {
    const CLASSES: usize = 45;
    // The padding lanes past the classes never count: at the lowest score, they take no part
    // in the maximum, and every block is compared whole (a copy the compiler makes in place).
    let mut scores = *scores;
    scores[CLASSES..].fill(i16::MIN);
    let top = scores.iter().copied().fold(i16::MIN, i16::max);
    if top == i16::MIN {
        // Every class at the lowest score (never in practice): the last class, as above.
        return CLASSES - 1;
    }
    for b in (0..LANES / 8).rev() {
        let block = &scores[8 * b..8 * b + 8];
        let hit = block.iter().fold(false, |hit, &s| hit | (s == top));
        if hit {
            return 8 * b + block.iter().rposition(|&s| s == top).unwrap_or(0);
        }
    }
    0
}
