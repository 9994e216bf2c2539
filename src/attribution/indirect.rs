//! Indirect speech: reported clauses without quotation marks.
//!
//! * `X said (that) CLAUSE.` / `X told reporters (that) CLAUSE.`
//! * `CLAUSE, X said.` / `CLAUSE, said X.`; a setting after the cue is no part of what was said
//!   (`CLAUSE, the union said on Friday, as waiting lists grew.`: the clause before the cue).
//! * `According to X, CLAUSE.` / `CLAUSE, according to X.`
//!
//! Only sentences without quotation marks are read, so indirect spans never overlap quotations.

use super::frame::{self, Frame};
use super::Context;
use crate::analysis::EntityType;
use crate::segment::TokenKind;
use crate::span::Span;
use crate::words::{self, class};

/// Documents that report findings: "a new poll shows", "the study found", "census data show".
/// A list of its own, not `speaker_kind`'s `DOCUMENTS`: those name any text that
/// speaks ("a letter", "the statement"), and a letter that "found" something reports no finding
/// ("the letter found its way to the mayor").
const FINDING_DOCUMENTS: [&str; 17] = [
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis",
    "data", "figures", "numbers", "results", "research", "review", "audit", "census",
];

/// The fewest words a reported clause has.
const MIN_CLAUSE_WORDS: usize = 3;

/// Finds reported clauses with their frames.
pub fn find(ctx: &Context) -> Vec<(Span, Frame)> {
    let seg = ctx.segments;
    let mut out = Vec::new();
    for sentence in &seg.sentences {
        let range = sentence.tokens();
        if let Some(last) = range
            .clone()
            .rev()
            .find(|&t| ctx.in_quote(t) || is_mark(ctx, t))
        {
            // "The department said the toll was needed for the bridge, which engineers rated
            // “unsafe”": the quotation stands in a relative clause after the report.
            let first = range
                .clone()
                .find(|&t| ctx.in_quote(t) || is_mark(ctx, t))
                .unwrap_or(last);
            // Not when the relative clause closes after the quotation and the report goes on
            // ("the toll for the bridge, which engineers rated “unsafe”, would rise in May":
            // review rev51).
            let resumes = {
                let mut j = last + 1;
                if j < range.end && ctx.word_is(j, ",") {
                    j += 1;
                }
                j < range.end && (ctx.tag(j).is_finite_verb() || ctx.tag(j) == crate::pos::Tag::Md)
            };
            if let Some(comma) = relative_comma_before(ctx, range.start, first).filter(|_| !resumes)
            {
                out.extend(in_sentence(ctx, range.start, comma, range.start));
            }
            out.extend(after_last_quote(ctx, range.start, last, range.end));
            continue;
        }
        if let Some(found) = in_sentence(ctx, range.start, range.end, range.start) {
            let next = next_report(ctx, &found, range.end);
            out.push(found);
            out.extend(next);
        }
    }
    out
}

/// The comma that opens a relative clause on a thing (a noun + ", which") before the sentence's
/// first quoted token `first`, when the clause before it is long enough to hold a report and
/// has no other comma (", who" after a name is most often an appositive inside the report).
/// The comma is the last before the quotation: one that closes the relative clause ("the
/// pipeline, which Republicans back, “would fail”") makes the quotation the report's own.
fn relative_comma_before(ctx: &Context, from: usize, first: usize) -> Option<usize> {
    let comma = (from + MIN_CLAUSE_WORDS..first)
        .rev()
        .find(|&k| ctx.word_is(k, ","))?;
    (ctx.word_is_ignore_case(comma + 1, "which")
        && ctx.tag(comma - 1).is_noun()
        && !(from..comma).any(|k| ctx.word_is(k, ",")))
    .then_some(comma)
}

/// The report after one that ends at ", and" or ", but" before a clause with a speech verb of its
/// own ("Most voters said they trusted the mayor, and a third said they would vote for her";
/// "Growers said the crop was insured, but Hale said premiums had doubled"): its cue and subject
/// after the conjunction, its clause wholly after the first report (review rev47).
fn next_report(ctx: &Context, first: &(Span, Frame), to: usize) -> Option<(Span, Frame)> {
    let comma = ctx.segments.token_at_or_after(first.0.end);
    if !ctx.word_is(comma, ",") {
        return None;
    }
    coordinated_report(
        ctx,
        comma + 1,
        CoordinatedSubject::AfterAnd,
        to,
        first.0.end,
    )
}

/// The clause reported by a cue coordinated after the last quotation of the sentence
/// `from..to`, whose last quoted token is `last`: "She called the plan 'reckless' and said she
/// would vote against it" reports "she would vote against it" for the sentence's subject. Only a
/// cue right after "and", and a clause wholly after the quotation.
fn after_last_quote(ctx: &Context, from: usize, last: usize, to: usize) -> Option<(Span, Frame)> {
    let quoted_end = ctx.segments.tokens[last].span().end;
    coordinated_report(
        ctx,
        last + 1,
        CoordinatedSubject::Sentence(from),
        to,
        quoted_end,
    )
}

/// Where the subject of a report coordinated by "and" stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CoordinatedSubject {
    /// Its own, right after the "and" and after the first report: "…, and a third said …"
    /// ([`next_report`]).
    AfterAnd,
    /// The sentence's, read from the sentence's first token, with the cue right after the
    /// "and": "She called the plan 'reckless' and said …" ([`after_last_quote`]).
    Sentence(usize),
}

/// The report of a cue after "and" or "but" at token `and` in a sentence that ends at token `to`, its
/// clause wholly after byte `after`, its subject where `subject` says: its own, which also
/// stands after `after`, or the sentence's.
fn coordinated_report(
    ctx: &Context,
    and: usize,
    subject: CoordinatedSubject,
    to: usize,
    after: u32,
) -> Option<(Span, Frame)> {
    let (from, own_subject) = match subject {
        CoordinatedSubject::AfterAnd => (and + 1, true),
        CoordinatedSubject::Sentence(from) => (from, false),
    };
    if and + 2 >= to
        || !ctx.word_in_ignore_case(and, &["and", "but"])
        || (!own_subject && !ctx.is_cue(and + 1))
    {
        return None;
    }
    let but = ctx.word_is_ignore_case(and, "but");
    in_sentence(ctx, from, to, and + 1).filter(|(span, f)| {
        span.start >= after
            && if own_subject {
                f.speaker.is_some_and(|p| p.span.start > after)
            } else {
                f.cue_token == and + 1
            }
            && (!but || reports_after_but(ctx, and, f, own_subject) && is_clause(ctx, *span))
    })
}

/// Whether the frame `f` after "but" at token `but` reports speech as the first report did: a
/// finite core speech verb, with its `own_subject` right after the "but" ("…, but Hale said
/// …"), not a clause of the writer's ("…, but when Hale mentioned Ames, …", "…, but they
/// wouldn't advocate …").
fn reports_after_but(ctx: &Context, but: usize, f: &Frame, own_subject: bool) -> bool {
    let v = f.cue_token;
    ctx.tag(v).is_finite_verb()
        && lexicon_speech_verb(ctx.word(v))
        && (!own_subject
            || f.speaker
                .is_some_and(|p| ctx.segments.token_at_or_after(p.span.start) == but + 1))
}

/// Whether the content `span` of a report is a clause: "that" opens it or a finite verb stands
/// in it ("…, but Brandt said nothing about it" reports no clause).
fn is_clause(ctx: &Context, span: Span) -> bool {
    let seg = ctx.segments;
    let (a, b) = (
        seg.token_at_or_after(span.start),
        seg.token_at_or_after(span.end),
    );
    (a < b && ctx.word_is_ignore_case(a, "that")) || (a..b).any(|t| ctx.tag(t).is_finite_verb())
}

/// Whether `span`, before a comma and an inverting cue, is a person's name and its appositive
/// with no finite verb ("Chris Varden, head of the harbour board, said the pier needed repairs"):
/// the cue's subject, not a clause it reports.
fn is_named_subject(ctx: &Context, span: Span) -> bool {
    let seg = ctx.segments;
    let a = seg.token_at_or_after(span.start);
    ctx.mention(a).is_some_and(|m| {
        let after = seg.token_at_or_after(ctx.mentions[m].span.end);
        ctx.mentions[m].kind == EntityType::Person
            && ctx.mentions[m].span.start == seg.tokens[a].span().start
            && ctx.word_is(after, ",")
    }) && !is_clause(ctx, span)
}

/// Whether token `t` is a double quotation mark. Marks are punctuation tokens, so the kind is
/// tested first and only those tokens' text is read.
fn is_mark(ctx: &Context, t: usize) -> bool {
    ctx.segments.tokens[t].kind() == TokenKind::Punct
        && matches!(ctx.word(t), "\"" | "“" | "”" | "„" | "«" | "»")
}

/// The comma that closes an appositive opening right after the comma at token `comma` ("According
/// to the Resolution Foundation*, a think tank,* the average household …"): an indefinite
/// article, up to six more words with no verb ending on a noun for a source (a role, a body, an
/// organisation's word), and a comma before `end`, with words after it. The clause itself may
/// open with an indefinite noun phrase set off by commas ("According to police, a man in his
/// forties, thought to be local, was arrested").
fn appositive_end(ctx: &Context, comma: usize, end: usize) -> Option<usize> {
    if !ctx.word_in_ignore_case(comma + 1, &["a", "an"]) {
        return None;
    }
    let close = (comma + 2..end.min(comma + 9)).find(|&k| ctx.word_is(k, ","))?;
    let verbless = (comma + 2..close).all(|k| !ctx.tag(k).is_verb());
    let source_noun = ctx.is(close - 1, class::SOURCE_NOUN)
        || ctx.is(close - 1, class::DOCUMENT_OR_BODY)
        || crate::lexicon::lookup(ctx.word(close - 1)).any(crate::lexicon::cat::ORG_WORD)
        || ctx.word_in_ignore_case(close - 1, &["tank", "charity", "campaign", "watchdog"]);
    (verbless && source_noun && close + 1 < end).then_some(close)
}

/// The reported clause and frame of the sentence `from..to`, if it reports speech, with its cue
/// at token `first_cue` or after.
fn in_sentence(ctx: &Context, from: usize, to: usize, first_cue: usize) -> Option<(Span, Frame)> {
    let seg = ctx.segments;
    let from = after_dateline(ctx, from, to);
    // The sentence's final punctuation is not part of the clause.
    let mut end = to;
    while end > from && seg.tokens[end - 1].kind() == TokenKind::Punct {
        end -= 1;
    }
    if end <= from {
        return None;
    }
    // According to X, CLAUSE.
    if ctx.according_to_at(from, end) {
        let comma = (from + 2..end).find(|&k| ctx.word_is(k, ","))?;
        let comma = appositive_end(ctx, comma, end).unwrap_or(comma);
        let speaker = frame::phrase_after(ctx, from + 2, comma, true)
            .map(|p| with_document_tail(ctx, p, comma));
        let cue = seg.tokens[from].span().cover(seg.tokens[from + 1].span());
        return clause(ctx, comma + 1, end).map(|c| {
            (
                c,
                Frame {
                    cue: Some(cue),
                    speaker,
                    cue_token: from,
                },
            )
        });
    }
    for v in from.max(first_cue)..end {
        if seg.tokens[v].kind() != TokenKind::Word {
            continue;
        }
        // CLAUSE, according to X.
        if ctx.according_to_at(v, end) && v > from && ctx.word_is(v - 1, ",") {
            let speaker =
                frame::phrase_after(ctx, v + 2, end, true).map(|p| with_document_tail(ctx, p, end));
            let cue = seg.tokens[v].span().cover(seg.tokens[v + 1].span());
            return clause(ctx, from, v - 1).map(|c| {
                (
                    c,
                    Frame {
                        cue: Some(cue),
                        speaker,
                        cue_token: v,
                    },
                )
            });
        }
        let w = ctx.word(v);
        // "A poll released Monday found that …", "The study shows …": a document's finding.
        // A finding verb that is a speech verb too ("concluded", "suggested") takes a speaker
        // as any other.
        let speech = (ctx.is_cue(v) || is_cue_after_number(ctx, from, v)) && lexicon_speech_verb(w);
        let finding = !speech && may_be_finding_verb(ctx, v) && is_finding_verb(ctx, v);
        if !finding && (!speech || is_noun_use(ctx, v) || in_subject(ctx, v, end)) {
            continue;
        }
        let cue = Some(seg.tokens[v].span());
        // "Holt criticized the plan, saying it would fail": a participle after a comma reports
        // for the main clause's subject.
        let participle =
            speech && v > from + 2 && ctx.word_is(v - 1, ",") && ctx.tag(v) == crate::pos::Tag::Vbg;
        // CLAUSE, X said. / CLAUSE, said X.
        let tail_is_short = !participle && (end - v <= 4 || adjunct_tail(ctx, v, end));
        if tail_is_short {
            if let Some(comma) = (from..v).rev().find(|&k| ctx.word_is(k, ",")) {
                if comma > from && v - comma <= 10 {
                    let speaker = if finding {
                        document_subject(ctx, comma + 1, v)
                    } else {
                        subject(ctx, comma + 1, v)
                            .or_else(|| frame::phrase_after(ctx, v + 1, end, false))
                    };
                    if speaker.is_some() {
                        return clause(ctx, from, comma).map(|c| {
                            (
                                c,
                                Frame {
                                    cue,
                                    speaker,
                                    cue_token: v,
                                },
                            )
                        });
                    }
                }
            }
        } else if let Some(speaker) = speaker_closing(ctx, from, v, end).filter(|_| {
            !finding
                && !participle
                && !clause(ctx, from, v - 1).is_some_and(|c| is_named_subject(ctx, c))
        }) {
            // CLAUSE, said X, an appositive that runs on.
            return clause(ctx, from, v - 1).map(|c| {
                (
                    c,
                    Frame {
                        cue,
                        speaker: Some(speaker),
                        cue_token: v,
                    },
                )
            });
        }
        // X said (that) CLAUSE. A cue word with no subject is no cue here ("patients were less
        // likely to be admitted, the company said"): a later one may be.
        let (speaker, shared) = if finding {
            (document_subject(ctx, from, v), false)
        } else if let Some(p) = (!participle).then(|| subject(ctx, from, v)).flatten() {
            (Some(sender_of_message(ctx, from, v, p).unwrap_or(p)), false)
        } else {
            match continued_subject(ctx, from, v, participle) {
                (None, _) => (relative_antecedent(ctx, from, v, end), true),
                found => found,
            }
        };
        let Some(speaker) = speaker else {
            continue;
        };
        let mut start = v + 1;
        // "pointed out that CLAUSE": a particle after the cue is no part of the clause.
        if start + 1 < end
            && ctx.word_is_ignore_case(start, "out")
            && (ctx.word_is_ignore_case(start + 1, "that")
                // Not "said out loud that": an adverb or adjective after it makes a phrase.
                || !matches!(
                    ctx.tag(start + 1),
                    crate::pos::Tag::In | crate::pos::Tag::Rb | crate::pos::Tag::Jj
                ))
        {
            start += 1;
        }
        if words::is_listener_verb(w) {
            let after = listener_end(ctx, start, end);
            if !listener_is_subject(ctx, after, end) {
                start = after;
            }
        }
        // "said in a statement that CLAUSE": the clause starts after "that"; "said of the
        // talks" / "spoke about the plan" report no clause at all.
        if start < end && is_topic_preposition(ctx.word(start)) {
            // Not a relative "that" right before its verb ("warned of floods that would close
            // the port"): that one belongs to the phrase.
            let that = (start + 1..end.min(start + 9))
                .take_while(|&k| !ctx.word_is(k, ","))
                .find(|&k| ctx.word_is_ignore_case(k, "that"))
                .filter(|&k| !ctx.tag(k + 1).is_verb());
            match that {
                Some(that) => start = that,
                None if frame::is_about(ctx.word(start)) => return None,
                None => {
                    if let Some(after) = medium_phrase_end(ctx, start, end) {
                        start = after;
                    }
                }
            }
        }
        // "said yesterday that CLAUSE", "said again that CLAUSE": a when or an adverb before
        // "that" is no part of the clause.
        if let Some(that) = (start..end.min(start + 4))
            .take_while(|&k| is_when_or_adverb(ctx, k))
            .last()
            .map(|k| k + 1)
            .filter(|&k| k < end && ctx.word_is_ignore_case(k, "that"))
        {
            start = that;
        }
        // "said Monday it would close", "said on Tuesday the road would reopen": a date before
        // the clause is no part of it, unless a verb follows it ("said Monday was the deadline").
        let date = if start < end && ctx.word_is_ignore_case(start, "on") {
            start + 1
        } else {
            start
        };
        if let Some(after) = (date..end.min(date + 4))
            .take_while(|&k| is_date_or_time(ctx, k))
            .last()
            .map(|k| k + 1)
            .filter(|&k| k < end && !ctx.tag(k).is_verb())
        {
            start = after;
        }
        // "If Holt said that, he was wrong": in an opening subordinate clause, "that" before a
        // comma is the verb's object, and what follows the comma is the main clause, no clause
        // of this cue ("Holt said that, if elected, he would …" reports the clause).
        if start + 1 < end
            && ctx.word_is_ignore_case(start, "that")
            && ctx.word_is(start + 1, ",")
            && opens_with_subordinator(ctx, from, v)
        {
            continue;
        }
        while start < end
            && (ctx.word_is_ignore_case(start, "that")
                || ctx.word_is(start, ",")
                || ctx.word_is(start, ":"))
        {
            start += 1;
        }
        // "The protester yelled and held up a sign", "…, Ann Lee said, and the firm has …": a
        // coordinator or a semicolon right after the cue opens no clause of this cue (a dash may
        // open an aside before it: "said — on the radio — that …").
        if start < end
            && (ctx.word_in_ignore_case(start, &["and", "or", "nor"]) || ctx.word_is(start, ";"))
        {
            continue;
        }
        // "agree to launch", "urged them to act": an infinitive is no reported clause.
        if start < end && ctx.word_is_ignore_case(start, "to") {
            return None;
        }
        // "The allure of the plan, Holt argued, is a chimera", "If turnout is low, the campaign
        // said, it may wait": a cue set off by commas inside the sentence reports the whole of
        // it, the part before the speaker and the part after the cue.
        let set_off = (!shared && !participle)
            .then(|| parenthetical(ctx, from, v, start, speaker))
            .flatten();
        if let Some(opening) = set_off {
            // "Smith, who, sources said, offered to resign, was not in …": after a relative
            // pronoun, what was said is the relative clause's own predicate, which ends where the
            // sentence's verb resumes after a comma.
            let (opening, end) = if ctx.word_in_ignore_case(opening, &["who", "which"]) {
                (start, reported_end(ctx, start, end, true))
            } else {
                (opening, reported_end(ctx, v + 1, end, false))
            };
            return clause(ctx, opening, end).map(|c| {
                (
                    c,
                    Frame {
                        cue,
                        speaker: Some(speaker),
                        cue_token: v,
                    },
                )
            });
        }
        // "While Holt said the plan would fail, the council backed it": a cue in the subordinate
        // clause that opens the sentence reports up to the comma before the main clause.
        let end = if opens_with_subordinator(ctx, from, v) {
            subordinate_end(ctx, start, end)
        } else {
            end
        };
        let end = reported_end(ctx, start, end, shared);
        // "admitted fraud at Kelso Crown Court", "did not disclose the fee, but …": a plea or
        // a thing disclosed, no report, unless a clause follows ("admitted he had lied"); a
        // later cue may report ("…, but the Record reported it was £4m").
        if admits_a_thing(ctx, v, start, end) {
            continue;
        }
        // "declared a state of emergency", "declared victory": an act, not speech, unless a
        // clause follows ("declared that the bridge was safe").
        let act = w.len() > 6
            && words::starts_with_ignore_case(w, "declare")
            && !(v + 1 < end && ctx.word_is_ignore_case(v + 1, "that"))
            && !(start..end).any(|k| ctx.tag(k).is_finite_verb());
        // "Altavia reports its results on Thursday": "report" in the present with an object, no
        // clause and a date is a scheduled act, not a report. (PolNeAR marks what was reported
        // as said, even without a clause: "The company reported a profit of …", "Police
        // reported no arrests"; so only the schedule is left out.)
        let scheduled_report = matches!(ctx.tag(v), crate::pos::Tag::Vbz | crate::pos::Tag::Vbp)
            && words::starts_with_ignore_case(w, "report")
            && w.len() <= 7
            && !(start..end).any(|k| ctx.tag(k).is_finite_verb())
            && (start..end).any(|k| is_date_or_time(ctx, k));
        if act || scheduled_report {
            return None;
        }
        if shared && !(start..end).any(|k| ctx.tag(k).is_finite_verb()) {
            return None;
        }
        return clause(ctx, start, end).map(|c| {
            (
                c,
                Frame {
                    cue,
                    speaker: Some(speaker),
                    cue_token: v,
                },
            )
        });
    }
    None
}

/// Whether the cue at `v` is "admit" or "disclose" with a noun phrase for its object, the
/// words `start..end` holding no clause of their own (`clause_after_object`; "disclosed for the
/// first time that, …" reports): "admitted fraud",
/// "did not disclose the fee". PolNeAR's train split marks these as no attribution ("admit any
/// fault", "disclose their tax liabilities"), while "reported a profit" is one.
fn admits_a_thing(ctx: &Context, v: usize, start: usize, end: usize) -> bool {
    let w = ctx.word(v);
    let admits = w.len() >= 5 && words::starts_with_ignore_case(w, "admit")
        || w.len() >= 8 && words::starts_with_ignore_case(w, "disclose");
    admits
        && start < end
        && !ctx.word_is_ignore_case(v + 1, "that")
        // "admitted using the tax code": a gerund's clause is what was admitted.
        && ctx.tag(start) != crate::pos::Tag::Vbg
        && !clause_after_object(ctx, start, end)
}

/// Whether the words `start..end` after an object's first word hold a finite verb or "that"
/// outside the stretches commas set off: "admitted the rules, drawn up in 2019, were flawed"
/// reports; "admitted fraud, his lawyer said" does not. A comma before a coordinator ends the
/// object's clause ("did not disclose the fee, but the Record reported …").
fn clause_after_object(ctx: &Context, start: usize, end: usize) -> bool {
    let mut set_off = false;
    for k in start..end {
        if ctx.word_is(k, ",") {
            if ctx.word_in_ignore_case(k + 1, &["but", "and", "or", "while", "although"]) {
                return false;
            }
            set_off = !set_off;
        } else if !set_off && (ctx.tag(k).is_finite_verb() || ctx.word_is_ignore_case(k, "that")) {
            return true;
        }
    }
    false
}

/// Where a sentence starting at token `from` begins after its paragraph's dateline: past the dash
/// of "PINE RIDGE, Calif. (AP) — A wildfire forced …, officials said", whose reported clause
/// starts at "A wildfire". A dateline is a run of capitalised words, abbreviations, commas, a
/// date and a parenthesised agency before a dash within its first 12 tokens; a lower-case word
/// before the dash means the dash is the sentence's own.
pub(super) fn after_dateline(ctx: &Context, from: usize, to: usize) -> usize {
    let seg = ctx.segments;
    let limit = to.min(from + 12);
    for k in from + 1..limit {
        let t = &seg.tokens[k];
        if words::is_dash(ctx.word(k)) {
            return if k + 1 < to { k + 1 } else { from };
        }
        let lower = t.kind() == TokenKind::Word
            && !t.has(crate::segment::CAPITALIZED)
            && !ctx.word(k).starts_with(|c: char| c.is_ascii_digit());
        if lower {
            return from;
        }
    }
    from
}

/// Whether what follows the cue at `v` reports no clause: a time or setting ("said on Thursday",
/// "said in a statement") up to the sentence's end or to a comma before a participle ("…, the
/// company said on Thursday, blaming weak demand"). A finite verb ends the setting: what follows
/// it is a clause ("…, Okano Devices, said last month it would freeze hiring").
fn adjunct_tail(ctx: &Context, v: usize, end: usize) -> bool {
    let seg = ctx.segments;
    let mut k = v + 1;
    if k < end && (is_topic_preposition(ctx.word(k)) || is_when_or_adverb(ctx, k)) {
        let limit = end.min(k + 6);
        while k < limit && seg.tokens[k].kind() != TokenKind::Punct {
            if ctx.tag(k).is_finite_verb() {
                return false;
            }
            k += 1;
        }
    }
    let at_end = k + 1 >= end && (k >= end || seg.tokens[k].kind() == TokenKind::Punct);
    // "…, the union said on Friday, as talks stalled": a clause after the comma that opens with a
    // time subordinator is the setting of the speech, not its content.
    at_end
        || (ctx.word_is(k, ",")
            && k + 1 < end
            && (ctx.tag(k + 1) == crate::pos::Tag::Vbg
                || ctx.word_in_ignore_case(k + 1, &SETTING_SUBORDINATORS)))
}

/// Words that open a subordinate clause about the time or setting of a speech after its cue and
/// a comma ("…, the union said on Friday, *as* talks stalled"). Not a reason or a concession
/// ("…, she said, because the vote was close"), which is part of what was said, nor "if" or
/// "when", which may open a condition inside it ("he said, if elected, he would …").
const SETTING_SUBORDINATORS: [&str; 4] = ["as", "while", "after", "before"];

/// The speaker of "CLAUSE, said X, an economist at …" when the cue at `v` is an inverting one
/// ("said", "added", not "denied the report") and follows the clause's comma: the phrase after the cue, with its appositive, must close the sentence (or stop at a
/// comma, before a participle or a time phrase), and its head, before the appositive's comma, must
/// hold no verb: "…, said the plan would fail badly" names no speaker.
fn speaker_closing(
    ctx: &Context,
    from: usize,
    v: usize,
    end: usize,
) -> Option<frame::SpeakerPhrase> {
    use crate::pos::Tag;
    if v < from + 2 || !ctx.word_is(v - 1, ",") || !ctx.is(v, class::INVERTING_VERB) {
        return None;
    }
    let mut speaker = frame::phrase_after(ctx, v + 1, end, true)?;
    let mut next = ctx.segments.token_at_or_after(speaker.span.end);
    // "…, said Captain Marit Solberg of the Western Rescue Centre.": a named speaker's
    // affiliation after "of", "at" or "from", to the comma or the sentence's end, with no verb.
    if let Some(tail) = affiliation_end(ctx, speaker, next, end) {
        let seg = ctx.segments;
        speaker.span = speaker.span.cover(seg.tokens[tail - 1].span());
        next = tail;
    }
    // The phrase's head, before its appositive, holds no verb; nor does the appositive before a
    // relative word ("an economist who has …"): "said their plans, already set, would change"
    // is a clause.
    let head = (v + 1..next).find(|&k| ctx.word_is(k, ",")).unwrap_or(next);
    let verb_in_appositive = (head..next)
        .take_while(|&k| !matches!(ctx.tag(k), Tag::Wdt | Tag::Wp))
        .any(|k| ctx.tag(k).is_finite_verb() && ctx.mention(k).is_none());
    ((next >= end || ctx.word_is(next, ","))
        && super::np::is_well_formed(ctx, v + 1, head)
        && !verb_in_appositive)
        .then_some(speaker)
}

/// The end of a named speaker's affiliation right after its phrase (ending at token `next`):
/// "of", "at" or "from", "the" if there, and the name of an organisation or a place, up to the
/// next comma or `end` ("said Marit Solberg of the Western Rescue Centre"; not "said Ann Lee of
/// all people had lied", "said Ana Ruiz at a meeting in Leeds on Tuesday").
fn affiliation_end(
    ctx: &Context,
    speaker: frame::SpeakerPhrase,
    next: usize,
    end: usize,
) -> Option<usize> {
    let named = speaker
        .mention
        .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person);
    if !named || next + 1 >= end || !ctx.word_in_ignore_case(next, &["of", "at", "from"]) {
        return None;
    }
    let tail = (next + 1..end)
        .find(|&k| ctx.word_is(k, ","))
        .unwrap_or(end);
    let mut first = next + 1;
    if first < tail && ctx.word_is_ignore_case(first, "the") {
        first += 1;
    }
    // The body's name runs to the comma or the sentence's last token (its full stop).
    let body = ctx.mention(first).filter(|&m| {
        matches!(ctx.mentions[m].kind, EntityType::Org | EntityType::Place)
            && (first..tail).all(|k| {
                ctx.mention(k) == Some(m)
                    || k + 1 == tail && ctx.segments.tokens[k].kind() == TokenKind::Punct
            })
    });
    body.is_some().then_some(tail)
}

/// The subject of the clause the cue at `v` continues, when it has none of its own: for a
/// participle after a comma (`participle`), the main clause's subject when it is a source
/// ([`main_subject`]); else, and for the second of two coordinated verbs, the sentence's subject
/// ([`shared_verb_subject`]). The flag tells the second: a subject shared with an earlier verb
/// reports a clause, not an object ("… and gave them a tour" is no speech).
fn continued_subject(
    ctx: &Context,
    from: usize,
    v: usize,
    participle: bool,
) -> (Option<frame::SpeakerPhrase>, bool) {
    match participle.then(|| main_subject(ctx, from, v - 1)).flatten() {
        Some(main) => (Some(main), false),
        None => (shared_verb_subject(ctx, from, v), true),
    }
}

/// The subject of the main clause before the comma at token `comma`, when it is a source (a
/// name, a pronoun, or a description whose head is a source, job or body noun): the subject of
/// the first finite verb whose subject opens the sentence or follows an opening phrase's comma.
/// "When the mayor arrived, Holt criticized the plan" → "Holt"; "Shares fell after the company
/// cut its forecast" → none (shares are no source).
fn main_subject(ctx: &Context, from: usize, comma: usize) -> Option<frame::SpeakerPhrase> {
    let seg = ctx.segments;
    for f in from + 1..comma {
        if !ctx.tag(f).is_finite_verb() || ctx.in_quote(f) {
            continue;
        }
        let Some(phrase) = frame::subject_before(ctx, from, f) else {
            continue;
        };
        let start = seg.token_at_or_after(phrase.span.start);
        if start != from && !ctx.word_is(start - 1, ",") {
            continue;
        }
        let head = seg.token_at_or_after(phrase.span.end).saturating_sub(1);
        let source = phrase.pronoun.is_some()
            || phrase.mention.is_some_and(|m| {
                matches!(
                    ctx.mentions[m].kind,
                    EntityType::Person | EntityType::Org | EntityType::Norp
                )
            })
            || ctx.is(head, class::SOURCE_NOUN | class::DOCUMENT_OR_BODY);
        return source.then_some(phrase);
    }
    None
}

/// The sender of the message `p` before the participle cue at `v`, when the message is the
/// object of the main clause's verb: "McConnell issued a statement saying …", "The campaign sent a
/// fundraising email Wednesday saying …" report for McConnell and the campaign, not for the
/// statement ([`main_subject`]).
fn sender_of_message(
    ctx: &Context,
    from: usize,
    v: usize,
    p: frame::SpeakerPhrase,
) -> Option<frame::SpeakerPhrase> {
    let seg = ctx.segments;
    if ctx.tag(v) != crate::pos::Tag::Vbg || p.mention.is_some() || p.pronoun.is_some() {
        return None;
    }
    let start = seg.token_at_or_after(p.span.start);
    let head = seg.token_at_or_after(p.span.end).saturating_sub(1);
    let object = start > from + 1 && ctx.tag(start - 1).is_finite_verb();
    if !object || !ctx.is(head, class::DOCUMENT_OR_BODY) {
        return None;
    }
    main_subject(ctx, from, start)
}

/// Every finding verb ([`is_finding_verb`]) starts with c, f, i or s and is 4 to 9 bytes long:
/// one byte and a length read on every word outside quotations before anything else.
#[inline]
fn may_be_finding_verb(ctx: &Context, v: usize) -> bool {
    let span = ctx.segments.tokens[v].span();
    (4..=9).contains(&span.len())
        && matches!(
            ctx.text.as_bytes()[span.start()].to_ascii_lowercase(),
            b'c' | b'f' | b'i' | b's'
        )
}

/// A verb by which a document reports its own finding ("the study found", "the poll shows"):
/// [`is_finding_verb`]'s.
pub(super) const FINDS: u8 = 1;
/// A verb by which a document or finding shows what someone said ("a memo shows that officials
/// warned …"): the ranker's.
pub(super) const SHOWS: u8 = 2;

/// The verbs of finding and showing, one list, each with the uses ([`FINDS`], [`SHOWS`]) it has.
const FINDING_VERBS: [(&str, u8); 16] = [
    ("show", FINDS | SHOWS),
    ("shows", FINDS | SHOWS),
    ("showed", FINDS | SHOWS),
    ("suggest", SHOWS),
    ("suggests", FINDS | SHOWS),
    ("suggested", FINDS | SHOWS),
    ("reveal", SHOWS),
    ("reveals", SHOWS),
    ("revealed", SHOWS),
    ("find", FINDS),
    ("finds", FINDS),
    ("found", FINDS),
    ("concluded", FINDS),
    ("concludes", FINDS),
    ("indicates", FINDS),
    ("indicated", FINDS),
];

/// Whether token `k` is one of the [`FINDING_VERBS`] with a use in `uses`.
pub(super) fn is_finding_word(ctx: &Context, k: usize, uses: u8) -> bool {
    FINDING_VERBS
        .iter()
        .any(|&(w, bits)| bits & uses != 0 && ctx.word_is_ignore_case(k, w))
}

/// Whether token `v` is a verb that reports a document's finding ("shows", "found",
/// "concluded"), in a finite form.
fn is_finding_verb(ctx: &Context, v: usize) -> bool {
    use crate::pos::Tag;
    // "…, the study found.": the tagger reads a past form ending the clause after its document
    // as a participle.
    let closing = ctx.tag(v) == Tag::Vbn
        && v > 0
        && ctx.word_in_ignore_case(v - 1, &FINDING_DOCUMENTS)
        && ctx
            .segments
            .tokens
            .get(v + 1)
            .is_some_and(|t| t.kind() == TokenKind::Punct);
    let finite = matches!(ctx.tag(v), Tag::Vbd | Tag::Vbz | Tag::Vbp) || closing;
    if !(finite || ctx.tag(v).is_noun()) || !is_finding_word(ctx, v, FINDS) {
        return false;
    }
    // The tagger reads "survey shows" at a sentence's end as two nouns.
    finite || v > 0 && ctx.word_in_ignore_case(v - 1, &FINDING_DOCUMENTS)
}

/// The subject of a finding verb at `v` when it is a document that reports findings: "A new
/// poll", "The latest Harbor Institute study", "Census data". A person or a body
/// that finds something ("Investigators found …") is left out: that is no speech.
fn document_subject(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    if let Some(p) = timed_document_subject(ctx, from, v) {
        return Some(p);
    }
    // "The poll of 2,000 adults, carried out by Verity Research, found": a participle
    // appositive set off by commas before the verb; the document is before its first comma.
    if v >= from + 4 && ctx.word_is(v - 1, ",") {
        let comma = (from + 1..v - 1).rev().find(|&k| ctx.word_is(k, ","));
        if let Some(p) = comma
            .filter(|&c| ctx.tag(c + 1) == crate::pos::Tag::Vbn)
            .and_then(|c| document_subject(ctx, from, c))
        {
            return Some(p);
        }
    }
    let phrase = frame::subject_before(ctx, from, v).or_else(|| subject_before_time(ctx, from, v));
    let seg = ctx.segments;
    let is_document = |k: usize| ctx.word_in_ignore_case(k, &FINDING_DOCUMENTS);
    if let Some(phrase) = phrase {
        let head = seg.token_at_or_after(phrase.span.end.saturating_sub(1));
        // The head noun, or the noun before a time phrase or participle tail the phrase kept
        // ("a poll last week", "a study released Monday").
        let document = (seg.token_at_or_after(phrase.span.start)..=head.min(seg.tokens.len() - 1))
            .rev()
            .find(|&k| ctx.mention(k).is_none() && ctx.tag(k).is_noun())
            .is_some_and(is_document);
        if document {
            return Some(phrase);
        }
    }
    // "A survey by the Derryford Institute found", "A poll of likely voters found": the phrase
    // found, if any, is the document's tail; the whole noun phrase, opening its clause with the
    // document right before "by", "of", "for" or "from", is the subject.
    let end = frame::subject_end(ctx, from, v);
    let mut start = super::np::subject_ending(ctx, from, end)?;
    // "A survey of 2,000 shoppers by Kantor Insight found": the maker after the document's own
    // tail; the phrase before "by" opens the subject.
    if start >= from + 2 && ctx.word_is_ignore_case(start - 1, "by") {
        if let Some(before) = super::np::subject_ending(ctx, from, start - 1) {
            start = before;
        }
    }
    let prep =
        (start + 1..end).find(|&k| ctx.word_in_ignore_case(k, &["by", "of", "for", "from"]))?;
    let opens = start == from || ctx.word_is(start - 1, ",");
    let document = is_document(prep - 1) && ctx.mention(prep - 1).is_none();
    (opens && document).then(|| frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(seg.tokens[end - 1].span()),
        mention: phrase.and_then(|p| p.mention),
        pronoun: None,
    })
}

/// A document with a participle and a time phrase as the subject of the finding verb at `v`: "New
/// polls *released Sunday* show", "A report *published on Monday* found". The phrase opens its clause; the noun before the participle is a document.
///
/// Not [`subject_before_time`]'s rule, though both walk back over a time phrase: that one takes
/// any subject and leaves the time out of it ("The board *on Tuesday* said"); here the time is
/// part of the document's phrase, after its participle, and nothing without the participle and a
/// listed document is taken.
fn timed_document_subject(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    use crate::pos::Tag;
    const BEFORE: [&str; 7] = ["last", "this", "earlier", "late", "early", "on", "in"];
    let mut end = v;
    while end > from && frame::is_aux_at(ctx, end - 1) {
        end -= 1;
    }
    // "A poll published Sunday *by El Mirador* found": the maker after the date.
    let time_end = before_agent(ctx, from, end);
    let mut k = time_end;
    let mut timed = false;
    while k > from + 2 && time_end - k < 4 {
        let t = k - 1;
        if ctx.is(t, class::TIME_WORD) || is_date_or_time(ctx, t) {
            timed = true;
        } else if !ctx.word_in_ignore_case(t, &BEFORE) {
            break;
        }
        k = t;
    }
    // "A poll published *by El Mirador* on Sunday found": the maker before the date.
    let participle = before_agent(ctx, from, k).checked_sub(1)?;
    let is_participle = ctx.tag(participle) == Tag::Vbn
        || ctx.tag(participle) == Tag::Vbd && ctx.word(participle).ends_with("ed");
    if !timed || participle <= from || !is_participle || ctx.mention(participle).is_some() {
        return None;
    }
    let noun = participle - 1;
    if !ctx.word_in_ignore_case(noun, &FINDING_DOCUMENTS) || ctx.mention(noun).is_some() {
        return None;
    }
    let start = super::np::subject_ending(ctx, from, participle)?;
    let opens = start == from || ctx.word_is(start - 1, ",");
    let seg = ctx.segments;
    opens.then(|| frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(seg.tokens[end - 1].span()),
        mention: None,
        pronoun: None,
    })
}

/// The longest run of capitalised words [`before_agent`] reads as a maker's name.
const MAX_AGENT_WORDS: usize = 5;

/// Where a document's maker ("by El Mirador", "by Verity Research") that ends at token `end`
/// starts: at its "by", when capitalised words run back from `end` to it; else `end`.
fn before_agent(ctx: &Context, from: usize, end: usize) -> usize {
    let seg = ctx.segments;
    let mut j = end;
    while j > from + 2
        && end - j < MAX_AGENT_WORDS
        && seg.tokens[j - 1].kind() == TokenKind::Word
        && seg.tokens[j - 1].has(crate::segment::CAPITALIZED)
    {
        j -= 1;
    }
    if j < end && j > from + 2 && ctx.word_is_ignore_case(j - 1, "by") {
        j - 1
    } else {
        end
    }
}

/// The speaker `p` after a closing "according to" with the tail of its document up to the
/// sentence's end or a comma, and an appositive after that comma: "a count *by The Associated
/// Press*", "the average of recent polls *compiled by Real Clear Politics*", "a report *Tuesday
/// from WKOW, the ABC affiliate in Madison*". The tail opens with a preposition, a participle or a
/// date; only a document's phrase takes it (a person's tail is [`frame::phrase_after`]'s).
fn with_document_tail(ctx: &Context, p: frame::SpeakerPhrase, end: usize) -> frame::SpeakerPhrase {
    use crate::pos::Tag;
    const COUNTS: [&str; 5] = ["count", "tally", "average", "estimate", "estimates"];
    let seg = ctx.segments;
    let first = seg.token_at_or_after(p.span.start);
    let after = seg.token_at_or_after(p.span.end);
    if after >= end || p.pronoun.is_some() {
        return p;
    }
    let document = (first..after).any(|k| {
        ctx.mention(k).is_none()
            && (ctx.word_in_ignore_case(k, &FINDING_DOCUMENTS)
                || ctx.word_in_ignore_case(k, &COUNTS))
    });
    let stop = |k: usize| ctx.word_is(k, ",") || ctx.word_is(k, ";") || ctx.word_is(k, "(");
    let mut last = after;
    while last < end && !stop(last) {
        last += 1;
    }
    // "exit polls conducted for the Associated Press *and television networks by Edison
    // Research*": a tail the phrase already opened runs on past a coordinator or a noun that
    // cut it, up to the stop, when no verb stands there.
    let tail_runs_on = (first..after).any(|k| ctx.tag(k) == Tag::In)
        && (ctx.word_in_ignore_case(after, &["and", "or"]) || ctx.tag(after).is_noun())
        && !(after..last).any(|k| ctx.tag(k).is_finite_verb() && !ctx.in_name(k));
    let tail_opens = matches!(ctx.tag(after), Tag::In | Tag::Vbn)
        || is_date_or_time(ctx, after)
        || ctx.is(after, class::TIME_WORD)
        || tail_runs_on;
    if !document || !tail_opens || is_date_after_agent(ctx, first, after, last) {
        return p;
    }
    // ", the ABC affiliate in Madison": an appositive after the comma, up to the next one.
    if last + 1 < end && ctx.word_is(last, ",") && ctx.tag(last + 1).is_determiner() {
        let mut k = last + 1;
        while k < end && !stop(k) {
            k += 1;
        }
        if !(last + 1..k).any(|j| ctx.tag(j).is_finite_verb()) {
            last = k;
        }
    }
    frame::SpeakerPhrase {
        span: p.span.cover(seg.tokens[last - 1].span()),
        ..p
    }
}

/// The subject of the speech verb at `v`: the phrase before it ([`frame::subject_before`]), past
/// a time phrase ([`subject_before_time`]) or a share of those polled ([`share_subject`]), with
/// what it left out: a share's approximator ("*Nearly* half of voters") and a coordinated first
/// noun ("*Officials and* diplomats").
fn subject(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    // A share the speaker check would refuse leaves the subject to the readers after it.
    let cue = Some(ctx.segments.tokens[v].span());
    // "The unions both said", "The Tories and the Greens both said": a floating quantifier between
    // a plural subject and its verb is no part of the subject.
    // "… have both argued": past auxiliaries before it.
    let mut before = v.saturating_sub(2);
    while before > from && frame::is_aux_at(ctx, before) {
        before -= 1;
    }
    let floating = v > from + 1
        && ctx.word_in_ignore_case(v - 1, &["both", "all", "each"])
        && (ctx.tag(before).is_noun() || ctx.mention(before).is_some())
        && matches!(
            ctx.tag(v),
            crate::pos::Tag::Vbd | crate::pos::Tag::Vbz | crate::pos::Tag::Vbp
        );
    let v = if floating { v - 1 } else { v };
    share_subject(ctx, from, v)
        .filter(|&p| super::np::repair(ctx, p, cue).is_some())
        .or_else(|| subject_before_time(ctx, from, v))
        .or_else(|| frame::subject_before(ctx, from, v))
        .map(|p| people_at_places(ctx, from, p))
        .or_else(|| plural_subject(ctx, from, v))
        .map(|p| coordinated_start(ctx, from, with_approximator(ctx, from, p)))
        .map(|p| with_quantifier(ctx, from, p))
}

/// A plural noun phrase of common words opening its clause right before the speech verb at `v`,
/// when the readers of descriptions found no speaker (its head is no known source noun): "Many
/// local suppliers said", "Dairy farmers said". Determiners, numbers, adjectives and nouns back
/// to the clause's start, a plural noun last; no name, no time.
fn plural_subject(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    use crate::pos::Tag;
    if !matches!(ctx.tag(v), Tag::Vbd | Tag::Vbz | Tag::Vbp) || v == from {
        return None;
    }
    let head = v - 1;
    let plain = |k: usize| {
        ctx.segments.tokens[k].kind() == TokenKind::Word
            && ctx.mention(k).is_none()
            && ctx.pronoun(k).is_none()
            && !ctx.in_quote(k)
            && !is_date_or_time(ctx, k)
    };
    if ctx.tag(head) != Tag::Nns || !plain(head) || ctx.is(head, class::DOCUMENT_OR_BODY) {
        return None;
    }
    let mut start = head;
    while start > from && head - start < 4 {
        let k = start - 1;
        let tag = ctx.tag(k);
        // A capitalised first word outside names ("Orchard growers") is the sentence's.
        if !plain(k)
            || !(matches!(tag, Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Jj | Tag::Cd)
                || tag.is_determiner())
        {
            break;
        }
        start = k;
    }
    if !opens_clause(ctx, from, start) {
        return None;
    }
    let seg = ctx.segments;
    Some(frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(seg.tokens[head].span()),
        mention: None,
        pronoun: None,
    })
}

/// The people before a place (or places joined by "and") that the phrase `p` is: "*Trade unions
/// in* Germany and France said", "*Farmers across* Kent said". The place says where they are; a
/// plural common noun before its preposition, opening the clause, is who speaks.
fn people_at_places(ctx: &Context, from: usize, p: frame::SpeakerPhrase) -> frame::SpeakerPhrase {
    use crate::pos::Tag;
    let place = |k: usize| {
        ctx.mention(k)
            .is_some_and(|m| ctx.mentions[m].kind == EntityType::Place)
    };
    let seg = ctx.segments;
    let first = seg.token_at_or_after(p.span.start);
    let Some(m) = p
        .mention
        .filter(|&m| ctx.mentions[m].kind == EntityType::Place)
    else {
        return p;
    };
    let mut at = seg.token_at_or_after(ctx.mentions[m].span.start).min(first);
    while at >= from + 2
        && (ctx.word_is(at - 1, ",") || ctx.word_is_ignore_case(at - 1, "and"))
        && place(at - 2)
    {
        let o = ctx.mention(at - 2).unwrap_or(m);
        at = seg.token_at_or_after(ctx.mentions[o].span.start);
    }
    if at < from + 2
        || !ctx.word_in_ignore_case(at - 1, &["in", "from", "across", "throughout"])
        || ctx.tag(at - 2) != Tag::Nns
        || ctx.mention(at - 2).is_some()
    {
        return p;
    }
    let head = at - 2;
    let mut start = head;
    while start > from && head - start < 3 {
        let tag = ctx.tag(start - 1);
        if ctx.mention(start - 1).is_some()
            || !(matches!(tag, Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Jj | Tag::Cd)
                || tag.is_determiner())
        {
            break;
        }
        start -= 1;
    }
    if !opens_clause(ctx, from, start) {
        return p;
    }
    frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(p.span),
        mention: None,
        pronoun: None,
    }
}

/// Whether a phrase starting at token `start` opens its clause in the sentence from `from`: at
/// its start, after a comma, or after an opening conjunction ("*But* Holt and Vale both said").
fn opens_clause(ctx: &Context, from: usize, start: usize) -> bool {
    start == from
        || ctx.word_is(start - 1, ",")
        || (start == from + 1 && ctx.tag(from) == crate::pos::Tag::Cc)
}

/// The plural subject `p` with the quantity word and adjectives before it that open its clause
/// ("*Both* men", "*Both* senators"): the phrase before a plural noun may stop there, but the
/// group is counted.
fn with_quantifier(ctx: &Context, from: usize, p: frame::SpeakerPhrase) -> frame::SpeakerPhrase {
    use crate::pos::Tag;
    let seg = ctx.segments;
    let first = seg.token_at_or_after(p.span.start);
    if p.pronoun.is_some() || !matches!(ctx.tag(first), Tag::Nns | Tag::Nnps) {
        return p;
    }
    let mut start = first;
    while start > from && first - start < 3 && ctx.tag(start - 1) == Tag::Jj {
        start -= 1;
    }
    const QUANTIFIERS: [&str; 8] = people_quantities!["all", "other"];
    if start == from || !ctx.word_in_ignore_case(start - 1, &QUANTIFIERS) {
        return p;
    }
    start -= 1;
    if start != from && !ctx.word_is(start - 1, ",") {
        return p;
    }
    frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(p.span),
        ..p
    }
}

/// Whether token `k` is the head of a share of people polled: "percent", "%", "half",
/// "two-thirds", "majority", "most", fractions, or the 10 of "4
/// in 10".
fn is_share_head(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    crate::words::any_ignore_case(
        &[
            "percent",
            "cent",
            "%",
            "majority",
            "two-thirds",
            "three-quarters",
            "one-third",
            "one-half",
            "half",
            "third",
            "thirds",
            "quarter",
            "quarters",
            "fifth",
            "fifths",
            "most",
        ],
        w,
    ) || (k >= 2 && ctx.word_is_ignore_case(k - 1, "in") && ctx.tag(k) == crate::pos::Tag::Cd)
        // "Both said", "The two said": the people just named, counted.
        || ctx.word_is_ignore_case(k, "both")
        || (k >= 1
            && ctx.word_is_ignore_case(k - 1, "the")
            && ctx.tag(k) == crate::pos::Tag::Cd
            && ctx.word(k).bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A bare share of those polled as the subject of the cue at `v`: "74 percent said", "Nearly half
/// said", "About two-thirds said", "4 in 10 said". It opens its clause (the sentence or after a
/// comma) and runs back from the verb over numbers, "a", "the", "per", "in" and approximators.
fn share_subject(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    use crate::pos::Tag;
    // "The most telling promise", "the most elaborate plan": "most" before a participle or an
    // adjective read as a verb is no subject; a share says or finds in a finite verb.
    if !matches!(ctx.tag(v), Tag::Vbd | Tag::Vbz | Tag::Vbp) {
        return None;
    }
    let end = frame::subject_end(ctx, from, v);
    if end <= from {
        return None;
    }
    let head = if is_share_head(ctx, end - 1) {
        end - 1
    } else {
        share_head_before_of(ctx, from, end)?
    };
    let mut start = head;
    while start > from
        && (ctx.tag(start - 1) == Tag::Cd
            || super::np::is_approximator(ctx, start - 1)
            || ctx.word_in_ignore_case(
                start - 1,
                &["a", "the", "per", "in", "than", "more", "fewer", "less"],
            ))
    {
        start -= 1;
    }
    // "In the poll, 74 percent said": the share opens its clause.
    if start != from && !ctx.word_is(start - 1, ",") {
        return None;
    }
    // A share is of something counted: a number or a fraction word, not "percent" alone.
    let counted = (start..=head).any(|k| ctx.tag(k) == Tag::Cd)
        || !ctx.word_in_ignore_case(head, &["percent", "cent", "%"]);
    let seg = ctx.segments;
    counted.then(|| frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(seg.tokens[end - 1].span()),
        mention: None,
        pronoun: None,
    })
}

/// The head of a share of a group named after it, in the subject ending at token `end`: "*Half*
/// of riders", "*Four* in 10 voters", "*Most* in Derry", "*Most* of them". The share's word (or a
/// number) comes before "of" or "in" and a short noun phrase (determiners, numbers, adjectives,
/// nouns, a name, or a pronoun last, or a participle after "those" or a noun: "*One* in three of
/// those surveyed") that ends the subject.
fn share_head_before_of(ctx: &Context, from: usize, end: usize) -> Option<usize> {
    use crate::pos::Tag;
    let first = from.max(end.saturating_sub(7));
    // The last such word: "One in three *of* those surveyed" is a share of a share.
    let h = (first..end.saturating_sub(2)).rev().find(|&h| {
        (is_share_head(ctx, h) || ctx.tag(h) == Tag::Cd)
            && ctx.word_in_ignore_case(h + 1, &["of", "in"])
    })?;
    let last = end - 1;
    // "those surveyed", "voters polled": a participle closes the group, after "those" or a noun.
    let participle_last = ctx.tag(last) == Tag::Vbn
        && last > h + 2
        && (ctx.word_is_ignore_case(last - 1, "those") || ctx.tag(last - 1).is_noun());
    let part = |k: usize| {
        if k == last && participle_last {
            return true;
        }
        let tag = ctx.tag(k);
        ctx.segments.tokens[k].kind() != TokenKind::Punct
            && ((ctx.mention(k).is_some() && !is_date_or_time(ctx, k))
                || tag.is_noun()
                || tag.is_adjective()
                || tag.is_determiner()
                || tag == Tag::Cd
                || tag == Tag::Prp && k == last)
    };
    let noun_last = ctx.tag(last).is_noun()
        || participle_last
        || ctx.mention(last).is_some()
        || ctx.tag(last) == Tag::Prp
        || ctx.tag(last) == Tag::Cd && ctx.word_is_ignore_case(h + 1, "in");
    ((h + 2..end).all(part) && noun_last && !is_date_or_time(ctx, last)).then_some(h)
}

/// Whether the speech verb at `v`, which the cue stage reads as a noun after a number ("4 in 10
/// said", "Tom Vale in 2015 said"), is a finite verb with a subject before it: a share of those
/// polled or a subject before a year.
fn is_cue_after_number(ctx: &Context, from: usize, v: usize) -> bool {
    use crate::pos::Tag;
    let seg = ctx.segments;
    v > from
        && seg.tokens[v - 1].kind() == TokenKind::Number
        && seg.tokens[v].kind() == TokenKind::Word
        && !seg.tokens[v].has(crate::segment::CAPITALIZED)
        && matches!(ctx.tag(v), Tag::Vbd | Tag::Vbz | Tag::Vbp)
        && ctx.mention(v).is_none()
        && ctx.is(v, class::CUE_VERB)
        && (share_subject(ctx, from, v).is_some() || subject_before_time(ctx, from, v).is_some())
}

/// The subject `p` with the approximator before its share ("*Nearly* half of voters", "*Only* 24
/// percent of voters"), when the share opens its clause with it.
fn with_approximator(ctx: &Context, from: usize, p: frame::SpeakerPhrase) -> frame::SpeakerPhrase {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(p.span.start);
    let share = ctx.tag(first) == crate::pos::Tag::Cd || super::np::is_quantity(ctx, first);
    if !share || first == from || p.pronoun.is_some() || !super::np::is_approximator(ctx, first - 1)
    {
        return p;
    }
    let start = first - 1;
    if start != from && !ctx.word_is(start - 1, ",") {
        return p;
    }
    frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(p.span),
        ..p
    }
}

/// The subject `p` with the nouns coordinated before it ("*Officials and* diplomats", "*Harbor
/// officials and* local fishermen"): a bare noun phrase, of common nouns outside names, opening
/// its clause and joined by "and" or "or"; or a person's name before "and" and a person's name
/// ("*Ann Marsh and* Tom Vale said"), as a quotation's speaker is written (the name it resolves to
/// stays the last one's).
fn coordinated_start(ctx: &Context, from: usize, p: frame::SpeakerPhrase) -> frame::SpeakerPhrase {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(p.span.start);
    if let Some(start) = coordinated_person_start(ctx, from, first, p) {
        return frame::SpeakerPhrase {
            span: seg.tokens[start].span().cover(p.span),
            ..p
        };
    }
    if p.mention.is_some() || p.pronoun.is_some() || first < from + 2 {
        return p;
    }
    let joint = first - 1;
    if !(ctx.word_is_ignore_case(joint, "and") || ctx.word_is_ignore_case(joint, "or")) {
        return p;
    }
    // The phrase before the joint: adjectives and nouns back to a determiner or the clause's start.
    let mut start = joint;
    while start > from && joint - start < 4 {
        let k = start - 1;
        let tag = ctx.tag(k);
        if ctx.mention(k).is_some() || !(tag.is_noun() || tag.is_adjective() || tag.is_determiner())
        {
            break;
        }
        start = k;
        if tag.is_determiner() {
            break;
        }
    }
    let head = joint - 1;
    let opens = start == from || ctx.word_is(start - 1, ",");
    if start == joint || !opens || !ctx.tag(head).is_noun() || ctx.mention(head).is_some() {
        return p;
    }
    frame::SpeakerPhrase {
        span: seg.tokens[start].span().cover(p.span),
        ..p
    }
}

/// Where a person's name joined by "and" to the person's name `p` (starting at token `first`)
/// starts, when it opens its clause: "*Ann Marsh* and Tom Vale said".
fn coordinated_person_start(
    ctx: &Context,
    from: usize,
    first: usize,
    p: frame::SpeakerPhrase,
) -> Option<usize> {
    // People and bodies that speak: "Ann Marsh and Tom Vale", "The Tories and the Greens",
    // "Okano and Harbor Capital"; not places, which say where ("unions in Kent and Essex").
    let speaks = |m: usize| matches!(ctx.mentions[m].kind, EntityType::Person | EntityType::Org);
    // "and *the* Greens": the second name's article.
    let first = if first > from + 2 && ctx.word_is_ignore_case(first - 1, "the") {
        first - 1
    } else {
        first
    };
    if !p.mention.is_some_and(speaks)
        || first < from + 2
        || !ctx.word_is_ignore_case(first - 1, "and")
    {
        return None;
    }
    let before = ctx.mention(first - 2).filter(|&m| speaks(m))?;
    let mut start = ctx
        .segments
        .token_at_or_after(ctx.mentions[before].span.start);
    // The first name's title or article, outside its mention: "*Mr* Price and Dr Nair", "*The*
    // Tories and the Greens".
    if start > from {
        let k = start - 1;
        let title = |k: usize| ctx.tag(k) == crate::pos::Tag::Nnp && ctx.mention(k).is_none();
        if title(k) || ctx.word_is_ignore_case(k, "the") {
            start = k;
        } else if ctx.word_is(k, ".") && k > from && title(k - 1) {
            start = k - 1;
        }
    }
    (start >= from && opens_clause(ctx, from, start)).then_some(start)
}

/// The subject of the cue at `v` past a time phrase between them: "The harbor board *on Tuesday*
/// said", "Officials *last week* said", "The mayor *earlier this month* announced". The phrase
/// holds a time word or a date and may open with "on"; the subject ends before it.
fn subject_before_time(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    const BEFORE: [&str; 8] = [
        "last", "this", "earlier", "later", "early", "late", "on", "in",
    ];
    let mut start = v;
    let mut timed = false;
    while start > from + 1 && v - start < 5 {
        let k = start - 1;
        if ctx.is(k, class::TIME_WORD) || is_date_or_time(ctx, k) || is_year_after_in(ctx, k) {
            timed = true;
        } else if !ctx.word_in_ignore_case(k, &BEFORE) {
            break;
        }
        start = k;
        // "on Tuesday", "in March": the preposition opens the phrase.
        if ctx.word_is_ignore_case(k, "on") || ctx.word_is_ignore_case(k, "in") {
            break;
        }
    }
    // "sent the board a letter on Monday alleging …": before a participle the phrase is an
    // object, not a subject.
    if !timed || start == v || ctx.in_name(start) || ctx.tag(v) == crate::pos::Tag::Vbg {
        return None;
    }
    // A phrase with no speaker's shape ("A report published", the participle's tail cut off)
    // is no subject here.
    // After "in March" the phrase must have that shape as it is: "Democrats trying to regain
    // control of the Senate in November say" is one phrase, not its last noun.
    let opens_in = ctx.word_is_ignore_case(start, "in");
    frame::subject_before(ctx, from, start).filter(|&p| {
        super::np::repair(ctx, p, Some(ctx.segments.tokens[v].span()))
            .is_some_and(|r| !opens_in || r.span == p.span)
    })
}

/// A relative "who" right before the cue at `v` (past auxiliaries), after a comma, as the
/// speaker: "the mayor, who told reporters that …", "He thanked Ann Marsh, who said …". Its
/// antecedent is a person's name (the phrase's mention) or a description ([`frame::subject_before`]
/// of the comma), and no other cue follows in the sentence (that one, the main clause's,
/// reports).
fn relative_antecedent(
    ctx: &Context,
    from: usize,
    v: usize,
    end: usize,
) -> Option<frame::SpeakerPhrase> {
    let mut k = v;
    while k > from && frame::is_aux_at(ctx, k - 1) {
        k -= 1;
    }
    if k < from + 3
        || ctx.tag(k - 1) != crate::pos::Tag::Wp
        || !ctx.word_is_ignore_case(k - 1, "who")
        || !ctx.word_is(k - 2, ",")
        || ctx.next_cue(v + 1).is_some_and(|c| c < end)
    {
        return None;
    }
    let p = frame::subject_before(ctx, from, k - 2)?;
    let person = p
        .mention
        .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person);
    let head = ctx.segments.token_at_or_after(p.span.end).saturating_sub(1);
    // The pronoun is written as the speaker, as a quotation's relative subject is
    // (`ranker::relative_subject`): the person's mention names it, and a description is what
    // resolution reads before the pronoun (`resolve::relative_antecedent`).
    (p.pronoun.is_none() && (person || ctx.is(head, class::SOURCE_NOUN))).then(|| {
        frame::SpeakerPhrase {
            span: ctx.segments.tokens[k - 1].span(),
            mention: p.mention.filter(|_| person),
            pronoun: None,
        }
    })
}

/// The subject the cue at `v` shares with an earlier verb of its sentence, when the cue is the
/// second of two coordinated verbs ("The mayor thanked the crews *and said* …", "… and then
/// said", "Holt welcomed the findings *but said* …") or a participle after a comma ("The mayor defended the plan, *saying* …"): the
/// sentence's subject, a name, a pronoun or a description of a source ([`frame::sentence_subject`]).
fn shared_verb_subject(ctx: &Context, from: usize, v: usize) -> Option<frame::SpeakerPhrase> {
    let mut k = v;
    while k > from && frame::is_aux_at(ctx, k - 1) {
        k -= 1;
    }
    if k < from + 3 {
        return None;
    }
    // After "but" a finite cue with a clause of its own: not "but not mention the mogul", nor
    // "which he favors but says would fail" (no subject after the cue).
    let after_but = ctx.word_is_ignore_case(k - 1, "but")
        && matches!(ctx.tag(v), crate::pos::Tag::Vbd | crate::pos::Tag::Vbz)
        && v + 1 < ctx.segments.tokens.len()
        && !ctx.tag(v + 1).is_verb();
    let joined = ctx.word_is_ignore_case(k - 1, "and")
        || after_but
        || (ctx.word_is(k - 1, ",") && ctx.tag(v) == crate::pos::Tag::Vbg);
    // The earlier verb: a finite one before the joint.
    if !joined || !(from..k - 1).any(|j| ctx.tag(j).is_finite_verb()) {
        return None;
    }
    frame::sentence_subject(ctx, from, v)
}

/// Present speech verbs with no noun of the same spelling.
const NEVER_NOUNS: [&str; 6] = ["says", "adds", "insists", "argues", "explains", "warns"];

/// Whether the speech verb's spelling at `v` is a noun here: tagged one, after a determiner, a
/// possessive, an adjective or a singular noun ("his home state of Texas", "the report", "his
/// remarks"). The tag alone is not enough: the tagger reads "Trump writes" and "critics say" as
/// nouns too.
fn is_noun_use(ctx: &Context, v: usize) -> bool {
    use crate::pos::Tag;
    // "Southern states", "state Sen. Ann Lee", "the Rust Belt states that …": the present
    // "state"/"states" is mostly the noun; as a verb it reports a clause after "that" ("The
    // ruling states that …").
    if ctx.word_in_ignore_case(v, &["state", "states"]) && !ctx.word_is_ignore_case(v + 1, "that") {
        return true;
    }
    // "The council says Mr Forde was …": the tagger may read a present speech verb that is never
    // a noun as one before a title it does not know as an abbreviation ("Mr" with no period).
    if ctx.word_in_ignore_case(v, &NEVER_NOUNS) {
        return false;
    }
    // "Some protest leaders said": a speech word before a plural noun and a cue modifies it.
    let before = if v > 0 { ctx.tag(v - 1) } else { Tag::Sym };
    if (before.is_determiner() || before == Tag::Jj)
        && ctx.tag(v + 1) == Tag::Nns
        && ctx.is_cue(v + 2)
        && ctx.mention(v + 1).is_none()
    {
        return true;
    }
    // "Clinton's Colorado state director": a singular noun between a proper noun and a common
    // one is the middle of a compound.
    let compound = ctx.tag(v) == Tag::Nn
        && matches!(before, Tag::Nnp | Tag::Nnps)
        && matches!(ctx.tag(v + 1), Tag::Nn | Tag::Nns);
    // "…, two points behind Dortmund": a count before a noun-tagged speech word.
    compound
        || ctx.tag(v).is_noun()
            && (before.is_determiner()
                || before.is_adjective()
                || before == Tag::Cd
                || matches!(before, Tag::PrpS | Tag::Pos | Tag::Nn))
}

/// Whether the speech verb's spelling at `v` is a participle inside the subject of a later
/// speech verb: "People *briefed* on the talks said …", "Officials *quoted* by the paper said …".
pub(super) fn in_subject(ctx: &Context, v: usize, end: usize) -> bool {
    super::np::is_reduced_participle(ctx, v)
        && (v + 2..end.min(v + 12))
            .take_while(|&k| ctx.segments.tokens[k].kind() == TokenKind::Word)
            .any(|k| ctx.is_cue(k) && lexicon_speech_verb(ctx.word(k)))
}

/// Verbs that take a reported clause: the core speech verbs, not thinking or feeling verbs.
fn lexicon_speech_verb(word: &str) -> bool {
    words::is_cue_verb(word)
        && !words::is_naming_verb(word)
        && !words::is_mental_verb(word)
        && !words::is_infinitive_verb(word)
}

/// Where the phrase naming the medium of the speech that opens at the preposition `at` ends,
/// when a clause follows it with no "that": "said *in a statement* it would appeal", "said *in
/// a radio interview* the plan was dead", "said *in a statement Thursday night* they pulled
/// it". Up to three words after an article or a possessive, the last a noun in
/// [`SPEECH_MEDIUM_NOUNS`], a date or time after it, then "that" ("in an interview Wednesday that …")
/// or a word that opens a clause's subject (a pronoun, an article, a name; not a common noun:
/// "in her email practices" is a topic).
fn medium_phrase_end(ctx: &Context, at: usize, end: usize) -> Option<usize> {
    use crate::pos::Tag;
    if !ctx.word_is_ignore_case(at, "in")
        || !(ctx.tag(at + 1).is_determiner() || ctx.tag(at + 1) == Tag::PrpS)
    {
        return None;
    }
    let is_medium = |k: usize| {
        k < end
            && ctx.segments.tokens[k].kind() == TokenKind::Word
            && ctx.word_in_ignore_case(k, &SPEECH_MEDIUM_NOUNS)
    };
    let mut noun = (at + 2..end.min(at + 5))
        .take_while(|&k| ctx.segments.tokens[k].kind() == TokenKind::Word)
        .find(|&k| is_medium(k) && ctx.tag(k).is_noun())?;
    // The medium is the run's last noun, whatever its tag: "in a video message", "in an email
    // statement", "in a conference call/VBP".
    while is_medium(noun + 1) {
        noun += 1;
    }
    let mut next = noun + 1;
    while next < end
        && (is_date_or_time(ctx, next)
            || ctx.word_in_ignore_case(next, &["morning", "afternoon", "evening", "night"]))
    {
        next += 1;
    }
    (next + 1 < end
        && (matches!(
            ctx.tag(next),
            Tag::Prp | Tag::Dt | Tag::Nnp | Tag::Nnps | Tag::Ex
        ) || ctx.word_is_ignore_case(next, "that"))
        && !is_date_or_time(ctx, next))
    .then_some(next)
}

/// Nouns that name the medium a speaker used ([`medium_phrase_end`]).
const SPEECH_MEDIUM_NOUNS: [&str; 16] = [
    "statement",
    "note",
    "interview",
    "email",
    "letter",
    "post",
    "tweet",
    "video",
    "speech",
    "release",
    "filing",
    "conference",
    "briefing",
    "message",
    "broadcast",
    "call",
];

/// A preposition that opens a phrase about the setting or topic of the speech, not its content:
/// "said *in* a statement", "said *of* the talks", "spoke *about* the plan".
fn is_topic_preposition(word: &str) -> bool {
    frame::is_about(word)
        || crate::words::any_ignore_case(
            &["in", "on", "at", "during", "after", "before", "from"],
            word,
        )
}

/// Whether token `k` is part of a date or time ("yesterday", "on Tuesday" after the preposition)
/// or an adverb ("again", "repeatedly").
fn is_when_or_adverb(ctx: &Context, k: usize) -> bool {
    ctx.tag(k) == crate::pos::Tag::Rb || is_date_or_time(ctx, k)
}

/// Whether token `k` is a year after "in" ("Tom Vale *in 2015* said"): four digits, 1900 to 2099.
fn is_year_after_in(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k).as_bytes();
    k > 0
        && w.len() == 4
        && w.iter().all(u8::is_ascii_digit)
        && (w.starts_with(b"19") || w.starts_with(b"20"))
        && ctx.word_is_ignore_case(k - 1, "in")
}

/// "according to figures published by Kessock Health *on Tuesday*": after a document's agent
/// (`by` in the phrase `first..after`), a preposition and a date that run to the clause's stop at
/// `last` date the publishing, not the document; the source ends with its agent.
fn is_date_after_agent(ctx: &Context, first: usize, after: usize, last: usize) -> bool {
    (first..after).any(|k| ctx.word_is_ignore_case(k, "by"))
        && ctx.tag(after) == crate::pos::Tag::In
        && super::np::time_phrase_end(ctx, after + 1, last)
            .is_some_and(|t| (t..last).all(|k| ctx.segments.tokens[k].kind() == TokenKind::Punct))
}

/// Whether token `k` is part of a date or time mention ("Monday", "last week").
fn is_date_or_time(ctx: &Context, k: usize) -> bool {
    ctx.mention(k)
        .is_some_and(|m| matches!(ctx.mentions[m].kind, EntityType::Date | EntityType::Time))
}

/// Where the clause after a listener verb starts: past its object, a pronoun or a short noun
/// phrase ("told him", "told reporters", "told the local newspaper", "told The Dune Gazette"),
/// which ends where a new name starts ("told reporters Ortiz would run"), unless "that" follows
/// the name ("told harbor chief Lena Okafor that …").
fn listener_end(ctx: &Context, start: usize, end: usize) -> usize {
    use crate::pos::Tag;
    if start >= end {
        return start;
    }
    if ctx.tag(start) == Tag::Prp {
        return start + 1;
    }
    let mut k = start;
    if ctx.tag(k).is_determiner() || ctx.tag(k) == Tag::PrpS {
        k += 1;
    }
    let first = k;
    // "told the BBC's Today programme that …": what follows a possessive is the listener's own
    // head noun, even a name or a date-like word.
    let mut possessed = false;
    while k < end && k < first + 5 {
        let tag = ctx.tag(k);
        if (tag == Tag::Pos || super::np::is_plural_possessive(ctx, k)) && k > first && k + 1 < end
        {
            possessed = true;
            k += 1;
            // "… programme that …": the possessed noun phrase runs to a "that" close after it
            // (its head noun may be one the model misreads: British "programme").
            let that = (k..end.min(k + 4))
                .take_while(|&j| {
                    ctx.tag(j).is_noun()
                        || ctx.tag(j).is_verb()
                        || ctx.tag(j).is_adjective()
                        || ctx.word_is_ignore_case(j, "that")
                })
                .find(|&j| ctx.word_is_ignore_case(j, "that"));
            if let Some(that) = that {
                return that;
            }
            continue;
        }
        let new_name = k > first
            && !possessed
            && ctx.mention(k).is_some()
            && ctx.mention(k) != ctx.mention(k - 1)
            && !is_date_or_time(ctx, k);
        if let Some(m) = ctx.mention(k).filter(|_| new_name) {
            // "told harbor chief Lena Okafor that …": a name with "that" after it is the
            // listener's, titled; the clause starts after it.
            let after = ctx
                .segments
                .token_at_or_after(ctx.mentions[m].span.end)
                .max(k + 1);
            if after < end && ctx.word_is_ignore_case(after, "that") {
                return after;
            }
            break;
        }
        if !(tag.is_noun() || tag.is_adjective()) || !possessed && is_date_or_time(ctx, k) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether the phrase a listener verb's object would end before token `k` is the reported
/// clause's own subject: a verb of its own follows it, and no "that" comes later ("has warned
/// the measure could cost jobs", "warned they would strike").
fn listener_is_subject(ctx: &Context, k: usize, end: usize) -> bool {
    // "told reporters gathered outside the court she would appeal": a reduced participle is
    // the listener's own (review rev51).
    k < end
        && ctx.tag(k).is_finite_verb()
        && !super::np::is_reduced_participle(ctx, k)
        && !(k > 0
            && ctx.tag(k - 1) == crate::pos::Tag::Nns
            && ctx.word(k).ends_with("ed")
            && k + 1 < end
            && ctx.tag(k + 1) == crate::pos::Tag::In)
        && !(k..end).any(|j| ctx.word_is_ignore_case(j, "that"))
}

/// The tokens after `start`, up to `end`, that stand outside brackets ("(" and ")" themselves
/// included, once their depth is back to none): where a reported clause may end ("…, (as of
/// Monday, 40 percent), but …" does not end at the comma inside the brackets).
fn outside_brackets<'c>(
    ctx: &'c Context,
    start: usize,
    end: usize,
) -> impl Iterator<Item = usize> + 'c {
    (start + 1..end)
        .scan(0i32, move |depth, k| {
            match ctx.word(k) {
                "(" => *depth += 1,
                ")" => *depth -= 1,
                _ => {}
            }
            Some((k, *depth > 0))
        })
        .filter(|&(_, inside)| !inside)
        .map(|(k, _)| k)
}

/// Where the clause reported after a cue, over tokens `start..end`, ends: before a contrast or a
/// relative clause the writer adds after a comma ("…, but critics disagree", "…, while 40% did
/// not", "…, which votes in March", "…, however the rest did not"), before the next report after
/// ", and" ("…, and a third said …"), or, for a cue inside the sentence's subject (`inner`), before
/// the sentence's own verb after a comma ("X, who endorsed Y and said CLAUSE, stopped short …"). The whole span when what is left would be too short.
/// (A participle clause after a comma, "…, throwing the race open", and the speaker's next verb,
/// "… and said", are left in: PolNeAR's reported clauses keep them as often as not.)
fn reported_end(ctx: &Context, start: usize, end: usize, inner: bool) -> usize {
    const AFTER_COMMA: [&str; 4] = ["but", "while", "which", "however"];
    // "…, compared with 61 percent in March": the writer's comparison.
    let comparison = |k: usize| {
        let pair = |a: &str, b: &str| {
            ctx.word_is_ignore_case(k + 1, a) && ctx.word_is_ignore_case(k + 2, b)
        };
        k + 2 < end && (pair("compared", "with") || pair("compared", "to"))
    };
    let words_before = |k: usize| {
        (start..k)
            .filter(|&i| ctx.segments.tokens[i].kind() != TokenKind::Punct)
            .count()
    };
    for k in outside_brackets(ctx, start, end) {
        if k + 1 >= end {
            continue;
        }
        // "…, and 40 percent said …": a clause with a speech verb of its own after ", and" is
        // the next report, not part of this one.
        if ctx.word_is(k, ",")
            && ctx.word_is_ignore_case(k + 1, "and")
            && !ctx.word_is_ignore_case(k + 2, "that")
            && (k + 3..end.min(k + 10))
                .take_while(|&j| !ctx.word_is(j, ","))
                .any(|j| ctx.is_cue(j) && lexicon_speech_verb(ctx.word(j)))
            && words_before(k) >= MIN_CLAUSE_WORDS
        {
            return k;
        }
        // A semicolon joins the writer's next clause ("…; 26 percent of Democrats say …").
        if ctx.word_is(k, ";") {
            let words = (start..k)
                .filter(|&i| ctx.segments.tokens[i].kind() != TokenKind::Punct)
                .count();
            if words >= MIN_CLAUSE_WORDS {
                return k;
            }
            continue;
        }
        if !ctx.word_is(k, ",") {
            continue;
        }
        // "X, who said CLAUSE, said …", "X, though she said CLAUSE, stopped short …": a finite
        // verb (past adverbs) after the comma is the sentence's own, the clause ended before it.
        let mut after = k + 1;
        while after + 1 < end && ctx.tag(after).is_adverb() {
            after += 1;
        }
        let resumed = inner && ctx.tag(after).is_finite_verb();
        if resumed || comparison(k) || ctx.word_in_ignore_case(k + 1, &AFTER_COMMA) {
            let words = (start..k)
                .filter(|&i| ctx.segments.tokens[i].kind() != TokenKind::Punct)
                .count();
            return if words >= MIN_CLAUSE_WORDS { k } else { end };
        }
    }
    end
}

/// Where the whole sentence's reported clause starts when the cue at `v`, with its subject
/// `speaker`, is set off by commas inside the sentence `from..` ("The plan, Holt said, would
/// fail"): a comma right before the subject, at least four words before that comma (after a
/// dash, colon, semicolon or bracket, which opens the writer's own phrase: "…, all of whom, she
/// said, …"), and a comma right after the cue (or after a date or time after it: "Holt said
/// Monday,"), before token `start`, where the clause after the cue starts. Between the commas only
/// the subject: "…, and as Holt noted, …" reports what follows the comma alone.
fn parenthetical(
    ctx: &Context,
    from: usize,
    v: usize,
    start: usize,
    speaker: frame::SpeakerPhrase,
) -> Option<usize> {
    const NOT_SUBJECT: [&str; 14] = [
        "as", "and", "but", "or", "which", "who", "whom", "whose", "that", "if", "when", "while",
        "because", "so",
    ];
    let seg = ctx.segments;
    let first = seg.token_at_or_after(speaker.span.start);
    if first <= from + 1 || first >= v || start <= v + 1 || !ctx.word_is(start - 1, ",") {
        return None;
    }
    let comma = (from..v).rev().find(|&k| ctx.word_is(k, ","))?;
    // "and" or "or" between two nouns joins a subject ("union members and leaders say"); only
    // at its start does it open the writer's next clause ("…, and as Holt noted, …").
    let joins = |k: usize| k > first && ctx.word_in_ignore_case(k, &["and", "or"]);
    if comma + 1 != first
        || v - first > 8
        || (first..v).any(|k| ctx.word_in_ignore_case(k, &NOT_SUBJECT) && !joins(k))
    {
        return None;
    }
    // Something reported must follow the cue's comma: a word, not a participle ("…, Holt
    // said, adding …") nor a setting subordinator, which `adjunct_tail` leaves out.
    let reported = start < seg.tokens.len()
        && seg.tokens[start].kind() == TokenKind::Word
        && ctx.tag(start) != crate::pos::Tag::Vbg
        && !ctx.word_in_ignore_case(start, &SETTING_SUBORDINATORS);
    // "… bad news for Zhu, who, sources said, offered to resign": a relative pronoun before the
    // comma opens what was said, of the name it follows (the caller reads its predicate alone).
    if comma > from && ctx.word_in_ignore_case(comma - 1, &["who", "which"]) {
        return reported.then_some(comma - 1);
    }
    let opening = (from..comma)
        .rev()
        .find(|&k| words::is_dash(ctx.word(k)) || matches!(ctx.word(k), ":" | ";" | "(" | ")"))
        .map_or(from, |k| k + 1);
    let words = (opening..comma)
        .filter(|&k| seg.tokens[k].kind() == TokenKind::Word)
        .count();
    // "Kurdish forces, Defense Secretary Lloyd Austin said, would join the push": a finite verb
    // right after the cue's comma has its subject before the speaker, however short.
    let subjectless = ctx.tag(start).is_finite_verb();
    (reported && (words >= 4 || words >= 1 && subjectless)).then_some(opening)
}

/// Words that open a subordinate clause before the sentence's main clause ("*While* Holt said
/// …, the council …"). Not "as": "As Holt said, the plan failed" reports the main clause.
const OPENING_SUBORDINATORS: [&str; 9] = [
    "while", "although", "though", "whereas", "when", "if", "because", "since", "unless",
];

/// Whether the sentence `from..` opens with a subordinator (after "But", "And" or "Even") and
/// the cue at `v` comes after it, inside its clause: no comma between them ("While he backs
/// Ann Holt, Tom Vale admits …" is the main clause's cue).
fn opens_with_subordinator(ctx: &Context, from: usize, v: usize) -> bool {
    let mut k = from;
    while k < v && ctx.word_in_ignore_case(k, &["but", "and", "even", "yet"]) {
        k += 1;
    }
    k < v
        && ctx.word_in_ignore_case(k, &OPENING_SUBORDINATORS)
        && !(k..v).any(|i| ctx.word_is(i, ","))
}

/// Where a reported clause `start..end` inside an opening subordinate clause ends: at the first
/// comma after enough words that a main clause follows, a subject and its finite verb before the
/// next comma ("While Holt said the plan would fail, *the council backed* it"). Not a relative
/// clause after the comma ("…, which …").
fn subordinate_end(ctx: &Context, start: usize, end: usize) -> usize {
    let seg = ctx.segments;
    for k in outside_brackets(ctx, start, end) {
        if !ctx.word_is(k, ",") || k + 2 >= end {
            continue;
        }
        let words = (start..k)
            .filter(|&i| seg.tokens[i].kind() == TokenKind::Word)
            .count();
        let after = k + 1;
        if words < MIN_CLAUSE_WORDS
            || ctx.tag(after).is_verb()
            || ctx.word_in_ignore_case(
                after,
                &["which", "who", "whom", "whose", "that", "and", "or", "but"],
            )
        {
            continue;
        }
        let main = (after + 1..end.min(after + 8))
            .take_while(|&i| !ctx.word_is(i, ","))
            .any(|i| ctx.tag(i).is_finite_verb());
        if main {
            return k;
        }
    }
    end
}

/// The clause over tokens `from..to`, when it has enough words.
fn clause(ctx: &Context, from: usize, to: usize) -> Option<Span> {
    let seg = ctx.segments;
    if to <= from {
        return None;
    }
    let words = (from..to)
        .filter(|&k| seg.tokens[k].kind() != TokenKind::Punct)
        .count();
    // A prepositional phrase with no finite verb is a setting, not what was said: "said in a
    // 1963 speech", "reported from the capital", "spoke during the call". (What a verb is said
    // of, "praised the ruling", stays: a topic is reported too.)
    let setting =
        ctx.tag(from) == crate::pos::Tag::In && !(from..to).any(|k| ctx.tag(k).is_finite_verb());
    (words >= MIN_CLAUSE_WORDS && !setting)
        .then(|| seg.tokens[from].span().cover(seg.tokens[to - 1].span()))
}

#[cfg(test)]
mod tests {
    use crate::attribution::tests::indirect;

    fn one(
        clause: &str,
        speaker: &str,
        cue: &str,
    ) -> Vec<(String, Option<String>, Option<String>)> {
        vec![(
            clause.to_string(),
            Some(speaker.to_string()),
            Some(cue.to_string()),
        )]
    }

    #[test]
    fn a_contrast_or_relative_clause_after_a_comma_ends_the_reported_clause() {
        for (text, clause) in [
            (
                "Ann Marsh said the bridge would close in May, but the council has not agreed.",
                "the bridge would close in May",
            ),
            (
                "Ann Marsh said most riders back the plan, while a third want a new route.",
                "most riders back the plan",
            ),
            (
                "Ann Marsh said the ferry will stop at Derry, which lost its pier last year.",
                "the ferry will stop at Derry",
            ),
            // Inside brackets the comma is no end; nor where too little would be left.
            (
                "Ann Marsh said the ferry (late, but full) will stop at Derry.",
                "the ferry (late, but full) will stop at Derry",
            ),
            (
                "Ann Marsh said yes, but only in the summer months.",
                "yes, but only in the summer months",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, "Ann Marsh", "said"), "{text}");
        }
    }

    #[test]
    fn a_dateline_is_no_part_of_the_reported_clause() {
        let text = "PINE RIDGE, Calif. (AP) — A wildfire forced 5,000 people to flee on Sunday, officials said.";
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("A wildfire forced"), "{found:?}");
        assert_eq!(found[0].1.as_deref(), Some("officials"));
        // A dash after lower-case words is the sentence's own.
        let text = "The road — closed since March — will reopen on Friday, officials said.";
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("The road"), "{found:?}");
    }

    #[test]
    fn a_participle_after_a_comma_reports_for_the_main_clauses_subject() {
        for (text, speaker, cue) in [
            (
                "The mayor rejected the plan, arguing that it would cost too much.",
                "The mayor",
                "arguing",
            ),
            (
                "When the council met, Ann Holt criticized the plan, saying it would cost too much.",
                "Ann Holt",
                "saying",
            ),
        ] {
            let found = indirect(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(found[0].0.starts_with("it would cost"), "{text}: {found:?}");
            assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
            assert_eq!(found[0].2.as_deref(), Some(cue), "{text}");
        }
        // A main clause whose subject is no source reports nothing: not the noun before the comma.
        let text = "Shares fell after the board cut its forecast, blaming weak demand in China.";
        assert_eq!(indirect(text), [], "{text}");
    }

    #[test]
    fn a_poll_or_study_that_shows_or_finds_reports_its_finding() {
        for (text, speaker, cue) in [
            (
                "A new poll found that most voters back the new bridge.",
                "A new poll",
                "found",
            ),
            (
                "The latest harbor study shows most voters back the new bridge.",
                "The latest harbor study",
                "shows",
            ),
            (
                "Most voters back the new bridge, a new survey shows.",
                "a new survey",
                "shows",
            ),
        ] {
            let found = indirect(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert!(
                found[0].0.to_lowercase().starts_with("most voters back"),
                "{text}: {found:?}"
            );
            assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
            assert_eq!(found[0].2.as_deref(), Some(cue), "{text}");
        }
        // A person or a body that finds or shows something says nothing.
        for text in [
            "Investigators found that the pier had been damaged.",
            "The harbor board showed visitors the new pier last week.",
        ] {
            assert_eq!(indirect(text), [], "{text}");
        }
    }

    #[test]
    fn a_time_phrase_between_the_subject_and_the_cue_is_no_bar_to_indirect_speech() {
        let clause = "it would appeal the ruling to the high court";
        for (text, speaker) in [
            (
                "The harbor board on Tuesday said it would appeal the ruling to the high court.",
                "The harbor board",
            ),
            (
                "Ann Marsh last week said it would appeal the ruling to the high court.",
                "Ann Marsh",
            ),
            (
                "The mayor earlier this month said it would appeal the ruling to the high court.",
                "The mayor",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "said"), "{text}");
        }
        // With no subject before the time phrase there is no speaker, so no indirect speech.
        let text = "Later on Tuesday said it would appeal the ruling to the high court.";
        assert_eq!(indirect(text), [], "{text}");
    }

    #[test]
    fn a_clause_before_said_and_a_speaker_with_a_long_appositive_is_reported() {
        // "CLAUSE, said X, an appositive …": the tail after the cue is long, but it is all the
        // speaker's phrase.
        let clause = "The new bridge will ease traffic in the old town";
        for (text, speaker) in [
            (
                "The new bridge will ease traffic in the old town, said Ann Marsh, a planner at the Derry harbor board.",
                "Ann Marsh, a planner at the Derry harbor board",
            ),
            (
                "The new bridge will ease traffic in the old town, said Ann Marsh, a planner who has studied the port for a decade.",
                // The relative clause is no part of the speaker as reported.
                "Ann Marsh",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "said"), "{text}");
        }
        // After the cue a clause of its own, not a speaker; a subject with an appositive before a
        // verb that takes an object; a subject, then "said" and a clause with a comma in it.
        for text in [
            "The new bridge will ease traffic in the old town, said the plan would cost a fortune and take years.",
            "Harbor Mills, which does not publish its accounts, denied the report, saying sales rose.",
            "Ann Marsh of Derry, a planner who knows the port, said her plans, already costed, would go ahead.",
        ] {
            let found = indirect(text);
            assert!(
                found.iter().all(|(c, _, _)| c != clause
                    && !c.starts_with("Harbor Mills")
                    && !c.starts_with("Ann Marsh")),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_cue_coordinated_with_an_earlier_verb_shares_its_subject() {
        let clause = "the road would reopen on Friday";
        for (text, cue) in [
            (
                "The mayor thanked the crews and said the road would reopen on Friday.",
                "said",
            ),
            (
                "The mayor thanked the crews and then said the road would reopen on Friday.",
                "said",
            ),
            (
                "The mayor defended the closure, saying the road would reopen on Friday.",
                "saying",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, "The mayor", cue), "{text}");
        }
        // Inside the subject, the clause ends before the sentence's own verb.
        assert_eq!(
            indirect("Ann Marsh, who thanked the crews and said the road would reopen on Friday, did not stay for the vote."),
            one(clause, "Ann Marsh", "said")
        );
        // A coordinated cue with an object and no clause reports nothing.
        let text = "The mayor thanked the crews and told them a story about the old bridge.";
        assert_eq!(indirect(text), [], "{text}");
    }

    #[test]
    fn a_share_of_those_polled_is_the_speaker_and_a_comparison_ends_the_clause() {
        let clause = "the ferry was too slow";
        for (text, speaker) in [
            ("74 percent said the ferry was too slow.", "74 percent"),
            (
                "In the poll, 74 percent said the ferry was too slow, compared with 61 percent in March.",
                "74 percent",
            ),
            ("Only 24 percent said the ferry was too slow.", "Only 24 percent"),
            ("Nearly half of voters said the ferry was too slow.", "Nearly half of voters"),
            ("Two-thirds of respondents said the ferry was too slow.", "Two-thirds of respondents"),
            ("Most said the ferry was too slow.", "Most"),
            // "ten" after "in" is the share's head ("4 in 10" is not reached: a numeral before
            // the verb makes "said" a noun).
            ("Four in ten said the ferry was too slow.", "Four in ten"),
            ("In the poll, four in ten said the ferry was too slow.", "four in ten"),
            // The approximator before a count of people is the share's.
            ("About 40 nurses said the ferry was too slow.", "About 40 nurses"),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "said"), "{text}");
        }
        // The share is a group of people.
        let analysis = crate::analyze(
            "74 percent said the ferry was too slow.",
            &crate::Options::default(),
        );
        assert_eq!(
            analysis.quotes[0].speaker.as_ref().map(|s| s.kind),
            Some(crate::analysis::SpeakerKind::Group)
        );
        // "the most" before a participle or an adjective the tagger reads as a verb is no share.
        for text in [
            "The most telling promise the mayor has made is that she will not raise taxes.",
            "It may be the most elaborate and expensive hiring process the city has run.",
        ] {
            assert_eq!(indirect(text), [], "{text}");
        }
    }

    #[test]
    fn a_title_with_its_tie_to_a_place_after_the_clause_is_the_speaker_whole() {
        // "CLAUSE, X said": the subject opens after the comma, so the phrase is the whole
        // title, not the place at its end.
        for (text, clause, speaker, cue) in [
            (
                "The talks will resume in the spring, Peru\u{2019}s Ambassador to Canada said.",
                "The talks will resume in the spring",
                "Peru\u{2019}s Ambassador to Canada",
                "said",
            ),
            (
                "Tom Vale was flying home to bury his father, the Ambassador to Spain confirmed.",
                "Tom Vale was flying home to bury his father",
                "the Ambassador to Spain",
                "confirmed",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, cue), "{text}");
        }
    }

    #[test]
    fn a_document_with_its_author_or_its_sample_reports_its_finding() {
        let clause = "most riders want a new route";
        for (text, speaker) in [
            (
                "A survey by the Derryford Research Institute found that most riders want a new route.",
                "A survey by the Derryford Research Institute",
            ),
            (
                "A new study by Harbor Mills found that most riders want a new route.",
                "A new study by Harbor Mills",
            ),
            (
                "A poll of likely voters found that most riders want a new route.",
                "A poll of likely voters",
            ),
            // After an opening phrase and its comma.
            (
                "In March, a survey by the Derryford Research Institute found that most riders want a new route.",
                "a survey by the Derryford Research Institute",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "found"), "{text}");
        }
        // A person or a body with a tail finds nothing that is speech.
        let text = "The head of the harbor board found that most riders want a new route.";
        assert_eq!(indirect(text), [], "{text}");
    }

    #[test]
    fn declaring_an_act_is_no_speech_but_declaring_a_clause_is() {
        for text in [
            "The governor declared a state of emergency in the coastal towns on Monday.",
            "The mayor declared the bridge open to traffic after a long delay.",
        ] {
            assert_eq!(indirect(text), [], "{text}");
        }
        assert_eq!(
            indirect("The governor declared that the bridge was safe for traffic."),
            one(
                "the bridge was safe for traffic",
                "The governor",
                "declared"
            )
        );
    }

    #[test]
    fn coordinated_nouns_are_one_speaker() {
        let clause = "the talks would resume on Monday";
        for (text, speaker) in [
            ("Officials and diplomats said the talks would resume on Monday.", "Officials and diplomats"),
            (
                "On Friday, harbor officials or their lawyers said the talks would resume on Monday.",
                "harbor officials or their lawyers",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "said"), "{text}");
        }
    }

    #[test]
    fn a_month_between_the_subject_and_the_cue_is_no_part_of_the_speaker() {
        let clause = "the strike would go ahead";
        for (text, speaker) in [
            (
                "The union leader in March said the strike would go ahead.",
                "The union leader",
            ),
            (
                "Tom Vale in March said the strike would go ahead.",
                "Tom Vale",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "said"), "{text}");
        }
        // A phrase with its own tail keeps it whole: its last noun alone is no speaker.
        let found = indirect(
            "Democrats trying to win control of the council in November say the strike would go ahead.",
        );
        assert!(
            found
                .iter()
                .all(|(_, s, _)| s.as_deref() != Some("the council")),
            "{found:?}"
        );
    }

    #[test]
    fn a_semicolon_ends_the_reported_clause() {
        assert_eq!(
            indirect(
                "Ann Marsh said the ferry was late; the council has not agreed to a new timetable."
            ),
            one("the ferry was late", "Ann Marsh", "said")
        );
        // Not where too little would be left.
        assert_eq!(
            indirect("Ann Marsh said yes; the council has not agreed to a new timetable."),
            one(
                "yes; the council has not agreed to a new timetable",
                "Ann Marsh",
                "said"
            )
        );
    }

    #[test]
    fn a_message_sent_with_a_participle_reports_for_its_sender() {
        for (text, speaker, clause) in [
            (
                "Later, the harbor board released a statement saying it would close the pier.",
                "the harbor board",
                "it would close the pier",
            ),
            (
                "Senator Ann Holt issued a statement saying the bridge would reopen on Friday.",
                "Senator Ann Holt",
                "the bridge would reopen on Friday",
            ),
            (
                "The Vale campaign sent a fundraising email Wednesday saying the race was now close.",
                "The Vale campaign",
                "the race was now close",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "saying"), "{text}");
        }
        // A message that is the sentence's subject, not an object, keeps the phrase.
        let found = indirect("The statement saying the bridge would reopen was false.");
        assert!(
            found
                .iter()
                .all(|(_, s, _)| s.as_deref() == Some("The statement")),
            "{found:?}"
        );
    }

    #[test]
    fn a_closing_according_to_keeps_its_documents_tail() {
        for (text, clause, speaker) in [
            (
                "Ann Marsh now has at least 723 votes, according to a count by the Derry Herald.",
                "Ann Marsh now has at least 723 votes",
                "a count by the Derry Herald",
            ),
            (
                "The mayor will speak at the fair later this month, according to a report Tuesday from WDRY, the radio station in Derry.",
                "The mayor will speak at the fair later this month",
                "a report Tuesday from WDRY, the radio station in Derry",
            ),
            // A relative clause after the comma is no part of it.
            (
                "The mayor will speak at the fair, according to a report by the Derry Herald, which did not name its source.",
                "The mayor will speak at the fair",
                "a report by the Derry Herald",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "according to"), "{text}");
        }
    }

    #[test]
    fn a_share_with_its_group_after_of_or_in_is_the_speaker() {
        let clause = "the ferry was too slow";
        for (text, speaker) in [
            // A number before the verb is no bar to its being a verb.
            ("4 in 10 said the ferry was too slow.", "4 in 10"),
            (
                "Four in 10 voters said the ferry was too slow.",
                "Four in 10 voters",
            ),
            (
                "Most in Derry said the ferry was too slow.",
                "Most in Derry",
            ),
            (
                "Half of riders said the ferry was too slow.",
                "Half of riders",
            ),
            (
                "In the poll, about half of riders said the ferry was too slow.",
                "about half of riders",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, "said"), "{text}");
            // (The kind of a share opening with a numeral or an approximator, "4 in 10", "about
            // half of riders", is speaker_kind's: it reads them as a person.)
            if speaker.starts_with('4') || speaker.starts_with("about") {
                continue;
            }
            let analysis = crate::analyze(text, &crate::Options::default());
            assert_eq!(
                analysis.quotes[0].speaker.as_ref().map(|s| s.kind),
                Some(crate::analysis::SpeakerKind::Group),
                "{text}"
            );
        }
        // A count of things, or a phrase with a verb after "of", is no share speaking.
        for text in [
            "The vote was 4 in 10 said the ferry was too slow.",
            "Half of the ferries stopped said the ferry was too slow.",
        ] {
            let found = indirect(text);
            assert!(
                found.iter().all(|(_, s, _)| !s
                    .as_deref()
                    .is_some_and(|s| s.starts_with("4") || s.starts_with("Half"))),
                "{text}: {found:?}"
            );
        }
    }

    #[test]
    fn a_year_between_the_subject_and_the_cue_is_no_part_of_the_speaker() {
        assert_eq!(
            indirect("Tom Vale in 2015 said the ferry was too slow."),
            one("the ferry was too slow", "Tom Vale", "said")
        );
        // Without a subject before the year there is no speaker.
        assert_eq!(indirect("In 2015 said the ferry was too slow."), []);
    }

    #[test]
    fn a_listener_with_a_plural_possessive_is_no_part_of_the_clause() {
        assert_eq!(
            indirect("Officials told Harbors' reporters that the ferry was too slow."),
            one("the ferry was too slow", "Officials", "told")
        );
    }

    #[test]
    fn a_speech_verb_inside_a_compound_after_a_place_is_a_noun() {
        // The speaker is the name with its appositive (the subject's shape before a comma), not
        // the place.
        assert_eq!(
            indirect("Tom Vale, Ann Marsh's Derry state director, said the ferry was too slow."),
            one(
                "the ferry was too slow",
                "Tom Vale, Ann Marsh's Derry state director",
                "said"
            )
        );
        // A verb between a name and a noun is still one: "Tom Vale said voters ...".
        assert_eq!(
            indirect("Tom Vale said voters found the ferry too slow."),
            one("voters found the ferry too slow", "Tom Vale", "said")
        );
    }

    #[test]
    fn a_document_with_a_participle_and_a_time_is_the_speaker_whole() {
        let clause = "the ferry was too slow";
        for (text, speaker, cue) in [
            (
                "New polls released Sunday show the ferry was too slow.",
                "New polls released Sunday",
                "show",
            ),
            (
                "A report published Monday found the ferry was too slow.",
                "A report published Monday",
                "found",
            ),
        ] {
            assert_eq!(indirect(text), one(clause, speaker, cue), "{text}");
        }
        // A person with a participle and a time finds nothing that is speech.
        let text = "Officials questioned Monday found the ferry was too slow.";
        assert!(
            indirect(text)
                .iter()
                .all(|(_, s, _)| s.as_deref() != Some("Officials questioned Monday")),
            "{text}"
        );
    }

    #[test]
    fn a_relative_who_before_the_cue_is_the_speaker() {
        // Written as the pronoun; what it stands for is resolution's (`tests.rs`).
        for (text, speaker, cue) in [
            (
                "The mayor, who told reporters that the ferry was too slow, stayed home.",
                "who",
                "told",
            ),
            (
                "He thanked Ann Marsh, who said the ferry was too slow.",
                "who",
                "said",
            ),
        ] {
            assert_eq!(
                indirect(text),
                one("the ferry was too slow", speaker, cue),
                "{text}"
            );
        }
        // A thing before "which" speaks not; nor does the relative's antecedent when the main
        // clause has a cue of its own.
        let text = "He fixed the pier, which said the ferry was too slow.";
        assert_eq!(indirect(text), [], "{text}");
        let text = "Ann Marsh, who said little, told reporters that the ferry was too slow.";
        assert!(
            indirect(text).iter().all(|(c, _, _)| c != "little"),
            "{text}"
        );
    }

    #[test]
    fn a_document_with_its_own_tail_before_its_maker_finds() {
        for (text, speaker) in [
            (
                "A survey of 2,000 shoppers by the research firm Kantor Insight found that most had switched brands.",
                "A survey of 2,000 shoppers by the research firm Kantor Insight",
            ),
            (
                "A poll of likely voters by the Hartwell Institute found that most backed the plan.",
                "A poll of likely voters by the Hartwell Institute",
            ),
        ] {
            let found = indirect(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
            assert_eq!(found[0].2.as_deref(), Some("found"), "{text}");
        }
        // People hired by a firm are no document: what they found is no speech.
        let text = "Most of the staff hired by the firm found that the hours were long.";
        assert_eq!(indirect(text), [], "{text}");
    }
}
