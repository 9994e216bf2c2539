//! Stage 4: quotation marks paired into quotations.
//!
//! Works paragraph by paragraph, so an unbalanced mark never swallows the rest of the document.
//!
//! * **Double marks** (`"`, `“ ”`, `„`, `« »`, and `''` as typed in some wire copy) are paired
//!   first. A curly mark knows its side; a straight one is an opener after white space or opening
//!   punctuation, a closer before white space or punctuation, and otherwise takes the side that
//!   balances the paragraph (see [`marks`]).
//! * **Inch marks** (`6'2"`, `a 55" screen`) are not quotation marks.
//! * **Single marks** (`‘ ’`, `'`) quote only outside double quotes (headline style), and only where
//!   they cannot be apostrophes: `don't`, `Ferreira's`, `rock 'n' roll`, `the '90s` and
//!   `spring of '19` are words; inside an open single-quoted quotation, `students' union` is a
//!   plural possessive when another closer follows. Single quotes nested inside double ones stay part of the outer
//!   quotation. A stray double closer closes an open single-quoted quotation (mismatched marks:
//!   `'We won," she said`).
//! * **Runs over paragraphs**: a quotation left open at the end of a paragraph, when the next
//!   paragraph opens with a mark, continues there (journalists' convention); each paragraph's part is
//!   its own [`QuoteSpan`], linked by `continues`.
//! * **Unclosed**: an opener never closed runs to the end of its paragraph.
//!
//! Known failure modes: a straight `"` missing in a paragraph with several quotations can pair
//! the wrong marks until the paragraph ends; a plural possessive (`the players’ coach`) inside a
//! single-quoted quotation is taken for its closer when no closing single mark follows it.

mod marks;
#[cfg(test)]
mod tests;

use crate::segment::Segments;
use crate::span::Span;
use marks::{Mark, Side};

/// One quotation found by its marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// From the opening mark through the closing mark (or to the end of the paragraph, when the
    /// quotation runs on into the next one or is never closed).
    pub span: Span,
    /// The quoted words, without the marks and surrounding white space.
    pub inner: Span,
    /// Whether a closing mark ends it.
    pub closed: bool,
    /// Index of the quotation, in the previous paragraph, that this one continues.
    pub continues: Option<u32>,
}

/// Finds the outer quotations of `text`, ordered by start, not overlapping.
pub fn find_quotes(text: &str, segments: &Segments) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    let mut marks = Vec::new();
    // An open quotation at the end of the previous paragraph, as an index into `out`.
    let mut open_from_previous: Option<usize> = None;
    for (p, paragraph) in segments.paragraphs.iter().enumerate() {
        marks.clear();
        marks::collect(text, paragraph.span, &mut marks);
        let first_new = out.len();
        let next_opens_single = segments.paragraphs.get(p + 1).is_some_and(|next| {
            text.get(next.span.start()..)
                .is_some_and(|t| t.starts_with(['\'', '‘']))
        });
        let left_open = pair_paragraph(text, paragraph.span, &marks, next_opens_single, &mut out);
        if let Some(previous) = open_from_previous.take() {
            // The previous paragraph's open quotation continues if this one starts with a quotation.
            match out.get_mut(first_new) {
                Some(q) if q.span.start == paragraph.span.start => {
                    q.continues = Some(previous as u32)
                }
                _ => {}
            }
        }
        open_from_previous = left_open;
    }
    out
}

/// Pairs the marks of one paragraph, appending its quotations to `out`. Returns the index of a
/// quotation left open at the paragraph's end. `next_opens_single`: the next paragraph opens
/// with a single mark, so a single-quoted quotation left open here runs on into it.
fn pair_paragraph(
    text: &str,
    paragraph: Span,
    marks: &[Mark],
    next_opens_single: bool,
    out: &mut Vec<QuoteSpan>,
) -> Option<usize> {
    let doubles: Vec<Mark> = marks.iter().copied().filter(|m| m.double).collect();
    let mut regions: Vec<(Span, bool)> = Vec::new(); // (span, closed), in order
    pair_marks(text, &doubles, paragraph, &mut regions);

    // Single-quoted quotations, outside the double-quoted ones. `regions` is ordered and its
    // spans do not overlap, so a binary search finds the one region that could hold a mark or
    // overlap a span (a linear scan per mark was quadratic: 200k alternating ' and ").
    let doubles_len = regions.len();
    let first_ending_after =
        |regions: &[(Span, bool)], at: u32| regions.partition_point(|(r, _)| r.end <= at);
    let in_double = |regions: &[(Span, bool)], span: Span| {
        regions
            .get(first_ending_after(regions, span.start))
            .is_some_and(|(r, _)| r.overlaps(span))
    };
    // With them, the double marks outside every double region: stray closers, which close a
    // quotation opened with a single mark (`'We won," she said`: mismatched marks).
    let mut singles: Vec<Mark> = marks
        .iter()
        .copied()
        .filter(|m| !in_double(&regions, Span::new(m.at as usize, m.at as usize + 1)))
        .collect();
    drop_plural_possessives(text, &mut singles);
    if !singles.is_empty() {
        let mut single_regions = Vec::new();
        pair_marks(text, &singles, paragraph, &mut single_regions);
        // Double regions quoted inside a single-quoted quotation (`'I told them, "Go," and they
        // did.'`: the British house style), as indices into `regions`.
        let mut nested: Vec<usize> = Vec::new();
        for (span, closed) in single_regions {
            // An unclosed single opener is most likely an apostrophe we could not rule out,
            // unless it runs to the paragraph's end and the next paragraph opens with a single
            // mark: a quotation over paragraphs in the British house style.
            let runs_on = next_opens_single && span.end == paragraph.end;
            if !(closed || runs_on) {
                continue;
            }
            // Single regions never overlap each other: only the double ones need checking.
            let doubles = &regions[..doubles_len];
            let overlapping = first_ending_after(doubles, span.start)
                ..doubles.partition_point(|(r, _)| r.start < span.end);
            let holds_them = overlapping
                .clone()
                .all(|d| doubles[d].0.start > span.start && doubles[d].0.end < span.end);
            if holds_them {
                nested.extend(overlapping);
                regions.push((span, closed));
            }
        }
        if !nested.is_empty() {
            // `nested` is ascending (single regions come in order and never overlap), so one
            // pass drops them.
            let mut index = 0;
            let mut next = nested.iter().copied().peekable();
            regions.retain(|_| {
                index += 1;
                let drop = next.peek() == Some(&(index - 1));
                if drop {
                    next.next();
                }
                !drop
            });
        }
        crate::sort::sort_by_key(&mut regions, |(r, _)| r.start);
    }

    let mut left_open = None;
    for (span, closed) in regions {
        let inner = inner_span(text, span, closed);
        if inner.is_empty() {
            continue;
        }
        if !closed && span.end == paragraph.end {
            left_open = Some(out.len());
        }
        out.push(QuoteSpan {
            span,
            inner,
            closed,
            continues: None,
        });
    }
    left_open
}

/// Drops from `singles` the closers that are the apostrophe of a plural possessive inside an open
/// single-quoted quotation: `'It's the students' union that runs it,' she said` closed at
/// `students'`. Such a mark is an `s` followed by `'` (or `’`), a space and a lower-case word, and
/// the next single mark closes too, so that the quotation still has a closer; a quoted word
/// before the next quotation's opener (`called it 'madness' and 'chaos'`) keeps its closer.
fn drop_plural_possessives(text: &str, singles: &mut Vec<Mark>) {
    let sides = marks::resolve_sides(singles);
    let bytes = text.as_bytes();
    let mut open = false;
    let mut keep = vec![true; singles.len()];
    for (i, m) in singles.iter().enumerate() {
        let side = sides[i];
        let possessive = || {
            let at = m.at as usize;
            let after = at + m.len as usize;
            !m.double
                && at > 0
                && matches!(bytes[at - 1], b's' | b'S')
                && bytes.get(after) == Some(&b' ')
                && bytes.get(after + 1).is_some_and(u8::is_ascii_lowercase)
        };
        let next_closes = || {
            singles
                .get(i + 1)
                .is_some_and(|n| !n.double && sides[i + 1] == Side::Close)
        };
        if open && side == Side::Close && possessive() && next_closes() {
            keep[i] = false;
            continue; // still open
        }
        open = side == Side::Open;
    }
    if keep.contains(&false) {
        let mut k = keep.iter();
        singles.retain(|_| *k.next().unwrap_or(&true));
    }
}

/// Pairs openers with closers left to right; an opener with no closer runs to the paragraph's end.
fn pair_marks(text: &str, marks: &[Mark], paragraph: Span, out: &mut Vec<(Span, bool)>) {
    let sides = marks::resolve_sides(marks);
    let mut open: Option<Mark> = None;
    for (mark, side) in marks.iter().zip(sides) {
        match (open, side) {
            (None, Side::Open) => open = Some(*mark),
            (None, Side::Close) => {} // a stray closer
            (Some(o), Side::Close) => {
                out.push((
                    Span::new(o.at as usize, (mark.at + mark.len as u32) as usize),
                    true,
                ));
                open = None;
            }
            (Some(o), Side::Open) => {
                // Two openers in a row: the first was never closed. End it before the second one
                // (at the end of the last word), so it does not swallow the next quotation.
                let end = o.at as usize + text[o.at as usize..mark.at as usize].trim_end().len();
                out.push((Span::new(o.at as usize, end), false));
                open = Some(*mark);
            }
            (_, Side::Either) => unreachable_side(),
        }
    }
    if let Some(o) = open {
        out.push((Span::new(o.at as usize, paragraph.end()), false));
    }
}

/// `resolve_sides` never returns `Either`; kept as a function so the match stays exhaustive
/// without a panic in release builds.
#[inline]
fn unreachable_side() {
    debug_assert!(false, "resolve_sides returned Either");
}

/// The quotation without its marks and surrounding white space.
fn inner_span(text: &str, span: Span, closed: bool) -> Span {
    let s = span.text(text);
    let open_len = s.chars().next().map_or(0, char::len_utf8);
    let open_len = if s.starts_with("''") || s.starts_with("``") {
        2
    } else {
        open_len
    };
    let close_len = if closed {
        if s.ends_with("''") && s.len() >= open_len + 2 {
            2
        } else {
            s.chars().next_back().map_or(0, char::len_utf8)
        }
    } else {
        0
    };
    if open_len + close_len > s.len() {
        return Span::new(span.start(), span.start());
    }
    let body = &s[open_len..s.len() - close_len];
    let lead = body.len() - body.trim_start().len();
    let trimmed = body.trim();
    let start = span.start() + open_len + lead;
    Span::new(start, start + trimmed.len())
}
