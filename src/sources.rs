//! Stage 6: sources — who is quoted, once each, with what the text says about them.
//!
//! Reads the attributed quotations (stage 5) and groups their speakers into distinct sources: by
//! entity when the speaker has one, else by the resolved name or description, case-folded. Sources
//! are ordered by their first quotation. For each source:
//!
//! * **roles**: the titles written before its name anywhere in the text ("U.S. Trade
//!   Representative"), and the descriptions its speaker phrases give around the name ("Another
//!   critic, Laurence H. Tribe" → "Another critic"; "Jane Doe, a spokeswoman for the commission" →
//!   "a spokeswoman for the commission"). An unnamed source's own description is its role when it
//!   says more than a noun ("a spokeswoman for the commission", not "the source").
//! * **affiliation**: the entity of the first organisation named inside those roles.
//! * **quoted_words**: the words inside the marks of its direct and partial quotations.
//! * **gender**, only where the text supports it, for persons only, with its basis:
//!   1. `pronoun`: a `he`, `she`, `his`, `her`, `him` outside quotation marks whose only possible
//!      referent is this person: the pronoun's window (its sentence up to it; from the previous
//!      sentence on for a sentence-initial `He`/`She` or a speaker pronoun such as “…,” she said)
//!      names this person and no other, and holds no singular noun for a person ("the president",
//!      "his wife") outside this person's own title and speaker phrase, and no possessive of the
//!      name ("Smith's son … his"). An unresolved speaker `he`/`she` states its own gender.
//!   2. `honorific`: an honorific or a clearly gendered title or role noun in the person's titles or
//!      descriptions (Mr., Mrs., Ms., Miss, Sir, Dame, Lady, Lord, Congresswoman, spokeswoman,
//!      mother, …; not chairman, alderman or statesman, which are used for women too), or in an
//!      unnamed person's description ("a spokeswoman for the commission" is female by the text).
//!   3. `given-name`: a named person's first name, when at least 95% of its bearers in the US
//!      Census and SSA statistics are of one sex.
//!
//!   The first basis that applies wins; when pronouns disagree with each other, or with the
//!   honorifics, there is no gender at all. Organisations, groups and documents get none, and
//!   nothing else (job, topic, the sex of a quoted word) is ever read as gender.
//!
//! Known failure modes: no parser, so a pronoun is only linked when no other person is in reach;
//! a pronoun for a person the text describes without a name, with no person noun near it, is
//! linked to the last named person; two people merged into one entity by the entity stage share
//! one gender (a conflict then gives none).

use std::collections::{HashMap, HashSet};

use crate::analysis::{
    Entity, EntityType, Gender, GenderBasis, Mention, Quote, QuoteKind, Source, SpeakerKind,
};
use crate::lexicon;
use crate::segment::{Segments, TokenKind, SENTENCE_START};
use crate::span::Span;

/// How far back, in tokens, a pronoun looks for its person.
const MAX_BACK: usize = 80;

/// Groups the speakers of `quotes` into sources, with their roles, affiliation, words and gender.
pub fn find_sources(
    text: &str,
    segments: &Segments,
    mentions: &[Mention],
    entities: &[Entity],
    quotes: &[Quote],
) -> Vec<Source> {
    let mut sources = group(text, entities, quotes);
    if sources.is_empty() {
        return sources;
    }
    let pronouns = pronoun_evidence(text, segments, mentions, quotes);
    for source in &mut sources {
        source.roles = roles(text, mentions, entities, quotes, source);
        source.affiliation = affiliation(mentions, source);
        if let Some((gender, basis)) = gender(text, mentions, entities, quotes, &pronouns, source) {
            source.gender = Some(gender);
            source.gender_basis = Some(basis);
        }
    }
    sources
}

/// Who a speaker is, for grouping.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Key {
    Entity(u32),
    Name(String),
}

/// Lower case with white space folded: "The  Source" and "the source" are one source.
fn fold(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

/// The distinct sources of `quotes` in order of first quote, with their quotes and quoted words.
fn group(text: &str, entities: &[Entity], quotes: &[Quote]) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    let mut index: HashMap<Key, usize> = HashMap::new();
    for (i, quote) in quotes.iter().enumerate() {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        let entity = speaker
            .entity
            .and_then(|e| entities.get(e as usize).map(|en| (e, en)));
        let key = match entity {
            Some((e, _)) => Key::Entity(e),
            None => Key::Name(fold(&speaker.name)),
        };
        let id = *index.entry(key).or_insert_with(|| {
            sources.push(Source {
                name: entity.map_or_else(|| speaker.name.clone(), |(_, en)| en.name.clone()),
                named: speaker.named || entity.is_some(),
                kind: speaker.kind,
                entity: entity.map(|(e, _)| e),
                gender: None,
                gender_basis: None,
                roles: Vec::new(),
                affiliation: None,
                quotes: Vec::new(),
                quoted_words: 0,
            });
            sources.len() - 1
        });
        let source = &mut sources[id];
        source.quotes.push(i as u32);
        if matches!(quote.kind, QuoteKind::Direct | QuoteKind::Partial) {
            source.quoted_words = source
                .quoted_words
                .saturating_add(count_words(quote.span.text(text)));
        }
    }
    sources
}

/// Words in a quotation: runs of non-space characters holding a letter or a digit.
pub fn count_words(quoted: &str) -> u32 {
    quoted
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count() as u32
}

/// The mentions that lie inside `span` (mentions are ordered by start and never overlap).
fn mentions_in(mentions: &[Mention], span: Span) -> impl Iterator<Item = &Mention> {
    let first = mentions.partition_point(|m| m.span.start < span.start);
    mentions[first..]
        .iter()
        .take_while(move |m| m.span.start < span.end)
        .filter(move |m| span.contains(m.span))
}

/// Titles and descriptions of `source` (see the module docs), in text order, without repeats.
fn roles(
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
    quotes: &[Quote],
    source: &Source,
) -> Vec<Span> {
    let mut spans = Vec::new();
    if let Some(entity) = source.entity.and_then(|e| entities.get(e as usize)) {
        spans.extend(
            entity
                .mentions
                .iter()
                .filter_map(|&m| mentions.get(m as usize)?.title),
        );
    }
    for &q in &source.quotes {
        let Some(speaker) = quotes.get(q as usize).and_then(|q| q.speaker.as_ref()) else {
            continue;
        };
        let phrase = speaker.span;
        match source.entity {
            Some(e) => {
                // The name inside the phrase; what is written around it describes the source.
                let Some(name) = mentions_in(mentions, phrase).find(|m| m.entity == e) else {
                    continue;
                };
                let name_start = name
                    .title
                    .filter(|t| phrase.contains(*t))
                    .map_or(name.span.start, |t| t.start.min(name.span.start));
                spans.extend(trim_role(
                    text,
                    Span::new(phrase.start(), name_start as usize),
                ));
                spans.extend(appositive(text, Span::new(name.span.end(), phrase.end())));
            }
            None => {
                if description_words(phrase.text(text)) >= 2 {
                    spans.extend(trim_role(text, phrase));
                }
            }
        }
    }
    spans.sort_by_key(|s| (s.start, s.end));
    // A named source's name is no role of it; an unnamed one's description is.
    let own = source.entity.map(|_| fold(&source.name));
    let mut seen: HashSet<String> = HashSet::new();
    spans.retain(|s| {
        let folded = fold(s.text(text));
        !folded.is_empty() && Some(&folded) != own.as_ref() && seen.insert(folded)
    });
    spans
}

/// Words of a description that are not determiners.
fn description_words(phrase: &str) -> usize {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !is_determiner(w))
        .count()
}

fn is_determiner(word: &str) -> bool {
    [
        "the", "a", "an", "one", "another", "some", "this", "that", "these", "those",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(word))
}

/// `span` without surrounding white space and punctuation; `None` when no letter is left.
fn trim_role(text: &str, span: Span) -> Option<Span> {
    let s = span.text(text);
    let junk = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–');
    let start_trimmed = s.trim_start_matches(junk);
    let trimmed = start_trimmed.trim_end_matches(junk);
    // A closing parenthesis stays when its opening one does: "(D-N.C.)" is trimmed whole below.
    if !trimmed.chars().any(char::is_alphabetic) {
        return None;
    }
    let start = span.start() + (s.len() - start_trimmed.len());
    Some(Span::new(start, start + trimmed.len()))
}

/// The description after a name in a speaker phrase: ", a doctor," → "a doctor". Skips a
/// parenthetical ("(D-N.C.)") and where the person is from ("of Derry, N.H."), unless an
/// appositive follows it.
fn appositive(text: &str, span: Span) -> Option<Span> {
    let mut span = trim_role(text, span)?;
    let s = span.text(text);
    let rest = if s.starts_with('(') {
        let close = s.find(')')?;
        &s[close + 1..]
    } else if ["of ", "from "].iter().any(|p| s.starts_with(p)) {
        let comma = [", a ", ", an ", ", the "]
            .iter()
            .filter_map(|c| s.find(c))
            .min()?;
        &s[comma..]
    } else {
        s
    };
    let skipped = s.len() - rest.len();
    span = Span::new(span.start() + skipped, span.end());
    trim_role(text, span)
}

/// The first organisation named inside the source's roles that is not the source itself.
fn affiliation(mentions: &[Mention], source: &Source) -> Option<u32> {
    source.roles.iter().find_map(|&role| {
        mentions_in(mentions, role)
            .find(|m| m.kind == EntityType::Org && Some(m.entity) != source.entity)
            .map(|m| m.entity)
    })
}

/// Genders the text states for something: each may be seen, both means a conflict.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Seen {
    female: bool,
    male: bool,
}

impl Seen {
    fn add(&mut self, gender: Gender) {
        match gender {
            Gender::Female => self.female = true,
            Gender::Male => self.male = true,
        }
    }

    fn merge(&mut self, other: Seen) {
        self.female |= other.female;
        self.male |= other.male;
    }

    fn any(self) -> bool {
        self.female || self.male
    }

    /// The one gender seen, or `None` for none or both.
    fn single(self) -> Option<Gender> {
        match (self.female, self.male) {
            (true, false) => Some(Gender::Female),
            (false, true) => Some(Gender::Male),
            _ => None,
        }
    }
}

/// A source's gender and its basis (see the module docs).
fn gender(
    text: &str,
    mentions: &[Mention],
    entities: &[Entity],
    quotes: &[Quote],
    pronouns: &HashMap<u32, Seen>,
    source: &Source,
) -> Option<(Gender, GenderBasis)> {
    if source.kind != SpeakerKind::Person {
        return None;
    }
    let mut pronoun = Seen::default();
    let mut honorific = Seen::default();
    if let Some(e) = source.entity {
        if let Some(seen) = pronouns.get(&e) {
            pronoun.merge(*seen);
        }
        let titles = entities
            .get(e as usize)
            .into_iter()
            .flat_map(|en| en.mentions.iter())
            .filter_map(|&m| mentions.get(m as usize)?.title);
        for title in titles {
            honorific.merge(gendered_words(title.text(text), false));
        }
        for role in &source.roles {
            honorific.merge(gendered_words(role.text(text), true));
        }
    } else {
        for &q in &source.quotes {
            let Some(speaker) = quotes.get(q as usize).and_then(|q| q.speaker.as_ref()) else {
                continue;
            };
            let written = speaker.span.text(text);
            if let Some(g) = speaker_pronoun(written) {
                pronoun.add(g);
            } else {
                honorific.merge(gendered_words(written, true));
            }
        }
    }
    if pronoun.any() || honorific.any() {
        let mut all = pronoun;
        all.merge(honorific);
        let gender = all.single()?;
        let basis = if pronoun.any() {
            GenderBasis::Pronoun
        } else {
            GenderBasis::Honorific
        };
        return Some((gender, basis));
    }
    if source.named && source.entity.is_some() {
        return given_name_gender(&source.name).map(|g| (g, GenderBasis::GivenName));
    }
    None
}

/// The gender a lone `he` or `she` states.
fn speaker_pronoun(written: &str) -> Option<Gender> {
    let w = written.trim();
    if w.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if w.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender of a person's given name, when the name statistics are clear (≥ 95% one way).
pub fn given_name_gender(name: &str) -> Option<Gender> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    words.next()?; // a single word may be a surname
    let mut chars = first.chars();
    let initial_ok = chars.next().is_some_and(char::is_uppercase);
    if !initial_ok || first.chars().count() < 2 || !first.chars().all(char::is_alphabetic) {
        return None;
    }
    let share = lexicon::female_share(first)?;
    if share >= 0.95 {
        Some(Gender::Female)
    } else if share <= 0.05 {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The genders the honorifics and gendered titles or role nouns of `phrase` state. With `head`
/// only the words before the first preposition, comma or clause word are read ("a spokeswoman for
/// the commission", not "the widow's lawyer"); a word before a possessive `'s` never counts.
fn gendered_words(phrase: &str, head: bool) -> Seen {
    let mut seen = Seen::default();
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '(' | ')' | '"' | '“' | '”'))
        .filter(|w| !w.is_empty())
        .collect();
    let possessive = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    for (i, &raw) in words.iter().enumerate() {
        let word = raw.trim_end_matches([',', ';', ':']);
        if head && (i > 0 && HEAD_STOP.iter().any(|s| s.eq_ignore_ascii_case(word))) {
            break;
        }
        // "Prince George's County Executive": part of a name, not a title.
        let in_name = words.get(i + 1).is_some_and(|next| possessive(next));
        if !possessive(word) && !in_name {
            if let Some(g) = gendered_word(word, head) {
                seen.add(g);
            }
        }
        if head && raw.ends_with(',') {
            break;
        }
    }
    seen
}

/// Words that end the head of a description.
const HEAD_STOP: &[&str] = &[
    "of", "for", "at", "in", "from", "with", "to", "on", "who", "whose", "which", "that", "and",
    "or", "by", "since", "whom",
];

/// An honorific or a clearly gendered title; with `nouns`, also a gendered noun for a person
/// ("mother", "a man"), which describes someone in a description but is no title before a name.
pub fn gendered_word(word: &str, nouns: bool) -> Option<Gender> {
    const FEMALE: &[&str] = &[
        "mrs",
        "ms",
        "miss",
        "madam",
        "madame",
        "mme",
        "mlle",
        "mademoiselle",
        "dame",
        "lady",
        "queen",
        "princess",
        "duchess",
        "countess",
        "baroness",
        "empress",
        "congresswoman",
        "assemblywoman",
        "councilwoman",
        "chairwoman",
        "spokeswoman",
        "businesswoman",
        "sportswoman",
        "anchorwoman",
        "policewoman",
        "señora",
        "senora",
        "signora",
        "frau",
        "sister",
    ];
    const FEMALE_NOUNS: &[&str] = &[
        "actress",
        "waitress",
        "heiress",
        "widow",
        "mother",
        "grandmother",
        "daughter",
        "granddaughter",
        "wife",
        "girl",
        "woman",
        "aunt",
        "niece",
        "nun",
        "girlfriend",
    ];
    const MALE: &[&str] = &[
        "mr",
        "mister",
        "sir",
        "lord",
        "king",
        "prince",
        "duke",
        "earl",
        "baron",
        "emperor",
        "congressman",
        "assemblyman",
        "councilman",
        "spokesman",
        "businessman",
        "sportsman",
        "anchorman",
        "policeman",
        "señor",
        "senor",
        "signor",
        "herr",
        "monsieur",
        "father",
        "brother",
    ];
    const MALE_NOUNS: &[&str] = &[
        "widower",
        "grandfather",
        "son",
        "grandson",
        "husband",
        "boy",
        "man",
        "uncle",
        "nephew",
        "monk",
        "boyfriend",
    ];
    let is = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
    if is(FEMALE) || (nouns && is(FEMALE_NOUNS)) {
        Some(Gender::Female)
    } else if is(MALE) || (nouns && is(MALE_NOUNS)) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Singular nouns for people besides the lexicon's job nouns: any of them between a pronoun and a
/// name is another possible referent.
const PEOPLE: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "baby",
    "husband",
    "wife",
    "son",
    "daughter",
    "father",
    "mother",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "cousin",
    "grandfather",
    "grandmother",
    "grandson",
    "granddaughter",
    "boyfriend",
    "girlfriend",
    "partner",
    "spouse",
    "widow",
    "widower",
    "friend",
    "colleague",
    "teenager",
    "student",
    "victim",
    "suspect",
    "patient",
    "player",
    "driver",
    "passenger",
    "resident",
    "citizen",
    "customer",
    "mom",
    "dad",
    "parent",
    "kid",
    "fan",
    "lawyer",
    "attorney",
    "doctor",
    "officer",
    "someone",
    "somebody",
    "anyone",
    "person",
    "individual",
    "actor",
    "actress",
    "author",
    "writer",
    "leader",
    "member",
    "candidate",
    "winner",
];

/// For each person entity, the genders of the pronouns that can only refer to it (see the module
/// docs). One pass over the tokens; each pronoun looks back at most [`MAX_BACK`] tokens.
fn pronoun_evidence(
    text: &str,
    segments: &Segments,
    mentions: &[Mention],
    quotes: &[Quote],
) -> HashMap<u32, Seen> {
    const NONE: u32 = u32::MAX;
    let tokens = &segments.tokens;
    let n = tokens.len();
    let token_range = |span: Span| {
        let first = segments.token_at_or_after(span.start);
        let mut end = first;
        while end < n && tokens[end].span.start < span.end {
            end += 1;
        }
        first..end
    };
    // Tokens inside quotation marks: what a quotation says refers to its own world.
    let mut in_quote = vec![false; n];
    for q in quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
        for t in token_range(q.span) {
            in_quote[t] = true;
        }
    }
    // Tokens of person mentions (their entity), and tokens owned by a person: their titles and
    // their speaker phrases, where a person noun describes them, not someone else.
    let mut person = vec![NONE; n];
    let mut owned = vec![NONE; n];
    for m in mentions.iter().filter(|m| m.kind == EntityType::Person) {
        for t in token_range(m.span) {
            person[t] = m.entity;
        }
        if let Some(title) = m.title {
            for t in token_range(title) {
                owned[t] = m.entity;
            }
        }
    }
    let mut speaker_pronoun_at = vec![false; n];
    for speaker in quotes.iter().filter_map(|q| q.speaker.as_ref()) {
        let range = token_range(speaker.span);
        if let Some(e) = speaker.entity {
            for t in range.clone() {
                if owned[t] == NONE {
                    owned[t] = e;
                }
            }
        }
        if range.len() == 1 {
            speaker_pronoun_at[range.start] = true;
        }
    }
    let mut sentence_of = vec![0u32; n];
    for (i, s) in segments.sentences.iter().enumerate() {
        for t in s.tokens() {
            if let Some(slot) = sentence_of.get_mut(t) {
                *slot = i as u32;
            }
        }
    }

    let mut evidence: HashMap<u32, Seen> = HashMap::new();
    for t in 0..n {
        if in_quote[t] || tokens[t].kind != TokenKind::Word {
            continue;
        }
        let word = tokens[t].text(text);
        let gender = match word.len() {
            2..=7 => pronoun_gender(word),
            _ => None,
        };
        let Some(gender) = gender else {
            continue;
        };
        let s = sentence_of[t] as usize;
        let Some(sentence) = segments.sentences.get(s) else {
            continue;
        };
        let subject = tokens[t].has(SENTENCE_START)
            && (word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("she"));
        let speaker = speaker_pronoun_at[t];
        let mut from = sentence.first_token as usize;
        if (subject || speaker) && s > 0 {
            let prev = segments.sentences[s - 1];
            let same = prev.paragraph == sentence.paragraph;
            let next = prev.paragraph + 1 == sentence.paragraph;
            if same || (speaker && next) {
                from = prev.first_token as usize;
            }
        }
        let from = from.max(t.saturating_sub(MAX_BACK));
        let mut found = NONE;
        let mut ok = true;
        for k in (from..t).rev() {
            if in_quote[k] {
                continue;
            }
            if person[k] != NONE {
                if found != NONE && found != person[k] {
                    ok = false;
                    break;
                }
                found = person[k];
                continue;
            }
            let w = tokens[k].text(text);
            // "Smith's son … his": the possessed may be meant.
            if (w == "'s" || w == "’s") && k > 0 && person[k - 1] != NONE {
                ok = false;
                break;
            }
            if owned[k] == NONE && is_person_noun(w) {
                ok = false;
                break;
            }
        }
        if ok && found != NONE {
            evidence.entry(found).or_default().add(gender);
        }
    }
    evidence
}

/// The gender of a third-person singular pronoun.
fn pronoun_gender(word: &str) -> Option<Gender> {
    const MALE: [&str; 4] = ["he", "him", "his", "himself"];
    const FEMALE: [&str; 4] = ["she", "her", "hers", "herself"];
    if MALE.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        Some(Gender::Male)
    } else if FEMALE.iter().any(|w| w.eq_ignore_ascii_case(word)) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// A singular noun for a person ("the president", "his wife", "a witness").
fn is_person_noun(word: &str) -> bool {
    if word.len() < 3 || (word.ends_with('s') && !word.ends_with("ss")) {
        return false;
    }
    PEOPLE.iter().any(|p| p.eq_ignore_ascii_case(word)) || lexicon::is_job_noun(word)
}

#[cfg(test)]
mod tests;
