//! Organisations by structure.
//!
//! * A run of capitalised words that ends in an organisation noun ("Communist Party", "Foreign
//!   Ministry", "Halvorsen Robotics") or a legal form ("Acme Inc.", "Equinor ASA"), or that
//!   continues with "of …" after one ("Department of Commerce", "University of Oslo").
//! * An acronym: a word in capitals, two to six letters, not a common word or title ("NATO",
//!   "OPEC"), outside a sentence written all in capitals.

use super::Ctx;
use crate::lexicon::cat;

/// The end of the longest organisation by structure starting at `a` within `a..b`, if any: one
/// past its last token. An organisation noun as the first word alone does not count.
pub(crate) fn by_structure(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    // "University of Oslo", "Ministry of Foreign Affairs".
    if b > a + 2 && cx.lex[a].any(cat::ORG_WORD) && (cx.is(a + 1, "of") || cx.is(a + 1, "for")) {
        return Some(b);
    }
    let mut best = None;
    for k in a + 1..b {
        let e = cx.lex[k];
        if !cx.cap(k) && !cx.caps(k) {
            continue;
        }
        if e.any(cat::ORG_WORD | cat::LEGAL_SUFFIX) {
            let mut end = k + 1;
            // "Inc." / "Corp." / "Co." keep their period.
            if end < b && cx.t(end) == "." {
                end += 1;
            }
            best = Some(end);
        }
    }
    best
}

/// Whether token `i` is an acronym that names an organisation.
pub(crate) fn is_acronym(cx: &Ctx, i: usize) -> bool {
    let w = cx.t(i);
    let n = w.chars().count();
    cx.caps(i)
        && (2..=6).contains(&n)
        && w.chars().all(|c| c.is_alphabetic() || c == '&')
        && !cx.lex[i]
            .any(cat::COMMON | cat::TITLE | cat::HONORIFIC | cat::JOB | cat::COUNTRY | cat::STATE)
}
