//! What a quotation is: direct, partial or other.

use super::frame::Frame;
use super::Context;
use crate::analysis::QuoteKind;
use crate::quotes::QuoteSpan;
use crate::segment::TokenKind;
use crate::words::{self, class};

/// Classifies a quotation by where it stands in its sentence and whether a cue frames it.
/// `opens` tells whether the quotation opens its clause ([`opens_clause`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn classify(ctx: &Context, q: &QuoteSpan, frame: Option<&Frame>, opens: bool) -> QuoteKind {
    let inner = ctx.quoted_words(q);
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
        if in_reported_clause(ctx, q) {
            return QuoteKind::Partial;
        }
        return QuoteKind::Direct;
    }
    match frame {
        Some(_) => QuoteKind::Partial,
        None => QuoteKind::Other,
    }
}

/// Whether quotation `q` follows a cue inside a "that" clause another cue reports: "X said in a
/// statement that they hoped “no other family …”". The quotation ends what the writer reports
/// in their own words, so it is partial, though its cue stands right before it (when it opens
/// in lower case: a whole sentence quoted after the cue stays direct).
fn in_reported_clause(ctx: &Context, q: &QuoteSpan) -> bool {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(q.span.start);
    let Some(sentence) = seg.sentences.get(seg.sentence_at(q.span.start)) else {
        return false;
    };
    let start = sentence.first_token as usize;
    // "Witnesses said that he shouted “Get out of the building now!”": a whole sentence, in
    // capitals, is quoted speech; only a clause's end, in lower case, is the writer's report.
    let opens_lower = q
        .span
        .text(ctx.text)
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase);
    opens_lower
        && first >= start + 4
        && ctx.is_cue(first - 1)
        && ctx.pronoun(first - 2).is_some()
        && ctx.word_is_ignore_case(first - 3, "that")
        && (start..first - 3).any(|k| ctx.is_cue(k))
}

/// How many dashes and opening marks [`opens_clause`] looks past.
const MAX_SKIPPED: usize = 32;

/// Whether quotation `q` is the second part of a quotation split by its frame, after
/// `before`: "“We will build it,” said Ann Marsh, “and nobody will stop us.”". Between the two
/// stand only a cue and its speaker, opened by the first part's comma and closed by a comma; the
/// second part closes the sentence. It is then of the first part's kind, though it starts in
/// lower case mid-sentence. In a house style with no stops the cue right after the first part
/// opens the frame and the paragraph's end closes the second part, which must then read as a
/// clause: four words or more, in lower case ("'It is not over yet' says coach Tom Reyes, 'we
/// have three games left'"; not a phrase: "…, calling the plan, 'an insult'").
pub(super) fn continues_split(ctx: &Context, before: &QuoteSpan, q: &QuoteSpan) -> bool {
    let seg = ctx.segments;
    let a = seg.token_at_or_after(before.span.end);
    let b = seg.token_at_or_after(q.span.start);
    if b <= a + 1 || b - a > 12 || b > seg.tokens.len() {
        return false;
    }
    let first = ctx.quoted_words(before);
    let opened_by_comma = first.ends_with(',') || ctx.word_is(a, ",");
    // The frame is closed by a comma, or, when the writer left the comma out, by its speaker's
    // name: "“We were promised a ferry,” said Ms Vane “and …”".
    // Then the second part goes on in lower case ("… who stars in the BBC “Succession Wars.”"
    // is a title), or the name's period ends the sentence ("said in Binghamton, N.Y. “…”").
    let second = ctx.quoted_words(q);
    let closed = ctx.word_is(b - 1, ",")
        || (!ctx.is_cue(b - 1)
            && ctx.mention(b - 1).is_some()
            && (second.starts_with(|c: char| c.is_lowercase()) || ctx.word(b - 1).ends_with('.')));
    let between_is_frame = closed
        && (a..b - 1).any(|k| ctx.is_cue(k))
        && !(a..b).any(|k| ctx.in_quote(k) || matches!(ctx.word(k), "." | "?" | "!" | ";" | ":"));
    let after = seg.token_at_or_after(q.span.end);
    let closes = second.ends_with(['.', '?', '!'])
        || after >= seg.tokens.len()
        || matches!(ctx.word(after), "." | "?" | "!");
    // With no stops: the cue right after the first part, the paragraph's end after the second,
    // and the second part a clause.
    let opened_by_cue = ctx.is_cue(a);
    let ends_paragraph = after >= seg.tokens.len()
        || seg.paragraph_at(seg.tokens[after].span().start) != seg.paragraph_at(q.span.start);
    let clause =
        second.starts_with(|c: char| c.is_lowercase()) && second.split_whitespace().count() >= 4;
    between_is_frame
        && (opened_by_comma && closes
            || (opened_by_comma || opened_by_cue) && (closes || ends_paragraph) && clause)
}

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
        if t.kind() == TokenKind::Punct {
            match w {
                ":" => return true,
                "," => return k > 0 && ctx.is_cue(k - 1),
                w if words::is_dash(w) => continue,
                "(" | "[" | "“" | "‘" | "\"" | "'" => continue,
                _ => return false,
            }
        }
        return ctx.is_cue(k)
            && k + 1 == first
            && !words::is_naming_verb(w)
            && !is_verb_object(ctx, q, sentence.end_token as usize);
    }
    true
}

/// Whether quotation `q`, right after its cue, is the verb's object inside the sentence, which
/// ends at token `end`: it starts in lower case and the sentence's words go on after it
/// ("Conti promised “every resource the state has” to the towns"), so it is a partial quotation,
/// no clause of its own.
fn is_verb_object(ctx: &Context, q: &QuoteSpan, end: usize) -> bool {
    let seg = ctx.segments;
    let after = seg.token_at_or_after(q.span.end);
    let words = ctx.quoted_words(q);
    // A first word all in lower case ("iPhone sales are down" is a clause). A comma or period
    // inside the closing mark says nothing: American copy puts it there after a partial
    // quotation too ("called it “a disaster,” adding …"; review rev47 asked for it, PolNeAR
    // train held out fell 0.0005 with it).
    let first_word = words.split_whitespace().next().unwrap_or("");
    !first_word.is_empty()
        && !first_word.chars().any(|c| c.is_uppercase())
        && first_word.starts_with(|c: char| c.is_lowercase())
        && after < end.min(seg.tokens.len())
        && seg.tokens[after].kind() == TokenKind::Word
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
                || ctx.word_is(first - 1, ":")
                || (ctx.word_is(first - 1, ",") && cue_at(first - 2))
        }
    }
}

/// A title, nickname or name: every longer word capitalised, no sentence punctuation at the end,
/// at most eight words ("The Long Goodbye", "Fox News Sunday", "13th").
fn looks_like_title(inner: &str) -> bool {
    if inner.is_empty() || inner.ends_with(['.', ',', '?', '!', '…', ';', ':']) {
        return false;
    }
    let mut words = 0;
    let mut capitalised = 0;
    for w in inner.split_whitespace() {
        words += 1;
        if words > 8 {
            return false;
        }
        let mut letters = w.chars().filter(|c| c.is_alphanumeric());
        let first = letters.next();
        let short = letters.nth(2).is_none(); // three letters or fewer
        match first {
            Some(c) if c.is_uppercase() => capitalised += 1,
            _ if short => continue, // of, the, a, on, 12
            Some(c) if c.is_ascii_digit() => capitalised += 1,
            _ => return false,
        }
    }
    // One capitalised word alone ("Mocking") is as likely a scare quote as a title: a title needs
    // two words, or a single word that is not a common word.
    capitalised >= 2
        || (capitalised == 1 && words == 1 && !words::is_common_capitalised(inner.trim()))
}

/// A quotation right after "titled", "entitled", "named", "headlined": a title, whatever its case
/// ("a 30-second spot titled “Arrogant”").
fn is_named_title(ctx: &Context, q: &QuoteSpan) -> bool {
    let first = ctx.segments.token_at_or_after(q.span.start);
    first > 0
        && ctx.word_in_ignore_case(
            first - 1,
            &[
                "titled",
                "entitled",
                "named",
                "headlined",
                "nicknamed",
                "dubbed",
            ],
        )
}

/// A web address or handle pasted from an embedded post ("pic.twitter.com", "@carlquintanilla").
fn is_web_handle(inner: &str) -> bool {
    !inner.contains(char::is_whitespace)
        && (inner.contains(".com")
            || inner.contains("://")
            || inner.starts_with('@')
            || inner.starts_with("www."))
}

// The learned kind classifier: whether a quotation is attributed speech (direct or partial) or
// other. Where the rules above disagree with how news copy uses quotation marks (a scare quote in
// an attributed sentence, a chant, a title someone said), a linear model over cheap features of the
// quotation and its surroundings decides. Weights from `data/models/quote_kinds.tsv`, trained by
// `examples/train_attribution.rs` on PolNeAR train.

include!(concat!(env!("OUT_DIR"), "/quote_kinds.rs"));

/// The feature names of the kind classifier, in weight order.
const KIND_FEATURES: &[&str] = &[
    "bias",
    "rule=direct",
    "rule=partial",
    "rule=other",
    "words=1",
    "words=2",
    "words=3-5",
    "words=6-10",
    "words=11-20",
    "words>20",
    "title_like",
    "named_title",
    "web_handle",
    "ends=sentence_mark",
    "ends=comma",
    "ends=other_punct",
    "ends=word",
    "opens_clause",
    "frame=speaker",
    "frame=cue_only",
    "frame=none",
    "before=naming_verb",
    "before=cue_verb",
    "before=determiner",
    "before=preposition",
    "before=colon",
    "before=comma",
    "before=so_called",
    "before=paren",
    "before=start",
    "before=other_word",
    "after=punct",
    "after=cue_verb",
    "after=lower_word",
    "after=capitalised",
    "after=paragraph_end",
    "first_capitalised",
    "all_capitalised",
    "first_person",
    "second_person",
    "name_inside",
    "single_marks",
    "whole_paragraph",
    "sentence_quotes=1",
    "sentence_quotes=2",
    "sentence_quotes=3+",
    "continues",
    "words=1&frame",
    "words=2&frame",
    "words=3-5&frame",
    "words=6-10&frame",
    "words=1&opens",
    "words=2&opens",
    "words=3-5&opens",
    "words=6-10&opens",
    "before=possessive",
    "headline",
    "after=noun",
    "inside_brackets",
    "title_like&after=noun",
    "title_like&before=possessive",
    "possessor_modifier",
];

/// How many tokens before a quotation are searched for an open bracket.
const BRACKET_WINDOW: usize = 40;

/// The index of a feature in [`KIND_FEATURES`], found when compiling (a name not in it fails the
/// build).
macro_rules! kf {
    ($name:literal) => {
        const { super::ranker::index_of(KIND_FEATURES, $name) }
    };
}

/// The names of the kind classifier's features, in weight order.
pub fn kind_feature_names() -> Vec<String> {
    KIND_FEATURES.iter().map(|n| n.to_string()).collect()
}

/// The compiled-in weights, when a trained model is present.
pub fn weights() -> Option<&'static [i16]> {
    (QUOTE_KIND_WEIGHTS.len() == KIND_FEATURES.len()).then_some(&QUOTE_KIND_WEIGHTS[..])
}

/// The kind of a quotation given its classifier features: direct or partial (as it opens its
/// clause or not) when the score is positive, other otherwise.
pub fn decide(features: &[u16], weights: &[i16], opens: bool, rule: QuoteKind) -> QuoteKind {
    // What the rules are sure of stays: a quotation after "titled", a pasted web handle.
    let sure_other = [
        kf!("named_title"),
        kf!("web_handle"),
        kf!("possessor_modifier"),
    ]
    .iter()
    .any(|&i| features.contains(&(i as u16)));
    if sure_other {
        return QuoteKind::Other;
    }
    let score: i32 = features
        .iter()
        .map(|&f| i32::from(weights.get(f as usize).copied().unwrap_or(0)))
        .sum();
    if score <= 0 {
        QuoteKind::Other
    } else if rule != QuoteKind::Other {
        rule
    } else if opens {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

/// Whether token `k` is a possessive: as the POS layer reads it ([`Tag::is_possessive`]: `'s`,
/// "his", "whose"), or a `'s` after a capitalised name the tagger read as a verb ("NBC’s “Evening
/// Desk”"). A `'s` after a pronoun or a lower-case word is "is" ("it's “ruinous”").
///
/// [`Tag::is_possessive`]: crate::pos::Tag::is_possessive
fn is_possessive_at(ctx: &Context, k: usize) -> bool {
    let tag = ctx.tag(k);
    if tag.is_possessive() {
        return true;
    }
    let after_name = k > 0
        && ctx.segments.tokens[k - 1].has(crate::segment::CAPITALIZED)
        && ctx.tag(k - 1).is_noun();
    after_name && matches!(ctx.word(k), "'s" | "’s")
}

/// Whether quotation `q`, whose words are `inner` and whose first token is `first`, is a scare-quoted
/// noun phrase after a possessor and its modifier: "Mayor Alan Pruitt's much-trumpeted “recovery
/// plan”". The modifier is a compound participle ("much-trumpeted", "long-promised") right after
/// the possessive; the quotation is up to four words, a noun phrase with no determiner that starts
/// in lower case and ends with its noun. A noun or a verb after the possessive ("Reagan's policies
/// “voodoo economics”", "the firm's plan was “a test”") leaves the quotation to the classifier.
fn after_possessor_modifier(ctx: &Context, q: &QuoteSpan, first: usize, inner: &str) -> bool {
    let n_words = inner.split_whitespace().count();
    if !(1..=4).contains(&n_words)
        || first < 2
        || !inner.starts_with(|c: char| c.is_lowercase())
        || !inner.ends_with(char::is_alphanumeric)
    {
        return false;
    }
    let modifier = ctx.word(first - 1);
    let compound_participle = modifier.split_once('-').is_some_and(|(a, b)| {
        // "Kerr's oft-quoted “nation of cowards” remark": a participle of speech says the
        // words were the possessor's, a partial quotation.
        !a.is_empty()
            && b.ends_with("ed")
            && !b.contains('-')
            && !matches!(b, "quoted" | "repeated" | "cited" | "stated")
            && !crate::lexicon::is_speech_verb(b)
    }) && modifier.starts_with(|c: char| c.is_lowercase());
    let possessive = is_possessive_at(ctx, first - 2);
    let seg = ctx.segments;
    let (from, to) = (
        seg.token_at_or_after(q.inner.start),
        seg.token_at_or_after(q.inner.end),
    );
    let noun_phrase = (from..to)
        .rev()
        .find(|&k| seg.tokens[k].kind() == TokenKind::Word)
        .is_some_and(|k| ctx.tag(k).is_noun())
        && !(from..to).any(|k| ctx.is(k, class::DETERMINER));
    compound_participle && possessive && noun_phrase
}

/// Pronouns of the first person ("i", "we", "my"…) in a quotation's words, in lower case.
const FIRST_PERSON: [&str; 10] = [
    "i", "we", "my", "our", "me", "us", "i'm", "i’m", "we're", "we’re",
];
/// Pronouns of the second person in a quotation's words, in lower case.
const SECOND_PERSON: [&str; 4] = ["you", "your", "you're", "you’re"];

/// Whether the words of `inner` (runs of letters, digits and apostrophes) include a pronoun of
/// the first person and one of the second, up to ASCII case: one pass over the words for both.
fn persons(inner: &str) -> (bool, bool) {
    let (mut first, mut second) = (false, false);
    for w in inner.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        first = first || crate::words::any_ignore_case(&FIRST_PERSON, w);
        second = second || crate::words::any_ignore_case(&SECOND_PERSON, w);
        if first && second {
            break;
        }
    }
    (first, second)
}

/// The active features of quotation `i` (see [`KIND_FEATURES`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn features(
    ctx: &Context,
    quotes: &[QuoteSpan],
    i: usize,
    frame: Option<&Frame>,
    opens: bool,
    rule: QuoteKind,
) -> Vec<u16> {
    let q = &quotes[i];
    let seg = ctx.segments;
    let mut out: Vec<u16> = Vec::with_capacity(20);
    let mut on = |k: usize| out.push(k as u16);
    on(kf!("bias"));
    on(match rule {
        QuoteKind::Direct => kf!("rule=direct"),
        QuoteKind::Partial => kf!("rule=partial"),
        _ => kf!("rule=other"),
    });
    let inner = ctx.quoted_words(q);
    let n_words = inner.split_whitespace().count();
    on(match n_words {
        0 | 1 => kf!("words=1"),
        2 => kf!("words=2"),
        3..=5 => kf!("words=3-5"),
        6..=10 => kf!("words=6-10"),
        11..=20 => kf!("words=11-20"),
        _ => kf!("words>20"),
    });
    if looks_like_title(inner) {
        on(kf!("title_like"));
    }
    if is_named_title(ctx, q) {
        on(kf!("named_title"));
    }
    if is_web_handle(inner) {
        on(kf!("web_handle"));
    }
    on(if inner.ends_with(['.', '?', '!', '…']) {
        kf!("ends=sentence_mark")
    } else if inner.ends_with(',') {
        kf!("ends=comma")
    } else if inner.ends_with(|c: char| c.is_ascii_punctuation() || c == '—' || c == '–') {
        kf!("ends=other_punct")
    } else {
        kf!("ends=word")
    });
    if opens {
        on(kf!("opens_clause"));
    }
    on(match frame {
        Some(f) if f.speaker.is_some() => kf!("frame=speaker"),
        Some(_) => kf!("frame=cue_only"),
        None => kf!("frame=none"),
    });
    let first = seg.token_at_or_after(q.span.start);
    let end = seg.token_at_or_after(q.span.end);
    let sentence = seg.sentences.get(seg.sentence_at(q.span.start));
    let sentence_start = sentence.map_or(0, |s| s.first_token as usize);
    // The word before the quotation.
    let before = first.checked_sub(1).filter(|&k| k >= sentence_start);
    on(match before {
        None => kf!("before=start"),
        Some(k) => {
            let w = ctx.word(k);
            if ctx.is(k, class::NAMING_VERB) {
                kf!("before=naming_verb")
            } else if ctx.is_cue(k) {
                kf!("before=cue_verb")
            } else if ctx.is(k, class::DETERMINER) {
                kf!("before=determiner")
            } else if ctx.is(k, class::PREPOSITION) || w.eq_ignore_ascii_case("as") {
                kf!("before=preposition")
            } else if w == ":" {
                kf!("before=colon")
            } else if w == "," {
                kf!("before=comma")
            } else if w.eq_ignore_ascii_case("so-called") {
                kf!("before=so_called")
            } else if is_possessive_at(ctx, k) {
                kf!("before=possessive")
            } else if w == "(" {
                kf!("before=paren")
            } else if seg.tokens[k].kind() == TokenKind::Punct {
                kf!("before=start")
            } else {
                kf!("before=other_word")
            }
        }
    });
    // The word after it.
    let paragraph_end = seg
        .paragraphs
        .get(seg.paragraph_at(q.span.start))
        .is_some_and(|p| p.span.end <= q.span.end);
    on(match seg.tokens.get(end) {
        _ if paragraph_end => kf!("after=paragraph_end"),
        None => kf!("after=paragraph_end"),
        Some(t) if t.kind() == TokenKind::Punct => kf!("after=punct"),
        Some(_) if ctx.is_cue(end) => kf!("after=cue_verb"),
        Some(t) if t.has(crate::segment::CAPITALIZED) => kf!("after=capitalised"),
        Some(_) => kf!("after=lower_word"),
    });
    // "the “Fight for 15” movement": a name used as a modifier.
    let after_noun = seg.tokens.get(end).is_some_and(|t| {
        !paragraph_end && !t.has(crate::segment::CAPITALIZED) && t.tag().is_noun()
    });
    if after_noun {
        on(kf!("after=noun"));
    }
    let title = looks_like_title(inner);
    if title && after_noun {
        on(kf!("title_like&after=noun"));
    }
    if title && before.is_some_and(|k| is_possessive_at(ctx, k)) {
        on(kf!("title_like&before=possessive"));
    }
    if !opens && after_possessor_modifier(ctx, q, first, inner) {
        on(kf!("possessor_modifier"));
    }
    // A headline: the text's first paragraph, with no sentence-final mark of its own.
    let para_index = seg.paragraph_at(q.span.start);
    if para_index == 0 && ctx.headline {
        on(kf!("headline"));
    }
    // Looked for within a bounded window, so a sentence with no end costs no more per quotation.
    let open_bracket = (sentence_start.max(first.saturating_sub(BRACKET_WINDOW))..first)
        .rev()
        .find(|&k| ctx.word_is(k, "(") || ctx.word_is(k, ")"));
    if open_bracket.is_some_and(|k| ctx.word_is(k, "(")) {
        on(kf!("inside_brackets"));
    }
    let mut words = inner.split_whitespace();
    let capitalised = |w: &str| {
        w.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_uppercase)
    };
    if words.next().is_some_and(capitalised) {
        on(kf!("first_capitalised"));
    }
    if n_words > 1 && inner.split_whitespace().all(capitalised) {
        on(kf!("all_capitalised"));
    }
    let (first_person, second_person) = persons(inner);
    if first_person {
        on(kf!("first_person"));
    }
    if second_person {
        on(kf!("second_person"));
    }
    if (first + 1..end.saturating_sub(1)).any(|k| ctx.mention(k).is_some()) && n_words <= 4 {
        on(kf!("name_inside"));
    }
    // Single marks (headline style), unless they are the house style of the text (British copy)
    // or the headline's own attribution frames the quotation: "Minister: 'We will not back
    // down'", "Harbour plan 'reckless', says watchdog" (a cue before it, as in "Council Backs
    // 'Quiet Streets Plan'", may as well be a headline's verb).
    let headline_attribution = para_index == 0
        && ctx.headline
        && (opens || frame.is_some_and(|f| f.speaker.is_some() && f.cue_token >= end));
    if super::opens_with_single_mark(ctx.text, q) && !ctx.single_mark_style && !headline_attribution
    {
        on(kf!("single_marks"));
    }
    let para = seg.paragraphs.get(seg.paragraph_at(q.span.start));
    if para.is_some_and(|p| p.span.start == q.span.start && p.span.end <= q.span.end) {
        on(kf!("whole_paragraph"));
    }
    if let Some(s) = sentence {
        // Quotations are ordered by start: two binary searches, not a scan per quotation.
        let n = quotes.partition_point(|o| o.span.start < s.span.end)
            - quotes.partition_point(|o| o.span.start < s.span.start);
        on(match n {
            0 | 1 => kf!("sentence_quotes=1"),
            2 => kf!("sentence_quotes=2"),
            _ => kf!("sentence_quotes=3+"),
        });
    }
    if q.continues.is_some() {
        on(kf!("continues"));
    }
    // The length of a short quotation with its frame, and as it opens its clause.
    let short = match n_words {
        0 | 1 => Some((kf!("words=1&frame"), kf!("words=1&opens"))),
        2 => Some((kf!("words=2&frame"), kf!("words=2&opens"))),
        3..=5 => Some((kf!("words=3-5&frame"), kf!("words=3-5&opens"))),
        6..=10 => Some((kf!("words=6-10&frame"), kf!("words=6-10&opens"))),
        _ => None,
    };
    if let Some((with_frame, opening)) = short {
        if frame.is_some_and(|f| f.speaker.is_some()) {
            on(with_frame);
        }
        if opens {
            on(opening);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod model_tests {
    use super::*;

    #[test]
    fn the_second_part_of_a_split_quotation_is_direct_as_the_first() {
        let kinds = |text: &str| -> Vec<QuoteKind> {
            crate::analyze(text, &crate::Options::default())
                .quotes
                .iter()
                .map(|q| q.kind)
                .collect()
        };
        for text in [
            "“We will build the new pier,” said Mr Hughes, “and nobody in Derry will stop us.”",
            "“We will build the new pier,” Ann Marsh said, “but it will take time and money.”",
        ] {
            assert_eq!(
                kinds(text),
                [QuoteKind::Direct, QuoteKind::Direct],
                "{text}"
            );
        }
        // A fragment that does not close the sentence stays partial.
        let text = "“We will build the new pier,” said Mr Hughes, “come what may” in his words to the board.";
        assert_eq!(kinds(text)[1], QuoteKind::Partial, "{text}");
    }

    #[test]
    fn a_title_has_two_capitalised_words_or_one_uncommon_one() {
        // The feature the kind model reads, tested on its own: the model's weights move with
        // every retrain, the rule does not.
        for title in [
            "Green Deal",
            "Guardians of the Galaxy",
            "Riverfest",
            "Fox News Sunday",
        ] {
            assert!(looks_like_title(title), "{title}");
        }
        for other in [
            "the plan",
            "Green deal",
            "Mocking",
            "We won.",
            "",
            "a b c d e f g h I J",
        ] {
            assert!(!looks_like_title(other), "{other}");
        }
        // Eight words at most: the eighth still makes a title, a ninth does not.
        assert!(looks_like_title(
            "The Day The Harbour Town Stood Still Again"
        ));
        assert!(!looks_like_title(
            "The Day The Harbour Town Stood Still Once Again"
        ));
    }

    #[test]
    fn a_web_address_or_handle_is_one_word_with_a_web_shape() {
        for handle in [
            "@annmarsh",
            "pic.twitter.com/x1y2",
            "https://example.org/a",
            "www.marlow.gov",
        ] {
            assert!(is_web_handle(handle), "{handle}");
        }
        for other in ["annmarsh", "email ann@marlow.com", "Ann Marsh"] {
            assert!(!is_web_handle(other), "{other}");
        }
    }

    /// The kind features of each quotation of `text`, by name.
    fn feature_names_of(text: &str) -> Vec<Vec<&'static str>> {
        let p = crate::pipeline::prepare(text);
        let data = crate::attribution::training_data(
            text,
            &p.segments,
            &p.mentions,
            &p.entities,
            &p.quote_spans,
            crate::attribution::Models::default(),
        );
        data.iter()
            .map(|q| {
                q.kind_features
                    .iter()
                    .map(|&f| KIND_FEATURES[f as usize])
                    .collect()
            })
            .collect()
    }

    #[test]
    fn two_apostrophes_are_a_double_mark_not_single_marks() {
        // Wire copy that types every quotation mark as two apostrophes: its quotations are
        // ordinary speech, unlike a headline's single-quoted fragment.
        let text = "''We will rebuild the pier by May,'' the harbor master said on Tuesday.";
        let f = feature_names_of(text);
        assert_eq!(f.len(), 1);
        assert!(!f[0].contains(&"single_marks"), "{:?}", f[0]);
        let text = "Harbor master vows pier ‘rebuilt by May’\n\n“The work starts soon,” he said.";
        let f = feature_names_of(text);
        assert_eq!(f.len(), 2);
        assert!(f[0].contains(&"single_marks"), "{:?}", f[0]);
        // Where single marks are the house style they tell nothing.
        let text = "The harbor master said the pier would be ‘rebuilt by May’.";
        let f = feature_names_of(text);
        assert_eq!(f.len(), 1);
        assert!(!f[0].contains(&"single_marks"), "{:?}", f[0]);
    }

    #[test]
    fn the_trainer_names_the_features_in_weight_order() {
        let names = kind_feature_names();
        assert_eq!(names.len(), KIND_FEATURES.len());
        assert!(names.iter().zip(KIND_FEATURES).all(|(a, b)| a == b));
    }

    #[test]
    fn first_and_second_person_words_are_found_in_any_case() {
        assert_eq!(persons("We told you so"), (true, true));
        assert_eq!(persons("I’m staying"), (true, false));
        assert_eq!(persons("See YOU there"), (false, true));
        assert_eq!(persons("They left, Iowa won"), (false, false));
    }

    #[test]
    fn a_short_quotation_holding_a_name_has_a_name_inside() {
        // Up to four words: a name inside reads as a label ("the Bob Stone plan"); a longer
        // quotation naming someone is speech about them.
        let text = "Ann Marsh called it “the Bob Stone plan” on Monday.";
        let f = feature_names_of(text);
        assert!(f[0].contains(&"name_inside"), "{:?}", f[0]);
        let text = "Ann Marsh said “we all know Bob Stone will never pay for it” on Monday.";
        let f = feature_names_of(text);
        assert!(!f[0].contains(&"name_inside"), "{:?}", f[0]);
    }

    #[test]
    fn a_cue_right_after_the_quotation_is_the_word_after() {
        let f = feature_names_of("“We won the vote,” said Ann Marsh.");
        assert!(f[0].contains(&"after=cue_verb"), "{:?}", f[0]);
        let f = feature_names_of("“We won the vote,” a tired Ann Marsh said.");
        assert!(!f[0].contains(&"after=cue_verb"), "{:?}", f[0]);
    }

    #[test]
    fn all_capitalised_takes_two_words_or_more() {
        // One capitalised word is a proper noun or a sentence's first word, not a title's shape.
        let f = feature_names_of("The town loves “Riverfest” every summer.");
        assert!(!f[0].contains(&"all_capitalised"), "{:?}", f[0]);
        let f = feature_names_of("The town loves “Harbour Days” every summer.");
        assert!(f[0].contains(&"all_capitalised"), "{:?}", f[0]);
    }

    #[test]
    fn a_number_of_four_digits_counts_as_a_capitalised_word_of_a_title() {
        assert!(looks_like_title("Harbour Fest 2026"));
    }

    #[test]
    fn a_quotation_after_titled_is_a_named_title() {
        let f = feature_names_of("The campaign ran a spot titled “Arrogant” on Monday.");
        assert!(f[0].contains(&"named_title"), "{:?}", f[0]);
    }

    #[test]
    fn two_quotations_in_a_sentence_are_counted_as_two() {
        let f = feature_names_of("Ann Marsh called it “a mess” and “a disgrace” on Monday.");
        assert!(f[0].contains(&"sentence_quotes=2"), "{:?}", f[0]);
    }

    #[test]
    fn model_names_match_the_features() {
        assert!(
            weights().is_some(),
            "data/models/quote_kinds.tsv is out of date: retrain"
        );
        assert_eq!(QUOTE_KIND_NAMES.len(), KIND_FEATURES.len());
        for (a, b) in QUOTE_KIND_NAMES.iter().zip(KIND_FEATURES) {
            assert_eq!(a, b);
        }
    }

    #[test]
    fn a_frame_with_a_cue_and_no_speaker_is_cue_only() {
        // "When asked, “…”": the cue is there, its speaker is not.
        let f = feature_names_of("When asked, “We will rebuild the pier.”");
        assert_eq!(f.len(), 1);
        assert!(f[0].contains(&"frame=cue_only"), "{:?}", f[0]);
        assert!(!f[0].contains(&"frame=speaker"), "{:?}", f[0]);
    }

    #[test]
    fn the_trainer_decides_kinds_without_the_speaker_ranker() {
        // A fragment with no candidate speaker near it: the pipeline, which ranks speakers,
        // makes it "other"; the trainer's data keeps the kind decided before ranking, whatever
        // speaker model it is given, so the kind classifier learns from its own decision.
        let text = "Such a “fee holiday” was said to be popular.";
        let analysis = crate::analyze(text, &crate::Options::default());
        assert_eq!(analysis.quotes.len(), 1);
        assert_eq!(analysis.quotes[0].kind, QuoteKind::Other);
        let data = crate::attribution::training_data_of(text);
        assert_eq!(data.len(), 1);
        assert_eq!(data[0].kind, QuoteKind::Partial);
    }
}
