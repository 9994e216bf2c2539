//! The output contract: an [`Analysis`] as JSON-ready records, offsets converted to the caller's unit.
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

/// The version of the output contract. Changes to it are additive.
pub const CONTRACT_VERSION: u32 = 1;

/// An analysis in the output contract's shape, ready to serialise.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct Report {
    /// The contract version.
    pub version: u32,
    /// The unit of every `start` and `end`: `utf16`, `chars` or `bytes`.
    pub offsets: &'static str,
    /// Entities, in order of first mention.
    pub entities: Vec<EntityRecord>,
    /// Mentions, ordered by start.
    pub mentions: Vec<MentionRecord>,
    /// Quotations, ordered by start.
    pub quotes: Vec<QuoteRecord>,
    /// Distinct sources of the quotations, in order of their first quote.
    pub sources: Vec<SourceRecord>,
}

/// One entity of a [`Report`].
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct EntityRecord {
    /// Its index in `entities`.
    pub id: u32,
    /// `PERSON`, `ORG`, `PLACE`, `NORP`, `DATE`, `TIME`, `MONEY`, `PERCENT` or `NUMBER`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The fullest form of its name.
    pub name: String,
    /// Indices into `mentions`.
    pub mentions: Vec<u32>,
}

/// One mention of a [`Report`].
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct MentionRecord {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The mention as written.
    pub text: String,
    /// Its type.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// Index into `entities`.
    pub entity: u32,
    /// A title written before a person's name ("U.S. Trade Representative").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// A span with its text, for speakers' and cues' places.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpanRecord {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The text.
    pub text: String,
}

/// Who said a quotation.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct SpeakerRecord {
    /// Start offset of the speaker as written.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The speaker as written ("she").
    pub text: String,
    /// Who it stands for ("Zhang Qiyue").
    pub name: String,
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
pub struct QuoteRecord {
    /// Start offset.
    pub start: u32,
    /// End offset (exclusive).
    pub end: u32,
    /// The quotation, with its marks for direct and partial quotes.
    pub text: String,
    /// `direct`, `partial`, `indirect` or `other`.
    pub kind: &'static str,
    /// Who said it.
    pub speaker: Option<SpeakerRecord>,
    /// The speech cue.
    pub cue: Option<SpanRecord>,
    /// Index into `sources` of who said it; `None` when it has no speaker.
    pub source: Option<u32>,
}

/// One distinct source of a [`Report`]: who is quoted, with what the text says about them.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct SourceRecord {
    /// Its index in `sources`.
    pub id: u32,
    /// Who it is: the entity's name, or the description as resolved ("One source").
    pub name: String,
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
    pub roles: Vec<String>,
    /// The entity of an organisation named in its roles, if any.
    pub affiliation: Option<u32>,
    /// Indices into `quotes` of every quote attributed to it.
    pub quotes: Vec<u32>,
    /// Words inside the marks of its direct and partial quotes.
    pub quoted_words: u32,
}

impl Report {
    /// Builds the report of `analysis`, made from `text`, with offsets in `unit`.
    pub fn new(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Report {
        let map = OffsetMap::new(text, unit);
        let at = |span: Span| (map.convert(span.start), map.convert(span.end));
        let entities = analysis
            .entities
            .iter()
            .enumerate()
            .map(|(id, e)| EntityRecord {
                id: id as u32,
                kind: e.kind.name(),
                name: e.name.clone(),
                mentions: e.mentions.clone(),
            })
            .collect();
        let mentions = analysis
            .mentions
            .iter()
            .map(|m| {
                let (start, end) = at(m.span);
                MentionRecord {
                    start,
                    end,
                    text: m.span.text(text).to_string(),
                    kind: m.kind.name(),
                    entity: m.entity,
                    title: m.title.map(|t| t.text(text).to_string()),
                }
            })
            .collect();
        let owners = analysis.quote_sources();
        let quotes = analysis
            .quotes
            .iter()
            .zip(owners)
            .map(|(q, source)| {
                let (start, end) = at(q.span);
                QuoteRecord {
                    start,
                    end,
                    text: q.span.text(text).to_string(),
                    kind: q.kind.name(),
                    speaker: q.speaker.as_ref().map(|s| {
                        let (start, end) = at(s.span);
                        SpeakerRecord {
                            start,
                            end,
                            text: s.span.text(text).to_string(),
                            name: s.name.clone(),
                            entity: s.entity,
                            named: s.named,
                            kind: s.kind.name(),
                        }
                    }),
                    cue: q.cue.map(|c| {
                        let (start, end) = at(c);
                        SpanRecord {
                            start,
                            end,
                            text: c.text(text).to_string(),
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
                name: s.name.clone(),
                named: s.named,
                kind: s.kind.name(),
                entity: s.entity,
                gender: s.gender.map(|g| g.name()),
                gender_basis: s.gender_basis.map(|b| b.name()),
                roles: s.roles.iter().map(|r| r.text(text).to_string()).collect(),
                affiliation: s.affiliation,
                quotes: s.quotes.clone(),
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
        }
    }

    /// The report as JSON, compact or indented.
    pub fn to_json(&self, pretty: bool) -> String {
        // Serialising plain records of strings and integers cannot fail.
        let json = if pretty {
            serde_json::to_string_pretty(self)
        } else {
            serde_json::to_string(self)
        };
        json.unwrap_or_default()
    }
}
