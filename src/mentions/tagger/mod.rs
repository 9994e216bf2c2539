//! The statistical entity tagger beside the rules: a linear-chain model over BILOU tags for
//! PERSON, ORG and PLACE (a structured averaged perceptron, quantised to int8 and pruned), trained
//! on the openly licensed genres of GUM (see the README for the data and how to retrain).
//!
//! **What it reads** (`features.rs`): for each token and the two on either side, the lower-cased
//! word, its first and last three letters, its shape, its lexicon categories (given name,
//! surname, city, country, organisation word, legal suffix, title, demonym…), its word classes,
//! what the rules found there and which rule, the start of a sentence and a headline-case or
//! all-capitals sentence. Word features are summed once per distinct word of a text.
//!
//! **Where it decides** (`decode.rs`): only stretches of capitalised words and the connectors
//! between them; the rest of the text is never scored.
//!
//! **How it is combined with the rules** (`combine.rs`):
//! * dates, times, money, percentages and numbers are the rules' alone, and no name is sought
//!   inside them;
//! * a rule mention the lexicon and structure are sure of stays as the rules found it: a
//!   several-word lexicon name ("World Trade Organization"), an organisation by its noun or legal
//!   form ("Foreign Ministry", "Acme Inc."), a facility ("Heathrow Airport"), a person after a
//!   title ("President Clinton"), a dateline, a context pattern ("the gaming company Velarion");
//! * everything else is the model's: unknown capitalised spans, and the type of a one-word
//!   lexicon name, which the context decides (Leeds the club or the city; Washington the person,
//!   the city or the government);
//! * nationalities and groups (NORP) stay the rules', unless the model makes them part of a longer
//!   name ("Korean Central News Agency").
//!
//! Cost: a hash probe per word feature per distinct word in or around a stretch, a few vector
//! additions per token of a stretch, and a 13 × 13 step per token of a stretch.

pub(crate) mod combine;
pub(crate) mod decode;
pub(crate) mod features;
pub(crate) mod hash;
pub(crate) mod layout;
mod model;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod train;

pub use model::{shipped, Model, ModelData};

use super::{Rules, Source};
use crate::analysis::{EntityType, Mention};
use crate::segment::{Segments, TokenKind, CAPITALIZED, SENTENCE_START};
use decode::Region;
use features::TokenFeatures;

/// What the tagger reads of a text besides its words: per token, the rules' label and the flags;
/// the regions to decide.
pub(crate) struct Prepared {
    pub tokens: Vec<TokenFeatures>,
    /// Whether each token can be part of a name ([`decode::is_candidate`]); the other tokens of
    /// a region are connectors.
    pub candidate: Vec<bool>,
    /// Whether each token is in a rule mention kept as it is ([`combine::kept_as_is`]).
    pub kept: Vec<bool>,
    pub regions: Vec<Region>,
}

/// Word classes of function words.
const FUNCTION_WORDS: u64 = crate::words::class::DETERMINER
    | crate::words::class::PRONOUN_DETERMINER
    | crate::words::class::CLAUSE_WORD
    | crate::words::class::PREPOSITION
    | crate::words::class::AUX_OR_ADVERB
    | crate::words::class::HE
    | crate::words::class::SHE
    | crate::words::class::OTHER_SPEAKER_PRONOUN;

/// A headline-case or all-capitals sentence: four or more words of four letters or more, at least
/// eight in ten of them capitalised.
fn is_headline(seg: &Segments, text: &str, range: std::ops::Range<usize>) -> bool {
    let (mut words, mut capped) = (0, 0);
    for t in &seg.tokens[range] {
        if t.kind() == TokenKind::Word && t.span().len() >= 4 {
            words += 1;
            if t.has(CAPITALIZED) {
                capped += 1;
            }
        }
    }
    let _ = text;
    words >= 4 && capped * 10 >= words * 8
}

/// The rule tag number (see [`features::RULE_TAGS`]) of a token at `k` of a mention `a..b`.
fn rule_tag(kind: EntityType, k: u32, a: u32, b: u32) -> u8 {
    let type_index = match kind {
        EntityType::Person => 0,
        EntityType::Org => 1,
        EntityType::Place => 2,
        EntityType::Norp => 3,
        _ => return 17,
    };
    let part = if b - a == 1 {
        3
    } else if k == a {
        0
    } else if k + 1 == b {
        2
    } else {
        1
    };
    1 + 4 * type_index + part
}

/// Reads the text's rule mentions and sentences into the tagger's per-token features and regions.
pub(crate) fn prepare(text: &str, seg: &Segments, rules: &Rules) -> Prepared {
    let n = seg.tokens.len();
    let mut tokens = vec![TokenFeatures::default(); n];
    let mut kept = vec![false; n];
    for (m, f) in &rules.mentions {
        let as_is = combine::kept_as_is(m, f);
        for k in f.a..f.b {
            kept[k as usize] = as_is;
            let t = &mut tokens[k as usize];
            t.rule_tag = rule_tag(m.kind, k, f.a, f.b);
            t.rule = f.source as u8;
        }
    }
    for s in &seg.sentences {
        let range = s.tokens();
        let headline = is_headline(seg, text, range.clone());
        for i in range {
            tokens[i].pos = seg.tokens[i].tag() as u8;
            if seg.tokens[i].has(SENTENCE_START) {
                tokens[i].flags |= features::SENTENCE_START;
            }
            if headline {
                tokens[i].flags |= features::HEADLINE;
            }
        }
    }
    // A token of a number, date or amount the rules found (mentions do not overlap, so its rule
    // is the numeric one).
    let numeric = |i: usize| tokens[i].rule == Source::Numeric as u8;
    let candidate: Vec<bool> = (0..n)
        .map(|i| decode::is_candidate(seg, text, &rules.wordbits, numeric(i), i))
        .collect();
    let mut regions = Vec::new();
    decode::regions(text, seg, &rules.wordbits, &candidate, &mut regions);
    // A lone function word or sentence-initial common word the rules left alone ("The", "In",
    // "However") is no name: not worth scoring.
    regions.retain(|r| {
        if r.end - r.start > 1 || tokens[r.start].rule_tag != 0 {
            return true;
        }
        let t = &seg.tokens[r.start];
        let info = seg.words.of(t);
        let function = info.class & FUNCTION_WORDS != 0;
        let common = t.has(SENTENCE_START)
            && info.lex.any(crate::lexicon::cat::COMMON)
            && !info.lex.any(crate::mentions::ENTITY_CATS);
        !(function || common)
    });
    Prepared {
        tokens,
        candidate,
        kept,
        regions,
    }
}

/// A name the model found: tokens `a..b` and a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Span {
    pub a: usize,
    pub b: usize,
    pub kind: EntityType,
}

/// The type of tag type number `k`.
pub(crate) const TYPES: [EntityType; 3] = [EntityType::Person, EntityType::Org, EntityType::Place];

/// Reads a region's tags into names, appended to `out`.
pub(crate) fn spans_of(region: Region, tags: &[u8], out: &mut Vec<Span>) {
    let mut open: Option<usize> = None;
    for (i, &t) in tags.iter().enumerate() {
        if t == 0 {
            open = None;
            continue;
        }
        let (part, kind) = decode::split_tag(t);
        let at = region.start + i;
        match part {
            0 => open = Some(at),
            3 => {
                out.push(Span {
                    a: at,
                    b: at + 1,
                    kind: TYPES[kind as usize],
                });
                open = None;
            }
            2 => {
                if let Some(a) = open.take() {
                    out.push(Span {
                        a,
                        b: at + 1,
                        kind: TYPES[kind as usize],
                    });
                }
            }
            _ => {}
        }
    }
}

/// The names the model finds in a prepared text.
pub(crate) fn tag(text: &str, seg: &Segments, prepared: &Prepared, model: &Model) -> Vec<Span> {
    let mut scorer = decode::Scorer::new(*model, seg.words.info.len());
    let mut out = Vec::new();
    let mut tags = Vec::new();
    for &r in &prepared.regions {
        // A stretch the rules' sure mentions cover: whatever the model reads there is dropped.
        let settled = (r.start..r.end).all(|i| prepared.kept[i] || !prepared.candidate[i]);
        if settled {
            continue;
        }
        scorer.decode(seg, text, prepared, r, &mut tags);
        spans_of(r, &tags, &mut out);
    }
    out
}

/// The rules' mentions refined by the model: see the module docs.
pub(crate) fn refine(text: &str, seg: &Segments, rules: Rules, model: &Model) -> Vec<Mention> {
    let prepared = prepare(text, seg, &rules);
    let spans = tag(text, seg, &prepared, model);
    combine::combine(seg, rules.mentions, &spans)
}
