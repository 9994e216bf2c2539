//! Scores quoted speech against a PolNeAR split, as `../shared/data/polnear/README.md` describes.
//!
//! For each attribution whose Content holds quotation marks, every quoted segment inside the
//! Content (from an opening mark to the next closing one; an unclosed one runs to the end of the
//! Content) is one gold quote, and the attribution's Source text its gold speaker. A predicted
//! direct or partial quote matches when the normalised texts are equal, or one contains the other
//! and the shorter is at least 80% of the longer; one-to-one, in text order.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{
    contains_words, normalize_name, normalize_quote, scored_quotes, speaker_matches, speaker_names,
    Counts,
};
use crate::pipeline::{analyze, Options};

/// One gold quoted segment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldQuote {
    /// Code-point offset of the Content it came from, for text order.
    pub at: usize,
    /// Normalised quoted text.
    pub text: String,
    /// The Source as written, when the attribution has one.
    pub source: Option<String>,
}

/// Scores of a split.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Quotes found.
    pub quotes: Counts,
    /// Matched quotes with a gold Source whose speaker is right.
    pub speaker: Counts,
    /// Quotes found with the right speaker (recall over gold quotes with a Source).
    pub attributed: Counts,
    /// Speaker accuracy over matched quotes, by how the gold source is written and by the
    /// predicted kind: `("source: pronoun", counts)`, `("kind: direct", counts)`, …
    pub speaker_by: BTreeMap<&'static str, Counts>,
    /// The same three figures per publisher (the article name's prefix before `_`), for
    /// leave-one-publisher-out reading: `(quotes, speaker, attributed)`.
    pub by_publisher: BTreeMap<String, [Counts; 3]>,
    /// Articles scored.
    pub articles: usize,
    /// Human-readable misses, for `--verbose`.
    pub misses: Vec<String>,
}

/// The annotated spans and attributions of one `.ann` file.
#[derive(Default)]
struct Annotation {
    /// T id → (label, first start, text).
    spans: BTreeMap<String, (String, usize, String)>,
    /// (Source id, Content id) per attribution.
    attributions: Vec<(Option<String>, String)>,
}

fn parse_ann(ann: &str) -> Annotation {
    let mut out = Annotation::default();
    for line in ann.lines() {
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(info)) = (cols.next(), cols.next()) else {
            continue;
        };
        let text = cols.next().unwrap_or("");
        if id.starts_with('T') {
            let mut parts = info.split([' ', ';']);
            let label = parts.next().unwrap_or("").to_string();
            let start = parts.next().and_then(|s| s.parse().ok()).unwrap_or(0);
            out.spans
                .insert(id.to_string(), (label, start, text.to_string()));
        } else if id.starts_with('E') {
            let mut source = None;
            let mut content = None;
            for role in info.split(' ') {
                if let Some(t) = role.strip_prefix("Source:") {
                    source = Some(t.to_string());
                } else if let Some(t) = role.strip_prefix("Content:") {
                    content = Some(t.to_string());
                }
            }
            if let Some(content) = content {
                out.attributions.push((source, content));
            }
        }
    }
    out
}

/// The quoted segments of a Content text: opening mark to the next closing one.
pub fn quoted_segments(content: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut chars = content.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let (is_mark, len) = match c {
            '“' | '”' | '"' => (true, c.len_utf8()),
            '\'' if chars.peek().is_some_and(|&(_, n)| n == '\'') => {
                chars.next();
                (true, 2)
            }
            _ => (false, 0),
        };
        if !is_mark {
            continue;
        }
        match open {
            None if c != '”' => open = Some(i + len),
            None => {}
            Some(start) if c != '“' => {
                out.push(content[start..i].to_string());
                open = None;
            }
            Some(_) => open = Some(i + len),
        }
    }
    if let Some(start) = open {
        out.push(content[start..].to_string());
    }
    out.retain(|q| !normalize_quote(q).is_empty());
    out
}

/// The gold quotes of one article's annotation, in text order, without duplicates.
fn gold_quotes(ann: &str) -> Vec<GoldQuote> {
    let ann = parse_ann(ann);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for (source, content) in &ann.attributions {
        let Some((_, at, content_text)) = ann.spans.get(content) else {
            continue;
        };
        let source_text = source
            .as_ref()
            .and_then(|s| ann.spans.get(s))
            .map(|(_, _, t)| t.clone());
        for segment in quoted_segments(content_text) {
            let text = normalize_quote(&segment);
            if seen.insert((*at, text.clone())) {
                out.push(GoldQuote {
                    at: *at,
                    text,
                    source: source_text.clone(),
                });
            }
        }
    }
    out.sort_by_key(|q| q.at);
    out
}

/// How a gold source is written: a pronoun, a name, or a description.
fn source_form(source: &str) -> &'static str {
    let lower = source.trim().to_lowercase();
    let first = lower.split_whitespace().next().unwrap_or("");
    let pronouns = [
        "he", "she", "they", "it", "i", "we", "you", "who", "which", "his", "her", "their", "its",
    ];
    if lower.split_whitespace().count() == 1 && pronouns.contains(&first) {
        "source: pronoun"
    } else if source.trim().starts_with(char::is_uppercase)
        && ![
            "the", "a", "an", "one", "some", "other", "another", "this", "that",
        ]
        .contains(&first)
    {
        "source: name"
    } else {
        "source: description"
    }
}

fn kind_class(kind: crate::analysis::QuoteKind) -> &'static str {
    match kind {
        crate::analysis::QuoteKind::Partial => "kind: partial",
        _ => "kind: direct",
    }
}

/// The head of a Source as written: the text up to its first comma, parenthesis, spaced dash, or
/// one of the words that start an appositive or prepositional tail ("Dana Ortiz at Harbor Capital"
/// → "Dana Ortiz", "Rep. Jane Doe (D-Ore.)" → "Rep. Jane Doe").
pub fn source_head(source: &str) -> &str {
    const TAIL_WORDS: [&str; 11] = [
        "of", "at", "from", "for", "with", "who", "which", "in", "on", "and", "to",
    ];
    let mut end = source.len();
    if let Some(i) = source.find([',', '(', ')']) {
        end = end.min(i);
    }
    for dash in [" - ", " – ", " — ", " -- "] {
        if let Some(i) = source.find(dash) {
            end = end.min(i);
        }
    }
    let mut at = 0;
    for word in source.split(char::is_whitespace) {
        if at >= end {
            break;
        }
        if at > 0 && TAIL_WORDS.iter().any(|t| word.eq_ignore_ascii_case(t)) {
            end = end.min(at);
            break;
        }
        at += word.len() + 1;
    }
    source[..end].trim_end()
}

/// The revised PolNeAR speaker rule: one of the predicted `names` (normalised) matches the Source
/// by [`speaker_matches`], or lies inside the Source's [`source_head`] and ends with its last word.
pub fn source_matches(names: &[String], source: &str) -> bool {
    let gold = normalize_name(source);
    let head = normalize_name(source_head(source));
    let last = |s: &str| s.rsplit(' ').next().map(str::to_string).unwrap_or_default();
    names.iter().any(|n| {
        speaker_matches(n, &gold)
            || (!head.is_empty()
                && !n.is_empty()
                && contains_words(&head, n)
                && last(&head) == last(n))
    })
}

/// Whether two normalised quote texts match: equal, or one holds the other and is ≥ 80% as long.
pub fn texts_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && long.contains(short)
        && short.chars().count() * 5 >= long.chars().count() * 4
}

/// One article of a split: its name, text and gold quotes.
pub struct Article {
    /// The file name without `.txt` (`publisher_date_slug`).
    pub name: String,
    /// The text.
    pub text: String,
    /// Its gold quotes, in text order.
    pub gold: Vec<GoldQuote>,
}

impl Article {
    /// The publisher: the name up to its first `_`.
    pub fn publisher(&self) -> &str {
        self.name.split('_').next().unwrap_or(&self.name)
    }
}

/// Reads every annotated article of the split at `dir` (`text/*.txt`, `attributions/*.ann`), in
/// name order.
///
/// # Errors
/// A message when the folders cannot be read or hold no articles.
pub fn read_dir(dir: &Path) -> Result<Vec<Article>, String> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let read = |d: &Path| -> Result<Vec<String>, String> {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .map_err(|e| format!("cannot read {}: {e}", d.display()))?
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .collect();
        names.sort();
        Ok(names)
    };
    let texts = read(&text_dir)?;
    let anns = read(&ann_dir)?;
    let mut out = Vec::new();
    for name in texts.iter().filter(|n| n.ends_with(".txt")) {
        let article = &name[..name.len() - 4];
        let prefix = format!("{article}_");
        let Some(ann_name) = anns
            .iter()
            .find(|a| a.starts_with(&prefix) && a.ends_with(".ann"))
        else {
            continue;
        };
        let text =
            std::fs::read_to_string(text_dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        let ann = std::fs::read_to_string(ann_dir.join(ann_name))
            .map_err(|e| format!("{ann_name}: {e}"))?;
        out.push(Article {
            name: article.to_string(),
            text,
            gold: gold_quotes(&ann),
        });
    }
    if out.is_empty() {
        return Err(format!("no articles with annotations in {}", dir.display()));
    }
    Ok(out)
}

/// Scores the split at `dir` (`text/*.txt`, `attributions/*.ann`).
///
/// # Errors
/// A message when the folders cannot be read or hold no articles.
pub fn score_dir(dir: &Path) -> Result<Scores, String> {
    let mut scores = Scores::default();
    for article in read_dir(dir)? {
        let mut one = Scores::default();
        score_article(&article.name, &article.text, &article.gold, &mut one);
        let counts = scores
            .by_publisher
            .entry(article.publisher().to_string())
            .or_default();
        for (total, part) in counts
            .iter_mut()
            .zip([&one.quotes, &one.speaker, &one.attributed])
        {
            total.add(*part);
        }
        scores.add(one);
    }
    Ok(scores)
}

impl Scores {
    /// Adds the scores of one article.
    fn add(&mut self, one: Scores) {
        self.quotes.add(one.quotes);
        self.speaker.add(one.speaker);
        self.attributed.add(one.attributed);
        for (class, counts) in one.speaker_by {
            self.speaker_by.entry(class).or_default().add(counts);
        }
        self.misses.extend(one.misses);
        self.articles += 1;
    }
}

fn score_article(article: &str, text: &str, gold: &[GoldQuote], scores: &mut Scores) {
    let analysis = analyze(text, &Options::default());
    let predicted = scored_quotes(&analysis, text);
    let mut used = vec![false; predicted.len()];
    scores.quotes.predicted += predicted.len();
    scores.attributed.predicted += predicted.len();
    scores.quotes.gold += gold.len();
    for g in gold {
        if g.source.is_some() {
            scores.attributed.gold += 1;
        }
        let found = predicted
            .iter()
            .enumerate()
            .position(|(i, (norm, _))| !used[i] && texts_match(norm, &g.text));
        let Some(i) = found else {
            let as_other = analysis.quotes.iter().any(|q| {
                q.kind == crate::analysis::QuoteKind::Other
                    && texts_match(&normalize_quote(q.span.text(text)), &g.text)
            });
            let how = if as_other { " (found as other)" } else { "" };
            scores
                .misses
                .push(format!("{article}: missed{how} “{}”", g.text));
            continue;
        };
        used[i] = true;
        scores.quotes.true_positives += 1;
        let Some(source) = &g.source else { continue };
        scores.speaker.gold += 1;
        scores.speaker.predicted += 1;
        let names = speaker_names(&analysis, text, predicted[i].1);
        let right = source_matches(&names, source);
        for class in [source_form(source), kind_class(predicted[i].1.kind)] {
            let c = scores.speaker_by.entry(class).or_default();
            c.gold += 1;
            c.predicted += 1;
            c.true_positives += usize::from(right);
        }
        if right {
            scores.speaker.true_positives += 1;
            scores.attributed.true_positives += 1;
        } else {
            scores.misses.push(format!(
                "{article}: speaker {names:?} for “{}” (gold “{source}”)",
                g.text
            ));
        }
    }
    for (i, (norm, q)) in predicted.iter().enumerate() {
        if !used[i] {
            scores
                .misses
                .push(format!("{article}: extra {} “{norm}”", q.kind.name()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_run_from_opening_to_closing_mark() {
        assert_eq!(
            quoted_segments("that it was “huge” and “very big"),
            ["huge", "very big"]
        );
        assert_eq!(quoted_segments("\"Yes,\" and ''no''"), ["Yes,", "no"]);
        assert!(quoted_segments("no marks").is_empty());
    }

    #[test]
    fn source_head_stops_at_tails() {
        assert_eq!(source_head("Dana Ortiz at Harbor Capital"), "Dana Ortiz");
        assert_eq!(source_head("Rep. Jane Doe (D-Ore.)"), "Rep. Jane Doe");
        assert_eq!(source_head("Mark Kim, a spokesman"), "Mark Kim");
        assert_eq!(source_head("the head of the agency"), "the head");
        assert_eq!(source_head("Ann Lee - the mayor"), "Ann Lee");
        assert_eq!(source_head("Ann Lee-Smith"), "Ann Lee-Smith");
        assert_eq!(source_head("Ontario officials"), "Ontario officials");
    }

    #[test]
    fn revised_rule_accepts_the_head_of_a_source() {
        let names = |n: &str| vec![normalize_name(n)];
        assert!(source_matches(
            &names("Dana Ortiz"),
            "Dana Ortiz at Harbor Capital"
        ));
        assert!(source_matches(
            &names("Ortiz"),
            "Dana Ortiz at Harbor Capital"
        ));
        assert!(source_matches(&names("Jane Doe"), "Rep. Jane Doe (D-Ore.)"));
        assert!(!source_matches(
            &names("Dana"),
            "Dana Ortiz at Harbor Capital"
        ));
        assert!(!source_matches(
            &names("Ortiz"),
            "Dana Ortiz-Lee at Harbor Capital"
        ));
    }

    #[test]
    fn texts_match_when_one_holds_most_of_the_other() {
        assert!(texts_match("we came hoping", "we came hoping"));
        assert!(texts_match(
            "we came hoping to make progress",
            "we came hoping to make progress today"
        ));
        assert!(!texts_match("we came", "we came hoping to make progress"));
    }

    #[test]
    fn parses_brat_attributions() {
        let ann = "T1\tSource 0 3\tHe\nT2\tContent 10 20\t“It ran out”\nE1\tAttribution:T3 Source:T1 Content:T2\n";
        let gold = gold_quotes(ann);
        assert_eq!(
            gold,
            [GoldQuote {
                at: 10,
                text: "it ran out".into(),
                source: Some("He".into())
            }]
        );
    }
}
