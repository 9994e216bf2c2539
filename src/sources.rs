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
//!   1. `pronoun`: a `he`, `she`, `his`, `her`, `him` outside quotation marks that can only refer
//!      to this person, who must be the subject of the sentence it refers back to (named at its
//!      start, after its title, or the one person speaking in it): "Charlene Barshefsky and her
//!      team"; "Shi Guangsheng said he expected" (after a speech verb only the reported clause's
//!      first word counts, not a `her` further on, which may be anyone the clause is about);
//!      “…,” she said or a sentence-initial `She` after a sentence about this person. Between
//!      the person and the pronoun no other person may be named, and there may be no noun for a
//!      person outside the person's own title and speaker phrase ("the president", "his wife"),
//!      no possessive of a name ("Smith's son … his") and no colon after a name (a transcript).
//!      An unresolved speaker `he` or `she` states its own gender.
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

use crate::lexicon::hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::analysis::{
    Entity, EntityType, Gender, GenderBasis, Mention, Quote, QuoteKind, Source, SpeakerKind,
};
use crate::lexicon;
use crate::segment::{Kept, Segments, SparseTokens, Token, TokenKind, WordStore, SENTENCE_START};
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
    let mut index: HashMap<Key, usize> = HashMap::default();
    for (i, quote) in quotes.iter().enumerate() {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        let entity = speaker
            .entity
            .and_then(|e| entities.get(e as usize).map(|en| (e, en)));
        // "Mr Price and Dr Nair said": speakers joined by "and" come as a group with no entity
        // (`attribution::attribute`), one source of its own named as written, so that each
        // person's own source keeps only what they said alone.
        let name = speaker.name.clone();
        let key = match entity {
            Some((e, _)) => Key::Entity(e),
            None => Key::Name(fold(&name)),
        };
        let id = *index.entry(key).or_insert_with(|| {
            sources.push(Source {
                name: entity.map_or_else(|| name.clone(), |(_, en)| en.name.clone()),
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
///
/// A byte at a time through a table for ASCII (most of news), decoding only the other
/// characters: the same count as splitting on `char::is_whitespace` and testing each run for
/// `char::is_alphanumeric` (a test checks every ASCII byte and a sample of other characters).
pub fn count_words(quoted: &str) -> u32 {
    let bytes = quoted.as_bytes();
    let (mut count, mut counted) = (0u32, false);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let class = if b < 0x80 {
            i += 1;
            ASCII_WORD_CLASS[usize::from(b)]
        } else {
            let c = quoted[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            char_class(c)
        };
        match class {
            SPACE => counted = false,
            ALNUM if !counted => {
                count += 1;
                counted = true;
            }
            _ => {}
        }
    }
    count
}

/// [`count_words`]'s class of a character: white space, a letter or digit, or anything else.
const SPACE: u8 = 0;
const ALNUM: u8 = 1;
const OTHER: u8 = 2;

/// [`char_class`] of a character.
fn char_class(c: char) -> u8 {
    if c.is_whitespace() {
        SPACE
    } else if c.is_alphanumeric() {
        ALNUM
    } else {
        OTHER
    }
}

/// [`char_class`] of each ASCII byte (the rest unused).
static ASCII_WORD_CLASS: [u8; 128] = {
    let mut table = [OTHER; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if matches!(c, b' ' | b'\t'..=b'\r') {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else {
            OTHER
        };
        b += 1;
    }
    table
};

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
    crate::sort::sort_by_key(&mut spans, |s| (s.start, s.end));
    // A named source's name is no role of it; an unnamed one's description is.
    let own = source.entity.map(|_| fold(&source.name));
    let mut seen: HashSet<String> = HashSet::default();
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
    crate::words::any_ignore_case(
        &[
            "the", "a", "an", "one", "another", "some", "this", "that", "these", "those",
        ],
        word,
    )
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
        if head && (i > 0 && in_list(HEAD_STOP, word)) {
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

/// Whether `word` is in `list`, ignoring ASCII case. Never inlined: one loop for every list,
/// instead of comparisons unrolled per list and per call in the wasm build.
#[inline(never)]
fn in_list(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
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
    let is = |list: &[&str]| in_list(list, word);
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

/// What the pronoun pass knows about each token.
struct Tokens<'a> {
    text: &'a str,
    segments: &'a Segments,
    /// The entity of the person mention covering each token ([`Tokens::person`]).
    person: SparseTokens,
    /// The person whose title or speaker phrase covers each token ([`Tokens::owned`]).
    owned: SparseTokens,
    /// For each sentence, the one person entity that speaks in it ([`NONE`] for none, [`MANY`]
    /// for several).
    speaker_of_sentence: Vec<u32>,
    /// For each token, [`IN_QUOTE`] and [`SPEAKER_TOKEN`]: one byte per token.
    bits: Vec<std::cell::Cell<u8>>,
    /// For each distinct word ([`Token::word`]), once asked, [`NOUN_KNOWN`] and [`PERSON_NOUN`],
    /// [`SPEECH_KNOWN`] and [`SPEECH_VERB`], and the pronoun's genders ([`MALE_KNOWN`] ...):
    /// each a function of the word's text, so a word is looked up once, not once per token (nor
    /// again in the later texts of the thread, [`WORD_FACTS`]).
    word_bits: WordStore<u8>,
}

thread_local! {
    /// [`Tokens::word_bits`] kept between the texts of a thread: one byte per word of the
    /// thread's cache of words (16 KB at most).
    static WORD_FACTS: std::cell::RefCell<Kept<u8>> = std::cell::RefCell::new(Kept::default());
}

/// [`Tokens::bits`]: inside quotation marks (what a quotation says refers to its own world).
const IN_QUOTE: u8 = 1;
/// [`Tokens::bits`]: the token is a whole speaker phrase ("she" in “…,” she said).
const SPEAKER_TOKEN: u8 = 2;
/// [`Tokens::word_bits`]: whether the word is a noun for a person has been looked up.
const NOUN_KNOWN: u8 = 1;
/// [`Tokens::word_bits`]: the word is a singular noun for a person.
const PERSON_NOUN: u8 = 2;
/// [`Tokens::word_bits`]: whether the word is a speech verb has been looked up.
const SPEECH_KNOWN: u8 = 4;
/// [`Tokens::word_bits`]: the word is a speech verb ([`lexicon::is_speech_verb`]).
const SPEECH_VERB: u8 = 8;
/// [`Tokens::word_bits`]: whether the word is a male pronoun has been looked up.
const MALE_KNOWN: u8 = 16;
/// [`Tokens::word_bits`]: the word is a male pronoun ([`pronoun_gender`]).
const MALE: u8 = 32;
/// [`Tokens::word_bits`]: whether the word is a female pronoun has been looked up.
const FEMALE_KNOWN: u8 = 64;
/// [`Tokens::word_bits`]: the word is a female pronoun ([`pronoun_gender`]).
const FEMALE: u8 = 128;

const NONE: u32 = u32::MAX;
const MANY: u32 = u32::MAX - 1;

impl<'a> Tokens<'a> {
    fn new(
        text: &'a str,
        segments: &'a Segments,
        mentions: &[Mention],
        quotes: &[Quote],
    ) -> Tokens<'a> {
        let n = segments.tokens.len();
        let mut t = Tokens {
            text,
            segments,
            person: SparseTokens::default(),
            owned: SparseTokens::default(),
            speaker_of_sentence: vec![NONE; segments.sentences.len()],
            bits: vec![std::cell::Cell::new(0); n],
            word_bits: WordStore::from_thread(&segments.words, &WORD_FACTS),
        };
        for q in quotes.iter().filter(|q| q.kind != QuoteKind::Indirect) {
            for k in t.range(q.span) {
                t.set(k, IN_QUOTE);
            }
        }
        let (mut person, mut owned) = (Vec::new(), Vec::new());
        for m in mentions.iter().filter(|m| m.kind == EntityType::Person) {
            person.extend(t.range(m.span).map(|k| (k as u32, m.entity)));
            if let Some(title) = m.title {
                owned.extend(t.range(title).map(|k| (k as u32, m.entity)));
            }
        }
        t.person = SparseTokens::new(n, person);
        for speaker in quotes.iter().filter_map(|q| q.speaker.as_ref()) {
            let range = t.range(speaker.span);
            if range.len() == 1 {
                t.set(range.start, SPEAKER_TOKEN);
            }
            let Some(e) = speaker.entity else { continue };
            // Only a person named in the phrase speaks as a person ("she" resolved does not).
            if !range.clone().any(|k| t.person(k) == e) {
                continue;
            }
            // Where a title already gave the token its person, that stands.
            owned.extend(range.clone().map(|k| (k as u32, e)));
            if let Some(s) = segments.sentence_of_token(range.start) {
                let slot = &mut t.speaker_of_sentence[s];
                *slot = if *slot == NONE || *slot == e { e } else { MANY };
            }
        }
        t.owned = SparseTokens::new(n, owned);
        t
    }

    /// The entity of the person mention covering token `k`, or [`NONE`].
    #[inline]
    fn person(&self, k: usize) -> u32 {
        self.person.get(k).unwrap_or(NONE)
    }

    /// The person whose title or speaker phrase covers token `k`, or [`NONE`].
    #[inline]
    fn owned(&self, k: usize) -> u32 {
        self.owned.get(k).unwrap_or(NONE)
    }

    fn set(&self, k: usize, bit: u8) {
        let cell = &self.bits[k];
        cell.set(cell.get() | bit);
    }

    /// Whether token `k` lies inside quotation marks.
    #[inline]
    fn in_quote(&self, k: usize) -> bool {
        self.bits[k].get() & IN_QUOTE != 0
    }

    /// Whether token `k` is a whole speaker phrase.
    #[inline]
    fn speaker_token(&self, k: usize) -> bool {
        self.bits[k].get() & SPEAKER_TOKEN != 0
    }

    /// The tokens of `span`.
    fn range(&self, span: Span) -> std::ops::Range<usize> {
        let tokens = &self.segments.tokens;
        let first = self.segments.token_at_or_after(span.start);
        let mut end = first;
        while end < tokens.len() && tokens[end].span().start < span.end {
            end += 1;
        }
        first..end
    }

    fn word(&self, k: usize) -> &'a str {
        self.segments.tokens[k].text(self.text)
    }

    /// The person a sentence is about: the one named at its start (after an opening conjunction
    /// or a dateline), else the one person who speaks in it.
    fn subject(&self, sentence: usize) -> Option<u32> {
        let s = self.segments.sentences.get(sentence)?;
        let (first, end) = (s.first_token as usize, s.end_token as usize);
        let is_word = |k: usize| self.segments.tokens[k].kind() != TokenKind::Punct;
        let mut k = first;
        // "WASHINGTON, June 10 (UPI) — Hillary Clinton …": a dateline before a dash.
        if let Some(dash) =
            (first..end.min(first + 12)).find(|&k| matches!(self.word(k), "—" | "--"))
        {
            let dateline = (first..dash).all(|k| {
                !is_word(k)
                    || self.segments.tokens[k].kind() == TokenKind::Number
                    || self.word(k).starts_with(char::is_uppercase)
            });
            if dateline {
                k = dash + 1;
            }
        }
        while k < end && !is_word(k) && !self.in_quote(k) {
            k += 1;
        }
        if k < end && in_list(OPENERS, self.word(k)) {
            k += 1;
            while k < end && self.word(k) == "," {
                k += 1;
            }
        }
        if k < end && !self.in_quote(k) {
            if self.person(k) != NONE {
                return Some(self.person(k));
            }
            // A title at the start leads to its own person: "U.S. Trade Representative Charlene
            // Barshefsky".
            let e = self.owned(k);
            if e != NONE {
                let name = (k..end)
                    .take_while(|&j| self.owned(j) == e || self.person(j) == e)
                    .find(|&j| self.person(j) == e);
                if name.is_some() {
                    return Some(e);
                }
            }
        }
        let speaker = *self.speaker_of_sentence.get(sentence)?;
        (speaker != NONE && speaker != MANY).then_some(speaker)
    }

    /// Whether tokens `from..to` (outside quotations) name no person other than `e`, hold no noun
    /// for a person outside `e`'s titles and speaker phrases, no possessive of a name ("Smith's
    /// son"), and no colon after which someone else may speak ("FALLIN: I think he").
    fn only(&self, e: u32, from: usize, to: usize) -> bool {
        (from..to).all(|k| {
            if self.in_quote(k) {
                return true;
            }
            if self.person(k) != NONE {
                return self.person(k) == e;
            }
            let w = self.word(k);
            let possessive = (w == "'s" || w == "’s") && k > 0 && self.person(k - 1) != NONE;
            let colon =
                w == ":" && k > 0 && (self.person(k - 1) != NONE || self.owned(k - 1) != NONE);
            !possessive && !colon && (self.owned(k) != NONE || !self.person_noun(k))
        })
    }

    /// Whether token `k` is a singular noun for a person; each distinct word is looked up at
    /// most once.
    fn person_noun(&self, k: usize) -> bool {
        let token = self.segments.tokens[k];
        if token.kind() != TokenKind::Word {
            return false;
        }
        self.word_fact(k, NOUN_KNOWN, PERSON_NOUN, is_person_noun)
    }

    /// Whether token `k` is a speech verb; each distinct word is looked up at most once.
    fn speech_verb(&self, k: usize) -> bool {
        self.word_fact(k, SPEECH_KNOWN, SPEECH_VERB, lexicon::is_speech_verb)
    }

    /// `test` of token `k`'s text, remembered for its word under the bits `known` and `yes` of
    /// [`Tokens::word_bits`] (the shared entry of the words past [`crate::segment::MAX_WORDS`],
    /// which no text of [`crate::MAX_INPUT_BYTES`] reaches, is never remembered).
    fn word_fact(&self, k: usize, known: u8, yes: u8, test: impl Fn(&str) -> bool) -> bool {
        let w = self.segments.tokens[k].word() as usize;
        if w + 1 >= crate::segment::MAX_WORDS {
            return test(self.word(k));
        }
        let bits = self.word_bits.get(w);
        if bits & known != 0 {
            return bits & yes != 0;
        }
        let answer = test(self.word(k));
        self.word_bits
            .set(w, bits | known | if answer { yes } else { 0 });
        answer
    }

    /// The gender of token `k` as a third-person singular pronoun ([`pronoun_gender`]); each
    /// distinct word is looked up at most once.
    fn pronoun_gender(&self, k: usize) -> Option<Gender> {
        let is = |gender: Gender| move |w: &str| pronoun_gender(w) == Some(gender);
        if self.word_fact(k, MALE_KNOWN, MALE, is(Gender::Male)) {
            Some(Gender::Male)
        } else if self.word_fact(k, FEMALE_KNOWN, FEMALE, is(Gender::Female)) {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// Gives the thread the word facts this text looked up.
    fn keep(mut self) {
        self.word_bits.give_back(&WORD_FACTS);
    }
}

/// Words that may open a sentence before its subject: "But Clinton said …".
const OPENERS: &[&str] = &[
    "but",
    "and",
    "yet",
    "still",
    "however",
    "meanwhile",
    "so",
    "then",
    "now",
    "later",
    "also",
];

/// For each person entity, the genders of the pronouns that can only refer to it (see the module
/// docs). One pass over the tokens; each pronoun looks back at most [`MAX_BACK`] tokens.
fn pronoun_evidence(
    text: &str,
    segments: &Segments,
    mentions: &[Mention],
    quotes: &[Quote],
) -> HashMap<u32, Seen> {
    let t = Tokens::new(text, segments, mentions, quotes);
    let tokens = &segments.tokens;
    let mut evidence: HashMap<u32, Seen> = HashMap::default();
    for (p, token) in tokens.iter().enumerate() {
        if t.in_quote(p) || token.kind() != TokenKind::Word || !may_be_pronoun(text, token) {
            continue;
        }
        let Some(gender) = t.pronoun_gender(p) else {
            continue;
        };
        let word = t.word(p);
        let s = segments.sentence_of_token(p).unwrap_or(0);
        let Some(sentence) = segments.sentences.get(s) else {
            continue;
        };
        let start = sentence.first_token as usize;
        let subject_pronoun = word.eq_ignore_ascii_case("he") || word.eq_ignore_ascii_case("she");
        let opens = subject_pronoun && token.has(SENTENCE_START);
        // “…,” she said / She …: the person the previous sentence is about, when no one else is
        // named since.
        let mut found = None;
        if (opens || t.speaker_token(p)) && s > 0 {
            let prev = segments.sentences[s - 1];
            let near = prev.paragraph == sentence.paragraph
                || (t.speaker_token(p) && prev.paragraph + 1 == sentence.paragraph);
            let from = prev.first_token as usize;
            if near && p - from <= MAX_BACK {
                found = t.subject(s - 1).filter(|&e| t.only(e, from, p));
            }
        }
        // "Barshefsky and her team", "Shi Guangsheng said he expected": the sentence's subject,
        // when no one else is named before the pronoun.
        if found.is_none() && p - start <= MAX_BACK {
            found = t
                .subject(s)
                .filter(|&e| (start..p).any(|k| t.person(k) == e && !t.in_quote(k)))
                .filter(|&e| t.only(e, start, p))
                .filter(|&e| opens_reported_clause(&t, e, start, p));
        }
        if let Some(e) = found {
            evidence.entry(e).or_default().add(gender);
        }
    }
    t.keep();
    evidence
}

/// After a speech verb, only the first word of the reported clause is the speaker's pronoun
/// ("said he expected", "said that she"); one further on may be anyone the clause is about
/// ("told the court that, over … her life").
fn opens_reported_clause(t: &Tokens, e: u32, from: usize, p: usize) -> bool {
    let name = (from..p)
        .rev()
        .find(|&k| t.person(k) == e && !t.in_quote(k));
    let Some(name) = name else { return false };
    let verb = (name + 1..p).rev().find(|&k| {
        !t.in_quote(k)
            && t.segments.tokens[k].kind() == TokenKind::Word
            && !t.word(k).starts_with(char::is_uppercase)
            && t.speech_verb(k)
    });
    match verb {
        None => true,
        Some(v) => (v + 1..p).all(|k| t.word(k).eq_ignore_ascii_case("that")),
    }
}

/// The gender of a third-person singular pronoun.
fn pronoun_gender(word: &str) -> Option<Gender> {
    if !matches!(word.as_bytes().first(), Some(b'h' | b'H' | b's' | b'S')) || word.len() > 7 {
        return None;
    }
    const MALE: [&str; 4] = ["he", "him", "his", "himself"];
    const FEMALE: [&str; 4] = ["she", "her", "hers", "herself"];
    if in_list(&MALE, word) {
        Some(Gender::Male)
    } else if in_list(&FEMALE, word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether `token` can be one of [`pronoun_gender`]'s pronouns, told by its length and first
/// byte, the test [`pronoun_gender`] starts with, without slicing the text on char boundaries.
fn may_be_pronoun(text: &str, token: &Token) -> bool {
    let span = token.span();
    span.len() <= 7
        && matches!(
            text.as_bytes().get(span.start()),
            Some(b'h' | b'H' | b's' | b'S')
        )
}

/// A singular noun for a person ("the president", "his wife", "a witness").
fn is_person_noun(word: &str) -> bool {
    if word.len() < 3 || (word.ends_with('s') && !word.ends_with("ss")) {
        return false;
    }
    in_list(PEOPLE, word) || lexicon::is_job_noun(word)
}

#[cfg(test)]
mod tests;
