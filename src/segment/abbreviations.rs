//! Words that a period may follow without ending the sentence.
//!
//! Lower-case, without the period; sorted, so that look-ups are binary searches. Drawn from the
//! NLTK Punkt English parameters (../data/README.md) and news style (AP month and state forms).

/// Abbreviations whose period rarely ends a sentence: titles and forms that a name or number follows.
const NEVER_FINAL: &[&str] = &[
    "adm", "capt", "cmdr", "col", "cpl", "dr", "fr", "gen", "gov", "hon", "lt", "maj", "messrs",
    "mr", "mrs", "ms", "mt", "no", "nos", "pres", "prof", "rep", "reps", "rev", "sen", "sens",
    "sgt", "sr", "st", "supt", "vs",
];

/// Other abbreviations: a period after them ends a sentence only before a typical sentence starter.
const ABBREVIATIONS: &[&str] = &[
    "a.m", "ala", "apr", "ariz", "ark", "aug", "ave", "bros", "calif", "co", "colo", "conn",
    "corp", "cos", "d.c", "dec", "del", "dept", "e.g", "est", "etc", "feb", "fig", "fla", "fri",
    "ft", "ga", "i.e", "ill", "inc", "ind", "jan", "jr", "jul", "jun", "kan", "kans", "ky", "la",
    "ltd", "mass", "md", "mich", "minn", "miss", "mo", "mon", "mont", "n.c", "n.d", "n.h", "n.j",
    "n.m", "n.y", "neb", "nev", "nov", "oct", "okla", "ore", "p.m", "pa", "ph.d", "sat", "sep",
    "sept", "sun", "tenn", "thu", "thur", "thurs", "tue", "tues", "u.k", "u.n", "u.s", "u.s.a",
    "va", "vt", "wash", "wed", "wis", "wyo",
];

/// Words that often start a sentence and rarely follow an abbreviation inside one.
const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "according",
    "after",
    "although",
    "among",
    "an",
    "and",
    "as",
    "at",
    "but",
    "despite",
    "during",
    "even",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "indeed",
    "instead",
    "it",
    "its",
    "many",
    "meanwhile",
    "moreover",
    "most",
    "nevertheless",
    "nonetheless",
    "nor",
    "on",
    "one",
    "separately",
    "she",
    "similarly",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "thus",
    "to",
    "under",
    "we",
    "what",
    "when",
    "while",
    "yet",
    "you",
];

fn contains(list: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 16];
    let Some(lower) = ascii_lower(word, &mut buf) else {
        return false;
    };
    // Byte-wise, as `str` orders (the lists are ASCII): no UTF-8 check of the copy. The words
    // are a few bytes long, so they are compared a byte at a time in line rather than through a
    // call to `memcmp` per step of the search.
    list.binary_search_by(|entry| entry.bytes().cmp(lower.iter().copied()))
        .is_ok()
}

/// Lower-cases a short ASCII word (without its final periods) into `buf`, without allocating.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let word = word.trim_end_matches('.');
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    Some(out)
}

/// Whether `word` (without its final period) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    contains(NEVER_FINAL, word) || contains(ABBREVIATIONS, word)
}

/// Whether a period after `word` never ends a sentence (a title before a name).
pub fn never_ends_sentence(word: &str) -> bool {
    contains(NEVER_FINAL, word)
}

/// Whether `word` typically starts a sentence.
pub fn is_sentence_starter(word: &str) -> bool {
    contains(SENTENCE_STARTERS, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [NEVER_FINAL, ABBREVIATIONS, SENTENCE_STARTERS] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn looks_up_case_insensitively() {
        assert!(is_abbreviation("Nov"));
        assert!(is_abbreviation("U.S."));
        assert!(never_ends_sentence("Dr"));
        assert!(!is_abbreviation("Washington"));
        assert!(is_sentence_starter("The"));
    }
}
