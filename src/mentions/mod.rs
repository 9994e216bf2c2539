//! Stage 2: mentions of people, organisations, places, groups, dates, times, money, percentages
//! and numbers, found by lexicons and rules.
//!
//! **Input:** the text and its segments (stage 1). **Output:** mentions ordered by start, never
//! overlapping, not yet linked to entities (`entity` is `u32::MAX`).
//!
//! The rules run in a fixed order over each sentence, and a token claimed by one rule is not seen
//! by later ones:
//! 1. [`numeric`]: dates ("Nov. 30", "April 7", "Thursday", "13 years"), times ("9 a.m."), money
//!    ("$2.3 billion"), percentages ("14 percent", "3.5%"), then any remaining number ("1,200").
//! 2. [`places`]: datelines at the start of a paragraph ("GENEVA —", "RIVERTON, Ohio -").
//! 3. [`names`]: a road's number is a place ([`places`]: "the A64", "I-244"); runs of
//!    capitalised words are cut into titles ("Prime Minister"), lexicon names
//!    (longest match: "World Trade Organization", "China Daily"), organisations by structure
//!    ([`orgs`]: "… Ministry", "… Inc.", acronyms), places by structure ([`places`]: "Lake …") and
//!    person names (given names, surnames, title or speech-verb context, or simply unknown
//!    capitalised words: "Shi Guangsheng").
//! 4. [`names`] again: a lone capitalised word that repeats part of a person's name found
//!    elsewhere in the text ("Barshefsky", "Zhu") is a person too.
//!
//! A capital letter alone is not evidence: a sentence-initial or headline word that the lexicon
//! knows as a common lower-case word ("The", "However", "Sources"), a capitalised function word
//! ("On", "Is"), an interjection ("Oh", "Hey") or a pronoun starts no name. A regnal number ends a
//! person's name ("Louis XV", "Elizabeth II").
//!
//! Cost: one lexicon look-up per capitalised word and its neighbours, and a bounded amount of work
//! per word (runs of capitalised words are cut after twelve words; the alias pass uses hash sets),
//! so time grows linearly with the text.
//!
//! Known failure modes: a person named only by a single unknown word with no title, speech verb
//! or fuller mention is missed; headline-case sentences only yield names the lexicon knows;
//! lower-case organisation names ("eBay") are missed.

mod context;
mod names;
mod numeric;
mod orgs;
mod places;
mod polities;
pub mod tagger;
#[cfg(test)]
mod tests;
mod wordbits;

pub(crate) use names::is_plural_acronym;

use crate::lexicon::hash::FxHashMap;

use crate::analysis::{EntityType, Mention};
use crate::lexicon::{self, Entry};
use crate::segment::{Segments, Token, TokenKind, Words, ALL_CAPS, CAPITALIZED, SENTENCE_START};
use crate::span::Span;

/// Finds the mentions in `text`, ordered by start, not overlapping, not yet linked to entities:
/// the rules, then the entity tagger with the model that ships with the crate ([`tagger`]).
pub fn find_mentions(text: &str, segments: &Segments) -> Vec<Mention> {
    find_mentions_with(text, segments, Some(&tagger::shipped()))
}

/// [`find_mentions`] with another tagger model, or with the rules alone (`None`).
pub fn find_mentions_with(
    text: &str,
    segments: &Segments,
    model: Option<&tagger::Model>,
) -> Vec<Mention> {
    let rules = find_by_rules(text, segments);
    match model {
        Some(model) if !model.is_empty() => tagger::refine(text, segments, rules, model),
        _ => rules.mentions.into_iter().map(|(m, _)| m).collect(),
    }
}

/// The mentions the rules find, ordered by start and not overlapping, each with its tokens and
/// rule.
///
/// In the wasm build the rule passes it calls (and the patterns [`context::find`] calls, the
/// segmenter's passes and the quotation decisions of `attribution::decide`) are kept out of line
/// (`#[cfg_attr(target_arch = "wasm32", inline(never))]`; native builds are unchanged): inlined,
/// they made functions of 25-38 KB of wasm that V8 compiles lazily and then, once hot, recompiles
/// with its optimising compiler (TurboFan) on the page's few cores while the first analysis runs,
/// and TurboFan's time grows faster than a function's size (`find_by_rules` 38 KB took 336 ms,
/// `ranker::candidates` 20 KB 35 ms, compiled alone in Node). Kept apart, only the passes the
/// sample runs hot are recompiled, and each is small: the functions TurboFan compiled during the
/// page's first analysis fell from 7 of 136 KB in all to 6 of 49 KB (headless Chromium,
/// `--js-flags=--trace-wasm-compilation-times`), with the same speed once warm.
pub(crate) fn find_by_rules(text: &str, segments: &Segments) -> Rules {
    let mut cx = Ctx::new(text, segments);
    // How many mentions there are after each sentence: the rules find a sentence's mentions
    // in no order, but those of a sentence lie within it (see the sort below).
    let mut sentence_ends: Vec<u32> = Vec::with_capacity(segments.sentences.len());
    // One pass over the text for "MP for …" (cheap: a first byte per token); the sentences
    // look again only if it found one.
    let mut seats = false;
    for s in &segments.sentences {
        seats |= places::know_constituencies(&mut cx, s.tokens());
    }
    for s in 0..segments.sentences.len() {
        let range = segments.sentences[s].tokens();
        let sentence = segments.sentences[s];
        let paragraph = segments.paragraphs[sentence.paragraph as usize];
        let from = cx.out.len();
        if paragraph.first_sentence as usize == s {
            places::dateline_at(&mut cx, range.start, range.end);
        }
        numeric::find(&mut cx, range.clone());
        if seats {
            places::constituencies(&mut cx, range.clone());
        }
        places::numbered_streets(&mut cx, range.clone());
        places::postal_states(&mut cx, range.clone());
        context::find(&mut cx, range.clone());
        names::find(&mut cx, range.clone());
        context::coordinated_with_org(&mut cx, range, from);
        sentence_ends.push(cx.out.len() as u32);
    }
    polities::find(&mut cx);
    names::find_aliases(&mut cx);
    orgs::retype_acronyms(&mut cx);
    orgs::drop_term_acronyms(&mut cx);
    context::propagate(&mut cx);
    if let Some(shared) = cx.shared.take() {
        shared.into_inner().give_back();
    }
    let wordbits = cx.wordbits;
    let no_names = cx.no_names;
    // The mentions and their rules zipped in place, then a stable sort (ties in the order
    // found). Sorting small keys and copying the mentions into place (stop 33) saved 8 M
    // instructions on 1 MB but took 7 MB more of wasm memory on one 10 MB text (65.7 -> 72.7
    // million bytes, over the 64 MB target), as did moving them by a permutation (89.8).
    let mut out: Vec<(Mention, Found)> = cx.out.into_iter().zip(cx.found).collect();
    // Each sentence's mentions sorted first (a few each), so that the sort of all of them
    // finds them one sorted run and merges in the few that the passes after the sentences
    // added, instead of sorting them all afresh (8.5 M instructions on 1 MB of news). Stable
    // sorts of stretches keep equal keys in the order found, so the result is the same.
    let key = |(m, _): &(Mention, Found)| (m.span.start, m.span.end);
    let mut from = 0;
    for &end in &sentence_ends {
        let end = (end as usize).min(out.len());
        if end > from + 1 {
            crate::sort::sort_by_key(&mut out[from..end], key);
        }
        from = end.max(from);
    }
    crate::sort::sort_by_key(&mut out, key);
    // Rules never claim a token twice, so mentions cannot overlap; keep the guarantee anyway.
    let mut last_end = 0;
    out.retain(|(m, _)| {
        let keep = m.span.start >= last_end && !m.span.is_empty();
        if keep {
            last_end = m.span.end;
        }
        keep
    });
    Rules {
        mentions: out,
        wordbits,
        no_names,
    }
}

/// What the rules found, and the word lists they read (which the tagger reads too).
pub(crate) struct Rules {
    /// Mentions ordered by start, not overlapping, each with its tokens and rule.
    pub mentions: Vec<(Mention, Found)>,
    /// The short word lists, per distinct word.
    pub wordbits: wordbits::WordBits,
    /// Stretches of capitalised words the rules read as no name ([`Ctx::no_name`]: "Storm
    /// Eunice", "Q&A"), as first and one-past-last tokens: the tagger's names over them are
    /// dropped too.
    pub no_names: Vec<(u32, u32)>,
}

/// What the rules share: the tokens and their words, which are taken, and the output.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The distinct words of the text, classified at segmentation.
    words: &'a Words,
    /// Whether a mention or a title already covers the token.
    pub claimed: Vec<bool>,
    /// Lone capitalised words left unlabelled, for the alias pass.
    pub loose: Vec<usize>,
    /// Places and organisations found so far, lower-cased, with their type.
    known: FxHashMap<String, EntityType>,
    /// Per distinct word: [`ORG_FIRST_WORD`] once it opened an organisation's name of several
    /// tokens, [`PERSON_WORD`] once it was a word of a person's name: for a lone name before a
    /// speech verb ("Halvorsen Energy … Halvorsen said"), one byte read each; [`FULL_NAME_END`]
    /// once it ended a person's name of two words or more found by a rule that does not merely
    /// guess ("Scalia" of "Antonin Scalia"): a lone word after "in" that is one is no place
    /// ([`context`]'s `lone_place`).
    pub word_marks: Vec<u16>,
    pub out: Vec<Mention>,
    /// For each mention of `out`: its tokens and the rule that found it.
    pub found: Vec<Found>,
    /// Stretches read as no name ([`Ctx::no_name`]).
    pub no_names: Vec<(u32, u32)>,
    /// The short lists of the context patterns and the tagger, per distinct word.
    pub wordbits: wordbits::WordBits,
    /// For each distinct word, the first token that has it: built on first use (one pass),
    /// for [`Ctx::used_before`].
    first_use: std::cell::OnceCell<Vec<u32>>,
    /// The lexicon cursors [`Ctx::push`] left, by the cursor's position, the word pushed and
    /// whether a space came before it: a name the text repeats is walked once.
    pushed: std::cell::RefCell<FxHashMap<(u64, u32), lexicon::Cursor>>,
    /// The same for the words of the thread's cache of words, by their index there: taken from
    /// the thread for the text and given back by [`find_by_rules`] ([`SharedPushes`]); `None`
    /// for a long text ([`SHARED_TEXT_BYTES`]).
    shared: Option<std::cell::RefCell<SharedPushes>>,
    /// For each distinct word, whether it can be part of a person's name once asked (0 not yet):
    /// see [`names`]' `name_like`. One byte per distinct word.
    pub name_like: Vec<std::cell::Cell<u8>>,
    /// The first byte of each token, for [`Ctx::first_byte`]: read about ten times a token by
    /// the rules, one load from here instead of the token's start and then the text's byte.
    first_bytes: Vec<u8>,
}

/// Lexicon pushes shared by the texts of a thread ([`Ctx::push`]): the cursor a push leaves, by
/// the cursor's position and whether a space came before the word, and the word's index in the
/// thread's cache of words (see [`crate::segment::Words`]), valid for the cache `generation`.
#[derive(Default)]
struct SharedPushes {
    generation: u64,
    after: FxHashMap<(u64, u32), lexicon::Cursor>,
}

/// The most pushes [`SharedPushes`] keeps: as many as a table of 16,384 slots holds (about 40
/// bytes a slot: 650 KB); once full, further pushes are remembered for their text alone.
const SHARED_PUSHES: usize = 14_336;

/// The longest text that reads and fills [`SharedPushes`]: a long text finds its repeated names
/// within itself, and filling the shared table from it would only add to the wasm memory after
/// it (one 10 MB text: 62.7 -> 64.5 MiB with a table of 32,768 slots filled).
pub(crate) const SHARED_TEXT_BYTES: usize = 256 * 1024;

thread_local! {
    static SHARED: std::cell::RefCell<SharedPushes> = std::cell::RefCell::new(SharedPushes::default());
}

impl SharedPushes {
    /// The thread's shared pushes, taken for a text whose words were classified through the
    /// thread's cache of words `generation` (emptied if they were kept for another cache).
    fn take(generation: u64) -> SharedPushes {
        let mut shared = SHARED
            .with(|shared| shared.try_borrow_mut().map(|mut s| std::mem::take(&mut *s)))
            .unwrap_or_default();
        if shared.generation != generation {
            shared.after.clear();
            shared.generation = generation;
        }
        shared
    }

    /// Gives the pushes back to the thread, for its later texts.
    fn give_back(self) {
        SHARED.with(|shared| {
            if let Ok(mut shared) = shared.try_borrow_mut() {
                *shared = self;
            }
        });
    }
}

#[cfg(test)]
mod shared_push_tests {
    /// The mentions of `text`, with its tokens tagged as the pipeline tags them.
    fn mentions(text: &str) -> Vec<crate::analysis::Mention> {
        let mut segments = crate::segment::segment(text);
        crate::pos::tag(text, &mut segments);
        super::find_mentions(text, &segments)
    }

    /// A text's mentions are the same on a fresh thread and after other texts on the same
    /// thread, whose lexicon pushes the thread remembers ([`super::SharedPushes`], by the index
    /// of the thread's cache of words, which differs from a word's index in the text).
    #[test]
    fn a_text_reads_the_same_after_other_texts() {
        // The same words in the same places, so that the two texts number their words alike:
        // a push remembered by the word's index in the first text would give "New Gruxley" the
        // cursor of "New York".
        let first = "New York is big. World Bank staff met Lena Okoro in Hong Kong.";
        let second = "New Gruxley is big. World Plinth staff met Lena Vosk in Hong Brell.";
        let fresh = std::thread::spawn(move || mentions(second)).join().unwrap();
        let after = std::thread::spawn(move || {
            mentions(first);
            mentions(second)
        })
        .join()
        .unwrap();
        assert!(!fresh.is_empty());
        assert_eq!(fresh, after);
    }
}

/// The tokens of a mention the rules found, and which rule found it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// First token.
    pub a: u32,
    /// One past the last token.
    pub b: u32,
    /// The rule.
    pub source: Source,
}

/// Which rule found a mention: a feature of the entity tagger, and what the combination of rules
/// and tagger trusts ([`tagger`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Source {
    /// A date, time, amount, percentage or number ([`numeric`]).
    Numeric = 1,
    /// A dateline at the start of a paragraph ("GENEVA —").
    Dateline,
    /// A lexicon entry of several words ("World Trade Organization").
    LexiconPhrase,
    /// A one-word lexicon entry ("China", "WTO").
    Lexicon,
    /// A lexicon name right before a title ("U.S. Trade Representative").
    BeforeTitle,
    /// An organisation or place inside a title ("CEO of the Refugee Council").
    InTitle,
    /// A facility by its noun ("Heathrow Airport", "Museum of Flight").
    Facility,
    /// An organisation by its noun or legal form ("Foreign Ministry", "Acme Inc.").
    OrgStructure,
    /// A place by its place noun ("Lake Tahoe") or direction ("South East Asia").
    PlaceStructure,
    /// A place and a capitalised plural: a team ("Minnesota Vikings").
    Team,
    /// A hyphenated nationality ("Chinese-American").
    DemonymCompound,
    /// A name before a comma and a state or country ("Riverton, Ohio").
    Town,
    /// An acronym ("NATO").
    Acronym,
    /// A name after a title ("President Clinton").
    Titled,
    /// Two or more unknown capitalised words, not common words ("Shi Guangsheng").
    Person,
    /// A person-shaped name next to a speech verb ("Zhang said").
    PersonSpeech,
    /// A given name and a name-like word ("Charlene Barshefsky").
    PersonGiven,
    /// A name-like word and a surname ("Lam Cheuk-ting").
    PersonSurname,
    /// A name found earlier as a place or organisation.
    Known,
    /// A lone word that repeats part of a person's name.
    AliasPerson,
    /// A lone word that repeats the first word of an organisation's name.
    AliasOrg,
    /// A lone word the name lists know.
    AliasListed,
    /// A context pattern ("the gaming company X", "X beat Y 2-1").
    Context,
}

impl Source {
    /// Every rule, in number order (from 1).
    pub(crate) const ALL: [Source; 23] = [
        Source::Numeric,
        Source::Dateline,
        Source::LexiconPhrase,
        Source::Lexicon,
        Source::BeforeTitle,
        Source::InTitle,
        Source::Facility,
        Source::OrgStructure,
        Source::PlaceStructure,
        Source::Team,
        Source::DemonymCompound,
        Source::Town,
        Source::Acronym,
        Source::Titled,
        Source::Person,
        Source::PersonSpeech,
        Source::PersonGiven,
        Source::PersonSurname,
        Source::Known,
        Source::AliasPerson,
        Source::AliasOrg,
        Source::AliasListed,
        Source::Context,
    ];

    /// The feature name of the rule numbered `n` ("" for none).
    pub(crate) fn name_of(n: u8) -> &'static str {
        const NAMES: [&str; 24] = [
            "",
            "numeric",
            "dateline",
            "lexicon-phrase",
            "lexicon",
            "before-title",
            "in-title",
            "facility",
            "org-structure",
            "place-structure",
            "team",
            "demonym-compound",
            "town",
            "acronym",
            "titled",
            "person",
            "person-speech",
            "person-given",
            "person-surname",
            "known",
            "alias-person",
            "alias-org",
            "alias-listed",
            "context",
        ];
        NAMES.get(n as usize).copied().unwrap_or("")
    }
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, segments: &'a Segments) -> Ctx<'a> {
        let toks = &segments.tokens[..];
        Ctx {
            text,
            toks,
            words: &segments.words,
            claimed: vec![false; toks.len()],
            loose: Vec::new(),
            known: FxHashMap::default(),
            word_marks: vec![0; segments.words.info.len()],
            // About one mention per 16 tokens in news text: room for them without regrowing.
            out: Vec::with_capacity(toks.len() / 16),
            found: Vec::with_capacity(toks.len() / 16),
            no_names: Vec::new(),
            wordbits: wordbits::WordBits::new(&segments.words),
            first_use: std::cell::OnceCell::new(),
            pushed: std::cell::RefCell::new(FxHashMap::default()),
            shared: (text.len() < SHARED_TEXT_BYTES)
                .then(|| std::cell::RefCell::new(SharedPushes::take(segments.words.known))),
            name_like: vec![std::cell::Cell::new(0); segments.words.info.len()],
            first_bytes: toks
                .iter()
                .map(|t| text.as_bytes()[t.span().start()])
                .collect(),
        }
    }

    /// Pushes token `k` onto `cursor` ([`lexicon::Cursor::push`] with the token's text and
    /// whether a space came before it), remembering the result for the same cursor and word:
    /// "White House" ten times in a text walks the lexicon's keys for "house" once, not ten
    /// times (a push compares against a bucket of keys; a look-up here is one hash probe).
    pub fn push(&self, cursor: &mut lexicon::Cursor, k: usize) -> bool {
        let t = &self.toks[k];
        let space = t.has(crate::segment::SPACE_BEFORE);
        // The shared entry of a text with too many distinct words stands for several words.
        if self.own_word(k).is_none() {
            return cursor.push(self.t(k), space);
        }
        let position = cursor.position() << 1 | u64::from(space);
        // A word of the thread's cache of words: the push is remembered for the later texts of
        // the thread too, by the word's index in that cache.
        let known = self.words.of(t).known;
        if let Some(shared) = self
            .shared
            .as_ref()
            .filter(|_| known != crate::segment::NOT_KNOWN)
        {
            let mut shared = shared.borrow_mut();
            if let Some(&after) = shared.after.get(&(position, known)) {
                *cursor = after;
                return cursor.alive();
            }
            if shared.after.len() < SHARED_PUSHES {
                let alive = cursor.push(self.t(k), space);
                shared.after.insert((position, known), *cursor);
                return alive;
            }
        }
        let key = (position, t.word());
        if let Some(&after) = self.pushed.borrow().get(&key) {
            *cursor = after;
            return cursor.alive();
        }
        let alive = cursor.push(self.t(k), space);
        self.pushed.borrow_mut().insert(key, *cursor);
        alive
    }

    /// The index of token `i`'s own distinct word, or `None` when its word is unclassified: the
    /// one entry that the words of a text with more distinct words than [`Words`] tell apart
    /// share ([`crate::segment::MAX_WORDS`]); its class bits, marks and memos stand for no word.
    #[inline]
    pub fn own_word(&self, i: usize) -> Option<usize> {
        let word = self.toks[i].word() as usize;
        (word != crate::segment::MAX_WORDS - 1).then_some(word)
    }

    /// Whether some word of the text is unclassified (see [`Ctx::own_word`]): only a text far
    /// over [`crate::MAX_INPUT_BYTES`] has so many distinct words.
    #[inline]
    pub fn has_unclassified_words(&self) -> bool {
        self.words.info.len() >= crate::segment::MAX_WORDS
    }

    /// Whether the word of token `i` occurs at an earlier token. One look-up: scanning back
    /// from every such question was quadratic on a text of many new names ("Zaab shares rose.
    /// Zaac shares rose. …": 1 MB took 4 s, 2 MB 13 s).
    pub fn used_before(&self, i: usize) -> bool {
        let first = self.first_use.get_or_init(|| {
            let mut first = vec![u32::MAX; self.words.info.len()];
            for (k, t) in self.toks.iter().enumerate() {
                let w = &mut first[t.word() as usize];
                if *w == u32::MAX {
                    *w = k as u32;
                }
            }
            first
        });
        (first[self.toks[i].word() as usize] as usize) < i
    }

    /// A lexicon cursor that has been pushed token `i` as the first token of a key.
    #[inline]
    pub fn walk_from(&self, i: usize) -> lexicon::Cursor {
        self.words.walk_from(&self.toks[i], self.t(i))
    }

    /// The lexicon entry that is tokens `a..b` as one key ("Mexico City", "Cape Town"), if any:
    /// its categories say whether the whole run is a country, a city, a person the lexicon knows.
    pub fn entry_spanning(&self, a: usize, b: usize) -> Option<Entry> {
        let mut cursor = self.walk_from(a);
        let mut ok = cursor.alive();
        for q in a + 1..b {
            ok = ok && cursor.push(self.t(q), self.toks[q].has(crate::segment::SPACE_BEFORE));
        }
        ok.then(|| cursor.entry())
    }

    /// The lexicon entry of token `i` (empty unless it is capitalised or next to a capitalised word).
    #[inline]
    pub fn lex(&self, i: usize) -> Entry {
        self.words.of(&self.toks[i]).lex
    }

    /// The [`wordbits`] of token `i`.
    #[inline]
    pub fn wb(&self, i: usize) -> u32 {
        self.wordbits.of(self.text, &self.toks[i])
    }

    /// The [`crate::words::class`] bits of token `i`'s word.
    #[inline]
    pub fn class(&self, i: usize) -> u64 {
        self.words.of(&self.toks[i]).class
    }

    /// Whether token `i`'s word has any of the [`crate::words::class`] `bits`.
    #[inline]
    pub fn is_a(&self, i: usize, bits: u64) -> bool {
        self.words.of(&self.toks[i]).class & bits != 0
    }

    /// The text of token `i`.
    #[inline]
    pub fn t(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// Whether token `i` is a word that starts with a capital letter.
    #[inline]
    pub fn cap(&self, i: usize) -> bool {
        let t = &self.toks[i];
        t.kind() == TokenKind::Word && t.has(CAPITALIZED)
    }

    /// Whether token `i` is a word in capitals (two letters or more).
    #[inline]
    pub fn caps(&self, i: usize) -> bool {
        self.toks[i].has(ALL_CAPS)
    }

    /// Whether token `i` starts its sentence.
    #[inline]
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.toks[i].has(SENTENCE_START)
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive), compared by length and bytes
    /// without slicing the token's text.
    #[inline]
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.toks.len()
            && self
                .token_bytes(i, w.len())
                .is_some_and(|bytes| bytes.eq_ignore_ascii_case(w.as_bytes()))
    }

    /// Whether token `i` is exactly `w`, compared by length and bytes as [`Ctx::is`] compares.
    #[inline]
    pub fn word_is(&self, i: usize, w: &str) -> bool {
        self.token_bytes(i, w.len()) == Some(w.as_bytes())
    }

    /// The length of token `i` in bytes (the length of [`Ctx::t`]).
    #[inline]
    pub fn len(&self, i: usize) -> usize {
        self.toks[i].span().len()
    }

    /// The first byte of token `i` (the segmenter makes no empty token).
    #[inline]
    pub fn first_byte(&self, i: usize) -> u8 {
        self.first_bytes[i]
    }

    /// The bytes of token `i` when it is `len` bytes long.
    #[inline]
    fn token_bytes(&self, i: usize, len: usize) -> Option<&'a [u8]> {
        let span = self.toks[i].span();
        if span.len() != len {
            return None;
        }
        self.text.as_bytes().get(span.start()..span.end())
    }

    /// The entity-category bits of token `i`, ignoring capitals-only entries not in capitals.
    pub fn entity_flags(&self, i: usize) -> u32 {
        let e = self.lex(i);
        if e.any(lexicon::cat::CAPS_ONLY) && !self.caps(i) {
            e.flags & !(ENTITY_CATS | lexicon::cat::CAPS_ONLY)
        } else {
            e.flags
        }
    }

    /// Span from the start of token `a` to the end of token `b - 1`.
    #[inline]
    pub fn span(&self, a: usize, b: usize) -> Span {
        self.toks[a].span().cover(self.toks[b - 1].span())
    }

    /// Whether any token in `a..b` is claimed.
    pub fn any_claimed(&self, a: usize, b: usize) -> bool {
        self.claimed[a..b].iter().any(|&c| c)
    }

    /// The type of a place or organisation already found with this name (any case).
    pub fn known_kind(&self, written: &str) -> Option<EntityType> {
        if self.known.is_empty() {
            return None;
        }
        lexicon::with_lowercase(written, |l| self.known.get(l).copied())
    }

    /// Frees token `i` when the number rule claimed it alone ("4" of "BBC Radio 4"), dropping
    /// that mention.
    pub fn release_number(&mut self, i: usize) {
        let at = self.found.iter().position(|f| {
            f.a as usize == i && f.b as usize == i + 1 && f.source == Source::Numeric
        });
        if let Some(at) = at {
            if self.out[at].kind == EntityType::Number {
                self.out.remove(at);
                self.found.remove(at);
                self.claimed[i] = false;
            }
        }
    }

    /// Records the name over tokens `a..b` as a place or organisation of the text: the first
    /// type found for a name stands; its key is allocated only when new.
    pub fn know(&mut self, a: usize, b: usize, kind: EntityType) {
        let written = self.span(a, b).text(self.text);
        if !lexicon::with_lowercase(written, |l| self.known.contains_key(l)) {
            self.known.insert(written.to_lowercase(), kind);
        }
    }

    /// Claims tokens `a..b` as no name of a person, organisation or place ("Storm Eunice", a
    /// storm; "Q&A"): no later rule reads them, and the tagger's names over them are dropped
    /// ([`tagger`]'s combination), so that a rule can say "not a name" where the model would
    /// read one.
    pub fn no_name(&mut self, a: usize, b: usize) {
        if a >= b || self.any_claimed(a, b) {
            return;
        }
        self.no_names.push((a as u32, b as u32));
        for c in &mut self.claimed[a..b] {
            *c = true;
        }
    }

    /// Records a mention over tokens `a..b`, found by rule `source`, and claims them.
    pub fn emit(
        &mut self,
        a: usize,
        b: usize,
        kind: EntityType,
        title: Option<Span>,
        source: Source,
    ) {
        if a >= b || self.any_claimed(a, b) {
            return;
        }
        let mut m = Mention::new(self.span(a, b), kind);
        m.title = title;
        match kind {
            EntityType::Org if b > a + 1 => {
                self.word_marks[self.toks[a].word() as usize] |= ORG_FIRST_WORD;
                // A listed name's last word only: a name read by its structure may end in a
                // person's ("Friends of Abe", "the University of Texas Arlington Amneh Jafari").
                if source == Source::LexiconPhrase {
                    self.word_marks[self.toks[b - 1].word() as usize] |= ORG_LAST_WORD;
                }
                // "Norbury Echo", "Westbrook Council", "Calder Residents' Association": a body
                // named after its town, whose first word alone is the town.
                if (a + 1..b).any(|q| {
                    self.wb(q) & wordbits::PRESS != 0
                        || [
                            "Council",
                            "Court",
                            "Police",
                            "Hospital",
                            "Infirmary",
                            "Residents",
                        ]
                        .iter()
                        .any(|w| self.word_is(q, w))
                }) {
                    self.word_marks[self.toks[a].word() as usize] |= TOWN_BODY_FIRST_WORD;
                }
                // "Bristol Rovers": its club's word alone names the club later ("Rovers lost").
                let last = b - 1;
                if self.wb(last) & (wordbits::CLUB_END | wordbits::AIRLINE) == wordbits::CLUB_END {
                    let mark = if self.is(last, "town")
                        || self.is(last, "city")
                        || self.is(last, "county")
                    {
                        CLUB_TOWN_WORD
                    } else {
                        CLUB_WORD
                    };
                    self.word_marks[self.toks[last].word() as usize] |= mark;
                    self.word_marks[self.toks[a].word() as usize] |= CLUB_FIRST_WORD;
                }
            }
            EntityType::Person => {
                for t in &self.toks[a..b] {
                    self.word_marks[t.word() as usize] |= PERSON_WORD;
                }
                // Not a guess from unknown capitalised words ("Penon de Coron").
                if b > a + 1 && !matches!(source, Source::Person | Source::PersonSurname) {
                    self.word_marks[self.toks[b - 1].word() as usize] |= FULL_NAME_END;
                }
            }
            _ => {}
        }
        if matches!(kind, EntityType::Place | EntityType::Org) {
            self.know(a, b, kind);
        }
        self.out.push(m);
        self.found.push(Found {
            a: a as u32,
            b: b as u32,
            source,
        });
        for c in &mut self.claimed[a..b] {
            *c = true;
        }
    }
}

/// [`Ctx::word_marks`] of a word that opened an organisation's name of several tokens.
pub(crate) const ORG_FIRST_WORD: u16 = 1;
/// [`Ctx::word_marks`] of a word that ended a listed organisation's name of several tokens
/// ("Villa" of "Aston Villa").
pub(crate) const ORG_LAST_WORD: u16 = 256;
/// [`Ctx::word_marks`] of a word of a person's name.
pub(crate) const PERSON_WORD: u16 = 2;
/// [`Ctx::word_marks`] of the last word of a person's full name the rules did not guess.
pub(crate) const FULL_NAME_END: u16 = 4;
/// [`Ctx::word_marks`] of a word that only clubs' names end in ("Rovers", "Argyle") and that
/// ended an organisation's name of several tokens.
pub(crate) const CLUB_WORD: u16 = 8;

/// [`Ctx::word_marks`] of "Town", "City" or "County" once it ended an organisation's name (a
/// club: "Merrow City"): alone before a squad role it is that club ("City manager Graham Lowe").
pub(crate) const CLUB_TOWN_WORD: u16 = 32;

/// [`Ctx::word_marks`] of a word that opened a club's name ("Kelby" of "Kelby Rovers"): alone
/// where people or things are ("fans in Kelby", "shops across Kelby") it is the town.
pub(crate) const CLUB_FIRST_WORD: u16 = 64;

/// [`Ctx::word_marks`] of a word that opened the name of a body named after its town ("Norbury"
/// of "Norbury Echo"): alone after a preposition of place it is the town.
pub(crate) const TOWN_BODY_FIRST_WORD: u16 = 16;

/// [`Ctx::word_marks`] of a town's name that ended a person's name where only a person stands
/// ("Carl Whitby said"): alone where only a person stands it is that person ("Whitby, 54,").
pub(crate) const TOWN_SURNAME: u16 = 128;

/// Whether token `i` followed by a period is a lexicon name ("Calif." for California).
pub(crate) fn dotted_entity(cx: &Ctx, i: usize) -> bool {
    if !cx.cap(i) || cx.len(i) > 6 {
        return false;
    }
    let mut cursor = cx.walk_from(i);
    cursor.alive() && cursor.push(".", false) && cursor.entry().any(ENTITY_CATS)
}

/// Lexicon categories of a word that says a person or a people ("Mats", "Dr", "Senator",
/// "Kurdish"): the rules that read an unknown word as a body's name refuse such a word.
pub(crate) const PERSON_OR_PEOPLE_WORD: u32 =
    lexicon::cat::GIVEN | lexicon::cat::TITLE | lexicon::cat::HONORIFIC | lexicon::cat::DEMONYM;

/// Lexicon categories that name an entity by themselves.
pub(crate) const ENTITY_CATS: u32 = lexicon::cat::KNOWN_PERSON
    | lexicon::cat::COUNTRY
    | lexicon::cat::CITY
    | lexicon::cat::STATE
    | lexicon::cat::REGION
    | lexicon::cat::DEMONYM
    | lexicon::cat::NORP_GROUP
    | lexicon::cat::ORG
    | lexicon::cat::NEWS;

/// The mention type of a lexicon entry's entity categories, by priority.
pub(crate) fn kind_of(flags: u32) -> Option<EntityType> {
    use lexicon::cat::*;
    if flags & (ORG | NEWS) != 0 {
        Some(EntityType::Org)
    } else if flags & (COUNTRY | CITY | STATE | REGION) != 0 {
        Some(EntityType::Place)
    } else if flags & (DEMONYM | NORP_GROUP) != 0 {
        Some(EntityType::Norp)
    } else if flags & KNOWN_PERSON != 0 {
        Some(EntityType::Person)
    } else {
        None
    }
}
