//! The seed article (tests/data/wto-talks.txt): every gold quote found, with its kind and speaker,
//! scored by the same code as `quotemark eval`.

use std::path::Path;

use quotemark::internals::eval::corpus::{score_document, Gold};
use quotemark::{analyze, Options, QuoteKind};

fn seed() -> (String, Gold) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let text = std::fs::read_to_string(dir.join("wto-talks.txt")).expect("seed text");
    let gold = std::fs::read_to_string(dir.join("wto-talks.gold.json")).expect("seed gold");
    (text, serde_json::from_str(&gold).expect("gold parses"))
}

#[test]
fn all_nine_gold_quotes_are_found_with_their_kinds() {
    let (text, gold) = seed();
    let analysis = analyze(&text, &Options::default());
    let scores = score_document("wto-talks", &text, &analysis, &gold);
    assert_eq!(gold.quotes.len(), 9);
    assert_eq!(scores.quotes.true_positives, 9, "{:#?}", scores.misses);
    assert_eq!(scores.quotes.predicted, 9, "{:#?}", scores.misses);
    assert_eq!(scores.kind.true_positives, 9, "{:#?}", scores.misses);
}

#[test]
fn every_gold_quote_has_its_speaker() {
    let (text, gold) = seed();
    let analysis = analyze(&text, &Options::default());
    let scores = score_document("wto-talks", &text, &analysis, &gold);
    assert_eq!(scores.attributed.true_positives, 9, "{:#?}", scores.misses);
}

#[test]
fn she_said_is_zhang_qiyue_and_the_source_is_unnamed() {
    let (text, _) = seed();
    let analysis = analyze(&text, &Options::default());
    let find = |needle: &str| {
        analysis
            .quotes
            .iter()
            .find(|q| q.span.text(&text).contains(needle))
            .expect("quote found")
    };
    let she = find("WTO accession").speaker.as_ref().expect("speaker");
    assert_eq!(she.span.text(&text), "she");
    assert_eq!(she.name, "Zhang Qiyue");
    let source = find("We don't know").speaker.as_ref().expect("speaker");
    assert!(source.span.text(&text).contains("source"));
    assert!(!source.named);
    assert_eq!(find("advances").kind, QuoteKind::Partial);
    assert_eq!(find("The clock has nearly").kind, QuoteKind::Direct);
}

#[test]
fn seed_entities_meet_the_floor() {
    let (text, gold) = seed();
    let analysis = analyze(&text, &Options::default());
    let scores = score_document("wto-talks", &text, &analysis, &gold);
    assert!(
        scores.entities.f1() >= 0.90,
        "entity F1 {:.3}: {:#?}",
        scores.entities.f1(),
        scores.misses
    );
}
