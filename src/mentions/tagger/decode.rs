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
use crate::segment::{Segments, Token, TokenKind, CAPITALIZED, SPACE_BEFORE};

/// A stretch of tokens the model decides: `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// Whether token `t` can be part of a name: a word with a capital letter.
#[inline]
pub(crate) fn is_candidate(t: &Token, text: &str) -> bool {
    t.kind == TokenKind::Word
        && (t.has(CAPITALIZED) || t.text(text).chars().any(char::is_uppercase))
        && !crate::mentions::is_modifier_compound(t.text(text))
}

/// Whether token `i` may join two parts of a name.
fn is_connector(seg: &Segments, text: &str, i: usize) -> bool {
    let t = &seg.tokens[i];
    let w = t.text(text);
    match t.kind {
        TokenKind::Word => matches!(
            w,
            "of" | "the"
                | "and"
                | "for"
                | "on"
                | "de"
                | "da"
                | "do"
                | "dos"
                | "das"
                | "del"
                | "della"
                | "di"
                | "du"
                | "la"
                | "le"
                | "van"
                | "von"
                | "der"
                | "den"
                | "bin"
                | "ibn"
                | "al"
                | "el"
                | "y"
                | "zu"
                | "upon"
                | "'s"
                | "’s"
        ),
        TokenKind::Punct => {
            // "&", a spaced hyphen ("American - Islamic"), the period of an initial ("J.").
            w == "&" || w == "-" || (w == "." && !t.has(SPACE_BEFORE))
        }
        TokenKind::Number => false,
    }
}

/// Most connectors in a row inside a region ("Bank of the West").
const MAX_CONNECTORS: usize = 2;

/// The regions of the text, in order. `numeric[i]` marks tokens in the rules' dates, times,
/// amounts and numbers, which no region holds.
pub(crate) fn regions(text: &str, seg: &Segments, numeric: &[bool], out: &mut Vec<Region>) {
    for s in &seg.sentences {
        let end = s.end_token as usize;
        let mut i = s.first_token as usize;
        while i < end {
            if numeric[i] || !is_candidate(&seg.tokens[i], text) {
                i += 1;
                continue;
            }
            let start = i;
            let mut last = i; // last candidate
            let mut j = i + 1;
            while j < end {
                if !numeric[j] && is_candidate(&seg.tokens[j], text) {
                    last = j;
                    j += 1;
                    continue;
                }
                // Connectors, then a candidate.
                let mut k = j;
                while k < end && k - j < MAX_CONNECTORS && !numeric[k] && is_connector(seg, text, k)
                {
                    k += 1;
                }
                if k > j && k < end && !numeric[k] && is_candidate(&seg.tokens[k], text) {
                    j = k;
                    continue;
                }
                break;
            }
            // "Hong Kong-based": the words before a modifier are not a name.
            let modifier = seg
                .tokens
                .get(last + 1)
                .is_some_and(|t| crate::mentions::is_modifier_compound(t.text(text)));
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

/// Whether token `i` is a connector inside its region (it may not begin or end a name).
pub(crate) fn inner_connector(seg: &Segments, text: &str, i: usize) -> bool {
    !is_candidate(&seg.tokens[i], text)
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

const NEG: i64 = i64::MIN / 4;

/// How much better (in quantised weight units) the model's reading of a stretch must score than
/// the rules' before it replaces theirs, where the rules found a name. Chosen by cross-validation
/// on GUM: up to about 120 the held-out scores do not move, so the rules (written for news) keep
/// their reading unless the model is clearly surer.
pub(crate) const MARGIN: i64 = 60;

/// The best tag sequence of `n` positions: `emission(i, t)` scores tag `t` at position `i`,
/// `transition(from, to)` a pair of tags (from and to `O` outside the sequence), `fixed(i)` says
/// whether position `i` is a connector. Writes the tags to `out`; `back` is scratch space.
pub(crate) fn viterbi(
    n: usize,
    emission: impl Fn(usize, usize) -> i64,
    transition: impl Fn(usize, usize) -> i64,
    connector: impl Fn(usize) -> bool,
    back: &mut Vec<[u8; TAGS]>,
    out: &mut Vec<u8>,
) {
    out.clear();
    if n == 0 {
        return;
    }
    back.clear();
    back.resize(n, [0; TAGS]);
    let mut prev = [NEG; TAGS];
    let mut cur = [NEG; TAGS];
    for (t, p) in prev.iter_mut().enumerate() {
        let ok = allowed(0, t as u8) && (!connector(0) || connector_tag(t as u8));
        if ok {
            *p = emission(0, t) + transition(0, t);
        }
    }
    for (i, back_i) in back.iter_mut().enumerate().skip(1) {
        let conn = connector(i);
        for (t, cur_t) in cur.iter_mut().enumerate() {
            *cur_t = NEG;
            if conn && !connector_tag(t as u8) {
                continue;
            }
            let mut best = NEG;
            let mut arg = 0u8;
            for (p, &score) in prev.iter().enumerate() {
                if score == NEG || !allowed(p as u8, t as u8) {
                    continue;
                }
                let s = score + transition(p, t);
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            if best != NEG {
                *cur_t = best + emission(i, t);
                back_i[t] = arg;
            }
        }
        prev = cur;
    }
    // End: the last tag must close (O, L or U), then O.
    let mut best = NEG;
    let mut arg = 0u8;
    for (t, &score) in prev.iter().enumerate() {
        if score == NEG || !allowed(t as u8, 0) {
            continue;
        }
        let s = score + transition(t, 0);
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

/// Scores regions of one text with a quantised model.
pub(crate) struct Scorer<'m> {
    model: Model<'m>,
    /// Per distinct word: index into `word_scores` + 1, or 0 when not yet summed.
    word_slot: Vec<u32>,
    word_scores: Vec<Scores>,
    /// Per combination of token features (see [`combination`]): index into `token_scores` + 1,
    /// or 0 when not yet summed.
    token_slot: Vec<u16>,
    token_scores: Vec<Scores>,
    /// Per token of the current window: its scores.
    tokens: Vec<Scores>,
    emissions: Vec<[i32; LANES]>,
    back: Vec<[u8; TAGS]>,
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

fn key_of(template: &str, value: &[u8]) -> u32 {
    super::hash::feature_hash_feed(
        super::hash::feature_hash_feed(super::hash::FEATURE_HASH_START, template.as_bytes()),
        value,
    )
}

impl<'m> Scorer<'m> {
    /// A scorer for a text with `words` distinct words.
    pub(crate) fn new(model: Model<'m>, words: usize) -> Scorer<'m> {
        Scorer {
            model,
            word_slot: vec![0; words],
            word_scores: Vec::new(),
            token_slot: vec![0; COMBINATIONS],
            token_scores: Vec::new(),
            tokens: Vec::new(),
            emissions: Vec::new(),
            back: Vec::new(),
        }
    }

    /// The summed rows of the token features `f`.
    fn token(&mut self, f: TokenFeatures) -> usize {
        let c = combination(f);
        if self.token_slot[c] == 0 {
            let mut acc: Scores = [[0; LANES]; OFFSETS];
            let model = self.model;
            features::token_features(f, &mut |tpl, v| {
                model.add(key_of(tpl, v), &mut acc);
            });
            self.token_scores.push(acc);
            self.token_slot[c] = self.token_scores.len() as u16;
        }
        self.token_slot[c] as usize - 1
    }

    /// The summed rows of the word features of token `t`.
    fn word(&mut self, seg: &Segments, text: &str, t: &Token) -> usize {
        let w = t.word as usize;
        if self.word_slot[w] == 0 {
            let info = seg.words.of(t);
            let mut acc: Scores = [[0; LANES]; OFFSETS];
            let model = self.model;
            let flags = features::lexicon_flags(info.lex, t.has(crate::segment::ALL_CAPS));
            features::word_features(t.text(text), flags, info.class, &mut |tpl, v| {
                model.add(key_of(tpl, v), &mut acc);
            });
            self.word_scores.push(acc);
            self.word_slot[w] = self.word_scores.len() as u32;
        }
        self.word_slot[w] as usize - 1
    }

    /// Tags region `r`: writes one tag per token to `out`.
    pub(crate) fn decode(
        &mut self,
        seg: &Segments,
        text: &str,
        token_features: &[TokenFeatures],
        r: Region,
        out: &mut Vec<u8>,
    ) {
        let n = seg.tokens.len();
        let lo = r.start.saturating_sub(WINDOW);
        let hi = (r.end + WINDOW).min(n);
        self.tokens.clear();
        for (t, &f) in seg.tokens[lo..hi].iter().zip(&token_features[lo..hi]) {
            let w = self.word(seg, text, t);
            let k = self.token(f);
            let mut acc = self.word_scores[w];
            for (a, b) in acc.iter_mut().zip(&self.token_scores[k]) {
                for (x, &y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
            self.tokens.push(acc);
        }
        // Emission of position i: the rows of tokens i - 2 ..= i + 2 at their relative position.
        self.emissions.clear();
        for i in r.start..r.end {
            let mut e = [0i32; LANES];
            for (p, j) in (i as isize - WINDOW as isize..=i as isize + WINDOW as isize).enumerate()
            {
                if j < lo as isize || j >= hi as isize {
                    continue;
                }
                let row = &self.tokens[j as usize - lo][p];
                for (x, &y) in e.iter_mut().zip(row) {
                    *x += i32::from(y);
                }
            }
            self.emissions.push(e);
        }
        let emissions = &self.emissions;
        let model = self.model;
        let connector = |i: usize| inner_connector(seg, text, r.start + i);
        viterbi(
            r.end - r.start,
            |i, t| i64::from(emissions[i][t]),
            |p, t| i64::from(model.transition(p, t)),
            connector,
            &mut self.back,
            out,
        );
        // The rules' own reading of the region stands unless the model's is better by a margin.
        let margin = MARGIN;
        let rules_found = (r.start..r.end).any(|j| {
            let t = token_features[j].rule_tag;
            t != 0 && (t as usize) < TAGS
        });
        if margin > 0 && rules_found {
            let rules: Vec<u8> = (r.start..r.end)
                .map(|j| {
                    let t = token_features[j].rule_tag;
                    if (t as usize) < TAGS {
                        t
                    } else {
                        0
                    }
                })
                .collect();
            let score = |tags: &[u8]| -> Option<i64> {
                let mut s = 0i64;
                let mut prev = 0u8;
                for (i, &t) in tags.iter().enumerate() {
                    if !allowed(prev, t) || (connector(i) && !connector_tag(t)) {
                        return None;
                    }
                    s += i64::from(emissions[i][t as usize])
                        + i64::from(model.transition(prev as usize, t as usize));
                    prev = t;
                }
                if !allowed(prev, 0) {
                    return None;
                }
                Some(s + i64::from(model.transition(prev as usize, 0)))
            };
            if let (Some(best), Some(rule)) = (score(out), score(&rules)) {
                if best - rule < margin {
                    out.clear();
                    out.extend_from_slice(&rules);
                }
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
        let em = |i: usize, t: usize| match (i, t) {
            (0, 1) => 10,
            (1, 8) => 5,
            (1, 3) => 4,
            _ => 0,
        };
        let (mut back, mut out) = (Vec::new(), Vec::new());
        viterbi(2, em, |_, _| 0, |_| false, &mut back, &mut out);
        assert_eq!(out, vec![1, 3]);
    }

    #[test]
    fn regions_join_connectors() {
        let text = "He met Mario J. Lucero of Heaven Sent Gaming, then the University of the \
                    West in Leeds on 3 May.";
        let seg = crate::segment::segment(text);
        let numeric = vec![false; seg.tokens.len()];
        let mut rs = Vec::new();
        regions(text, &seg, &numeric, &mut rs);
        let spans: Vec<&str> = rs
            .iter()
            .map(|r| {
                seg.tokens[r.start]
                    .span
                    .cover(seg.tokens[r.end - 1].span)
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
    }
}
