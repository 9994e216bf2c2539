//! The class bits of a word ([`super::classify`]), shared by every stage. Also read by
//! `build.rs` (through `include!`), which marks the listed words in the compiled word table.
#![allow(missing_docs)]

pub const MONTH: u64 = 1;
pub const MONTH_ABBR: u64 = 1 << 1;
pub const WEEKDAY: u64 = 1 << 2;
pub const DATE_PREP: u64 = 1 << 3;
pub const NUMBER_WORD: u64 = 1 << 4;
pub const SCALE: u64 = 1 << 5;
pub const START: u64 = 1 << 6;
pub const REL_DAY: u64 = 1 << 7;
pub const LAST_NEXT: u64 = 1 << 8;
pub const PERIOD: u64 = 1 << 9;
pub const DURATION: u64 = 1 << 10;
pub const AM_PM: u64 = 1 << 11;
pub const OCLOCK: u64 = 1 << 12;
pub const CLOCK_WORD: u64 = 1 << 13;
pub const THIS_DAY: u64 = 1 << 14;
pub const DAY_PART: u64 = 1 << 15;
pub const MONEY_PREFIX: u64 = 1 << 16;
pub const CURRENCY: u64 = 1 << 17;
pub const PERCENT: u64 = 1 << 18;
pub const HOURS: u64 = 1 << 19;
/// A facility noun ([`super::lists::FACILITY_WORDS`], read by the places rules).
pub const FACILITY: u64 = 1 << 20;
/// [`super::is_cue_verb`]: a reporting or naming verb, in any form.
pub const CUE_VERB: u64 = 1 << 24;
/// [`super::is_core_speech_verb`].
pub const CORE_SPEECH_VERB: u64 = 1 << 25;
/// [`super::is_inverting_verb`].
pub const INVERTING_VERB: u64 = 1 << 26;
/// [`super::is_naming_verb`].
pub const NAMING_VERB: u64 = 1 << 27;
/// [`super::is_listener_verb`].
pub const LISTENER_VERB: u64 = 1 << 28;
/// [`super::is_mental_verb`].
pub const MENTAL_VERB: u64 = 1 << 29;
/// [`super::is_infinitive_verb`].
pub const INFINITIVE_VERB: u64 = 1 << 30;
/// [`super::is_determiner`].
pub const DETERMINER: u64 = 1 << 31;
/// [`super::is_pronoun_determiner_ok`].
pub const PRONOUN_DETERMINER: u64 = 1 << 32;
/// [`super::is_auxiliary_or_adverb`].
pub const AUX_OR_ADVERB: u64 = 1 << 33;
/// [`super::is_clause_word`].
pub const CLAUSE_WORD: u64 = 1 << 34;
/// [`super::is_preposition`].
pub const PREPOSITION: u64 = 1 << 35;
/// [`super::is_time_word`].
pub const TIME_WORD: u64 = 1 << 36;
/// [`super::is_source_noun`].
pub const SOURCE_NOUN: u64 = 1 << 37;
/// [`super::is_document_or_body_noun`].
#[cfg_attr(not(test), allow(dead_code))]
pub const DOCUMENT_OR_BODY: u64 = 1 << 38;
/// [`super::is_dash`].
pub const DASH: u64 = 1 << 39;
/// [`super::speaker_pronoun`]: he.
pub const HE: u64 = 1 << 40;
/// [`super::speaker_pronoun`]: she.
pub const SHE: u64 = 1 << 41;
/// [`super::speaker_pronoun`]: they, it, I, we.
pub const OTHER_SPEAKER_PRONOUN: u64 = 1 << 42;
/// Any speaker pronoun.
/// A form of a reporting verb in `data/words/speech_verbs.txt` (part of [`CUE_VERB`]).
pub const SPEECH_FORM: u64 = 1 << 43;
/// A job noun or title in the lexicon (part of [`SOURCE_NOUN`]).
pub const JOB_OR_TITLE: u64 = 1 << 44;
/// A noun of a company's stock ("shares", "stock", "stake"): the name next to it is a company.
pub const MARKET_NOUN: u64 = 1 << 45;
/// [`super::is_player_position`]: a player's position ("striker", "goalkeeper").
pub const PLAYER_POSITION: u64 = 1 << 46;
/// Trigger words of the context patterns of `mentions::context` that read a sentence only when
/// one of their words is in it (`context::find`): a sentence without any costs one look at each
/// token's class bits, not a pass per pattern. Each bit is set for its words in any case (a
/// superset of what the pattern compares), and none is a feature of the entity tagger (bits 45
/// and up are not).
/// "founded", "co-founded", "cofounded" (the founding pattern).
pub const FOUNDED: u64 = 1 << 47;
/// A business noun of the pattern that names companies by one ("Mobility", "Stores").
pub const BUSINESS_NOUN: u64 = 1 << 48;
/// A verb of schooling ("educated", "studied", "graduated", "went", "attended").
pub const SCHOOLING_VERB: u64 = 1 << 49;
/// "spokeswoman", "spokesman", "spokesperson".
pub const SPOKESPERSON: u64 = 1 << 50;
/// A word of a company's dealings before its name: buying, data, polling, market jobs,
/// investing ("bought … from", "data from", "polled by", "analysts at", "invested in"), or
/// what a body says it will do ("said it would").
pub const DEALING: u64 = 1 << 51;
/// "party", "parties" (a political group's name and "party" in lower case), a party's members
/// in the plural ("Democrats", "Greens": "the Social Democrats") and "Labour" or "Labor" (a
/// ministry's field in "Labour Minister").
pub const PARTY: u64 = 1 << 52;
/// "state", "commonwealth" ("The State of Ohio appealed").
pub const STATE_WORD: u64 = 1 << 53;
/// Shaped like a brand written with a lower-case initial and a capital inside ("easyJet",
/// "eBay"): four bytes or more, an ASCII lower-case first byte and an ASCII capital after it
/// (the mention rules look such a word up in the lexicon; testing the shape once per distinct
/// word spares a scan of every lower-case token's bytes).
pub const CAMEL: u64 = 1 << 54;
/// Can open the name of a holiday, which is a date: "Christmas", "Easter Monday", "Boxing Day",
/// "Good Friday", "Valentine's Day", "New Year's Eve", "St Patrick's Day" (the words that follow
/// are checked by `mentions::numeric`).
pub const HOLIDAY: u64 = 1 << 55;
/// The last word of a name that says its kind ([`mentions::context`]'s `named_by_its_head`): a
/// street's noun ("Street", "Way"), a utility's ("Water", "Railway", "Ambulance"), a tribal
/// government's ("Tribe", "Nation", "Band") or a legal form in no list or in lower case ("eG",
/// "plc", "SE", "AB").
pub const NAME_HEAD: u64 = 1 << 56;
/// A kind of online service before its name ("the booking site Tripvault": `service_named`).
pub const SERVICE_NOUN: u64 = 1 << 57;
