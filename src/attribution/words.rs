//! Closed word classes the attribution rules read: pronouns, determiners, auxiliaries, clause
//! words. Short lists, compared without case; the open classes (speech verbs, given names, job
//! nouns) live in the lexicon.

use crate::lexicon;

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

/// Whether `word` starts with `stem`, ignoring ASCII case, without allocating.
fn starts_with_ignore_case(word: &str, stem: &str) -> bool {
    word.len() >= stem.len() && word.as_bytes()[..stem.len()].eq_ignore_ascii_case(stem.as_bytes())
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
    eq(
        word,
        &[
            "the", "a", "an", "one", "two", "three", "another", "some", "several", "many", "other",
            "this", "that", "these", "those", "his", "her", "its", "their", "our", "both", "most",
            "few", "all", "senior", "top",
        ],
    )
}

/// Words between a subject and its speech verb that belong to neither: "Barshefsky *also* said",
/// "officials *have* said", "he *later* told".
pub fn is_auxiliary_or_adverb(word: &str) -> bool {
    word.ends_with("n't")
        || word.ends_with("n’t")
        || eq(
            word,
            &[
                "has",
                "have",
                "had",
                "is",
                "was",
                "were",
                "are",
                "will",
                "would",
                "could",
                "can",
                "may",
                "might",
                "should",
                "did",
                "does",
                "do",
                "also",
                "later",
                "earlier",
                "then",
                "once",
                "previously",
                "recently",
                "repeatedly",
                "reportedly",
                "again",
                "further",
                "publicly",
                "privately",
                "simply",
                "quickly",
                "often",
                "never",
                "always",
                "still",
                "just",
                "flatly",
                "firmly",
                "bluntly",
                "angrily",
                "proudly",
                "loudly",
                "quietly",
                "only",
                "already",
                "not",
                "n't",
                "even",
                "first",
                "finally",
                "subsequently",
                "openly",
                "explicitly",
                "separately",
                "'s",
                "’s",
                "'d",
                "’d",
            ],
        )
}

/// Words that end a noun phrase when walking away from a verb: clause and coordinating words.
pub fn is_clause_word(word: &str) -> bool {
    eq(
        word,
        &[
            "and", "but", "or", "nor", "so", "yet", "that", "which", "who", "whom", "whose",
            "when", "where", "while", "because", "although", "though", "if", "as", "than", "since",
            "after", "before", "until", "unless", "what", "how", "why", "whether", "said", "says",
            "told", "in", "on", "at", "during", "with", "by", "from", "into", "about", "over",
        ],
    )
}

/// Verbs that cue a quoted fragment but not a whole utterance: "called it a “disgrace”".
pub fn is_naming_verb(word: &str) -> bool {
    // Every stem below starts with one of these letters; most words are rejected here.
    if !matches!(
        word.as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b'b' | b'c' | b'd' | b'h' | b'l' | b'm' | b'n' | b'p' | b'r' | b't')
    ) {
        return false;
    }
    // Stems of verbs that quote a word or phrase someone used of something: "called it a
    // “disgrace”", "condemned the test as “provocative”", "referred to them as “pigs”".
    [
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
    ]
    .iter()
    .any(|stem| starts_with_ignore_case(word, stem) && word.len() <= stem.len() + 4)
}

/// Whether `word` is a reporting verb: the lexicon's speech verbs plus naming verbs.
pub fn is_cue_verb(word: &str) -> bool {
    eq(word, &["read", "reads"]) // "“…,” the email read"
        || is_speech_form(word) || is_naming_verb(word) || is_inflected_speech_verb(word)
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
    let is_verb =
        |bytes: &[u8]| bytes.len() >= 3 && std::str::from_utf8(bytes).is_ok_and(is_speech_form);
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

/// Heads of descriptions that stand for unnamed sources: "a source", "officials", "aides".
pub fn is_source_noun(word: &str) -> bool {
    lexicon::is_job_noun(word)
        || is_document_or_body_noun(word)
        || eq(
            word,
            &[
                "source",
                "sources",
                "official",
                "officials",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "aide",
                "aides",
                "person",
                "people",
                "statement",
                "report",
                "reports",
                "witness",
                "witnesses",
                "analyst",
                "analysts",
                "expert",
                "experts",
                "insider",
                "insiders",
                "diplomat",
                "diplomats",
                "observer",
                "observers",
                "resident",
                "residents",
                "critic",
                "critics",
                "supporter",
                "supporters",
                "lawmaker",
                "lawmakers",
                "campaign",
                "government",
                "ministry",
                "agency",
                "police",
                "newspaper",
                "daily",
                "paper",
                "network",
                "poll",
                "survey",
                "study",
                "group",
                "company",
                "firm",
                "committee",
                "department",
                "spokespeople",
                "officer",
                "officers",
                "representative",
                "representatives",
            ],
        )
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
    eq(
        word,
        &[
            "told", "tells", "tell", "telling", "informed", "informs", "assured", "assures",
            "warned", "reminded", "briefed",
        ],
    )
}

/// Verbs the speech-verb lexicon holds that report thought or feeling rather than speech.
pub fn is_mental_verb(word: &str) -> bool {
    [
        "believe", "think", "thought", "hope", "fear", "worr", "wonder", "estimat", "forecast",
        "project", "reckon", "surmis", "speculat", "assess", "begin", "began", "continu", "order",
    ]
    .iter()
    .any(|stem| starts_with_ignore_case(word, stem))
}

/// Prepositions that join a description's parts: "a spokeswoman *for* the commission".
pub fn is_preposition(word: &str) -> bool {
    eq(
        word,
        &[
            "of", "for", "at", "in", "from", "with", "to", "on", "within", "inside",
        ],
    )
}

/// A dash that sets off an attribution: `“…” — X`, `“…”― X`.
pub fn is_dash(word: &str) -> bool {
    matches!(word, "—" | "–" | "-" | "―" | "--")
}

/// Words of time that end no speaker phrase: "said Friday", "Sunday in".
pub fn is_time_word(word: &str) -> bool {
    eq(
        word,
        &[
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tonight",
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "month",
            "year",
            "january",
            "february",
            "march",
            "april",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
    )
}

/// Determiners that may stand before a verb as its subject ("that said", "this says", "one said"),
/// so a cue word after them is still a verb.
pub fn is_pronoun_determiner_ok(word: &str) -> bool {
    eq(
        word,
        &[
            "that", "this", "one", "some", "many", "most", "all", "both", "others", "few",
            "several", "two", "three",
        ],
    )
}

/// Speech verbs that take an infinitive or an object rather than a reported clause ("agree to",
/// "urged them to", "pledged support"): no indirect speech.
pub fn is_infinitive_verb(word: &str) -> bool {
    [
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
    ]
    .iter()
    .any(|stem| starts_with_ignore_case(word, stem))
}

/// Documents and bodies that "say" things in news copy: "the letter continues", "the commission
/// said", "the clip says".
pub fn is_document_or_body_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    [
        "letter",
        "email",
        "e-mail",
        "memo",
        "document",
        "article",
        "piece",
        "book",
        "column",
        "editorial",
        "ad",
        "advert",
        "advertisement",
        "clip",
        "video",
        "release",
        "tweet",
        "post",
        "filing",
        "brief",
        "complaint",
        "lawsuit",
        "suit",
        "ruling",
        "order",
        "indictment",
        "study",
        "survey",
        "poll",
        "report",
        "statement",
        "analysis",
        "transcript",
        "website",
        "site",
        "page",
        "commission",
        "committee",
        "council",
        "court",
        "board",
        "panel",
        "agency",
        "department",
        "ministry",
        "office",
        "bureau",
        "team",
        "union",
        "party",
        "league",
        "association",
        "foundation",
        "institute",
        "center",
        "centre",
        "firm",
        "company",
        "bank",
        "group",
        "network",
        "newspaper",
        "magazine",
        "outlet",
        "organization",
        "organisation",
        "administration",
        "campaign",
        "government",
        "police",
        "military",
        "army",
        "coalition",
        "alliance",
        "tribunal",
        "regulator",
        "watchdog",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(singular))
}

/// Reporting verbs that are rarely anything else: a new one between two quotations means a new
/// speaker may have started.
pub fn is_core_speech_verb(word: &str) -> bool {
    eq(
        word,
        &[
            "say",
            "says",
            "said",
            "saying",
            "tell",
            "tells",
            "told",
            "telling",
            "add",
            "adds",
            "added",
            "adding",
            "ask",
            "asks",
            "asked",
            "asking",
            "write",
            "writes",
            "wrote",
            "writing",
            "state",
            "stated",
            "declare",
            "declares",
            "declared",
            "insist",
            "insists",
            "insisted",
            "argue",
            "argues",
            "argued",
            "explain",
            "explains",
            "explained",
            "reply",
            "replies",
            "replied",
            "respond",
            "responds",
            "responded",
            "recall",
            "recalls",
            "recalled",
            "claim",
            "claimed",
            "warn",
            "warns",
            "warned",
            "noted",
            "acknowledged",
            "admitted",
            "announced",
            "tweeted",
            "continued",
            "suggested",
            "told",
            "testified",
            "quipped",
            "joked",
            "added",
            "read",
            "reads",
            "concluded",
            "conceded",
        ],
    )
}

/// Reporting verbs that put the speaker after them ("said Mr. Smith", "asked the minister").
pub fn is_inverting_verb(word: &str) -> bool {
    eq(
        word,
        &[
            "said",
            "says",
            "added",
            "adds",
            "asked",
            "asks",
            "wrote",
            "writes",
            "continued",
            "explained",
            "noted",
            "recalled",
            "replied",
            "responded",
            "declared",
            "insisted",
            "argued",
            "countered",
            "added",
            "observed",
            "remarked",
            "quipped",
            "joked",
            "warned",
            "cautioned",
            "concluded",
            "conceded",
            "acknowledged",
            "admitted",
            "stated",
            "read",
            "reads",
            "went",
        ],
    )
}

/// The reporting-verb forms of `data/words/speech_verbs.txt` (about 470), in a hash set made on
/// first use: the attribution stage asks about every token, and a probe here costs a fraction of
/// a look-up in the full lexicon.
fn speech_forms() -> &'static std::collections::HashSet<&'static str> {
    static FORMS: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        include_str!("../../data/words/speech_verbs.txt")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').next().unwrap_or("").trim())
            .collect()
    })
}

/// Whether `word` (any case) is a form of a reporting verb.
fn is_speech_form(word: &str) -> bool {
    let mut buf = [0u8; 24];
    if word.len() > buf.len() || word.len() < 2 || !word.is_ascii() {
        return false;
    }
    buf[..word.len()].copy_from_slice(word.as_bytes());
    buf[..word.len()].make_ascii_lowercase();
    std::str::from_utf8(&buf[..word.len()]).is_ok_and(|w| speech_forms().contains(w))
}
