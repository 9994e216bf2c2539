//! Alias rules: bare names to full names, acronyms to their expansions.

use crate::analysis::{EntityType, Mention};

/// Lower case without periods, apostrophes written one way: the form two same-written mentions
/// share ("U.S." and "US", "Nov. 30" and "nov 30").
pub(crate) fn normal_form(written: &str) -> String {
    written
        .chars()
        .filter(|&c| c != '.')
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that do not count in a name or its initials.
fn is_minor(word: &str) -> bool {
    matches!(
        word,
        "of" | "the" | "and" | "for" | "on" | "in" | "&" | "de" | "du" | "van" | "von" | "der"
    )
}

/// The words of a written name, split at spaces.
fn words(written: &str) -> impl Iterator<Item = &str> {
    written.split_whitespace().filter(|w| !is_minor(w))
}

/// The first and last word of a name.
fn first_last(written: &str) -> (Option<&str>, Option<&str>) {
    let mut ws = words(written);
    let first = ws.next();
    (first, ws.last())
}

/// The letters of an acronym ("U.S." → "US", "WTO" → "WTO"), if `written` is one.
fn acronym(written: &str) -> Option<String> {
    if written.contains(' ') {
        return None;
    }
    let letters: String = written.chars().filter(|&c| c != '.').collect();
    let n = letters.chars().count();
    ((2..=8).contains(&n) && letters.chars().all(|c| c.is_uppercase() || c == '&'))
        .then_some(letters)
}

/// The initials of a multi-word name ("World Trade Organization" → "WTO").
fn initials(written: &str) -> Option<String> {
    let mut out = String::new();
    let mut count = 0;
    for w in words(written) {
        // "Anti-Dumping" gives "AD".
        for part in w.split('-') {
            let c = part.chars().next()?;
            if !c.is_uppercase() {
                return None;
            }
            out.push(c);
        }
        count += 1;
    }
    (count >= 2).then_some(out)
}

/// Pairs of mentions (by index) that name the same referent by an alias rule.
pub(crate) fn links(text: &str, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let written: Vec<&str> = mentions.iter().map(|m| m.span.text(text)).collect();
    let multi: Vec<usize> = (0..mentions.len())
        .filter(|&i| words(written[i]).count() >= 2)
        .collect();
    for (i, m) in mentions.iter().enumerate() {
        let w = written[i];
        let single = words(w).count() == 1;
        // 2. The same first and last name: "Donald J. Trump" and "Donald Trump".
        if m.kind == EntityType::Person && !single {
            let mine = first_last(w);
            if let Some(j) = unique(text, mentions, &multi, EntityType::Person, |full| {
                first_last(full) == mine && normal_form(full) != normal_form(w)
            }) {
                out.push((j, i));
            }
            continue;
        }
        // 2. A person's single name.
        if m.kind == EntityType::Person && single {
            if let Some(j) = unique(text, mentions, &multi, EntityType::Person, |full| {
                words(full).any(|p| p == w)
            }) {
                out.push((j, i));
            }
            continue;
        }
        if !matches!(
            m.kind,
            EntityType::Org | EntityType::Place | EntityType::Norp
        ) {
            continue;
        }
        // 3. Acronyms.
        if let Some(letters) = acronym(w) {
            if let Some(j) = spelled_out_before(text, mentions, i, w) {
                out.push((j, i));
                continue;
            }
            if let Some(j) = unique(text, mentions, &multi, m.kind, |full| {
                initials(full).is_some_and(|x| x == letters)
            }) {
                out.push((j, i));
                continue;
            }
        }
        // 4. The first word of exactly one longer organisation.
        if m.kind == EntityType::Org && single {
            if let Some(j) = unique(text, mentions, &multi, EntityType::Org, |full| {
                full.split(' ').next() == Some(w)
            }) {
                out.push((j, i));
            }
        }
    }
    out
}

/// The first mention of the one distinct multi-word name of `kind` that `fits`, if exactly one
/// does.
fn unique(
    text: &str,
    mentions: &[Mention],
    multi: &[usize],
    kind: EntityType,
    fits: impl Fn(&str) -> bool,
) -> Option<usize> {
    let mut found: Option<(usize, String)> = None;
    for &j in multi {
        if mentions[j].kind != kind {
            continue;
        }
        let full = mentions[j].span.text(text);
        if !fits(full) {
            continue;
        }
        let form = normal_form(full);
        match &found {
            None => found = Some((j, form)),
            Some((_, f)) if *f == form => {}
            Some(_) => return None,
        }
    }
    found.map(|(j, _)| j)
}

/// A mention right before `i` that the acronym spells out: "World Trade Organization (WTO)".
fn spelled_out_before(text: &str, mentions: &[Mention], i: usize, acronym: &str) -> Option<usize> {
    let start = mentions[i].span.start();
    let before = text[..start].trim_end();
    let before = before.strip_suffix('(')?.trim_end();
    let j = i.checked_sub(1)?;
    let prev = &mentions[j];
    let after = text.get(prev.span.end()..start)?;
    let ok = prev.kind == mentions[i].kind
        && words(prev.span.text(text)).count() >= 2
        && before.len() == prev.span.end()
        && after.trim().trim_end_matches('(').trim().is_empty()
        && !prev.span.text(text).contains(acronym);
    ok.then_some(j)
}
