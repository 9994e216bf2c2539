//! The tagger's features: what is known about each token, in one place for inference and
//! training.
//!
//! A feature belongs to one token and scores the positions up to [`WINDOW`] tokens on either side
//! of it (the model has one weight row per feature and relative position). Two kinds:
//! * **word features**, the same for every token of a distinct word, computed once per distinct
//!   word of a text ([`word_features`]): the lower-cased word, its first and last three letters,
//!   its shape (`Xx`, `X.X.`, `d`), its lexicon categories (given name, surname, city, country,
//!   organisation word, legal suffix, title, demonym…) and its [`crate::words::class`] bits;
//! * **token features** ([`TokenFeatures`]), which depend on where the token stands: what the rules
//!   found there (type and place in the mention, and which rule), the start of a sentence, a
//!   headline-case sentence, and (when the part-of-speech layer is in) the tag.
//!
//! Features are hashed ([`super::hash`]) without building their text; the trainer passes a sink
//! that also keeps the text, which is what the model file lists.

use crate::lexicon::{self, cat, Entry};
use crate::segment::{Token, ALL_CAPS, CAPITALIZED};

/// How many tokens on each side of a token its features score.
pub(crate) const WINDOW: usize = 2;
/// Relative positions a feature scores: `-WINDOW..=WINDOW`.
pub(crate) const OFFSETS: usize = 2 * WINDOW + 1;

/// Lexicon categories the model reads, with their feature names.
const LEXICON: [(u32, &str); 19] = [
    (cat::GIVEN, "L=GIVEN"),
    (cat::SURNAME, "L=SURNAME"),
    (cat::HONORIFIC, "L=HONORIFIC"),
    (cat::TITLE, "L=TITLE"),
    (cat::JOB, "L=JOB"),
    (cat::KNOWN_PERSON, "L=KNOWN_PERSON"),
    (cat::COUNTRY, "L=COUNTRY"),
    (cat::CITY, "L=CITY"),
    (cat::STATE, "L=STATE"),
    (cat::REGION, "L=REGION"),
    (cat::PLACE_WORD, "L=PLACE_WORD"),
    (cat::DEMONYM, "L=DEMONYM"),
    (cat::NORP_GROUP, "L=NORP_GROUP"),
    (cat::ORG, "L=ORG"),
    (cat::NEWS, "L=NEWS"),
    (cat::ORG_WORD, "L=ORG_WORD"),
    (cat::LEGAL_SUFFIX, "L=LEGAL_SUFFIX"),
    (cat::SPEECH_VERB, "L=SPEECH_VERB"),
    (cat::COMMON, "L=COMMON"),
];

/// The names of the [`crate::words::class`] bits as features (`C=` and the bit number).
const CLASS_NAMES: [&str; 45] = [
    "C=0", "C=1", "C=2", "C=3", "C=4", "C=5", "C=6", "C=7", "C=8", "C=9", "C=10", "C=11", "C=12",
    "C=13", "C=14", "C=15", "C=16", "C=17", "C=18", "C=19", "C=20", "C=21", "C=22", "C=23", "C=24",
    "C=25", "C=26", "C=27", "C=28", "C=29", "C=30", "C=31", "C=32", "C=33", "C=34", "C=35", "C=36",
    "C=37", "C=38", "C=39", "C=40", "C=41", "C=42", "C=43", "C=44",
];

/// The lexicon categories of a token's word as the model reads them: none for a word that does not
/// start with a capital (its classes say what it is), and as the rules read them otherwise (an
/// entry listed only in capitals, `UN`, `AP`, names an entity only when written in capitals).
pub(crate) fn lexicon_flags(t: &Token, lex: Entry) -> u32 {
    if !t.has(CAPITALIZED) {
        0
    } else if lex.any(cat::CAPS_ONLY) && !t.has(ALL_CAPS) {
        lex.flags & !(super::super::ENTITY_CATS | cat::CAPS_ONLY)
    } else {
        lex.flags
    }
}

/// Longest lower-cased word kept whole in the `w=` feature; longer words share one feature.
const MAX_WORD: usize = 24;

/// Calls `sink(template, value)` for every word feature of `word`, whose lexicon categories (as
/// [`lexicon_flags`] gives them) are `flags` and whose class bits are `class`. The feature's text
/// is `template` followed by `value`. (Inference sums the two parts apart: [`spelling_features`]
/// through the hash table, [`bit_features`] from rows looked up once.)
#[cfg_attr(
    not(any(test, all(feature = "cli", not(target_arch = "wasm32")))),
    allow(dead_code)
)]
pub(crate) fn word_features(
    word: &str,
    flags: u32,
    class: u64,
    sink: &mut impl FnMut(&'static str, &[u8]),
) {
    spelling_features(word, flags, sink);
    bit_features(flags, class, |i| sink(bit_feature_name(i), b""));
}

/// The features of a word's spelling: the lower-cased word (unless it is a name: names are known
/// through the lexicon, not memorised from the training documents, so a capitalised word longer than
/// three bytes that is not a common word has none; shorter ones, which have no affixes, keep it, for the particles that start names: "La Désirade", "St Anne", "Al Mukalla"), the first and
/// last three letters of a capitalised word, its shape.
pub(crate) fn spelling_features(
    word: &str,
    flags: u32,
    sink: &mut impl FnMut(&'static str, &[u8]),
) {
    let bytes = word.as_bytes();
    if bytes.len() <= MAX_WORD && bytes.iter().all(|b| b.is_ascii_lowercase()) {
        // The common case, a lower-case ASCII word: its identity and shape `x`.
        sink("w=", bytes);
        sink("sh=", b"x");
        return;
    }
    let mut buf = [0u8; lexicon::BUF];
    let capitalised = word.chars().any(char::is_uppercase);
    let identity = flags & cat::COMMON != 0 || !capitalised || word.len() <= 3;
    match lexicon::lower_into(word, &mut buf) {
        Some(lower) if lower.len() <= MAX_WORD => {
            let mut norm = [0u8; MAX_WORD];
            let norm = &mut norm[..lower.len()];
            for (d, &b) in norm.iter_mut().zip(lower) {
                *d = if b.is_ascii_digit() { b'0' } else { b };
            }
            if identity {
                sink("w=", norm);
            }
            // Affixes tell names apart ("-ville", "-son"); lower-case words have their identity.
            if capitalised {
                affixes(norm, sink);
            }
        }
        _ if identity => sink("w=", b"~long"),
        _ => {}
    }
    let mut shape_buf = [0u8; 8];
    sink("sh=", shape(word, &mut shape_buf));
}

/// The lexicon category bits the model reads.
const LEXICON_MASK: u32 = {
    let mut m = 0;
    let mut i = 0;
    while i < LEXICON.len() {
        m |= LEXICON[i].0;
        i += 1;
    }
    m
};

/// For each category bit, its index in [`LEXICON`].
const LEXICON_INDEX: [u8; 32] = {
    let mut t = [0u8; 32];
    let mut i = 0;
    while i < LEXICON.len() {
        t[LEXICON[i].0.trailing_zeros() as usize] = i as u8;
        i += 1;
    }
    t
};

/// Number of bit features: the lexicon categories of [`LEXICON`], then the 45 class bits.
pub(crate) const BIT_FEATURES: usize = LEXICON.len() + CLASS_NAMES.len();

/// The text of bit feature `i`.
pub(crate) fn bit_feature_name(i: usize) -> &'static str {
    match LEXICON.get(i) {
        Some((_, name)) => name,
        None => CLASS_NAMES[i - LEXICON.len()],
    }
}

/// Calls `f` with the number of each bit feature of a word with lexicon categories `flags` and
/// class bits `class`.
#[inline]
pub(crate) fn bit_features(flags: u32, class: u64, mut f: impl FnMut(usize)) {
    let mut lex = flags & LEXICON_MASK;
    while lex != 0 {
        let b = lex.trailing_zeros() as usize;
        lex &= lex - 1;
        f(LEXICON_INDEX[b] as usize);
    }
    let mut bits = class & ((1u64 << CLASS_NAMES.len()) - 1);
    while bits != 0 {
        let i = bits.trailing_zeros() as usize;
        bits &= bits - 1;
        f(LEXICON.len() + i);
    }
}

/// The first and last three characters of a lower-cased word of four characters or more.
fn affixes(lower: &[u8], sink: &mut impl FnMut(&'static str, &[u8])) {
    // Character starts, found on the bytes (the word is UTF-8: `lower_into` wrote it).
    let starts = |b: &u8| (*b as i8) >= -0x40;
    let Some((p3, _)) = lower.iter().enumerate().filter(|(_, b)| starts(b)).nth(3) else {
        return;
    };
    sink("p=", &lower[..p3]);
    if let Some((s3, _)) = lower
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, b)| starts(b))
        .nth(2)
    {
        sink("s=", &lower[s3..]);
    }
}

/// The shape of a word: `X` for capitals, `x` for small letters, `d` for digits, punctuation as
/// written (other characters `o`), runs of one class written once, at most eight characters:
/// `Washington` → `Xx`, `U.S.` → `X.X.`, `McDonald` → `XxXx`, `501st` → `dx`.
pub(crate) fn shape<'b>(word: &str, buf: &'b mut [u8; 8]) -> &'b [u8] {
    let mut n = 0;
    for c in word.chars() {
        let s = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii_punctuation() {
            c as u8
        } else if c.is_alphabetic() {
            b'x'
        } else {
            b'o'
        };
        if n > 0 && buf[n - 1] == s {
            continue;
        }
        if n == buf.len() {
            break;
        }
        buf[n] = s;
        n += 1;
    }
    &buf[..n]
}

/// The rules' label of a token: none (`O`), begin, inside, last or unit of a mention of a type,
/// or a numeric mention (dates, money and the like).
pub(crate) const RULE_TAGS: [&str; 18] = [
    "r=O",
    "r=B-PERSON",
    "r=I-PERSON",
    "r=L-PERSON",
    "r=U-PERSON",
    "r=B-ORG",
    "r=I-ORG",
    "r=L-ORG",
    "r=U-ORG",
    "r=B-PLACE",
    "r=I-PLACE",
    "r=L-PLACE",
    "r=U-PLACE",
    "r=B-NORP",
    "r=I-NORP",
    "r=L-NORP",
    "r=U-NORP",
    "r=NUM",
];

/// The position-dependent features of one token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TokenFeatures {
    /// Index into [`RULE_TAGS`].
    pub rule_tag: u8,
    /// The rule that found the mention the token is in ([`super::super::Source`] as a number),
    /// or 0.
    pub rule: u8,
    /// Token flags: [`SENTENCE_START`], [`HEADLINE`].
    pub flags: u8,
    /// The part-of-speech tag ([`crate::pos::Tag`] as a number).
    pub pos: u8,
}

/// The token starts its sentence.
pub(crate) const SENTENCE_START: u8 = 1;
/// The token's sentence is written in headline case or capitals.
pub(crate) const HEADLINE: u8 = 2;

/// Names of the token flags as features, by bit.
pub(crate) const FLAG_NAMES: [&str; 2] = ["ss", "hl"];

/// Calls `sink` for every token feature.
#[cfg_attr(
    not(any(test, all(feature = "cli", not(target_arch = "wasm32")))),
    allow(dead_code)
)]
pub(crate) fn token_features(f: TokenFeatures, sink: &mut impl FnMut(&'static str, &[u8])) {
    rule_features(f, sink);
    pos_feature(f.pos, sink);
}

/// The part-of-speech feature of a token tagged `pos`.
pub(crate) fn pos_feature(pos: u8, sink: &mut impl FnMut(&'static str, &[u8])) {
    if let Some(tag) = crate::pos::Tag::ALL.get(pos as usize) {
        sink("t=", tag.name().as_bytes());
    }
}

/// The token features but the part of speech: the bias, what the rules found and the flags.
pub(crate) fn rule_features(f: TokenFeatures, sink: &mut impl FnMut(&'static str, &[u8])) {
    sink("b", b"");
    sink(RULE_TAGS[f.rule_tag as usize], b"");
    if f.rule != 0 {
        sink("rs=", super::super::Source::name_of(f.rule).as_bytes());
    }
    for (i, name) in FLAG_NAMES.iter().enumerate() {
        if f.flags & (1 << i) != 0 {
            sink(name, b"");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(word: &str, flags: u32) -> Vec<String> {
        let mut out = Vec::new();
        word_features(word, flags, 0, &mut |t, v| {
            out.push(format!("{t}{}", String::from_utf8_lossy(v)))
        });
        out
    }

    #[test]
    fn shapes() {
        let mut b = [0u8; 8];
        assert_eq!(shape("Washington", &mut b), b"Xx");
        assert_eq!(shape("U.S.", &mut b), b"X.X.");
        assert_eq!(shape("McDonald", &mut b), b"XxXx");
        assert_eq!(shape("501st", &mut b), b"dx");
        assert_eq!(shape("Ødegaard-Holm", &mut b), b"Xx-Xx");
    }

    #[test]
    fn word_features_of_a_name() {
        let f = texts("Leeds", cat::CITY | cat::SURNAME);
        for want in ["p=lee", "s=eds", "sh=Xx", "L=CITY", "L=SURNAME"] {
            assert!(f.contains(&want.to_string()), "{want} in {f:?}");
        }
        // A name is known by the lexicon, not by heart; common and lower-case words are.
        assert!(!f.iter().any(|x| x.starts_with("w=")), "{f:?}");
        let f = texts("The", cat::COMMON);
        assert!(f.contains(&"w=the".to_string()), "{f:?}");
        // Digits are one digit; short words have no affixes.
        let f = texts("a380", 0);
        assert!(f.contains(&"w=a000".to_string()), "{f:?}");
        let f = texts("UN", 0);
        assert!(!f.iter().any(|x| x.starts_with("p=")), "{f:?}");
        // A short capitalised word has no affixes but keeps its identity ("La" of "La Désirade").
        let f = texts("La", 0);
        assert!(f.contains(&"w=la".to_string()), "{f:?}");
        // Non-ASCII affixes end on character boundaries.
        let f = texts("Ødegaard", 0);
        assert!(f.contains(&"p=øde".to_string()), "{f:?}");
    }
}
