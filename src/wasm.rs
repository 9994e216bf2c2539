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

use wasm_bindgen::prelude::*;

use crate::{try_analyze, Error, OffsetUnit, Options, Report, MAX_INPUT_BYTES, VERSION};

/// The allocator: talc instead of std's dlmalloc. Measured in Node on the 1 MB bench corpus
/// (MB/s by CPU time, alternating runs, 2 shared cores at load 12-21): 3.13, 3.07, 2.99, 3.81,
/// 4.47, 4.07, 4.10 against dlmalloc's 3.10, 3.01, 2.88, 3.64, 3.92, 3.90, 4.47 (faster in six of
/// seven pairs, about 4% on average: within the machine's noise); the module 3,355 B smaller by
/// gzip -9; the linear memory after one 10 MB text the same, 62.7 MiB; the same output.
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

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
    /// The report as plain JS objects, shaped exactly like its JSON (`None` is `null`).
    ///
    /// Rust sends the report as one array of numbers and three strings ([`Flat`]: the text, the
    /// other strings joined, the labels), and a JS function
    /// (`buildReport`, below) makes the objects from them: a handful of calls across the boundary
    /// instead of one per field. The records' `text` fields are slices of the analysed text, sent
    /// once (as JS strings they are cut from it); the other strings (names, roles, titles) are
    /// sent joined in one. Measured in Node on the 1 MB bench corpus (README, "Speed and size"):
    /// serde-wasm-bindgen, which made the objects field by field from Rust, and the report's JSON
    /// given to `JSON.parse` were both slower.
    fn from(report: &Report<'_>) -> JsValue {
        let flat = Flat::new(report);
        // With other units every string is in `strings`, which then starts at 0.
        let text = if flat.utf16 { report.text } else { "" };
        build_report(&flat.numbers, text, &flat.strings, &flat.labels.join("\n"))
    }
}

// `buildReport` makes the report's objects from [`Flat`]'s numbers and strings (the layout is
// [`Flat::new`]'s, read in the same order). wasm-bindgen writes it to pkg/snippets/; the build
// (scripts/build-wasm.sh) inlines it into the glue, so the package stays two files.
#[wasm_bindgen(inline_js = r#"
export function buildReport(n, text, strings, labels) {
  const NONE = 0xffffffff;
  const all = strings.length ? text + strings : text;
  const label = labels.split('\n');
  let i = 0;
  const num = () => n[i++];
  const opt = () => { const v = n[i++]; return v === NONE ? null : v; };
  const str = () => { const a = n[i], b = n[i + 1]; i += 2; return all.slice(a, b); };
  const lab = () => label[n[i++]];
  const optLab = () => { const v = n[i++]; return v === NONE ? null : label[v]; };
  const nums = () => { const k = n[i++], out = new Array(k); for (let j = 0; j < k; j++) out[j] = n[i++]; return out; };
  const strs = () => { const k = n[i++], out = new Array(k); for (let j = 0; j < k; j++) out[j] = str(); return out; };
  const version = num(), offsets = lab();
  const entities = new Array(num()), mentions = new Array(num());
  const quotes = new Array(num()), sources = new Array(num());
  for (let id = 0; id < entities.length; id++) {
    entities[id] = { id, type: lab(), name: str(), mentions: nums() };
  }
  for (let k = 0; k < mentions.length; k++) {
    const m = { start: num(), end: num(), text: str(), type: lab(), entity: num() };
    if (num()) m.title = str();
    mentions[k] = m;
  }
  for (let k = 0; k < quotes.length; k++) {
    quotes[k] = {
      start: num(), end: num(), text: str(), kind: lab(),
      speaker: num() ? { start: num(), end: num(), text: str(), name: str(), entity: opt(), named: num() === 1, kind: lab() } : null,
      cue: num() ? { start: num(), end: num(), text: str() } : null,
      source: opt(),
    };
  }
  for (let id = 0; id < sources.length; id++) {
    sources[id] = {
      id, name: str(), named: num() === 1, kind: lab(), entity: opt(), gender: optLab(), gender_basis: optLab(),
      roles: strs(), affiliation: opt(), quotes: nums(), quoted_words: num(),
    };
  }
  return { version, offsets, entities, mentions, quotes, sources };
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = buildReport)]
    fn build_report(numbers: &[u32], text: &str, strings: &str, labels: &str) -> JsValue;
}

/// `null` among [`Flat`]'s numbers (no offset or index comes near it: the input limit is 32 MB).
const NONE: u32 = u32::MAX;

/// A [`Report`] as numbers and strings for `buildReport`.
///
/// A string is two numbers, its UTF-16 start and end in the text followed by `strings` (as JS
/// strings); a label (a type, kind, gender...) is its index in `labels`; `None` is [`NONE`]; a list
/// is its length and its items; an optional record is 0, or 1 and its fields. The layout: version,
/// offsets label, the four record counts, then each entity (type, name, mentions), mention (start,
/// end, text, type, entity, optional title), quote (start, end, text, kind, optional speaker:
/// start, end, text, name, entity, named, kind; optional cue: start, end, text; source) and
/// source (name, named, kind, entity, gender, gender basis, roles, affiliation, quotes, quoted
/// words), in order.
struct Flat<'r> {
    numbers: Vec<u32>,
    strings: String,
    labels: Vec<&'static str>,
    /// The report's text, whose slices are sent as offsets when the offsets are UTF-16.
    text: &'r str,
    /// Offsets in UTF-16 units: the text goes to JS and `strings` follows it.
    utf16: bool,
    /// The UTF-16 position of the end of `strings` in the text followed by it.
    end: u32,
}

/// The length of `s` in UTF-16 code units: one per character, two for those above U+FFFF.
fn utf16_len(s: &str) -> u32 {
    s.bytes()
        .map(|b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0))
        .sum()
}

impl<'r> Flat<'r> {
    fn new(report: &Report<'r>) -> Flat<'r> {
        let utf16 = report.offsets == OffsetUnit::Utf16.name();
        let mut flat = Flat {
            numbers: Vec::with_capacity(
                8 + 8 * report.entities.len()
                    + 9 * report.mentions.len()
                    + 24 * report.quotes.len()
                    + 20 * report.sources.len(),
            ),
            strings: String::new(),
            labels: Vec::new(),
            text: report.text,
            utf16,
            end: if utf16 { utf16_len(report.text) } else { 0 },
        };
        flat.numbers.push(report.version);
        flat.label(report.offsets);
        flat.numbers.extend([
            report.entities.len() as u32,
            report.mentions.len() as u32,
            report.quotes.len() as u32,
            report.sources.len() as u32,
        ]);
        for e in &report.entities {
            flat.label(e.kind);
            flat.string(e.name);
            flat.list(e.mentions);
        }
        for m in &report.mentions {
            flat.span(m.start, m.end, m.text);
            flat.label(m.kind);
            flat.numbers.push(m.entity);
            flat.numbers.push(u32::from(m.title.is_some()));
            if let Some(title) = m.title {
                flat.string(title);
            }
        }
        for q in &report.quotes {
            flat.span(q.start, q.end, q.text);
            flat.label(q.kind);
            flat.numbers.push(u32::from(q.speaker.is_some()));
            if let Some(s) = &q.speaker {
                flat.span(s.start, s.end, s.text);
                flat.string(s.name);
                flat.numbers.push(s.entity.unwrap_or(NONE));
                flat.numbers.push(u32::from(s.named));
                flat.label(s.kind);
            }
            flat.numbers.push(u32::from(q.cue.is_some()));
            if let Some(c) = &q.cue {
                flat.span(c.start, c.end, c.text);
            }
            flat.numbers.push(q.source.unwrap_or(NONE));
        }
        for s in &report.sources {
            flat.string(s.name);
            flat.numbers.push(u32::from(s.named));
            flat.label(s.kind);
            flat.numbers.push(s.entity.unwrap_or(NONE));
            flat.opt_label(s.gender);
            flat.opt_label(s.gender_basis);
            flat.numbers.push(s.roles.len() as u32);
            for role in &s.roles {
                flat.string(role);
            }
            flat.numbers.push(s.affiliation.unwrap_or(NONE));
            flat.list(s.quotes);
            flat.numbers.push(s.quoted_words);
        }
        flat
    }

    /// A string, added to `strings`.
    fn string(&mut self, s: &str) {
        let start = self.end;
        self.strings.push_str(s);
        self.end += utf16_len(s);
        self.numbers.extend([start, self.end]);
    }

    /// A record's offsets and text: with UTF-16 offsets, a text that is the report's text at
    /// them (as [`Report::new`] makes it) is sent as those offsets alone.
    fn span(&mut self, start: u32, end: u32, s: &str) {
        self.numbers.extend([start, end]);
        let text = self.text.as_bytes().as_ptr_range();
        let inside = text.start <= s.as_ptr() && s.as_bytes().as_ptr_range().end <= text.end;
        if self.utf16 && inside {
            self.numbers.extend([start, end]);
        } else {
            self.string(s);
        }
    }

    fn label(&mut self, label: &'static str) {
        let at = match self.labels.iter().position(|&l| l == label) {
            Some(at) => at,
            None => {
                self.labels.push(label);
                self.labels.len() - 1
            }
        };
        self.numbers.push(at as u32);
    }

    fn opt_label(&mut self, label: Option<&'static str>) {
        match label {
            Some(label) => self.label(label),
            None => self.numbers.push(NONE),
        }
    }

    fn list(&mut self, values: &[u32]) {
        self.numbers.push(values.len() as u32);
        self.numbers.extend_from_slice(values);
    }
}
