//! The output contract: an [`Analysis`] as JSON-ready records, offsets converted to the caller's unit.
//!
//! A [`Report`] borrows every string from the text and the analysis, and [`Report::to_json`] writes
//! it straight into one string (the same bytes as `serde_json` would write: a test checks), so a
//! report costs a few small record vectors and its JSON, never a copy of each string.
//!
//! ```json
//! { "version": 1, "offsets": "utf16",
//!   "entities": [{"id": 0, "type": "PERSON", "name": "Charlene Barshefsky", "mentions": [2, 9]}],
//!   "mentions": [{"start": 96, "end": 115, "text": "Charlene Barshefsky", "type": "PERSON", "entity": 0}],
//!   "quotes": [{"start": 880, "end": 982, "text": "“We came ... at this point,”", "kind": "direct",
//!               "speaker": {"start": 983, "end": 993, "text": "Barshefsky", "name": "Charlene Barshefsky",
//!                           "entity": 0, "named": true, "kind": "person"},
//!               "cue": {"start": 994, "end": 998, "text": "said"}, "source": 0}],
//!   "sources": [{"id": 0, "name": "Charlene Barshefsky", "named": true, "kind": "person", "entity": 0,
//!                "gender": "female", "gender_basis": "pronoun", "roles": ["U.S. Trade Representative"],
//!                "affiliation": null, "quotes": [0], "quoted_words": 12}] }
//! ```

use serde::Serialize;

use crate::analysis::Analysis;
use crate::span::{OffsetMap, OffsetUnit, Span};
use json::quoted;

/// The version of the output contract. Changes to it are additive.
pub const CONTRACT_VERSION: u32 = 1;

/// An analysis in the output contract's shape, ready to serialise.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report<'a> {
    /// The contract version.
    pub version: u32,
    /// The unit of every `start` and `end`: `utf16`, `chars` or `bytes`.
    pub offsets: &'static str,
    /// Entities, in order of first mention.
    pub entities: Vec<EntityRecord<'a>>,
    /// Mentions, ordered by start.
    pub mentions: Vec<MentionRecord<'a>>,
    /// Quotations, ordered by start.
    pub quotes: Vec<QuoteRecord<'a>>,
    /// Distinct sources of the quotations, in order of their first quote.
    pub sources: Vec<SourceRecord<'a>>,
    /// The analysed text, which the records' `text` fields are slices of (the wasm hand-over
    /// passes it to JS once and sends only offsets for them).
    #[serde(skip)]
    pub(crate) text: &'a str,
}

/// One entity of a [`Report`].
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntityRecord<'a> {
    /// Its index in `entities`.
    pub id: u32,
    /// `PERSON`, `ORG`, `PLACE`, `NORP`, `DATE`, `TIME`, `MONEY`, `PERCENT` or `NUMBER`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The fullest form of its name.
    pub name: &'a str,
    /// Indices into `mentions`.
    pub mentions: &'a [u32],
}

/// One mention of a [`Report`].
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct MentionRecord<'a> {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The mention as written.
    pub text: &'a str,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Index into `entities`.
    pub entity: u32,
    /// A title written before a person's name ("U.S. Trade Representative").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
}

/// A span with its text, for speakers' and cues' places.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpanRecord<'a> {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The text.
    pub text: &'a str,
}

/// Who said a quotation.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpeakerRecord<'a> {
    /// Start offset of the speaker as written.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The speaker as written ("she").
    pub text: &'a str,
    /// Who it stands for ("Zhang Qiyue").
    pub name: &'a str,
    /// The entity it resolves to, if any.
    pub entity: Option<u32>,
    /// False for anonymous sources.
    pub named: bool,
    /// `person`, `organization`, `group` or `document`.
    pub kind: &'static str,
}

/// One quotation of a [`Report`].
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct QuoteRecord<'a> {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The quotation, with its marks for direct and partial quotes.
    pub text: &'a str,
    /// `direct`, `partial`, `indirect` or `other`.
    pub kind: &'static str,
    /// Who said it.
    pub speaker: Option<SpeakerRecord<'a>>,
    /// The speech cue.
    pub cue: Option<SpanRecord<'a>>,
    /// Index into `sources` of who said it; `None` when it has no speaker.
    pub source: Option<u32>,
}

/// One distinct source of a [`Report`]: who is quoted, with what the text says about them.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct SourceRecord<'a> {
    /// Its index in `sources`.
    pub id: u32,
    /// Who it is: the entity's name, or the description as resolved ("One source").
    pub name: &'a str,
    /// False for anonymous sources.
    pub named: bool,
    /// `person`, `organization`, `group` or `document`.
    pub kind: &'static str,
    /// Its entity, if any.
    pub entity: Option<u32>,
    /// `female` or `male` where the text supports it, else `None`.
    pub gender: Option<&'static str>,
    /// `pronoun`, `honorific` or `given-name`; `None` exactly when `gender` is.
    pub gender_basis: Option<&'static str>,
    /// Titles and descriptions the text gives it, as written.
    pub roles: Vec<&'a str>,
    /// The entity of an organisation named in its roles, if any.
    pub affiliation: Option<u32>,
    /// Indices into `quotes` of every quote attributed to it.
    pub quotes: &'a [u32],
    /// Words inside the marks of its direct and partial quotes.
    pub quoted_words: u32,
}

impl<'a> Report<'a> {
    /// Builds the report of `analysis`, made from `text`, with offsets in `unit`.
    ///
    /// Borrows every string from `text` and `analysis`; costs one pass over the text's non-ASCII
    /// characters (for the offsets) and one record per mention, entity, quote and source.
    pub fn new(text: &'a str, analysis: &'a Analysis, unit: OffsetUnit) -> Report<'a> {
        let map = OffsetMap::new(text, unit);
        // Mentions come in text order, and a quote's spans near each other: each conversion
        // starts from where the one before it stopped (`OffsetMap::convert_near`).
        let at = |hint: &mut usize, span: Span| {
            let start = map.convert_near(hint, span.start);
            (start, map.convert_near(hint, span.end))
        };
        let entities = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| EntityRecord {
                id: id as u32,
                kind: e.kind.name(),
                name: &e.name,
                mentions: &e.mentions,
            })
            .collect();
        let mut hint = 0;
        let mentions = analysis
            .mentions
            .iter()
            .map(|m| {
                let (start, end) = at(&mut hint, m.span);
                MentionRecord {
                    start,
                    end,
                    text: m.span.text(text),
                    kind: m.kind.name(),
                    entity: m.entity,
                    title: m.title.map(|t| t.text(text)),
                }
            })
            .collect();
        let owners = analysis.quote_sources();
        let mut hint = 0;
        let quotes = analysis
            .quotes
            .iter()
            .zip(owners)
            .map(|(q, source)| {
                let (start, end) = at(&mut hint, q.span);
                QuoteRecord {
                    start,
                    end,
                    text: q.span.text(text),
                    kind: q.kind.name(),
                    speaker: q.speaker.as_ref().map(|s| {
                        let (start, end) = at(&mut hint, s.span);
                        SpeakerRecord {
                            start,
                            end,
                            text: s.span.text(text),
                            name: &s.name,
                            entity: s.entity,
                            named: s.named,
                            kind: s.kind.name(),
                        }
                    }),
                    cue: q.cue.map(|c| {
                        let (start, end) = at(&mut hint, c);
                        SpanRecord {
                            start,
                            end,
                            text: c.text(text),
                        }
                    }),
                    source,
                }
            })
            .collect();
        let sources = analysis
            .sources
            .iter()
            .enumerate()
            .map(|(id, s)| SourceRecord {
                id: id as u32,
                name: &s.name,
                named: s.named,
                kind: s.kind.name(),
                entity: s.entity,
                gender: s.gender.map(|g| g.name()),
                gender_basis: s.gender_basis.map(|b| b.name()),
                roles: s.roles.iter().map(|r| r.text(text)).collect(),
                affiliation: s.affiliation,
                quotes: &s.quotes,
                quoted_words: s.quoted_words,
            })
            .collect();
        Report {
            version: CONTRACT_VERSION,
            offsets: unit.name(),
            entities,
            mentions,
            quotes,
            sources,
            text,
        }
    }

    /// The report as JSON, compact or indented (two spaces, as `serde_json`'s pretty printer).
    pub fn to_json(&self, pretty: bool) -> String {
        let mut out = String::with_capacity(self.json_size_hint());
        self.write_json(&mut out, pretty);
        out
    }

    /// Appends the report's JSON to `out`: [`Report::to_json`] into a buffer the caller keeps.
    pub fn write_json(&self, out: &mut String, pretty: bool) {
        let mut w = json::Writer::new(out, pretty);
        w.begin_object();
        w.key(quoted!("version"));
        w.uint(self.version);
        w.key(quoted!("offsets"));
        w.string(self.offsets);
        w.key(quoted!("entities"));
        w.begin_array();
        for e in &self.entities {
            w.element();
            w.begin_object();
            w.key(quoted!("id"));
            w.uint(e.id);
            w.key(quoted!("type"));
            w.string(e.kind);
            w.key(quoted!("name"));
            w.string(e.name);
            w.key(quoted!("mentions"));
            w.uints(e.mentions);
            w.end_object();
        }
        w.end_array();
        w.key(quoted!("mentions"));
        w.begin_array();
        for m in &self.mentions {
            w.element();
            w.begin_object();
            w.span(m.start, m.end, m.text);
            w.key(quoted!("type"));
            w.string(m.kind);
            w.key(quoted!("entity"));
            w.uint(m.entity);
            if let Some(title) = m.title {
                w.key(quoted!("title"));
                w.string(title);
            }
            w.end_object();
        }
        w.end_array();
        w.key(quoted!("quotes"));
        w.begin_array();
        for q in &self.quotes {
            w.element();
            w.begin_object();
            w.span(q.start, q.end, q.text);
            w.key(quoted!("kind"));
            w.string(q.kind);
            w.key(quoted!("speaker"));
            match &q.speaker {
                None => w.null(),
                Some(s) => {
                    w.begin_object();
                    w.span(s.start, s.end, s.text);
                    w.key(quoted!("name"));
                    w.string(s.name);
                    w.key(quoted!("entity"));
                    w.opt_uint(s.entity);
                    w.key(quoted!("named"));
                    w.bool(s.named);
                    w.key(quoted!("kind"));
                    w.string(s.kind);
                    w.end_object();
                }
            }
            w.key(quoted!("cue"));
            match &q.cue {
                None => w.null(),
                Some(c) => {
                    w.begin_object();
                    w.span(c.start, c.end, c.text);
                    w.end_object();
                }
            }
            w.key(quoted!("source"));
            w.opt_uint(q.source);
            w.end_object();
        }
        w.end_array();
        w.key(quoted!("sources"));
        w.begin_array();
        for s in &self.sources {
            w.element();
            w.begin_object();
            w.key(quoted!("id"));
            w.uint(s.id);
            w.key(quoted!("name"));
            w.string(s.name);
            w.key(quoted!("named"));
            w.bool(s.named);
            w.key(quoted!("kind"));
            w.string(s.kind);
            w.key(quoted!("entity"));
            w.opt_uint(s.entity);
            w.key(quoted!("gender"));
            w.opt_string(s.gender);
            w.key(quoted!("gender_basis"));
            w.opt_string(s.gender_basis);
            w.key(quoted!("roles"));
            w.begin_array();
            for r in &s.roles {
                w.element();
                w.string(r);
            }
            w.end_array();
            w.key(quoted!("affiliation"));
            w.opt_uint(s.affiliation);
            w.key(quoted!("quotes"));
            w.uints(s.quotes);
            w.key(quoted!("quoted_words"));
            w.uint(s.quoted_words);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }

    /// About how many bytes the compact JSON takes, so the buffer is allocated once.
    fn json_size_hint(&self) -> usize {
        let strings: usize = self.mentions.iter().map(|m| m.text.len()).sum::<usize>()
            + self.quotes.iter().map(|q| q.text.len()).sum::<usize>();
        256 + strings
            + 64 * self.entities.len()
            + 80 * self.mentions.len()
            + 220 * self.quotes.len()
            + 200 * self.sources.len()
    }
}

/// A JSON writer for the report's shapes: the bytes and the indentation of `serde_json`'s compact
/// and pretty (two-space) formatters.
mod json {
    /// An object key as [`Writer::key`] takes it: `quoted!("start")` is `"start":` with its quotes.
    macro_rules! quoted {
        ($name:literal) => {
            concat!("\"", $name, "\":")
        };
    }
    pub(super) use quoted;

    /// Writes JSON into a `String`, tracking commas and indentation.
    pub(super) struct Writer<'o> {
        out: &'o mut String,
        pretty: bool,
        depth: usize,
        /// No value yet in the object or array being written.
        first: bool,
    }

    /// Whether a byte of `word` is below U+0020, `"` or `\\` (never wrong when one is; a yes may
    /// be wrong, and the bytes are then looked at one by one).
    #[inline]
    pub(super) fn needs_escape(word: u64) -> bool {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        // Some byte below `n` (n ≤ 128), some byte zero.
        let below = |x: u64, n: u8| x.wrapping_sub(ONES * u64::from(n)) & !x & HIGH != 0;
        let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
        below(word, 0x20)
            || zero(word ^ (ONES * u64::from(b'"')))
            || zero(word ^ (ONES * u64::from(b'\\')))
    }

    impl<'o> Writer<'o> {
        pub(super) fn new(out: &'o mut String, pretty: bool) -> Writer<'o> {
            Writer {
                out,
                pretty,
                depth: 0,
                first: true,
            }
        }

        fn newline(&mut self) {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }

        /// Before a member or an element: the comma, and in pretty mode the new line.
        fn separate(&mut self) {
            if !self.first {
                self.out.push(',');
            }
            self.first = false;
            if self.pretty {
                self.newline();
            }
        }

        pub(super) fn begin_object(&mut self) {
            self.out.push('{');
            self.depth += 1;
            self.first = true;
        }

        pub(super) fn end_object(&mut self) {
            self.close('}');
        }

        pub(super) fn begin_array(&mut self) {
            self.out.push('[');
            self.depth += 1;
            self.first = true;
        }

        pub(super) fn end_array(&mut self) {
            self.close(']');
        }

        fn close(&mut self, bracket: char) {
            self.depth -= 1;
            if self.pretty && !self.first {
                self.newline();
            }
            self.out.push(bracket);
            // The container is now a value of its parent, which therefore has one.
            self.first = false;
        }

        /// Starts an array element.
        #[inline]
        pub(super) fn element(&mut self) {
            self.separate();
        }

        /// Starts an object member: its key (a plain ASCII name) in quotes with the colon, as
        /// [`quoted!`] writes it, copied at once.
        #[inline]
        pub(super) fn key(&mut self, quoted: &str) {
            self.separate();
            self.out.push_str(quoted);
            if self.pretty {
                self.out.push(' ');
            }
        }

        /// `"start"`, `"end"` and `"text"` members.
        pub(super) fn span(&mut self, start: u32, end: u32, text: &str) {
            self.key(quoted!("start"));
            self.uint(start);
            self.key(quoted!("end"));
            self.uint(end);
            self.key(quoted!("text"));
            self.string(text);
        }

        pub(super) fn null(&mut self) {
            self.out.push_str("null");
        }

        pub(super) fn bool(&mut self, value: bool) {
            self.out.push_str(if value { "true" } else { "false" });
        }

        /// A number in decimal, two digits per division (there are two numbers per span), each
        /// pair appended as a slice of a table of the hundred pairs (a string: no character is
        /// encoded, no byte checked).
        pub(super) fn uint(&mut self, mut value: u32) {
            const PAIRS: &str = "0001020304050607080910111213141516171819\
                2021222324252627282930313233343536373839\
                4041424344454647484950515253545556575859\
                6061626364656667686970717273747576777879\
                8081828384858687888990919293949596979899";
            // The pairs of digits, least significant first (a u32 has at most five).
            let mut pairs = [0usize; 5];
            let mut n = 0;
            loop {
                pairs[n] = (value % 100) as usize * 2;
                value /= 100;
                n += 1;
                if value == 0 {
                    break;
                }
            }
            // The first pair loses its leading zero ("7", not "07").
            let top = pairs[n - 1];
            if top < 20 {
                self.out.push(char::from(b'0' + (top / 2) as u8));
            } else {
                self.out.push_str(&PAIRS[top..top + 2]);
            }
            for &pair in pairs[..n - 1].iter().rev() {
                self.out.push_str(&PAIRS[pair..pair + 2]);
            }
        }

        pub(super) fn opt_uint(&mut self, value: Option<u32>) {
            match value {
                Some(v) => self.uint(v),
                None => self.null(),
            }
        }

        /// An array of numbers.
        pub(super) fn uints(&mut self, values: &[u32]) {
            self.begin_array();
            for &v in values {
                self.element();
                self.uint(v);
            }
            self.end_array();
        }

        pub(super) fn opt_string(&mut self, value: Option<&str>) {
            match value {
                Some(s) => self.string(s),
                None => self.null(),
            }
        }

        /// A string, escaped as `serde_json` escapes: `"`, `\` and the control characters below
        /// U+0020 (`\b \t \n \f \r` short, the others as `\u00XX`); everything else as is.
        pub(super) fn string(&mut self, value: &str) {
            self.out.push('"');
            let bytes = value.as_bytes();
            let mut run = 0; // start of the bytes not yet copied
            let mut i = 0;
            while i < bytes.len() {
                // Eight bytes at a time while none needs escaping (most of a text).
                if let Some(chunk) = bytes.get(i..i + 8) {
                    let mut word = [0u8; 8];
                    word.copy_from_slice(chunk);
                    if !needs_escape(u64::from_le_bytes(word)) {
                        i += 8;
                        continue;
                    }
                } else {
                    // The last bytes: one check of the string's last eight, which overlap bytes
                    // already passed (a yes there only sends the rest byte by byte), without
                    // copying the tail into a padded word (a call to `memcpy` per string); a
                    // string of fewer than eight bytes (a short name) byte by byte.
                    let clean = match bytes.len().checked_sub(8) {
                        Some(last) => {
                            let mut word = [0u8; 8];
                            word.copy_from_slice(&bytes[last..]);
                            !needs_escape(u64::from_le_bytes(word))
                        }
                        None => bytes[i..]
                            .iter()
                            .all(|&b| b >= 0x20 && b != b'"' && b != b'\\'),
                    };
                    if clean {
                        break;
                    }
                }
                let (at, b) = (i, bytes[i]);
                i += 1;
                if b >= 0x20 && b != b'"' && b != b'\\' {
                    continue;
                }
                // Every byte that needs escaping is ASCII, so `run..at` ends on a char boundary.
                self.out.push_str(&value[run..at]);
                run = at + 1;
                match b {
                    b'"' => self.out.push_str("\\\""),
                    b'\\' => self.out.push_str("\\\\"),
                    0x08 => self.out.push_str("\\b"),
                    0x09 => self.out.push_str("\\t"),
                    0x0A => self.out.push_str("\\n"),
                    0x0C => self.out.push_str("\\f"),
                    0x0D => self.out.push_str("\\r"),
                    _ => {
                        const HEX: &[u8; 16] = b"0123456789abcdef";
                        self.out.push_str("\\u00");
                        self.out.push(HEX[usize::from(b >> 4)] as char);
                        self.out.push(HEX[usize::from(b & 0xF)] as char);
                    }
                }
            }
            self.out.push_str(&value[run..]);
            self.out.push('"');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{analyze, Options};

    /// The hand-written JSON is byte for byte what `serde_json` writes for the same records.
    fn same_as_serde(text: &str) {
        let analysis = analyze(text, &Options::default());
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            let report = Report::new(text, &analysis, unit);
            let compact = serde_json::to_string(&report).unwrap_or_default();
            let pretty = serde_json::to_string_pretty(&report).unwrap_or_default();
            assert_eq!(
                report.to_json(false),
                compact,
                "compact, {unit:?}: {text:?}"
            );
            assert_eq!(report.to_json(true), pretty, "pretty, {unit:?}: {text:?}");
        }
    }

    #[test]
    fn json_is_serde_json_byte_for_byte() {
        same_as_serde(include_str!("../tests/data/wto-talks.txt"));
        same_as_serde("");
        same_as_serde("Nothing to see.");
    }

    /// Numbers are written in decimal as `to_string` writes them: every count of digits, each
    /// digit at each place, and the extremes.
    #[test]
    fn numbers_written_as_to_string() {
        let mut values: Vec<u32> = (0..=1000).collect();
        for p in 1..10u32 {
            let ten = 10u32.pow(p);
            values.extend([ten - 1, ten, ten + 1, ten + 7 * (ten / 10), 3 * ten + 99]);
        }
        values.extend([u32::MAX, u32::MAX - 1, 4_000_000_000, 1_234_567_890]);
        for v in values {
            let mut out = String::new();
            json::Writer::new(&mut out, false).uint(v);
            assert_eq!(out, v.to_string());
        }
    }

    #[test]
    fn strings_escaped_as_serde_json() {
        // Control characters, quotes and backslashes inside quotes, names and speakers.
        same_as_serde(
            "“He said \\\"no\\\" \u{1}\u{8}\t\u{b}\u{c}\r\u{1f}\u{7f} — twice,” said Charlene \
             Barshefsky.\n\n\"A \\ B,\" the spokeswoman for the ministry said. \u{2028}\"C\"",
        );
        let mut all = String::from("“");
        for b in 0u8..0x80 {
            all.push(b as char);
        }
        all.push_str(",” Zhang Qiyue said.");
        same_as_serde(&all);
    }

    #[test]
    fn every_ascii_byte_and_some_wider_characters_escape_as_serde_json() {
        // Directly, since segmentation keeps some control characters out of every span.
        let mut samples: Vec<String> = (0u8..0x80).map(|b| format!("a{}b", b as char)).collect();
        samples.extend(["", "é\u{2028}😀", "\"\\\"", "tab\tand\nnewline"].map(String::from));
        for sample in &samples {
            let mut out = String::new();
            json::Writer::new(&mut out, false).string(sample);
            let want = serde_json::to_string(sample).unwrap_or_default();
            assert_eq!(out, want, "{sample:?}");
        }
    }

    #[test]
    fn numbers_write_as_serde_json() {
        for value in [0u32, 7, 10, 99, 100, 12_345, u32::MAX] {
            let mut out = String::new();
            json::Writer::new(&mut out, false).uint(value);
            assert_eq!(out, value.to_string());
        }
    }

    /// The word-at-a-time test never misses a byte that needs escaping, at any place in the word.
    #[test]
    fn needs_escape_never_misses() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut word = [b'a'; 8];
                word[at] = b;
                if b < 0x20 || b == b'"' || b == b'\\' {
                    assert!(
                        json::needs_escape(u64::from_le_bytes(word)),
                        "{b:#x} at {at}"
                    );
                }
            }
        }
        assert!(!json::needs_escape(u64::from_le_bytes(*b"plain te")));
        assert!(!json::needs_escape(u64::from_le_bytes([
            0xE2, 0x80, 0x9C, b'a', 0xC3, 0xA9, b' ', b'~'
        ])));
    }

    /// Strings with characters to escape at every offset are written as `serde_json` writes them.
    #[test]
    fn strings_escape_like_serde_at_every_offset() {
        for at in 0..20 {
            for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "“"] {
                let s = format!("{}{special}{}", "w".repeat(at), "é tail of the string");
                let mut out = String::new();
                json::Writer::new(&mut out, false).string(&s);
                assert_eq!(out, serde_json::to_string(&s).unwrap_or_default(), "{s:?}");
            }
        }
    }
}
