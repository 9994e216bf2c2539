//! Scores quoted speech against a PolNeAR split, as `../shared/data/polnear/README.md` describes.
//!
//! For each attribution whose Content holds quotation marks, every quoted segment inside the
//! Content (from an opening mark to the next closing one; an unclosed one runs to the end of the
//! Content) is one gold quote, and the attribution's Source text its gold speaker. A predicted
//! direct or partial quote matches when the normalised texts are equal, or one contains the other
//! and the shorter is at least 80% of the longer; one-to-one, in text order.
//!
//! Indirect speech is scored apart, against the Contents that hold no quotation mark: a predicted
//! indirect quotation matches a Content when they overlap by at least half of the longer (in
//! characters); one-to-one, in text order. PolNeAR also annotates beliefs and endorsements
//! ("voters *fear* …") that quotemark does not report, so the recall is a floor and the precision
//! the figure to watch.

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

/// One gold Content without quotation marks: reported speech, a belief or an endorsement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldContent {
    /// Code-point offsets of the Content (its first start to its last end when discontinuous).
    pub start: usize,
    /// See `start`.
    pub end: usize,
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
    /// Indirect quotations found among the gold Contents without quotation marks.
    pub indirect: Counts,
    /// Matched indirect quotations with a gold Source whose speaker is right.
    pub indirect_speaker: Counts,
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
    /// T id → (label, first start, last end, text).
    spans: BTreeMap<String, (String, usize, usize, String)>,
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
            let end = parts
                .next_back()
                .and_then(|s| s.parse().ok())
                .unwrap_or(start);
            out.spans
                .insert(id.to_string(), (label, start, end, text.to_string()));
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
        let Some((_, at, _, content_text)) = ann.spans.get(content) else {
            continue;
        };
        let source_text = source
            .as_ref()
            .and_then(|s| ann.spans.get(s))
            .map(|(_, _, _, t)| t.clone());
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

/// The gold Contents of one article's annotation that hold no quotation mark, in text order.
fn gold_contents(ann: &str) -> Vec<GoldContent> {
    let ann = parse_ann(ann);
    let mut out: Vec<GoldContent> = ann
        .attributions
        .iter()
        .filter_map(|(source, content)| {
            let (_, start, end, text) = ann.spans.get(content)?;
            if text.contains(['"', '“', '”']) || text.contains("''") {
                return None;
            }
            let source = source.as_ref().and_then(|s| ann.spans.get(s));
            Some(GoldContent {
                start: *start,
                end: *end,
                source: source.map(|(_, _, _, t)| t.clone()),
            })
        })
        .collect();
    out.sort_by_key(|c| (c.start, c.end));
    out.dedup_by_key(|c| (c.start, c.end));
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
    // Word starts by byte offset (a separator may be wider than a byte: a no-break space).
    let words = source
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace()
                && source[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_whitespace)
        })
        .map(|(i, _)| i);
    for at in words {
        if at >= end {
            break;
        }
        let word = source[at..].split(char::is_whitespace).next().unwrap_or("");
        if crate::words::any_ignore_case(&TAIL_WORDS, word) {
            end = end.min(at);
            break;
        }
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
    /// Its gold Contents without quotation marks, in text order.
    pub contents: Vec<GoldContent>,
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
            contents: gold_contents(&ann),
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
        score_article(&article, &mut one);
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
        self.indirect.add(one.indirect);
        self.indirect_speaker.add(one.indirect_speaker);
        for (class, counts) in one.speaker_by {
            self.speaker_by.entry(class).or_default().add(counts);
        }
        self.misses.extend(one.misses);
        self.articles += 1;
    }
}

fn score_article(article: &Article, scores: &mut Scores) {
    let (text, gold) = (article.text.as_str(), article.gold.as_slice());
    let analysis = analyze(text, &Options::default());
    score_indirect(&analysis, article, scores);
    let article = article.name.as_str();
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

/// Scores the indirect quotations of `analysis` against the article's Contents without marks.
fn score_indirect(analysis: &crate::analysis::Analysis, article: &Article, scores: &mut Scores) {
    let text = &article.text;
    // Byte offsets to code points, counted once over the text.
    let mut chars_before = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (i, c) in text.char_indices() {
        for b in 0..c.len_utf8() {
            chars_before[i + b] = n;
        }
        n += 1;
    }
    chars_before[text.len()] = n;
    let contents = &article.contents;
    let mut used = vec![false; contents.len()];
    scores.indirect.gold += contents.len();
    for q in &analysis.quotes {
        if q.kind != crate::analysis::QuoteKind::Indirect {
            continue;
        }
        scores.indirect.predicted += 1;
        let (start, end) = (
            chars_before[q.span.start as usize],
            chars_before[q.span.end as usize],
        );
        let found = contents.iter().enumerate().position(|(i, c)| {
            let overlap = end.min(c.end).saturating_sub(start.max(c.start));
            !used[i] && overlap > 0 && 2 * overlap >= (end - start).max(c.end - c.start)
        });
        let Some(i) = found else {
            scores.misses.push(format!(
                "{}: extra indirect “{}”",
                article.name,
                q.span.text(text)
            ));
            continue;
        };
        used[i] = true;
        scores.indirect.true_positives += 1;
        let Some(source) = &contents[i].source else {
            continue;
        };
        scores.indirect_speaker.gold += 1;
        scores.indirect_speaker.predicted += 1;
        let names = speaker_names(analysis, text, q);
        if source_matches(&names, source) {
            scores.indirect_speaker.true_positives += 1;
        } else {
            scores.misses.push(format!(
                "{}: indirect speaker {names:?} for “{}” (gold “{source}”)",
                article.name,
                q.span.text(text)
            ));
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
    fn source_head_stops_at_tails_after_a_no_break_space() {
        assert_eq!(source_head("The firm\u{a0}and its chief"), "The firm");
        assert_eq!(source_head("Ann\u{a0}Lee"), "Ann\u{a0}Lee");
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

    #[test]
    fn contents_without_marks_are_the_indirect_gold() {
        let ann = "T1\tSource 0 8\tAnn Lee\nT2\tContent 14 30;40 52\tthe plan would fail\n\
                   T3\tContent 60 80\t“It ran out”\nT4\tSource 55 58\tShe\n\
                   E1\tAttribution:T9 Source:T1 Content:T2\nE2\tAttribution:T8 Source:T4 Content:T3\n";
        assert_eq!(
            gold_contents(ann),
            [GoldContent {
                start: 14,
                end: 52,
                source: Some("Ann Lee".into())
            }]
        );
    }

    #[test]
    fn indirect_speech_is_scored_by_overlap_in_characters() {
        // "é" is two bytes: the offsets are characters, as in the .ann files.
        let text = "Zoé Marsh said the harbour plan would cost far too much money. It rained.";
        let clause = text.find("the harbour").unwrap();
        let chars = |b: usize| text[..b].chars().count();
        let article = |start: usize, end: usize, source: &str| Article {
            name: "test_a".into(),
            text: text.into(),
            gold: Vec::new(),
            contents: vec![GoldContent {
                start,
                end,
                source: Some(source.into()),
            }],
        };
        let (start, end) = (chars(clause), chars(text.find(". It").unwrap()));
        let mut scores = Scores::default();
        score_article(&article(start, end, "Zoé Marsh"), &mut scores);
        assert_eq!(scores.indirect.predicted, 1, "{:?}", scores.misses);
        assert_eq!(scores.indirect.true_positives, 1, "{:?}", scores.misses);
        assert_eq!(scores.indirect_speaker.true_positives, 1);
        // A content that covers less than half of the clause is no match; a wrong source is.
        let mut scores = Scores::default();
        score_article(&article(start, start + 8, "Zoé Marsh"), &mut scores);
        assert_eq!(scores.indirect.true_positives, 0);
        let mut scores = Scores::default();
        score_article(&article(start, end, "the council"), &mut scores);
        assert_eq!(scores.indirect.true_positives, 1);
        assert_eq!(scores.indirect_speaker.true_positives, 0);
    }
}
