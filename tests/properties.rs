//! Properties on any input (issue 7): `analyze` never panics, its output keeps every invariant
//! (`quotemark::internals::check_invariants`: spans, links, order, report offsets in all three
//! units), the report JSON parses and is byte for byte what `serde_json` writes for the same records,
//! and the same text always gives byte-identical JSON.
//!
//! Two generators: arbitrary Unicode strings, and news-like strings built from fragments (quotes
//! of every kind, names, titles, numbers, apostrophes, line breaks, CRLF, emoji, combining marks,
//! right-to-left text, NUL and control characters). `PROPTEST_CASES=N` raises the number of cases
//! (the default keeps `cargo test` to a few seconds); fuzz/README.md has the long runs.

use proptest::prelude::*;
use quotemark::internals::check_invariants;
use quotemark::{analyze, OffsetMap, OffsetUnit, Options, Report};

/// Pieces of news text and of what breaks parsers, joined in any order and number.
#[rustfmt::skip]
const FRAGMENTS: &[&str] = &[
    // Quotation marks of every kind, open and closed, alone and nested.
    "\"", "“", "”", "‘", "’", "'", "„", "«", "»", "‹", "›", "''", "``", "「", "」", "″", "′",
    "“We came hoping to make progress,” ", "\"It's done,\" she said. ", "‘Not yet’",
    "'90s", "rock 'n' roll", "don't", "the players’ ", "6'2\" ", "a 55\" screen",
    "“He said ‘no’ twice.”", "«Oui», ", "— ", "―", " – ", ": “", "…",
    // Names, titles, organisations, places, speech verbs.
    "Charlene Barshefsky", "U.S. Trade Representative ", "Zhu Rongji", "Mr. ", "Dr. ", "St", "Saint", "St. ",
    "Prime Minister ", "the World Trade Organization (WTO)", "WTO", "China", "Chinese ",
    "Geneva", "GENEVA — ", "Lake Tahoe", "Museum of Flight", "Acme Inc.", "al-Amr ",
    "Ødegaard", "Zhang Qiyue", "according to ", "said", " said ", "told reporters",
    "she added", "he said.", "a source said", "officials said", "spokeswoman ", "Barshefsky",
    // Numbers, dates, money.
    "Nov. 30", "9 a.m.", "$2.3 billion", "14 percent", "3.5%", "1,200", "Thursday", "2014",
    "13 years", "5:30",
    // Punctuation and white space.
    ".", ",", "!", "?", "(", ")", "[", "]", ";", ":", "-", "&", " ", "  ", "\t",
    "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\u{a0}", "\u{2028}", "\u{2029}", "\u{200b}",
    "\u{feff}", "\u{ad}",
    // Other scripts, emoji, combining marks, bidi controls.
    "😀", "👩‍👩‍👧", "🇨🇳", "e\u{301}", "A\u{30a}\u{301}", "\u{301}", "Z\u{335}\u{336}",
    "東京", "שלום", "مرحبا", "\u{200f}", "\u{202e}", "\u{2067}", "\u{2069}", "İ", "ß", "ﬁ",
    "Σ", "ǅ",
    // NUL and control characters.
    "\0", "\u{1}", "\u{7}", "\u{1b}", "\u{7f}", "\u{85}", "\u{9f}", "\u{fffd}", "\u{10ffff}",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|parts| parts.concat())
}

/// Analyses `text` and checks everything; returns the compact JSON.
fn check(text: &str) -> String {
    let analysis = analyze(text, &Options::default());
    if let Err(e) = check_invariants(text, &analysis) {
        panic!("{e}\ninput: {text:?}");
    }
    let report = Report::new(text, &analysis, OffsetUnit::Utf16);
    let json = report.to_json(false);
    // The hand-written writer gives serde_json's bytes, on any input.
    let serde = serde_json::to_string(&report).expect("serialisable");
    assert_eq!(
        json, serde,
        "report JSON differs from serde_json's: {text:?}"
    );
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("report JSON parses");
    assert_eq!(parsed["version"], 1);
    assert_eq!(
        json,
        Report::new(text, &analyze(text, &Options::default()), OffsetUnit::Utf16).to_json(false),
        "same input, different JSON: {text:?}"
    );
    json
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(
        std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(256)
    ))]

    #[test]
    fn arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn news_like_strings(text in news_like()) {
        check(&text);
    }

    /// A normal article with a news-like string spliced in at any character boundary.
    #[test]
    fn article_with_splice(at in 0usize..4000, insert in news_like()) {
        let article = include_str!("data/wto-talks.txt");
        let mut at = at.min(article.len());
        while !article.is_char_boundary(at) {
            at -= 1;
        }
        check(&format!("{}{insert}{}", &article[..at], &article[at..]));
    }

    /// Offset conversion agrees with the standard library at every character boundary.
    #[test]
    fn offsets_match_std(text in any::<String>()) {
        let utf16 = OffsetMap::new(&text, OffsetUnit::Utf16);
        let chars = OffsetMap::new(&text, OffsetUnit::Chars);
        let bytes = OffsetMap::new(&text, OffsetUnit::Bytes);
        let (mut u, mut c) = (0u32, 0u32);
        for (i, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            prop_assert_eq!(utf16.convert(i as u32), u);
            prop_assert_eq!(chars.convert(i as u32), c);
            prop_assert_eq!(bytes.convert(i as u32), i as u32);
            u += ch.len_utf16() as u32;
            c += 1;
        }
    }
}

/// Every fixture gives byte-identical JSON on every run and keeps the invariants.
#[test]
fn fixtures_are_deterministic() {
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data"
    ))];
    let mut seen = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("tests/data").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).expect("UTF-8 fixture");
                let first = check(&text);
                for unit in [OffsetUnit::Chars, OffsetUnit::Bytes] {
                    let (x, y) = (
                        analyze(&text, &Options::default()),
                        analyze(&text, &Options::default()),
                    );
                    let a = Report::new(&text, &x, unit);
                    let b = Report::new(&text, &y, unit);
                    assert_eq!(a.to_json(true), b.to_json(true), "{}", path.display());
                    // The hand-written JSON is serde_json's, compact and pretty.
                    let compact = serde_json::to_string(&a).expect("serialisable");
                    let pretty = serde_json::to_string_pretty(&a).expect("serialisable");
                    assert_eq!(a.to_json(false), compact, "{}", path.display());
                    assert_eq!(a.to_json(true), pretty, "{}", path.display());
                }
                assert_eq!(first, check(&text), "{}", path.display());
                seen += 1;
            }
        }
    }
    assert!(seen >= 2, "no fixtures found");
}

/// Small inputs that once broke or nearly broke an invariant, and the edge cases of empty input.
#[test]
fn edge_cases() {
    for text in [
        "",
        " ",
        "\n",
        "\"",
        "“",
        "”",
        "''",
        "'",
        "\0",
        "a\u{301}",
        "\u{301}",
        "\r\n\r\n",
        "“”",
        "\"\"",
        "“ ”",
        "''''",
        "``''",
        "Mr.",
        "Barshefsky said",
        "said Barshefsky",
        "“Yes,” said",
        "\u{feff}“Yes,” she said.",
    ] {
        check(text);
    }
}
