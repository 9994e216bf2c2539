//! Noun phrases from part-of-speech tags: the shape every speaker phrase must have.
//!
//! A speaker is a name, a pronoun or a noun phrase: a determiner or possessor, modifiers and a
//! head noun, with the prepositional tail ("a spokeswoman for the commission"), participle
//! ("voters surveyed", "people familiar with the talks"), parenthetical ("(D-Ore.)") or
//! appositive (", a former senior strategist for the campaign") the text gives. It never holds a
//! finite verb: "Clinton would do well" and "The ad also renews accusations Trump" are clauses.
//!
//! [`subject_ending`] reads the phrase that ends right before a verb, walking left; [`object_from`]
//! reads the phrase that starts right after one, walking right. [`is_well_formed`] tells a phrase
//! the rules built that has the right shape from one that must be rebuilt ([`repair`]).
//!
//! Names (mentions) count as nouns whatever their tags say ("Will Smith" is not a modal verb).

use super::frame::SpeakerPhrase;
use super::Context;
use crate::analysis::EntityType;
use crate::pos::Tag;
use crate::segment::TokenKind;
use crate::span::Span;
use crate::words::class;

/// Longest phrase, in tokens, that the walks read.
const MAX_TOKENS: usize = 24;
/// Longest parenthetical inside a phrase, in tokens ("(D-N.C.)").
const MAX_PARENTHETICAL: usize = 8;
/// Longest appositive after a name, in tokens.
const MAX_APPOSITIVE: usize = 16;

impl Context<'_> {
    /// The part-of-speech tag of token `k`.
    #[inline]
    pub fn tag(&self, k: usize) -> Tag {
        self.segments.tokens.get(k).map_or(Tag::Sym, |t| t.tag())
    }
}

/// Whether "that" or "this" at token `k` before the plural head at `head` is the conjunction
/// before a clause, no determiner of it ("shows that officials warned": a plural takes "those",
/// "these").
pub(super) fn is_conjunction_before_plural(ctx: &Context, k: usize, head: usize) -> bool {
    ctx.tag(head) == Tag::Nns
        && !in_name(ctx, head)
        && (ctx.word_is_ignore_case(k, "that") || ctx.word_is_ignore_case(k, "this"))
}

/// Whether token `k` is part of a name (a mention that can speak or be named): decided once per
/// token in [`Context::new`] by [`is_name_kind`] of [`Context::mention`].
#[inline]
fn in_name(ctx: &Context, k: usize) -> bool {
    ctx.in_name(k)
}

/// Whether a mention of `kind` is a name (one that can speak or be named).
pub(super) fn is_name_kind(kind: EntityType) -> bool {
    matches!(
        kind,
        EntityType::Person | EntityType::Org | EntityType::Place | EntityType::Norp
    )
}

/// Whether token `k` can head a noun phrase.
fn is_head(ctx: &Context, k: usize) -> bool {
    in_name(ctx, k)
        || matches!(
            ctx.tag(k),
            Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Nnps | Tag::Prp | Tag::Cd | Tag::Fw
        )
        || (k < ctx.segments.tokens.len() && is_age_noun(ctx.word(k)))
        || is_noun_read_as_verb(ctx, k)
        || is_noun_read_as_adverb(ctx, k)
}

/// A noun in "-ly" the tagger read as an adverb, after a determiner and a proper noun, where the
/// phrase ends: "according to a CNN *tally*", "the Labour *rally*". A determiner and a name
/// make a noun phrase that still wants its head; an adverb there would modify nothing. "The
/// Senate *only* passed it" keeps its adverb: a verb follows.
fn is_noun_read_as_adverb(ctx: &Context, k: usize) -> bool {
    let tokens = &ctx.segments.tokens;
    if k < 2 || k >= tokens.len() || ctx.tag(k) != Tag::Rb || ctx.in_quote(k) {
        return false;
    }
    let w = ctx.word(k);
    let lower_ly = w.len() > 3 && w.ends_with("ly") && !tokens[k].has(crate::segment::CAPITALIZED);
    let ends_phrase = k + 1 >= tokens.len()
        || tokens[k + 1].kind() == TokenKind::Punct
        || matches!(ctx.tag(k + 1), Tag::In | Tag::Cc | Tag::To);
    lower_ly
        && ends_phrase
        && ctx.tag(k - 1) == Tag::Nnp
        && !ctx.in_quote(k - 1)
        && ctx.tag(k - 2) == Tag::Dt
}

/// An age used as a noun, which the tagger reads as an adjective: "said the 31-year-old",
/// "two 17-year-olds".
pub(super) fn is_age_noun(w: &str) -> bool {
    let w = w.strip_suffix('s').unwrap_or(w);
    ["-year-old", "-month-old", "-week-old"]
        .iter()
        .any(|end| w.len() > end.len() && w.ends_with(end))
}

/// A noun the tagger read as a bare verb inside a phrase that "a" or "an" opens: "according to a
/// city hall *pool* report", "a Harwell *poll* conducted in April". After an indefinite article
/// and a singular noun, a base-form verb (VB, VBP) cannot be the clause's verb (a singular subject
/// takes "polls", not "poll"), so it is the next word of the phrase. "Police say" and "the
/// voters poll well" keep their verbs: no article, or a plural noun.
pub(super) fn is_noun_read_as_verb(ctx: &Context, k: usize) -> bool {
    if k < 2 || ctx.in_quote(k) {
        return false;
    }
    // A past tense without its "-ed", no cue, right before a noun is the same misreading: "a
    // White House *pool* report" (tagged VBD); "a spokesman told reporters" keeps its verb.
    let past_misread = || {
        ctx.tag(k) == Tag::Vbd
            && !ctx.word(k).ends_with("ed")
            && !ctx.is(k, class::CUE_VERB)
            && matches!(ctx.tag(k + 1), Tag::Nn | Tag::Nns)
            && !ctx.in_quote(k + 1)
    };
    if !(matches!(ctx.tag(k), Tag::Vb | Tag::Vbp) || past_misread()) {
        return false;
    }
    let singular = |i: usize| matches!(ctx.tag(i), Tag::Nn | Tag::Nnp);
    if !singular(k - 1) || ctx.in_quote(k - 1) {
        return false;
    }
    // Back over the phrase's other singular nouns, modifiers and numbers to its article.
    let mut i = k - 1;
    while i > 0 && k - i < MAX_TOKENS {
        i -= 1;
        if matches!(ctx.word(i), "a" | "an" | "A" | "An") {
            return true;
        }
        if !(singular(i) || matches!(ctx.tag(i), Tag::Jj | Tag::Cd)) || ctx.in_quote(i) {
            return false;
        }
    }
    false
}

/// Whether token `k` can stand inside a noun phrase before its head (or be its head).
fn is_nominal(ctx: &Context, k: usize) -> bool {
    if ctx.in_quote(k) {
        return false;
    }
    if in_name(ctx, k) {
        return true;
    }
    let w = ctx.word(k);
    matches!(
        ctx.tag(k),
        Tag::Dt
            | Tag::Pdt
            | Tag::PrpS
            | Tag::WpS
            | Tag::Jj
            | Tag::Jjr
            | Tag::Jjs
            | Tag::Cd
            | Tag::Nn
            | Tag::Nns
            | Tag::Nnp
            | Tag::Nnps
            | Tag::Pos
            | Tag::Fw
    ) || matches!(w, "&" | "'s" | "’s")
        || is_inner_hyphen(ctx, k)
        || is_joining_slash(ctx, k)
        || (matches!(ctx.tag(k), Tag::Vbn | Tag::Vbg)
            && is_head(ctx, k + 1)
            && !is_verb_before_name(ctx, k))
        || is_title_period(ctx, k)
        || is_plural_possessive(ctx, k)
        || is_noun_read_as_verb(ctx, k)
        || is_noun_read_as_adverb(ctx, k)
        || is_role_read_as_other(ctx, k)
}

/// A job noun the tagger read as a verb or a preposition between a capitalised word and a
/// person's name: "Rovers *coach* Tamsin Ollo said", "said Wolves *boss* Ian Carrow". There it
/// is the name's title, no verb of a clause ("Officials warn Tom Vale" has no job noun). Only
/// those two misreadings: "Senior researcher/CC Mu Li" keeps the walk it has.
pub(super) fn is_role_read_as_other(ctx: &Context, k: usize) -> bool {
    let tokens = &ctx.segments.tokens;
    k > 0
        && k + 1 < tokens.len()
        && (ctx.tag(k).is_verb() || ctx.tag(k) == Tag::In)
        && !tokens[k].has(crate::segment::CAPITALIZED)
        && tokens[k - 1].has(crate::segment::CAPITALIZED)
        && !ctx.in_quote(k)
        && !ctx.in_quote(k - 1)
        && ctx
            .mention(k + 1)
            .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person)
        && crate::lexicon::is_job_noun(ctx.word(k))
}

/// A past form between a common noun and a name is the verb of their clause, not a modifier of
/// the name: "That record *prompted* Dave Leip's Atlas, which …" (the tagger reads it as a
/// participle); "the newly elected Tom Hale" keeps its modifier.
fn is_verb_before_name(ctx: &Context, k: usize) -> bool {
    k > 0
        && ctx.tag(k) == Tag::Vbn
        && matches!(ctx.tag(k - 1), Tag::Nn | Tag::Nns)
        && !in_name(ctx, k - 1)
        && !ctx.in_quote(k - 1)
        && in_name(ctx, k + 1)
}

/// A hyphened compound in "-ed" (or "-born") before a noun or a name is an adjective, whatever
/// verb tag the tagger gave it: "*Leeds-based* consultant Tom Vale", "*Texas-based* Ann Holt",
/// "a *state-owned* firm". Its first half says where or by whom; no clause has it as its verb.
pub(super) fn is_hyphened_modifier(ctx: &Context, k: usize) -> bool {
    if !matches!(ctx.tag(k), Tag::Vbn | Tag::Vbd) {
        return false;
    }
    let w = ctx.word(k);
    let Some((first, last)) = w.rsplit_once('-') else {
        return false;
    };
    first.chars().next_back().is_some_and(char::is_alphanumeric)
        && last.len() > 2
        && (last.ends_with("ed") || last == "born")
        && !ctx.in_quote(k + 1)
        && (is_head(ctx, k + 1) || ctx.tag(k + 1).is_adjective())
}

/// A slash between two capitalised words, unspaced, joins two names into one modifier: "a
/// KTV/Marist poll", "the Post/ABC survey".
pub(super) fn is_joining_slash(ctx: &Context, k: usize) -> bool {
    let capitalized = |i: usize| ctx.segments.tokens[i].has(crate::segment::CAPITALIZED);
    ctx.word_is(k, "/") && is_unspaced_inside(ctx, k) && capitalized(k - 1) && capitalized(k + 1)
}

/// A hyphen inside a word, unspaced on both sides ("Lee-Smith"); not a spaced dash, nor either
/// half of a `--` dash ("slides -- Ann Marsh told").
fn is_inner_hyphen(ctx: &Context, k: usize) -> bool {
    ctx.word_is(k, "-")
        && is_unspaced_inside(ctx, k)
        && ctx.segments.tokens[k - 1].kind() != TokenKind::Punct
}

/// Whether token `k` has a token on each side and no white space between them and it.
fn is_unspaced_inside(ctx: &Context, k: usize) -> bool {
    k > 0
        && k + 1 < ctx.segments.tokens.len()
        && !spaced_before(ctx, k)
        && !spaced_before(ctx, k + 1)
}

/// Whether white space comes right before token `k`: a spaced dash ("NAIROBI (Reuters) - Kenya's
/// federation") separates phrases; a hyphen inside a name joins them.
fn spaced_before(ctx: &Context, k: usize) -> bool {
    let start = ctx.segments.tokens[k].span().start();
    ctx.text[..start].ends_with(char::is_whitespace)
}

/// The period of a title before a name, or of an abbreviation before a number: "former Sen.
/// Evan Bayh", "Army Capt. Chris Pardo", "the nominee for the Nov. 8 election".
fn is_title_period(ctx: &Context, k: usize) -> bool {
    use crate::segment::abbreviations::{is_abbreviation, never_ends_sentence};
    let tokens = &ctx.segments.tokens;
    if !ctx.word_is(k, ".") || k == 0 || !tokens[k - 1].has(crate::segment::CAPITALIZED) {
        return false;
    }
    let before = ctx.word(k - 1);
    tokens.get(k + 1).is_some_and(|next| {
        (next.has(crate::segment::CAPITALIZED) && never_ends_sentence(before))
            || (next.kind() == TokenKind::Number && is_abbreviation(before))
    })
}

/// A period inside a name that ends no appositive: a title's before a name ("a close friend of
/// Mrs. Hale", [`is_title_period`]) or an initial's inside one mention ("a press secretary for
/// George W. Bush").
fn is_period_inside_name(ctx: &Context, k: usize) -> bool {
    is_title_period(ctx, k)
        || (ctx.word_is(k, ".")
            && k > 0
            && ctx.mention(k - 1).is_some()
            && ctx.mention(k - 1) == ctx.mention(k + 1))
}

/// The apostrophe of a plural or s-final possessive, outside any quotation: "the drivers*'*
/// union", "the nurses*’* union", "Reuters*'* reporters". The tagger reads a lone mark as a closing
/// quote; here it is glued to a word ending in "s" and a word follows after a space, as after the
/// possessive `'s`.
pub(super) fn is_plural_possessive(ctx: &Context, k: usize) -> bool {
    let tokens = &ctx.segments.tokens;
    k > 0
        && matches!(ctx.word(k), "'" | "’")
        && !ctx.in_quote(k)
        && tokens[k - 1].kind() == TokenKind::Word
        && ctx.word(k - 1).ends_with(['s', 'S'])
        && !spaced_before(ctx, k)
        && tokens.get(k + 1).is_some_and(|next| {
            next.kind() == TokenKind::Word && spaced_before(ctx, k + 1) && !ctx.in_quote(k + 1)
        })
}

/// Words that open a clause inside a phrase: the walks stop before them.
fn opens_clause(ctx: &Context, k: usize) -> bool {
    matches!(ctx.tag(k), Tag::Wdt | Tag::Wp | Tag::Wrb)
        || ctx.word_is_ignore_case(k, "that")
        || ctx.tag(k).is_finite_verb() && !in_name(ctx, k)
}

/// Prepositions that join a phrase's tail: "a spokeswoman *for* the commission", "experts *at*
/// the agency", "a third *of* voters".
fn joins_tail(ctx: &Context, k: usize) -> bool {
    ctx.tag(k) == Tag::In
        && ctx.word_in_ignore_case(
            k,
            &[
                "of", "for", "at", "from", "with", "in", "on", "to", "within", "inside", "close",
                "near",
            ],
        )
}

/// "by" naming who made a document, or who acted in a passive participle, joins the phrase's
/// tail: "a 2019 study *by* engineers at Marlow College", "a statement released *by* the county".
/// After any other word it says how or when ("said by phone", "by Friday") and ends the phrase.
fn joins_agent(ctx: &Context, k: usize) -> bool {
    k > 0
        && ctx.word_is_ignore_case(k, "by")
        && (ctx.tag(k - 1) == Tag::Vbn && !in_name(ctx, k - 1)
            || is_head(ctx, k - 1) && ctx.is(k - 1, class::DOCUMENT_OR_BODY)
            || is_document_time(ctx, k - 1))
}

/// Whether token `k` ends a time phrase right after a document's head: "a study *last year* by
/// economists", "the report *this week* by the panel".
fn is_document_time(ctx: &Context, k: usize) -> bool {
    ctx.is(k, class::TIME_WORD)
        && (1..=3).any(|d| {
            k >= d
                && ctx.is(k - d, class::DOCUMENT_OR_BODY)
                && is_head(ctx, k - d)
                && time_phrase_end(ctx, k - d + 1, k + 1) == Some(k + 1)
        })
}

/// Whether person or organisation mention `m` modifies the head of the phrase `span`, a noun for
/// people, right after it ("a *Clinton* campaign aide", "a senior *Cruz* adviser", "defiant
/// *Labour* leader"): the phrase is someone of theirs, not them. A body they lead stays theirs
/// ("the Obama administration", "the Labour government").
pub(super) fn modifies_people_noun(ctx: &Context, m: usize, span: Span) -> bool {
    people_noun_after(ctx, m, span, false)
}

/// Whether person mention `m` is the possessor of the head of `span`, a job or a tie to a person
/// ("Mr Creed's *opponent*", "Lane's *assistant*"): someone else, not them. "Mr Creed's office"
/// speaks for him.
pub(super) fn possesses_person_noun(ctx: &Context, m: usize, span: Span) -> bool {
    people_noun_after(ctx, m, span, true)
}

fn people_noun_after(ctx: &Context, m: usize, span: Span, possessor: bool) -> bool {
    let mention = &ctx.mentions[m];
    let modifier_kind =
        mention.kind == EntityType::Person || !possessor && mention.kind == EntityType::Org;
    if !modifier_kind || mention.span.end() >= span.end() {
        return false;
    }
    let seg = ctx.segments;
    let mut after = seg.token_at_or_after(mention.span.end() as u32);
    if possessor {
        if after >= seg.tokens.len() || ctx.tag(after) != Tag::Pos {
            return false;
        }
        after += 1;
    }
    // The head: the last word before a comma or a tail, from the word after the name.
    let head = (after..seg.tokens.len())
        .take_while(|&k| {
            seg.tokens[k].span().end() <= span.end() && matches!(ctx.tag(k), Tag::Nn | Tag::Nns)
        })
        .last();
    head.is_some_and(|h| {
        ctx.mention(after).is_none()
            && if possessor {
                ctx.is(h, class::JOB_OR_TITLE) || is_relation(ctx.word(h))
            } else {
                ctx.is(h, class::SOURCE_NOUN)
            }
            && !ctx.is(h, class::DOCUMENT_OR_BODY)
    })
}

/// A noun for someone by their tie to another person: "his *wife*", "Mr Creed's *opponent*".
fn is_relation(w: &str) -> bool {
    const RELATIONS: [&str; 14] = [
        "wife",
        "husband",
        "son",
        "daughter",
        "mother",
        "father",
        "brother",
        "sister",
        "friend",
        "partner",
        "opponent",
        "rival",
        "widow",
        "assistant",
    ];
    crate::words::any_ignore_case(&RELATIONS, w)
}

/// Whether token `k` is an "-ed" participle right after a plural common noun and before a
/// preposition, or after a singular one (not a document's, see [`joins_agent`]) and before
/// "by" ("people *briefed* on the talks", "officials *quoted* by the paper", "an aide *cited*
/// by the paper"), whatever
/// verb tag the tagger gave it: a reduced relative clause, part of the noun phrase.
pub(super) fn is_reduced_participle(ctx: &Context, k: usize) -> bool {
    // "Residents living near the plant said", "Officials speaking on condition of anonymity
    // said": a present participle after a plural noun reads the same way.
    let present = ctx.tag(k) == Tag::Vbg && k > 0 && ctx.tag(k - 1) == Tag::Nns;
    k > 0
        && (present
            || matches!(ctx.tag(k), Tag::Vbn | Tag::Vbd | Tag::Vbp) && ctx.word(k).ends_with("ed"))
        && !in_name(ctx, k)
        && (ctx.tag(k - 1) == Tag::Nns
            || ctx.tag(k - 1) == Tag::Nn
                && ctx.word_is_ignore_case(k + 1, "by")
                && !ctx.is(k - 1, class::DOCUMENT_OR_BODY))
        && !in_name(ctx, k - 1)
        && (joins_tail(ctx, k + 1) || ctx.word_is_ignore_case(k + 1, "by"))
}

/// Whether token `k`, right after a comma, opens a participle clause: "said Dr Ann Holt, *giving*
/// evidence to the committee". The clause says what the speaker did, not who they are. A
/// participle before a role word is the role's modifier, no clause: ", acting director of …", ",
/// leading expert on …".
pub(super) fn opens_participle_clause_at(ctx: &Context, k: usize) -> bool {
    ctx.tag(k) == Tag::Vbg
        && ctx.mention(k).is_none()
        && !ctx.segments.tokens[k].has(crate::segment::CAPITALIZED)
        && !ctx.is(k + 1, class::SOURCE_NOUN)
}

/// Whether token `k` is a past participle right after a document's singular noun and before a
/// preposition of its tail: "the letter *sent* to voters", "the report *published* on
/// Thursday". A reduced relative clause, part of the noun phrase (the document is the subject).
fn is_document_participle(ctx: &Context, k: usize) -> bool {
    k > 0
        && matches!(ctx.tag(k), Tag::Vbn | Tag::Vbd)
        && ctx.tag(k - 1) == Tag::Nn
        && ctx.is(k - 1, class::DOCUMENT_OR_BODY)
        && !in_name(ctx, k - 1)
        && !in_name(ctx, k)
        && joins_tail(ctx, k + 1)
}

/// Whether mention `m` is the agent of a participle tail ("an aide quoted by *the Gazette*"):
/// who quoted the speaker, not the speaker, nor someone the speaker speaks for.
fn is_participle_agent(ctx: &Context, m: usize) -> bool {
    let mut at = ctx.segments.token_at_or_after(ctx.mentions[m].span.start);
    if at > 0 && ctx.tag(at - 1) == Tag::Dt {
        at -= 1;
    }
    at >= 2 && ctx.word_is_ignore_case(at - 1, "by") && is_reduced_participle(ctx, at - 2)
}

/// A word that heads a partitive phrase before "of": "a *third* of voters", "*most* of them".
pub(super) fn is_quantity(ctx: &Context, k: usize) -> bool {
    const QUANTITIES: [&str; 17] = people_quantities![
        "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "all", "none", "each",
        "another"
    ];
    let w = ctx.word(k);
    crate::words::any_ignore_case(&QUANTITIES, w)
}

/// The start of the bare noun phrase whose head is token `head` (modifiers and determiner, a
/// possessor with its `'s`), reading no further left than `from`.
fn bare_start(ctx: &Context, from: usize, head: usize) -> usize {
    let mut start = head;
    loop {
        // "62 per cent of voters": British copy writes the percent sign as two words.
        let per_cent = start > from + 1
            && ctx.word_is_ignore_case(start, "cent")
            && ctx.word_is_ignore_case(start - 1, "per");
        if per_cent {
            start -= 1;
            continue;
        }
        if !(start > from && head - start < MAX_TOKENS && is_nominal(ctx, start - 1)) {
            break;
        }
        let t = ctx.tag(start - 1);
        if t == Tag::Dt && is_conjunction_before_plural(ctx, start - 1, head) {
            break;
        }
        // "The Police and Crime Commissioner", "Secretary of State for Health and Social Care":
        // "and" between capitalised words of a title is inside it.
        if t == Tag::Cc && start >= from + 2 && is_and_in_title(ctx, start - 1, head) {
            start -= 2;
            continue;
        }
        start -= 1;
        // A determiner opens the phrase, unless a predeterminer or possessor comes before it.
        let opener = matches!(t, Tag::Dt | Tag::PrpS | Tag::WpS);
        if opener && !(start > from && matches!(ctx.tag(start - 1), Tag::Pdt | Tag::Pos)) {
            break;
        }
    }
    start
}

/// Whether "and" at token `k` joins two capitalised words of one title or body's name before its
/// capitalised head at `head`: "Police *and* Crime Commissioner", "Health *and* Social Care". Not
/// two names ("Bolton and Gorka": mentions of their own); the words after it may be read as an
/// organisation's name ("Social Care").
pub(super) fn is_and_in_title(ctx: &Context, k: usize, head: usize) -> bool {
    let tokens = &ctx.segments.tokens;
    let title_word = |i: usize| {
        matches!(ctx.tag(i), Tag::Nnp | Tag::Nnps)
            && tokens[i].has(crate::segment::CAPITALIZED)
            && !in_name(ctx, i)
            && !ctx.in_quote(i)
    };
    k >= 1
        && k < head
        && ctx.word_is(k, "and")
        && title_word(k - 1)
        && (title_word(k + 1)
            || ctx
                .mention(k + 1)
                .is_some_and(|m| ctx.mentions[m].kind == EntityType::Org))
        && (k + 1..=head).all(|i| tokens[i].has(crate::segment::CAPITALIZED))
}

/// The subject phrase that ends right before token `end` (exclusive), no further left than
/// `from`: a noun phrase with its prepositional and participle tails ("a third of voters
/// surveyed", "a spokeswoman for the commission"), and coordinated names ("Bolton and Gorka").
/// Returns its first token.
pub fn subject_ending(ctx: &Context, from: usize, end: usize) -> Option<usize> {
    if end <= from || end > ctx.segments.tokens.len() {
        return None;
    }
    let mut last = end - 1;
    // A quantity standing alone as the subject: "most said", "some cheer", "another tweeted".
    if is_quantity(ctx, last) && !is_head(ctx, last) && (last == from || !is_nominal(ctx, last - 1))
    {
        return Some(last);
    }
    // A participle or a prepositional tail after the head: walk back to a head.
    let mut start;
    // Whether the walk has joined two plural nouns by "and".
    let mut listed = false;
    loop {
        // "people familiar with the talks": a tail ends the phrase; find its head first.
        if ctx.word_is(last, ")") {
            let open = (from..last)
                .rev()
                .take(MAX_PARENTHETICAL)
                .find(|&k| ctx.word_is(k, "("))?;
            if open <= from {
                return None;
            }
            last = open - 1;
        }
        if !is_head(ctx, last) {
            // "voters surveyed", "those asked": a participle after its head.
            if matches!(ctx.tag(last), Tag::Vbn | Tag::Vbg | Tag::Jj)
                && last > from
                && (is_head(ctx, last - 1) || ctx.word_is_ignore_case(last - 1, "those"))
                && !in_name(ctx, last)
            {
                last -= 1;
            } else {
                return None;
            }
        }
        start = bare_start(ctx, from, last);
        // "a third of voters", "a spokeswoman for the commission": a tail joins an earlier head.
        if start >= from + 2
            && (joins_tail(ctx, start - 1) || joins_agent(ctx, start - 1))
            && (is_head(ctx, start - 2)
                || ctx.word_is_ignore_case(start - 1, "of") && is_quantity(ctx, start - 2))
        {
            last = start - 2;
            if end - last > MAX_TOKENS {
                break;
            }
            // "Most of those asked", "two of them": a quantity standing as the head; "A third
            // of voters": with its article.
            if !is_head(ctx, last) {
                start = last;
                if last > from && ctx.tag(last - 1) == Tag::Dt && is_quantity(ctx, last) {
                    start = last - 1;
                }
                break;
            }
            continue;
        }
        // "people familiar with the talks".
        if start >= from + 3
            && joins_tail(ctx, start - 1)
            && ctx.tag(start - 2).is_adjective()
            && is_head(ctx, start - 3)
        {
            last = start - 3;
            continue;
        }
        // "people briefed on the talks", "officials quoted by the paper": a participle and its
        // tail after a plural head (the tagger may read the participle as a past or present
        // verb: it has no subject here but the head it follows).
        if start >= from + 3
            && (is_reduced_participle(ctx, start - 2)
                || is_document_participle(ctx, start - 2) && ctx.tag(end).is_finite_verb())
        {
            last = start - 3;
            continue;
        }
        // "Bolton and Gorka", "officials and experts", "Priya Nair and her colleagues".
        if start >= from + 2
            && ctx.word_is_ignore_case(start - 1, "and")
            && is_head(ctx, start - 2)
            && (in_name(ctx, start)
                || ctx.tag(start) == Tag::Nns
                || ctx.tag(start) == Tag::PrpS && in_name(ctx, start - 2))
            && (in_name(ctx, start - 2) || ctx.tag(start - 2) == Tag::Nns)
        {
            listed = ctx.tag(start) == Tag::Nns && ctx.tag(start - 2) == Tag::Nns;
            last = start - 2;
            continue;
        }
        // "painters, poets, actors and doctors": before the "and" of plural nouns, the list
        // goes on through its commas.
        if listed
            && start >= from + 2
            && ctx.word_is(start - 1, ",")
            && ctx.tag(start) == Tag::Nns
            && ctx.tag(start - 2) == Tag::Nns
            && !in_name(ctx, start - 2)
            && !ctx.in_quote(start - 2)
        {
            last = start - 2;
            continue;
        }
        break;
    }
    Some(reduced_relative_start(ctx, start, end))
}

/// "…, a move Mayor Dana Whitfield called “long overdue”": an indefinite article and a noun that
/// names no person or source right before a capitalised name are the object of a relative clause
/// without its "that", not the name's modifiers; the subject starts at the name (or its title),
/// a one-word name too ("a change Holt called"). "a spokeswoman Ann Holt" and "the county
/// Sheriff Tom Vale" keep their words.
fn reduced_relative_start(ctx: &Context, start: usize, end: usize) -> usize {
    let name = start + 2;
    let reduced = name < end
        && matches!(ctx.word(start), "a" | "an")
        && ctx.tag(start + 1) == Tag::Nn
        && !in_name(ctx, start + 1)
        && !ctx.is(start + 1, class::SOURCE_NOUN | class::JOB_OR_TITLE)
        && ctx.segments.tokens[name].has(crate::segment::CAPITALIZED)
        && (name..end).any(|k| in_name(ctx, k));
    if reduced {
        name
    } else {
        start
    }
}

/// The phrase that starts at token `start`, no further right than `limit` (exclusive): a noun
/// phrase, its parenthetical, prepositional tails and one appositive ("Douglas Holtz-Eakin, an
/// economist at the forum"), cut before a clause. Returns one past its last token.
pub fn object_from(ctx: &Context, start: usize, limit: usize) -> Option<usize> {
    let limit = limit
        .min(ctx.segments.tokens.len())
        .min(start + MAX_TOKENS * 2);
    // "said a third of those asked": a quantity the tagger read as an adjective heads the phrase
    // before "of".
    let bare = bare_end(ctx, start, limit).or_else(|| {
        let k = (start..limit.min(start + 3)).find(|&k| !is_nominal(ctx, k))?;
        (k > start && ctx.word_is_ignore_case(k, "of") && is_quantity(ctx, k - 1)).then_some(k)
    })?;
    let head_end = plural_list_end(ctx, coordinated_end(ctx, bare, limit), limit);
    let mut end = head_end;
    // A parenthetical: "Rep. Jane Doe (D-Ore.)".
    if end < limit && ctx.word_is(end, "(") {
        if let Some(close) =
            (end + 1..limit.min(end + MAX_PARENTHETICAL)).find(|&k| ctx.word_is(k, ")"))
        {
            end = close + 1;
        }
    }
    // An adjective or participle with its own prepositional tail: "one official familiar with
    // the talks", "a poll conducted in March".
    if end + 2 < limit
        && (matches!(ctx.tag(end), Tag::Jj | Tag::Vbn)
            || is_past_read_as_participle(ctx, start, end))
        && !in_name(ctx, end)
        && !ctx.is_cue(end)
        && (joins_tail(ctx, end + 1) || joins_agent(ctx, end + 1))
        && !(ctx.tag(end) == Tag::Vbn && is_main_verb(ctx, start, end))
    {
        if let Some(e) = bare_end(ctx, end + 2, limit) {
            end = e;
        }
    } else if let Some(e) = document_time_tail(ctx, start, end, limit) {
        // "a study last year by economists at …", "a poll released Monday", "a report issued
        // earlier this year".
        end = e;
    } else if end + 2 < limit
        && ctx.tag(end) == Tag::Vbn
        && !in_name(ctx, end)
        && ctx.word_is_ignore_case(end + 1, "as")
        && in_name(ctx, end + 2)
        && !is_main_verb(ctx, start, end)
    {
        // "the station chief known as Sam": a participle naming the head.
        if let Some(e) = bare_end(ctx, end + 2, limit) {
            end = e;
        }
    }
    // Prepositional tails: "a spokeswoman for the commission", "Dana Ortiz at Harbor Capital".
    for _ in 0..2 {
        // "the union on Tuesday said", "officials in March": a time says when, not who.
        let when = time_phrase_end(ctx, end + 1, limit).is_some();
        if end + 1 < limit && (joins_tail(ctx, end) || joins_agent(ctx, end)) && !when {
            match bare_end(ctx, end + 1, limit) {
                Some(e) => {
                    end = plural_list_end(ctx, coordinated_end(ctx, e, limit), limit);
                    end = coordinated_body_end(ctx, end, limit);
                }
                // "40 percent of those asked": "those" with its participle is the tail's head.
                None if end + 2 < limit
                    && ctx.word_is_ignore_case(end, "of")
                    && ctx.word_is_ignore_case(end + 1, "those")
                    && ctx.tag(end + 2) == Tag::Vbn
                    && !in_name(ctx, end + 2) =>
                {
                    end += 3;
                    break;
                }
                None => break,
            }
        } else {
            break;
        }
    }
    // One appositive between commas: ", an economist at the forum"; after an age, one more:
    // "Dora Lane, 39, a waitress at the diner", "Ray Gomez, 55, of Brigantine".
    let mut after_age = false;
    let before_age = end;
    for _ in 0..2 {
        // A party and state tag, with its periods: "Sen. Ann Lee, R-Neb.,", "D-N.M.".
        if end + 1 < limit && ctx.word_is(end, ",") {
            if let Some(e) = party_tag_end(ctx, end + 1, limit) {
                end = e;
                break;
            }
        }
        let opens = end + 1 < limit
            && ctx.word_is(end, ",")
            // ", giving evidence to …" says what the speaker did; ", including …" lists.
            && (!opens_participle_clause_at(ctx, end + 1) || ctx.word_is(end + 1, "including"))
            && (is_nominal(ctx, end + 1)
                || after_age && joins_tail(ctx, end + 1)
                || modifies_role_in_appositive(ctx, end + 1, limit));
        if !opens {
            break;
        }
        let mut k = end + 1;
        let stop = limit.min(end + 1 + MAX_APPOSITIVE);
        while k < stop
            && (!matches!(ctx.word(k), "," | ";" | ":" | "." | ")" | "(")
                || k > end + 1 && is_period_inside_name(ctx, k))
            && !opens_clause(ctx, k)
            && !ctx.in_quote(k)
            && !ctx.is_cue(k)
            && (is_nominal(ctx, k)
                || joins_tail(ctx, k)
                || ctx.tag(k).is_adverb()
                || k == end + 1 && modifies_role_in_appositive(ctx, k, limit)
                || k > end + 1 && is_period_inside_name(ctx, k))
        {
            k += 1;
        }
        // The appositive must end in a head ("a doctor", not "a former") and be closed: by a
        // comma, a bracket, a dash, the end of the sentence, a quotation or a cue. A phrase that
        // runs into a verb is the subject of the next clause ("according to the report,
        // emissions were …"), not an appositive.
        let closed = k >= limit
            || matches!(
                ctx.word(k),
                "," | ";" | ":" | "." | ")" | "—" | "–" | "-" | "--"
            )
            || ctx.in_quote(k)
            || ctx.is_cue_reporting(k);
        let mut last = k;
        while last > end + 1 && !is_head(ctx, last - 1) {
            last -= 1;
        }
        if !closed || last <= end + 1 {
            // The appositive after an age runs into a clause: "Dora Lane, 39, a waitress who
            // …". The phrase would end inside the description the age opens; the name alone is
            // the speaker.
            if after_age {
                end = before_age;
            }
            break;
        }
        let age = last == end + 2 && ctx.tag(end + 1) == Tag::Cd;
        end = last;
        if after_age || !age {
            break;
        }
        after_age = true;
    }
    Some(end)
}

/// The end of a party and state tag starting at `start`, one token shaped as a capital, a hyphen
/// and a capital ("R-Neb", "D-N"), with the letters and periods written onto it ("D-N.M."):
/// the period after the state's abbreviation belongs to the tag, even where it also ends the
/// sentence. `None` where `start` holds no such tag.
fn party_tag_end(ctx: &Context, start: usize, limit: usize) -> Option<usize> {
    let b = ctx.word(start).as_bytes();
    let shaped =
        b.len() >= 3 && b[0].is_ascii_uppercase() && b[1] == b'-' && b[2].is_ascii_uppercase();
    if !shaped {
        return None;
    }
    // The state written out is no abbreviation, and the period after it ends the sentence:
    // "said state Rep. Karen Holt, R-Chatham. She said …" (an ordinary appositive, as "R-Texas").
    let state = &ctx.word(start)[2..];
    if state.len() > 2 && !crate::segment::abbreviations::is_abbreviation(state) {
        return None;
    }
    let mut end = start + 1;
    while end < limit && ctx.word_is(end, ".") && !spaced_before(ctx, end) {
        end += 1;
        let letters = end < limit
            && !spaced_before(ctx, end)
            && ctx.segments.tokens[end].has(crate::segment::CAPITALIZED)
            && ctx.word(end).len() <= 2;
        if !letters {
            break;
        }
        end += 1;
    }
    // "R-Texas" carries no period: an ordinary appositive ("T-Mobile's chief").
    (end > start + 1).then_some(end)
}

/// A list of plural nouns after a plural head at `end - 1`: ", poets, actors and doctors" (the
/// commas of a list, closed by "and" and a plural noun, are no appositive). Returns the list's
/// end, or `end`.
fn plural_list_end(ctx: &Context, end: usize, limit: usize) -> usize {
    let plural =
        |k: usize| k < limit && ctx.tag(k) == Tag::Nns && !in_name(ctx, k) && !ctx.in_quote(k);
    if end == 0 || !plural(end - 1) {
        return end;
    }
    let mut k = end;
    while k + 1 < limit && ctx.word_is(k, ",") && plural(k + 1) {
        k += 2;
    }
    if k > end && k + 1 < limit && ctx.word_is_ignore_case(k, "and") && plural(k + 1) {
        k + 2
    } else {
        end
    }
}

/// Names coordinated before one plural head: after a phrase ending in a name at `end`, "and", a
/// name and a plural common noun ("the State *and Homeland Security departments*", "officials at
/// the Defense *and Interior ministries*") belong to it. Returns the phrase's new end, or `end`.
pub(super) fn coordinated_end(ctx: &Context, end: usize, limit: usize) -> usize {
    let proper =
        |k: usize| in_name(ctx, k) || ctx.segments.tokens[k].has(crate::segment::CAPITALIZED);
    if end == 0
        || end + 2 >= limit
        || !ctx.word_is(end, "and")
        || !proper(end - 1)
        || !proper(end + 1)
    {
        return end;
    }
    match bare_end(ctx, end + 1, limit) {
        Some(e) if ctx.tag(e - 1) == Tag::Nns && !in_name(ctx, e - 1) => e,
        _ => end,
    }
}

/// Two organisations joined in a tail: after a tail ending in an organisation's name at `end`,
/// "and", another organisation's name (with its article) that closes the phrase ("economists at
/// Kelby University *and the University of Marlow*", "researchers at Kelby University *and
/// Marlow College*,"): the tail names both. Returns the phrase's new end, or `end`.
fn coordinated_body_end(ctx: &Context, end: usize, limit: usize) -> usize {
    let org = |k: usize| {
        ctx.mention(k)
            .is_some_and(|m| ctx.mentions[m].kind == EntityType::Org)
    };
    if end == 0 || end + 2 >= limit || !ctx.word_is(end, "and") || !org(end - 1) {
        return end;
    }
    let first = if ctx.word_is_ignore_case(end + 1, "the") {
        end + 2
    } else {
        end + 1
    };
    let Some(m) = ctx.mention(first).filter(|_| org(first)) else {
        return end;
    };
    let after = ctx
        .segments
        .token_at_or_after(ctx.mentions[m].span.end)
        .min(limit);
    let closes = after >= limit || matches!(ctx.word(after), "," | "." | ";" | ")" | "—");
    if closes && ctx.segments.tokens[first].span().start == ctx.mentions[m].span.start {
        after
    } else {
        end
    }
}

/// Whether the phrase starting at token `start` stands where no clause can: right after
/// "according to", or right after a cue that follows a quotation ("“…,” said one aide …").
fn in_object_position(ctx: &Context, start: usize) -> bool {
    start >= 2
        && (ctx.according_to_at(start - 2, start)
            || ctx.is_cue(start - 1)
                && (ctx.in_quote(start - 2)
                    || start >= 3 && ctx.word_is(start - 2, ",") && ctx.in_quote(start - 3)))
}

/// A past form ending in "-ed" right after the head of a phrase in object position, before a
/// preposition or "by", is a participle the tagger read as a past tense: "said one aide
/// *involved* in the talks", "according to a poll *conducted* in March". Such a phrase has no
/// verb of its own; "officials said the board *voted* on Monday" (no object position) keeps it.
fn is_past_read_as_participle(ctx: &Context, start: usize, k: usize) -> bool {
    k > start
        && ctx.tag(k) == Tag::Vbd
        && ctx.word(k).ends_with("ed")
        && !in_name(ctx, k)
        && !ctx.is_cue(k)
        && is_head(ctx, k - 1)
        && (joins_tail(ctx, k + 1) || ctx.word_is_ignore_case(k + 1, "by"))
        && in_object_position(ctx, start)
        && one_bare_phrase(ctx, start, k)
}

/// Whether tokens `a..k` are one bare noun phrase, no appositive or clause inside: "figures her
/// campaign *released*" and "Ms. Gil, whose family *moved*" hold a clause's subject before the
/// past form, so it is that clause's verb.
fn one_bare_phrase(ctx: &Context, a: usize, k: usize) -> bool {
    let breaks = |i: usize| {
        ctx.word_is(i, ",")
            || matches!(
                ctx.tag(i),
                Tag::Wp | Tag::WpS | Tag::Wdt | Tag::Wrb | Tag::Prp
            )
            || (i > a && matches!(ctx.tag(i), Tag::PrpS | Tag::Dt))
    };
    !(a..k).any(breaks) && matches!(ctx.tag(k - 1), Tag::Nn | Tag::Nns | Tag::Nnp | Tag::Nnps)
}

/// A time phrase starting at token `k` ("Monday", "last year", "earlier this year"): up to two
/// of last/this/next/earlier/later/online/early/late, then a time word. Returns one past it.
pub(super) fn time_phrase_end(ctx: &Context, k: usize, limit: usize) -> Option<usize> {
    const BEFORE: [&str; 8] = [
        "last", "this", "next", "earlier", "later", "online", "early", "late",
    ];
    let mut i = k;
    while i < limit && i - k < 2 && ctx.word_in_ignore_case(i, &BEFORE) {
        i += 1;
    }
    (i < limit && ctx.is(i, class::TIME_WORD) && !ctx.in_quote(i)).then_some(i + 1)
}

/// After a document's head ending at `end` (exclusive): a time phrase and "by" with its agent
/// ("a study last year by economists at Leeds"), or a participle and a time phrase, with "in" or
/// "on" or without ("a poll released Monday", "a report issued earlier this year", "a poll
/// conducted in February"). Returns the phrase's new end.
fn document_time_tail(ctx: &Context, start: usize, end: usize, limit: usize) -> Option<usize> {
    if end == 0
        || end >= limit
        || !ctx.is(end - 1, class::DOCUMENT_OR_BODY)
        || !is_head(ctx, end - 1)
    {
        return None;
    }
    if let Some(t) = time_phrase_end(ctx, end, limit) {
        if t + 1 < limit && ctx.word_is_ignore_case(t, "by") {
            let e = bare_end(ctx, t + 1, limit)?;
            return Some(coordinated_end(ctx, e, limit));
        }
        return None;
    }
    let participle = (ctx.tag(end) == Tag::Vbn && !is_main_verb(ctx, start, end))
        || (ctx.tag(end) == Tag::Vbd
            && ctx.word(end).ends_with("ed")
            && in_object_position(ctx, start));
    if !participle || in_name(ctx, end) || ctx.is_cue(end) {
        return None;
    }
    // "a poll conducted in February", "a report released on Monday".
    let prepositioned = end + 2 < limit
        && (ctx.word_is_ignore_case(end + 1, "in") || ctx.word_is_ignore_case(end + 1, "on"));
    time_phrase_end(ctx, end + 1, limit).or_else(|| {
        prepositioned
            .then(|| time_phrase_end(ctx, end + 2, limit))
            .flatten()
    })
}

/// Whether the participle at token `verb`, after the phrase that opens its sentence at token
/// `start`, is that sentence's main verb: no finite verb follows outside quotations but one
/// that opens a relative clause. "A poll conducted in March found …" has its main verb later;
/// in "The crowd cheered for the mayor of Wren who called the plan “…”" (the tagger read
/// "cheered" as a participle) only the relative clause's verb follows, so "cheered" is the
/// main verb and "The crowd" a whole phrase.
fn is_main_verb(ctx: &Context, start: usize, verb: usize) -> bool {
    let Some(sentence) = ctx.sentence_of(start) else {
        return false;
    };
    if sentence.first_token as usize != start {
        return false;
    }
    let relative =
        |k: usize| matches!(ctx.tag(k), Tag::Wp | Tag::Wdt) || ctx.word_is_ignore_case(k, "that");
    let end = (sentence.end_token as usize).min(ctx.segments.tokens.len());
    let opens_relative =
        |k: usize| relative(k - 1) || k >= 2 && relative(k - 2) && ctx.tag(k - 1).is_adverb();
    // The first finite verb after it, outside quotations, names and relative clauses: none, or
    // one joined to it by "and"/"or" ("The mayor visited in April *and said* …", with "visited"
    // read as a participle), leaves it the main verb.
    let next_verb = (verb + 1..end).find(|&k| {
        !ctx.in_quote(k) && ctx.tag(k).is_finite_verb() && !in_name(ctx, k) && !opens_relative(k)
    });
    next_verb.is_none_or(|k| ctx.tag(k - 1) == Tag::Cc)
}

/// One past the head of the bare noun phrase starting at `start`.
fn bare_end(ctx: &Context, start: usize, limit: usize) -> Option<usize> {
    let mut k = start;
    let mut end = None;
    while k < limit && k - start < MAX_TOKENS && is_nominal(ctx, k) {
        if k > start && is_when_after_head(ctx, k) {
            break;
        }
        // "the union chief last week": "last" or "next" and a time word after a head say when.
        if k > start
            && is_head(ctx, k - 1)
            && (ctx.word_is_ignore_case(k, "last") || ctx.word_is_ignore_case(k, "next"))
            && time_phrase_end(ctx, k, limit).is_some()
        {
            break;
        }
        if is_head(ctx, k) {
            end = Some(k + 1);
        }
        // "40 per cent of those asked": British copy writes the percent sign as two words.
        if k + 2 < limit
            && ctx.tag(k) == Tag::Cd
            && ctx.word_is_ignore_case(k + 1, "per")
            && ctx.word_is_ignore_case(k + 2, "cent")
        {
            end = Some(k + 3);
            k += 3;
            continue;
        }
        // A possessive continues the phrase; a determiner after the first token ends it.
        if k > start && matches!(ctx.tag(k), Tag::Dt) && ctx.tag(k - 1) != Tag::Pdt {
            break;
        }
        k += 1;
    }
    // A pronoun stands alone.
    if ctx.tag(start) == Tag::Prp {
        return Some(start + 1);
    }
    end
}

/// A day, month or "today" after a phrase's head says when, not who: "said Acme Corp.
/// *Tuesday*", "the senator *Friday*". After a determiner, modifier or possessive it is part of
/// the phrase ("the March poll", "Friday's statement").
fn is_when_after_head(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.is(k, class::TIME_WORD)
        && !in_name(ctx, k)
        && (ctx.segments.tokens[k].has(crate::segment::CAPITALIZED)
            || crate::words::any_ignore_case(&["today", "yesterday", "tonight"], w))
        && !matches!(
            ctx.tag(k - 1),
            Tag::Dt | Tag::Jj | Tag::PrpS | Tag::Pos | Tag::Cd | Tag::Pdt
        )
        && !(k + 1 < ctx.segments.tokens.len() && matches!(ctx.word(k + 1), "'s" | "’s"))
}

/// Whether a phrase over tokens `a..b` has a speaker's shape: it holds no finite verb or clause
/// word outside names and brackets, does not start with a verb, a preposition or a conjunction,
/// and ends in a head (or a closing bracket).
pub fn is_well_formed(ctx: &Context, a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    let role_modifier = modifies_role_after_quote(ctx, a, b) || modifies_role_at_opening(ctx, a, b);
    let mut depth = 0;
    for k in a..b {
        if ctx.word_is(k, "(") {
            depth += 1;
        } else if ctx.word_is(k, ")") {
            depth -= 1;
        }
        if depth > 0 || in_name(ctx, k) {
            continue;
        }
        // A finite verb's tag that reads otherwise here: a modifier, a noun, a participle.
        let read_otherwise = || {
            (k == a && role_modifier)
                || is_noun_read_as_verb(ctx, k)
                || is_past_read_as_participle(ctx, a, k)
                || (k > a && is_reduced_participle(ctx, k))
                || (k > a && is_document_participle(ctx, k))
                || is_hyphened_modifier(ctx, k)
                || (k > a && modifies_role_in_appositive(ctx, k, b))
                || (k > a && is_role_read_as_other(ctx, k))
        };
        if (ctx.tag(k).is_finite_verb() && !read_otherwise())
            || matches!(ctx.tag(k), Tag::Wdt | Tag::Wp)
        {
            return false;
        }
        if ctx.segments.tokens[k].kind() == TokenKind::Punct
            && !matches!(ctx.word(k), "," | "-" | "." | "(" | ")" | "&" | "/" | "'")
            && !is_plural_possessive(ctx, k)
        {
            return false;
        }
    }
    let first = ctx.tag(a);
    // A participle before a noun, opening the sentence, modifies it: "Striking workers",
    // "Elected officials"; elsewhere it takes an object ("telling reporters").
    let participle_modifier = matches!(first, Tag::Vbg | Tag::Vbn)
        && b > a + 1
        && matches!(ctx.tag(a + 1), Tag::Nn | Tag::Nns | Tag::Jj)
        && ctx
            .sentence_of(a)
            .is_some_and(|s| s.first_token as usize == a)
        || role_modifier
        || is_hyphened_modifier(ctx, a);
    // "Both said", "Both men said": the tagger may read "both" as a coordinator; opening a
    // phrase it is a quantity.
    let lone_quantity = is_quantity(ctx, a);
    let bad_start = !in_name(ctx, a)
        && !participle_modifier
        && !lone_quantity
        && !approximates_share(ctx, a, b)
        && (first.is_verb()
            || matches!(
                first,
                Tag::In | Tag::To | Tag::Cc | Tag::Rb | Tag::Wrb | Tag::WpS
            ) && !ctx.word_is_ignore_case(a, "according")
                && !is_adjective_read_as_preposition(ctx, a));
    // A participle may follow a plural head: "voters surveyed", "economists polled", "two of
    // them polled", "most of those asked".
    let participle_tail = b >= a + 2
        && ctx.tag(b - 1) == Tag::Vbn
        && (matches!(ctx.tag(b - 2), Tag::Nns | Tag::Prp)
            || ctx.word_is_ignore_case(b - 2, "those"))
        && !in_name(ctx, b - 1);
    let end_ok = is_head(ctx, b - 1)
        || participle_tail
        || ctx.word_is(b - 1, ")")
        || ctx.word_is(b - 1, ".")
        || (b == a + 1 && is_quantity(ctx, a));
    !bad_start && end_ok
}

/// Words that make a share approximate: "*nearly* half", "*about* 40 percent", "*only* 24
/// percent", "*some* 60 percent".
pub(super) fn is_approximator(ctx: &Context, k: usize) -> bool {
    const APPROX: [&str; 10] = [
        "nearly", "almost", "about", "roughly", "around", "some", "just", "only", "over", "under",
    ];
    ctx.word_in_ignore_case(k, &APPROX)
}

/// Whether the phrase over tokens `a..b` opens with an approximator before a number or a
/// quantity ("Nearly half of voters", "Only 24 percent"): the adverb is the share's.
fn approximates_share(ctx: &Context, a: usize, b: usize) -> bool {
    a + 1 < b && is_approximator(ctx, a) && (ctx.tag(a + 1) == Tag::Cd || is_quantity(ctx, a + 1))
}

/// A lower-case verb form opening a phrase right after a quotation, before a role noun and a
/// name, modifies the role: "“…,” *retired* fisherman Bill Tate said" (the model reads
/// "retired" as a past tense), "“…,” *lead* author Prof Ann Holt said" ("lead/VBP"). Right after a quotation's closing mark a finite verb that is no
/// cue has no subject, so only the modifier reads.
fn modifies_role_after_quote(ctx: &Context, a: usize, b: usize) -> bool {
    b > a + 2
        && is_verb_read_after_quote(ctx, a)
        && matches!(ctx.tag(a + 1), Tag::Nn | Tag::Jj)
        && (a + 2..b).any(|k| in_name(ctx, k))
}

/// A lower-case verb form right after a quotation's closing mark (or the comma or dash after it)
/// that is no cue: with no subject there, it is read as a verb only by mistake ("*retired*",
/// "*lead*/VBP author").
pub(super) fn is_verb_read_after_quote(ctx: &Context, a: usize) -> bool {
    let after_quote = a > 0
        && (ctx.in_quote(a - 1)
            || a > 1 && matches!(ctx.word(a - 1), "," | "—" | "–") && ctx.in_quote(a - 2));
    after_quote
        && matches!(ctx.tag(a), Tag::Vbd | Tag::Vbn | Tag::Vbg | Tag::Vbp)
        && !ctx.segments.tokens[a].has(crate::segment::CAPITALIZED)
        && !ctx.is_cue(a)
}

/// The capitalised first word of a sentence that the tagger read as a verb, before a role noun
/// and a name, modifies the role: "*Head* teacher Anjali Mehta told …" ("Head/VBP"). Opening
/// the sentence before a noun, it has no subject; a cue there ("Says spokeswoman …") is a verb.
fn modifies_role_at_opening(ctx: &Context, a: usize, b: usize) -> bool {
    b > a + 2
        && ctx.tag(a).is_verb()
        && ctx.segments.tokens[a].has(crate::segment::CAPITALIZED)
        && ctx
            .sentence_of(a)
            .is_some_and(|s| s.first_token as usize == a)
        && !ctx.is_cue(a)
        && ctx.tag(a + 1) == Tag::Nn
        && ctx.is(a + 1, class::SOURCE_NOUN | class::JOB_OR_TITLE)
        && (a + 2..b).any(|k| in_name(ctx, k))
}

/// An adjective in "-al" the tagger read as a preposition before a role noun: "*tribal*/IN
/// chairman Ernest Yazzie", "*regional* director". No preposition ends so.
pub(super) fn is_adjective_read_as_preposition(ctx: &Context, k: usize) -> bool {
    let w = ctx.word(k);
    ctx.tag(k) == Tag::In
        && w.len() >= 5
        && w.ends_with("al")
        && !ctx.is(k, class::PREPOSITION)
        && k + 1 < ctx.segments.tokens.len()
        && matches!(ctx.tag(k + 1), Tag::Nn | Tag::Nns)
        && ctx.is(k + 1, class::SOURCE_NOUN | class::JOB_OR_TITLE)
}

/// A lower-case past form opening an appositive, before a role noun and a name, modifies the
/// role: "her neighbour, *retired* engineer Bill Okoro" (the tagger reads "retired" as a past
/// tense). Right after the appositive's comma a finite verb has no subject of its own.
pub(super) fn modifies_role_in_appositive(ctx: &Context, k: usize, b: usize) -> bool {
    k > 0
        && ctx.word_is(k - 1, ",")
        && k + 2 < b
        && matches!(ctx.tag(k), Tag::Vbd | Tag::Vbn)
        && !ctx.segments.tokens[k].has(crate::segment::CAPITALIZED)
        && !ctx.in_quote(k)
        && !ctx.is_cue(k)
        && matches!(ctx.tag(k + 1), Tag::Nn | Tag::Jj)
        && (k + 2..b).any(|i| in_name(ctx, i))
}

/// A speaker phrase in the shape of [`is_well_formed`]: unchanged when it has it, else rebuilt as
/// the noun phrase at its anchor (its last token when it stands before its cue or has none, its
/// first when it stands after its cue), or `None` when no noun phrase stands there.
pub fn repair(ctx: &Context, phrase: SpeakerPhrase, cue: Option<Span>) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let a = seg.token_at_or_after(phrase.span.start);
    let b = seg.token_at_or_after_from(a, phrase.span.end).max(a + 1);
    if phrase.pronoun.is_some() && b == a + 1 {
        return Some(phrase);
    }
    if is_well_formed(ctx, a, b) {
        return Some(phrase);
    }
    let after_cue = cue.is_some_and(|c| c.end <= phrase.span.start);
    let (start, end) = if after_cue {
        (a, object_from(ctx, a, b)?)
    } else {
        // The anchor is the last token; a name's phrase keeps its name; a relative clause set
        // off by a comma ("the critic, who teaches law,") describes what comes before it.
        let mut last = b - 1;
        if let Some(comma) = (a + 1..last).find(|&k| {
            ctx.word_is(k, ",") && matches!(ctx.tag(k + 1), Tag::Wp | Tag::WpS | Tag::Wdt)
        }) {
            last = comma - 1;
        }
        if let Some(m) = phrase.mention {
            last = seg
                .token_at_or_after(ctx.mentions[m].span.end)
                .saturating_sub(1)
                .min(last);
        }
        (subject_ending(ctx, a, last + 1)?, last + 1)
    };
    if start >= end || !is_well_formed(ctx, start, end) {
        return None;
    }
    let span = seg.tokens[start].span().cover(seg.tokens[end - 1].span());
    let mention = phrase
        .mention
        .filter(|&m| span.contains(ctx.mentions[m].span))
        .or_else(|| {
            (start..end)
                .rev()
                .filter_map(|k| ctx.mention(k))
                .find(|&m| {
                    span.contains(ctx.mentions[m].span)
                        && matches!(ctx.mentions[m].kind, EntityType::Person | EntityType::Org)
                })
        });
    let pronoun = if end == start + 1 {
        ctx.pronoun(start)
    } else {
        None
    };
    Some(SpeakerPhrase {
        span,
        mention,
        pronoun,
    })
}

/// The subject noun phrase of the cue at token `cue`, reading no further left than `from` (past
/// auxiliaries and adverbs), as a speaker phrase.
pub fn cue_subject(ctx: &Context, from: usize, cue: usize) -> Option<SpeakerPhrase> {
    let end = super::frame::subject_end(ctx, from, cue);
    let start = subject_ending(ctx, from, end)?;
    // "Stephanie Lark of Derry, Vt. said": the state ends the person's phrase; it is no subject.
    if let Some(person) = ctx
        .mention(start)
        .and_then(|m| super::frame::named_before_home(ctx, from, m))
    {
        return Some(super::frame::name_phrase(ctx, person, end).0);
    }
    phrase_over(ctx, start, end)
}

/// The noun phrase right after the cue at token `cue` ("said the minister", "according to
/// officials"), reading no further right than `limit`, as a speaker phrase.
pub fn cue_object(ctx: &Context, first: usize, limit: usize) -> Option<SpeakerPhrase> {
    let end = object_from(ctx, first, limit)?;
    phrase_over(ctx, first, end)
}

/// The noun phrase a possessive pronoun at token `first` opens, reading no further right than
/// `limit`: "*her* warning", "*his* longtime aide". A possessive alone names no speaker: "Her team
/// plans to …" holds "Her team", never "Her"; with no noun after it there is no phrase.
pub fn possessed_phrase(ctx: &Context, first: usize, limit: usize) -> Option<SpeakerPhrase> {
    let end = bare_end(ctx, first, limit)?;
    if end <= first + 1 {
        return None;
    }
    phrase_over(ctx, first, end)
}

/// The description whose head is token `head` ("the Florida senator", "a spokesman for Platte
/// River"), within tokens `from..limit`, with its prepositional tails and appositive.
pub fn description_at(
    ctx: &Context,
    from: usize,
    head: usize,
    limit: usize,
) -> Option<SpeakerPhrase> {
    if !is_head(ctx, head) || head < from {
        return None;
    }
    let start = bare_start(ctx, from, head);
    let end = object_from(ctx, start, limit)?.max(head + 1);
    phrase_over(ctx, start, end)
}

/// A speaker phrase over tokens `start..end`, with the name or pronoun it is, if any.
fn phrase_over(ctx: &Context, start: usize, end: usize) -> Option<SpeakerPhrase> {
    if start >= end || !is_well_formed(ctx, start, end) {
        return None;
    }
    let seg = ctx.segments;
    let span = seg.tokens[start].span().cover(seg.tokens[end - 1].span());
    if end == start + 1 {
        if let Some(g) = ctx.pronoun(start) {
            return Some(SpeakerPhrase::pronoun(span, g));
        }
    }
    // Possessive pronouns and the like are no speakers.
    if end == start + 1 && ctx.is(start, class::DETERMINER) && !is_quantity(ctx, start) {
        return None;
    }
    // The last name in it ("White House press secretary Josh Earnest"), but not one that only
    // modifies the head ("Madeleine Albright, a Clinton supporter"), nor one in a prepositional
    // tail after a name that is the phrase's head ("Dana Ortiz at Harbor Capital" is Dana Ortiz,
    // "Ann Marsh, 39, a nurse at Derry General" Ann Marsh; "a spokesman for Harbor Capital", "a
    // Secret Service agent for Tom Vale", "Tom Vale's chief of staff, Ann Marsh", where no name
    // stands as the head before the preposition, keep the last name).
    let speaker_name = |m: usize| {
        span.contains(ctx.mentions[m].span)
            && matches!(ctx.mentions[m].kind, EntityType::Person | EntityType::Org)
            && !modifies_people_noun(ctx, m, span)
            && !is_participle_agent(ctx, m)
    };
    let head_name = |m: usize| {
        let next = seg.token_at_or_after(ctx.mentions[m].span.end);
        speaker_name(m)
            && next < end
            && (ctx.tag(next) == Tag::In || seg.tokens[next].kind() == TokenKind::Punct)
            && !ctx.tag(next).is_possessive()
    };
    let before_tail = (start..end)
        .find(|&k| ctx.tag(k) == Tag::In && ctx.mention(k).is_none())
        .and_then(|tail| {
            (start..tail)
                .rev()
                .filter_map(|k| ctx.mention(k))
                .find(|&m| head_name(m))
        });
    let mention = before_tail.or_else(|| {
        (start..end)
            .rev()
            .filter_map(|k| ctx.mention(k))
            .find(|&m| speaker_name(m))
    });
    Some(SpeakerPhrase {
        span,
        mention,
        pronoun: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `f` on the context of `text`: its tokens, tags, mentions and quotations as the
    /// pipeline finds them.
    fn with_context<R>(text: &str, f: impl FnOnce(&Context) -> R) -> R {
        let p = crate::pipeline::prepare(text);
        let ctx = Context::new(text, &p.segments, &p.mentions, &p.entities, &p.quote_spans);
        f(&ctx)
    }

    /// The first token that is `word`.
    fn token(ctx: &Context, word: &str) -> usize {
        (0..ctx.segments.tokens.len())
            .find(|&k| ctx.word_is(k, word))
            .unwrap_or_else(|| panic!("{word:?} not found"))
    }

    /// The text of tokens `a..b`.
    fn words<'t>(ctx: &Context<'t>, a: usize, b: usize) -> &'t str {
        let tokens = &ctx.segments.tokens;
        &ctx.text[tokens[a].span().start()..tokens[b - 1].span().end()]
    }

    /// The subject that ends right before `cue`, read from the start of the text.
    fn subject_before(text: &str, cue: &str) -> Option<String> {
        with_context(text, |ctx| {
            let end = token(ctx, cue);
            subject_ending(ctx, 0, end).map(|start| words(ctx, start, end).to_string())
        })
    }

    /// The phrase that starts at `first`, read to the end of the text.
    fn object_at(text: &str, first: &str) -> Option<String> {
        with_context(text, |ctx| {
            let start = token(ctx, first);
            object_from(ctx, start, ctx.segments.tokens.len())
                .map(|end| words(ctx, start, end).to_string())
        })
    }

    #[test]
    fn a_noun_in_ly_after_a_determiner_and_a_name_heads_the_phrase() {
        assert_eq!(
            object_at("It fell, according to a CNN tally.", "a").as_deref(),
            Some("a CNN tally")
        );
        // Before a verb the adverb stays one: the phrase is the name's.
        with_context("The Senate only passed it.", |ctx| {
            assert!(!is_noun_read_as_adverb(ctx, token(ctx, "only")));
        });
    }

    #[test]
    fn a_party_and_state_tag_keeps_its_periods() {
        // The tag's last period is the state's abbreviation, also where it ends the sentence.
        assert_eq!(
            object_at(
                "said Sen. Carl Beaumont, R-Neb., who wrote the bill.",
                "Sen"
            )
            .as_deref(),
            Some("Sen. Carl Beaumont, R-Neb.")
        );
        assert_eq!(
            object_at("said Sen. Lydia Ortega, D-N.M.", "Sen").as_deref(),
            Some("Sen. Lydia Ortega, D-N.M.")
        );
        // A time after the tag is no part of the phrase.
        assert_eq!(
            object_at("said Rep. Tom Hale, R-Okla., on Tuesday.", "Rep").as_deref(),
            Some("Rep. Tom Hale, R-Okla.")
        );
        // A state written out takes no period: it ends the sentence.
        assert_eq!(
            object_at(
                "said state Rep. Karen Holt, R-Chatham. She said more.",
                "state"
            )
            .as_deref(),
            Some("state Rep. Karen Holt, R-Chatham")
        );
        // A hyphenated name with no period after it is no tag: its walk is the appositive's.
        assert_eq!(
            object_at("said Ann Lee, T-Mobile's chief executive.", "Ann").as_deref(),
            Some("Ann Lee, T-Mobile's chief executive")
        );
    }

    #[test]
    fn an_age_before_an_appositive_that_runs_into_a_clause_is_left_with_it() {
        // The description after the age is cut by its relative clause: the name alone.
        assert_eq!(
            object_at(
                "said Anna Palmer, 34, a Dakota native who broke into reporting.",
                "Anna"
            )
            .as_deref(),
            Some("Anna Palmer")
        );
        // An age and a closed appositive stay.
        assert_eq!(
            object_at("said Dora Lane, 39, a waitress at the diner.", "Dora").as_deref(),
            Some("Dora Lane, 39, a waitress at the diner")
        );
        // An age alone stays.
        assert_eq!(
            object_at("said Dora Lane, 39, before the vote.", "Dora").as_deref(),
            Some("Dora Lane, 39")
        );
    }

    #[test]
    fn a_participle_after_a_pronoun_stays_in_the_partitive_subject() {
        // "them polled": the participle follows its head, a pronoun; the walk steps back to the
        // head and on to the number before "of".
        assert_eq!(
            subject_before("Two of them polled said so.", "said").as_deref(),
            Some("Two of them polled")
        );
    }

    #[test]
    fn an_adjective_with_its_tail_after_the_head_stays_in_the_subject() {
        // "officials familiar with the talks", after an opening adverbial: the adjective two
        // tokens before the tail's phrase joins it to the head.
        assert_eq!(
            subject_before(
                "On Monday, two officials familiar with the talks said so.",
                "said"
            )
            .as_deref(),
            Some("two officials familiar with the talks")
        );
    }

    #[test]
    fn an_adjective_with_its_tail_after_the_head_stays_in_the_object() {
        assert_eq!(
            object_at("He met one official familiar with the talks.", "one").as_deref(),
            Some("one official familiar with the talks")
        );
    }

    #[test]
    fn an_appositive_of_the_longest_length_is_kept() {
        // Sixteen tokens between the comma and the period: the longest appositive the walk
        // reads, closed by the period.
        assert_eq!(
            object_at(
                "We met Dana Ortiz, a senior economist at the Harbor Institute for Fiscal \
                 Policy in the port city of Wren.",
                "Dana"
            )
            .as_deref(),
            Some(
                "Dana Ortiz, a senior economist at the Harbor Institute for Fiscal Policy in \
                 the port city of Wren"
            )
        );
    }

    #[test]
    fn a_bare_phrase_reads_at_most_its_longest_length() {
        // A head 24 tokens after the start is read; one 25 tokens after it is out of reach.
        let within = format!("We saw a {}dog.", "big ".repeat(22));
        let beyond = format!("We saw a {}dog.", "big ".repeat(23));
        with_context(&within, |ctx| {
            let a = token(ctx, "a");
            assert_eq!(
                bare_end(ctx, a, ctx.segments.tokens.len()),
                Some(token(ctx, "dog") + 1)
            );
        });
        with_context(&beyond, |ctx| {
            let a = token(ctx, "a");
            assert_eq!(bare_end(ctx, a, ctx.segments.tokens.len()), None);
        });
    }

    #[test]
    fn a_determiner_after_a_predeterminer_continues_the_phrase() {
        // "all the officials": the determiner after "all" does not end the phrase.
        assert_eq!(
            object_at("The report was read by all the officials.", "all").as_deref(),
            Some("all the officials")
        );
    }
    #[test]
    fn a_participle_at_the_walk_s_first_token_has_no_head_before_it() {
        // Reading from "surveyed" on, the head "Voters" before it is out of reach.
        with_context("Voters surveyed said so.", |ctx| {
            let from = token(ctx, "surveyed");
            assert_eq!(subject_ending(ctx, from, token(ctx, "said")), None);
        });
    }

    #[test]
    fn a_participle_that_is_the_sentence_s_main_verb_takes_no_tail() {
        // "cheered" read as a participle: only a relative clause's verb follows, so it is the
        // main verb and no tail of "The crowd".
        assert_eq!(
            object_at(
                "The crowd cheered for the mayor of Wren who called the plan “a disgrace.”",
                "The"
            )
            .as_deref(),
            Some("The crowd")
        );
        // With a main verb later, the participle and its tail stay in the phrase.
        assert_eq!(
            object_at("A poll conducted in March found little support.", "A").as_deref(),
            Some("A poll conducted in March")
        );
    }

    #[test]
    fn a_preposition_after_a_comma_is_no_tail_of_the_object() {
        // "the mayor, in the hall": only an adjective or participle takes its own tail there.
        assert_eq!(
            object_at("We met the mayor, in the hall.", "the").as_deref(),
            Some("the mayor")
        );
    }

    // Mutation tests (issue 15, round 33) -------------------------------------------------------

    #[test]
    fn a_one_word_name_after_an_indefinite_noun_starts_a_reduced_relative() {
        // "a change Holt called …": the name alone is the subject, as "a change Ann Holt called"
        // starts at "Ann".
        assert_eq!(
            subject_before("Tolls rose again, a change Holt called “theft.”", "called").as_deref(),
            Some("Holt")
        );
    }

    #[test]
    fn a_source_noun_after_a_quotation_keeps_the_name_it_modifies() {
        // "a spokeswoman Ann Holt": the noun before the name is a source noun, so no reduced
        // relative clause starts at the name (whatever stands before "a").
        assert_eq!(
            subject_before(
                "The ferry was “late again,” a spokeswoman Ann Holt said.",
                "said"
            )
            .as_deref(),
            Some("a spokeswoman Ann Holt")
        );
    }

    #[test]
    fn an_adverb_between_who_and_its_verb_still_opens_a_relative_clause() {
        // "who then called": the only finite verb after "booed" opens a relative clause, so
        // "booed" is the sentence's main verb.
        with_context(
            "The crowd booed the mayor of Tarn who then called the fee “fair.”",
            |ctx| assert!(is_main_verb(ctx, 0, token(ctx, "booed"))),
        );
    }

    #[test]
    fn a_preposition_after_a_quotation_is_no_role_modifier() {
        // "“…,” in Dunmore Bill Tate said": only a past form before a role noun modifies it
        // after a quotation; a phrase opening with "in" is no speaker.
        with_context("“Nobody listens,” in Dunmore Bill Tate said.", |ctx| {
            assert!(!is_well_formed(ctx, token(ctx, "in"), token(ctx, "said")));
        });
    }

    #[test]
    fn a_name_inside_the_quotation_makes_no_role_modifier() {
        // "“Free Ann Holt” covered city walls": the name that would make "covered" a role's
        // modifier must follow the role noun, not end the quotation.
        with_context("“Free Ann Holt” covered city walls by Monday.", |ctx| {
            let a = token(ctx, "covered");
            assert!(!modifies_role_after_quote(ctx, a, token(ctx, "by")));
        });
    }

    #[test]
    fn a_hyphened_participle_before_a_noun_is_a_modifier() {
        // "Leeds-based" is read as a past participle; before a role noun and a name it is an
        // adjective, and the phrase it opens is a noun phrase. The same form with no noun after
        // it ("the plan was Leeds-based.") modifies nothing.
        let text =
            "“Sales are falling,” Leeds-based consultant Tom Vale said. The firm is Leeds-based.";
        with_context(text, |ctx| {
            let a = token(ctx, "Leeds-based");
            assert!(is_hyphened_modifier(ctx, a));
            assert!(is_well_formed(ctx, a, token(ctx, "said")));
            let last = (0..ctx.segments.tokens.len())
                .rev()
                .find(|&k| ctx.word(k) == "Leeds-based")
                .expect("second token");
            assert!(!is_hyphened_modifier(ctx, last));
        });
    }

    #[test]
    fn the_agent_of_a_participle_names_no_speaker() {
        // "An aide quoted by the Harbor Gazette": the paper quoted the aide; it is not the
        // name of the phrase. "A spokesman for the Harbor Gazette" speaks for it.
        let text = "An aide quoted by the Harbor Gazette said the deal was off.";
        with_context(text, |ctx| {
            let p = phrase_over(ctx, 0, token(ctx, "said")).expect("a noun phrase");
            assert_eq!(p.mention, None);
        });
        let text = "A spokesman for the Harbor Gazette said the deal was off.";
        with_context(text, |ctx| {
            let p = phrase_over(ctx, 0, token(ctx, "said")).expect("a noun phrase");
            assert!(p.mention.is_some());
        });
    }

    #[test]
    fn a_phrase_after_a_leading_dash_does_not_read_before_the_text() {
        // The text opens with a dash: the check for "“…” —" must not look two tokens back.
        with_context("— retired fisherman Bill Tate said so.", |ctx| {
            let a = token(ctx, "retired");
            assert!(!modifies_role_after_quote(ctx, a, token(ctx, "said")));
        });
    }

    #[test]
    fn by_after_a_document_or_a_participle_joins_the_tail() {
        // "a study by engineers": who made the document; "released by the county": the agent
        // of a participle. "said by phone" says how, and no phrase takes it.
        assert_eq!(
            object_at(
                "It fails, according to a 2019 study by engineers at Marlow College.",
                "a"
            )
            .as_deref(),
            Some("a 2019 study by engineers at Marlow College")
        );
        assert_eq!(
            subject_before(
                "A 2019 study by engineers at Marlow College found cracks.",
                "found"
            )
            .as_deref(),
            Some("A 2019 study by engineers at Marlow College")
        );
        assert_eq!(
            object_at("It was, said a statement released by the county.", "a").as_deref(),
            Some("a statement released by the county")
        );
        assert_eq!(
            object_at("It was late, said Ross by phone.", "Ross").as_deref(),
            Some("Ross")
        );
    }

    #[test]
    fn a_past_form_after_the_head_of_an_object_is_a_participle() {
        // The tagger reads "conducted" and "involved" as past tenses; after "according to" or
        // an inverted cue the phrase can hold no verb of its own, so they join it with their
        // tails.
        let text = "Rents rose, “We expect more,” said one aide involved in the talks. It \
                    is “too late,” according to a Harwell poll conducted in March.";
        assert_eq!(
            object_at(text, "one").as_deref(),
            Some("one aide involved in the talks")
        );
        with_context(text, |ctx| {
            let a = token(ctx, "a");
            let end = object_from(ctx, a, ctx.segments.tokens.len()).expect("a phrase");
            assert_eq!(words(ctx, a, end), "a Harwell poll conducted in March");
            assert!(is_well_formed(ctx, a, end));
        });
        // Not after a cue: "the board voted" is a clause, and no phrase takes "voted".
        assert_eq!(
            object_at("Officials said the board voted on Monday.", "the").as_deref(),
            Some("the board")
        );
    }

    #[test]
    fn a_time_phrase_after_a_document_joins_its_tail() {
        // "a study last year by …": the time phrase stands between the document and its
        // authors; "a poll released Monday": a participle and its time.
        assert_eq!(
            object_at(
                "It fell, according to a study last year by economists at Leeds University.",
                "a"
            )
            .as_deref(),
            Some("a study last year by economists at Leeds University")
        );
        assert_eq!(
            object_at("It fell, according to a survey published Monday.", "a").as_deref(),
            Some("a survey published Monday")
        );
        assert_eq!(
            object_at("It fell, according to a poll conducted in February.", "a").as_deref(),
            Some("a poll conducted in February")
        );
        assert_eq!(
            object_at("It fell, according to a poll released on Monday.", "a").as_deref(),
            Some("a poll released on Monday")
        );
        assert_eq!(
            object_at("It was close, said the station chief known as Sam.", "the").as_deref(),
            Some("the station chief known as Sam")
        );
        // A person's time takes no "by", and says when, not who: "said the mayor last year by
        // phone".
        assert_eq!(
            object_at("It was close, said the mayor last year by phone.", "the").as_deref(),
            Some("the mayor")
        );
    }

    #[test]
    fn a_participle_that_ends_the_text_reads_no_token_after_it() {
        // The participle rules look at the word after an "-ed" form for a preposition or "by";
        // at a text's last token there is none (this panicked).
        for text in [
            "People briefed",
            "“No,” said the aide involved",
            "“Yes,” according to a poll conducted",
        ] {
            with_context(text, |ctx| {
                let last = ctx.segments.tokens.len() - 1;
                assert!(!is_reduced_participle(ctx, last), "{text}");
                assert!(!is_past_read_as_participle(ctx, 0, last), "{text}");
                assert!(!ctx.word_is(last + 1, "by"), "{text}");
                let _ = is_well_formed(ctx, 0, last + 1);
            });
            let analysis = crate::pipeline::analyze(text, &Default::default());
            assert_eq!(
                analysis.quotes.len(),
                usize::from(text.contains('“')),
                "{text}"
            );
        }
    }

    #[test]
    fn a_name_and_a_phrase_of_theirs_before_and_are_one_subject() {
        assert_eq!(
            subject_before(
                "Priya Nair and her colleagues wrote that the reef had shrunk.",
                "wrote"
            )
            .as_deref(),
            Some("Priya Nair and her colleagues")
        );
        // A possessive phrase after "and" and a common noun is no coordinated name.
        assert_eq!(
            subject_before("The board met and its members said no.", "said").as_deref(),
            Some("its members")
        );
    }

    #[test]
    fn a_list_of_plural_nouns_before_and_is_one_subject() {
        assert_eq!(
            subject_before(
                "A group of 40 Chilean painters, poets, actors and doctors wrote that it was wrong.",
                "wrote"
            )
            .as_deref(),
            Some("A group of 40 Chilean painters, poets, actors and doctors")
        );
        assert_eq!(
            object_at(
                "They signed, said a group of painters, poets, actors and doctors.",
                "a"
            )
            .as_deref(),
            Some("a group of painters, poets, actors and doctors")
        );
        // Without the "and" there is no list: "In Leeds, farmers said" keeps its subject.
        assert_eq!(
            subject_before("After months, farmers said so.", "said").as_deref(),
            Some("farmers")
        );
    }

    #[test]
    fn a_bare_verb_after_an_article_and_a_noun_is_read_as_a_noun() {
        // The tagger reads "pool" as a verb; after "a" and a singular noun it cannot be one.
        with_context(
            "It was short, according to a city hall pool report.",
            |ctx| {
                let pool = token(ctx, "pool");
                assert!(is_noun_read_as_verb(ctx, pool), "{:?}", ctx.tag(pool));
            },
        );
        assert_eq!(
            subject_before("A city hall pool report said it was short.", "said").as_deref(),
            Some("A city hall pool report")
        );
        // No article: "Police say" keeps its verb.
        with_context("Police say the road is closed.", |ctx| {
            assert!(!is_noun_read_as_verb(ctx, token(ctx, "say")));
        });
    }

    #[test]
    fn a_participle_joined_by_and_to_the_next_verb_is_the_main_verb() {
        // "visited" (read as a participle) and "said" are the sentence's two verbs: the
        // subject is "The mayor", not a phrase holding a verb.
        let text = "The mayor visited in April and said the pier was in ruins.";
        assert_eq!(object_at(text, "The").as_deref(), Some("The mayor"));
        // "A poll conducted in March found …": the participle's tail stays.
        assert_eq!(
            object_at("A poll conducted in March found a gap.", "A").as_deref(),
            Some("A poll conducted in March")
        );
    }

    #[test]
    fn a_hyphen_spaced_on_one_side_is_no_inner_hyphen() {
        // A hyphen joins two words only unspaced on both sides: one spaced before ("Lee
        // -Smith") does not, even with none after it.
        with_context("Ann Lee -Smith cheered.", |ctx| {
            assert!(!is_inner_hyphen(ctx, token(ctx, "-")));
        });
    }

    #[test]
    fn a_period_is_a_titles_only_before_a_name_or_a_number() {
        // "the Nov. 8 vote": an abbreviation before a number; "in Jan. and" ends no title, nor
        // does a sentence's period before a number ("in Tarn. 12 people").
        with_context("The Nov. 8 vote was close.", |ctx| {
            assert!(is_title_period(ctx, token(ctx, ".")));
        });
        with_context("They met in Jan. and again in June.", |ctx| {
            assert!(!is_title_period(ctx, token(ctx, ".")));
        });
        with_context("The flood hit Tarn. 12 people left.", |ctx| {
            assert!(!is_title_period(ctx, token(ctx, ".")));
        });
    }
    #[test]
    fn a_participle_opens_a_speaker_only_at_the_start_of_its_sentence() {
        // "Striking workers" opening the sentence is a phrase; "telling reporters" later in it
        // is a verb with its object.
        with_context("Ann Holt left the hall telling reporters nothing.", |ctx| {
            let a = token(ctx, "telling");
            assert!(!is_well_formed(ctx, a, a + 2));
        });
        with_context("Striking workers said the pay was too low.", |ctx| {
            assert!(is_well_formed(ctx, 0, 2));
        });
    }
}
