//! Dates, times, money, percentages and plain numbers.
//!
//! * DATE: a month with an optional day and year ("Nov. 30", "April 7, 1999", "30 November",
//!   "September"; "May" and sentence-initial "March" only next to a number or after a preposition
//!   such as "in"), weekdays, years after a preposition or determiner ("in 1999", "his 2010
//!   season"), paired with another year ("2010 and 2011"), naming an event ("the 2002 World
//!   Cup") or after a name as citations write it ("Gass 1997"), decades ("the 1990s"),
//!   durations ("13 years", "six months"), relative days and periods ("today", "last week"),
//!   holidays ("Christmas", "Easter Monday", "Boxing Day", "Good Friday", "New Year's Eve",
//!   "St Patrick's Day"; not in a name: "Tom Christmas", "Easter Seals", "Christmas Island").
//! * TIME: a clock time ("9 a.m.", "5:30 p.m.", "10pm", "noon"), periods of a day ("this
//!   morning") and durations in hours or minutes.
//! * MONEY: a currency sign or code before a number ("$2.3 billion", "US$5", "€40") or a
//!   currency word after one ("40 million yuan").
//! * PERCENT: a number before "%", "percent" or "per cent".
//! * NUMBER: any digits left over, with a scale word ("1.2 million"); never inside the above.

use std::ops::Range;

use super::{Ctx, Source};
use crate::analysis::EntityType;
use crate::segment::TokenKind;
use crate::words::class;

/// Finds the numeric mentions of one sentence.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find(cx: &mut Ctx, range: Range<usize>) {
    let end = range.end;
    let mut i = range.start;
    while i < end {
        if cx.claimed[i] {
            i += 1;
            continue;
        }
        if let Some(b) = numbered_org(cx, i, end) {
            cx.emit(i, b, EntityType::Org, None, Source::OrgStructure);
            i = b;
        } else if let Some((b, kind)) = match_at(cx, i, end) {
            cx.emit(i, b, kind, None, Source::Numeric);
            i = b;
        } else {
            i += 1;
        }
    }
}

/// "the 4 Day Week Campaign", "the 24 Hour Trust": a number inside a sentence followed by
/// capitalised words that make an organisation by structure is the organisation's first word,
/// not a duration or an amount. The end of the organisation.
fn numbered_org(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if !cx.first_byte(i).is_ascii_digit()
        || cx.len(i) > 3
        || !cx.t(i).bytes().all(|c| c.is_ascii_digit())
        || cx.starts_sentence(i)
        || i + 2 >= end
        || !cx.cap(i + 1)
    {
        return None;
    }
    let mut r = i + 1;
    while r < end && r < i + 6 && cx.cap(r) && cx.toks[r].kind() == TokenKind::Word {
        r += 1;
    }
    // Only where the number and the next word would make a date or quantity of their own
    // ("4 Day"): "3 Premier League games" is a number of games.
    if r < i + 3 || !matches!(match_at(cx, i, end), Some((b, _)) if b == i + 2) {
        return None;
    }
    // "Campaign", "Movement", "Project": a cause's name ends so, a body no list of organisation
    // nouns holds (alone, "the Clinton Campaign" is its candidate's).
    let cause = ["Campaign", "Movement", "Project", "Alliance"]
        .iter()
        .any(|w| cx.word_is(r - 1, w));
    if cause {
        return Some(r);
    }
    super::orgs::by_structure(cx, i + 1, r).filter(|&o| o == r)
}

fn match_at(cx: &Ctx, i: usize, end: usize) -> Option<(usize, EntityType)> {
    if !could_start(cx, i) {
        return None;
    }
    let t = cx.toks[i];
    if t.kind() == TokenKind::Word && !cx.first_byte(i).is_ascii_digit() && !is_amount(cx, i) {
        // A word: a month, weekday or relative day, a time word, or "US$".
        if !is_a(cx, i, WORD_STARTS) {
            return None;
        }
        return word_match_at(cx, i, end);
    }
    money(cx, i, end)
        .map(|b| (b, EntityType::Money))
        .or_else(|| date(cx, i, end).map(|b| (b, EntityType::Date)))
        .or_else(|| time(cx, i, end).map(|b| (b, EntityType::Time)))
        .or_else(|| percent(cx, i, end).map(|b| (b, EntityType::Percent)))
        .or_else(|| quantity_unit(cx, i, end))
        .or_else(|| number(cx, i, end).map(|b| (b, EntityType::Number)))
}

/// The classes of the words, other than numbers, that can start a money, date or time mention:
/// what [`money`], [`date`] and [`time`] ask of such a word before anything else (one test of
/// its class bits instead of three rules at every capitalised word).
const WORD_STARTS: u64 = class::MONEY_PREFIX
    | class::MONTH
    | class::MONTH_ABBR
    | class::WEEKDAY
    | class::REL_DAY
    | class::LAST_NEXT
    | class::CLOCK_WORD
    | class::THIS_DAY
    | class::HOLIDAY;

/// The money, date or time mention that starts at word `i` (not a number).
fn word_match_at(cx: &Ctx, i: usize, end: usize) -> Option<(usize, EntityType)> {
    money(cx, i, end)
        .map(|b| (b, EntityType::Money))
        .or_else(|| date(cx, i, end).map(|b| (b, EntityType::Date)))
        .or_else(|| time(cx, i, end).map(|b| (b, EntityType::Time)))
}

/// A cheap test that token `i` may start a numeric mention: digits, a currency sign, a
/// capitalised word (month, weekday, "US$") or one of a few lower-case words.
fn could_start(cx: &Ctx, i: usize) -> bool {
    let t = cx.toks[i];
    match t.kind() {
        TokenKind::Number => true,
        TokenKind::Punct => is_currency_sign(cx.t(i)),
        TokenKind::Word => {
            let first = cx.first_byte(i);
            first.is_ascii_digit()
                || first.is_ascii_uppercase()
                || (cx.len(i) <= 9 && is_a(cx, i, class::NUMBER_WORD | class::START))
        }
    }
}

/// Whether token `i` has any of the [`class`] bits.
#[inline]
fn is_a(cx: &Ctx, i: usize, bits: u64) -> bool {
    cx.is_a(i, bits)
}

fn eq_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn is_scale(word: &str) -> bool {
    eq_any(
        word,
        &[
            "thousand", "million", "billion", "trillion", "bn", "mn", "m", "k",
        ],
    )
}

/// Whether token `i` is a number written in digits.
/// Whether token `i` names a broadcast after a capitalised relative day ("Today programme",
/// "Tonight Show"): "show" counts only capitalised or after a word not opening the sentence.
fn programme_word(cx: &Ctx, i: usize) -> bool {
    cx.is(i, "programme")
        || cx.is(i, "program")
        || cx.word_is(i, "Show")
        || (cx.word_is(i, "show") && !cx.starts_sentence(i - 1))
}

fn is_digits(cx: &Ctx, i: usize) -> bool {
    cx.toks[i].kind() == TokenKind::Number
}

/// Whether token `i` is any number: digits or a number word.
fn is_amount(cx: &Ctx, i: usize) -> bool {
    is_digits(cx, i)
        || (cx.toks[i].kind() == TokenKind::Word
            && (is_a(cx, i, class::NUMBER_WORD)
                || (cx.first_byte(i).is_ascii_digit() && scaled(cx.t(i)))))
}

/// A number with a scale letter glued on: "1.2bn", "40m", "5k".
fn scaled(w: &str) -> bool {
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.len() < w.len()
        && digits.as_bytes()[0].is_ascii_digit()
        && digits
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        && is_scale(&w[digits.len()..])
}

/// An amount at `i` with an optional scale word: returns one past its end.
fn amount(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if i >= end || !is_amount(cx, i) {
        return None;
    }
    let mut b = i + 1;
    while b < end && cx.toks[b].kind() == TokenKind::Word && is_a(cx, b, class::SCALE) {
        b += 1;
    }
    Some(b)
}

fn month_at(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if !cx.cap(i) {
        return None;
    }
    if is_a(cx, i, class::MONTH) {
        return Some(i + 1);
    }
    if is_a(cx, i, class::MONTH_ABBR) {
        if i + 1 < end
            && cx.word_is(i + 1, ".")
            && !cx.toks[i + 1].has(crate::segment::SPACE_BEFORE)
        {
            return Some(i + 2);
        }
        return None;
    }
    None
}

fn day_number(cx: &Ctx, i: usize) -> bool {
    // One or two digits and at most a two-letter suffix.
    if cx.len(i) > 4 || !cx.first_byte(i).is_ascii_digit() {
        return false;
    }
    let w = cx.t(i);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    (suffix.is_empty() && is_digits(cx, i) || eq_any(suffix, &["st", "nd", "rd", "th"]))
        && !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
}

fn year_number(cx: &Ctx, i: usize) -> bool {
    is_digits(cx, i)
        && cx.len(i) == 4
        && cx
            .t(i)
            .parse::<u32>()
            .is_ok_and(|y| (1000..=2199).contains(&y))
}

/// An ISO 8601 calendar date, "1998-04-12", written as one token or as year, hyphen, month,
/// hyphen, day with nothing between them (as wire datelines write it).
fn iso_date(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    fn valid(y: &str, m: &str, d: &str) -> bool {
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        digits(y, 4)
            && digits(m, 2)
            && digits(d, 2)
            && y.parse::<u32>().is_ok_and(|y| (1000..=2199).contains(&y))
            && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
            && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    }
    // Both forms start with the year's digits.
    if !cx.first_byte(i).is_ascii_digit() {
        return None;
    }
    let w = cx.t(i);
    if w.len() == 10 {
        let mut parts = w.split('-');
        if let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        {
            return valid(y, m, d).then_some(i + 1);
        }
    }
    let joined = |k: usize| cx.toks[k].span().end == cx.toks[k + 1].span().start;
    (i + 5 <= end
        && cx.word_is(i + 1, "-")
        && cx.word_is(i + 3, "-")
        && (i..i + 4).all(joined)
        && valid(w, cx.t(i + 2), cx.t(i + 4)))
    .then_some(i + 5)
}

fn date(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if let Some(b) = iso_date(cx, i, end) {
        return Some(b);
    }
    if let Some(b) = holiday(cx, i, end) {
        return Some(b);
    }
    // Month-based dates.
    if let Some(mut b) = month_at(cx, i, end) {
        let mut numbered = false;
        if b < end && day_number(cx, b) {
            b += 1;
            numbered = true;
            if b + 1 < end && cx.word_is(b, ",") && year_number(cx, b + 1) {
                b += 2;
            } else if b < end && year_number(cx, b) {
                b += 1;
            }
        } else if b < end && year_number(cx, b) {
            b += 1;
            numbered = true;
        }
        let ambiguous = cx.is(i, "may") || (cx.is(i, "march") && cx.starts_sentence(i));
        let after_preposition = i > 0 && is_a(cx, i - 1, class::DATE_PREP);
        if numbered || !ambiguous || after_preposition {
            return Some(b);
        }
        return None;
    }
    // Day before month: "30 November 1999".
    if day_number(cx, i) && i + 1 < end {
        if let Some(mut b) = month_at(cx, i + 1, end) {
            if b < end && year_number(cx, b) {
                b += 1;
            }
            return Some(b);
        }
    }
    if cx.cap(i) && is_a(cx, i, class::WEEKDAY) {
        // "Friday, July 21, 2017" is one date.
        if i + 2 < end && cx.word_is(i + 1, ",") {
            if let Some(b) = month_at(cx, i + 2, end).and_then(|_| date(cx, i + 2, end)) {
                return Some(b);
            }
        }
        return Some(i + 1);
    }
    if cx.toks[i].kind() == TokenKind::Word {
        if is_a(cx, i, class::REL_DAY) {
            // "the Today programme", "BBC's Today programme": a programme's name, no date.
            if cx.cap(i) && i + 1 < end && programme_word(cx, i + 1) {
                return None;
            }
            return Some(i + 1);
        }
        // "last week", "next year", "this month".
        if is_a(cx, i, class::LAST_NEXT)
            && i + 1 < end
            && (is_a(cx, i + 1, class::PERIOD) || cx.cap(i + 1) && is_a(cx, i + 1, class::WEEKDAY))
        {
            return Some(i + 2);
        }
        // Decades: "1990s", "1990's".
        let d = if cx.len(i) == 5 && cx.first_byte(i).is_ascii_digit() {
            cx.t(i).strip_suffix('s').unwrap_or("")
        } else {
            ""
        };
        if d.len() == 4 && d.ends_with('0') && d.bytes().all(|b| b.is_ascii_digit()) {
            return Some(i + 1);
        }
    }
    // Durations: "13 years", "six months".
    if let Some(b) = amount(cx, i, end) {
        if b < end && is_a(cx, b, class::DURATION) {
            // "13 years old" is an age, still a date in the usual schemes.
            return Some(b + 1);
        }
    }
    // A bare year after a preposition or before a comma/period.
    if year_number(cx, i) {
        let before = i > 0 && is_a(cx, i - 1, class::DATE_PREP)
            || (i > 0
                && cx.is(i - 1, "the")
                && i + 1 < end
                && cx.toks[i + 1].kind() == TokenKind::Word
                && !cx.cap(i + 1));
        let after = i + 1 >= end || cx.toks[i + 1].kind() == TokenKind::Punct;
        // "a 2011 interview", "his 2010 season", "the 2011 and 2017 censuses".
        let article = i > 0 && cx.wb(i - 1) & super::wordbits::DETERMINER != 0;
        // "2010 and 2011", "between 1656 and 1662", "1699 or 1700".
        let linked = |k: usize| matches!(cx.t(k), "and" | "or" | "to" | "-" | "–" | "—");
        let paired = (i >= 2 && linked(i - 1) && year_number(cx, i - 2))
            || (i + 2 < end && linked(i + 1) && year_number(cx, i + 2));
        // "the 2002 World Cup", "London 2012 Olympics": a year naming an event (not a street
        // number after "at": "at 1600 Pennsylvania Avenue").
        // A name before a number, not a common word unless a surname ("Cross 2017"): "Flight
        // 1549", "Room 1204" are numbers.
        let name_before = i > 0 && (cx.cap(i - 1) || cx.caps(i - 1)) && {
            let e = cx.lex(i - 1);
            !e.any(crate::lexicon::cat::COMMON) || e.any(crate::lexicon::cat::SURNAME)
        };
        let event =
            i + 1 < end && cx.cap(i + 1) && (i == 0 || cx.starts_sentence(i) || name_before);
        // "Polio and Gass 1997 to …": a year after a name, as citations write it.
        let cited = name_before && !cx.starts_sentence(i - 1);
        if before || after || article || paired || event || cited {
            return Some(i + 1);
        }
    }
    None
}

/// Holidays whose one word is their name ("Christmas", "Ramadan"); "Christmas Eve", "Easter
/// Monday" take the day after them.
const ONE_WORD_HOLIDAYS: [&str; 11] = [
    "christmas",
    "easter",
    "thanksgiving",
    "hanukkah",
    "chanukah",
    "ramadan",
    "diwali",
    "passover",
    "halloween",
    "hogmanay",
    "eid",
];

/// Holidays named by a word and a day: "Boxing Day", "Good Friday", "Cyber Monday".
const DAY_HOLIDAYS: [(&str, &str); 13] = [
    ("boxing", "Day"),
    ("memorial", "Day"),
    ("labor", "Day"),
    ("labour", "Day"),
    ("independence", "Day"),
    ("veterans", "Day"),
    ("election", "Day"),
    ("remembrance", "Day"),
    ("remembrance", "Sunday"),
    ("armistice", "Day"),
    ("good", "Friday"),
    ("black", "Friday"),
    ("cyber", "Monday"),
];

/// The holiday, a date, that starts at the capitalised word `i`: "Christmas", "Christmas Eve",
/// "Yom Kippur", "Boxing Day", "Good Friday", "Valentine's Day", "Mother's Day", "New Year's
/// Eve", "New Year", "St Patrick's Day" (not "Christmas Island", "Labour", "New York").
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn holiday(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if !cx.cap(i) || !is_a(cx, i, class::HOLIDAY) {
        return None;
    }
    let word_is = |k: usize, w: &str| k < end && cx.word_is(k, w);
    let possessive = |k: usize| k < end && matches!(cx.t(k), "'s" | "’s");
    // A name's word before it is a surname's ("Tom Christmas", "Rashid Eid"), but not a
    // greeting's ("Merry Christmas").
    if i > 0
        && cx.toks[i - 1].kind() == TokenKind::Word
        && cx.cap(i - 1)
        && !cx.starts_sentence(i - 1)
        && !cx.is(i - 1, "merry")
        && !cx.is(i - 1, "happy")
    {
        return None;
    }
    if ONE_WORD_HOLIDAYS.iter().any(|w| cx.is(i, w)) {
        let day = ["Day", "Eve", "Sunday", "Monday"]
            .iter()
            .any(|d| word_is(i + 1, d));
        // Another capitalised word after it makes a name: "Christmas Island", "Easter Seals",
        // "Easter Rising".
        if !day && i + 1 < end && cx.toks[i + 1].kind() == TokenKind::Word && cx.cap(i + 1) {
            return None;
        }
        return Some(if day { i + 2 } else { i + 1 });
    }
    if cx.is(i, "yom") {
        return word_is(i + 1, "Kippur").then_some(i + 2);
    }
    if DAY_HOLIDAYS
        .iter()
        .any(|(w, day)| cx.is(i, w) && word_is(i + 1, day))
    {
        return Some(i + 2);
    }
    // "Valentine's Day", "Mother's Day".
    if (cx.is(i, "valentine") || cx.is(i, "mother") || cx.is(i, "father"))
        && possessive(i + 1)
        && word_is(i + 2, "Day")
    {
        return Some(i + 3);
    }
    // "New Year", "New Year's Day", "New Year's Eve".
    if cx.is(i, "new") && word_is(i + 1, "Year") {
        if possessive(i + 2) && (word_is(i + 3, "Day") || word_is(i + 3, "Eve")) {
            return Some(i + 4);
        }
        return (!possessive(i + 2)).then_some(i + 2);
    }
    // "St Patrick's Day", "St. Andrew's Day".
    let saint_at = if cx.is(i, "st") && word_is(i + 1, ".") {
        i + 2
    } else {
        i + 1
    };
    if (cx.is(i, "st") || cx.is(i, "st.") || cx.is(i, "saint"))
        && saint_at + 2 < end
        && cx.cap(saint_at)
        && possessive(saint_at + 1)
        && word_is(saint_at + 2, "Day")
    {
        return Some(saint_at + 3);
    }
    None
}

fn time(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    let tok = cx.toks[i];
    if tok.kind() == TokenKind::Number || is_a(cx, i, class::NUMBER_WORD) {
        let clock = || {
            let w = cx.t(i);
            w.contains(':') && w.split(':').all(|p| p.len() <= 2 && !p.is_empty())
        };
        if i + 1 < end {
            if is_a(cx, i + 1, class::AM_PM) {
                // "2:45 p.m. EDT".
                if i + 2 < end && is_time_zone(cx.t(i + 2)) {
                    return Some(i + 3);
                }
                return Some(i + 2);
            }
            if is_a(cx, i + 1, class::OCLOCK) {
                return Some(i + 2);
            }
        }
        if tok.kind() == TokenKind::Number && clock() {
            return Some(i + 1);
        }
        return None;
    }
    if tok.kind() == TokenKind::Word {
        // "9am", "10pm", "9:30pm" tokenised as one word (it starts with a digit or a colon).
        let first = cx.first_byte(i);
        let w = if first.is_ascii_digit() || first == b':' {
            cx.t(i)
        } else {
            ""
        };
        let lower_end = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &w[lower_end.len()..];
        if !lower_end.is_empty()
            && lower_end.bytes().all(|b| b.is_ascii_digit() || b == b':')
            && eq_any(suffix, &["am", "pm"])
        {
            return Some(i + 1);
        }
        if is_a(cx, i, class::CLOCK_WORD) {
            return Some(i + 1);
        }
        if is_a(cx, i, class::THIS_DAY) && i + 1 < end && is_a(cx, i + 1, class::DAY_PART) {
            return Some(i + 2);
        }
    }
    None
}

/// Time-zone abbreviations written after a clock time.
pub(crate) fn is_time_zone(s: &str) -> bool {
    matches!(
        s,
        "EDT"
            | "EST"
            | "CDT"
            | "CST"
            | "MDT"
            | "MST"
            | "PDT"
            | "PST"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "ET"
            | "PT"
            | "JST"
            | "IST"
            | "AEST"
            | "AEDT"
    )
}

fn is_currency_sign(s: &str) -> bool {
    matches!(s, "$" | "€" | "£" | "¥" | "₹" | "₩" | "₽")
}

fn money(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    // "$2.3 billion", "US$5", "€40".
    if cx.toks[i].kind() == TokenKind::Punct && is_currency_sign(cx.t(i)) {
        return amount(cx, i + 1, end);
    }
    if cx.toks[i].kind() == TokenKind::Word
        && is_a(cx, i, class::MONEY_PREFIX)
        && i + 1 < end
        && cx.word_is(i + 1, "$")
        && cx.toks[i].span().end == cx.toks[i + 1].span().start
    {
        return amount(cx, i + 2, end);
    }
    // "40 million yuan", "5 cents".
    let b = amount(cx, i, end)?;
    if b < end && is_a(cx, b, class::CURRENCY) {
        return Some(b + 1);
    }
    None
}

fn percent(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    let b = amount(cx, i, end)?;
    if b >= end {
        return None;
    }
    let u = cx.t(b);
    if u == "%" || is_a(cx, b, class::PERCENT) {
        return Some(b + 1);
    }
    if u.eq_ignore_ascii_case("per") && b + 1 < end && cx.is(b + 1, "cent") {
        return Some(b + 2);
    }
    if u.eq_ignore_ascii_case("percentage") && b + 1 < end && cx.is(b + 1, "points") {
        return Some(b + 2);
    }
    None
}

/// Durations in hours or minutes are times ("four hours").
fn quantity_unit(cx: &Ctx, i: usize, end: usize) -> Option<(usize, EntityType)> {
    let b = amount(cx, i, end)?;
    if b < end && is_a(cx, b, class::HOURS) {
        return Some((b + 1, EntityType::Time));
    }
    None
}

fn number(cx: &Ctx, i: usize, end: usize) -> Option<usize> {
    if !is_digits(cx, i) {
        // Word numbers only with a scale: "two million".
        let b = amount(cx, i, end)?;
        return (b > i + 1).then_some(b);
    }
    amount(cx, i, end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    /// A word outside [`WORD_STARTS`] starts no money, date or time mention: the class test
    /// that skips the rules for it loses none.
    #[test]
    fn only_words_of_the_start_classes_start_a_word_mention() {
        let text = "On Monday, March 3, US$ 40 went to Today Show staff. Last week Noon said \
                    May was Tonight; This Morning Ann left at midnight yesterday. Next Friday \
                    the Sept. 9 talks and tomorrow's news, Dec. 2019, noon.";
        let segments = segment(text);
        let cx = Ctx::new(text, &segments);
        let mut started = 0;
        for i in 0..segments.tokens.len() {
            if segments.tokens[i].kind() != TokenKind::Word || is_amount(&cx, i) {
                continue;
            }
            let found = word_match_at(&cx, i, segments.tokens.len());
            if is_a(&cx, i, WORD_STARTS) {
                started += usize::from(found.is_some());
            } else {
                assert_eq!(found, None, "{}", cx.t(i));
            }
        }
        assert!(started >= 8, "{started} word mentions");
    }
}
