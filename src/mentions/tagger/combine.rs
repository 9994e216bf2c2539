//! Rules and model together: the rules keep what the lexicon and structure are sure of, the
//! model decides the rest (see the module docs of [`super`]).

use super::Span as ModelSpan;
use crate::analysis::{EntityType, Mention};
use crate::mentions::{Found, Source};
use crate::segment::Segments;
use crate::span::Span;

/// Rules that only guess: their mentions are the model's to keep, cut or drop.
const GUESSES: [Source; 3] = [Source::Person, Source::PersonSurname, Source::AliasListed];

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
pub(crate) fn kept_as_is(m: &Mention, f: &Found) -> bool {
    sure(m, f) && !TYPE_OPEN.contains(&f.source) && m.kind != EntityType::Norp
}

/// Whether the rules' mention stands whatever the model says.
fn sure(m: &Mention, f: &Found) -> bool {
    !GUESSES.contains(&f.source) || m.kind == EntityType::Norp
}

/// The final mentions, ordered by start and not overlapping. `model` is in text order.
pub(crate) fn combine(
    text: &str,
    seg: &Segments,
    rules: Vec<(Mention, Found)>,
    model: &[ModelSpan],
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
    for (mut m, f) in rules {
        let (a, b) = (f.a as usize, f.b as usize);
        if !sure(&m, &f) {
            continue;
        }
        // A nationality inside a longer name ("Korean Central News Agency").
        if m.kind == EntityType::Norp && overlapping(a, b).any(|s| s.b - s.a > 1) {
            continue;
        }
        for h in &mut held[a..b] {
            *h = true;
        }
        if TYPE_OPEN.contains(&f.source) && m.kind != EntityType::Norp {
            // The model's type, where it reads the same span as a name.
            if let Some(s) = overlapping(a, b).find(|s| s.a == a && s.b == b) {
                m.kind = s.kind;
            }
        }
        out.push(m);
    }
    // The model's own mentions follow the rules' in `out`.
    let first_model = out.len();
    for s in model {
        if held[s.a..s.b].iter().any(|&h| h) {
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
        out.push(m);
    }
    if out.len() > first_model {
        one_reading(text, &mut out, first_model);
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    let mut last_end = 0;
    out.retain(|m| {
        let keep = m.span.start >= last_end && !m.span.is_empty();
        if keep {
            last_end = m.span.end;
        }
        keep
    });
    out
}

/// One text, one reading of a name: a mention the model typed takes the type the text gives the
/// same words more often elsewhere ("Sapulpa" a place twice and a person once is a place), the
/// rules' mentions and the model's counted alike. `out[first_model..]` are the model's.
pub(crate) fn one_reading(text: &str, out: &mut [Mention], first_model: usize) {
    let named =
        |k: EntityType| matches!(k, EntityType::Person | EntityType::Org | EntityType::Place);
    // (written name, type, count), over the few names of a text.
    let mut counts: Vec<(&str, EntityType, u32)> = Vec::new();
    for m in out.iter().filter(|m| named(m.kind)) {
        let w = m.span.text(text);
        match counts.iter_mut().find(|c| c.0 == w && c.1 == m.kind) {
            Some(c) => c.2 += 1,
            None => counts.push((w, m.kind, 1)),
        }
    }
    for m in out[first_model..].iter_mut().filter(|m| named(m.kind)) {
        let w = m.span.text(text);
        let own = counts
            .iter()
            .find(|c| c.0 == w && c.1 == m.kind)
            .map_or(0, |c| c.2);
        if let Some(best) = counts
            .iter()
            .filter(|c| c.0 == w && c.2 > own)
            .max_by_key(|c| c.2)
        {
            m.kind = best.1;
        }
    }
}
