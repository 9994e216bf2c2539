//! The WebAssembly API (feature `wasm`): the only module that uses wasm-bindgen.
//!
//! Bindings only translate. JS exports:
//!
//! - `analyze(text, options?)` runs [`try_analyze`] and returns the [`Report`] as plain JS objects
//!   (the JSON output contract: `None` is `null`, maps are objects). Offsets are UTF-16 code units
//!   unless `options.offsets` is `"chars"` or `"bytes"`. A bad option or a text over
//!   [`crate::MAX_INPUT_BYTES`] throws a JS `Error` whose message says what is wrong.
//! - `version()`, the crate version, and `maxInputBytes()`, the input limit in UTF-8 bytes.
//!
//! For Rust callers the translation is two trait impls, visible wherever the feature is on:
//! `Options: TryFrom<&JsValue>` and `JsValue: From<&Report>`.
//!
//! # Strings at the boundary
//! wasm-bindgen hands a JS string to Rust as UTF-8 made by `TextEncoder`, which replaces each lone
//! surrogate (an unpaired `\uD800`–`\uDFFF` code unit) with U+FFFD. Both are one UTF-16 code unit,
//! so UTF-16 offsets still index the caller's own string; only the `text` fields of the report show
//! U+FFFD where the input had a lone surrogate. `tests/web.rs` checks this.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{try_analyze, Error, OffsetUnit, Options, Report, MAX_INPUT_BYTES, VERSION};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** Options of `analyze`. */
export interface AnalyzeOptions {
  /** Unit of every `start`/`end`: UTF-16 code units (JS string indices, the default), Unicode scalar values, or UTF-8 bytes. */
  offsets?: "utf16" | "chars" | "bytes";
}

/** An entity type. */
export type EntityType = "PERSON" | "ORG" | "PLACE" | "NORP" | "DATE" | "TIME" | "MONEY" | "PERCENT" | "NUMBER";

/** A span of the analysed text, `start` inclusive, `end` exclusive. */
export interface SpanRecord {
  start: number;
  end: number;
  text: string;
}

/** One named thing, in order of first mention. */
export interface EntityRecord {
  /** Its index in `Report.entities`. */
  id: number;
  type: EntityType;
  /** The fullest form of its name. */
  name: string;
  /** Indices into `Report.mentions`. */
  mentions: number[];
}

/** One place where an entity is named. */
export interface MentionRecord extends SpanRecord {
  type: EntityType;
  /** Index into `Report.entities`. */
  entity: number;
  /** A title written before a person's name ("U.S. Trade Representative"). */
  title?: string;
}

/** What kind of source a speaker is. */
export type SpeakerKind = "person" | "organization" | "group" | "document";

/** Who said a quotation. */
export interface SpeakerRecord extends SpanRecord {
  /** Who the speaker as written (`text`, e.g. "she") stands for. */
  name: string;
  /** The entity it resolves to, if any. */
  entity: number | null;
  /** False for anonymous sources ("a source said"). */
  named: boolean;
  /** A person ("she", "the spokeswoman"), an organisation ("the ministry"), a group ("officials") or a document ("the report"). */
  kind: SpeakerKind;
}

/** One quotation. */
export interface QuoteRecord extends SpanRecord {
  kind: "direct" | "partial" | "indirect" | "other";
  speaker: SpeakerRecord | null;
  /** The speech cue ("said"). */
  cue: SpanRecord | null;
  /** Index into `Report.sources` of who said it; null exactly when `speaker` is. */
  source: number | null;
}

/** A gender, only where the text supports it. */
export type Gender = "female" | "male";

/** What a source's gender rests on: a pronoun in the text that refers to it ("her team"), an honorific or gendered title ("Ms.", "spokeswoman"), or a statistical guess from the given name (>= 95% of its bearers one sex in US Census/SSA data). */
export type GenderBasis = "pronoun" | "honorific" | "given-name";

/** One distinct source: everyone and everything quoted, in order of first quote. */
export interface SourceRecord {
  /** Its index in `Report.sources`. */
  id: number;
  /** The entity's name, or the description as resolved ("One source"). */
  name: string;
  /** False for anonymous sources. */
  named: boolean;
  kind: SpeakerKind;
  /** Its entity, if any. */
  entity: number | null;
  /** Null unless the text supports a gender (persons only). */
  gender: Gender | null;
  /** Null exactly when `gender` is. */
  gender_basis: GenderBasis | null;
  /** Titles and descriptions the text gives it, as written ("U.S. Trade Representative", "a spokeswoman for the commission"). */
  roles: string[];
  /** Index into `Report.entities` of an organisation named in its roles, if any. */
  affiliation: number | null;
  /** Indices into `Report.quotes` of every quote (direct, partial, indirect) attributed to it. */
  quotes: number[];
  /** Words inside the marks of its direct and partial quotes. */
  quoted_words: number;
}

/** The output contract: everything `analyze` found. */
export interface Report {
  /** Contract version; changes are additive. */
  version: number;
  /** The unit of every `start` and `end`. */
  offsets: "utf16" | "chars" | "bytes";
  entities: EntityRecord[];
  /** Ordered by start. */
  mentions: MentionRecord[];
  /** Ordered by start. */
  quotes: QuoteRecord[];
  /** Distinct sources of the quotes, in order of first quote. */
  sources: SourceRecord[];
}
"#;

/// Installs the panic hook, so a panic shows its message in the console instead of "unreachable".
/// Runs when the module is instantiated (wasm-bindgen also exports it; calling it again is harmless).
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Analyses `text` and returns the report as plain JS objects.
///
/// # Errors
/// A JS `Error` for a bad option or a text over the input limit.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "AnalyzeOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsError> {
    let options = Options::try_from(&options)?;
    let analysis = try_analyze(text, &options)?;
    Ok(JsValue::from(&Report::new(
        text,
        &analysis,
        options.offsets,
    )))
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    VERSION.to_string()
}

/// The largest text `analyze` accepts, in UTF-8 bytes.
#[wasm_bindgen(js_name = maxInputBytes)]
pub fn max_input_bytes() -> u32 {
    MAX_INPUT_BYTES as u32
}

/// The option names `analyze` knows.
const OPTION_NAMES: [&str; 1] = ["offsets"];

impl TryFrom<&JsValue> for Options {
    type Error = Error;

    /// Reads `{ offsets?: "utf16" | "chars" | "bytes" }`; `undefined` and `null` give the defaults.
    fn try_from(value: &JsValue) -> Result<Options, Error> {
        if value.is_undefined() || value.is_null() {
            return Ok(Options::default());
        }
        if !value.is_object() || value.is_array() {
            return Err(Error::BadOption(
                "options must be an object such as { offsets: \"utf16\" }".into(),
            ));
        }
        // Read with JS reflection rather than serde: serde's messages for a value of the wrong
        // type would link float formatting into the module (README, "Speed and size").
        let object = js_sys::Object::from(value.clone());
        // The first unknown key in code-point order (a vector and `min` rather than a sorted set:
        // the set's code made the module 3.6 KB larger gzipped).
        let keys: Vec<String> = js_sys::Object::keys(&object)
            .iter()
            .filter_map(|key| key.as_string())
            .collect();
        if let Some(key) = keys
            .iter()
            .filter(|k| !OPTION_NAMES.contains(&k.as_str()))
            .min()
        {
            return Err(Error::BadOption(format!(
                "unknown option {key:?}: known options are {OPTION_NAMES:?}"
            )));
        }
        let offsets = js_sys::Reflect::get(&object, &JsValue::from_str("offsets"))
            .map_err(|_| Error::BadOption("bad options: cannot read \"offsets\"".into()))?;
        let offsets = if offsets.is_undefined() || offsets.is_null() {
            None
        } else {
            Some(offsets.as_string().ok_or_else(|| {
                Error::BadOption(
                    "bad options: offsets must be \"utf16\", \"chars\" or \"bytes\"".into(),
                )
            })?)
        };
        let offsets = match offsets.as_deref() {
            None => OffsetUnit::default(),
            Some(name) => OffsetUnit::from_name(name).ok_or_else(|| {
                Error::BadOption(format!(
                    "unknown offsets unit {name:?}: expected \"utf16\", \"chars\" or \"bytes\""
                ))
            })?,
        };
        Ok(Options::with_offsets(offsets))
    }
}

impl From<&Report<'_>> for JsValue {
    /// The report as plain JS objects, shaped exactly like its JSON (`None` is `null`), built
    /// through serde-wasm-bindgen. Measured in Node against the report's JSON string given to
    /// `JSON.parse` (README, "How it works"): the same speed within 2%, but the string, about three
    /// times the text's size, stays in the module's linear memory (which never shrinks): 167 MiB
    /// after one 10 MB text instead of 118.
    fn from(report: &Report<'_>) -> JsValue {
        let serializer = serde_wasm_bindgen::Serializer::new()
            .serialize_maps_as_objects(true)
            .serialize_missing_as_null(true);
        // Plain records of strings, u32s, booleans and options: serialising them cannot fail.
        report.serialize(&serializer).unwrap_or(JsValue::NULL)
    }
}
