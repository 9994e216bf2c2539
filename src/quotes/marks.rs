//! Quotation marks: which characters are marks, and which side of a quotation each one is on.

use crate::span::Span;

/// Which side of a quotation a mark stands on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// It opens a quotation (`“`, or `"` after white space).
    Open,
    /// It closes one (`”`, or `"` before white space).
    Close,
    /// Either; decided by balance.
    Either,
}

/// One quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset.
    pub at: u32,
    /// Length in bytes (`''` is two).
    pub len: u8,
    /// A double mark (`"`, `“`, `”`, `''`…) rather than a single one (`'`, `‘`, `’`).
    pub double: bool,
    /// Its side, as far as its neighbours tell.
    pub side: Side,
}

/// Words that a leading apostrophe shortens: `'em`, `'til`, `'cause`, `rock 'n' roll`.
const ELISIONS: &[&str] = &[
    "bout", "cause", "em", "n", "round", "til", "tis", "twas", "twere",
];

/// Units that follow an inch mark: `a 55" screen`, `6'2" tall`.
const INCH_UNITS: &[&str] = &[
    "by", "deep", "display", "high", "long", "screen", "tall", "thick", "tv", "wide", "x",
];

/// Appends the quotation marks of `paragraph` to `out`, in order.
pub fn collect(text: &str, paragraph: Span, out: &mut Vec<Mark>) {
    let para = paragraph.text(text);
    let base = paragraph.start;
    let bytes = para.as_bytes();
    let mut from = 0;
    // Only the bytes that can begin a mark are looked at; the characters around one are decoded
    // from the text when it is found.
    while let Some(skip) = bytes[from..].iter().position(|&b| may_begin_mark(b)) {
        let i = from + skip;
        let Some(c) = para[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        let prev = para[..i].chars().next_back();
        let next = para[from..].chars().next();
        let at = base + i as u32;
        let mark = match c {
            '“' | '„' | '«' => Some(Mark {
                at,
                len: c.len_utf8() as u8,
                double: true,
                side: Side::Open,
            }),
            '”' | '»' => Some(Mark {
                at,
                len: c.len_utf8() as u8,
                double: true,
                side: Side::Close,
            }),
            '"' if !is_inch_mark(para, i) => {
                straight(at, 1, prev, next, true).or_else(|| spaced_closer(para, i, at, 1))
            }
            '\'' if next == Some('\'') => {
                // `''`: a double mark typed as two apostrophes.
                from += 1;
                let after = para[from..].chars().next();
                if let Some(m) =
                    straight(at, 2, text[..at as usize].chars().next_back(), after, true)
                        .or_else(|| spaced_closer(para, i, at, 2))
                {
                    out.push(m);
                }
                continue;
            }
            '`' if next == Some('`') => {
                from += 1;
                out.push(Mark {
                    at,
                    len: 2,
                    double: true,
                    side: Side::Open,
                });
                continue;
            }
            '\'' | '‘' | '’' => single(para, i, c, prev, next).map(|side| Mark {
                at,
                len: c.len_utf8() as u8,
                double: false,
                side,
            }),
            _ => None,
        };
        if let Some(m) = mark {
            out.push(m);
        }
    }
}

/// Whether byte `b` can begin a quotation mark: `"`, `'`, `` ` ``, or the lead byte of `“ ” „ ‘ ’`
/// (0xE2) or `« »` (0xC2).
#[inline]
fn may_begin_mark(b: u8) -> bool {
    MARK_LEAD[usize::from(b)]
}

/// [`may_begin_mark`] by byte: one load per byte of text.
static MARK_LEAD: [bool; 256] = {
    let mut table = [false; 256];
    table[b'"' as usize] = true;
    table[b'\'' as usize] = true;
    table[b'`' as usize] = true;
    table[0xE2] = true;
    table[0xC2] = true;
    table
};

/// A `"` (or `''`, `len` 2) alone between spaces that closes a quotation ending in a nested quote
/// or punctuation: `the name of 'Clinton,' " said …`, `the term 'rust belt,' '' she said`.
fn spaced_closer(para: &str, i: usize, at: u32, len: u8) -> Option<Mark> {
    let before = para[..i].trim_end_matches([' ', '\u{a0}']);
    let closes = before.len() < i && before.ends_with(['\'', '’', ',', '.', '?', '!']);
    closes.then_some(Mark {
        at,
        len,
        double: true,
        side: Side::Close,
    })
}

/// A straight mark's side from its neighbours; `None` when it stands alone between spaces.
fn straight(
    at: u32,
    len: u8,
    prev: Option<char>,
    next: Option<char>,
    double: bool,
) -> Option<Mark> {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || is_opening_context(p));
    let space_after = next.is_none_or(|n| n.is_whitespace() || is_closing_context(n));
    let side = match (space_before, space_after) {
        (true, true) => {
            if next.is_none_or(char::is_whitespace) && prev.is_none_or(char::is_whitespace) {
                return None;
            }
            Side::Either
        }
        (true, false) => Side::Open,
        (false, true) => Side::Close,
        (false, false) => Side::Either,
    };
    Some(Mark {
        at,
        len,
        double,
        side,
    })
}

/// Characters after which a mark opens: `("`, `—"`, `:"`.
fn is_opening_context(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | ':' | '/' | '“' | '‘')
}

/// Characters before which a mark closes: `",`, `".`, `")`.
fn is_closing_context(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '”' | '’' | '…' | '-'
    )
}

/// The side of a single mark, or `None` when it is an apostrophe.
fn single(para: &str, i: usize, c: char, prev: Option<char>, next: Option<char>) -> Option<Side> {
    let word_before = prev.is_some_and(is_word_char);
    let word_after = next.is_some_and(is_word_char);
    if word_before && word_after {
        return None; // don't, O'Brien, Ferreira's
    }
    let rest = &para[i + c.len_utf8()..];
    if !word_before && word_after {
        // An opener, unless it shortens a word or a year: 'em, 'n', '90s, spring of '19.
        if c == '’' || next.is_some_and(|n| n.is_ascii_digit()) {
            return None;
        }
        let word: &str = rest
            .split(|ch: char| !ch.is_alphanumeric())
            .next()
            .unwrap_or("");
        let lower = word.to_ascii_lowercase();
        if ELISIONS.contains(&lower.as_str()) {
            return None;
        }
        return Some(Side::Open);
    }
    if word_before && !word_after {
        // A closer, unless it ends an elision such as rock 'n' roll.
        let before = &para[..i];
        let mut back = before.chars().rev();
        if let (Some(n), Some(a)) = (back.next(), back.next()) {
            if (n == 'n' || n == 'N') && (a == '\'' || a == '’') {
                return None;
            }
        }
        return Some(Side::Close);
    }
    // Between punctuation: ."' or ,’ closes; (‘ opens.
    match (prev, next) {
        (Some(p), _) if is_closing_context(p) || p == '"' || p == '”' => Some(Side::Close),
        (_, Some(n)) if n == '"' || n == '“' => Some(Side::Open),
        _ => None,
    }
}

#[inline]
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// A `"` right after a number that measures inches: `6'2"`, `a 55" screen`.
fn is_inch_mark(para: &str, i: usize) -> bool {
    let before = &para[..i];
    let digits = before.len()
        - before
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
            .len();
    if digits == 0 || before[before.len() - digits..].starts_with('.') {
        return false;
    }
    let lead = &before[..before.len() - digits];
    if let Some(foot) = lead
        .chars()
        .next_back()
        .filter(|c| matches!(c, '\'' | '′' | '’'))
    {
        // 6'2": a foot mark before the digits, unless the quote opened with that apostrophe.
        // (Cut by the mark's own length: `′` and `’` are 3 bytes; cutting one byte panicked.)
        let rest = &lead[..lead.len() - foot.len_utf8()];
        return rest.is_empty() || rest.chars().next_back().is_some_and(|c| c.is_ascii_digit());
    }
    let after = para[i + 1..].trim_start_matches([' ', '-']);
    let unit: &str = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let unit = unit.to_ascii_lowercase();
    !unit.is_empty() && INCH_UNITS.contains(&unit.as_str())
}

/// Decides every `Either` side by balance: it closes an open quotation, otherwise it opens one.
pub fn resolve_sides(marks: &[Mark]) -> Vec<Side> {
    let mut open = false;
    marks
        .iter()
        .map(|m| {
            let side = match m.side {
                Side::Either if open => Side::Close,
                Side::Either => Side::Open,
                side => side,
            };
            open = side == Side::Open;
            side
        })
        .collect()
}
