//! The output contract's invariants, checked on any analysis: for the property tests, the
//! adversarial tests and the fuzz targets (reached through `quotemark::internals`).
//!
//! [`check_invariants`] checks an [`Analysis`] against the text it came from, and the [`Report`]
//! made from it in every offset unit against offsets computed here independently with the
//! standard library (not with [`crate::OffsetMap`]). It runs in O(n log n) for a text of n bytes
//! and its spans, so it can run on the largest adversarial inputs too.

use crate::analysis::{Analysis, QuoteKind};
use crate::report::Report;
use crate::span::{OffsetUnit, Span};

/// Checks every invariant of `analysis`, made from `text`; the error names the first one broken.
///
/// * Every span (mentions, titles, quotes, speakers, cues) is non-empty, inside the text and on
///   character boundaries.
/// * Mentions are ordered by start and do not overlap; a title ends before its mention starts.
/// * Each mention's entity exists, has the mention's type and lists the mention; each entity lists
///   at least one mention, in ascending order, each of which points back at it; entities are in
///   order of first mention and each is named by the text of one of its mentions.
/// * Quotes are ordered by start; direct, partial and other quotes do not overlap each other, nor
///   do indirect ones; a speaker's entity exists.
/// * The [`Report`] in UTF-16, chars and bytes has the same records, with offsets equal to the
///   byte spans converted by the standard library, and texts equal to the spans' texts.
///
/// # Errors
/// A message naming the broken invariant and the record it is broken on.
pub fn check_invariants(text: &str, analysis: &Analysis) -> Result<(), String> {
    check_spans(text, analysis)?;
    check_mentions(text, analysis)?;
    check_quotes(analysis)?;
    check_sources(text, analysis)?;
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
        check_report(text, analysis, unit)?;
    }
    Ok(())
}

/// Every span a record holds, with a name for messages.
fn all_spans(analysis: &Analysis) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (i, m) in analysis.mentions.iter().enumerate() {
        out.push((format!("mention {i}"), m.span));
        if let Some(t) = m.title {
            out.push((format!("title of mention {i}"), t));
        }
    }
    for (i, q) in analysis.quotes.iter().enumerate() {
        out.push((format!("quote {i}"), q.span));
        if let Some(s) = &q.speaker {
            out.push((format!("speaker of quote {i}"), s.span));
        }
        if let Some(c) = q.cue {
            out.push((format!("cue of quote {i}"), c));
        }
    }
    for (i, source) in analysis.sources.iter().enumerate() {
        for (j, &role) in source.roles.iter().enumerate() {
            out.push((format!("role {j} of source {i}"), role));
        }
    }
    out
}

fn check_spans(text: &str, analysis: &Analysis) -> Result<(), String> {
    for (what, span) in all_spans(analysis) {
        let (start, end) = (span.start as usize, span.end as usize);
        if start >= end {
            return Err(format!("{what}: empty or reversed span {span}"));
        }
        if end > text.len() {
            return Err(format!(
                "{what}: span {span} ends past the text ({} bytes)",
                text.len()
            ));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!(
                "{what}: span {span} is not on character boundaries"
            ));
        }
    }
    Ok(())
}

fn check_mentions(text: &str, analysis: &Analysis) -> Result<(), String> {
    let (mentions, entities) = (&analysis.mentions, &analysis.entities);
    for (i, pair) in mentions.windows(2).enumerate() {
        if pair[1].span.start < pair[0].span.end {
            return Err(format!(
                "mentions {i} ({}) and {} ({}) overlap or are out of order",
                pair[0].span,
                i + 1,
                pair[1].span
            ));
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        if let Some(t) = m.title {
            if t.end > m.span.start {
                return Err(format!(
                    "mention {i} ({}): title {t} does not end before it",
                    m.span
                ));
            }
        }
        let Some(e) = entities.get(m.entity as usize) else {
            return Err(format!(
                "mention {i}: entity {} does not exist ({} entities)",
                m.entity,
                entities.len()
            ));
        };
        if e.kind != m.kind {
            return Err(format!(
                "mention {i} is {:?} but its entity {} is {:?}",
                m.kind, m.entity, e.kind
            ));
        }
        if e.mentions.binary_search(&(i as u32)).is_err() {
            return Err(format!(
                "mention {i} points at entity {}, which does not list it",
                m.entity
            ));
        }
    }
    let mut last_first = None;
    for (id, e) in entities.iter().enumerate() {
        let Some(&first) = e.mentions.first() else {
            return Err(format!("entity {id} has no mentions"));
        };
        if e.mentions.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("entity {id}: mentions not strictly ascending"));
        }
        for &k in &e.mentions {
            match mentions.get(k as usize) {
                Some(m) if m.entity as usize == id => {}
                Some(m) => {
                    return Err(format!(
                        "entity {id} lists mention {k}, which points at entity {}",
                        m.entity
                    ))
                }
                None => return Err(format!("entity {id} lists missing mention {k}")),
            }
        }
        if last_first.is_some_and(|f| f >= first) {
            return Err(format!("entity {id} is out of first-mention order"));
        }
        last_first = Some(first);
        if !e
            .mentions
            .iter()
            .any(|&k| mentions[k as usize].span.text(text) == e.name)
        {
            return Err(format!(
                "entity {id}: name {:?} is none of its mentions' texts",
                e.name
            ));
        }
    }
    Ok(())
}

fn check_quotes(analysis: &Analysis) -> Result<(), String> {
    let quotes = &analysis.quotes;
    for (i, pair) in quotes.windows(2).enumerate() {
        if pair[1].span.start < pair[0].span.start {
            return Err(format!("quotes {i} and {} are out of order", i + 1));
        }
    }
    // Marked quotes (direct, partial, other) never overlap each other, nor do indirect ones.
    for indirect in [false, true] {
        let mut last: Option<(usize, Span)> = None;
        for (i, q) in quotes.iter().enumerate() {
            if (q.kind == QuoteKind::Indirect) != indirect {
                continue;
            }
            if let Some((j, prev)) = last {
                if prev.overlaps(q.span) {
                    return Err(format!("quotes {j} ({prev}) and {i} ({}) overlap", q.span));
                }
            }
            last = Some((i, q.span));
        }
    }
    for (i, q) in quotes.iter().enumerate() {
        if let Some(s) = &q.speaker {
            if let Some(e) = s.entity {
                if e as usize >= analysis.entities.len() {
                    return Err(format!("speaker of quote {i}: entity {e} does not exist"));
                }
            }
        }
    }
    Ok(())
}

/// Every quote with a speaker belongs to exactly one source and a quote without one to none;
/// sources are ordered by first quote, their entities and affiliations exist, their quoted words
/// add up, and a gender comes with its basis, for persons only.
fn check_sources(text: &str, analysis: &Analysis) -> Result<(), String> {
    let mut owner: Vec<Option<usize>> = vec![None; analysis.quotes.len()];
    let mut first_quotes = Vec::with_capacity(analysis.sources.len());
    for (i, source) in analysis.sources.iter().enumerate() {
        if source.quotes.is_empty() {
            return Err(format!("source {i} has no quote"));
        }
        if source.quotes.windows(2).any(|w| w[0] >= w[1]) {
            return Err(format!("source {i}: quotes not ascending"));
        }
        first_quotes.push(source.quotes[0]);
        let mut words = 0u32;
        for &q in &source.quotes {
            let Some(slot) = owner.get_mut(q as usize) else {
                return Err(format!("source {i}: quote {q} does not exist"));
            };
            if let Some(other) = slot.replace(i) {
                return Err(format!("quote {q} belongs to sources {other} and {i}"));
            }
            let quote = &analysis.quotes[q as usize];
            if quote.speaker.is_none() {
                return Err(format!("source {i}: quote {q} has no speaker"));
            }
            if matches!(quote.kind, QuoteKind::Direct | QuoteKind::Partial) {
                words += crate::sources::count_words(quote.span.text(text));
            }
        }
        if words != source.quoted_words {
            return Err(format!(
                "source {i}: {} quoted words, its quotes hold {words}",
                source.quoted_words
            ));
        }
        if source
            .entity
            .is_some_and(|e| e as usize >= analysis.entities.len())
        {
            return Err(format!("source {i}: entity does not exist"));
        }
        if let Some(a) = source.affiliation {
            match analysis.entities.get(a as usize) {
                Some(e) if e.kind == crate::EntityType::Org => {}
                _ => return Err(format!("source {i}: affiliation {a} is no organisation")),
            }
        }
        if source.gender.is_some() != source.gender_basis.is_some() {
            return Err(format!("source {i}: gender and basis disagree"));
        }
        if source.gender.is_some() && source.kind != crate::SpeakerKind::Person {
            return Err(format!("source {i}: a gender for a {}", source.kind.name()));
        }
    }
    if first_quotes.windows(2).any(|w| w[0] >= w[1]) {
        return Err("sources are not ordered by first quote".into());
    }
    for (q, quote) in analysis.quotes.iter().enumerate() {
        if quote.speaker.is_some() && owner[q].is_none() {
            return Err(format!("quote {q} has a speaker but no source"));
        }
    }
    Ok(())
}

/// Byte offset → (UTF-16 units, chars) before it, for a sorted list of char-boundary offsets,
/// counted in one walk with `char::len_utf16`, independently of [`crate::OffsetMap`].
fn std_offsets(text: &str, mut bytes: Vec<u32>) -> Vec<(u32, u32, u32)> {
    bytes.sort_unstable();
    bytes.dedup();
    let mut out = Vec::with_capacity(bytes.len());
    let mut chars = text.char_indices();
    let (mut at, mut utf16, mut nchars) = (0usize, 0u32, 0u32);
    for b in bytes {
        while at < b as usize {
            let Some((i, c)) = chars.next() else { break };
            debug_assert_eq!(i, at);
            at = i + c.len_utf8();
            utf16 += c.len_utf16() as u32;
            nchars += 1;
        }
        out.push((b, utf16, nchars));
    }
    out
}

fn check_report(text: &str, analysis: &Analysis, unit: OffsetUnit) -> Result<(), String> {
    let report = Report::new(text, analysis, unit);
    let spans = all_spans(analysis);
    let table = std_offsets(
        text,
        spans.iter().flat_map(|(_, s)| [s.start, s.end]).collect(),
    );
    let convert = |byte: u32| -> u32 {
        let k = table.partition_point(|&(b, _, _)| b < byte);
        let (_, utf16, chars) = table[k];
        match unit {
            OffsetUnit::Utf16 => utf16,
            OffsetUnit::Chars => chars,
            OffsetUnit::Bytes => byte,
        }
    };
    let expect = |what: &str, span: Span, start: u32, end: u32, written: &str| {
        let want = (convert(span.start), convert(span.end));
        if (start, end) != want {
            return Err(format!(
                "report ({}): {what} at {start}..{end}, expected {}..{} (bytes {span})",
                unit.name(),
                want.0,
                want.1
            ));
        }
        if written != span.text(text) {
            return Err(format!("report ({}): {what} text differs", unit.name()));
        }
        Ok(())
    };
    if report.offsets != unit.name() {
        return Err(format!("report offsets {:?} for {unit:?}", report.offsets));
    }
    if report.mentions.len() != analysis.mentions.len()
        || report.entities.len() != analysis.entities.len()
        || report.quotes.len() != analysis.quotes.len()
    {
        return Err(format!("report ({}): record counts differ", unit.name()));
    }
    for (i, (r, m)) in report.mentions.iter().zip(&analysis.mentions).enumerate() {
        expect(&format!("mention {i}"), m.span, r.start, r.end, r.text)?;
        if r.entity != m.entity || r.kind != m.kind.name() {
            return Err(format!("report: mention {i} entity or type differs"));
        }
        if r.title != m.title.map(|t| t.text(text)) {
            return Err(format!("report: mention {i} title differs"));
        }
    }
    for (i, (r, e)) in report.entities.iter().zip(&analysis.entities).enumerate() {
        if r.id as usize != i || r.mentions != e.mentions || r.name != e.name {
            return Err(format!("report: entity {i} differs"));
        }
    }
    for (i, (r, q)) in report.quotes.iter().zip(&analysis.quotes).enumerate() {
        expect(&format!("quote {i}"), q.span, r.start, r.end, r.text)?;
        if r.kind != q.kind.name() {
            return Err(format!("report: quote {i} kind differs"));
        }
        match (&r.speaker, &q.speaker) {
            (None, None) => {}
            (Some(rs), Some(s)) => {
                expect(
                    &format!("speaker of quote {i}"),
                    s.span,
                    rs.start,
                    rs.end,
                    rs.text,
                )?;
                if rs.name != s.name
                    || rs.entity != s.entity
                    || rs.named != s.named
                    || rs.kind != s.kind.name()
                {
                    return Err(format!("report: speaker of quote {i} differs"));
                }
            }
            _ => return Err(format!("report: speaker of quote {i} missing or extra")),
        }
        match (&r.cue, q.cue) {
            (None, None) => {}
            (Some(rc), Some(c)) => {
                expect(&format!("cue of quote {i}"), c, rc.start, rc.end, rc.text)?
            }
            _ => return Err(format!("report: cue of quote {i} missing or extra")),
        }
    }
    let owners = analysis.quote_sources();
    for (i, r) in report.quotes.iter().enumerate() {
        if r.source != owners[i] {
            return Err(format!("report: source of quote {i} differs"));
        }
    }
    if report.sources.len() != analysis.sources.len() {
        return Err(format!("report ({}): source counts differ", unit.name()));
    }
    for (i, (r, s)) in report.sources.iter().zip(&analysis.sources).enumerate() {
        let roles: Vec<&str> = s.roles.iter().map(|r| r.text(text)).collect();
        if r.id as usize != i
            || r.name != s.name
            || r.named != s.named
            || r.kind != s.kind.name()
            || r.entity != s.entity
            || r.gender != s.gender.map(|g| g.name())
            || r.gender_basis != s.gender_basis.map(|b| b.name())
            || r.roles != roles
            || r.affiliation != s.affiliation
            || r.quotes != s.quotes
            || r.quoted_words != s.quoted_words
        {
            return Err(format!("report: source {i} differs"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Entity, EntityType, Mention};

    #[test]
    fn a_real_analysis_passes() {
        let text = "“We came to Geneva 😀 ready,” Charlene Barshefsky said. Barshefsky left.";
        let analysis = crate::analyze(text, &crate::Options::default());
        check_invariants(text, &analysis).unwrap();
    }

    #[test]
    fn broken_analyses_are_caught() {
        let text = "Zhu said é.";
        let mention = |start, end| {
            let mut m = Mention::new(Span::new(start, end), EntityType::Person);
            m.entity = 0;
            m
        };
        let entity = |mentions: Vec<u32>| Entity {
            kind: EntityType::Person,
            name: "Zhu".into(),
            mentions,
        };
        let ok = Analysis {
            entities: vec![entity(vec![0])],
            mentions: vec![mention(0, 3)],
            quotes: vec![],
            sources: vec![],
        };
        check_invariants(text, &ok).unwrap();
        let mut off_boundary = ok.clone();
        off_boundary.mentions[0].span = Span::new(0, 10); // inside "é"
        assert!(check_invariants(text, &off_boundary).is_err());
        let mut unlisted = ok.clone();
        unlisted.entities[0].mentions.clear();
        assert!(check_invariants(text, &unlisted).is_err());
        let mut dangling = ok.clone();
        dangling.mentions[0].entity = 3;
        assert!(check_invariants(text, &dangling).is_err());
        let mut empty = ok;
        empty.mentions[0].span = Span::new(2, 2);
        assert!(check_invariants(text, &empty).is_err());
    }

    #[test]
    fn std_offsets_count_utf16_and_chars() {
        let text = "a😀é";
        assert_eq!(
            std_offsets(text, vec![7, 0, 1, 5]),
            vec![(0, 0, 0), (1, 1, 1), (5, 3, 2), (7, 4, 3)]
        );
    }
}
