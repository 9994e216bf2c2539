//! Sources: grouping, roles, affiliation, quoted words, and each gender basis, table-driven.

use crate::analysis::{Analysis, Gender, GenderBasis, Source, SpeakerKind};
use crate::{analyze, Options};

fn run(text: &str) -> Analysis {
    let analysis = analyze(text, &Options::default());
    crate::invariants::check_invariants(text, &analysis).unwrap();
    analysis
}

/// The source named `name` (exactly) in `text`'s analysis.
fn source<'a>(analysis: &'a Analysis, name: &str) -> &'a Source {
    analysis
        .sources
        .iter()
        .find(|s| s.name == name)
        .unwrap_or_else(|| {
            let names: Vec<&str> = analysis.sources.iter().map(|s| s.name.as_str()).collect();
            panic!("no source {name:?} among {names:?}")
        })
}

use Gender::{Female, Male};
use GenderBasis::{GivenName, Honorific, Pronoun};

/// (case, text, source name, expected gender and basis)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<(Gender, GenderBasis)>,
);

const PRONOUN: &[Case] = &[
    // pronoun: a speaker pronoun, a possessive, a pronoun in the reported clause
    (
        "speaker she",
        "Taylor Kim won the vote on Monday.\n\n“We did it,” she said.",
        "Taylor Kim",
        Some((Female, Pronoun)),
    ),
    (
        "her team",
        "Taylor Kim and her team left early. “We did it,” Kim said.",
        "Taylor Kim",
        Some((Female, Pronoun)),
    ),
    (
        "said he expected",
        "Taylor Kim said he expected “advances” this week.",
        "Taylor Kim",
        Some((Male, Pronoun)),
    ),
    (
        "sentence-initial He",
        "“We did it,” Taylor Kim said. He left at noon.",
        "Taylor Kim",
        Some((Male, Pronoun)),
    ),
];

const HONORIFIC: &[Case] = &[
    // honorific: honorifics, gendered titles, gendered descriptions of unnamed sources
    (
        "Ms.",
        "“We did it,” said Ms. Taylor Kim.",
        "Taylor Kim",
        Some((Female, Honorific)),
    ),
    (
        "Mr.",
        "“We did it,” said Mr. Taylor Kim.",
        "Taylor Kim",
        Some((Male, Honorific)),
    ),
    (
        "Congresswoman",
        "“We did it,” Congresswoman Taylor Kim said.",
        "Taylor Kim",
        Some((Female, Honorific)),
    ),
    (
        "Sir",
        "“We did it,” Sir Taylor Kim said.",
        "Taylor Kim",
        Some((Male, Honorific)),
    ),
    (
        "a spokeswoman",
        "“We did it,” a spokeswoman for the ministry said.",
        "a spokeswoman for the ministry",
        Some((Female, Honorific)),
    ),
    (
        "appositive",
        "“We did it,” said Taylor Kim, the mother of the winner.",
        "Taylor Kim",
        Some((Female, Honorific)),
    ),
];

const GIVEN_NAME: &[Case] = &[
    // given name: census/SSA share ≥ 0.95 one way
    (
        "Charlene",
        "“We did it,” Charlene Smith said.",
        "Charlene Smith",
        Some((Female, GivenName)),
    ),
    (
        "Michael",
        "“We did it,” Michael Smith said.",
        "Michael Smith",
        Some((Male, GivenName)),
    ),
];

const PRIORITY: &[Case] = &[
    // priority: pronoun over honorific over given name
    (
        "pronoun over honorific",
        "“We did it,” said Ms. Charlene Smith. She left at noon.",
        "Charlene Smith",
        Some((Female, Pronoun)),
    ),
    (
        "honorific over given name",
        "“We did it,” said Mr. Charlene Smith.",
        "Charlene Smith",
        Some((Male, Honorific)),
    ),
];

const NONE: &[Case] = &[
    // nothing supports a guess
    (
        "Taylor Kim said",
        "“We did it,” Taylor Kim said.",
        "Taylor Kim",
        None,
    ),
    ("a surname alone", "“We did it,” Kim said.", "Kim", None),
    (
        "the source",
        "“We did it,” the source said.",
        "the source",
        None,
    ),
    (
        "a pronoun inside the quote",
        "“She did it,” Taylor Kim said.",
        "Taylor Kim",
        None,
    ),
    (
        "chairman is not clearly gendered",
        "“We did it,” chairman Taylor Kim said.",
        "Taylor Kim",
        None,
    ),
    // conservative: another possible referent, or conflicting evidence, gives none
    (
        "two people before the pronoun",
        "Taylor Kim met Jordan Lee and her team. “We did it,” Kim said.",
        "Taylor Kim",
        None,
    ),
    (
        "a person noun before the pronoun",
        "Taylor Kim thanked the president for his help. “We did it,” Kim said.",
        "Taylor Kim",
        None,
    ),
    (
        "a possessive of the name",
        "“We did it,” Taylor Kim said. Kim's brother said his team won.",
        "Taylor Kim",
        None,
    ),
    (
        "a pronoun deep in the reported clause",
        "Taylor Kim told the court that, over the last months of her life, the girl suffered. \
         “We did it,” Kim said.",
        "Taylor Kim",
        None,
    ),
    (
        "not the subject",
        "The rise of Taylor Kim began to challenge her. “We did it,” Kim said.",
        "Taylor Kim",
        None,
    ),
    (
        "someone else is the previous subject",
        "She called Taylor Kim a special person. “I feel bad,” she said. “We did it,” Kim said.",
        "Taylor Kim",
        None,
    ),
    (
        "pronoun and honorific disagree",
        "Mr. Taylor Kim and her team left. “We did it,” Kim said.",
        "Taylor Kim",
        None,
    ),
];

const NEVER_FOR_NON_PERSONS: &[Case] = &[
    // organisations, groups and documents never get one
    (
        "an organisation",
        "“We did it,” the ministry said. She left.",
        "the ministry",
        None,
    ),
    ("a group", "“We did it,” two women said.", "two women", None),
];

/// The cases whose gender or basis is not the expected one.
fn wrong(cases: &[Case]) -> Vec<String> {
    let mut wrong = Vec::new();
    for &(case, text, name, want) in cases {
        let analysis = run(text);
        let Some(s) = analysis.sources.iter().find(|s| s.name == name) else {
            let names: Vec<&str> = analysis.sources.iter().map(|s| s.name.as_str()).collect();
            wrong.push(format!("{case}: no source {name:?} among {names:?}"));
            continue;
        };
        let got = s.gender.zip(s.gender_basis);
        if got != want {
            wrong.push(format!("{case}: {got:?}, want {want:?}"));
        }
    }
    wrong
}

#[test]
fn gender_basis_pronoun() {
    assert!(wrong(PRONOUN).is_empty(), "{:#?}", wrong(PRONOUN));
}

#[test]
fn gender_basis_honorific() {
    assert!(wrong(HONORIFIC).is_empty(), "{:#?}", wrong(HONORIFIC));
}

#[test]
fn gender_basis_given_name() {
    assert!(wrong(GIVEN_NAME).is_empty(), "{:#?}", wrong(GIVEN_NAME));
}

#[test]
fn gender_basis_priority_pronoun_then_honorific_then_given_name() {
    assert!(wrong(PRIORITY).is_empty(), "{:#?}", wrong(PRIORITY));
}

#[test]
fn no_gender_where_nothing_supports_a_guess() {
    // "Taylor Kim said" alone: Taylor is a name of women and men alike, and nothing else is said.
    assert!(wrong(NONE).is_empty(), "{:#?}", wrong(NONE));
}

#[test]
fn no_gender_for_organisations_groups_and_documents() {
    assert!(
        wrong(NEVER_FOR_NON_PERSONS).is_empty(),
        "{:#?}",
        wrong(NEVER_FOR_NON_PERSONS)
    );
}

#[test]
fn speakers_group_by_entity_then_by_name() {
    let text = "“We came,” Charlene Barshefsky said. “We stayed,” Barshefsky added.\n\n\
                “It is hard,” the source said. The source added: “Very hard.”";
    let a = run(text);
    assert_eq!(a.sources.len(), 2, "{:#?}", a.sources);
    let barshefsky = source(&a, "Charlene Barshefsky");
    assert_eq!(barshefsky.quotes, vec![0, 1]);
    assert!(barshefsky.named && barshefsky.entity.is_some());
    assert_eq!(barshefsky.kind, SpeakerKind::Person);
    let unnamed = &a.sources[1];
    assert!(!unnamed.named && unnamed.entity.is_none());
    assert_eq!(unnamed.quotes, vec![2, 3]);
    assert_eq!(a.quote_sources(), vec![Some(0), Some(0), Some(1), Some(1)]);
}

#[test]
fn names_fold_case_and_white_space() {
    assert_eq!(super::fold("The  Source"), super::fold("the source"));
    assert_ne!(super::fold("the source"), super::fold("the sources"));
}

#[test]
fn sources_follow_their_first_quote() {
    let text = "“One,” the minister said. “Two,” Zhang Qiyue said. “Three,” the minister said.";
    let a = run(text);
    let names: Vec<&str> = a.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, vec!["the minister", "Zhang Qiyue"]);
}

#[test]
fn quoted_words_count_direct_and_partial_quotes_only() {
    let text = "“We came hoping to make progress,” Jane Smith said. Smith said the talks were \
                “very, very hard.” Smith also said that nothing had been agreed.";
    let a = run(text);
    let s = source(&a, "Jane Smith");
    assert_eq!(s.quotes.len(), 3, "{:#?}", a.quotes);
    // 6 + 3 words in marks; the indirect quote counts as a quote but adds no words.
    assert_eq!(s.quoted_words, 9);
}

#[test]
fn roles_are_titles_and_appositives_and_name_the_affiliation() {
    let text =
        "“We are ready,” said Jane Smith, a spokeswoman for the World Trade Organization.\n\n\
                U.S. Trade Representative Charlene Barshefsky arrived. “We came,” Barshefsky said.";
    let a = run(text);
    let smith = source(&a, "Jane Smith");
    let roles: Vec<&str> = smith.roles.iter().map(|r| r.text(text)).collect();
    assert_eq!(
        roles,
        vec!["a spokeswoman for the World Trade Organization"]
    );
    let wto = smith
        .affiliation
        .map(|e| a.entities[e as usize].name.as_str());
    assert_eq!(wto, Some("World Trade Organization"));
    let barshefsky = source(&a, "Charlene Barshefsky");
    let roles: Vec<&str> = barshefsky.roles.iter().map(|r| r.text(text)).collect();
    assert_eq!(roles, vec!["U.S. Trade Representative"]);
    assert_eq!(barshefsky.affiliation, None);
}

#[test]
fn an_unnamed_description_is_its_own_role() {
    let text = "“We are ready,” a spokeswoman for the ministry said.\n\n\
                “We are not,” the source said.";
    let a = run(text);
    let spokeswoman = &a.sources[0];
    assert!(!spokeswoman.named);
    let roles: Vec<&str> = spokeswoman.roles.iter().map(|r| r.text(text)).collect();
    assert_eq!(roles, vec!["a spokeswoman for the ministry"]);
    assert!(source(&a, "the source").roles.is_empty());
}

#[test]
fn kinds_reach_the_sources() {
    let text = "“One,” the ministry said. “Two,” officials said. “Three,” the report said. \
                “Four,” Jane Smith said.";
    let a = run(text);
    let kinds: Vec<SpeakerKind> = a.sources.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        vec![
            SpeakerKind::Organization,
            SpeakerKind::Group,
            SpeakerKind::Document,
            SpeakerKind::Person
        ]
    );
}

#[test]
fn no_quotes_no_sources() {
    assert!(run("Nothing was said.").sources.is_empty());
    assert!(run("").sources.is_empty());
}

/// `may_be_pronoun` lets through every token `pronoun_gender` knows, in any case.
#[test]
fn may_be_pronoun_keeps_every_pronoun() {
    let text = "He said his plan suited HIM; she, Hers and HERSELF, himself, shelf, herbal, Shea, heh, é her.";
    let segments = crate::segment::segment(text);
    let mut pronouns = 0;
    for token in &segments.tokens {
        if super::pronoun_gender(token.text(text)).is_some() {
            pronouns += 1;
            assert!(super::may_be_pronoun(text, token), "{}", token.text(text));
        }
    }
    assert_eq!(pronouns, 8);
}

#[test]
fn coordinated_speakers_are_one_group_source_of_their_own() {
    // "Mr Pell and Dr Navar said": a group source named as written, without an entity; Dr
    // Navar's own source keeps only what she said alone.
    let text = "Dr Ruth Navar chairs the council. \"We are ready,\" Dr Navar said. \
                Mr Pell and Dr Navar said they would meet next week.";
    let analysis = run(text);
    let group = source(&analysis, "Mr Pell and Dr Navar");
    assert_eq!(group.kind, SpeakerKind::Group);
    assert_eq!(group.entity, None);
    let navar = source(&analysis, "Ruth Navar");
    assert_eq!(navar.kind, SpeakerKind::Person);
    assert_eq!(navar.quotes.len(), 1, "{:?}", analysis.sources);
}

/// The genders from pronouns, and the person nouns and speech verbs they depend on, are the
/// same on a fresh thread and after other texts on the same thread, which remember what they
/// asked about each word (by its index in the thread's cache of words).
#[test]
fn sources_are_the_same_after_other_texts() {
    let first = "The senator said she would vote. \"We will win,\" said Lena Park, the senator. \
                 He told reporters that his aide was a witness.";
    let second = "Dr Omar Vance leads the clinic. \"It works,\" Vance said. He said his \
                  wife, a nurse, agreed. Officials said he was the president.";
    let genders = |a: &Analysis| -> Vec<(String, Option<Gender>, Option<GenderBasis>)> {
        let sources = a.sources.iter();
        sources
            .map(|s| (s.name.clone(), s.gender, s.gender_basis))
            .collect()
    };
    let fresh = std::thread::spawn(move || genders(&run(second)))
        .join()
        .unwrap();
    let after = std::thread::spawn(move || {
        run(first);
        run(second);
        genders(&run(second))
    })
    .join()
    .unwrap();
    assert_eq!(fresh, after);
    assert!(!fresh.is_empty(), "the second text has sources");
}

/// `count_words` as it was written before its table: runs between `char::is_whitespace`
/// characters that hold a `char::is_alphanumeric` one.
fn count_words_by_chars(quoted: &str) -> u32 {
    quoted
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count() as u32
}

/// The ASCII table of `count_words` agrees with the character tests for every ASCII byte.
#[test]
fn count_words_table_matches_char_tests_for_every_ascii_byte() {
    for b in 0u8..128 {
        let c = char::from(b);
        let expected = if c.is_whitespace() {
            super::SPACE
        } else if c.is_alphanumeric() {
            super::ALNUM
        } else {
            super::OTHER
        };
        assert_eq!(
            super::ASCII_WORD_CLASS[usize::from(b)],
            expected,
            "byte {b}"
        );
        assert_eq!(super::char_class(c), expected, "byte {b}");
    }
}

/// `count_words` counts what splitting on white space and testing each run counts, for every
/// ASCII byte and some characters beyond it (no-break, em and ideographic spaces, NEL, letters
/// with accents, combining marks, digits of other scripts, dashes and curly quotes) between words.
#[test]
fn count_words_matches_splitting_on_white_space() {
    let mut joins: Vec<char> = (0u8..128).map(char::from).collect();
    joins.extend([
        '\u{85}', '\u{a0}', '\u{1680}', '\u{2003}', '\u{2028}', '\u{3000}', '\u{200b}', '\u{feff}',
        'é', 'Ø', 'ß', '\u{301}', '٣', '—', '“', '”', '’', '…', '€', '中',
    ]);
    for &a in &joins {
        for &b in &joins {
            for text in [
                format!("{a}"),
                format!("said{a}{b}the"),
                format!("{a}{b} 12 {b}{a}"),
                format!("“We{a}came{b}here,” — {a}she"),
            ] {
                assert_eq!(
                    super::count_words(&text),
                    count_words_by_chars(&text),
                    "{text:?}"
                );
            }
        }
    }
}
