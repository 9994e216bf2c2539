//! Countries and cities that no list knows, by what the text says of them, and the nationalities
//! named after them. Each pattern is sure enough to stand whatever the entity tagger says
//! ([`super::Source::Context`]):
//!
//! * a state's offices: a lone name before a possessive and a minister, a ministry, a parliament,
//!   a capital, an embassy or an ambassador ("Veloria's foreign minister", "Veloria's capital")
//!   is a country: companies and people have none of these;
//! * what only states are given or sent: "sanctions on Veloria", "an embargo against Veloria",
//!   "the ambassador to Veloria", "an envoy to Veloria";
//! * a capital named in apposition: "the capital, Darsk", "the capital Darsk", "Darsk, the
//!   capital";
//! * a nationality after its place ([`derived_nationalities`]): "Velorian officials" in a text
//!   that names Veloria a place.
//!
//! The name is a lone capitalised word that the lexicon has nothing for (a known country is the
//! lexicon's; "Johnson's foreign minister" is a person's, and "Johnson" is a listed surname), not
//! in capitals, not the end of a run of capitalised words, and no word of a person's name found
//! earlier in the text.

use super::{Ctx, Source};
use crate::analysis::EntityType;
use crate::segment::TokenKind;
use crate::words::any_ignore_case;

/// Finds the countries, capitals and nationalities among the lone capitalised words the name
/// rules left unlabelled ([`Ctx::loose`](super::Ctx)), after all the sentences: the patterns look
/// only there, so a text pays for them only when it has such words.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn find(cx: &mut Ctx) {
    if cx.loose.is_empty() {
        return;
    }
    for n in 0..cx.loose.len() {
        let i = cx.loose[n];
        if cx.claimed[i] || cx.lex(i).flags != 0 || !lone_unknown_name(cx, i) {
            continue;
        }
        // The words around the name are in its sentence.
        let within = |from: usize, to: usize| {
            to < cx.toks.len() && (from + 1..=to).all(|q| !cx.starts_sentence(q))
        };
        let country = (within(i, i + 2) && possessive(cx, i + 1) && state_office_after(cx, i + 2))
            || (i >= 2 && within(i - 2, i) && given_to_states(cx, i - 2));
        if country || capital_beside(cx, i) {
            cx.emit(i, i + 1, EntityType::Place, None, Source::Context);
        }
    }
    derived_nationalities(cx);
}

/// Whether token `k` is a possessive ending ("'s", "’s").
fn possessive(cx: &Ctx, k: usize) -> bool {
    matches!(cx.t(k), "'s" | "’s")
}

/// Whether the words from `k` name an office only a state has: "parliament", "capital",
/// "embassy", "ambassador", "constitution", or a minister or ministry within two words
/// ("foreign minister", "Health Ministry").
fn state_office_after(cx: &Ctx, k: usize) -> bool {
    const OFFICES: [&str; 5] = [
        "parliament",
        "capital",
        "embassy",
        "ambassador",
        "constitution",
    ];
    let minister = |q: usize| cx.is(q, "minister") || cx.is(q, "ministry");
    let next = k + 1 < cx.toks.len() && !cx.starts_sentence(k + 1) && minister(k + 1);
    any_ignore_case(&OFFICES, cx.t(k)) || minister(k) || next
}

/// Whether tokens `k`, `k + 1` are what states are given or sent, before a name: "sanctions
/// on", "sanctions against", "embargo on", "embargo against", "ambassador to", "envoy to".
fn given_to_states(cx: &Ctx, k: usize) -> bool {
    let on = cx.is(k + 1, "on") || cx.is(k + 1, "against");
    ((cx.is(k, "sanctions") || cx.is(k, "embargo")) && on)
        || ((cx.is(k, "ambassador") || cx.is(k, "envoy")) && cx.is(k + 1, "to"))
}

/// Whether the name at `i` is a capital named in apposition: "the capital, Darsk", "the capital
/// Darsk" (the name ends its phrase: punctuation or the sentence's end after it), or "Darsk, the
/// capital".
fn capital_beside(cx: &Ctx, i: usize) -> bool {
    let in_sentence = |q: usize| q < cx.toks.len() && !cx.starts_sentence(q);
    let the_capital = |k: usize| in_sentence(k) && cx.is(k, "capital") && cx.is(k - 1, "the");
    let ends = !in_sentence(i + 1) || cx.toks[i + 1].kind() == TokenKind::Punct;
    let after = ends
        && i >= 2
        && in_sentence(i)
        && (the_capital(i - 1)
            || cx.word_is(i - 1, ",") && in_sentence(i - 1) && the_capital(i - 2));
    let before = in_sentence(i + 1)
        && in_sentence(i + 2)
        && cx.word_is(i + 1, ",")
        && the_capital(i + 3)
        && in_sentence(i + 3);
    after || before
}

/// Whether token `i` is a capitalised word the lexicon has nothing for, not in capitals, not
/// claimed, not after another capitalised word (unless that opens the sentence and is "The" or a
/// function word: "Under Veloria's constitution", "After Veloria's parliament voted"), and no
/// word of a person's name found in the text.
fn lone_unknown_name(cx: &Ctx, i: usize) -> bool {
    if !cx.cap(i) || cx.caps(i) || cx.claimed[i] || cx.lex(i).flags != 0 {
        return false;
    }
    if cx.t(i).bytes().any(|c| c.is_ascii_digit() || c == b'-') {
        return false;
    }
    let after_name = !cx.starts_sentence(i)
        && cx.cap(i - 1)
        && !(cx.starts_sentence(i - 1)
            && (cx.is(i - 1, "the") || super::names::is_function_word(cx.t(i - 1))));
    let next_name = i + 1 < cx.toks.len() && cx.cap(i + 1);
    !after_name && !next_name && cx.word_marks[cx.toks[i].word() as usize] & super::PERSON_WORD == 0
}

/// The endings that make a nationality of a place's name, as (letters the place's name drops,
/// ending added): "Veloria" → "Velorian", "Korea" → "Korean", "Morocco" → "Moroccan", "Italy" →
/// "Italian", "Brazil" → "Brazilian", "China" → "Chinese", "Taiwan" → "Taiwanese", "Israel" →
/// "Israeli".
const NATIONALITY_ENDINGS: [(&str, &str); 8] = [
    ("", "n"),
    ("", "an"),
    ("", "ian"),
    ("y", "ian"),
    ("", "ese"),
    ("a", "ese"),
    ("", "i"),
    ("e", "ian"),
];

/// "Velorian officials", "the Velorians": a lone capitalised word the lexicon has nothing for
/// that is the name of a place found in the text with a nationality's ending
/// ([`NATIONALITY_ENDINGS`]), or its plural, is a nationality. Each candidate asks the places
/// found so far ([`Ctx::known_kind`](super::Ctx)) for its stems.
fn derived_nationalities(cx: &mut Ctx) {
    let mut stem = String::new();
    for n in 0..cx.loose.len() {
        let i = cx.loose[n];
        if !cx.cap(i) || cx.caps(i) || cx.claimed[i] || cx.lex(i).flags != 0 {
            continue;
        }
        let w = cx.t(i);
        let one = w.strip_suffix('s').unwrap_or(w);
        let place = NATIONALITY_ENDINGS.iter().any(|&(drop, add)| {
            one.strip_suffix(add).is_some_and(|base| {
                stem.clear();
                stem.push_str(base);
                stem.push_str(drop);
                stem.len() >= 4 && cx.known_kind(&stem) == Some(EntityType::Place)
            })
        });
        if place {
            cx.emit(i, i + 1, EntityType::Norp, None, Source::Context);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::{EntityType, Mention};

    fn mentions(text: &str) -> Vec<Mention> {
        let mut segments = crate::segment::segment(text);
        crate::pos::tag(text, &mut segments);
        super::super::find_mentions(text, &segments)
    }

    fn kind_of(text: &str, name: &str) -> Option<EntityType> {
        mentions(text)
            .iter()
            .find(|m| m.span.text(text) == name)
            .map(|m| m.kind)
    }

    #[test]
    fn a_name_with_a_foreign_minister_is_a_country() {
        let text = "The decision came as Veloria's foreign minister, Andrei Pasku, warned \
                    that the measures would fail.";
        assert_eq!(kind_of(text, "Veloria"), Some(EntityType::Place));
        assert_eq!(kind_of(text, "Andrei Pasku"), Some(EntityType::Person));
    }

    #[test]
    fn a_name_given_sanctions_is_a_country() {
        let text = "Ministers agreed on Monday to extend sanctions on Veloria for six months.";
        assert_eq!(kind_of(text, "Veloria"), Some(EntityType::Place));
        let text = "She was named ambassador to Corvenia last year.";
        assert_eq!(kind_of(text, "Corvenia"), Some(EntityType::Place));
    }

    #[test]
    fn a_persons_minister_is_no_country() {
        // A listed surname, and a word of a person's name found earlier, stay people.
        let text = "Johnson's foreign minister resigned on Friday.";
        assert_ne!(kind_of(text, "Johnson"), Some(EntityType::Place));
        let text = "Mara Velkis won the vote. Velkis's foreign minister resigned on Friday.";
        assert_eq!(kind_of(text, "Mara Velkis"), Some(EntityType::Person));
        assert_ne!(kind_of(text, "Velkis"), Some(EntityType::Place));
    }

    #[test]
    fn a_company_with_a_minister_after_another_word_is_left_alone() {
        // The possessive's owner ends a run of capitalised words: the name rules read it.
        let text = "Harlow Stores' chief executive met the minister on Tuesday.";
        assert_ne!(kind_of(text, "Stores"), Some(EntityType::Place));
    }

    #[test]
    fn the_capital_in_apposition_is_a_place() {
        let text = "The measures would harden positions in the capital, Darsk.";
        assert_eq!(kind_of(text, "Darsk"), Some(EntityType::Place));
        let text = "Protesters gathered in Velm, the capital, on Sunday.";
        assert_eq!(kind_of(text, "Velm"), Some(EntityType::Place));
        // "the capital Markets Act": not a capital's name (it does not end its phrase).
        let text = "He read the capital Gains report twice.";
        assert_ne!(kind_of(text, "Gains"), Some(EntityType::Place));
    }

    #[test]
    fn a_nationality_follows_its_place() {
        let text = "The talks on Veloria's parliament failed. The sanctions include a ban on \
                    Velorian steel and an asset freeze on 140 Velorian officials. Most \
                    Velorians left.";
        let found = mentions(text);
        let norp: Vec<&str> = found
            .iter()
            .filter(|m| m.kind == EntityType::Norp)
            .map(|m| m.span.text(text))
            .collect();
        assert_eq!(norp, ["Velorian", "Velorian", "Velorians"]);
        // Without the place, the word is no nationality.
        let text = "The sanctions include a ban on Velorian steel.";
        assert_ne!(kind_of(text, "Velorian"), Some(EntityType::Norp));
    }
}
