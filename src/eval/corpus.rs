//! Scores `NAME.txt` + `NAME.gold.json` pairs as `../shared/corpus/README.md` describes.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde::Deserialize;

use super::{normalize_quote, scored_quotes, speaker_matches, speaker_names, Counts};
use crate::analysis::{Analysis, EntityType};
use crate::pipeline::{analyze, Options};

/// One gold-annotated document.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct Gold {
    /// Quotations with their speakers.
    pub quotes: Vec<GoldQuote>,
    /// Quoted text that is not speech; predicting it costs nothing.
    pub ignore_quotes: Vec<String>,
    /// Distinct texts per type.
    pub entities: BTreeMap<String, Vec<String>>,
    /// Texts where several answers are defensible; predicting them costs nothing.
    pub optional_entities: Vec<String>,
}

/// One gold quotation.
#[derive(Debug, Deserialize, Default)]
#[serde(default)]
pub struct GoldQuote {
    /// The quoted words, without the outer marks.
    pub text: String,
    /// Names that count as right.
    pub speaker: Vec<String>,
    /// `direct` or `partial`.
    pub kind: String,
}

/// Scores of one document or a whole directory.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Quotes found (direct and partial).
    pub quotes: Counts,
    /// Quotes found with the right speaker.
    pub attributed: Counts,
    /// Matched quotes whose speaker is right (`true_positives`) out of matched quotes (`gold`).
    pub speaker: Counts,
    /// Matched quotes whose kind is right, out of matched quotes.
    pub kind: Counts,
    /// Entities, all types.
    pub entities: Counts,
    /// Entities per type.
    pub entities_by_type: BTreeMap<&'static str, Counts>,
    /// Human-readable lines about misses, for `--verbose`.
    pub misses: Vec<String>,
}

impl Scores {
    /// Adds another document's scores.
    pub fn add(&mut self, other: Scores) {
        self.quotes.add(other.quotes);
        self.attributed.add(other.attributed);
        self.speaker.add(other.speaker);
        self.kind.add(other.kind);
        self.entities.add(other.entities);
        for (kind, counts) in other.entities_by_type {
            self.entities_by_type.entry(kind).or_default().add(counts);
        }
        self.misses.extend(other.misses);
    }
}

/// Scores one document's analysis against its gold annotation.
pub fn score_document(name: &str, text: &str, analysis: &Analysis, gold: &Gold) -> Scores {
    let mut scores = Scores::default();
    score_quotes(name, text, analysis, gold, &mut scores);
    score_entities(name, text, analysis, gold, &mut scores);
    scores
}

fn score_quotes(name: &str, text: &str, analysis: &Analysis, gold: &Gold, scores: &mut Scores) {
    let ignored: BTreeSet<String> = gold
        .ignore_quotes
        .iter()
        .map(|q| normalize_quote(q))
        .collect();
    let predicted = scored_quotes(analysis, text);
    let mut used = vec![false; predicted.len()];
    let mut predicted_count = 0;
    for (norm, _) in &predicted {
        if !ignored.contains(norm) {
            predicted_count += 1;
        }
    }
    let mut quotes = Counts {
        predicted: predicted_count,
        gold: gold.quotes.len(),
        ..Counts::default()
    };
    let mut attributed = Counts {
        predicted: predicted_count,
        gold: gold.quotes.len(),
        ..Counts::default()
    };
    for g in &gold.quotes {
        let want = normalize_quote(&g.text);
        let found = predicted
            .iter()
            .enumerate()
            .position(|(i, (norm, _))| !used[i] && *norm == want);
        let Some(i) = found else {
            scores
                .misses
                .push(format!("{name}: missed quote “{}”", g.text));
            continue;
        };
        used[i] = true;
        quotes.true_positives += 1;
        let quote = predicted[i].1;
        let names = speaker_names(analysis, text, quote);
        let right = g.speaker.iter().any(|gs| {
            let gs = super::normalize_name(gs);
            names.iter().any(|n| speaker_matches(n, &gs))
        });
        scores.speaker.gold += 1;
        scores.speaker.predicted += 1;
        scores.kind.gold += 1;
        scores.kind.predicted += 1;
        if quote.kind.name() == g.kind {
            scores.kind.true_positives += 1;
        } else {
            scores.misses.push(format!(
                "{name}: kind {} for “{}” (gold {})",
                quote.kind.name(),
                g.text,
                g.kind
            ));
        }
        if right {
            attributed.true_positives += 1;
            scores.speaker.true_positives += 1;
        } else {
            scores.misses.push(format!(
                "{name}: speaker {names:?} for “{}” (gold {:?})",
                g.text, g.speaker
            ));
        }
    }
    for (i, (norm, q)) in predicted.iter().enumerate() {
        if !used[i] && !ignored.contains(norm) {
            scores.misses.push(format!(
                "{name}: extra quote {} “{}”",
                q.kind.name(),
                q.span.text(text)
            ));
        }
    }
    scores.quotes = quotes;
    scores.attributed = attributed;
}

fn score_entities(name: &str, text: &str, analysis: &Analysis, gold: &Gold, scores: &mut Scores) {
    let optional: BTreeSet<&str> = gold.optional_entities.iter().map(String::as_str).collect();
    let mut gold_pairs: BTreeSet<(&str, &str)> = BTreeSet::new();
    for (kind, texts) in &gold.entities {
        for t in texts {
            gold_pairs.insert((kind.as_str(), t.as_str()));
        }
    }
    let predicted: BTreeSet<(&'static str, &str)> = analysis
        .mentions
        .iter()
        .map(|m| (m.kind.name(), m.span.text(text)))
        .filter(|(_, t)| !optional.contains(t))
        .collect();
    for kind in EntityType::ALL {
        let k = kind.name();
        let mut counts = Counts::default();
        for (pk, pt) in &predicted {
            if *pk != k {
                continue;
            }
            counts.predicted += 1;
            if gold_pairs.contains(&(k, pt)) {
                counts.true_positives += 1;
            } else {
                scores.misses.push(format!("{name}: extra {k} “{pt}”"));
            }
        }
        for (gk, gt) in &gold_pairs {
            if *gk == k {
                counts.gold += 1;
                if !predicted.contains(&(k, gt)) {
                    scores.misses.push(format!("{name}: missed {k} “{gt}”"));
                }
            }
        }
        if counts.gold + counts.predicted > 0 {
            scores.entities.add(counts);
            scores.entities_by_type.insert(k, counts);
        }
    }
}

/// Scores every `NAME.txt` with a `NAME.gold.json` beside it in `dir`.
///
/// # Errors
/// A message when the directory, a text or a gold file cannot be read or parsed, or holds no pairs.
pub fn score_dir(dir: &Path) -> Result<Scores, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut names: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt") && p.with_extension("gold.json").is_file()
        })
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!(
            "no NAME.txt with NAME.gold.json in {}",
            dir.display()
        ));
    }
    let mut total = Scores::default();
    for path in names {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let gold_path = path.with_extension("gold.json");
        let gold_text = std::fs::read_to_string(&gold_path)
            .map_err(|e| format!("cannot read {}: {e}", gold_path.display()))?;
        let gold: Gold = serde_json::from_str(&gold_text)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let analysis = analyze(&text, &Options::default());
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("?");
        total.add(score_document(name, &text, &analysis, &gold));
    }
    Ok(total)
}
