//! Scores `sources[].gender` against a hand annotation of the quoted speakers' gender as each text
//! states it: `DIR/speaker_gender.tsv` (`file`, `speaker`, `female` | `male` | `-`, `evidence`;
//! `#` starts a comment line).
//!
//! Each source found in an annotated file is matched to the annotated speaker whose name it
//! matches by the speaker rule of [`super::speaker_matches`]; sources that match no annotated
//! speaker are not scored. Of the matched sources:
//!
//! * **precision**: right genders out of genders given where the text decides: on speakers the
//!   text genders, every gender given; on speakers it does not (`-`), every gender given on the
//!   basis of a pronoun or an honorific (the tool says the text states one, and it does not).
//!   A given-name guess on a `-` speaker is neither right nor wrong (the text cannot tell), and is
//!   counted apart.
//! * **coverage**: genders given out of matched sources the text genders.
//!
//! Both are also given without given-name guesses (the page's switch).

use std::collections::BTreeMap;
use std::path::Path;

use super::{normalize_name, speaker_matches};
use crate::analysis::{Gender, GenderBasis};
use crate::pipeline::{analyze, Options};

/// The annotation file's name inside an evaluation directory.
pub const ANNOTATION: &str = "speaker_gender.tsv";

/// One annotated speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Annotated {
    /// The document (file stem).
    pub file: String,
    /// The speaker's name.
    pub speaker: String,
    /// The gender the text states, if any.
    pub gender: Option<Gender>,
}

/// Counts of one way of reading the predictions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenderCounts {
    /// Genders given that agree with the annotation.
    pub right: usize,
    /// Genders given where the text decides (see the module docs).
    pub judged: usize,
    /// Genders given on matched sources the text genders.
    pub given: usize,
    /// Matched sources the text genders.
    pub stated: usize,
}

impl GenderCounts {
    /// Right out of judged; 1.0 when nothing was judged.
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.judged)
    }

    /// Given out of stated; 1.0 when the text genders no matched source.
    pub fn coverage(&self) -> f64 {
        ratio(self.given, self.stated)
    }
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// Scores of a directory.
#[derive(Clone, Debug, Default)]
pub struct GenderScores {
    /// Annotated speakers.
    pub annotated: usize,
    /// Sources that match an annotated speaker.
    pub matched: usize,
    /// Every basis counted.
    pub all: GenderCounts,
    /// Pronoun and honorific only (given-name guesses left out).
    pub text_only: GenderCounts,
    /// Given-name guesses on speakers the text does not gender: neither right nor wrong.
    pub unverifiable: usize,
    /// Right and judged per basis.
    pub by_basis: BTreeMap<&'static str, (usize, usize)>,
    /// One line per wrong or unverifiable gender and per stated gender not found, for `--verbose`.
    pub misses: Vec<String>,
}

/// Reads an annotation file's text.
///
/// # Errors
/// A message naming the line that is not `file<TAB>speaker<TAB>female|male|-<TAB>evidence`.
pub fn parse_annotation(text: &str) -> Result<Vec<Annotated>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [file, speaker, gender, _evidence] = fields.as_slice() else {
            return Err(format!(
                "line {}: expected 4 tab-separated fields, found {}",
                i + 1,
                fields.len()
            ));
        };
        let gender = match *gender {
            "female" => Some(Gender::Female),
            "male" => Some(Gender::Male),
            "-" => None,
            other => {
                return Err(format!(
                    "line {}: gender {other:?}: expected female, male or -",
                    i + 1
                ))
            }
        };
        out.push(Annotated {
            file: file.to_string(),
            speaker: speaker.to_string(),
            gender,
        });
    }
    Ok(out)
}

/// Scores the genders of the sources found in `dir`'s annotated files, or `None` when `dir` has
/// no [`ANNOTATION`] file.
///
/// # Errors
/// A message when the annotation or a text it names cannot be read or parsed.
pub fn score_dir(dir: &Path) -> Result<Option<GenderScores>, String> {
    let path = dir.join(ANNOTATION);
    if !path.is_file() {
        return Ok(None);
    }
    let annotation = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let annotated =
        parse_annotation(&annotation).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut by_file: BTreeMap<&str, Vec<&Annotated>> = BTreeMap::new();
    for a in &annotated {
        by_file.entry(a.file.as_str()).or_default().push(a);
    }
    let mut scores = GenderScores {
        annotated: annotated.len(),
        ..GenderScores::default()
    };
    for (file, speakers) in by_file {
        let text_path = dir.join(format!("{file}.txt"));
        let text = std::fs::read_to_string(&text_path)
            .map_err(|e| format!("cannot read {}: {e}", text_path.display()))?;
        score_document(file, &text, &speakers, &mut scores);
    }
    Ok(Some(scores))
}

/// Adds one document's sources to `scores`.
pub fn score_document(file: &str, text: &str, speakers: &[&Annotated], scores: &mut GenderScores) {
    let analysis = analyze(text, &Options::default());
    for source in &analysis.sources {
        let name = normalize_name(&source.name);
        let Some(gold) = speakers
            .iter()
            .find(|a| speaker_matches(&name, &normalize_name(&a.speaker)))
        else {
            continue;
        };
        scores.matched += 1;
        let predicted = source.gender.zip(source.gender_basis);
        let text_based = predicted.filter(|(_, b)| *b != GenderBasis::GivenName);
        let show = |g: Option<(Gender, GenderBasis)>| {
            g.map_or("none".to_string(), |(g, b)| {
                format!("{} ({})", g.name(), b.name())
            })
        };
        match gold.gender {
            Some(want) => {
                for (counts, prediction) in [
                    (&mut scores.all, predicted),
                    (&mut scores.text_only, text_based),
                ] {
                    counts.stated += 1;
                    if let Some((got, _)) = prediction {
                        counts.given += 1;
                        counts.judged += 1;
                        counts.right += usize::from(got == want);
                    }
                }
                if let Some((got, basis)) = predicted {
                    let entry = scores.by_basis.entry(basis.name()).or_default();
                    entry.0 += usize::from(got == want);
                    entry.1 += 1;
                }
                if predicted.is_none_or(|(got, _)| got != want) {
                    scores.misses.push(format!(
                        "{file}: {}: {} for a speaker the text calls {}",
                        source.name,
                        show(predicted),
                        want.name()
                    ));
                }
            }
            None => match predicted {
                Some((_, GenderBasis::GivenName)) => {
                    scores.unverifiable += 1;
                    scores.misses.push(format!(
                        "{file}: {}: {} where the text states none (not judged)",
                        source.name,
                        show(predicted)
                    ));
                }
                Some((_, basis)) => {
                    scores.all.judged += 1;
                    scores.text_only.judged += 1;
                    scores.by_basis.entry(basis.name()).or_default().1 += 1;
                    scores.misses.push(format!(
                        "{file}: {}: {} where the text states none",
                        source.name,
                        show(predicted)
                    ));
                }
                None => {}
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_lines_parse_and_bad_ones_are_named() {
        let text = "# comment\ngum-a\tJane Doe\tfemale\t\"she said\"\ngum-a\tKCNA\t-\tan agency\n";
        let parsed = parse_annotation(text).unwrap();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].gender, Some(Gender::Female));
        assert_eq!(parsed[1].gender, None);
        assert!(parse_annotation("gum-a\tJane\tfemale\n")
            .unwrap_err()
            .contains("line 1"));
        assert!(parse_annotation("gum-a\tJane\twoman\tx\n")
            .unwrap_err()
            .contains("woman"));
    }

    #[test]
    fn a_text_gender_where_the_text_has_none_counts_as_wrong() {
        let text = "“We did it,” said Ms. Taylor Kim. “We did too,” said Charlene Smith. \
                    “And we,” said Jordan Lee.";
        let kim = Annotated {
            file: "t".into(),
            speaker: "Taylor Kim".into(),
            gender: None,
        };
        let smith = Annotated {
            file: "t".into(),
            speaker: "Charlene Smith".into(),
            gender: None,
        };
        let lee = Annotated {
            file: "t".into(),
            speaker: "Jordan Lee".into(),
            gender: Some(Gender::Male),
        };
        let mut scores = GenderScores::default();
        score_document("t", text, &[&kim, &smith, &lee], &mut scores);
        assert_eq!(scores.matched, 3);
        // Ms. on a speaker annotated "-": judged and wrong. Charlene (given name): not judged.
        assert_eq!(scores.all.judged, 1);
        assert_eq!(scores.all.right, 0);
        assert_eq!(scores.unverifiable, 1);
        // Jordan Lee is male by the text; the tool gives nothing: coverage 0 of 1.
        assert_eq!((scores.all.given, scores.all.stated), (0, 1));
        assert_eq!(scores.all.precision(), 0.0);
    }
}
