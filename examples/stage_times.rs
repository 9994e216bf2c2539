//! Times each stage of the pipeline as `analyze` runs them, then the report's JSON, article by article (so each stage
//! finds the caches as the others left them), and prints milliseconds per MB of text: the best of
//! PASSES passes over a corpus of articles separated by U+001E. `--without-pos` skips the
//! part-of-speech stage, to compare.
//!
//! ```text
//! cargo run --release --example stage_times -- bench/out/corpus-1m.txt [PASSES] [--without-pos]
//! ```

use std::time::Instant;

use quotemark::internals::{
    attribute, find_mentions, find_quotes, find_sources, link_entities, segment, tag,
};
use quotemark::{analyze, OffsetUnit, Options, Report};

fn main() {
    let mut path = None;
    let mut passes = 10;
    let mut with_pos = true;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--without-pos" => with_pos = false,
            _ if path.is_none() => path = Some(arg),
            n => passes = n.parse().expect("PASSES is a number"),
        }
    }
    let path = path.expect("usage: stage_times CORPUS [PASSES] [--without-pos]");
    let corpus = std::fs::read_to_string(path).expect("cannot read the corpus");
    let articles: Vec<&str> = corpus.split('\u{1e}').collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    let names = [
        "segment",
        "pos",
        "mentions",
        "entities",
        "quotes",
        "attribution",
        "sources",
        "report",
    ];
    let mut best = [f64::MAX; 8];
    for _ in 0..passes {
        let mut times = [0f64; 8];
        for text in &articles {
            let mut marks = [Instant::now(); 9];
            let mut segments = segment(text);
            marks[1] = Instant::now();
            if with_pos {
                tag(text, &mut segments);
            }
            marks[2] = Instant::now();
            let mut mentions = find_mentions(text, &segments);
            marks[3] = Instant::now();
            let entities = link_entities(text, &mut mentions);
            marks[4] = Instant::now();
            let quotes = find_quotes(text, &segments);
            marks[5] = Instant::now();
            let attributed = attribute(text, &segments, &mentions, &entities, &quotes);
            marks[6] = Instant::now();
            let sources = find_sources(text, &segments, &mentions, &entities, &attributed);
            marks[7] = Instant::now();
            std::hint::black_box((attributed, sources));
            // The report of the same analysis, made again untimed (`Analysis` has no public
            // constructor): only `Report::new` and `to_json` count.
            let analysis = analyze(text, &Options::default());
            let report_start = Instant::now();
            let json = Report::new(text, &analysis, OffsetUnit::Utf16).to_json(false);
            marks[8] = marks[7] + (Instant::now() - report_start);
            std::hint::black_box(json);
            for (i, t) in times.iter_mut().enumerate() {
                *t += (marks[i + 1] - marks[i]).as_secs_f64();
            }
        }
        if times.iter().sum::<f64>() < best.iter().sum::<f64>() {
            best = times;
        }
    }
    let per_mb = |s: f64| s * 1e3 / (bytes as f64 / 1e6);
    let parts: Vec<String> = names
        .iter()
        .zip(best)
        .map(|(n, s)| format!("{n} {:.1}", per_mb(s)))
        .collect();
    println!(
        "ms per MB (best of {passes} passes, {} articles): {}; total {:.1}",
        articles.len(),
        parts.join(", "),
        per_mb(best.iter().sum())
    );
}
