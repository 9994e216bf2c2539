//! What kind of source a speaker is: a person, an organisation, a group or a document.
//!
//! Called once per speaker, after resolution. A speaker with an entity takes its kind from the
//! entity's type (unless its phrase is headed by a document noun: "the ministry's statement"): a
//! person is a person, an organisation an organisation, a place that speaks ("China said") its
//! government, an organisation, and a nationality or party ("the Chinese", "Republicans") a
//! group. Without an entity, the phrase as written decides:
//!
//! * pronouns: `he`, `she`, `I` → person; `they`, `we` → group; `it` → organisation;
//! * a description's head noun, the noun before its first preposition, comma or relative clause
//!   ("a *spokeswoman* for the commission", "*sources* close to the government"); after a
//!   quantity the head is the noun after `of` ("a third of *voters* surveyed"), and a participle
//!   after the noun is skipped ("voters *surveyed*");
//! * the head names a document ("the report", "a survey", "an email", "notes", "the lawsuit") →
//!   document; an organisation or body ("the ministry", "the company", "the White House") →
//!   organisation; several people ("officials", "critics", "residents", "many") → group;
//!   anything else, singular → person; an unknown plural → group.
//!
//! Known failure modes: the word lists decide, so a body named by an unusual noun ("the
//! outfit") counts as a person, and a name the mention stage missed counts as a person even when
//! it names a company ("PolitiFact").

use crate::analysis::{Entity, EntityType, Speaker, SpeakerKind};
use crate::lexicon;

/// The kind of `speaker`, found in `text` (see the module docs).
pub fn classify(text: &str, entities: &[Entity], speaker: &Speaker) -> SpeakerKind {
    let entity = speaker.entity.and_then(|e| entities.get(e as usize));
    if is_coordinated(speaker.span.text(text), entity.map(|e| e.name.as_str())) {
        return SpeakerKind::Group;
    }
    if let Some(entity) = entity {
        // "A spokeswoman for Heatherlea Care": the spokesperson speaks as the body named in the
        // tail, which is the speaker's name; its kind is the body's too.
        if matches!(entity.kind, EntityType::Org | EntityType::Place)
            && speaks_as_body(speaker.span.text(text), &entity.name)
        {
            return SpeakerKind::Organization;
        }
        if let Some(kind) = people_before_named_tail(speaker.span.text(text), &entity.name) {
            return kind;
        }
        if let Some(kind) = appositive_kind(speaker.span.text(text), &entity.name) {
            // "Fenwick Capital, the wealth manager": an organisation's trade, no person.
            if !(kind == SpeakerKind::Person
                && entity.kind == EntityType::Org
                && names_a_trade(speaker.span.text(text), &entity.name))
            {
                return kind;
            }
        }
        // "Gardaí said": a police force's common noun, one word, that the entity layer typed a
        // person's name, is the body (not when the phrase is a person's pronoun: "she" stays a
        // person). Only a force's noun: other bodies' nouns are surnames too ("Mr Church said",
        // "Carrier said": review rev55).
        let body_typed_person = entity.kind == EntityType::Person
            && !entity.name.contains(' ')
            && is_force_noun(&entity.name.to_lowercase())
            && pronoun_kind(speaker.span.text(text)) != Some(SpeakerKind::Person);
        // "A Senate committee report found …": a document named after its author is a document.
        if (entity.kind != EntityType::Person || body_typed_person)
            && described(speaker.span.text(text)) == (SpeakerKind::Document, true)
        {
            return SpeakerKind::Document;
        }
        if body_typed_person {
            return SpeakerKind::Organization;
        }
        // "Senate Majority Leader Tom Ericsson": a company's name written as a titled person's
        // surname, right after a given name, is the person's.
        if entity.kind == EntityType::Org
            && surname_of_titled(speaker.span.text(text), &entity.name)
        {
            return SpeakerKind::Person;
        }
        let kind = match entity.kind {
            EntityType::Person => SpeakerKind::Person,
            EntityType::Org | EntityType::Place => SpeakerKind::Organization,
            EntityType::Norp => SpeakerKind::Group,
            _ => return description_kind(speaker.span.text(text)),
        };
        // A name the mention stage guessed as a person's may be a body's.
        return person_or_body(kind, text, speaker);
    }
    let written = speaker.span.text(text);
    // "The report, which notes, “…”", "Critics, who said …": a relative pronoun is what it
    // stands for (its name).
    let written = if crate::words::any_ignore_case(&["which", "that", "who"], written) {
        speaker.name.as_str()
    } else {
        written
    };
    let kind = description_kind(written);
    // "The developer, who testified …": a relative "who" after the phrase makes it a person.
    let after = text.get(speaker.span.end()..).unwrap_or("");
    let who_follows = after
        .trim_start_matches([',', ' '])
        .strip_prefix("who")
        .is_some_and(|rest| rest.starts_with(' '));
    if kind == SpeakerKind::Organization && who_follows {
        SpeakerKind::Person
    } else {
        person_or_body(kind, text, speaker)
    }
}

/// A person's kind `kind` that the words around the speaker's name make a body's: "Cosla, which
/// represents local councils, said" ("which" never stands for a person, [`which_follows`]),
/// "Consumer group Choice said" (a name after "group", [`named_after_group`]). Other kinds stay.
fn person_or_body(kind: SpeakerKind, text: &str, speaker: &Speaker) -> SpeakerKind {
    if kind == SpeakerKind::Person
        && (which_follows(text, speaker) || named_after_group(text, speaker))
    {
        SpeakerKind::Organization
    } else {
        kind
    }
}

/// Whether the speaker phrase `written` ends with the one-word name `name` right after a known
/// given name and, before that, a title or job ("Senate Majority Leader Tom *Ericsson*",
/// "Dr. Ann *Ford*"): a person's surname, whatever the name's mention says. Not a given name
/// opening the phrase ("Jordan Ericsson": a country's name may be a given name too).
fn surname_of_titled(written: &str, name: &str) -> bool {
    use crate::lexicon::cat;
    if name.contains(' ') || !name.starts_with(char::is_uppercase) {
        return false;
    }
    let Some(before) = written.strip_suffix(name).and_then(|b| b.strip_suffix(' ')) else {
        return false;
    };
    let mut words = before.rsplit(' ');
    let given = words.next().unwrap_or("");
    let title = words.next().unwrap_or("").trim_end_matches('.');
    given.starts_with(char::is_uppercase)
        && lexicon::is_given_name(given)
        && title.starts_with(char::is_uppercase)
        && lexicon::lookup(title).any(cat::JOB | cat::TITLE | cat::HONORIFIC)
}

/// Whether `speaker`'s phrase ends with its name right after the noun "group" in lower case:
/// "Consumer group Choice", "the tenants' group Kelvin Voice" (whether or not the phrase took
/// the noun): the name is the group's; not after a bare "the group" ("talks with the group Dana
/// Pike said").
fn named_after_group(text: &str, speaker: &Speaker) -> bool {
    let name = speaker.name.as_str();
    let Some(before) = text
        .get(..speaker.span.end())
        .and_then(|t| t.strip_suffix(name))
    else {
        return false;
    };
    !name.is_empty()
        && name.starts_with(char::is_uppercase)
        && before
            .strip_suffix(' ')
            .and_then(|b| b.strip_suffix("group"))
            .is_some_and(|b| {
                let previous = b.trim_end().rsplit(' ').next().unwrap_or("");
                !b.ends_with(|c: char| c.is_alphanumeric())
                    && !super::frame::GROUP_DETERMINERS
                        .iter()
                        .any(|d| previous.eq_ignore_ascii_case(d))
            })
}

/// Whether `speaker`'s phrase is a name alone (its words capitalised) followed by a relative
/// "which" after its comma: "Cosla, which …"; not a description whose tail ends in a body's
/// name ("a fellow at the Wren Institute, which …").
fn which_follows(text: &str, speaker: &Speaker) -> bool {
    let written = speaker.span.text(text);
    // One word only: "Morgan Tuller, which is not her real name, said" is a person's name
    // (and so is "Tuller, which is not her real name").
    written == speaker.name
        && !written.contains(' ')
        && written.starts_with(|c: char| c.is_uppercase())
        && text.get(speaker.span.end()..).is_some_and(|after| {
            after.starts_with(", which ")
                && !after.starts_with(", which is not ")
                && !after.starts_with(", which was not ")
        })
}

/// Whether the speaker phrase `written` is a spokesperson for the body `name` in its tail: "a
/// spokeswoman for Heatherlea Care", "A Brambleford Homes spokesman" is not (the name modifies
/// the head, which the resolver keeps).
fn speaks_as_body(written: &str, name: &str) -> bool {
    let Some(at) = written.find(name).filter(|&at| at > 0) else {
        return false;
    };
    let before = written[..at].trim_end();
    let before = before
        .strip_suffix(" the")
        .or_else(|| before.strip_suffix(" The"))
        .unwrap_or(before);
    let Some(head) = before.strip_suffix(" for") else {
        return false;
    };
    head.split_whitespace().last().is_some_and(|w| {
        crate::words::any_ignore_case(&["spokesman", "spokeswoman", "spokesperson"], w)
    })
}

/// The kind of the speaker phrase `written` when it is people of the entity `name` in its
/// prepositional tail: "Analysts at the brokerage Harwood Brice", "Researchers at Kelby
/// University" are a group, "An analyst at the brokerage Harwood Brice" a person, whatever the
/// name is: the head before the tail decides.
fn people_before_named_tail(written: &str, name: &str) -> Option<SpeakerKind> {
    let at = written.find(name).filter(|&at| at > 0)?;
    let before = &written[..at];
    let cut = [" at ", " of ", " for ", " from ", " with ", " in "]
        .iter()
        .filter_map(|p| before.find(p))
        .min()?;
    let head = written[..cut].split_whitespace().last()?.to_lowercase();
    match described(&written[..cut]).0 {
        // A group's word ("critics") or a job's plural ("analysts"), not "results" or "figures".
        SpeakerKind::Group
            if in_list(GROUPS, &head)
                || singular(&head)
                    .is_some_and(|one| lexicon::is_job_noun(one) || in_list(GROUPS, one)) =>
        {
            Some(SpeakerKind::Group)
        }
        SpeakerKind::Person if lexicon::is_job_noun(&head) => Some(SpeakerKind::Person),
        _ => None,
    }
}

/// The kind the appositive after the name `name` in the speaker phrase `written` gives: "Mats
/// Hagen, an *analyst* at Fenwick Partners" is a person and "Harlow Mutual, the *insurer*," an
/// organisation, whatever type the name's mention has. Only an article and a common noun: a job
/// noun says person, a body's noun organisation; any other appositive leaves the name's type.
pub(super) fn appositive_kind(written: &str, name: &str) -> Option<SpeakerKind> {
    let (_, head) = appositive_head(written, name)?;
    if lexicon::is_job_noun(head) {
        Some(SpeakerKind::Person)
    } else if is_body_noun(head) {
        Some(SpeakerKind::Organization)
    } else {
        None
    }
}

/// Whether the appositive after an organisation's name `name` names its trade with a job noun:
/// "Fenwick Capital, the *wealth* manager", "Tolvane, the tour operator" (a noun before the job
/// noun; a rank keeps it a person's: "a senior analyst").
fn names_a_trade(written: &str, name: &str) -> bool {
    const RANKS: [&str; 10] = [
        "senior",
        "chief",
        "junior",
        "lead",
        "former",
        "retired",
        "principal",
        "top",
        "veteran",
        "longtime",
    ];
    appositive_head(written, name).is_some_and(|(modifier, head)| {
        lexicon::is_job_noun(head)
            && modifier.is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase()) && !RANKS.contains(&w)
            })
    })
}

/// The head noun of the appositive after the name `name` that opens the speaker phrase
/// `written` (an article, up to a preposition, "and", a comma or a relative pronoun), with the
/// word before it: "Mats Hagen, an analyst at …" gives (None, "analyst"). A lower-case head only.
fn appositive_head<'a>(written: &'a str, name: &str) -> Option<(Option<&'a str>, &'a str)> {
    // The name opens the phrase, after its capitalised words ("Mats" of "Mats Hagen"): in
    // "an email obtained by Citizens United, the group" the appositive is the tail's.
    let at = written.find(name)?;
    if written[..at]
        .split_whitespace()
        .any(|w| !w.starts_with(char::is_uppercase))
    {
        return None;
    }
    let rest = written[at + name.len()..].strip_prefix(", ")?;
    let (article, rest) = rest.split_once(' ')?;
    if !matches!(article, "a" | "an" | "the") {
        return None;
    }
    let cut = [
        " at ", " of ", " for ", " from ", " with ", " in ", " on ", " to ", " by ", " and ", ",",
        " who ", " which ",
    ]
    .iter()
    .filter_map(|p| rest.find(p))
    .min()
    .unwrap_or(rest.len());
    let mut words = rest[..cut].split_whitespace().rev();
    let head = words.next()?;
    head.starts_with(|c: char| c.is_ascii_lowercase())
        .then_some((words.next(), head))
}

/// Whether the speaker phrase `written` joins two speakers with "and" ("Mr Price and Dr Nair",
/// "The Tories and the Greens", "Officials and experts"): they speak together, as a group. Not a
/// name with "and" in it (the entity's name `entity`: "Marks and Spencer"), nor a coordination
/// after a preposition or an appositive's comma ("a spokesman for Holt and Vale", "Ann Lee, a
/// friend of Tom and Sue"), nor one before a plural head ("the Tax and Trade departments").
pub fn is_coordinated(written: &str, entity: Option<&str>) -> bool {
    let Some((left, right)) = written.split_once(" and ") else {
        return false;
    };
    if entity.is_some_and(|e| e.contains(" and ") || e.contains(" & ")) {
        return false;
    }
    let preposition = |w: &str| {
        crate::words::any_ignore_case(
            &[
                "for", "of", "at", "in", "from", "with", "to", "on", "by", "between",
            ],
            w,
        )
    };
    let left_words: Vec<&str> = left.split_whitespace().collect();
    let right_words: Vec<&str> = right.split_whitespace().collect();
    // "the Tax and Trade departments": a lone capitalised word before "and" modifies the head
    // after the other name.
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let modifier_before_head = left_words.len() <= 2
        && left_words.last().is_some_and(capital)
        && right_words.len() >= 2
        && right_words.first().is_some_and(capital)
        && right_words
            .last()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
    // "The former first lady and senator", "the Science and Technology Directorate": after one
    // article, a second noun without its own is the same head's; "lobbyist and strategist Tom
    // Vale": roles in lower case before one name are one person's.
    let article = |w: &&str| crate::words::any_ignore_case(&["the", "a", "an"], w);
    let determined = |w: &&str| {
        article(w)
            || crate::words::any_ignore_case(&["his", "her", "its", "their", "our", "other"], w)
    };
    let one_head =
        left_words.first().is_some_and(article) && !right_words.first().is_some_and(determined);
    let roles_before_name = left_words.iter().all(|w| w.starts_with(char::is_lowercase))
        && right
            .split(',')
            .next()
            .and_then(|r| r.split_whitespace().last())
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    !left_words.is_empty()
        && !right_words.is_empty()
        && !one_head
        && !roles_before_name
        && !left.contains([',', '(', '—'])
        && !left_words.iter().any(|w| preposition(w))
        && !modifier_before_head
}

/// The kind of a speaker phrase without an entity, from its words alone.
pub fn description_kind(written: &str) -> SpeakerKind {
    described(written).0
}

/// The kind of a speaker phrase from its words, and whether its head noun is written in lower
/// case (a common noun: "the *report*", not "The Washington *Post*").
fn described(written: &str) -> (SpeakerKind, bool) {
    let words: Vec<&str> = written
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '%' | ',')))
        .flat_map(split_comma)
        .filter(|w| !w.is_empty())
        .collect();
    if let [only] = words.as_slice() {
        if let Some(kind) = pronoun_kind(only) {
            return (kind, true);
        }
    }
    // Two-word bodies: "the White House", "Downing Street"; not where they modify a noun after
    // them ("a Downing Street source", "a White House spokesman": the noun is the head).
    // The words in lower case, written one after another into one buffer (a word in ASCII
    // lower-cased in place) and sliced, instead of a String each.
    let mut buffer = String::with_capacity(written.len());
    let mut ends = Vec::with_capacity(words.len());
    for w in &words {
        let start = buffer.len();
        if w.is_ascii() {
            buffer.push_str(w);
            buffer[start..].make_ascii_lowercase();
        } else {
            buffer.push_str(&w.to_lowercase());
        }
        ends.push(buffer.len());
    }
    let mut start = 0;
    let lower: Vec<&str> = ends
        .iter()
        .map(|&end| {
            let w = buffer.get(start..end).unwrap_or_default();
            start = end;
            w
        })
        .collect();
    let body_is_head = lower.windows(2).enumerate().any(|(i, p)| {
        BODY_PHRASES.iter().any(|b| b[0] == p[0] && b[1] == p[1])
            && !words
                .get(i + 2)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && !in_list(STOP, lower[i + 2]))
    });
    if body_is_head {
        return (SpeakerKind::Organization, false);
    }
    match head(&words, &lower) {
        Some(h) => {
            // "Supporters of Ann Lee": a phrase's first word, before a lower-case word, is
            // capitalised for the sentence, not as a name.
            let opens_phrase = h == 0
                && words
                    .get(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase));
            let word = if opens_phrase { lower[h] } else { words[h] };
            let mut kind = head_kind(word, lower[h]);
            // "Islanders said": a capitalised plural of people ("-ers", "-ians", "-ists")
            // ending the phrase, that the lexicon knows nothing of (a surname such as "Sanders"
            // it knows), is a common noun capitalised for its sentence.
            if kind == SpeakerKind::Person
                && h + 1 == words.len()
                && ["ers", "ians", "ists"]
                    .iter()
                    .any(|e| lower[h].ends_with(e))
                && lexicon::lookup(words[h]).is_empty()
            {
                kind = SpeakerKind::Group;
            }
            // "Suffolk University Poll": a document stays one, and "Labour Party MPs" a group.
            if kind == SpeakerKind::Person && names_a_company(&words, h) {
                return (SpeakerKind::Organization, false);
            }
            (kind, words[h] == lower[h])
        }
        None => (SpeakerKind::Person, false),
    }
}

/// Whether the head `words[h]` ends a run of capitalised words with an organisation's word or
/// legal form after its first ("Western *Power* Distribution", "Harbor *Lines* Freight"): a
/// company's name the mentions missed or cut short, whatever its last word. Not a run with a
/// title, a job or a given name in it ("Energy Secretary Tom Vale"), which names a person.
fn names_a_company(words: &[&str], h: usize) -> bool {
    use crate::lexicon::cat;
    let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
    let first = words[..=h]
        .iter()
        .rposition(|w| !capitalised(w))
        .map_or(0, |k| k + 1);
    if h <= first || !capitalised(&words[h]) {
        return false;
    }
    let run = &words[first..=h];
    let any_is = |words: &[&str], flags: u32| words.iter().any(|w| lexicon::lookup(w).any(flags));
    // "Supreme Court Justices": a plural's singular is looked up too.
    let person_word = |w: &&str| {
        let flags = cat::JOB | cat::TITLE | cat::GIVEN | cat::HONORIFIC;
        lexicon::lookup(w).any(flags)
            || w.strip_suffix('s')
                .is_some_and(|one| lexicon::lookup(one).any(cat::JOB | cat::TITLE))
    };
    any_is(&run[1..], cat::ORG_WORD | cat::LEGAL_SUFFIX) && !run.iter().any(person_word)
}

/// Splits a word with a comma at its end into the word and the comma.
fn split_comma(word: &str) -> impl Iterator<Item = &str> {
    let (w, comma) = match word.strip_suffix(',') {
        Some(w) => (w, Some(",")),
        None => (word, None),
    };
    std::iter::once(w).chain(comma)
}

fn pronoun_kind(word: &str) -> Option<SpeakerKind> {
    let w = word.to_lowercase();
    Some(match w.as_str() {
        "he" | "she" | "i" | "me" | "him" | "her" | "you" => SpeakerKind::Person,
        "they" | "we" | "them" | "us" => SpeakerKind::Group,
        "it" => SpeakerKind::Organization,
        _ => return None,
    })
}

/// The index of the head noun of a description (see the module docs).
fn head(words: &[&str], lower: &[&str]) -> Option<usize> {
    let mut head: Option<usize> = None;
    let mut i = 0;
    while i < lower.len() {
        let w = lower[i];
        // "A Department for Transport spokesperson": a preposition between capitalised words,
        // with a lower-case word after them, is inside a name that modifies the head.
        if matches!(w, "for" | "of" | "and") && inside_name_modifier(words, i) {
            i += 1;
            continue;
        }
        // "One in three voters", "three in every five": a share, whose head is what follows.
        let share = w == "in"
            && i > 0
            && is_count(lower[i - 1])
            && lower
                .get(i + 1)
                .is_some_and(|&n| is_count(n) || n == "every");
        if share {
            head = Some(i + 1);
            i += if lower.get(i + 1) == Some(&"every") {
                3
            } else {
                2
            };
            continue;
        }
        // "a study *last year* by economists": a time phrase after the head says when.
        let time_after_head = head.is_some()
            && matches!(w, "last" | "this" | "next" | "earlier")
            && lower
                .get(i + 1)
                .is_some_and(|&t| crate::words::is_time_word(t));
        if time_after_head {
            i += 2;
            continue;
        }
        if w == "," || in_list(STOP, w) {
            break;
        }
        if w == "of" {
            // "a third of voters", "a group of residents": the head is what follows.
            // "most of the economists": a quantity that is also a determiner never became the head.
            let partitive = head.is_some_and(|h| is_quantity(lower[h]))
                || head.is_none()
                    && i > 0
                    && in_list(QUANTITIES, lower[i - 1])
                    && !matches!(lower[i - 1], "one" | "each");
            if !partitive {
                break;
            }
            head = None;
            i += 1;
            continue;
        }
        if !in_list(DETERMINERS, w) {
            // "voters surveyed", "officials briefed": a participle after a noun is not the head.
            let after_head = head.is_some() || i > 0 && lower[i - 1] == "those";
            // "a regulatory filing": a document's noun in "-ing" is the head.
            let participle = after_head
                && (w.ends_with("ed") || w.ends_with("ing") || in_list(IRREGULAR_PARTICIPLES, w))
                && !words[i].starts_with(char::is_uppercase)
                && !in_list(DOCUMENTS, w);
            // The participle opens the phrase's tail: "a poll released *Monday*".
            if participle {
                break;
            }
            head = Some(i);
        }
        i += 1;
    }
    // "Many", "some", "others": a quantity alone stands for people.
    head.or_else(|| lower.iter().rposition(|w| in_list(DETERMINERS, w)))
}

/// Whether the lower-case joining word `words[i]` ("for", "of", "and") sits inside a name that
/// modifies a lower-case head after it: a capitalised word on each side, and after the
/// capitalised run a lower-case word ("a Department for Transport *spokesperson*", not "a
/// spokeswoman for Harbor Trust").
fn inside_name_modifier(words: &[&str], i: usize) -> bool {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    if i == 0 || i + 1 >= words.len() || !capitalised(words[i - 1]) || !capitalised(words[i + 1]) {
        return false;
    }
    // The run goes on over a joining word between capitalised words ("a Department of Health
    // *and* Social Care spokesperson").
    let mut k = i + 1;
    while k < words.len()
        && (capitalised(words[k])
            || matches!(words[k], "and" | "of" | "for" | "&")
                && words.get(k + 1).is_some_and(|w| capitalised(w)))
    {
        k += 1;
    }
    // The lower-case word after the run is the head, not a word that joins another name or a
    // tail ("Supporters of Ann Lee *and* Tom Hale": "Supporters" opens the sentence).
    k < words.len()
        && words[k].starts_with(char::is_lowercase)
        && !in_list(STOP, &words[k].to_lowercase())
}

/// Past participles that do not end in "-ed" ("papers seen by the newspaper").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "seen", "shown", "known", "given", "taken", "written", "drawn", "chosen", "sworn", "made",
    "held", "kept", "sent", "found", "led", "brought", "bought", "heard", "built", "won",
];

/// A count in figures or a number word: "10", "three", "twelve" (a head "one" is a person,
/// see `head_kind`; it counts only in a share, "One in three").
fn is_count(lower: &str) -> bool {
    const NUMBER_WORDS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "twenty",
    ];
    (!lower.is_empty() && lower.bytes().all(|c| c.is_ascii_digit())) || in_list(NUMBER_WORDS, lower)
}

fn is_quantity(word: &str) -> bool {
    in_list(QUANTITIES, word)
        || word.ends_with("th")
        || word.ends_with('%')
        || word
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn head_kind(word: &str, lower: &str) -> SpeakerKind {
    if in_list(DOCUMENTS, lower) {
        return SpeakerKind::Document;
    }
    if is_body_noun(lower) {
        return SpeakerKind::Organization;
    }
    if lower == "one" || lower == "each" {
        return SpeakerKind::Person;
    }
    // "two of them polled", "most of those asked".
    if matches!(lower, "them" | "those" | "these") {
        return SpeakerKind::Group;
    }
    if in_list(GROUPS, lower) || in_list(QUANTITIES, lower) {
        return SpeakerKind::Group;
    }
    // "42 MPs", "the MEPs": an acronym's plural names people; "4 in 10", "74 said", "Two
    // said", "One in three": a count of them.
    if crate::mentions::is_plural_acronym(word) || is_count(lower) {
        return SpeakerKind::Group;
    }
    let singular = singular(lower);
    if let Some(s) = singular {
        if in_list(DOCUMENTS, s) {
            return SpeakerKind::Document;
        }
        if is_body_noun(s) {
            return SpeakerKind::Organization;
        }
    }
    // "Lockheed Corp.", "the Times": a name the mentions missed, ending in an organisation word.
    if word.starts_with(char::is_uppercase) && in_list(ORG_NAME_ENDS, lower) {
        return SpeakerKind::Organization;
    }
    // "Protesters chanted": a sentence's first word is capitalised without being a name.
    let capitalized_name = word.starts_with(char::is_uppercase)
        && !lexicon::is_job_noun(word)
        && !crate::words::is_source_noun(lower);
    if singular.is_some() && !capitalized_name {
        return SpeakerKind::Group;
    }
    SpeakerKind::Person
}

/// The singular of a lower-case word that looks like a regular plural ("officials", "studies").
fn singular(word: &str) -> Option<&str> {
    if word.len() < 4
        || !word.ends_with('s')
        || ["ss", "us", "is", "ous", "'s", "’s"]
            .iter()
            .any(|end| word.ends_with(end))
    {
        return None;
    }
    Some(&word[..word.len() - 1])
}

/// Whether `word` (lower case) is a noun for an organisation or body: [`BODIES`] and the nouns
/// for a business the mention rules share ([`crate::words::is_firm_noun`]: "the airline", "the
/// lender"; [`crate::words::is_trade_noun`]: "the grocer").
/// A police force's common noun that the entity layer may read as a one-word name: "Gardaí
/// said".
fn is_force_noun(word: &str) -> bool {
    matches!(
        word,
        "gardaí" | "gardai" | "police" | "constabulary" | "gendarmerie" | "carabinieri"
    )
}

fn is_body_noun(word: &str) -> bool {
    in_list(BODIES, word) || crate::words::is_firm_noun(word) || crate::words::is_trade_noun(word)
}

/// Whether `word` (lower case) is in `list`. Never inlined: one loop for every list, instead of
/// comparisons unrolled per list and per call in the wasm build.
#[inline(never)]
fn in_list(list: &[&str], word: &str) -> bool {
    // The length and the first byte first: most entries differ there, with no call to compare.
    let Some(&first) = word.as_bytes().first() else {
        return list.contains(&word);
    };
    list.iter()
        .any(|w| w.len() == word.len() && w.as_bytes().first() == Some(&first) && *w == word)
}

/// Words that end a description's head region: prepositions and clause words.
const STOP: &[&str] = &[
    "for",
    "at",
    "in",
    "from",
    "with",
    "to",
    "on",
    "within",
    "inside",
    "close",
    "near",
    "who",
    "which",
    "that",
    "whose",
    "familiar",
    "involved",
    "briefed",
    "and",
    "or",
    "by",
    "about",
    "under",
    "over",
    "after",
    "before",
    "(",
    "said",
    "says",
    "told",
    "across",
    "around",
    "throughout",
    "among",
];

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "some", "several", "many", "other", "this", "that",
    "these", "those", "his", "her", "its", "their", "our", "both", "most", "few", "all", "each",
    "any", "no",
];

/// Words that measure a part of a group: "a third of", "a majority of", "dozens of".
const QUANTITIES: &[&str] = &[
    "half",
    "third",
    "quarter",
    "majority",
    "minority",
    "most",
    "many",
    "some",
    "several",
    "few",
    "none",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "number",
    "percent",
    "per",
    "cent",
    "group",
    "handful",
    "couple",
    "all",
    "both",
    "each",
    "rest",
    "share",
    "proportion",
    "fraction",
    "plurality",
];

/// Heads that name several people.
const GROUPS: &[&str] = &[
    "people",
    "men",
    "women",
    "children",
    "staff",
    "crew",
    "public",
    "crowd",
    "audience",
    "family",
    "families",
    "couple",
    "majority",
    "minority",
    "voters",
    "residents",
    "authorities",
    "officials",
    "critics",
    "sources",
    "youth",
    "spokespeople",
    "folks",
    "locals",
    "both",
    "others",
    "everyone",
    "everybody",
    "nobody",
    "all",
];

/// Heads that name documents and other texts.
const DOCUMENTS: &[&str] = &[
    "report",
    "survey",
    "statement",
    "email",
    "e-mail",
    "note",
    "notes",
    "memo",
    "memorandum",
    "editorial",
    "poll",
    "study",
    "studies",
    "letter",
    "lawsuit",
    "suit",
    "document",
    "article",
    "column",
    "book",
    "release",
    "filing",
    "brief",
    "complaint",
    "ruling",
    "indictment",
    "analysis",
    "transcript",
    "tweet",
    "post",
    "video",
    "clip",
    "ad",
    "advert",
    "advertisement",
    "website",
    "site",
    "page",
    "message",
    "text",
    "blog",
    "headline",
    "caption",
    "draft",
    "bill",
    "law",
    "resolution",
    "treaty",
    "agreement",
    "declaration",
    "guidance",
    "guidelines",
    "proposal",
    "manual",
    "review",
    "assessment",
    "audit",
    "verdict",
    "judgment",
    "judgement",
    "petition",
    "motion",
    "warrant",
    "affidavit",
    "obituary",
    "communique",
    "communiqué",
    "bulletin",
    "newsletter",
    "notice",
    "sign",
    "leaflet",
    "flyer",
    "pamphlet",
    "findings",
    "data",
    "figures",
    "records",
    "minutes",
    "cable",
    "dossier",
    "paper",
    "research",
    "estimate",
    "forecast",
    "warning",
    "order",
    "decree",
    "summary",
    "citation",
    "label",
    "script",
    // Objects that carry words: "The inscription reads “…”" (a text, never a person).
    "inscription",
    "banner",
    "plaque",
    "placard",
    "slogan",
];

/// Heads that name organisations and bodies (with [`crate::words::is_firm_noun`]'s).
const BODIES: &[&str] = &[
    "ministry",
    "government",
    "agency",
    "department",
    "commission",
    "committee",
    "chamber",
    "council",
    "court",
    "board",
    "panel",
    "office",
    "bureau",
    "team",
    "union",
    "party",
    "league",
    "association",
    "foundation",
    "institute",
    "tank",
    "thinktank",
    "center",
    "centre",
    "network",
    "newspaper",
    "magazine",
    "outlet",
    "organization",
    "organisation",
    "administration",
    "campaign",
    "military",
    "army",
    "navy",
    "coalition",
    "alliance",
    "federation",
    "confederation",
    "tribunal",
    "regulator",
    "watchdog",
    "university",
    "college",
    "school",
    "hospital",
    "club",
    "church",
    "parliament",
    "congress",
    "senate",
    "cabinet",
    "embassy",
    "consulate",
    "authority",
    "charity",
    "trust",
    "society",
    "fund",
    "corporation",
    "service",
    "station",
    "channel",
    "publisher",
    "studio",
    "carrier",
    "operator",
    "provider",
    "maker",
    "producer",
    "developer",
    "utility",
    "daily",
    "tabloid",
    "journal",
    "kremlin",
    "pentagon",
    "vatican",
    "group",
    "organizers",
    "organisers",
    "secretariat",
    "municipality",
    "city",
    "state",
    "county",
    "province",
    "regime",
    "junta",
    "presidency",
    "legislature",
    "assembly",
    "opposition",
    "police",
    // The Irish police ("Gardaí said"; "garda" is also one officer: not here).
    "gardaí",
    "gardai",
    "constabulary",
    "brand",
    "store",
    "chain",
    "museum",
    "zoo",
    "library",
    "lab",
    "laboratory",
    "prefecture",
    "inspectorate",
    // Trades of companies ("the UK's biggest grocer said") are `words::is_trade_noun`'s, the
    // general business nouns `words::is_firm_noun`'s.
    "brokerage",
];

/// Two-word bodies.
const BODY_PHRASES: &[[&str; 2]] = &[
    ["white", "house"],
    ["downing", "street"],
    ["blue", "house"],
    ["élysée", "palace"],
    ["elysee", "palace"],
    ["capitol", "hill"],
    ["wall", "street"],
];

/// Last words of organisation names: "Acme Corp.", "the Herald".
const ORG_NAME_ENDS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "ag",
    "gmbh",
    "sa",
    "group",
    "times",
    "post",
    "news",
    "daily",
    "journal",
    "herald",
    "tribune",
    "telegraph",
    "guardian",
    "gazette",
    "ledger",
    "caller",
    "chronicle",
    "courier",
    "examiner",
    "inquirer",
    "sentinel",
    "dispatch",
    "bulletin",
    "magazine",
    "press",
    "monitor",
    "agency",
    "ministry",
    "university",
    "institute",
    "bank",
    "party",
    "council",
    "committee",
    "commission",
    "foundation",
    "association",
    "union",
    "department",
    "office",
    "network",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// (written speaker, expected kind)
    const CASES: &[(&str, SpeakerKind)] = &[
        // organisations and bodies
        ("the ministry", SpeakerKind::Organization),
        ("the company", SpeakerKind::Organization),
        ("the White House", SpeakerKind::Organization),
        ("Downing Street officials", SpeakerKind::Group),
        // a body that modifies the head noun
        ("a Downing Street source", SpeakerKind::Person),
        ("a senior White House official", SpeakerKind::Person),
        ("the Foreign Ministry", SpeakerKind::Organization),
        ("it", SpeakerKind::Organization),
        ("the group", SpeakerKind::Organization),
        ("the official news agency", SpeakerKind::Organization),
        ("Acme Corp", SpeakerKind::Organization),
        // newspapers the mention stage missed, by the word their names end in
        ("the Daily Ledger", SpeakerKind::Organization),
        ("The Evening Courier", SpeakerKind::Organization),
        // a participle after the head, regular or not
        (
            "council papers seen by the newspaper",
            SpeakerKind::Document,
        ),
        ("minutes obtained by the newspaper", SpeakerKind::Document),
        ("a poll released Monday", SpeakerKind::Document),
        ("voters surveyed last week", SpeakerKind::Group),
        // groups
        ("officials", SpeakerKind::Group),
        ("critics", SpeakerKind::Group),
        ("a third of voters surveyed", SpeakerKind::Group),
        ("most of the economists polled", SpeakerKind::Group),
        ("one of the senators", SpeakerKind::Person),
        ("residents", SpeakerKind::Group),
        ("they", SpeakerKind::Group),
        ("we", SpeakerKind::Group),
        (
            "Sources close to the Chinese government",
            SpeakerKind::Group,
        ),
        ("U.S. analysts", SpeakerKind::Group),
        ("many", SpeakerKind::Group),
        ("senior administration officials", SpeakerKind::Group),
        ("a group of residents", SpeakerKind::Group),
        ("two women", SpeakerKind::Group),
        ("people familiar with the talks", SpeakerKind::Group),
        // documents
        ("the report", SpeakerKind::Document),
        ("a survey", SpeakerKind::Document),
        ("the statement", SpeakerKind::Document),
        ("an email", SpeakerKind::Document),
        ("notes", SpeakerKind::Document),
        ("the memo", SpeakerKind::Document),
        ("an editorial", SpeakerKind::Document),
        ("a poll", SpeakerKind::Document),
        ("the study", SpeakerKind::Document),
        ("the letter", SpeakerKind::Document),
        ("the lawsuit", SpeakerKind::Document),
        ("a report by the agency", SpeakerKind::Document),
        ("the documents", SpeakerKind::Document),
        // persons
        ("he", SpeakerKind::Person),
        ("she", SpeakerKind::Person),
        ("I", SpeakerKind::Person),
        ("One source", SpeakerKind::Person),
        ("the source", SpeakerKind::Person),
        ("a spokeswoman for the commission", SpeakerKind::Person),
        ("a senior official", SpeakerKind::Person),
        ("the New York businessman", SpeakerKind::Person),
        ("Another critic, Laurence H. Tribe,", SpeakerKind::Person),
        ("Trump", SpeakerKind::Person),
        ("Mr. Willis", SpeakerKind::Person),
        ("the mother of the victim", SpeakerKind::Person),
        ("one", SpeakerKind::Person),
        ("police", SpeakerKind::Organization),
        // Capitalised only because they open the sentence.
        ("Protesters", SpeakerKind::Group),
        ("Passengers", SpeakerKind::Group),
        // A document "of" people is still the document: only a quantity takes its head from
        // after "of".
        ("a new poll of ferry riders", SpeakerKind::Document),
        // A name with "for", "of" or "and" inside it modifies the head after it.
        ("A Department for Harbors spokesperson", SpeakerKind::Person),
        ("a Bank of Wren report", SpeakerKind::Document),
        ("a spokeswoman for Harbor Trust", SpeakerKind::Person),
        // A name with two joining words inside it still modifies the head after it.
        (
            "A Department of Harbors and Ferry Care spokesperson",
            SpeakerKind::Person,
        ),
        (
            "a Ministry of Roads and Rail spokeswoman",
            SpeakerKind::Person,
        ),
        // A run of names joined by "and" after "of" is no name modifying a head: the first word
        // is capitalised for the sentence.
        ("Supporters of Ann Lee and Tom Hale", SpeakerKind::Group),
        ("Friends of Dora Lane and her family", SpeakerKind::Group),
        ("The think tank", SpeakerKind::Organization),
        ("42 MPs", SpeakerKind::Group),
        ("The MEPs", SpeakerKind::Group),
        ("4 in 10", SpeakerKind::Group),
        ("Four in 10 voters", SpeakerKind::Group),
        // A share with a number word first: the head is what follows it.
        ("One in three voters", SpeakerKind::Group),
        ("One in three", SpeakerKind::Group),
        ("three in every five riders", SpeakerKind::Group),
        ("Two", SpeakerKind::Group),
        ("One", SpeakerKind::Person),
        ("One official", SpeakerKind::Person),
    ];

    #[test]
    fn descriptions_get_their_kind() {
        let wrong: Vec<String> = CASES
            .iter()
            .filter(|(written, want)| description_kind(written) != *want)
            .map(|(written, want)| {
                format!(
                    "{written:?}: {:?}, want {want:?}",
                    description_kind(written)
                )
            })
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn a_description_cut_before_of_has_no_quantity_before_it() {
        // A phrase that starts with "of" (cut off from its quantity) has nothing before "of" to
        // read: classifying it must not look before its first word (it panicked when it did).
        // Any kind will do; the call must return.
        let _ = description_kind("of the ferry riders");
    }

    fn first_speaker_kind(text: &str) -> SpeakerKind {
        let analysis = crate::analyze(text, &crate::Options::default());
        analysis
            .quotes
            .iter()
            .find_map(|q| q.speaker.as_ref())
            .map(|s| s.kind)
            .unwrap_or_else(|| panic!("no speaker in {text:?}"))
    }

    #[test]
    fn speakers_with_entities_take_the_entity_type() {
        assert_eq!(
            first_speaker_kind("“We are ready,” Charlene Barshefsky said."),
            SpeakerKind::Person
        );
        assert_eq!(
            first_speaker_kind("“We are ready,” the World Trade Organization said."),
            SpeakerKind::Organization
        );
        assert_eq!(
            first_speaker_kind("“We are ready,” the report said."),
            SpeakerKind::Document
        );
        assert_eq!(
            first_speaker_kind("“We are ready,” officials said."),
            SpeakerKind::Group
        );
    }

    #[test]
    fn a_document_named_after_its_author_is_a_document() {
        let text = "A 2019 Senate Finance Committee report found “no sign of fraud.”";
        let analysis = crate::analyze(text, &crate::Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(
            speaker.span.text(text),
            "A 2019 Senate Finance Committee report"
        );
        let entity = speaker.entity.expect("the committee's entity") as usize;
        assert_eq!(analysis.entities[entity].kind, EntityType::Org);
        assert_eq!(speaker.kind, SpeakerKind::Document);
        // The organisation itself stays one, and so does a newspaper named for a document.
        assert_eq!(
            first_speaker_kind("“We are ready,” the Senate Finance Committee said."),
            SpeakerKind::Organization
        );
        assert_eq!(
            first_speaker_kind("“We are ready,” the Washington Post said."),
            SpeakerKind::Organization
        );
    }

    #[test]
    fn a_body_noun_followed_by_who_is_a_person() {
        // "developer" names a company as often as a person; "who" settles it.
        assert_eq!(
            first_speaker_kind(
                "The developer, who testified for the state, said the deal was “routine.”"
            ),
            SpeakerKind::Person
        );
        assert_eq!(
            first_speaker_kind("The developer said the deal was “routine.”"),
            SpeakerKind::Organization
        );
    }

    // Mutation tests (issue 15, round 33).
    #[test]
    fn a_role_for_a_named_body_before_lower_case_words_keeps_the_role_as_head() {
        // "for" after a lower-case role noun opens its tail, even when a capitalised name and a
        // lower-case word follow it: the lawyer speaks, not the investors.
        assert_eq!(
            description_kind("a lawyer for Harbor Trust investors"),
            SpeakerKind::Person
        );
    }
}
