//! Trains attribution's two linear models on a PolNeAR split and writes their weights:
//! the quotation-kind classifier (`data/models/quote_kinds.tsv`: attributed speech or other) and
//! the speaker ranker (`data/models/speakers.tsv`).
//!
//! ```text
//! cargo run --release --example train_attribution -- ../shared/data/polnear/train [--out DIR] [--seed N] [--epochs N] [--errors FILE] [--drop PARTS]
//!     [--shuffles N] [--folds-out DIR] [--folds-in DIR]
//! ```
//!
//! Labels come from the gold annotation, scored exactly as `quotemark eval --polnear` scores: a
//! quotation is attributed speech when it matches a gold quote; a speaker candidate is right when
//! the PolNeAR speaker rule accepts it. Both models are averaged perceptrons (seeded shuffling:
//! the same data and seed give the same weights). Before the final models, each is trained seven
//! times leaving one publisher out and tested on that publisher: the tables it prints are the
//! honest estimate for unseen news. `--errors FILE` writes the held-out speaker errors, for reading (with `FILE.kinds.txt`, the
//! kind classifier's errors, and `FILE.quotes.txt`, the quotation errors end to end).
//! `--drop PARTS` (comma-separated) leaves out of the speaker ranker every feature whose name
//! contains one of the parts (their weights stay 0): an ablation, to measure what a group adds.
//! Each model is the mean of ten perceptrons trained on different shuffles of the data (the first
//! with the seed itself; `--shuffles N` sets how many).
//! `--folds-out DIR` writes the fourteen held-out models (each publisher's kind classifier and
//! speaker ranker); `--folds-in DIR` reads them instead of training the folds, matching weights by
//! feature name (a feature new to the code weighs 0). With the folds of the code before a rule
//! change, the held-out tables measure the rule alone, without the reshuffling retraining brings.
//!
//! Only numbers leave the data: feature names (written in the code) and their weights.

use std::path::PathBuf;

use quotemark::internals::eval::polnear::{self, Article};
use quotemark::internals::eval::{normalize_name, normalize_quote};
use quotemark::internals::{
    feature_names, kind_feature_names, prepare, training_data, Models, Prepared, Segments,
    TrainingQuote,
};
use quotemark::{Entity, Mention, QuoteKind};

/// One article, analysed up to attribution.
struct Parsed<'a> {
    article: &'a Article,
    publisher: usize,
    segments: Segments,
    mentions: Vec<Mention>,
    entities: Vec<Entity>,
    quotes: Vec<quotemark::internals::QuoteSpan>,
}

impl Parsed<'_> {
    fn data(&self, models: Models) -> Vec<TrainingQuote> {
        training_data(
            &self.article.text,
            &self.segments,
            &self.mentions,
            &self.entities,
            &self.quotes,
            models,
        )
    }
}

/// A binary example (kind) or a ranking example (speaker).
struct KindExample {
    publisher: usize,
    features: Vec<u16>,
    positive: bool,
    rule_positive: bool,
    /// For `--errors`: the quotation and the words around it.
    about: String,
}

struct SpeakerExample {
    publisher: usize,
    candidates: Vec<(Vec<u16>, bool)>,
    /// For `--errors`: the article, the quotation, the gold source and each candidate as written.
    about: (String, String, String, Vec<String>),
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut dir = None;
    let mut out = PathBuf::from("data/models");
    let mut seed: u64 = 1;
    let mut epochs = 12;
    let mut errors: Option<PathBuf> = None;
    let (mut folds_out, mut folds_in): (Option<PathBuf>, Option<PathBuf>) = (None, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => out = PathBuf::from(args.next().expect("--out DIR")),
            "--seed" => seed = args.next().and_then(|s| s.parse().ok()).expect("--seed N"),
            "--epochs" => {
                epochs = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--epochs N")
            }
            "--errors" => errors = Some(PathBuf::from(args.next().expect("--errors FILE"))),
            "--shuffles" => {
                let runs = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--shuffles N");
                let _ = SHUFFLES.set(runs);
            }
            "--folds-out" => folds_out = Some(PathBuf::from(args.next().expect("--folds-out DIR"))),
            "--folds-in" => folds_in = Some(PathBuf::from(args.next().expect("--folds-in DIR"))),
            "--drop" => {
                let parts = args.next().expect("--drop PARTS");
                let names = feature_names();
                let dropped: Vec<bool> = names
                    .iter()
                    .map(|n| parts.split(',').any(|p| !p.is_empty() && n.contains(p)))
                    .collect();
                println!(
                    "leaving out {} of {} speaker features",
                    dropped.iter().filter(|&&d| d).count(),
                    names.len()
                );
                let _ = DROPPED.set(dropped);
            }
            _ => dir = Some(PathBuf::from(a)),
        }
    }
    let dir = dir.expect("usage: train_attribution POLNEAR_SPLIT_DIR [--out DIR] [--seed N]");
    let split = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("split")
        .to_string();
    let articles = polnear::read_dir(&dir).unwrap_or_else(|e| panic!("{e}"));
    let mut publishers: Vec<String> = articles.iter().map(|a| a.publisher().to_string()).collect();
    publishers.sort();
    publishers.dedup();
    let parsed: Vec<Parsed> = articles
        .iter()
        .map(|article| {
            let Prepared {
                segments,
                mentions,
                entities,
                quote_spans: quotes,
            } = prepare(&article.text);
            Parsed {
                article,
                publisher: publishers
                    .iter()
                    .position(|p| p == article.publisher())
                    .unwrap_or(0),
                segments,
                mentions,
                entities,
                quotes,
            }
        })
        .collect();

    // 1. The quotation-kind classifier.
    let rules_only = Models::default();
    let mut kind_examples = Vec::new();
    let mut gold_per_publisher = vec![0usize; publishers.len()];
    for p in &parsed {
        gold_per_publisher[p.publisher] += p.article.gold.len();
        let data = p.data(rules_only);
        let matched = match_gold(p.article, &data, &vec![true; data.len()]);
        for (q, m) in data.iter().zip(matched) {
            let text = &p.article.text;
            let (from, to) = window(text, q.span.start as usize, q.span.end as usize);
            kind_examples.push(KindExample {
                publisher: p.publisher,
                features: q.kind_features.clone(),
                positive: m.is_some(),
                rule_positive: q.rule_kind != QuoteKind::Other,
                about: text[from..to].replace('\n', " ¶ "),
            });
        }
    }
    let kind_names = kind_feature_names();
    let mut kind_log = String::new();
    println!("quotation kinds: {} quotations", kind_examples.len());
    println!(
        "leave one publisher out (quote P / R / F1 on the held-out publisher, rules → model):"
    );
    let mut fold_kinds: Vec<Vec<i16>> = Vec::new();
    let (mut all_rules, mut all_model) = ([0usize; 3], [0usize; 3]);
    for (p, name) in publishers.iter().enumerate() {
        let train: Vec<&KindExample> = kind_examples.iter().filter(|e| e.publisher != p).collect();
        let w = match &folds_in {
            Some(dir) => read_weights(&dir.join(format!("kinds-{p}.tsv")), &kind_names),
            None => train_binary(&train, kind_names.len(), epochs, seed),
        };
        let test: Vec<&KindExample> = kind_examples.iter().filter(|e| e.publisher == p).collect();
        let gold = gold_per_publisher[p];
        let count = |pred: &dyn Fn(&KindExample) -> bool| -> [usize; 3] {
            let predicted = test.iter().filter(|e| pred(e)).count();
            let right = test.iter().filter(|e| pred(e) && e.positive).count();
            [right, predicted, gold]
        };
        let rules = count(&|e| e.rule_positive);
        let model = count(&|e| dot(&e.features, &w) > 0);
        if errors.is_some() {
            for e in test
                .iter()
                .filter(|e| (dot(&e.features, &w) > 0) != e.positive)
            {
                let on: Vec<&str> = e
                    .features
                    .iter()
                    .map(|&f| kind_names[f as usize].as_str())
                    .collect();
                kind_log.push_str(&format!(
                    "{} {:>6} {}\n      {}\n",
                    if e.positive { "MISSED" } else { "EXTRA " },
                    dot(&e.features, &w),
                    e.about,
                    on.join(" ")
                ));
            }
        }
        println!("  {name:<14} {} → {}", prf(rules), prf(model));
        for k in 0..3 {
            all_rules[k] += rules[k];
            all_model[k] += model[k];
        }
        fold_kinds.push(w);
    }
    println!("  {:<14} {} → {}", "all", prf(all_rules), prf(all_model));
    let all: Vec<&KindExample> = kind_examples.iter().collect();
    let kind_weights = train_binary(&all, kind_names.len(), epochs, seed);

    // 2. The speaker ranker, on the quotations the kind classifier keeps (each held-out publisher
    // with the kind model that did not see it).
    let speaker_names = feature_names();
    println!("leave one publisher out (speaker accuracy on the held-out publisher):");
    println!(
        "  {:<14} {:>7} {:>7} {:>7} {:>7}",
        "publisher", "quotes", "oracle", "rules", "model"
    );
    let names = feature_names();
    let mut error_log = String::new();
    let (mut total, mut total_rules, mut total_model, mut total_oracle) = (0, 0, 0, 0);
    let mut fold_speakers: Vec<Vec<i16>> = Vec::new();
    for (p, name) in publishers.iter().enumerate() {
        let models = Models {
            kinds: Some(&fold_kinds[p]),
            speakers: None,
        };
        let examples = speaker_examples(&parsed, models);
        let train: Vec<&SpeakerExample> = examples.iter().filter(|e| e.publisher != p).collect();
        let test: Vec<&SpeakerExample> = examples.iter().filter(|e| e.publisher == p).collect();
        let w = match &folds_in {
            Some(dir) => read_weights(&dir.join(format!("speakers-{p}.tsv")), &speaker_names),
            None => train_ranker(&train, speaker_names.len(), epochs, seed),
        };
        let oracle = test
            .iter()
            .filter(|e| e.candidates[..e.candidates.len() - 1].iter().any(|c| c.1))
            .count();
        let rules = test
            .iter()
            .filter(|e| {
                e.candidates
                    .first()
                    .is_some_and(|c| c.1 && c.0.contains(&0))
            })
            .count();
        let model = test.iter().filter(|e| right_under(e, &w)).count();
        let share = |n: usize| n as f64 / test.len().max(1) as f64;
        println!(
            "  {name:<14} {:>7} {:>7.3} {:>7.3} {:>7.3}",
            test.len(),
            share(oracle),
            share(rules),
            share(model)
        );
        total += test.len();
        total_rules += rules;
        total_model += model;
        total_oracle += oracle;
        if errors.is_some() {
            for e in test.iter().filter(|e| !right_under(e, &w)) {
                log_error(&mut error_log, e, &w, &names);
            }
        }
        fold_speakers.push(w);
    }
    if let Some(dir) = &folds_out {
        for (p, (kinds, speakers)) in fold_kinds.iter().zip(&fold_speakers).enumerate() {
            write_weights(&dir.join(format!("kinds-{p}.tsv")), &kind_names, kinds);
            write_weights(
                &dir.join(format!("speakers-{p}.tsv")),
                &speaker_names,
                speakers,
            );
        }
        println!("wrote the held-out models to {}", dir.display());
    }
    let share = |n: usize| n as f64 / total.max(1) as f64;
    println!(
        "  {:<14} {total:>7} {:>7.3} {:>7.3} {:>7.3}",
        "all",
        share(total_oracle),
        share(total_rules),
        share(total_model)
    );
    if let Some(path) = &errors {
        std::fs::write(path, &error_log).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let kinds = path.with_extension("kinds.txt");
        std::fs::write(&kinds, &kind_log).unwrap_or_else(|e| panic!("{}: {e}", kinds.display()));
    }

    // 3. End to end, leaving one publisher out: quotes and attributed quotes as `quotemark eval
    // --polnear` counts them, for a few thresholds of the kind classifier; the best threshold (by
    // attributed F1) moves into the kind model's bias.
    // The speaker rankers are step 2's, each trained without its publisher.
    let bias = kind_names.iter().position(|n| n == "bias").unwrap_or(0);
    println!("end to end, leave one publisher out (quote F1, speaker accuracy, attributed F1):");
    let mut table: Vec<(i16, f64, f64)> = Vec::new();
    let mut quote_log = String::new();
    for shift in [-2000i16, -1000, 0, 1000, 2000, 3000, 4000, 5000, 6000] {
        let mut totals = [0usize; 6];
        // The quotation errors of the reported threshold, for `--errors`.
        let mut log = (errors.is_some() && shift == 1000).then_some(&mut quote_log);
        for (p, _) in publishers.iter().enumerate() {
            let mut kinds = fold_kinds[p].clone();
            kinds[bias] = kinds[bias].saturating_sub(shift);
            let models = Models {
                kinds: Some(&kinds),
                speakers: None,
            };
            for one in parsed.iter().filter(|x| x.publisher == p) {
                let c = end_to_end(one, models, &fold_speakers[p], log.as_deref_mut());
                for k in 0..6 {
                    totals[k] += c[k];
                }
            }
        }
        let [q_right, predicted, gold, s_right, s_total, gold_sourced] = totals;
        let f1 = |r: usize, p: usize, g: usize| {
            let (p, r) = (r as f64 / p.max(1) as f64, r as f64 / g.max(1) as f64);
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            }
        };
        let attributed = f1(s_right, predicted, gold_sourced);
        println!(
            "  threshold {shift:>5}: quotes {:.4}  speakers {:.4}  attributed {:.4}",
            f1(q_right, predicted, gold),
            s_right as f64 / s_total.max(1) as f64,
            attributed
        );
        table.push((shift, f1(q_right, predicted, gold), attributed));
    }
    // The threshold: the best sum of quote F1 and attributed F1. Both count the same
    // quotations, and the issue sets a target for each; attributed F1 alone would pick a
    // stricter threshold whenever speakers gain inside the noise, and PolNeAR's gold leaves out
    // much real speech (the second half of split quotations, blockquotes: most of the "EXTRA
    // direct" held-out errors on train), so such a threshold fits the annotation's habits, not
    // the news. (Until stop 46: the best attributed F1 within a plateau of 0.001, the most
    // quotations among those; over 282 held-out runs of earlier rounds it chose 3000 or 4000 in
    // 26, at 0.003-0.008 of quote F1 for at most 0.0016 of attributed F1; the sum chooses 1000
    // in 21 of them, at about 0.001 of attributed F1 for 0.002 of quote F1.)
    let best_shift = table
        .iter()
        .max_by(|a, b| (a.1 + a.2).total_cmp(&(b.1 + b.2)))
        .map_or((0, 0.0), |t| (t.0, t.2));
    if let Some(path) = &errors {
        let quotes = path.with_extension("quotes.txt");
        std::fs::write(&quotes, &quote_log).unwrap_or_else(|e| panic!("{}: {e}", quotes.display()));
    }
    let mut kind_weights = kind_weights;
    kind_weights[bias] = kind_weights[bias].saturating_sub(best_shift.0);
    println!("kind threshold {} (in the bias weight)", best_shift.0);
    write_model(
        &out.join("quote_kinds.tsv"),
        "quotation-kind classifier",
        &split,
        kind_examples.len(),
        seed,
        epochs,
        &kind_names,
        &kind_weights,
    );
    let examples = speaker_examples(
        &parsed,
        Models {
            kinds: Some(&kind_weights),
            speakers: None,
        },
    );
    let all: Vec<&SpeakerExample> = examples.iter().collect();
    let speaker_weights = train_ranker(&all, speaker_names.len(), epochs, seed);
    write_model(
        &out.join("speakers.tsv"),
        "speaker ranker",
        &split,
        examples.len(),
        seed,
        epochs,
        &speaker_names,
        &speaker_weights,
    );
}

/// The speaker features `--drop` leaves out, when given.
static DROPPED: std::sync::OnceLock<Vec<bool>> = std::sync::OnceLock::new();

/// `features` without those `--drop` leaves out.
fn kept(features: &[u16]) -> Vec<u16> {
    match DROPPED.get() {
        Some(dropped) => features
            .iter()
            .copied()
            .filter(|&f| !dropped.get(f as usize).copied().unwrap_or(false))
            .collect(),
        None => features.to_vec(),
    }
}

#[allow(clippy::too_many_arguments)]
fn write_model(
    path: &PathBuf,
    what: &str,
    split: &str,
    examples: usize,
    seed: u64,
    epochs: usize,
    names: &[String],
    weights: &[i16],
) {
    let shuffles = SHUFFLES.get().copied().unwrap_or(DEFAULT_SHUFFLES);
    let mut tsv = format!(
        "# source: {what} weights, trained by examples/train_attribution.rs on PolNeAR {split} \
         ({examples} examples, seed {seed}, {epochs} epochs, {shuffles} shuffles)\n\
         # licence: MIT OR Apache-2.0 (numbers only; no text of the training data)\n"
    );
    for (name, weight) in names.iter().zip(weights) {
        tsv.push_str(&format!("{name}\t{weight}\n"));
    }
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    std::fs::write(path, tsv).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    println!("wrote {} ({} weights)", path.display(), weights.len());
}

/// Weights as `name<TAB>weight` lines, for `--folds-out`.
fn write_weights(path: &PathBuf, names: &[String], weights: &[i16]) {
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let tsv: String = names
        .iter()
        .zip(weights)
        .map(|(name, weight)| format!("{name}\t{weight}\n"))
        .collect();
    std::fs::write(path, tsv).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

/// Weights `write_weights` wrote, placed by feature name; a name the file lacks weighs 0.
fn read_weights(path: &PathBuf, names: &[String]) -> Vec<i16> {
    let tsv = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let by_name: std::collections::HashMap<&str, i16> = tsv
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter_map(|(name, w)| Some((name, w.parse().ok()?)))
        .collect();
    names
        .iter()
        .map(|n| by_name.get(n.as_str()).copied().unwrap_or(0))
        .collect()
}

fn prf([right, predicted, gold]: [usize; 3]) -> String {
    let p = right as f64 / predicted.max(1) as f64;
    let r = right as f64 / gold.max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    format!("{p:.3} / {r:.3} / {f:.3}")
}

/// For each quotation of `data`, the index of the gold quote it matches (one-to-one, in text
/// order, as `quotemark eval --polnear` matches), among those `scored` keeps.
fn match_gold(article: &Article, data: &[TrainingQuote], scored: &[bool]) -> Vec<Option<usize>> {
    let text = &article.text;
    let mut out = vec![None; data.len()];
    let norms: Vec<String> = data
        .iter()
        .map(|q| normalize_quote(q.span.text(text)))
        .collect();
    for (g, gold) in article.gold.iter().enumerate() {
        if let Some(i) = (0..data.len())
            .find(|&i| out[i].is_none() && scored[i] && polnear::texts_match(&norms[i], &gold.text))
        {
            out[i] = Some(g);
        }
    }
    out
}

fn speaker_examples(parsed: &[Parsed], models: Models) -> Vec<SpeakerExample> {
    let mut out = Vec::new();
    for p in parsed {
        let text = &p.article.text;
        let data = p.data(models);
        let scored: Vec<bool> = data
            .iter()
            .map(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
            .collect();
        let matched = match_gold(p.article, &data, &scored);
        for (q, m) in data.iter().zip(matched) {
            let Some(source) = m.and_then(|g| p.article.gold[g].source.as_ref()) else {
                continue;
            };
            let candidates: Vec<(Vec<u16>, bool)> = q
                .candidates
                .iter()
                .map(|(speaker, features)| {
                    let mut names = vec![
                        normalize_name(speaker.span.text(text)),
                        normalize_name(&speaker.name),
                    ];
                    if let Some(e) = speaker.entity.and_then(|e| p.entities.get(e as usize)) {
                        names.push(normalize_name(&e.name));
                    }
                    names.retain(|n| !n.is_empty());
                    (kept(features), polnear::source_matches(&names, source))
                })
                .collect();
            let mut candidates: Vec<(Vec<u16>, bool)> = candidates;
            let none_right = !candidates.iter().any(|c| c.1);
            candidates.push((q.none_features.clone(), none_right));
            let mut written: Vec<String> = q
                .candidates
                .iter()
                .map(|(s, _)| format!("{} ({})", s.span.text(text), s.name))
                .collect();
            written.push("(no speaker)".to_string());
            out.push(SpeakerExample {
                publisher: p.publisher,
                candidates,
                about: (
                    p.article.name.clone(),
                    context(text, q.span.start as usize, q.span.end as usize),
                    source.clone(),
                    written,
                ),
            });
        }
    }
    out
}

/// `[quotes right, quotes predicted, gold quotes, speakers right, matched quotes with a source,
/// gold quotes with a source]` of one article, with `models` deciding kinds and `speakers`
/// choosing speakers, counted as `quotemark eval --polnear` counts. With `log`, the quotation
/// errors are written to it: gold quotes no quotation of the marks stage matches (`MARKS`), gold
/// quotes whose quotation was judged other or left without a speaker (`KIND`), and kept quotations
/// that match no gold quote (`EXTRA`).
fn end_to_end(
    p: &Parsed,
    models: Models,
    speakers: &[i16],
    log: Option<&mut String>,
) -> [usize; 6] {
    let text = &p.article.text;
    let data = p.data(models);
    // Each quotation's chosen speaker, as the pipeline chooses it; a partial quotation left
    // without one is other.
    let chosen: Vec<Option<usize>> = data
        .iter()
        .map(|q| {
            (0..q.candidates.len())
                .max_by(|&a, &b| {
                    dot(&q.candidates[a].1, speakers)
                        .cmp(&dot(&q.candidates[b].1, speakers))
                        .then(b.cmp(&a))
                })
                .filter(|&i| dot(&q.candidates[i].1, speakers) >= dot(&q.none_features, speakers))
        })
        .collect();
    let keep: Vec<bool> = data
        .iter()
        .zip(&chosen)
        .map(|(q, c)| q.kind == QuoteKind::Direct || (q.kind == QuoteKind::Partial && c.is_some()))
        .collect();
    let matched = match_gold(p.article, &data, &keep);
    if let Some(log) = log {
        log_quotes(log, p, &data, &keep, &matched);
    }
    let mut c = [0usize; 6];
    c[1] = keep.iter().filter(|&&k| k).count();
    c[2] = p.article.gold.len();
    c[5] = p.article.gold.iter().filter(|g| g.source.is_some()).count();
    for (i, m) in matched.iter().enumerate() {
        let Some(g) = *m else { continue };
        c[0] += 1;
        let Some(source) = &p.article.gold[g].source else {
            continue;
        };
        c[4] += 1;
        if let Some((speaker, _)) = chosen[i].map(|k| &data[i].candidates[k]) {
            let mut names = vec![
                normalize_name(speaker.span.text(text)),
                normalize_name(&speaker.name),
            ];
            if let Some(e) = speaker.entity.and_then(|e| p.entities.get(e as usize)) {
                names.push(normalize_name(&e.name));
            }
            names.retain(|n| !n.is_empty());
            if polnear::source_matches(&names, source) {
                c[3] += 1;
            }
        }
    }
    c
}

/// The byte range of bytes `start..end` of `text` with 60 characters before and 40 after, for the
/// error logs.
fn window(text: &str, start: usize, end: usize) -> (usize, usize) {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(60)
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(40)
        .map_or(text.len(), |(i, _)| end + i);
    (from, to)
}

/// A quotation (its first 90 characters) with the 200 characters before it and 120 after, on
/// one line, for reading `--errors`.
fn context(text: &str, start: usize, end: usize) -> String {
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(200)
        .map_or(0, |(i, _)| i);
    let to = text[end..]
        .char_indices()
        .nth(120)
        .map_or(text.len(), |(i, _)| end + i);
    let quote: String = text[start..end].chars().take(90).collect();
    format!("{}[[{quote}]]{}", &text[from..start], &text[end..to]).replace('\n', " ¶ ")
}

/// The quotation errors of one article (see [`end_to_end`]).
fn log_quotes(
    log: &mut String,
    p: &Parsed,
    data: &[TrainingQuote],
    keep: &[bool],
    matched: &[Option<usize>],
) {
    let text = &p.article.text;
    let around = |start: usize, end: usize| {
        let (from, to) = window(text, start, end);
        format!(
            "{}[[{}]]{}",
            &text[from..start],
            &text[start..end],
            &text[end..to]
        )
        .replace('\n', " ¶ ")
    };
    let all = match_gold(p.article, data, &vec![true; data.len()]);
    let kind = |i: usize| format!("{:?}/{:?}", data[i].kind, data[i].rule_kind);
    for (g, gold) in p.article.gold.iter().enumerate() {
        if matched.contains(&Some(g)) {
            continue;
        }
        let source = gold.source.as_deref().unwrap_or("-");
        match all.iter().position(|&m| m == Some(g)) {
            Some(i) => {
                let q = data[i].span;
                log.push_str(&format!(
                    "KIND   {} {} src={source}\n       {}\n",
                    p.article.name,
                    kind(i),
                    around(q.start as usize, q.end as usize)
                ));
            }
            None => {
                // The Content's offset is in code points.
                let at = text
                    .char_indices()
                    .nth(gold.at)
                    .map_or(text.len(), |(b, _)| b);
                let end = text[at..]
                    .char_indices()
                    .nth(gold.text.chars().count() + 2)
                    .map_or(text.len(), |(b, _)| at + b);
                log.push_str(&format!(
                    "MARKS  {} src={source} gold={:?}\n       {}\n",
                    p.article.name,
                    gold.text.chars().take(80).collect::<String>(),
                    around(at, end)
                ));
            }
        }
    }
    for (i, m) in matched.iter().enumerate() {
        if keep[i] && m.is_none() {
            let q = data[i].span;
            log.push_str(&format!(
                "EXTRA  {} {}\n       {}\n",
                p.article.name,
                kind(i),
                around(q.start as usize, q.end as usize)
            ));
        }
    }
}

fn log_error(log: &mut String, e: &SpeakerExample, w: &[i16], names: &[String]) {
    let chosen = best(e, w);
    let (article, quote, gold, written) = &e.about;
    log.push_str(&format!(
        "== {article}\n   quote: {quote}\n   gold: {gold}\n"
    ));
    for (i, (f, right)) in e.candidates.iter().enumerate() {
        let mark = match (Some(i) == chosen, *right) {
            (true, _) => "->",
            (false, true) => " +",
            _ => "  ",
        };
        let active: Vec<&str> = f
            .iter()
            .map(|&k| names[k as usize].as_str())
            .filter(|n| !n.contains('&'))
            .collect();
        log.push_str(&format!(
            "   {mark} {:>6} {:?} {}\n",
            dot(f, w),
            written[i],
            active.join(" ")
        ));
    }
}

fn dot(features: &[u16], w: &[i16]) -> i32 {
    features.iter().map(|&f| i32::from(w[f as usize])).sum()
}

fn best(e: &SpeakerExample, w: &[i16]) -> Option<usize> {
    let mut best: Option<(usize, i32)> = None;
    for (i, (f, _)) in e.candidates.iter().enumerate() {
        let s = dot(f, w);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    best.map(|(i, _)| i)
}

/// Whether the best choice under `w` is a right speaker ("no speaker" is never right for the
/// score, whatever the label says).
fn right_under(e: &SpeakerExample, w: &[i16]) -> bool {
    best(e, w).is_some_and(|i| i + 1 < e.candidates.len() && e.candidates[i].1)
}

/// Fisher-Yates with xorshift64: the same seed gives the same order.
fn shuffle(order: &mut [usize], rng: &mut u64) {
    for i in (1..order.len()).rev() {
        *rng ^= *rng << 13;
        *rng ^= *rng >> 7;
        *rng ^= *rng << 17;
        order.swap(i, (*rng % (i as u64 + 1)) as usize);
    }
}

/// Weights kept as a running sum for averaging, updated lazily.
struct Averaged {
    w: Vec<f64>,
    sum: Vec<f64>,
    last: Vec<f64>,
    step: f64,
}

impl Averaged {
    fn new(n: usize) -> Averaged {
        Averaged {
            w: vec![0.0; n],
            sum: vec![0.0; n],
            last: vec![0.0; n],
            step: 0.0,
        }
    }

    fn score(&self, features: &[u16]) -> f64 {
        features.iter().map(|&f| self.w[f as usize]).sum()
    }

    fn update(&mut self, features: &[u16], delta: f64) {
        for &f in features {
            let f = f as usize;
            self.sum[f] += (self.step - self.last[f]) * self.w[f];
            self.last[f] = self.step;
            self.w[f] += delta;
        }
    }

    /// The averaged weights.
    fn finish(mut self) -> Vec<f64> {
        for f in 0..self.w.len() {
            self.sum[f] += (self.step - self.last[f]) * self.w[f];
        }
        self.sum.iter().map(|s| s / self.step.max(1.0)).collect()
    }
}

/// How many shuffles of the training data each model averages, unless `--shuffles N` says: ten
/// runs narrowed the spread of the held-out attributed F1 over seeds 1-3 a little (one run:
/// 0.8784-0.8796; ten: 0.8783-0.8793, same mean), so that the shipped models depend less on
/// the seed.
const DEFAULT_SHUFFLES: usize = 10;
static SHUFFLES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

/// The mean of the weights `train` learns with each of `--shuffles` seeds (the first is `seed`
/// itself), scaled to integers whose largest magnitude is 8000.
fn over_shuffles(seed: u64, train: impl Fn(u64) -> Vec<f64>) -> Vec<i16> {
    let runs = SHUFFLES.get().copied().unwrap_or(DEFAULT_SHUFFLES).max(1);
    let mut avg = train(seed);
    for r in 1..runs {
        for (a, w) in avg
            .iter_mut()
            .zip(train(seed.wrapping_add(7919 * r as u64)))
        {
            *a += w;
        }
    }
    let max = avg.iter().fold(0.0f64, |m, x| m.max(x.abs())).max(1e-9);
    avg.iter()
        .map(|x| (x * 8000.0 / max).round() as i16)
        .collect()
}

fn train_binary(examples: &[&KindExample], n: usize, epochs: usize, seed: u64) -> Vec<i16> {
    over_shuffles(seed, |seed| train_binary_once(examples, n, epochs, seed))
}

fn train_binary_once(examples: &[&KindExample], n: usize, epochs: usize, seed: u64) -> Vec<f64> {
    let mut model = Averaged::new(n);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed.max(1);
    for _ in 0..epochs {
        shuffle(&mut order, &mut rng);
        for &k in &order {
            model.step += 1.0;
            let e = examples[k];
            let predicted = model.score(&e.features) > 0.0;
            if predicted != e.positive {
                model.update(&e.features, if e.positive { 1.0 } else { -1.0 });
            }
        }
    }
    model.finish()
}

/// How much an example whose right answer is "no speaker" teaches, against one with a right
/// candidate.
const NONE_RATE: f64 = 0.3;

fn train_ranker(examples: &[&SpeakerExample], n: usize, epochs: usize, seed: u64) -> Vec<i16> {
    over_shuffles(seed, |seed| train_ranker_once(examples, n, epochs, seed))
}

fn train_ranker_once(examples: &[&SpeakerExample], n: usize, epochs: usize, seed: u64) -> Vec<f64> {
    let mut model = Averaged::new(n);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = seed.max(1);
    for _ in 0..epochs {
        shuffle(&mut order, &mut rng);
        for &k in &order {
            model.step += 1.0;
            let e = examples[k];
            if !e.candidates.iter().any(|c| c.1) {
                continue;
            }
            let score = |i: usize| model.score(&e.candidates[i].0);
            let pred = (0..e.candidates.len())
                .max_by(|&a, &b| score(a).total_cmp(&score(b)).then(b.cmp(&a)))
                .unwrap_or(0);
            if e.candidates[pred].1 {
                continue;
            }
            let right = (0..e.candidates.len())
                .filter(|&i| e.candidates[i].1)
                .max_by(|&a, &b| score(a).total_cmp(&score(b)).then(b.cmp(&a)))
                .unwrap_or(0);
            // "No speaker" is right only where no candidate is: a lesser lesson, as the score
            // counts a missing speaker as wrong all the same.
            let none = e.candidates.len() - 1;
            let rate = if right == none { NONE_RATE } else { 1.0 };
            let (good, bad) = (e.candidates[right].0.clone(), e.candidates[pred].0.clone());
            model.update(&good, rate);
            model.update(&bad, -rate);
        }
    }
    model.finish()
}
