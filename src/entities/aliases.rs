//! Alias rules: bare names to full names, acronyms to their expansions.

use crate::analysis::{EntityType, Mention};
use crate::lexicon::hash::{FxHashMap as HashMap, FxHashSet};

/// `word` lower-cased into `out` (emptied first), as [`str::to_lowercase`] gives it, without
/// allocating for an ASCII word once `out` has room.
fn lower_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// Lower case without periods, apostrophes written one way: the form two same-written mentions
/// share ("U.S." and "US", "Nov. 30" and "nov 30").
#[cfg(test)]
pub(crate) fn normal_form(written: &str) -> String {
    let mut out = String::with_capacity(written.len());
    normal_form_into(written, &mut out);
    out
}

/// [`normal_form`] appended to `out`.
pub(crate) fn normal_form_into(written: &str, out: &mut String) {
    if written.is_ascii() {
        // Most names hold no period: one copy, lower-cased eight bytes at a time.
        if !written.as_bytes().contains(&b'.') {
            let start = out.len();
            out.push_str(written);
            out[start..].make_ascii_lowercase();
            return;
        }
        out.extend(
            written
                .bytes()
                .filter(|&b| b != b'.')
                .map(|b| char::from(b.to_ascii_lowercase())),
        );
        return;
    }
    out.extend(
        written
            .chars()
            .filter(|&c| c != '.')
            .map(|c| if c == '’' { '\'' } else { c })
            .flat_map(char::to_lowercase),
    );
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

/// A particle of a family name, in any case: "ten" in "Erik ten Hag", "De" in "De Gaulle", "van der"
/// in "Rafael van der Vaart" ([`crate::words::NAME_PARTICLES`]). Not "al" or "el", which also
/// start given and company names.
fn is_particle(word: &str) -> bool {
    // No particle is longer than five bytes ("della"): most words are settled by their length.
    word.len() <= 5
        && !word.eq_ignore_ascii_case("al")
        && !word.eq_ignore_ascii_case("el")
        && crate::words::any_ignore_case(&crate::words::NAME_PARTICLES, word)
}

/// The words of a person's name without the particles of a family name, so that "ten Hag" and
/// "De Gaulle" are single names, and "Erik ten Hag" is filed under "Erik" and "Hag".
fn person_words(written: &str) -> impl Iterator<Item = &str> {
    words(written).filter(|w| !is_particle(w))
}

/// The first and last word of a person's name.
fn first_last(written: &str) -> (Option<&str>, Option<&str>) {
    let mut ws = person_words(written);
    let first = ws.next();
    (first, ws.last())
}

/// A one-word name and the regnal number after it ("Norton I", "Marek IV"), when the name is no
/// given name: the person's family name, which a bare "Norton" writes too. A given name before a
/// number ("Henry VIII") is kept whole: a bare "Henry" may be another Henry.
fn regnal_surname(written: &str) -> Option<(&str, &str)> {
    let (name, number) = written.split_once(' ')?;
    let roman = !number.is_empty()
        && number.len() <= 4
        && number.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
    (roman && !name.contains(' ') && !crate::lexicon::is_given_name(name)).then_some((name, number))
}

/// The country a place's name (in normal form) is a common name of: the United States ("US",
/// "USA", "America"), the United Kingdom ("UK", "Britain"). Initials alone link "U.S." to
/// "United States" but not "USA" to either, nor "America" to any.
fn country_group(form: &str) -> Option<usize> {
    match form {
        "us" | "usa" | "united states" | "united states of america" | "america" => Some(0),
        "uk" | "united kingdom" | "britain" | "great britain" => Some(1),
        _ => None,
    }
}

/// A country's body named after the country's name ([`country_group`]) and the words after it:
/// (0, "Congress") for "U.S. Congress" and "United States Congress".
fn country_body(written: &str) -> Option<(usize, &str)> {
    if !written.starts_with('U') {
        return None;
    }
    const PREFIXES: [(&str, usize); 9] = [
        ("United States of America ", 0),
        ("United States ", 0),
        ("U.S.A. ", 0),
        ("U.S. ", 0),
        ("USA ", 0),
        ("US ", 0),
        ("United Kingdom ", 1),
        ("U.K. ", 1),
        ("UK ", 1),
    ];
    PREFIXES.iter().find_map(|&(prefix, g)| {
        let rest = written.strip_prefix(prefix)?;
        rest.starts_with(char::is_uppercase).then_some((g, rest))
    })
}

/// The letters of an acronym ("U.S." → "US", "WTO" → "WTO"), if `written` is one.
#[cfg(test)]
fn acronym(written: &str) -> Option<String> {
    let mut out = String::new();
    acronym_into(written, &mut out).then_some(out)
}

/// Whether `written` is an acronym, its letters then appended to `out` (which holds anything
/// otherwise); settled without writing for most words ("Washington" at its second letter).
fn acronym_into(written: &str, out: &mut String) -> bool {
    if written.contains(' ') {
        return false;
    }
    let mut n = 0;
    for c in written.chars().filter(|&c| c != '.') {
        if !(c.is_uppercase() || c == '&') {
            return false;
        }
        out.push(c);
        n += 1;
    }
    (2..=8).contains(&n)
}

/// The initials of a multi-word name ("World Trade Organization" → "WTO").
#[cfg(test)]
fn initials(written: &str) -> Option<String> {
    let mut out = String::new();
    initials_into(written, &mut out).then_some(out)
}

/// Whether a multi-word name has initials, appended to `out` (which holds anything otherwise).
fn initials_into(written: &str, out: &mut String) -> bool {
    let mut count = 0;
    for w in words(written) {
        // "Anti-Dumping" gives "AD".
        for part in w.split('-') {
            let Some(c) = part.chars().next() else {
                return false;
            };
            if !c.is_uppercase() {
                return false;
            }
            out.push(c);
        }
        count += 1;
    }
    count >= 2
}

/// The key of the acronym or initials `letters` of a name of `kind` in [`links`]' table: the
/// type's name, a NUL and the letters, written into `out` by `letters`.
fn initials_key(
    kind: EntityType,
    out: &mut String,
    letters: impl FnOnce(&mut String) -> bool,
) -> bool {
    out.clear();
    out.push_str(kind.name());
    out.push('\0');
    letters(out)
}

/// The distinct longer names filed under one key (a word, a first and last name, initials): the
/// first mention and normal form of each, up to [`Names::MAX`]; more makes the key ambiguous.
/// The forms are written once into one string that all keys share ([`Forms`]), so that filing a
/// name allocates nothing of its own.
#[derive(Default)]
struct Names {
    /// The mention, and where its form lies in the shared string.
    forms: [(usize, u32, u32); MAX_NAMES],
    /// How many mentions wrote each form ([`Names::add_counted`]).
    counts: [u16; MAX_NAMES],
    len: u8,
    overflow: bool,
}

/// [`Names::MAX`].
const MAX_NAMES: usize = 6;

/// The normal forms of the names filed in [`links`], one after another.
type Forms = String;

impl Names {
    const MAX: usize = MAX_NAMES;

    /// The filed names, each with its form.
    fn iter<'a>(&'a self, all: &'a Forms) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        self.forms[..usize::from(self.len)]
            .iter()
            .map(move |&(j, a, b)| (j, &all[a as usize..b as usize]))
    }

    fn add(&mut self, mention: usize, form: &str, all: &mut Forms) {
        if self.overflow || self.iter(all).any(|(_, f)| f == form) {
            return;
        }
        if usize::from(self.len) == Names::MAX {
            self.overflow = true;
        } else {
            let a = all.len() as u32;
            all.push_str(form);
            self.forms[usize::from(self.len)] = (mention, a, all.len() as u32);
            self.counts[usize::from(self.len)] = 1;
            self.len += 1;
        }
    }

    /// The one name other than `own` (a single name's normal form), if exactly one; else the
    /// name that is `own` written with its particle ("Le Pen" for "Pen"), if there is one.
    fn unique_or_own(&self, own: &str, all: &Forms) -> Option<usize> {
        self.unique_except(own, all).or_else(|| {
            let mut others = self.iter(all).filter(|&(_, f)| f != own);
            match (others.next(), self.overflow) {
                (None, false) => self.iter(all).next().map(|(j, _)| j),
                _ => None,
            }
        })
    }

    /// [`Names::add`], or one more mention of a form already filed.
    fn add_counted(&mut self, mention: usize, form: &str, all: &mut Forms) {
        let at = self.iter(all).position(|(_, f)| f == form);
        match at {
            Some(k) => self.counts[k] = self.counts[k].saturating_add(1),
            None => self.add(mention, form, all),
        }
    }

    /// How many mentions wrote the filed forms.
    fn total(&self) -> u32 {
        self.counts[..usize::from(self.len)]
            .iter()
            .map(|&c| u32::from(c))
            .sum()
    }

    /// Among several names other than `own` (a single name's normal form), the first, when the
    /// text writes it twice or more and each other once (`counts`, by normal form): the subject
    /// of a life story and the relatives named in passing ("Jeanne Moreau" three times, her
    /// father "Anatole Moreau" once: "Moreau" is Jeanne), or each other a third as often or
    /// less ("Daniel Bernoulli" six times, "Johann Bernoulli" twice). Two names written about
    /// as often stay ambiguous ("Bill Clinton" four times and "Hillary Clinton" twice).
    fn salient(&self, own: &str, all: &Forms, count: impl Fn(usize) -> u32) -> Option<usize> {
        if self.overflow {
            return None;
        }
        let mut others = self.iter(all).filter(|&(_, f)| f != own);
        let (j, _) = others.next()?;
        let top = count(j);
        let mut rest = others.peekable();
        rest.peek()?;
        (top >= 2 && rest.all(|(k, _)| count(k) == 1 || top >= 3 * count(k))).then_some(j)
    }

    /// The one name other than `own` (a normal form), if exactly one.
    fn unique_except(&self, own: &str, all: &Forms) -> Option<usize> {
        if self.overflow {
            return None;
        }
        let mut others = self.iter(all).filter(|&(_, f)| f != own);
        match (others.next(), others.next()) {
            (Some((j, _)), None) => Some(j),
            _ => None,
        }
    }
}

/// Pairs of mentions (by index) that name the same referent by an alias rule.
///
/// Every multi-word name is filed once under each key a shorter mention could use, so the work
/// grows linearly with the number of mentions.
pub(crate) fn links(text: &str, mentions: &[Mention]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let written: Vec<&str> = mentions.iter().map(|m| m.span.text(text)).collect();
    // How many words of weight each name has, counted once for both passes below.
    let word_counts: Vec<usize> = written.iter().map(|w| words(w).count()).collect();
    // Keyed in lower case: "PENCE:" in a transcript is Mike Pence.
    let mut person_word: HashMap<String, Names> = HashMap::default();
    let mut person_ends: HashMap<(&str, &str), Names> = HashMap::default();
    let mut org_first: HashMap<&str, Names> = HashMap::default();
    // An organisation's words after its first, when the first is a town, a coined word or a
    // country ([`org_last_first_word`]): "Tribune" for "Eastbrook Tribune", "Port Authority" for
    // "Harwick Port Authority", "Senate" for "U.S. Senate". The words after any other first word
    // ("Missouri Senate", "White House") are kept apart, as a body the bare words may name too.
    let mut org_last: HashMap<&str, Names> = HashMap::default();
    // An organisation's name without its legal form, in normal form: "harlow foods" for
    // "Harlow Foods Plc".
    let mut org_stem: HashMap<String, Names> = HashMap::default();
    // Keyed by the type's name, a NUL and the letters ([`initials_key`]).
    let mut by_initials: HashMap<String, Names> = HashMap::default();
    // A city's name without "City of", in normal form: "cleveland" for "City of Cleveland".
    let mut place_stem: HashMap<String, Names> = HashMap::default();
    let mut all = Forms::new();
    let mut key = String::new();
    // A name written again with the same type files nothing new (every key and form below is a
    // function of the two, and `Names::add` keeps the first mention of a form): filed once.
    let mut filed: FxHashSet<(EntityType, &str)> = FxHashSet::default();
    // Buffers reused by every mention: a name's normal form, a shorter form, a lower-cased word.
    let mut form = String::new();
    let mut short = String::new();
    let mut lower = String::new();
    // A middle word and the last of a person's name of three words or more, lower-cased and
    // joined by a NUL ("otto\0jespersen" for "Jens Otto Harry Jespersen"), with the name's first
    // and last word in normal form ("jens jespersen"): the name the bearer goes by ("Otto
    // Jespersen") is the full name's.
    let mut by_middle: HashMap<String, Names> = HashMap::default();
    for (j, m) in mentions.iter().enumerate() {
        if m.kind != EntityType::Person || word_counts[j] < 3 {
            continue;
        }
        let ws: Vec<&str> = person_words(written[j]).collect();
        let (Some(&f), Some((&l, middle))) = (ws.first(), ws.split_last()) else {
            continue;
        };
        short.clear();
        normal_form_into(f, &mut short);
        short.push(' ');
        normal_form_into(l, &mut short);
        for &mid in middle.iter().skip(1) {
            middle_key(mid, l, &mut lower, &mut key);
            names_under(&mut by_middle, &key).add(j, &short, &mut all);
        }
    }
    // The regnal names ([`regnal_surname`]): not filed, looked up as their bare name unless two
    // numbers share it.
    let mut regnals: Vec<(&str, &str)> = Vec::new();
    for (j, m) in mentions.iter().enumerate() {
        let w = written[j];
        if word_counts[j] < 2 {
            continue;
        }
        if m.kind == EntityType::Person {
            if let Some(r) = regnal_surname(w) {
                regnals.push(r);
                continue;
            }
        }
        if !filed.insert((m.kind, w)) {
            // A person's name written again counts once more ([`Names::salient`]).
            if m.kind == EntityType::Person {
                if let (Some(f), Some(l)) = first_last(w) {
                    form.clear();
                    normal_form_into(w, &mut form);
                    if let Some(n) = person_ends.get_mut(&(f, l)) {
                        n.add_counted(j, &form, &mut all);
                    }
                }
            }
            continue;
        }
        form.clear();
        normal_form_into(w, &mut form);
        match m.kind {
            EntityType::Person => {
                match first_last(w) {
                    (Some(f), Some(l)) => {
                        // "Donald J. Trump" and "Donald Trump" are one name for "Trump". The
                        // normal form works a character at a time, so that of "{f} {l}" is
                        // that of `f`, a space and that of `l`.
                        short.clear();
                        // A middle name and the last of exactly one longer name: its bearer,
                        // filed under the longer name's short form ("Otto Jespersen" after
                        // "Jens Otto Harry Jespersen").
                        let mut called = None;
                        if !by_middle.is_empty()
                            && person_words(w).nth(2).is_none()
                            && !introduced_apart(text, m)
                        {
                            middle_key(f, l, &mut lower, &mut key);
                            if let Some(n) = by_middle.get(key.as_str()) {
                                if let Some((jl, long)) = n
                                    .unique_except("", &all)
                                    .and_then(|jl| n.iter(&all).find(|&(k, _)| k == jl))
                                {
                                    short.push_str(long);
                                    called = Some(jl);
                                }
                            }
                        }
                        if let Some(jl) = called {
                            out.push((jl, j));
                        } else {
                            normal_form_into(f, &mut short);
                            short.push(' ');
                            normal_form_into(l, &mut short);
                        }
                        for p in person_words(w) {
                            lower_into(p, &mut lower);
                            names_under(&mut person_word, &lower).add(j, &short, &mut all);
                        }
                        person_ends
                            .entry((f, l))
                            .or_default()
                            .add(j, &form, &mut all);
                    }
                    // A family name with its particle ("Le Pen"), filed under the name alone,
                    // for a bare "Pen".
                    (Some(only), None) => {
                        lower_into(only, &mut lower);
                        short.clear();
                        normal_form_into(only, &mut short);
                        names_under(&mut person_word, &lower).add(j, &short, &mut all);
                    }
                    _ => {}
                }
            }
            EntityType::Org => {
                if let Some(first) = w.split(' ').next() {
                    org_first.entry(first).or_default().add(j, &form, &mut all);
                }
                // "United States Congress" is filed like "U.S. Congress", as one name: the
                // country's group and the body's words.
                short.clear();
                let split = match country_body(w) {
                    Some((g, rest)) => {
                        short.push(char::from(b'0' + g as u8));
                        normal_form_into(rest, &mut short);
                        Some(("U.S.", rest))
                    }
                    None => {
                        short.push_str(&form);
                        w.split_once(' ')
                    }
                };
                if let Some((first, rest)) = split {
                    if org_last_first_word(first) {
                        org_last.entry(rest).or_default().add(j, &short, &mut all);
                    } else {
                        // Another body the words may name: ambiguous.
                        org_last.entry(rest).or_default().overflow = true;
                    }
                }
                if let Some(stem) = without_legal_form(w) {
                    short.clear();
                    normal_form_into(stem, &mut short);
                    names_under(&mut org_stem, &short).add(j, &form, &mut all);
                }
            }
            EntityType::Place => {
                if let Some(stem) = place_without_noun(&form) {
                    names_under(&mut place_stem, stem).add(j, &form, &mut all);
                }
            }
            _ => {}
        }
        if matches!(
            m.kind,
            EntityType::Org | EntityType::Place | EntityType::Norp
        ) && initials_key(m.kind, &mut key, |out| initials_into(w, out))
        {
            names_under(&mut by_initials, &key).add(j, &form, &mut all);
        }
    }
    // The first mention of each country's common names ([`country_group`]).
    let mut country_first: [Option<usize>; 2] = [None; 2];
    // The first mention of each country's body ([`country_body`]), by the country's group and
    // the body's words in normal form.
    let mut country_bodies: Vec<(usize, String, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let w = written[i];
        let single = word_counts[i] == 1;
        if m.kind == EntityType::Person {
            // "Norton I" is looked up as "Norton", unless "Norton II" is named too.
            let regnal = regnal_surname(w);
            let clash = regnal.is_some_and(|(name, number)| {
                regnals
                    .iter()
                    .any(|&(n, k)| n.eq_ignore_ascii_case(name) && !k.eq_ignore_ascii_case(number))
            });
            let mut names = person_words(regnal.map_or(w, |(name, _)| name));
            let found = if clash || before_family(text, m) {
                None
            } else if let (Some(name), None) = (names.next(), names.next()) {
                // 2. A person's single name ("Barshefsky", "ten Hag").
                lower_into(name, &mut lower);
                person_word.get(lower.as_str()).and_then(|n| {
                    form.clear();
                    normal_form_into(name, &mut form);
                    n.unique_or_own(&form, &all).or_else(|| {
                        n.salient(&form, &all, |j| match first_last(written[j]) {
                            (Some(f), Some(l)) => person_ends.get(&(f, l)).map_or(0, Names::total),
                            _ => 0,
                        })
                    })
                })
            } else {
                // 2. The same first and last name: "Donald J. Trump" and "Donald Trump".
                match first_last(w) {
                    (Some(f), Some(l)) => person_ends.get(&(f, l)).and_then(|n| {
                        form.clear();
                        normal_form_into(w, &mut form);
                        n.unique_except(&form, &all)
                    }),
                    _ => None,
                }
            };
            if let Some(j) = found {
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
        // 3b. A country's common names: "USA", "America" and "the United States".
        if m.kind == EntityType::Place && w.len() <= 24 {
            form.clear();
            normal_form_into(w, &mut form);
            if let Some(g) = country_group(&form) {
                match country_first[g] {
                    Some(j) => out.push((j, i)),
                    None => country_first[g] = Some(i),
                }
            }
        }
        // 3d. A city's name alone: "Cleveland" after "City of Cleveland".
        if m.kind == EntityType::Place && single && !place_stem.is_empty() {
            form.clear();
            normal_form_into(w, &mut form);
            if let Some(j) = place_stem
                .get(form.as_str())
                .and_then(|n| n.unique_except("", &all))
            {
                out.push((j, i));
            }
        }
        // 3c. A country's body, the country written either way: "U.S. Congress" and "United
        // States Congress".
        if m.kind == EntityType::Org {
            if let Some((g, rest)) = country_body(w) {
                form.clear();
                normal_form_into(rest, &mut form);
                match country_bodies
                    .iter()
                    .find(|(h, f, _)| *h == g && *f == form)
                {
                    Some(&(_, _, j)) => out.push((j, i)),
                    None => country_bodies.push((g, form.clone(), i)),
                }
            }
        }
        // 3. Acronyms.
        if initials_key(m.kind, &mut key, |out| acronym_into(w, out)) {
            if let Some(j) = spelled_out_before(text, mentions, i, w) {
                out.push((j, i));
                continue;
            }
            if let Some(j) = by_initials
                .get(key.as_str())
                .and_then(|n| n.unique_except("", &all))
            {
                out.push((j, i));
                continue;
            }
        }
        // 4. The first word of exactly one longer organisation.
        if m.kind == EntityType::Org && single {
            if let Some(j) = org_first.get(w).and_then(|n| n.unique_except("", &all)) {
                out.push((j, i));
            } else if let Some(j) = org_tail(text, m, w, &org_last, &all) {
                // 4b. The last word of exactly one two-word organisation: "the Tribune's
                // editorial" after "the Eastbrook Tribune".
                out.push((j, i));
            }
        }
        // 4c. The words after the first of exactly one longer organisation: "the Port
        // Authority" after "the Harwick Port Authority".
        if m.kind == EntityType::Org && !single && !org_last.is_empty() {
            if let Some(j) = org_tail(text, m, w, &org_last, &all) {
                out.push((j, i));
            }
        }
        // 5. Exactly one organisation's name without its legal form: "Harlow Foods" for "Harlow
        // Foods Plc" (a one-word name is rule 4's).
        if m.kind == EntityType::Org && !single && !org_stem.is_empty() {
            form.clear();
            normal_form_into(w, &mut form);
            if let Some(j) = org_stem
                .get(form.as_str())
                .and_then(|n| n.unique_except("", &all))
            {
                out.push((j, i));
            }
        }
    }
    out
}

/// The one organisation whose words after the first are `w` ([`links`]' rules 4b and 4c), if
/// no other organisation ends in them. A common word ("Senate", "Authority") only after "the":
/// "the Senate voted" after "the U.S. Senate", not "a Senate seat".
fn org_tail(
    text: &str,
    m: &Mention,
    w: &str,
    org_last: &HashMap<&str, Names>,
    all: &Forms,
) -> Option<usize> {
    let names = org_last.get(w)?;
    let before = text[..m.span.start()].trim_end();
    // Another's body: "Russia's Health Ministry" after "the Ukraine Health Ministry".
    if before.ends_with("'s") || before.ends_with("’s") {
        return None;
    }
    if !w.contains(' ') && crate::lexicon::is_common_word(w) {
        let article = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|word| word.eq_ignore_ascii_case("the"));
        if !article {
            return None;
        }
    }
    names.unique_except("", all)
}

/// Whether `first`, the first word of an organisation's name, leaves the words after it to name
/// it alone: a town (a city a given name too: "Boston Red Sox") or a word no list knows
/// ("Eastbrook Tribune", "Harwick Port Authority"), or a
/// country ("U.S. Senate": in news the bare "Senate" is the federal one unless a state's is named
/// too, which [`links`] then keeps apart); not a common word ("White House"), a state or party
/// ("Missouri Senate", "Republican Congress": the bare word may be another's body;
/// "Clinton-backing Senate"), a given name ("Hillary PAC") or an acronym ("GOP Senate").
fn org_last_first_word(first: &str) -> bool {
    use crate::lexicon::cat;
    let mut letters = String::new();
    let entry = crate::lexicon::lookup(first);
    if entry.any(cat::COUNTRY) && !first.contains('-') {
        // "U.S. Senate", "France Télévisions": a country's own body.
        return true;
    }
    if entry.any(cat::CITY)
        && !entry.any(
            cat::COMMON
                | cat::STATE
                | cat::REGION
                | cat::DEMONYM
                | cat::NORP_GROUP
                | cat::KNOWN_PERSON,
        )
    {
        // A city that is also a given name: "the Boston Red Sox" … "the Red Sox".
        return true;
    }
    !is_minor(first)
        && !first.contains(['.', '-'])
        && !acronym_into(first, &mut letters)
        && !entry.any(
            cat::COMMON
                | cat::GIVEN
                | cat::KNOWN_PERSON
                | cat::COUNTRY
                | cat::STATE
                | cat::REGION
                | cat::DEMONYM
                | cat::NORP_GROUP
                | cat::ORG
                | cat::TITLE
                | cat::HONORIFIC,
        )
}

/// `written` without the company legal form that ends it ("Plc", "Ltd.", "Pty Ltd", after an
/// optional comma: "Acme, Inc."), if one does and at least two words of weight are left.
fn without_legal_form(written: &str) -> Option<&str> {
    let mut stem = written;
    for _ in 0..2 {
        let (rest, last) = stem.rsplit_once(' ')?;
        if !crate::lexicon::lookup(last).any(crate::lexicon::cat::LEGAL_SUFFIX) {
            break;
        }
        stem = rest.trim_end_matches(',');
    }
    (stem.len() < written.len() && words(stem).count() >= 2).then_some(stem)
}

/// A place's name in normal form without the "city of" before it: "cleveland" for "city of
/// cleveland"; one word left. ("X Island" was tried: "Coron" is a town on another island than
/// "Coron Island".)
fn place_without_noun(form: &str) -> Option<&str> {
    let stem = form.strip_prefix("city of ")?;
    (!stem.is_empty() && !stem.contains(' ')).then_some(stem)
}

/// Whether a person mention is followed by a word for a family ("the Holt family", "the Holt
/// brothers"): the name is the family's, not one bearer's.
fn before_family(text: &str, m: &Mention) -> bool {
    text[m.span.end as usize..]
        .split_whitespace()
        .next()
        .is_some_and(|w| {
            crate::words::any_exact(
                &[
                    "family", "families", "brothers", "sisters", "clan", "dynasty",
                ],
                w.trim_end_matches(|c: char| !c.is_alphabetic()),
            )
        })
}

/// The key of [`links`]' middle-name table: `middle` and `last` lower-cased, joined by a NUL,
/// written into `key` (`lower` a buffer).
/// Whether person mention `m` is introduced as someone of their own: an age after it ("Jane
/// Brown, 19"), a relation before it ("her daughter Jane Brown") or after it ("Jessica Parker,
/// her cousin"). Such a name is not taken for the middle and last names of a longer one.
fn introduced_apart(text: &str, m: &Mention) -> bool {
    use crate::words::lists::KIN_NOUNS as RELATIONS;
    let after = text[m.span.end as usize..].trim_start();
    let after_comma = after.strip_prefix(',').map(str::trim_start);
    let aged = after_comma.is_some_and(|a| a.starts_with(|c: char| c.is_ascii_digit()));
    let related_after = after_comma.is_some_and(|a| {
        let mut ws = a.split_whitespace();
        matches!(ws.next(), Some("her" | "his" | "their"))
            && ws.next().is_some_and(|w| {
                let w = w.trim_end_matches(|c: char| !c.is_alphabetic());
                RELATIONS.iter().any(|r| w.eq_ignore_ascii_case(r))
            })
    });
    let related_before = text[..m.span.start as usize]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| RELATIONS.iter().any(|r| w.eq_ignore_ascii_case(r)));
    aged || related_after || related_before
}

fn middle_key(middle: &str, last: &str, lower: &mut String, key: &mut String) {
    key.clear();
    lower_into(middle, lower);
    key.push_str(lower);
    key.push('\0');
    lower_into(last, lower);
    key.push_str(lower);
}

/// The names filed under the lower-cased word `key`, made empty if none yet: allocates the key
/// only for a new word.
fn names_under<'m>(map: &'m mut HashMap<String, Names>, key: &str) -> &'m mut Names {
    if !map.contains_key(key) {
        map.insert(key.to_string(), Names::default());
    }
    map.get_mut(key).expect("inserted above")
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

#[cfg(test)]
mod tests {
    use super::{acronym, initials};

    #[test]
    fn acronyms_are_short_capital_words() {
        assert_eq!(acronym("U.S.").as_deref(), Some("US"));
        assert_eq!(acronym("AT&T").as_deref(), Some("AT&T"));
        assert_eq!(acronym("Trade"), None);
        assert_eq!(acronym("A"), None);
        assert_eq!(acronym("ABCDEFGHI"), None);
        assert_eq!(acronym("W T O"), None);
    }

    #[test]
    fn initials_of_capitalised_words() {
        assert_eq!(initials("World Trade Organization").as_deref(), Some("WTO"));
        assert_eq!(initials("Anti-Dumping Board").as_deref(), Some("ADB"));
        assert_eq!(initials("World trade body"), None);
    }
}
