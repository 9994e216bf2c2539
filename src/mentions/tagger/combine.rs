//! Rules and model together: the rules keep what the lexicon and structure are sure of, the
//! model decides the rest (see the module docs of [`super`]).

use super::Span as ModelSpan;
use crate::analysis::{EntityType, Mention};
use crate::lexicon::cat;
use crate::mentions::{Found, Source};
use crate::segment::{Bits, Segments, TokenKind, ALL_CAPS, CAPITALIZED, SENTENCE_START};
use crate::span::Span;

/// Rules that only guess: their mentions are the model's to keep, cut or drop. A lone word that
/// repeats the first word of an organisation's name is often a common word ("the Creative
/// Writers Guild … her Creative work"): the model keeps "Harvard" and drops "Creative".
const GUESSES: [Source; 4] = [
    Source::Person,
    Source::PersonSurname,
    Source::AliasListed,
    Source::AliasOrg,
];

/// Rules that are sure of a span but not of its type: a one-word lexicon name (Washington the
/// person, the city or the government), an acronym, a team, a name seen before.
const TYPE_OPEN: [Source; 5] = [
    Source::Lexicon,
    Source::Acronym,
    Source::Team,
    Source::Known,
    Source::Town,
];

/// Whether the rules' mention stands as it is, span and type, whatever the model says (so the
/// model need not read a stretch made only of such mentions).
pub(crate) fn kept_as_is(text: &str, seg: &Segments, m: &Mention, f: &Found) -> bool {
    sure(text, seg, m, f) && !TYPE_OPEN.contains(&f.source) && m.kind != EntityType::Norp
}

/// Whether the rules' mention stands whatever the model says.
fn sure(text: &str, seg: &Segments, m: &Mention, f: &Found) -> bool {
    (!GUESSES.contains(&f.source) || m.kind == EntityType::Norp)
        && !term_in_title_case(text, seg, f)
}

/// Whether an organisation by its noun is made only of common words and follows a lower-case
/// word other than "the": a term set in title case, as academic and technical prose does
/// ("operators for testing Geographic Information Systems", "a unique Pilot Training
/// Program"), more often than a body's name, which takes "the" ("the Foreign Ministry") or
/// holds a name ("Halvorsen Robotics"). Such a span is the model's to keep or drop.
fn term_in_title_case(text: &str, seg: &Segments, f: &Found) -> bool {
    let (a, b) = (f.a as usize, f.b as usize);
    if f.source != Source::OrgStructure || a == 0 {
        return false;
    }
    let before = &seg.tokens[a - 1];
    let word = before.text(text);
    before.kind() == TokenKind::Word
        && word.as_bytes()[0].is_ascii_lowercase()
        && word != "the"
        && (a..b).all(|k| {
            let t = &seg.tokens[k];
            // An acronym is a name's part ("DC Comics", "US Weekly").
            t.kind() == TokenKind::Word && !t.has(ALL_CAPS) && seg.lex(k).any(cat::COMMON)
        })
}

/// The final mentions, ordered by start and not overlapping. `model` is in text order;
/// `no_names` are the stretches the rules read as no name (first and one-past-last tokens), where
/// the model's names are dropped; `headline` says which sentences are in headline case or
/// capitals.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub(crate) fn combine(
    text: &str,
    seg: &Segments,
    rules: Vec<(Mention, Found)>,
    model: &[ModelSpan],
    no_names: &[(u32, u32)],
    headline: &Bits,
) -> Vec<Mention> {
    let n = seg.tokens.len();
    // The model's names overlapping tokens a..b.
    let overlapping = |a: usize, b: usize| {
        let first = model.partition_point(|s| s.b <= a);
        model[first..].iter().take_while(move |s| s.a < b)
    };
    // Titles of the rules' people, for the model's people: (first token, end token, title).
    let titles: Vec<(usize, usize, Span)> = rules
        .iter()
        .filter(|(m, _)| m.kind == EntityType::Person)
        .filter_map(|(m, f)| m.title.map(|t| (f.a as usize, f.b as usize, t)))
        .collect();
    // Tokens held by a kept rule mention.
    let mut held = vec![false; n];
    let mut out: Vec<Mention> = Vec::with_capacity(rules.len() + model.len());
    // The word of each one-word mention of `out` (`u32::MAX` for longer ones).
    let mut words: Vec<u32> = Vec::with_capacity(rules.len() + model.len());
    // Per mention of `out`: whether a rule sure of its type found it ([`SURE_TYPE`]), or a rule
    // that left its type open ([`OPEN_TYPE`]); 0 for the model's own.
    let mut strength: Vec<u8> = Vec::with_capacity(rules.len() + model.len());
    let word_of = |a: usize, b: usize| {
        if b == a + 1 {
            seg.tokens[a].word()
        } else {
            u32::MAX
        }
    };
    // The short name each longer name gives a word ("Vantrell Motors": the organisation's first
    // word; "Ida Halvorsen": the person's last), for [`one_reading`].
    let mut short_names: Vec<(u32, EntityType)> = Vec::new();
    let mut short_name_of = |a: usize, b: usize, kind: EntityType| match kind {
        EntityType::Org if b > a + 1 => short_names.push((seg.tokens[a].word(), kind)),
        EntityType::Person if b > a + 1 => short_names.push((seg.tokens[b - 1].word(), kind)),
        _ => {}
    };
    // Tokens covered by any sure rule mention.
    let mut ruled = vec![false; n];
    for (m, f) in &rules {
        if sure(text, seg, m, f) {
            for r in &mut ruled[f.a as usize..f.b as usize] {
                *r = true;
            }
        }
    }
    let org_names = org_names(text, &rules);
    let listed_org_ends = listed_org_ends(seg, &rules);
    // The rules' people named by one word ("Warhol said"), sorted.
    let mut lone_people: Vec<&str> = rules
        .iter()
        .filter(|(m, f)| m.kind == EntityType::Person && f.b == f.a + 1)
        .map(|(m, _)| m.span.text(text))
        .collect();
    crate::sort::sort_by_key(&mut lone_people, |&w| w);
    // The first word of each person's name of several words the text gives, where it is a given
    // name, and where that name starts: (word, byte), for [`given_name_of_person`].
    let mut given_names: Vec<(u32, u32)> = Vec::new();
    // Names of several unknown capitalised words inside a sentence the rules read as a person,
    // for [`unread_name_candidate`]: (mention, first token, end token).
    let mut unread: Vec<(Mention, usize, usize)> = Vec::new();
    for (mut m, f) in rules {
        let (a, b) = (f.a as usize, f.b as usize);
        if !sure(text, seg, &m, &f) {
            if unread_name_candidate(text, seg, &m, &f, headline) {
                unread.push((m, a, b));
            }
            continue;
        }
        if m.kind == EntityType::Person
            && m.title.is_none()
            && !seg.lex(a).any(cat::KNOWN_PERSON)
            && matches!(
                f.source,
                Source::PersonGiven | Source::Person | Source::PersonSurname
            )
            && modifies_noun(text, seg, b)
            && starts_org_name(&org_names, m.span.text(text))
            // "the Andy Warhol exhibit" beside "the Andy Warhol Foundation": the text names the
            // person alone too ("Warhol said").
            && lone_people
                .binary_search(&seg.tokens[b - 1].text(text))
                .is_err()
        {
            m.kind = EntityType::Org;
        }
        // A one-word lexicon name in capitals inside a longer name the model reads over words
        // in capitals no rule took: the longer name, typed by the model, not by capitals
        // ("ANN MARSH SAID": not the place Ann, the person Ann Marsh).
        if f.source == Source::Lexicon
            && b == a + 1
            && seg.tokens[a].has(ALL_CAPS)
            && m.kind != EntityType::Norp
            && overlapping(a, b).any(|s| {
                s.a <= a
                    && s.b >= b
                    && s.b - s.a > 1
                    && (s.a..s.b).all(|q| q == a || !ruled[q] && seg.tokens[q].has(ALL_CAPS))
            })
        {
            continue;
        }
        // A nationality inside a longer name ("Korean Central News Agency"); a group of two
        // words stands against the model's reading of the same two ("Lib Dem councillors").
        if m.kind == EntityType::Norp && overlapping(a, b).any(|s| s.b - s.a > (b - a).max(1)) {
            continue;
        }
        for h in &mut held[a..b] {
            *h = true;
        }
        let open = TYPE_OPEN.contains(&f.source) && m.kind != EntityType::Norp;
        if open {
            // The model's type, where it reads the same span as a name.
            if let Some(s) = overlapping(a, b).find(|s| s.a == a && s.b == b) {
                m.kind = s.kind;
            }
        }
        strength.push(if open {
            OPEN_TYPE
        } else if strong_type(text, seg, &m, &f) {
            SURE_TYPE
        } else {
            KEPT_TYPE
        });
        short_name_of(a, b, m.kind);
        given_names.extend(opening_given_name(seg, a, b, &m));
        out.push(m);
        words.push(word_of(a, b));
    }
    // Such a guess stands where the model reads less of it than the whole: no name at all, or
    // one inside it ("to Tavish Okonkwo": a place "Tavish"), never one that reaches past it.
    for (m, a, b) in unread {
        if !held[a..b].iter().any(|&h| h)
            && overlapping(a, b).all(|s| a <= s.a && s.b <= b && s.b - s.a < b - a)
        {
            for h in &mut held[a..b] {
                *h = true;
            }
            short_name_of(a, b, m.kind);
            given_names.extend(opening_given_name(seg, a, b, &m));
            out.push(m);
            words.push(word_of(a, b));
            strength.push(KEPT_TYPE);
        }
    }
    // The model's own mentions follow the rules' in `out`.
    let first_model = out.len();
    for s in model {
        // "Said Meridian's director of polling, Ruth Abbot: …": a speech verb opening the
        // sentence, which the part-of-speech layer reads as a verb, is no name's first word (the
        // rules leave it out of the name, `names::find`).
        let mut s = *s;
        if s.b > s.a + 1 && speech_verb_opening(seg, s.a) {
            s.a += 1;
        }
        if held[s.a..s.b].iter().any(|&h| h) {
            continue;
        }
        // "Storm Eunice", "Q&A": a rule read the stretch as no name (a few a text at most).
        if no_names
            .iter()
            .any(|&(a, b)| (a as usize) < s.b && s.a < b as usize)
        {
            continue;
        }
        // "SOCCER - KESTREL HOLD MARLOW": a wire's section before a headline's dash is no name
        // (the rules' dateline leaves it out, `places::dateline_at`).
        if wire_section(text, seg, s.a, s.b) {
            continue;
        }
        if s.kind == EntityType::Person
            && crate::mentions::names::only_titles(&seg.tokens[s.a..s.b], &seg.words)
        {
            continue;
        }
        // "U.S. District Judge Helen Okafor": common words in a title the rules gave a person, or
        // right before it, are no place ("Air Force Secretary", "House Judiciary Committee
        // Chairman" name the bodies).
        if s.kind == EntityType::Place && (s.a..s.b).all(|k| seg.lex(k).any(cat::COMMON)) {
            let (start, end) = (seg.tokens[s.a].span().start, seg.tokens[s.b - 1].span().end);
            let next = seg.tokens.get(s.b).map(|t| t.span().start);
            if titles
                .iter()
                .any(|t| t.2.start <= start && end <= t.2.end || Some(t.2.start) == next)
            {
                continue;
            }
        }
        // "National Grid said": a person made only of common words that no name list has
        // (not "Will", "Hope" or "Brown") is a body's name or a term, no person.
        if s.kind == EntityType::Person
            && (s.a..s.b).all(|k| {
                let e = seg.lex(k);
                e.any(cat::COMMON) && !e.any(cat::GIVEN | cat::SURNAME | cat::KNOWN_PERSON)
            })
        {
            continue;
        }
        // "BANK OF ENGLAND HOLDS RATES; STERLING SLIPS": a currency alone in capitals is the
        // money, not a name the capitals cannot tell.
        if s.b == s.a + 1 && seg.tokens[s.a].has(ALL_CAPS) && currency(seg.tokens[s.a].text(text)) {
            continue;
        }
        // "MPs", "CEOs", "PACs": people or bodies of a kind, never one name.
        if s.b == s.a + 1
            && crate::mentions::names::is_plural_acronym(seg.tokens[s.a].span().text(text))
        {
            continue;
        }
        // "Rescuers reached the village", "Steelworkers' leaders said": a sentence's first word
        // alone that the part-of-speech layer reads as a common plural noun and no list knows
        // as a name. (Left out of the regions instead, the model trained on other examples and
        // the GUM train CV moved by noise, -0.001; here training is unchanged.)
        if s.b == s.a + 1 && plural_noun_opening(seg, s.a) {
            continue;
        }
        if s.b == s.a + 1 && common_compound(seg.tokens[s.a].span().text(text)) {
            continue;
        }
        let span = seg.tokens[s.a].span().cover(seg.tokens[s.b - 1].span());
        let mut m = Mention::new(span, s.kind);
        if s.kind == EntityType::Person {
            // A title the rules found before the name.
            let first = titles.partition_point(|t| t.1 <= s.a);
            m.title = titles[first..]
                .iter()
                .take_while(|t| t.0 < s.b)
                .find_map(|t| (t.2.end <= span.start).then_some(t.2));
        }
        short_name_of(s.a, s.b, m.kind);
        given_names.extend(opening_given_name(seg, s.a, s.b, &m));
        out.push(m);
        words.push(word_of(s.a, s.b));
        strength.push(0);
    }
    if out.len() > first_model {
        org_end_alone(seg, &mut out, &words, first_model, &listed_org_ends);
        one_reading(
            seg.words.info.len(),
            &mut out,
            &words,
            first_model,
            &short_names,
        );
    }
    sure_reading(text, seg.words.info.len(), &mut out, &strength, &words);
    if !given_names.is_empty() {
        given_name_of_person(text, seg, &mut out, &strength, &words, &given_names);
    }
    drop(strength);
    // In text order, with whether the model typed each mention (its own, or a name the rules
    // left open). The mentions are not copied to carry the flag: a permutation (4 bytes a
    // mention) is sorted and applied in place. Pairing each mention with its flag in a second
    // vector raised the wasm memory after one 10 MB text from 63 to 69 MiB.
    let mut order: Vec<u32> = (0..out.len() as u32).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        let m = &out[i as usize];
        (m.span.start, m.span.end)
    });
    let mut by_model: Vec<bool> = order.iter().map(|&i| i as usize >= first_model).collect();
    permute(&mut out, &mut order);
    drop(order);
    let mut last_end = 0;
    let mut kept = 0;
    for r in 0..out.len() {
        let m = &out[r];
        if m.span.start >= last_end && !m.span.is_empty() {
            last_end = m.span.end;
            out.swap(kept, r);
            by_model[kept] = by_model[r];
            kept += 1;
        }
    }
    out.truncate(kept);
    by_model.truncate(kept);
    list_agreement(text, seg, &mut out, &by_model);
    out
}

/// Whether a rules' guess may stand where the model reads less than all of it: two or more
/// unknown capitalised words ([`Source::Person`], "lost the nomination to Mitt Romney four years
/// later") inside a sentence in ordinary case. The model, trained on GUM's genres, reads such a
/// pair as no name, or its first word as a place after "to", when the words around it are those
/// of a term or a route; in news it is a name, and the person the rules read is the likeliest. Not at a sentence's start ("Fresh Ideas …") nor in a
/// headline ("Liberal Oscar-winner Sarandon: …") or capitals, where capitals tell nothing; where
/// the model reads any name over the words, its reading stands.
fn unread_name_candidate(
    text: &str,
    seg: &Segments,
    m: &Mention,
    f: &Found,
    headline: &Bits,
) -> bool {
    let (a, b) = (f.a as usize, f.b as usize);
    f.source == Source::Person
        && m.kind == EntityType::Person
        && b >= a + 2
        && !seg.tokens[a].has(SENTENCE_START)
        && !headline.get(seg.sentences.partition_point(|s| s.end_token as usize <= a))
        // "the Ramadan Iftar dinner", "an Intersecting Imaginaries conference": after an article
        // or before a common noun it names an event or a thing more often than a person.
        && !(a > 0
            && matches!(
                seg.tokens[a - 1].text(text),
                "the" | "a" | "an" | "The" | "A" | "An"
            ))
        && !seg.tokens.get(b).is_some_and(|t| {
            t.kind() == TokenKind::Word
                && t.text(text).as_bytes()[0].is_ascii_lowercase()
                && matches!(t.tag(), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
        })
        && (a..b).all(|k| {
            // "Bastille Day", "New Yorker", "Nobel Prize-winning": a common word makes a term
            // or a title as often as a name, even one the surname lists have ("Day", "New");
            // so does an uncapitalised connector ("Cinco de Mayo").
            // "Oscar-winner", "Prize-winning": a hyphen before a common word makes a
            // description, not a name's part ("Chun-yu" is one).
            let t = &seg.tokens[k];
            t.has(CAPITALIZED)
                && !t.has(ALL_CAPS)
                && !seg.lex(k).any(cat::COMMON)
                && !t
                    .text(text)
                    .rsplit_once('-')
                    .is_some_and(|(_, tail)| crate::lexicon::is_common_word(tail))
        })
}

/// The last word of each organisation of several words the lexicon lists ("Villa" of "Aston
/// Villa"), sorted, for [`org_end_alone`]. Not of a name read by its structure, which may end in
/// a person's ("Friends of Abe").
fn listed_org_ends(seg: &Segments, rules: &[(Mention, Found)]) -> Vec<u32> {
    let mut ends: Vec<u32> = rules
        .iter()
        .filter(|(m, f)| {
            m.kind == EntityType::Org && f.b > f.a + 1 && f.source == Source::LexiconPhrase
        })
        .map(|(_, f)| seg.tokens[f.b as usize - 1].word())
        .collect();
    crate::sort::sort_by_key(&mut ends, |&w| w);
    ends
}

/// The last word of a listed organisation's name ([`listed_org_ends`]), alone where the model
/// read a person ("Aston Villa … Villa, who sit fifth, …"): the organisation, unless a person of
/// the text has the word in a name of several words ("Paris Hendry … Paris said") or alone before
/// an age ("Villa, 34, scored"), or it is a body's generic word ("Council"). `out[first_model..]` are the model's; `words` holds each
/// mention's word.
fn org_end_alone(
    seg: &Segments,
    out: &mut [Mention],
    words: &[u32],
    first_model: usize,
    ends: &[u32],
) {
    if ends.is_empty() {
        return;
    }
    // The model's people named by one word that ends a listed organisation's name, and no
    // body's generic word: most texts have none, and then the people's words are not gathered.
    let candidate = |m: &Mention, w: u32| {
        m.kind == EntityType::Person
            && w != u32::MAX
            && ends.binary_search(&w).is_ok()
            && !seg.words.info[w as usize].lex.any(cat::ORG_WORD)
    };
    if !out[first_model..]
        .iter()
        .zip(&words[first_model..])
        .any(|(m, &w)| candidate(m, w))
    {
        return;
    }
    let mut people = Vec::new();
    for m in out.iter() {
        let (a, b) = (
            seg.token_at_or_after(m.span.start),
            seg.token_at_or_after(m.span.end),
        );
        if m.kind == EntityType::Person && b > a + 1 {
            people.extend(seg.tokens[a..b].iter().map(|t| t.word()));
        } else if m.kind == EntityType::Person && b == a + 1 && age_follows(seg, b) {
            // "Villa, 34, scored twice": an age after the word makes it a person's here.
            people.push(seg.tokens[a].word());
        }
    }
    crate::sort::sort_by_key(&mut people, |&w| w);
    for (m, &w) in out[first_model..].iter_mut().zip(&words[first_model..]) {
        if !candidate(m, w) || people.binary_search(&w).is_ok() {
            continue;
        }
        m.kind = EntityType::Org;
        m.title = None;
    }
}

/// Whether an age set off by commas starts at token `b`: ", 34,".
fn age_follows(seg: &Segments, b: usize) -> bool {
    let kinds = |k: usize| seg.tokens.get(k).map(|t| t.kind());
    kinds(b) == Some(TokenKind::Punct)
        && kinds(b + 1) == Some(TokenKind::Number)
        && kinds(b + 2) == Some(TokenKind::Punct)
}

/// The given name opening person `m`, a name of two words or more over tokens `a..b`, and where
/// it starts: (word, byte), for [`given_name_of_person`].
fn opening_given_name(seg: &Segments, a: usize, b: usize, m: &Mention) -> Option<(u32, u32)> {
    (m.kind == EntityType::Person && b > a + 1 && seg.lex(a).any(cat::GIVEN))
        .then(|| (seg.tokens[a].word(), m.span.start))
}

/// The names of the rules' organisations of two words or more, sorted, for [`starts_org_name`].
fn org_names<'t>(text: &'t str, rules: &[(Mention, Found)]) -> Vec<&'t str> {
    let mut names: Vec<&str> = rules
        .iter()
        .filter(|(m, f)| m.kind == EntityType::Org && f.b > f.a + 1)
        .map(|(m, _)| m.span.text(text))
        .collect();
    crate::sort::sort_by_key(&mut names, |&w| w);
    names
}

/// Whether token `b`, right after a name, is a common noun in lower case, which the name modifies
/// ("the Red Mesa pipeline").
fn modifies_noun(text: &str, seg: &Segments, b: usize) -> bool {
    // "The Kim Loh family", "a Ruth Bader Ginsburg portrait": nouns a person's name modifies
    // as often as a company's.
    const PERSONS_NOUNS: [&str; 12] = [
        "family",
        "portrait",
        "estate",
        "trial",
        "murder",
        "case",
        "death",
        "funeral",
        "statue",
        "biography",
        "campaign",
        "administration",
    ];
    seg.tokens.get(b).is_some_and(|t| {
        matches!(t.tag(), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
            && t.text(text).as_bytes()[0].is_ascii_lowercase()
            && !PERSONS_NOUNS.contains(&t.text(text))
    })
}

/// Whether `written`, a person's name by its shape that modifies a noun ([`modifies_noun`]), opens an organisation's longer name of the
/// same text (`org_names`, sorted): "the 300-mile Red Mesa pipeline" beside "Red Mesa Energy
/// said" is the company's, no person.
fn starts_org_name(org_names: &[&str], written: &str) -> bool {
    if org_names.is_empty() {
        return false;
    }
    let at = org_names.partition_point(|o| *o < written);
    org_names[at..]
        .iter()
        .take_while(|o| o.starts_with(written))
        .any(|o| o.as_bytes().get(written.len()) == Some(&b' '))
}

/// A given name alone, which the model or a list of places or bodies typed ("Sofia", a city),
/// after a person of the text was named in full with it ("Sofia Marchetti, 31, said … \"Sofia is
/// stubborn,\" said her partner"): that person. Not a country's, state's or region's name
/// ("Jordan Pike … Jordan"), nor a name after a preposition ("their son Austin Reid … lives in
/// Austin, Texas") or before a comma and a state or country ("the Sharon, Connecticut, home"),
/// nor a word the text names a place or body by more than once, or as a longer name's first
/// word ("Orlando International Airport … Orlando mourned"). `given_names` holds each full
/// name's first word and start.
fn given_name_of_person(
    text: &str,
    seg: &Segments,
    out: &mut [Mention],
    strength: &[u8],
    words: &[u32],
    given_names: &[(u32, u32)],
) {
    let shared = (crate::segment::MAX_WORDS - 1) as u32;
    let place_or_body = |kind: EntityType| matches!(kind, EntityType::Place | EntityType::Org);
    // Each given name once, with where a full name first opens with it, sorted by word: a long
    // text names thousands of people and has hundreds of thousands of mentions, so both
    // passes below look a word up by binary search, not by a scan of every full name.
    let mut first_use: Vec<(u32, u32)> = given_names.to_vec();
    crate::sort::sort_by_key(&mut first_use, |&g| g);
    first_use.dedup_by_key(|&mut (g, _)| g);
    let find = |word: u32| first_use.binary_search_by_key(&word, |&(g, _)| g).ok();
    // How often each candidate word is a place or body alone, or opens a longer one's name
    // (parallel to `first_use`).
    let mut uses: Vec<u32> = vec![0; first_use.len()];
    for (m, &w) in out.iter().zip(words) {
        if !place_or_body(m.kind) {
            continue;
        }
        let (word, weight) = if w == u32::MAX {
            (seg.tokens[seg.token_at_or_after(m.span.start)].word(), 2)
        } else {
            (w, 1)
        };
        if let Some(i) = find(word) {
            uses[i] += weight;
        }
    }
    for ((m, &s), &w) in out.iter_mut().zip(strength).zip(words) {
        if s > OPEN_TYPE
            || w == u32::MAX
            || w == shared
            || !matches!(m.kind, EntityType::Place | EntityType::Org)
        {
            continue;
        }
        let lex = seg.words.info[w as usize].lex;
        if !lex.any(cat::GIVEN) || lex.flags & (cat::COUNTRY | cat::STATE | cat::REGION) != 0 {
            continue;
        }
        let k = seg.token_at_or_after(m.span.start);
        if k > 0 && crate::words::is_preposition(seg.tokens[k - 1].text(text)) {
            continue;
        }
        let state_after = seg.tokens.get(k + 1).is_some_and(|t| t.text(text) == ",")
            && k + 2 < seg.tokens.len()
            && seg.lex(k + 2).flags & (cat::COUNTRY | cat::STATE | cat::REGION) != 0;
        let Some(i) = find(w) else {
            continue;
        };
        if state_after || uses[i] > 1 {
            continue;
        }
        if first_use[i].1 < m.span.start {
            m.kind = EntityType::Person;
        }
    }
}

/// Whether `word` names a currency that is also written as a name ("Sterling" a town and a
/// surname, "Rand" a surname), ASCII case ignored.
fn currency(word: &str) -> bool {
    [
        "sterling", "euro", "dollar", "yen", "yuan", "rouble", "ruble", "rupee", "peso", "franc",
        "rand", "lira", "shekel", "naira",
    ]
    .iter()
    .any(|c| word.eq_ignore_ascii_case(c))
}

/// [`sure_reading`]'s strength of a mention a rule sure of its type found.
pub(crate) const SURE_TYPE: u8 = 3;
/// [`sure_reading`]'s strength of a mention the rules keep whose type is less sure: a place by
/// its noun ("Millbrook Town" is a club's name too), a person-shaped name before a speech verb
/// ("Port Hutt boasts"), a lone word after "in" ("published in Frontiers journals").
pub(crate) const KEPT_TYPE: u8 = 2;
/// [`sure_reading`]'s strength of a mention a rule found whose type it left open.
pub(crate) const OPEN_TYPE: u8 = 1;

/// Whether the rules' kept mention `m` comes from a rule sure of its type: a context pattern,
/// a title, a given name, a lexicon name of several words, an organisation's structure or
/// facility, a dateline. A lone word a context pattern calls a place after "in", "near", "via"
/// or "of" is only a guess ("in Frontiers journals"); one it calls an organisation after "of" or
/// "in" stands here but is carried to the name's other mentions no further ("Shares of Halvorsen"
/// beside the founder "Halvorsen said").
fn strong_type(text: &str, seg: &Segments, m: &Mention, f: &Found) -> bool {
    match f.source {
        Source::Context => {
            let a = f.a as usize;
            let before = if a > 0 {
                seg.tokens[a - 1].text(text)
            } else {
                ""
            };
            let after_preposition = m.kind == EntityType::Place
                && f.b == f.a + 1
                && matches!(before, "in" | "near" | "via" | "of");
            // "Shares of Halvorsen rose" after "Ida Halvorsen founded Halvorsen Robotics": the
            // context keeps the company here, but "Halvorsen said" is still the founder.
            let body_after_of =
                m.kind == EntityType::Org && f.b == f.a + 1 && matches!(before, "of" | "in");
            !after_preposition && !body_after_of
        }
        Source::Titled
        | Source::PersonGiven
        | Source::LexiconPhrase
        | Source::OrgStructure
        | Source::Facility
        | Source::InTitle
        | Source::BeforeTitle
        | Source::Dateline => true,
        _ => false,
    }
}

/// One text, one reading of a name, from its strongest evidence: where the rules are sure of the
/// type of a name written the same elsewhere ("Millbrook Town beat Ashcombe Rovers 2-1": a
/// club; "Kettleby, a fishing town": a town; see [`strong_type`]), and sure of one type only,
/// its other mentions take that type ("… lifts Millbrook Town to third", "Residents of Kettleby"). A person's
/// name is carried only to the model's own mentions: a name the lexicon knows keeps its place
/// ("President Washington … in Washington").
///
/// `strength[i]` is [`SURE_TYPE`], [`KEPT_TYPE`], [`OPEN_TYPE`] or 0 (the model's own) for
/// `mentions[i]`, and `words[i]` its word (of `n_words` distinct words) when it is one word,
/// `u32::MAX` for a longer mention. Nothing is done per token; only a sure mention of several
/// words is hashed.
pub(crate) fn sure_reading(
    text: &str,
    n_words: usize,
    mentions: &mut [Mention],
    strength: &[u8],
    words: &[u32],
) {
    let sure_named = |(m, &s): (&Mention, &u8)| s == SURE_TYPE && slot(m.kind).is_some();
    if !mentions.iter().zip(strength).any(sure_named) || strength.iter().all(|&s| s == SURE_TYPE) {
        return;
    }
    // Per written name, the types the sure mentions give it, as bits of [`slot`]: a one-word
    // name by its word (one byte per distinct word), a longer one by its text.
    let mut one: Vec<u8> = vec![0; n_words];
    let mut longer: crate::lexicon::hash::FxHashMap<&str, u8> = Default::default();
    // The word a text with too many distinct words shares among several stands for none.
    let shared = (crate::segment::MAX_WORDS - 1) as u32;
    let word = |w: u32| if w == shared { u32::MAX } else { w };
    for ((m, &s), &w) in mentions.iter().zip(strength).zip(words) {
        let w = word(w);
        let Some(k) = slot(m.kind).filter(|_| s == SURE_TYPE) else {
            continue;
        };
        match one.get_mut(w as usize) {
            Some(bits) => *bits |= 1 << k,
            None => *longer.entry(m.span.text(text)).or_default() |= 1 << k,
        }
    }
    for ((m, &s), &w) in mentions.iter_mut().zip(strength).zip(words) {
        if s == SURE_TYPE || slot(m.kind).is_none() {
            continue;
        }
        let w = word(w);
        let bits = match one.get(w as usize) {
            Some(&bits) => bits,
            None if longer.is_empty() => 0,
            None => longer.get(m.span.text(text)).copied().unwrap_or(0),
        };
        if bits.count_ones() != 1 {
            continue;
        }
        let kind = KINDS[bits.trailing_zeros() as usize];
        if kind == m.kind || (kind == EntityType::Person && s != 0) {
            continue;
        }
        m.kind = kind;
        if kind != EntityType::Person {
            m.title = None;
        }
    }
}

/// Whether `word` is a hyphened compound of common words that no list knows as names
/// ("Weight-Loss", "Self-Driving" in a headline): no name alone ("Smith-Jones" holds surnames,
/// "Jean-Luc" a given name, "Coca-Cola" no common word; "Comic-Con" a part of three letters).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn common_compound(word: &str) -> bool {
    use crate::lexicon::{cat, lookup};
    word.contains('-')
        && word.split('-').all(|part| {
            let e = lookup(part);
            // A short part may cut a name's word ("Comic-Con").
            part.len() >= 4
                && e.any(cat::COMMON)
                && !e.any(crate::mentions::ENTITY_CATS | cat::GIVEN | cat::SURNAME)
        })
}

/// Whether token `k` opens its sentence, is a speech verb in the lexicon and is tagged a verb.
fn speech_verb_opening(seg: &Segments, k: usize) -> bool {
    let t = &seg.tokens[k];
    t.has(SENTENCE_START) && t.tag().is_verb() && seg.lex(k).any(cat::SPEECH_VERB)
}

/// Whether tokens `a..b` are a wire's section before a headline ("SOCCER -", "MOTOR RACING -"):
/// words in capitals opening a paragraph, each a common word and none a place's name, right
/// before a dash.
fn wire_section(text: &str, seg: &Segments, a: usize, b: usize) -> bool {
    let opens_paragraph = a == 0
        || text[seg.tokens[a - 1].span().end as usize..seg.tokens[a].span().start as usize]
            .contains('\n');
    opens_paragraph
        && seg
            .tokens
            .get(b)
            .is_some_and(|t| crate::mentions::places::is_dash(t.text(text)))
        && (a..b).all(|k| {
            seg.tokens[k].has(ALL_CAPS) && crate::mentions::places::is_section_word(seg.lex(k))
        })
}

/// Whether token `k` opens its sentence, is tagged a plural common noun and has no entity
/// category in the lexicon.
fn plural_noun_opening(seg: &Segments, k: usize) -> bool {
    let t = &seg.tokens[k];
    t.has(SENTENCE_START)
        && t.tag() == crate::pos::Tag::Nns
        && !seg.words.of(t).lex.any(crate::mentions::ENTITY_CATS)
}

/// Reorders `items` so that `items[k]` is the old `items[order[k]]`, in place, by following the
/// permutation's cycles; `order` is spent (every entry set to `u32::MAX`).
fn permute<T>(items: &mut [T], order: &mut [u32]) {
    const DONE: u32 = u32::MAX;
    for start in 0..items.len() {
        let mut at = start;
        while order[at] != DONE {
            let from = order[at] as usize;
            order[at] = DONE;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// The name types a list or a text's readings of one word vote among, as indices into [`KINDS`].
fn slot(kind: EntityType) -> Option<usize> {
    match kind {
        EntityType::Person => Some(0),
        EntityType::Org => Some(1),
        EntityType::Place => Some(2),
        _ => None,
    }
}

/// The types of [`slot`]'s indices.
const KINDS: [EntityType; 3] = [EntityType::Person, EntityType::Org, EntityType::Place];

/// The names of one list share a type: in a list of three names or more joined by commas and
/// "and" / "or", where most names have one type (at least two), a name the model typed
/// otherwise takes it. "Cities served are Tulsa, Sand Springs, Sapulpa, Jenks, and Broken
/// Arrow": "Jenks", read alone as a surname, is a town like the others. The rules' sure
/// mentions keep their type.
///
/// `mentions` are in text order, not overlapping; `by_model[i]` says the model typed
/// `mentions[i]`.
pub(crate) fn list_agreement(
    text: &str,
    seg: &Segments,
    mentions: &mut [Mention],
    by_model: &[bool],
) {
    // Whether only a list's joint stands between two mentions: ",", "and", "or", ", and", ", or".
    let joined = |left: &Mention, right: &Mention| {
        let (a, b) = (
            seg.token_at_or_after(left.span.end),
            seg.token_at_or_after(right.span.start),
        );
        let word = |k: usize| seg.tokens[k].text(text);
        match b.saturating_sub(a) {
            1 => matches!(word(a), "," | "and" | "or"),
            2 => word(a) == "," && matches!(word(a + 1), "and" | "or"),
            _ => false,
        }
    };
    let mut i = 0;
    while i < mentions.len() {
        if slot(mentions[i].kind).is_none() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < mentions.len()
            && slot(mentions[j].kind).is_some()
            && joined(&mentions[j - 1], &mentions[j])
        {
            j += 1;
        }
        if j - i >= 3 {
            // Per type, how many names and how many of them the rules are sure of.
            let (mut counts, mut sure) = ([0usize; 3], [0usize; 3]);
            for (m, &model) in mentions[i..j].iter().zip(&by_model[i..j]) {
                if let Some(k) = slot(m.kind) {
                    counts[k] += 1;
                    sure[k] += usize::from(!model);
                }
            }
            let best = (0..3).fold(0, |b, k| if counts[k] > counts[b] { k } else { b });
            if counts[best] >= 2 && 2 * counts[best] > j - i && sure[best] > 0 {
                for (m, &model) in mentions[i..j].iter_mut().zip(&by_model[i..j]) {
                    if model && m.kind != KINDS[best] {
                        m.kind = KINDS[best];
                        m.title = None;
                    }
                }
            }
        }
        i = j;
    }
}

/// One text, one reading of a name: a one-word mention the model typed takes the type the text
/// gives the same word more often ("Sapulpa" a place twice and a person once is a place), the
/// rules' mentions and the model's counted alike, and a longer name counted for the short name
/// it gives (`short_names`: "Vantrell Motors" for an organisation "Vantrell", "Ida Halvorsen"
/// for a person "Halvorsen"), so that a headline's lone "Vantrell" the model read as a person
/// is the company the story names in full. `out[first_model..]` are the model's; `words` holds
/// each mention's word (of `n_words` distinct words), `u32::MAX` for a longer mention.
pub(crate) fn one_reading(
    n_words: usize,
    out: &mut [Mention],
    words: &[u32],
    first_model: usize,
    short_names: &[(u32, EntityType)],
) {
    if words[first_model..].iter().all(|&w| w == u32::MAX) {
        return;
    }
    // Per word, how often each type.
    let mut counts = vec![[0u16; 3]; n_words];
    let named = out.iter().map(|m| m.kind).zip(words.iter().copied());
    for (kind, w) in named.chain(short_names.iter().map(|&(w, kind)| (kind, w))) {
        if let (Some(k), Some(c)) = (slot(kind), counts.get_mut(w as usize)) {
            c[k] = c[k].saturating_add(1);
        }
    }
    for (m, &w) in out[first_model..].iter_mut().zip(&words[first_model..]) {
        let (Some(own), Some(c)) = (slot(m.kind), counts.get(w as usize)) else {
            continue;
        };
        // The most frequent type, if more frequent than the model's (the first of a tie).
        let best = (0..3).fold(own, |b, k| if c[k] > c[b] { k } else { b });
        m.kind = KINDS[best];
    }
}

#[cfg(test)]
mod permute_tests {
    use super::permute;

    #[test]
    fn permute_puts_each_item_where_the_order_says() {
        let mut items = ['a', 'b', 'c', 'd', 'e'];
        // Two cycles (0 2 1) and (3 4): items[k] becomes the old items[order[k]].
        let mut order = [2, 0, 1, 4, 3];
        permute(&mut items, &mut order);
        assert_eq!(items, ['c', 'a', 'b', 'e', 'd']);
        let mut items = [1, 2, 3];
        permute(&mut items, &mut [0, 1, 2]);
        assert_eq!(items, [1, 2, 3]);
    }
}
