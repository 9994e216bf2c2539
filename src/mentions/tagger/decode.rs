//! Where the tagger looks, and the best tag sequence there.
//!
//! * **Regions** ([`regions`]): the model decides only stretches of capitalised words (a word
//!   with a capital letter anywhere: `Leeds`, `NASA`, `eBay`), joined inside by name connectors
//!   (`of`, `the`, `and`, `&`, `de`, `van`, a hyphen, the period of an initial), within one
//!   sentence and outside the rules' dates and numbers. Every other token is `O` without being
//!   scored.
//! * **Scores**: a token's score for each tag is the sum of the weight rows of the features of the
//!   tokens up to two places around it ([`super::features`]); the rows of a distinct word are
//!   summed once per text and reused by all its tokens.
//! * **Decoding** ([`viterbi`]): the best BILOU sequence over the region with the model's
//!   transition weights, under the BILOU constraints, with a connector never beginning or ending a
//!   name.

use super::features::{self, TokenFeatures, OFFSETS, WINDOW};
use super::layout::{LANES, TAGS};
use super::model::{Model, Scores};
use super::Prepared;
use crate::mentions::wordbits::{WordBits, CONNECTOR, INTERJECTION, MODIFIER};
use crate::segment::{Segments, Token, TokenKind, CAPITALIZED, SPACE_BEFORE};

/// A stretch of tokens the model decides: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Whether token `i` can be part of a name: a capitalised word, not a modifier ("Hong
/// Kong-based") nor one of the rules' dates and numbers.
pub(crate) fn is_candidate(
    seg: &Segments,
    text: &str,
    bits: &WordBits,
    numeric: bool,
    i: usize,
) -> bool {
    let t = &seg.tokens[i];
    t.kind() == TokenKind::Word
        && t.has(CAPITALIZED)
        && !numeric
        && bits.of(text, t) & (MODIFIER | INTERJECTION) == 0
        && !temperature_scale(seg, text, i)
}

/// "1.8 degrees Celsius", "98 degrees Fahrenheit": a scale after "degrees" is a unit, not the
/// person it is named after.
fn temperature_scale(seg: &Segments, text: &str, i: usize) -> bool {
    i > 0
        && matches!(
            seg.tokens[i].text(text),
            "Celsius" | "Fahrenheit" | "Kelvin"
        )
        && matches!(seg.tokens[i - 1].text(text), "degrees" | "degree")
}

/// Whether token `i` may join two parts of a name: "of", "de", "&", a spaced hyphen ("American -
/// Islamic"), the period of an initial ("J.").
fn is_connector(seg: &Segments, text: &str, bits: &WordBits, i: usize) -> bool {
    let t = &seg.tokens[i];
    match t.kind() {
        TokenKind::Word => !t.has(CAPITALIZED) && bits.of(text, t) & CONNECTOR != 0,
        TokenKind::Punct => {
            let w = t.text(text);
            w == "&" || w == "-" || (w == "." && !t.has(SPACE_BEFORE))
        }
        TokenKind::Number => false,
    }
}

/// Most connectors in a row inside a region ("Bank of the West").
const MAX_CONNECTORS: usize = 2;

/// The regions of the text, in order, given which tokens are candidates.
pub(crate) fn regions(
    text: &str,
    seg: &Segments,
    bits: &WordBits,
    candidate: &crate::segment::Bits,
    out: &mut Vec<Region>,
) {
    for s in &seg.sentences {
        let end = s.end_token as usize;
        let mut i = s.first_token as usize;
        while i < end {
            if !candidate.get(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut last = i; // last candidate
            let mut j = i + 1;
            while j < end {
                if candidate.get(j) {
                    last = j;
                    j += 1;
                    continue;
                }
                // Connectors, then a candidate.
                let mut k = j;
                while k < end
                    && k - j < MAX_CONNECTORS
                    && !candidate.get(k)
                    && is_connector(seg, text, bits, k)
                {
                    k += 1;
                }
                if k > j && k < end && candidate.get(k) {
                    j = k;
                    continue;
                }
                break;
            }
            // "Hong Kong-based": the words before a modifier are not a name.
            let modifier = seg
                .tokens
                .get(last + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word && bits.of(text, t) & MODIFIER != 0);
            if !modifier {
                out.push(Region {
                    start,
                    end: last + 1,
                });
            }
            i = last + 1;
        }
    }
}

/// Tag numbers: 0 `O`; for type `k` (0 PERSON, 1 ORG, 2 PLACE) `B` = 1 + 4k, `I` = 2 + 4k,
/// `L` = 3 + 4k, `U` = 4 + 4k.
#[cfg(any(test, all(feature = "cli", not(target_arch = "wasm32"))))]
pub(crate) const fn tag(part: u8, kind: u8) -> u8 {
    1 + 4 * kind + part
}

/// The part (0 `B`, 1 `I`, 2 `L`, 3 `U`) and type of a tag other than `O`.
#[inline]
pub(crate) const fn split_tag(t: u8) -> (u8, u8) {
    ((t - 1) % 4, (t - 1) / 4)
}

/// Whether tag `to` may follow tag `from` (BILOU).
pub(crate) const fn allowed(from: u8, to: u8) -> bool {
    let open = from != 0 && matches!(split_tag(from).0, 0 | 1);
    if open {
        // After B or I: I or L of the same type.
        to != 0 && split_tag(to).1 == split_tag(from).1 && matches!(split_tag(to).0, 1 | 2)
    } else {
        // After O, L or U: O, B or U.
        to == 0 || matches!(split_tag(to).0, 0 | 3)
    }
}

/// Whether a connector may have tag `t` (only `O` or `I`).
#[inline]
pub(crate) const fn connector_tag(t: u8) -> bool {
    t == 0 || split_tag(t).0 == 1
}

/// How much better (in quantised weight units) the model's reading of a stretch must score than
/// the rules' before it replaces theirs, where the rules found a name. Chosen by cross-validation
/// on GUM: up to about 120 the held-out scores do not move, so the rules (written for news) keep
/// their reading unless the model is clearly surer.
pub(crate) const MARGIN: i64 = 60;

/// A score no path takes.
pub(crate) const NEG: i32 = i32::MIN / 4;

/// Transition scores with the BILOU constraints: `NEG` where a pair is not allowed.
pub(crate) fn constrained(weight: impl Fn(usize, usize) -> i32) -> [[i32; TAGS]; TAGS] {
    let mut t = [[NEG; TAGS]; TAGS];
    for (from, row) in t.iter_mut().enumerate() {
        for (to, x) in row.iter_mut().enumerate() {
            if allowed(from as u8, to as u8) {
                *x = weight(from, to);
            }
        }
    }
    t
}

/// Sets the emissions a connector may not have (`B`, `L`, `U`) to `NEG`.
pub(crate) fn forbid_edges(e: &mut [i32; LANES]) {
    for (t, x) in e.iter_mut().enumerate().take(TAGS) {
        if !connector_tag(t as u8) {
            *x = NEG;
        }
    }
}

/// The best tag sequence for `emissions` (one row per position; a connector's edges already
/// `NEG`) under `transitions` ([`constrained`]; from and to `O` outside the sequence). Writes the
/// tags to `out`; `back` is scratch space.
pub(crate) fn viterbi(
    emissions: &[[i32; LANES]],
    transitions: &[[i32; TAGS]; TAGS],
    back: &mut Vec<[u8; TAGS]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    if n == 1 {
        // One token: O or a unit name.
        let e = &emissions[0];
        let mut best = i32::MIN;
        let mut arg = 0u8;
        for t in std::iter::once(0).chain((0..3).map(|k| 4 + 4 * k)) {
            let s = e[t] + transitions[0][t] + transitions[t][0];
            if s > best {
                best = s;
                arg = t as u8;
            }
        }
        out.push(arg);
        return;
    }
    back.clear();
    back.resize(n, [0; TAGS]);
    let mut prev = [NEG; TAGS];
    for (t, p) in prev.iter_mut().enumerate() {
        *p = (emissions[0][t] + transitions[0][t]).max(NEG);
    }
    // Predecessors under BILOU: O, B and U (`STARTS`) come after O, L or U (`CLOSED`); I and L
    // after B or I of their type.
    const CLOSED: [usize; 7] = [0, 3, 4, 7, 8, 11, 12];
    const STARTS: [usize; 7] = [0, 1, 4, 5, 8, 9, 12];
    const INSIDE: [usize; 6] = [2, 3, 6, 7, 10, 11];
    // The transitions from each closed tag to the starts, one lane per start (the eighth
    // unused): the seven starts are scored side by side, each predecessor in the order of
    // `CLOSED`, the first of equal scores kept, as one start at a time would.
    let mut from_closed = [[NEG; 8]; CLOSED.len()];
    for (row, &p) in from_closed.iter_mut().zip(&CLOSED) {
        for (x, &t) in row.iter_mut().zip(&STARTS) {
            *x = transitions[p][t];
        }
    }
    for (e, back_i) in emissions.iter().zip(back.iter_mut()).skip(1) {
        let mut cur = [NEG; TAGS];
        let mut best = [NEG; 8];
        let mut arg = [0i32; 8];
        for (row, &p) in from_closed.iter().zip(&CLOSED) {
            let from = prev[p];
            for k in 0..8 {
                let s = from + row[k];
                let better = s > best[k];
                best[k] = if better { s } else { best[k] };
                arg[k] = if better { p as i32 } else { arg[k] };
            }
        }
        for (k, &t) in STARTS.iter().enumerate() {
            cur[t] = (best[k] + e[t]).max(NEG);
            back_i[t] = arg[k] as u8;
        }
        for t in INSIDE {
            let b = 1 + 4 * split_tag(t as u8).1 as usize;
            let mut best = NEG;
            let mut arg = 0u8;
            for p in [b, b + 1] {
                let s = prev[p] + transitions[p][t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            cur[t] = (best + e[t]).max(NEG);
            back_i[t] = arg;
        }
        prev = cur;
    }
    // End: then `O`.
    let mut best = i32::MIN;
    let mut arg = 0u8;
    for (t, &score) in prev.iter().enumerate() {
        let s = score + transitions[t][0];
        if s > best {
            best = s;
            arg = t as u8;
        }
    }
    out.resize(n, 0);
    let mut t = arg;
    for i in (0..n).rev() {
        out[i] = t;
        t = back[i][t as usize];
    }
}

/// The score of a tag sequence, or `None` when the constraints forbid it.
pub(crate) fn path_score(
    emissions: &[[i32; LANES]],
    transitions: &[[i32; TAGS]; TAGS],
    tags: &[u8],
) -> Option<i64> {
    let mut s = 0i64;
    let mut prev = 0usize;
    for (e, &t) in emissions.iter().zip(tags) {
        let t = t as usize;
        let step = transitions[prev][t];
        if step == NEG || e[t] == NEG {
            return None;
        }
        s += i64::from(step) + i64::from(e[t]);
        prev = t;
    }
    let last = transitions[prev][0];
    (last != NEG).then(|| s + i64::from(last))
}

/// Sums that depend only on the model (the part-of-speech rows, the rows of each combination of
/// token features, the transitions) or on a word's text and lexicon flags. The shipped model's are
/// kept between texts on each thread ([`Scorer::for_text`]): the first articles sum them, later
/// ones mostly find them.
pub(crate) struct Kept {
    transitions: [[i32; TAGS]; TAGS],
    /// The rows of each part-of-speech tag.
    pos_scores: Vec<Scores>,
    /// Per combination of token features (see [`combination`]): index into `token_scores` + 1,
    /// or 0 when not yet summed.
    token_slot: Vec<u16>,
    token_scores: Vec<Scores>,
    /// The generation of the thread's cache of words that `word_ids` is indexed by (0: none yet).
    generation: u64,
    /// By a word's index in the cache of words: its lexicon flags and the index in
    /// `word_scores` + 1 of its summed rows (0: not summed). The flags are a function of the word's
    /// text, and are checked all the same: a word met with other flags sums its rows for its text.
    word_ids: Vec<(u32, u32)>,
    word_scores: Vec<Scores>,
}

/// The most words whose rows [`Kept`] keeps (160 bytes each: 640 KB); once full it keeps the
/// words it has, which are the frequent ones (met first), and sums others per text.
const KEPT_WORDS: usize = 4096;

/// The most feature keys whose rows one position of a token sums, over its word, token and
/// part-of-speech rows: the spelling features (`w=`, `p=`, `s=`, `sh=`), every bit feature, the
/// rule features (bias, rule tag, rule source, the flags) and the part of speech. A key adds one
/// i8 row a position, so no sum of the three leaves `±128 * ROW_SUM_KEYS`.
const ROW_SUM_KEYS: usize = 4 + features::BIT_FEATURES + 3 + features::FLAG_NAMES.len() + 1;

/// The largest magnitude of a position's word, token and part-of-speech rows summed: within i16,
/// so [`Scorer::decode`] adds them as i16 and widens once.
const ROW_SUM_BOUND: usize = 128 * ROW_SUM_KEYS;
const _: () = assert!(ROW_SUM_BOUND <= i16::MAX as usize);

/// A slot of [`Scorer::word_slot`] that indexes the text's own sums, not the kept ones.
const LOCAL: u32 = 1 << 31;

thread_local! {
    static KEPT: std::cell::RefCell<Option<Kept>> = const { std::cell::RefCell::new(None) };
}

impl Kept {
    fn new(model: Model<'_>) -> Kept {
        Kept {
            transitions: constrained(|p, t| i32::from(model.transition(p, t))),
            pos_scores: crate::pos::Tag::ALL
                .iter()
                .map(|&t| {
                    let mut acc: Scores = [[0; LANES]; OFFSETS];
                    features::pos_feature(t as u8, &mut |tpl, v| {
                        model.add(key_of(tpl, v), &mut acc);
                    });
                    acc
                })
                .collect(),
            token_slot: vec![0; COMBINATIONS],
            token_scores: Vec::new(),
            generation: 0,
            word_ids: Vec::new(),
            word_scores: Vec::new(),
        }
    }
}

/// Scores regions of one text with a quantised model.
pub(crate) struct Scorer<'m> {
    model: Model<'m>,
    kept: Kept,
    /// Whether `kept` keeps words' sums for later texts (the shipped model, and words classified
    /// through the cache of words `kept.generation`).
    share_words: bool,
    /// Per distinct word: index into the kept `word_scores` + 1, or into `local_scores` + 1 with
    /// [`LOCAL`] set, or 0 when not yet summed.
    word_slot: Vec<u32>,
    local_scores: Vec<Scores>,
    emissions: Vec<[i32; LANES]>,
    back: Vec<[u8; TAGS]>,
    rules: Vec<u8>,
    /// The position features of the tokens of the region being decoded and its window.
    features: Vec<TokenFeatures>,
}

// Rules are numbered below 32 in a combination.
const _: () = assert!(crate::mentions::Source::ALL.len() < 32);

/// Number of distinct token feature combinations.
const COMBINATIONS: usize = features::RULE_TAGS.len() * 32 * (1 << features::FLAG_NAMES.len());

/// The index of a combination of token features.
fn combination(f: TokenFeatures) -> usize {
    ((f.rule_tag as usize * 32) + (f.rule as usize & 31)) * (1 << features::FLAG_NAMES.len())
        + f.flags as usize
}

/// The key of a feature given as a template and a value (the template alone when the value is
/// empty: `r=B-ORG`).
#[inline]
fn key_of(template: &str, value: &[u8]) -> u32 {
    if value.is_empty() {
        super::hash::feature_key(template)
    } else {
        super::hash::feature_key_parts(template.as_bytes(), value)
    }
}

impl<'m> Scorer<'m> {
    /// A scorer for a text with `words` distinct words, that keeps nothing between texts.
    pub(crate) fn new(model: Model<'m>, words: usize) -> Scorer<'m> {
        Scorer::with(model, words, Kept::new(model), false)
    }

    fn with(model: Model<'m>, words: usize, kept: Kept, share_words: bool) -> Scorer<'m> {
        Scorer {
            model,
            kept,
            share_words,
            word_slot: vec![0; words],
            local_scores: Vec::new(),
            emissions: Vec::new(),
            back: Vec::new(),
            rules: Vec::new(),
            features: Vec::new(),
        }
    }

    /// A scorer for the text segmented as `seg`: with the shipped model, it starts from what the
    /// earlier texts of the thread summed; give it back with [`Scorer::done`].
    pub(crate) fn for_text(model: Model<'m>, seg: &Segments) -> Scorer<'m> {
        let words = seg.words.info.len();
        if !model.is_shipped() {
            return Scorer::new(model, words);
        }
        let kept = KEPT.with(|k| k.try_borrow_mut().ok().and_then(|mut k| k.take()));
        let mut kept = kept.unwrap_or_else(|| Kept::new(model));
        let generation = seg.words.known;
        if generation != kept.generation && generation != 0 {
            // Words classified through another cache of words: their indices mean other words.
            kept.word_ids.clear();
            kept.word_scores.clear();
            kept.generation = generation;
        }
        let share = generation != 0;
        Scorer::with(model, words, kept, share)
    }

    /// Gives the shipped model's sums back to the thread for its next text.
    pub(crate) fn done(self) {
        if self.model.is_shipped() {
            KEPT.with(|k| {
                if let Ok(mut k) = k.try_borrow_mut() {
                    *k = Some(self.kept);
                }
            });
        }
    }

    /// The summed rows of the token features `f`.
    fn token(&mut self, f: TokenFeatures) -> usize {
        let c = combination(f);
        let kept = &mut self.kept;
        if kept.token_slot[c] == 0 {
            let mut acc: Scores = [[0; LANES]; OFFSETS];
            let model = self.model;
            features::rule_features(f, &mut |tpl, v| {
                model.add(key_of(tpl, v), &mut acc);
            });
            kept.token_scores.push(acc);
            kept.token_slot[c] = kept.token_scores.len() as u16;
        }
        kept.token_slot[c] as usize - 1
    }

    /// The slot of the summed rows of the word features of token `t` (see [`Scorer::word_slot`]).
    fn word(&mut self, seg: &Segments, text: &str, t: &Token) -> u32 {
        let w = t.word() as usize;
        if self.word_slot[w] == 0 {
            let info = seg.words.of(t);
            let flags = features::lexicon_flags(t, info.lex);
            let share = self.share_words && info.known != crate::segment::NOT_KNOWN;
            if share {
                if let Some(&(f, i)) = self.kept.word_ids.get(info.known as usize) {
                    if i != 0 && f == flags {
                        self.word_slot[w] = i;
                        return i;
                    }
                }
            }
            let mut acc: Scores = [[0; LANES]; OFFSETS];
            let model = self.model;
            features::spelling_features(t.text(text), flags, &mut |tpl, v| {
                model.add(key_of(tpl, v), &mut acc);
            });
            features::bit_features(flags, info.class, |i| model.add_bit(i, &mut acc));
            let kept = &mut self.kept;
            let known = info.known as usize;
            let free = kept.word_ids.get(known).is_none_or(|&(_, i)| i == 0);
            self.word_slot[w] = if share && free && kept.word_scores.len() < KEPT_WORDS {
                kept.word_scores.push(acc);
                let i = kept.word_scores.len() as u32;
                if kept.word_ids.len() <= known {
                    kept.word_ids.resize(known + 1, (0, 0));
                }
                kept.word_ids[known] = (flags, i);
                i
            } else {
                self.local_scores.push(acc);
                self.local_scores.len() as u32 | LOCAL
            };
        }
        self.word_slot[w]
    }

    /// Tags region `r`: writes one tag per token to `out`.
    pub(crate) fn decode(
        &mut self,
        seg: &Segments,
        text: &str,
        prepared: &Prepared,
        r: Region,
        out: &mut Vec<u8>,
    ) {
        let n = seg.tokens.len();
        let lo = r.start.saturating_sub(WINDOW);
        let hi = (r.end + WINDOW).min(n);
        // Taken out while the scorer fills its caches, and put back for the next region.
        let mut token_features = std::mem::take(&mut self.features);
        prepared.features_into(seg, lo..hi, &mut token_features);
        // Emission of position i: the rows of tokens i - 2 ..= i + 2 at their relative position;
        // each token adds its rows to the positions it scores.
        let len = r.end - r.start;
        self.emissions.clear();
        self.emissions.resize(len, [0i32; LANES]);
        for (j, (t, &f)) in (lo..hi).zip(seg.tokens[lo..hi].iter().zip(token_features.iter())) {
            let w = self.word(seg, text, t);
            let k = self.token(f);
            let word = if w & LOCAL == 0 {
                &self.kept.word_scores[w as usize - 1]
            } else {
                &self.local_scores[(w & !LOCAL) as usize - 1]
            };
            let kept = &self.kept;
            let token = &kept.token_scores[k];
            let pos = &kept.pos_scores[(f.pos as usize).min(kept.pos_scores.len() - 1)];
            // Token j scores position i = j + WINDOW - p with its row p.
            let p_lo = (j + WINDOW + 1).saturating_sub(r.end);
            let p_hi = (j + WINDOW + 1 - r.start).min(OFFSETS);
            for p in p_lo..p_hi {
                let (wp, tp, pp) = (&word[p], &token[p], &pos[p]);
                // Summed into a local first: the compiler cannot tell the emissions from the
                // rows (all reached through `self`), and adds lane by lane otherwise, not 16 at once.
                // The three rows are added as i16 and widened once (not each row): exact, as no
                // sum of them leaves the i16 range ([`ROW_SUM_BOUND`]).
                let mut sum = [0i16; LANES];
                for (l, s) in sum.iter_mut().enumerate() {
                    *s = wp[l].wrapping_add(tp[l]).wrapping_add(pp[l]);
                }
                let e = &mut self.emissions[j + WINDOW - p - r.start];
                for (a, s) in e.iter_mut().zip(sum) {
                    *a += i32::from(s);
                }
            }
        }
        for (i, e) in (r.start..r.end).zip(self.emissions.iter_mut()) {
            if !prepared.candidate.get(i) {
                forbid_edges(e);
            }
        }
        viterbi(&self.emissions, &self.kept.transitions, &mut self.back, out);
        // The rules' own reading of the region stands unless the model's is better by a margin.
        let rule_tags = token_features[r.start - lo..r.end - lo]
            .iter()
            .map(|f| f.rule_tag);
        self.rules.clear();
        self.rules
            .extend(rule_tags.map(|t| if (t as usize) < TAGS { t } else { 0 }));
        self.features = token_features;
        if self.rules.iter().all(|&t| t == 0) {
            return;
        }
        let best = path_score(&self.emissions, &self.kept.transitions, out);
        let rule = path_score(&self.emissions, &self.kept.transitions, &self.rules);
        if let (Some(best), Some(rule)) = (best, rule) {
            if best - rule < MARGIN {
                out.clear();
                out.extend_from_slice(&self.rules);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bilou_transitions() {
        let b_per = tag(0, 0);
        let i_per = tag(1, 0);
        let l_per = tag(2, 0);
        let u_org = tag(3, 1);
        let l_org = tag(2, 1);
        assert!(allowed(0, b_per) && allowed(0, u_org) && allowed(0, 0));
        assert!(!allowed(0, i_per) && !allowed(0, l_per));
        assert!(allowed(b_per, i_per) && allowed(b_per, l_per) && allowed(i_per, l_per));
        assert!(!allowed(b_per, 0) && !allowed(b_per, l_org) && !allowed(b_per, u_org));
        assert!(allowed(l_per, 0) && allowed(u_org, b_per));
        assert!(connector_tag(0) && connector_tag(i_per) && !connector_tag(b_per));
    }

    #[test]
    fn viterbi_takes_the_best_valid_path() {
        // Emissions favour B-PERSON then U-ORG, which BILOU forbids after B; L-PERSON must follow.
        let mut em = [[0i32; LANES]; 2];
        em[0][1] = 10;
        em[1][8] = 5;
        em[1][3] = 4;
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(&em, &constrained(|_, _| 0), &mut back, &mut out);
        assert_eq!(out, vec![1, 3]);
        // A connector (only O or I) in the middle of a name.
        let mut em = [[0i32; LANES]; 3];
        em[0][1] = 10;
        em[1][0] = 1;
        forbid_edges(&mut em[1]);
        em[2][3] = 10;
        viterbi(&em, &constrained(|_, _| 0), &mut back, &mut out);
        assert_eq!(out, vec![1, 2, 3]);
    }

    #[test]
    fn regions_join_connectors() {
        let text = "He met Mario J. Lucero of Heaven Sent Gaming, then the University of the \
                    West in Leeds on 3 May.";
        let seg = crate::segment::segment(text);
        let bits = WordBits::new(&seg.words);
        let mut candidate = crate::segment::Bits::new(seg.tokens.len());
        for i in 0..seg.tokens.len() {
            if is_candidate(&seg, text, &bits, false, i) {
                candidate.set(i);
            }
        }
        let mut rs = Vec::new();
        regions(text, &seg, &bits, &candidate, &mut rs);
        let spans: Vec<&str> = rs
            .iter()
            .map(|r| {
                seg.tokens[r.start]
                    .span()
                    .cover(seg.tokens[r.end - 1].span())
                    .text(text)
            })
            .collect();
        assert_eq!(
            spans,
            [
                "He",
                "Mario J. Lucero of Heaven Sent Gaming",
                "University of the West",
                "Leeds",
                "May"
            ]
        );
        // The words before a modifier are not a name.
        let text = "Velmora is a Hong Kong-based bank.";
        let seg = crate::segment::segment(text);
        let bits = WordBits::new(&seg.words);
        let mut candidate = crate::segment::Bits::new(seg.tokens.len());
        for i in 0..seg.tokens.len() {
            if is_candidate(&seg, text, &bits, false, i) {
                candidate.set(i);
            }
        }
        rs.clear();
        regions(text, &seg, &bits, &candidate, &mut rs);
        assert_eq!(rs, [Region { start: 0, end: 1 }]);
    }

    /// Viterbi as it was written first, one tag at a time over its allowed predecessors: the
    /// decoder that scores the starts side by side must give the same tags.
    fn viterbi_one_tag_at_a_time(
        emissions: &[[i32; LANES]],
        transitions: &[[i32; TAGS]; TAGS],
    ) -> Vec<u8> {
        let n = emissions.len();
        let mut back = vec![[0u8; TAGS]; n];
        let mut prev = [NEG; TAGS];
        for (t, p) in prev.iter_mut().enumerate() {
            *p = (emissions[0][t] + transitions[0][t]).max(NEG);
        }
        const CLOSED: [usize; 7] = [0, 3, 4, 7, 8, 11, 12];
        for (e, back_i) in emissions.iter().zip(back.iter_mut()).skip(1) {
            let mut cur = [NEG; TAGS];
            for t in 0..TAGS {
                let (part, kind) = if t == 0 { (0, 0) } else { split_tag(t as u8) };
                let b = 1 + 4 * kind as usize;
                let preds: &[usize] = if t == 0 || part == 0 || part == 3 {
                    &CLOSED
                } else {
                    &[b, b + 1]
                };
                let (mut best, mut arg) = (NEG, 0u8);
                for &p in preds {
                    let s = prev[p] + transitions[p][t];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                cur[t] = (best + e[t]).max(NEG);
                back_i[t] = arg;
            }
            prev = cur;
        }
        let (mut best, mut arg) = (i32::MIN, 0u8);
        for (t, &score) in prev.iter().enumerate() {
            let s = score + transitions[t][0];
            if s > best {
                best = s;
                arg = t as u8;
            }
        }
        let mut out = vec![0u8; n];
        let mut t = arg;
        for i in (0..n).rev() {
            out[i] = t;
            t = back[i][t as usize];
        }
        out
    }

    /// The side-by-side decoder gives the tags of the one-tag-at-a-time decoder, ties (small
    /// scores) and forbidden edges included.
    #[test]
    fn viterbi_scores_the_starts_side_by_side_as_one_at_a_time() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |range: i32| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % range as u64) as i32 - range / 2
        };
        for round in 0..400 {
            let range = if round % 2 == 0 { 4 } else { 200 };
            let weights: Vec<i32> = (0..TAGS * TAGS).map(|_| next(range)).collect();
            let transitions = constrained(|p, t| weights[p * TAGS + t]);
            let n = 2 + round % 7;
            let mut emissions = vec![[0i32; LANES]; n];
            for (i, e) in emissions.iter_mut().enumerate() {
                for x in e.iter_mut() {
                    *x = next(range);
                }
                if round % 3 == 0 && i % 2 == 1 {
                    forbid_edges(e);
                }
            }
            let (mut back, mut out) = (Vec::new(), Vec::new());
            viterbi(&emissions, &transitions, &mut back, &mut out);
            assert_eq!(
                out,
                viterbi_one_tag_at_a_time(&emissions, &transitions),
                "round {round}"
            );
        }
    }

    /// The names the shipped model tags in `text`, with its tokens tagged as the pipeline tags
    /// them.
    fn model_names(text: &str) -> Vec<crate::mentions::tagger::Span> {
        let mut seg = crate::segment::segment(text);
        crate::pos::tag(text, &mut seg);
        let rules = crate::mentions::find_by_rules(text, &seg);
        let prepared = crate::mentions::tagger::prepare(text, &seg, &rules);
        crate::mentions::tagger::tag(text, &seg, &prepared, &crate::mentions::tagger::shipped())
    }

    /// A text's names are the same on a fresh thread and after other texts on the same thread,
    /// whose word sums (by the word's index in the thread's cache of words) the
    /// thread keeps: the same words, some in other places and cases, and a longer text first.
    #[test]
    fn a_text_tags_the_same_after_other_texts() {
        let first = "Mr Brell Vosk of Quarnby Holdings met Ilse Tandor and Oskar Fenwright in \
                     Lake Gruxley on Tuesday, where Harlan Pike of the Vellmoor Trust spoke.";
        let second = "VOSK met Tandor. Quarnby Holdings said Brell Vosk left Gruxley.";
        let fresh = std::thread::spawn(move || model_names(second))
            .join()
            .unwrap();
        let after = std::thread::spawn(move || {
            model_names(first);
            model_names(second)
        })
        .join()
        .unwrap();
        assert!(!fresh.is_empty());
        assert_eq!(fresh, after);
    }

    /// [`ROW_SUM_KEYS`] counts every key whose rows one position sums, for the word with the
    /// most features (capitalised and common: its identity and affixes; every lexicon and class
    /// bit) and the token with the most (a rule's tag and source, both flags): the i16 sum of a
    /// position's three rows in [`Scorer::decode`] is then exact.
    #[test]
    fn row_sum_keys_counts_every_key_a_position_sums() {
        let mut keys = 0;
        let mut count = |_: &'static str, _: &[u8]| keys += 1;
        features::spelling_features("Quarnbyville", u32::MAX, &mut count);
        let mut bits = 0;
        features::bit_features(u32::MAX, u64::MAX, |_| bits += 1);
        let most = TokenFeatures {
            rule_tag: 1,
            rule: 1,
            flags: features::SENTENCE_START | features::HEADLINE,
            pos: 0,
        };
        features::rule_features(most, &mut count);
        features::pos_feature(most.pos, &mut count);
        assert!(keys + bits <= ROW_SUM_KEYS, "{} keys", keys + bits);
        // At the bound, three rows summed as i16 and widened are their sum as i32.
        let row = (ROW_SUM_BOUND / 3) as i16;
        let sum = row.wrapping_add(row).wrapping_add(row);
        assert_eq!(i32::from(sum), 3 * i32::from(row));
    }
}
