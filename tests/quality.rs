//! Quality floors: a real regression on the gold corpora fails `cargo test`.
//!
//! The floors are the tables below, 0.01–0.02 under what the code measured when they were set
//! (the figure measured then is in each line's comment; set on main at 0481906, moved with the
//! entity tagger's merge). **Floors move up with each improvement,
//! and never down without a note in the commit message saying why.** To update: run
//!
//! ```text
//! cargo test --release --test quality -- --nocapture
//! ```
//!
//! (or `cargo run --release -- eval tests/data/gum` and
//! `cargo run --release -- eval --polnear ../shared/data/polnear/dev`, and `…/train`), then set
//! each floor to the measured figure minus 0.01, rounded down to two decimals.
//!
//! GUM news is a development set (its articles informed rules), so its floors guard against
//! regressions, not generalisation. PolNeAR lives outside the repository, at
//! `../shared/data/polnear` next to the checkout (as in CI), or under `$QUOTEMARK_SHARED/data/polnear`;
//! without it the PolNeAR tests print a note and pass.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use std::path::{Path, PathBuf};

use quotemark::internals::eval::{corpus, polnear};

/// GUM news, 24 Wikinews articles (`tests/data/gum`).
const GUM: &[(&str, f64)] = &[
    ("quote F1", 0.97), // measured 0.984 (0.979 before stop 23; 0.990 before the relative-pronoun candidates)
    // 0.85 until issue 10's new candidates (0.865 -> 0.853, the trade said below); set to the
    // measured figure minus 0.01, as every floor is.
    // Up from 0.87 in stop 23 (0.883 -> 0.905: house-style single marks, "according to" after a
    // fragment, age descriptions, described-then-named subjects; chosen on PolNeAR train).
    // Up from 0.89 in stop 28: measured 0.916 with the source-phrase tails and the models
    // retrained on the entity changes (chosen on PolNeAR train held out).
    // Stop 31: 0.895 for one commit (measured 0.904 with models retrained mid-round; seeds 2 and
    // 3 gave 0.916 and 0.905: model variance over 95 quotes), back to 0.905 with the models of
    // the round's final code (measured 0.915).
    ("speaker accuracy", 0.905), // measured 0.916 in stop 34 (0.905 in stop 33, one quote)
    // Down to 0.83 for a while with the ranker's role features (0.839); back to 0.84 with the
    // models retrained on the pipeline as it is now; down to 0.83 again with issue 10's new
    // candidates (0.856 -> 0.839), which raised every PolNeAR figure (GUM is not chosen by).
    // 0.85 -> 0.84 in stop 21: measured 0.850 (82 of 95 right, one quote fewer) with the title
    // period kept in speaker phrases ("former Sen. Evan Bayh"), which PolNeAR train held out
    // chose (mean of seeds 1-3: speaker 0.9311 -> 0.9319, attributed 0.8776 -> 0.8784). The
    // floor sits 0.01 below the measure, one GUM quote; the issue allows 0.01-0.02.
    // Back to 0.85 in stop 22: measured 0.865. Up to 0.875 in stop 23: measured 0.891.
    // Up to 0.885 in stop 28: measured 0.896 (0.902 with the models trained one rule earlier;
    // the final ones were chosen on PolNeAR train held out, GUM is not chosen by).
    // Stop 31: 0.875 for one commit (see speaker accuracy), back to 0.885: measured 0.896.
    // Up to 0.89 in stop 34: measured 0.902 (87 of 97) with the round's rules and models.
    ("attributed F1", 0.89),
    // 0.842 before issue 11 (0.830 before the tagger); see PLACE below.
    // Stop 23: 0.846 -> 0.840 with ent23's rules and the retrained tagger (GUM train CV all
    // 0.765 -> 0.770, ORG 0.663 -> 0.691; GUM news is not chosen by).
    // Stop 24: 0.840 -> 0.848 with ent26's rules and the retrained tagger.
    // Stop 28: 0.848 -> 0.846 with ent28's club and airline rules and the retrained tagger
    // (GUM train CV mean of seeds 1-4: all 0.779 -> 0.781, ORG 0.697 -> 0.707).
    // Up to 0.84 in stop 34: measured 0.853 (ent35's place rules, the listed names).
    ("entity F1", 0.84), // measured 0.853
    // Moved down from 0.88 with the entity tagger (0.897 -> 0.880): the name lists were pruned
    // by frequency to keep the page under its size budget, a trade for ORG 0.688 -> 0.765.
    // Up to 0.89 in stop 34 (measured 0.901 since stop 31; the floor had been left 0.026 under).
    // Down to 0.875 in stop 43, a stated trade: the shipped entity model had been trained on
    // older rules (0.898 with it); retrained with the README's command on the current rules, so
    // that the command rebuilds it byte for byte (scripts/check-entity-model.sh), GUM news PERSON
    // is 0.887 (PLACE 0.833 -> 0.839); cross-validation on GUM's other genres is unchanged
    // (0.7998 -> 0.7999), and the seed is not chosen by GUM news.
    ("PERSON F1", 0.875), // measured 0.887
    // Down from 0.75 in stop 24: 0.758 -> 0.753 with the tagger retrained on ent26's rules, chosen
    // by GUM train CV (ORG 0.690 -> 0.697); 0.75 left 0.003 of room, under the 0.01 the issue asks.
    // Up to 0.755 in stop 34: measured 0.768.
    ("ORG F1", 0.755), // measured 0.768 (0.755 in stop 28, 0.688 before the tagger)
    // Down from 0.82 with issue 11's rules ("and" in names, teams, defined acronyms) and the
    // tagger retrained on them with more capitals (0.830 -> 0.814): chosen by cross-validation
    // on GUM training docs (mean of seeds 1-4: all 0.733 -> 0.739, ORG 0.602 -> 0.626); GUM news
    // is not chosen by.
    ("PLACE F1", 0.815), // measured 0.835 in stop 40 (0.824 in stop 34; 0.829 before stop 28's retraining; 0.805 before stop 24)
    // Up from 0.95 with a bare year read as a date by its neighbours ("his 2010 season",
    // "2010 and 2011", "the 2002 World Cup"), chosen on GUM training docs (all 0.756 -> 0.764).
    ("DATE F1", 0.96), // measured 0.977 (0.963 before)
];

/// The seed article (`tests/data/wto-talks`); tests/seed.rs checks its quotes one by one.
const SEED: &[(&str, f64)] = &[
    ("entity F1", 0.99), // measured 1.000 (31 of 31)
];

/// PolNeAR dev, 84 articles (`../shared/data/polnear/dev`).
const POLNEAR_DEV: &[(&str, f64)] = &[
    ("quote F1", 0.93), // measured 0.948 (0.943 before '' marks were read as double)
    ("speaker accuracy", 0.92), // measured 0.933 in stop 35 (0.925 before; 0.913 before issue 10's new candidates)
    ("attributed F1", 0.865), // measured 0.880 in stop 35 (0.873 before); dev is reported only, never tuned on
    ("indirect precision", 0.78), // measured 0.793 since stop 31 (0.767 when first scored, stop 30)
    // Up to 0.92 in stop 36: measured 0.932 (att39's reports after a long appositive, polls and
    // studies that "found" or "show").
    // Up to 0.925 in stop 37: measured 0.939 (a speech participle after a comma reports for the
    // main clause's subject; a verb coordinated with an earlier one shares its subject).
    // Up to 0.93 in stop 38: measured 0.943 (att42's share subjects, document tails, a
    // statement's "saying" reported for the main clause's subject).
    // Up to 0.94 in stop 41 (audit aud42): measured 0.951 (333 of 350) since stop 40, 0.021
    // above the floor of 0.93, more than the 0.02 the issue allows.
    ("indirect speaker accuracy", 0.94), // measured 0.951 in stop 40 (0.943 in stop 38, 0.939 in stop 37, 0.932 in stop 36, 0.921 in stop 35, 0.923 when first scored)
];

/// PolNeAR train, 840 articles (`../shared/data/polnear/train`). The attribution models are
/// trained on it, so these figures are in-sample: a guard against regressions only (the trainer's
/// leave-one-publisher-out figures are the held-out reading).
const POLNEAR_TRAIN: &[(&str, f64)] = &[
    ("quote F1", 0.94), // measured 0.954 (0.951 before '' marks were read as double)
    ("speaker accuracy", 0.93), // measured 0.942 in stop 35 (0.941 in stop 34; 0.926 before issue 10's new candidates)
    ("attributed F1", 0.885),   // measured 0.897 (0.893, 0.886 before)
    // Up to 0.80 and 0.89 in stop 36: measured 0.810 and 0.900 (polls and studies as sources, the
    // passive voice no cue).
    ("indirect precision", 0.80), // measured 0.810 in stop 36 (0.793 since stop 31; 0.772 when first scored, stop 30)
    // Up to 0.90 in stop 37: measured 0.915 (participle and coordinated cues).
    // Up to 0.91 in stop 38: measured 0.924 (att42's rules, as for dev).
    ("indirect speaker accuracy", 0.91), // measured 0.924 in stop 38 (0.915 in stop 37, 0.900 in stop 36, 0.891 in stop 35; 0.879 when first scored)
];

/// Prints every figure with its floor, then fails if one is below its floor (or unknown).
fn check(corpus: &str, floors: &[(&str, f64)], figures: &[(&str, f64)]) {
    println!("{corpus}:");
    let mut failures = Vec::new();
    for &(name, floor) in floors {
        let Some(&(_, measured)) = figures.iter().find(|(n, _)| *n == name) else {
            failures.push(format!("{corpus}: no figure named {name:?}"));
            continue;
        };
        let verdict = if measured >= floor { "ok" } else { "BELOW" };
        println!("  {name:<18} {measured:.3}  floor {floor:.3}  {verdict}");
        if measured < floor {
            failures.push(format!(
                "{corpus}: {name} {measured:.3} is below its floor {floor:.3}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn corpus_figures(scores: &corpus::Scores) -> Vec<(&'static str, f64)> {
    let mut figures = vec![
        ("quote F1", scores.quotes.f1()),
        ("speaker accuracy", scores.speaker.recall()),
        ("attributed F1", scores.attributed.f1()),
        ("entity F1", scores.entities.f1()),
    ];
    for (kind, name) in [
        ("PERSON", "PERSON F1"),
        ("ORG", "ORG F1"),
        ("PLACE", "PLACE F1"),
        ("DATE", "DATE F1"),
    ] {
        let counts = scores
            .entities_by_type
            .get(kind)
            .copied()
            .unwrap_or_default();
        figures.push((name, counts.f1()));
    }
    figures
}

fn data(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(dir)
}

#[test]
fn gum_news_meets_its_floors() {
    let scores = corpus::score_dir(&data("gum")).expect("tests/data/gum holds GUM news");
    assert_eq!(
        scores.quotes.gold, 97,
        "the GUM gold changed: re-measure the floors"
    );
    check("GUM news", GUM, &corpus_figures(&scores));
}

#[test]
fn seed_article_meets_its_floors() {
    let scores = corpus::score_dir(&data("")).expect("tests/data holds the seed article");
    check("seed article", SEED, &corpus_figures(&scores));
}

/// `../shared/data/polnear/NAME` beside the checkout, or under `$QUOTEMARK_SHARED`.
fn polnear_split(name: &str) -> Option<PathBuf> {
    let shared = std::env::var_os("QUOTEMARK_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"));
    let dir = shared.join("data/polnear").join(name);
    if dir.is_dir() {
        Some(dir)
    } else {
        println!(
            "PolNeAR {name}: {} is absent, floors not checked (CI has it)",
            dir.display()
        );
        None
    }
}

fn check_polnear(name: &str, floors: &[(&str, f64)]) {
    let Some(dir) = polnear_split(name) else {
        return;
    };
    let scores = polnear::score_dir(&dir).expect("PolNeAR split scores");
    let figures = [
        ("quote F1", scores.quotes.f1()),
        ("speaker accuracy", scores.speaker.recall()),
        ("attributed F1", scores.attributed.f1()),
        ("indirect precision", scores.indirect.precision()),
        (
            "indirect speaker accuracy",
            scores.indirect_speaker.recall(),
        ),
    ];
    check(
        &format!("PolNeAR {name} ({} articles)", scores.articles),
        floors,
        &figures,
    );
}

#[test]
fn polnear_dev_meets_its_floors() {
    check_polnear("dev", POLNEAR_DEV);
}

#[test]
fn polnear_train_meets_its_floors() {
    check_polnear("train", POLNEAR_TRAIN);
}
