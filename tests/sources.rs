//! Sources through the public API: the gender check on GUM news against the committed annotation
//! (tests/data/gum/speaker_gender.tsv, the speakers' gender as each text states it), and the
//! sources of every fixture keeping the contract's invariants.

use std::path::Path;

use quotemark::internals::eval::gender;
use quotemark::{analyze, Options};

fn gum() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/gum")
}

#[test]
fn gum_news_gender_precision_is_at_least_0_97() {
    let scores = gender::score_dir(&gum())
        .expect("annotation and texts read")
        .expect("tests/data/gum has speaker_gender.tsv");
    assert!(scores.annotated >= 50, "{} annotated", scores.annotated);
    // Most annotated speakers are found as sources (the rest are missed by attribution).
    assert!(
        scores.matched * 4 >= scores.annotated * 3,
        "{} of {} matched",
        scores.matched,
        scores.annotated
    );
    assert!(
        scores.all.precision() >= 0.97,
        "precision {:.3} ({} of {}): {:#?}",
        scores.all.precision(),
        scores.all.right,
        scores.all.judged,
        scores.misses
    );
    assert!(scores.text_only.precision() >= 0.97, "{:#?}", scores.misses);
    // A floor, so that a change that stops giving genders is noticed.
    assert!(
        scores.all.coverage() >= 0.5,
        "coverage {:.3}: {:#?}",
        scores.all.coverage(),
        scores.misses
    );
}

#[test]
fn every_gum_source_keeps_the_invariants_and_genders_only_persons() {
    for entry in std::fs::read_dir(gum()).expect("tests/data/gum") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|x| x != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("text");
        let analysis = analyze(&text, &Options::default());
        quotemark::internals::check_invariants(&text, &analysis)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for s in &analysis.sources {
            if s.gender.is_some() {
                assert_eq!(s.kind, quotemark::SpeakerKind::Person, "{s:?}");
            }
        }
    }
}
