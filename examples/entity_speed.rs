//! Times the mentions stage with and without the entity tagger over the committed articles
//! (`tests/data`, `tests/data/gum`), and prints the milliseconds per MB of each.
//!
//! ```text
//! cargo run --release --example entity_speed -- model 200    # rules + tagger, 200 passes
//! cargo run --release --example entity_speed -- rules 200    # the rules alone
//! ```
//!
//! For instruction counts, which a busy machine does not disturb, run both under
//! `valgrind --tool=callgrind` with a few passes and subtract.

use std::path::PathBuf;
use std::time::Instant;

use quotemark::internals::{find_mentions_with, segment, tagger};

fn main() {
    let mut texts = Vec::new();
    for dir in ["tests/data/gum", "tests/data"] {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("run from the repository root ({dir} not found)");
            std::process::exit(2);
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.extension().is_some_and(|x| x == "txt")
                    && !p.to_string_lossy().contains("LICENSE")
            })
            .collect();
        paths.sort();
        texts.extend(paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let segments: Vec<_> = texts
        .iter()
        .map(|t| {
            let mut s = segment(t);
            quotemark::internals::tag(t, &mut s);
            s
        })
        .collect();
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "model".to_string());
    let passes: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(50);
    let model = tagger::shipped();
    let with = if mode == "rules" { None } else { Some(&model) };
    let start = Instant::now();
    let mut found = 0;
    for _ in 0..passes {
        for (t, s) in texts.iter().zip(&segments) {
            found += find_mentions_with(t, s, with).len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{mode}: {:.2} ms per MB over {} articles, {bytes} bytes, {passes} passes ({found} mentions)",
        seconds * 1000.0 / (bytes as f64 * passes as f64 / 1e6),
        texts.len()
    );
}
