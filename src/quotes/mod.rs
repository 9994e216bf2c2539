//! Stage 4: quotation marks paired into quotations.

use crate::segment::Segments;
use crate::span::Span;

/// One quotation found by its marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// From the opening mark through the closing mark (or to the end of the paragraph, when the
    /// quotation runs on into the next one or is never closed).
    pub span: Span,
    /// The quoted words, without the marks.
    pub inner: Span,
    /// Whether a closing mark ends it.
    pub closed: bool,
    /// Index of the quotation, in the previous paragraph, that this one continues.
    pub continues: Option<u32>,
}

/// Finds the outer quotations of `text`, ordered by start, not overlapping.
pub fn find_quotes(_text: &str, _segments: &Segments) -> Vec<QuoteSpan> {
    Vec::new()
}
