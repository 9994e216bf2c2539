//! Speech frames: a cue (a speech verb or `according to`) and the phrase naming its speaker.

use super::words::{self, Gender};
use super::Context;
use crate::quotes::QuoteSpan;
use crate::segment::{Sentence, TokenKind};
use crate::span::Span;

/// How many tokens a speaker phrase may have.
const MAX_PHRASE: usize = 9;
/// How far after a quotation its cue may stand, in tokens.
const MAX_AFTER: usize = 14;

/// The phrase that names a speaker, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpeakerPhrase {
    /// Where it is.
    pub span: Span,
    /// The mention it is, when it is one.
    pub mention: Option<usize>,
    /// Its gender, when it is a pronoun.
    pub pronoun: Option<Gender>,
}

/// A cue with its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The cue ("said", "according to").
    pub cue: Option<Span>,
    /// Who.
    pub speaker: Option<SpeakerPhrase>,
    /// Token index of the cue's first token.
    pub cue_token: usize,
}

/// The frame of a quotation in its own sentence: after it first, then before it.
pub fn find(ctx: &Context, q: &QuoteSpan) -> Option<Frame> {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let after = seg.token_at_or_after(q.span.end);
    let after_frame = if q.closed {
        after_quote(ctx, after)
    } else {
        None
    };
    if after_frame.is_some_and(|f| f.speaker.is_some()) {
        return after_frame;
    }
    let sentence = seg.sentences.get(seg.sentence_at(q.span.start))?;
    let before_frame = before_quote(ctx, sentence.first_token as usize, first);
    match (after_frame, before_frame) {
        (_, Some(b)) if b.speaker.is_some() => Some(b),
        (Some(a), _) => Some(a),
        (None, b) => b,
    }
}

/// The frame of a whole sentence: its last cue outside quotations and that cue's speaker.
pub fn in_sentence(ctx: &Context, sentence: Sentence) -> Option<Frame> {
    before_quote(
        ctx,
        sentence.first_token as usize,
        sentence.end_token as usize,
    )
}

/// The end (exclusive) of the sentence holding token `t`.
fn sentence_end(ctx: &Context, t: usize) -> usize {
    let seg = ctx.segments;
    match seg.tokens.get(t) {
        Some(tok) => seg
            .sentences
            .get(seg.sentence_at(tok.span.start))
            .map_or(t, |s| s.end_token as usize),
        None => t,
    }
}

/// `“…,” X said`, `“…,” said X`, `“…” — X`: a frame right after the quotation, whose first token is
/// `start`.
fn after_quote(ctx: &Context, start: usize) -> Option<Frame> {
    let seg = ctx.segments;
    let end = sentence_end(ctx, start).min(seg.tokens.len());
    // Same sentence only: a quotation ending its sentence has nothing after it.
    let dash_first = start < seg.tokens.len() && matches!(ctx.word(start), "—" | "–" | "-");
    let same_sentence = start < end
        && seg.sentence_at(seg.tokens[start].span.start)
            == seg.sentence_at(seg.tokens[start.saturating_sub(1)].span.start);
    if start >= end || !(same_sentence || dash_first) {
        return None;
    }
    // “…” — X: a dash after a closed quotation may start a new sentence.
    let end = if matches!(ctx.word(start), "—" | "–" | "-") {
        sentence_end(ctx, start).min(seg.tokens.len())
    } else {
        end
    };
    let mut i = start;
    let mut dash = false;
    while i < end && seg.tokens[i].kind == TokenKind::Punct {
        let w = ctx.word(i);
        if matches!(w, "—" | "–" | "-") {
            dash = true;
        } else if !matches!(w, "," | "(" | "." | "!" | "?") {
            return None;
        }
        i += 1;
    }
    if i >= end || ctx.in_quote(i) {
        return None;
    }
    // Inverted: “…,” said X.
    let mut v = i;
    while v < end && words::is_auxiliary_or_adverb(ctx.word(v)) {
        v += 1;
    }
    if v < end && words::is_cue_verb(ctx.word(v)) {
        let speaker = phrase_after(ctx, v + 1, end);
        return Some(Frame {
            cue: Some(seg.tokens[v].span),
            speaker,
            cue_token: v,
        });
    }
    // Subject first: “…,” X said / X, a doctor, said.
    let limit = end.min(i + MAX_AFTER);
    let verb = (i..limit).find(|&k| {
        !ctx.in_quote(k) && words::is_cue_verb(ctx.word(k)) && seg.tokens[k].kind == TokenKind::Word
    });
    match verb {
        Some(v) => {
            let speaker = phrase_from(ctx, i, v);
            Some(Frame {
                cue: Some(seg.tokens[v].span),
                speaker,
                cue_token: v,
            })
        }
        None if dash => {
            // “…” — X: the dash is the cue.
            let speaker = phrase_after(ctx, i, end);
            speaker.map(|s| Frame {
                cue: None,
                speaker: Some(s),
                cue_token: i,
            })
        }
        None => None,
    }
}

/// The last cue in tokens `from..to` outside quotations, with its speaker.
fn before_quote(ctx: &Context, from: usize, to: usize) -> Option<Frame> {
    let seg = ctx.segments;
    let to = to.min(seg.tokens.len());
    let mut k = to;
    while k > from {
        k -= 1;
        if ctx.in_quote(k) || seg.tokens[k].kind != TokenKind::Word {
            continue;
        }
        let w = ctx.word(k);
        // according to X
        if w.eq_ignore_ascii_case("according")
            && k + 1 < to
            && ctx.word(k + 1).eq_ignore_ascii_case("to")
        {
            let speaker = phrase_after(ctx, k + 2, to);
            let cue = seg.tokens[k].span.cover(seg.tokens[k + 1].span);
            return Some(Frame {
                cue: Some(cue),
                speaker,
                cue_token: k,
            });
        }
        if !words::is_cue_verb(w) {
            continue;
        }
        let cue = Some(seg.tokens[k].span);
        let speaker = subject_before(ctx, from, k).or_else(|| phrase_after(ctx, k + 1, to));
        return Some(Frame {
            cue,
            speaker,
            cue_token: k,
        });
    }
    None
}

/// The subject of the verb at token `verb`: the phrase ending just before it (past auxiliaries and
/// adverbs, and past an appositive between commas).
pub fn subject_before(ctx: &Context, from: usize, verb: usize) -> Option<SpeakerPhrase> {
    let mut end = verb;
    while end > from && words::is_auxiliary_or_adverb(ctx.word(end - 1)) {
        end -= 1;
    }
    if end <= from {
        return None;
    }
    // X, a doctor at Y, said: skip the appositive back to the comma before it.
    if ctx.word(end - 1) == "," {
        let mut k = end - 1;
        let stop = from.max(end.saturating_sub(1 + 2 * MAX_PHRASE));
        while k > stop {
            k -= 1;
            if ctx.word(k) == "," {
                if k > from {
                    if let Some(p) = phrase_ending(ctx, from, k) {
                        return Some(p);
                    }
                }
                break;
            }
        }
        return None;
    }
    phrase_ending(ctx, from, end)
}

/// The phrase that ends at token `end` (exclusive): a mention, a pronoun or a description.
fn phrase_ending(ctx: &Context, from: usize, end: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let last = end - 1;
    let tok = seg.tokens[last];
    if tok.kind != TokenKind::Word && ctx.word(last) != "'s" {
        return None;
    }
    if let Some(m) = ctx.mention(last) {
        let mention = &ctx.mentions[m];
        // A name right before the verb is the speaker; a name inside a description is not.
        return Some(SpeakerPhrase {
            span: mention.span,
            mention: Some(m),
            pronoun: None,
        });
    }
    if let Some(g) = words::speaker_pronoun(ctx.word(last)) {
        return Some(SpeakerPhrase {
            span: tok.span,
            mention: None,
            pronoun: Some(g),
        });
    }
    // A description: walk left over words, stopping at clause words, punctuation or a determiner.
    let mut start = last;
    let mut has_noun = words::is_source_noun(ctx.word(last));
    while start > from && last - start + 1 < MAX_PHRASE {
        let prev = start - 1;
        let w = ctx.word(prev);
        let t = seg.tokens[prev];
        if words::is_determiner(w) {
            start = prev;
            // "a spokeswoman for the commission": a preposition before the determiner joins the
            // phrase to the noun before it.
            let joins = start > from + 1
                && words::is_preposition(ctx.word(start - 1))
                && seg.tokens[start - 2].kind == TokenKind::Word;
            if joins && last - start + 3 <= MAX_PHRASE {
                start -= 1;
                continue;
            }
            break;
        }
        if (t.kind == TokenKind::Punct && w != "-")
            || words::is_clause_word(w)
            || ctx.in_quote(prev)
        {
            break;
        }
        has_noun |= words::is_source_noun(w);
        start = prev;
    }
    if !has_noun && !seg.tokens[start].has(crate::segment::CAPITALIZED) {
        return None;
    }
    Some(SpeakerPhrase {
        span: seg.tokens[start].span.cover(tok.span),
        mention: None,
        pronoun: None,
    })
}

/// The phrase that starts at token `start`, before the verb at `verb`: `X said`, `X, a doctor, said`.
fn phrase_from(ctx: &Context, start: usize, verb: usize) -> Option<SpeakerPhrase> {
    if let Some(m) = ctx.mention(start) {
        let mention = &ctx.mentions[m];
        let seg = ctx.segments;
        let mut next = start;
        while next < verb && seg.tokens[next].span.start < mention.span.end {
            next += 1;
        }
        // The name stands alone before the verb, or before an appositive.
        let rest_ok = next >= verb
            || ctx.word(next) == ","
            || (next..verb).all(|k| words::is_auxiliary_or_adverb(ctx.word(k)));
        if rest_ok {
            return Some(SpeakerPhrase {
                span: mention.span,
                mention: Some(m),
                pronoun: None,
            });
        }
    }
    if let Some(g) = words::speaker_pronoun(ctx.word(start)) {
        return Some(SpeakerPhrase {
            span: ctx.segments.tokens[start].span,
            mention: None,
            pronoun: Some(g),
        });
    }
    // A description up to the verb, or up to an appositive's comma.
    let mut end = start;
    while end < verb && ctx.word(end) != "," && !words::is_auxiliary_or_adverb(ctx.word(end)) {
        end += 1;
    }
    if end == start || end - start > MAX_PHRASE {
        return None;
    }
    phrase_ending(ctx, start, end)
}

/// The phrase right after a cue: `said X`, `according to X`, `asked Mr. Smith`.
pub fn phrase_after(ctx: &Context, start: usize, end: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let end = end.min(seg.tokens.len());
    if start >= end {
        return None;
    }
    if let Some(m) = ctx.mention(start) {
        return Some(SpeakerPhrase {
            span: ctx.mentions[m].span,
            mention: Some(m),
            pronoun: None,
        });
    }
    let w = ctx.word(start);
    if let Some(g) = words::speaker_pronoun(w) {
        if !w.eq_ignore_ascii_case("it")
            && !w.eq_ignore_ascii_case("i")
            && !w.eq_ignore_ascii_case("we")
        {
            return Some(SpeakerPhrase {
                span: seg.tokens[start].span,
                mention: None,
                pronoun: Some(g),
            });
        }
        return None;
    }
    // A title before a name the mentions did not catch: "said Mr. Smith".
    if !words::is_determiner(w) && !seg.tokens[start].has(crate::segment::CAPITALIZED) {
        return None;
    }
    let mut k = start + 1;
    while k < end && k - start < MAX_PHRASE {
        let t = seg.tokens[k];
        let w = ctx.word(k);
        if ctx.mention(k).is_some() && !words::is_determiner(ctx.word(k - 1)) {
            // "the commission's spokeswoman Jane Doe": the name is the speaker.
            let m = ctx.mention(k).unwrap_or(0);
            if ctx.mentions[m].kind == crate::analysis::EntityType::Person {
                return Some(SpeakerPhrase {
                    span: ctx.mentions[m].span,
                    mention: Some(m),
                    pronoun: None,
                });
            }
        }
        if (t.kind == TokenKind::Punct && w != "-" && w != "'s")
            || words::is_clause_word(w)
            || words::is_cue_verb(w)
        {
            break;
        }
        k += 1;
    }
    let has_noun = (start..k).any(|i| words::is_source_noun(ctx.word(i)));
    if !has_noun {
        return None;
    }
    Some(SpeakerPhrase {
        span: seg.tokens[start].span.cover(seg.tokens[k - 1].span),
        mention: None,
        pronoun: None,
    })
}
