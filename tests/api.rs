//! The output contract through the public API: JSON shape, ordering and offset units.

use quotemark::{analyze, try_analyze, Error, OffsetUnit, Options, Report, MAX_INPUT_BYTES};
use serde_json::Value;

const TEXT: &str = "“Médecins Sans Frontières 😀 came,” Zhang Qiyue said. “It ran out.”";

fn report(unit: OffsetUnit) -> Value {
    let analysis = analyze(TEXT, &Options::with_offsets(unit));
    serde_json::from_str(&Report::new(TEXT, &analysis, unit).to_json(false)).expect("valid JSON")
}

/// The slice of `TEXT` between two offsets in `unit`.
fn slice(unit: OffsetUnit, start: u64, end: u64) -> String {
    let (s, e) = (start as usize, end as usize);
    match unit {
        OffsetUnit::Bytes => TEXT[s..e].to_string(),
        OffsetUnit::Chars => TEXT.chars().skip(s).take(e - s).collect(),
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = TEXT.encode_utf16().collect();
            String::from_utf16(&units[s..e]).expect("offsets on boundaries")
        }
    }
}

#[test]
fn contract_fields_are_present() {
    let r = report(OffsetUnit::Utf16);
    assert_eq!(r["version"], 1);
    assert_eq!(r["offsets"], "utf16");
    let q = &r["quotes"][0];
    for field in ["start", "end", "text", "kind", "speaker", "cue"] {
        assert!(q.get(field).is_some(), "quote lacks {field}");
    }
    assert_eq!(q["kind"], "direct");
    assert_eq!(q["speaker"]["name"], "Zhang Qiyue");
    assert_eq!(q["speaker"]["named"], true);
    assert_eq!(q["cue"]["text"], "said");
}

#[test]
fn every_unit_slices_the_same_text() {
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
        let r = report(unit);
        assert_eq!(r["offsets"], unit.name());
        for list in ["mentions", "quotes"] {
            for item in r[list].as_array().expect("array") {
                let got = slice(
                    unit,
                    item["start"].as_u64().unwrap(),
                    item["end"].as_u64().unwrap(),
                );
                assert_eq!(got, item["text"].as_str().unwrap(), "{unit:?} {list}");
            }
        }
        let speaker = &r["quotes"][0]["speaker"];
        let got = slice(
            unit,
            speaker["start"].as_u64().unwrap(),
            speaker["end"].as_u64().unwrap(),
        );
        assert_eq!(got, speaker["text"].as_str().unwrap());
    }
}

#[test]
fn utf16_offsets_count_emoji_as_two_units() {
    let r = report(OffsetUnit::Utf16);
    let c = report(OffsetUnit::Chars);
    let q16 = r["quotes"][0]["end"].as_u64().unwrap();
    let qc = c["quotes"][0]["end"].as_u64().unwrap();
    assert_eq!(q16, qc + 1, "one emoji inside the quote");
}

#[test]
fn everything_is_ordered_by_start() {
    let r = report(OffsetUnit::Bytes);
    for list in ["mentions", "quotes"] {
        let starts: Vec<u64> = r[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x["start"].as_u64().unwrap())
            .collect();
        assert!(
            starts.windows(2).all(|w| w[0] <= w[1]),
            "{list} out of order"
        );
    }
}

#[test]
fn entities_list_their_mentions() {
    let r = report(OffsetUnit::Utf16);
    for (i, m) in r["mentions"].as_array().unwrap().iter().enumerate() {
        let e = &r["entities"][m["entity"].as_u64().unwrap() as usize];
        assert!(e["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x.as_u64() == Some(i as u64)));
    }
}

#[test]
fn empty_text_gives_an_empty_report() {
    let analysis = analyze("", &Options::default());
    assert!(
        analysis.quotes.is_empty() && analysis.mentions.is_empty() && analysis.entities.is_empty()
    );
}

#[test]
fn too_long_text_is_a_clear_error() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    let err = try_analyze(&text, &Options::default()).expect_err("over the limit");
    assert!(matches!(err, Error::TooLong { .. }));
    assert!(err.to_string().contains("MB"));
}

#[test]
fn a_text_of_exactly_the_limit_is_analysed_and_one_byte_more_is_refused() {
    let quote = "“Yes,” Zhu Rongji said. ";
    let mut text = String::with_capacity(MAX_INPUT_BYTES + 1);
    text.push_str(quote);
    text.push_str(&" ".repeat(MAX_INPUT_BYTES - quote.len()));
    assert_eq!(text.len(), MAX_INPUT_BYTES);
    let analysis = try_analyze(&text, &Options::default()).expect("exactly at the limit");
    assert_eq!(analysis.quotes.len(), 1);
    assert_eq!(
        analysis.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
        Some("Zhu Rongji")
    );
    text.push(' ');
    match try_analyze(&text, &Options::default()) {
        Err(Error::TooLong { bytes, limit }) => {
            assert_eq!((bytes, limit), (MAX_INPUT_BYTES + 1, MAX_INPUT_BYTES))
        }
        other => panic!("one byte over the limit: expected TooLong, got {other:?}"),
    }
}
