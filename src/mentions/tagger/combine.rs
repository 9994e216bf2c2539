//! Rules and model together: the rules keep what the lexicon and structure are sure of, the
//! model decides the rest (see the module docs of [`super`]).

use super::Span as ModelSpan;
use crate::analysis::{EntityType, Mention};
use crate::mentions::{Found, Source};
use crate::segment::Segments;

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

/// Whether the rules' mention stands whatever the model says.
fn sure(m: &Mention, f: &Found) -> bool {
    !GUESSES.contains(&f.source) || m.kind == EntityType::Norp
}

/// The final mentions, ordered by start and not overlapping.
pub(crate) fn combine(
    seg: &Segments,
    rules: &[(Mention, Found)],
    model: &[ModelSpan],
) -> Vec<Mention> {
    let n = seg.tokens.len();
    // Tokens held by a kept rule mention.
    let mut held = vec![false; n];
    let mut out: Vec<Mention> = Vec::with_capacity(rules.len() + model.len());
    for (m, f) in rules {
        if !sure(m, f) {
            continue;
        }
        let overlapped_norp = m.kind == EntityType::Norp
            && model
                .iter()
                .any(|s| s.a < f.b as usize && (f.a as usize) < s.b && s.b - s.a > 1);
        if overlapped_norp {
            continue;
        }
        for h in &mut held[f.a as usize..f.b as usize] {
            *h = true;
        }
        let mut m = m.clone();
        if TYPE_OPEN.contains(&f.source) && m.kind != EntityType::Norp {
            // The model's type, where it reads the same span as a name.
            let first = model.partition_point(|s| s.b <= f.a as usize);
            if let Some(s) = model[first..]
                .iter()
                .find(|s| s.a == f.a as usize && s.b == f.b as usize)
            {
                m.kind = s.kind;
            }
        }
        out.push(m);
    }
    for s in model {
        if held[s.a..s.b].iter().any(|&h| h) {
            continue;
        }
        let span = seg.tokens[s.a].span.cover(seg.tokens[s.b - 1].span);
        let mut m = Mention::new(span, s.kind);
        if s.kind == EntityType::Person {
            // A title the rules found before the name.
            let first = rules.partition_point(|(_, f)| f.b as usize <= s.a);
            m.title = rules[first..]
                .iter()
                .take_while(|(_, f)| (f.a as usize) < s.b)
                .filter(|(r, _)| r.kind == EntityType::Person)
                .find_map(|(r, _)| r.title.filter(|t| t.end <= span.start));
        }
        out.push(m);
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
