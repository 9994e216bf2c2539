//! Places by structure: datelines and place nouns.
//!
//! * A dateline opens a paragraph: a place in capitals, maybe a state or country after a comma,
//!   then a dash ("GENEVA —", "RIVERTON, Ohio -", "WASHINGTON (Reuters) -").
//! * A run of capitalised words that starts or ends with a place noun from the lexicon
//!   ("Lake Tahoe", "Hyde Park", "Heathrow Airport", "Mount Everest") is a place.
//!   So is a run opened by a street's noun or an article in another language ("Rue Verte",
//!   "La Désirade").
//! * A road's number: "the A64", "the M62", "I-244", "US-75"; a numbered street: "47th Street",
//!   "West 86th Street", "3rd Ave.".
//! * A constituency: the name after "MP for", "MEP for", "MSP for" ("the MP for Wells").

use super::{Ctx, Source};
use crate::analysis::EntityType;
use crate::lexicon::cat;
use crate::segment::TokenKind;
use crate::words::class;

/// Lexicon categories of a place's name.
pub(super) const PLACE_NAME: u32 = cat::COUNTRY | cat::CITY | cat::STATE | cat::REGION;

pub(crate) fn is_dash(s: &str) -> bool {
    matches!(s, "—" | "-" | "–" | "―")
}

/// Whether a word with lexicon entry `e` can be a word of a wire's section (a sport) before a
/// headline's dash: a common word and no place's name ("SOCCER -", "MOTOR RACING -"; not "NICE,
/// France —").
pub(crate) fn is_section_word(e: crate::lexicon::Entry) -> bool {
    e.any(cat::COMMON) && !e.any(PLACE_NAME)
}

/// A token of a dateline's date: a month, its abbreviation, a day or year, or the dots and
/// commas between them.
fn is_date_part(cx: &Ctx, k: usize) -> bool {
    let t = cx.t(k);
    cx.is_a(k, class::MONTH | class::MONTH_ABBR)
        || matches!(t, "." | ",")
        || (!t.is_empty() && t.len() <= 4 && t.bytes().all(|x| x.is_ascii_digit()))
}

/// Marks a dateline starting at token `a` (a paragraph's first token) and ending before `end`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn dateline_at(cx: &mut Ctx, a: usize, end: usize) {
    let mut b = a;
    while b < end && cx.caps(b) && cx.toks[b].kind() == TokenKind::Word {
        b += 1;
    }
    if b == a || b >= end {
        return;
    }
    let place_end = b;
    // Optional ", Ohio" / ", Calif." / ", China".
    let mut second = None;
    if cx.word_is(b, ",") && b + 1 < end && cx.cap(b + 1) {
        let mut c = b + 1;
        while c < end && cx.cap(c) {
            c += 1;
        }
        if c < end && cx.word_is(c, ".") && !cx.toks[c].has(crate::segment::SPACE_BEFORE) {
            c += 1;
        }
        second = Some((b + 1, c));
        b = c;
    }
    // Optional date ("WASHINGTON, Dec. 8 (UPI) —", "NAIROBI, March 3 -"): skipped. A month name
    // read above as a state ("Dec.") is no place.
    if let Some((x, _)) = second {
        if cx.is_a(x, class::MONTH | class::MONTH_ABBR) {
            second = None;
            b = x;
        }
    }
    if second.is_none() && b < end && (cx.word_is(b, ",") || b > place_end) {
        let mut c = if cx.word_is(b, ",") { b + 1 } else { b };
        let start = c;
        while c < end && c < start + 5 && is_date_part(cx, c) {
            c += 1;
        }
        if c > start && (start..c).any(|k| cx.t(k).bytes().all(|x| x.is_ascii_digit())) {
            b = c;
        }
    }
    // Optional "(Reuters)".
    let mut source = None;
    if b < end && cx.word_is(b, "(") {
        let mut c = b + 1;
        while c < end && !cx.word_is(c, ")") && c < b + 6 {
            c += 1;
        }
        if c < end && cx.word_is(c, ")") {
            source = Some((b + 1, c));
            b = c + 1;
        }
    }
    if b >= end || !is_dash(cx.t(b)) {
        return;
    }
    // "SOCCER - ARSENAL HOLD MILAN", "MOTOR RACING -": a wire's section (a sport) right before a
    // headline's dash, not a place: every word of it is a common word and none a place's ("NICE,
    // France —", with its country, stays a dateline).
    let section = b == place_end && (a..place_end).all(|k| is_section_word(cx.lex(k)));
    if section {
        return;
    }
    cx.emit(a, place_end, EntityType::Place, None, Source::Dateline);
    if let Some((x, y)) = second {
        let dot_free = if cx.word_is(y - 1, ".") { y - 1 } else { y };
        if dot_free > x {
            // Keep an AP abbreviation's period ("Calif.").
            let lexicon_end = if super::dotted_entity(cx, dot_free - 1) || dot_free == y {
                y
            } else {
                dot_free
            };
            cx.emit(x, lexicon_end, EntityType::Place, None, Source::Dateline);
        }
    }
    if let Some((x, y)) = source {
        if y > x && cx.cap(x) {
            cx.emit(x, y, EntityType::Org, None, Source::Dateline);
        }
    }
}

/// The two-letter postal codes of the US states and DC, for [`postal_states`].
const POSTAL_CODES: [&str; 51] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC",
];

/// Marks a US state's postal code after a town and a comma as a place ("moved to Tulsa, OK, in
/// 1998", "Austin, TX."). Alone the code is too short for the lexicon (`OK`, `IN` and `ME` are
/// words too, and `MD` a degree: "Paul Okafor, MD,"), so it counts only after a town: a run of
/// up to three capitalised words, not in a line of capitals, after a
/// word of place or movement ("in", "to", "from", "near": "Just ask Hendricks, OK." and "Fine,
/// OK." are no places), and before a break (a comma, period, semicolon, colon or closing
/// bracket) or the sentence's end.
pub(crate) fn postal_states(cx: &mut Ctx, range: std::ops::Range<usize>) {
    for k in range.start + 2..range.end {
        // Cheap first: two bytes, the first a capital.
        if cx.len(k) != 2 || !cx.first_byte(k).is_ascii_uppercase() {
            continue;
        }
        if !cx.word_is(k - 1, ",") || !POSTAL_CODES.contains(&cx.t(k)) {
            continue;
        }
        // The town's first word: back over its capitalised words.
        let mut town = k - 1;
        while town > range.start && town + 3 > k - 1 && cx.cap(town - 1) && !cx.caps(town - 1) {
            town -= 1;
        }
        if town == k - 1
            || town == range.start
            || !["in", "to", "from", "near", "at", "outside", "of"]
                .iter()
                .any(|w| cx.word_is(town - 1, w))
        {
            continue;
        }
        if k + 1 == range.end || matches!(cx.t(k + 1), "," | "." | ";" | ":" | ")") {
            cx.emit(k, k + 1, EntityType::Place, None, Source::Town);
        }
    }
}

/// Whether the capitalised run `a..b` is a place by its place noun: "Lake Tahoe",
/// "Heathrow Airport".
pub(crate) fn by_structure(cx: &Ctx, a: usize, b: usize) -> bool {
    if b - a < 2 {
        return false;
    }
    let first = cx.lex(a);
    // "Main St.": the period of an abbreviated noun is not the last word.
    let b = if cx.word_is(b - 1, ".") && b - a > 2 {
        b - 1
    } else {
        b
    };
    let last = cx.lex(b - 1);
    // "Port", "Mt" and "Isle" open a name though no list holds them as place nouns ("Port
    // Hutt", "Isle Royale"); "River" only before a word no list holds as a surname ("the River
    // Wend", not "River Phoenix"), as it is a given name too; after "the" a river whatever the
    // word ("the River Dane": no person takes the article).
    let river =
        cx.is(a, "river") && (!cx.lex(a + 1).any(cat::SURNAME) || a > 0 && cx.is(a - 1, "the"));
    let opening = [
        "lake", "mount", "mt", "fort", "cape", "port", "gulf", "bay", "isle",
    ]
    .iter()
    .any(|w| cx.is(a, w));
    let unlisted_opening = ["port", "mt", "isle"].iter().any(|w| cx.is(a, w));
    let lead = first.any(cat::PLACE_WORD) && (opening || river || cx.is(a + 1, "of"))
        || unlisted_opening
        || street_noun_abroad(cx, a)
        || place_noun_abroad(cx, a)
        || place_article_abroad(cx, a);
    // Not a person whose surname is a place noun ("Benny Hill"), but "Hudson River"; the given
    // name may follow a title the lexicon does not know ("Transport Secretary Ann Marsh").
    let given = |i: usize| {
        let e = cx.lex(i);
        e.any(cat::GIVEN) && !e.any(cat::COMMON) && !is_direction(cx.t(i))
    };
    // "signed striker Dan Moor": after a role in lower case, a given name and a place noun are
    // a person though no list holds the surname.
    let after_role = a > 0
        && !cx.cap(a - 1)
        && (cx.lex(a - 1).any(cat::JOB) || cx.wb(a - 1) & super::wordbits::SQUAD_ROLE != 0);
    let given_surname = (given(a) || given(b - 2)) && (last.any(cat::SURNAME) || after_role);
    let tail =
        last.any(cat::PLACE_WORD) && !last.any(cat::ORG_WORD) && cx.cap(b - 1) && !given_surname;
    // "New South Wales", "South East Asia", "Western Australia".
    let directed = is_direction(cx.t(a))
        && (a + 1..b).all(|i| is_direction(cx.t(i)) || cx.cap(i))
        && cx.entity_flags(b - 1) & (cat::COUNTRY | cat::CITY | cat::STATE | cat::REGION) != 0;
    lead || tail || directed
}

/// Whether token `a` is a street's or square's noun in another language, which opens the name
/// ("Rue Verte", "Calle Ocho", "Plac Zamkowy", "Paseo del Prado"): English text keeps these
/// names whole, and without the noun they read as a person's given name and surname ("Rue
/// Verte" is no Ms Verte).
fn street_noun_abroad(cx: &Ctx, a: usize) -> bool {
    cx.cap(a)
        && [
            "rue",
            "calle",
            "plac",
            "paseo",
            "avenida",
            "piazza",
            "piazzale",
            "praça",
            "ulica",
            "boulevard",
        ]
        .iter()
        .any(|w| cx.is(a, w))
}

/// Whether token `a` is a landform's or settlement's noun in another language, or a French
/// adjective of one, which opens a place's name ("Anse Bertrand", "Pointe Noire", "Basse Terre",
/// "Punta Arenas", "Kota Kinabalu", "Beit Hanoun", "Deir al-Balah"): without it the name reads
/// as a given name and a surname. Words that also open people's names are left out ("Rio
/// Ferdinand", "Ras Baraka", "Villa", "Costa", "Monte").
fn place_noun_abroad(cx: &Ctx, a: usize) -> bool {
    cx.cap(a)
        && [
            "anse", "pointe", "baie", "morne", "bois", "basse", "haute", "grande", "trois",
            "punta", "playa", "isla", "ciudad", "puerto", "porto", "kampung", "kampong", "kota",
            "wadi", "jebel", "jabal", "kafr", "beit", "deir", "umm",
        ]
        .iter()
        .any(|w| cx.is(a, w))
}

/// Whether token `a` is a French or Spanish article that opens a name ("La Désirade", "Les
/// Vignes", "Las Tablas"): in English text such a name is a place (towns, islands, quarters),
/// not a person, whose name seldom starts so. Newspapers and clubs ("Le Monde", "La Liga") are
/// in the lexicon, found before this; "Le" is left out ("Le Pen"). "Les" is also a given name
/// ("Les Brannock"): it counts only before a French plural ("Les Vignes", "Les Baux") that the
/// lexicon does not know as a name.
fn place_article_abroad(cx: &Ctx, a: usize) -> bool {
    if cx.word_is(a, "La") || cx.word_is(a, "Las") || cx.word_is(a, "Los") {
        return true;
    }
    let next = a + 1;
    cx.word_is(a, "Les")
        && next < cx.toks.len()
        && cx.cap(next)
        && matches!(cx.t(next).as_bytes().last(), Some(b's' | b'x'))
        && !cx.lex(next).any(cat::SURNAME | cat::GIVEN)
}

/// Words that make a region of a place: "North", "South East", "Western", "New".
pub(crate) fn is_direction(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Upper"
            | "Lower"
            | "Greater"
            | "New"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
    )
}

/// Whether token `i` is a capitalised facility noun ("Museum", "Station").
pub(crate) fn is_facility_word(cx: &Ctx, i: usize) -> bool {
    // The word table holds each word's facility class (`words::lists::FACILITY_WORDS`); the
    // debug check keeps the table and the list equal.
    let facility = cx.cap(i) && cx.is_a(i, crate::words::class::FACILITY);
    debug_assert_eq!(
        facility,
        cx.cap(i)
            && crate::words::lists::FACILITY_WORDS
                .iter()
                .any(|f| cx.is(i, f))
    );
    facility
}

/// The end of a facility name over the run `a..b`: at least two words, the last capitalised word
/// a facility noun.
pub(crate) fn facility(cx: &Ctx, a: usize, b: usize) -> Option<usize> {
    if cx.lex(a).any(cat::TITLE | cat::HONORIFIC) {
        return None;
    }
    let is_facility = |i: usize| is_facility_word(cx, i);
    // "Museum of Flight".
    if is_facility(a) && a + 2 < b && cx.is(a + 1, "of") && !centre_of_a_field(cx, a) {
        return Some(super::orgs::of_tail(cx, a + 1, b));
    }
    let last = (a + 1..b).rev().find(|&i| is_facility(i))?;
    if cx.is(last, "reserve") && !nature_reserve(cx, last) {
        return None;
    }
    // Not a person ("Anna Hall": a given name and a facility noun that is also a surname).
    let person = last == a + 1
        && cx.lex(a).any(cat::GIVEN)
        && !cx.lex(a).any(cat::COMMON)
        && cx.lex(last).any(cat::SURNAME);
    if person {
        return None;
    }
    // "Australian Centre for Control of …" is an organisation.
    if last + 1 < b && cx.is(last + 1, "for") || research_centre(cx, last) {
        return None;
    }
    if last + 2 < b && cx.is(last + 1, "of") {
        if centre_of_a_field(cx, last) {
            return None;
        }
        return Some(super::orgs::of_tail(cx, last + 1, b));
    }
    Some(last + 1)
}

/// Whether the "Reserve" at `i` is land: a word of nature or scenery before it ("Tarn Nature
/// Reserve", "Kowhai Scenic Reserve", "Mara Game Reserve"), not a military or bank reserve
/// ("Army Reserve", "Federal Reserve").
fn nature_reserve(cx: &Ctx, i: usize) -> bool {
    i > 0
        && [
            "nature",
            "scenic",
            "game",
            "wildlife",
            "forest",
            "marine",
            "biosphere",
            "historic",
            "recreation",
            "bird",
            "wetland",
            "wetlands",
        ]
        .iter()
        .any(|w| cx.is(i - 1, w))
}

/// "the Centre of Rural Law", "the Harlow Center of Marine Studies": a centre named for what it
/// studies or serves is an institute, an organisation (as "Centre for …" is), not a building like
/// "Museum of Flight". Only "Centre"/"Center" before a capitalised "of" tail: a centre that is a
/// place takes a place's or owner's name before it ("Lincoln Center", "Kestrel Centre").
fn centre_of_a_field(cx: &Ctx, i: usize) -> bool {
    (cx.is(i, "centre") || cx.is(i, "center")) && i + 2 < cx.toks.len() && cx.cap(i + 2)
}

/// "the Ocean Research Center", "the Harlow Policy Centre", "the National Cyber Security Centre":
/// a centre for research, policy, security or intelligence is an institute, an organisation,
/// whatever its building ("Harlow Arts Centre" stays a place).
fn research_centre(cx: &Ctx, i: usize) -> bool {
    (cx.is(i, "centre") || cx.is(i, "center"))
        && i > 0
        && ["research", "policy", "studies", "security", "intelligence"]
            .iter()
            .any(|w| cx.is(i - 1, w))
}

/// Whether `w` is written as a road's number: a British road after "the" ("A64", "M62",
/// "A1(M)" as "A1M"), or an American one anywhere ("I-244", "US-75", "SR-99").
fn road_number(w: &str, after_the: bool) -> bool {
    let digits = |s: &str| (1..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if let Some((prefix, number)) = w.split_once('-') {
        return matches!(prefix, "I" | "US" | "SR" | "SH") && digits(number);
    }
    if !after_the || !matches!(w.as_bytes()[0], b'A' | b'B' | b'M') {
        return false;
    }
    let rest = &w[1..];
    // Not an Airbus ("the A380"): A-roads numbered 300-399 are few.
    let airbus = w.len() == 4 && w.starts_with("A3");
    digits(rest.strip_suffix('M').unwrap_or(rest)) && !airbus
}

/// A word after a number that makes it a machine, not a road ("the M16 rifle", "the M1 chip").
fn machine_noun(w: &str) -> bool {
    matches!(
        w,
        "rifle"
            | "rifles"
            | "carbine"
            | "tank"
            | "tanks"
            | "jet"
            | "jets"
            | "aircraft"
            | "plane"
            | "planes"
            | "airliner"
            | "engine"
            | "chip"
            | "chips"
            | "processor"
            | "model"
            | "series"
            | "bomber"
            | "bombers"
            | "helicopter"
            | "gun"
            | "launcher"
    )
}

/// A road by its number at token `i`, a capitalised word ("the A64", "I-244"): emits it as a
/// place and says whether it did.
#[inline]
pub(crate) fn road_at(cx: &mut Ctx, k: usize) -> bool {
    // The first letter, then the length: most capitalised words fail there.
    let t = &cx.toks[k];
    if !matches!(cx.first_byte(k), b'A' | b'B' | b'M' | b'I' | b'U' | b'S')
        || !(2..=8).contains(&t.span().len())
        || t.kind() != TokenKind::Word
    {
        return false;
    }
    let w = cx.t(k);
    if !w.as_bytes()[1..].iter().any(u8::is_ascii_digit) {
        return false;
    }
    let machine = k + 1 < cx.toks.len() && machine_noun(cx.t(k + 1));
    if road_number(w, k > 0 && cx.is(k - 1, "the")) && !machine {
        cx.emit(k, k + 1, EntityType::Place, None, Source::PlaceStructure);
        return true;
    }
    false
}

/// "the Conservative MP for Wells", "Labour MSP for Leith": the capitalised name after a member's
/// initialism and "for" is the constituency, a place (the surname list holds "Wells", which then
/// read as a person).
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn constituencies(cx: &mut Ctx, range: std::ops::Range<usize>) {
    for k in range.start..range.end.saturating_sub(2) {
        if cx.first_byte(k) != b'M' {
            continue;
        }
        if let Some((a, b)) = constituency_at(cx, k, range.end) {
            cx.emit(a, b, EntityType::Place, None, Source::PlaceStructure);
        }
    }
}

/// Records the constituencies of a sentence as places the text knows, before any sentence is
/// read: "the people of Westbrook … the MP for Westbrook" makes the first "Westbrook" the seat
/// too, whatever organisation the text names after it ("Westbrook University").
/// Whether it found any.
pub(crate) fn know_constituencies(cx: &mut Ctx, range: std::ops::Range<usize>) -> bool {
    let mut any = false;
    for k in range.start..range.end.saturating_sub(2) {
        if cx.first_byte(k) != b'M' {
            continue;
        }
        if let Some((a, b)) = constituency_at(cx, k, range.end) {
            cx.know(a, b, EntityType::Place);
            any = true;
        }
    }
    any
}

/// The constituency after the member's initialism at `k` and "for" ("MP for Bath and North East
/// Somerset"), within the sentence ending at `end`.
fn constituency_at(cx: &Ctx, k: usize, end: usize) -> Option<(usize, usize)> {
    if cx.first_byte(k) != b'M' || !matches!(cx.t(k), "MP" | "MEP" | "MSP" | "MLA") {
        return None;
    }
    let a = k + 2;
    if !cx.word_is(k + 1, "for") || !cx.cap(a) || cx.claimed[a] {
        return None;
    }
    // "Wells", "Bath and North East Somerset", "Brighton Pavilion".
    let mut b = a + 1;
    while b < end && b < a + 6 && !cx.claimed[b] {
        if cx.cap(b) && cx.toks[b].kind() == TokenKind::Word {
            b += 1;
        } else if cx.word_is(b, "and") && b + 1 < end && cx.cap(b + 1) {
            b += 2;
        } else {
            break;
        }
    }
    Some((a, b))
}

/// Streets named by their number: an ordinal and a street's noun ("47th Street", "3rd Ave.",
/// "112th Place"), with a compass word or letter before it ("West 86th Street", "N 12th St").
/// Without this the ordinal reads as a number and the noun as nothing, and American news names
/// many streets so ("a march down 14th Street").
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn numbered_streets(cx: &mut Ctx, range: std::ops::Range<usize>) {
    for k in range.start..range.end.saturating_sub(1) {
        // Cheap first: a digit, then an ordinal's letters.
        if !cx.first_byte(k).is_ascii_digit() || !is_ordinal(cx.t(k)) {
            continue;
        }
        let noun = k + 1;
        if !cx.cap(noun) || !is_street_noun(cx.t(noun)) {
            continue;
        }
        // A rank is a place too ("finished 3rd Place"): "Place" counts only after a
        // preposition of place or a compass word ("on 112th Place").
        if cx.word_is(noun, "Place")
            && !(k > range.start
                && (is_compass(cx.t(k - 1))
                    || ["on", "at", "near", "off", "along", "and"]
                        .iter()
                        .any(|w| cx.word_is(k - 1, w))))
        {
            continue;
        }
        let mut b = noun + 1;
        // "3rd Ave." keeps its period inside the sentence.
        if cx.len(noun) <= 4 && b + 1 < range.end && cx.word_is(b, ".") {
            b += 1;
        }
        let mut a = k;
        if a > range.start && is_compass(cx.t(a - 1)) {
            a -= 1;
        }
        if cx.any_claimed(a, b) {
            if cx.claimed[a] && a < k && !cx.any_claimed(k, b) {
                a = k;
            } else {
                continue;
            }
        }
        cx.release_number(k);
        cx.emit(a, b, EntityType::Place, None, Source::PlaceStructure);
    }
}

/// Whether `w` is an ordinal written with digits: "1st", "22nd", "43rd", "47th".
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && digits <= 4 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// A street's noun after its number, written out or abbreviated.
fn is_street_noun(w: &str) -> bool {
    matches!(
        w,
        "Street"
            | "St"
            | "Avenue"
            | "Ave"
            | "Road"
            | "Rd"
            | "Boulevard"
            | "Blvd"
            | "Place"
            | "Drive"
            | "Lane"
            | "Parkway"
            | "Terrace"
    )
}

/// A compass word or its letter before a numbered street ("West 86th Street", "N 12th St").
fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "N" | "S" | "E" | "W" | "NE" | "NW" | "SE" | "SW" | "North" | "South" | "East" | "West"
    )
}
