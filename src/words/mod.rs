//! Word classes every stage reads: pronouns, determiners, auxiliaries, clause words, reporting
//! verbs, months, weekdays, number and currency words. Short lists, compared without case; the
//! open classes (given names, surnames, places, job nouns) live in the [`crate::lexicon`].
//!
//! Each distinct word of a text is classified once, by [`classify`], when the text is segmented;
//! the stages then test [`class`] bits on the token instead of comparing strings. The `is_*`
//! functions stay for words that are not tokens (a lower-cased copy, a title's parts).

use crate::lexicon;

// The build compiles these lists into the word table; the tests, and rules that need one list
// as words (`lists::KIN_NOUNS`), read them directly.
#[allow(dead_code)]
pub(crate) mod lists;

/// Lower-case words that join parts of a personal name ("de", "van", "ten", "bin", "al"…): the
/// mention rules read them inside names, the alias rules as the particles of a family name.
pub const NAME_PARTICLES: [&str; 24] = [
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der",
    "den", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "af",
];

/// Grammatical gender a pronoun or a person's name tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// he, him, his; Mr.; a name mostly given to men.
    Male,
    /// she, her; Mrs., Ms.; a name mostly given to women.
    Female,
    /// Unknown or not a person.
    Unknown,
}

/// A stated gender, or `Unknown` where none is stated.
impl From<Option<crate::analysis::Gender>> for Gender {
    fn from(stated: Option<crate::analysis::Gender>) -> Self {
        match stated {
            Some(crate::analysis::Gender::Female) => Gender::Female,
            Some(crate::analysis::Gender::Male) => Gender::Male,
            None => Gender::Unknown,
        }
    }
}

/// The place nouns' uses: a bit per rule of `mentions` that reads a lower-case noun of a kind of
/// place, a settlement, its parts or its people ([`place_noun`]).
pub(crate) mod place_noun {
    /// A kind of place before "of" and its name: "the town of Dover", "the province of Ravenna".
    pub(crate) const KIND: u8 = 1;
    /// A settlement a name is set off as: "Kettleby, a fishing town".
    pub(crate) const APPOSITIVE: u8 = 1 << 1;
    /// A settlement, its head or its people before "of" and a lone name: "the mayor of Tromsø".
    pub(crate) const OF_SETTLEMENT: u8 = 1 << 2;
    /// Where or among whom people live, before "of" and a town: "residents of Dunmore", "the
    /// streets of Kelby".
    pub(crate) const WHERE_PEOPLE_LIVE: u8 = 1 << 3;
    /// A settlement or seat after "is a" or a comma and "a": "Dunmore is a town".
    pub(crate) const IS_A: u8 = 1 << 4;
}

/// The [`place_noun`] bits of a lower-case `word` (compared exactly), 0 for any other word: one
/// table for the place rules of `mentions`, so that their lists cannot drift apart.
pub(crate) fn place_noun(word: &str) -> u8 {
    use place_noun::*;
    match word {
        "town" | "city" | "village" => KIND | APPOSITIVE | OF_SETTLEMENT | WHERE_PEOPLE_LIVE | IS_A,
        "hamlet" | "island" | "port" => KIND | APPOSITIVE,
        "municipality" => KIND | APPOSITIVE | OF_SETTLEMENT,
        "province" | "state" | "county" | "region" | "district" | "borough" | "parish"
        | "prefecture" | "emirate" | "community" | "township" => KIND,
        "suburb" => APPOSITIVE | IS_A,
        "outskirts" | "residents" | "suburbs" => OF_SETTLEMENT | WHERE_PEOPLE_LIVE,
        "mayor" => OF_SETTLEMENT,
        "people" | "voters" | "citizens" | "streets" | "centre" | "center" => WHERE_PEOPLE_LIVE,
        "constituency" | "seat" => IS_A,
        _ => 0,
    }
}

/// Whether `word` starts with `stem`, ignoring ASCII case, without allocating.
pub(crate) fn starts_with_ignore_case(word: &str, stem: &str) -> bool {
    word.len() >= stem.len() && word.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
}

/// A list of word stems and the set of their first letters: most words are turned away by one bit
/// test before any stem is compared. The letters are computed from the stems when the crate is
/// compiled, so the two cannot drift apart.
pub(crate) struct Stems {
    /// Bit `c - b'a'` for each lower-case first letter `c` of a stem.
    first: u32,
    stems: &'static [&'static str],
}

impl Stems {
    /// The stems, each starting with an ASCII lower-case letter (else the build fails).
    pub(crate) const fn new(stems: &'static [&'static str]) -> Stems {
        let mut first = 0u32;
        let mut i = 0;
        while i < stems.len() {
            let c = stems[i].as_bytes()[0];
            assert!(
                c.is_ascii_lowercase(),
                "a stem starts with a lower-case ASCII letter"
            );
            first |= 1 << (c - b'a');
            i += 1;
        }
        Stems { first, stems }
    }

    /// Whether `word` starts with one of the stems (ASCII case ignored) that `fits` accepts.
    pub(crate) fn starts(&self, word: &str, fits: impl Fn(&str) -> bool) -> bool {
        let Some(c) = word.as_bytes().first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        c.is_ascii_lowercase()
            && self.first & 1 << (c - b'a') != 0
            && self
                .stems
                .iter()
                .any(|stem| starts_with_ignore_case(word, stem) && fits(stem))
    }
}

fn eq(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// A subject pronoun that can say something, and its gender.
pub fn speaker_pronoun(word: &str) -> Option<Gender> {
    if eq(word, &["he"]) {
        Some(Gender::Male)
    } else if eq(word, &["she"]) {
        Some(Gender::Female)
    } else if eq(word, &["they", "it", "i", "we"]) {
        Some(Gender::Unknown)
    } else {
        None
    }
}

/// Words that begin a descriptive noun phrase: "the source", "a spokeswoman", "one official".
pub fn is_determiner(word: &str) -> bool {
    listed(word) & class::DETERMINER != 0
}

/// Words that end a noun phrase when walking away from a verb: clause and coordinating words.
pub fn is_clause_word(word: &str) -> bool {
    listed(word) & class::CLAUSE_WORD != 0
}

/// Verbs that cue a quoted fragment but not a whole utterance: "called it a “disgrace”".
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_naming_verb(word: &str) -> bool {
    NAMING.starts(word, |stem| word.len() <= stem.len() + 4)
}

/// Stems of verbs that quote a word or phrase someone used of something: "called it a
/// “disgrace”", "condemned the test as “provocative”", "referred to them as “pigs”".
const NAMING: Stems = Stems::new(&[
    "call",
    "dubb",
    "dubs",
    "label",
    "brand",
    "describ",
    "term",
    "condemn",
    "denounc",
    "decr",
    "derid",
    "dismiss",
    "mock",
    "characteriz",
    "characteris",
    "referr",
    "refers",
    "nicknam",
    "hail",
    "prais",
    "tout",
    "lambast",
    "ridicul",
]);

/// Whether `word` is a reporting verb: the lexicon's speech verbs plus naming verbs.
pub fn is_cue_verb(word: &str) -> bool {
    cue_verb(word, listed(word))
}

/// [`is_cue_verb`], given the word's [`listed`] bits.
fn cue_verb(word: &str, listed: u64) -> bool {
    eq(word, &["read", "reads"]) // "“…,” the email read"
        || listed & class::SPEECH_FORM != 0
        || is_naming_verb(word)
        || is_inflected_speech_verb(word)
}

/// An inflection the lexicon lacks, of a lemma it has: tweeted → tweet, argued → argue,
/// admitted → admit, replying → reply.
fn is_inflected_speech_verb(word: &str) -> bool {
    if word.len() < 5 || !word.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 32];
    if word.len() + 1 > buf.len() {
        return false;
    }
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[..word.len()].make_ascii_lowercase();
    let lower = &buf[..word.len()];
    // The bytes are ASCII in lower case, as `listed` would look them up.
    let is_verb = |bytes: &[u8]| {
        bytes.len() >= 3 && lexicon::table::class_bits(bytes) & class::SPEECH_FORM != 0
    };
    let mut scratch = [0u8; 32];
    let with = |stem: &[u8], tail: u8, scratch: &mut [u8; 32]| -> bool {
        scratch[..stem.len()].copy_from_slice(stem);
        scratch[stem.len()] = tail;
        is_verb(&scratch[..stem.len() + 1])
    };
    // A plural noun is far more common than a verb the lexicon lacks: "-s" tries the bare stem
    // only; "-ed" and "-ing" try the spelling changes too.
    if let Some(stem) = lower.strip_suffix(b"s") {
        if !stem.ends_with(b"s") && is_verb(stem) {
            return true;
        }
    }
    for suffix in [&b"ed"[..], b"ing"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            // tweeted → tweet, argued → argue, admitted → admit, replied → reply
            let undoubled = stem.len() >= 2
                && stem[stem.len() - 1] == stem[stem.len() - 2]
                && is_verb(&stem[..stem.len() - 1]);
            if is_verb(stem) || with(stem, b'e', &mut scratch) || undoubled {
                return true;
            }
            if let Some(y) = stem.strip_suffix(b"i") {
                if with(y, b'y', &mut scratch) {
                    return true;
                }
            }
        }
    }
    false
}

/// A player's position ([`lists::PLAYER_POSITIONS`]), any case: "striker", "goalkeeper".
pub fn is_player_position(word: &str) -> bool {
    listed(word) & class::PLAYER_POSITION != 0
}

/// Heads of descriptions that stand for unnamed sources: "a source", "officials", "aides".
pub fn is_source_noun(word: &str) -> bool {
    listed(word) & class::SOURCE_NOUN != 0
}

/// The gender a title or honorific tells: Mr. → male; Mrs., Ms., spokeswoman → female.
pub fn title_gender(title: &str) -> Gender {
    for word in title.split(|c: char| !c.is_alphabetic()) {
        if eq(
            word,
            &[
                "mr",
                "sir",
                "lord",
                "king",
                "prince",
                "spokesman",
                "chairman",
                "congressman",
                "father",
                "brother",
                "duke",
                "businessman",
            ],
        ) {
            return Gender::Male;
        }
        if eq(
            word,
            &[
                "mrs",
                "ms",
                "miss",
                "madam",
                "dame",
                "lady",
                "queen",
                "princess",
                "spokeswoman",
                "chairwoman",
                "congresswoman",
                "mother",
                "sister",
                "duchess",
                "businesswoman",
            ],
        ) {
            return Gender::Female;
        }
    }
    Gender::Unknown
}

/// A capitalised word that is usually a common word ("Mocking", "Crazy"), not a name or title.
pub fn is_common_capitalised(word: &str) -> bool {
    lexicon::is_common_word(word.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Speech verbs whose object is a listener before the clause: "told reporters that …".
pub fn is_listener_verb(word: &str) -> bool {
    listed(word) & class::LISTENER_VERB != 0
}

/// Verbs the speech-verb lexicon holds that report thought or feeling rather than speech.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_mental_verb(word: &str) -> bool {
    MENTAL.starts(word, |_| true)
}

/// The stems of [`is_mental_verb`].
const MENTAL: Stems = Stems::new(&MENTAL_STEMS);
const MENTAL_STEMS: [&str; 18] = [
    "believe", "think", "thought", "hope", "fear", "worr", "wonder", "estimat", "forecast",
    "project", "reckon", "surmis", "speculat", "assess", "begin", "began", "continu", "order",
];

/// Prepositions that join a description's parts: "a spokeswoman *for* the commission".
pub fn is_preposition(word: &str) -> bool {
    listed(word) & class::PREPOSITION != 0
}

/// An analyst of the markets, who speaks from a firm of their own: "Tobias Renn, an analyst at
/// Halden Securities" (attribution: not the company of the story), "analysts at Harcourt Jensen"
/// (mentions: a firm).
pub fn is_market_analyst(word: &str) -> bool {
    any_ignore_case(
        &[
            "analyst",
            "analysts",
            "economist",
            "economists",
            "strategist",
            "strategists",
        ],
        word,
    )
}

/// Whether `word` is one of `list`'s words up to ASCII case. Out of line in wasm: a word list
/// compared inline, word by word, at each of its call sites cost about 300 bytes of wasm a word.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn any_ignore_case(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `word` is exactly one of `list`'s words (case and all). Out of line in wasm, as
/// [`any_ignore_case`] is.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn any_exact(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// What a noun for a kind of business is to the rules that read it ([`business_noun`]).
pub(crate) mod business {
    /// A general noun for a business that both the mention rules ("the company, Harlow Steel,":
    /// the name set off by commas is an organisation) and the speaker resolution ("the firm
    /// said": the last company named) read ([`super::is_firm_noun`]).
    pub(crate) const FIRM: u8 = 1;
    /// A kind of company that stands before its name without a determiner ("automaker Ford")
    /// and for the company named before ("the drugmaker said"): it names no part of a name
    /// itself ([`super::is_trade_noun`]).
    pub(crate) const TRADE: u8 = 1 << 1;
    /// A kind of firm that names no person's trade: the name it describes is the firm's, though
    /// its words read as a person's ("the brokerage Calder Rowe", "Harlow Mutual, the insurer,";
    /// "a broadcaster" may be a person) ([`super::is_firm_only_noun`]).
    pub(crate) const FIRM_ONLY: u8 = 1 << 2;
}

/// The nouns for kinds of business and what each is ([`business`]): one table for the mention
/// rules, the speaker's kind and the resolver, so that their lists cannot drift apart. Not
/// "brewer" or "miner": a head brewer and a coal miner are people.
const BUSINESS_NOUNS: [(&str, u8); 20] = {
    use business::*;
    [
        ("company", FIRM),
        ("firm", FIRM),
        ("manufacturer", FIRM),
        ("bank", FIRM | TRADE),
        ("airline", FIRM | TRADE),
        ("startup", FIRM | TRADE),
        ("broadcaster", FIRM | TRADE),
        ("lender", FIRM | TRADE | FIRM_ONLY),
        ("insurer", FIRM | TRADE | FIRM_ONLY),
        ("retailer", FIRM | TRADE | FIRM_ONLY),
        ("conglomerate", FIRM | TRADE | FIRM_ONLY),
        ("automaker", TRADE | FIRM_ONLY),
        ("carmaker", TRADE | FIRM_ONLY),
        ("chipmaker", TRADE | FIRM_ONLY),
        ("drugmaker", TRADE | FIRM_ONLY),
        ("supermarket", TRADE | FIRM_ONLY),
        ("planemaker", TRADE),
        ("toymaker", TRADE),
        ("grocer", TRADE),
        ("brokerage", FIRM_ONLY),
    ]
};

/// The [`business`] bits of `word` (ASCII case ignored), 0 for any other word.
pub(crate) fn business_noun(word: &str) -> u8 {
    BUSINESS_NOUNS
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map_or(0, |&(_, bits)| bits)
}

/// A general noun for a business ([`business::FIRM`]): "the company", "the lender". Each reader
/// adds its own: the mention rules trades ("automaker Ford") and "charity", "union"; the
/// resolution nouns that also name people's groups ("group", "team", "club"), which before a
/// name set off by commas may be a person's.
pub fn is_firm_noun(word: &str) -> bool {
    business_noun(word) & business::FIRM != 0
}

/// A kind of company that stands before its name without a determiner ("automaker Ford") and for
/// the company named before ("the drugmaker said") ([`business::TRADE`]). The mention rules, the
/// speaker's kind and the resolution of "the grocer" read this one list.
pub fn is_trade_noun(word: &str) -> bool {
    business_noun(word) & business::TRADE != 0
}

/// A kind of firm that names no person's trade ([`business::FIRM_ONLY`]), written in lower case:
/// "the brokerage Calder Rowe", "Harlow Mutual, the insurer,".
pub fn is_firm_only_noun(word: &str) -> bool {
    !word.bytes().any(|b| b.is_ascii_uppercase()) && business_noun(word) & business::FIRM_ONLY != 0
}

/// A disease's name, which names no person, organisation or place ("Covid", "Ebola"); "-19" is
/// read apart when the segmenter splits it.
pub(crate) fn is_disease(word: &str) -> bool {
    crate::words::any_ignore_case(&DISEASES, word)
}

/// The diseases' names of [`is_disease`].
pub(crate) const DISEASES: [&str; 5] = ["covid", "covid-19", "ebola", "zika", "mpox"];

/// A dash that sets off an attribution: `“…” — X`, `“…”― X`.
pub fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "-" | "―" | "--")
}

/// Words of time that end no speaker phrase: "said Friday", "Sunday in".
pub fn is_time_word(word: &str) -> bool {
    listed(word) & class::TIME_WORD != 0
}

/// Determiners that may stand before a verb as its subject ("that said", "this says", "one said"),
/// so a cue word after them is still a verb.
pub fn is_pronoun_determiner_ok(word: &str) -> bool {
    listed(word) & class::PRONOUN_DETERMINER != 0
}

/// Speech verbs that take an infinitive or an object rather than a reported clause ("agree to",
/// "urged them to", "pledged support"): no indirect speech.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn is_infinitive_verb(word: &str) -> bool {
    INFINITIVE.starts(word, |_| true)
}

/// The stems of [`is_infinitive_verb`].
const INFINITIVE: Stems = Stems::new(&INFINITIVE_STEMS);
const INFINITIVE_STEMS: [&str; 22] = [
    "agree",
    "promis",
    "urg",
    "order",
    "demand",
    "plead",
    "pledg",
    "vow",
    "threaten",
    "beg",
    "praise",
    "blame",
    "hail",
    "slam",
    "blast",
    "criticiz",
    "criticis",
    "accus",
    "recommend",
    "begin",
    "began",
    "continu",
];

/// The class bits the compiled word table lists for `word` (any case): the closed classes of
/// [`lists`], reporting-verb forms and the lexicon's job nouns and titles.
#[inline]
pub fn listed(word: &str) -> u64 {
    let mut buf = [0u8; 64];
    lexicon::lower_into(word, &mut buf).map_or(0, lexicon::table::class_bits)
}

pub mod class;

/// The [`class`] bits of the lists `build.rs` marks in the word table for `classify`'s ASCII
/// words only ([`lists::NUMERIC_WORDS`], [`lists::FACILITY_WORDS`], [`lists::NUMBER_WORDS`],
/// [`lists::CONTEXT_TRIGGERS`]).
const ASCII_LISTED: u64 = {
    let mut bits = class::FACILITY | class::NUMBER_WORD;
    let mut i = 0;
    while i < lists::NUMERIC_WORDS.len() {
        bits |= lists::NUMERIC_WORDS[i].0;
        i += 1;
    }
    let mut i = 0;
    while i < lists::CONTEXT_TRIGGERS.len() {
        bits |= lists::CONTEXT_TRIGGERS[i].1;
        i += 1;
    }
    bits
};

/// The date, number and facility [`class`] bits of a word (ASCII case-insensitive, as those lists
/// are ASCII), given its [`listed`] bits.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn numeric_classes(w: &str, listed: u64) -> u64 {
    const MAX: usize = 24;
    let bytes = w.as_bytes();
    // Every listed word starts with a letter.
    if bytes.len() > MAX || !bytes.first().is_some_and(u8::is_ascii_alphabetic) || !w.is_ascii() {
        return 0;
    }
    let mut bits = listed & ASCII_LISTED & !class::NUMBER_WORD;
    let number = match bytes.iter().position(|&b| b == b'-') {
        None => listed & class::NUMBER_WORD != 0,
        Some(p) => {
            let is_number = |part: &[u8]| {
                let mut buf = [0u8; MAX];
                let lower = &mut buf[..part.len()];
                lower.copy_from_slice(part);
                lower.make_ascii_lowercase();
                lexicon::table::class_bits(lower) & class::NUMBER_WORD != 0
            };
            is_number(&bytes[..p]) && is_number(&bytes[p + 1..])
        }
    };
    if number {
        bits |= class::NUMBER_WORD;
    }
    bits
}

/// Every [`class`] bit of `word`: computed once per distinct word of a text, with one probe of the
/// compiled word table and a few spelling rules (naming-verb stems, inflected reporting verbs).
// Out of line in wasm, with its parts: V8 charges a call to a function's tier-up budget about the
// function's size, so one 12 KB `classify` inlined into `Known::add` was compiled by the
// optimising tier during the page's first analysis; each part now stays under its budget there.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn classify(word: &str) -> u64 {
    use class::*;
    let listed = listed(word);
    let mut bits =
        numeric_classes(word, listed) | (listed & !(SPEECH_FORM | JOB_OR_TITLE | ASCII_LISTED));
    if word.ends_with("n't") || word.ends_with("n’t") {
        bits |= AUX_OR_ADVERB;
    }
    if cue_verb(word, listed) {
        bits |= CUE_VERB;
    }
    type Rule = (fn(&str) -> bool, u64);
    let rules: [Rule; 4] = [
        (is_naming_verb, NAMING_VERB),
        (is_mental_verb, MENTAL_VERB),
        (is_infinitive_verb, INFINITIVE_VERB),
        (is_dash, DASH),
    ];
    for (test, bit) in rules {
        if test(word) {
            bits |= bit;
        }
    }
    if is_camel_shaped(word) {
        bits |= CAMEL;
    }
    bits |= match speaker_pronoun(word) {
        Some(Gender::Male) => HE,
        Some(Gender::Female) => SHE,
        Some(Gender::Unknown) => OTHER_SPEAKER_PRONOUN,
        None => 0,
    };
    bits
}

/// [`class::CAMEL`]: four bytes or more, an ASCII lower-case first byte and an ASCII capital
/// after it ("easyJet", "eBay").
pub(crate) fn is_camel_shaped(word: &str) -> bool {
    let w = word.as_bytes();
    w.len() >= 4 && w[0].is_ascii_lowercase() && w[1..].iter().any(u8::is_ascii_uppercase)
}

/// The gender of a speaker pronoun's [`class`] bits.
pub fn pronoun_gender(bits: u64) -> Option<Gender> {
    if bits & class::HE != 0 {
        Some(Gender::Male)
    } else if bits & class::SHE != 0 {
        Some(Gender::Female)
    } else if bits & class::OTHER_SPEAKER_PRONOUN != 0 {
        Some(Gender::Unknown)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first-letter checks of the stem lists let every stem through, in any case.
    #[test]
    fn first_letter_checks_keep_every_stem() {
        for stem in MENTAL_STEMS {
            assert!(is_mental_verb(stem), "{stem}");
            assert!(is_mental_verb(&stem.to_ascii_uppercase()), "{stem}");
        }
        for stem in INFINITIVE_STEMS {
            assert!(is_infinitive_verb(stem), "{stem}");
            assert!(is_infinitive_verb(&stem.to_ascii_uppercase()), "{stem}");
        }
        for stem in NAMING.stems {
            assert!(is_naming_verb(stem), "{stem}");
            assert!(is_naming_verb(&stem.to_ascii_uppercase()), "{stem}");
        }
        for word in ["said", "the", "Zhang", "", "Ödegaard", "1999"] {
            assert!(!is_mental_verb(word) && !is_infinitive_verb(word), "{word}");
            assert!(!is_naming_verb(word), "{word}");
        }
    }

    /// The compiled table marks every listed word with its class, in any case.
    #[test]
    fn table_holds_every_list() {
        let lists: [(&[&str], u64); 12] = [
            (lists::PLAYER_POSITIONS, class::PLAYER_POSITION),
            (lists::DETERMINERS, class::DETERMINER),
            (lists::AUXILIARIES_AND_ADVERBS, class::AUX_OR_ADVERB),
            (lists::CLAUSE_WORDS, class::CLAUSE_WORD),
            (lists::SOURCE_NOUNS, class::SOURCE_NOUN),
            (lists::LISTENER_VERBS, class::LISTENER_VERB),
            (lists::PREPOSITIONS, class::PREPOSITION),
            (lists::TIME_WORDS, class::TIME_WORD),
            (lists::PRONOUN_DETERMINERS, class::PRONOUN_DETERMINER),
            (lists::CORE_SPEECH_VERBS, class::CORE_SPEECH_VERB),
            (lists::INVERTING_VERBS, class::INVERTING_VERB),
            (lists::DOCUMENT_OR_BODY_NOUNS, class::DOCUMENT_OR_BODY),
        ];
        for (list, bit) in lists {
            // "analysis" is only a document as "analysiss": the plural `s` is stripped first.
            for w in list
                .iter()
                .filter(|w| bit != class::DOCUMENT_OR_BODY || !w.ends_with('s'))
            {
                assert!(classify(w) & bit != 0, "{w}");
                assert!(classify(&w.to_uppercase()) & bit != 0, "{w} in capitals");
            }
        }
    }

    #[test]
    fn classes_of_common_words() {
        assert!(classify("said") & class::CUE_VERB != 0);
        assert!(
            classify("tweeted") & class::CUE_VERB != 0,
            "an inflection of a listed lemma"
        );
        assert!(classify("called") & class::NAMING_VERB != 0);
        assert!(classify("letters") & class::DOCUMENT_OR_BODY != 0);
        assert!(classify("spokeswoman") & class::SOURCE_NOUN != 0);
        assert!(classify("won't") & class::AUX_OR_ADVERB != 0);
        assert_eq!(pronoun_gender(classify("She")), Some(Gender::Female));
        assert!(classify("November") & class::MONTH != 0);
        assert_eq!(
            classify("table") & (class::CUE_VERB | class::SOURCE_NOUN),
            0
        );
    }

    /// The trigger bits of the context patterns (`mentions::context`) hold their words in any
    /// case, so that a pattern never misses a sentence it would have read; other words have none.
    #[test]
    fn context_trigger_bits_hold_their_words_in_any_case() {
        let lists: [(&[&str], u64); 7] = [
            (&["founded", "co-founded", "cofounded"], class::FOUNDED),
            (
                &["Mobility", "Stores", "Research", "Robotics"],
                class::BUSINESS_NOUN,
            ),
            (
                &["educated", "studied", "graduated", "went", "attended"],
                class::SCHOOLING_VERB,
            ),
            (
                &["spokeswoman", "spokesman", "spokesperson"],
                class::SPOKESPERSON,
            ),
            (
                &[
                    "bought", "figures", "polled", "analysts", "traders", "invested", "would",
                ],
                class::DEALING,
            ),
            (&["party", "parties"], class::PARTY),
            (&["State", "Commonwealth"], class::STATE_WORD),
        ];
        for (words, bit) in lists {
            for w in words {
                assert!(classify(w) & bit != 0, "{w}");
                assert!(classify(&w.to_uppercase()) & bit != 0, "{w} in capitals");
                assert!(classify(&w.to_lowercase()) & bit != 0, "{w} in lower case");
            }
        }
        let all = lists.iter().fold(0, |a, (_, b)| a | b);
        for w in ["said", "the", "company", "found", "states", "Party-goers"] {
            assert_eq!(classify(w) & all, 0, "{w}");
        }
    }

    /// A brand's shape, a lower-case initial and a capital inside, is a class bit of the word.
    #[test]
    fn camel_shape_is_a_lower_case_initial_and_a_capital_inside() {
        for w in ["easyJet", "eBay", "iPhone", "mySpace"] {
            assert!(classify(w) & class::CAMEL != 0, "{w}");
        }
        for w in ["ebay", "EBay", "Ebay", "iOS", "said", "über"] {
            assert_eq!(classify(w) & class::CAMEL, 0, "{w}");
        }
    }

    /// `classify` gives every word of its ASCII lists (in the word table) their bits in any case,
    /// a hyphenated pair of number words the number bit, and no non-ASCII spelling those bits;
    /// the lists' bits are apart from the table's other classes.
    #[test]
    fn ascii_lists_classify_in_any_case() {
        let mut words: Vec<(&str, u64)> = lists::CONTEXT_TRIGGERS.to_vec();
        for &(bits, list) in lists::NUMERIC_WORDS {
            words.extend(list.iter().map(|&w| (w, bits)));
        }
        words.extend(lists::FACILITY_WORDS.iter().map(|&w| (w, class::FACILITY)));
        words.extend(lists::NUMBER_WORDS.iter().map(|&w| (w, class::NUMBER_WORD)));
        for (w, bits) in words {
            assert!(
                w.is_ascii() && !w.bytes().any(|b| b.is_ascii_uppercase()),
                "{w}"
            );
            for form in [w.to_string(), w.to_ascii_uppercase()] {
                assert_eq!(classify(&form) & bits, bits, "{form}");
            }
        }
        assert!(classify("Twenty-One") & class::NUMBER_WORD != 0);
        assert_eq!(classify("twenty-museum") & class::NUMBER_WORD, 0);
        assert_eq!(classify("o’clock") & class::OCLOCK, 0);
        assert_eq!(classify("museum’") & class::FACILITY, 0);
        let others = class::DETERMINER
            | class::AUX_OR_ADVERB
            | class::CLAUSE_WORD
            | class::SOURCE_NOUN
            | class::LISTENER_VERB
            | class::PREPOSITION
            | class::TIME_WORD
            | class::PRONOUN_DETERMINER
            | class::CORE_SPEECH_VERB
            | class::PLAYER_POSITION
            | class::INVERTING_VERB
            | class::DOCUMENT_OR_BODY
            | class::SPEECH_FORM
            | class::JOB_OR_TITLE;
        assert_eq!(ASCII_LISTED & others, 0);
    }

    /// The compiled word table (`src/lexicon/table.rs`) finds every word of the lists with its
    /// class, and nothing for words it does not hold.
    #[test]
    fn the_word_table_finds_every_listed_word() {
        use crate::lexicon::table::class_bits;
        let lists: [(&[&str], u64); 11] = [
            (lists::DETERMINERS, class::DETERMINER),
            (lists::AUXILIARIES_AND_ADVERBS, class::AUX_OR_ADVERB),
            (lists::CLAUSE_WORDS, class::CLAUSE_WORD),
            (lists::SOURCE_NOUNS, class::SOURCE_NOUN),
            (lists::LISTENER_VERBS, class::LISTENER_VERB),
            (lists::PREPOSITIONS, class::PREPOSITION),
            (lists::TIME_WORDS, class::TIME_WORD),
            (lists::PRONOUN_DETERMINERS, class::PRONOUN_DETERMINER),
            (lists::CORE_SPEECH_VERBS, class::CORE_SPEECH_VERB),
            (lists::PLAYER_POSITIONS, class::PLAYER_POSITION),
            (lists::INVERTING_VERBS, class::INVERTING_VERB),
        ];
        for (list, bit) in lists {
            for w in list {
                let key = w.replace('’', "'").to_lowercase();
                assert!(class_bits(key.as_bytes()) & bit != 0, "{w}");
            }
        }
        assert!(class_bits(b"spokeswoman") & class::JOB_OR_TITLE != 0);
        assert!(class_bits(b"said") & class::SPEECH_FORM != 0);
        assert!(class_bits(b"letters") & class::DOCUMENT_OR_BODY != 0);
        let long = "a".repeat(200);
        for w in [
            "",
            "zzqx",
            "the1",
            "1990",
            "\u{e9}lan",
            "-the",
            long.as_str(),
        ] {
            assert_eq!(class_bits(w.as_bytes()), 0, "{w}");
        }
    }
}
