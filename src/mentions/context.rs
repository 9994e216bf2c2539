//! Organisations in no list, by the words around them. Each pattern is sure enough to stand
//! whatever the entity tagger says ([`super::Source::Context`]):
//!
//! * a descriptor before the name: a determiner, up to four modifiers and an organisation noun
//!   ("the gaming company Velarion", "the pro-democracy party Lumen", "the band Duran Duran"),
//!   or a kind of company with no determiner ("automaker Halvorsen Motors", "Retailer Northwind
//!   Goods said");
//! * a descriptor after it, in apposition: "Velmora, a Hong Kong-based bank, …";
//! * a company's stock: "Zentrix shares rose", "shares in Korvath", "a stake in Sorvino";
//! * a company's founder: "she founded Zentrix", "Marta Olsen co-founded Brightwell";
//! * sports results: a name, a result verb and a name with a score ("Leeds beat Chelsea 2-1"),
//!   or two names around a score ("Leeds 2-1 Chelsea"): both are clubs or teams; a few result
//!   phrases need no score ("BRAZIL EDGE PAST ITALY", "drew with"); in a sentence with a result, a
//!   name that wins a prize is a team too ("…, KENYA TAKE GOLD"); the subject of a result with
//!   its score and no second team is a team, and so is a name joined to it by "and" ("Celtic and
//!   Rangers drew 1-1", "… drew again"), or one before ", who" and a result with its score
//!   and the other side ("Carrow City, who drew 0-0 with Wexford"; not "Patel, who lost 7-2 in
//!   the vote"); a line of a results table ("Leeds 2 Chelsea 1",
//!   "Everton 3 3 0 0 8 2 9": see [`results_table_line`]);
//! * a name of two words or more ending in a club's word: "Bristol Rovers", "Bray Wanderers";
//!   "Harlow Town", "Stockport County" only when a result or plural verb follows and the name
//!   opens its clause ("Harlow Town lost");
//! * bodies named before a plural noun: "the State and Homeland Security departments" is two
//!   departments, `State` and `Homeland Security`;
//! * a country's armed forces: "North Korea's army" is the state acting, an organisation (its
//!   government or leaders leave it a place: "China's government"); a name before one of its
//!   players is a club: "Chelsea's goalscorer", "Kestrel striker Tom Vale", and a city's name
//!   before its staff: "Milan coach Paula Reis";
//! * a newspaper named after "the" by its last word: "the Herald", "The Scotsman", "the
//!   Yorkshire Post";
//! * a country, state or city that speaks: "Washington said", "Beijing warned" is its government
//!   (or club), an organisation (unless the text names a person so: "Denzel Washington"); a city
//!   with a plural verb is its club: "Leeds were the better side", and so is a word in "-ing"
//!   (a gerund would take a singular verb): "Reading were poor"; an initialism after "the" that
//!   speaks is a body: "The FA said";
//! * airlines: the names right after a verb of flying ("she flew Delta, United and Jetstar"), and
//!   every name of a list of three or more where one is an airline by its word ("Aeroméxico, Air
//!   Canada, American, British Airways, …");
//! * an acronym and a capitalised common noun: a publication or body ("PC Gamer", "LA Weekly",
//!   "UK Government");
//! * the names listed after a plural organisation noun and "such as", "like" or "including":
//!   "companies such as Velarion, Mott and the Brisk Group", "publications including The Dune
//!   Gazette".
//!
//! * a name set off by commas after a company's relation that "its" or a company noun's
//!   possessive owns: "The company's largest rival, Quillsoft, said", "its parent, Varnholt,";
//! * a place, not an organisation: a name set off by a comma before "a" or "an" and a noun of a
//!   settlement, "Kettleby, a fishing town of 4,000 people";
//! * a kind of firm that names no person's trade before the name or after it in apposition:
//!   "the brokerage Calder Rowe", "Harlow Mutual, the insurer,"; a club after a nationality:
//!   "Dutch club Vitesse"; the sides of a fixture: "Celtic, who lead …, host Aberdeen";
//!
//! * a political group and "party" in lower case: "the Republican party";
//! * a country or state that is a party to a case: "Greer v. United States", or named as a
//!   polity with no preposition of place before it: "The State of Ohio appealed" (not "schools
//!   in the State of Ohio").
//!
//! A stretch that looks like a person's name (a given name and another word) is left alone.

use std::ops::Range;

use super::wordbits::*;
use super::{Ctx, Source};
use crate::analysis::EntityType;
use crate::lexicon::cat;
use crate::segment::{TokenKind, SPACE_BEFORE};
use crate::words::class;
use crate::words::place_noun;

/// Finds the organisations of one sentence by context.
///
/// Each pattern needs a word of its own short list (or a word in capitals) inside the sentence,
/// so one look at every token's [`wordbits`](super::wordbits) skips the patterns whose trigger
/// words are absent; a skipped pattern would have found nothing.
///
/// Never inlined in the wasm build: inlined into `find_mentions_with`, it made that function big
/// enough that the sample's analysis sent it to V8's optimising compiler (TurboFan), 24 ms of CPU
/// on the page's two cores while the first report was drawn; alone, it tiers up in 10–11 ms
/// (tests/e2e/load-trace.js lists what tiers up before the first highlight).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find(cx: &mut Ctx, range: Range<usize>) {
    let mut has = 0;
    let mut caps = false;
    let mut classes = 0;
    let mut inter = false;
    let mut percent_sign = false;
    for i in range.clone() {
        has |= cx.wb(i);
        percent_sign |= cx.first_byte(i) == b'%';
        caps |= cx.caps(i);
        classes |= cx.class(i);
        inter |= cx.first_byte(i) == b'I' && cx.len(i) == 5;
    }
    if classes & class::MARKET_NOUN != 0 {
        company_by_stock(cx, range.clone());
    }
    if classes & class::PERCENT != 0 || percent_sign {
        market_mover(cx, range.clone());
    }
    // "Inter Milan beat …": before the sports patterns read "Milan" alone.
    if inter {
        for k in range.clone() {
            if cx.first_byte(k) == b'I' && cx.len(k) == 5 {
                inter_club(cx, range.end, k);
            }
        }
    }
    let all = |bits: u32| has & bits == bits;
    if caps {
        acronym_title(cx, range.clone());
    }
    if has & (PLACE_SPEECH | PLURAL_VERB) != 0 {
        speaking_place(cx, range.clone());
    }
    if all(ORG_NOUN) {
        descriptor_before(cx, range.clone());
        appositive(cx, range.clone());
    } else {
        if has & PRESS != 0 {
            // "the journal Lancet Neurology": a medium's noun that is a newspaper's word too.
            descriptor_before(cx, range.clone());
        }
        if all(POSSESSIVE | ARTICLE) {
            // "Calloway's, the auction house,": a trade's "house" is no listed noun.
            appositive(cx, range.clone());
        }
    }
    // A score ("2-1", "2 - 1") or a result verb.
    if has & (SCORE_WORD | RESULT_VERB | LOST_VERB) != 0 || all(DIGITS | SCORE_DASH) {
        sports(cx, range.clone());
    }
    if has & DIGITS != 0 {
        results_table_line(cx, range.clone());
    }
    if has & CLUB_END != 0 {
        if has & AIRLINE != 0 {
            flown_airlines(cx, range.clone());
        }
        club_names(cx, range.clone());
    }
    if all(BODY_PLURAL) {
        coordinated_bodies(cx, range.clone());
    }
    if all(ORG_PLURAL) {
        listed_examples(cx, range.clone());
    }
    if has & SQUAD_ROLE != 0 {
        club_before_role(cx, range.clone());
    }
    if all(POSSESSIVE) && has & (STATE_BODY | SQUAD_ROLE) != 0 {
        state_bodies(cx, range.clone());
    }
    if has & AIRLINE != 0 {
        airline_lists(cx, range.clone());
        air_brands(cx, range.clone());
    }
    if has & (PRESS | AIRLINE) != 0 {
        press_names(cx, range.clone());
    }
    if has & ORG_NOUN != 0 {
        trade_noun_before(cx, range.clone());
        name_before_body_noun(cx, range.clone());
    }
    // The patterns below read a sentence only when their trigger words are in it (class bits
    // set per distinct word; see `class::FOUNDED`). A text with more distinct words than the
    // tokens can tell apart shares one unclassified entry among the rest: every pattern runs.
    if cx.has_unclassified_words() {
        classes = u64::MAX;
    }
    if classes & class::FOUNDED != 0 {
        company_by_founding(cx, range.clone());
    }
    if classes & class::BUSINESS_NOUN != 0 {
        company_by_business_noun(cx, range.clone());
    }
    if classes & class::SCHOOLING_VERB != 0 {
        school_by_schooling(cx, range.clone());
    }
    if classes & class::SPOKESPERSON != 0 {
        company_by_spokesperson(cx, range.clone());
    }
    if classes & class::DEALING != 0 {
        company_by_dealings(cx, range.clone());
    }
    if all(POSSESSIVE) {
        company_by_its_parts(cx, range.clone());
    }
    if classes & class::NAME_HEAD != 0 {
        named_by_its_head(cx, range.clone());
    }
    // One pass for the patterns that start at a single word. It starts at the text's second
    // token, as most of them read the word before; those that read only after also run at the
    // first ("The booking site Tripvault said …" opening the text).
    if range.start == 0 && range.end > 1 {
        // "Labour Minister Anselm Roth said …", "Social Democrats won …" opening the text.
        if classes & class::PARTY != 0 {
            party_by_its_members(cx, range.end, 0);
            ministry_field_before_title(cx, range.end, 0);
        }
        match cx.first_byte(0) {
            first if may_name_disease(first) => disease_name(cx, range.end, 0),
            b'T' if classes & class::SERVICE_NOUN != 0 => service_named(cx, range.end, 0),
            b'I' => village_with_size_word(cx, range.end, 0),
            _ => {}
        }
    }
    for k in range.start.saturating_sub(2).max(1)..range.end.saturating_sub(1) {
        if k >= range.start && classes & class::PARTY != 0 {
            party_in_lower_case(cx, k);
            party_by_its_members(cx, range.end, k);
            ministry_field_before_title(cx, range.end, k);
        }
        // "v", "vs", "versus": tested here on the first byte, so that the other tokens cost no
        // call.
        let first = cx.first_byte(k);
        if first == b'v' {
            case_parties(cx, range.clone(), k);
        }
        if k >= range.start {
            if classes & class::STATE_WORD != 0 {
                state_as_party(cx, range.clone(), k);
            }
            if matches!(first, b'a' | b'i' | b'n' | b'o') {
                venue(cx, range.end, k);
            }
            // "in", "of" (any case), "near", "via": the words `lone_place` reads after.
            if matches!(first, b'i' | b'I' | b'o' | b'O' | b'n' | b'v') {
                if first == b'o' {
                    place_after_kind_of_place(cx, range.end, k);
                }
                if first == b'i' || first == b'I' {
                    village_with_size_word(cx, range.end, k);
                }
                lone_place(cx, range.end, k);
            }
            if may_name_disease(first) {
                disease_name(cx, range.end, k);
            }
            if first == b'S' {
                saint_place(cx, range.clone(), k);
            } else if first == b',' {
                at_comma(cx, range.clone(), k);
            } else if first == b'&' {
                ampersand_firm(cx, range.clone(), k);
            } else if first == b'T' {
                if classes & class::SERVICE_NOUN != 0 {
                    service_named(cx, range.end, k);
                }
            } else if first == b't' {
                if classes & class::SERVICE_NOUN != 0 {
                    service_named(cx, range.end, k);
                }
                if cx.len(k) <= 4 {
                    medium_spoken_to(cx, range.end, k);
                }
                lifted_in_table(cx, range.clone(), k);
                place_before_landform(cx, range.end, k);
            } else if first == b'f' {
                from_club_or_town(cx, range.end, k);
                fixture_sides(cx, range.clone(), k);
            } else if first == b'h' {
                fixture_sides(cx, range.clone(), k);
            } else if first == b'b' {
                publisher_after_by(cx, range.clone(), k);
            } else if first == b'r' || first == b'R' {
                rivals_named(cx, range.clone(), k);
            }
        }
    }
}

/// A firm named by two names joined by "&" ("Marks & Spencer", "Pacific Gas & Electric",
/// "Simon & Schuster"): an ampersand between capitalised words joins partners, not people, in
/// news. The names on both sides are one organisation, unless a rule already took either side,
/// they are cited authors ("(Baron & Beresford 2014)", "Carrano & Biewener's study") or streets
/// that meet ("the corner of Priest & Washington").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn ampersand_firm(cx: &mut Ctx, range: Range<usize>, k: usize) {
    if k + 1 >= range.end || !name_word(cx, k + 1) {
        return;
    }
    let (Some(a), Some(b)) = (name_to(cx, k, range.start), name_from(cx, k + 1, range.end)) else {
        return;
    };
    // A name ending in an abbreviation ("Smith & Wesson Brands Inc.", "Holt & Co.") is the
    // organisation rules' to read, with the abbreviation's period.
    if b < range.end && cx.is(b, ".") && cx.t(b - 1).len() <= 4 {
        return;
    }
    // A citation's authors: "(Baron & Beresford 2014)", "Dye & Bavelier, 2010".
    let year_at =
        |q: usize| q < range.end && cx.t(q).len() == 4 && cx.first_byte(q).is_ascii_digit();
    let cited = (a > range.start && cx.is(a - 1, "("))
        || year_at(b)
        || (b < range.end && cx.is(b, ",") && year_at(b + 1));
    // "In Carrano & Biewener's study": authors own a study, a paper or their findings.
    let study = possessive_at(cx, b) && b + 1 < range.end && is_study_noun(cx.t(b + 1));
    // "the corner of Priest & Washington", "Elm & Main streets": streets that meet.
    let corner = (a >= range.start + 2
        && cx.is(a - 1, "of")
        && matches!(
            cx.t(a - 2),
            "corner" | "intersection" | "junction" | "crossroads"
        ))
        || (b < range.end && matches!(cx.t(b), "streets" | "avenues" | "roads" | "Streets"));
    if cited || study || corner {
        return;
    }
    cx.emit(a, b, EntityType::Org, None, Source::Context);
}

/// "A late goal lifts Harlow to fourth", "Vale's win sent Marlow Rovers to the top": a name
/// between a verb of lifting and "to" and a place in the table (an ordinal, "top", "bottom") is
/// a club, when the sentence names a goal or the table (a driver or golfer also climbs to fourth,
/// after a lap or a round). A name that reads as a person's is left alone. `k` is "to".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn lifted_in_table(cx: &mut Ctx, range: Range<usize>, k: usize) {
    const LIFTS: [&str; 14] = [
        "lifts", "lifted", "lift", "sends", "sent", "send", "takes", "took", "moves", "moved",
        "puts", "keeps", "kept", "pushes",
    ];
    const PLACES: [&str; 14] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "top", "bottom", "the", "within",
    ];
    const TABLE: [&str; 8] = [
        "goal",
        "goals",
        "header",
        "penalty",
        "equaliser",
        "equalizer",
        "table",
        "League",
    ];
    let any = |list: &[&str], q: usize| crate::words::any_ignore_case(list, cx.t(q));
    if !cx.is(k, "to") || k + 1 >= range.end || !any(&PLACES, k + 1) {
        return;
    }
    // "to the top", "to within a point of".
    if (cx.is(k + 1, "the") && !(k + 2 < range.end && cx.is(k + 2, "top")))
        || (cx.is(k + 1, "within") && !(k + 2 < range.end && cx.is(k + 2, "a")))
    {
        return;
    }
    let Some(a) = name_to(cx, k, range.start) else {
        return;
    };
    if a == range.start || !any(&LIFTS, a - 1) || (a..k).any(|q| cx.claimed[q]) {
        return;
    }
    if range.clone().any(|q| any(&TABLE, q)) {
        emit_org(cx, a, k);
    }
}

/// A noun of what researchers write or find, owned by a citation's authors ("Carrano &
/// Biewener's study").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_study_noun(w: &str) -> bool {
    const WORDS: [&str; 12] = [
        "study",
        "studies",
        "paper",
        "papers",
        "experiment",
        "experiments",
        "findings",
        "model",
        "analysis",
        "review",
        "data",
        "results",
    ];
    crate::words::any_ignore_case(&WORDS, w)
}

/// "Inter Milan", "Inter Miami": "Inter" before a city of the lexicon is a club, one
/// organisation (not the place and a stray word).
fn inter_club(cx: &mut Ctx, end: usize, k: usize) {
    if k + 1 < end
        && cx.word_is(k, "Inter")
        && !cx.claimed[k]
        && !cx.claimed[k + 1]
        && !(k + 2 < end && cx.cap(k + 2))
        && one_city(cx, k + 1, k + 2)
    {
        cx.emit(k, k + 2, EntityType::Org, None, Source::Context);
    }
}

/// "fans in St. Helens", "flew to Saint Vincent", "St Albans won": a saint's name of one word
/// that no list knows whole is a town or island more often than the saint, so a place, unless the
/// word is a given name ("St. Nicholas", "St Jerome"): then only after a preposition of place
/// ("in St Anne", "to Saint Lucia"). A longer run ("St Helens Council", "St Anne's College") and
/// a possessive are the name rules' to read. "San", "Santa", "Santo" and "São" only after such a
/// preposition and before no given name ("at San Siro", a ground; "San" is a given name too).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn saint_place(cx: &mut Ctx, range: Range<usize>, k: usize) {
    // "at San Siro", "in São Tomé": a saint in Italian, Spanish or Portuguese, read only after a
    // preposition of place and before a word that is no given name ("San" is one too).
    let abroad = ["San", "Santa", "Santo", "São"]
        .iter()
        .any(|w| cx.word_is(k, w));
    if !(abroad || cx.word_is(k, "St") || cx.word_is(k, "Saint")) || cx.claimed[k] {
        return;
    }
    // "12 Elm St. Police said", "Ann St. Clair": a street's abbreviation or a surname's part
    // after a capitalised word or a number.
    if k > range.start && (cx.cap(k - 1) || cx.caps(k - 1) || cx.first_byte(k - 1).is_ascii_digit())
    {
        return;
    }
    // "St." with its period.
    let mut i = k + 1;
    if i < range.end && cx.t(i) == "." && !cx.toks[i].has(SPACE_BEFORE) {
        i += 1;
    }
    if i >= range.end || !cx.cap(i) || cx.caps(i) || cx.claimed[i] || cx.lex(i).any(cat::COMMON) {
        return;
    }
    if i + 1 < range.end && (cx.cap(i + 1) || possessive_at(cx, i + 1) || cx.is(i + 1, "-")) {
        return;
    }
    if matches!(super::names::longest(cx, k, range.end, super::ENTITY_CATS), Some((m, _)) if m > k + 1)
    {
        return;
    }
    let given = cx.lex(i).any(cat::GIVEN | cat::KNOWN_PERSON);
    let placed = k > range.start
        && ["in", "to", "from", "at", "near", "via", "outside"]
            .iter()
            .any(|w| cx.is(k - 1, w));
    // "hills north of Santa Rosita": a compass point and "of" place the saint's name, whatever
    // the word after it.
    let compass = k > range.start + 1 && of_after_compass_point(cx, k - 1);
    if abroad && compass {
        cx.emit(k, i + 1, EntityType::Place, None, Source::Context);
        return;
    }
    if abroad && (given || !placed) {
        return;
    }
    if !given || placed {
        cx.emit(k, i + 1, EntityType::Place, None, Source::Context);
    }
}

/// "Fans gathered at Brennan Park", "the final in Corvell Arena", "scored at Meadow Lane": two to
/// four capitalised words ending in a venue's or street's noun ("Park", "Stadium", "Arena",
/// "Field", "Ground", "Lane", "Road") after "at", "in",
/// "near" or "outside" at `k` are the ground, a place, though the words before the noun are a
/// person's names ("Brennan", "Park"): not before a possessive, nor after a title.
fn venue(cx: &mut Ctx, end: usize, k: usize) {
    if !crate::words::any_exact(&["at", "in", "near", "outside"], cx.t(k)) {
        return;
    }
    let a = k + 1;
    let Some(b) = name_from(cx, a, end) else {
        return;
    };
    if b < a + 2
        || b > a + 4
        || !crate::words::any_exact(
            &[
                "Park", "Stadium", "Arena", "Field", "Ground", "Lane", "Road",
            ],
            cx.t(b - 1),
        )
        || possessive_at(cx, b)
        || (a..b).any(|q| cx.claimed[q])
        || cx.entity_flags(a) & (cat::TITLE | cat::HONORIFIC | cat::KNOWN_PERSON) != 0
        // "at Nathan Lane": a given name and a surname that is also a street's word is a person.
        || b == a + 2 && cx.word_is(b - 1, "Lane") && cx.lex(a).any(cat::GIVEN)
    {
        return;
    }
    cx.emit(a, b, EntityType::Place, None, Source::Context);
}

/// Whether token `of` is "of" after a lower-case compass point ("north of", "west of"), with
/// `of > 0`.
fn of_after_compass_point(cx: &Ctx, of: usize) -> bool {
    of > 0 && cx.is(of, "of") && matches!(cx.t(of - 1), "north" | "south" | "east" | "west")
}

/// "the Red Lion in Little Marston", "a farm in Upper Tadwell": a word of size or age and a
/// capitalised word after "in", the two alone, is a village's name, not a person's. Not a listed
/// people or organisation ("in New Labour", "in Old English") nor a common word ("in New Year"),
/// nor a given name ("in Little Nell"), nor a title of a work after a word of watching or acting
/// in it ("He cried in Old Yeller", "a small role in Little Dorrit").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn village_with_size_word(cx: &mut Ctx, end: usize, k: usize) {
    let (i, j) = (k + 1, k + 2);
    if !cx.is(k, "in")
        || k > 0 && is_part_in_a_work(cx.t(k - 1))
        || j >= end
        || !crate::words::any_exact(
            &["Little", "Great", "Upper", "Lower", "Old", "New"],
            cx.t(i),
        )
        || !cx.cap(j)
        || cx.caps(j)
        || cx.claimed[i]
        || cx.claimed[j]
        || j + 1 < end && (cx.cap(j + 1) || cx.caps(j + 1) || possessive_at(cx, j + 1))
    {
        return;
    }
    let e = cx.lex(j);
    if e.any(cat::COMMON | cat::ORG_WORD | cat::DEMONYM | cat::NORP_GROUP | cat::KNOWN_PERSON)
        || cx.entity_flags(j) & super::ENTITY_CATS & !(cat::CITY | cat::SURNAME) != 0
    {
        return;
    }
    cx.emit(i, j + 1, EntityType::Place, None, Source::Context);
}

/// A word before "in" and a work's title: a part in it, or a verb of acting in or watching it.
fn is_part_in_a_work(w: &str) -> bool {
    crate::words::any_exact(
        &[
            "role",
            "roles",
            "part",
            "parts",
            "cameo",
            "appearance",
            "starred",
            "starring",
            "appeared",
            "appears",
            "cried",
            "laughed",
            "acted",
            "featured",
            "cast",
        ],
        w,
    )
}

/// "the German price-comparison service Preisfuchs", "the booking site Tripvault": a kind of
/// online service after "the" (past a people and lower-case words, at most four) names the firm
/// after it, unless that is a person's name ("the site Anna Reyes runs"). Not a journal or a
/// magazine: GUM's scheme keeps a publication's title no organisation ("the journal Language").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn service_named(cx: &mut Ctx, end: usize, k: usize) {
    if !cx.is(k, "the") {
        return;
    }
    let mut j = k + 1;
    while j < end && j <= k + 4 {
        if cx.toks[j].kind() != TokenKind::Word {
            return;
        }
        if is_service_noun(cx.t(j)) {
            break;
        }
        if cx.cap(j) && !cx.lex(j).any(cat::DEMONYM) {
            return;
        }
        j += 1;
    }
    if j >= end || j > k + 4 || !name_word(cx, j + 1) {
        return;
    }
    // A bare "site" only after a word of the web's trades ("the booking site"), not a place's
    // ("the burial site Sutton Hoo", "the crash site Lockerbie").
    if cx.is(j, "site") && !(j > k + 1 && is_web_trade(cx.t(j - 1))) {
        return;
    }
    let Some(mut b) = name_from(cx, j + 1, end) else {
        return;
    };
    // "On the dating app Hinge Tara Osei met her husband": the name ends where a person's begins.
    if let Some(s) = (j + 2..b).find(|&s| person_like(cx, s, b)) {
        b = s;
    }
    if person_like(cx, j + 1, b)
        || cx.lex(j + 1).any(cat::TITLE | cat::HONORIFIC | cat::JOB)
        || (j + 1..b).any(|q| cx.entity_flags(q) & super::places::PLACE_NAME != 0)
    {
        return;
    }
    cx.emit(j + 1, b, EntityType::Org, None, Source::Context);
}

/// A kind of online service that stands before its name ("the streaming service Vidora").
fn is_service_noun(w: &str) -> bool {
    crate::words::any_exact(&["website", "site", "service", "app", "platform"], w)
}

/// A trade done on the web, before "site" ("the booking site", "a price-comparison site").
fn is_web_trade(w: &str) -> bool {
    w.ends_with("comparison")
        || crate::words::any_exact(
            &[
                "booking", "news", "dating", "shopping", "review", "betting", "auction", "travel",
                "gossip", "jobs", "social",
            ],
            w,
        )
}

/// "A poll published Sunday by El Mirador", "commissioned by La Brújula": a Spanish, French or
/// Italian article and a capitalised word after "by" that follows a verb of publishing (within
/// three words) name the outlet, an organisation, not a place.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn publisher_after_by(cx: &mut Ctx, range: Range<usize>, k: usize) {
    let a = k + 1;
    if !cx.is(k, "by")
        || a + 1 >= range.end
        || !crate::words::any_exact(&["El", "La", "Le", "Les", "Los", "Las", "Il"], cx.t(a))
        || !name_word(cx, a + 1)
        || cx.claimed[a]
    {
        return;
    }
    let floor = k.saturating_sub(3).max(range.start);
    if !(floor..k).any(|q| {
        crate::words::any_exact(
            &["published", "commissioned", "conducted", "released"],
            cx.t(q),
        )
    }) {
        return;
    }
    let Some(b) = name_from(cx, a + 1, range.end) else {
        return;
    };
    // Not a place's name ("released by Los Angeles County", "by La Jolla researchers": a
    // listed name at the start of the run, a word of a place's government last, or a noun
    // after the name that it modifies).
    if (a + 2..=b).any(|q| {
        cx.entry_spanning(a, q)
            .is_some_and(|e| e.any(super::ENTITY_CATS))
    }) || crate::words::any_exact(&["County", "City"], cx.t(b - 1))
        || b < range.end
            && cx.toks[b].kind() == TokenKind::Word
            && !cx.cap(b)
            && cx.toks[b].tag().is_noun()
    {
        return;
    }
    cx.emit(a, b, EntityType::Org, None, Source::Context);
}

/// "campaigning in Wellingborough", "the mayor of Tromsø": a lone capitalised word that no list
/// knows, after "in", "near" or "via", or after "of" following a noun of a settlement ("mayor",
/// "town", "residents", "outskirts"), is a place. Only a word the lexicon has nothing for (not a
/// common word, name or organisation: "in Parliament", "in Smith"), not in capitals, not
/// followed by another capitalised word (the name rules read runs) or a possessive ("in
/// Halvorsen's view" may be a person's), nor the last word of a person's full name found
/// earlier ("in Scalia" after "Justice Antonin Scalia").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn lone_place(cx: &mut Ctx, end: usize, k: usize) {
    let i = k + 1;
    if i >= end || !cx.cap(i) || cx.caps(i) || cx.claimed[i] {
        return;
    }
    // "its plant in Kelso", "hills north of Dunmore": after a works or a compass point, a name the
    // lexicon knows only as a surname or a given name is the town.
    let sited =
        k > 0 && (cx.is(k, "in") && is_works_noun(cx.t(k - 1)) || of_after_compass_point(cx, k));
    let flags = cx.lex(i).flags;
    if flags != 0 && !(sited && flags & !(cat::SURNAME | cat::GIVEN) == 0) {
        return;
    }
    if i + 1 < end && (cx.cap(i + 1) || possessive_at(cx, i + 1) || cx.is(i + 1, "-")) {
        return;
    }
    // "in L2", "in Carrano et al. (2012)", "in Carrano and Biewener", "in Kennedy versus
    // Washington", "in Ginbot 7": a code, a citation, a case or a numbered name; "in
    // Kurdish-controlled areas": a compound adjective.
    let hyphen_tail = cx
        .t(i)
        .rsplit_once('-')
        .is_some_and(|(_, tail)| tail.bytes().next().is_some_and(|c| c.is_ascii_lowercase()));
    if hyphen_tail
        || cx.t(i).bytes().any(|c| c.is_ascii_digit())
        || i + 1 < end
            && (cx.is(i + 1, "et")
                || cx.first_byte(i + 1).is_ascii_digit()
                || cx.t(i + 1) == "("
                || ["versus", "v", "vs"].iter().any(|w| cx.word_is(i + 1, w))
                || (cx.word_is(i + 1, "and") && i + 2 < end && cx.cap(i + 2)))
    {
        return;
    }
    let after_of = cx.is(k, "of")
        && k > 0
        && crate::words::place_noun(cx.t(k - 1)) & place_noun::OF_SETTLEMENT != 0;
    // "Justice Antonin Scalia … the reasoning in Scalia": the last word of a person's full name
    // found earlier in the text is the alias pass's to read (a case, a book or the person). A
    // lone word a rule guessed a person ("Coron has taken …") does not count.
    if (after_of || sited || cx.is(k, "in") || cx.word_is(k, "near") || cx.word_is(k, "via"))
        && cx.word_marks[cx.toks[i].word() as usize] & super::FULL_NAME_END == 0
    {
        cx.emit(i, i + 1, EntityType::Place, None, Source::Context);
    }
}

/// A works or office a firm has somewhere ("its plant in Kelso").
fn is_works_noun(w: &str) -> bool {
    crate::words::any_exact(
        &[
            "plant",
            "factory",
            "site",
            "office",
            "depot",
            "warehouse",
            "mill",
            "headquarters",
        ],
        w,
    )
}

/// At "of" (`k`): "the town of Dover", "the state of Querétaro", "the northern province of
/// Ravenna": a lower-case kind of place after an article, a determiner or an adjective, "of"
/// and a name is that place, whatever the lists say of its words ("Dover" is a surname too). Not
/// an organisation by the lexicon or its structure ("the city of Westbrook Council"), nor a
/// person's full name ("the city of Ann Marsh's birth").
fn place_after_kind_of_place(cx: &mut Ctx, end: usize, k: usize) {
    if k < 2 || !cx.word_is(k, "of") || k + 1 >= end {
        return;
    }
    let noun = k - 1;
    if cx.toks[noun].kind() != TokenKind::Word
        || cx.cap(noun)
        || cx.caps(noun)
        || !is_kind_of_place(cx.t(noun))
        || cx.toks[noun - 1].kind() != TokenKind::Word
        || cx.cap(noun - 1) && !cx.starts_sentence(noun - 1)
    {
        return;
    }
    let a = k + 1;
    let Some(b) = name_from(cx, a, end) else {
        return;
    };
    // "the state of Washington Governor Jay Inslee": the place's name ends before a title or a
    // job (review rev47); "the county of Durham Constabulary" is a body, not a place.
    let b = (a + 1..b)
        .find(|&q| cx.lex(q).any(cat::TITLE | cat::JOB | cat::HONORIFIC))
        .unwrap_or(b);
    if (a..b).any(|q| cx.lex(q).any(cat::ORG_WORD)) {
        return;
    }
    // "the state of Ann Marsh's youth": a person's, maybe.
    if cx.any_claimed(a, b)
        || (a..b).any(|q| cx.caps(q))
        || b < end && matches!(cx.t(b), "'s" | "’s" | "'" | "’")
    {
        return;
    }
    let org = cx.entry_spanning(a, b).is_some_and(|e| e.any(cat::ORG))
        || super::orgs::by_structure(cx, a, b).is_some();
    // "near the town of Santa Lucera": a given name opens many towns' names; a person the
    // lists know stays one ("the city of Barack Obama" is no town).
    if !org && !known_person(cx, a, b) {
        cx.emit(a, b, EntityType::Place, None, Source::Context);
    }
}

/// At "the" (`k`): "stranded on the Gower peninsula", "the Wendle valley": one or two
/// capitalised words before a lower-case landform noun are that landform's name, a place (not
/// a person, though "Gower" is a surname), unless a list knows them as an organisation.
fn place_before_landform(cx: &mut Ctx, end: usize, k: usize) {
    const LANDFORMS: [&str; 7] = [
        "peninsula",
        "valley",
        "estuary",
        "coast",
        "coastline",
        "delta",
        "archipelago",
    ];
    if !cx.word_is(k, "the") {
        return;
    }
    let a = k + 1;
    let Some(b) = name_from(cx, a, end) else {
        return;
    };
    if b >= end
        || b > a + 2
        || !LANDFORMS.iter().any(|w| cx.word_is(b, w))
        || cx.any_claimed(a, b)
        // "the Syrian coast": a nationality is no landform's name.
        || (a..b).any(|q| cx.caps(q) || cx.entity_flags(q) & (cat::ORG | cat::DEMONYM) != 0)
    {
        return;
    }
    cx.emit(a, b, EntityType::Place, None, Source::Context);
}

/// A kind of place named before "of" and its name ("town", "province").
fn is_kind_of_place(w: &str) -> bool {
    crate::words::place_noun(w) & place_noun::KIND != 0
}

/// At "from" (`k`): "signed from Ajax", "joined from Bishop's Stortford", "on loan from Dunmore":
/// after a verb of a transfer, the name is the club or employer the player or worker left, an
/// organisation (a country is no club: "signed from Brazil"). Elsewhere, a town whose name holds
/// a possessive after a title ("from Bishop's Stortford", "from King's Lynn") is a place.
fn from_club_or_town(cx: &mut Ctx, end: usize, k: usize) {
    if !cx.word_is(k, "from") || k == 0 || k + 1 >= end {
        return;
    }
    let a = k + 1;
    let town = possessive_town(cx, a, end);
    // Not a loan of money or a transfer of funds ("a $2 billion loan from Beijing", "cash
    // transferred from Boston"): "on loan" only.
    let transfer = ["signed", "joined", "loaned", "re-signed"]
        .iter()
        .any(|w| cx.word_is(k - 1, w))
        || k >= 2 && cx.word_is(k - 1, "loan") && cx.word_is(k - 2, "on");
    if transfer {
        let Some(b) = town.or_else(|| name_from(cx, a, end)) else {
            return;
        };
        let country = b == a + 1 && cx.entity_flags(a) & (cat::COUNTRY | cat::STATE) != 0
            || cx
                .entry_spanning(a, b)
                .is_some_and(|e| e.any(cat::COUNTRY | cat::STATE));
        if !country && !cx.any_claimed(a, b) {
            cx.emit(a, b, EntityType::Org, None, Source::Context);
        }
    } else if let Some(b) = town {
        cx.emit(a, b, EntityType::Place, None, Source::Context);
    }
}

/// Words of a post before its job noun ("Interim boss", "Acting captain"): no club and no name.
pub(super) const POST_WORDS: [&str; 7] = [
    "Interim",
    "Acting",
    "Caretaker",
    "Former",
    "Outgoing",
    "Joint",
    "New",
];

/// At "host" or "face" (`k`): "Celtic, who lead the league by three points, host Aberdeen on
/// Sunday", "Dunmore face Kelby": a one-word name opening the sentence with the plural verb of a
/// fixture (right before it or before ", who …,") is a side, and so is a town or a name no list
/// knows right after the verb, its opponent. Not a person's name, a country or a people
/// ("Americans host …").
fn fixture_sides(cx: &mut Ctx, range: Range<usize>, k: usize) {
    if k < range.start + 1 || k + 2 > range.end || !matches!(cx.t(k), "host" | "face") {
        return;
    }
    let mut s = k;
    if cx.word_is(k - 1, ",") {
        let who = (range.start + 2..k - 1)
            .rev()
            .find(|&q| cx.is(q, "who") && cx.word_is(q - 1, ","));
        let Some(w) = who else {
            return;
        };
        s = w - 1;
    }
    let a = range.start;
    if s != a + 1 || !name_word(cx, a) || cx.caps(a) {
        return;
    }
    let e = cx.lex(a);
    let people = e.any(cat::NORP_GROUP) || e.any(cat::DEMONYM) && cx.t(a).ends_with('s');
    if people
        || e.any(cat::GIVEN | cat::KNOWN_PERSON | cat::COUNTRY | cat::STATE)
        || e.any(cat::COMMON) && !e.any(cat::DEMONYM)
    {
        return;
    }
    let o = k + 1;
    let Some(b) = name_from(cx, o, range.end) else {
        return;
    };
    if b != o + 1 || !(one_city(cx, o, b) || cx.lex(o).flags == 0) || cx.caps(o) {
        return;
    }
    // "host Aberdeen on Sunday", "face Kelby tonight": after the opponent a break, a time or a
    // place; "Eurovision host Liverpool said" is the noun (review rev51).
    let fixture_end = b >= range.end
        || [
            "on", "at", "in", "this", "next", "tonight", "tomorrow", "today", "and", "with", "for",
            "after", "before", ",", ".", ";", ":", "(",
        ]
        .iter()
        .any(|w| cx.word_is(b, w));
    if !fixture_end {
        return;
    }
    cx.emit(a, s, EntityType::Org, None, Source::Context);
    cx.emit(o, b, EntityType::Org, None, Source::Context);
}

/// "Bishop's Stortford", "King's Lynn": a title's possessive and one capitalised word that ends
/// the name (no capitalised word after it: not "Queen's Park Rangers"), a town. The end of it.
pub(super) fn possessive_town(cx: &Ctx, a: usize, end: usize) -> Option<usize> {
    let shaped = a + 2 < end
        && ["Bishop", "King", "Queen", "Bishops"]
            .iter()
            .any(|w| cx.word_is(a, w))
        && possessive_at(cx, a + 1)
        && cx.cap(a + 2)
        && !cx.lex(a + 2).any(cat::COMMON)
        && !(a + 3 < end && (cx.cap(a + 3) || cx.caps(a + 3)));
    shaped.then_some(a + 3)
}

/// The patterns at a comma `c`: [`place_appositive`] and [`relation_appositive`]. Called from
/// the loop over single words on the first byte it already reads, and kept out of line: inlined
/// there, the two calls cost 5.6 M instructions more on a 1 MB text (callgrind), a loop of their
/// own testing each token's first byte 4.9 M, and a search for commas in the sentence's bytes
/// (`str::match_indices`) 5.2 M.
#[inline(never)]
fn at_comma(cx: &mut Ctx, range: Range<usize>, c: usize) {
    company_before_which(cx, range.clone(), c);
    place_appositive(cx, range.clone(), c);
    relation_appositive(cx, range.clone(), c);
    home_after_name(cx, range, c);
}

/// "Margaret Ellis, 81, of Holt", "Storm Okafor, of Kelby.": after a person's name and an age
/// set off by commas, or after the name alone when "of" and a name end the phrase, that name is
/// the person's home, a place (a person's own name never follows), unless it is an organisation
/// by the lexicon or its structure ("Tom Vale, 52, of Kestrel Foods"). `c` is the first comma.
fn home_after_name(cx: &mut Ctx, range: Range<usize>, c: usize) {
    let end = range.end;
    if c <= range.start || c + 2 >= end || !cx.cap(c - 1) {
        return;
    }
    let aged = c + 4 < end
        && cx.wb(c + 1) & DIGITS != 0
        && cx.word_is(c + 2, ",")
        && cx.word_is(c + 3, "of");
    // "named the driver as Storm Okafor, of Kelby.": with no age, "of" and a name that ends the
    // phrase after a person's name of two or three words ([`person_before_comma`]).
    let bare = !aged && cx.word_is(c + 1, "of") && person_before_comma(cx, range.start, c);
    if !aged && !bare {
        return;
    }
    let a = if aged { c + 4 } else { c + 2 };
    let Some(b) = name_from(cx, a, end) else {
        return;
    };
    if bare && b < end && cx.toks[b].kind() != TokenKind::Punct {
        return;
    }
    let org = cx.entry_spanning(a, b).is_some_and(|e| e.any(cat::ORG))
        || super::orgs::by_structure(cx, a, b).is_some();
    if !org && !person_like(cx, a, b) {
        cx.emit(a, b, EntityType::Place, None, Source::Context);
        // "of Wilmslow, Cheshire,": a name after the town and a comma, ending the phrase, is
        // its county or state (a place, though "Cheshire" is a surname too). Not the next
        // person of a list ("of Dunsford, Tom Reed, 61, of Kelby": a given name, or an age
        // after the name's comma).
        let comma = b;
        // (Not after a name with no age: "Storm Okafor, of Springfield, Va." is the names'.)
        if aged && comma + 2 <= end && cx.word_is(comma, ",") {
            if let Some(d) = name_from(cx, comma + 1, end) {
                let ends = d >= end || cx.toks[d].kind() == TokenKind::Punct;
                let next_person = cx.lex(comma + 1).any(cat::GIVEN)
                    || d + 1 < end && cx.word_is(d, ",") && cx.wb(d + 1) & DIGITS != 0;
                if ends && d <= comma + 3 && !next_person && !cx.any_claimed(comma + 1, d) {
                    cx.emit(comma + 1, d, EntityType::Place, None, Source::Context);
                }
            }
        }
    }
}

/// Whether the name before the comma at `c` reads as a person's: two or three capitalised words,
/// no organisation or place by the lexicon or by structure ("Storm Okafor", not "Kestrel Foods"
/// or "Hull City").
fn person_before_comma(cx: &Ctx, floor: usize, c: usize) -> bool {
    const PLACES: u32 = cat::COUNTRY | cat::CITY | cat::STATE | cat::REGION | cat::ORG;
    let Some(a) = name_to(cx, c, floor) else {
        return false;
    };
    (2..=3).contains(&(c - a))
        && (a..c).all(|q| cx.entity_flags(q) & PLACES == 0 && !cx.caps(q))
        && cx.entry_spanning(a, c).is_none_or(|e| !e.any(PLACES))
        && super::orgs::by_structure(cx, a, c).is_none()
        && !super::places::by_structure(cx, a, c)
}

/// "Kettleby, a fishing town of 4,000 people": a name set off by a comma before "a" or "an", up
/// to three lower-case words and a noun of a settlement, is a place. The noun ends its phrase
/// (punctuation, or "of", "in", "on", "near", "where", "with", "that" after it: not "a town
/// councillor"), and a name that reads as a person's is left alone. `c` is the comma.
fn place_appositive(cx: &mut Ctx, range: Range<usize>, c: usize) {
    const NEXT: [&str; 7] = ["of", "in", "on", "near", "where", "with", "that"];
    if c <= range.start || c + 2 >= range.end || !cx.is(c + 1, "a") && !cx.is(c + 1, "an") {
        return;
    }
    let mut noun = None;
    for q in c + 2..(c + 6).min(range.end) {
        if cx.toks[q].kind() != TokenKind::Word || cx.cap(q) || cx.caps(q) {
            break;
        }
        if crate::words::place_noun(cx.t(q)) & place_noun::APPOSITIVE != 0 {
            noun = Some(q);
            break;
        }
    }
    let Some(q) = noun else {
        return;
    };
    let ends = q + 1 >= range.end
        || cx.toks[q + 1].kind() == TokenKind::Punct && !possessive_at(cx, q + 1)
        || NEXT.iter().any(|w| cx.word_is(q + 1, w));
    if !ends {
        return;
    }
    if let Some(a) = name_to(cx, c, range.start) {
        if !person_like(cx, a, c) && !(a..c).any(|k| cx.claimed[k]) {
            cx.emit(a, c, EntityType::Place, None, Source::Context);
        }
    }
}

/// "The company's largest rival, Quillsoft, said", "its parent, Harlow Group,": a name set off
/// by commas after a company's relation ("rival", "parent", "subsidiary"…) that "its" or a
/// company noun's possessive ("the company's", "the bank's") owns, within four words, is an
/// organisation. A person's relations take "his" or "her"; a name that reads as a person's is
/// left alone. `c` is the first comma.
fn relation_appositive(cx: &mut Ctx, range: Range<usize>, c: usize) {
    const RELATIONS: [&str; 9] = [
        "rival",
        "competitor",
        "parent",
        "subsidiary",
        "unit",
        "affiliate",
        "acquirer",
        "suitor",
        "partner",
    ];
    if c < range.start + 2 || c + 2 >= range.end || !RELATIONS.iter().any(|w| cx.word_is(c - 1, w))
    {
        return;
    }
    // The owner: "its", or a company noun and "'s", with only lower-case words between.
    let floor = c.saturating_sub(6).max(range.start);
    let mut owned = false;
    for q in (floor..c - 1).rev() {
        if cx.is(q, "its") {
            owned = true;
            break;
        }
        if possessive_at(cx, q) {
            owned = q > range.start && is_company_noun(cx.t(q - 1));
            break;
        }
        if cx.toks[q].kind() != TokenKind::Word || cx.cap(q) || cx.caps(q) {
            break;
        }
    }
    if !owned || !name_word(cx, c + 1) || cx.claimed[c + 1] {
        return;
    }
    if let Some(b) = name_from(cx, c + 1, range.end) {
        if b < range.end && cx.word_is(b, ",") && !is_place_or_person(cx, c + 1, b) {
            emit_org(cx, c + 1, b);
        }
    }
}

/// Companies by their stock: a name with "shares", "stock" or "stake" ("Zentrix shares rose",
/// "shares in Korvath fell", "a stake in Sorvino"). A place or person the lexicon knows keeps
/// its reading ("Tokyo shares fell"), and "shares" before a determiner or pronoun is a verb
/// ("Marta shares a flat"); a name the text used before is left to the alias pass. (A job noun and "at" before a name, "an analyst at Merrow", was
/// tried: on GUM train it also took places, "a soldier at Valley Forge".)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn company_by_stock(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    for k in range.clone() {
        // In lower case, or opening the sentence ("Shares in Korvath fell").
        if cx.is_a(k, class::MARKET_NOUN) && (k == range.start || !cx.cap(k) && !cx.caps(k)) {
            let verb_next = k + 1 < end
                && cx.is_a(
                    k + 1,
                    class::DETERMINER | class::PRONOUN_DETERMINER | class::HE | class::SHE,
                );
            if !verb_next {
                if let Some(a) = name_to(cx, k, range.start) {
                    if !is_place_or_person(cx, a, k) && !seen_before(cx, a) {
                        cx.emit(a, k, EntityType::Org, None, Source::Context);
                    }
                }
            }
            if k + 2 < end && (cx.is(k + 1, "in") || cx.is(k + 1, "of")) {
                if let Some(b) = name_from(cx, k + 2, end) {
                    if !is_place_or_person(cx, k + 2, b)
                        && !possessive_at(cx, b)
                        && !seen_before(cx, k + 2)
                    {
                        cx.emit(k + 2, b, EntityType::Org, None, Source::Context);
                    }
                }
            }
        }
    }
}

/// A company by its share price: one capitalised word no list knows, a proper noun opening its
/// clause, before a verb of the market's moves and a percentage, in a sentence about shares or
/// trading ("Velcron slid 4.5% in early trade", "Kestrix rose 12 percent as its shares …"). Not
/// a plural noun ("Evictions rose 20%"), nor a candidate in a poll ("Mamdani rose 5% in the latest
/// poll"): no market word. A word the text used before is left to the alias pass; a listed place
/// or person ("Tokyo fell 2%") keeps its reading.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn market_mover(cx: &mut Ctx, range: Range<usize>) {
    const MOVES: [&str; 18] = [
        "climbed", "dipped", "dropped", "eased", "fell", "gained", "jumped", "plunged", "rallied",
        "rose", "sank", "shed", "slid", "slipped", "slumped", "soared", "surged", "tumbled",
    ];
    const MARKET: [&str; 8] = [
        "shares", "stock", "stocks", "trade", "trading", "traded", "market", "markets",
    ];
    for k in range.start..range.end.saturating_sub(3) {
        if !opens_clause(cx, range.start, k)
            || !cx.cap(k)
            || cx.caps(k)
            || cx.claimed[k]
            || !cx.lex(k).is_empty()
            || cx.toks[k].tag() != crate::pos::Tag::Nnp
            || cx.cap(k + 1)
            || !crate::words::any_exact(&MOVES, cx.t(k + 1))
        {
            continue;
        }
        // "by" or "as much as" may come between the verb and its figure.
        let figure = (k + 2..(k + 6).min(range.end - 1)).any(|n| {
            cx.toks[n].kind() == TokenKind::Number
                && (cx.first_byte(n + 1) == b'%' || cx.is_a(n + 1, class::PERCENT))
        });
        if figure
            && !seen_before(cx, k)
            && range
                .clone()
                .any(|q| crate::words::any_ignore_case(&MARKET, cx.t(q)))
        {
            cx.emit(k, k + 1, EntityType::Org, None, Source::Context);
        }
    }
}

/// Whether the word at `k` opens its clause: the sentence (from `floor`), a comma, a quotation
/// mark, a dash, a semicolon or a colon, or a conjunction comes before it.
fn opens_clause(cx: &Ctx, floor: usize, k: usize) -> bool {
    k == floor
        || matches!(cx.t(k - 1), "," | "\"" | "“" | "”" | "—" | "–" | ";" | ":")
        || cx.wb(k - 1) & CLAUSE_OPENER != 0
}

/// Companies by their founder: the name right after "founded" or "co-founded" when a person
/// founded it ("she founded Zentrix in 2004", "Marta Olsen co-founded Brightwell"). A person
/// founds a company or a charity more often than a town; a people or a settler founding a town
/// ("the Romans founded Eboracum") is left alone, as is a place or person the lexicon knows
/// ("founded Rome") and a name the text used before (the alias pass links it).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn company_by_founding(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    for k in range.start + 1..end.saturating_sub(1) {
        let co = cx.is(k, "co-founded") || cx.is(k, "cofounded");
        if !co && !cx.is(k, "founded") {
            continue;
        }
        // The founder: "he", "she", "who" or the end of a person's name the lexicon knows, not
        // after "the" ("the Romans", a surname too).
        let p = k - 1;
        let by_person = co
            || cx.is_a(p, class::HE | class::SHE)
            || cx.is(p, "who")
            || cx.cap(p)
                && cx.lex(p).any(cat::GIVEN | cat::SURNAME | cat::KNOWN_PERSON)
                && !cx.lex(p).any(cat::DEMONYM | cat::NORP_GROUP)
                && !(p > 0 && cx.is(p - 1, "the"));
        if !by_person {
            continue;
        }
        if let Some(b) = name_from(cx, k + 1, end) {
            if !is_place_or_person(cx, k + 1, b) && !seen_before(cx, k + 1) {
                cx.emit(k + 1, b, EntityType::Org, None, Source::Context);
            }
        }
    }
}

/// Companies by their spokesperson: a name no list knows between "a" or "an" and a lower-case
/// "spokeswoman", "spokesman" or "spokesperson" ("A Quillsoft spokeswoman declined to comment"):
/// a person has no spokesperson named so, a body does. A name the lexicon knows keeps its reading
/// ("a Liberal Democrat spokesman", "a White House spokesman"), and a surname is a person's
/// ("a Johnson spokesman"). A name the text used before is read so too, and the alias pass gives
/// the earlier mention the same type ("its rival, Quillsoft, …").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn company_by_spokesperson(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 2..range.end {
        if !matches!(cx.t(k), "spokeswoman" | "spokesman" | "spokesperson") {
            continue;
        }
        let Some(a) = name_to(cx, k, range.start + 1) else {
            continue;
        };
        let known = (a..k).any(|q| {
            entity_like(cx, q)
                || cx
                    .lex(q)
                    .any(cat::DEMONYM | cat::NORP_GROUP | cat::GIVEN | cat::SURNAME)
        });
        if matches!(cx.t(a - 1), "a" | "an" | "A" | "An") && !known {
            cx.emit(a, k, EntityType::Org, None, Source::Context);
        }
    }
}

/// Companies by what only a business has or does, for a name no list knows as a place or a
/// person and that no given name or surname opens:
/// * its chief executive, shareholders, profits, board…: "Raac's chief executive", "Trimora's
///   profit rose" (a country's revenue or a senator's board are the lexicon's places and
///   people);
/// * money put into it: "invested in Vanguard funds" (after "in" a lone name reads as a place);
/// * a seller: "bought gas from Equinor", "ordered 40 jets from Avianor" (not "imported from",
///   where a place sells);
/// * a provider of data: "data from Refinitiv", "figures compiled by Kpler" ([`is_data_word`]),
///   "analysts surveyed by FactSet", "voters polled by Gallup";
/// * an employer of analysts: "analysts at Harcourt Jensen" ([`is_market_job`]);
/// * a speaker that says "it" will act ([`it_said_it_would`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn company_by_dealings(cx: &mut Ctx, range: Range<usize>) {
    for i in range.clone() {
        if !cx.cap(i) || cx.caps(i) || cx.claimed[i] || cx.toks[i].kind() != TokenKind::Word {
            continue;
        }
        if it_said_it_would(cx, i, range.end) {
            cx.emit(i, i + 1, EntityType::Org, None, Source::Context);
            continue;
        }
        if i == range.start {
            continue;
        }
        let p = i - 1;
        let first = cx.first_byte(p);
        let dealt = if first == b'f' && cx.word_is(p, "from") {
            (p.saturating_sub(4).max(range.start)..p).any(|q| is_purchase_word(cx.t(q)))
                || (p > range.start && is_data_word(cx.t(p - 1)))
        } else if first == b'b' && cx.word_is(p, "by") {
            // "data compiled by LSEG", "analysts surveyed by FactSet": a compiler of data or
            // a pollster.
            p > range.start
                && crate::words::any_exact(&["compiled", "surveyed", "polled"], cx.t(p - 1))
        } else if first == b'a' && cx.word_is(p, "at") {
            if p > range.start && is_market_job(cx.t(p - 1)) {
                employer_of_analysts(cx, i, range.end);
            }
            false
        } else if first == b'i' && cx.word_is(p, "in") {
            p > range.start && is_investment_word(cx.t(p - 1))
        } else {
            false
        };
        if dealt {
            if let Some(b) = name_from(cx, i, range.end) {
                // "investments in V F Corp.": a legal form keeps its period.
                let b = if b < range.end
                    && cx.word_is(b, ".")
                    && !cx.toks[b].has(SPACE_BEFORE)
                    && ["inc", "corp", "co", "ltd", "plc"]
                        .iter()
                        .any(|w| cx.is(b - 1, w))
                {
                    b + 1
                } else {
                    b
                };
                if plain_name(cx, i, b) && !possessive_at(cx, b) {
                    cx.emit(i, b, EntityType::Org, None, Source::Context);
                }
            }
        }
    }
}

/// "Brenco said it would hire 200 workers": a lone word no list knows, after no capitalised
/// word, that says "it" will act is a body, not a person (a person says "he" or "she"; "Kell
/// said it would be difficult", "… it would take time" use an empty "it" and stay people).
fn it_said_it_would(cx: &Ctx, i: usize, end: usize) -> bool {
    if i + 4 >= end
        || cx.first_byte(i + 2) != b'i'
        || !cx.word_is(i + 2, "it")
        || !(cx.word_is(i + 1, "said") || cx.word_is(i + 1, "says"))
        || (i > 0 && (cx.cap(i - 1) || cx.caps(i - 1)))
        || cx.lex(i).flags != 0
    {
        return false;
    }
    const WILL: [&str; 7] = [
        "would", "will", "plans", "planned", "intends", "expects", "had",
    ];
    const EMPTY: [&str; 11] = [
        "be", "been", "take", "make", "not", "help", "mean", "cost", "depend", "seem", "become",
    ];
    WILL.iter().any(|w| cx.word_is(i + 3, w)) && !EMPTY.iter().any(|w| cx.is(i + 4, w))
}

/// The possessive half of [`company_by_dealings`]: "Raac's chief executive".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn company_by_its_parts(cx: &mut Ctx, range: Range<usize>) {
    for p in range.start + 1..range.end.saturating_sub(1) {
        if cx.wb(p) & POSSESSIVE == 0 || !possessive_at(cx, p) || !business_part(cx, p + 1) {
            continue;
        }
        if let Some(a) = name_to(cx, p, range.start) {
            if plain_name(cx, a, p) {
                cx.emit(a, p, EntityType::Org, None, Source::Context);
            }
        }
    }
}

/// Whether `a..b` is a name the lexicon knows as no place or person, opened by no given name,
/// surname or title.
fn plain_name(cx: &Ctx, a: usize, b: usize) -> bool {
    !is_place_or_person(cx, a, b)
        && !cx
            .lex(a)
            .any(cat::SURNAME | cat::GIVEN | cat::DEMONYM | cat::NORP_GROUP)
        && !(a..b).any(|q| cx.claimed[q])
}

/// What only a business has, after a possessive: "chief executive", "shareholders", "profit".
fn business_part(cx: &Ctx, k: usize) -> bool {
    const PARTS: [&str; 14] = [
        "shareholders",
        "shares",
        "profit",
        "profits",
        "revenue",
        "revenues",
        "earnings",
        "board",
        "ceo",
        "subsidiary",
        "headquarters",
        "stock",
        "chairman",
        "chairwoman",
    ];
    if cx.is(k, "chief") {
        return k + 1 < cx.toks.len()
            && ["executive", "financial", "operating"]
                .iter()
                .any(|w| cx.is(k + 1, w));
    }
    PARTS.iter().any(|w| cx.is(k, w))
}

/// A verb or noun of buying before "from" and its seller ("bought gas from").
fn is_purchase_word(w: &str) -> bool {
    const WORDS: [&str; 16] = [
        "bought",
        "buy",
        "buys",
        "buying",
        "purchased",
        "purchase",
        "purchases",
        "acquired",
        "acquire",
        "acquires",
        "ordered",
        "leased",
        "leases",
        "licensed",
        "licenses",
        "borrowed",
    ];
    crate::words::any_ignore_case(&WORDS, w)
}

/// "Analysts at Harcourt Jensen said": the employer of analysts or economists, at `i`, is a
/// firm, whatever its words ("Harcourt" a given name); not a place the lists know ("economists
/// at Oxford" may be the town's university, but the lists cannot tell).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn employer_of_analysts(cx: &mut Ctx, i: usize, end: usize) {
    let Some(b) = name_from(cx, i, end) else {
        return;
    };
    const PLACE: u32 = super::places::PLACE_NAME;
    let place = cx.entry_spanning(i, b).is_some_and(|e| e.any(PLACE))
        || b == i + 1 && cx.entity_flags(i) & PLACE != 0;
    if !place && !(i..b).any(|q| cx.claimed[q]) && !possessive_at(cx, b) {
        cx.emit(i, b, EntityType::Org, None, Source::Context);
    }
}

/// Jobs of the markets whose holders work for a firm, before "at" and its name ("analysts at
/// Harcourt Jensen"); other jobs also stand at places ("a soldier at Valley Forge").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_market_job(w: &str) -> bool {
    crate::words::is_market_analyst(w)
        || crate::words::any_ignore_case(&["traders", "bankers", "brokers", "dealers"], w)
}

/// A noun of data before "from" and its provider ("data from Refinitiv", "figures from Kpler"):
/// a firm or body that compiles them. A place the lexicon knows keeps its reading ("figures
/// from Spain"; [`plain_name`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_data_word(w: &str) -> bool {
    const WORDS: [&str; 8] = [
        "data",
        "figures",
        "statistics",
        "estimates",
        "numbers",
        "forecasts",
        "prices",
        "readings",
    ];
    crate::words::any_ignore_case(&WORDS, w)
}

/// A word of investing before "in" and the business ("invested in Vanguard funds", "shares in
/// Westmount rose", "a stake in Harlow").
fn is_investment_word(w: &str) -> bool {
    const WORDS: [&str; 10] = [
        "invested",
        "invest",
        "invests",
        "investing",
        "investment",
        "investments",
        "investors",
        "shares",
        "stake",
        "stakes",
    ];
    crate::words::any_ignore_case(&WORDS, w)
}

/// Whether tokens `a..b` are a lexicon place, person or given name, or start with a given name.
fn is_place_or_person(cx: &Ctx, a: usize, b: usize) -> bool {
    const PLACE_OR_PERSON: u32 = cat::COUNTRY
        | cat::CITY
        | cat::STATE
        | cat::REGION
        | cat::GIVEN
        | cat::KNOWN_PERSON
        | cat::TITLE
        | cat::HONORIFIC;
    if cx.entity_flags(a) & (cat::GIVEN | cat::TITLE | cat::HONORIFIC) != 0 {
        return true;
    }
    cx.entry_spanning(a, b)
        .is_some_and(|e| e.any(PLACE_OR_PERSON))
        || b == a + 1 && cx.entity_flags(a) & PLACE_OR_PERSON != 0
}

/// Whether the word at `i` occurs earlier in the text: a name the text introduced before
/// ("Halvorsen Robotics … Shares of Halvorsen") is the alias pass's to link to that name.
fn seen_before(cx: &Ctx, i: usize) -> bool {
    cx.used_before(i)
}

/// Whether token `i` is a possessive "'s" ("a stake in Britain's biggest bank").
fn possessive_at(cx: &Ctx, i: usize) -> bool {
    i < cx.toks.len() && matches!(cx.t(i), "'s" | "’s" | "'" | "’")
}

/// "The State of Ohio appealed", "prosecutors for the Commonwealth of Virginia": a state named
/// as a polity is its government, an organisation (court style), unless a preposition of place
/// comes before it ("schools in the State of Ohio").
#[inline]
fn state_as_party(cx: &mut Ctx, range: Range<usize>, k: usize) {
    // Most tokens fail on their first byte.
    if !matches!(cx.first_byte(k), b'S' | b'C')
        || !(cx.word_is(k, "State") || cx.word_is(k, "Commonwealth"))
        || cx.claimed[k]
        || k + 2 >= range.end
        || !cx.is(k + 1, "of")
    {
        return;
    }
    let Some(b) = name_from(cx, k + 2, range.end) else {
        return;
    };
    if !is_country_or_state(cx, k + 2, b) {
        return;
    }
    let mut p = k;
    if p > range.start && cx.wb(p - 1) & ARTICLE != 0 {
        p -= 1;
    }
    let placed = p > range.start
        && [
            "in",
            "across",
            "throughout",
            "within",
            "around",
            "of",
            "from",
            "to",
            "into",
            "outside",
            "near",
            "visit",
            "visited",
            "visiting",
        ]
        .iter()
        .any(|w| cx.word_is(p - 1, w));
    if !placed {
        cx.emit(k, b, EntityType::Org, None, Source::Context);
    }
}

/// Whether tokens `a..b` are one lexicon entry that is a country or a state.
fn is_country_or_state(cx: &Ctx, a: usize, b: usize) -> bool {
    cx.entry_spanning(a, b)
        .is_some_and(|e| e.any(cat::COUNTRY | cat::STATE))
}

/// "Greer v. United States", "Ohio versus Marlowe": a country or state that is a party to a case
/// is its government, an organisation.
///
/// `k` may stand up to two tokens before `range`: the segmenter may end a sentence at "v."
/// ("Greer v. | United States …"), and the name after it starts this sentence.
#[inline]
fn case_parties(cx: &mut Ctx, range: Range<usize>, k: usize) {
    let end = range.end;
    // Most tokens fail on their first byte.
    let span = cx.toks[k].span();
    if cx.text.as_bytes().get(span.start as usize) != Some(&b'v')
        || !matches!(cx.t(k), "v" | "vs" | "v." | "vs." | "versus")
    {
        return;
    }
    let mut q = k + 1;
    if q < end && cx.word_is(q, ".") {
        q += 1;
    }
    if q < end && cx.wb(q) & ARTICLE != 0 {
        q += 1;
    }
    if q < range.start {
        return;
    }
    if let Some(b) = name_from(cx, q, end) {
        if is_country_or_state(cx, q, b) {
            cx.emit(q, b, EntityType::Org, None, Source::Context);
        }
    }
    if k < range.start {
        return;
    }
    if let Some(a) = name_to(cx, k, range.start) {
        if is_country_or_state(cx, a, k) {
            cx.emit(a, k, EntityType::Org, None, Source::Context);
        }
    }
}

/// "the Republican party": a political group's name and "party" in lower case.
#[inline]
fn party_in_lower_case(cx: &mut Ctx, k: usize) {
    if cx.cap(k)
        && !cx.claimed[k]
        && !cx.claimed[k + 1]
        && cx.lex(k).any(cat::NORP_GROUP)
        && matches!(cx.t(k + 1), "party" | "parties")
    {
        cx.emit(k, k + 2, EntityType::Org, None, Source::Context);
    }
}

/// "the Social Democrats", "the Free Democrats": a party's adjective and its members in the
/// plural, both capitalised, are the party, one organisation (the lists know "Democrats" alone
/// as a people). Only an adjective of parties' names: a house's or a state's members are no
/// party ("Senate Democrats", "Ohio Republicans"); the name does not go on ("Free Democrats
/// Party" is the name rules').
#[inline]
fn party_by_its_members(cx: &mut Ctx, end: usize, k: usize) {
    const MEMBERS: [&str; 6] = [
        "Democrats",
        "Republicans",
        "Liberals",
        "Conservatives",
        "Greens",
        "Socialists",
    ];
    const ADJECTIVES: [&str; 12] = [
        "Social",
        "Free",
        "Liberal",
        "Christian",
        "Radical",
        "Progressive",
        "Popular",
        "National",
        "New",
        "Young",
        "Democratic",
        "United",
    ];
    let mut b = k + 2;
    if b > end
        || cx.claimed[k]
        || cx.claimed[k + 1]
        || !MEMBERS.iter().any(|w| cx.word_is(k + 1, w))
        || !ADJECTIVES.iter().any(|w| cx.word_is(k, w))
        || b < end && name_word(cx, b)
    {
        return;
    }
    // "Democratic Socialists of America": the name goes on past "of".
    if b + 1 < end && cx.is(b, "of") && name_word(cx, b + 1) {
        b = name_from(cx, b + 1, end).unwrap_or(b);
    }
    cx.emit(k, b, EntityType::Org, None, Source::Context);
}

/// "Labour Minister Anselm Roth", "Labor Secretary Ana Ruiz": "Labour" before a capitalised
/// "Minister" or "Secretary" and a name is the field of the ministry in the person's title, not
/// the party the lists know by that word: no name.
#[inline]
fn ministry_field_before_title(cx: &mut Ctx, end: usize, k: usize) {
    if k + 2 < end
        && (cx.word_is(k, "Labour") || cx.word_is(k, "Labor"))
        && (cx.word_is(k + 1, "Minister") || cx.word_is(k + 1, "Secretary"))
        && name_word(cx, k + 2)
    {
        cx.no_name(k, k + 1);
    }
}

/// "Rivals Morrowfield and Brantco made similar cuts", "its rival Kelvane": a capitalised name
/// after "rival" or "rivals" is a company's or a club's, an organisation; after "rivals", so are
/// the names listed with it ("and", commas; past a firm's possessive: "Sainsbury's"). Not a
/// person's rival ("his rival Marsh"), a name that reads as a person's ("rival Tom Vale"), a place
/// or a people ("rival Texas", "rival Democrats") that no list knows as an organisation whole.
fn rivals_named(cx: &mut Ctx, range: Range<usize>, k: usize) {
    let plural = cx.is(k, "rivals");
    if !(plural || cx.is(k, "rival")) || cx.caps(k) || cx.cap(k) && k != range.start {
        return;
    }
    const NOT_ORG: u32 = super::places::PLACE_NAME | cat::DEMONYM | cat::NORP_GROUP;
    // A candidate's rival is a person ("rival Sen. Ted Cruz", "rivals Cruz and Rubio"): a title,
    // a given name, a well-known person or a word of a person's name found in the text.
    const PERSON: u32 = cat::TITLE | cat::HONORIFIC | cat::GIVEN | cat::KNOWN_PERSON;
    fn person(cx: &Ctx, q: usize) -> bool {
        cx.lex(q).any(PERSON) || cx.word_marks[cx.toks[q].word() as usize] & super::PERSON_WORD != 0
    }
    // A person's rival is a person too: "his longtime rival", "Mayor Ruiz and rival …", "Ms Okafor
    // beat rivals …" (a possessive pronoun or a person up to three words before, within the
    // clause).
    for q in (range.start.max(k.saturating_sub(3))..k).rev() {
        if cx.t(q) == "," || cx.t(q) == ";" {
            break;
        }
        if cx.is(q, "his") || cx.is(q, "her") || cx.is(q, "their") || person(cx, q) {
            return;
        }
    }
    let mut a = k + 1;
    while let Some(b) = name_from(cx, a, range.end) {
        let known_org = cx.entry_spanning(a, b).is_some_and(|e| e.any(cat::ORG));
        if !known_org && (a..b).any(|q| cx.entity_flags(q) & NOT_ORG != 0 || person(cx, q)) {
            return;
        }
        // "rival Acme Corp.": a company's own word ends the name; the rule for such names finds
        // it whole, with its abbreviation's period.
        if !cx.lex(b - 1).any(cat::LEGAL_SUFFIX | cat::ORG_WORD) {
            emit_org(cx, a, b);
        }
        if !plural {
            return;
        }
        let mut n = b;
        if n < range.end && matches!(cx.t(n), "'s" | "’s") {
            n += 1;
        }
        if n + 1 >= range.end || !(cx.t(n) == "," || cx.is(n, "and")) {
            return;
        }
        a = n + 1;
        if cx.t(n) == "," && cx.is(a, "and") {
            a += 1;
        }
    }
}

/// "companies such as Velarion, Mott and the Brisk Group": every name of the list. A kind of
/// company in the plural names its list with no opener: "drugmakers Novo Nordisk and Eli Lilly".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn listed_examples(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    for k in range.start..end.saturating_sub(2) {
        if cx.wb(k) & ORG_PLURAL == 0 || (cx.cap(k) && !cx.starts_sentence(k)) {
            continue;
        }
        // A broadcaster or a grocer can be a person too (a brewer is no trade noun at all).
        let firms = cx.t(k).strip_suffix('s').is_some_and(|w| {
            crate::words::is_trade_noun(w)
                && !crate::words::any_ignore_case(&["broadcaster", "grocer"], w)
        });
        // "villages such as Cley and Blakeney", "countries like Andorra": a plural noun of places
        // lists places.
        let places = is_place_plural(cx.t(k));
        let trade_list = cx.wb(k + 1) & LIST_OPENER == 0 && name_word(cx, k + 1) && firms;
        if cx.wb(k + 1) & LIST_OPENER == 0 && !trade_list {
            continue;
        }
        let mut q = if trade_list { k + 1 } else { k + 2 };
        if !trade_list && cx.is(k + 1, "such") {
            if !cx.is(k + 2, "as") {
                continue;
            }
            q += 1;
        }
        // "publications including; The …".
        if q < end && matches!(cx.t(q), ":" | ";") {
            q += 1;
        }
        let mut names = Vec::new();
        // Past an article: "the Brisk Group".
        let start = |q: usize| if cx.wb(q) & ARTICLE != 0 { q + 1 } else { q };
        while q < end && names.len() < 8 {
            let a = start(q);
            let Some(b) = name_from(cx, a, end) else {
                break;
            };
            names.push((a, b));
            q = b;
            let comma = q < end && cx.word_is(q, ",");
            if comma {
                q += 1;
            }
            if q < end && matches!(cx.t(q), "and" | "or") {
                let a = start(q + 1);
                if let Some(b) = name_from(cx, a, end) {
                    names.push((a, b));
                }
                break;
            }
            if !comma {
                break;
            }
        }
        for (a, b) in names {
            // After a kind of company, a person-like name is the company's ("Eli Lilly").
            if trade_list {
                cx.emit(a, b, EntityType::Org, None, Source::Context);
            } else if places {
                // "states like Washington, the Brooklyn-based team": a modifier ends the list.
                let modifier = (a..b).any(|q| cx.wb(q) & MODIFIER != 0);
                if !modifier
                    && !person_like(cx, a, b)
                    && !cx.entry_spanning(a, b).is_some_and(|e| e.any(cat::ORG))
                {
                    cx.emit(a, b, EntityType::Place, None, Source::Context);
                }
            } else {
                emit_org(cx, a, b);
            }
        }
    }
}

/// A plural noun of places before a list of examples ("towns such as", "countries including").
fn is_place_plural(w: &str) -> bool {
    crate::words::any_ignore_case(
        &[
            "villages",
            "towns",
            "cities",
            "countries",
            "counties",
            "regions",
            "islands",
            "nations",
            "provinces",
            "suburbs",
            "states",
        ],
        w,
    )
}

/// Whether token `i` can be a word of a name here.
fn name_word(cx: &Ctx, i: usize) -> bool {
    const PRONOUNS: u64 = crate::words::class::HE
        | crate::words::class::SHE
        | crate::words::class::OTHER_SPEAKER_PRONOUN;
    let t = &cx.toks[i];
    t.kind() == TokenKind::Word
        && !cx.claimed[i]
        && (cx.cap(i) || cx.caps(i))
        && !cx.is_a(
            i,
            crate::words::class::MONTH
                | crate::words::class::WEEKDAY
                | crate::words::class::PREPOSITION
                | crate::words::class::DETERMINER
                | crate::words::class::CLAUSE_WORD,
        )
        // "They lost 2-1": a pronoun opening a sentence (but "I" of "Elizabeth I", "IT").
        && !(cx.len(i) > 1 && !cx.caps(i) && cx.is_a(i, PRONOUNS))
}

/// The end of the name starting at `i` (before `end`): capitalised words, joined by "of", "&"
/// or a hyphen, at most six words.
fn name_from(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if i >= end || !name_word(cx, i) {
        return None;
    }
    let mut j = i + 1;
    while j < end && j - i < 6 {
        if name_word(cx, j) {
            j += 1;
            continue;
        }
        let joins =
            (cx.is(j, "of") || matches!(cx.t(j), "&" | "-")) && j + 1 < end && name_word(cx, j + 1);
        if joins {
            j += 2;
            continue;
        }
        break;
    }
    Some(j)
}

/// The start of the name ending just before `j` (after `floor`): capitalised words back to a
/// lower-case word or punctuation, without a leading article or sentence-initial common word.
fn name_to(cx: &Ctx, j: usize, floor: usize) -> Option<usize> {
    if j == 0 || j <= floor || !name_word(cx, j - 1) {
        return None;
    }
    let mut a = j - 1;
    while a > floor && a + 6 > j && name_word(cx, a - 1) {
        a -= 1;
    }
    // "Harbor City FC beat …": a sentence's first common word before "City" or "Town" and more
    // of the name is the town's own word, not an adverb ("Today City lost" keeps "City" alone).
    let town_word =
        |a: usize| a + 2 < j && (cx.word_is(a + 1, "City") || cx.word_is(a + 1, "Town"));
    while a < j - 1
        && (cx.wb(a) & ARTICLE != 0
            || (cx.starts_sentence(a)
                && cx.lex(a).any(cat::COMMON)
                && !entity_like(cx, a)
                && !town_word(a)))
    {
        a += 1;
    }
    Some(a)
}

fn entity_like(cx: &Ctx, i: usize) -> bool {
    cx.entity_flags(i) & super::ENTITY_CATS != 0
}

/// Whether `a..b` looks like a person's name: a given name (not a place or common word) and
/// another word, or a well-known person (its first word, or the whole name).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn person_like(cx: &Ctx, a: usize, b: usize) -> bool {
    let first = cx.lex(a);
    let given = first.any(cat::GIVEN)
        && !first.any(cat::COMMON)
        && cx.entity_flags(a) & (cat::COUNTRY | cat::CITY | cat::STATE | cat::ORG) == 0;
    // "Harlow Town", "Dean Rovers": a club's word ends no person's name.
    // A team's nickname may end a person's name ("Tony Hawks"), but not after "the" ("the
    // Marlow Owls").
    let club = cx.wb(b - 1) & (CLUB_END | AIRLINE) == CLUB_END
        && (!is_nickname(cx, b - 1) || a > 0 && cx.is(a - 1, "the"));
    // "the Marlow Echo": a newspaper's word after "the" ends no person's name either.
    let press = cx.wb(b - 1) & PRESS != 0 && a > 0 && cx.is(a - 1, "the");
    // "a group Barack Obama won": a well-known person the lexicon knows only whole.
    let known = first.any(cat::KNOWN_PERSON)
        || b >= a + 2
            && cx
                .entry_spanning(a, b)
                .is_some_and(|e| e.any(cat::KNOWN_PERSON));
    ((given && b - a >= 2) || known) && !club && !press
}

/// Whether the lexicon knows `a..b` (or its first word) as a well-known person.
fn known_person(cx: &Ctx, a: usize, b: usize) -> bool {
    cx.lex(a).any(cat::KNOWN_PERSON)
        || cx
            .entry_spanning(a, b)
            .is_some_and(|e| e.any(cat::KNOWN_PERSON))
}

fn emit_org(cx: &mut Ctx, a: usize, b: usize) {
    // "The Straits Times": the article is not part of the name.
    let a = if b - a > 1 && cx.wb(a) & ARTICLE != 0 {
        a + 1
    } else {
        a
    };
    if a < b && !person_like(cx, a, b) {
        cx.emit(a, b, EntityType::Org, None, Source::Context);
    }
}

/// "the gaming company Velarion", "the pro-democracy party Lumen".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn descriptor_before(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end.saturating_sub(1) {
        if !descriptor_noun(cx, k) || cx.cap(k) || !name_word(cx, k + 1) {
            continue;
        }
        // A determiner within five words before the noun, with only words between; or the
        // people a group is of, plural, right before it ("Parents' group Connect", "Supporters
        // group Harbor Voice").
        let floor = k.saturating_sub(5).max(range.start);
        let determiner_at = (floor..k)
            .rev()
            .take_while(|&q| cx.toks[q].kind() == TokenKind::Word)
            .find(|&q| cx.wb(q) & (DETERMINER | POSSESSIVE) != 0);
        let det = determiner_at.is_some();
        // "joined from Dutch club Vitesse": a nationality before a club or side says whose
        // league the name after it plays in.
        let league = k > range.start
            && matches!(cx.t(k), "club" | "side")
            && cx.cap(k - 1)
            && cx.lex(k - 1).any(cat::DEMONYM);
        // "The central bank Governor Ilse Varga": a title opens a person's name.
        if !det && !league && !of_people_before(cx, range.start, k)
            || cx.lex(k + 1).any(cat::TITLE | cat::HONORIFIC)
        {
            continue;
        }
        if let Some(b) = name_from(cx, k + 1, range.end) {
            // "Holt told the journal Ann Marsh had resigned": after a verb of telling, a name
            // and a verb are the clause told, the name its subject; "journal", no organisation
            // noun, names no person (review rev55).
            let told = determiner_at.is_some_and(|d| {
                d > range.start
                    && crate::words::any_exact(&["told", "tells", "tell"], cx.t(d - 1))
                    && b < range.end
                    && matches!(
                        cx.toks[b].tag(),
                        crate::pos::Tag::Vbd
                            | crate::pos::Tag::Vbz
                            | crate::pos::Tag::Vbp
                            | crate::pos::Tag::Md
                    )
            });
            if told || cx.wb(k) & ORG_NOUN == 0 && person_like(cx, k + 1, b) {
                continue;
            }
            let firm_only =
                crate::words::is_firm_only_noun(cx.t(k)) || trade_compound(cx, range.start, k);
            if det
                && firm_only
                && !cx.lex(k + 1).any(cat::KNOWN_PERSON)
                && !person_opens_clause(cx, determiner_at.unwrap_or(k), k + 1, b, range.end)
            {
                cx.emit(k + 1, b, EntityType::Org, None, Source::Context);
            } else {
                emit_company(cx, k + 1, b);
            }
        }
    }
}

/// Whether token `k` is a noun that describes the name after it: an organisation noun, or
/// "journal" ("the journal Lancet Neurology"; a newspaper's word too, "the Wexford Journal", so
/// it is no organisation noun in the lists).
fn descriptor_noun(cx: &Ctx, k: usize) -> bool {
    let bits = cx.wb(k);
    bits & ORG_NOUN != 0 || bits & PRESS != 0 && cx.word_is(k, "journal")
}

/// "law firm Hartley Venn", "Consumer group Fairtrust", "the tech giant Ormond": a firm's,
/// group's, bank's or watchdog's noun after a word of its trade or cause (lower case, or opening
/// the sentence) names a body, though the name after it reads as a person's. `floor` is the
/// sentence's first token.
fn trade_compound(cx: &Ctx, floor: usize, k: usize) -> bool {
    const FIELDS: [&str; 62] = [
        "law",
        "legal",
        "accounting",
        "accountancy",
        "audit",
        "auditing",
        "consulting",
        "consultancy",
        "security",
        "cybersecurity",
        "investment",
        "equity",
        "tech",
        "technology",
        "software",
        "internet",
        "engineering",
        "construction",
        "energy",
        "oil",
        "mining",
        "steel",
        "chemicals",
        "pharmaceutical",
        "biotech",
        "defence",
        "defense",
        "aerospace",
        "shipping",
        "logistics",
        "trading",
        "recruitment",
        "advertising",
        "marketing",
        "lobbying",
        "polling",
        "property",
        "insurance",
        "banking",
        "media",
        "telecoms",
        "gaming",
        "drinks",
        "food",
        "retail",
        "fashion",
        "tobacco",
        "consumer",
        "campaign",
        "pressure",
        "advocacy",
        "lobby",
        "rights",
        "industry",
        "environmental",
        "conservation",
        "activist",
        "militant",
        "rebel",
        "privacy",
        "competition",
        "financial",
    ];
    k > floor
        && matches!(
            cx.t(k),
            "firm" | "group" | "company" | "giant" | "bank" | "watchdog"
        )
        && cx.toks[k - 1].kind() == TokenKind::Word
        && !cx.caps(k - 1)
        && (!cx.cap(k - 1) || k - 1 == floor)
        && crate::words::any_ignore_case(&FIELDS, cx.t(k - 1))
}

/// Whether the name `a..b` after a firm's noun (its phrase opening at token `phrase`) is a
/// person's opening a relative clause with no "that": a given name first and a lower-case verb
/// right after ("The law firm Maria Lopez joined in 2019 said …", "the rights group Ahmed Saleh
/// founded").
fn person_opens_clause(cx: &Ctx, phrase: usize, a: usize, b: usize, end: usize) -> bool {
    // "Analysts at the brokerage Carver Lowe cut …": a preposition's object is no clause's
    // subject, so the verb is the sentence's own.
    let object = phrase > 0 && cx.toks[phrase - 1].tag().is_preposition();
    !object && cx.lex(a).any(cat::GIVEN) && b < end && !cx.cap(b) && cx.toks[b].tag().is_verb()
}

/// Whether the word before the group noun at `k` (past a possessive apostrophe) is a plural of
/// people no name is ("Parents' group", "residents group"): it says whose group the name after
/// the noun is.
fn of_people_before(cx: &Ctx, start: usize, k: usize) -> bool {
    if !cx.t(k).eq_ignore_ascii_case("group") {
        return false;
    }
    let mut p = k;
    if p > start && matches!(cx.t(p - 1), "'" | "’") {
        p -= 1;
    }
    p > start && {
        let w = cx.t(p - 1);
        w.len() > 3
            && w.ends_with('s')
            && cx.toks[p - 1].kind() == TokenKind::Word
            && !entity_like(cx, p - 1)
            && (!cx.cap(p - 1) || p - 1 == start)
    }
}

/// "automaker Halvorsen Motors", "Retailer Northwind Goods said": a kind of company before its
/// name with no determiner, in lower case or opening the sentence (with a determiner,
/// [`descriptor_before`] reads it).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn trade_noun_before(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start..range.end.saturating_sub(1) {
        if cx.wb(k) & ORG_NOUN == 0 || (cx.cap(k) && k != range.start) || cx.caps(k) {
            continue;
        }
        let compound = trade_compound(cx, range.start, k);
        if !compound && !crate::words::is_trade_noun(cx.t(k)) {
            continue;
        }
        // The determiner stands before the trade's word of a compound ("the law firm").
        let d = if compound { k - 1 } else { k };
        let determiner = d > range.start && cx.wb(d - 1) & (DETERMINER | POSSESSIVE) != 0;
        // "bank Governor Ana Ruiz", "broadcaster Sir Tom Vale": a title opens a person's name.
        if determiner || !name_word(cx, k + 1) || cx.lex(k + 1).any(cat::TITLE | cat::HONORIFIC) {
            continue;
        }
        if let Some(b) = name_from(cx, k + 1, range.end) {
            // "Drugmaker Novo Cuts Prices of Weight-Loss Drugs": in a headline set in title case
            // the name ends before its first common word that names no company ("Cuts"),
            // unless a company's word follows it ("Retailer Harlow Stores Sees …").
            let b = if k == range.start && b > k + 2 && super::names::is_headline(cx, range.clone())
            {
                headline_name_end(cx, k + 1, b)
            } else {
                b
            };
            if compound
                && !known_person(cx, k + 1, b)
                && !person_opens_clause(cx, d, k + 1, b, range.end)
            {
                cx.emit(k + 1, b, EntityType::Org, None, Source::Context);
            } else {
                emit_company(cx, k + 1, b);
            }
        }
    }
}

/// "the Aslef union said", "the Brenmoor group", "the Vekta party": one capitalised word between
/// "the" and a lower-case "union", "group" or "party" is that body's name, an organisation (the
/// noun is no part of it), unless a list knows the word as a place, a person's name, a title or a
/// people ("the Kurdish group", "the Labour party": [`party_in_lower_case`]).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn name_before_body_noun(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 2..range.end {
        if cx.wb(k) & ORG_NOUN == 0
            || cx.cap(k)
            || cx.caps(k)
            || !matches!(cx.t(k), "union" | "group" | "party")
        {
            continue;
        }
        let x = k - 1;
        // "the Manchester-based group": a compound modifier is no name.
        if !cx.is(x - 1, "the")
            || !name_word(cx, x)
            || cx.caps(x)
            || cx.t(x).contains('-')
            || cx.t(k) == "group" && is_greek_letter(cx.t(x))
            || entity_like(cx, x)
            || cx
                .lex(x)
                .any(super::PERSON_OR_PEOPLE_WORD | cat::NORP_GROUP | cat::COMMON)
        {
            continue;
        }
        cx.emit(x, k, EntityType::Org, None, Source::Context);
    }
}

/// "the Omicron group": a Greek letter names a variant or a class, no body.
fn is_greek_letter(w: &str) -> bool {
    crate::words::any_exact(
        &[
            "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Kappa",
            "Lambda", "Omicron", "Sigma", "Omega",
        ],
        w,
    )
}

/// The end of a name at `a..b` after a kind of company that opens a sentence: at the first
/// common word after the name's first word (one the lexicon knows in lower case and not as an
/// organisation's word or a name), when the sentence reads as a headline in title case (the
/// next word is capitalised too).
fn headline_name_end(cx: &Ctx, a: usize, b: usize) -> usize {
    for q in a + 1..b {
        let e = cx.lex(q);
        if e.any(cat::ORG_WORD | cat::LEGAL_SUFFIX) {
            return if q + 1 < b && !cx.lex(q + 1).any(cat::ORG_WORD | cat::LEGAL_SUFFIX) {
                // "Harlow Stores Sees Sales Fall": the company's word ends the name.
                q + 1
            } else {
                b
            };
        }
        if e.any(cat::COMMON) && !entity_like(cx, q) && !e.any(cat::GIVEN | cat::SURNAME) {
            return q;
        }
    }
    b
}

/// An organisation after a kind of company or a descriptor: emitted whatever its first word
/// when it ends in an organisation's word or legal form, or in a common word that is no surname
/// ("Retailer Harlow Stores said": `Harlow` is a given name and a speech verb follows, yet no
/// person is called "Stores"), else as [`emit_org`] does ("broadcaster David Attenborough").
fn emit_company(cx: &mut Ctx, a: usize, b: usize) {
    let last = if b >= a + 2 {
        cx.lex(b - 1)
    } else {
        Default::default()
    };
    let company_end = last.any(cat::ORG_WORD | cat::LEGAL_SUFFIX)
        || last.any(cat::COMMON) && !last.any(cat::SURNAME | cat::GIVEN);
    if b >= a + 2 && company_end {
        cx.emit(a, b, EntityType::Org, None, Source::Context);
    } else {
        emit_org(cx, a, b);
    }
}

/// "Velmora, a Hong Kong-based bank, …"; "The company, Harlow Steel, said …".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn appositive(cx: &mut Ctx, range: Range<usize>) {
    for c in range.start + 1..range.end.saturating_sub(2) {
        if !cx.word_is(c, ",") {
            continue;
        }
        named_after_org_noun(cx, range.clone(), c);
        // "Calloway's, the auction house, said": a shop named by its owner's possessive is the
        // name with its "'s".
        let shop = c >= range.start + 2 && possessive_at(cx, c - 1) && name_word(cx, c - 2);
        // "Legambiente, Italy's largest environmental organisation, said": a name's
        // possessive stands for the article.
        let first = if cx.wb(c + 1) & ARTICLE != 0 {
            c + 2
        } else if c + 3 < range.end && name_word(cx, c + 1) && possessive_at(cx, c + 2) {
            c + 3
        } else {
            continue;
        };
        if !(name_word(cx, c - 1) || shop) {
            continue;
        }
        // The organisation noun within five words after the article, at the end of the phrase.
        let mut noun = None;
        for q in first..(first + 6).min(range.end) {
            if cx.toks[q].kind() != TokenKind::Word {
                break;
            }
            // "the brokerage house": the trade before "house" is no noun of its own.
            let trade = q + 1 < range.end && cx.is(q + 1, "house");
            if !cx.cap(q) && (cx.wb(q) & ORG_NOUN != 0 && !trade || trade_house(cx, q)) {
                let next_ok = q + 1 >= range.end
                    || (cx.toks[q + 1].kind() == TokenKind::Punct
                        && cx.wb(q + 1) & POSSESSIVE == 0)
                    || cx.wb(q + 1) & APPOSITIVE_NEXT != 0;
                if next_ok {
                    noun = Some(q);
                }
                break;
            }
        }
        if noun.is_none() {
            continue;
        }
        if let Some(a) = name_to(cx, if shop { c - 1 } else { c }, range.start) {
            // "the Center for Security Policy, a think tank": the capitalised words before the
            // comma are the tail of a longer name, the structure rules' to read whole.
            let tail = a >= range.start + 2
                && matches!(cx.t(a - 1), "for" | "of" | "on" | "and" | "&")
                && (cx.cap(a - 2) || cx.caps(a - 2));
            if tail {
                continue;
            }
            if noun.is_some_and(|q| q == first && crate::words::is_firm_only_noun(cx.t(q))) {
                // "Harlow Mutual, the insurer, said": the firm whatever its words.
                cx.emit(a, c, EntityType::Org, None, Source::Context);
            } else {
                emit_org(cx, a, c);
            }
        }
    }
}

/// "the auction house", "a fashion house": a business named by a trade and "house" (not a
/// building: "a country house", "the town house").
fn trade_house(cx: &Ctx, q: usize) -> bool {
    q > 0
        && cx.is(q, "house")
        && crate::words::any_exact(
            &[
                "auction",
                "publishing",
                "fashion",
                "trading",
                "design",
                "brokerage",
            ],
            cx.t(q - 1),
        )
}

/// "The company, Harlow Steel, said": a name set off by commas right after an article and an
/// organisation noun in lower case (or an article or possessive, one lower-case modifier and the
/// noun: "The RMT's rival union, Aslef,") is that organisation, though its words read as a
/// person's ("Harlow" a given name, "Steel" a surname). `c` is the first comma.
fn named_after_org_noun(cx: &mut Ctx, range: Range<usize>, c: usize) {
    if c < range.start + 2 {
        return;
    }
    // "The RMT's rival union, Aslef,", "the rival union, Aslef,": one lower-case modifier may
    // stand between the article or a possessive and the noun.
    let det = |q: usize| cx.wb(q) & ARTICLE != 0 || possessive_at(cx, q);
    let d = if cx.wb(c - 2) & ARTICLE != 0 {
        c - 2
    } else if c >= range.start + 3
        && det(c - 3)
        && cx.toks[c - 2].kind() == TokenKind::Word
        && !cx.cap(c - 2)
        && !cx.caps(c - 2)
    {
        c - 3
    } else {
        return;
    };
    if cx.cap(c - 1)
        || cx.caps(c - 1)
        || !is_company_noun(cx.t(c - 1))
        || !name_word(cx, c + 1)
        || (c + 1..c + 3).any(|q| q < range.end && cx.claimed[q])
    {
        return;
    }
    if let Some(b) = name_from(cx, c + 1, range.end) {
        // "A spokesman for the union, Dev Patel, said": after a preposition the noun phrase
        // belongs to a word before it, and a name set off so that opens with a given name is
        // that person ("Dev" is a common word too, so not `person_like`).
        let preposition =
            |q: usize| matches!(cx.t(q), "for" | "of" | "at" | "with" | "from" | "to" | "by");
        // After a possessive, the preposition is before its owner ("for the RMT's union").
        let owned = if cx.wb(d) & ARTICLE != 0 {
            d > range.start && preposition(d - 1)
        } else {
            (d.saturating_sub(3).max(range.start)..d).any(preposition)
        };
        if owned && b >= c + 3 && cx.lex(c + 1).any(cat::GIVEN) {
            return;
        }
        // Emitted whatever the words (emit_org would leave a person-like name alone).
        if b < range.end && cx.word_is(b, ",") && !is_country_or_state(cx, c + 1, b) {
            cx.emit(c + 1, b, EntityType::Org, None, Source::Context);
        }
    }
}

/// A noun for a business or body that a name set off by commas can follow ("the company, Harlow
/// Steel,"); not a noun for people's roles that the organisation nouns also hold ("the
/// producer, Tom Hale," is a person).
fn is_company_noun(word: &str) -> bool {
    crate::words::is_firm_noun(word)
        || crate::words::is_trade_noun(word)
        || word.eq_ignore_ascii_case("charity")
        || word.eq_ignore_ascii_case("union")
}

/// A score at `i`: "2-1" as one word, or a number, a dash and a number; the token after it.
fn score_at(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if !cx.first_byte(i).is_ascii_digit() {
        return None;
    }
    let b = cx.wb(i);
    if b & SCORE_WORD != 0 {
        return Some(i + 1);
    }
    (b & DIGITS != 0 && i + 2 < end && cx.wb(i + 1) & SCORE_DASH != 0 && cx.wb(i + 2) & DIGITS != 0)
        .then_some(i + 3)
}

/// The start of the second team after a result verb at `k`: past "past", "with", "against"
/// (or "to" after "lost"), a score, and up to two lower-case words ("defeated debutants Panama").
fn second_team(cx: &Ctx, k: usize, end: usize) -> Option<usize> {
    let mut j = k + 1;
    if j < end && cx.wb(j) & RESULT_LINK != 0 {
        j += 1;
    }
    // "lost 1-2 to England".
    if let Some(after) = score_at(cx, j, end) {
        j = after;
        if j < end && cx.wb(j) & TO != 0 {
            j += 1;
        }
    }
    let first = j;
    while j < end
        && j < first + 2
        && cx.toks[j].kind() == TokenKind::Word
        && !cx.cap(j)
        && !cx.caps(j)
    {
        j += 1;
    }
    (j < end && name_word(cx, j)).then_some(j)
}

/// "Leeds beat Chelsea 2-1", "Leeds 2-1 Chelsea", "Tunisia lost 1-2 to England", "BRAZIL EDGE
/// PAST ITALY".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn sports(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    let mut scored: Option<bool> = None;
    let mut result = false;
    for k in range.start + 1..end.saturating_sub(1) {
        // A score starts with a number (or is one word), a result with its verb.
        let w = cx.wb(k);
        if w & (RESULT_VERB | LOST_VERB) != 0 && k >= range.start + 3 && cx.is(k - 1, "who") {
            result |= side_before_who(cx, range.start, k - 1, k, end);
        }
        // "Juventus, who were held 2-2 by Torino": the passive of a result.
        if w & RESULT_VERB != 0
            && k >= range.start + 4
            && (cx.is(k - 1, "were") || cx.is(k - 1, "was"))
            && cx.is(k - 2, "who")
            && score_at(cx, k + 1, end).is_some()
        {
            result |= side_before_who(cx, range.start, k - 2, k, end);
        }
        if w & (SCORE_WORD | DIGITS) != 0 && !name_word(cx, k - 1) {
            // "a 2-2 draw with Ravensby", "a 3-1 win over Kestrel": the other side.
            if let Some(b) = opponent_after_score(cx, k, end) {
                result |= emit_org_checked(cx, b.0, b.1);
            }
            continue;
        }
        // "came from behind to beat Merrow City 2-1": a result verb with no name before it,
        // and a name and its score after it: the side beaten is a club or team.
        if w & RESULT_VERB != 0 && !name_word(cx, k - 1) {
            if let Some(b) = name_from(cx, k + 1, end) {
                if score_at(cx, b, end).is_some() {
                    result |= emit_org_checked(cx, k + 1, b);
                }
            }
            continue;
        }
        if w & (SCORE_WORD | DIGITS | RESULT_VERB | LOST_VERB) == 0 || !name_word(cx, k - 1) {
            continue;
        }
        // "Leeds 2-1 Chelsea".
        if let Some(after) = score_at(cx, k, end) {
            if let (Some(a), Some(b)) = (name_to(cx, k, range.start), name_from(cx, after, end)) {
                emit_org(cx, a, k);
                emit_org(cx, after, b);
                result = true;
            }
            continue;
        }
        if w & (RESULT_VERB | LOST_VERB) == 0 {
            continue;
        }
        // Phrases that need no score: "edge past", "drew with", "thrashed".
        let next = cx.wb(k + 1);
        // "drew again", "drew." (not "drew up plans").
        let bare_draw =
            w & DRAW != 0 && matches!(cx.t(k + 1), "," | "." | ";" | "again" | "level" | "away");
        let sure = (w & EDGE != 0 && next & RESULT_LINK != 0 && cx.is(k + 1, "past"))
            || (w & DRAW != 0 && cx.is(k + 1, "with"))
            || w & SURE_RESULT != 0
            || bare_draw;
        let scored = *scored
            .get_or_insert_with(|| (range.start..end).any(|i| score_at(cx, i, end).is_some()));
        if !(scored || sure || city_beats_side(cx, range.start, k, end)) {
            continue;
        }
        let Some(second) = second_team(cx, k, end) else {
            // "Harlow Town lost 2-0 at home", "Celtic and Rangers drew 1-1", "… drew again":
            // the subject of a result with its score (or a draw) and no second team.
            if score_at(cx, k + 1, end).is_some() || bare_draw {
                result |= emit_subject(cx, k, range.start);
            }
            continue;
        };
        if w & LOST_VERB != 0 && !(second >= 2 && cx.wb(second - 1) & TO != 0) {
            continue;
        }
        if let (Some(a), Some(b)) = (name_to(cx, k, range.start), name_from(cx, second, end)) {
            emit_org(cx, a, k);
            emit_org(cx, second, b);
            result = true;
        }
    }
    if result {
        prize_winners(cx, range);
    }
}

/// "Milan edge Napoli", "Leeds beat Ravensby": a city of the lexicon right before a result verb
/// (not a loss or a draw), and one name after the verb that ends the sentence or its clause,
/// are two sides (not "London beat Paris to the Games": a bid).
fn city_beats_side(cx: &Ctx, floor: usize, k: usize, end: usize) -> bool {
    if cx.wb(k) & (LOST_VERB | DRAW) != 0 || k < floor + 1 || !one_city(cx, k - 1, k) {
        return false;
    }
    if k - 1 > floor && (name_word(cx, k - 2) || cx.is(k - 2, "of")) {
        return false;
    }
    // "Bidding ended when Brisbane beat Doha": two cities are rival bidders, not sides.
    name_from(cx, k + 1, end).is_some_and(|b| {
        (b >= end || cx.toks[b].kind() == TokenKind::Punct && !possessive_at(cx, b))
            && !one_city(cx, k + 1, b)
    })
}

/// "leaders Carrow City, who drew 0-0 with Wexford", "Ashby, who lost 2-1 at home", "Merrow,
/// who were held 2-2 by Dunmore": the name before ", who" (at `who`) and the result verb at `k`
/// with its score (or "drew with") is the side that played, and so is a name after "by" and the
/// score of a passive; whether it emitted one.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn side_before_who(cx: &mut Ctx, floor: usize, who: usize, k: usize, end: usize) -> bool {
    if !cx.word_is(who - 1, ",") {
        return false;
    }
    // The score right after the verb and then the other side or the ground ("drew 0-0 with",
    // "lost 2-1 at home", "won 3-0."), not a vote ("Patel, who lost 7-2 in the vote", "Okafor,
    // who beat Lindqvist 52-48 in the runoff": people).
    let scored = score_at(cx, k + 1, end).is_some_and(|j| {
        j >= end
            || cx.wb(j) & (RESULT_LINK | TO) != 0
            || cx.is(j, "at")
            || cx.toks[j].kind() == TokenKind::Punct
            || who + 1 < k && cx.is(j, "by")
    });
    if !(scored || cx.wb(k) & DRAW != 0 && cx.is(k + 1, "with")) {
        return false;
    }
    let side = name_to(cx, who - 1, floor).is_some_and(|a| emit_org_checked(cx, a, who - 1));
    // "who were held 2-2 by Torino": the side after "by" played them.
    if side && who + 1 < k {
        if let Some(j) = score_at(cx, k + 1, end).filter(|&j| j + 1 < end && cx.is(j, "by")) {
            if let Some(b) = name_from(cx, j + 1, end) {
                emit_org_checked(cx, j + 1, b);
            }
        }
    }
    side
}

/// Companies named by a business noun the organisation-word list leaves out, as it is a common
/// word whose flag would also move the entity tagger's features on every lower-case use ("mobility
/// is low"; adding it to the list cost 0.002 of GUM train CV): "Fordham Mobility", "Shares of
/// Harlow Stores fell", "Quillan Therapeutics". The run of capitalised words before the noun (no
/// person's name: "Margaret Stores" stays hers) ends there; a capitalised word after it leaves the
/// longer name to the structure rules ("Social Mobility Commission").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn company_by_business_noun(cx: &mut Ctx, range: Range<usize>) {
    const NOUNS: [&str; 11] = [
        "Mobility",
        "Stores",
        "Retail",
        "Therapeutics",
        "Biotech",
        "Analytics",
        "Devices",
        "Research",
        "Logistics",
        "Pharmaceuticals",
        "Robotics",
    ];
    for k in range.start + 1..range.end {
        if !cx.cap(k) || !crate::words::any_exact(&NOUNS, cx.t(k)) {
            continue;
        }
        if k + 1 < range.end && (cx.cap(k + 1) || cx.caps(k + 1)) {
            continue;
        }
        let Some(a) = name_to(cx, k, range.start) else {
            continue;
        };
        // Not the tail of a longer name: "Shaw & Company Research", "the Center for Economic
        // and Policy Research", "Compass Point Research & Trading".
        let joined_before =
            a > range.start && crate::words::any_exact(&["&", "and", "for"], cx.t(a - 1));
        if joined_before || k + 1 < range.end && cx.t(k + 1) == "&" {
            continue;
        }
        // "N.C.-based Salix Pharmaceuticals": a hyphened modifier is no word of the name.
        let a = (a..k).find(|&q| !cx.t(q).contains('-')).unwrap_or(k);
        // A town may name a company ("Harlow Stores"), and so may a founder ("Tata Steel"); a
        // person's name may not: a given name and the noun by a verb of speech ("Margaret Stores
        // said", as [`super::orgs::given_and_surname`] reads "Margaret Bank said").
        let person = cat::KNOWN_PERSON | cat::TITLE | cat::HONORIFIC;
        if a < k
            && !(a..k).any(|q| cx.entity_flags(q) & person != 0)
            && !super::orgs::given_and_surname(cx, a, k, k + 1)
        {
            cx.emit(a, k + 1, EntityType::Org, None, Source::Context);
        }
    }
}

/// Schools by schooling: "educated at Eton", "studied at Wexcombe", "graduated from Marlow",
/// and "went to Eton" or "attended Eton" in a sentence about school ("school", "university",
/// "pupil" …): the school, an organisation. A person, a country or a state the lists know stays
/// as it is (a city may name its university: "studied at Oxford").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn school_by_schooling(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    let mut schooling: Option<bool> = None;
    for k in range.clone() {
        if !matches!(cx.first_byte(k), b'e' | b's' | b'g' | b'w' | b'a') {
            continue;
        }
        let studied_at =
            crate::words::any_exact(&["educated", "schooled", "studied", "enrolled"], cx.t(k))
                && k + 1 < end
                && cx.word_is(k + 1, "at");
        let graduated = cx.word_is(k, "graduated") && k + 1 < end && cx.word_is(k + 1, "from");
        let at = if studied_at || graduated {
            k + 2
        } else if cx.word_is(k, "went") && k + 1 < end && cx.word_is(k + 1, "to")
            || cx.word_is(k, "attended")
        {
            // "who went to Eton and was educated at Harrowgate": another schooling verb in the
            // sentence says so too.
            const SCHOOLING: [&str; 13] = [
                "school",
                "schools",
                "schooling",
                "university",
                "college",
                "pupil",
                "pupils",
                "boarding",
                "degree",
                "educated",
                "schooled",
                "headmaster",
                "classmates",
            ];
            let about_school = *schooling.get_or_insert_with(|| {
                range
                    .clone()
                    .any(|i| crate::words::any_exact(&SCHOOLING, cx.t(i)))
            });
            if !about_school {
                continue;
            }
            if cx.word_is(k, "went") {
                k + 2
            } else {
                k + 1
            }
        } else {
            continue;
        };
        let Some(b) = name_from(cx, at, end) else {
            continue;
        };
        let flags = cx.entity_flags(at);
        let kept = cat::GIVEN
            | cat::KNOWN_PERSON
            | cat::TITLE
            | cat::HONORIFIC
            | cat::COUNTRY
            | cat::STATE
            | cat::REGION;
        if flags & kept != 0 || cx.entry_spanning(at, b).is_some_and(|e| e.any(kept)) {
            continue;
        }
        emit_org(cx, at, b);
    }
}

/// Names coordinated with an organisation: "brokered by Lazard and Rothschild & Co", "rivals
/// Brantley Systems and Corvane". A name of one to three capitalised words joined by "and" to an
/// organisation the rules found in the sentence (`from` is the first of the sentence's mentions)
/// is an organisation too, when no word of it is a name the lists or the text know as a person's
/// or a place's, a title or a common word ("Marta and Google", "Ohio and Acme Corp." stay).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn coordinated_with_org(cx: &mut Ctx, range: Range<usize>, from: usize) {
    let mut found = Vec::new();
    for (m, f) in cx.out[from..].iter().zip(&cx.found[from..]) {
        if m.kind == EntityType::Org && !matches!(f.source, Source::Known | Source::AliasOrg) {
            found.push((f.a as usize, f.b as usize));
        }
    }
    for (a, b) in found {
        // "Lazard and Rothschild & Co".
        if a >= range.start + 2 && cx.word_is(a - 1, "and") {
            if let Some(x) = name_to(cx, a - 1, range.start) {
                if partner_name(cx, x, a - 1) {
                    cx.emit(x, a - 1, EntityType::Org, None, Source::Context);
                }
            }
        }
        // "Brantley Systems and Corvane".
        if b + 1 < range.end && cx.word_is(b, "and") {
            if let Some(y) = name_from(cx, b + 1, range.end) {
                // Not the start of a name the lists found ("Halford General and St Mary's":
                // "Mary" is claimed, so the name would be "St" alone).
                let cut = y < range.end && (cx.cap(y) || cx.caps(y));
                if partner_name(cx, b + 1, y) && !possessive_at(cx, y) && !cut {
                    cx.emit(b + 1, y, EntityType::Org, None, Source::Context);
                }
            }
        }
    }
}

/// Whether tokens `a..b` may be a company coordinated with another ([`coordinated_with_org`]):
/// at most three words, none of one letter ("on NFL Network and I haven't"), none in capitals (an acronym's partner is as often a disease or a
/// satellite: "HIV and AIDS"), none a person's or place's name, title or common word by the
/// lists, none a word of a person's name found in the text.
fn partner_name(cx: &Ctx, a: usize, b: usize) -> bool {
    const NOT: u32 = cat::GIVEN
        | cat::SURNAME
        | cat::KNOWN_PERSON
        | cat::TITLE
        | cat::HONORIFIC
        | cat::COMMON
        | cat::COUNTRY
        | cat::CITY
        | cat::STATE
        | cat::REGION
        | cat::DEMONYM
        | cat::NORP_GROUP;
    b > a
        && b - a <= 3
        && (a..b).all(|k| {
            cx.toks[k].kind() == TokenKind::Word
                && cx.len(k) > 1
                && !cx.caps(k)
                && cx.lex(k).flags & NOT == 0
                && cx.word_marks[cx.toks[k].word() as usize] & super::PERSON_WORD == 0
        })
}

/// The name after a score, a result noun and its link: "a 2-2 draw with Ravensby", "a 3-1 win
/// over Kestrel", "a 1-0 defeat to Marlow", or after a result verb, a score and its link: "drew
/// 0-0 with Stanway Town" (tokens of the name).
fn opponent_after_score(cx: &Ctx, k: usize, end: usize) -> Option<(usize, usize)> {
    let after = score_at(cx, k, end)?;
    if after + 2 >= end {
        return None;
    }
    // "drew 0-0 with Stanway Town", "lost 2-1 to Marlow": the result verb before the score.
    if k > 0
        && cx.wb(k - 1) & (RESULT_VERB | LOST_VERB) != 0
        && crate::words::any_exact(&["with", "against", "to", "over"], cx.t(after))
    {
        let b = name_from(cx, after + 1, end)?;
        return Some((after + 1, b));
    }
    let noun = crate::words::any_exact(
        &["draw", "win", "victory", "defeat", "loss", "stalemate"],
        cx.t(after),
    );
    let link = crate::words::any_exact(&["with", "over", "against", "to", "by"], cx.t(after + 1));
    if !(noun && link) {
        return None;
    }
    let b = name_from(cx, after + 2, end)?;
    Some((after + 2, b))
}

/// [`emit_org`], saying whether it emitted (the span was free and no person's name).
fn emit_org_checked(cx: &mut Ctx, a: usize, b: usize) -> bool {
    let before = cx.out.len();
    emit_org(cx, a, b);
    cx.out.len() > before
}

/// A line of a results table, the whole sentence: two teams with their goals ("Leeds 2 Chelsea
/// 1", with the scorers in brackets or not: "Kestrel 2 (Voss 24, Brandt 82) Marlow 1"), or a team
/// and its standing whose first number is the sum of the next three, games played as won, drawn
/// and lost ("Everton 3 3 0 0 8 2 9"). An election table's line ("Ohio 12 15 18 20") adds up so
/// only by chance.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn results_table_line(cx: &mut Ctx, range: Range<usize>) {
    let (start, end) = (range.start, range.end);
    let number = |k: usize| cx.wb(k) & DIGITS != 0;
    let Some(first_end) = name_from(cx, start, end) else {
        return;
    };
    // The standing: four or more numbers to the end.
    let numbers: Vec<u32> = (first_end..end)
        .map_while(|k| number(k).then(|| cx.t(k).parse().unwrap_or(u32::MAX)))
        .collect();
    if first_end + numbers.len() == end && numbers.len() >= 4 {
        let [played, won, drawn, lost, ..] = numbers[..] else {
            return;
        };
        if played > 0 && u64::from(played) == u64::from(won) + u64::from(drawn) + u64::from(lost) {
            emit_org(cx, start, first_end);
        }
        return;
    }
    // The score line: a name, its goals, the scorers, and again.
    let past_goals = |k: usize| -> Option<usize> {
        if k >= end || !number(k) {
            return None;
        }
        let mut j = k + 1;
        if j < end && cx.word_is(j, "(") {
            let close = (j + 1..end.min(j + 40)).find(|&c| cx.word_is(c, ")"))?;
            j = close + 1;
        }
        Some(j)
    };
    let Some(second) = past_goals(first_end) else {
        return;
    };
    let Some(second_end) = name_from(cx, second, end) else {
        return;
    };
    let Some(last) = past_goals(second_end) else {
        return;
    };
    if last == end || (last + 1 == end && cx.word_is(last, ".")) {
        emit_org(cx, start, first_end);
        emit_org(cx, second, second_end);
    }
}

/// The team (or two teams, "Celtic and Rangers") before the result verb at `k`; whether any.
fn emit_subject(cx: &mut Ctx, k: usize, floor: usize) -> bool {
    let Some(a) = name_to(cx, k, floor) else {
        return false;
    };
    // "Celtic and Rangers drew": a second name before "and".
    let first = (a > floor + 1 && cx.is(a - 1, "and"))
        .then(|| name_to(cx, a - 1, floor))
        .flatten();
    emit_org(cx, a, k);
    if let Some(f) = first {
        emit_org(cx, f, a - 1);
    }
    true
}

/// "Harlow Town lost", "Dunmore Rovers were relegated": a name of two words or more ending in a
/// club's word. A team's nickname ends a club's name after "the" ("the Kettleby Hawks",
/// [`is_nickname`]). "United", "Rovers", "Wanderers" and the like end only clubs' names; "Town",
/// "City" and "County" end places' names too, so those need a result or plural verb after the
/// name and the name must open its clause ("Cape Town is", "fans in Mexico City were" stay
/// places).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn club_names(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end {
        if cx.wb(k) & (CLUB_END | AIRLINE) != CLUB_END || !cx.cap(k) || !name_word(cx, k) {
            continue;
        }
        if k + 1 < range.end && name_word(cx, k + 1) {
            continue;
        }
        let Some(a) = name_to(cx, k + 1, range.start) else {
            continue;
        };
        if a == k {
            continue;
        }
        // "the Kettleby Hawks lost": a team's plural nickname names a club only after "the",
        // and not after a nationality ("Somali Pirates Seize Ship" is a headline's people).
        if is_nickname(cx, k)
            && !(a > range.start && cx.is(a - 1, "the") && !cx.lex(a).any(cat::DEMONYM))
        {
            continue;
        }
        let place_word = cx.is(k, "town") || cx.is(k, "city") || cx.is(k, "county");
        if place_word {
            let next = if k + 1 < range.end { cx.wb(k + 1) } else { 0 };
            // "Cleveland and Kansas City are": after "and" a plural verb is the pair's.
            let paired = joined_to_name_before(cx, a, range.start);
            let with_club = paired_with_club(cx, range.clone(), a, k, paired);
            let verb = next & (RESULT_VERB | LOST_VERB | WIN_VERB) != 0
                || next & PLURAL_VERB != 0 && !paired;
            let opens = opens_clause(cx, range.start, a);
            // "Brentwick Town came from behind to beat Coldharbour United 2-1": a sentence of a
            // result that names another club by a word only clubs end in.
            let in_result = opens
                && range.clone().any(|q| {
                    (q < a || q > k + 1)
                        && q > range.start
                        && ends_in_club_word(cx, q)
                        && name_word(cx, q - 1)
                })
                && range
                    .clone()
                    .any(|q| cx.wb(q) & (RESULT_VERB | LOST_VERB | WIN_VERB | SCORE_WORD) != 0);
            if !(verb && opens
                || with_club
                || in_result
                || club_by_its_people(cx, a, k + 1, range.end))
            {
                continue;
            }
        }
        emit_org(cx, a, k + 1);
    }
}

/// Whether the name `a..=k` ending in "Town", "City" or "County" is joined by "and" to a club's
/// name, before or after it ("Blackmoor Rovers and Ashford Town both won", "Ashford Town and
/// Blackmoor Rovers lost"); `paired`: whether "and" and a capitalised word come before it.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn paired_with_club(cx: &Ctx, range: Range<usize>, a: usize, k: usize, paired: bool) -> bool {
    paired && a >= range.start + 3 && only_club_word(cx, a - 2)
        || k + 3 < range.end
            && cx.word_is(k + 1, "and")
            && name_from(cx, k + 2, range.end)
                .is_some_and(|e| e >= k + 4 && only_club_word(cx, e - 1))
}

/// Whether the word at `k` is a capitalised word that ends only clubs' names ("Rovers",
/// "Wanderers"; not "Town", "City", "County" nor a nickname).
fn only_club_word(cx: &Ctx, k: usize) -> bool {
    cx.wb(k) & (CLUB_END | AIRLINE) == CLUB_END
        && cx.cap(k)
        && !(cx.is(k, "town") || cx.is(k, "city") || cx.is(k, "county"))
        && !is_nickname(cx, k)
}

/// Whether the name starting at `a` is joined by "and" or "or" to a capitalised word before it,
/// within the sentence that starts at `floor` ("Cleveland and Kansas City are"): a plural verb
/// after it is the pair's.
fn joined_to_name_before(cx: &Ctx, a: usize, floor: usize) -> bool {
    a >= floor + 2
        && (cx.word_is(a - 1, "and") || cx.word_is(a - 1, "or"))
        && (cx.cap(a - 2) || cx.caps(a - 2))
}

/// Whether the club's word at `k` is a team's plural nickname ("Hawks", "Owls", "Sox"), listed
/// with the club words ([`CLUB_END`]) but no part of other names.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn is_nickname(cx: &Ctx, k: usize) -> bool {
    const NICKNAMES: [&str; 22] = [
        "hawks", "eagles", "owls", "lions", "tigers", "bears", "wolves", "falcons", "ravens",
        "sharks", "panthers", "bulls", "rams", "colts", "broncos", "spikes", "warriors", "pirates",
        "raiders", "dolphins", "sox", "cubs",
    ];
    crate::words::any_ignore_case(&NICKNAMES, cx.t(k))
}

/// Whether the name `a..b` ending in "Town", "City" or "County" is a club by the people around
/// it: its fans, players or staff right after it ("Ashby Town fans", "Ashby Town's striker"),
/// before "of" and it ("the manager of Ashby Town"), or a player's verb and "for" before it
/// ("scored for Ashby Town", "signed for Kettering City"). A name the lexicon knows as a place
/// ("Mexico City", "Cape Town") stays one.
fn club_by_its_people(cx: &Ctx, a: usize, b: usize, end: usize) -> bool {
    // The whole name as a lexicon place; a first word that is a given name does not count
    // ("Ashby Town": no person's name ends in "Town").
    if cx
        .entry_spanning(a, b)
        .is_some_and(|e| e.any(cat::COUNTRY | cat::CITY | cat::STATE | cat::REGION))
    {
        return false;
    }
    let people = |q: usize| {
        q < end
            && !cx.cap(q)
            && (cx.wb(q) & SQUAD_ROLE != 0
                || ["fans", "supporters", "players", "side", "team"]
                    .iter()
                    .any(|w| cx.is(q, w)))
    };
    let after = people(b) || (b + 1 < end && possessive_at(cx, b) && people(b + 1));
    let of = a >= 2 && cx.is(a - 1, "of") && people(a - 2);
    let played_for = a >= 2
        && cx.is(a - 1, "for")
        && [
            "scored", "scores", "played", "plays", "playing", "signed", "signs", "debut",
        ]
        .iter()
        .any(|w| cx.is(a - 2, w));
    after || of || played_for
}

/// "She flew Delta, United and Jetstar": the names right after a verb of flying, and the names
/// listed with them, are airlines (not "flew to Delta" nor "flew Dublin to Boston").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn flown_airlines(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start..range.end.saturating_sub(1) {
        if cx.wb(k) & (CLUB_END | AIRLINE) != (CLUB_END | AIRLINE) || cx.cap(k) {
            continue;
        }
        let mut names = Vec::new();
        let mut i = k + 1;
        while let Some(b) = name_from(cx, i, range.end) {
            names.push((i, b));
            if b + 1 < range.end && matches!(cx.t(b), "," | "and") {
                i = b + 1;
                if cx.is(i, "and") {
                    i += 1;
                }
            } else {
                break;
            }
        }
        let to_city = names
            .last()
            .is_some_and(|&(_, b)| b < range.end && matches!(cx.t(b), "to" | "-" | "–"));
        if to_city {
            continue;
        }
        for (a, b) in names {
            emit_org(cx, a, b);
        }
    }
}

/// In a sentence with a result, a name that wins a prize is a team too: "BRAZIL EDGE PAST
/// ITALY, KENYA TAKE GOLD", "…, and Leeds clinched the title".
fn prize_winners(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end.saturating_sub(1) {
        if !name_word(cx, k - 1) || cx.wb(k) & WIN_VERB == 0 {
            continue;
        }
        let mut p = k + 1;
        if cx.wb(p) & ARTICLE != 0 && p + 1 < range.end {
            p += 1;
        }
        if cx.wb(p) & PRIZE == 0 {
            continue;
        }
        if let Some(a) = name_to(cx, k, range.start) {
            emit_org(cx, a, k);
        }
    }
}

/// "the State and Homeland Security departments".
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn coordinated_bodies(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 3..range.end {
        // The plural is a common noun, not a name's last word ("Human Services").
        if cx.wb(k) & BODY_PLURAL == 0 || cx.cap(k) || cx.caps(k) || !name_word(cx, k - 1) {
            continue;
        }
        // Names separated by commas and one "and", back to a determiner.
        let mut names = Vec::new();
        let mut j = k;
        let mut saw_and = false;
        while let Some(a) = name_to(cx, j, range.start) {
            names.push((a, j));
            if a == 0 {
                break;
            }
            if cx.is(a - 1, "and") && !saw_and {
                saw_and = true;
                j = a - 1;
            } else if cx.word_is(a - 1, ",") && saw_and {
                j = a - 1;
            } else {
                break;
            }
        }
        if names.len() < 2 || !saw_and {
            continue;
        }
        for (a, b) in names {
            emit_org(cx, a, b);
        }
    }
}

/// "North Korea's army": a country acting as a state. "Chelsea's goalscorer": a club, before
/// one of its players (unless the name is only a surname: "Okafor's strikers" may be a manager's).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn state_bodies(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end.saturating_sub(1) {
        if !name_word(cx, k - 1) || cx.wb(k) & POSSESSIVE == 0 {
            continue;
        }
        let after = cx.wb(k + 1);
        if after & (STATE_BODY | SQUAD_ROLE) == 0 {
            continue;
        }
        let Some(a) = name_to(cx, k, range.start) else {
            continue;
        };
        if after & SQUAD_ROLE != 0 {
            club_named_before(cx, a, k, k + 1);
            continue;
        }
        // The name must be a country in the lexicon, as one entry.
        if cx.entry_spanning(a, k).is_some_and(|e| e.any(cat::COUNTRY)) {
            cx.emit(a, k, EntityType::Org, None, Source::Context);
        }
    }
}

/// A club's staff rather than a player: "coach", "manager", "captain", "skipper", "boss" (a
/// company has managers and a ship a captain, so only a city's name or a club's word before one
/// is read as a club's: see [`club_named_before`]).
fn staff_word(cx: &Ctx, k: usize) -> bool {
    ["coach", "manager", "captain", "skipper", "boss"]
        .iter()
        .any(|w| cx.is(k, w))
}

/// Whether `a..b` is one city of the lexicon and no country ("Milan", "Leeds", "Real Madrid" is
/// not: it is no city).
fn one_city(cx: &Ctx, a: usize, b: usize) -> bool {
    cx.entry_spanning(a, b)
        .is_some_and(|e| e.any(cat::CITY) && !e.any(cat::COUNTRY))
}

/// "Kestrel striker Tom Vale", "Milan coach Paula Reis": a name right before a player's role and
/// a capitalised name is a club; before a staff word ("coach", "manager") only a city's name is
/// ("Velarion manager Ann Holt" is left to the rest).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn club_before_role(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end.saturating_sub(1) {
        if cx.wb(k) & SQUAD_ROLE == 0 || cx.cap(k) || cx.caps(k) {
            continue;
        }
        if staff_word(cx, k) && person_after_role(cx, k + 1) {
            hired_staff(cx, range.start, k);
        }
        if !name_word(cx, k - 1) || !person_after_role(cx, k + 1) {
            continue;
        }
        let Some(a) = name_to(cx, k, range.start) else {
            continue;
        };
        // "Kestrel's striker" is the possessive rule's (`state_bodies`).
        club_named_before(cx, a, k, k);
    }
}

/// "Roma, meanwhile, sacked manager Paolo Conti", "Dunmore have appointed coach Ann Holt": the
/// name that sacks or appoints a manager or coach (`k`) is the club or firm that employs them, an
/// organisation. The name opens its clause, an adverb set off by commas or "have", "has" or
/// "had" may stand before the verb; a person's name ("Ann Holt sacked manager …") and a surname
/// alone are left alone.
fn hired_staff(cx: &mut Ctx, floor: usize, k: usize) {
    const HIRING: [&str; 5] = ["sacked", "fired", "appointed", "hired", "dismissed"];
    if k < floor + 2 || !HIRING.iter().any(|w| cx.is(k - 1, w)) {
        return;
    }
    let mut s = k - 1;
    // "Dunmore have sacked": a plural verb for one name is a side's.
    let mut plural = false;
    if s > floor && ["have", "has", "had"].iter().any(|w| cx.is(s - 1, w)) {
        plural = cx.is(s - 1, "have");
        s -= 1;
    }
    let mut set_off = false;
    if s >= floor + 4
        && cx.word_is(s - 1, ",")
        && cx.word_is(s - 3, ",")
        && cx.toks[s - 2].kind() == TokenKind::Word
        && !cx.cap(s - 2)
    {
        s -= 3;
        set_off = true;
    }
    let Some(a) = name_to(cx, s, floor) else {
        return;
    };
    let opens = a == floor || cx.toks[a - 1].kind() == TokenKind::Punct;
    // "Ann Holt sacked manager Tom Reed": a given name opening a longer name is a person's.
    let person = s >= a + 2 && cx.lex(a).any(cat::GIVEN);
    let only_surname = a + 1 == s
        && cx.lex(a).any(cat::SURNAME)
        && !cx.lex(a).any(cat::GIVEN)
        && !entity_like(cx, a);
    // One word no list knows may be an owner or a manager ("Mourinho appointed coach Ann
    // Marsh"): a side only as a city, with a plural verb or set off by an adverb ("Roma,
    // meanwhile, sacked").
    let lone_word = a + 1 == s && !one_city(cx, a, s) && !plural && !set_off;
    if opens && !only_surname && !person && !lone_word {
        emit_org(cx, a, s);
    }
}

/// Whether a person's name starts at token `i`, right after a squad role: a capitalised name
/// word, or a month's name that is also a given name before one ("Brenford winger April
/// Dunn": the player is April Dunn; "a striker in May" has no name after the role).
fn person_after_role(cx: &Ctx, i: usize) -> bool {
    cx.cap(i)
        && (name_word(cx, i)
            || cx.is_a(i, class::MONTH)
                && cx.lex(i).any(cat::GIVEN)
                && i + 1 < cx.toks.len()
                && name_word(cx, i + 1))
}

/// The name at `a..end` before the squad role at token `role` ("Kestrel striker", "Kestrel's
/// striker", "Milan coach") as a club: before a staff word only a city's name or a name ending
/// in a club's word ([`ends_in_club_word`]: "Rovers boss Gary Lane"), and never a surname alone
/// ("Ann Holt striker" is no club).
fn club_named_before(cx: &mut Ctx, a: usize, end: usize, role: usize) {
    // "Ashford's Danish midfielder": a nationality is no club.
    if a + 1 == end && cx.lex(a).any(cat::DEMONYM) {
        return;
    }
    // "City manager Graham Lowe" after "Merrow City" is that club; "Inter captain Marco Ferri"
    // after "Inter Milan" too (the first word of an organisation named earlier).
    let club_town_word = a + 1 == end
        && cx.own_word(a).is_some_and(|word| {
            let marks = cx.word_marks[word];
            marks & super::PERSON_WORD == 0
                && marks & (super::CLUB_TOWN_WORD | super::ORG_FIRST_WORD) != 0
        });
    // "Dunmore boss Karen Hollis": a name no list knows (no common word, given name, surname,
    // country or region) before a staff word and a person is the club or firm that employs
    // them ("Marketing manager Ann Holt", "England manager …" are not).
    let unlisted = (a..end).all(|q| cx.lex(q).flags == 0 && !cx.caps(q));
    // "said Inter captain Marco Ferri": a lone capitalised word inside the sentence (or opening
    // it, when no common word) that no list knows as a name, a title, a job, a people or a
    // body's or place's noun, before a captain, boss or skipper and a person, is their club
    // ("Club captain", "Former boss" are not).
    let lone_club = a + 1 == end
        && matches!(cx.t(role), "captain" | "boss" | "skipper")
        && !cx.caps(a)
        && (!cx.starts_sentence(a) || !cx.lex(a).any(cat::COMMON))
        // "said Interim boss Ann Holt": a word of the post, no club.
        && !crate::words::any_exact(&POST_WORDS, cx.t(a))
        && !entity_like(cx, a)
        && !cx.lex(a).any(
            super::PERSON_OR_PEOPLE_WORD
                | cat::SURNAME
                | cat::JOB
                | cat::ORG_WORD
                | cat::PLACE_WORD,
        );
    if staff_word(cx, role)
        && !one_city(cx, a, end)
        && !ends_in_club_word(cx, end - 1)
        && !club_town_word
        && !unlisted
        && !lone_club
    {
        return;
    }
    let only_surname = a + 1 == end
        && cx.lex(a).any(cat::SURNAME)
        && !cx.lex(a).any(cat::GIVEN)
        && !entity_like(cx, a);
    if !only_surname {
        emit_org(cx, a, end);
    }
}

/// Whether the word at `k` ends only clubs' names: "Rovers", "Wanderers", "United" ("Town",
/// "City" and "County" end places' names too, and "Air" an airline's).
fn ends_in_club_word(cx: &Ctx, k: usize) -> bool {
    cx.wb(k) & (CLUB_END | AIRLINE) == CLUB_END
        && cx.cap(k)
        && !(cx.is(k, "town") || cx.is(k, "city") || cx.is(k, "county"))
}

/// "flew with Air Tasmara", "Air Chathams said": "Air" and one or two capitalised words that are
/// no common words is an airline ("Air Force", "Air Quality Index", "Air Marshal" are not: common
/// words or a title).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn air_brands(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start..range.end.saturating_sub(1) {
        if !cx.word_is(k, "Air") || cx.claimed[k] || !name_word(cx, k + 1) {
            continue;
        }
        let mut b = k + 1;
        while b < range.end && b < k + 3 && name_word(cx, b) {
            b += 1;
        }
        if b < range.end && name_word(cx, b) {
            continue;
        }
        // "Air Hillary Clinton": a person's name after it, a nickname.
        let plain = !cx.lex(k + 1).any(cat::GIVEN)
            && (k + 1..b).all(|q| {
                let e = cx.lex(q);
                !e.any(cat::COMMON | cat::TITLE | cat::HONORIFIC) && !cx.caps(q)
            });
        if plain {
            cx.emit(k, b, EntityType::Org, None, Source::Context);
        }
    }
}

/// "Aeroméxico, Air Canada, American, British Airways and Volaris": in a list of three names or
/// more, one of them an airline by its word ("Air", "Airways", "Airlines"), every name is an
/// airline (though "American" is a nationality and "Delta" a place).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn airline_lists(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    let mut i = range.start;
    while i < end {
        // A list: names separated by commas, the last perhaps by "and".
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut j = i;
        while let Some(b) = name_from(cx, j, end) {
            items.push((j, b));
            if b + 1 < end && cx.word_is(b, ",") {
                j = if cx.is(b + 1, "and") { b + 2 } else { b + 1 };
            } else if b + 1 < end && cx.is(b, "and") {
                j = b + 1;
            } else {
                break;
            }
        }
        let airline = items.len() >= 3
            && items.iter().any(|&(a, b)| {
                (a..b).any(|q| cx.cap(q) && cx.wb(q) & (AIRLINE | CLUB_END) == AIRLINE)
            });
        if airline {
            for &(a, b) in &items {
                emit_org(cx, a, b);
            }
        }
        i = items.last().map_or(i + 1, |&(_, b)| b.max(i + 1));
    }
}

/// "the Herald", "The Scotsman", "the Yorkshire Post": a newspaper, named after "the" by up to
/// three capitalised words, the last a newspaper's word, that start no longer name ("the Post
/// Office", "the Journal of Ecology") and hold no title ("the Chief Observer").
///
/// "Kestrel Air", "Velmora Air": an airline, by its last word alone (not "National Air and
/// Space Museum").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn press_names(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end {
        if !cx.cap(k) {
            continue;
        }
        let w = cx.wb(k);
        if w & (PRESS | AIRLINE) == 0 || !name_word(cx, k) {
            continue;
        }
        if k + 1 < range.end && (name_word(cx, k + 1) || matches!(cx.t(k + 1), "of" | "and" | "&"))
        {
            continue;
        }
        // Room for "the" before a newspaper's name.
        let floor = if w & AIRLINE != 0 {
            range.start
        } else {
            range.start + 1
        };
        let mut a = k;
        while a > floor && a + 3 > k && name_word(cx, a - 1) {
            a -= 1;
        }
        let airline = w & AIRLINE != 0 && a < k;
        if !(airline || (w & PRESS != 0 && cx.is(a - 1, "the")))
            || (a..k).any(|q| cx.lex(q).any(cat::TITLE | cat::HONORIFIC | cat::JOB))
        {
            continue;
        }
        emit_org(cx, a, k + 1);
    }
}

/// "Washington said", "Beijing warned": a place as the subject of a reporting verb; "Leeds were
/// the better side", "Ipswich have won four in a row": a city with a plural verb, its club.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn speaking_place(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start..range.end.saturating_sub(1) {
        if cx.claimed[k] || !cx.cap(k) {
            continue;
        }
        let verb = cx.wb(k + 1);
        if verb & (PLACE_SPEECH | PLURAL_VERB) == 0 {
            if k + 2 < range.end
                && cx.wb(k + 2) & (PLACE_SPEECH | PLURAL_VERB) != 0
                && town_and_coined_word(cx, range.start, k, cx.wb(k + 2) & PLURAL_VERB != 0)
            {
                cx.emit(k, k + 2, EntityType::Org, None, Source::Context);
            }
            continue;
        }
        // "Governor Kazuo Ueda … Ueda said": a town's name read as a person's surname earlier
        // speaks as the person ("Whitby were relegated" is still the town's club).
        if verb & PLACE_SPEECH != 0 && super::names::is_town_surname(cx, k) {
            continue;
        }
        if cx.caps(k) {
            // "The FA said", "the SFA have refused": an initialism after "the" that speaks is a
            // body (not a country: "the US said").
            let n = cx.len(k);
            let initialism = (2..=5).contains(&n)
                && cx.t(k).bytes().all(|b| b.is_ascii_uppercase())
                && k > range.start
                && cx.is(k - 1, "the")
                && cx.entity_flags(k) & (cat::COUNTRY | cat::CITY | cat::STATE) == 0
                && !cx.lex(k).any(cat::TITLE | cat::HONORIFIC | cat::JOB);
            if initialism {
                cx.emit(k, k + 1, EntityType::Org, None, Source::Context);
            }
            continue;
        }
        // The name opens its clause: the sentence, a comma, a quotation mark or a conjunction
        // comes before it (not "officials in Washington said").
        let opens = k == range.start
            || matches!(cx.t(k - 1), "," | "\"" | "“" | "”" | "—" | "–" | ";" | ":")
            || cx.wb(k - 1) & CLAUSE_OPENER != 0 && !second_of_placed_pair(cx, range.start, k);
        // "Reading were", "Worthing have": a word in "-ing" with a plural verb is no gerund (a
        // gerund takes a singular verb) but a town's club.
        let t = cx.t(k);
        let ing_town = verb & PLURAL_VERB != 0
            && t.len() >= 6
            && t.ends_with("ing")
            && !t.ends_with("thing")
            && cx.entity_flags(k) & super::ENTITY_CATS == 0;
        let place = (cx.entity_flags(k) & (cat::COUNTRY | cat::CITY | cat::STATE) != 0 || ing_town)
            && cx.entity_flags(k) & (cat::ORG | cat::NEWS) == 0;
        // "Dayton, Ohio said": the state or country of a town before it, a place.
        let of_town = k >= 2
            && cx.word_is(k - 1, ",")
            && (cx.cap(k - 2) || cx.caps(k - 2))
            && cx.entity_flags(k) & (cat::STATE | cat::COUNTRY) != 0;
        // "Leeds were the better side": a one-word city with a plural verb is its club (a
        // country or state may be plural: "the Netherlands were").
        // "Cleveland and Philadelphia are preparing": after "and" the plural verb is the pair's.
        // (Not ", and Kettering were beaten": a clause of its own.)
        let paired = joined_to_name_before(cx, k, range.start);
        let club = verb & PLACE_SPEECH != 0
            || cx.entity_flags(k) & (cat::COUNTRY | cat::STATE) == 0 && !paired;
        if opens && place && !of_town && club {
            cx.emit(k, k + 1, EntityType::Org, None, Source::Context);
        }
    }
}

/// Whether the two capitalised words at `k` and `k + 1`, alone and opening their clause, are a
/// city's name and a word no list knows or a company's ("Osaka Velcron said", "Velka Dortmund
/// are"), or a city and a noun ("Osaka Electron said"): a firm or club named for its town, before
/// a verb of speech or a plural verb ([`speaking_place`]). Not a person's name: the city is no
/// given name or surname ("Paris Hilton said", "Austin Kowalczyk said") and the other word no
/// name or title; a common word before the city is none either ("Yesterday Tokyo said"). A word
/// no list knows before the city names a club only before a plural verb: before a speech verb it
/// is more often a first name no list has and a town's name as the surname ("Kazuo Ueda said").
fn town_and_coined_word(cx: &Ctx, floor: usize, k: usize, plural: bool) -> bool {
    const NAME_WORD: u32 = cat::GIVEN
        | cat::SURNAME
        | cat::COMMON
        | cat::TITLE
        | cat::HONORIFIC
        | cat::JOB
        | cat::KNOWN_PERSON;
    let town = |i: usize| {
        cx.entity_flags(i) & super::ENTITY_CATS == cat::CITY && !cx.lex(i).any(NAME_WORD)
    };
    let coined = |i: usize, common: u32| {
        cx.entity_flags(i) & super::ENTITY_CATS & !cat::ORG == 0
            && !cx.lex(i).any(NAME_WORD & !common)
    };
    // "Kyoto Protocol says": a city's treaty is a document, not a firm.
    const DOCUMENTS: [&str; 6] = [
        "Protocol",
        "Accord",
        "Agreement",
        "Convention",
        "Treaty",
        "Declaration",
    ];
    let word = |i: usize| cx.cap(i) && !cx.caps(i) && !cx.claimed[i];
    opens_clause(cx, floor, k)
        // "Hiroshi Tanaka and Kazuo Ueda were …": the plural verb is the pair's.
        && !joined_to_name_before(cx, k, floor)
        && !crate::words::any_exact(&DOCUMENTS, cx.t(k + 1))
        && word(k)
        && word(k + 1)
        && !(k > floor && (cx.cap(k - 1) || cx.caps(k - 1)))
        // After the city a common noun may be the firm's word ("Tokyo Electron").
        && (town(k) && coined(k + 1, cat::COMMON) && cx.toks[k + 1].tag().is_noun()
            || plural && coined(k, 0) && town(k + 1))
        // "Abu Dhabi said": not one listed name.
        && !cx
            .entry_spanning(k, k + 2)
            .is_some_and(|e| e.any(super::ENTITY_CATS))
}

/// Whether the name at `k` is the second of two joined by "and" or "or" after a preposition of
/// place: "officials in Bujumbura and Tegucigalpa said" (the officials speak, not the city).
fn second_of_placed_pair(cx: &Ctx, floor: usize, k: usize) -> bool {
    if k < floor + 2 || !(cx.word_is(k - 1, "and") || cx.word_is(k - 1, "or")) {
        return false;
    }
    let mut p = k - 1;
    while p > floor && p + 5 > k && cx.cap(p - 1) {
        p -= 1;
    }
    p < k - 1
        && p > floor
        && ["in", "at", "from", "across", "between", "near", "to"]
            .iter()
            .any(|w| cx.word_is(p - 1, w))
}

/// "PC Gamer", "LA Weekly": an acronym and a capitalised common noun.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn acronym_title(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start..range.end.saturating_sub(1) {
        if !cx.caps(k) {
            continue;
        }
        let n = cx.t(k).chars().count();
        let acronym = cx.caps(k)
            && (2..=4).contains(&n)
            && cx.t(k).chars().all(|c| c.is_ascii_uppercase())
            && !cx.claimed[k]
            && !cx.lex(k).any(cat::TITLE | cat::HONORIFIC);
        let next = k + 1;
        let noun = cx.cap(next)
            && !cx.caps(next)
            && !cx.claimed[next]
            && cx.lex(next).any(cat::COMMON)
            && !cx
                .lex(next)
                .any(cat::TITLE | cat::HONORIFIC | cat::JOB | cat::GIVEN)
            && cx.entity_flags(next) & super::ENTITY_CATS == 0
            && !cx.is_a(
                next,
                crate::words::class::MONTH | crate::words::class::WEEKDAY,
            );
        // Not inside a longer capitalised run ("NBA Finals Game", a headline).
        let alone = (k == range.start || !(cx.cap(k - 1) || cx.caps(k - 1)))
            && !(next + 1 < range.end && (cx.cap(next + 1) || cx.caps(next + 1)));
        if acronym && noun && alone && !cx.starts_sentence(k) {
            // "BBC Radio 4": a station's number is part of its name.
            let end = if super::orgs::channel_number(cx, next) {
                cx.release_number(next + 1);
                next + 2
            } else {
                next + 1
            };
            cx.emit(k, end, EntityType::Org, None, Source::OrgStructure);
        }
    }
}

/// A name typed by its context ("Leeds beat Chelsea 2-1") has that type wherever the text
/// names it by the lexicon alone ("… fans in Leeds"): one text, one reading of a club.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn propagate(cx: &mut Ctx) {
    let text = cx.text;
    let typed: crate::lexicon::hash::FxHashMap<String, EntityType> = cx
        .out
        .iter()
        .zip(&cx.found)
        .filter(|(m, f)| f.source == Source::Context && m.kind == EntityType::Org)
        .map(|(m, _)| (m.span.text(text).to_lowercase(), m.kind))
        .collect();
    if typed.is_empty() {
        return;
    }
    for (m, f) in cx.out.iter_mut().zip(cx.found.iter_mut()) {
        if !matches!(
            f.source,
            Source::Lexicon | Source::LexiconPhrase | Source::Known
        ) || m.kind != EntityType::Place
        {
            continue;
        }
        if let Some(kind) =
            crate::lexicon::with_lowercase(m.span.text(text), |l| typed.get(l).copied())
        {
            m.kind = kind;
            f.source = Source::Context;
        }
    }
}

/// Names whose last word says what they are, though the first words read as a person's:
///
/// * a street: a street's noun after capitalised words ("Victoria Street", "Redcliffe Way",
///   "Charlotte Square"; "Lane", a surname too, only after a preposition of place: "on Ashby
///   Lane"), a place;
/// * a utility or public service named by compass words ("South West Water", "South Western
///   Railway", "North East Ambulance Service", "Northern Power"), an organisation;
/// * a tribal government ("the Tohono Springs Tribe", "the Kessaw Nation", "the Lac Ombre Band of
///   Ojibwe"), an organisation;
/// * a company before a legal form that is in no list or written in lower case ("Ahrwein eG",
///   "Marlow plc", "Norrby AB", "Veltria SE"), an organisation.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn named_by_its_head(cx: &mut Ctx, range: Range<usize>) {
    for k in range.start + 1..range.end {
        if !cx.is_a(k, class::NAME_HEAD) || cx.claimed[k] {
            continue;
        }
        let w = cx.t(k);
        if matches!(w, "Street" | "Road" | "Avenue" | "Way" | "Square" | "Lane") {
            let Some(a) = name_to(cx, k, range.start) else {
                continue;
            };
            let before = |word: &str| a > range.start && cx.is(a - 1, word);
            // "Wall Street Journal", "Madison Square Garden": the name goes on; "Downing
            // Street" is in the lists (the government); up to three words before the noun
            // ("Martin Luther King Way"), not a headline's run of capitals.
            if k + 1 < range.end && name_word(cx, k + 1)
                || a + 3 < k
                || cx
                    .entry_spanning(a, k + 1)
                    .is_some_and(|e| e.any(super::ENTITY_CATS))
            {
                continue;
            }
            // "the Third Way", "a New Way", "In The Most Awkward Way": a manner, not a street.
            if w == "Way"
                && (before("the") || before("a") || (a..k).any(|q| cx.lex(q).any(cat::COMMON)))
            {
                continue;
            }
            const PLACE_PREPOSITIONS: [&str; 9] = [
                "on", "in", "at", "off", "along", "down", "up", "near", "from",
            ];
            if w == "Lane"
                && (!PLACE_PREPOSITIONS.iter().any(|p| before(p)) || person_like(cx, a, k + 1))
            {
                continue;
            }
            // A given name before the noun ("Victoria Street") reads as a street only where a
            // street stands: after a preposition of place or in a list of them ("on Baldwin
            // Street, Victoria Street and …"); "cheered for Jack Way, who scored", "Coach
            // Harriet Square said" are people.
            let in_a_list = (before(",") || before("and") || before("or"))
                && (a.saturating_sub(6).max(range.start)..a).any(|q| {
                    matches!(
                        cx.t(q),
                        "Street" | "Road" | "Avenue" | "Way" | "Square" | "Lane"
                    )
                });
            if person_like(cx, a, k + 1)
                && !(PLACE_PREPOSITIONS.iter().any(|p| before(p)) || in_a_list)
            {
                continue;
            }
            cx.emit(a, k + 1, EntityType::Place, None, Source::Context);
        } else if matches!(
            w,
            "Water" | "Power" | "Rail" | "Railway" | "Trains" | "Energy" | "Ambulance"
        ) {
            let mut a = k;
            while a > range.start && a + 3 > k && is_compass_word(cx.t(a - 1)) && !cx.claimed[a - 1]
            {
                a -= 1;
            }
            if a == k {
                continue;
            }
            let mut b = k + 1;
            // "Eastern Power Distribution": the name goes on (the structure reads it whole).
            if b < range.end && name_word(cx, b) && w != "Ambulance" {
                continue;
            }
            // "North East Ambulance Service", "… Ambulance Service NHS Trust".
            if w == "Ambulance" {
                if !(b < range.end && (cx.word_is(b, "Service") || cx.word_is(b, "Trust"))) {
                    continue;
                }
                b += 1;
            }
            cx.emit(a, b, EntityType::Org, None, Source::Context);
        } else if matches!(w, "Tribe" | "Nation" | "Band") {
            let Some(a) = name_to(cx, k, range.start) else {
                continue;
            };
            // "the Marine Band", "the Irish Nation": a tribe's band is "of" a people; a nation
            // is a tribe's only after a name no list holds as a people or place.
            // A tribe's government takes the article ("the Navajo Nation", not "Carry Nation").
            if !(a > range.start && cx.wb(a - 1) & ARTICLE != 0) {
                continue;
            }
            let mut b = k + 1;
            if w == "Band" {
                if !(b + 1 < range.end && cx.is(b, "of") && name_word(cx, b + 1)) {
                    continue;
                }
                b = name_from(cx, b + 1, range.end).unwrap_or(b + 2);
            } else if (a..k).any(|q| cx.lex(q).any(cat::DEMONYM) || entity_like(cx, q))
                || person_like(cx, a, k)
                // "The Carla Nation tour": a given name and the head are a person's name.
                || person_like(cx, a, k + 1)
            {
                continue;
            }
            cx.emit(a, b, EntityType::Org, None, Source::Context);
        } else if matches!(w, "eG" | "plc" | "SE" | "AB") {
            let Some(a) = name_to(cx, k, range.start) else {
                continue;
            };
            if k + 1 < range.end && name_word(cx, k + 1) {
                continue;
            }
            // "Calgary AB", "Seattle SE": a province's or a quarter's letters after a place.
            if matches!(w, "SE" | "AB") && cx.entity_flags(k - 1) & super::places::PLACE_NAME != 0 {
                continue;
            }
            cx.emit(a, k + 1, EntityType::Org, None, Source::Context);
        }
    }
}

/// A compass word that opens a region's utility's name ("South West Water", "Northern Rail"):
/// a region's direction word ([`super::places::is_direction`]) other than "Upper", "Lower",
/// "Greater" and "New".
fn is_compass_word(w: &str) -> bool {
    super::places::is_direction(w) && !matches!(w, "Upper" | "Lower" | "Greater" | "New")
}

/// At "told" (`k`), or "to" after "speaking", "spoke", "talking" or "according": "she told Sky
/// Sport", "speaking to Kestrel Radio": a name of two words or more that opens or ends with a
/// word of a broadcaster or the press is the outlet spoken to, an organisation, though "told"
/// takes people too (a person's name stays one: "told Tom Post"), unless a list already knows a
/// word of it as an entity or a title ("told BBC Radio Wexford" is the lexicon's).
fn medium_spoken_to(cx: &mut Ctx, end: usize, k: usize) {
    const MEDIUM_WORDS: [&str; 12] = [
        "sport",
        "sports",
        "news",
        "radio",
        "tv",
        "television",
        "fm",
        "channel",
        "online",
        "magazine",
        "podcast",
        "network",
    ];
    let spoken_to = cx.word_is(k, "told")
        || k > 0
            && cx.word_is(k, "to")
            // Any case: "According to Harbor Radio" opens a sentence (review rev55).
            && crate::words::any_ignore_case(
                &["speaking", "spoke", "talking", "according"],
                cx.t(k - 1),
            );
    if !spoken_to || k + 2 >= end {
        return;
    }
    let a = k + 1;
    let Some(b) = name_from(cx, a, end) else {
        return;
    };
    let medium = |q: usize| crate::words::any_ignore_case(&MEDIUM_WORDS, cx.t(q));
    if b < a + 2
        || !(medium(a) || medium(b - 1) || cx.wb(b - 1) & PRESS != 0)
        || cx.any_claimed(a, b)
        || (a..b).any(|q| {
            cx.entity_flags(q) & super::ENTITY_CATS != 0
                || cx.lex(q).any(cat::TITLE | cat::HONORIFIC | cat::JOB)
        })
        || person_like(cx, a, b)
    {
        return;
    }
    cx.emit(a, b, EntityType::Org, None, Source::Context);
}

/// At a comma (`c`): "Marine Atlantic, which operates the ferry route": a name before ", which"
/// and a verb of running a business is a company, whole, though a word of it names a place
/// ("Atlantic") or its first word a given name ("Marine"), unless the whole name is a place or
/// an entity a list knows ("North Wexford, which owns": a compass word and a place), or one
/// word (a town or a product as often).
fn company_before_which(cx: &mut Ctx, range: Range<usize>, c: usize) {
    // Not "runs": "the river, which runs through the town".
    const VERBS: [&str; 13] = [
        "operates",
        "owns",
        "makes",
        "manufactures",
        "produces",
        "sells",
        "supplies",
        "builds",
        "publishes",
        "employs",
        "develops",
        "distributes",
        "provides",
    ];
    if c + 2 >= range.end
        || !cx.word_is(c + 1, "which")
        || !crate::words::any_exact(&VERBS, cx.t(c + 2))
    {
        return;
    }
    // The capitalised words before the comma, a sentence's first word too ("Marine" is a
    // common word).
    let mut a = c;
    while a > range.start && a + 6 > c && name_word(cx, a - 1) {
        a -= 1;
    }
    // "Meanwhile Harlow Mills, which makes paper": an adverb, preposition or conjunction opening
    // the run is no word of the name (review rev55).
    if a < c
        && matches!(
            cx.toks[a].tag(),
            crate::pos::Tag::Rb | crate::pos::Tag::In | crate::pos::Tag::Cc
        )
    {
        a += 1;
    }
    // One word may be a town or a product ("Glenbrook, which owns the quarry", "Android, which
    // powers …"): two words or more. "which", not "who": no person, though "Marine" is a given
    // name too.
    if c < a + 2 || cx.any_claimed(a, c) || is_compass_word(cx.t(a)) || known_person(cx, a, c) {
        return;
    }
    let whole = if c == a + 1 {
        cx.entity_flags(a)
    } else {
        cx.entry_spanning(a, c).map_or(0, |e| e.flags)
    };
    if whole & super::ENTITY_CATS != 0 || super::places::by_structure(cx, a, c) {
        return;
    }
    cx.emit(a, c, EntityType::Org, None, Source::Context);
}

/// The capitals that open a disease's name of [`crate::words::DISEASES`], as bits by byte: the
/// one test of a token's first byte before [`disease_name`], derived from the list so that a
/// name added to it is read (review rev55).
const DISEASE_INITIALS: u128 = {
    let mut bits = 0u128;
    let mut i = 0;
    while i < crate::words::DISEASES.len() {
        bits |= 1 << crate::words::DISEASES[i].as_bytes()[0].to_ascii_uppercase();
        i += 1;
    }
    bits
};

/// Whether a token whose first byte is `first` may be a disease's name ([`DISEASE_INITIALS`]).
fn may_name_disease(first: u8) -> bool {
    first < 128 && DISEASE_INITIALS >> first & 1 != 0
}

/// "Covid cases rose", "the Ebola outbreak": a disease's name ([`crate::words::is_disease`]) is
/// no person, organisation or place, whatever the tagger reads, unless a capitalised word
/// after it makes it part of a body's name ("the Covid Inquiry"), or the word is a person's
/// surname: after a given name or a title ("Dr Ann Zika"), or before a speech verb ("Zika said";
/// review rev55).
fn disease_name(cx: &mut Ctx, end: usize, k: usize) {
    if !crate::words::is_disease(cx.t(k)) || cx.claimed[k] {
        return;
    }
    // "Dr Ann Zika, the lead author": a surname after a given name or a title; not before a
    // lower-case word, which the disease's name modifies ("In June Covid cases rose", "Senator
    // Ebola funding").
    let modifies = k + 1 < end
        && cx.first_byte(k + 1).is_ascii_lowercase()
        && matches!(
            cx.toks[k + 1].tag(),
            crate::pos::Tag::Nn | crate::pos::Tag::Nns
        );
    if k > 0 && cx.cap(k - 1) && !modifies && {
        let e = cx.lex(k - 1);
        e.any(cat::TITLE | cat::HONORIFIC) || e.any(cat::GIVEN) && !e.any(cat::COMMON)
    } {
        return;
    }
    if k + 1 < end && cx.is_a(k + 1, class::SPEECH_FORM) {
        return;
    }
    let mut b = k + 1;
    // "Covid-19": the hyphen and the number are the name's.
    if b + 1 < end
        && cx.word_is(b, "-")
        && !cx.toks[b].has(SPACE_BEFORE)
        && cx.first_byte(b + 1).is_ascii_digit()
        && !cx.toks[b + 1].has(SPACE_BEFORE)
    {
        b += 2;
    }
    if b < end && name_word(cx, b) {
        return;
    }
    // "19" may be a number already.
    if cx.any_claimed(k, b) {
        b = k + 1;
    }
    cx.no_name(k, b);
}
