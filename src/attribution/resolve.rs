//! Speaker resolution: who a written speaker phrase stands for.

use super::frame::SpeakerPhrase;
use super::Context;
use crate::analysis::{EntityType, Speaker};
use crate::lexicon;
use crate::pos::Tag;
use crate::segment::TokenKind;
use crate::span::Span;
use crate::words::{self, class, Gender};

/// How many mentions back a pronoun looks for its person.
const PRONOUN_REACH: usize = 40;

/// The entity that spoke last, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LastSpeaker {
    /// Its entity.
    pub entity: u32,
    /// Byte offset of the quotation it spoke.
    pub at: u32,
}

/// How far back (in bytes) the last speaker stays the preferred referent of a pronoun.
const LAST_SPEAKER_REACH: u32 = 1500;

/// Resolves `phrase` into a speaker record; a pronoun prefers `last` when its gender fits.
pub fn speaker(ctx: &Context, phrase: SpeakerPhrase, last: Option<LastSpeaker>) -> Speaker {
    let written = phrase.span.text(ctx.text);
    if let Some(m) = phrase
        .mention
        .filter(|&m| !speaks_for(ctx, phrase.span, m) && !in_group_tail(ctx, phrase.span, m))
    {
        let mention = &ctx.mentions[m];
        let entity = ctx.entities.get(mention.entity as usize);
        return Speaker {
            span: phrase.span,
            name: entity.map_or_else(|| written.to_string(), |e| e.name.clone()),
            entity: entity.map(|_| mention.entity),
            named: true,
            kind: Default::default(),
        };
    }
    if let Some(gender) = phrase.pronoun {
        let target = if written.eq_ignore_ascii_case("it") {
            organization_for_it(ctx, phrase.span.start, last)
        } else if written.eq_ignore_ascii_case("he") || written.eq_ignore_ascii_case("she") {
            // "The senator denounced what he called “…”": the description that opens the
            // sentence as its subject, and what it stands for.
            if let Some(described) = same_sentence_description(ctx, phrase.span.start, gender) {
                // "Bristol's mayor": the place it names is not the speaker.
                if has_mention(ctx, described) {
                    return unnamed_as(ctx, phrase.span, described);
                }
                let as_described = SpeakerPhrase {
                    span: described,
                    mention: None,
                    pronoun: None,
                };
                return Speaker {
                    span: phrase.span,
                    ..speaker(ctx, as_described, last)
                };
            }
            // "A nurse at the hospital said …. “…,” she said.": the unnamed person just described.
            // "A spokesman for Unison said …. “…,” he said.": the spokesman, who speaks as the
            // union he was named with.
            if let Some((described, speaks_as)) =
                previous_sentence_description(ctx, phrase.span.start, gender)
            {
                return match speaks_as {
                    Some(m) => resolved_or_unnamed(ctx, phrase, Some(m)),
                    None => unnamed_as(ctx, phrase.span, described),
                };
            }
            person_for_pronoun(ctx, phrase.span.start, gender, last)
        } else if written.eq_ignore_ascii_case("they") {
            // "Police said …. “…,” they said.": the group or body the sentence before made its
            // speaker.
            match previous_sentence_group(ctx, phrase.span.start) {
                Some((_, Some(m))) => Some(m),
                Some((described, None)) => return unnamed_as(ctx, phrase.span, described),
                None => None,
            }
        } else {
            None
        };
        return resolved_or_unnamed(ctx, phrase, target);
    }
    // "The board's report, which called the plan …": a relative pronoun with no name before it
    // stands for the noun phrase it follows.
    if let Some(antecedent) = relative_antecedent(ctx, phrase.span) {
        return unnamed_as(ctx, phrase.span, antecedent);
    }
    // A description with the name in apposition: "The chancellor, Rachel Reeves" is Rachel Reeves.
    if let Some(m) = appositive_name(ctx, phrase.span) {
        return resolved_or_unnamed(ctx, phrase, Some(m));
    }
    // A description: "the spokeswoman" → an earlier person with that title; "the ministry" → an
    // earlier organisation with that word in its name.
    let head = written
        .rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let definite = written
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let last_word = written.split_whitespace().last().unwrap_or("");
    // "The Welshman", "the Frenchwoman": a nationality noun after "the" stands for the person
    // the story is about (the last one named nearby), not for a group.
    let nationality = || {
        let seg = ctx.segments;
        let last = seg.token_at_or_after(phrase.span.end).saturating_sub(1);
        written.split_whitespace().count() == 2
            && ctx
                .mention(last)
                .is_some_and(|m| ctx.mentions[m].kind == EntityType::Norp)
    };
    let target = if definite && super::np::is_age_noun(last_word) {
        person_of_age(ctx, phrase.span.start, last_word)
    } else if definite && nationality() {
        last_person_nearby(ctx, phrase.span.start)
    } else if definite && !head.is_empty() {
        // "the union", "the council": a noun for a body stands for an organisation named with
        // it, never for a person whose title or role has it as a modifier ("Ann Holt, a union
        // official").
        let body = is_organization_noun(head);
        let ends_in_head = |words: &str| {
            words
                .split(|c: char| !c.is_alphanumeric())
                .rfind(|w| !w.is_empty())
                .is_some_and(|w| w.eq_ignore_ascii_case(head))
        };
        last_mention_before(ctx, phrase.span.start, |m| {
            // A person only when the noun is their role's head ("Sir David Kellway, the
            // veteran broadcaster"), not its modifier ("a union official").
            if body
                && m.kind == EntityType::Person
                && !m.title.is_some_and(|t| ends_in_head(t.text(ctx.text)))
                && !appositive_role(ctx, m).is_some_and(|r| ends_in_head(role_head(r)))
            {
                return false;
            }
            let title_has_head = m.title.is_some_and(|t| has_word(t.text(ctx.text), head));
            let name_has_head = m.kind == EntityType::Org && has_word(m.span.text(ctx.text), head);
            let role_has_head = m.kind == EntityType::Person
                && appositive_role(ctx, m).is_some_and(|r| has_word(role_words(r), head));
            title_has_head || name_has_head || role_has_head
        })
        .or_else(|| {
            // "the company", "the firm": the last company named, not a public body, and not the
            // firm an outside voice works at ("Tobias Renn of Halden Securities") while another
            // company is within reach. "The club" and "the team" are never the broadcaster or
            // newspaper that reported on them, and "the broadcaster" or "the paper" only one of
            // those: with none named, the description stays unnamed.
            let described = DescribedOrg::of_noun(head)?;
            // "The Times newspaper", "the Kestrel team": a description that names its own outlet or
            // club (an organisation's mention inside it) is not the one named last; a demonym or
            // a competition does not ("the Spanish club", "the Premier League club").
            let names_its_own = || {
                ctx.mentions.iter().any(|m| {
                    m.kind == EntityType::Org
                        && m.span.start >= phrase.span.start
                        && m.span.end() <= phrase.span.end()
                        && !is_competition(m.span.text(ctx.text))
                })
            };
            if described != DescribedOrg::Company && names_its_own() {
                return None;
            }
            let company = |m: &crate::analysis::Mention| {
                let name = m.span.text(ctx.text);
                m.kind == EntityType::Org
                    && !is_public_body(name)
                    && !is_competition(name)
                    && !is_vessel(name)
                    && !is_dateline_agency(ctx, m)
                    && described.fits(|| news_outlet(ctx, m))
            };
            if described == DescribedOrg::Club {
                if let Some(m) = club_of_person_named(ctx, phrase.span, company) {
                    return Some(m);
                }
            }
            last_mention_before(ctx, phrase.span.start, |m| {
                company(m) && !is_outside_affiliation(ctx, m)
            })
            .or_else(|| last_mention_before(ctx, phrase.span.start, company))
            .map(|m| sentence_subject_instead(ctx, m, company))
        })
        .or_else(|| {
            // "the striker": the one player the paragraph has named.
            crate::words::is_player_position(head)
                .then(|| only_person_in_paragraph(ctx, phrase.span.start))
                .flatten()
        })
    } else {
        None
    };
    resolved_or_unnamed(ctx, phrase, target)
}

/// The club whose people the sentence of `span` names: "Roma sacked manager Paolo Conti. …
/// “We thank Paolo for his commitment,” the club said." is Roma, though another club was named
/// since. A person named in the sentence (outside `span`) and first named earlier in a sentence
/// about a club that `accept` takes (its subject: [`sentence_subject`]) gives that club.
fn club_of_person_named(
    ctx: &Context,
    span: Span,
    accept: impl Fn(&crate::analysis::Mention) -> bool,
) -> Option<usize> {
    let seg = ctx.segments;
    let sentence = *seg.sentences.get(seg.sentence_at(span.start))?;
    let (from, to) = (sentence.span.start, sentence.span.end);
    let first = ctx.mentions.partition_point(|m| m.span.start < from);
    ctx.mentions[first..]
        .iter()
        .take_while(|m| m.span.start < to)
        .filter(|m| {
            m.kind == EntityType::Person && (m.span.end <= span.start || m.span.start >= span.end)
        })
        .find_map(|m| {
            let earlier = ctx.mentions[..first]
                .iter()
                .find(|e| e.entity == m.entity)?;
            let at = seg.sentence_at(earlier.span.start);
            let club = sentence_subject(ctx, *seg.sentences.get(at)?, EntityType::Org)?;
            (accept(&ctx.mentions[club]) && is_staff_of(ctx, &ctx.mentions[club], earlier))
                .then_some(club)
        })
}

/// Whether the sentence that names `person` after the club `club` makes them the club's own: a
/// job noun before the name ("Roma sacked *manager* Paolo Conti") or a hiring verb between them
/// ("Kelby Rovers *signed* Tom Vale"); "Leeds beat Kelby Rovers with two goals from Tom Vale"
/// ties him to neither.
fn is_staff_of(
    ctx: &Context,
    club: &crate::analysis::Mention,
    person: &crate::analysis::Mention,
) -> bool {
    const HIRES: [&str; 8] = [
        "sacked",
        "appointed",
        "signed",
        "hired",
        "named",
        "fired",
        "dismissed",
        "unveiled",
    ];
    let seg = ctx.segments;
    let (from, name) = (
        seg.token_at_or_after(club.span.end),
        seg.token_at_or_after(person.span.start),
    );
    from < name
        && (crate::lexicon::is_job_noun(ctx.word(name - 1))
            || (from..name).any(|k| ctx.word_in_ignore_case(k, &HIRES)))
}

/// The company or club a sentence is about, for `m`, the last one named: "Millbrook Town beat
/// Kettleby Rovers 2-0. The club said …" is Millbrook Town. Another mention that `accept` takes
/// and that is the sentence's subject: before a finite verb that comes before `m`, or opening the
/// sentence with no "and", "or" or comma after it (the tagger may read "beat" as a noun);
/// else `m`.
fn sentence_subject_instead(
    ctx: &Context,
    m: usize,
    accept: impl Fn(&crate::analysis::Mention) -> bool,
) -> usize {
    let seg = ctx.segments;
    let at = seg.token_at_or_after(ctx.mentions[m].span.start);
    let Some(sentence) = ctx.sentence_of(at) else {
        return m;
    };
    let first = sentence.first_token as usize;
    let Some(s) = (first..at)
        .filter_map(|k| ctx.mention(k))
        .find(|&s| s != m && accept(&ctx.mentions[s]))
    else {
        return m;
    };
    let start = seg.token_at_or_after(ctx.mentions[s].span.start);
    let end = seg.token_at_or_after(ctx.mentions[s].span.end);
    let verb_between = (end..at).any(|k| ctx.tag(k).is_finite_verb() && ctx.mention(k).is_none());
    let opens = (start == first || start == first + 1 && ctx.tag(first) == crate::pos::Tag::Dt)
        && end < at
        && !ctx.word_in_ignore_case(end, &["and", "or", "&", ","]);
    if verb_between || opens {
        s
    } else {
        m
    }
}

/// The person named before byte `at` in its paragraph when the paragraph names only one
/// (under one or more of their names): "Vale, 24, joined Town in the summer. “…,” the striker
/// said." A second person named there leaves the description unresolved.
fn only_person_in_paragraph(ctx: &Context, at: u32) -> Option<usize> {
    let seg = ctx.segments;
    let start = seg.paragraphs[seg.paragraph_at(at)].span.start;
    let end = ctx.mentions.partition_point(|m| m.span.end <= at);
    let mut people = ctx.mentions[..end]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, m)| m.span.start >= start)
        .filter(|(_, m)| m.kind == EntityType::Person);
    let (last, first) = people.next()?;
    people
        .all(|(_, m)| m.entity == first.entity)
        .then_some(last)
}

/// The person "the 22-year-old" at byte `at` stands for: one named with that age ("Cole Palmer,
/// 22,"), else the last person named in this paragraph or the one before it.
fn person_of_age(ctx: &Context, at: u32, age_noun: &str) -> Option<usize> {
    let years = age_noun.split('-').next().unwrap_or("");
    let with_age = last_mention_before(ctx, at, |m| {
        m.kind == EntityType::Person
            && ctx.text[m.span.end()..]
                .strip_prefix(", ")
                .and_then(|rest| rest.strip_prefix(years))
                .is_some_and(|rest| rest.starts_with([',', '.', ' ', ')']))
    });
    if with_age.is_some() {
        return with_age;
    }
    last_person_nearby(ctx, at)
}

/// The last person named before byte `at` in its paragraph or the one before it.
fn last_person_nearby(ctx: &Context, at: u32) -> Option<usize> {
    let seg = ctx.segments;
    let paragraph = seg.paragraph_at(at);
    let reach = seg.paragraphs[paragraph.saturating_sub(1)].span.start;
    // A name inside a quotation is someone spoken of ("“… Jeb's barely making an impact …,” the
    // Texan said"), not the one the nationality stands for.
    last_mention_before(ctx, at, |m| {
        m.kind == EntityType::Person && !ctx.in_quote(seg.token_at_or_after(m.span.start))
    })
    .filter(|&m| ctx.mentions[m].span.start >= reach)
}

/// An unnamed speaker written at `span` ("she", "which") and standing for the description at
/// `described`, whose words are its name.
fn unnamed_as(ctx: &Context, span: Span, described: Span) -> Speaker {
    Speaker {
        span,
        name: described.text(ctx.text).to_string(),
        entity: None,
        named: false,
        kind: Default::default(),
    }
}

/// The noun phrase a relative pronoun ("which", "who", "that") at `span` follows, past one
/// comma, within its sentence.
fn relative_antecedent(ctx: &Context, span: Span) -> Option<Span> {
    let written = span.text(ctx.text);
    if !crate::words::any_ignore_case(&["which", "who", "that"], written) {
        return None;
    }
    let seg = ctx.segments;
    let k = seg.token_at_or_after(span.start);
    let sentence = ctx.sentence_of(k)?;
    let from = sentence.first_token as usize;
    let mut end = k;
    if end > from && ctx.word_is(end - 1, ",") {
        end -= 1;
    }
    // "A nurse at Halvard Hospital, who …": the description with its tail, not the hospital.
    if let Some(described) = super::frame::described_with_tail(ctx, from, end) {
        return Some(described.span);
    }
    let start = super::np::subject_ending(ctx, from, end)?;
    Some(seg.tokens[start].span().cover(seg.tokens[end - 1].span()))
}

fn resolved_or_unnamed(ctx: &Context, phrase: SpeakerPhrase, target: Option<usize>) -> Speaker {
    let written = phrase.span.text(ctx.text);
    match target {
        Some(m) => {
            let entity = ctx.mentions[m].entity;
            let name = ctx
                .entities
                .get(entity as usize)
                .map_or_else(|| written.to_string(), |e| e.name.clone());
            Speaker {
                span: phrase.span,
                name,
                entity: Some(entity),
                named: true,
                kind: Default::default(),
            }
        }
        None => Speaker {
            span: phrase.span,
            name: written.to_string(),
            entity: None,
            named: false,
            kind: Default::default(),
        },
    }
}

/// The last mention before byte `before` that `accept` takes, within reach.
fn last_mention_before(
    ctx: &Context,
    before: u32,
    accept: impl Fn(&crate::analysis::Mention) -> bool,
) -> Option<usize> {
    let end = ctx.mentions.partition_point(|m| m.span.end <= before);
    (end.saturating_sub(PRONOUN_REACH)..end)
        .rev()
        .find(|&i| accept(&ctx.mentions[i]))
}

/// The person a `he` or `she` at byte `at` stands for: the last speaker when their gender is known to
/// fit, else the most recent person whose gender is known to fit, else the last speaker or the most
/// recent person whose gender does not conflict.
fn person_for_pronoun(
    ctx: &Context,
    at: u32,
    gender: Gender,
    last: Option<LastSpeaker>,
) -> Option<usize> {
    let recent = last_mention_before(ctx, at, |m| {
        m.kind == EntityType::Person && compatible(person_gender(ctx, m.entity as usize), gender)
    });
    let last_mention = last_speaker_mention(ctx, at, last, EntityType::Person)
        .filter(|&m| compatible(person_gender(ctx, ctx.mentions[m].entity as usize), gender));
    let known = |m: Option<usize>| {
        m.is_some_and(|m| person_gender(ctx, ctx.mentions[m].entity as usize) == gender)
    };
    // The person the pronoun's own sentence opens with, its subject: "Ann Lee, up for
    // re-election, said she voted against it because “…”", "Tom Hale fired back: “…,” he wrote"
    // (the last speaker, named before, is someone else).
    let own_subject = sentence_subject_before(ctx, at)
        .filter(|&m| compatible(person_gender(ctx, ctx.mentions[m].entity as usize), gender));
    // The person the previous sentence is about ("Harry Kane won the award. He said, …").
    let previous_subject = previous_sentence_subject(ctx, at, EntityType::Person)
        .filter(|&m| compatible(person_gender(ctx, ctx.mentions[m].entity as usize), gender));
    // The person the previous sentence of the pronoun's own paragraph reports when only a
    // given name's lean says otherwise and no one else in the paragraph fits: "Dr Jean Maro,
    // head of the clinic, said …. “…,” he said." (Jean is mostly a woman's name in the lists, a
    // man's in French).
    let previous_subject_by_lean = || {
        let m = previous_sentence_subject(ctx, at, EntityType::Person)?;
        let seg = ctx.segments;
        // Only the speaker of the sentence before's report ("… said the continent needed …"),
        // not one it is merely about ("In that sense, Sandy Hook was …").
        let before = *seg.sentences.get(seg.sentence_at(at).checked_sub(1)?)?;
        let reported = super::frame::in_sentence(ctx, before)
            .and_then(|f| f.speaker)
            .and_then(|p| p.mention);
        if reported != Some(m) {
            return None;
        }
        let paragraph_start = seg.paragraphs[seg.paragraph_at(at)].span.start;
        let entity = ctx.mentions[m].entity;
        let fits_other = last_mention_before(ctx, at, |o| {
            o.kind == EntityType::Person
                && o.entity != entity
                && o.span.start >= paragraph_start
                && compatible(person_gender(ctx, o.entity as usize), gender)
        });
        (ctx.mentions[m].span.start >= paragraph_start
            && fits_other.is_none()
            && !certain_gender(ctx, entity as usize))
        .then_some(m)
    };
    // The person an earlier sentence of the pronoun's own paragraph is about, when the paragraph
    // neither quotes nor names the last speaker: "Mayor Ann Dolan said …" ¶ "Rita Vance opposed
    // the plan at a meeting on Tuesday. The vote was delayed. “…,” she said." is Vance, not Dolan.
    let paragraph_subject = || {
        let (l, lm) = last.zip(last_mention)?;
        let seg = ctx.segments;
        let paragraph_start = seg.paragraphs[seg.paragraph_at(at)].span.start;
        if l.at >= paragraph_start || ctx.mentions[lm].span.start >= paragraph_start {
            return None;
        }
        paragraph_sentence_subject(ctx, at)
            .filter(|&m| compatible(person_gender(ctx, ctx.mentions[m].entity as usize), gender))
    };
    if own_subject.is_some() {
        own_subject
    } else if previous_subject.is_some() {
        previous_subject
    } else if let Some(m) = previous_subject_by_lean() {
        Some(m)
    } else if let Some(m) = paragraph_subject() {
        Some(m)
    } else if known(last_mention) {
        last_mention
    } else if known(recent) {
        recent
    } else {
        last_mention.or(recent)
    }
}

/// The organisation "it" stands for before byte `at`: the one the sentence before is about
/// ("Harlow Stores cut its forecast. It said …"), else the organisation that spoke last, within
/// reach ("The company, which employs 4,000 people, said …. It also said …", with another
/// organisation named in between), else the last one named.
fn organization_for_it(ctx: &Context, at: u32, last: Option<LastSpeaker>) -> Option<usize> {
    if let Some(m) = previous_sentence_subject(ctx, at, EntityType::Org) {
        return Some(m);
    }
    last_speaker_mention(ctx, at, last, EntityType::Org)
        .or_else(|| last_mention_before(ctx, at, |m| m.kind == EntityType::Org))
}

/// The last mention before byte `at` of the entity that spoke last, when it is of `kind` and
/// spoke within [`LAST_SPEAKER_REACH`].
fn last_speaker_mention(
    ctx: &Context,
    at: u32,
    last: Option<LastSpeaker>,
    kind: EntityType,
) -> Option<usize> {
    let last = last.filter(|l| {
        at.saturating_sub(l.at) <= LAST_SPEAKER_REACH
            && ctx
                .entities
                .get(l.entity as usize)
                .is_some_and(|e| e.kind == kind)
    })?;
    let end = ctx.mentions.partition_point(|m| m.span.end <= at);
    (0..end)
        .rev()
        .find(|&i| ctx.mentions[i].entity == last.entity)
}

fn compatible(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

/// A person's gender from their mentions' titles, then from their given name.
fn person_gender(ctx: &Context, entity: usize) -> Gender {
    let Some(e) = ctx.entities.get(entity) else {
        return Gender::Unknown;
    };
    let titled = title_gender(ctx, e);
    if titled != Gender::Unknown {
        return titled;
    }
    let first = e.name.split_whitespace().next().unwrap_or("");
    if e.name.split_whitespace().count() < 2 {
        return Gender::Unknown;
    }
    match lexicon::female_share(first) {
        Some(f) if f >= 0.8 => Gender::Female,
        Some(f) if f <= 0.2 => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// The gender the first of entity `e`'s titles that tells one tells ("Mrs", "Sir").
fn title_gender(ctx: &Context, e: &crate::analysis::Entity) -> Gender {
    e.mentions
        .iter()
        .filter_map(|&m| ctx.mentions.get(m as usize).and_then(|m| m.title))
        .map(|t| words::title_gender(t.text(ctx.text)))
        .find(|&g| g != Gender::Unknown)
        .unwrap_or(Gender::Unknown)
}

/// Whether a person's gender is certain: told by a title ("Mrs", "Sir") or by a given name
/// that nearly always has it (a share of 90% or more: "Chris" is a man's at 94%), not by a name
/// that only leans one way ("Jean", a woman's at 84% in the lists, a man's in French).
fn certain_gender(ctx: &Context, entity: usize) -> bool {
    let Some(e) = ctx.entities.get(entity) else {
        return false;
    };
    let titled = title_gender(ctx, e) != Gender::Unknown;
    let first = e.name.split_whitespace().next().unwrap_or("");
    titled || lexicon::female_share(first).is_some_and(|f| f <= 0.10 || f >= 0.90)
}

/// Nouns that stand for a company named before: "the company said", "the firm declined".
/// Whether an organisation's name is a competition's ("FA Cup", "Premier League", "the Six
/// Nations Championship"): no company or club speaks as one.
fn is_competition(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    crate::words::any_ignore_case(
        &[
            "cup",
            "league",
            "championship",
            "championships",
            "trophy",
            "tournament",
            "games",
            "olympics",
            "open",
            "series",
            "prix",
            "premiership",
        ],
        last,
    )
}

/// A noun for a company, whose "the company said" stands for the last company named: the
/// nouns the mention rules share ([`words::is_firm_noun`], [`words::is_trade_noun`]) and nouns for
/// other businesses and teams.
fn is_company_noun(head: &str) -> bool {
    words::is_firm_noun(head)
        || crate::words::any_ignore_case(
            &[
                "business",
                "group",
                "carrier",
                "maker",
                "chain",
                "publisher",
                "club",
                "team",
            ],
            head,
        )
        // Trades: "The UK's biggest grocer said", "after the drugmaker said".
        || words::is_trade_noun(head)
}

/// The organisations a description of one may stand for, by its noun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DescribedOrg {
    /// "The club", "the team": a sports club, never the outlet that reported on it.
    Club,
    /// "The newspaper", "the magazine", "the broadcaster", "the network": a news outlet of that
    /// medium, or one whose medium the text does not tell.
    Outlet(Medium),
    /// "The paper", which may be a document ("a white paper … the paper"): only an outlet whose
    /// name says it is a newspaper.
    Paper,
    /// "The company", "the firm", "the airline": any company.
    Company,
}

/// What a news outlet publishes through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Medium {
    /// A newspaper or magazine ("the Marlow Gazette", "the paper").
    Print,
    /// A broadcaster ("Radio Kestrel", "the network").
    Broadcast,
    /// Either: an outlet whose medium its name does not tell ("Reuters", "the outlet").
    Any,
}

impl Medium {
    /// Whether an outlet of medium `other` is one of this medium.
    fn takes(self, other: Medium) -> bool {
        self == Medium::Any || other == Medium::Any || self == other
    }

    /// The medium a noun for an outlet names ("newspaper", "broadcaster"), if it names one.
    fn of_noun(word: &str) -> Option<Medium> {
        const PRINT: [&str; 6] = [
            "newspaper",
            "daily",
            "tabloid",
            "broadsheet",
            "magazine",
            "weekly",
        ];
        const BROADCAST: [&str; 4] = ["broadcaster", "network", "channel", "station"];
        Medium::in_lists(word, &PRINT, &BROADCAST, "outlet")
    }

    /// The medium a word of an outlet's name tells ("Gazette", "Radio"), if any.
    fn of_name_word(word: &str) -> Option<Medium> {
        const PRINT: [&str; 22] = [
            "gazette",
            "herald",
            "times",
            "post",
            "journal",
            "tribune",
            "telegraph",
            "chronicle",
            "courier",
            "examiner",
            "observer",
            "inquirer",
            "enquirer",
            "clarion",
            "ledger",
            "sentinel",
            "dispatch",
            "bulletin",
            "argus",
            "echo",
            "daily",
            "magazine",
        ];
        const BROADCAST: [&str; 6] = ["radio", "tv", "television", "broadcasting", "fm", "news"];
        Medium::in_lists(word, &PRINT, &BROADCAST, "media")
    }

    /// The medium of `word` by a print list, a broadcast list and the one word for either
    /// (case ignored).
    fn in_lists(word: &str, print: &[&str], broadcast: &[&str], either: &str) -> Option<Medium> {
        if crate::words::any_ignore_case(print, word) {
            Some(Medium::Print)
        } else if crate::words::any_ignore_case(broadcast, word) {
            Some(Medium::Broadcast)
        } else {
            word.eq_ignore_ascii_case(either).then_some(Medium::Any)
        }
    }
}

impl DescribedOrg {
    /// What the noun `head` of a definite description ("the club") stands for, if a company.
    fn of_noun(head: &str) -> Option<DescribedOrg> {
        if crate::words::any_ignore_case(&["club", "team"], head) {
            Some(DescribedOrg::Club)
        } else if head.eq_ignore_ascii_case("paper") {
            Some(DescribedOrg::Paper)
        } else if let Some(medium) = Medium::of_noun(head) {
            Some(DescribedOrg::Outlet(medium))
        } else {
            is_company_noun(head).then_some(DescribedOrg::Company)
        }
    }

    /// Whether an organisation that `outlet` says is or is not a news outlet (and of which
    /// medium) fits.
    fn fits(self, outlet: impl FnOnce() -> Option<Medium>) -> bool {
        match self {
            DescribedOrg::Club => outlet().is_none(),
            DescribedOrg::Outlet(medium) => outlet().is_some_and(|m| medium.takes(m)),
            DescribedOrg::Paper => outlet() == Some(Medium::Print),
            DescribedOrg::Company => true,
        }
    }
}

/// The medium of organisation mention `m` if it names a news outlet: one whose name says so
/// ("the Marlow Gazette", "Radio Kestrel", "Pellham Broadcasting Corp"), one the lexicon lists as
/// an outlet ("the BBC", "Reuters"), or one the text names as reporting ("DAZN reported", "first
/// reported by DAZN") under any of its mentions.
fn news_outlet(ctx: &Context, m: &crate::analysis::Mention) -> Option<Medium> {
    let name = m.span.text(ctx.text);
    let seg = ctx.segments;
    let by_name = name
        .split(|c: char| !c.is_alphanumeric())
        .filter_map(Medium::of_name_word)
        .reduce(|a, b| if a == Medium::Any { b } else { a });
    if by_name.is_some() {
        return by_name;
    }
    let bare = name
        .strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
        .unwrap_or(name);
    let reporting = || {
        ctx.mentions
            .iter()
            .filter(|o| o.entity == m.entity && o.kind == EntityType::Org)
            .any(|o| {
                let first = seg.token_at_or_after(o.span.start);
                let after = seg.token_at_or_after(o.span.end);
                let reported_by = first >= 2
                    && ctx.word_is(first - 1, "by")
                    && ctx.word_in_ignore_case(
                        first - 2,
                        &["reported", "broadcast", "aired", "televised", "published"],
                    );
                // "DAZN reported.", "the Gazette reported that", not "Kelby Rovers reported a
                // loss": reporting with no object of its own.
                let reports = after < seg.tokens.len()
                    && ctx.word_in_ignore_case(after, &["reported", "reports", "understands"])
                    && (after + 1 >= seg.tokens.len()
                        || seg.tokens[after + 1].kind() == TokenKind::Punct
                        || ctx.word_in_ignore_case(after + 1, &["that", "on", "earlier", "first"]));
                reported_by || reports
            })
    };
    (lexicon::lookup(bare).any(lexicon::cat::NEWS) || reporting()).then_some(Medium::Any)
}

/// Whether organisation mention `m` names where an outside voice works: right after "of", "at" or
/// "from" that follows a person's name or a role such as analyst or economist ("Tobias Renn of
/// Halden Securities", "a strategist at Brightwater"), not an officer's own company ("chief
/// executive of Volterra").
fn is_outside_affiliation(ctx: &Context, m: &crate::analysis::Mention) -> bool {
    let first = ctx.segments.token_at_or_after(m.span.start);
    let Some(before) = first.checked_sub(2) else {
        return false;
    };
    let linked = ["of", "at", "from"]
        .iter()
        .any(|w| ctx.word_is(first - 1, w));
    let person = ctx
        .mention(before)
        .is_some_and(|p| ctx.mentions[p].kind == EntityType::Person);
    let outside_role = crate::words::is_market_analyst(ctx.word(before))
        || ctx.word_in_ignore_case(
            before,
            &[
                "manager",
                "professor",
                "researcher",
                "researchers",
                "fellow",
                "consultant",
            ],
        );
    linked && (person || outside_role)
}

/// A noun for an organisation ("union", "council", "company"), which a person's title or role
/// may hold only as a modifier ("union official", "council leader"): a company's or a public
/// body's noun, or one the lexicon lists as ending an organisation's name (`cat::ORG_WORD`).
fn is_organization_noun(head: &str) -> bool {
    is_company_noun(head)
        || is_public_body(head)
        || lexicon::lookup(head).any(lexicon::cat::ORG_WORD)
}

/// Whether an organisation's mention is the agency a dateline credits ("HALIFAX, Nova Scotia (AP)
/// — …"): the story's source, not a company it is about, so no "the company" stands for it.
fn is_dateline_agency(ctx: &Context, m: &crate::analysis::Mention) -> bool {
    let seg = ctx.segments;
    let Some(s) = seg.sentences.get(seg.sentence_at(m.span.start)) else {
        return false;
    };
    let from = s.first_token as usize;
    let body = super::indirect::after_dateline(ctx, from, s.end_token as usize);
    body > from && seg.token_at_or_after(m.span.start) < body
}

/// Whether a name is a ship's ("MV Caledon Star", "HMS Vigil"), which no "the company" stands for.
fn is_vessel(name: &str) -> bool {
    ["MV ", "MS ", "HMS ", "USS ", "SS ", "RMS "]
        .iter()
        .any(|p| name.starts_with(p))
}

/// Whether an organisation's name says it is a public body rather than a company.
fn is_public_body(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric()).any(|w| {
        crate::words::any_ignore_case(
            &[
                "ministry",
                "department",
                "committee",
                "council",
                "court",
                "agency",
                "party",
                "police",
                "university",
                "government",
                "parliament",
                "congress",
                "senate",
                "house",
                "commission",
                "office",
                "administration",
                "un",
                "nato",
            ],
            w,
        )
    }) || is_public_service(name)
}

/// "Transport Canada", "the Coast Guard", "the Port Authority": a public service by its words,
/// unless the name ends as a company's does ("Kestrel Transport Ltd", "Brennan Security Guard
/// Services").
fn is_public_service(name: &str) -> bool {
    let mut parts = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let ends_as_company = parts.clone().next_back().is_some_and(|w| {
        lexicon::lookup(w).any(lexicon::cat::LEGAL_SUFFIX)
            || words::any_ignore_case(&["services", "group", "holdings", "company", "co"], w)
    });
    !ends_as_company
        && parts.any(|w| words::any_ignore_case(&["transport", "guard", "authority"], w))
}

/// Where a mention starts with its title, when the title lies inside `span` ("the chancellor, Ms
/// Rachel Reeves"; not "Mrs." before the phrase "Clinton's campaign").
fn titled_start(mention: &crate::analysis::Mention, span: Span) -> u32 {
    mention
        .title
        .map(|t| t.start)
        .filter(|&t| (span.start..mention.span.start).contains(&t))
        .unwrap_or(mention.span.start)
}

/// Whether the phrase is someone speaking for the person it names after a preposition: "a
/// spokeswoman for Sen. Jane Doe", "an aide to Mr. Lee". Such a phrase is a description (an
/// unnamed source), not that person. An organisation's spokesperson speaks as the organisation.
fn speaks_for(ctx: &Context, span: Span, m: usize) -> bool {
    let mention = &ctx.mentions[m];
    if mention.kind != EntityType::Person {
        return false;
    }
    let start = titled_start(mention, span);
    let phrase_first = ctx.segments.token_at_or_after(span.start);
    // "a spokeswoman for *former* President Donald Trump".
    let first = super::frame::before_title_modifiers(
        ctx,
        ctx.segments.token_at_or_after(start),
        phrase_first + 1,
    );
    super::np::modifies_people_noun(ctx, m, span)
        || super::np::possesses_person_noun(ctx, m, span)
        || first > phrase_first + 1 && ctx.is(first - 1, crate::words::class::PREPOSITION)
}

/// Whether mention `m` lies in the tail of a group the phrase is about, after its plural head and
/// an "in" or a present participle: "One in four voters in a *Harbor Post* poll", "Scientists
/// studying images from *NASA*'s rover". The group does not speak as the name (the poll's
/// publisher, the rover's agency). People who speak for a body keep it: "Officials in the
/// *Trump* administration", "Lawyers representing *Acme*".
fn in_group_tail(ctx: &Context, span: Span, m: usize) -> bool {
    const SPEAK_FOR_BODY: [&str; 11] = [
        "officials",
        "spokespeople",
        "spokesmen",
        "spokeswomen",
        "representatives",
        "aides",
        "staff",
        "staffers",
        "executives",
        "lawyers",
        "attorneys",
    ];
    let seg = ctx.segments;
    let first = seg.token_at_or_after(span.start);
    let name = seg.token_at_or_after(ctx.mentions[m].span.start);
    (first..name.saturating_sub(1)).any(|k| {
        ctx.tag(k) == crate::pos::Tag::Nns
            && !ctx.in_name(k)
            && !ctx.word_in_ignore_case(k, &SPEAK_FOR_BODY)
            && (ctx.word_is_ignore_case(k + 1, "in") || ctx.tag(k + 1) == crate::pos::Tag::Vbg)
    })
}

/// The person or organisation a description names in apposition at its end: "the chancellor,
/// Rachel Reeves", "a spokeswoman, Ann Lee," or "his business partner, Lou Park" (article or
/// possessive, description, comma, name, and nothing after the name but a comma, or a second
/// appositive with an article: "the chair, Ann Holt, a lawyer"). "A spokeswoman for Sen. Jane
/// Doe" names no speaker this way.
fn appositive_name(ctx: &Context, span: Span) -> Option<usize> {
    let first = ctx.mentions.partition_point(|m| m.span.start < span.start);
    let inside = ctx.mentions[first..]
        .iter()
        .take_while(|m| m.span.start < span.end)
        .count();
    let is_article = |w: &str| {
        crate::words::any_ignore_case(
            &["a", "an", "the", "his", "her", "their", "its", "our", "my"],
            w,
        )
    };
    // The name right after the description's comma: the last mention in the phrase, or one
    // followed by a second appositive of its own, a role with an article and no comma ("the
    // chair, Ann Holt, a lawyer at Marlow Partners").
    let last = (first..first + inside)
        .rev()
        .find(|&m| ctx.mentions[m].span.end <= span.end)?;
    let second_appositive = |m: usize| {
        let mention = &ctx.mentions[m];
        let after = ctx.text[mention.span.end as usize..span.end as usize].trim_start();
        after
            .strip_prefix(',')
            .map(str::trim_start)
            .is_some_and(|r| {
                r.split_whitespace().next().is_some_and(is_article) && !r.contains(',')
            })
    };
    let m = (first..first + inside)
        .find(|&m| {
            ctx.mentions[m].span.end <= span.end
                && matches!(ctx.mentions[m].kind, EntityType::Person | EntityType::Org)
                && second_appositive(m)
        })
        .unwrap_or(last);
    let mention = &ctx.mentions[m];
    if !matches!(mention.kind, EntityType::Person | EntityType::Org) {
        return None;
    }
    let start = titled_start(mention, span);
    let before = ctx.text[span.start as usize..start as usize].trim_end();
    // "The nurses' union, the Royal College of Nursing": an organisation's name keeps its article.
    let before = match before.get(before.len().saturating_sub(4)..) {
        Some(the) if mention.kind == EntityType::Org && the.eq_ignore_ascii_case(" the") => {
            before[..before.len() - 4].trim_end()
        }
        _ => before,
    };
    let description = before.strip_suffix(',')?.trim_end();
    let after = &ctx.text[mention.span.end as usize..span.end as usize];
    let article = description
        .split_whitespace()
        .next()
        .is_some_and(is_article);
    // British copy sets a title with its party or place before the name, without an article:
    // "Labour MP for Porthaven, Helen Carrow," or "Shadow Chancellor, Rachel Reeves,".
    let titled = || {
        let seg = ctx.segments;
        let (from, to) = (
            seg.token_at_or_after(span.start),
            seg.token_at_or_after(start),
        );
        mention.kind == EntityType::Person
            && (from..to).any(|k| ctx.is(k, class::SOURCE_NOUN))
            && (from..to).all(|k| !ctx.tag(k).is_finite_verb())
    };
    // Letters after the name that are no part of it, an honour or a rank at the bar: "The
    // firm's lawyer, Simon Catt KC" is Simon Catt.
    let postnominal = |rest: &str| {
        rest.split([',', ' '])
            .filter(|w| !w.is_empty())
            .all(|w| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()))
    };
    ((article || titled())
        && !description.contains(',')
        && (postnominal(after) || second_appositive(m)))
    .then_some(m)
}

/// The role an appositive gives a person mention: "Lena Holt, an assistant district attorney,"
/// or "an assistant district attorney, Lena Holt," → "an assistant district attorney".
fn appositive_role<'t>(ctx: &Context<'t>, m: &crate::analysis::Mention) -> Option<&'t str> {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(m.span.start);
    let after = seg.token_at_or_after(m.span.end);
    let is_article = |k: usize| ctx.word_in_ignore_case(k, &["a", "an", "the"]);
    // After the name: ", a/an/the ROLE ,|.".
    if after + 2 < seg.tokens.len() && ctx.word_is(after, ",") && is_article(after + 1) {
        let end = (after + 2..(after + 12).min(seg.tokens.len()))
            .find(|&k| matches!(ctx.word(k), "," | "." | ";" | ")"))?;
        return Some(
            seg.tokens[after + 1]
                .span()
                .cover(seg.tokens[end - 1].span())
                .text(ctx.text),
        );
    }
    // Before it: "a/an/the ROLE, NAME", in the name's sentence (a paragraph before may end
    // without a stop: "… the Scot said").
    if first >= 3 && ctx.word_is(first - 1, ",") {
        let opens = ctx.sentence_of(first).map_or(0, |s| s.first_token as usize);
        let start = (first.saturating_sub(12).max(opens)..first - 1)
            .rev()
            .take_while(|&k| !matches!(ctx.word(k), "," | "." | ";" | ":" | "(" | "“" | "\""))
            .last()?;
        if is_article(start) {
            return Some(
                seg.tokens[start]
                    .span()
                    .cover(seg.tokens[first - 2].span())
                    .text(ctx.text),
            );
        }
    }
    None
}

/// The words of a role that say what the person is: past a possessor and before a tail ("The
/// Environment Agency's *area manager*", "*the chief executive* of Acme"), so that "the agency"
/// finds the agency, not its manager.
fn role_words(role: &str) -> &str {
    let role = role
        .rfind("'s ")
        .or_else(|| role.rfind("’s "))
        .map_or(role, |i| role[i..].trim_start_matches(['\'', '’', 's']));
    role_head(role)
}

/// A role up to its first preposition, the possessor kept: its last word is the role's head
/// ("a spokeswoman for Nabisco's parent company" → "a spokeswoman", "the veteran broadcaster").
fn role_head(role: &str) -> &str {
    let mut at = 0;
    for (i, w) in role.split(' ').enumerate() {
        if i > 0 && words::is_preposition(w) {
            return role[..at].trim_end();
        }
        at += w.len() + 1;
    }
    role
}

fn has_word(hay: &str, word: &str) -> bool {
    hay.split(|c: char| !c.is_alphanumeric())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// The person (or organisation: `kind`) the sentence before byte `at` is about: its speech
/// frame's speaker, or one named at its start.
fn previous_sentence_subject(ctx: &Context, at: u32, kind: EntityType) -> Option<usize> {
    let seg = ctx.segments;
    let s = seg.sentence_at(at).checked_sub(1)?;
    let sentence = *seg.sentences.get(s)?;
    let here = seg.sentences.get(s + 1)?;
    if here.paragraph > sentence.paragraph + 1 {
        return None;
    }
    sentence_subject(ctx, sentence, kind)
}

/// The mention of `kind` that `sentence` is about: its speaker's, else one within its first
/// words, before any verb ("Former Rovers captain Neil Farrow, now a pundit, was less
/// impressed.").
fn sentence_subject(
    ctx: &Context,
    sentence: crate::segment::Sentence,
    kind: EntityType,
) -> Option<usize> {
    let of_kind = |m: usize| ctx.mentions[m].kind == kind;
    if let Some(m) = super::frame::in_sentence(ctx, sentence)
        .and_then(|f| f.speaker)
        .and_then(|p| p.mention)
    {
        return of_kind(m).then_some(m);
    }
    let seg = ctx.segments;
    let end = sentence.end_token as usize;
    let mut first = sentence.first_token as usize;
    // "Under Rita Vance, the council …": a phrase opened by a preposition before the subject
    // names no subject; the words after its comma are read instead.
    // ("For Ann Lee, a retiree, the work …" is about Lee: "for" stays.)
    let opened = ctx.tag(first) == Tag::In && !ctx.word_is_ignore_case(first, "for");
    // With no comma near ("After the vote Ann Holt walked out …") the subject is read from the
    // sentence's start, as before (review rev47).
    let comma = opened
        .then(|| (first + 1..(first + 10).min(end)).find(|&k| ctx.word_is(k, ",")))
        .flatten();
    if let Some(comma) = comma {
        first = comma + 1;
    }
    // The subject within six words; an appositive after a possessor's noun within ten.
    let mut found = (first..(first + 10).min(end))
        .take_while(|&k| {
            !ctx.tag(k).is_finite_verb()
                || ctx.mention(k).is_some()
                || ctx.is(k, class::SOURCE_NOUN)
        })
        .filter_map(|k| ctx.mention(k).filter(|&m| of_kind(m)).map(|m| (k, m)))
        .map(|(k, m)| (k < first + 6, m));
    let m = found.next().filter(|&(near, _)| near)?.1;
    // After an opening phrase, a clause whose subject is a noun that names no one ("Under Rita
    // Vance, the council hired Jane Doe") has no person for its subject (review rev47).
    let named_at = seg.token_at_or_after(ctx.mentions[m].span.start);
    if comma.is_some()
        && (first..named_at).any(|k| {
            matches!(ctx.tag(k), Tag::Nn | Tag::Nns)
                && ctx.mention(k).is_none()
                && !ctx.is(k, class::SOURCE_NOUN)
        })
    {
        return None;
    }
    let mut found = found.map(|(_, m)| m);
    // "Dolan's predecessor, Rita Vance, …": the name in the appositive after a possessor's noun
    // is the subject. A possessor alone stays ("Ann Lee's campaign vowed …" is about Lee).
    let after = seg.token_at_or_after(ctx.mentions[m].span.end);
    let possessor = after < seg.tokens.len() && matches!(ctx.word(after), "'s" | "’s" | "'" | "’");
    let appositive = found.find(|&n| n != m).filter(|&n| {
        let start = seg.token_at_or_after(ctx.mentions[n].span.start);
        start > 0 && ctx.word_in_ignore_case(start - 1, &[",", "—", "–", "--"])
    });
    // After an opening clause a possessor alone is no subject either ("If Lee's wary, she's
    // Ann Dolan's equal").
    if possessor && appositive.is_none() && opened {
        return None;
    }
    Some(appositive.filter(|_| possessor).unwrap_or(m))
}

/// The person the last sentence about one (named outside a quotation) is about, among the
/// sentences of byte `at`'s paragraph before `at`'s own.
fn paragraph_sentence_subject(ctx: &Context, at: u32) -> Option<usize> {
    let seg = ctx.segments;
    let here = seg.sentence_at(at);
    let paragraph = seg.sentences.get(here)?.paragraph;
    (0..here)
        .rev()
        .map(|s| seg.sentences[s])
        .take_while(|s| s.paragraph == paragraph)
        .find_map(|s| sentence_subject(ctx, s, EntityType::Person))
        .filter(|&m| !ctx.in_quote(seg.token_at_or_after(ctx.mentions[m].span.start)))
}

/// The person named at the start of the sentence holding byte `at`, before `at` and before any
/// finite verb, and no possessor or modifier ("Ann Lee's aide said he …" is the aide; "The Ann
/// Lee campaign said she …" is no one named). Nor one after a
/// preposition, a subordinator or a comma, in a phrase or clause that opens the sentence before
/// its subject ("With a vote for Tom Hale ruled out, Ann Cross said he …", "When Ann Lee spoke,
/// Tom Hale said she …"), nor one inside a quotation.
fn sentence_subject_before(ctx: &Context, at: u32) -> Option<usize> {
    let seg = ctx.segments;
    let sentence = *seg.sentences.get(seg.sentence_at(at))?;
    let first = sentence.first_token as usize;
    let end = (first + 6)
        .min(sentence.end_token as usize)
        .min(seg.token_at_or_after(at));
    let k = (first..end)
        .take_while(|&k| {
            (!ctx.tag(k).is_finite_verb()
                || ctx.mention(k).is_some()
                || ctx.is(k, class::SOURCE_NOUN))
                && !matches!(ctx.tag(k), Tag::In | Tag::Wrb | Tag::To)
                && !matches!(ctx.word(k), "," | ";" | ":" | "(")
                && !ctx.in_quote(k)
        })
        .find(|&k| ctx.mention(k).is_some())?;
    let m = ctx.mention(k)?;
    let mention = &ctx.mentions[m];
    let after = seg.token_at_or_after(mention.span.end);
    // A possessor, or a name that modifies a noun ("The Ann Lee campaign said she …").
    let modifier = after < seg.tokens.len()
        && (matches!(ctx.word(after), "'s" | "’s" | "'" | "’")
            || matches!(ctx.tag(after), Tag::Nn | Tag::Nns) && ctx.mention(after).is_none());
    (mention.kind == EntityType::Person && !modifier).then_some(m)
}

/// The speaker phrase the rules find in the sentence before byte `at`, when that sentence is in
/// the same paragraph and the phrase is no pronoun.
fn previous_sentence_speaker(ctx: &Context, at: u32) -> Option<SpeakerPhrase> {
    let seg = ctx.segments;
    let s = seg.sentence_at(at).checked_sub(1)?;
    let sentence = *seg.sentences.get(s)?;
    if seg.sentences.get(s + 1)?.paragraph != sentence.paragraph {
        return None;
    }
    super::frame::in_sentence(ctx, sentence)?
        .speaker
        .filter(|speaker| speaker.pronoun.is_none())
}

/// The unnamed person the sentence before byte `at` (in the same paragraph) makes its speaker: an
/// indefinite description of a person ("A nurse at the hospital, who asked not to be named,
/// said …", "One resident said …") or a possessive one ("Patel's lawyer said …", "Her
/// neighbour said …"), when its head noun's gender, if it has one, is the pronoun's. With it, the
/// organisation such a person speaks for, when the phrase names one after its head ("A
/// spokeswoman for the Wren Trust said …").
fn previous_sentence_description(
    ctx: &Context,
    at: u32,
    gender: Gender,
) -> Option<(Span, Option<usize>)> {
    let seg = ctx.segments;
    let speaker = previous_sentence_speaker(ctx, at)?;
    let first = seg.token_at_or_after(speaker.span.start);
    let end = seg.token_at_or_after(speaker.span.end);
    let indefinite = ctx.word_in_ignore_case(first, &["a", "an", "one", "another"]);
    let possessive = ctx.word_in_ignore_case(first, &["his", "her", "their"])
        || (first + 1 < end && matches!(ctx.word(first + 1), "'s" | "’s"));
    // Its head noun, before any tail: a person's, not a document's or a body's.
    let head = description_head(ctx, first, end)?;
    let person = is_person_noun(ctx, head);
    let same_gender = compatible(noun_gender(ctx, head), gender);
    // A name in the phrase is only the organisation spoken for, after the head.
    let speaks_as = match speaker.mention {
        None => None,
        Some(m) => {
            let mention = &ctx.mentions[m];
            let after_head = seg.token_at_or_after(mention.span.start) > head;
            if mention.kind != EntityType::Org || !after_head {
                return None;
            }
            Some(m)
        }
    };
    if !((indefinite || possessive) && person && same_gender) {
        return None;
    }
    // "Osei's chief of staff, Marcus Lee, said …. He said …": the description names its person
    // in apposition, so the pronoun stands for that person.
    let named =
        appositive_name(ctx, speaker.span).filter(|&m| ctx.mentions[m].kind == EntityType::Person);
    Some((speaker.span, speaks_as.or(named)))
}

/// The head noun of the description at tokens `first..end`: its last word before any tail (a
/// preposition or a comma: "A nurse *at* the clinic", "The mayor*,* who …").
fn description_head(ctx: &Context, first: usize, end: usize) -> Option<usize> {
    (first..end)
        .take_while(|&k| !ctx.is(k, class::PREPOSITION) && !ctx.word_is(k, ","))
        .last()
}

/// Whether token `k` is a noun for people that speak: a source noun, not a document's or a
/// body's ("nurse", "spokesman"; not "report", "council").
fn is_person_noun(ctx: &Context, k: usize) -> bool {
    ctx.is(k, class::SOURCE_NOUN) && !ctx.is(k, class::DOCUMENT_OR_BODY)
}

/// The gender the noun at token `k` states ("spokeswoman", "father"), if any.
fn noun_gender(ctx: &Context, k: usize) -> Gender {
    Gender::from(crate::sources::gendered_word(ctx.word(k), true))
}

/// The unnamed person a description opening the sentence of the pronoun at byte `at` makes its
/// subject: "The senator denounced what he called “…”", "A nurse at the clinic said she …". The
/// description holds no name, quotation or pronoun, its head is a singular noun for a person of
/// the pronoun's gender, it ends at the sentence's first finite verb, and no person is named
/// between that verb and the pronoun. Its span.
fn same_sentence_description(ctx: &Context, at: u32, gender: Gender) -> Option<Span> {
    let seg = ctx.segments;
    let k = seg.token_at_or_after(at);
    if ctx.in_quote(k) {
        return None;
    }
    let sentence = ctx.sentence_of(k)?;
    let first = sentence.first_token as usize;
    let verb = (first + 1..k).find(|&v| ctx.tag(v).is_finite_verb() && ctx.mention(v).is_none())?;
    let end = before_time_phrase(ctx, first, verb);
    if super::np::subject_ending(ctx, first, end)? != first
        || (first..end).any(|t| {
            ctx.in_quote(t)
                || ctx.pronoun(t).is_some()
                || ctx.mention(t).is_some() && !is_place_possessor(ctx, t, end)
        })
    {
        return None;
    }
    // Its head noun, before any tail: a person's, not a document's or a body's.
    let head = description_head(ctx, first, end)?;
    // With a place's or body's possessor, the head ends the phrase: "Greyhaven's coach in the
    // second half changed tactics" is no description to name (the tail is no time phrase).
    if head + 1 != end && (first..end).any(|t| ctx.mention(t).is_some()) {
        return None;
    }
    // A lower-case noun: "Tester said he …" may be a name the mention stage missed. A lone
    // "another" or "one" ("Another said he …") is a person too.
    let lone = verb == first + 1 && ctx.word_in_ignore_case(first, &["another", "one"]);
    let person = lone
        || ctx.tag(head) == Tag::Nn
            && ctx.word(head).starts_with(|c: char| c.is_lowercase())
            && is_person_noun(ctx, head);
    if !person || !compatible(noun_gender(ctx, head), gender) {
        return None;
    }
    // Nor a person the verb's object describes ("The officer arrested a man after he shouted
    // …", "The coach benched the striker when he …"): the pronoun may be either.
    let person_between = (verb + 1..k).any(|t| {
        ctx.mention(t)
            .is_some_and(|m| ctx.mentions[m].kind == EntityType::Person)
            || matches!(ctx.tag(t), Tag::Nn | Tag::Nns) && is_person_noun(ctx, t)
            // "The judge scolded the defendant after he …": a clause of its own.
            || ctx.word_in_ignore_case(t, &["after", "because", "when", "before", "until", "once"])
    });
    if person_between {
        return None;
    }
    Some(seg.tokens[first].span().cover(seg.tokens[end - 1].span()))
}

/// Whether a mention lies within `span`.
fn has_mention(ctx: &Context, span: Span) -> bool {
    let first = ctx.mentions.partition_point(|m| m.span.start < span.start);
    ctx.mentions
        .get(first)
        .is_some_and(|m| m.span.start < span.end)
}

/// Where a subject ending before the verb at token `verb` ends when a time phrase stands between
/// them ("Bristol's mayor *on Thursday* unveiled …", "The minister last week announced …"): the
/// phrase's first token (its "on" or "in"), else `verb`.
fn before_time_phrase(ctx: &Context, first: usize, verb: usize) -> usize {
    (first + 1..verb)
        .find(|&t| {
            let start = t + usize::from(ctx.word_in_ignore_case(t, &["on", "in"]));
            super::np::time_phrase_end(ctx, start, verb) == Some(verb)
        })
        .unwrap_or(verb)
}

/// Whether token `t` is in a place or organisation named as the possessor of a description
/// ending before token `end`: "*Bristol*'s mayor", "*Harlow Council*'s leader". The description
/// names no person, so it stays the subject a pronoun stands for.
fn is_place_possessor(ctx: &Context, t: usize, end: usize) -> bool {
    let Some(m) = ctx.mention(t) else {
        return false;
    };
    let mention = &ctx.mentions[m];
    let after = ctx.segments.token_at_or_after(mention.span.end);
    matches!(mention.kind, EntityType::Place | EntityType::Org)
        && after + 1 < end
        && ctx.word_in_ignore_case(after, &["'s", "’s"])
}

/// The speaker the sentence before byte `at` (in the same paragraph) gives when it is a group or
/// a body that "they" can stand for: a description such as "Police" or "Officials at the port"
/// (its span), or an organisation or nationality named as the whole phrase ("the Harbor Trust",
/// "Republicans"; its mention). Not a person, nor a pronoun.
fn previous_sentence_group(ctx: &Context, at: u32) -> Option<(Span, Option<usize>)> {
    let speaker = previous_sentence_speaker(ctx, at)?;
    if let Some(m) = speaker.mention {
        let mention = &ctx.mentions[m];
        // "Sen. Ann Lee (R-Ga.), one of the bill's co-authors": a person, whatever the
        // appositive's head; "Supporters of Ann Lee" names people after her.
        if mention.kind == EntityType::Person && !speaks_for(ctx, speaker.span, m) {
            // "Priya Nair and her colleagues", "Bolton and Gorka": people coordinated before
            // any comma are a group.
            return coordinated(ctx, speaker.span).then_some((speaker.span, None));
        }
        let whole =
            mention.span.start <= speaker.span.start && mention.span.end >= speaker.span.end;
        if whole {
            return matches!(mention.kind, EntityType::Org | EntityType::Norp)
                .then_some((speaker.span, Some(m)));
        }
    }
    use crate::analysis::SpeakerKind;
    let kind = super::speaker_kind::description_kind(speaker.span.text(ctx.text));
    (matches!(kind, SpeakerKind::Group | SpeakerKind::Organization)
        || coordinated(ctx, speaker.span))
    .then_some((speaker.span, None))
}

/// Whether a speaker phrase joins people by "and" before any comma of its own: "Priya Nair and
/// her colleagues", "Bolton and Gorka" ("Ann Lee, head of research and development" is one).
fn coordinated(ctx: &Context, span: Span) -> bool {
    let seg = ctx.segments;
    let (from, to) = (
        seg.token_at_or_after(span.start),
        seg.token_at_or_after(span.end),
    );
    (from..to)
        .take_while(|&k| !ctx.word_is(k, ","))
        .any(|k| ctx.word_is_ignore_case(k, "and") && !ctx.in_name(k))
}

/// For a definite unnamed description ("the source"), the name of an earlier unnamed speaker with
/// the same head noun ("One source").
pub fn earlier_description(
    text: &str,
    speaker: &Speaker,
    earlier: &[crate::analysis::Quote],
) -> Option<String> {
    let written = speaker.span.text(text);
    let mut words = written.split_whitespace();
    if !words.next().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        return None;
    }
    let head = head_word(written)?;
    // "the city's lawyer" after "the council's lawyer": another possessor, someone else. (A
    // possessor's name and a title may be one person: "Cameron's spokesman", "the prime
    // minister's spokesman".)
    let common = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let possessor = possessor_word(written).filter(|w| common(w));
    earlier
        .iter()
        .rev()
        .take(64)
        .filter_map(|q| q.speaker.as_ref())
        .find_map(|s| {
            let same_head =
                !s.named && head_word(&s.name).is_some_and(|h| h.eq_ignore_ascii_case(head));
            let same_possessor = match (possessor, possessor_word(&s.name).filter(|w| common(w))) {
                (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                _ => true,
            };
            (same_head && same_possessor && s.span != speaker.span).then(|| s.name.clone())
        })
}

/// The possessor of a description before its head, without its `'s` or apostrophe: "city" in
/// "the city's lawyer", "nurses" in "the nurses' union".
fn possessor_word(description: &str) -> Option<&str> {
    description
        .split(',')
        .next()?
        .split_whitespace()
        .take_while(|w| !words::is_preposition(w))
        .find_map(|w| {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .or_else(|| w.strip_suffix(['\'', '’']))
                .filter(|p| !p.is_empty())
        })
}

/// The head word of a description: its last word before any tail ("figures" in "figures from the
/// federation", "source" in "One source, who …").
fn head_word(description: &str) -> Option<&str> {
    description
        .split(',')
        .next()?
        .split_whitespace()
        .take_while(|w| !words::is_preposition(w))
        .last()
}
