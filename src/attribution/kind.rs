//! What a quotation is: direct, partial or other.

use super::frame::Frame;
use super::Context;
use crate::analysis::QuoteKind;
use crate::quotes::QuoteSpan;
use crate::segment::TokenKind;
use crate::words::{self, class};

/// Classifies a quotation by where it stands in its sentence and whether a cue frames it.
/// `opens` tells whether the quotation opens its clause ([`opens_clause`]).
pub fn classify(ctx: &Context, q: &QuoteSpan, frame: Option<&Frame>, opens: bool) -> QuoteKind {
    let inner = q
        .inner
        .text(ctx.text)
        .trim_end_matches(['\'', '’', '"', '”', ' ']);
    if looks_like_title(inner) && !opens_with_cue(ctx, q) {
        return QuoteKind::Other;
    }
    if is_named_title(ctx, q) || is_web_handle(inner) {
        return QuoteKind::Other;
    }
    if opens {
        let word_count = inner.split_whitespace().count();
        let ends_with_mark = inner.ends_with(['.', ',', '?', '!', '…', '—', '-', ';', ':']);
        if frame.is_none() && word_count <= 2 && !ends_with_mark {
            return QuoteKind::Other;
        }
        return QuoteKind::Direct;
    }
    match frame {
        Some(_) => QuoteKind::Partial,
        None => QuoteKind::Other,
    }
}

/// How many dashes and opening marks [`opens_clause`] looks past.
const MAX_SKIPPED: usize = 32;

/// Whether the quotation opens a clause: it starts its sentence (after opening punctuation), or
/// follows a colon, or follows a cue (`said, “…”`, `said “…”`).
pub(super) fn opens_clause(ctx: &Context, q: &QuoteSpan) -> bool {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let Some(sentence) = seg.sentences.get(seg.sentence_at(q.span.start)) else {
        return true;
    };
    let mut k = first;
    // Only dashes and opening marks are skipped; a run of more than `MAX_SKIPPED` of them
    // (`'"'"'"…`) counts as the sentence's start, which keeps this linear over such a run.
    let floor = (sentence.first_token as usize).max(first.saturating_sub(MAX_SKIPPED));
    while k > floor {
        k -= 1;
        let w = ctx.word(k);
        let t = seg.tokens[k];
        if t.kind == TokenKind::Punct {
            match w {
                ":" => return true,
                "," => return k > 0 && ctx.is_cue(k - 1),
                w if words::is_dash(w) => continue,
                "(" | "[" | "“" | "‘" | "\"" | "'" => continue,
                _ => return false,
            }
        }
        return ctx.is_cue(k) && k + 1 == first && !words::is_naming_verb(w);
    }
    true
}

/// Whether a cue stands right before the quotation (`said, “…”`), which makes even a title-cased
/// quotation speech.
fn opens_with_cue(ctx: &Context, q: &QuoteSpan) -> bool {
    let first = ctx.segments.token_at_or_after(q.span.start);
    let cue_at = |k: usize| ctx.is_cue(k) && !ctx.is(k, class::NAMING_VERB);
    match first {
        0 => false,
        1 => cue_at(0),
        _ => {
            cue_at(first - 1)
                || ctx.word(first - 1) == ":"
                || (ctx.word(first - 1) == "," && cue_at(first - 2))
        }
    }
}

/// A title, nickname or name: every longer word capitalised, no sentence punctuation at the end,
/// at most eight words ("The Long Goodbye", "Fox News Sunday", "13th").
fn looks_like_title(inner: &str) -> bool {
    if inner.is_empty() || inner.ends_with(['.', ',', '?', '!', '…', ';', ':']) {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() > 8 {
        return false;
    }
    let mut capitalised = 0;
    for w in &words {
        let letters: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if letters.chars().count() <= 3 && !letters.starts_with(char::is_uppercase) {
            continue; // of, the, a, on
        }
        match letters.chars().next() {
            Some(c) if c.is_uppercase() || c.is_ascii_digit() => capitalised += 1,
            _ => return false,
        }
    }
    // One capitalised word alone ("Mocking") is as likely a scare quote as a title: a title needs
    // two words, or a single word that is not a common word.
    capitalised >= 2
        || (capitalised == 1 && words.len() == 1 && !words::is_common_capitalised(words[0]))
}

/// A quotation right after "titled", "entitled", "named", "headlined": a title, whatever its case
/// ("a 30-second spot titled “Arrogant”").
fn is_named_title(ctx: &Context, q: &QuoteSpan) -> bool {
    let first = ctx.segments.token_at_or_after(q.span.start);
    first > 0
        && [
            "titled",
            "entitled",
            "named",
            "headlined",
            "nicknamed",
            "dubbed",
        ]
        .iter()
        .any(|w| ctx.word(first - 1).eq_ignore_ascii_case(w))
}

/// A web address or handle pasted from an embedded post ("pic.twitter.com", "@carlquintanilla").
fn is_web_handle(inner: &str) -> bool {
    !inner.contains(char::is_whitespace)
        && (inner.contains(".com")
            || inner.contains("://")
            || inner.starts_with('@')
            || inner.starts_with("www."))
}
