//! Stage 2: mentions of people, organisations, places, groups, dates, times, money, percentages
//! and numbers, found by lexicons and rules.

use crate::analysis::Mention;
use crate::segment::Segments;

/// Finds the mentions in `text`, ordered by start, not overlapping, not yet linked to entities.
pub fn find_mentions(_text: &str, _segments: &Segments) -> Vec<Mention> {
    Vec::new()
}
