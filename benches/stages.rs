//! Per-stage benchmarks over the committed articles, to see where the time goes.
//!
//! ```text
//! cargo bench --bench stages                 # every stage
//! cargo bench --bench stages -- segment      # a criterion filter
//! ```
//!
//! The articles are the committed ones: every `.txt` of at least 1,500 bytes under `tests/data/`
//! (recursively; not LICENSE or README files), deduplicated by content, the same seeds as
//! `bench/make-corpus.mjs`. Each iteration runs one stage once per article, on the previous
//! stages' output computed beforehand, and criterion reports it in bytes of text per second.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::collections::HashSet;
    use std::hint::black_box;
    use std::path::{Path, PathBuf};
    use std::time::Duration;

    use criterion::{BatchSize, Criterion, Throughput};
    use quotemark::internals::{
        attribute, find_mentions, find_quotes, find_sources, link_entities, segment, tag,
    };
    use quotemark::{analyze, OffsetUnit, Options, Report};

    /// Every article `.txt` (at least 1,500 bytes, not a licence or readme) under `dir`, in path
    /// order.
    fn texts_in(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_ascii_lowercase())
                .unwrap_or_default();
            if path.is_dir() {
                texts_in(&path, out);
            } else if name.ends_with(".txt")
                && !["license", "readme", "copying", "notice"]
                    .iter()
                    .any(|p| name.starts_with(p))
                && path.metadata().is_ok_and(|m| m.len() >= 1500)
            {
                out.push(path);
            }
        }
    }

    /// The committed articles, deduplicated by content.
    fn articles() -> Vec<(String, String)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths = Vec::new();
        texts_in(&root.join("tests/data"), &mut paths);
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let text = text.replace("\r\n", "\n").trim().to_string();
            if seen.insert(text.clone()) {
                let name = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                out.push((name, text));
            }
        }
        out
    }

    pub fn main() {
        let articles = articles();
        assert!(
            !articles.is_empty(),
            "no articles under tests/data, www/samples or bench/seed"
        );
        let texts: Vec<&str> = articles.iter().map(|(_, t)| t.as_str()).collect();
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        eprintln!(
            "{} articles, {bytes} bytes: {}",
            texts.len(),
            articles
                .iter()
                .map(|(n, _)| n.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        );
        let options = Options::default();
        let segments: Vec<_> = texts
            .iter()
            .map(|t| {
                let mut s = segment(t);
                tag(t, &mut s);
                s
            })
            .collect();
        let mentions: Vec<_> = texts
            .iter()
            .zip(&segments)
            .map(|(t, s)| find_mentions(t, s))
            .collect();
        let mut linked = mentions.clone();
        let entities: Vec<_> = texts
            .iter()
            .zip(linked.iter_mut())
            .map(|(t, m)| link_entities(t, m))
            .collect();
        let quotes: Vec<_> = texts
            .iter()
            .zip(&segments)
            .map(|(t, s)| find_quotes(t, s))
            .collect();
        let analyses: Vec<_> = texts.iter().map(|t| analyze(t, &options)).collect();

        let mut c = Criterion::default()
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(3))
            .configure_from_args();
        let mut group = c.benchmark_group("stages");
        group.throughput(Throughput::BytesDecimal(bytes as u64));

        // The stages in pipeline order (src/pipeline.rs), then the output contract.
        group.bench_function("1 segment", |b| {
            b.iter(|| {
                for text in &texts {
                    black_box(segment(black_box(text)));
                }
            })
        });
        group.bench_function("1b pos", |b| {
            b.iter_batched_ref(
                || segments.clone(),
                |segmented| {
                    for (text, segs) in texts.iter().zip(segmented.iter_mut()) {
                        tag(black_box(text), segs);
                    }
                },
                BatchSize::SmallInput,
            )
        });
        group.bench_function("2 mentions", |b| {
            b.iter(|| {
                for (text, segs) in texts.iter().zip(&segments) {
                    black_box(find_mentions(black_box(text), segs));
                }
            })
        });
        group.bench_function("3 entities", |b| {
            b.iter_batched_ref(
                || mentions.clone(),
                |unlinked| {
                    for (text, m) in texts.iter().zip(unlinked.iter_mut()) {
                        black_box(link_entities(black_box(text), m));
                    }
                },
                BatchSize::SmallInput,
            )
        });
        group.bench_function("4 quotes", |b| {
            b.iter(|| {
                for (text, segs) in texts.iter().zip(&segments) {
                    black_box(find_quotes(black_box(text), segs));
                }
            })
        });
        group.bench_function("5 attribution", |b| {
            b.iter(|| {
                for i in 0..texts.len() {
                    black_box(attribute(
                        black_box(texts[i]),
                        &segments[i],
                        &linked[i],
                        &entities[i],
                        &quotes[i],
                    ));
                }
            })
        });
        group.bench_function("6 sources", |b| {
            b.iter(|| {
                for i in 0..texts.len() {
                    black_box(find_sources(
                        black_box(texts[i]),
                        &segments[i],
                        &analyses[i].mentions,
                        &analyses[i].entities,
                        &analyses[i].quotes,
                    ));
                }
            })
        });
        group.bench_function("analyze (stages 1-6)", |b| {
            b.iter(|| {
                for text in &texts {
                    black_box(analyze(black_box(text), &options));
                }
            })
        });
        group.bench_function("report (UTF-16 offsets + JSON)", |b| {
            b.iter(|| {
                for (text, analysis) in texts.iter().zip(&analyses) {
                    let report = Report::new(text, analysis, OffsetUnit::Utf16);
                    black_box(report.to_json(false));
                }
            })
        });
        group.finish();
        c.final_summary();
    }
}
