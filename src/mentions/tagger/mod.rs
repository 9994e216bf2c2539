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
//!   but an organisation by its noun made only of common words after a lower-case word other
//!   than "the" is a term in title case as often as a body, and the model's to keep or drop
//!   ("for testing Geographic Information Systems");
//! * everything else is the model's: unknown capitalised spans, and the type of a one-word
//!   lexicon name, which the context decides (Leeds the club or the city; Washington the person,
//!   the city or the government);
//! * where a rule left words out of a name, the model's name leaves them out too: a speech verb
//!   opening the sentence that the part-of-speech layer reads as a verb ("Said Meridian's
//!   director …") is not its first word, and a wire's section before a headline's dash
//!   ("SOCCER - …") is no name;
//! * a stretch a rule reads as no name ("Storm Eunice", a storm; "Q&A") is none, whatever the
//!   model reads there (`Rules::no_names` in `mentions`);
//! * nationalities and groups (NORP) stay the rules', unless the model makes them part of a longer
//!   name ("Korean Central News Agency");
//! * one text, one reading: a one-word name the model typed takes the type the text gives the
//!   same word more often, the rules' mentions and the model's counted alike ("Sapulpa" a place
//!   twice is not a person the third time);
//! * then its surest reading: where a rule sure of the type (a context pattern, a title, a given
//!   name, a several-word lexicon name, an organisation's structure, a facility, a dateline)
//!   gives a name written the same one type only, its other mentions take it ("Millbrook Town
//!   beat Ashcombe Rovers 2-1 … lifts Millbrook Town to third": a club, not a town by "Town";
//!   "Kettleby, a fishing town … Residents of Kettleby": not the first word of "Kettleby Harbour
//!   Trust"); a person's name only to the model's own mentions ("President Hallam … in Hallam"
//!   leaves the lexicon's town);
//! * one list, one type: in a list of three names or more joined by commas and "and" / "or", a
//!   name the model typed takes the type most of the list has, when one of those is the rules'
//!   ("Tulsa, Brenwick, Dallas and Austin": "Brenwick" is a town, not a surname).
//!
//! Cost: a hash probe per word feature per distinct word in or around a stretch, a few vector
//! additions per token of a stretch, and a 13 × 13 step per token of a stretch.
//!
//! Tried and left (stop 45, ent52; entity CV on GUM, seeds 1–2 or 1–4, against 0.8022 and 0.7978
//! on seeds 1–2): features of the whole text, whether a capitalised word is also written in small
//! letters and whether a sentence's first word is capitalised inside sentences too (seeds 1–4 mean
//! 0.7994, ORG −0.004), with the types the rules give the same word elsewhere (0.7984, 0.8021);
//! the common word that ends a stretch of two words or more ("… River", "… Trust") on every token
//! of it (0.8004, 0.7991); a given-name person's type left to the model (`combine::TYPE_OPEN`, with
//! the tag at its own position, see `train::Settings::positions`: +0.0004).
//!
//! Tried and left (stop 47, ent57; entity CV seeds 1–4 against 0.7995, 0.8007, 0.7994, 0.7992,
//! mean 0.7997, ORG 0.740): document flags per distinct capitalised word, read from all its
//! tokens in the text and given to each as token flags (so one table per distinct word, and no
//! cost outside the word's regions): written after a title or honorific elsewhere ("President
//! Hallam … Hallam said"), after a capitalised given name, after "in" / "at" / "near", before a
//! capitalised organisation word or legal suffix ("Hallam Trust"). All four 0.7993 (ORG 0.736);
//! title and given name 0.7998 (ORG 0.739); title alone 0.8003 (ORG 0.739); in small letters
//! elsewhere alone 0.7994 (ORG 0.736); the sentence's second token 0.7991. None reaches +0.002,
//! and ORG falls with each: the text's one reading (`combine::one_reading`,
//! `combine::sure_reading`) already gives a name's other mentions the type the text settles,
//! which is what such features teach a tagger. The rules' reading against the model's
//! (`decode::MARGIN`, 60): 0 gives 0.7982, 150 gives 0.7977.
//!
//! Tried and left (stop 51, ent62; entity CV seeds 1–4 against 0.8024: PERSON 0.799, ORG 0.740,
//! PLACE 0.781; none reaches +0.001): token flags read from the token's run of capitalised words
//! and given to each word of it (so the words of a long name see what stands beyond the window):
//! the run followed by a finite verb or modal, a subject ("Marlow Comets said": 0.8028, PLACE
//! +0.003 but PERSON −0.002), after a determiner (0.8021), after a preposition (0.8028), the first
//! and third together (0.8012); the run ending in an organisation word or legal suffix ("Pelham
//! Micro", on its other words: 0.8027), in a place word (0.8024). Training settings: epochs 8 or 16
//! (0.8017, 0.8015), prune 3, 4 or 8 (0.8027, 0.8023, 0.8011), min-count 3 or 8 (0.8013, 0.8002),
//! `w=` at all five positions (0.8014), `t=` at ±1 and ±2 (0.7975), the int8 step set by the
//! 99.9th or 99th percentile weight instead of the largest, the rest clamped (0.8013, 0.7892). Of
//! the ORG errors of seed 1 (distinct names), acronyms are 18 extra and 7 missed, and one of the
//! extra only is defined by a long form in the text, in small letters: too few for a feature.
//!
//! Tried and left (stop 57, ent74; entity CV seeds 1–4 against 0.8032: PERSON 0.798, ORG 0.740,
//! PLACE 0.784, seed spread 0.002; none reaches +0.001): `s=` at ±1 as well (0.8027), `p=` and
//! `s=` at ±1 (0.8020), 16 orders (0.8023), capitals share 0.1 or 0.3 (0.8019, 0.8029: PLACE
//! +0.002, PERSON −0.003); the rules' reading against the model's with its own margin by the
//! type the model gives in its place (`MARGIN` 0 where the model makes a rules' person a place:
//! 0.8029; 30: 0.8028; 0 where it makes a rules' organisation a place: 0.8035, ORG +0.001,
//! PERSON −0.0003; 150 where it makes a rules' place a person: no change). The largest confusion
//! on GUM's other genres (seed 1) is a place read as a person (46 names, mostly foreign places
//! in travel guides, "Kopinga", "Chehel Sotoun", and listed surnames used as places, "from
//! Napier"): in the ten read, the rules give the person (a person-shaped guess or a listed
//! alias) and it stands.

pub(crate) mod combine;
pub(crate) mod decode;
pub(crate) mod features;
pub(crate) mod hash;
pub(crate) mod layout;
mod model;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
pub mod train;

pub use model::{shipped, Model, ModelData};

use super::{Found, Rules, Source};
use crate::analysis::{EntityType, Mention};
use crate::segment::{Bits, Segments, TokenKind, CAPITALIZED, SENTENCE_START};
use decode::Region;
use features::TokenFeatures;

/// What the tagger reads of a text besides its words: the rules' mentions, which tokens can be
/// part of a name and which the rules settled, and the regions to decide. A token's position
/// features ([`TokenFeatures`]) are read from these where a region needs them
/// ([`Prepared::features_into`]), not kept for every token.
pub(crate) struct Prepared<'r> {
    /// The rules' mentions, ordered by start and not overlapping, with their tokens.
    rules: &'r [(Mention, Found)],
    /// Whether each sentence is written in headline case or capitals ([`is_headline`]).
    headline: Bits,
    /// Whether each token can be part of a name ([`decode::is_candidate`]); the other tokens of
    /// a region are connectors.
    pub candidate: Bits,
    /// Whether each token is in a rule mention kept as it is ([`combine::kept_as_is`]).
    pub kept: Bits,
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

/// Reads the text's rule mentions and sentences into what the tagger needs: candidates, settled
/// tokens and regions.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn prepare<'r>(text: &str, seg: &Segments, rules: &'r Rules) -> Prepared<'r> {
    let n = seg.tokens.len();
    let mut kept = Bits::new(n);
    // A token of a number, date or amount the rules found (mentions do not overlap, so its rule
    // is the numeric one) is no candidate.
    let mut numeric = Bits::new(n);
    // Tokens in any rule mention.
    let mut ruled = Bits::new(n);
    for (m, f) in &rules.mentions {
        let as_is = combine::kept_as_is(text, seg, m, f);
        for k in f.a as usize..f.b as usize {
            ruled.set(k);
            if as_is {
                kept.set(k);
            }
            if f.source == Source::Numeric {
                numeric.set(k);
            }
        }
    }
    let mut headline = Bits::new(seg.sentences.len());
    for (i, s) in seg.sentences.iter().enumerate() {
        if is_headline(seg, text, s.tokens()) {
            headline.set(i);
        }
    }
    let mut candidate = Bits::new(n);
    for i in 0..n {
        if decode::is_candidate(seg, text, &rules.wordbits, numeric.get(i), i) {
            candidate.set(i);
        }
    }
    let mut prepared = Prepared {
        rules: &rules.mentions,
        headline,
        candidate,
        kept,
        regions: Vec::new(),
    };
    let mut regions = Vec::new();
    decode::regions(
        text,
        seg,
        &rules.wordbits,
        &prepared.candidate,
        &mut regions,
    );
    // A lone function word or sentence-initial common word the rules left alone ("The", "In",
    // "However") is no name: not worth scoring.
    regions.retain(|r| {
        if r.end - r.start > 1 || ruled.get(r.start) {
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
    prepared.regions = regions;
    prepared
}

impl Prepared<'_> {
    /// The position features of tokens `range`, into `out` (cleared first): one search for the
    /// first token's mention and sentence, then a walk.
    pub(crate) fn features_into(
        &self,
        seg: &Segments,
        range: std::ops::Range<usize>,
        out: &mut Vec<TokenFeatures>,
    ) {
        out.clear();
        let mut m = self
            .rules
            .partition_point(|(_, f)| f.b as usize <= range.start);
        let mut s = seg
            .sentences
            .partition_point(|s| s.end_token as usize <= range.start);
        for k in range {
            let mut f = TokenFeatures::default();
            while self.rules.get(m).is_some_and(|(_, f)| f.b as usize <= k) {
                m += 1;
            }
            if let Some((mention, found)) = self.rules.get(m).filter(|(_, f)| f.a as usize <= k) {
                f.rule_tag = rule_tag(mention.kind, k as u32, found.a, found.b);
                f.rule = found.source as u8;
            }
            while seg
                .sentences
                .get(s)
                .is_some_and(|s| s.end_token as usize <= k)
            {
                s += 1;
            }
            // A token in no sentence (a paragraph of punctuation) has tag 0 and no flags.
            if seg
                .sentences
                .get(s)
                .is_some_and(|s| s.first_token as usize <= k)
            {
                let t = &seg.tokens[k];
                f.pos = t.tag() as u8;
                if t.has(SENTENCE_START) {
                    f.flags |= features::SENTENCE_START;
                }
                if self.headline.get(s) {
                    f.flags |= features::HEADLINE;
                }
            }
            out.push(f);
        }
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
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn tag(text: &str, seg: &Segments, prepared: &Prepared, model: &Model) -> Vec<Span> {
    let mut scorer = decode::Scorer::for_text(*model, seg);
    let mut out = Vec::new();
    let mut tags = Vec::new();
    for &r in &prepared.regions {
        // A stretch the rules' sure mentions cover: whatever the model reads there is dropped.
        let settled = (r.start..r.end).all(|i| prepared.kept.get(i) || !prepared.candidate.get(i));
        if settled {
            continue;
        }
        scorer.decode(seg, text, prepared, r, &mut tags);
        spans_of(r, &tags, &mut out);
    }
    scorer.done();
    out
}

/// The rules' mentions refined by the model: see the module docs.
// `prepare`, `tag` and `combine` stay out of line in wasm: V8 then compiles with its optimising
// tier only the one whose loops are hot (`tag`), not one 28 KB function (stop 40, spd45).
pub(crate) fn refine(text: &str, seg: &Segments, rules: Rules, model: &Model) -> Vec<Mention> {
    let prepared = prepare(text, seg, &rules);
    let spans = tag(text, seg, &prepared, model);
    let headline = prepared.headline;
    combine::combine(
        text,
        seg,
        rules.mentions,
        &spans,
        &rules.no_names,
        &headline,
    )
}
