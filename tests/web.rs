//! The wasm API's translation, run as wasm in Node and in headless Chromium (wasm-bindgen-test).
//!
//! `cargo test --target wasm32-unknown-unknown --no-default-features --features wasm --test web`
//! runs it in Node; with `WASM_BINDGEN_USE_BROWSER=1` and chromedriver on PATH, in Chromium.
//! `scripts/test-web.sh` runs both.
//!
//! The exported `analyze` is `Options::try_from(&options)`, `try_analyze` and
//! `JsValue::from(&report)` in a row; these tests call the same three steps (`js_analyze`), since a
//! test crate cannot name the private `wasm` module. `www/test/wasm.test.js` calls the built
//! module's real export in Node and the page test calls it in Chromium.
#![cfg(target_arch = "wasm32")]

use js_sys::{JsString, Reflect, JSON};
use quotemark::{try_analyze, Options, Report, MAX_INPUT_BYTES};
use wasm_bindgen::{JsCast, JsError, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// What the exported `analyze(text, options)` does, step for step.
fn js_analyze(text: &str, options: &JsValue) -> Result<JsValue, JsError> {
    let options = Options::try_from(options)?;
    let analysis = try_analyze(text, &options)?;
    Ok(JsValue::from(&Report::new(
        text,
        &analysis,
        options.offsets,
    )))
}

/// The message of the JS `Error` a failed call throws.
fn error_message(result: Result<JsValue, JsError>) -> String {
    let error = JsValue::from(result.expect_err("the call should fail"));
    let error: js_sys::Error = error.dyn_into().expect("a JS Error");
    String::from(error.message())
}

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("an object")
}

fn number(value: &JsValue, key: &str) -> u32 {
    get(value, key).as_f64().expect("a number") as u32
}

fn string(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().expect("a string")
}

fn array(value: &JsValue, key: &str) -> Vec<JsValue> {
    js_sys::Array::from(&get(value, key)).to_vec()
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).expect("valid JSON")
}

/// Every `{start, end, text}` record of a JS report: mentions, quotes, speakers and cues.
fn spans(report: &JsValue) -> Vec<(u32, u32, String)> {
    let mut out = Vec::new();
    let mut push = |record: &JsValue| {
        out.push((
            number(record, "start"),
            number(record, "end"),
            string(record, "text"),
        ))
    };
    for mention in array(report, "mentions") {
        push(&mention);
    }
    for quote in array(report, "quotes") {
        push(&quote);
        for part in ["speaker", "cue"] {
            let record = get(&quote, part);
            if !record.is_null() {
                push(&record);
            }
        }
    }
    out
}

// “Médecins Sans Frontières”, an emoji (two UTF-16 units, four bytes) and curly quotes (three bytes).
const NON_ASCII: &str =
    "Dr. Zoë Müller of Médecins Sans Frontières arrived in Zürich on Monday. 🎉\n\n\
“We are very worried about the camps,” Müller said. “Nobody 👍 has told us anything.”\n\n\
A spokesman for the World Health Organization said the situation was “serious”.";

#[wasm_bindgen_test]
fn report_is_plain_objects_shaped_like_the_json() {
    let text = NON_ASCII;
    let js = js_analyze(text, &JsValue::UNDEFINED).unwrap();
    let analysis = try_analyze(text, &Options::default()).unwrap();
    let json = Report::new(text, &analysis, Default::default()).to_json(false);
    let stringified = String::from(JSON::stringify(&js).unwrap());
    assert_eq!(
        stringified, json,
        "JSON.stringify(analyze(text)) is the CLI's JSON"
    );
    assert_eq!(string(&js, "offsets"), "utf16");
    assert_eq!(number(&js, "version"), 1);
    assert!(!array(&js, "quotes").is_empty(), "the sample has quotes");
    // Missing speakers and cues are `null`, never `undefined`, as in the JSON.
    for quote in array(&js, "quotes") {
        for key in ["speaker", "cue"] {
            assert!(
                !get(&quote, key).is_undefined(),
                "{key} is null or a record"
            );
        }
    }
}

#[wasm_bindgen_test]
fn utf16_offsets_index_the_js_string() {
    let js_text = JsString::from(NON_ASCII);
    let report = js_analyze(NON_ASCII, &JsValue::UNDEFINED).unwrap();
    let found = spans(&report);
    assert!(found.len() >= 2, "quotes found: {found:?}");
    for (start, end, text) in found {
        assert_eq!(
            String::from(js_text.slice(start, end)),
            text,
            "{start}..{end}"
        );
    }
    // The first quote starts after the emoji: its UTF-16 start is not its char or byte start.
    let quote = &array(&report, "quotes")[0];
    let start = number(quote, "start") as usize;
    let byte_start = NON_ASCII.find('“').unwrap();
    assert_eq!(start, NON_ASCII[..byte_start].encode_utf16().count());
    assert_ne!(start, NON_ASCII[..byte_start].chars().count());
    assert_eq!(
        string(quote, "text"),
        "“We are very worried about the camps,”"
    );
}

#[wasm_bindgen_test]
fn chars_and_bytes_offsets_on_request() {
    let chars = js_analyze(NON_ASCII, &options(r#"{"offsets":"chars"}"#)).unwrap();
    assert_eq!(string(&chars, "offsets"), "chars");
    for (start, end, text) in spans(&chars) {
        let slice: String = NON_ASCII
            .chars()
            .skip(start as usize)
            .take((end - start) as usize)
            .collect();
        assert_eq!(slice, text);
    }
    let bytes = js_analyze(NON_ASCII, &options(r#"{"offsets":"bytes"}"#)).unwrap();
    assert_eq!(string(&bytes, "offsets"), "bytes");
    for (start, end, text) in spans(&bytes) {
        assert_eq!(&NON_ASCII[start as usize..end as usize], text);
    }
    let explicit = js_analyze(NON_ASCII, &options(r#"{"offsets":"utf16"}"#)).unwrap();
    let default = js_analyze(NON_ASCII, &JsValue::NULL).unwrap();
    assert_eq!(
        String::from(JSON::stringify(&explicit).unwrap()),
        String::from(JSON::stringify(&default).unwrap())
    );
}

/// wasm-bindgen turns a JS string into UTF-8 with `TextEncoder`, which replaces each lone surrogate
/// by U+FFFD. Both are one UTF-16 code unit, so UTF-16 offsets still index the caller's string.
#[wasm_bindgen_test]
fn lone_surrogates_become_u_fffd_and_offsets_still_fit() {
    // "\uD800 “Hi \uDC00 there,” she said. \uDBFF“Bye,” he said.\uDFFF"
    let mut units: Vec<u16> = vec![0xD800, 0x20];
    units.extend("“Hi ".encode_utf16());
    units.push(0xDC00);
    units.extend(" there,” she said. ".encode_utf16());
    units.push(0xDBFF);
    units.extend("“Bye,” he said.".encode_utf16());
    units.push(0xDFFF);
    let js_text = JsString::from_char_code(&units);
    assert!(!js_text.is_valid_utf16());

    // The conversion every `&str` parameter goes through.
    let text = JsValue::from(js_text.clone()).as_string().unwrap();
    assert_eq!(
        text,
        "\u{FFFD} “Hi \u{FFFD} there,” she said. \u{FFFD}“Bye,” he said.\u{FFFD}"
    );
    assert_eq!(text.encode_utf16().count() as u32, js_text.length());

    let report = js_analyze(&text, &JsValue::UNDEFINED).unwrap();
    let quotes = array(&report, "quotes");
    assert_eq!(
        quotes.len(),
        2,
        "{}",
        String::from(JSON::stringify(&report).unwrap())
    );
    // A quote holding a lone surrogate: same offsets, its text shows U+FFFD.
    let (start, end) = (number(&quotes[0], "start"), number(&quotes[0], "end"));
    assert_eq!((start, end), (2, 15));
    assert_eq!(string(&quotes[0], "text"), "“Hi \u{FFFD} there,”");
    let original: Vec<u16> = (start..end)
        .map(|i| js_text.char_code_at(i) as u16)
        .collect();
    assert_eq!(original, units[2..15]);
    // A quote after a lone surrogate: the caller's string sliced at its offsets is its text.
    let (start, end) = (number(&quotes[1], "start"), number(&quotes[1], "end"));
    assert_eq!(String::from(js_text.slice(start, end)), "“Bye,”");
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_that_say_why() {
    let cases = [
        (r#"{"offsets":"words"}"#, "unknown offsets unit \"words\""),
        (r#"{"offset":"chars"}"#, "unknown option \"offset\""),
        (r#"{"offsets":16}"#, "bad options"),
        (r#""utf16""#, "options must be an object"),
        (r#"["utf16"]"#, "options must be an object"),
    ];
    for (json, want) in cases {
        let message = error_message(js_analyze("text", &options(json)));
        assert!(message.contains(want), "{json}: {message}");
    }
    assert!(Options::try_from(&JsValue::UNDEFINED).is_ok());
    assert!(Options::try_from(&options("{}")).is_ok());
}

#[wasm_bindgen_test]
fn text_over_the_limit_throws() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    let message = error_message(js_analyze(&text, &JsValue::UNDEFINED));
    assert!(message.contains("at most 32 MB"), "{message}");
    let text = "a".repeat(1000);
    assert!(js_analyze(&text, &JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn empty_and_markup_text() {
    let empty = js_analyze("", &JsValue::UNDEFINED).unwrap();
    assert!(array(&empty, "quotes").is_empty());
    assert!(array(&empty, "mentions").is_empty());
    let markup = "<img src=x onerror=alert(1)> “<script>alert(2)</script>,” she said.";
    let report = js_analyze(markup, &JsValue::UNDEFINED).unwrap();
    for (start, end, text) in spans(&report) {
        assert_eq!(String::from(JsString::from(markup).slice(start, end)), text);
    }
}

#[wasm_bindgen_test]
fn of_several_unknown_options_the_first_in_code_point_order_is_named() {
    // Keys in insertion order "zeta", "beta", "offsets": the message names "beta".
    let message = error_message(js_analyze(
        "text",
        &options(r#"{"zeta":1,"beta":2,"offsets":"chars"}"#),
    ));
    assert!(message.contains("unknown option \"beta\""), "{message}");
    assert!(
        message.contains("known options are [\"offsets\"]"),
        "{message}"
    );
}
