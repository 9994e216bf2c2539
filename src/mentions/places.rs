//! Places by structure: datelines and place nouns.
//!
//! * A dateline opens a paragraph: a place in capitals, maybe a state or country after a comma,
//!   then a dash ("GENEVA —", "RIVERTON, Ohio -", "WASHINGTON (Reuters) -").
//! * A run of capitalised words that starts or ends with a place noun from the lexicon
//!   ("Lake Tahoe", "Hyde Park", "Heathrow Airport", "Mount Everest") is a place.

use super::Ctx;
use crate::analysis::EntityType;
use crate::lexicon::cat;
use crate::segment::TokenKind;

fn is_dash(s: &str) -> bool {
    matches!(s, "—" | "-" | "–" | "―")
}

/// Marks a dateline starting at token `a` (a paragraph's first token) and ending before `end`.
pub(crate) fn dateline_at(cx: &mut Ctx, a: usize, end: usize) {
    let mut b = a;
    while b < end && cx.caps(b) && cx.toks[b].kind == TokenKind::Word {
        b += 1;
    }
    if b == a || b >= end {
        return;
    }
    let place_end = b;
    // Optional ", Ohio" / ", Calif." / ", China".
    let mut second = None;
    if cx.t(b) == "," && b + 1 < end && cx.cap(b + 1) {
        let mut c = b + 1;
        while c < end && cx.cap(c) {
            c += 1;
        }
        if c < end && cx.t(c) == "." && !cx.toks[c].has(crate::segment::SPACE_BEFORE) {
            c += 1;
        }
        second = Some((b + 1, c));
        b = c;
    }
    // Optional "(Reuters)".
    let mut source = None;
    if b < end && cx.t(b) == "(" {
        let mut c = b + 1;
        while c < end && cx.t(c) != ")" && c < b + 6 {
            c += 1;
        }
        if c < end && cx.t(c) == ")" {
            source = Some((b + 1, c));
            b = c + 1;
        }
    }
    if b >= end || !is_dash(cx.t(b)) {
        return;
    }
    cx.emit(a, place_end, EntityType::Place, None);
    if let Some((x, y)) = second {
        let dot_free = if cx.t(y - 1) == "." { y - 1 } else { y };
        if dot_free > x {
            // Keep an AP abbreviation's period ("Calif.").
            let lexicon_end = if cx.lex[x].any(cat::STATE) || dot_free == y {
                y
            } else {
                dot_free
            };
            cx.emit(x, lexicon_end, EntityType::Place, None);
        }
    }
    if let Some((x, y)) = source {
        if y > x && cx.cap(x) {
            cx.emit(x, y, EntityType::Org, None);
        }
    }
}

/// Whether the capitalised run `a..b` is a place by its place noun: "Lake Tahoe",
/// "Heathrow Airport".
pub(crate) fn by_structure(cx: &Ctx, a: usize, b: usize) -> bool {
    if b - a < 2 {
        return false;
    }
    let first = cx.lex[a];
    let last = cx.lex[b - 1];
    let lead = first.any(cat::PLACE_WORD)
        && ([
            "lake", "mount", "mt", "fort", "cape", "port", "gulf", "bay", "isle",
        ]
        .iter()
        .any(|w| cx.is(a, w))
            || cx.is(a + 1, "of"));
    let tail = last.any(cat::PLACE_WORD) && !last.any(cat::ORG_WORD) && cx.cap(b - 1);
    lead || tail
}
