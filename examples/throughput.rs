//! Times `analyze` + `Report` over a benchmark corpus, one article per call, and prints one JSON
//! line. Used by `bench/run.sh`; see `bench/README.md`.
//!
//! ```text
//! cargo run --release --example throughput -- bench/out/corpus-1m.txt [--min-seconds 1]
//! ```
//!
//! The file holds articles separated by U+001E (record separator), as `bench/make-corpus.mjs`
//! writes them. The first article is analysed once on its own and timed as the time to first
//! result (the lexicons are compiled in, so there is nothing else to load). Then the whole corpus
//! is analysed in passes until `--min-seconds` have gone by (at least one pass, at most 1,000), and
//! the median pass is reported; for a file of one text, that first run is the first pass. Each pass
//! is timed by the wall clock (median pass reported) and by the thread's CPU time
//! (`/proc/thread-self/schedstat`, which a busy shared machine disturbs less; mean pass reported,
//! as the kernel may count it in whole scheduler ticks). Peak memory is the process's `VmHWM` from `/proc/self/status`.

use std::time::{Duration, Instant};

use quotemark::{analyze, OffsetUnit, Options, Report};

/// Analyses one article the way a caller of the library would: analysis, then the JSON report.
fn run_one(text: &str, options: &Options) -> (usize, usize, usize) {
    let analysis = analyze(text, options);
    let report = Report::new(text, &analysis, OffsetUnit::Utf16);
    let json = report.to_json(false);
    (report.entities.len(), report.quotes.len(), json.len())
}

/// CPU time this thread has run, in nanoseconds, where Linux tells it (`/proc/thread-self/schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok()
}

/// The process's peak resident memory in KiB, where Linux tells it.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut path = None;
    let mut min_seconds = 1.0_f64;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--min-seconds" => {
                min_seconds = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--min-seconds takes a number")
            }
            _ => path = Some(arg),
        }
    }
    let path = path.expect("usage: throughput CORPUS_FILE [--min-seconds S]");
    let corpus = std::fs::read_to_string(&path).expect("cannot read the corpus file");
    let articles: Vec<&str> = corpus.split('\u{1e}').collect();
    let options = Options::with_offsets(OffsetUnit::Utf16);

    let cpu_start = thread_cpu_ns();
    let start = Instant::now();
    let (mut entities, mut quotes, mut json_bytes) =
        std::hint::black_box(run_one(articles[0], &options));
    let first = start.elapsed();

    // A corpus of one text has had its first pass already: a long text may take long.
    let mut passes: Vec<Duration> = Vec::new();
    let mut cpu_passes: Vec<Option<u64>> = Vec::new();
    if articles.len() == 1 {
        passes.push(first);
        cpu_passes.push(cpu_start.zip(thread_cpu_ns()).map(|(a, b)| b - a));
    }
    let started = Instant::now();
    while passes.is_empty()
        || (started.elapsed().as_secs_f64() < min_seconds && passes.len() < 1000)
    {
        let cpu = thread_cpu_ns();
        let pass = Instant::now();
        let (mut e, mut q, mut j) = (0, 0, 0);
        for article in &articles {
            let (de, dq, dj) = std::hint::black_box(run_one(article, &options));
            e += de;
            q += dq;
            j += dj;
        }
        passes.push(pass.elapsed());
        cpu_passes.push(cpu.zip(thread_cpu_ns()).map(|(a, b)| b - a));
        (entities, quotes, json_bytes) = (e, q, j);
    }
    let mut sorted = passes.clone();
    sorted.sort();
    let median = sorted[(sorted.len() - 1) / 2].as_secs_f64();
    // The kernel may count CPU time in scheduler ticks (4 ms here), too coarse for one short pass:
    // report the mean over all passes instead of the median.
    let cpu_known: Vec<u64> = cpu_passes.iter().flatten().copied().collect();
    let cpu_mean = if cpu_known.is_empty() {
        "null".to_string()
    } else {
        let total: u64 = cpu_known.iter().sum();
        format!("{:.6}", total as f64 / 1e9 / cpu_known.len() as f64)
    };
    let bytes = articles.iter().map(|a| a.len()).sum::<usize>();

    println!(
        "{{\"tool\":\"quotemark-native\",\"bytes\":{bytes},\"articles\":{},\"seconds\":{median:.6},\
         \"cpu_seconds\":{cpu_mean},\"passes\":{},\"first_ms\":{:.3},\"max_rss_kib\":{},\"entities\":{entities},\
         \"quotes\":{quotes},\"json_bytes\":{json_bytes}}}",
        articles.len(),
        passes.len(),
        first.as_secs_f64() * 1e3,
        peak_rss_kib().map_or("null".to_string(), |k| k.to_string()),
    );
}
