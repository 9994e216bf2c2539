//! The speaker ranker: a linear model that chooses a quotation's speaker among the candidates the
//! rules propose.
//!
//! The hand-ordered rules ([`super::frame`], carry-over in [`super`]) each propose a speaker; where
//! they disagree, a fixed order trades one case for another. Here every proposal, and every name,
//! pronoun and cue subject near the quotation (and, in its own sentence, the subject of any verb,
//! a possessive or relative pronoun before it), is a candidate described by cheap features (which
//! rule proposed it, what it is, where it stands, whether it is a cue's subject, how often its
//! entity is named…), and the candidate with the highest score `w · f` speaks.
//!
//! The weights are numbers only, learnt on PolNeAR train by `examples/train_speakers.rs`
//! (averaged perceptron, seeded) and compiled in from `data/models/speakers.tsv`. Feature names are
//! listed in that file next to their weights; [`feature_names`] must list the same names in the
//! same order (a unit test checks it).

use super::frame::{self, Frame, Origin, SpeakerPhrase};
use super::{np, Context};
use crate::analysis::{EntityType, QuoteKind};
use crate::pos::Tag;
use crate::quotes::QuoteSpan;
use crate::segment::TokenKind;
use crate::span::Span;
use crate::words::{class, Gender};

include!(concat!(env!("OUT_DIR"), "/speakers.rs"));

/// How many sentences before and after the quotation's own the candidates come from.
const WINDOW_SENTENCES: usize = 1;
/// Most candidates per quotation (the nearest are kept).
const MAX_CANDIDATES: usize = 24;
/// How many tokens before and after the quotation the window reaches at most, so that the work
/// per quotation stays bounded in a "sentence" of thousands of quotations.
const WINDOW_TOKENS: usize = 80;
/// How many other quotations the window reaches past, on each side.
const WINDOW_QUOTES: usize = 3;

/// One possible speaker of a quotation, with its active features.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The phrase as written.
    pub phrase: SpeakerPhrase,
    /// The cue it speaks through, when a rule found one.
    pub cue: Option<Span>,
    /// Active feature indices (see [`feature_names`]), ascending, no repeats.
    pub features: Vec<u16>,
    /// The index of the rules' candidate when it holds this name with more around it ("Jane
    /// Smith, a spokeswoman for …", "Rep. Jane Doe"): the fuller phrase speaks for it, so that
    /// roles and honorifics stay.
    pub fuller: Option<usize>,
}

/// Where a candidate came from: bits of [`Candidate`] origins.
mod source {
    pub const RULE: u32 = 1;
    pub const AFTER: u32 = 1 << 1;
    pub const BEFORE: u32 = 1 << 2;
    pub const TAIL: u32 = 1 << 3;
    pub const SIGNATURE: u32 = 1 << 4;
    pub const COLON: u32 = 1 << 5;
    pub const CUE_SUBJECT: u32 = 1 << 6;
    pub const CUE_OBJECT: u32 = 1 << 7;
    pub const ACCORDING: u32 = 1 << 8;
    pub const MENTION: u32 = 1 << 9;
    pub const PRONOUN: u32 = 1 << 10;
    pub const PREVIOUS_QUOTE: u32 = 1 << 11;
    pub const CARRIED: u32 = 1 << 12;
    pub const NP_SUBJECT: u32 = 1 << 13;
    pub const NP_OBJECT: u32 = 1 << 14;
    /// Not an origin: the rules' phrase was rebuilt as a noun phrase ([`super::np::repair`]).
    pub const REPAIRED: u32 = 1 << 15;
    pub const DESCRIPTION: u32 = 1 << 16;
    pub const EARLIER_SPEAKER: u32 = 1 << 17;
    /// The subject of a verb that is no cue, in the quotation's own sentence ("The retired
    /// surgeon released a statement saying …", "“…,” read one.").
    pub const CLAUSE_SUBJECT: u32 = 1 << 18;
    /// A relative pronoun opening a clause with a verb, standing for the phrase before it
    /// ("Ann Marsh, who called the plan “…”", "the report, which notes “…”").
    pub const RELATIVE: u32 = 1 << 19;
    pub const NAMES: [&str; 20] = [
        "rule",
        "after",
        "before",
        "tail",
        "signature",
        "colon",
        "cue_subject",
        "cue_object",
        "according",
        "mention",
        "pronoun",
        "previous_quote",
        "carried",
        "np_subject",
        "np_object",
        "repaired",
        "description",
        "earlier_speaker",
        "clause_subject",
        "relative",
    ];
}

/// What a candidate is.
const TYPES: [&str; 10] = [
    "person",
    "org",
    "place",
    "norp",
    "he_she",
    "they",
    "it",
    "i_we",
    "source_noun",
    "other",
];
/// Where the candidate's sentence stands from the quotation's.
const RELATIONS: [&str; 6] = [
    "same_sentence",
    "previous_sentence",
    "next_sentence",
    "same_paragraph",
    "previous_paragraph",
    "far",
];
/// Token distance buckets: upper bounds.
const DISTANCES: [usize; 7] = [1, 3, 6, 10, 20, 40, usize::MAX];
/// Single facts.
const FLAGS: [&str; 41] = [
    "before_quote",
    "cue_right_after",
    "cue_right_before",
    "no_cue_in_sentence",
    "cue_between",
    "sentence_opener",
    "entity_once",
    "entity_2_3",
    "entity_4_plus",
    "top_person",
    "previous_speaker",
    "quote_opens_paragraph",
    "clause_break_between",
    "head=proper",
    "head=plural",
    "head=singular",
    "head=pronoun",
    "head=number",
    "tokens=1",
    "tokens=2-3",
    "tokens=4-6",
    "tokens>6",
    "indefinite",
    "object_of_cue",
    // Its grammatical role, read from the words and tags around it (no parser): the object of a
    // preposition or of a verb that is no cue ("said in a statement", "issued a statement
    // saying …"), the subject of a verb, a possessor, an agent ("by"), a name with a relative
    // clause or an appositive, one of two joined by "and", the subject of a "that" clause.
    "after_preposition",
    "after_by",
    "object_of_verb",
    "participle_after",
    "subject_of_verb",
    "possessor",
    "relative_after",
    "conjoined",
    "appositive",
    "after_that",
    // A document ("a statement", "a new radio ad") or a description when a person is named in
    // the quotation's own sentence: usually that person is the source.
    "document_head",
    "document&person_in_sentence",
    "description&person_in_sentence",
    "pronoun&person_in_sentence",
    // A quotation that opens right after the phrase and goes on in lower case continues the
    // phrase's own clause ("Petraeus “was handled …”", "called Ted Cruz “a basket case”"): the
    // phrase is its subject or object, seldom its speaker.
    "runs_into_quote",
    // The phrase and the quotation lie on either side of the comma closing a subordinate clause
    // that opens the sentence ("When Ann Marsh took office, her deputy called it “a mess”").
    "subordinate_apart",
    // The subject of the sentence's first verb, when the last cue before the quotation is a
    // participle after a comma ("Ann Marsh shot back in a statement, saying she was “…”").
    "participle_main_subject",
];
/// The index of a flag in [`FLAGS`], found when compiling (a name not in it fails the build).
macro_rules! fl {
    ($name:literal) => {
        const { index_of(&FLAGS, $name) }
    };
}

/// The index of `name` in `names` (in constant context: see `fl!` and the kind model's `kf!`).
pub(super) const fn index_of(names: &[&str], name: &str) -> usize {
    let mut i = 0;
    while i < names.len() {
        let (a, b) = (names[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a feature name");
}

/// Quotation kinds the conjunctions distinguish.
const KINDS: [&str; 2] = ["direct", "partial"];

/// Offsets of each feature group in the weight vector.
const ORIGIN_AT: usize = 0;
const TYPE_AT: usize = ORIGIN_AT + source::NAMES.len();
const RELATION_AT: usize = TYPE_AT + TYPES.len();
const DISTANCE_AT: usize = RELATION_AT + RELATIONS.len();
const FLAG_AT: usize = DISTANCE_AT + DISTANCES.len();
const KIND_ORIGIN_AT: usize = FLAG_AT + FLAGS.len();
const KIND_TYPE_AT: usize = KIND_ORIGIN_AT + KINDS.len() * source::NAMES.len();
const RELATION_TYPE_AT: usize = KIND_TYPE_AT + KINDS.len() * TYPES.len();
/// Origins of other candidates naming the same entity ("also=rule": the rules chose this entity
/// under another phrase).
const ALSO_AT: usize = RELATION_TYPE_AT + RELATIONS.len() * TYPES.len();
const NONE_AT: usize = ALSO_AT + source::NAMES.len();
/// The features of "no speaker": a bias, and the quotation's kind.
const NONE_FEATURES: [&str; 3] = ["none", "none&direct", "none&partial"];
/// Number of features.
pub const FEATURES: usize = NONE_AT + NONE_FEATURES.len();

/// The features of the "no speaker" choice for a quotation of `kind`.
pub fn none_features(kind: QuoteKind) -> Vec<u16> {
    let k = if kind == QuoteKind::Partial { 2 } else { 1 };
    vec![NONE_AT as u16, (NONE_AT + k) as u16]
}

/// The name of every feature, in weight order.
pub fn feature_names() -> Vec<String> {
    let mut names = Vec::with_capacity(FEATURES);
    names.extend(source::NAMES.iter().map(|n| format!("origin={n}")));
    names.extend(TYPES.iter().map(|n| format!("type={n}")));
    names.extend(RELATIONS.iter().map(|n| format!("relation={n}")));
    names.extend(DISTANCES.iter().map(|d| match d {
        &usize::MAX => "distance>40".to_string(),
        d => format!("distance<={d}"),
    }));
    names.extend(FLAGS.iter().map(|n| n.to_string()));
    for k in KINDS {
        names.extend(source::NAMES.iter().map(|n| format!("{k}&origin={n}")));
    }
    for k in KINDS {
        names.extend(TYPES.iter().map(|n| format!("{k}&type={n}")));
    }
    for r in RELATIONS {
        names.extend(TYPES.iter().map(|n| format!("{r}&type={n}")));
    }
    names.extend(source::NAMES.iter().map(|n| format!("also={n}")));
    names.extend(NONE_FEATURES.iter().map(|n| n.to_string()));
    names
}

/// The compiled-in weights, when a trained model is present.
pub fn weights() -> Option<&'static [i16]> {
    (SPEAKER_WEIGHTS.len() == FEATURES).then_some(&SPEAKER_WEIGHTS[..])
}

/// The score of a candidate under `weights`.
pub fn score(features: &[u16], weights: &[i16]) -> i32 {
    features
        .iter()
        .map(|&f| i32::from(weights.get(f as usize).copied().unwrap_or(0)))
        .sum()
}

/// What the candidates of one quotation are weighed against: its neighbourhood.
pub struct Quotation<'q> {
    /// The quotation.
    pub quote: &'q QuoteSpan,
    /// Its kind so far (direct or partial; other quotations have no speaker).
    pub kind: QuoteKind,
    /// The speaker the rules chose, and whether it was carried over from elsewhere.
    pub rule: Option<SpeakerPhrase>,
    /// Whether the rule's speaker came from carry-over rather than the quotation's own frame.
    pub carried: bool,
    /// The speaker the rules chose for the previous direct or partial quotation.
    pub previous: Option<SpeakerPhrase>,
    /// The cue of the rules' speaker, when its frame has one.
    pub rule_cue: Option<Span>,
    /// The speakers the rules chose for earlier quotations before `previous`, nearest first
    /// (distinct entities or phrases, at most three).
    pub earlier: [Option<SpeakerPhrase>; 3],
}

/// Every candidate speaker of a quotation, with its features.
pub fn candidates(ctx: &Context, q: &Quotation, counts: &EntityCounts) -> Vec<Candidate> {
    // "X was accused of “sitting on” the report": the passive's subject did not say it, and no
    // one in the sentence did; the ranker has no one to choose.
    if q.kind == QuoteKind::Partial && frame::after_passive_naming(ctx, q.quote) {
        return Vec::new();
    }
    let seg = ctx.segments;
    let mut found: Vec<(SpeakerPhrase, Option<Span>, u32)> = Vec::new();
    // The verbs a phrase is the subject of (its span as kept, the verb's token).
    let mut subject_of: Vec<(Span, usize)> = Vec::new();
    // The phrases already repaired for this quotation, with their cue: the rules, the previous
    // speakers and the scan often propose the same phrase.
    let mut repairs: Vec<(SpeakerPhrase, Option<Span>, Option<SpeakerPhrase>)> = Vec::new();
    let mut add = |phrase: SpeakerPhrase, cue: Option<Span>, origin: u32| -> Option<Span> {
        // Every speaker is a name, a pronoun or a noun phrase: a phrase of another shape is
        // rebuilt at its anchor, or dropped (a relative pronoun is one).
        // The rules' phrase may be a relative pronoun too ("the sign, which read “…”").
        let repaired = if origin & source::RELATIVE != 0 || is_relative_pronoun(ctx, phrase) {
            Some(phrase)
        } else if let Some(&(.., done)) = repairs.iter().find(|r| r.0 == phrase && r.1 == cue) {
            done
        } else {
            let done = np::repair(ctx, phrase, cue);
            repairs.push((phrase, cue, done));
            done
        };
        let repaired = repaired?;
        if is_time_phrase(ctx, repaired) {
            return None;
        }
        let origin = if repaired.span == phrase.span {
            origin
        } else {
            origin | source::REPAIRED
        };
        let phrase = repaired;
        if let Some(c) = found.iter_mut().find(|c| c.0.span == phrase.span) {
            c.2 |= origin;
            if c.1.is_none() {
                c.1 = cue;
            }
        } else {
            found.push((phrase, cue, origin));
        }
        Some(phrase.span)
    };
    if let Some(rule) = q.rule {
        let carried = if q.carried { source::CARRIED } else { 0 };
        add(rule, q.rule_cue, source::RULE | carried);
    }
    if let Some(previous) = q.previous {
        add(previous, None, source::PREVIOUS_QUOTE);
    }
    for earlier in q.earlier.into_iter().flatten() {
        add(earlier, None, source::EARLIER_SPEAKER);
    }
    for (origin, frame) in frame::alternatives(ctx, q.quote) {
        let Some(Frame {
            speaker: Some(phrase),
            cue,
            ..
        }) = frame
        else {
            continue;
        };
        let bit = match origin {
            Origin::After => source::AFTER,
            Origin::Before => source::BEFORE,
            Origin::Tail => source::TAIL,
            Origin::Signature => source::SIGNATURE,
            Origin::Colon => source::COLON,
        };
        add(phrase, cue, bit);
    }
    // The window: the quotation's sentences and one more on each side, within its paragraph.
    let first = seg.token_at_or_after(q.quote.span.start);
    let last = seg
        .token_at_or_after(q.quote.span.end)
        .saturating_sub(1)
        .max(first);
    let (Some(s0), Some(s1)) = (ctx.sentence_index(first), ctx.sentence_index(last)) else {
        return Vec::new();
    };
    let paragraph = seg.sentences[s0].paragraph;
    let lo = (s0.saturating_sub(WINDOW_SENTENCES)..=s0)
        .find(|&s| seg.sentences[s].paragraph == paragraph)
        .unwrap_or(s0);
    let hi = (s1..=(s1 + WINDOW_SENTENCES).min(seg.sentences.len() - 1))
        .rev()
        .find(|&s| seg.sentences[s].paragraph == seg.sentences[s1].paragraph)
        .unwrap_or(s1);
    // The window stops `WINDOW_TOKENS` away, or past `WINDOW_QUOTES` other quotations: a
    // speaker is named near their words, and a run of quotations keeps the work bounded.
    let crosses = |k: usize| ctx.in_quote(k) && !ctx.in_quote_span(k, q.quote.span);
    let mut reach_back = first;
    let mut crossed = 0;
    while reach_back > first.saturating_sub(WINDOW_TOKENS) {
        if crosses(reach_back - 1) && !crosses(reach_back) {
            crossed += 1;
            if crossed > WINDOW_QUOTES {
                break;
            }
        }
        reach_back -= 1;
    }
    let mut reach_forward = last + 1;
    crossed = 0;
    while reach_forward < (last + 1 + WINDOW_TOKENS).min(seg.tokens.len()) {
        if crosses(reach_forward) && (reach_forward == 0 || !crosses(reach_forward - 1)) {
            crossed += 1;
            if crossed > WINDOW_QUOTES {
                break;
            }
        }
        reach_forward += 1;
    }
    // The last cue before the quotation in its first sentence, outside quotations.
    let mut last_cue: Option<usize> = None;
    for s in lo..=hi {
        let sentence = seg.sentences[s];
        let (from, to) = (sentence.first_token as usize, sentence.end_token as usize);
        let from_near = from.max(reach_back);
        let to_near = to.min(reach_forward).max(from_near);
        let mut k = from_near;
        let to_scan = to_near;
        while k < to_scan {
            if ctx.in_quote(k) {
                k += 1;
                continue;
            }
            if let Some(m) = ctx.mention(k) {
                let mention = &ctx.mentions[m];
                // The mention covers token `k`, so no token before `k` ends after it.
                let end = seg.token_at_or_after_from(k, mention.span.end).max(k + 1);
                // A nationality before a noun is an adjective ("Republican claims"), not a group.
                let adjective = mention.kind == EntityType::Norp
                    && seg.tokens.get(end).is_some_and(|t| {
                        t.kind() == TokenKind::Word
                            && !t.has(crate::segment::CAPITALIZED)
                            && !ctx.is_cue(end)
                            && !ctx.is(end, class::AUX_OR_ADVERB | class::CLAUSE_WORD)
                    });
                if !adjective
                    && matches!(
                        mention.kind,
                        EntityType::Person | EntityType::Org | EntityType::Norp
                    )
                {
                    let (phrase, _) = frame::name_phrase(ctx, m, to);
                    // "Ann Marsh's claim that the dam was “unsafe”": the possessor, with the claim
                    // it makes, is the source (the name alone is not how the source is written).
                    let phrase = (s == s0 && end < first)
                        .then(|| possessor_of_claim(ctx, phrase, first))
                        .flatten()
                        .unwrap_or(phrase);
                    add(phrase, None, source::MENTION);
                }
                k = end;
                continue;
            }
            if seg.tokens[k].kind() == TokenKind::Word {
                if let Some(gender) = ctx.pronoun(k) {
                    add(
                        SpeakerPhrase::pronoun(seg.tokens[k].span(), gender),
                        None,
                        source::PRONOUN,
                    );
                }
                // A possessive pronoun before the quotation in its own sentence, with the speech
                // noun or document it determines: "her remark that “…”", "his promise to stay
                // “neutral”", "their letter". A possessive alone is never a whole speaker, and one
                // before any other noun names no source ("Her team plans to …", "his knee").
                if (s0..=s1).contains(&s) && k < first && possessive_pronoun(ctx.word(k)).is_some()
                {
                    if let Some(p) = np::possessed_phrase(ctx, k, first.min(to)) {
                        let head = seg.token_at_or_after(p.span.end) - 1;
                        if ctx.is(head, class::CUE_VERB | class::DOCUMENT_OR_BODY) {
                            add(p, None, source::PRONOUN);
                        }
                    }
                }
                // A relative pronoun before the quotation, subject of its clause: "Ann Marsh,
                // who called the plan “…”", "the report, which notes, “…”". It stands for the
                // name right before it, when there is one.
                if k < first && k > from {
                    if let Some(p) = relative_subject(ctx, k) {
                        if !relative_clause_closed(ctx, k, first) {
                            add(p, None, source::RELATIVE);
                        } else if let Some(m) = p.mention {
                            // "Ann Marsh, who …, said": the name is the speaker phrase.
                            add(frame::name_phrase(ctx, m, k).0, None, source::RELATIVE);
                        }
                    }
                }
                // A description of people: "the Florida senator", "many marchers and
                // spectators", "a spokesman for Platte River".
                if ctx.is(k, class::SOURCE_NOUN)
                    && ctx.tag(k).is_noun()
                    && !ctx.tag(k + 1).is_noun()
                {
                    if let Some(p) = np::description_at(ctx, from, k, to) {
                        add(p, None, source::DESCRIPTION);
                    }
                }
                // The subject of any other verb of the quotation's own sentences: the writer
                // often names the source as the subject of a verb that is no speech cue ("The
                // town released a statement …", "The candidate sent an email inviting them to
                // “…”").
                if !ctx.is_cue(k)
                    && (s0..=s1).contains(&s)
                    && k > from
                    && ctx.tag(k).is_finite_verb()
                    && !ctx.tag(k - 1).is_finite_verb()
                    && !is_headline(ctx, s)
                {
                    if let Some(p) = np::cue_subject(ctx, from, k) {
                        if let Some(span) = add(p, None, source::CLAUSE_SUBJECT) {
                            subject_of.push((span, k));
                        }
                    }
                }
                // "People briefed on the talks said": a participle inside the subject of a later
                // cue is no cue of its own.
                if ctx.is_cue(k) && !super::indirect::in_subject(ctx, k, to) {
                    let cue = Some(seg.tokens[k].span());
                    if let Some(p) = frame::subject_before(ctx, from, k) {
                        if let Some(span) = add(p, cue, source::CUE_SUBJECT) {
                            subject_of.push((span, k));
                        }
                    }
                    if let Some(p) = np::cue_subject(ctx, from, k) {
                        if let Some(span) = add(p, cue, source::NP_SUBJECT) {
                            subject_of.push((span, k));
                        }
                    }
                    if s == s0 && k < first {
                        last_cue = Some(k);
                    }
                    if ctx.is(k, class::INVERTING_VERB) {
                        if let Some(p) = frame::phrase_after(ctx, k + 1, to, true) {
                            add(p, cue, source::CUE_OBJECT);
                        }
                        if let Some(p) = np::cue_object(ctx, k + 1, to) {
                            add(p, cue, source::NP_OBJECT);
                        }
                    }
                }
                if ctx.according_to_at(k, to) {
                    let cue = Some(seg.tokens[k].span().cover(seg.tokens[k + 1].span()));
                    if let Some(p) = frame::phrase_after(ctx, k + 2, to, true) {
                        add(p, cue, source::ACCORDING);
                    }
                    if let Some(p) = np::cue_object(ctx, k + 2, to) {
                        add(p, cue, source::ACCORDING | source::NP_OBJECT);
                    }
                }
            }
            k += 1;
        }
    }
    // "Lee weighed in on Tuesday, hours after Ross said he was “…”", "Ross said that Ames was
    // wrong while Lee is “…”": a finite speech verb before the quotation in its sentence, with a
    // subject of its own, frames it. The subject of a verb that is no cue before that verb acted,
    // and one after it, still in its clause (no comma between), is spoken of: neither said it.
    let in_s0 = |k: usize| ctx.sentence_index(k) == Some(s0);
    let framing: Vec<(Span, usize)> = subject_of
        .iter()
        .copied()
        .filter(|&(_, c)| {
            c < first
                && ctx.is(c, class::CORE_SPEECH_VERB)
                && ctx.tag(c).is_finite_verb()
                && in_s0(c)
                && !in_relative_clause(ctx, c)
        })
        .collect();
    if !framing.is_empty() {
        let framed = |span: Span, v: usize| {
            framing
                .iter()
                .any(|&(f, c)| f != span && (v < c || !(c..v).any(|j| ctx.word_is(j, ","))))
        };
        // "“…,” Ross wrote after Lee argued that “…”": a cue right after an earlier quotation is
        // that quotation's; the nearer speech verb frames this one.
        let after_quote = |span: Span| {
            let start = seg.token_at_or_after(span.start);
            start > 1
                && (ctx.in_quote(start - 1)
                    || ctx.word_is(start - 1, ",") && ctx.in_quote(start - 2))
        };
        let framed_cue = |span: Span, v: usize| {
            after_quote(span) && framing.iter().any(|&(f, c)| f != span && v < c)
        };
        // "An email seen by the Herald shows that officials warned “…”": the thing that shows
        // a report is not its speaker when the clause after "that" opens with a subject of its
        // own speech verb.
        let shows_a_report = |span: Span| {
            let v = seg.token_at_or_after(span.end);
            v + 2 < first
                && in_s0(v)
                && super::indirect::is_finding_word(ctx, v, super::indirect::SHOWS)
                && ctx.word_is_ignore_case(v + 1, "that")
                && framing
                    .iter()
                    .any(|&(f, c)| c < first && seg.token_at_or_after(f.start) == v + 2)
        };
        found.retain(|c| c.2 & source::RULE != 0 || !shows_a_report(c.0.span));
        found.retain(|c| {
            c.2 & source::RULE != 0
                || !subject_of.iter().any(|&(span, v)| {
                    span == c.0.span
                        && v < first
                        && in_s0(v)
                        && if ctx.is_cue(v) {
                            framed_cue(span, v)
                        } else {
                            c.2 & (source::CUE_SUBJECT | source::NP_SUBJECT) == 0
                                && c.2 & source::CLAUSE_SUBJECT != 0
                                && framed(span, v)
                        }
                })
        });
    }
    // After the quotation, the writer's next clause ("“…,” but the chief said nothing") names
    // nobody who said it.
    let quote_end = seg.token_at_or_after(q.quote.span.end);
    found.retain(|c| {
        c.2 & source::RULE != 0 || c.0.span.start < q.quote.span.end || {
            let start = seg.token_at_or_after(c.0.span.start);
            !ctx.coordinator_in(quote_end..start.min(seg.tokens.len()))
        }
    });
    // Keep the nearest, so that the work per quotation stays bounded.
    let distance = |p: &SpeakerPhrase| gap(q.quote.span, p.span);
    crate::sort::sort_by_key(&mut found, |c| {
        (c.2 & source::RULE == 0, distance(&c.0), c.0.span.start)
    });
    found.truncate(MAX_CANDIDATES);
    let entity_of = |p: &SpeakerPhrase| p.mention.map(|m| ctx.mentions[m].entity);
    let in_quote_sentences = |p: &SpeakerPhrase| {
        ctx.sentence_index(seg.token_at_or_after(p.span.start))
            .is_some_and(|s| (s0..=s1).contains(&s))
    };
    let person_in_sentence = found.iter().any(|c| {
        c.0.mention
            .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person)
            && in_quote_sentences(&c.0)
    });
    // "Ann Marsh shot back in a statement, saying she was “…”": when that cue is a participle
    // after a comma, the subject of the sentence's first verb before it is the participle's.
    let participle =
        last_cue.filter(|&c| ctx.tag(c) == Tag::Vbg && c > 0 && ctx.word_is(c - 1, ","));
    let sentence_from = seg.sentences[s0].first_token as usize;
    let main_verb = participle.and_then(|c| {
        subject_of
            .iter()
            .map(|&(_, v)| v)
            .filter(|&v| (sentence_from..c).contains(&v))
            .min()
    });
    let at = At {
        s0,
        s1,
        first_token: first,
        end_token: quote_end,
        person_in_sentence,
        subordinate: opening_subordinate_clause(ctx, s0),
        opens_paragraph: seg
            .paragraphs
            .get(seg.paragraph_at(q.quote.span.start))
            .is_some_and(|p| p.span.start == q.quote.span.start),
    };
    let participle_subject =
        |span: Span| main_verb.is_some_and(|m| subject_of.contains(&(span, m)));
    // The rules' phrase (first when the rules proposed one), which may hold a name's fuller
    // phrase.
    let fuller = found
        .first()
        .filter(|c| c.2 & source::RULE != 0)
        .map(|c| c.0);
    // Each candidate's entity, looked up once.
    let entities: Vec<_> = found.iter().map(|c| entity_of(&c.0)).collect();
    found
        .iter()
        .zip(&entities)
        .map(|(&(phrase, cue, origin), &entity)| {
            // What proposed the same entity under other phrases.
            let also = entity.map_or(0, |e| {
                found
                    .iter()
                    .zip(&entities)
                    .filter(|(c, &other)| other == Some(e) && c.0.span != phrase.span)
                    .fold(0, |bits, (c, _)| bits | c.2)
            });
            let fuller = fuller
                .filter(|r| {
                    r.mention.is_some()
                        && r.mention == phrase.mention
                        && r.span != phrase.span
                        && r.span.contains(phrase.span)
                })
                .map(|_| 0);
            let mut features = features(ctx, q, counts, &phrase, Origins { origin, also }, &at);
            if participle_subject(phrase.span) {
                features.push((FLAG_AT + fl!("participle_main_subject")) as u16);
                features.sort_unstable();
            }
            Candidate {
                features,
                phrase,
                cue,
                fuller,
            }
        })
        .collect()
}

/// Whether the verb at token `verb` stands in a relative clause opened after the last comma
/// before it ("Ross, who has told aides he …, said", "…, in which Ross declared"): it frames
/// nothing of the main clause.
fn in_relative_clause(ctx: &Context, verb: usize) -> bool {
    let from = ctx
        .sentence_index(verb)
        .map_or(0, |s| ctx.segments.sentences[s].first_token as usize);
    (from..verb)
        .rev()
        .take_while(|&k| !ctx.word_is(k, ","))
        .any(|k| ctx.word_in_ignore_case(k, &["who", "which", "whom"]))
}

/// Which rules and searches proposed a candidate ([`source`] bits), and which proposed another
/// phrase naming the same entity.
#[derive(Clone, Copy)]
struct Origins {
    origin: u32,
    also: u32,
}

/// What is known of the quotation's own sentences.
struct At {
    /// Its first and last sentence.
    s0: usize,
    s1: usize,
    /// Its first token, and the first token after it.
    first_token: usize,
    end_token: usize,
    /// Whether a candidate in them names a person.
    person_in_sentence: bool,
    /// The first word of a subordinate clause opening its first sentence, and the first token
    /// of the main clause after it.
    subordinate: Option<(usize, usize)>,
    /// Whether the quotation opens its paragraph.
    opens_paragraph: bool,
}

/// Bytes between two spans (0 when they touch or overlap).
fn gap(a: Span, b: Span) -> u32 {
    if b.end <= a.start {
        a.start - b.end
    } else {
        b.start.saturating_sub(a.end)
    }
}

/// How often each entity is named, and the most-named person.
pub struct EntityCounts {
    counts: Vec<u32>,
    top_person: Option<u32>,
}

impl EntityCounts {
    /// Counts the mentions of every entity.
    pub fn new(ctx: &Context) -> EntityCounts {
        let counts: Vec<u32> = ctx
            .entities
            .iter()
            .map(|e| e.mentions.len() as u32)
            .collect();
        let top_person = (0..ctx.entities.len())
            .filter(|&e| ctx.entities[e].kind == EntityType::Person)
            .max_by_key(|&e| (counts[e], std::cmp::Reverse(e)))
            .map(|e| e as u32);
        EntityCounts { counts, top_person }
    }
}

fn features(
    ctx: &Context,
    q: &Quotation,
    counts: &EntityCounts,
    phrase: &SpeakerPhrase,
    Origins { origin, also }: Origins,
    at_quote: &At,
) -> Vec<u16> {
    let seg = ctx.segments;
    let (s0, s1) = (at_quote.s0, at_quote.s1);
    let mut f: Vec<u16> = Vec::with_capacity(40);
    let mut on = |i: usize| f.push(i as u16);
    for (bit, _) in source::NAMES.iter().enumerate() {
        if origin & (1 << bit) != 0 {
            on(ORIGIN_AT + bit);
        }
    }
    // What it is.
    let kind = phrase.mention.map(|m| ctx.mentions[m].kind);
    let first_token = seg.token_at_or_after(phrase.span.start);
    let head = seg
        .token_at_or_after_from(first_token, phrase.span.end)
        .saturating_sub(1);
    let written = phrase.span.text(ctx.text);
    let type_index = match (kind, phrase.pronoun) {
        (Some(EntityType::Person), _) => 0,
        (Some(EntityType::Org), _) => 1,
        (Some(EntityType::Place), _) => 2,
        (Some(_), _) => 3,
        (None, Some(_)) => {
            let is = |list: &[&str]| list.iter().any(|w| written.eq_ignore_ascii_case(w));
            if is(&["he", "she", "his", "her"]) {
                4
            } else if is(&["they", "their"]) {
                5
            } else if is(&["it", "its"]) {
                6
            } else {
                7
            }
        }
        (None, None) if (first_token..=head).any(|k| ctx.is(k, class::SOURCE_NOUN)) => 8,
        (None, None) => 9,
    };
    on(TYPE_AT + type_index);
    // Where it stands.
    let at = ctx.sentence_index(first_token).unwrap_or(0);
    let paragraph = |s: usize| seg.sentences.get(s).map_or(0, |s| s.paragraph);
    let relation = if (s0..=s1).contains(&at) {
        0
    } else if at + 1 == s0 && paragraph(at) == paragraph(s0) {
        1
    } else if at == s1 + 1 && paragraph(at) == paragraph(s1) {
        2
    } else if paragraph(at) == paragraph(s0) {
        3
    } else if paragraph(at) + 1 == paragraph(s0) {
        4
    } else {
        5
    };
    on(RELATION_AT + relation);
    let (quote_first, quote_end) = (at_quote.first_token, at_quote.end_token);
    let before = phrase.span.end <= q.quote.span.start;
    let tokens_between = if before {
        quote_first.saturating_sub(head + 1)
    } else {
        first_token.saturating_sub(quote_end)
    };
    let bucket = DISTANCES
        .iter()
        .position(|&d| tokens_between <= d)
        .unwrap_or(DISTANCES.len() - 1);
    on(DISTANCE_AT + bucket);
    // Single facts, by their index in `FLAGS` (found when compiling: `fl!`).
    let mut flag = |i: usize| f.push((FLAG_AT + i) as u16);
    if before {
        flag(fl!("before_quote"));
    }
    let mut after = head + 1;
    while after < seg.tokens.len() && frame::is_aux_at(ctx, after) {
        after += 1;
    }
    if ctx.is_cue(after) {
        flag(fl!("cue_right_after"));
    }
    if first_token > 0 && ctx.is_cue(first_token - 1) {
        flag(fl!("cue_right_before"));
        // "accuse Clinton's campaign of …", "told reporters": the cue's object, not its speaker.
        if !ctx.is(first_token - 1, class::INVERTING_VERB) {
            flag(fl!("object_of_cue"));
        }
    }
    if let Some(sentence) = seg.sentences.get(at) {
        let next_cue = ctx.next_cue(sentence.first_token as usize);
        if next_cue.is_none_or(|c| c >= sentence.end_token as usize) {
            flag(fl!("no_cue_in_sentence"));
        }
        let opener = (sentence.first_token as usize..first_token)
            .all(|k| seg.tokens[k].kind() == TokenKind::Punct);
        let same_sentence = (s0..=s1).contains(&at);
        if opener && !(same_sentence && opens_an_earlier_clause(ctx, head + 1, quote_first, before))
        {
            flag(fl!("sentence_opener"));
        }
    }
    let (lo, hi) = if before {
        (head + 1, quote_first)
    } else {
        (quote_end, first_token)
    };
    let between = lo..hi.min(seg.tokens.len());
    // The cues from `lo` on (a binary search), rather than every token between.
    let mut cue = ctx.next_cue(between.start);
    while let Some(c) = cue.filter(|&c| c < between.end && ctx.in_quote(c)) {
        cue = ctx.next_cue(c + 1);
    }
    if cue.is_some_and(|c| c < between.end) {
        flag(fl!("cue_between"));
    }
    // "… “absolute evidence,” but the chief said nothing": the writer's next clause.
    if ctx.clause_break_in(between.clone()) {
        flag(fl!("clause_break_between"));
    }
    if let Some(m) = phrase.mention {
        let entity = ctx.mentions[m].entity;
        match counts.counts.get(entity as usize).copied().unwrap_or(0) {
            0 | 1 => flag(fl!("entity_once")),
            2 | 3 => flag(fl!("entity_2_3")),
            _ => flag(fl!("entity_4_plus")),
        }
        if counts.top_person == Some(entity) {
            flag(fl!("top_person"));
        }
        let previous_entity = q
            .previous
            .and_then(|p| p.mention)
            .map(|m| ctx.mentions[m].entity);
        if previous_entity == Some(entity) {
            flag(fl!("previous_speaker"));
        }
    }
    if phrase.pronoun.is_some() {
        flag(fl!("head=pronoun"));
    } else {
        flag(match (kind, ctx.tag(head)) {
            (Some(_), _) | (None, Tag::Nnp | Tag::Nnps) => fl!("head=proper"),
            (None, Tag::Nns) => fl!("head=plural"),
            (None, Tag::Cd) => fl!("head=number"),
            (None, Tag::Prp) => fl!("head=pronoun"),
            _ => fl!("head=singular"),
        });
    }
    flag(match head + 1 - first_token.min(head) {
        0 | 1 => fl!("tokens=1"),
        2 | 3 => fl!("tokens=2-3"),
        4..=6 => fl!("tokens=4-6"),
        _ => fl!("tokens>6"),
    });
    if ctx.word_in_ignore_case(first_token, &["a", "an", "one", "another", "some"]) {
        flag(fl!("indefinite"));
    }
    // Its grammatical role (see `FLAGS`).
    let outside = |k: usize| k < seg.tokens.len() && !ctx.in_quote(k);
    let is_word = |k: usize, list: &[&str]| list.iter().any(|w| ctx.word_is_ignore_case(k, w));
    if first_token > 0 && outside(first_token - 1) {
        let before = first_token - 1;
        if is_word(before, &["by"]) {
            flag(fl!("after_by"));
        } else if ctx.is(before, class::PREPOSITION) {
            flag(fl!("after_preposition"));
        }
        if ctx.tag(before).is_verb() && !ctx.is_cue(before) {
            flag(fl!("object_of_verb"));
        }
        if is_word(before, &["and", "or"]) {
            flag(fl!("conjoined"));
        }
        if is_word(before, &["that"]) {
            flag(fl!("after_that"));
        }
        // "Ben Jealous, the former president of the NAACP, said": a description beside a name.
        if ctx.word_is(before, ",")
            && before > 0
            && (ctx.mention(before - 1).is_some() || ctx.tag(before - 1).is_noun())
        {
            flag(fl!("appositive"));
        }
    }
    if ctx.tag(after) == Tag::Vbg && ctx.is_cue(after) {
        flag(fl!("participle_after"));
    }
    if ctx.tag(after).is_finite_verb() && !ctx.is_cue(after) && outside(after) {
        flag(fl!("subject_of_verb"));
    }
    if outside(head + 1) {
        let next = head + 1;
        if is_word(next, &["'s", "’s", "'", "’"]) || possessive_pronoun(written).is_some() {
            flag(fl!("possessor"));
        }
        if is_word(next, &["and", "or"]) {
            flag(fl!("conjoined"));
        }
        let relative = |k: usize| outside(k) && is_word(k, &["who", "which", "whose"]);
        if relative(next) || (ctx.word_is(next, ",") && relative(next + 1)) {
            flag(fl!("relative_after"));
        }
    }
    if let Some((open, main)) = at_quote.subordinate.filter(|_| relation == 0) {
        let phrase_in = (open..main).contains(&first_token);
        let quote_in = quote_first > open && quote_end <= main;
        if (phrase_in && quote_first >= main) || (quote_in && first_token >= main) {
            flag(fl!("subordinate_apart"));
        }
    }
    if before && tokens_between == 0 && continues_in_lower_case(ctx, quote_first, quote_end) {
        flag(fl!("runs_into_quote"));
    }
    let document = phrase.mention.is_none() && ctx.is(head, class::DOCUMENT_OR_BODY);
    if document {
        flag(fl!("document_head"));
    }
    if at_quote.person_in_sentence && kind != Some(EntityType::Person) {
        if document {
            flag(fl!("document&person_in_sentence"));
        } else if phrase.pronoun.is_some() {
            flag(fl!("pronoun&person_in_sentence"));
        } else if phrase.mention.is_none() {
            flag(fl!("description&person_in_sentence"));
        }
    }
    if at_quote.opens_paragraph {
        flag(fl!("quote_opens_paragraph"));
    }
    // Conjunctions.
    let kind_index = usize::from(q.kind == QuoteKind::Partial);
    for (bit, _) in source::NAMES.iter().enumerate() {
        if origin & (1 << bit) != 0 {
            f.push((KIND_ORIGIN_AT + kind_index * source::NAMES.len() + bit) as u16);
        }
    }
    f.push((KIND_TYPE_AT + kind_index * TYPES.len() + type_index) as u16);
    f.push((RELATION_TYPE_AT + relation * TYPES.len() + type_index) as u16);
    for (bit, _) in source::NAMES.iter().enumerate() {
        if also & (1 << bit) != 0 {
            f.push((ALSO_AT + bit) as u16);
        }
    }
    f.sort_unstable();
    f.dedup();
    f
}

/// Words that open a subordinate clause before the main one ("When …, …", "Even after …, …").
const SUBORDINATORS: [&str; 14] = [
    "when", "after", "while", "although", "though", "before", "since", "if", "because", "once",
    "until", "unless", "whereas", "as",
];

/// How far [`opening_subordinate_clause`] looks for the comma that closes the clause.
const MAX_SUBORDINATE_CLAUSE: usize = 40;

/// The first word of a subordinate clause that opens sentence `s` ("When Ann Marsh took office,
/// …", "After the vote was counted, …"), and the first token of the main clause after it: the
/// clause closes at a comma with a finite verb before it (a comma before the verb sets off a
/// phrase inside the clause: "While Ann Marsh, the mayor, backed it, …"), outside quotations or
/// ending one ("After Ann Marsh called it “a mess,” Bob Stone …"), or at the end of a quotation
/// its cue opens with a comma ("When someone shouted, “Cruz,” Ann Marsh joked": the words are
/// the clause's). One opened by "as" with a cue in it ("As Ann Marsh said, …") is left
/// out: its subject is often the speaker of what follows.
fn opening_subordinate_clause(ctx: &Context, s: usize) -> Option<(usize, usize)> {
    let seg = ctx.segments;
    let sentence = seg.sentences.get(s)?;
    let end = (sentence.end_token as usize).min(seg.tokens.len());
    let mut open =
        (sentence.first_token as usize..end).find(|&k| seg.tokens[k].kind() != TokenKind::Punct)?;
    if ctx.word_is_ignore_case(open, "even") {
        open += 1;
    }
    if open >= end || ctx.in_quote(open) || !ctx.word_in_ignore_case(open, &SUBORDINATORS) {
        return None;
    }
    let as_clause = ctx.word_is_ignore_case(open, "as");
    let mut verb = false;
    for k in open + 1..end.min(open + MAX_SUBORDINATE_CLAUSE) {
        if ctx.in_quote(k) {
            // "After Ann Marsh called it “a disgrace,” the mayor …": the comma closing the
            // quotation, at its end, closes the clause; not one with no subject of its own
            // ("After calling it “a disgrace,” the mayor …": its subject is the mayor).
            if verb && ctx.word_is(k, ",") && ctx.tag(open + 1) != Tag::Vbg {
                let mut main = k + 1;
                while main < end
                    && ctx.in_quote(main)
                    && seg.tokens[main].kind() == TokenKind::Punct
                {
                    main += 1;
                }
                if main < end && !ctx.in_quote(main) {
                    return Some((open, main));
                }
            }
            continue;
        }
        if ctx.word_is(k, ",") {
            if verb && ctx.is_cue(k - 1) && ctx.in_quote(k + 1) {
                let mut main = k + 1;
                while main < end && ctx.in_quote(main) {
                    main += 1;
                }
                return Some((open, main));
            }
            // "While Ann Marsh, the mayor, …": a comma before the clause's verb sets off a
            // phrase inside it. "As Ann Marsh, the mayor, put it, …" is left out, as above.
            if verb {
                return Some((open, k + 1));
            }
            if as_clause {
                return None;
            }
            continue;
        }
        if as_clause && ctx.is_cue(k) {
            return None;
        }
        verb |= ctx.tag(k).is_finite_verb() || frame::is_aux_at(ctx, k);
    }
    None
}

/// Whether the quotation at tokens `first..end` goes on in lower case: its first word (past its
/// marks) starts with a lower-case letter.
fn continues_in_lower_case(ctx: &Context, first: usize, end: usize) -> bool {
    let seg = ctx.segments;
    (first..end.min(seg.tokens.len()))
        .find(|&k| seg.tokens[k].kind() != TokenKind::Punct)
        .is_some_and(|k| ctx.word(k).chars().next().is_some_and(char::is_lowercase))
}

/// Whether the relative clause opened at token `k` closes before token `first` (the quotation's):
/// its own finite verb, then a comma and the main clause's verb ("the Coastal Trust, a charity
/// that manages the dunes, said the plan was “reckless”"). The quotation is then the main
/// clause's: a pronoun right after a name stands for the subject ("Ann Marsh, who …, said": the
/// name is the speaker phrase), but one after a description inside an appositive stands for the
/// appositive, not for the subject it describes.
fn relative_clause_closed(ctx: &Context, k: usize, first: usize) -> bool {
    let mut own_verb = false;
    for j in k + 1..first.min(k + MAX_RELATIVE_CLAUSE) {
        if ctx.in_quote(j) {
            return false;
        }
        // A comma, a dash, or "--" (two tokens) closes the clause.
        let dashes = ctx.word_is(j, "-") && ctx.word_is(j - 1, "-");
        if ctx.word_in_ignore_case(j, &[",", "—", "–"]) || dashes {
            // The main clause's verb, which the tagger may read as a participle ("Ann Marsh,
            // who backs the plan, trashed it").
            if own_verb && j + 1 < first {
                return ctx.tag(j + 1).is_finite_verb()
                    || ctx.tag(j + 1) == Tag::Vbn
                    || frame::is_aux_at(ctx, j + 1);
            }
        } else if ctx.tag(j).is_finite_verb() {
            own_verb = true;
        }
    }
    false
}

/// How far [`relative_clause_closed`] looks for the comma that closes a relative clause.
const MAX_RELATIVE_CLAUSE: usize = 24;

/// The relative pronoun at token `k` as a speaker phrase, when it opens a clause as its subject
/// ("who said", "which, like others, notes", "a letter that called"), standing for the name
/// (a person or organisation) right before it or before its comma.
pub(super) fn relative_subject(ctx: &Context, k: usize) -> Option<SpeakerPhrase> {
    let relative = match ctx.tag(k) {
        Tag::Wp => ctx.word(k).eq_ignore_ascii_case("who"),
        Tag::Wdt => {
            let w = ctx.word(k);
            w.eq_ignore_ascii_case("which")
                || (w.eq_ignore_ascii_case("that") && ctx.tag(k - 1).is_noun())
        }
        _ => false,
    };
    // Most tokens are no relative pronoun: answered by the tag alone.
    if !relative {
        return None;
    }
    let next = ctx.tag(k + 1);
    // "critics who last week called it …": a time phrase before the clause's verb.
    let timed_verb = || {
        super::np::time_phrase_end(ctx, k + 1, k + 4)
            .is_some_and(|e| ctx.tag(e).is_finite_verb() || frame::is_aux_at(ctx, e))
    };
    // "Which Will claims …": a name read as a modal is the clause's subject, not its verb.
    let name_next = ctx
        .mention(k + 1)
        .is_some_and(|m| matches!(ctx.mentions[m].kind, EntityType::Person | EntityType::Org));
    if ctx.in_quote(k + 1)
        || name_next
        || !(next.is_finite_verb()
            || ctx.word_is(k + 1, ",")
            || frame::is_aux_at(ctx, k + 1)
            || timed_verb())
    {
        return None;
    }
    let before = if ctx.word_is(k - 1, ",") && k >= 2 {
        k - 2
    } else {
        k - 1
    };
    // "discussing who deserves credit", "asked about who said it": a question, not a relative
    // clause; nothing before it is what the pronoun stands for.
    if ctx.tag(before).is_verb() || ctx.is(before, class::PREPOSITION) {
        return None;
    }
    // "A nurse at Halvard Hospital, who …": a name ending a description's tail is not what the
    // pronoun stands for; the description is (see `resolve::relative_antecedent`).
    let from = ctx.sentence_of(k).map_or(0, |s| s.first_token as usize);
    let mention = ctx
        .mention(before)
        .filter(|&m| matches!(ctx.mentions[m].kind, EntityType::Person | EntityType::Org))
        .filter(|_| {
            frame::described_with_tail(ctx, from, before + 1).is_none_or(|d| d.mention.is_some())
        });
    Some(SpeakerPhrase {
        span: ctx.segments.tokens[k].span(),
        mention,
        pronoun: None,
    })
}

/// Whether `phrase` is one relative pronoun ("who", "which", "that" as [`relative_subject`] makes
/// it).
pub(super) fn is_relative_pronoun(ctx: &Context, phrase: SpeakerPhrase) -> bool {
    let seg = ctx.segments;
    let a = seg.token_at_or_after(phrase.span.start);
    // The tag first: it tells most phrases apart without a walk to the phrase's end.
    phrase.span.start < phrase.span.end
        && matches!(ctx.tag(a), Tag::Wp | Tag::Wdt)
        && seg.token_at_or_after_from(a, phrase.span.end) == a + 1
}

/// Nouns of a claim a possessor makes ("Ann Marsh's *assertion* that …"), beside the speech
/// verbs' nouns ("claim", "pledge", "remark"); one plural `s` is stripped before comparing.
const CLAIM_NOUNS: &[&str] = &[
    "accusation",
    "allegation",
    "argument",
    "assertion",
    "assumption",
    "charge",
    "conclusion",
    "contention",
    "declaration",
    "description",
    "insistence",
    "prediction",
    "proposal",
    "question",
    "response",
    "slogan",
    "statement",
    "suggestion",
    "view",
    "vow",
];

/// The longest run of modifiers between a possessive and its claim noun ("Lee's most
/// surprising recent suggestion").
const MAX_CLAIM_MODIFIERS: usize = 3;

/// The name `name` with its possessive and the claim noun it determines, when the quotation at
/// token `first` is in what the claim says: "Ann Marsh's claim that the dam was “unsafe”",
/// "Lee's controversial pledge to stay “neutral”", "Ross's most surprising suggestion was that
/// …", "Lee's response was: “…”". A claim the quotation judges ("Lee's claim was “false”") or
/// names ("calling Lee's charge “absurd”") is no source of it.
fn possessor_of_claim(ctx: &Context, name: SpeakerPhrase, first: usize) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let s = seg.token_at_or_after(name.span.end);
    if s + 2 >= first || !ctx.word_in_ignore_case(s, &["'s", "’s"]) {
        return None;
    }
    let mut head = None;
    for j in s + 1..(s + 2 + MAX_CLAIM_MODIFIERS).min(first) {
        let tag = ctx.tag(j);
        let word = ctx.word(j);
        let singular = word.strip_suffix('s').unwrap_or(word);
        if tag.is_noun()
            && (ctx.is(j, class::CUE_VERB)
                || CLAIM_NOUNS
                    .iter()
                    .any(|n| n.eq_ignore_ascii_case(word) || n.eq_ignore_ascii_case(singular)))
        {
            head = Some(j);
            break;
        }
        if seg.tokens[j].kind() != TokenKind::Word || ctx.is_cue(j) {
            return None;
        }
    }
    let head = head?;
    let next = head + 1;
    let opens_content = ctx.word_in_ignore_case(next, &["that", "of", "to", "against", ":"])
        || ctx.word_in_ignore_case(next, &["is", "was"])
            && ctx.word_in_ignore_case(next + 1, &["that", ":"]);
    // "Ann Marsh's charge of “dangerous driving”" is most often one laid against her: a charge
    // is hers only when it says something ("Lee's charge that …").
    let charge = ctx.word_in_ignore_case(head, &["charge", "charges"]);
    if !opens_content || next >= first || charge && !ctx.word_in_ignore_case(next, &["that"]) {
        return None;
    }
    Some(SpeakerPhrase {
        span: name.span.cover(seg.tokens[head].span()),
        ..name
    })
}

/// A phrase of time with no name in it, a determiner (or "last", "next", "past", "early",
/// "late") and a word of time: "concluded *this year*", "said *last week*". It says when, never
/// who.
fn is_time_phrase(ctx: &Context, phrase: SpeakerPhrase) -> bool {
    if phrase.mention.is_some() {
        return false;
    }
    let seg = ctx.segments;
    let a = seg.token_at_or_after(phrase.span.start);
    seg.token_at_or_after_from(a, phrase.span.end) == a + 2
        && (ctx.is(a, class::DETERMINER)
            || ctx.word_in_ignore_case(a, &["last", "next", "past", "early", "late"]))
        && ctx.is(a + 1, class::TIME_WORD)
        && ctx.mention(a + 1).is_none_or(|m| {
            !matches!(
                ctx.mentions[m].kind,
                EntityType::Person | EntityType::Org | EntityType::Norp
            )
        })
}

/// The gender of a possessive pronoun that can stand for a source ("his", "her", "their",
/// "its").
fn possessive_pronoun(w: &str) -> Option<Gender> {
    if w.eq_ignore_ascii_case("his") {
        Some(Gender::Male)
    } else if w.eq_ignore_ascii_case("her") {
        Some(Gender::Female)
    } else if w.eq_ignore_ascii_case("their") || w.eq_ignore_ascii_case("its") {
        Some(Gender::Unknown)
    } else {
        None
    }
}

/// Whether the clause a candidate opens ends before the quotation's own clause, which has a cue
/// with a subject of its own: "Critics called the plan “reckless”, while the Treasury insisted
/// it was “fair”" — "Critics" opens the sentence, but "fair" is the Treasury's. `from..to` are the
/// tokens between the candidate and the quotation after it.
fn opens_an_earlier_clause(ctx: &Context, from: usize, to: usize, before: bool) -> bool {
    if !before || from >= to {
        return false;
    }
    let Some(b) = ctx.last_clause_break_in(from..to) else {
        return false;
    };
    // The first cue after the break, with a subject right after the break ("while the Treasury
    // insisted"): not a cue sharing the first subject ("and said that her campaign would
    // continue"), nor one in a relative clause ("and the roads of what we call …").
    let Some(c) = (b + 1..to).find(|&c| ctx.is_cue(c) && !ctx.in_quote(c)) else {
        return false;
    };
    let starts_after_break =
        |p: SpeakerPhrase| ctx.segments.token_at_or_after(p.span.start) == b + 1;
    frame::subject_before(ctx, b + 1, c).is_some_and(starts_after_break)
        || np::cue_subject(ctx, b + 1, c).is_some_and(starts_after_break)
}

/// Whether token `k` is in a headline (see [`is_headline`]).
#[cfg(test)]
fn in_headline(ctx: &Context, k: usize) -> bool {
    ctx.sentence_index(k).is_some_and(|i| is_headline(ctx, i))
}

/// Whether sentence `i` is a headline: a sentence that is its paragraph alone and ends in no
/// sentence punctuation ("Flood defences 'will not be ready' until 2030"). The tagger reads
/// title case badly ("defences" as a verb), and a headline names no source by a verb that is no
/// cue, so its words propose no clause subject. The scan knows each token's sentence, so asks
/// this without a search per verb.
fn is_headline(ctx: &Context, i: usize) -> bool {
    let sentences = &ctx.segments.sentences;
    let s = &sentences[i];
    let alone = (i == 0 || sentences[i - 1].paragraph != s.paragraph)
        && sentences
            .get(i + 1)
            .is_none_or(|n| n.paragraph != s.paragraph);
    let last = s.end_token as usize - 1;
    let closed = matches!(ctx.word(last), "." | "?" | "!" | ":")
        || ctx.in_quote(last)
        || matches!(ctx.word(last), "\"" | "”" | "’" | "'");
    alone && !closed
}

/// A word that joins two clauses: "but", "and", "while", "whereas", "although", "yet".
pub(crate) fn is_coordinator(w: &str) -> bool {
    crate::words::any_ignore_case(
        &[
            "but", "and", "while", "whereas", "although", "yet", "though",
        ],
        w,
    )
}

/// Index of the best candidate under `weights`, or `None` when "no speaker" scores higher (a
/// wrong speaker is worse than none); ties go to the earlier candidate (the rule's choice comes
/// first).
pub fn best(candidates: &[Candidate], weights: &[i16], kind: QuoteKind) -> Option<usize> {
    let mut best: Option<(usize, i32)> = None;
    for (i, c) in candidates.iter().enumerate() {
        let s = score(&c.features, weights);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((i, s));
        }
    }
    let none = score(&none_features(kind), weights);
    best.filter(|&(_, s)| s >= none)
        .map(|(i, _)| candidates[i].fuller.unwrap_or(i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_names_match_the_features() {
        assert!(
            weights().is_some(),
            "data/models/speakers.tsv is out of date: retrain"
        );
        if SPEAKER_NAMES.is_empty() {
            return; // no trained model compiled in
        }
        let names = feature_names();
        assert_eq!(SPEAKER_NAMES.len(), names.len());
        for (a, b) in SPEAKER_NAMES.iter().zip(&names) {
            assert_eq!(a, b);
        }
    }

    #[test]
    fn each_origin_bit_is_its_name_s_index() {
        // `features` turns origin bit `i` into the feature named `NAMES[i]`.
        use source::*;
        let bits = [
            RULE,
            AFTER,
            BEFORE,
            TAIL,
            SIGNATURE,
            COLON,
            CUE_SUBJECT,
            CUE_OBJECT,
            ACCORDING,
            MENTION,
            PRONOUN,
            PREVIOUS_QUOTE,
            CARRIED,
            NP_SUBJECT,
            NP_OBJECT,
            REPAIRED,
            DESCRIPTION,
            EARLIER_SPEAKER,
            CLAUSE_SUBJECT,
            RELATIVE,
        ];
        assert_eq!(bits.len(), NAMES.len());
        for (i, bit) in bits.into_iter().enumerate() {
            assert_eq!(bit, 1 << i, "{}", NAMES[i]);
        }
    }

    /// The speaker candidates of each quotation of `text`, as the ranker sees them: the phrase
    /// as written and the names of its active features.
    fn candidates_of(text: &str) -> Vec<Vec<(String, Vec<String>)>> {
        let names = feature_names();
        crate::attribution::training_data_of(text)
            .iter()
            .map(|q| {
                q.candidates
                    .iter()
                    .map(|(s, f)| {
                        let f = f.iter().map(|&i| names[i as usize].clone()).collect();
                        (s.span.text(text).to_string(), f)
                    })
                    .collect()
            })
            .collect()
    }

    /// The feature names of the candidate written `phrase` of quotation `quote` of `text` (it
    /// must be a candidate).
    fn features_of(text: &str, quote: usize, phrase: &str) -> Vec<String> {
        let all = candidates_of(text);
        all[quote]
            .iter()
            .find(|(p, _)| p == phrase)
            .map(|(_, f)| f.clone())
            .unwrap_or_else(|| panic!("{phrase:?} is no candidate of {:?}", all[quote]))
    }

    /// The window reaches back past `WINDOW_QUOTES` other quotations and stops at the next: a
    /// name before that many quoted words (and no phrase of the rules) is still a candidate of
    /// the quotation after them, a name before one more is not.
    #[test]
    fn the_window_reaches_back_past_as_many_quotations_as_it_allows_and_no_more() {
        for (n, reached) in [(WINDOW_QUOTES, true), (WINDOW_QUOTES + 1, false)] {
            let items: Vec<String> = (1..=n).map(|i| format!("“rule {i}”")).collect();
            let text = format!(
                "At a meeting with Bob Stone, Ann Marsh listed {} as the demands. “We will not \
                 back down.”",
                items.join(", ")
            );
            let all = candidates_of(&text);
            assert_eq!(all.len(), n + 1, "{text}");
            let last = &all[n];
            assert!(!last.is_empty(), "{text}: {last:?}");
            assert_eq!(
                last.iter().any(|(p, _)| p == "Bob Stone"),
                reached,
                "{text}: {last:?}"
            );
        }
    }

    #[test]
    fn a_phrase_of_time_after_the_cue_is_no_candidate() {
        // "“…,” a survey by the Wren Institute concluded this year": "this year" says when.
        let text =
            "Voters now see the governor as a “builder” more than as a “healer,” a study by \
                    a noted Wren economist, Dana E. Ortiz, concluded this year.";
        let all = candidates_of(text);
        assert!(!all.is_empty());
        for q in &all {
            assert!(q.iter().all(|(p, _)| p != "this year"), "{q:?}");
        }
    }

    #[test]
    fn a_phrase_of_time_with_last_or_next_is_no_candidate() {
        // "said last week the files were “…”": "last week" is no object of the cue, nor any
        // other phrase of time opened by "last", "next" or "past".
        for (text, time) in [
            (
                "Senator Dana Ortiz, who chairs the panel, said last week the files were \
                 “top secret.”",
                "last week",
            ),
            (
                "The mayor said next month the levy would be “far too high.”",
                "next month",
            ),
        ] {
            let all = candidates_of(text);
            assert!(!all.is_empty(), "{text}");
            assert!(
                all[0].iter().all(|(p, _)| p != time),
                "{text}: {:?}",
                all[0]
            );
        }
    }

    // The features below are the contract of `candidates` and `features` (their doc comments and
    // `FLAGS`): each test checks one fires, or does not, on an invented candidate.

    fn has(f: &[String], name: &str) -> bool {
        f.iter().any(|n| n == name)
    }

    #[test]
    fn the_opener_of_an_earlier_clause_is_no_sentence_opener_for_a_later_quotation() {
        // The second quotation's clause has its own subject and cue after "while" / ";": the
        // sentence's first phrase opens the first clause only. The first quotation keeps it; so
        // does a second cue without its own subject ("and said later that …").
        for (text, opener) in [
            (
                "Residents called the bridge “an eyesore” while the county engineer insisted it \
                 was “built to last.”",
                "Residents",
            ),
            (
                "The mayor called the budget “balanced”; the auditor said it was “fiction.”",
                "The mayor",
            ),
        ] {
            assert!(
                has(&features_of(text, 0, opener), "sentence_opener"),
                "{text}"
            );
            assert!(
                !has(&features_of(text, 1, opener), "sentence_opener"),
                "{text}"
            );
        }
        let text = "Ann Marsh said the levy was “too high” and said later that it would be \
                    “a burden.”";
        assert!(has(&features_of(text, 1, "Ann Marsh"), "sentence_opener"));
    }

    #[test]
    fn the_rules_speaker_is_marked_as_the_rules_and_nothing_else() {
        let text = "“We won the vote,” Ann Marsh said.";
        let f = features_of(text, 0, "Ann Marsh");
        for on in ["origin=rule", "direct&origin=rule", "cue_right_after"] {
            assert!(has(&f, on), "{on} not in {f:?}");
        }
        // Not carried from elsewhere, and no other phrase names her.
        assert!(!has(&f, "origin=carried"), "{f:?}");
        assert!(!f.iter().any(|n| n.starts_with("also=")), "{f:?}");
        // Its sentence has a cue ("said").
        assert!(!has(&f, "no_cue_in_sentence"), "{f:?}");
    }

    #[test]
    fn a_speaker_after_an_inverting_cue_stands_right_after_it() {
        let text = "“We won the vote,” said Ann Marsh.";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "cue_right_before"), "{f:?}");
        // "said" turns round; it is no object of the cue.
        assert!(!has(&f, "object_of_cue"), "{f:?}");
    }

    #[test]
    fn a_description_after_an_inverting_cue_is_its_noun_phrase_object() {
        let text = "“We won the vote,” said the spokeswoman for the city.";
        let all = candidates_of(text);
        assert!(
            all[0].iter().any(|(_, f)| has(f, "origin=np_object")),
            "{:?}",
            all[0]
        );
    }

    #[test]
    fn a_name_in_the_sentence_before_stands_in_the_previous_sentence() {
        let text = "Ann Marsh spoke to the crowd on Monday. “We won the vote,” she said.";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "relation=previous_sentence"), "{f:?}");
        assert!(has(&f, "previous_sentence&type=person"), "{f:?}");
        assert!(has(&f, "type=person"), "{f:?}");
        assert!(has(&f, "no_cue_in_sentence"), "{f:?}");
    }

    #[test]
    fn another_phrase_of_the_rules_entity_is_also_the_rules() {
        let text = "Ann Marsh spoke to the crowd on Monday. “We won the vote,” Marsh said.";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "also=rule"), "{f:?}");
        assert!(!has(&f, "origin=rule"), "{f:?}");
    }

    #[test]
    fn the_last_speaker_named_again_is_the_previous_speaker() {
        let text = "“We won the vote,” Ann Marsh said. Bob Stone was there. \
                    “We will win again,” Ann Marsh said.";
        let f = features_of(text, 1, "Ann Marsh");
        assert!(has(&f, "previous_speaker"), "{f:?}");
        let f = features_of(text, 1, "Bob Stone");
        assert!(!has(&f, "previous_speaker"), "{f:?}");
    }

    #[test]
    fn the_subject_of_a_verb_that_is_no_cue_is_flagged() {
        let text = "Ann Marsh released a statement calling the plan “a disaster.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "subject_of_verb"), "{f:?}");
    }

    #[test]
    fn a_phrase_a_lower_case_quotation_goes_on_from_runs_into_it() {
        // The quotation continues the phrase's clause: the phrase is its subject.
        let text = "Dana Holt said on Friday that Bob Marsh “was paid far too much.”";
        let f = features_of(text, 0, "Bob Marsh");
        assert!(has(&f, "runs_into_quote"), "{f:?}");
        let f = features_of(text, 0, "Dana Holt");
        assert!(!has(&f, "runs_into_quote"), "{f:?}");
        // A capital after the phrase, or a phrase after the quotation, is no continuation.
        let text = "Dana Holt said on Friday that Bob Marsh “Was paid far too much.”";
        assert!(!has(&features_of(text, 0, "Bob Marsh"), "runs_into_quote"));
        let text = "“We were paid far too much,” Dana Holt said.";
        assert!(!has(&features_of(text, 0, "Dana Holt"), "runs_into_quote"));
    }

    #[test]
    fn a_subordinate_clause_opening_the_sentence_parts_phrase_and_quotation() {
        let text = "When Ann Marsh took office, Bob Stone called the plan “a mess.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "subordinate_apart"), "{f:?}");
        let f = features_of(text, 0, "Bob Stone");
        assert!(!has(&f, "subordinate_apart"), "{f:?}");
        // The quotation inside the clause, the phrase after it (the comma closing the
        // quotation closes the clause too).
        let text = "After Ann Marsh called the plan “a mess,” Bob Stone resigned.";
        let f = features_of(text, 0, "Bob Stone");
        assert!(has(&f, "subordinate_apart"), "{f:?}");
        let text = "After Ann Marsh called the plan “a mess” on Monday, Bob Stone resigned.";
        let f = features_of(text, 0, "Bob Stone");
        assert!(has(&f, "subordinate_apart"), "{f:?}");
        // No subordinate clause, or one opened by "as" with a cue in it.
        let text = "Ann Marsh took office, and Bob Stone called the plan “a mess.”";
        assert!(!has(
            &features_of(text, 0, "Ann Marsh"),
            "subordinate_apart"
        ));
        let text = "As Ann Marsh said, Bob Stone had made the plan “a mess.”";
        assert!(!has(
            &features_of(text, 0, "Ann Marsh"),
            "subordinate_apart"
        ));
    }

    #[test]
    fn the_main_subject_of_a_participle_cue_after_a_comma_is_flagged() {
        // "X returned to the stage, saying …": the participle's subject is the sentence's.
        let text = "Ann Marsh returned to the stage, saying she had “made a lot of money.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "participle_main_subject"), "{f:?}");
        let f = features_of(text, 0, "she");
        assert!(!has(&f, "participle_main_subject"), "{f:?}");
        // No comma before the participle: it is no clause of the subject's.
        let text = "Ann Marsh heard Tom Vale saying he had “made a lot of money.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(!has(&f, "participle_main_subject"), "{f:?}");
    }

    #[test]
    fn a_quotation_a_subordinate_clause_s_cue_opens_with_a_comma_is_the_clause_s() {
        // "When someone shouted, “…,” X joked": the clause runs on through the quotation it
        // opens; the main clause's subject after it is apart from it, the clause's own is not.
        let text = "When someone in the crowd shouted, “Cruz,” Tom Vale joked about the race.";
        let f = features_of(text, 0, "Tom Vale");
        assert!(has(&f, "subordinate_apart"), "{f:?}");
        let f = features_of(text, 0, "someone in the crowd");
        assert!(!has(&f, "subordinate_apart"), "{f:?}");
    }

    #[test]
    fn a_name_with_a_relative_clause_after_it_is_flagged() {
        // The clause is still open at the quotation: the relative pronoun speaks for her; no
        // other word is a relative pronoun.
        let text = "Ann Marsh, who called the plan “a disaster,” chairs the board.";
        let all = candidates_of(text);
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "relative_after"), "{f:?}");
        let f = features_of(text, 0, "who");
        assert!(has(&f, "type=person"), "{f:?}");
        let relatives = |all: &[Vec<(String, Vec<String>)>]| -> Vec<String> {
            all[0]
                .iter()
                .filter(|(_, f)| has(f, "origin=relative"))
                .map(|(p, _)| p.clone())
                .collect()
        };
        assert_eq!(relatives(&all), ["who"]);
        // Closed by a comma before the main verb, the clause is hers, the quotation the main
        // clause's: the name itself is the relative candidate (`relative_clause_closed`).
        let text = "Ann Marsh, who chairs the board, called the plan “a disaster.”";
        assert_eq!(relatives(&candidates_of(text)), ["Ann Marsh"]);
    }

    /// The phrases proposed as relative pronouns' (or their names') for quotation `quote`.
    fn relatives_of(text: &str, quote: usize) -> Vec<String> {
        candidates_of(text)[quote]
            .iter()
            .filter(|(_, f)| has(f, "origin=relative"))
            .map(|(p, _)| p.clone())
            .collect()
    }

    #[test]
    fn a_relative_clause_closes_at_a_dash_or_before_a_main_verb_read_as_a_participle() {
        // Closed before the main verb, the clause is the name's: the name is the candidate, not
        // the pronoun. The main verb may follow a dash, or be tagged as a participle.
        for text in [
            "A former mayor -- Ann Marsh, who lost the 2008 race -- said the plan was “a disaster.”",
            "Ann Marsh, who had failed to win her party's nomination, called for a “cultural war.”",
        ] {
            assert_eq!(relatives_of(text, 0), ["Ann Marsh"], "{text}");
        }
        // Still open at the quotation: the pronoun.
        let text = "Ann Marsh, who had failed to win, called the vote “a farce.”";
        let open = "Ann Marsh, who called the vote “a farce,” had failed to win.";
        assert_eq!(relatives_of(text, 0), ["Ann Marsh"], "{text}");
        assert_eq!(relatives_of(open, 0), ["who"], "{open}");
    }

    #[test]
    fn a_question_word_or_a_pronoun_before_a_name_is_no_relative_subject() {
        // "discussing who deserves credit": a question after a verb; "which Will Marsh called":
        // the name is the clause's subject, the pronoun its object.
        for text in [
            "The emails have Ann Marsh discussing who deserves credit for the “pivot” to Asia.",
            "The columnist George Will spoke first. Tom Vale praised the new harbor plan, which \
             Will says has “no equal.”",
        ] {
            assert_eq!(relatives_of(text, 0), Vec::<String>::new(), "{text}");
        }
        let text = "Tom Vale praised the new harbor plan, which says it has “no equal.”";
        assert_eq!(relatives_of(text, 0), ["which"], "{text}");
    }

    #[test]
    fn a_relative_pronoun_after_a_comma_stands_for_the_name_before_it() {
        // The name is not the sentence's first words: the pronoun looks back past its comma.
        let text =
            "On Monday the mayor met the lawyer Ann Marsh, who called the plan “a disaster.”";
        let f = features_of(text, 0, "who");
        assert!(has(&f, "type=person"), "{f:?}");
    }

    #[test]
    fn the_window_stops_past_three_other_quotations() {
        let text = "Bob Stone met Ann Marsh on Monday. She said “we won the vote,” then “we \
                    will win again,” then “we never lose a vote,” then “they always lose,” and \
                    then “it is all over now.”";
        let all = candidates_of(text);
        assert_eq!(all.len(), 5);
        assert!(!all[4].is_empty());
        assert!(
            !all[4].iter().any(|(p, _)| p == "Bob Stone"),
            "{:?}",
            all[4]
        );
        // The first quotation's window holds him.
        assert!(all[0].iter().any(|(p, _)| p == "Bob Stone"), "{:?}", all[0]);
    }

    #[test]
    fn a_cue_closing_the_sentence_proposes_the_name_after_its_comma() {
        // `sentence_tail`: "“…” for the town, X said." proposes X as written, not rebuilt.
        let text = "The plan is “a disaster” for the town, Ann Marsh said.";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "origin=tail"), "{f:?}");
        assert!(!has(&f, "origin=repaired"), "{f:?}");
    }

    #[test]
    fn a_cue_further_than_a_phrase_after_the_quotation_frames_nothing_after_it() {
        // `after_quote`: "“…,” X said" only within a speaker phrase's length; further on it is
        // the writer's sentence going on.
        let text = "“Reckless,” a reviewer from the weekly paper in the small harbor town on the \
                    coast called the plan.";
        let all = candidates_of(text);
        assert!(
            !all[0].iter().any(|(_, f)| has(f, "origin=after")),
            "{:?}",
            all[0]
        );
        let text = "“Reckless,” a reviewer from the weekly paper called the plan.";
        let all = candidates_of(text);
        assert!(
            all[0].iter().any(|(_, f)| has(f, "origin=after")),
            "{:?}",
            all[0]
        );
    }

    #[test]
    fn the_main_clause_s_cue_frames_a_quotation_after_a_later_cue() {
        // `before_quote`: "X says the mayor's emails accusing … are “…”" is X's, not the emails'.
        let text = "Ann Marsh says the mayor's emails accusing the council of fraud are \
                    “pure fiction from start to end.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "origin=before"), "{f:?}");
    }

    #[test]
    fn an_inverted_cue_lends_its_speaker_to_a_later_cue_of_its_sentence() {
        // `shared_subject`: "“…,” said X, adding that … “…”": the second quotation is X's too.
        let text = "“We won the vote,” said Ann Marsh, adding that the count was \
                    “fair to every side.”";
        let f = features_of(text, 1, "Ann Marsh");
        assert!(has(&f, "origin=before"), "{f:?}");
    }

    #[test]
    fn the_rules_propose_the_relative_pronoun_subject_of_the_cue() {
        // "a banner that said, “…”": the cue's subject is the relative pronoun, which stands for
        // the banner; the sentence's subject is no rule's.
        let text = "The town posted its notice under a banner that said, “Closed for repairs.”";
        assert!(has(&features_of(text, 0, "that"), "origin=rule"));
        assert!(!has(&features_of(text, 0, "The town"), "origin=rule"));
    }

    #[test]
    fn a_description_then_a_name_between_commas_is_the_person() {
        // `described_then_named`: "The chief executive of Acme, Karen Olsen, said" proposes
        // Karen Olsen with her title, a person.
        let text = "The chief executive of Halvard Freight, Karen Olsen, said the deal was \
                    “a step forward.”";
        let all = candidates_of(text);
        let rule = all[0]
            .iter()
            .find(|(_, f)| has(f, "origin=rule"))
            .unwrap_or_else(|| panic!("no rule candidate in {:?}", all[0]));
        assert!(has(&rule.1, "type=person"), "{rule:?}");
        assert!(rule.0.ends_with("Karen Olsen"), "{rule:?}");
    }

    #[test]
    fn a_pronoun_right_after_said_is_inside_what_was_said() {
        // `before_quote`: "X said she thought … “…”": the frame is X's "said", not "she thought".
        let text = "Ann Marsh said she thought the plan was “a disaster for the town.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "origin=before"), "{f:?}");
        let f = features_of(text, 0, "she");
        assert!(!has(&f, "origin=before"), "{f:?}");
    }

    #[test]
    fn a_nine_word_description_after_the_quotation_is_proposed_whole() {
        // `phrase_from`: up to `MAX_PHRASE` (nine) tokens before the cue make a description.
        let text = "“We won the vote,” the newly elected young mayor of the small town said.";
        let f = features_of(text, 0, "the newly elected young mayor of the small town");
        assert!(has(&f, "origin=after"), "{f:?}");
    }

    #[test]
    fn a_description_then_a_name_without_its_closing_comma_is_not_cut_inside_the_name() {
        // `phrase_from`: "the coach, Ann Marsh said": the appositive has no closing comma, so the
        // rule's phrase is the description; no candidate ends inside the name.
        let text = "“We won the vote,” the coach, Ann Marsh said.";
        let all = candidates_of(text);
        assert!(
            !all[0].iter().any(|(p, _)| p.ends_with("Ann")),
            "{:?}",
            all[0]
        );
        assert!(all[0].iter().any(|(p, _)| p == "the coach"), "{:?}", all[0]);
    }

    #[test]
    fn a_capitalised_word_the_mentions_missed_is_a_name_before_said() {
        // `proper_name_ending`: a run of up to three capitalised words right before the cue, here
        // one in capitals that the mention stage leaves out.
        let text = "“We won the vote,” HALVARD said.";
        let f = features_of(text, 0, "HALVARD");
        assert!(has(&f, "origin=after"), "{f:?}");
        assert!(!has(&f, "origin=repaired"), "{f:?}");
        let text = "On Monday HALVARD said “we won the vote.”";
        let f = features_of(text, 0, "HALVARD");
        assert!(has(&f, "origin=before"), "{f:?}");
        assert!(!has(&f, "origin=repaired"), "{f:?}");
    }

    #[test]
    fn an_organisation_before_a_title_and_a_missed_name_runs_on_to_the_name() {
        // `phrase_after`: "said Microsoft president KORRO": the name the mention stage
        // missed (in capitals) stays in the phrase.
        let text = "“We won the vote,” said Microsoft president KORRO.";
        let all = candidates_of(text);
        let rule = all[0]
            .iter()
            .find(|(_, f)| has(f, "origin=rule"))
            .unwrap_or_else(|| panic!("no rule candidate in {:?}", all[0]));
        assert!(rule.0.ends_with("president KORRO"), "{rule:?}");
    }

    #[test]
    fn an_appositive_after_an_inverted_speaker_stays_in_the_phrase_anywhere_in_the_text() {
        // `phrase_after`: "said X, a lawyer at the firm." keeps its appositive, however far into
        // the text (the appositive's length is bounded, not its position).
        let opening = "The town council met on Monday evening to vote on the harbor plan, which \
                       would widen the old pier, move the ferry landing to the north side of the \
                       bay and close the fish market for two years while the work goes on. ";
        let text = format!("{opening}“We won the vote,” said Ann Marsh, a lawyer at the firm.");
        let all = candidates_of(&text);
        let rule = all[0]
            .iter()
            .find(|(_, f)| has(f, "origin=rule"))
            .unwrap_or_else(|| panic!("no rule candidate in {:?}", all[0]));
        assert_eq!(rule.0, "Ann Marsh, a lawyer at the firm", "{rule:?}");
    }

    #[test]
    fn a_place_is_no_candidate_speaker() {
        let text = "“We won the vote,” Ann Marsh said in Chicago on Monday.";
        let all = candidates_of(text);
        assert!(all[0].iter().any(|(p, _)| p == "Ann Marsh"), "{:?}", all[0]);
        assert!(
            !all[0].iter().any(|(p, _)| p.contains("Chicago")),
            "{:?}",
            all[0]
        );
    }

    #[test]
    fn a_person_after_the_writers_next_clause_is_no_candidate() {
        let text = "“We won the vote,” Ann Marsh said, but Bob Stone said nothing.";
        let all = candidates_of(text);
        assert!(all[0].iter().any(|(p, _)| p == "Ann Marsh"), "{:?}", all[0]);
        assert!(
            !all[0].iter().any(|(p, _)| p == "Bob Stone"),
            "{:?}",
            all[0]
        );
    }

    #[test]
    fn the_window_reaches_back_past_one_other_quotation() {
        let text = "Bob Stone met Ann Marsh on Monday, and she said “we will build the new bridge \
                    across the river by May” and “it will open in June.”";
        let all = candidates_of(text);
        assert_eq!(all.len(), 2);
        // Bob Stone, the subject of "met" before "she said", acted and is no longer offered
        // (stop 45); Ann Marsh, before the first quotation too, still is.
        assert!(all[1].iter().any(|(p, _)| p == "Ann Marsh"), "{:?}", all[1]);
    }

    #[test]
    fn feature_names_are_distinct() {
        let names = feature_names();
        assert_eq!(names.len(), FEATURES);
        let set: std::collections::HashSet<_> = names.iter().collect();
        assert_eq!(set.len(), names.len());
    }

    // Tests added by helper "mut30" (issue 15): one per mutant of `candidates` and `features`
    // that no test caught.

    #[test]
    fn a_name_is_a_proper_head() {
        let text = "“We won the vote,” Ann Marsh said.";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "head=proper"), "{f:?}");
        assert!(!has(&f, "head=singular"), "{f:?}");
    }

    #[test]
    fn a_name_after_an_adverb_and_a_comma_is_no_appositive() {
        // "Later, Ann Marsh called …": the comma follows an adverb, not a name or a noun.
        let text = "Later, Ann Marsh called the plan “a disaster.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(!has(&f, "appositive"), "{f:?}");
    }

    #[test]
    fn a_comma_after_a_name_is_no_relative_clause() {
        // "After meeting Ann Marsh, the mayor …": a comma with no "who" after it.
        let text = "After meeting Ann Marsh, the mayor called the plan “a disaster.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(!has(&f, "relative_after"), "{f:?}");
    }

    #[test]
    fn a_speaker_two_sentences_back_in_the_paragraph_is_in_the_same_paragraph() {
        // The speaker of the first quotation, carried to the bare one two sentences later: in
        // the same paragraph, not in the next sentence.
        let text = "“We won the vote,” Ann Marsh said. The crowd cheered. “We will win again.”";
        let f = features_of(text, 1, "Ann Marsh");
        assert!(has(&f, "relation=same_paragraph"), "{f:?}");
        assert!(!has(&f, "relation=next_sentence"), "{f:?}");
    }

    #[test]
    fn the_origins_of_an_entity_s_other_phrases_add_up() {
        // Two other phrases name her, both found as mentions: "also=mention" holds once, however
        // many phrases share the origin.
        let text = "Ann Marsh met Marsh’s aides. “We won the vote,” Marsh said, and Marsh left.";
        let all = candidates_of(text);
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "also=mention"), "{f:?} in {all:?}");
    }

    #[test]
    fn the_window_after_a_quotation_stops_past_three_other_quotations() {
        // The forward twin of `the_window_stops_past_three_other_quotations`: a name after four
        // more quotations is out of the first one's window, not out of the last one's (no "and"
        // between them: a coordinator after a quotation drops the names past it anyway).
        let text = "Ann Marsh said “we won the vote,” then “we will win again,” then “we never \
                    lose a vote,” then “they always lose,” then “it is all over now.” Bob Stone \
                    nodded.";
        let all = candidates_of(text);
        assert_eq!(all.len(), 5);
        assert!(!all[0].is_empty());
        assert!(
            !all[0].iter().any(|(p, _)| p == "Bob Stone"),
            "{:?}",
            all[0]
        );
        assert!(all[4].iter().any(|(p, _)| p == "Bob Stone"), "{:?}", all[4]);
    }
    #[test]
    fn a_name_after_a_coordinator_right_after_the_quotation_is_dropped() {
        // "“…,” but Ann Marsh left": the writer's next clause starts right at the quotation's
        // end, so the name past it is no candidate.
        let all = candidates_of("“The bridge is safe,” but Ann Marsh left.");
        assert!(all[0].iter().all(|(p, _)| p != "Ann Marsh"), "{:?}", all[0]);
    }

    #[test]
    fn a_cue_after_an_auxiliary_is_right_after_the_name() {
        let f = features_of("“We won the vote,” Ann Marsh has said.", 0, "Ann Marsh");
        assert!(has(&f, "cue_right_after"), "{f:?}");
    }

    #[test]
    fn a_cue_between_the_name_and_the_quotation_is_flagged() {
        let f = features_of("Ann Marsh said “we won the vote.”", 0, "Ann Marsh");
        assert!(has(&f, "cue_between"), "{f:?}");
    }

    #[test]
    fn a_pronoun_opening_the_sentence_is_the_rules_subject_of_a_later_cue() {
        // "warning" has no subject of its own: the rules take the sentence's, the pronoun that
        // opens it.
        let text = "Ann Marsh led the talks. She wanted the harbor board to keep control, warning \
                    Bob Stone that it would never “blink first.”";
        let f = features_of(text, 0, "She");
        assert!(has(&f, "origin=rule"), "{f:?}");
    }

    #[test]
    fn a_name_after_the_opening_determiner_is_the_rules_sentence_subject() {
        // "The Harbor Trust last spring described …": no phrase ends right before the cue (a
        // date does), so the rules take the sentence's subject, the name after "The".
        let text =
            "The Harbor Trust last spring described what looked like “serious cracks” in the pier.";
        let f = features_of(text, 0, "Harbor Trust");
        assert!(has(&f, "origin=rule"), "{f:?}");
    }

    #[test]
    fn a_pronoun_right_after_an_earlier_cue_gives_the_rules_the_earlier_subject() {
        // "Ann Holt said that she told the board “…”": what she told the board is inside what
        // Ann Holt said, with or without "that"; the rules propose Ann Holt, not "she".
        let text = "Ann Holt said she told the board “we cannot wait another year.”";
        assert!(has(&features_of(text, 0, "Ann Holt"), "origin=rule"));
        assert!(!has(&features_of(text, 0, "she"), "origin=rule"));
        let text = "Ann Holt said that she told the board “we cannot wait another year.”";
        assert!(has(&features_of(text, 0, "Ann Holt"), "origin=rule"));
        assert!(!has(&features_of(text, 0, "she"), "origin=rule"));
    }

    #[test]
    fn a_subject_longer_than_a_phrase_gives_the_rules_no_speaker() {
        // Thirteen words between the quotation and "wrote", none of them a name the subject ends
        // with: the rules propose no phrase (a description reads at most nine words) and leave
        // the choice to the ranker.
        let text = "“The survey data are still incomplete,” marine biologists Hanna Voss and \
                    Teodor Brandt of Halden's Institute for Coastal Research wrote in March.";
        let all = candidates_of(text);
        assert!(!all[0].is_empty());
        assert!(
            !all[0].iter().any(|(_, f)| has(f, "origin=rule")),
            "{:?}",
            all[0]
        );
    }

    #[test]
    fn a_headline_proposes_no_clause_subject() {
        let text = "Flood defences 'will not be ready' until 2030\n\nThe agency said so.\n";
        let p = crate::pipeline::prepare(text);
        let ctx = Context::new(text, &p.segments, &p.mentions, &p.entities, &p.quote_spans);
        let at = |w: &str| {
            (0..p.segments.tokens.len())
                .find(|&k| ctx.word_is(k, w))
                .unwrap()
        };
        assert!(in_headline(&ctx, at("defences")));
        // A sentence that ends in its period is no headline.
        assert!(!in_headline(&ctx, at("agency")));
    }

    #[test]
    fn the_subject_of_a_verb_before_another_finite_verb_is_a_clause_subject() {
        // "What the mayor wants is …": "wants" follows no finite verb, so its subject is
        // proposed, whatever verb comes after it.
        let f = features_of(
            "What the mayor wants is “a fair deal” for the town.",
            0,
            "the mayor",
        );
        assert!(has(&f, "origin=clause_subject"), "{f:?}");
    }

    #[test]
    fn a_name_after_an_introductory_phrase_and_its_determiner_is_the_rules_subject() {
        // As above, after "In its yearly review,": the determiner after the comma belongs to the
        // name.
        let text = "In its yearly review, the Harbor Trust last spring described what looked like \
                    “serious cracks” in the pier.";
        let f = features_of(text, 0, "Harbor Trust");
        assert!(has(&f, "origin=rule"), "{f:?}");
    }

    #[test]
    fn a_cue_outside_quotations_between_a_phrase_and_its_quotation_is_a_cue_between() {
        let f = features_of("Ann Marsh said the plan was “a mess.”", 0, "Ann Marsh");
        assert!(has(&f, "cue_between"), "{f:?}");
    }

    #[test]
    fn a_cue_inside_another_quotation_is_no_cue_between() {
        // "said" lies between the name and the second quotation, but inside the first.
        let text = "Ann Marsh: “Nobody said a word.” “We lost.”";
        let f = features_of(text, 1, "Ann Marsh");
        assert!(!has(&f, "cue_between"), "{f:?}");
    }

    #[test]
    fn a_comma_before_the_verb_of_a_subordinate_clause_does_not_close_it() {
        // "While Ann Marsh, the town's mayor, backed …,": the first comma sets off her
        // appositive; the clause closes after its verb.
        let text = "While Ann Marsh, the mayor of Dunmore, backed the plan, Bob Stone called it \
                    “a scam.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(has(&f, "subordinate_apart"), "{f:?}");
    }

    #[test]
    fn an_as_clause_with_an_appositive_before_its_verb_is_no_subordinate_clause() {
        // "As Ann Marsh, a lawyer, put it, “…”": the subject of "put it" is the speaker.
        let text = "As Ann Marsh, a lawyer in Dunmore, put it, “the vote was lost.”";
        let f = features_of(text, 0, "Ann Marsh");
        assert!(!has(&f, "subordinate_apart"), "{f:?}");
    }

    #[test]
    fn a_participle_clause_does_not_close_at_the_end_of_its_quotation() {
        // "After saying …“…,” Bob Stone …": the clause has no subject of its own; Bob Stone is
        // its subject.
        let text = "After saying the plan was “a mess,” Bob Stone resigned.";
        let f = features_of(text, 0, "Bob Stone");
        assert!(!has(&f, "subordinate_apart"), "{f:?}");
        let text = "After Ann Marsh said the plan was “a mess,” Bob Stone resigned.";
        let f = features_of(text, 0, "Bob Stone");
        assert!(has(&f, "subordinate_apart"), "{f:?}");
    }
}
