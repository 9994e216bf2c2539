//! Times `pos::tag` alone (CPU time, best of N passes) over a corpus of articles separated by
//! U+001E, next to segmentation, for profiling the layer:
//!
//! ```text
//! cargo run --release --example pos_speed -- bench/out/corpus-1m.txt [PASSES]
//! ```

use quotemark::internals::{segment, tag};

/// CPU time of this thread in nanoseconds (Linux), else 0.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: pos_speed CORPUS [PASSES]");
    let passes: usize = args
        .next()
        .map_or(10, |s| s.parse().expect("PASSES is a number"));
    let corpus = std::fs::read_to_string(path).expect("cannot read the corpus");
    let articles: Vec<&str> = corpus.split('\u{1e}').collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    let (mut best_segment, mut best_tag) = (u64::MAX, u64::MAX);
    for _ in 0..passes {
        let start = cpu_ns();
        let mut segmented: Vec<_> = articles.iter().map(|a| segment(a)).collect();
        let middle = cpu_ns();
        for (a, s) in articles.iter().zip(segmented.iter_mut()) {
            tag(a, s);
        }
        let end = cpu_ns();
        std::hint::black_box(&segmented);
        best_segment = best_segment.min(middle - start);
        best_tag = best_tag.min(end - middle);
    }
    let per_mb = |ns: u64| ns as f64 / 1e6 / (bytes as f64 / 1e6);
    println!(
        "segment {:.2} ms/MB, pos {:.2} ms/MB (CPU time, best of {passes} passes, {} articles, {bytes} bytes)",
        per_mb(best_segment),
        per_mb(best_tag),
        articles.len()
    );
}
