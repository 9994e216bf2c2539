//! Stage 5: each quotation's kind, cue and speaker; indirect speech.

use crate::analysis::{Entity, Mention, Quote, QuoteKind};
use crate::quotes::QuoteSpan;
use crate::segment::Segments;

/// Attributes each quotation to a speaker and finds indirect speech.
pub fn attribute(
    _text: &str,
    _segments: &Segments,
    _mentions: &[Mention],
    _entities: &[Entity],
    quotes: &[QuoteSpan],
) -> Vec<Quote> {
    quotes
        .iter()
        .map(|q| Quote {
            span: q.span,
            kind: QuoteKind::Direct,
            speaker: None,
            cue: None,
        })
        .collect()
}
