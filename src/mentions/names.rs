//! Names: runs of capitalised words cut into titles, lexicon names, organisations, places and
//! people.
//!
//! A run is a stretch of capitalised words in one sentence, joined by name particles ("de", "van",
//! "bin"), by "of"/"for"/"on" after an organisation, place or title noun ("Department of
//! Commerce", "Secretary of State"), by "&", and by the period of an initial or abbreviation
//! ("J.", "St.", "Inc."), and by the "'s" of a saint's name before an organisation or facility
//! noun ("St Anne's College"). A road's number starts none: it is a place ("the A64", "I-244",
//! [`super::places::road_at`]). In a headline the run is read in parts, cut at its capitalised
//! function words ("Residents Fear Flooding On Mill Lane"). Each run is read left to right; at
//! each word the first rule that applies wins:
//! 1. a sentence-initial common word ("The", "However") or an article is skipped;
//! 2. the longest multi-word lexicon entry: a title ("Prime Minister") or a name ("World Trade
//!    Organization");
//! 3. a title word ("President", "Mr.", also after a portfolio: "Transport Secretary"): the words
//!    after it, if any, are a person whose mention keeps the title span (a street's noun after
//!    it is a street: "Queen Street");
//! 4. an organisation or place by structure ([`super::orgs`], [`super::places`]);
//! 5. a one-word lexicon name ("China", "Chinese", "WTO");
//! 6. a person-shaped stretch: given names, surnames, unknown capitalised words, initials. It is a
//!    person when the lexicon, a title (also a lower-case one before it: "spokeswoman Zhang
//!    Qiyue"), a speech verb next to it, or two or more uncommon words say so. A single word with
//!    no evidence is left for the alias pass ([`find_aliases`]), where a listed name after "in"
//!    and before a comma or the clause's end is a place ("a nurse in Dover, who …").

use crate::lexicon::hash::FxHashSet as HashSet;
use std::ops::Range;

use super::{kind_of, orgs, places, wordbits, Ctx, Source, ENTITY_CATS};
use crate::analysis::EntityType;
use crate::lexicon::{cat, Entry};
use crate::segment::{Token, TokenKind, Words, CAPITALIZED, SPACE_BEFORE};
use crate::span::Span;
use crate::words::{class, place_noun};

/// Abbreviations whose period stays inside a name.
const NAME_ABBREVIATIONS: [&str; 24] = [
    "st", "mt", "ft", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "dr", "mr", "mrs", "ms",
    // Ranks ("Col. Tom Vale", "Lt. Ann Marsh"), as the sentence splitter reads them.
    "col", "capt", "lt", "maj", "sgt", "cmdr", "adm", "cpl", "supt", "gen",
];

/// The most words a run holds; a longer stretch of capitalised words (a list, a headline, junk)
/// is read as several runs, which keeps the work per word bounded.
const MAX_RUN: usize = 12;

/// Finds the names of one sentence.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    let strict = is_headline(cx, range.clone());
    // A line all in capitals: its capitals say nothing, so only the lists name things there.
    let shout = strict && caps_line(cx, range.clone());
    if shout {
        people_in_capitals(cx, range.clone());
    }
    // Stretches that look like names but are none ("Storm Eunice", "Q&A"), before the runs
    // ("The Q&A session" is one run): a token's first byte and length say whether it can open
    // one ("Storm", "Hurricane", "Typhoon", "Cyclone", "Tropical", "Q", "CCTV", "OK", "Police",
    // and the post words of `context::POST_WORDS`; not "The", "He", "She", "This").
    for i in range.clone() {
        let opens = matches!(
            (cx.first_byte(i), cx.len(i)),
            (b'S', 5)
                | (b'H', 9)
                | (b'T', 7 | 8)
                | (b'C', 4 | 7)
                | (b'Q', 1)
                | (b'O', 2)
                | (b'P', 6)
                | (b'I', 7)
                | (b'A', 6)
                | (b'C', 9)
                | (b'F', 6)
                | (b'O', 8)
                | (b'J', 5)
                | (b'N', 3)
        );
        if opens && !cx.claimed[i] {
            if let Some(b) = no_name_at(cx, i, end) {
                cx.no_name(i, b);
            }
        }
    }
    let mut i = range.start;
    while i < end {
        if cx.claimed[i] || !(cx.cap(i) || cx.caps(i)) {
            if !cx.claimed[i] && lower_case_brand(cx, i) {
                cx.emit(i, i + 1, EntityType::Org, None, Source::Lexicon);
            }
            i += 1;
            continue;
        }
        let mut j = run_end(cx, i, end);
        // "By MARIA KESSLER Associated Press": a byline's name, set in capitals, ends where its
        // agency's name in title case starts.
        if let Some(split) = byline_name_end(cx, i, j) {
            if (i + 1..split).all(|q| !cx.claimed[q]) {
                cx.emit(i + 1, split, EntityType::Person, None, Source::Context);
            }
            i = split;
            j = run_end(cx, i, end);
        }
        // "Said Morales: …": a speech verb opening the sentence, not the given name Said; so
        // too before a possessive the part-of-speech layer reads the word as a verb ("Said
        // Meridian's director of polling, Ruth Abbot: …").
        if i == range.start
            && j > i + 1
            && j < end
            && (cx.t(j) == ":" || matches!(cx.t(j), "'s" | "’s") && cx.toks[i].tag().is_verb())
            && cx.lex(i).any(cat::SPEECH_VERB)
        {
            i += 1;
            continue;
        }
        // "Hong Kong-based": a modifier, not a name.
        let modifier = (i..j).position(|q| cx.wb(q) & wordbits::MODIFIER != 0);
        if let Some(p) = modifier {
            based_place(cx, i + p);
        }
        match modifier {
            Some(p) if i + p + 1 == j => {}
            Some(p) if p > 0 => read_parts(cx, i, i + p, range.start, strict, shout),
            Some(_) => {}
            None => read_parts(cx, i, j, range.start, strict, shout),
        }
        i = j.max(i + 1);
    }
}

/// The end of a stretch at token `i` (before `end`) that looks like a name but is none, for
/// [`Ctx::no_name`]:
/// * a named storm: "Storm", "Hurricane", "Typhoon" or "Cyclone" (after "Tropical" too) and a
///   given name (after "Storm" also a word no list knows), with no capitalised word after it
///   ("Storm Eunice", "Storm Babet", "Hurricane Ida's path");
/// * "Q&A", a session of questions and answers;
/// * "Police and Crime Commissioner" with no name right after it: an office, not the force;
/// * "OK" or "Ok" but after a town and a comma ("Tulsa, OK"): the adjective, not Oklahoma;
/// * "CCTV" for the cameras, not China's broadcaster: before their footage or after a verb of
///   filming and "on" ("caught on CCTV", "CCTV images"), not watched by an audience ("seen on
///   CCTV by millions" is the broadcaster).
fn no_name_at(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if ["Tropical", "Storm", "Hurricane", "Typhoon", "Cyclone"]
        .iter()
        .any(|w| cx.word_is(i, w))
    {
        let k = if !cx.word_is(i, "Tropical") {
            i + 1
        } else if i + 1 < end && cx.word_is(i + 1, "Storm") {
            i + 2
        } else {
            return None;
        };
        // "Storm Babet": after "Storm" a word no list knows names a storm as well as a given
        // name does. (After "Cyclone" or "Typhoon" too, "Cyclone Phailin", but GUM train has
        // one, and the entity model retrained on it moved GUM news by two names: kept out.)
        // The unlisted word is a storm's only with weather around it ("Storm Babet hit the
        // coast", "after Storm Babet"); "Storm Vandervelt, 34," and "Storm Okafor scored" are
        // people.
        let unlisted = i + 1 == k
            && cx.word_is(i, "Storm")
            && cx.lex(k).flags == 0
            && weather_near(cx, i, k + 1, end);
        let named = k < end
            && cx.cap(k)
            && (cx.lex(k).any(cat::GIVEN) || unlisted && !cx.caps(k))
            && !(k + 1 < end && (cx.cap(k + 1) || cx.caps(k + 1)));
        // "Storm Harris said", "Storm Reid, a farmer,": "Storm" is a given name too, and a
        // storm neither speaks nor has an appositive of a person.
        let person = k + 1 < end
            && (cx.lex(k + 1).any(cat::SPEECH_VERB)
                || cx.word_is(k + 1, ",")
                    && k + 2 < end
                    && ["a", "an", "the"].iter().any(|w| cx.word_is(k + 2, w)));
        return (named && !person).then_some(k + 1);
    }
    // "said Interim boss Ann Holt": a word of the post before a lower-case job noun is no name
    // (review rev51: the tagger made `Interim` a person).
    if crate::words::any_exact(&super::context::POST_WORDS, cx.t(i))
        && i + 1 < end
        && !cx.cap(i + 1)
        && cx.lex(i + 1).any(cat::JOB)
    {
        return Some(i + 1);
    }
    // "Are we going to be OK?": Oklahoma's abbreviation only after a town and a comma ("Tulsa,
    // OK"); elsewhere the word is the adjective, though the tagger may read a state.
    if cx.word_is(i, "OK") || cx.word_is(i, "Ok") {
        let state = i >= 2 && cx.word_is(i - 1, ",") && cx.cap(i - 2);
        return (!state).then_some(i + 1);
    }
    // "The Police and Crime Commissioner, Ann Holt,": an office, not the police force; before a
    // name the title rules read it.
    if cx.word_is(i, "Police")
        && i + 4 <= end
        && cx.word_is(i + 1, "and")
        && cx.word_is(i + 2, "Crime")
        && cx.word_is(i + 3, "Commissioner")
        && !(i + 4 < end && cx.cap(i + 4))
    {
        return Some(i + 4);
    }
    if cx.word_is(i, "Q") && i + 2 < end && cx.word_is(i + 1, "&") && cx.word_is(i + 2, "A") {
        return Some(i + 3);
    }
    if cx.word_is(i, "CCTV") {
        const FOOTAGE: [&str; 9] = [
            "footage",
            "images",
            "image",
            "pictures",
            "camera",
            "cameras",
            "stills",
            "video",
            "operators",
        ];
        const FILMED: [&str; 5] = ["caught", "captured", "seen", "filmed", "recorded"];
        let footage = i + 1 < end && FOOTAGE.iter().any(|w| cx.word_is(i + 1, w));
        // "seen on CCTV by millions": an audience watches the broadcaster, not the cameras.
        let audience = i + 2 < end
            && cx.word_is(i + 1, "by")
            && ["millions", "viewers", "audiences"]
                .iter()
                .any(|w| cx.word_is(i + 2, w));
        let filmed = i >= 2
            && cx.word_is(i - 1, "on")
            && FILMED.iter().any(|w| cx.word_is(i - 2, w))
            && !audience;
        return (footage || filmed).then_some(i + 1);
    }
    None
}

/// Whether weather words stand around the name at `from..to` (before `end`): a storm's verb or
/// noun in the next eight tokens ("hit", "winds", "flooding") or a preposition of time right
/// before it ("after", "during").
fn weather_near(cx: &Ctx, from: usize, to: usize, end: usize) -> bool {
    const AFTER: [&str; 16] = [
        "hit", "hits", "battered", "lashed", "swept", "brought", "brings", "winds", "wind",
        "gusts", "rain", "rainfall", "flooding", "floods", "landfall", "warning",
    ];
    const BEFORE: [&str; 5] = ["after", "during", "since", "before", "amid"];
    let before = from > 0 && BEFORE.iter().any(|w| cx.is(from - 1, w));
    before || (to..end.min(to + 8)).any(|k| AFTER.iter().any(|w| cx.is(k, w)))
}

/// Where the name in capitals of a byline ends, in a run `i..j` that starts with the "By"
/// opening a sentence: at the first word in title case after two or more in capitals ("By MARIA
/// KESSLER Associated Press"). The words in capitals are the writer, a person.
fn byline_name_end(cx: &Ctx, i: usize, j: usize) -> Option<usize> {
    if !cx.starts_sentence(i) || cx.t(i) != "By" {
        return None;
    }
    let i = i + 1;
    let caps = (i..j).take_while(|&k| cx.caps(k) && cx.len(k) >= 2).count();
    let split = i + caps;
    (caps >= 2 && split < j && cx.cap(split) && !cx.caps(split)).then_some(split)
}

/// A listed organisation written with a lower-case initial and a capital inside ("easyJet",
/// "eBay"): capitalisation does not start it, so the list alone decides.
fn lower_case_brand(cx: &Ctx, i: usize) -> bool {
    // The shape is a class bit of the word (tested once per distinct word), except for the
    // unclassified entry that a text of too many distinct words shares.
    let shaped = if cx.own_word(i).is_none() {
        crate::words::is_camel_shaped(cx.t(i))
    } else {
        cx.is_a(i, crate::words::class::CAMEL)
    };
    cx.toks[i].kind() == TokenKind::Word
        && shaped
        // Looked up here: segmentation looks up only words beside a capitalised one.
        && crate::lexicon::lookup(cx.t(i)).any(cat::ORG)
}

/// People in a line set in capitals, by the name lists, not by capitalisation: a listed given
/// name and a listed surname or a word no list knows, both in capitals, not both common words
/// ("PETER OKAFOR WINS SEAT", "ANN MARSH SAID"; not "WILL POWER" or "THE PETITIONERS").
fn people_in_capitals(cx: &mut Ctx, range: Range<usize>) {
    let mut i = range.start;
    while i + 1 < range.end {
        let (g, s) = (cx.lex(i), cx.lex(i + 1));
        let person = cx.caps(i)
            && cx.caps(i + 1)
            // "FROM HOMES IN NORTHERN ITALY": a function word is no given name.
            && !function_word_at(cx, i)
            && !function_word_at(cx, i + 1)
            && !cx.claimed[i]
            && !cx.claimed[i + 1]
            && g.any(cat::GIVEN)
            && !g.any(cat::TITLE | cat::HONORIFIC | cat::SPEECH_VERB)
            && (s.any(cat::SURNAME) || !s.any(cat::COMMON) && !is_entity_token(cx, i + 1))
            && !s.any(cat::TITLE | cat::HONORIFIC | cat::SPEECH_VERB | cat::ORG_WORD)
            // A common given name ("THE", "WILL") only before a surname that is no common word.
            && (!g.any(cat::COMMON) || s.any(cat::SURNAME) && !s.any(cat::COMMON))
            && cx.entity_flags(i + 1) & (cat::COUNTRY | cat::CITY | cat::STATE | cat::ORG) == 0
            // "APPLE SHARES FALL AS CHINA SALES SLOW": a listed place before a common word is
            // the place's trade, not a person ("Sales" a surname too).
            && !(cx.entity_flags(i) & super::places::PLACE_NAME != 0 && s.any(cat::COMMON));
        if person {
            cx.emit(i, i + 2, EntityType::Person, None, Source::PersonGiven);
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// A sentence set in capitals: three words of two letters or more, at least four in five of
/// them in capitals ("FLOODS FORCE THOUSANDS FROM HOMES").
fn caps_line(cx: &Ctx, range: Range<usize>) -> bool {
    let (mut words, mut caps) = (0, 0);
    for i in range {
        if cx.toks[i].kind() == TokenKind::Word && cx.len(i) >= 2 {
            words += 1;
            caps += usize::from(cx.caps(i));
        }
    }
    words >= 3 && caps * 10 >= words * 8
}

/// [`is_function_word`] for token `i`, also written in capitals ("IN", "AS", "FROM").
fn function_word_at(cx: &Ctx, i: usize) -> bool {
    let w = cx.t(i);
    if is_function_word(w) {
        return true;
    }
    // The word in title case, in a small buffer: function words are short and ASCII.
    let bytes = w.as_bytes();
    if !cx.caps(i) || bytes.len() > 8 || !bytes.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 8];
    for (k, &c) in bytes.iter().enumerate() {
        buf[k] = if k == 0 { c } else { c.to_ascii_lowercase() };
    }
    std::str::from_utf8(&buf[..bytes.len()]).is_ok_and(is_function_word)
}

/// A headline-case or all-capitals sentence: most longer words capitalised.
pub(super) fn is_headline(cx: &Ctx, range: Range<usize>) -> bool {
    let (mut words, mut capped) = (0, 0);
    for i in range {
        if cx.toks[i].kind() == TokenKind::Word && cx.len(i) >= 4 {
            words += 1;
            if cx.cap(i) {
                capped += 1;
            }
        }
    }
    words >= 4 && capped * 10 >= words * 8
}

fn is_particle(w: &str) -> bool {
    crate::words::NAME_PARTICLES.contains(&w)
}

/// A lower-case particle joined to a capitalised name: "al-Amr", "el-Sisi", "bin-Laden".
fn is_particle_compound(w: &str) -> bool {
    // The first hyphen, found byte by byte (it is ASCII, so both sides are whole characters).
    match w.bytes().position(|b| b == b'-') {
        Some(at) => {
            is_particle(&w[..at]) && w[at + 1..].chars().next().is_some_and(char::is_uppercase)
        }
        None => false,
    }
}

/// Capitalised prepositions, conjunctions, determiners and auxiliaries: never part of a name.
pub(super) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "On" | "In"
            | "At"
            | "Of"
            | "For"
            | "With"
            | "By"
            | "From"
            | "To"
            | "And"
            | "But"
            | "Or"
            | "If"
            | "As"
            | "So"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Be"
            | "Has"
            | "Have"
            | "Had"
            | "Do"
            | "Does"
            | "Did"
            | "Not"
            | "No"
            | "Yes"
            | "When"
            | "Where"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "After"
            | "Before"
            | "Since"
            | "Until"
            | "While"
            | "Than"
            | "Then"
            | "There"
            | "Here"
            | "All"
            | "Some"
            | "Any"
            | "Every"
            | "Each"
            | "Both"
            | "Into"
            | "Onto"
            | "Over"
            | "Under"
            | "About"
    )
}

/// A capitalised interjection ("Oh", "Hey"; [`wordbits::INTERJECTION`], the list the entity
/// tagger reads too): it starts no name.
fn is_interjection(cx: &Ctx, i: usize) -> bool {
    cx.cap(i) && !cx.caps(i) && cx.wb(i) & wordbits::INTERJECTION != 0
}

/// "Won't", "They're", "We'll": verbs and pronouns with a clitic, never names.
fn is_contraction(w: &str) -> bool {
    let head = w.trim_end_matches(|c: char| c.is_alphabetic());
    // "He's", "Don't", "We'll", but not "O'Toole" or "D'Angelo": a clitic is lower case.
    (head.ends_with('\'') || head.ends_with('’'))
        && w[head.len()..]
            .chars()
            .next()
            .is_none_or(|c| c.is_lowercase())
}

/// Pronouns and other capitalised function words that are never names.
fn is_pronoun(w: &str) -> bool {
    // "I'll", "We're".
    let w = w.split(['\'', '’']).next().unwrap_or(w);
    matches!(
        w,
        "I" | "We"
            | "You"
            | "He"
            | "She"
            | "They"
            | "It"
            | "My"
            | "Our"
            | "His"
            | "Her"
            | "Their"
            | "Its"
            | "Your"
            | "Me"
            | "Us"
            | "Him"
            | "Them"
    )
}

/// One past the last token of the run that starts at `a`.
fn run_end(cx: &Ctx, a: usize, end: usize) -> usize {
    let end = end.min(a + MAX_RUN);
    let mut j = a + 1;
    // Where the longest entity name the lexicon lists from `a` ends, asked at the run's first
    // lower-case word: "Save the Children", "Habitat for Humanity", "Friends of the Earth" hold
    // lower-case words the rules below would not join. Places joined by "and" stay two
    // ("Bosnia and Herzegovina", "Antigua and Barbuda"), as GUM's annotation marks them.
    let mut listed_end: Option<usize> = None;
    // Whether an organisation, place or title noun came earlier in the run (`a..j`), kept up to
    // date as `j` moves on: each word is asked once.
    // "The Friends of Eastbrook Parks": a volunteer group's head, too (not before a titled
    // person: "Friends of Mr. Tarrant say").
    let mut head_before = false;
    let mut asked = a;
    while j < end && !cx.claimed[j] {
        let tok = cx.toks[j];
        if tok.kind() == TokenKind::Word
            && (cx.cap(j) || cx.caps(j) || is_particle_compound(cx.t(j)))
        {
            j += 1;
            continue;
        }
        // A run that opens with a sentence's article asks from the word after it too: "The
        // Chamber of Commerce said" (the lexicon lists "Chamber of Commerce").
        let listed = *listed_end.get_or_insert_with(|| {
            let from_article = || {
                (is_article(cx.t(a)) && a + 1 < j)
                    .then(|| longest(cx, a + 1, end, ENTITY_CATS))
                    .flatten()
            };
            match longest(cx, a, end, ENTITY_CATS).or_else(from_article) {
                Some((m, e))
                    if e.any(cat::ORG) || !(a..m).any(|q| matches!(cx.t(q), "and" | "&")) =>
                {
                    m
                }
                _ => 0,
            }
        });
        // The listed name ends in a capitalised word: not "The economist", "New York state".
        if listed > j
            && (cx.cap(listed - 1) || cx.caps(listed - 1))
            && (j..listed).all(|q| !cx.claimed[q])
        {
            j = listed;
            continue;
        }
        let w = cx.t(j);
        let next_cap = j + 1 < end && !cx.claimed[j + 1] && (cx.cap(j + 1) || cx.caps(j + 1));
        while asked < j && !head_before {
            let q = asked;
            head_before = cx.lex(q).any(cat::ORG_WORD | cat::PLACE_WORD | cat::TITLE)
                || cx.word_is(q, "Friends")
                    && q + 2 < cx.toks.len()
                    && !cx
                        .lex(q + 2)
                        .any(cat::HONORIFIC | cat::TITLE | cat::KNOWN_PERSON);
            asked += 1;
        }
        // The period of an initial or abbreviation: "J.", "St.", "Inc.".
        if w == "." && !tok.has(SPACE_BEFORE) {
            let prev = cx.t(j - 1);
            let initial = prev.chars().count() == 1 && cx.cap(j - 1);
            let abbreviation = crate::words::any_ignore_case(&NAME_ABBREVIATIONS, prev)
                || cx.lex(j - 1).any(cat::HONORIFIC | cat::LEGAL_SUFFIX);
            let company =
                crate::words::any_ignore_case(&["inc", "corp", "co", "ltd", "bros", "plc"], prev);
            // "Main St. in Fort Lee", "Detroit Ave. and": a street's abbreviated noun after its
            // name keeps its period inside the sentence.
            let street = j - 1 > a && j + 1 < end && ["St", "Ave", "Rd", "Blvd"].contains(&prev);
            if (initial || abbreviation) && (next_cap || company)
                || street
                || super::dotted_entity(cx, j - 1)
            {
                j += 1;
                continue;
            }
            break;
        }
        // "Bank of the West", "Foundation for the Visual Arts".
        if (w == "of" || w == "for")
            && head_before
            && j + 2 < end
            && cx.is(j + 1, "the")
            && cx.cap(j + 2)
            && !cx.claimed[j + 2]
            // Not two names: "the Politburo of the Communist Party", "Sheffield of the UK".
            && !(a..j).any(|q| cx.is(q, "of"))
            && !is_entity_token(cx, j + 2)
            && !matches!(longest(cx, j + 2, end, ENTITY_CATS), Some((m, _)) if m > j + 3)
        {
            j += 2;
            continue;
        }
        // "Center for Science in the Public Interest", "Institute for Research in the
        // Humanities": after an organisation's "of" or "for" tail, "in the" and capitalised
        // words no list names (not "the Department of Energy in the United States").
        if w == "in"
            && j + 2 < end
            && cx.is(j + 1, "the")
            && cx.cap(j + 2)
            && !cx.claimed[j + 2]
            && (a + 1..j - 1)
                .any(|q| (cx.is(q, "of") || cx.is(q, "for")) && cx.lex(q - 1).any(cat::ORG_WORD))
            && !is_entity_token(cx, j + 2)
            && longest(cx, j + 2, end, ENTITY_CATS).is_none()
            // Not a body or place by its noun: "the College for All Act in the House".
            && !(j + 2..end)
                .take_while(|&q| cx.cap(q) && !cx.claimed[q])
                .any(|q| cx.lex(q).any(cat::ORG_WORD | cat::PLACE_WORD) || is_entity_token(cx, q))
        {
            j += 2;
            continue;
        }
        if !next_cap {
            break;
        }
        let joins = match w {
            // "National Air and Space Museum", "Bill & Melinda Gates Foundation".
            "&" | "and" => (tok.has(SPACE_BEFORE) || w == "and") && and_joins(cx, a, j, end),
            // Not before a listed name of several words: "Ellen Marsh of Save the Children"
            // ("Marsh" is also a place noun).
            "of" | "for" => {
                head_before
                    && !person_before_of(cx, a, j)
                    && !matches!(longest(cx, j + 1, end, ENTITY_CATS), Some((m, e)) if m > j + 2 && e.any(cat::ORG))
            }
            // "Committee on Foreign Relations", not "Hofstra University on Long Island".
            "on" => [
                "committee",
                "subcommittee",
                "council",
                "commission",
                "conference",
                "panel",
            ]
            .iter()
            .any(|h| cx.is(j - 1, h)),
            // "St Anne's College", "St Mary's Hospital", "Queen's University": a saint's or a
            // sovereign's name and an organisation or facility noun; a saint's and a school's
            // word ("St Anne's Primary").
            // "the Dunmore Fishermen's Association", "the Kelby Women's Institute": a plural
            // that takes "'s" ("-men", "Children", "People"), set close, before an
            // organisation's noun, in a run with no "of" (not a name's: "Carmen's Bank").
            "'s" | "’s" => {
                let saint = matches!(cx.t(a), "St" | "Saint") && j > a + 1;
                (saint || matches!(cx.t(a), "King" | "Queen") && j == a + 1)
                    && (cx.lex(j + 1).any(cat::ORG_WORD)
                        || places::is_facility_word(cx, j + 1)
                        || saint && orgs::is_school_word(cx.t(j + 1)))
                    || !tok.has(SPACE_BEFORE)
                        && cx.cap(j - 1)
                        && is_irregular_plural(cx.t(j - 1))
                        && !cx.lex(j - 1).any(ENTITY_CATS | cat::GIVEN | cat::SURNAME)
                        && !(a..j).any(|q| cx.is(q, "of"))
                        && cx.lex(j + 1).any(cat::ORG_WORD)
                        && !is_entity_token(cx, j + 1)
            }
            // "the Taxpayers' Alliance", "the Farmers' Union": a common plural's possessive
            // mark, set close to it, before an organisation's noun. Not a name's ("Sanders'
            // Senate", "Democrats' Senate") nor after a name's "of" ("Court of Appeals' Board").
            "'" | "’" => {
                !tok.has(SPACE_BEFORE)
                    && cx.cap(j - 1)
                    && cx.t(j - 1).ends_with('s')
                    && !cx.lex(j - 1).any(ENTITY_CATS | cat::GIVEN | cat::SURNAME)
                    && !(a..j).any(|q| cx.is(q, "of"))
                    && cx.lex(j + 1).any(cat::ORG_WORD)
                    && !is_entity_token(cx, j + 1)
            }
            _ => is_particle(w) && cx.toks[j - 1].kind() == TokenKind::Word,
        };
        if joins {
            j += 1;
            continue;
        }
        break;
    }
    j
}

/// Whether `w` is a capitalised plural that takes "'s" as its possessive: "Fishermen",
/// "Women", "Men", "Children", "People".
fn is_irregular_plural(w: &str) -> bool {
    w.ends_with("men") || matches!(w, "Men" | "Children" | "People")
}

/// Whether the run `a..j` before an "of" is a given name and a surname ("Jo Park of Castlegate
/// Securities", "Ellen Marsh of …"): a person and where they work, though the surname is also a
/// place noun ("Park", "Marsh") that would let "of" join a body's name. Not before an
/// organisation's noun ("Harlow Center of Marine Studies").
fn person_before_of(cx: &Ctx, a: usize, j: usize) -> bool {
    j == a + 2
        && cx.lex(a).any(cat::GIVEN)
        && !cx
            .lex(a)
            .any(cat::ORG_WORD | cat::PLACE_WORD | cat::TITLE | ENTITY_CATS)
        && cx.lex(a + 1).any(cat::SURNAME)
        && !cx.lex(a + 1).any(cat::ORG_WORD)
}

/// Whether the "and" (or "&") at `j` joins the run `a..j` and the capitalised words after it
/// into one name:
/// * after an organisation's "of" or "for" tail, words that name no entity, person or second
///   body ("Ministry of Foreign Affairs and Trade", "Centre for Irish and Scottish Studies");
/// * otherwise when the words after it end in an organisation or facility noun ("National Air
///   and Space Museum", "Bill & Melinda Gates Foundation");
/// * never after a complete name: an organisation noun ("American Airlines and Southwest
///   Airlines") or a lexicon name of several words ("Goldman Sachs and …").
fn and_joins(cx: &Ctx, a: usize, j: usize, end: usize) -> bool {
    let Some(last) = (j + 1..(j + 5).min(end)).take_while(|&q| cx.cap(q)).last() else {
        return false;
    };
    let head = |q: usize| {
        cx.lex(q).any(cat::ORG_WORD | cat::LEGAL_SUFFIX) || places::is_facility_word(cx, q)
    };
    let named = |q: usize| cx.entity_flags(q) & ENTITY_CATS & !cat::DEMONYM != 0;
    // "Securities and Exchange Commission": a listed name that runs through the "and" is one
    // name, though "Securities" alone reads as an organisation's noun ("Halvard Securities").
    if (a..j).any(|q| matches!(longest(cx, q, end, cat::ORG), Some((m, _)) if m > j + 1)) {
        return true;
    }
    // "the House Energy and Commerce Committee": a chamber's committee holds its "and" though
    // a body's noun ("Energy") comes before it.
    let chamber = a + usize::from(is_article(cx.t(a)));
    if matches!(cx.t(chamber), "House" | "Senate")
        && matches!(cx.t(last), "Committee" | "Subcommittee")
        && (a + 1..j).all(|q| !cx.lex(q).any(cat::TITLE))
    {
        return true;
    }
    // "the Mirror and The Sun": an article after "and" starts another name.
    if head(j - 1) || named(j - 1) || is_article(cx.t(j + 1)) {
        return false;
    }
    let listed = (a..j - 1)
        .any(|q| matches!(longest(cx, q, j, ENTITY_CATS & !cat::DEMONYM), Some((m, _)) if m == j));
    if listed {
        return false;
    }
    let tail = (a..j)
        .any(|q| (cx.is(q, "of") || cx.is(q, "for")) && q > a && cx.lex(q - 1).any(cat::ORG_WORD));
    if tail {
        (j + 1..=last).all(|q| {
            let e = cx.lex(q);
            !named(q) && (!e.any(cat::GIVEN | cat::SURNAME) || e.any(cat::COMMON))
        })
    } else {
        // "Emirates and Qatar Airways": a name after "and" that starts with a country or city
        // is a second body.
        !is_entity_token(cx, j - 1)
            && !(a..j).any(|q| cx.is(q, "of") || cx.is(q, "for"))
            && head(last)
            && cx.entity_flags(j + 1) & (cat::COUNTRY | cat::CITY | cat::STATE) == 0
    }
}

/// The longest lexicon entry starting at `a` and ending by `b`: its end and entry, if the entry
/// has any of `want`.
pub(super) fn longest(cx: &Ctx, a: usize, b: usize, want: u32) -> Option<(usize, Entry)> {
    let mut cursor = cx.walk_from(a);
    let mut best = None;
    let mut all_caps = true;
    for k in a..b.min(a + 8) {
        let alive = if k == a {
            cursor.alive()
        } else {
            cx.push(&mut cursor, k)
        };
        if !alive {
            break;
        }
        all_caps &= cx.caps(k) || cx.toks[k].kind() != TokenKind::Word || cx.len(k) < 2;
        let mut e = cursor.entry();
        if e.any(cat::CAPS_ONLY) && !all_caps {
            e.flags &= !(ENTITY_CATS | cat::CAPS_ONLY);
        }
        if e.any(want) {
            best = Some((k + 1, e));
        }
    }
    best
}

/// Whether token `i` can be part of a person's name: a function of its word alone (its text, the
/// case flags and kind the text gives, its lexicon entry and word bits), so answered once per
/// distinct word of the text ([`Ctx::name_like`] remembers it), except where an organisation
/// noun finishes a given name ("Margaret Bank said": [`orgs::given_and_surname`]), which its
/// neighbours decide and which is worked out at each such token.
fn name_like(cx: &Ctx, i: usize) -> bool {
    // The context can only turn a "no" into a "yes", and only for a capitalised word: the
    // look-up of the word before is made where it can matter, not at every token.
    word_name_like(cx, i)
        || (cx.cap(i)
            && i > 0
            && orgs::given_and_surname(cx, i - 1, i, i + 1)
            && word_is_name_like(cx, i, true))
}

/// [`name_like`] of token `i`'s word alone, remembered per distinct word.
fn word_name_like(cx: &Ctx, i: usize) -> bool {
    // The shared entry of a text with too many distinct words stands for several words.
    let memo = cx.own_word(i).and_then(|word| cx.name_like.get(word));
    match memo.map(std::cell::Cell::get) {
        Some(NAME_LIKE_NO) => false,
        Some(NAME_LIKE_YES) => true,
        _ => {
            let yes = word_is_name_like(cx, i, false);
            if let Some(memo) = memo {
                memo.set(if yes { NAME_LIKE_YES } else { NAME_LIKE_NO });
            }
            yes
        }
    }
}

/// [`Ctx::name_like`] of a word found not name-like.
const NAME_LIKE_NO: u8 = 1;
/// [`Ctx::name_like`] of a word found name-like.
const NAME_LIKE_YES: u8 = 2;

/// [`name_like`], worked out; `finishes_given_name` when token `i` is an organisation noun right
/// after a given name that makes a person of it.
fn word_is_name_like(cx: &Ctx, i: usize, finishes_given_name: bool) -> bool {
    if cx.toks[i].kind() != TokenKind::Word {
        return false;
    }
    let w = cx.t(i);
    if is_particle(w) || is_particle_compound(w) {
        return true;
    }
    // Names are not written in capitals (unless the whole text is).
    if !cx.cap(i)
        || is_pronoun(w)
        || is_function_word(w)
        || is_interjection(cx, i)
        || is_contraction(w)
        || (cx.caps(i) && w.chars().count() > 1)
    {
        return false;
    }
    let e = cx.lex(i);
    let flags = cx.entity_flags(i);
    if e.any(cat::TITLE | cat::HONORIFIC | cat::ORG_WORD | cat::LEGAL_SUFFIX | cat::PLACE_WORD)
        && !e.any(cat::GIVEN | cat::SURNAME)
        && !finishes_given_name
    {
        return false;
    }
    if flags & ENTITY_CATS & !cat::KNOWN_PERSON != 0 && !e.any(cat::GIVEN | cat::SURNAME) {
        return false;
    }
    true
}

/// A word of weight in a name: in a name list, or unknown and not a common word.
fn namey(cx: &Ctx, i: usize) -> bool {
    let e = cx.lex(i);
    e.any(cat::GIVEN | cat::SURNAME | cat::KNOWN_PERSON) || !e.any(cat::COMMON)
}

fn is_article(w: &str) -> bool {
    matches!(w, "The" | "A" | "An" | "THE")
}

/// Whether token `i` is a speech verb (`said`, `told`).
fn speech_verb(cx: &Ctx, i: usize) -> bool {
    i < cx.toks.len() && cx.lex(i).any(cat::SPEECH_VERB) && !cx.cap(i)
}

/// Evidence from the words around `a..b` that they name a person: a speech verb right after (or
/// after a comma-free "who"), or right before.
fn speech_context(cx: &Ctx, a: usize, b: usize) -> bool {
    // "the mayor of Riverton said": the verb's subject is the mayor; so in "the Campaign for
    // Better Transport said", past the capitalised words the run left out ("Better").
    let mut p = a;
    while p > 0 && p + 3 > a && cx.cap(p - 1) && cx.toks[p - 1].kind() == TokenKind::Word {
        p -= 1;
    }
    let after_preposition = p > 0
        && ["of", "in", "at", "from", "for", "to", "near", "on", "with"]
            .iter()
            .any(|w| cx.is(p - 1, w));
    (speech_verb(cx, b) && !after_preposition) || (a > 0 && speech_verb(cx, a - 1))
}

/// A lower-case role noun right before `a` ("spokeswoman"), with the capitalised words before it
/// ("Foreign Ministry"): the title span.
fn lowercase_title(cx: &Ctx, a: usize, floor: usize) -> Option<Span> {
    if a == 0 || a <= floor {
        return None;
    }
    let p = a - 1;
    if cx.toks[p].kind() != TokenKind::Word || cx.cap(p) || !cx.lex(p).any(cat::JOB | cat::TITLE) {
        return None;
    }
    let mut q = p;
    let floor = floor.max(p.saturating_sub(6));
    while q > floor && (cx.cap(q - 1) || cx.caps(q - 1)) {
        q -= 1;
    }
    // A sentence-initial common word is not part of the title ("The spokeswoman").
    while q < p
        && cx.starts_sentence(q)
        && !cx.claimed[q]
        && cx.lex(q).any(cat::COMMON)
        && !is_entity_token(cx, q)
    {
        q += 1;
    }
    while q < p && is_article(cx.t(q)) {
        q += 1;
    }
    Some(cx.span(q, a))
}

fn is_entity_token(cx: &Ctx, i: usize) -> bool {
    cx.entity_flags(i) & ENTITY_CATS != 0
}

/// The end of the person-shaped stretch starting at `a` within `a..b` (at most five words).
fn name_end(cx: &Ctx, a: usize, b: usize) -> usize {
    let mut k = a;
    while k < b
        && k < a + 6
        && (name_like(cx, k)
            || initial_dot(cx, k)
            || demonym_surname(cx, a, k)
            || town_surname(cx, a, k, b))
    {
        // A common word after a name ends it: "Obama Speech"; a middle initial does not, after
        // an unlisted given name too ("Zorvan K. Telisko").
        let initial = || k + 1 < b && initial_dot(cx, k + 1);
        if (k > a || leftover(cx, a, b))
            && !namey(cx, k)
            && !is_particle(cx.t(k))
            && !cx.lex(k - 1).any(cat::GIVEN)
            && !initial()
        {
            break;
        }
        k += 1;
    }
    // A name does not end with a particle or its period.
    while k > a && (is_particle(cx.t(k - 1)) || cx.toks[k - 1].kind() == TokenKind::Punct) {
        if cx.word_is(k - 1, ".") && k - 1 > a && cx.t(k - 2).chars().count() == 1 {
            break; // "John F." keeps its initial's period only inside a name; fine at the end too
        }
        k -= 1;
    }
    // A regnal number ends the name: "Louis XV", "Benedict XVI", "Norton I.".
    if k > a && k < b && namey(cx, k - 1) && regnal_number(cx, k) {
        k += 1;
    }
    k
}

/// Whether the common word at `k`, opening a sentence, is an adjective or a participle before an
/// organisation by structure of two words or more (`k + 1..`) that opens with no noun of an
/// organisation or place ([`read_run`]).
fn describes_org(cx: &Ctx, k: usize, b: usize) -> bool {
    let tag = cx.toks[k].tag();
    let shaped = tag.is_adjective() || tag == crate::pos::Tag::Vbg && cx.t(k).ends_with("ing");
    shaped
        && k + 2 < b
        && cx.cap(k)
        && !cx.caps(k)
        && cx.lex(k).any(cat::COMMON)
        && !is_entity_token(cx, k)
        && !cx
            .lex(k + 1)
            .any(cat::ORG_WORD | cat::PLACE_WORD | cat::COMMON)
        && !matches!(longest(cx, k, b, ENTITY_CATS), Some((m, _)) if m > k + 1)
        && orgs::by_structure(cx, k + 1, b).is_some_and(|m| m > k + 2)
}

/// Whether token `m`, the last of the run `..b`, is a place that names a body's branch after the
/// body's name ("Age UK Norfolk said", "Citizens Advice Leeds told"): a speech verb right after
/// it, so the place is no speaker of its own.
fn branch_place(cx: &Ctx, m: usize, b: usize) -> bool {
    m + 1 == b
        && cx.cap(m)
        && cx.entity_flags(m) & (cat::CITY | cat::STATE | cat::REGION | cat::COUNTRY) != 0
        && speech_verb(cx, b)
}

/// Whether a common word at `a` (of the run `a..b`) is what is left of a longer capitalised name
/// whose other words a rule took ("the Affordable Care Act", "the Second Amendment", "Las Vegas
/// Strip", "Central Americans"): a claimed capitalised word right before or after it. Such a
/// word starts no person's name; a surname after an honorific or an initial ("Ms. Boxer",
/// "Laurence H. Tribe") has punctuation before it.
fn leftover(cx: &Ctx, a: usize, b: usize) -> bool {
    let taken = |q: usize| {
        q < cx.toks.len()
            && cx.claimed[q]
            && cx.toks[q].kind() == TokenKind::Word
            && (cx.cap(q) || cx.caps(q))
    };
    a > 0 && (taken(a - 1) || b == a + 1 && taken(b))
}

/// Whether token `k`, after a name, is a regnal number: a Roman numeral in capitals up to
/// XXXIX, and "I" only where the sentence or clause goes on with punctuation ("Norton I,"), not
/// the pronoun ("Obama I think").
pub(crate) fn regnal_number(cx: &Ctx, k: usize) -> bool {
    let w = cx.t(k);
    if !cx.toks[k].has(SPACE_BEFORE) || w.is_empty() || w.len() > 6 {
        return false;
    }
    if !w.bytes().all(|c| matches!(c, b'I' | b'V' | b'X')) {
        return false;
    }
    // Well-formed: tens, then units (I, II, III, IV, V, VI, VII, VIII, IX).
    let units = w.trim_start_matches('X');
    let tens = w.len() - units.len();
    let units_ok = matches!(
        units,
        "" | "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX"
    );
    if !units_ok || tens > 3 {
        return false;
    }
    // "Norton I" ends its sentence (also a line without a period): "I" is no pronoun there.
    if w == "I" {
        return cx
            .toks
            .get(k + 1)
            .is_none_or(|t| t.kind() == TokenKind::Punct || cx.starts_sentence(k + 1));
    }
    true
}

/// A nationality word as a surname right after a given name: "Mark Cuban".
fn demonym_surname(cx: &Ctx, a: usize, k: usize) -> bool {
    k == a + 1
        && cx.cap(k)
        && cx.lex(k).any(cat::DEMONYM)
        && cx.entity_flags(k) & (cat::COUNTRY | cat::ORG) == 0
        && cx.lex(a).any(cat::GIVEN)
}

/// A town's name as a surname right after a given name, where only a person can stand: "Carl
/// Whitby said", "said Carl Whitby", "Carl Whitby, 54,". The pair alone in its run; a given name
/// before a town elsewhere is left to the place ("Carl Whitby's harbour" may be either). Between
/// a given name and a listed surname the town is a middle name wherever the run stands ("Carl
/// Whitby Jones").
fn town_surname(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    if k != a + 1 || b <= k || !cx.cap(k) {
        return false;
    }
    let first = cx.lex(a);
    let middle = || {
        b > k + 1 && cx.cap(k + 1) && cx.lex(k + 1).any(cat::SURNAME) && !is_entity_token(cx, k + 1)
    };
    first.any(cat::GIVEN)
        && !first.any(cat::COMMON | ENTITY_CATS)
        && cx.entity_flags(k) & ENTITY_CATS == cat::CITY
        && (b == k + 1 && in_persons_place(cx, a, b) || middle())
}

/// Whether the word at `k`, right after the given name at `a` (in a run ending at `b`), is a
/// company's name by the lists alone (no other entity, no common word) that can be a surname
/// there: "Tom Ericsson" after a title. A given name that is also a common word or an entity's
/// name opens no person ("Virgin Ericsson").
fn company_surname(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    if k != a + 1 || k >= b || !cx.cap(k) || cx.caps(k) || cx.claimed[k] {
        return false;
    }
    let first = cx.lex(a);
    first.any(cat::GIVEN)
        && !first.any(cat::COMMON | ENTITY_CATS)
        && cx.entity_flags(k) & ENTITY_CATS == cat::ORG
        && !cx
            .lex(k)
            .any(cat::COMMON | cat::ORG_WORD | cat::LEGAL_SUFFIX | cat::PLACE_WORD)
}

/// Whether the town's name right after the first name at `a` ends the run at `b` after a title,
/// so that it is a surname: "Governor Kazuo Ueda told …". The first name is a listed given name
/// or no listed word at all (not a surname: "Mayor Smith London" stays two names; not a common
/// word or an entity's name).
fn titled_town_surname(cx: &Ctx, a: usize, b: usize) -> bool {
    let k = a + 1;
    if k + 1 != b || !cx.cap(k) || cx.caps(k) || cx.claimed[k] {
        return false;
    }
    let first = cx.lex(a);
    (first.any(cat::GIVEN) || first.is_empty())
        && !first.any(cat::COMMON | ENTITY_CATS)
        && cx.entity_flags(k) & ENTITY_CATS == cat::CITY
        && !cx.lex(k).any(cat::COMMON)
}

/// Whether the name at `a..b` stands where only a person does: right before or after a verb of
/// speech ("Carl Whitby said", "said Whitby"), or before an age or an indefinite description
/// in apposition ("Whitby, 54,", "Carl Whitby, a farmer,").
fn in_persons_place(cx: &Ctx, a: usize, b: usize) -> bool {
    use crate::words::class::{CUE_VERB, NAMING_VERB};
    let n = cx.toks.len();
    let speech = |i: usize| cx.is_a(i, CUE_VERB) && !cx.is_a(i, NAMING_VERB);
    let apposition = b + 2 < n
        && cx.word_is(b, ",")
        && (cx.len(b + 1) <= 3
            && cx.t(b + 1).bytes().all(|c| c.is_ascii_digit())
            && cx.word_is(b + 2, ",")
            || cx.word_is(b + 1, "a")
            || cx.word_is(b + 1, "an"));
    (b < n && speech(b)) || (a > 0 && speech(a - 1)) || apposition
}

/// Whether the lone town's name at `k` repeats the surname of a person named by
/// [`town_surname`] earlier ("Carl Whitby said … Whitby, 54, runs a farm") where only a person
/// stands.
fn town_surname_again(cx: &Ctx, k: usize) -> bool {
    is_town_surname(cx, k) && in_persons_place(cx, k, k + 1)
}

/// Whether the word at `k` was read earlier in the text as a person's surname that is a town's
/// name ([`town_surname`], [`titled_town_surname`]: marked [`super::TOWN_SURNAME`]).
pub(super) fn is_town_surname(cx: &Ctx, k: usize) -> bool {
    cx.own_word(k)
        .is_some_and(|w| cx.word_marks[w] & super::TOWN_SURNAME != 0)
}

/// The period of an initial: "J." in "Michael J. Fox".
fn initial_dot(cx: &Ctx, k: usize) -> bool {
    k > 0
        && cx.word_is(k, ".")
        && !cx.toks[k].has(SPACE_BEFORE)
        && cx.t(k - 1).chars().count() == 1
        && cx.cap(k - 1)
}

/// Reads the run `a..b`; in a headline, as the parts between its capitalised function words
/// ("Residents Fear Flooding On Mill Lane" is no place, "Mill Lane" is), which in running text
/// would have ended the run. "Of", "For" and "And" still join ("Bank Of America").
fn read_parts(cx: &mut Ctx, a: usize, b: usize, sentence_floor: usize, strict: bool, shout: bool) {
    if !strict {
        return read_run(cx, a, b, sentence_floor, strict, shout);
    }
    let mut start = a;
    for q in a..b {
        let w = cx.t(q);
        // "STOCKS FALL AS BANK OF ENGLAND RAISES RATES": in capitals too.
        let of_for_and = if shout && cx.caps(q) {
            cx.is(q, "of") || cx.is(q, "for") || cx.is(q, "and")
        } else {
            matches!(w, "Of" | "For" | "And")
        };
        // "Residents Welcome Plans For Riverside Library": "For" after a word that is no
        // organisation, place or title noun cuts too.
        if (is_function_word(w) || shout && function_word_at(cx, q)) && !of_for_and
            || headline_verb(cx, q, start)
            || (w == "For" || shout && cx.is(q, "for"))
                && q > start
                && !cx
                    .lex(q - 1)
                    .any(cat::ORG_WORD | cat::PLACE_WORD | cat::TITLE)
        {
            if q > start {
                read_run(cx, start, q, sentence_floor, strict, shout);
            }
            start = q + 1;
        }
    }
    if start < b {
        read_run(cx, start, b, sentence_floor, strict, shout);
    }
}

/// Verbs headlines put between names, in their headline forms.
const HEADLINE_VERBS: [&str; 48] = [
    "agrees",
    "announces",
    "appoints",
    "approves",
    "backs",
    "bans",
    "blocks",
    "buys",
    "calls",
    "claims",
    "closes",
    "condemns",
    "confirms",
    "criticises",
    "criticizes",
    "cuts",
    "delays",
    "denies",
    "faces",
    "fear",
    "fears",
    "hails",
    "halts",
    "hits",
    "launches",
    "names",
    "opens",
    "orders",
    "plans",
    "praises",
    "rejects",
    "reopens",
    "reveals",
    "says",
    "scraps",
    "seeks",
    "sells",
    "signs",
    "slams",
    "sues",
    "unveils",
    "urges",
    "vows",
    "warns",
    "welcome",
    "welcomes",
    "wins",
    "approved",
];

/// A headline's verb between names: a verb headlines use, after the part's first word and not
/// a listed name ("Council Approves New Harbour Park" is the council and a park, no place of five
/// words). The part-of-speech layer reads headline words as proper nouns, so a list decides.
fn headline_verb(cx: &Ctx, q: usize, start: usize) -> bool {
    q > start && !is_entity_token(cx, q) && HEADLINE_VERBS.iter().any(|v| cx.is(q, v))
}

/// A one-word title that is also a given name, right after a lower-case role ("Rovers manager
/// Dean Walsh", "club captain Major Lewis", "referee Dean Orrell", "coach Bishop Tann"): the
/// role is the title, the word a given name.
fn given_name_after_role(cx: &Ctx, k: usize, m: usize) -> bool {
    m == k + 1
        && k > 0
        && cx.lex(k).any(cat::GIVEN)
        && cx.toks[k - 1].kind() == TokenKind::Word
        && !cx.cap(k - 1)
        && !cx.caps(k - 1)
        && (cx.lex(k - 1).any(cat::JOB | cat::TITLE)
            // Sport's roles the job list lacks: "referee", "coach", "striker", "umpire".
            || cx.is_a(k - 1, class::SOURCE_NOUN | class::PLAYER_POSITION))
}

/// Whether the word at `k`, opening a sentence, is an occupation the lists do not know, before a
/// given name and a second name word ("Shopkeeper Alan Tuft", "Pensioner Ann Marsh"): shaped
/// like a noun for a person's work or state ("-er", "-or", "-ist", "-ian", "-man", "-woman")
/// and no name the lists know.
fn occupation_before_name(cx: &Ctx, k: usize, b: usize) -> bool {
    if k + 2 >= b || !cx.starts_sentence(k) || !cx.cap(k) || cx.caps(k) || cx.len(k) < 6 {
        return false;
    }
    let w = cx.t(k);
    let shaped = ["er", "or", "ist", "ian", "man", "woman"]
        .iter()
        .any(|s| w.ends_with(s));
    shaped
        && !cx
            .lex(k)
            .any(cat::GIVEN | cat::SURNAME | cat::TITLE | cat::HONORIFIC)
        && !is_entity_token(cx, k)
        && cx.lex(k + 1).any(cat::GIVEN)
        && !cx.lex(k + 1).any(cat::COMMON)
        && namey(cx, k + 2)
}

/// Whether the comma at `c` opens a job held at or for a body: ", an analyst at", ", a
/// spokeswoman for", ", a senior economist with" (up to two lower-case words before the job).
fn job_appositive(cx: &Ctx, c: usize) -> bool {
    let n = cx.toks.len();
    if c + 3 >= n || !cx.word_is(c, ",") || !(cx.word_is(c + 1, "a") || cx.word_is(c + 1, "an")) {
        return false;
    }
    for q in c + 2..(c + 5).min(n - 1) {
        if cx.toks[q].kind() != TokenKind::Word || cx.cap(q) || cx.caps(q) {
            return false;
        }
        if cx.lex(q).any(cat::JOB) {
            return matches!(cx.t(q + 1), "at" | "for" | "with");
        }
    }
    false
}

/// Reads one run `a..b`.
///
/// In a line set in capitals (`shout`) the capitals say nothing: only the lists (names, titles,
/// given names) name things there, not an organisation's or place's structure nor a person's
/// shape ("FLOODS FORCE THOUSANDS" has no organisation "FLOODS FORCE").
fn read_run(cx: &mut Ctx, a: usize, b: usize, sentence_floor: usize, strict: bool, shout: bool) {
    let mut k = a;
    while k < b {
        if cx.claimed[k] || !(cx.cap(k) || cx.caps(k)) || places::road_at(cx, k) {
            k += 1;
            continue;
        }
        let e = cx.lex(k);
        // 1. Sentence-initial common words and articles; a name the lexicon writes with its
        // article ("The Guardian", "The Hague", "The New Yorker") is that name without it.
        if is_article(cx.t(k))
            || is_function_word(cx.t(k))
            || shout && function_word_at(cx, k)
            || is_interjection(cx, k)
        {
            if let Some((m, entry)) = longest(cx, k, b, ENTITY_CATS).filter(|&(m, _)| m > k + 1) {
                if let Some(kind) = kind_of(entry.flags) {
                    if (k + 1..m).all(|q| !cx.claimed[q]) {
                        // "The New York Times Magazine": structure may extend, as in step 2.
                        let (end, kind) = match orgs::by_structure(cx, k + 1, b) {
                            Some(o) if o > m && kind != EntityType::Person => (o, EntityType::Org),
                            _ => (m, kind),
                        };
                        cx.emit(k + 1, end, kind, None, Source::LexiconPhrase);
                        k = end;
                        continue;
                    }
                }
            }
            k += 1;
            continue;
        }
        // A portfolio before a title the lexicon does not list whole: "Transport Secretary Ann
        // Marsh", "Culture Minister Tom Pryce" (the name after it is the person, the portfolio
        // part of the title).
        if k + 2 < b && e.any(cat::COMMON) && !e.any(cat::GIVEN) && !is_entity_token(cx, k) {
            if let Some((m, entry)) = longest(cx, k + 1, b, cat::TITLE | cat::HONORIFIC) {
                if !entry.any(ENTITY_CATS) && m < b && name_end(cx, m, b) > m {
                    k = titled(cx, k, m, b, strict);
                    continue;
                }
            }
        }
        // "Shopkeeper Alan Tuft said": an occupation opening the sentence before a given name
        // describes the person and is no part of the name; "Visitors Carrow City": nor is a
        // side's role before its club.
        if occupation_before_name(cx, k, b)
            || k + 1 < b && cx.starts_sentence(k) && side_word(cx, k)
        {
            k += 1;
            continue;
        }
        if let Some(m) = saints_place(cx, k) {
            cx.emit(k, m, EntityType::Place, None, Source::PlaceStructure);
            k = m;
            continue;
        }
        // "Rival Cirrus Systems announced", "Struggling Halvane Motors": an adjective or a
        // participle opening the sentence (by the part-of-speech layer, which reads a name's
        // own words as proper nouns: "Local Government Association") before an organisation
        // by structure describes it and is no part of its name.
        if cx.starts_sentence(k) && !strict && describes_org(cx, k, b) {
            k += 1;
            continue;
        }
        // "Mats Hagen, an analyst at Fenwick Partners,": a word no list knows as a name and a
        // town's name or a surname, set off before a job held at or for a body, are a person.
        if k + 2 == b
            && job_appositive(cx, b)
            && cx.cap(k)
            && !cx.caps(k)
            && cx.entity_flags(k) & ENTITY_CATS == 0
            && !e.any(super::PERSON_OR_PEOPLE_WORD)
            && (cx.entity_flags(k + 1) & (cat::CITY | cat::REGION) != 0
                || cx.lex(k + 1).any(cat::SURNAME))
            && namey(cx, k + 1)
        {
            cx.emit(k, b, EntityType::Person, None, Source::Context);
            k = b;
            continue;
        }
        let weak_start = (cx.starts_sentence(k) || strict)
            && e.any(cat::COMMON)
            && !is_entity_token(cx, k)
            // A given name before a name ("Will Smith"), but not before a listed name of
            // several words ("Many New York residents").
            && !(e.any(cat::GIVEN)
                && !is_quantifier(cx.t(k))
                && k + 1 < b
                && name_like(cx, k + 1)
                && namey(cx, k + 1)
                && !matches!(longest(cx, k + 1, b, ENTITY_CATS), Some((m, _)) if m > k + 2))
            && !(e.any(cat::TITLE | cat::HONORIFIC) && k + 1 < b)
            && !matches!(longest(cx, k, b, ENTITY_CATS | cat::TITLE), Some((m, _)) if m > k + 1)
            && orgs::by_structure(cx, k, b).is_none()
            && !places::by_structure(cx, k, b);
        if weak_start {
            // "Bristol Rovers lost … Rovers had lost three": a club's own word alone, opening
            // the sentence, names the club found before.
            if k + 1 == b && club_word_of_earlier_club(cx, k) {
                cx.emit(k, b, EntityType::Org, None, Source::Context);
            }
            k += 1;
            continue;
        }
        // "BBC Radio Kent", "BBC Radio 4": a broadcaster's station is one organisation.
        if let Some(m) = orgs::channel(cx, k, b) {
            cx.emit(k, m, EntityType::Org, None, Source::OrgStructure);
            k = m;
            continue;
        }
        // 2. The longest multi-word lexicon entry.
        if let Some((m, entry)) = longest(cx, k, b, ENTITY_CATS | cat::TITLE | cat::HONORIFIC) {
            if m > k + 1 || entry.any(cat::TITLE | cat::HONORIFIC) {
                if entry.any(cat::TITLE | cat::HONORIFIC)
                    && !entry.any(ENTITY_CATS)
                    && !given_name_after_role(cx, k, m)
                {
                    k = titled(cx, k, m, b, strict);
                    continue;
                }
                if m > k + 1 {
                    if let Some(kind) = kind_of(entry.flags) {
                        // "China Daily" but not "Bank of China Ltd" cut short: structure may extend.
                        // "United States Navy", "New Zealand Herald": a place that starts an
                        // organisation's name.
                        let (end, kind) =
                            match (places::facility(cx, k, b), orgs::by_structure(cx, k, b)) {
                                // "BANK OF ENGLAND RAISES RATES": no structure in capitals.
                                _ if shout => (m, kind),
                                // "Bank of America Stadium".
                                (Some(f), _) if f > m => (f, EntityType::Place),
                                (_, Some(o)) if o > m && kind != EntityType::Person => {
                                    (o, EntityType::Org)
                                }
                                // "St. Louis Cardinals", "Hong Kong Tigers": a team.
                                _ if kind == EntityType::Place
                                    && !strict
                                    && m < b
                                    && team_plural(cx, m) =>
                                {
                                    (m + 1, EntityType::Org)
                                }
                                // "Age UK Norfolk said": a body's branch named by its
                                // place runs on to the verb.
                                _ if kind == EntityType::Org && branch_place(cx, m, b) => {
                                    (m + 1, EntityType::Org)
                                }
                                _ => (m, kind),
                            };
                        cx.emit(k, end, kind, None, Source::LexiconPhrase);
                        k = end;
                        continue;
                    }
                }
            }
        }
        // A country or nationality before a title: "U.S. Trade Representative", "Chinese Foreign
        // Trade Minister".
        if is_entity_token(cx, k) && k + 1 < b {
            if let Some((m, entry)) = longest(cx, k + 1, b, cat::TITLE | cat::HONORIFIC) {
                if !entry.any(ENTITY_CATS) && m < b {
                    if let Some(kind) = kind_of(cx.entity_flags(k)) {
                        cx.emit(k, k + 1, kind, None, Source::BeforeTitle);
                    }
                    k = titled_from(cx, k, k + 1, m, b, strict);
                    continue;
                }
            }
        }
        // In capitals, only a one-word name the lists know ("ITALY"); the lists' people were
        // read before ([`people_in_capitals`]).
        if shout {
            if let Some(kind) = kind_of(cx.entity_flags(k) & ENTITY_CATS) {
                cx.emit(k, k + 1, kind, None, Source::Lexicon);
            }
            k += 1;
            continue;
        }
        // 4. Facilities, organisations and places by structure.
        let facility = places::facility(cx, k, b);
        if let Some(m) = facility {
            // "Kings Park Primary School": an organisation's noun after the facility's ends the
            // name (not a place noun: "Harbor Memorial Expressway").
            let org_end = |o: usize| {
                o > m && cx.lex(o - 1).any(cat::ORG_WORD) && !cx.lex(o - 1).any(cat::PLACE_WORD)
            };
            match orgs::by_structure(cx, k, b) {
                Some(o) if org_end(o) && !e.any(cat::TITLE | cat::HONORIFIC) => {
                    cx.emit(k, o, EntityType::Org, None, Source::OrgStructure);
                    k = o;
                }
                _ => {
                    cx.emit(k, m, EntityType::Place, None, Source::Facility);
                    k = m;
                }
            }
            continue;
        }
        if let Some(m) = orgs::by_structure(cx, k, b) {
            if !e.any(cat::TITLE | cat::HONORIFIC) {
                cx.emit(k, m, EntityType::Org, None, Source::OrgStructure);
                k = m;
                continue;
            }
        }
        if state_body(cx, k, b) {
            cx.emit(k, k + 2, EntityType::Org, None, Source::OrgStructure);
            // "Ohio State and Alabama": a state joined to it is a university too.
            let (j, q) = (k + 2, k + 3);
            if q < cx.toks.len()
                && (cx.word_is(j, "and") || cx.word_is(j, "or"))
                && cx.entity_flags(q) & cat::STATE != 0
                && !(q + 1 < cx.toks.len() && (cx.cap(q + 1) || cx.caps(q + 1)))
            {
                cx.emit(q, q + 1, EntityType::Org, None, Source::Context);
            }
            k += 2;
            continue;
        }
        if places::by_structure(cx, k, b) && !aged_person(cx, k, b) {
            // "against host Dunmore Town", "visitors Carrow City": a side named for its town.
            let kind = if k > 0 && side_word(cx, k - 1) {
                EntityType::Org
            } else {
                EntityType::Place
            };
            cx.emit(k, b, kind, None, Source::PlaceStructure);
            k = b;
            continue;
        }
        // A place and a capitalised plural: "Charlotte Panthers", "Minnesota Vikings".
        // A league's initials and a capitalised plural: "the NBA Cavaliers" (see
        // [`sports_league`]).
        let flags = cx.entity_flags(k);
        if (flags & (cat::CITY | cat::STATE | cat::COUNTRY | cat::REGION) != 0
            || sports_league(cx, k))
            && k + 1 < b
            && (team_plural(cx, k + 1) || flags & cat::CITY != 0 && demonym_team(cx, k + 1))
        {
            cx.emit(k, k + 2, EntityType::Org, None, Source::Team);
            k += 2;
            continue;
        }
        // 5. One-word lexicon names (unless a person's name starts here: "Jordan Peterson").
        if let Some(kind) = kind_of(flags & ENTITY_CATS) {
            // "Elizabeth II": a regnal number after a given name.
            let regnal = e.any(cat::GIVEN) && k + 1 < b && regnal_number(cx, k + 1);
            let person_start = regnal
                || e.any(cat::GIVEN)
                    && k + 1 < b
                    && name_like(cx, k + 1)
                    && (cx.entity_flags(k + 1)
                        & (cat::COUNTRY | cat::STATE | cat::REGION | cat::ORG)
                        == 0
                        || surname_of_a_firm(cx, k + 1, b))
                    && (cx.lex(k + 1).any(cat::SURNAME) || cx.lex(k + 1).is_empty());
            if kind == EntityType::Place && b == k + 1 && town_surname_again(cx, k) {
                cx.emit(k, b, EntityType::Person, None, Source::AliasPerson);
                k = b;
                continue;
            }
            if !person_start {
                cx.emit(k, k + 1, kind, None, Source::Lexicon);
                k += 1;
                continue;
            }
        }
        // "African-Americans", "Chinese-American": nationality compounds; "the Welshman", "a
        // Dutchwoman", "the Scot": a person named by nationality alone.
        if is_demonym_compound(cx.t(k)) || demonym_noun(cx, k, b) {
            cx.emit(k, k + 1, EntityType::Norp, None, Source::DemonymCompound);
            k += 1;
            continue;
        }
        // "Riverton, Ohio": a name before a comma and a state or country is a town; of two
        // words ("Palo Alto, California"), neither a given name, title or listed name
        // ("Ken Marsh, Virginia" is a person; "Durham University, England" a body).
        // The second word may be a common one ("Alto").
        let town_word = |q: usize| {
            cx.len(q) > 2
                && !is_entity_token(cx, q)
                && !cx
                    .lex(q)
                    .any(cat::GIVEN | cat::TITLE | cat::HONORIFIC | cat::ORG_WORD)
        };
        if (b == k + 1 && cx.len(k) > 2 && !is_entity_token(cx, k) && namey(cx, k)
            || b == k + 2 && cx.cap(k + 1) && town_word(k) && namey(cx, k) && town_word(k + 1))
            && followed_by_region(cx, b)
        {
            cx.emit(k, b, EntityType::Place, None, Source::Town);
            k = b;
            continue;
        }
        // 6. People.
        let m = name_end(cx, k, b);
        if m == k {
            if orgs::is_acronym(cx, k) && !strict {
                cx.emit(k, k + 1, EntityType::Org, None, Source::Acronym);
            } else if k + 1 == b && club_word_of_earlier_club(cx, k) {
                // "Rovers had lost": a club's word that is an organisation's noun too.
                cx.emit(k, b, EntityType::Org, None, Source::Context);
            }
            k += 1;
            continue;
        }
        // "National Grid said": a common word left alone after a capitalised word of its run
        // that no rule took is the end of a name made of common words, no person.
        if m == k + 1 && k > a && !namey(cx, k) && common_name_before(cx, k) {
            k = m;
            continue;
        }
        let town = m == k + 2 && town_surname(cx, k, k + 1, m);
        person(cx, k, m, sentence_floor, None, strict);
        if town && cx.claimed[k + 1] {
            if let Some(w) = cx.own_word(k + 1) {
                cx.word_marks[w] |= super::TOWN_SURNAME;
            }
        }
        k = m;
    }
}

/// Whether `w` is an age written as one compound ending in "-old": "four-day-old",
/// "32-year-old", "six-month-old".
fn is_age_compound(w: &str) -> bool {
    w.len() > "-day-old".len()
        && w.ends_with("-old")
        && w.as_bytes()[0].is_ascii_alphanumeric()
        && w[..w.len() - 4].contains('-')
}

/// Whether `a..b`, two words, a given name and a name-shaped word, follows an age compound: a
/// person, whatever a place's structure reads in the given name ("to four-day-old Isla Rowe":
/// "Isla" also opens island names).
fn aged_person(cx: &Ctx, a: usize, b: usize) -> bool {
    b == a + 2
        && a > 0
        && is_age_compound(cx.t(a - 1))
        && cx.lex(a).any(cat::GIVEN)
        && namey(cx, a + 1)
}

/// Whether `a..b`, name-shaped words no list knows as a place or body, is set off by commas after
/// a relative ("Her mother, Latha, said", "his brother, Okonkwo,"): a person.
fn kin_appositive(cx: &Ctx, a: usize, b: usize) -> bool {
    a >= 2
        && b < cx.toks.len()
        && cx.word_is(a - 1, ",")
        && matches!(cx.t(b), "," | "." | ";")
        && crate::words::lists::KIN_NOUNS
            .iter()
            .any(|w| cx.word_is(a - 2, w))
        && (a..b).all(|i| namey(cx, i) && !is_entity_token(cx, i))
}

/// Whether the word before token `k` is a capitalised common word no rule took and no person's
/// word ("National" of "National Grid"; not "President", a title, nor "Will", a given name).
fn common_name_before(cx: &Ctx, k: usize) -> bool {
    let p = k - 1;
    cx.cap(p) && !cx.claimed[p] && !namey(cx, p) && !is_function_word(cx.t(p))
}

/// Whether token `i`, the last of its run (before `b`), is a listed surname that a firm's name
/// is written the same as, after a given name: "said Ann Vale" is a person, not the town Ann
/// and the miner Vale (as "Henry Ford" is not the carmaker).
fn surname_of_a_firm(cx: &Ctx, i: usize, b: usize) -> bool {
    i + 1 == b
        && cx.lex(i).any(cat::SURNAME)
        && cx.entity_flags(i) & (cat::COUNTRY | cat::STATE | cat::REGION) == 0
}

/// The end of a saint's possessive standing alone at `k` ("at St Mary's", "St. Aidan's"): it
/// names a church, school or hospital, a place, and the saint is neither a person nor a town
/// ("Mary" alone). Before a capitalised word the run reads it ("St Anne's Primary").
fn saints_place(cx: &Ctx, k: usize) -> Option<usize> {
    if !matches!(cx.t(k), "St" | "Saint") {
        return None;
    }
    let len = cx.toks.len();
    let period = k + 1 < len && cx.word_is(k + 1, ".") && !cx.toks[k + 1].has(SPACE_BEFORE);
    let n = k + 1 + usize::from(period);
    let end = n + 2;
    let possessive = end <= len
        && cx.cap(n)
        && matches!(cx.t(n + 1), "'s" | "’s")
        && !cx.toks[n + 1].has(SPACE_BEFORE);
    // Before a common word only after a preposition ("at St Mary's on Sunday"): "St Louis's
    // mayor" is a town's possessive.
    let common_after = end < len && cx.toks[end].kind() == TokenKind::Word && !cx.cap(end);
    let after_preposition = k > 0 && cx.is_a(k - 1, crate::words::class::PREPOSITION);
    (possessive
        && !(end < len && (cx.cap(end) || cx.caps(end)))
        && (!common_after || after_preposition))
        .then_some(end)
}

/// Whether token `i` names a side's role in a match: "host", "hosts", "visitors".
fn side_word(cx: &Ctx, i: usize) -> bool {
    ["host", "hosts", "visitors"].iter().any(|w| cx.is(i, w))
}

/// "a Manchester-based group": the town or country before "-based" in one token is a place of
/// its own (its bytes only), and so is a capitalised word no list knows ("the Cupertino-based
/// firm"); not after a capitalised word ("New York-based").
fn based_place(cx: &mut Ctx, k: usize) {
    let Some(place) = cx.t(k).strip_suffix("-based") else {
        return;
    };
    let after_name =
        k > 0 && cx.cap(k - 1) && !is_article(cx.t(k - 1)) && !cx.starts_sentence(k - 1);
    let all = crate::lexicon::lookup(place).flags;
    let flags = all & ENTITY_CATS;
    // "the Cupertino-based firm": a capitalised word no list knows is the town too.
    // Only before a body ("the Android-based phone", "a Kubernetes-based platform" are a
    // product's: review rev51).
    let unknown = all == 0
        && place.len() > 1
        && place.as_bytes()[0].is_ascii_uppercase()
        && place.as_bytes()[1].is_ascii_lowercase()
        && k + 1 < cx.toks.len()
        && [
            "firm",
            "company",
            "group",
            "startup",
            "start-up",
            "bank",
            "charity",
            "business",
            "retailer",
            "lender",
            "insurer",
            "developer",
            "manufacturer",
            "maker",
            "chain",
            "agency",
            "consultancy",
            "fund",
            "investor",
            "club",
            "team",
            "band",
            "organisation",
            "organization",
            "brewer",
            "publisher",
            "broadcaster",
            "airline",
            "carrier",
        ]
        .iter()
        .any(|w| cx.is(k + 1, w));
    if after_name || place.contains('-') || kind_of(flags) != Some(EntityType::Place) && !unknown {
        return;
    }
    let before = cx.out.len();
    cx.emit(k, k + 1, EntityType::Place, None, Source::PlaceStructure);
    // Only the mention just emitted is cut to the place's bytes: `emit` adds none over a claimed
    // token, and the last mention is then another's.
    if cx.out.len() > before {
        if let Some(m) = cx.out.last_mut() {
            m.span.end = m.span.start + place.len() as u32;
        }
    }
}

/// Whether token `i`, after a place, names a team: a capitalised plural that is no name, nor a
/// people noun ("Minnesota *Vikings*", not "Ohio *Voters*").
fn team_plural(cx: &Ctx, i: usize) -> bool {
    cx.cap(i)
        && cx.len(i) > 3
        && cx.t(i).ends_with('s')
        && !cx
            .lex(i)
            .any(cat::GIVEN | cat::SURNAME | cat::JOB | ENTITY_CATS)
}

/// Whether token `i`, after a city, is a team named by a plural nationality word ("Indianapolis
/// Indians", "Houston Texans"): a capitalised plural the lists know only as a nationality, no
/// political group ("Chicago Democrats" stay a city and a group).
fn demonym_team(cx: &Ctx, i: usize) -> bool {
    let e = cx.lex(i);
    cx.cap(i)
        && cx.len(i) > 3
        && cx.t(i).ends_with('s')
        && e.any(cat::DEMONYM)
        && !e.any(
            cat::NORP_GROUP
                | cat::GIVEN
                | cat::SURNAME
                | cat::JOB
                | cat::ORG
                | cat::COUNTRY
                | cat::CITY
                | cat::STATE,
        )
}

/// Whether token `i` is the initials of a sports league, which a travel guide or a sports page
/// sets before a club's nickname instead of its city: "the NFL Harriers", "the NBA Comets" are
/// one club each, not a league and a group of people.
fn sports_league(cx: &Ctx, i: usize) -> bool {
    cx.caps(i)
        && [
            "NBA", "NFL", "NHL", "MLB", "MLS", "WNBA", "NWSL", "AFL", "NRL", "IPL", "KHL", "CFL",
        ]
        .iter()
        .any(|w| cx.word_is(i, w))
}

/// Whether a comma and a US state or a country follow at `i` (", Ohio", ", Calif.").
fn followed_by_region(cx: &Ctx, i: usize) -> bool {
    i + 1 < cx.toks.len()
        && cx.word_is(i, ",")
        && cx.cap(i + 1)
        && (cx.entity_flags(i + 1) & (cat::STATE | cat::COUNTRY) != 0
            || super::dotted_entity(cx, i + 1))
        && (!cx.lex(i + 1).any(cat::GIVEN) || super::dotted_entity(cx, i + 1))
        // "Olumide Bakare, Nigeria's envoy": an appositive's possessive, no home.
        && !(i + 2 < cx.toks.len() && matches!(cx.t(i + 2), "'s" | "’s"))
}

/// A hyphenated word whose parts are all nationality words.
fn is_demonym_compound(w: &str) -> bool {
    w.contains('-')
        && w.split('-').all(|p| {
            crate::lexicon::lookup(p).any(cat::DEMONYM) || matches!(p, "Asian" | "Americans")
        })
}

/// Whether the one-word run at `k` (ending at `b`) names a person by nationality: a demonym
/// and "man", "woman", "men" or "women" ("Welshman", "Dutchwoman", "Scotsmen", derived from the
/// demonym list rather than listed), or, after an article, the singular of a listed plural ("the
/// Scot", from "Scots"; not "Scot Reddin", a given name). A nationality is a group (NORP), not a
/// person's name: "the Welshman scored twice" names nobody.
fn demonym_noun(cx: &Ctx, k: usize, b: usize) -> bool {
    if b != k + 1 {
        return false;
    }
    let w = cx.t(k);
    let stem = ["woman", "women", "man", "men"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .filter(|s| s.len() > 2);
    if let Some(stem) = stem {
        return crate::lexicon::lookup(stem).any(cat::DEMONYM);
    }
    if k == 0 || !(cx.is(k - 1, "the") || cx.is(k - 1, "a")) || w.len() + 1 > 16 {
        return false;
    }
    let mut buf = [0u8; 16];
    buf[..w.len()].copy_from_slice(w.as_bytes());
    buf[w.len()] = b's';
    std::str::from_utf8(&buf[..w.len() + 1])
        .is_ok_and(|p| crate::lexicon::lookup(p).any(cat::DEMONYM))
}

/// A title at `k..m` in the run ending at `b`: the name after it is a person. Returns where to
/// continue.
fn titled(cx: &mut Ctx, k: usize, m: usize, b: usize, strict: bool) -> usize {
    titled_from(cx, k, k, m, b, strict)
}

fn titled_from(
    cx: &mut Ctx,
    title_start: usize,
    k: usize,
    m: usize,
    b: usize,
    strict: bool,
) -> usize {
    // Titles chain: "Deputy Prime Minister", "Mr." after "Vice President".
    let mut m = m;
    while m < b {
        match longest(cx, m, b, cat::TITLE | cat::HONORIFIC) {
            Some((n, entry)) if !entry.any(ENTITY_CATS) && n < b => m = n,
            _ => break,
        }
    }
    let _ = k;
    // "CEO of the Refugee Council Enver Solomon": the organisation belongs to the title.
    if m + 2 < b && (cx.is(m, "of") || cx.is(m, "for")) {
        let p = if cx.is(m + 1, "the") { m + 2 } else { m + 1 };
        if let Some(o) = orgs::by_structure(cx, p, b) {
            if o < b && name_end(cx, o, b) > o {
                cx.emit(p, o, EntityType::Org, None, Source::InTitle);
                m = o;
            } else if o == b && p > m + 1 {
                // "president of the Linguistic Society of America": no name follows the body.
                cx.emit(p, o, EntityType::Org, None, Source::OrgStructure);
                return b;
            }
        }
    }
    // "Governor of Washington Chris Gregoire": the place belongs to the title.
    if m + 2 < b && (cx.is(m, "of") || cx.is(m, "for")) {
        let mut p = m + 1;
        let mut places = Vec::new();
        while p < b && (is_entity_token(cx, p) || cx.is(p, "of") || cx.is(p, "the")) {
            if let Some(kind) = kind_of(cx.entity_flags(p) & ENTITY_CATS) {
                places.push((p, kind));
            }
            p += 1;
        }
        if p > m + 1 && p < b && name_end(cx, p, b) > p {
            for (q, kind) in places {
                cx.emit(q, q + 1, kind, None, Source::InTitle);
            }
            m = p;
        }
    }
    if m >= b {
        return b;
    }
    let mut n = name_end(cx, m, b);
    if n == m {
        return m;
    }
    // "Senate Majority Leader Tom Ericsson": after a title, a company's listed name right after a
    // given name is the person's surname.
    if n == m + 1 && company_surname(cx, m, n, b) {
        n += 1;
    }
    // "Governor Kazuo Ueda": after a title, a town's name ending the run right after a first
    // name is the person's surname; later alone it is the person's too ("Ueda said").
    if n == m + 1 && !strict && titled_town_surname(cx, m, b) {
        if let Some(w) = cx.own_word(n) {
            cx.word_marks[w] |= super::TOWN_SURNAME;
        }
        n += 1;
    }
    // "President Clinton" but not "President Xi Jinping Thought": keep at most four words.
    n = n.min(m + 4);
    // "Queen Street", "Bishop Road": a title and a street's noun name a place.
    let street = matches!(
        cx.t(m),
        "Street" | "Road" | "Avenue" | "Lane" | "Boulevard" | "Crescent" | "Terrace" | "Square"
    );
    if n == m + 1 && street {
        cx.emit(
            title_start,
            n,
            EntityType::Place,
            None,
            Source::PlaceStructure,
        );
        return n;
    }
    let title = Some(cx.span(title_start, m));
    cx.emit(m, n, EntityType::Person, title, Source::Titled);
    n
}

/// Whether `toks` are a title with no name: a title or honorific, the other capitalised words
/// only titles, jobs or common words, and none of them a given name or surname ("The Shadow Chancellor said",
/// "the Prime Minister"). Such words before a speech verb, or where the entity tagger expects a
/// name after a title, name a role, not a person.
pub(crate) fn only_titles(toks: &[Token], words: &Words) -> bool {
    const NAME: u32 = cat::GIVEN | cat::SURNAME | cat::KNOWN_PERSON;
    let mut title = false;
    for t in toks {
        if !t.has(CAPITALIZED) {
            continue;
        }
        let lex = words.of(t).lex;
        // A title first, even when also listed as a name ("Chancellor").
        if lex.any(cat::TITLE | cat::HONORIFIC) {
            title = true;
        } else if lex.any(NAME) || !lex.any(cat::JOB | cat::COMMON) {
            return false;
        }
    }
    title
}

/// An acronym with a plural "s" ("told MPs", "GPs", "CEOs"): people of a kind, not a name.
pub(crate) fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|c| c.is_ascii_uppercase()))
}

/// Decides whether the person-shaped words `a..b` are a person, and records them.
fn person(cx: &mut Ctx, a: usize, b: usize, floor: usize, title: Option<Span>, strict: bool) {
    if only_titles(&cx.toks[a..b], cx.words) || b == a + 1 && is_plural_acronym(cx.t(a)) {
        return;
    }
    // "the Vantrell E3", "a Boeing 737", "Airbus A320": a word with a digit in it is a model's
    // code, and the words before it its maker, not a person's name.
    if (a..b).any(|i| cx.t(i).bytes().any(|c| c.is_ascii_digit())) {
        return;
    }
    let words = (a..b)
        .filter(|&i| cx.toks[i].kind() == TokenKind::Word && !is_particle(cx.t(i)))
        .count();
    let title = title.or_else(|| lowercase_title(cx, a, floor));
    let first = cx.lex(a);
    // "Many Iowans said": a lone word after a sentence's opening quantifier is people of a
    // kind, no person (the nationality rules may read it).
    if words == 1 && a > 0 && cx.starts_sentence(a - 1) && is_quantifier(cx.t(a - 1)) {
        cx.loose.push(a);
        return;
    }
    // "Rescuers said": a sentence's first word that the part-of-speech layer reads as a common
    // plural noun is no person for a speech verb after it; nor is a plural that is more often
    // written in lower case, anywhere ("Okano Devices said": the firm's noun).
    let plural_noun = words == 1
        && !first.any(ENTITY_CATS)
        && match cx.toks[a].tag() {
            crate::pos::Tag::Nns => cx.starts_sentence(a) || first.any(cat::COMMON),
            crate::pos::Tag::Nnps => first.any(cat::COMMON),
            _ => false,
        };
    let evidence = if title.is_some() {
        Some(Source::Titled)
    } else if speech_context(cx, a, b) && !plural_noun {
        Some(Source::PersonSpeech)
    } else if first.any(cat::KNOWN_PERSON) {
        Some(Source::LexiconPhrase)
    } else if words >= 2 && first.any(cat::GIVEN) && (namey(cx, b - 1) || regnal_number(cx, b - 1))
    {
        Some(Source::PersonGiven)
    } else if words >= 2
        && !strict
        && (a..b).all(|i| !cx.cap(i) || (namey(cx, i) && !is_entity_token(cx, i)))
    {
        Some(Source::Person)
    } else if words >= 2
        && namey(cx, a)
        && (a..b).any(|i| cx.lex(i).any(cat::SURNAME))
        && namey(cx, b - 1)
    {
        Some(Source::PersonSurname)
    } else if words == 2 && namey(cx, a) && regnal_number(cx, b - 1) {
        // "Norton II never reigned": a regnal number makes a person of a name the lists know
        // as a place or surname.
        Some(Source::PersonGiven)
    } else if kin_appositive(cx, a, b) {
        Some(Source::Context)
    } else {
        None
    };
    // A name already found as a place or organisation ("RIVERTON, Ohio" … "Riverton").
    let written = cx.span(a, b).text(cx.text);
    if let Some(kind) = cx.known_kind(written) {
        cx.emit(a, b, kind, None, Source::Known);
        return;
    }
    // "Halvorsen Energy … Halvorsen said it would cut jobs": a lone word that only a speech verb
    // makes a person, and that starts an organisation named earlier (and no person's name), is
    // that organisation's short name; the alias pass links the two.
    if words == 1
        && evidence == Some(Source::PersonSpeech)
        && short_name_of_earlier_org(cx, a)
        && !alone_before_age(cx, a)
    {
        cx.emit(a, b, EntityType::Org, None, Source::AliasOrg);
        return;
    }
    // "Plymouth Argyle … Argyle paid £2m": the club's own word of a club named earlier, alone.
    if words == 1 && title.is_none() && club_word_of_earlier_club(cx, a) {
        cx.emit(a, b, EntityType::Org, None, Source::Context);
        return;
    }
    if words >= 2 && !strict && evidence.is_none() {
        // Capitalised words with common ones inside ("Free Trade Talks"): not a name.
        return;
    }
    // "fishermen in Pointe Noire", "the village of Anse Bertrand": two or more unknown words
    // where someone is or lives are a place (on GUM's other genres, such a stretch after "in"
    // named a place 38 times and a person 3).
    // A given name before a place's noun too: "Councillors in Ashby Vale" ("Vale" a surname and
    // a dale).
    let unknown =
        matches!(evidence, Some(Source::Person | Source::PersonSurname)) && !first.any(cat::GIVEN);
    let given_and_place_noun = evidence == Some(Source::PersonGiven)
        && b == a + 2
        && cx.lex(b - 1).any(cat::PLACE_WORD)
        && !first.any(cat::KNOWN_PERSON);
    if words >= 2 && (unknown || given_and_place_noun) && where_someone_is(cx, a, b) {
        cx.emit(a, b, EntityType::Place, None, Source::Context);
        return;
    }
    // "the Church said": a lone organisation noun is a person only after a title.
    let evidence =
        evidence.filter(|_| !(words == 1 && first.any(cat::ORG_WORD) && title.is_none()));
    if let Some(source) = evidence {
        cx.emit(a, b, EntityType::Person, title, source);
    } else if words == 1 {
        cx.loose.push(a);
    }
}

/// Whether the run `k..b` is two words, a US state and "State": a university named by its state
/// ("Ohio State", "Penn State"; its teams too), an organisation, not the place. "Washington
/// State" is as often the state; "New York State" is a lexicon place, read before this. (A
/// nationality and "State" was tried: GUM's other genres annotate "the Argentine State" an
/// organisation and "the modern Greek State" a place.)
fn state_body(cx: &Ctx, k: usize, b: usize) -> bool {
    b == k + 2
        && cx.word_is(k + 1, "State")
        && !cx.word_is(k, "Washington")
        && (cx.entity_flags(k) & cat::STATE != 0 || cx.word_is(k, "Penn"))
}

/// Words of quantity that open a sentence before a plural ("Many Velorians left", "Most
/// Iowans said"), never a given name there, though "Many" is listed as one.
fn is_quantifier(w: &str) -> bool {
    crate::words::any_exact(
        &["Many", "Most", "Some", "Several", "Few", "Both", "All"],
        w,
    )
}

/// Whether the stretch `a..b` stands where a place does: after "in" or "near", or after "of"
/// following a noun of a settlement ("the village of", "residents of"), and not before a
/// possessive ("in Ivan Turgenev's play").
pub(super) fn where_someone_is(cx: &Ctx, a: usize, b: usize) -> bool {
    if a == 0 || b < cx.toks.len() && matches!(cx.t(b), "'s" | "’s" | "'" | "’") {
        return false;
    }
    let p = a - 1;
    cx.word_is(p, "in")
        || cx.word_is(p, "near")
        || cx.word_is(p, "of")
            && p > 0
            && (cx.word_is(p - 1, "island")
                || crate::words::place_noun(cx.t(p - 1)) & place_noun::OF_SETTLEMENT != 0)
}

/// Whether the word at `i` is the first or last word of an organisation of several words found
/// before it, and no word of a person's name found before it ("Halvorsen Energy … Halvorsen",
/// "Aston Villa … said Villa would", but not "Halvorsen Energy hired Ida Halvorsen …
/// Halvorsen").
fn short_name_of_earlier_org(cx: &Ctx, i: usize) -> bool {
    // The id shared by the words of a text with too many distinct words decides nothing.
    cx.own_word(i).is_some_and(|word| {
        let marks = cx.word_marks[word];
        marks & super::PERSON_WORD == 0
            && marks & (super::ORG_FIRST_WORD | super::ORG_LAST_WORD) != 0
    })
}

/// Whether the word at `i` stands alone somewhere in the text before an age set off by commas
/// ("Aston Villa … Villa, 34, was sent off … Villa said"): an age of 16 to 110 and words in
/// lower case after it, not a seat list ("Labour, 22, Halvorsen, 3,"). There it is a person's name, and so
/// it is before a speech verb. Asked only where a lone word repeats an organisation's, and
/// within [`AGE_WINDOW`] tokens either side (an article's length: a text of many articles asks
/// no more).
fn alone_before_age(cx: &Ctx, i: usize) -> bool {
    let word = cx.t(i);
    let n = cx.toks.len();
    let (from, to) = (
        i.saturating_sub(AGE_WINDOW),
        (i + AGE_WINDOW).min(n.saturating_sub(3)),
    );
    (from..to).any(|q| {
        cx.t(q) == word
            && (q == 0 || !cx.cap(q - 1) || cx.starts_sentence(q))
            && cx.word_is(q + 1, ",")
            && cx.toks[q + 2].kind() == TokenKind::Number
            && cx.t(q + 2).parse::<u32>().is_ok_and(|age| (16..=110).contains(&age))
            && cx.word_is(q + 3, ",")
            // An age goes on in lower case ("Villa, 34, was sent off"); a seat list names the
            // next party ("Labour, 22, Halvorsen, 3,").
            && q + 4 < n
            && cx.t(q + 4).starts_with(|c: char| c.is_lowercase())
    })
}

/// How far [`alone_before_age`] looks from the word, in tokens.
const AGE_WINDOW: usize = 2000;

/// Whether the word at `i` ended a club's name found before it ("Bristol Rovers … Rovers") and
/// no person's name.
fn club_word_of_earlier_club(cx: &Ctx, i: usize) -> bool {
    cx.own_word(i).is_some_and(|word| {
        cx.word_marks[word] & (super::CLUB_WORD | super::PERSON_WORD) == super::CLUB_WORD
    })
}

/// Second pass: lone capitalised words that repeat a part of a person's name found elsewhere,
/// or that the name lists know and the sentence does not start with.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find_aliases(cx: &mut Ctx) {
    let loose = std::mem::take(&mut cx.loose);
    // Every word of every person's name, and the first word of every organisation's.
    let text = cx.text;
    let mut person_parts: HashSet<&str> = HashSet::default();
    let mut org_firsts: HashSet<&str> = HashSet::default();
    for m in &cx.out {
        let name = m.span.text(text);
        match m.kind {
            EntityType::Person => person_parts.extend(name.split(' ')),
            EntityType::Org => org_firsts.extend(name.split(' ').next()),
            _ => {}
        }
    }
    // A name in capitals ("PENCE:" in a transcript) is the person of that name. The parts are
    // lower-cased once a one-word organisation asks, and the organisation on the stack.
    // Not before a plural verb: "Tamsin Whitby … Whitby were relegated" is the town's club.
    let mut lower_parts: Option<HashSet<String>> = None;
    for j in 0..cx.out.len() {
        let m = &cx.out[j];
        let w = m.span.text(text);
        if m.kind == EntityType::Org && !w.contains(' ') && w.len() > 2 {
            let parts = lower_parts
                .get_or_insert_with(|| person_parts.iter().map(|p| p.to_lowercase()).collect());
            let next = cx.toks.partition_point(|t| t.span().start < m.span.end);
            let plural = next < cx.toks.len() && cx.wb(next) & wordbits::PLURAL_VERB != 0;
            if !plural && crate::lexicon::with_lowercase(w, |l| parts.contains(l)) {
                cx.out[j].kind = EntityType::Person;
            }
        }
    }
    for &i in &loose {
        if cx.claimed[i] {
            continue;
        }
        let w = cx.t(i);
        let part_of_person = person_parts.contains(w);
        let part_of_org = org_firsts.contains(w);
        if part_of_person && !(part_of_org && org_context(cx, i)) {
            cx.emit(i, i + 1, EntityType::Person, None, Source::AliasPerson);
        } else if part_of_org && (where_people_live(cx, i) || town_of_a_body(cx, i)) {
            // "Westbrook University … the people of Westbrook": the town the body is named after.
            cx.emit(i, i + 1, EntityType::Place, None, Source::Context);
        } else if part_of_org && part_of_person && stock_of(cx, i) {
            // "Ida Halvorsen … Halvorsen Robotics … Shares of Halvorsen rose": a company's
            // stock chose the body over the person of the same name; the model does not undo
            // it (and, after "of", it is carried to the name's other mentions no further).
            cx.emit(i, i + 1, EntityType::Org, None, Source::Context);
        } else if part_of_org {
            cx.emit(i, i + 1, EntityType::Org, None, Source::AliasOrg);
        } else {
            let e = cx.lex(i);
            let plain = !e
                .any(cat::COMMON | cat::ORG_WORD | cat::PLACE_WORD | cat::TITLE | cat::JOB)
                && !cx.caps(i)
                && !places::is_direction(w);
            if e.any(cat::SURNAME | cat::GIVEN) && plain && !cx.starts_sentence(i) {
                if in_place(cx, i) {
                    cx.emit(i, i + 1, EntityType::Place, None, Source::Context);
                } else {
                    cx.emit(i, i + 1, EntityType::Person, None, Source::AliasListed);
                }
            }
        }
    }
}

/// Whether the lone name at `i` is where someone is: "in" before it and a comma or the end of
/// the clause after it ("Ann Marsh, a nurse in Dover, said"), so a surname-shaped town is a
/// place, not a person; or "in" after a plural noun and a finite verb after it ("People in
/// Ashby said", "Schools in Dover will close": people and things are in a place, while trust or
/// an interest is in a person, "confidence in Hale has fallen").
fn in_place(cx: &Ctx, i: usize) -> bool {
    use crate::pos::Tag;
    i > 0
        && cx.word_is(i - 1, "in")
        && i + 1 < cx.toks.len()
        && (matches!(cx.t(i + 1), "," | "." | ";" | ":")
            || (i >= 2
                && cx.toks[i - 2].tag() == Tag::Nns
                && cx.toks[i + 1].tag().is_finite_verb()))
}

/// Whether the lone name at `i` is a place by the words around it: after "of" and a noun for
/// the people or parts of a town ("the people of Westbrook", "the streets of Westbrook"),
/// before a noun of its waterside ("Westbrook harbour"),
/// where someone is ([`in_place`]), before its member ("the Westbrook MP"), or said to be a
/// settlement ([`is_a_settlement`]).
fn where_people_live(cx: &Ctx, i: usize) -> bool {
    // Not "voters" or "supporters": a candidate's ("Clinton voters").
    const AFTER: [&str; 3] = ["MP", "MPs", "constituency"];
    // "boats at Dunmore harbour": the town before a lower-case noun of its waterside.
    const WATERSIDE: [&str; 5] = ["harbour", "harbor", "seafront", "waterfront", "quayside"];
    (i >= 2
        && cx.word_is(i - 1, "of")
        && crate::words::place_noun(cx.t(i - 2)) & place_noun::WHERE_PEOPLE_LIVE != 0)
        || in_place(cx, i)
        || (i + 1 < cx.toks.len() && crate::words::any_exact(&WATERSIDE, cx.t(i + 1)))
        || (i + 1 < cx.toks.len() && crate::words::any_exact(&AFTER, cx.t(i + 1)))
        || is_a_settlement(cx, i)
}

/// "a rail link between Norbury and Calder" (with "the Norbury Echo", "the Calder Residents'
/// Association"): a lone word that opened the name of a body named after its town
/// ([`super::TOWN_BODY_FIRST_WORD`]), after a preposition of place or "and", is the town.
///
/// A club's first word is the town only after a preposition of where ("fans in Kelby",
/// "shops across Tarley"): "Kelby and Tarley drew", "signed from Kelby" are the clubs.
fn town_of_a_body(cx: &Ctx, i: usize) -> bool {
    let Some(word) = cx.own_word(i).filter(|_| i > 0) else {
        return false;
    };
    let marks = cx.word_marks[word];
    let before = cx.t(i - 1);
    const WHERE: [&str; 5] = ["in", "near", "across", "around", "outside"];
    (marks & super::TOWN_BODY_FIRST_WORD != 0
        && (crate::words::any_exact(&WHERE, before)
            || crate::words::any_exact(&["of", "from", "between", "and"], before)))
        || (marks & super::CLUB_FIRST_WORD != 0 && crate::words::any_exact(&WHERE, before))
}

/// "Westbrook is a quiet town", "Westbrook, a market town,": the name, "is" or a comma, an
/// article and up to two words before a settlement's noun.
fn is_a_settlement(cx: &Ctx, i: usize) -> bool {
    let n = cx.toks.len();
    let mut q = i + 1;
    if q < n && (cx.word_is(q, "is") || cx.word_is(q, "was") || cx.word_is(q, ",")) {
        q += 1;
    } else {
        return false;
    }
    if !(q < n && (cx.word_is(q, "a") || cx.word_is(q, "an"))) {
        return false;
    }
    (q + 1..(q + 4).min(n))
        .take_while(|&r| cx.toks[r].kind() == TokenKind::Word && !cx.cap(r))
        .any(|r| crate::words::place_noun(cx.t(r)) & place_noun::IS_A != 0)
}

/// Whether a company's stock names the word at `i`: "shares of X", "stock in X", "a stake in X".
fn stock_of(cx: &Ctx, i: usize) -> bool {
    i >= 2
        && crate::words::any_ignore_case(&["of", "in"], cx.t(i - 1))
        && crate::words::any_ignore_case(&["shares", "stock", "stake"], cx.t(i - 2))
}

/// Words around a bare name that point to a company rather than a person: "at Halvorsen",
/// "Halvorsen shares", "Halvorsen's board".
fn org_context(cx: &Ctx, i: usize) -> bool {
    let before = i > 0 && {
        let w = cx.t(i - 1);
        crate::words::any_ignore_case(&["at", "from", "joined", "of", "by", "with", "for"], w)
    };
    let mut after = i + 1;
    if after < cx.toks.len() && cx.t(after).eq_ignore_ascii_case("'s") {
        after += 1;
    }
    let org_noun = after < cx.toks.len()
        && [
            "shares",
            "stock",
            "board",
            "employees",
            "staff",
            "headquarters",
            "products",
            "revenue",
            "profits",
            "plant",
            "factory",
            "subsidiary",
            "executives",
            "ceo",
        ]
        .iter()
        .any(|p| p.eq_ignore_ascii_case(cx.t(after)));
    (before || org_noun) && !speech_context(cx, i, i + 1)
}

#[cfg(test)]
mod tests {
    /// The answer remembered for a word is the one worked out at each of its tokens, whichever
    /// token asked first (capitalised, in capitals, with a particle, after a sentence start).
    #[test]
    fn name_like_once_per_word_agrees_with_every_token() {
        let text = "Mayor Lena Okoro met Okoro's deputy, al-Rashid, and THE OKORO TEAM. Okoro \
                    said they'll meet von Brandt; Von Brandt agreed. They'll see Lena.";
        let segments = crate::segment::segment(text);
        let cx = super::super::Ctx::new(text, &segments);
        for round in 0..2 {
            for i in (0..cx.toks.len()).rev() {
                assert_eq!(
                    super::name_like(&cx, i),
                    super::word_is_name_like(&cx, i, false),
                    "round {round}: {}",
                    cx.t(i)
                );
            }
        }
        assert!(cx.name_like.iter().any(|m| m.get() == super::NAME_LIKE_YES));
        assert!(cx.name_like.iter().any(|m| m.get() == super::NAME_LIKE_NO));
    }
}
