//! Organisations by structure.
//!
//! * A run of capitalised words that ends in an organisation noun ("Communist Party", "Foreign
//!   Ministry", "Halvorsen Robotics") or a legal form ("Acme Inc.", "Equinor ASA"), or that
//!   continues with "of …" after one ("Department of Commerce", "University of Oslo").
//! * A run of capitalised words opened by an institution's noun in another language, or with it
//!   second ("Universidad Nacional de Rosario", "Vrije Universiteit Groningen").
//! * An acronym: a word in capitals, two to six letters, not a common word or title ("NATO",
//!   "OPEC"), outside a sentence written all in capitals.

use super::Ctx;
use crate::analysis::EntityType;
use crate::lexicon::cat;
use crate::segment::{TokenKind, CAPITALIZED};

/// The end of the longest organisation by structure starting at `a` within `a..b`, if any: one
/// past its last token. An organisation noun as the first word alone does not count.
pub(crate) fn by_structure(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    // "Universidade Federal de Pelotas", "Vrije Universiteit Groningen": the whole run, when
    // the noun opens it or follows its first word (not a person's name before it).
    if b >= a + 2 && (a..b.min(a + 2)).any(|k| is_institution_noun_abroad(cx.t(k))) {
        return Some(b);
    }
    // "Keane told Radio Tynedale", "told the Daily Ledger": a station named after "Radio", a
    // newspaper after "the" and the word of its round ("the Evening Clarion"), up to three words.
    if b >= a + 2 {
        let station = cx.word_is(a, "Radio");
        let paper =
            matches!(cx.t(a), "Daily" | "Evening" | "Weekly") && a > 0 && cx.word_is(a - 1, "the");
        if station || paper {
            return Some(b.min(a + 4));
        }
    }
    if person_before_of(cx, a, b) {
        return None;
    }
    // "Energy UK", "Water UK", "Universities UK": a trade's or sector's noun before "UK" is the
    // body that speaks for it (not an adjective: "Rural UK").
    if b == a + 2
        && cx.word_is(a + 1, "UK")
        && cx.cap(a)
        && !cx.caps(a)
        && cx.lex(a).any(cat::COMMON)
        && cx.entity_flags(a) & super::ENTITY_CATS == 0
        && !cx.lex(a).any(super::PERSON_OR_PEOPLE_WORD)
        && cx.toks[a].tag().is_noun()
    {
        return Some(b);
    }
    // "campaigners from Save Hollin Wood said": a campaign named for what it would save, inside
    // a sentence (not a headline's "Save …" opening it, nor the verb after "to": "Fans Vow To
    // Save Brennan Park"), the whole run.
    if b >= a + 2
        && cx.word_is(a, "Save")
        && !cx.starts_sentence(a)
        && !(a > 0 && cx.is(a - 1, "to"))
    {
        return Some(b);
    }
    // "Police Scotland", "Transport Wales", "Sport England": a public body named by its field
    // and the country or region it serves, the two words alone.
    if b == a + 2 && is_public_body_field(cx.t(a)) && cx.lex(a + 1).any(PLACE_OF_A_BODY) {
        return Some(b);
    }
    // "the Digital Services Act": a law named by capitalised words is no organisation, though an
    // organisation's word is among them. "the Harkness Prize", "the Harwell Trust Award": an
    // award is none either, but the body it is named after still is one ("Harwell Trust").
    if b >= a + 2 && cx.word_is(b - 1, "Act") {
        return None;
    }
    if b >= a + 2 && crate::words::any_exact(&["Prize", "Award", "Medal", "Trophy"], cx.t(b - 1)) {
        return by_structure(cx, a, b - 1);
    }
    let mut best = None;
    for k in a..b {
        // "University of Oslo", "Centre for Control of Iodine Deficiency Disorders"; "The
        // Friends of Eastbrook Parks", a volunteer group named for what it keeps.
        if (cx.lex(k).any(cat::ORG_WORD) || k == a && cx.word_is(k, "Friends"))
            && cx.cap(k)
            && k + 2 < b
            && (cx.is(k + 1, "of") || cx.is(k + 1, "for") || cx.is(k + 1, "on"))
        {
            return Some(of_tail(cx, k + 1, b));
        }
        if k == a {
            continue;
        }
        let e = cx.lex(k);
        if !cx.cap(k) && !cx.caps(k) {
            continue;
        }
        if e.any(cat::ORG_WORD | cat::LEGAL_SUFFIX) && !given_and_surname(cx, a, k, b)
            || surname_and_firm_word(cx, a, k, b)
            || town_and_trade_plural(cx, a, k, b)
            || saints_school(cx, a, k)
            || town_general(cx, a, k, b)
        {
            let mut end = k + 1;
            // "Inc." / "Corp." / "Co." keep their period.
            if end < b && cx.word_is(end, ".") {
                end += 1;
            }
            best = Some(end);
        }
    }
    // "Irving Independent School District": place nouns after the organisation noun.
    let mut end = best?;
    while end < b && cx.cap(end) && cx.lex(end).any(cat::PLACE_WORD | cat::ORG_WORD) {
        end += 1;
    }
    Some(end)
}

/// The places a public body is named for, after its field ("Police Scotland").
const PLACE_OF_A_BODY: u32 = cat::COUNTRY | cat::REGION | cat::STATE;

/// The field of a public body named for a country or region ("Police Scotland", "Transport for
/// Wales" aside, "Historic England", "Sport Wales").
fn is_public_body_field(w: &str) -> bool {
    crate::words::any_exact(&["Police", "Transport", "Historic", "Sport", "Natural"], w)
}

/// Whether the run `a..b` opens with a person's given name and surname before "of" ("Ann Marsh
/// of the Kestrel Institute said"): the person, then where they work; the organisation's name
/// starts after "of", not at the person ("Virginia Museum of Fine Arts", "Bank of America" open
/// with a place or an organisation's noun).
fn person_before_of(cx: &Ctx, a: usize, b: usize) -> bool {
    if a + 3 >= b || !cx.is(a + 2, "of") {
        return false;
    }
    let (first, second) = (cx.lex(a), cx.lex(a + 1));
    first.any(cat::GIVEN)
        && !first.any(cat::COMMON | super::ENTITY_CATS)
        && cx.cap(a + 1)
        && !second.any(cat::ORG_WORD | cat::LEGAL_SUFFIX)
        // A surname that is also a place ("Marsh", "Vale") is still a surname here.
        && (second.any(cat::SURNAME) || !second.any(super::ENTITY_CATS))
}

/// Whether the run `a..b` is just a given name and an organisation noun that is also a surname
/// ("Danielle Steel", "Margaret Bank"): a person, not a company. With a third word or a
/// non-name first word it stays an organisation ("Danielle Steel Holdings", "Tata Steel").
/// The surname list misses many such nouns ("Bank", "Church"), so a given name and an
/// organisation noun next to a verb of speech is a person too ([`speaker_named_after_a_noun`]).
pub(crate) fn given_and_surname(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    let first = cx.lex(a);
    b == a + 2
        && k == a + 1
        && first.any(cat::GIVEN)
        && !first.any(cat::COMMON | super::ENTITY_CATS)
        && (cx.lex(k).any(cat::SURNAME) || speaker_named_after_a_noun(cx, a, b))
}

/// Whether the run `a..b` is a surname or a word no list knows and a word of a firm's trade
/// ("Kantor Insight", "Velmora Analytics", "Sundown Events"): a firm named after its founder or a
/// coined word, not a person. Only the two words alone, and not a given name first ("Ann
/// Research") nor a holiday ("Christmas Events").
fn surname_and_firm_word(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    // Logistics, Networks and Robotics are COMPANY_HEADS (read first, below).
    const FIRM_WORDS: [&str; 15] = [
        "Advisory",
        "Analytics",
        "Consultants",
        "Consultancy",
        "Dynamics",
        "Economics",
        "Events",
        "Insight",
        "Insights",
        "Promotions",
        "Research",
        "Software",
        "Solutions",
        "Strategies",
        "Ventures",
    ];
    // No person's surname: after these a given name is a coined firm's word too ("Pelham
    // Micro", "Carys Therapeutics").
    const COMPANY_HEADS: [&str; 13] = [
        "Biosciences",
        "Labs",
        "Logistics",
        "Micro",
        "Networks",
        "Pharmaceuticals",
        "Robotics",
        "Semiconductor",
        "Semiconductors",
        "Systems",
        "Technologies",
        "Therapeutics",
        "Transport",
    ];
    let first = cx.lex(a);
    if !two_word_name(cx, a, k, b) || first.any(cat::COMMON | super::ENTITY_CATS) {
        return false;
    }
    if crate::words::any_exact(&COMPANY_HEADS, cx.t(k)) {
        return !first.any(cat::KNOWN_PERSON);
    }
    // "Christmas Events", "Eid Promotions": a holiday's, no firm.
    crate::words::any_exact(&FIRM_WORDS, cx.t(k))
        && (first.any(cat::SURNAME) || first.is_empty())
        && !first.any(cat::GIVEN)
        && !cx.is_a(a, crate::words::class::HOLIDAY)
}

/// Whether the run `a..b` is a town, a surname or a word no list knows and the plural noun of a
/// firm's trade ("Harlow Buses said", "Dunmore Motors", "Kelby Foods"): a firm, not a person.
/// Only the two words alone; a given name first only if it is also a surname or a town ("Harlow"
/// is listed as all three; "Bernie Buses" stays a name's use).
fn town_and_trade_plural(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    const TRADE_PLURALS: [&str; 10] = [
        "Airlines",
        "Airways",
        "Bakeries",
        "Breweries",
        "Buses",
        "Coaches",
        "Dairies",
        "Foods",
        "Homes",
        "Motors",
    ];
    let first = cx.lex(a);
    two_word_name(cx, a, k, b)
        && crate::words::any_exact(&TRADE_PLURALS, cx.t(k))
        && !first.any(cat::COMMON | cat::KNOWN_PERSON)
        && (!first.any(cat::GIVEN) || first.any(cat::SURNAME | cat::CITY))
}

/// Whether the run `a..b` is a town or a word no list knows and "General", alone: a hospital
/// named for its town ("patients at Halford General", "Kelby General said"). Not a title's
/// first word ("Attorney General", "Major General") nor a common word; no person's name ends
/// in "General", so a given name that is also a town's stays the hospital ("Marion General").
/// Not before a capitalised word, as in a headline ("Urged To Repudiate General Who Said").
fn town_general(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    let first = cx.lex(a);
    two_word_name(cx, a, k, b)
        && cx.word_is(k, "General")
        && !(b < cx.toks.len() && (cx.cap(b) || cx.caps(b)))
        && !first.any(cat::TITLE | cat::HONORIFIC | cat::JOB | cat::KNOWN_PERSON)
        && (first.is_empty()
            || first.any(cat::CITY | cat::SURNAME | cat::GIVEN) && !first.any(cat::COMMON)
            || reading_general(cx, a, first))
}

/// "staff at Reading General": a town whose name is also a common word (no list keeps those) is
/// the hospital's first word only inside a sentence, after a word that takes a place ("at",
/// "to", "from", "in") and is no job or title ("Surgeon General").
fn reading_general(cx: &Ctx, a: usize, first: crate::lexicon::Entry) -> bool {
    first.any(cat::COMMON)
        && !cx.starts_sentence(a)
        && a > 0
        && ["at", "to", "from", "in"].iter().any(|w| cx.is(a - 1, w))
}

/// Whether the run `a..b` is two words, `k` the second, and the first capitalised but not all in
/// capitals: the shape of [`surname_and_firm_word`], [`town_and_trade_plural`] and
/// [`town_general`].
fn two_word_name(cx: &Ctx, a: usize, k: usize, b: usize) -> bool {
    b == a + 2 && k == a + 1 && cx.cap(a) && !cx.caps(a)
}

/// Whether `w` names a school after a saint's possessive, as the school's own name ends ("St
/// Anne's Primary", "St Bede's Grammar"): no organisation noun, but a school.
pub(crate) fn is_school_word(w: &str) -> bool {
    crate::words::any_exact(
        &[
            "Primary",
            "Infants",
            "Junior",
            "Juniors",
            "Grammar",
            "Secondary",
        ],
        w,
    )
}

/// Whether token `k` is a school's word after a saint's possessive that opens the run at `a`
/// ("St Anne's Primary"): the name joins them ([`super::names`]' run), and the whole is the
/// school.
fn saints_school(cx: &Ctx, a: usize, k: usize) -> bool {
    k >= a + 3
        && matches!(cx.t(a), "St" | "Saint")
        && matches!(cx.t(k - 1), "'s" | "’s")
        && is_school_word(cx.t(k))
}

/// "Margaret Bank said", "said Oliver Guild": a given name and a one-word organisation noun
/// right before or after a verb of speech is a speaker, a person. A company named after its
/// founder takes a third word ("Oliver Guild Holdings said") or a non-name first word ("Tata
/// Steel said"), and those stay organisations.
fn speaker_named_after_a_noun(cx: &Ctx, a: usize, b: usize) -> bool {
    use crate::words::class::{CUE_VERB, NAMING_VERB};
    let speech = |i: usize| cx.is_a(i, CUE_VERB) && !cx.is_a(i, NAMING_VERB);
    (b < cx.toks.len() && speech(b)) || (a > 0 && speech(a - 1))
}

/// Whether `w` is an institution's noun in another language, written as it opens or ends a
/// name: a university, academy, foundation, ministry, party, bank or society. English text
/// keeps these names in their own language ("the Universidad Nacional de Rosario", "the Vrije
/// Universiteit Groningen", "the Fondazione Carlo Verdi"), and no list holds them all; the
/// run of capitalised words (joined by "de", "di", "van" …) around the noun is the name. A
/// building's noun (Teatro, Museo, Hôpital) is left out: the place and the body share it.
pub(crate) fn is_institution_noun_abroad(w: &str) -> bool {
    // Most words fail on their first letter.
    if !matches!(
        w.as_bytes().first(),
        Some(
            b'A' | b'B'
                | b'C'
                | b'F'
                | b'G'
                | b'H'
                | b'I'
                | b'L'
                | b'M'
                | b'P'
                | b'S'
                | b'U'
                | b'V'
        )
    ) {
        return false;
    }
    matches!(
        w,
        "Universidad"
            | "Universidade"
            | "Università"
            | "Université"
            | "Universiteit"
            | "Universität"
            | "Universitat"
            | "Uniwersytet"
            | "Hochschule"
            | "Conservatoire"
            | "Conservatorio"
            | "Instituto"
            | "Istituto"
            | "Laboratorio"
            | "Laboratoire"
            | "Fundación"
            | "Fundação"
            | "Fondazione"
            | "Fondation"
            | "Stiftung"
            | "Ministerio"
            | "Ministère"
            | "Ministério"
            | "Ministero"
            | "Partido"
            | "Partito"
            | "Banco"
            | "Banca"
            | "Compagnie"
            | "Compañía"
            | "Companhia"
            | "Sociedad"
            | "Société"
            | "Società"
            | "Gesellschaft"
            | "Verein"
            | "Asociación"
            | "Associação"
            | "Associazione"
            | "Federación"
            | "Fédération"
            | "Federazione"
            | "Academia"
            | "Académie"
            | "Accademia"
            | "Akademie"
            | "Bibliotheek"
            | "Bibliothèque"
            | "Biblioteca"
    )
}

/// The end of a broadcaster's channel starting at `a` within the run `a..b`: a news outlet of one
/// word, a channel noun ("Radio", "TV", "Television", "News") and at most one word that names
/// the station, a place or a number ("BBC Radio Kent", "BBC Radio 4", "ITV News Wales"), or a
/// word no list knows ("BBC Radio Norbury"). A
/// station is one organisation: "Kent" is where it broadcasts, not a place the text mentions.
/// The number may follow the run (a digit is no capitalised word) and is released from the
/// number rule, which ran first.
pub(crate) fn channel(cx: &mut Ctx, a: usize, b: usize) -> Option<usize> {
    if a + 1 >= b
        || cx.entity_flags(a) & cat::NEWS == 0
        || !["Radio", "TV", "Television", "News"]
            .iter()
            .any(|w| cx.word_is(a + 1, w))
    {
        return None;
    }
    let next = a + 2;
    // "BBC Radio Norbury": a word no list knows names the station too, unless it is a common
    // word, a title or a given name that opens a person's name ("BBC News Tom Hale" is the
    // outlet and a person). A given name that ends the run is the station's town ("BBC Radio
    // Kelby"), unless a verb of speech follows ("BBC News Tom said").
    let given_name_alone =
        || next + 1 == b && !(b < cx.toks.len() && cx.is_a(b, crate::words::class::CUE_VERB));
    if next < b
        && (cx.entity_flags(next) & (cat::COUNTRY | cat::CITY | cat::STATE | cat::REGION) != 0
            || cx.cap(next)
                && !cx
                    .lex(next)
                    .any(cat::COMMON | cat::TITLE | cat::HONORIFIC | cat::JOB | super::ENTITY_CATS)
                && (!cx.lex(next).any(cat::GIVEN) || given_name_alone()))
    {
        return Some(next + 1);
    }
    if next == b && channel_number(cx, a + 1) {
        cx.release_number(next);
        return Some(next + 1);
    }
    Some(next)
}

/// Whether the channel noun at `i` ("Radio", "TV", "Television", "News") has a station's
/// number of one or two digits after it ("Radio 4", "News 24").
pub(crate) fn channel_number(cx: &Ctx, i: usize) -> bool {
    let n = i + 1;
    ["Radio", "TV", "Television", "News"]
        .iter()
        .any(|w| cx.word_is(i, w))
        && n < cx.toks.len()
        && cx.len(n) <= 2
        && cx.t(n).bytes().all(|c| c.is_ascii_digit())
        && !cx.word_is(n + 1, "%")
}

/// Drops the acronyms the text defines as short for a common noun phrase in lower case: "compact
/// fluorescent lamps (CFL)" makes every "CFL" of the text a term, not an organisation.
///
/// Other uses make an acronym a term too: a plural ("CFLs", so "CFL" is a lamp), an indefinite
/// article before it with no noun after it ("an ATM was installed", not "a NATO summit"), or a
/// number before it ("40 DKK").
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn drop_term_acronyms(cx: &mut Ctx) {
    use crate::segment::{TokenKind, ALL_CAPS};
    // Only acronyms no list knows are dropped: nothing to do without one.
    if !cx.found.iter().any(|f| f.source == super::Source::Acronym) {
        return;
    }
    let mut terms: Vec<&str> = Vec::new();
    let bytes = cx.text.as_bytes();
    let acronym_shaped =
        |w: &str| (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase());
    for i in 1..cx.toks.len().saturating_sub(1) {
        // Flags first: most words are not capitalised.
        let t = cx.toks[i];
        if !t.has(CAPITALIZED) || t.kind() != TokenKind::Word {
            continue;
        }
        if !t.has(ALL_CAPS) {
            // A plural: capitals and a small "s" ("CFLs").
            let (a, b) = (t.span().start as usize, t.span().end as usize);
            if b - a >= 3 && bytes[b - 1] == b's' && bytes[b - 2].is_ascii_uppercase() {
                let stem = &cx.text[a..b - 1];
                if acronym_shaped(stem) {
                    terms.push(stem);
                }
            }
            continue;
        }
        let acronym = cx.t(i);
        if !acronym_shaped(acronym) {
            continue;
        }
        // Defined in brackets after a lower-case expansion.
        let defined = cx.word_is(i - 1, "(")
            && cx.word_is(i + 1, ")")
            && lower_case_expansion(cx, i - 1, acronym.as_bytes());
        // After a number ("40 DKK"), or after "a"/"an" with no noun after it.
        let number = cx.toks[i - 1].kind() == TokenKind::Number;
        let indefinite = (cx.is(i - 1, "a") || cx.is(i - 1, "an"))
            && (cx.toks[i + 1].kind() == TokenKind::Punct
                || cx.is_a(
                    i + 1,
                    crate::words::class::PREPOSITION
                        | crate::words::class::AUX_OR_ADVERB
                        | crate::words::class::CLAUSE_WORD
                        | crate::words::class::DETERMINER,
                ));
        if defined || number || indefinite {
            terms.push(acronym);
        }
    }
    if terms.is_empty() {
        return;
    }
    let text = cx.text;
    let drop: Vec<bool> = cx
        .out
        .iter()
        .zip(&cx.found)
        .map(|(m, f)| f.source == super::Source::Acronym && terms.contains(&m.span.text(text)))
        .collect();
    if !drop.contains(&true) {
        return;
    }
    let mut k = 0;
    cx.out.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    let mut k = 0;
    cx.found.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// Whether the words before token `open` (a bracket) are lower-case words whose initials spell
/// `letters`, minor words ("of", "and") skipped.
fn lower_case_expansion(cx: &Ctx, open: usize, letters: &[u8]) -> bool {
    let mut want = letters.len();
    let mut i = open;
    while want > 0 && i > 0 && open - i < 2 * letters.len() + 2 {
        i -= 1;
        let t = &cx.toks[i];
        if t.kind() != crate::segment::TokenKind::Word {
            return false;
        }
        let w = cx.t(i).as_bytes();
        if !w[0].is_ascii_lowercase() {
            return false;
        }
        if w[0].eq_ignore_ascii_case(&letters[want - 1]) {
            want -= 1;
        } else if !matches!(
            cx.t(i),
            "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a"
        ) {
            return false;
        }
    }
    want == 0
}

/// Gives a lone acronym the type of the longer name it abbreviates ("JSC" after "Johnson Space
/// Center" is a place).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn retype_acronyms(cx: &mut Ctx) {
    let text = cx.text;
    let mut place_initials: crate::lexicon::hash::FxHashSet<String> = cx
        .out
        .iter()
        .filter(|o| o.kind == EntityType::Place && o.span.text(text).contains(' '))
        .map(|o| initials(o.span.text(text)))
        .collect();
    place_initials.extend(
        cx.out
            .iter()
            .filter(|o| airport_code(text, o.span))
            .map(|o| o.span.text(text).to_string()),
    );
    if place_initials.is_empty() {
        return;
    }
    for m in &mut cx.out {
        let written = m.span.text(text);
        if m.kind == EntityType::Org
            && written.len() >= 2
            && written.chars().all(|c| c.is_ascii_uppercase())
            && place_initials.contains(written)
        {
            m.kind = EntityType::Place;
        }
    }
}

/// Whether `span` is an airport's code: three capitals in brackets right after the airport's
/// name ("Zanvik Airport (ZVK)"), whose letters seldom are its initials. The code names the
/// airport, a place, wherever the text uses it again ("buses leave ZVK hourly"), not a body.
fn airport_code(text: &str, span: crate::span::Span) -> bool {
    let code = span.text(text);
    if code.len() != 3 || !code.bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let before = text[..span.start as usize].trim_end();
    let Some(name) = before.strip_suffix('(') else {
        return false;
    };
    text[span.end as usize..].starts_with(')')
        && ["Airport", "Airfield", "Aerodrome", "Air Base"]
            .iter()
            .any(|w| name.trim_end().ends_with(w))
}

/// The capital initials of the words of a name ("Johnson Space Center" → "JSC").
fn initials(name: &str) -> String {
    name.split(' ')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// The end of an "of …" tail that starts at `of` within the run ending at `b`: every word up to
/// a title ("Museum of Flight CEO …" stops before "CEO").
pub(crate) fn of_tail(cx: &Ctx, of: usize, b: usize) -> usize {
    let mut e = of + 1;
    // A title word right after "of" is part of the name ("Society for General Systems Research").
    while e < b
        && !(cx.lex(e).any(cat::TITLE | cat::HONORIFIC | cat::JOB) && e + 1 < b && e > of + 1)
    {
        e += 1;
    }
    e
}

/// Whether token `i` is an acronym that names an organisation.
pub(crate) fn is_acronym(cx: &Ctx, i: usize) -> bool {
    let w = cx.t(i);
    let n = w.chars().count();
    cx.caps(i)
        && (3..=6).contains(&n)
        && w.chars().all(|c| c.is_alphabetic() || c == '&')
        && !super::numeric::is_time_zone(w)
        // "Benedict XVI": a regnal number after a name.
        && !(i > 0 && cx.cap(i - 1) && super::names::regnal_number(cx, i))
        && !cx.lex(i).any(cat::TITLE | cat::HONORIFIC | cat::JOB | cat::COUNTRY | cat::STATE)
        // A common word in capitals is an acronym ("DAB") unless it is a word people shout.
        && !(cx.lex(i).any(cat::COMMON) && (n < 3 || is_shouted(w) || in_capitals_run(cx, i)))
        && !is_term(w)
}

/// Whether the word at `i` stands beside another word in capitals: a heading or a line set in
/// capitals ("ANN MARSH SAID: …"), where a common word is in capitals for style, not an acronym.
fn in_capitals_run(cx: &Ctx, i: usize) -> bool {
    let capitals = |k: usize| {
        k < cx.toks.len() && cx.toks[k].kind() == TokenKind::Word && cx.caps(k) && cx.len(k) >= 2
    };
    (i > 0 && capitals(i - 1)) || capitals(i + 1)
}

/// Acronyms of things rather than bodies: science and medicine ("DNA samples"), devices, economic
/// measures ("the GNP"), currencies ("USD"), honours ("DBE"), sports statistics ("RBI") and
/// everyday abbreviations ("POV"). Written from general knowledge.
fn is_term(w: &str) -> bool {
    const TERMS: [&str; 99] = [
        // Science, medicine.
        "DNA", "RNA", "MRNA", "HIV", "MRI", "ECG", "EKG", "EEG", "ICU", "ADHD", "PTSD", "BMI",
        "GMO", "IVF", "LSD", "THC", "CBD", "PPE", "UVA", "UVB", "PCR", "STD", "STI",
        // Devices and computing.
        "LED", "OLED", "LCD", "CFL", "SUV", "ATM", "PIN", "GPS", "DVD", "USB", "CPU", "GPU", "RAM",
        "PDF", "URL", "HTML", "API", "CGI", "HDTV", "ROV", "UAV", "VPN", "SMS", "LTE",
        // Economics and money.
        "GDP", "GNP", "FDI", "CPI", "VAT", "IPO", "ETF", "USD", "EUR", "GBP", "JPY", "CNY", "AUD",
        "CAD", "CHF", "INR", "RMB", "HKD", // Honours and degrees.
        "OBE", "MBE", "CBE", "DBE", "KBE", "MBA", "BSC", "MSC", // Sports statistics.
        "MVP", "RBI", "ERA", // Everyday abbreviations.
        "POV", "FAQ", "DIY", "VIP", "ASAP", "RSVP", "LOL", "OMG", "TBA", "TBD", "ETA", "AKA",
        "UFO", "WMD", "IED", "AWOL", "LGBT", "LGBTQ", "BCE", "ISBN", "NGO", "RPG", "NPC",
    ];
    TERMS.contains(&w)
}

/// Words written in capitals for emphasis rather than as acronyms; speech verbs among them, so
/// that "The council SAID the plan …" keeps its cue.
fn is_shouted(w: &str) -> bool {
    const WORDS: [&str; 46] = [
        "THE", "AND", "BUT", "NOT", "NEVER", "VERY", "MUST", "ALL", "NOW", "ONLY", "YES", "STOP",
        "HELP", "FREE", "NEW", "BIG", "WHAT", "WHY", "HOW", "WHO", "YOU", "ARE", "WAS", "WERE",
        "THIS", "THAT", "FOR", "WITH", "OUR", "HIS", "HER", "BREAKING", "UPDATE", "WARNING",
        "NOTE", "LIVE", "WATCH", "READ", "MORE", "SALE", "SAID", "SAYS", "TOLD", "ASKED", "ADDED",
        "WROTE",
    ];
    WORDS.contains(&w)
}
