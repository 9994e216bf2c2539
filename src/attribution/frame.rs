//! Speech frames: a cue (a speech verb or `according to`) and the phrase naming its speaker.

use super::Context;
use crate::analysis::EntityType;
use crate::quotes::QuoteSpan;
use crate::segment::{Sentence, TokenKind};
use crate::span::Span;
use crate::words::{self, class, Gender};

/// How many tokens a speaker phrase may have.
const MAX_PHRASE: usize = 9;
/// How far after a quotation its cue may stand, in tokens.
const MAX_AFTER: usize = 40;
/// How far from a quotation, in tokens of its sentence, a cue or colon subject before it, or a
/// cue closing the sentence after it, may stand. Bounds the work per quotation.
const MAX_BEFORE: usize = 60;
/// How many tokens an appositive may have ("Kenneth Baer, a former Obama administration official
/// who runs Crosscut Strategies, said").
const MAX_APPOSITIVE: usize = 40;

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

impl SpeakerPhrase {
    /// A description or a name the mention stage missed: no mention, no pronoun.
    fn described(span: Span) -> SpeakerPhrase {
        SpeakerPhrase {
            span,
            mention: None,
            pronoun: None,
        }
    }

    /// A pronoun ("she", "her") standing for a source of `gender`.
    pub(crate) fn pronoun(span: Span, gender: Gender) -> SpeakerPhrase {
        SpeakerPhrase {
            span,
            mention: None,
            pronoun: Some(gender),
        }
    }
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
/// `opens` tells whether the quotation opens its clause ([`super::kind::opens_clause`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn find(ctx: &Context, q: &QuoteSpan, opens: bool) -> Option<Frame> {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let after = seg.token_at_or_after(q.span.end);
    let after_frame = if q.closed && same_paragraph(ctx, q, after) {
        after_quote(ctx, q, after)
    } else {
        None
    };
    let sentence = seg.sentences.get(seg.sentence_at(q.span.start))?;
    // Look back at most `MAX_BEFORE` tokens: scanning to the start of the sentence for every
    // quotation is quadratic when one "sentence" holds thousands of them (`1"1"1"…`).
    let from = (sentence.first_token as usize).max(first.saturating_sub(MAX_BEFORE));
    // A quotation that opens its clause looks for its frame after it first ("“…,” X said"); a
    // fragment inside the writer's sentence looks before it ("she called it a “rant,” …").
    if (opens || after_frame.is_some_and(|f| attributed_right_after(ctx, q, f)))
        && after_frame.is_some_and(|f| f.speaker.is_some())
    {
        return after_frame;
    }
    let before_frame = before_quote(ctx, from, first);
    if before_frame.is_some_and(|f| f.speaker.is_some()) {
        return before_frame;
    }
    if after_frame.is_some_and(|f| f.speaker.is_some()) {
        return after_frame;
    }
    let tail = if q.closed && same_paragraph(ctx, q, after) {
        sentence_tail(ctx, after)
    } else {
        None
    };
    if tail.is_some() {
        return tail;
    }
    if let Some(signed) = signature_line(ctx, q) {
        return Some(signed);
    }
    let colon = colon_subject(ctx, from, first);
    after_frame.or(before_frame).or(colon)
}

/// "…'s ''deep faith'' - ''faith that shows itself,'' he said": a quotation whose words end
/// with a comma, followed at once by a pronoun and its cue, is attributed right there, even
/// inside the writer's sentence (where the frame before it would otherwise come first).
fn attributed_right_after(ctx: &Context, q: &QuoteSpan, f: Frame) -> bool {
    let seg = ctx.segments;
    let after = seg.token_at_or_after(q.span.end);
    let inner = ctx.quoted_words(q);
    let Some(s) = f.speaker else {
        return false;
    };
    let (a, b) = (
        seg.token_at_or_after(s.span.start),
        seg.token_at_or_after(s.span.end),
    );
    // A cue right before the quotation keeps it ("Trump claimed that “…,” one of the
    // prosecutors said …": the next clause is someone else's).
    let first = seg.token_at_or_after(q.span.start);
    let cue_before = (1..=3).any(|d| {
        first >= d
            && ctx.is_cue(first - d)
            && (first - d + 1..first).all(|k| matches!(ctx.word(k), "," | ":" | "that" | "as"))
    }) || (first >= 2
        && ctx.word_is_ignore_case(first - 1, "that")
        && (first.saturating_sub(6)..first - 1).any(|k| ctx.is_cue(k)));
    // "“…,” he said", "“…,” Ann Holt said", "“…,” said Ann Holt".
    !cue_before
        && inner.ends_with(',')
        && (a == after && f.cue_token == b || f.cue_token == after && a == after + 1)
}

/// Every frame the rules of [`find`] consider for a quotation, each with where it came from:
/// the candidates the speaker ranker weighs (`super::ranker`).
pub fn alternatives(ctx: &Context, q: &QuoteSpan) -> [(Origin, Option<Frame>); 5] {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let after = seg.token_at_or_after(q.span.end);
    let in_paragraph = q.closed && same_paragraph(ctx, q, after);
    let from = seg
        .sentences
        .get(seg.sentence_at(q.span.start))
        .map_or(first, |s| {
            (s.first_token as usize).max(first.saturating_sub(MAX_BEFORE))
        });
    [
        (
            Origin::After,
            in_paragraph.then(|| after_quote(ctx, q, after)).flatten(),
        ),
        (Origin::Before, before_quote(ctx, from, first)),
        (
            Origin::Tail,
            in_paragraph.then(|| sentence_tail(ctx, after)).flatten(),
        ),
        (Origin::Signature, signature_line(ctx, q)),
        (Origin::Colon, colon_subject(ctx, from, first)),
    ]
}

/// Which rule proposed a speaker candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// `“…,” X said`, `“…,” said X`, `“…” — X`.
    After,
    /// `X said: “…”`, `according to X, “…”`.
    Before,
    /// `“…” of the proposals, X said.`
    Tail,
    /// A signature line after the quotation's paragraph.
    Signature,
    /// `X is rolling out a message: “…”`.
    Colon,
}

/// Whether token `t` lies in the quotation's paragraph (a frame never reaches into the next one).
fn same_paragraph(ctx: &Context, q: &QuoteSpan, t: usize) -> bool {
    let seg = ctx.segments;
    let Some(last) = seg.token_at_or_after(q.span.end).checked_sub(1) else {
        return false;
    };
    match (ctx.sentence_of(last), ctx.sentence_of(t)) {
        (Some(a), Some(b)) => a.paragraph == b.paragraph && t < seg.tokens.len(),
        _ => false,
    }
}

/// `“…” of the proposals, Mr. Holtz-Eakin said.`: a cue closing the quotation's sentence after a
/// comma, with its subject.
fn sentence_tail(ctx: &Context, after: usize) -> Option<Frame> {
    let seg = ctx.segments;
    let end = sentence_end(ctx, after).min(seg.tokens.len());
    // ", she said," / ", Mr. Holtz-Eakin said." / ", said the source.": a cue set off by commas
    // after the quotation, with its subject. Only the next `MAX_BEFORE` tokens are read, so that a
    // run-on "sentence" of thousands of quotations stays linear.
    let limit = end.min(after + MAX_BEFORE);
    let mut at = after;
    while let Some(cue) = ctx.next_cue(at).filter(|&c| c < limit) {
        at = cue + 1;
        let mut next = cue + 1;
        while next < end && (is_aux_at(ctx, next) || ctx.is(next, class::TIME_WORD)) {
            next += 1;
        }
        let closes = next >= end || matches!(ctx.word(next), "," | "." | ";" | "!" | "?");
        let Some(comma) = (after..cue)
            .rev()
            .take(MAX_PHRASE + 1)
            .find(|&k| ctx.word_is(k, ","))
        else {
            continue;
        };
        if (comma + 1..cue).any(|k| ctx.in_quote(k)) {
            continue;
        }
        let speaker = if comma + 1 < cue && closes {
            phrase_from(ctx, comma + 1, cue)
        } else if comma + 1 == cue {
            phrase_after(ctx, cue + 1, end, true)
        } else {
            None
        };
        if let Some(speaker) = speaker {
            return Some(Frame {
                cue: Some(seg.tokens[cue].span()),
                speaker: Some(speaker),
                cue_token: cue,
            });
        }
    }
    None
}

/// `President Obama is rolling out a new message: “It's about me.”`: a quotation after a colon, with
/// no cue, is the sentence's last named person's.
fn colon_subject(ctx: &Context, from: usize, first: usize) -> Option<Frame> {
    if first == 0 || first <= from || !ctx.word_is(first - 1, ":") {
        return None;
    }
    let person = (from..first - 1)
        .rev()
        .filter_map(|k| ctx.mention(k))
        .find(|&m| ctx.mentions[m].kind == EntityType::Person);
    let speaker = match person {
        Some(m) => name_phrase(ctx, m, first).0,
        // "The piece used one of her quotes as its headline: “…”": the sentence's opening phrase
        // when it names a document or body.
        None => {
            let head = (from..(first - 1).min(from + 4))
                .take_while(|&k| {
                    ctx.segments.tokens[k].kind() == TokenKind::Word
                        && !ctx.is(k, class::CLAUSE_WORD)
                })
                .find(|&k| ctx.is(k, class::SOURCE_NOUN))?;
            any_phrase(ctx, from, head + 1)?
        }
    };
    // "Said Morales: “…”": a cue opening the sentence is the frame's cue.
    let opening_cue = (from + 1 < first - 1 && ctx.is(from, class::CUE_VERB)).then_some(from);
    Some(Frame {
        cue: opening_cue.map(|k| ctx.segments.tokens[k].span()),
        speaker: Some(speaker),
        cue_token: opening_cue.unwrap_or(first - 1),
    })
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
    ctx.sentence_of(t).map_or(t, |s| s.end_token as usize)
}

/// How many words a speaker phrase between an unpunctuated quotation and its speech verb may have.
const UNPUNCTUATED_SPEAKER: usize = 7;

/// `“…,” X said`, `“…,” said X`, `“…” — X`: a frame right after the quotation, whose first token is
/// `start`.
/// Copy that drops the comma inside the closing mark: a quotation of a few words that opens its
/// sentence, then right away a speech verb and its speaker ("“We are looking at all options” said
/// a spokesman", "“…” Ann Marsh said", "“…” a spokesman for the Marlow council said": up to
/// `UNPUNCTUATED_SPEAKER` words before the verb). A single word before a verb (“wrongfully”
/// suggests …) is the writer's sentence going on.
fn unpunctuated_before_cue(ctx: &Context, q: &QuoteSpan, start: usize) -> bool {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let opens_sentence = ctx
        .sentence_of(first)
        .is_some_and(|s| s.first_token as usize == first);
    let words = (first..start)
        .filter(|&k| seg.tokens[k].kind() == TokenKind::Word)
        .count();
    let end = (start + UNPUNCTUATED_SPEAKER + 1).min(seg.tokens.len());
    opens_sentence
        && words >= 4
        && (start..end)
            .take_while(|&k| seg.tokens[k].kind() == TokenKind::Word)
            .any(|k| ctx.is(k, class::CORE_SPEECH_VERB))
}

fn after_quote(ctx: &Context, q: &QuoteSpan, start: usize) -> Option<Frame> {
    let seg = ctx.segments;
    if start >= seg.tokens.len() {
        return None;
    }
    let dash_first = ctx.is(start, class::DASH);
    // Only a quotation that ends its own clause ("…,” / “…?” / “…” —) can have its frame after it;
    // “wrongfully” suggests … is the writer's sentence going on.
    let inner = ctx.quoted_words(q);
    let ends_clause = inner.ends_with([',', '.', '?', '!', '…', '—', '-', ';', ':'])
        || ctx.word_is(start, ",")
        || dash_first
        || unpunctuated_before_cue(ctx, q, start);
    if !ends_clause {
        return None;
    }
    let same_sentence = start > 0 && ctx.sentence_index(start) == ctx.sentence_index(start - 1);
    let end = sentence_end(ctx, start).min(seg.tokens.len());
    // “…?” Graham asked. / “…” — X: a short attribution may stand as a sentence of its own, also
    // with the topic after its cue (“…!” Sen. Ann Marsh, D-Ore., said of the talks.).
    let short_sentence = !same_sentence
        && (end - start <= MAX_PHRASE + 3 || cue_before_topic(ctx, start, end).is_some());
    if !(same_sentence || dash_first || short_sentence) {
        return None;
    }
    let mut i = start;
    let mut dash = false;
    while i < end && seg.tokens[i].kind() == TokenKind::Punct {
        let w = ctx.word(i);
        if words::is_dash(w) {
            dash = true;
        } else if !matches!(w, "," | "(" | "." | "!" | "?") {
            return None;
        }
        i += 1;
    }
    if i >= end || ctx.in_quote(i) {
        return None;
    }
    // “…,” according to X.
    if ctx.according_to_at(i, end) {
        return Some(Frame {
            cue: Some(seg.tokens[i].span().cover(seg.tokens[i + 1].span())),
            speaker: phrase_after(ctx, i + 2, end, true),
            cue_token: i,
        });
    }
    // “…,” in the words of one aide. / “…,” as one critic put it.
    if let Some(f) = words_of(ctx, i, end).or_else(|| as_put_it(ctx, i, end)) {
        return Some(f);
    }
    // “…,” was the reply from X / came the answer from X.
    if let Some(from) = reply_from(ctx, i, end) {
        return Some(Frame {
            cue: Some(seg.tokens[i].span().cover(seg.tokens[from].span())),
            speaker: phrase_after(ctx, from + 1, end, true),
            cue_token: i,
        });
    }
    // Inverted: “…,” said X.
    let mut v = i;
    while v < end && is_aux_at(ctx, v) {
        v += 1;
    }
    if v < end && ctx.is_cue(v) {
        let speaker = phrase_after(ctx, v + 1, end, true);
        return Some(Frame {
            cue: Some(seg.tokens[v].span()),
            speaker,
            cue_token: v,
        });
    }
    // A clause word ("…,” but he said) starts
    // the writer's next clause instead.
    if ctx.is(i, class::CLAUSE_WORD) {
        return None;
    }
    // Subject first: “…,” X said / X, a doctor, said. The cue stands within a phrase's length,
    // or right after an appositive's closing comma; further on, it is the writer's sentence
    // going on ("“rant,” a series of postings that included one saying …").
    let limit = end.min(i + MAX_AFTER);
    let verb = (i..limit).find(|&k| ctx.is_cue(k)).filter(|&v| {
        let mut before = v;
        while before > i && is_aux_at(ctx, before - 1) {
            before -= 1;
        }
        before - i <= MAX_PHRASE
            || ctx.word_is(before - 1, ",")
            || person_in_title_run(ctx, i, v).is_some()
    });
    match verb {
        Some(v) => {
            let speaker = phrase_from(ctx, i, v);
            Some(Frame {
                cue: Some(seg.tokens[v].span()),
                speaker,
                cue_token: v,
            })
        }
        None if dash => {
            // “…” — X: the dash is the cue.
            let speaker = phrase_after(ctx, i, end, true);
            speaker.map(|s| Frame {
                cue: None,
                speaker: Some(s),
                cue_token: i,
            })
        }
        None => None,
    }
}

/// "was the reply from", "came the answer from", "is the response of" at token `i` (before
/// `end`): the index of its "from" or "of", after which the speaker stands. After "that" or
/// "this", which stand for the quotation, any noun names what it was: "“We are not for sale” —
/// that was the message from Kestrel Foods".
fn reply_from(ctx: &Context, i: usize, end: usize) -> Option<usize> {
    const REPLIES: &[&str] = &[
        "reply", "response", "answer", "retort", "verdict", "reaction",
    ];
    let pointing = i + 1 < end
        && ctx.tag(i) == crate::pos::Tag::Dt
        && (ctx.word_is_ignore_case(i, "that") || ctx.word_is_ignore_case(i, "this"));
    let i = i + usize::from(pointing);
    if !ctx.word_in_ignore_case(i, &["was", "came", "is", "comes"]) {
        return None;
    }
    let noun = i + 1 + usize::from(ctx.word_is_ignore_case(i + 1, "the"));
    let from = noun + 1;
    let is_reply = noun < end
        && (ctx.word_in_ignore_case(noun, REPLIES)
            || pointing && ctx.tag(noun) == crate::pos::Tag::Nn && !ctx.in_quote(noun));
    (is_reply && from + 1 < end && (ctx.word_is(from, "from") || ctx.word_is(from, "of")))
        .then_some(from)
}

/// `in the words of X` at token `k` (before `end`): a frame with X as its speaker, as `according
/// to X` has ("the plan was, in the words of one aide, “dead on arrival”").
fn words_of(ctx: &Context, k: usize, end: usize) -> Option<Frame> {
    let named = k + 4 < end
        && ctx.word_is_ignore_case(k, "in")
        && ctx.word_is_ignore_case(k + 1, "the")
        && ctx.word_is_ignore_case(k + 2, "words")
        && ctx.word_is_ignore_case(k + 3, "of")
        && !ctx.in_quote(k + 4);
    named.then(|| Frame {
        cue: Some(
            ctx.segments.tokens[k]
                .span()
                .cover(ctx.segments.tokens[k + 3].span()),
        ),
        speaker: phrase_after(ctx, k + 4, end, true),
        cue_token: k,
    })
}

/// `as X put it` (or `puts it`) opening at token `k`, before `end`: a frame with X as its speaker
/// ("the deal was, as one critic put it, a “backroom deal”"). X is a speaker phrase's length at
/// most and holds no quotation, cue or clause punctuation.
fn as_put_it(ctx: &Context, k: usize, end: usize) -> Option<Frame> {
    if !ctx.word_is_ignore_case(k, "as") {
        return None;
    }
    let limit = end.min(k + MAX_PHRASE + 2);
    let put = (k + 2..limit).find(|&p| {
        ctx.word_in_ignore_case(p, &["put", "puts"])
            && p + 1 < end
            && ctx.word_is_ignore_case(p + 1, "it")
    })?;
    if (k + 1..put).any(|t| {
        ctx.in_quote(t) || matches!(ctx.word(t), "," | ";" | ":" | "(" | ")") || ctx.is_cue(t)
    }) {
        return None;
    }
    Some(Frame {
        cue: Some(ctx.segments.tokens[put].span()),
        speaker: phrase_from(ctx, k + 1, put),
        cue_token: put,
    })
}

/// The first cue in tokens `start..end`, within a speaker phrase's length of `start`, when a
/// phrase about the topic follows it and nothing else: "X said of the talks", "X spoke about it".
fn cue_before_topic(ctx: &Context, start: usize, end: usize) -> Option<usize> {
    let cue = (start..end.min(start + MAX_PHRASE + 4)).find(|&k| ctx.is_cue(k))?;
    let next = cue + 1;
    (next < end
        && is_about(ctx.word(next))
        && !(next..end).any(|k| ctx.is_cue(k) || ctx.word_is_ignore_case(k, "that")))
    .then_some(cue)
}

/// "of" or "about" after a speech verb: the topic follows, not what was said ("said of the
/// talks", "spoke about the plan").
pub(super) fn is_about(word: &str) -> bool {
    word.eq_ignore_ascii_case("of") || word.eq_ignore_ascii_case("about")
}

/// The last cue in tokens `from..to` outside quotations, with its speaker.
fn before_quote(ctx: &Context, from: usize, to: usize) -> Option<Frame> {
    let seg = ctx.segments;
    let to = to.min(seg.tokens.len());
    let mut k = to;
    while k > from {
        k -= 1;
        if ctx.in_quote(k) || seg.tokens[k].kind() != TokenKind::Word {
            continue;
        }
        // according to X
        // "according to its analysis" names no source of its own: look for an earlier cue.
        let owned = k + 2 < to
            && ctx.word_in_ignore_case(k + 2, &["its", "his", "her", "their", "our", "my"])
            && !(k + 3 < to && ctx.is(k + 3, class::SOURCE_NOUN));
        if ctx.according_to_at(k, to) && !owned {
            let speaker = phrase_after(ctx, k + 2, to, true);
            let cue = seg.tokens[k].span().cover(seg.tokens[k + 1].span());
            return Some(Frame {
                cue: Some(cue),
                speaker,
                cue_token: k,
            });
        }
        // "in the words of one aide, “…”", "as one critic put it, a “…”": set phrases that name
        // a source as "according to" does.
        // (Read only at a word starting with i or p: this loop visits every word before a quote.)
        let initial = ctx.word(k).as_bytes().first().map_or(0, |b| b | 0x20);
        if initial == b'i' {
            if let Some(f) = words_of(ctx, k, to) {
                return Some(f);
            }
        } else if initial == b'p' && k >= from + 2 && ctx.word_in_ignore_case(k, &["put", "puts"]) {
            let first = k.saturating_sub(MAX_PHRASE + 1).max(from);
            if let Some(f) = (first..k - 1)
                .rev()
                .find(|&a| ctx.word_is_ignore_case(a, "as"))
                .and_then(|a| as_put_it(ctx, a, to))
            {
                return Some(f);
            }
        }
        if !ctx.is_cue(k) {
            if initial == b'f' || initial == b's' {
                if let Some(f) = document_finding(ctx, from, k, to) {
                    return Some(f);
                }
            }
            continue;
        }
        // The main clause's cue: "She says Trump's tweets accusing X are “lies”" is hers.
        let main = (from..k).filter(|&e| ctx.is_cue(e)).find_map(|e| {
            subject_before(ctx, from, e)
                .filter(|p| {
                    seg.token_at_or_after(p.span.start) <= from + 1
                        && (p.mention.is_some() || p.pronoun.is_some())
                })
                .map(|p| (e, p))
        });
        if let Some((e, p)) = main {
            let own = subject_before(ctx, from, k);
            if own.is_none_or(|o| o.mention.is_none() && o.pronoun.is_none()) {
                return Some(Frame {
                    cue: Some(seg.tokens[e].span()),
                    speaker: Some(p),
                    cue_token: e,
                });
            }
        }
        let cue = Some(seg.tokens[k].span());
        // "President Obama said it would tell …": a later cue whose subject is `it` reports what
        // the earlier speaker said.
        let own = subject_before(ctx, from, k);
        // "X said he thought …": a subject right after an earlier cue (or its "that") is inside
        // what X said.
        let inside_earlier = own.is_some_and(|p| {
            let s = seg.token_at_or_after(p.span.start);
            let mut b = s;
            if b > from && ctx.word_is_ignore_case(b - 1, "that") {
                b -= 1;
            }
            p.pronoun.is_some() && b > from && ctx.is_cue(b - 1)
        });
        if inside_earlier
            || own.is_some_and(|p| {
                ctx.word(seg.token_at_or_after(p.span.start))
                    .eq_ignore_ascii_case("it")
            })
        {
            if let Some(earlier) = (from..k).rev().filter(|&e| ctx.is_cue(e)).find_map(|e| {
                subject_before(ctx, from, e)
                    .or_else(|| {
                        if inside_earlier {
                            shared_subject(ctx, from, e).or_else(|| sentence_subject(ctx, from, e))
                        } else {
                            None
                        }
                    })
                    .filter(|p| {
                        inside_earlier
                            || p.mention
                                .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person)
                    })
                    .map(|p| (e, p))
            }) {
                return Some(Frame {
                    cue: Some(seg.tokens[earlier.0].span()),
                    speaker: Some(earlier.1),
                    cue_token: earlier.0,
                });
            }
        }
        // "The letter continues: “…”": right before the quotation, whatever precedes the cue is
        // its subject.
        let adjacent = k + 1 == to || (k + 2 == to && matches!(ctx.word(k + 1), ":" | ","));
        let own = own.or_else(|| {
            if adjacent {
                lenient_subject(ctx, from, k)
            } else {
                None
            }
        });
        let speaker = own
            .or_else(|| inverted_speaker(ctx, k, to))
            .or_else(|| shared_subject(ctx, from, k))
            .or_else(|| sentence_subject(ctx, from, k));
        return Some(Frame {
            cue,
            speaker,
            cue_token: k,
        });
    }
    None
}

/// "A study last year by economists at Dunmore College found wages “barely moved”": a
/// document's finding verb ("found", "shows") at token `k` is the cue of the quotation after it,
/// and the document its source. Only a document: "Investigators found" report no speech. Only
/// before a quotation at token `to`: a finding in a sentence of its own ("The survey found broad
/// support.") frames no quotation of the next.
fn document_finding(ctx: &Context, from: usize, k: usize, to: usize) -> Option<Frame> {
    use crate::pos::Tag;
    // The tag and the word first: this runs at every word before a quotation. The verbs are
    // indirect.rs's finding verbs, one list for both readers.
    if !matches!(ctx.tag(k), Tag::Vbd | Tag::Vbz)
        || !super::indirect::is_finding_word(ctx, k, super::indirect::FINDS)
    {
        return None;
    }
    // A quotation opening in capitals after the verb is a title ("found “The Wire,” …").
    let title = ctx
        .segments
        .tokens
        .get(to + 1)
        .is_some_and(|t| t.has(crate::segment::CAPITALIZED));
    if !ctx.in_quote(to) || title || ctx.sentence_index(to) != ctx.sentence_index(k) {
        return None;
    }
    // The noun phrase with its tails ("A study *by economists at Dunmore College*"), where
    // the frame's subject stops at the people in the tail.
    let document = |p: &SpeakerPhrase| {
        super::speaker_kind::description_kind(p.span.text(ctx.text))
            == crate::analysis::SpeakerKind::Document
    };
    let speaker = super::np::cue_subject(ctx, from, k)
        .filter(document)
        .or_else(|| subject_before(ctx, from, k).filter(document))?;
    Some(Frame {
        cue: Some(ctx.segments.tokens[k].span()),
        speaker: Some(speaker),
        cue_token: k,
    })
}

/// The relative pronoun right before the cue at token `cue` (past auxiliaries and adverbs) that is
/// its subject: "the sign, which *read*", "a banner that *said*", "critics who *say*".
/// A time phrase between them is skipped too: "Ann Marsh, who has *in the past* described the plan
/// as “…”", "critics who *last week* called it “…”".
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(super) fn relative_before_cue(ctx: &Context, cue: usize) -> Option<SpeakerPhrase> {
    let from = ctx.sentence_of(cue).map_or(0, |s| s.first_token as usize);
    let mut k = cue;
    while k > from && is_aux_at(ctx, k - 1) {
        k -= 1;
    }
    if let Some(s) = time_phrase_ending(ctx, from, k) {
        k = s;
        while k > from && is_aux_at(ctx, k - 1) {
            k -= 1;
        }
    }
    (k > from + 1)
        .then(|| super::ranker::relative_subject(ctx, k - 1))
        .flatten()
}

/// Where a time phrase ending at token `end` (exclusive) starts, no further left than `from`:
/// "last week", "on Tuesday", "in the past", "over the past year".
fn time_phrase_ending(ctx: &Context, from: usize, end: usize) -> Option<usize> {
    (end.saturating_sub(4).max(from + 1)..end).find(|&s| {
        if super::np::time_phrase_end(ctx, s, end) == Some(end) {
            return true;
        }
        let opens = ctx.word_in_ignore_case(s, &["in", "on", "over", "during"]);
        let inner = if s + 1 < end && ctx.word_is_ignore_case(s + 1, "the") {
            s + 2
        } else {
            s + 1
        };
        opens
            && inner < end
            && (super::np::time_phrase_end(ctx, inner, end) == Some(end)
                || ctx.word_is_ignore_case(inner, "past")
                    && super::np::time_phrase_end(ctx, inner + 1, end) == Some(end)
                || ctx.word_is_ignore_case(inner, "past") && inner + 1 == end)
    })
}

/// The subject a cue without its own shares with an earlier cue of its sentence: "X said … but
/// said “…”", "X responded … by saying “…”".
/// An inverted earlier cue lends the phrase after it: "“…,” said X, adding that … “…”".
fn shared_subject(ctx: &Context, from: usize, cue: usize) -> Option<SpeakerPhrase> {
    (from..cue).rev().filter(|&k| ctx.is_cue(k)).find_map(|k| {
        subject_before(ctx, from, k).or_else(|| {
            (k > from && ctx.in_quote(k - 1))
                .then(|| inverted_speaker(ctx, k, cue))
                .flatten()
        })
    })
}

/// The phrase after an inverting cue at token `cue`, up to token `end`: "…, said Mr. Smith: “…”".
/// A cue that does not invert ("accuse Clinton's campaign of …") has an object there, not a
/// speaker.
fn inverted_speaker(ctx: &Context, cue: usize, end: usize) -> Option<SpeakerPhrase> {
    if ctx.is(cue, class::INVERTING_VERB) {
        phrase_after(ctx, cue + 1, end, false)
    } else {
        None
    }
}

/// The subject of the verb at token `verb`: the phrase ending just before it (past auxiliaries and
/// adverbs, and past an appositive between commas, which the phrase then includes).
pub fn subject_before(ctx: &Context, from: usize, verb: usize) -> Option<SpeakerPhrase> {
    let end = subject_end(ctx, from, verb);
    if end <= from {
        return None;
    }
    if !ctx.word_is(end - 1, ",") {
        if let Some(p) = relative_antecedent(ctx, from, end) {
            return Some(p);
        }
        return phrase_ending(ctx, from, end).map(|p| agent_in_subject(ctx, from, end, p));
    }
    // X, a doctor at Y, said: the appositive runs back to the comma after the name.
    let comma = end - 1;
    let stop = from.max(comma.saturating_sub(MAX_APPOSITIVE));
    let mut k = comma;
    while k > stop {
        k -= 1;
        if ctx.in_quote(k) {
            return None;
        }
        if ctx.word_is(k, ",") && k > from {
            if let Some(named) = described_then_named(ctx, from, k, comma) {
                return Some(named);
            }
            // "One attendee, who like others spoke …, said": the phrase before an appositive is
            // the subject, whatever its noun.
            // "Donna Rawlings, 59, of Ashton, Md., who …, said": several commas back.
            let Some(phrase) = described_with_tail(ctx, from, k)
                .or_else(|| phrase_ending(ctx, from, k))
                .or_else(|| lenient_subject(ctx, from, k))
            else {
                continue;
            };
            // "… in Tulsa, Oklahoma, arguing that …": a place before a participle is where, not who.
            let place = phrase
                .mention
                .is_some_and(|m| ctx.mentions[m].kind == EntityType::Place);
            if place && ctx.word(verb).ends_with("ing") {
                return None;
            }
            // "Jane Doe, a member of the senate from Ohio, who …, said": a place after a
            // preposition ends the appositive's description; the subject is before an earlier
            // comma.
            let start = ctx.segments.token_at_or_after(phrase.span.start);
            if place
                && start > from
                && ctx.is(start - 1, class::PREPOSITION)
                && (from..start).any(|j| ctx.word_is(j, ","))
            {
                continue;
            }
            // "A nurse, who asked not to be named, said": a relative clause is no part of the
            // phrase (it holds a verb); an appositive is ("X, a doctor at Y, said").
            // Nor is a participle clause ("The report, commissioned after three officers
            // resigned, said"): its verb's subject is no speaker.
            // Nor is a setting between commas ("The company, in a statement, said", "Ann
            // Holt, on Monday, said", "during a visit"): where or when it was said, not who;
            // an affiliation keeps its place ("X, at the Wren Institute, said").
            if ctx.word_in_ignore_case(
                k + 1,
                &["who", "which", "whose", "that", "in", "on", "during"],
            ) || (ctx.tag(k + 1) == crate::pos::Tag::Vbn && phrase.mention.is_none())
            {
                return Some(with_organisations_article(ctx, from, phrase));
            }
            let last = ctx.segments.tokens[comma - 1].span();
            // "A resident at the meeting, retiree Dora Lind, said": a description's appositive
            // that ends with a person's name names the speaker.
            let named = phrase
                .mention
                .filter(|&m| ctx.mentions[m].kind == EntityType::Person)
                .or_else(|| titled_person(ctx, k + 1, comma))
                .or(phrase.mention);
            return Some(SpeakerPhrase {
                span: phrase.span.cover(last),
                mention: named,
                ..phrase
            });
        }
    }
    None
}

/// "The Canal Freight Group, which represents barge owners, said": an organisation's article
/// before a relative clause is its phrase's, as in "The Canal Freight Group said" (where the
/// noun phrase's walk takes it). Reads no further left than `from`.
fn with_organisations_article(ctx: &Context, from: usize, phrase: SpeakerPhrase) -> SpeakerPhrase {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(phrase.span.start);
    let org = phrase.mention.is_some_and(|m| {
        ctx.mentions[m].kind == EntityType::Org && ctx.mentions[m].span.start == phrase.span.start
    });
    if org && first > from && ctx.word_is_ignore_case(first - 1, "the") && !ctx.in_quote(first - 1)
    {
        SpeakerPhrase {
            span: seg.tokens[first - 1].span().cover(phrase.span),
            ..phrase
        }
    } else {
        phrase
    }
}

/// The person named at the end of tokens `first..end`, after words that only describe them
/// ("72-year-old retiree Dora Lind", "Acme chief Jo Lee"): no verb, preposition or possessive
/// stands before the name ("a friend of Dora Lind" is someone else).
fn titled_person(ctx: &Context, first: usize, end: usize) -> Option<usize> {
    use crate::pos::Tag;
    let m = ctx
        .mention(end.checked_sub(1)?)
        .filter(|&m| ctx.mentions[m].kind == EntityType::Person)?;
    let seg = ctx.segments;
    let start = seg.token_at_or_after(ctx.mentions[m].span.start);
    if start < first || seg.token_at_or_after(ctx.mentions[m].span.end) != end {
        return None;
    }
    // The name's own title may hold a period ("the Rev. Anne Holloway").
    let in_title = |k: usize| {
        let t = seg.tokens[k].span();
        ctx.mentions[m]
            .title
            .is_some_and(|title| title.start() <= t.start() && t.end() <= title.end())
    };
    // "longtime Ann Holt aide Jo Lee": another person's name that a common noun of the
    // description follows modifies that noun; it names no second speaker.
    let modifies = |o: usize| {
        let after = seg.token_at_or_after(ctx.mentions[o].span.end);
        after < start
            && matches!(ctx.tag(after), Tag::Nn | Tag::Nns)
            && ctx.mention(after).is_none()
    };
    (first..start)
        .all(|k| {
            in_title(k)
                || k == first && super::np::modifies_role_in_appositive(ctx, k, end)
                || matches!(
                    ctx.tag(k),
                    Tag::Jj | Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Cd | Tag::Dt
                ) && ctx
                    .mention(k)
                    .is_none_or(|o| ctx.mentions[o].kind != EntityType::Person || modifies(o))
        })
        .then_some(m)
}

/// "A man who stabbed his neighbour during a row over parking told police …": a relative clause
/// with its own verb (no speech verb) and its object ends right before the verb at `end`; the
/// verb's subject is the phrase before the relative pronoun ("A man"), not the clause's object
/// ("his neighbour", "parking"). A speech verb in the clause may take a clause of its own
/// ("a man who said his neighbour told …"), so it is left alone.
fn relative_antecedent(ctx: &Context, from: usize, end: usize) -> Option<SpeakerPhrase> {
    use crate::pos::Tag;
    // The main clause's verb is finite ("told", "has said"), not a participle ("fighters
    // warning of …" after "a message that showed": the participle's subject is its object).
    if end >= ctx.segments.tokens.len() || ctx.tag(end) == Tag::Vbg {
        return None;
    }
    let stop = from.max(end.saturating_sub(MAX_APPOSITIVE));
    let mut w = end;
    loop {
        if w <= stop + 1 {
            return None;
        }
        w -= 1;
        let k = w;
        if ctx.in_quote(k) || ctx.is_cue(k) {
            return None;
        }
        if matches!(ctx.tag(k), Tag::Wp | Tag::Wdt)
            && ctx.word_in_ignore_case(k, &["who", "that", "which"])
        {
            break;
        }
        let t = ctx.tag(k);
        let nominal = ctx.in_name(k)
            || t.is_noun()
            || t.is_adjective()
            || matches!(
                t,
                Tag::Dt | Tag::Pdt | Tag::PrpS | Tag::Prp | Tag::Cd | Tag::In | Tag::Pos | Tag::Vbg
            );
        // The relative clause's own verb, right after the pronoun (past auxiliaries).
        let verb = t.is_verb() && !ctx.is(k, class::CUE_VERB) && {
            let mut j = k;
            while j > stop && is_aux_at(ctx, j - 1) {
                j -= 1;
            }
            j > stop && matches!(ctx.tag(j - 1), Tag::Wp | Tag::Wdt)
        };
        if !verb && (!nominal || ctx.word_is_ignore_case(k, "that")) {
            return None;
        }
    }
    // Its verb and an object after it: "who stabbed his neighbour", not "who told" alone.
    let v = (w + 1..end).find(|&k| ctx.tag(k).is_verb())?;
    if v + 1 >= end || ctx.is(v, class::CUE_VERB) || !ctx.tag(end - 1).is_noun() {
        return None;
    }
    if !(ctx.tag(w - 1).is_noun() || ctx.in_name(w - 1) || ctx.pronoun(w - 1).is_some()) {
        return None;
    }
    phrase_ending(ctx, from, w).map(|p| agent_in_subject(ctx, from, w, p))
}

/// "Officials quoted by the newspaper said": the phrase `p` ending before the verb at `end` is
/// the agent of a participle tail ("by the newspaper"), which belongs to the subject; the
/// subject is the whole noun phrase, its head the noun before the participle.
fn agent_in_subject(ctx: &Context, from: usize, end: usize, p: SpeakerPhrase) -> SpeakerPhrase {
    let seg = ctx.segments;
    let start = seg.token_at_or_after(p.span.start);
    let agent = start >= from + 3
        && ctx.word_is_ignore_case(start - 1, "by")
        && super::np::is_reduced_participle(ctx, start - 2);
    if !agent {
        return p;
    }
    match super::np::subject_ending(ctx, from, end) {
        Some(s) if s + 2 < start => {
            SpeakerPhrase::described(seg.tokens[s].span().cover(seg.tokens[end - 1].span()))
        }
        _ => p,
    }
}

/// "The chief executive of Acme, Karen Olsen, said": a description ending at the comma at token
/// `first_comma`, then a person's name alone up to the comma at token `second_comma`. The name is
/// the speaker, the description its title (the phrase before a comma is otherwise the name, and
/// what follows its appositive: "Karen Olsen, the chief executive of Acme, said").
fn described_then_named(
    ctx: &Context,
    from: usize,
    first_comma: usize,
    second_comma: usize,
) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let person = ctx
        .mention(first_comma + 1)
        .filter(|&m| ctx.mentions[m].kind == EntityType::Person)?;
    if seg.token_at_or_after(ctx.mentions[person].span.end) != second_comma {
        return None;
    }
    let start = super::np::subject_ending(ctx, from, first_comma)?;
    // A description: a common noun outside names, and no person named in it.
    let common_noun = (start..first_comma).any(|k| {
        ctx.mention(k).is_none() && matches!(ctx.tag(k), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
    });
    let names_person = (start..first_comma).any(|k| {
        ctx.mention(k)
            .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person)
    });
    if !common_noun || names_person {
        return None;
    }
    Some(SpeakerPhrase {
        span: seg.tokens[start]
            .span()
            .cover(seg.tokens[second_comma - 1].span()),
        mention: Some(person),
        pronoun: None,
    })
}

/// "A nurse at St Mary's Hospital, who …, said": a description whose source noun ("nurse") has a
/// prepositional tail naming where it works, ending at token `end` (exclusive). The phrase is the
/// person described, not the place or organisation the tail ends with (a spokesperson's tail
/// keeps its organisation: "a spokeswoman for Acme Corp." speaks as Acme, see
/// `resolve::speaks_for`).
pub(super) fn described_with_tail(ctx: &Context, from: usize, end: usize) -> Option<SpeakerPhrase> {
    let start = super::np::subject_ending(ctx, from, end)?;
    // It opens the clause with its article ("A nurse at …"); after a comma it is an appositive
    // of the name before it ("Willie Minor, an actor in Dallas, who …").
    let opens = start == from || !ctx.word_is(start - 1, ",");
    // "Nurses at Halvard Hospital, who …": a bare plural opens it as an article does.
    let bare_plural = ctx.tag(start) == crate::pos::Tag::Nns;
    if !opens || !(words::is_determiner(ctx.word(start)) || bare_plural) {
        return None;
    }
    let preposition = (start + 1..end).find(|&k| ctx.is(k, class::PREPOSITION))?;
    let head_is_source =
        (start..preposition).any(|k| ctx.mention(k).is_none() && ctx.is(k, class::SOURCE_NOUN));
    if !head_is_source || ctx.mention(start).is_some() {
        return None;
    }
    let seg = ctx.segments;
    let span = seg.tokens[start].span().cover(seg.tokens[end - 1].span());
    // Only a spokesperson speaks as the organisation; a nurse at a hospital is a person of its own.
    let spokesperson =
        (start..preposition).any(|k| words::starts_with_ignore_case(ctx.word(k), "spokes"));
    let mention = (preposition..end)
        .filter_map(|k| ctx.mention(k))
        .find(|&m| {
            spokesperson
                && span.contains(ctx.mentions[m].span)
                && ctx.mentions[m].kind == EntityType::Org
        });
    Some(SpeakerPhrase {
        span,
        mention,
        pronoun: None,
    })
}

/// Skips a parenthetical such as "(D-N.C.)" that starts at token `at`; returns the token after it.
fn skip_parenthetical(ctx: &Context, at: usize, limit: usize) -> usize {
    if at < limit && ctx.word_is(at, "(") {
        if let Some(close) = (at + 1..limit.min(at + 8)).find(|&k| ctx.word_is(k, ")")) {
            return close + 1;
        }
    }
    at
}

/// Whether token `k` opens its sentence.
fn opens_sentence(ctx: &Context, k: usize) -> bool {
    ctx.sentence_of(k)
        .is_some_and(|s| s.first_token as usize == k)
}

/// A word in lower case, or a capital only because it opens the sentence.
fn lower_or_opening(ctx: &Context, k: usize) -> bool {
    !ctx.segments.tokens[k].has(crate::segment::CAPITALIZED) || opens_sentence(ctx, k)
}

/// Where the modifiers of the role words starting at token `first` start: "opposition leader
/// Cllr Ann Holt", "Fire service spokeswoman Ioanna Kosta", "tribal chairman Ernest Yazzie",
/// "Head teacher Anjali Mehta": up to two common nouns or adjectives ([`is_role_modifier`]) in
/// the same sentence, the sentence's first word whatever the tagger read it as. Not a
/// preposition's object ("Speaking on radio spokeswoman Dr Ann Holt said", "After the meeting
/// chairwoman Cllr Ann Holt said": review rev51), nor a time ("On Tuesday night spokeswoman
/// Ann Holt said").
fn modifiers_start(ctx: &Context, mut first: usize) -> usize {
    use crate::pos::Tag;
    let object_of_preposition = |q: usize| {
        matches!(ctx.tag(q), Tag::In | Tag::To)
            || ctx.tag(q) == Tag::Dt && q > 0 && matches!(ctx.tag(q - 1), Tag::In | Tag::To)
    };
    let mut modifiers = 0;
    // "Fish Harvesters Resource Centre director Colleen Aucoin": a name right before the role
    // words is the body (or person) the role is for, and part of the phrase, with what modifies
    // it in turn (the sentence's first word the mention stage left out).
    if let Some(start) = named_before_role(ctx, first) {
        first = start;
        modifiers += 1;
    }
    while modifiers < 2
        && first > 0
        && ctx.sentence_index(first - 1) == ctx.sentence_index(first)
        && !(first >= 2 && object_of_preposition(first - 2))
        && is_role_modifier(ctx, first - 1, opens_sentence(ctx, first - 1))
        && lower_or_opening(ctx, first - 1)
        && !ctx.is(first - 1, class::TIME_WORD)
        && ctx.mention(first - 1).is_none()
        && !ctx.in_quote(first - 1)
    {
        first -= 1;
        modifiers += 1;
    }
    first
}

/// Where the name right before the role words at token `first` starts, when one stands there
/// in the same sentence ("*Harvesters Resource Centre* director", "*Acme* spokeswoman"): a name
/// of a body, a place or a person, not a preposition's object ("in Oslo director …") nor a
/// possessor's ("Acme's" keeps its own rules).
fn named_before_role(ctx: &Context, first: usize) -> Option<usize> {
    use crate::pos::Tag;
    let m = ctx.mention(first.checked_sub(1)?)?;
    let seg = ctx.segments;
    let start = seg.token_at_or_after(ctx.mentions[m].span.start);
    let fits = super::np::is_name_kind(ctx.mentions[m].kind)
        && seg.token_at_or_after(ctx.mentions[m].span.end) == first
        && ctx.sentence_index(start) == ctx.sentence_index(first)
        && !ctx.in_quote(start)
        && !ctx.in_quote(first - 1)
        && !(start > 0
            && ctx.sentence_index(start - 1) == ctx.sentence_index(start)
            && (matches!(ctx.tag(start - 1), Tag::In | Tag::To | Tag::Pos | Tag::Dt)
                || ctx.word_in_ignore_case(start - 1, &["'", "’", "'s", "’s"])));
    fits.then_some(start)
}

/// "Consumer group Choice said": a name right after the noun "group" in lower case is the
/// group's, though the mention stage typed it a person's (see `speaker_kind::named_after_group`),
/// unless a determiner stands right before "group".
fn is_group_named_as_person(ctx: &Context, m: usize) -> bool {
    let name = ctx.segments.token_at_or_after(ctx.mentions[m].span.start);
    ctx.mentions[m].kind == EntityType::Person
        && ctx.mentions[m].title.is_none()
        && name > 0
        && ctx.word_is(name - 1, "group")
        && !ctx.in_quote(name - 1)
        // "talks with the group Dana Pike said": a bare "the group" is the subject of a clause
        // the person's name opens; a word of the group's trade or cause names it.
        && !(name >= 2 && ctx.word_in_ignore_case(name - 2, &GROUP_DETERMINERS))
}

/// Determiners that, right before "group", leave a name after it a person's: "the group Dana
/// Pike said" (also read by `speaker_kind::named_after_group`).
pub(super) const GROUP_DETERMINERS: [&str; 5] = ["the", "a", "an", "this", "that"];

/// The start of organisation mention `m`'s phrase with the body noun that describes it:
/// "*Business group* Bristol Chamber", "*the advocacy group* Voters First" (a body noun in
/// lower case, its modifiers and an article or possessive pronoun); the mention's own start
/// when no body noun stands right before it, or when the phrase is a preposition's object.
fn described_body_start(ctx: &Context, m: usize) -> Span {
    use crate::pos::Tag;
    let seg = ctx.segments;
    let name = seg.token_at_or_after(ctx.mentions[m].span.start);
    let own = ctx.mentions[m].span;
    let body = name > 0
        && ctx.sentence_index(name - 1) == ctx.sentence_index(name)
        && ctx.tag(name - 1) == Tag::Nn
        && ctx.is(name - 1, class::DOCUMENT_OR_BODY)
        && lower_or_opening(ctx, name - 1)
        && ctx.mention(name - 1).is_none()
        && !ctx.in_quote(name - 1);
    if !body {
        return own;
    }
    let mut first = modifiers_start(ctx, name - 1);
    if first > 0
        && ctx.sentence_index(first - 1) == ctx.sentence_index(first)
        && (ctx.word_in_ignore_case(first - 1, &["the", "a", "an"])
            || ctx.tag(first - 1) == Tag::PrpS)
        && !ctx.in_quote(first - 1)
    {
        first -= 1;
    }
    // "by the consulting firm Oxford Economics": a preposition's object, or a phrase whose
    // words before ("the consulting", a possessor: "The employers' federation BDA") were not
    // all taken, keeps the name alone.
    if first > 0
        && ctx.sentence_index(first - 1) == ctx.sentence_index(first)
        && (matches!(
            ctx.tag(first - 1),
            Tag::In | Tag::To | Tag::Dt | Tag::Jj | Tag::Nn | Tag::Vbg | Tag::Pos
        ) || ctx.word_in_ignore_case(first - 1, &["'", "’", "'s", "’s"]))
    {
        return own;
    }
    seg.tokens[first].span()
}

/// The speaker span of mention `m`: its title before it, and a parenthetical after it.
fn name_span(ctx: &Context, m: usize, limit: usize) -> (Span, usize) {
    let mention = &ctx.mentions[m];
    let seg = ctx.segments;
    let mut span = mention.span;
    if let Some(title) = mention.title {
        span = span.cover(title);
        // "chief executive Lisa Moran": role words before the mention's title ("executive").
        let mut first = seg.token_at_or_after(title.start);
        let floor = first.saturating_sub(3);
        // Never from the sentence before ("… run for governor\n\nState Sen. Rosa Delgado").
        while first > floor
            && ctx.sentence_index(first - 1) == ctx.sentence_index(first)
            && ctx.is(first - 1, class::SOURCE_NOUN)
            && !ctx.is(first - 1, class::DOCUMENT_OR_BODY)
            && lower_or_opening(ctx, first - 1)
            && !ctx.in_quote(first - 1)
        {
            first -= 1;
        }
        // "Her colleague Professor Ian Marsh": a possessive pronoun before the role words opens
        // the phrase.
        let role_words = first < seg.token_at_or_after(title.start);
        // "union boss Kev Marlow": a title in lower case is a role word itself.
        let lower_role = !seg.tokens[first].has(crate::segment::CAPITALIZED)
            && ctx.is(first, class::SOURCE_NOUN);
        // "Fish Harvesters Resource Centre director Colleen Aucoin": a title that opens with a
        // body's name takes the words before the name the mention stage left out.
        let named_body = ctx.mention(first).is_some_and(|b| {
            b != m
                && super::np::is_name_kind(ctx.mentions[b].kind)
                && seg.token_at_or_after(ctx.mentions[b].span.start) == first
        });
        if role_words || lower_role || named_body {
            first = modifiers_start(ctx, first);
        }
        if role_words
            && first > 0
            && ctx.tag(first - 1) == crate::pos::Tag::PrpS
            && !ctx.in_quote(first - 1)
        {
            first -= 1;
        }
        span = span.cover(seg.tokens[first].span());
    } else if mention.kind == EntityType::Org || is_group_named_as_person(ctx, m) {
        span = span.cover(described_body_start(ctx, m));
    }
    let mut after = seg.token_at_or_after(mention.span.end);
    // "James B. Comey Jr.": a generational suffix the mention left out is part of the name; so
    // are the letters of an office or honour after a person's name ("Helen Marsh KC").
    if after < limit
        && (GENERATIONAL_SUFFIXES.iter().any(|w| ctx.word_is(after, w))
            || postnominal_of(ctx, after) == Some(m))
        && ctx.mention(after).is_none()
        && !ctx.in_quote(after)
    {
        span = span.cover(seg.tokens[after].span());
        after += 1;
        // Its period, unless it also ends the sentence.
        let inside = |k: usize| {
            ctx.sentence_of(k)
                .is_some_and(|s| (s.end_token as usize) > k + 1)
        };
        if after < limit && ctx.word_is(after, ".") && inside(after) {
            span = span.cover(seg.tokens[after].span());
            after += 1;
        }
    }
    let mut next = skip_parenthetical(ctx, after, limit);
    // "Stephanie Hooton of Derry, N.H.", "Charles B. Rangel of New York": where the person is from.
    if next + 1 < limit && ctx.word_is(next, "of") {
        if let Some(place) = ctx
            .mention(next + 1)
            .filter(|&p| matches!(ctx.mentions[p].kind, EntityType::Place | EntityType::Org))
        {
            next = seg.token_at_or_after(ctx.mentions[place].span.end);
            if next + 1 < limit && ctx.word_is(next, ",") {
                if let Some(state) = ctx
                    .mention(next + 1)
                    .filter(|&p| ctx.mentions[p].kind == EntityType::Place)
                {
                    let after_state = seg.token_at_or_after(ctx.mentions[state].span.end);
                    if after_state >= limit || matches!(ctx.word(after_state), "," | "." | ")") {
                        next = after_state;
                    }
                }
            }
        }
    }
    if next > after {
        span = span.cover(seg.tokens[next - 1].span());
    }
    (span, next)
}

/// Generational suffixes after a person's name ("James B. Comey Jr.", "Ray Holt III"); the
/// first `ABBREVIATED_SUFFIXES` of them are abbreviations, written with a period.
const GENERATIONAL_SUFFIXES: [&str; 5] = ["Jr", "Sr", "II", "III", "IV"];
const ABBREVIATED_SUFFIXES: usize = 2;

/// Letters after a person's name for an office, a rank at the bar or an honour: "Helen Marsh
/// KC", "Anna Field MP", "Sir Tom Vale CBE". They are part of the speaker's phrase, not a name
/// of their own.
const POSTNOMINALS: &[&str] = &[
    "KC", "QC", "SC", "MP", "MEP", "MSP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "FRS",
    "PhD",
];

/// The person mention that the post-nominal letters at token `k` follow, if any.
fn postnominal_of(ctx: &Context, k: usize) -> Option<usize> {
    if k == 0 || ctx.mention(k).is_some() || !POSTNOMINALS.iter().any(|w| ctx.word_is(k, w)) {
        return None;
    }
    ctx.mention(k - 1)
        .filter(|&m| ctx.mentions[m].kind == EntityType::Person)
}

/// The person or firm whose home place ends at mention `state`: "PERSON of TOWN, STATE", all
/// from token `from` on.
pub(super) fn named_before_home(ctx: &Context, from: usize, state: usize) -> Option<usize> {
    let seg = ctx.segments;
    let place = |m: usize| ctx.mentions[m].kind == EntityType::Place;
    let first_of = |m: usize| seg.token_at_or_after(ctx.mentions[m].span.start);
    if !place(state) {
        return None;
    }
    let comma = first_of(state).checked_sub(1)?;
    if comma <= from || !ctx.word_is(comma, ",") {
        return None;
    }
    let town = ctx.mention(comma - 1).filter(|&t| place(t))?;
    let of = first_of(town).checked_sub(1)?;
    if of <= from || !ctx.word_is_ignore_case(of, "of") {
        return None;
    }
    // A firm has a home too: "Bayline Inc. of Dover, Del., said".
    ctx.mention(of - 1).filter(|&p| {
        matches!(ctx.mentions[p].kind, EntityType::Person | EntityType::Org) && first_of(p) >= from
    })
}

/// "Dana Ortiz at Harbor Capital", "Tom Vale of the Policy Institute", "Ann Marsh from Derry":
/// the person named right before a preposition of where they work or live, whose tail ends with
/// the organisation or place `m`; the person, not the firm, is the speaker.
fn named_before_affiliation(ctx: &Context, from: usize, m: usize) -> Option<usize> {
    let seg = ctx.segments;
    if !matches!(ctx.mentions[m].kind, EntityType::Org | EntityType::Place) {
        return None;
    }
    let mut k = seg
        .token_at_or_after(ctx.mentions[m].span.start)
        .checked_sub(1)?;
    if k > from && ctx.word_is_ignore_case(k, "the") {
        k -= 1;
    }
    if k <= from || !ctx.word_in_ignore_case(k, &["of", "at", "from", "with"]) {
        return None;
    }
    ctx.mention(k - 1).filter(|&p| {
        ctx.mentions[p].kind == EntityType::Person
            && seg.token_at_or_after(ctx.mentions[p].span.start) >= from
            && seg.token_at_or_after(ctx.mentions[p].span.end) == k
    })
}

pub(super) fn name_phrase(ctx: &Context, m: usize, limit: usize) -> (SpeakerPhrase, usize) {
    let (span, next) = name_span(ctx, m, limit);
    (
        SpeakerPhrase {
            span,
            mention: Some(m),
            pronoun: None,
        },
        next,
    )
}

/// Whether token `k` can modify the role words of a name's title ("*Fire service* spokeswoman",
/// "*tribal* chairman"): a common noun or an adjective; an adjective in "-al" the tagger read
/// as a preposition ("tribal/IN"); at the sentence's start (`opening`) a noun or adjective the
/// tagger read as a verb ("Head/VBP teacher", "Cycling/VBG campaigner"). Not an adverb
/// ("Meanwhile spokeswoman …") nor a determiner.
fn is_role_modifier(ctx: &Context, k: usize, opening: bool) -> bool {
    use crate::pos::Tag;
    match ctx.tag(k) {
        Tag::Nn => true,
        // "the most able candidate Viguerie argues": an adjective after an adverb is a
        // predicate's.
        Tag::Jj => {
            k == 0
                || !(matches!(ctx.tag(k - 1), Tag::Rb | Tag::Rbr | Tag::Rbs)
                    || ctx.word_in_ignore_case(k - 1, &["most", "more", "least", "less"]))
        }
        Tag::In => super::np::is_adjective_read_as_preposition(ctx, k),
        // "the consulting firm Oxford Economics": a gerund after an article modifies the noun.
        Tag::Vbg if k > 0 && ctx.word_in_ignore_case(k - 1, &["the", "a", "an"]) => true,
        // "Asking chairman Ernest Yazzie for comment, reporters …": a participle whose object
        // the name is (a preposition right after the name) opens a clause, not a role.
        Tag::Vbg if opening => !participle_with_object(ctx, k),
        Tag::Nnp | Tag::Nns | Tag::Vbp | Tag::Vb if opening => true,
        // "“…,” *lead* author Prof Ann Holt said": a verb's tag right after a quotation.
        Tag::Vbd | Tag::Vbn | Tag::Vbp => super::np::is_verb_read_after_quote(ctx, k),
        _ => false,
    }
}

/// Whether the participle at token `k` takes the noun run after it as its object, a preposition
/// following the run: "*Asking* chairman Ernest Yazzie for comment".
fn participle_with_object(ctx: &Context, k: usize) -> bool {
    use crate::pos::Tag;
    let end = ctx.segments.tokens.len();
    let after = (k + 1..end.min(k + 8))
        .find(|&q| !matches!(ctx.tag(q), Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Nnps))
        .unwrap_or(end);
    after > k + 1 && after < end && matches!(ctx.tag(after), Tag::In | Tag::To)
}

/// The phrase that ends at token `end` (exclusive): a mention, a pronoun or a description.
fn phrase_ending(ctx: &Context, from: usize, end: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let mut last = end - 1;
    // "Rep. Jim Clyburn (D-S.C.)": look past a parenthetical.
    if ctx.word_is(last, ")") {
        let open = (from..last).rev().take(8).find(|&k| ctx.word_is(k, "("))?;
        if open <= from {
            return None;
        }
        last = open - 1;
    }
    let tok = seg.tokens[last];
    // "Prosecutor Helen Marsh KC told the court": the letters after a name are the person's.
    // "Acme Corp. said": the abbreviation's period ends the firm's name.
    let named_last = ctx
        .mention(last)
        .filter(|&m| {
            tok.kind() == TokenKind::Word
                || (ctx.word_is(last, ".") && ctx.mentions[m].kind == EntityType::Org)
        })
        .or_else(|| postnominal_of(ctx, last).filter(|_| last > from))
        // "James Comey Jr. said": the generational suffix's period ends the person's name.
        .or_else(|| {
            (last >= from + 2
                && ctx.word_is(last, ".")
                && GENERATIONAL_SUFFIXES[..ABBREVIATED_SUFFIXES]
                    .iter()
                    .any(|w| ctx.word_is(last - 1, w)))
            .then(|| ctx.mention(last - 2))
            .flatten()
            .filter(|&m| ctx.mentions[m].kind == EntityType::Person)
        });
    if tok.kind() != TokenKind::Word && named_last.is_none() {
        return None;
    }
    if let Some(last_mention) = named_last {
        // "Stephanie Lark of Derry, N.H. said": the state ends the person's phrase.
        // "Dana Ortiz at Harbor Capital said": the firm is where the person works.
        let named = named_before_home(ctx, from, last_mention)
            .or_else(|| named_before_affiliation(ctx, from, last_mention));
        let m = named.unwrap_or(last_mention);
        // "Teachers in Leeds said", "Residents of Dover say": the place says where the people
        // are; they, not the place, are the speaker.
        let people_noun = people_at_place(ctx, from, m);
        // A person named before a home or an affiliation is the speaker, unless the one spoken
        // for: "a spokeswoman for Gov. Tom Reyes of Arizona".
        if let (Some(person), None) = (named, people_noun) {
            return Some(name_phrase(ctx, person, end).0);
        }
        if let Some(noun) = people_noun {
            // Not an appositive after a name ("Lou Park, a teacher in Leeds, who …"): the
            // name before it is the speaker.
            let people = description_ending(ctx, from, noun).filter(|p| {
                let start = seg.token_at_or_after(p.span.start);
                start == from || !ctx.word_is(start - 1, ",")
            });
            if let Some(people) = people {
                let span = people.span.cover(ctx.mentions[last_mention].span);
                // A person stays the phrase's name, which `resolve` reads as someone spoken
                // for ("a spokesman for Tom Hale" is not Tom Hale); a place names no one.
                // The first of coordinated names is the one after the preposition (and its title).
                let person = ctx.mentions[m].kind == EntityType::Person;
                return Some(SpeakerPhrase {
                    mention: (noun + 2..=last)
                        .find_map(|k| ctx.mention(k))
                        .filter(|_| person),
                    ..SpeakerPhrase::described(span)
                });
            }
        }
        // "the Belgian said": a nationality after "the", singular, stands for a person the story
        // named (resolved later), not for the nation.
        let at = seg.token_at_or_after(ctx.mentions[m].span.start);
        if at == last
            && at > from
            && ctx.is_nationality_after_the(at)
            && !names_a_people(ctx.word(at))
        {
            return Some(SpeakerPhrase::described(
                seg.tokens[at - 1].span().cover(tok.span()),
            ));
        }
        let (phrase, _) = name_phrase(ctx, m, end);
        if let Some(office) = office_of(ctx, from, phrase.span) {
            return Some(office);
        }
        // Only names that can speak: people, organisations, places standing for governments.
        return matches!(
            ctx.mentions[m].kind,
            EntityType::Person | EntityType::Org | EntityType::Place | EntityType::Norp
        )
        .then(|| with_coordinated_name(ctx, from, phrase));
    }
    if let Some(g) = ctx.pronoun(last) {
        return Some(SpeakerPhrase::pronoun(tok.span(), g));
    }
    // "Another said", "One said", "Some said", "Many said": a word of quantity alone standing
    // for people the text just named is the whole subject.
    if last == from && is_lone_quantity(ctx, last) {
        return Some(SpeakerPhrase::described(tok.span()));
    }
    description_ending(ctx, from, last)
        .map(|p| with_coordinated_person(ctx, from, p))
        .or_else(|| proper_name_ending(ctx, from, last))
}

/// "The office of Attorney General Dan Whitlock said", "the campaign of Ann Holt": a body
/// named by whom it serves speaks as itself, not as that person. The phrase from its determiner
/// (or its noun, opening the clause) to the name's phrase `name`.
fn office_of(ctx: &Context, from: usize, name: Span) -> Option<SpeakerPhrase> {
    const OFFICES: [&str; 4] = ["office", "campaign", "administration", "government"];
    let seg = ctx.segments;
    let at = seg.token_at_or_after(name.start);
    if at < from + 2
        || !ctx.word_is_ignore_case(at - 1, "of")
        || !ctx.word_in_ignore_case(at - 2, &OFFICES)
        || ctx.mention(at - 2).is_some()
        || ctx.in_quote(at - 2)
    {
        return None;
    }
    let mut start = at - 2;
    if start > from
        && matches!(
            ctx.tag(start - 1),
            crate::pos::Tag::Dt | crate::pos::Tag::PrpS
        )
    {
        start -= 1;
    }
    Some(SpeakerPhrase::described(
        seg.tokens[start].span().cover(name),
    ))
}

/// Whether token `k` is a word of quantity that can stand alone for people: "another", "one",
/// "some", "many", "several", "both", "most", "few".
fn is_lone_quantity(ctx: &Context, k: usize) -> bool {
    ctx.word_in_ignore_case(k, &people_quantities!["another", "one"])
}

/// "Priya Nair and her colleagues said": a person's name and "and" before a description that a
/// possessive pronoun opens belong to it; the phrase is the group, no one person.
fn with_coordinated_person(ctx: &Context, from: usize, p: SpeakerPhrase) -> SpeakerPhrase {
    let seg = ctx.segments;
    let start = seg.token_at_or_after(p.span.start);
    if start < from + 2
        || ctx.tag(start) != crate::pos::Tag::PrpS
        || !ctx.word_is_ignore_case(start - 1, "and")
    {
        return p;
    }
    let Some(m) = ctx
        .mention(start - 2)
        .filter(|&m| ctx.mentions[m].kind == EntityType::Person)
    else {
        return p;
    };
    let (name, _) = name_phrase(ctx, m, start - 1);
    if seg.token_at_or_after(name.span.start) < from {
        return p;
    }
    SpeakerPhrase::described(name.span.cover(p.span))
}

/// "Dr Ann Holt and Dr Ian Marsh, co-chairs of the panel, said", "Ann Holt and Ian Marsh
/// said": a person's name after "and" right after another person's name is the second of one
/// coordinated subject; the phrase is the pair (a group).
fn with_coordinated_name(ctx: &Context, from: usize, p: SpeakerPhrase) -> SpeakerPhrase {
    let seg = ctx.segments;
    let Some(m) = p
        .mention
        .filter(|&m| ctx.mentions[m].kind == EntityType::Person)
    else {
        return p;
    };
    let start = seg.token_at_or_after(p.span.start);
    if start < from + 2 || !ctx.word_is_ignore_case(start - 1, "and") || ctx.in_quote(start - 1) {
        return p;
    }
    let Some(other) = ctx.mention(start - 2).filter(|&o| {
        o != m
            && ctx.mentions[o].kind == EntityType::Person
            && seg.token_at_or_after(ctx.mentions[o].span.end) == start - 1
    }) else {
        return p;
    };
    let (name, _) = name_phrase(ctx, other, start - 1);
    let first = seg.token_at_or_after(name.span.start);
    // Not a verb's or a preposition's object: "The council hired Ann Marsh and Tom Vale said".
    if first < from
        || first > from && (ctx.tag(first - 1).is_verb() || ctx.is(first - 1, class::PREPOSITION))
    {
        return p;
    }
    // The mention stays for ranking and for a later "he"; `speaker_kind` reads the written
    // pair as a group, and the speaker is then named as written.
    SpeakerPhrase {
        span: name.span.cover(p.span),
        ..p
    }
}

/// The noun for people that a place or person mention `m` modifies through a preposition
/// ("council *leaders* in Norwich", "*farmers* across Kansas and Nebraska", "*residents* of
/// Dover", "the *wife* of Tom Hale"): the name says where they are or whom they belong to, not
/// who speaks. "A spokeswoman *for* Ohio" speaks for the state ("a spokeswoman for Tom Hale"
/// is not Tom Hale); a body ("the government of France") is left to the place that
/// stands for it, and an organisation ("analysts at Wren Bank") to the speaker ranker.
fn people_at_place(ctx: &Context, from: usize, m: usize) -> Option<usize> {
    let seg = ctx.segments;
    let mention = &ctx.mentions[m];
    let organisation = mention.kind == EntityType::Org;
    if !matches!(mention.kind, EntityType::Place | EntityType::Person) && !organisation {
        return None;
    }
    // Back over the name's title, made of title words and their periods ("a spokeswoman for
    // *Gov.* Tom Reyes", "*former President* Donald Trump"; not a title that runs into other
    // words: "Undersecretary for Education Mr. X"), then over coordinated names of the same kind
    // ("across Kansas and Nebraska").
    let named_at = seg.token_at_or_after(mention.span.start);
    let titled_at = mention
        .title
        .map(|t| seg.token_at_or_after(t.start))
        .filter(|&t| (t..named_at).all(|k| ctx.word_is(k, ".") || is_title_word(ctx, k)))
        .unwrap_or(named_at);
    let mut at = before_title_modifiers(ctx, titled_at, from);
    while at >= from + 2
        && (ctx.word_is(at - 1, ",") || ctx.word_is_ignore_case(at - 1, "and"))
        && ctx
            .mention(at - 2)
            .is_some_and(|o| ctx.mentions[o].kind == mention.kind)
    {
        if let Some(o) = ctx.mention(at - 2) {
            at = seg.token_at_or_after(ctx.mentions[o].span.start);
        }
    }
    // "Farmers in the province of Ravenna", "residents of the town of Harwick": the kind of
    // place and its "of" belong to where they are.
    if mention.kind == EntityType::Place
        && at >= from + 3
        && ctx.word_is_ignore_case(at - 1, "of")
        && ctx.word_in_ignore_case(at - 2, PLACE_NOUNS)
        && ctx.word_is_ignore_case(at - 3, "the")
    {
        at -= 3;
    }
    let noun = at.checked_sub(2).filter(|&n| n >= from)?;
    let preposition = ctx.is(at - 1, class::PREPOSITION)
        || ctx.word_in_ignore_case(
            at - 1,
            &["across", "around", "throughout", "near", "outside", "among"],
        );
    let speaks_for = ctx.word_is_ignore_case(at - 1, "for") && mention.kind == EntityType::Place;
    // People at an organisation ("analysts at Wren Bank", "engineers from Halvorsen") are
    // several of its people, not the body itself; one of them ("a spokeswoman for Wren Bank")
    // is left to the rules that read descriptions.
    let people_of_organisation = !organisation || ctx.tag(noun) == crate::pos::Tag::Nns;
    (preposition
        && !speaks_for
        && people_of_organisation
        && ctx.mention(noun).is_none()
        && ctx.is(noun, class::SOURCE_NOUN)
        && !ctx.is(noun, class::DOCUMENT_OR_BODY))
    .then_some(noun)
}

/// Kinds of place named before "of" and a place's name: "the province of Ravenna".
const PLACE_NOUNS: &[&str] = &[
    "province",
    "state",
    "town",
    "city",
    "village",
    "county",
    "region",
    "district",
    "island",
    "republic",
    "borough",
    "parish",
    "municipality",
];

/// Where a title starting at token `at` starts with the words before it that keep it the
/// person's ("*former* President Donald Trump", "*acting* Gov. Tom Reyes"), not before `floor`.
pub(super) fn before_title_modifiers(ctx: &Context, at: usize, floor: usize) -> usize {
    let mut at = at;
    while at > floor && ctx.word_in_ignore_case(at - 1, &["former", "acting", "then"]) {
        at -= 1;
    }
    at
}

/// Whether token `k` is a word of a title before a name: a listed title or honorific
/// ("President", "Minister", "Mr"), a title's abbreviation ("Gov", "Sen"), or the first word of a
/// listed two-word title ("Prime" of "Prime Minister"). Read only for the title of a name that
/// ends a speaker phrase, so the two-word key's allocation is rare.
fn is_title_word(ctx: &Context, k: usize) -> bool {
    use crate::lexicon::{cat, lookup};
    let w = ctx.word(k);
    let listed = |s: &str| lookup(s).any(cat::TITLE | cat::HONORIFIC);
    listed(w)
        || crate::segment::abbreviations::never_ends_sentence(w)
        || (k + 1 < ctx.segments.tokens.len() && listed(&format!("{w} {}", ctx.word(k + 1))))
}

/// Whether a phrase of where or how something was said opens at token `k` ("in a statement",
/// "on Twitter", "at a news conference", "during the debate"): after an appositive's second
/// comma it ends the speaker ("said the chair, Holt, in a statement"). "of Derry" is where a
/// person is from, part of the appositive ("Tom Hale, 52, of Derry").
fn opens_setting(ctx: &Context, k: usize, end: usize) -> bool {
    k + 1 < end && ctx.word_in_ignore_case(k, &["in", "on", "at", "during", "via"])
}

/// A run of capitalised words ending at token `last` that the mention stage left out ("Trump",
/// "PolitiFact"): right before a speech verb, a capitalised word is a name.
fn proper_name_ending(ctx: &Context, from: usize, last: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let is_name_word = |k: usize| {
        let w = ctx.word(k);
        seg.tokens[k].kind() == TokenKind::Word
            && seg.tokens[k].has(crate::segment::CAPITALIZED)
            && !words::is_determiner(w)
            && !words::is_clause_word(w)
            && words::speaker_pronoun(w).is_none()
            && !words::is_time_word(w)
    };
    if !is_name_word(last) {
        return None;
    }
    let mut start = last;
    while start > from && last - start < 3 && is_name_word(start - 1) {
        start -= 1;
    }
    Some(SpeakerPhrase::described(
        seg.tokens[start].span().cover(seg.tokens[last].span()),
    ))
}

/// A description ending at token `last`: walk left over words, stopping at clause words,
/// punctuation or a determiner ("the source", "a spokeswoman for the commission").
fn description_ending(ctx: &Context, from: usize, last: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    if ctx.is(last, class::CLAUSE_WORD)
        || ctx.is(last, class::PREPOSITION)
        || ctx.is(last, class::TIME_WORD)
    {
        return None;
    }
    let mut start = last;
    let mut has_noun = ctx.is(last, class::SOURCE_NOUN);
    while start > from && last - start + 1 < MAX_PHRASE {
        let prev = start - 1;
        let w = ctx.word(prev);
        let t = seg.tokens[prev];
        // "A WHO spokesman", "a spokesperson for the Save Our Libraries campaign": a word of a
        // name the mentions found is a noun of the phrase, whatever it reads as alone (a
        // relative pronoun, a verb, a determiner).
        let stops = words::is_determiner(w) || words::is_clause_word(w);
        if stops
            && t.kind() == TokenKind::Word
            && ctx.mention(prev).is_some()
            && !ctx.in_quote(prev)
        {
            start = prev;
            continue;
        }
        if words::is_determiner(w) {
            // "shows that officials warned".
            if super::np::is_conjunction_before_plural(ctx, prev, last) {
                break;
            }
            start = prev;
            // "a senior aide", "the top official": an adjective the determiner list holds
            // ("senior", "top") with its article.
            if start > from
                && words::is_determiner(ctx.word(start - 1))
                && !ctx.is(start - 1, class::CLAUSE_WORD)
            {
                start -= 1;
            }
            // "a spokeswoman for the commission": a preposition before the determiner joins the
            // phrase to the noun before it.
            let joins = start > from + 1
                && ctx.is(start - 1, class::PREPOSITION)
                && seg.tokens[start - 2].kind() == TokenKind::Word
                && !ctx.is(start - 2, class::CLAUSE_WORD);
            if joins && last - start + 3 <= MAX_PHRASE {
                start -= 1;
                continue;
            }
            break;
        }
        // "The Police and Crime Commissioner": "and" inside a capitalised title.
        if prev > from && super::np::is_and_in_title(ctx, prev, last) {
            start = prev;
            continue;
        }
        // "the drivers' union": a plural possessive's apostrophe is no phrase boundary.
        if (t.kind() == TokenKind::Punct && w != "-" && !super::np::is_plural_possessive(ctx, prev))
            || words::is_clause_word(w)
            || ctx.in_quote(prev)
        {
            break;
        }
        has_noun |= words::is_source_noun(w);
        start = prev;
    }
    // "NAIROBI (Reuters) - Kenya's federation said", "NAIROBI - Kenya's federation said": a
    // dateline and its dash open no phrase.
    if let Some(i) = ctx.sentence_index(last) {
        let sn = &seg.sentences[i];
        let floor =
            super::indirect::after_dateline(ctx, sn.first_token as usize, sn.end_token as usize);
        if start < floor && floor <= last {
            start = floor;
        }
    }
    // "Ivana Trump's brief", "Scott's family": a possessive makes a noun phrase of its own.
    has_noun |= (start..last)
        .any(|k| matches!(ctx.word(k), "'s" | "’s") || super::np::is_plural_possessive(ctx, k))
        && !seg.tokens[last].has(crate::segment::CAPITALIZED);
    if !has_noun {
        return None;
    }
    Some(SpeakerPhrase::described(
        seg.tokens[start].span().cover(seg.tokens[last].span()),
    ))
}

/// The phrase that starts at token `start`, before the verb at `verb`: `X said`, `X, a doctor, said`.
fn phrase_from(ctx: &Context, start: usize, verb: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let mut first = start;
    // A title the mentions left out: "Sen. Claire McCaskill", "White House press secretary Josh Earnest".
    while first < verb
        && ctx.mention(first).is_none()
        && first - start < MAX_PHRASE
        && seg.tokens[first].kind() == TokenKind::Word
        && !ctx.is(first, class::CLAUSE_WORD)
        && !ctx.is(first, class::DETERMINER)
        && !ctx.is(first, class::CUE_VERB)
        && ctx.pronoun(first).is_none()
    {
        first += 1;
    }
    let name_at = person_in_title_run(ctx, start, verb).unwrap_or(
        if first < verb && ctx.mention(first).is_some() {
            first
        } else {
            start
        },
    );
    if let Some(m) = ctx.mention(name_at) {
        let (mut phrase, next) = name_phrase(ctx, m, verb);
        // "Harbor Mills of Derry, Vt., said": a place after a preposition is where the speaker
        // is from (a firm or person the mention stage missed), not the speaker.
        if is_home_place(ctx, start, name_at, m) {
            phrase.mention = None;
        }
        let mut end = next;
        while end < verb && is_aux_at(ctx, end) {
            end += 1;
        }
        if end >= verb {
            return Some(SpeakerPhrase {
                span: seg.tokens[start].span().cover(phrase.span),
                ..phrase
            });
        }
        // X, APPOSITIVE, said
        if ctx.word_is(next, ",") {
            let mut close = verb;
            while close > next && is_aux_at(ctx, close - 1) {
                close -= 1;
            }
            if close > next + 1 && ctx.word_is(close - 1, ",") && close - next <= MAX_APPOSITIVE {
                let span = seg.tokens[start].span().cover(seg.tokens[close - 2].span());
                return Some(SpeakerPhrase { span, ..phrase });
            }
            return Some(SpeakerPhrase {
                span: seg.tokens[start].span().cover(phrase.span),
                ..phrase
            });
        }
    }
    if let Some(g) = ctx.pronoun(start) {
        return Some(SpeakerPhrase::pronoun(seg.tokens[start].span(), g));
    }
    // A description up to the verb, or up to an appositive's comma.
    let mut end = start;
    while end < verb && !ctx.word_is(end, ",") && !is_aux_at(ctx, end) {
        end += 1;
    }
    // "“…,” the union on Tuesday said": when it was said ends the subject.
    if end == verb {
        while end > start + 1 && is_when_before_verb(ctx, end - 1) {
            end -= 1;
        }
        end = time_phrase_before_verb(ctx, start, end).unwrap_or(end);
    }
    if end == start || end - start > MAX_PHRASE {
        return None;
    }
    let phrase = phrase_ending(ctx, start, end).or_else(|| any_phrase(ctx, start, end))?;
    // A description with an appositive: "Another critic, Laurence H. Tribe, said".
    if end < verb && ctx.word_is(end, ",") {
        let mut close = verb;
        while close > end && is_aux_at(ctx, close - 1) {
            close -= 1;
        }
        if close > end + 1 && ctx.word_is(close - 1, ",") && close - end <= MAX_APPOSITIVE {
            return Some(SpeakerPhrase {
                span: phrase.span.cover(seg.tokens[close - 2].span()),
                ..phrase
            });
        }
    }
    Some(phrase)
}

/// Whether mention `m`, at token `at` inside a phrase starting at token `start`, is a place
/// after a preposition: the speaker's home or workplace ("Harbor Mills *of Derry*", "the mayor
/// *of Wren*"), not the speaker.
fn is_home_place(ctx: &Context, start: usize, at: usize, m: usize) -> bool {
    ctx.mentions[m].kind == EntityType::Place
        && at > start + 1
        && ctx.is(at - 1, class::PREPOSITION)
        && ctx.segments.tokens[start].kind() == TokenKind::Word
}

/// The phrase right after a cue: `said X`, `according to X`, `asked Mr. Smith, an economist`.
/// Tokens up to `end` (exclusive) may hold an appositive.
pub fn phrase_after(
    ctx: &Context,
    start: usize,
    end: usize,
    lenient: bool,
) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let end = end.min(seg.tokens.len());
    if start >= end || ctx.in_quote(start) {
        return None;
    }
    let w = ctx.word(start);
    if let Some(g) = words::speaker_pronoun(w) {
        // "“…,” said he" is a speaker; "X said she wanted …" starts the reported clause.
        if lenient
            && (w.eq_ignore_ascii_case("he")
                || w.eq_ignore_ascii_case("she")
                || w.eq_ignore_ascii_case("they"))
        {
            return Some(SpeakerPhrase::pronoun(seg.tokens[start].span(), g));
        }
        return None;
    }
    // "said 1,500 of the workers": a number is no name; the quantity heads a noun phrase.
    if ctx.mention(start).is_some_and(|m| {
        !matches!(
            ctx.mentions[m].kind,
            EntityType::Person | EntityType::Org | EntityType::Place | EntityType::Norp
        )
    }) {
        return super::np::cue_object(ctx, start, end);
    }
    // A title before the name: "said Rep. G.K. Butterfield", "said White House spokesman Josh Earnest".
    let mut first = start;
    while first < end
        && ctx.mention(first).is_none()
        && first - start < MAX_PHRASE
        && (seg.tokens[first].kind() != TokenKind::Punct
            || matches!(ctx.word(first), "/" | "-" | "."))
        && !ctx.is(first, class::CLAUSE_WORD)
        && (!ctx.is(first, class::CUE_VERB) || title_word(ctx, start, first))
    {
        first += 1;
    }
    let name_at = person_in_title_run(ctx, start, end).unwrap_or(
        if first < end
            && ctx.mention(first).is_some()
            && (first == start
                || !ctx.is(start, class::DETERMINER)
                || ctx.mentions[ctx.mention(first).unwrap_or(0)].kind == EntityType::Person)
        {
            first
        } else {
            start
        },
    );
    let (mut span, mut next, mut mention) = if let Some(m) = ctx.mention(name_at) {
        let (phrase, next) = name_phrase(ctx, m, end);
        // "according to a CNN tally", "a Post/ABC survey": after a determiner, a name before a
        // common noun (or joined to another by a slash) modifies it; the noun heads the phrase.
        if name_at > start
            && next < end
            && ctx.is(start, class::DETERMINER)
            && (super::np::is_joining_slash(ctx, next)
                || matches!(ctx.tag(next), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
                    && ctx.mention(next).is_none()
                    && !ctx.is(next, class::CUE_VERB | class::TIME_WORD))
        {
            if let Some(described) = super::np::cue_object(ctx, start, end) {
                return Some(described);
            }
        }
        // "says defiant Labour leader", "said Harbor Trust spokesman": a name before a noun for
        // a person only modifies it; the description is the speaker, with no name of its own.
        if next < end
            && matches!(ctx.tag(next), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
            && ctx.mention(next).is_none()
        {
            if let Some(described) = super::np::cue_object(ctx, start, end).filter(|d| {
                d.mention.is_none()
                    && d.span.contains(ctx.mentions[m].span)
                    && super::np::modifies_people_noun(ctx, m, d.span)
            }) {
                return Some(described);
            }
        }
        (seg.tokens[start].span().cover(phrase.span), next, Some(m))
    } else {
        let phrase = description_after(ctx, start, end, lenient)?;
        let next = seg.token_at_or_after(phrase.span.end);
        (phrase.span, next, None)
    };
    // The noun phrase's participle tail, or a time phrase and its "by", where the walks above
    // stop short of them ("according to a study last year by economists at …", "said one aide
    // involved in the talks", "according to a Harwell poll conducted in March"); an appositive
    // after a comma is read below. Only where no clause can start ("X said Tom Hale resigned in
    // March" reports a clause).
    if lenient && next < end {
        // "a Quinnipiac poll conducted in …": the name's phrase stops before the head noun.
        let mut p = next;
        while p < end
            && p - next < 2
            && matches!(ctx.tag(p), crate::pos::Tag::Nn | crate::pos::Tag::Nnp)
        {
            p += 1;
        }
        let participle =
            |k: usize| matches!(ctx.tag(k), crate::pos::Tag::Vbn | crate::pos::Tag::Vbd);
        let through = if participle(p) {
            Some(p)
        } else if next > start + 1 && participle(next - 1) {
            // "a poll conducted" ending the description: its tail ("in February") follows.
            Some(next - 1)
        } else {
            super::np::time_phrase_end(ctx, next, end)
        };
        if let Some(e) = through.and_then(|t| {
            super::np::object_from(ctx, start, end).filter(|&e| {
                e > t
                    && !(next..e).any(|k| ctx.word_is(k, ",") || ctx.in_quote(k))
                    && super::np::is_well_formed(ctx, start, e)
            })
        }) {
            span = span.cover(seg.tokens[e - 1].span());
            next = e;
        }
    }
    // "said L2 president Bruce Willsie": an organisation before a title and a name the mention
    // stage missed; the phrase runs on to its punctuation.
    if lenient && mention.is_some_and(|m| ctx.mentions[m].kind != EntityType::Person) {
        let mut k = next;
        while k < end
            && k - start < MAX_PHRASE
            && seg.tokens[k].kind() == TokenKind::Word
            && !ctx.is(k, class::CLAUSE_WORD)
            && !ctx.is(k, class::CUE_VERB)
            && !ctx.is(k, class::TIME_WORD)
            && !ctx.in_quote(k)
        {
            k += 1;
        }
        if k > next && seg.tokens[k - 1].has(crate::segment::CAPITALIZED) {
            span = span.cover(seg.tokens[k - 1].span());
            // "said Wolves boss Ian Carrow": the person named after the club's role word.
            if super::np::is_role_read_as_other(ctx, next) {
                mention = ctx.mention(next + 1);
            }
            next = k;
        }
    }
    // "according to the State and Homeland Security departments", "officials at the Defense and
    // Interior ministries": names coordinated before one plural head; the phrase names neither.
    let coordinated = super::np::coordinated_end(ctx, next, end);
    if coordinated > next {
        span = span.cover(seg.tokens[coordinated - 1].span());
        next = coordinated;
        mention = None;
    }
    // An appositive to the end of the clause: "said Douglas Holtz-Eakin, an economist who …";
    // a participle clause after a comma is no part of it ("said Ann Marsh, an aide to the
    // mayor, recalling the vote"), nor one right after the name ("said Mr Vale, speaking at
    // the party's conference").
    // ("including" opens a list of the phrase's own: "three polls, including one from …").
    let clause_follows = opens_participle_clause(ctx, next) && !ctx.word_is(next + 1, "including");
    if next < end && ctx.word_is(next, ",") && !clause_follows {
        let mut k = next + 1;
        while k < end
            && k - next <= MAX_APPOSITIVE
            && !ctx.in_quote(k)
            && !matches!(ctx.word(k), ";" | ":" | "“" | "\"" | "”")
            && !opens_participle_clause(ctx, k)
            && !opens_time_phrase(ctx, k, end)
            && !(k > next + 1 && ctx.word_is(k, ",") && opens_setting(ctx, k + 1, end))
        {
            k += 1;
        }
        let mut last = k;
        while last > next + 1 && seg.tokens[last - 1].kind() == TokenKind::Punct {
            last -= 1;
        }
        if last > next + 1 && k - next <= MAX_APPOSITIVE {
            span = span.cover(seg.tokens[last - 1].span());
            // "said her neighbour, retired engineer Bill Okoro": a description's appositive that
            // ends with a person's name names the speaker.
            if mention.is_none() {
                mention = titled_person(ctx, next + 1, last);
            }
            next = last;
        }
    }
    let _ = next;
    Some(SpeakerPhrase {
        span,
        mention,
        pronoun: None,
    })
}

/// Whether a nationality's word after "the" names a whole people, not one person: a plural
/// ("the Saudis") or a word whose plural is itself ("the French", "the Dutch", "the Chinese",
/// "the Swiss", "the Irish").
pub(super) fn names_a_people(word: &str) -> bool {
    let w = word.as_bytes();
    let ends = |suffix: &[u8]| {
        w.len() > suffix.len() && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    ends(b"s") || ends(b"ch") || ends(b"sh") || ends(b"ese")
}

/// Whether token `k` is a comma that opens a time phrase, bare or after a preposition: ",
/// Tuesday", ", on Tuesday", ", earlier this week". It says when the words were said, not who
/// said them ("said Rep. Tom Hale, R-Okla., on Tuesday").
fn opens_time_phrase(ctx: &Context, k: usize, end: usize) -> bool {
    ctx.word_is(k, ",")
        && (super::np::time_phrase_end(ctx, k + 1, end).is_some()
            || ctx.tag(k + 1) == crate::pos::Tag::In
                && super::np::time_phrase_end(ctx, k + 2, end).is_some())
}

/// Whether token `k` is a comma that opens a participle clause: ", recalling the vote", ",
/// adding that …". Such a clause says what the speaker did, not who they are.
/// A participle before a role word is the role's modifier, no clause: ", acting director of
/// …", ", managing editor".
fn opens_participle_clause(ctx: &Context, k: usize) -> bool {
    ctx.word_is(k, ",")
        && super::np::opens_participle_clause_at(ctx, k + 1)
        && !grants_anonymity(ctx, k + 1)
}

/// Whether token `k` opens "speaking on (the) condition of anonymity": it says who the source
/// is (one who may not be named), and belongs to the speaker's phrase.
fn grants_anonymity(ctx: &Context, k: usize) -> bool {
    ctx.word_is(k, "speaking")
        && ctx.word_is(k + 1, "on")
        && (ctx.word_is(k + 2, "condition")
            || ctx.word_is(k + 2, "the") && ctx.word_is(k + 3, "condition"))
}

/// A description right after a cue: "said the spokeswoman for the commission".
/// In a `lenient` position (right after a quotation or `according to`) any noun phrase will do;
/// elsewhere it must hold a noun that can speak.
fn description_after(
    ctx: &Context,
    start: usize,
    end: usize,
    lenient: bool,
) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let w = ctx.word(start);
    // "according to official figures", "according to rowing federation data": right after
    // "according to" a bare noun phrase is a source too.
    let bare = lenient
        && (seg.tokens[start].tag().is_noun() || seg.tokens[start].tag().is_adjective())
        && start >= 2
        && ctx.according_to_at(start - 2, end);
    let opens_phrase = words::is_determiner(w)
        || seg.tokens[start].has(crate::segment::CAPITALIZED)
        || bare
        || (lenient && headline_source(ctx, start, end));
    if !opens_phrase {
        return None;
    }
    // "said that …", "told to …": a complement, not a speaker.
    if words::is_preposition(w)
        || crate::words::any_ignore_case(
            &["that", "this", "these", "those", "out", "up", "having"],
            w,
        )
    {
        return None;
    }
    let mut k = start + 1;
    // Inside a name that a preposition of a bare phrase's tail opened ("figures from the Harbour
    // Trust", "data from Eurostat").
    let mut tail_name = false;
    while k < end && k - start < MAX_PHRASE {
        let t = seg.tokens[k];
        let w = ctx.word(k);
        let capitalised = ctx.mention(k).is_some() || t.has(crate::segment::CAPITALIZED);
        // "papers seen by the Echo": "by" after a participle opens a tail as a preposition does.
        let opens_tail = |i: usize| {
            ctx.is(i, class::PREPOSITION)
                || (i > start && ctx.word_is(i, "by") && ctx.tag(i - 1) == crate::pos::Tag::Vbn)
        };
        if bare && capitalised {
            let after_preposition = opens_tail(k - 1)
                || (k >= start + 2 && ctx.is(k - 1, class::DETERMINER) && opens_tail(k - 2));
            tail_name |= after_preposition;
        } else {
            tail_name = false;
        }
        // "Rep. G.K. Butterfield": the period of a short title joins the phrase.
        let title_period = w == "."
            && lenient
            && ctx.word(k - 1).len() <= 4
            && seg.tokens[k - 1].has(crate::segment::CAPITALIZED);
        if title_period {
            k += 1;
            continue;
        }
        // A speech verb's word after a determiner is a noun ("according to the report,"), and
        // so is one the tagger read as a noun after a noun or adjective of the phrase: "a city
        // hall pool *report*", "the campaign's weekly *statement*".
        let noun_after_determiner = t.tag().is_noun()
            && (ctx.is(k - 1, class::DETERMINER)
                || seg.tokens[k - 1].tag().is_noun()
                || seg.tokens[k - 1].tag().is_adjective()
                || super::np::is_noun_read_as_verb(ctx, k - 1));
        // "according to notes Ms. Vale kept": a name after a bare noun opens a clause.
        // "a Post/ABC survey": a slash joining two names joins the phrase.
        if (t.kind() == TokenKind::Punct
            && w != "-"
            && w != "'s"
            && !super::np::is_joining_slash(ctx, k))
            || (words::is_cue_verb(w) && !noun_after_determiner)
            || ctx.in_quote(k)
            || (bare && capitalised && !tail_name)
            // "said the minister this week", "said the minister yesterday": a date ends it,
            // unless a participle takes it ("a poll released Thursday").
            || (!ctx.tag(k - 1).is_verb()
                && ctx.mention(k).is_some_and(|m| {
                    matches!(ctx.mentions[m].kind, EntityType::Date | EntityType::Time)
                }))
        {
            break;
        }
        // "said a professor at Kelby University": right after a quotation's cue, a preposition
        // before an organisation's name opens the description's tail.
        // The whole name fits in the phrase ("a just-released poll from Florida Atlantic
        // University" does not: it keeps its other tails), and it is no possessor ("a fan at
        // Kelby Rovers' ground" is a fan).
        let names_body = |i: usize| {
            ctx.mention(i).is_some_and(|m| {
                let name = ctx.mentions[m].span;
                let after = seg.token_at_or_after(name.end);
                ctx.mentions[m].kind == EntityType::Org
                    && seg.tokens[i].span().start == name.start
                    && after - start <= MAX_PHRASE
                    && !(after < seg.tokens.len()
                        && matches!(ctx.word(after), "'" | "’" | "'s" | "’s"))
            })
        };
        let object_follows = k + 1 < end
            && (ctx.is(k + 1, class::DETERMINER)
                || (bare && seg.tokens[k + 1].has(crate::segment::CAPITALIZED))
                || (lenient && opens_tail(k) && names_body(k + 1)));
        if words::is_clause_word(w) && !(opens_tail(k) && object_follows) {
            break;
        }
        k += 1;
    }
    // "figures published by NHS Cardova on Thursday": the preposition before a date that ended
    // the phrase says when, with the date.
    if k > start + 1
        && k < end
        && ctx.is(k - 1, class::PREPOSITION)
        && ctx
            .mention(k)
            .is_some_and(|m| matches!(ctx.mentions[m].kind, EntityType::Date | EntityType::Time))
    {
        k -= 1;
    }
    if !lenient && !(start..k).any(|i| ctx.is(i, class::SOURCE_NOUN)) {
        return None;
    }
    // Away from a quotation, "said the event brought back …" is a reported clause: a speaker
    // phrase there ends at punctuation.
    if !lenient && ((k < end && seg.tokens[k].kind() != TokenKind::Punct) || k - start > 5) {
        return None;
    }
    // "tweeted another": a quantity may stand alone; any other determiner needs its noun.
    let lone_quantity = k == start + 1 && super::np::is_quantity(ctx, start);
    if k == start
        || (ctx.is(k - 1, class::DETERMINER) && !lone_quantity)
        || ctx.is(k - 1, class::PREPOSITION)
    {
        return None;
    }
    Some(SpeakerPhrase::described(
        seg.tokens[start].span().cover(seg.tokens[k - 1].span()),
    ))
}

/// Headline style drops the article after an inverted cue: "Harbour plan 'reckless', says
/// watchdog", "…, warns former minister". Right after the cue, a few lower-case modifiers and a
/// head that can be a source (a job, a title, a document or a body), ending the clause.
fn headline_source(ctx: &Context, start: usize, end: usize) -> bool {
    if start == 0 || !ctx.is_cue(start - 1) {
        return false;
    }
    let seg = ctx.segments;
    let lower_noun_or_adjective = |k: usize| {
        let t = seg.tokens[k];
        t.kind() == TokenKind::Word
            && !t.has(crate::segment::CAPITALIZED)
            && (t.tag().is_noun() || t.tag().is_adjective())
    };
    let mut k = start;
    while k < end && k - start < 3 && lower_noun_or_adjective(k) {
        k += 1;
    }
    let clause_ends = k == end || seg.tokens[k].kind() == TokenKind::Punct;
    clause_ends
        && k > start
        && ctx.tag(k - 1).is_noun()
        && ctx.is(k - 1, class::SOURCE_NOUN | class::DOCUMENT_OR_BODY)
}

/// Any noun phrase over tokens `start..end` that starts with a determiner or a capital: right
/// after a quotation, whatever precedes the speech verb is its subject ("the New York
/// businessman", "The piece", "PolitiFact").
fn any_phrase(ctx: &Context, start: usize, end: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let first = seg.tokens.get(start)?;
    let opener = ctx.word(start).to_ascii_lowercase();
    let opens = (words::is_determiner(&opener) || first.has(crate::segment::CAPITALIZED))
        && opener != "that";
    let ends_in_word = end > start && seg.tokens[end - 1].kind() != TokenKind::Punct;
    let clean = (start..end).all(|k| {
        !ctx.in_quote(k) && !ctx.is(k, class::CLAUSE_WORD) || ctx.is(k, class::PREPOSITION)
    });
    (opens && ends_in_word && clean && end - start <= MAX_PHRASE)
        .then(|| SpeakerPhrase::described(first.span().cover(seg.tokens[end - 1].span())))
}

/// The first token of a person's name within the title run starting at `start` ("MSNBC host Chris
/// Matthews", "European Council President Donald Tusk"): the person, not the organisation, speaks.
fn person_in_title_run(ctx: &Context, start: usize, limit: usize) -> Option<usize> {
    let seg = ctx.segments;
    // The last person in the run: "Clinton ally James Carville", "Clinton's top aide Jake
    // Sullivan" are Carville's and Sullivan's words.
    let mut found = None;
    let mut k = start;
    while k < limit && k - start < MAX_PHRASE {
        if let Some(m) = ctx.mention(k) {
            if ctx.mentions[m].kind == EntityType::Person {
                let first = k;
                while k + 1 < limit && ctx.mention(k + 1) == Some(m) {
                    k += 1;
                }
                found = Some(first);
            }
        } else {
            let w = ctx.word(k);
            let t = seg.tokens[k];
            let titleish = t.kind() == TokenKind::Word
                || t.kind() == TokenKind::Number
                || matches!(w, "-" | "." | "/");
            let joins_titles = w.eq_ignore_ascii_case("and")
                && seg
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.has(crate::segment::CAPITALIZED));
            // "Anna Lark of Derry": a preposition after a name starts her home or affiliation
            // (a title's "of" comes before the name: "Secretary of State John Kerry").
            let after_name = found.is_some() && words::is_preposition(w);
            if !titleish
                || after_name
                || is_verb_in_run(ctx, k)
                || (words::is_clause_word(w) && !joins_titles)
                || (words::is_cue_verb(w) && !title_word(ctx, start, k))
                || words::speaker_pronoun(w).is_some()
            {
                break;
            }
        }
        k += 1;
    }
    found
}

/// Whether token `k` is a lower-case verb that ends a title run: a title holds no verb ("The
/// crowd *cheered* for the mayor of Wren" is a clause, not a title before "Wren"), though a
/// participle may modify the role noun after it ("acting director", "retired Gen.").
fn is_verb_in_run(ctx: &Context, k: usize) -> bool {
    let tag = ctx.tag(k);
    if !tag.is_verb() || ctx.segments.tokens[k].has(crate::segment::CAPITALIZED) {
        return false;
    }
    let modifies_next = matches!(tag, crate::pos::Tag::Vbn | crate::pos::Tag::Vbg)
        && (ctx.tag(k + 1).is_noun()
            || ctx.tag(k + 1).is_adjective()
            || ctx.mention(k + 1).is_some());
    !modifies_next
}

/// Whether token `k`, a speech verb's word, is part of a title in a run starting at token
/// `start`: capitalised after "of" ("Secretary of State Ann Marsh").
fn title_word(ctx: &Context, start: usize, k: usize) -> bool {
    k > start + 1
        && ctx.word_is(k - 1, "of")
        && ctx.segments.tokens[k].has(crate::segment::CAPITALIZED)
}

/// Whether token `k` is an auxiliary or adverb between a subject and its verb; a `'s` is one only
/// after a pronoun ("He's claiming"), not after a name ("Obama's former strategist").
/// A one-word adverb of time between a subject and its verb ("The harbor board *yesterday*
/// said", "Police *Tuesday* said"): when it was said, no part of the subject. A subset of
/// `words::lists::TIME_WORDS`: the time nouns there ("night", "week") end phrases such as "late
/// Thursday night", which this would cut in the middle.
fn is_when_before_verb(ctx: &Context, k: usize) -> bool {
    const WHEN: [&str; 10] = [
        "today",
        "yesterday",
        "tonight",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    // After the subject's head: not "on Tuesday said", and not a participle's ("an ad released
    // Thursday said": the day is the tail's).
    k > 0
        && (ctx.in_name(k - 1)
            || ctx.tag(k - 1).is_noun()
            || ctx.tag(k - 1) == crate::pos::Tag::Prp)
        && !ctx.in_name(k)
        && ctx.word_in_ignore_case(k, &WHEN)
}

/// Where the subject of the verb at token `verb` ends, reading no further left than `from`: before
/// the auxiliaries, adverbs and time phrase between them ("The board has also said", "The union
/// on Tuesday said").
pub(super) fn subject_end(ctx: &Context, from: usize, verb: usize) -> usize {
    let mut end = verb;
    while end > from && (is_aux_at(ctx, end - 1) || is_when_before_verb(ctx, end - 1)) {
        end -= 1;
    }
    time_phrase_before_verb(ctx, from, end).unwrap_or(end)
}

/// A time phrase of two or three words between a subject and its verb, ending at token `end`
/// ("The harbor board *last spring* described", "The trust *earlier this month* said", "The
/// union *on Tuesday* said"): returns where it starts, when a noun, a name or a pronoun ends the
/// subject before it.
fn time_phrase_before_verb(ctx: &Context, from: usize, end: usize) -> Option<usize> {
    (end.saturating_sub(3).max(from + 1)..end.saturating_sub(1)).find(|&s| {
        let on_day = ctx.word_is_ignore_case(s, "on")
            && s + 2 == end
            && ctx.is(s + 1, class::TIME_WORD)
            && !ctx.in_name(s + 1);
        let phrase =
            !ctx.is(s, class::TIME_WORD) && super::np::time_phrase_end(ctx, s, end) == Some(end);
        (on_day || phrase)
            && (ctx.in_name(s - 1)
                || ctx.tag(s - 1).is_noun()
                || ctx.tag(s - 1) == crate::pos::Tag::Prp)
            && !ctx.in_quote(s - 1)
    })
}

pub(super) fn is_aux_at(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    if w == "'s" || w == "’s" {
        return k > 0
            && (ctx.pronoun(k - 1).is_some()
                || matches!(ctx.word(k - 1), "that" | "That" | "there" | "There"));
    }
    ctx.is(k, class::AUX_OR_ADVERB)
}

/// The subject of the sentence starting at token `from`, for a cue that has none of its own
/// ("Trump unleashed a series of tweets saying …", "Paul Ryan, despite admitting …"): a name or
/// pronoun opening the sentence, or opening it after an introductory phrase and its comma.
pub(super) fn sentence_subject(ctx: &Context, from: usize, cue: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let opener = |k: usize| -> Option<SpeakerPhrase> {
        if k >= cue {
            return None;
        }
        // A subject starts with a name, a title or a determiner, not with a verb ("trashed Comey").
        let t = seg.tokens[k];
        if !(t.has(crate::segment::CAPITALIZED)
            || ctx.is(k, class::DETERMINER)
            || ctx.mention(k).is_some())
        {
            return None;
        }
        if let Some(p) = person_in_title_run(ctx, k, cue) {
            let m = ctx.mention(p)?;
            let (phrase, next) = name_phrase(ctx, m, cue);
            let mut span = seg.tokens[k].span().cover(phrase.span);
            // "House Speaker Paul Ryan, R-Wis., despite …": a short appositive between commas.
            if next < cue && ctx.word_is(next, ",") {
                if let Some(close) =
                    (next + 1..cue.min(next + 1 + MAX_APPOSITIVE)).find(|&c| ctx.word_is(c, ","))
                {
                    if close > next + 1 && !(next + 1..close).any(|c| ctx.in_quote(c)) {
                        span = span.cover(seg.tokens[close - 1].span());
                    }
                }
            }
            return Some(SpeakerPhrase { span, ..phrase });
        }
        if let Some(m) = ctx.mention(k) {
            if ctx.mentions[m].kind == EntityType::Org {
                return Some(name_phrase(ctx, m, cue).0);
            }
        }
        let w = ctx.word(k);
        if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
            return Some(SpeakerPhrase {
                span: seg.tokens[k].span(),
                mention: None,
                pronoun: words::speaker_pronoun(w),
            });
        }
        // "The leader of the council has defended the cuts, saying …": a description of a
        // person or a body opening the sentence, up to its finite verb.
        if ctx.is(k, class::DETERMINER) {
            let verb = (k + 1..cue).find(|&v| ctx.tag(v).is_finite_verb())?;
            let plain = !(k..verb).any(|v| ctx.word_is(v, ",") || ctx.in_quote(v));
            let described = (k..verb).any(|v| ctx.is(v, class::SOURCE_NOUN));
            if plain && described {
                return subject_before(ctx, k, verb);
            }
        }
        None
    };
    let mut start = from;
    while start < cue && seg.tokens[start].kind() == TokenKind::Punct {
        start += 1;
    }
    if ctx.is(start, class::DETERMINER) && start + 1 < cue && ctx.mention(start + 1).is_some() {
        start += 1; // "the Security Council"
    }
    // After up to three introductory phrases: "On Thursday, after remaining neutral, Warren …".
    opener(start).or_else(|| {
        (start..cue.min(start + 30))
            .filter(|&k| ctx.word_is(k, ","))
            .take(3)
            .find_map(|comma| {
                let mut k = comma + 1;
                if k < cue
                    && ctx.is(k, class::DETERMINER)
                    && k + 1 < cue
                    && ctx.mention(k + 1).is_some()
                {
                    k += 1;
                }
                opener(k)
            })
    })
}

/// A person named at the start of `sentence` (after any introductory phrase and its comma), as a
/// speaker phrase with title and appositive.
pub fn opening_person(ctx: &Context, sentence: Sentence) -> Option<SpeakerPhrase> {
    let p = sentence_subject(
        ctx,
        sentence.first_token as usize,
        sentence.end_token as usize,
    )?;
    p.mention
        .filter(|&m| ctx.mentions[m].kind == EntityType::Person)
        .map(|_| p)
}

/// The words right before the cue at `verb`, back to a clause boundary, as a noun phrase
/// ("The letter", "The email went on to say").
fn lenient_subject(ctx: &Context, from: usize, verb: usize) -> Option<SpeakerPhrase> {
    let mut end = verb;
    while end > from
        && (is_aux_at(ctx, end - 1)
            || matches!(ctx.word(end - 1), "on" | "to" | "went" | "goes" | "go"))
    {
        end -= 1;
    }
    let mut start = end;
    while start > from && end - start < MAX_PHRASE {
        let w = ctx.word(start - 1);
        if ctx.segments.tokens[start - 1].kind() == TokenKind::Punct
            || words::is_clause_word(w)
            || ctx.in_quote(start - 1)
        {
            break;
        }
        start -= 1;
        if words::is_determiner(w) {
            break;
        }
    }
    // "He went on to say": a pronoun alone is a pronoun, resolved like any other.
    if start + 1 == end {
        if let Some(g) = ctx.pronoun(start) {
            return Some(SpeakerPhrase::pronoun(ctx.segments.tokens[start].span(), g));
        }
    }
    (start < end).then(|| any_phrase(ctx, start, end)).flatten()
}

/// A quotation ending its paragraph, signed in a short next paragraph: `“…”` ¶ `— Sanders.`
fn signature_line(ctx: &Context, q: &QuoteSpan) -> Option<Frame> {
    let seg = ctx.segments;
    let p = seg.paragraph_at(q.span.end.saturating_sub(1));
    let here = seg.paragraphs.get(p)?;
    let next = seg.paragraphs.get(p + 1)?;
    if !q.closed || here.span.end != q.span.end {
        return None;
    }
    let first = seg.token_at_or_after(next.span.start);
    let end = seg.token_at_or_after(next.span.end);
    if end - first > MAX_PHRASE + 2 || !ctx.is(first, class::DASH) {
        return None;
    }
    let speaker = phrase_after(ctx, first + 1, end, true)?;
    Some(Frame {
        cue: None,
        speaker: Some(speaker),
        cue_token: first,
    })
}

/// "Mark Dyer was accused of “sitting on” the audit", "the plan has been called “reckless”": a
/// partial quotation in the complement of a passive verb of naming or blaming, in a sentence
/// with no cue. The words are someone else's about the subject, who is no speaker, and the
/// sentence names no one who said them.
pub(super) fn after_passive_naming(ctx: &Context, q: &QuoteSpan) -> bool {
    const VERBS: [&str; 10] = [
        "accused",
        "called",
        "described",
        "branded",
        "dubbed",
        "labelled",
        "labeled",
        "criticised",
        "criticized",
        "blamed",
    ];
    // Finite or perfect: "opened up about *being* described as a “real woman”" is the
    // subject's own complaint.
    const PASSIVE: [&str; 5] = ["was", "were", "been", "is", "are"];
    const BETWEEN: [&str; 6] = ["of", "as", "for", "a", "an", "the"];
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let Some(sentence) = ctx.sentence_of(first) else {
        return false;
    };
    let (from, to) = (sentence.first_token as usize, sentence.end_token as usize);
    let Some(verb) = (first.saturating_sub(4).max(from + 1)..first)
        .find(|&k| ctx.word_in_ignore_case(k, &VERBS) && ctx.word_in_ignore_case(k - 1, &PASSIVE))
    else {
        return false;
    };
    let next_to_quote = (verb + 1..first)
        .all(|k| ctx.in_quote_span(k, q.span) || ctx.word_in_ignore_case(k, &BETWEEN));
    // "has been called “strategic ambiguity” by Joshua Hendrick": the agent said it.
    let last = seg.token_at_or_after(q.span.end);
    let agent = (last..to).any(|k| !ctx.in_quote(k) && ctx.word_is_ignore_case(k, "by"));
    // "Ministers were accused of “fiddling the figures” after data showed …": a cue in a
    // subordinate clause after the quotation ("after", "because", "when" …) has its own subject.
    let subordinate = |k: usize| {
        (last..k).any(|j| {
            !ctx.in_quote(j)
                && ctx.word_in_ignore_case(
                    j,
                    &[
                        "after",
                        "because",
                        "when",
                        "since",
                        "while",
                        "following",
                        "amid",
                    ],
                )
        })
    };
    next_to_quote
        && !agent
        && (from..to).all(|k| ctx.in_quote(k) || !ctx.is_cue(k) || k > last && subordinate(k))
}
