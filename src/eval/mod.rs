//! Scoring against gold data (feature `cli`): the project's gold format and PolNeAR.
//!
//! * [`corpus`]: `NAME.txt` + `NAME.gold.json` pairs, scored as `../shared/corpus/README.md` says.
//! * [`polnear`]: quoted speech of a PolNeAR split, scored as its README says.
//! * [`gender`]: the gender of the sources against `DIR/speaker_gender.tsv`, a hand annotation of
//!   the speakers' gender as each text states it.
//! * [`pos`]: part-of-speech tags against CoNLL-U files with gold Penn Treebank tags.
//!
//! Both share the text normalisation and the speaker rule defined here.

pub mod corpus;
pub mod gender;
pub mod polnear;
pub mod pos;

use std::fmt;

use crate::analysis::{Analysis, Quote, QuoteKind};

/// Counts of one scored part.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and right.
    pub true_positives: usize,
    /// Predicted.
    pub predicted: usize,
    /// In the gold data.
    pub gold: usize,
}

impl Counts {
    /// Precision, 1.0 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }

    /// Recall, 1.0 when there was nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another document's counts.
    pub fn add(&mut self, other: Counts) {
        self.true_positives += other.true_positives;
        self.predicted += other.predicted;
        self.gold += other.gold;
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "P {:.3}  R {:.3}  F1 {:.3}  ({} right, {} predicted, {} gold)",
            self.precision(),
            self.recall(),
            self.f1(),
            self.true_positives,
            self.predicted,
            self.gold
        )
    }
}

/// Quotation marks removed before comparing quote texts.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '`' | '‹' | '›'
    )
}

/// A quote's text as compared: marks, surrounding white space and trailing punctuation removed,
/// white space folded, lower case.
pub fn normalize_quote(text: &str) -> String {
    let trimmed = text.trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace());
    let trimmed = trimmed.trim_end_matches(|c: char| {
        c.is_ascii_punctuation() || is_quote_mark(c) || c == '…' || c == '—' || c.is_whitespace()
    });
    let trimmed = trimmed.trim_start_matches(|c: char| is_quote_mark(c) || c.is_whitespace());
    let mut out = String::with_capacity(trimmed.len());
    for word in trimmed.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// Folds white space and case, for comparing names.
pub fn normalize_name(text: &str) -> String {
    normalize_quote(text)
}

/// The texts a predicted speaker may be judged by: as written, its resolved name, its entity's name.
pub fn speaker_names(analysis: &Analysis, text: &str, quote: &Quote) -> Vec<String> {
    let Some(speaker) = &quote.speaker else {
        return Vec::new();
    };
    let mut names = vec![
        normalize_name(speaker.span.text(text)),
        normalize_name(&speaker.name),
    ];
    if let Some(entity) = speaker
        .entity
        .and_then(|e| analysis.entities.get(e as usize))
    {
        names.push(normalize_name(&entity.name));
    }
    names.retain(|n| !n.is_empty());
    names.dedup();
    names
}

/// The speaker rule both gold formats share: a predicted name is right when it equals or
/// contains the gold name, or is contained in it and ends with the same word (a surname alone).
pub fn speaker_matches(predicted: &str, gold: &str) -> bool {
    if predicted.is_empty() || gold.is_empty() {
        return false;
    }
    if contains_words(predicted, gold) {
        return true;
    }
    let last = |s: &str| s.rsplit(' ').next().map(str::to_string).unwrap_or_default();
    contains_words(gold, predicted) && last(gold) == last(predicted)
}

/// Whether `hay` contains `needle` on word boundaries.
pub(crate) fn contains_words(hay: &str, needle: &str) -> bool {
    hay.match_indices(needle).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

/// The predicted quotes that are scored (direct and partial), each with its normalised text, in
/// text order.
pub fn scored_quotes<'a>(analysis: &'a Analysis, text: &str) -> Vec<(String, &'a Quote)> {
    analysis
        .quotes
        .iter()
        .filter(|q| is_scored_kind(q))
        .map(|q| (normalize_quote(q.span.text(text)), q))
        .collect()
}

/// Whether a predicted quote is scored as quoted speech (direct or partial).
pub fn is_scored_kind(quote: &Quote) -> bool {
    matches!(quote.kind, QuoteKind::Direct | QuoteKind::Partial)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_marks_punctuation_and_case() {
        assert_eq!(
            normalize_quote("“The clock has nearly run out.”"),
            "the clock has nearly run out"
        );
        assert_eq!(normalize_quote(" 'We came,'  "), "we came");
    }

    #[test]
    fn surname_alone_is_a_right_speaker() {
        assert!(speaker_matches("barshefsky", "charlene barshefsky"));
        assert!(speaker_matches("the source", "source"));
        assert!(!speaker_matches("charlene", "charlene barshefsky"));
        assert!(!speaker_matches("sources close", "source"));
    }

    #[test]
    fn counts_give_precision_recall_f1() {
        let c = Counts {
            true_positives: 3,
            predicted: 4,
            gold: 6,
        };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.5).abs() < 1e-9);
        assert!((c.f1() - 0.6).abs() < 1e-9);
    }
}
