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

#[test]
fn seed_sources_have_the_gender_the_text_gives_and_its_basis() {
    use quotemark::{Gender, GenderBasis};
    let (text, _) = seed();
    let analysis = analyze(&text, &Options::default());
    let gender = |name: &str| {
        let s = analysis
            .sources
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("no source {name}: {:#?}", analysis.sources));
        (s.gender, s.gender_basis)
    };
    // "U.S. Trade Representative Charlene Barshefsky and her team"
    assert_eq!(
        gender("Charlene Barshefsky"),
        (Some(Gender::Female), Some(GenderBasis::Pronoun))
    );
    // "“WTO accession is needed …,” she said."
    assert_eq!(
        gender("Zhang Qiyue"),
        (Some(Gender::Female), Some(GenderBasis::Pronoun))
    );
    // "Shi Guangsheng said he expected “advances”"
    assert_eq!(
        gender("Shi Guangsheng"),
        (Some(Gender::Male), Some(GenderBasis::Pronoun))
    );
}

#[test]
fn seed_unnamed_sources_are_not_named_and_have_no_gender() {
    let (text, _) = seed();
    let analysis = analyze(&text, &Options::default());
    let sources = analysis.quote_sources();
    // The quotes of the article's anonymous sources ("One source said", "the source said",
    // "Sources close to the Chinese government said", "U.S. analysts say") belong to unnamed ones.
    for needle in [
        "enormous",
        "We don't know",
        "many different factions",
        "this morning's meeting",
        "the negotiations are focused",
    ] {
        let (i, _) = analysis
            .quotes
            .iter()
            .enumerate()
            .find(|(_, q)| q.span.text(&text).contains(needle))
            .unwrap_or_else(|| panic!("no quote with {needle:?}"));
        let id = sources[i].unwrap_or_else(|| panic!("{needle:?} has no source"));
        let source = &analysis.sources[id as usize];
        assert!(!source.named, "{needle:?}: {source:?}");
        assert_eq!(source.entity, None, "{source:?}");
        assert_eq!(source.gender, None, "{source:?}");
    }
    // Every source without a name has neither an entity nor a gender from a name.
    for s in analysis.sources.iter().filter(|s| !s.named) {
        assert_eq!(s.entity, None, "{s:?}");
        assert_ne!(
            s.gender_basis,
            Some(quotemark::GenderBasis::GivenName),
            "{s:?}"
        );
    }
    // The named ones are the three people the article quotes by name.
    let mut named: Vec<&str> = analysis
        .sources
        .iter()
        .filter(|s| s.named)
        .map(|s| s.name.as_str())
        .collect();
    named.sort_unstable();
    assert_eq!(
        named,
        vec!["Charlene Barshefsky", "Shi Guangsheng", "Zhang Qiyue"]
    );
}

#[test]
fn seed_every_attributed_quote_points_at_its_source() {
    let (text, _) = seed();
    let analysis = analyze(&text, &Options::default());
    let report: serde_json::Value = serde_json::from_str(
        &quotemark::Report::new(&text, &analysis, quotemark::OffsetUnit::Utf16).to_json(false),
    )
    .expect("report JSON");
    let sources = report["sources"].as_array().expect("sources");
    let quotes = report["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), analysis.quotes.len());
    let mut attributed = 0;
    for (i, quote) in quotes.iter().enumerate() {
        let speaker = &quote["speaker"];
        if speaker.is_null() {
            assert!(
                quote["source"].is_null(),
                "quote {i}: a source without a speaker"
            );
            continue;
        }
        attributed += 1;
        let id = quote["source"].as_u64().expect("a source index") as usize;
        let source = &sources[id];
        assert_eq!(source["id"].as_u64(), Some(id as u64));
        let listed: Vec<u64> = source["quotes"]
            .as_array()
            .expect("quotes of the source")
            .iter()
            .filter_map(|q| q.as_u64())
            .collect();
        assert!(
            listed.contains(&(i as u64)),
            "source {id} does not list quote {i}"
        );
        assert_eq!(source["name"], speaker["name"], "quote {i}");
        assert_eq!(source["entity"], speaker["entity"], "quote {i}");
        assert_eq!(source["named"], speaker["named"], "quote {i}");
        assert_eq!(source["kind"], speaker["kind"], "quote {i}");
    }
    assert!(attributed >= 9, "{attributed} attributed quotes");
    let total: usize = sources
        .iter()
        .map(|s| s["quotes"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(
        total, attributed,
        "every source quote is an attributed quote"
    );
}
