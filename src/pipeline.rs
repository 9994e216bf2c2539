//! Runs the stages in order. The order matters: each stage reads only what earlier ones made.

use crate::analysis::Analysis;
use crate::error::{Error, Result};
use crate::span::OffsetUnit;
use crate::{attribution, entities, mentions, pos, quotes, segment, sources};

/// The largest text analysed at once, in UTF-8 bytes (32 MB, about 5 million words).
///
/// Above it [`try_analyze`] returns [`Error::TooLong`] instead of growing memory without bound.
pub const MAX_INPUT_BYTES: usize = 32_000_000;

/// How to analyse and report.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The unit of every `start` and `end` in a [`crate::Report`].
    pub offsets: OffsetUnit,
}

impl Options {
    /// Options with offsets in `unit`.
    pub fn with_offsets(unit: OffsetUnit) -> Options {
        Options { offsets: unit }
    }
}

/// Analyses `text`: its mentions, entities, quotations and their sources, with byte spans.
///
/// Never fails and never panics; finding nothing gives an empty [`Analysis`]. Time and memory grow
/// linearly with the text's length; see [`try_analyze`] for a size limit.
pub fn analyze(text: &str, _options: &Options) -> Analysis {
    let Prepared {
        segments,
        mentions,
        entities,
        quote_spans,
    } = prepare(text);
    let quotes = attribution::attribute(text, &segments, &mentions, &entities, &quote_spans);
    let sources = sources::find_sources(text, &segments, &mentions, &entities, &quotes);
    Analysis {
        entities,
        mentions,
        quotes,
        sources,
    }
}

/// What the stages before attribution make of a text.
pub struct Prepared {
    /// Paragraphs, sentences and tokens, with tags.
    pub segments: segment::Segments,
    /// Mentions, linked to entities.
    pub mentions: Vec<crate::analysis::Mention>,
    /// Entities.
    pub entities: Vec<crate::analysis::Entity>,
    /// Quotation marks paired.
    pub quote_spans: Vec<quotes::QuoteSpan>,
}

/// Runs the stages before attribution, in order: the one place besides [`analyze`] that lists
/// them, for the trainers, which must see exactly what attribution sees.
pub fn prepare(text: &str) -> Prepared {
    let mut segments = segment::segment(text);
    pos::tag(text, &mut segments);
    let mut mentions = mentions::find_mentions(text, &segments);
    let entities = entities::link_entities(text, &mut mentions);
    let quote_spans = quotes::find_quotes(text, &segments);
    Prepared {
        segments,
        mentions,
        entities,
        quote_spans,
    }
}

/// Like [`analyze`], but refuses a text longer than [`MAX_INPUT_BYTES`].
///
/// # Errors
/// [`Error::TooLong`] when the text is over the limit.
pub fn try_analyze(text: &str, options: &Options) -> Result<Analysis> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLong {
            bytes: text.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    Ok(analyze(text, options))
}
