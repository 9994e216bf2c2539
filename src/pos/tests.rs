use std::collections::HashMap;

use proptest::prelude::*;

use super::*;
use crate::segment::segment;

/// The tags of `text`, one per token, with the token texts.
fn tagged(text: &str) -> Vec<(String, Tag)> {
    let mut segments = segment(text);
    tag(text, &mut segments);
    segments
        .tokens
        .iter()
        .map(|t| (t.text(text).to_string(), t.tag()))
        .collect()
}

/// The tag of the `nth` token whose text is `word`.
fn tag_of(text: &str, word: &str, nth: usize) -> Tag {
    tagged(text)
        .into_iter()
        .filter(|(w, _)| w == word)
        .nth(nth)
        .unwrap_or_else(|| panic!("no {word:?} #{nth} in {text:?}"))
        .1
}

struct Case {
    name: &'static str,
    text: &'static str,
    word: &'static str,
    nth: usize,
    expected: &'static [&'static str],
}

const fn case(
    name: &'static str,
    text: &'static str,
    word: &'static str,
    nth: usize,
    expected: &'static [&'static str],
) -> Case {
    Case {
        name,
        text,
        word,
        nth,
        expected,
    }
}

const CASES: &[Case] = &[
    // Noun / verb ambiguity decided by the neighbours.
    case(
        "report after a determiner is a noun",
        "The report said prices would rise.",
        "report",
        0,
        &["NN"],
    ),
    case(
        "report after to is a verb",
        "The ministry plans to report the figures on Monday.",
        "report",
        0,
        &["VB"],
    ),
    case(
        "said after a noun phrase is past tense",
        "The report said prices would rise.",
        "said",
        0,
        &["VBD"],
    ),
    case(
        "a plural noun that could be a verb",
        "The talks collapsed after the minister walked out.",
        "talks",
        0,
        &["NNS"],
    ),
    case(
        "talks as a verb after a pronoun",
        "She talks to reporters every week.",
        "talks",
        0,
        &["VBZ"],
    ),
    // Capitalised words at the start of a sentence.
    case(
        "Sources at the start is a plural noun",
        "Sources said the deal was close.",
        "Sources",
        0,
        &["NNS"],
    ),
    case(
        "Officials at the start is a plural noun",
        "Officials declined to comment.",
        "Officials",
        0,
        &["NNS"],
    ),
    case(
        "The at the start is a determiner",
        "The committee voted on Tuesday.",
        "The",
        0,
        &["DT"],
    ),
    // Names.
    case(
        "an unknown given name",
        "Shi Guangsheng said the talks would go on.",
        "Shi",
        0,
        &["NNP"],
    ),
    case(
        "an unknown surname",
        "Shi Guangsheng said the talks would go on.",
        "Guangsheng",
        0,
        &["NNP"],
    ),
    case(
        "a name after said",
        "\"We are close,\" said Charlene Barshefsky.",
        "Barshefsky",
        0,
        &["NNP"],
    ),
    // Possessives and contractions as the tokenizer cuts them.
    case(
        "possessive 's",
        "China's trade minister spoke.",
        "'s",
        0,
        &["POS"],
    ),
    case(
        "don't is kept whole and tagged as its auxiliary",
        "We don't know.",
        "don't",
        0,
        &["VBP"],
    ),
    case("can't is a modal", "They can't stop.", "can't", 0, &["MD"]),
    case(
        "they of they're is a pronoun",
        "They said they're ready.",
        "they",
        0,
        &["PRP"],
    ),
    case(
        "'re of they're is a verb",
        "They said they're ready.",
        "'re",
        0,
        &["VBP"],
    ),
    case("'ll of we'll is a modal", "We'll see.", "'ll", 0, &["MD"]),
    // Function words GUM tags its own way.
    case(
        "to before a noun phrase is a preposition",
        "He spoke to reporters in Geneva.",
        "to",
        0,
        &["IN"],
    ),
    case(
        "to before a verb is TO",
        "He wants to leave.",
        "to",
        0,
        &["TO"],
    ),
    // Punctuation and numbers by rule.
    case("opening curly quote", "“Yes,” she said.", "“", 0, &["``"]),
    case("closing curly quote", "“Yes,” she said.", "”", 0, &["''"]),
    case(
        "opening straight quote",
        "He said \"yes\" twice.",
        "\"",
        0,
        &["``"],
    ),
    case(
        "closing straight quote",
        "He said \"yes\" twice.",
        "\"",
        1,
        &["''"],
    ),
    case("a comma", "“Yes,” she said.", ",", 0, &[","]),
    case(
        "a dash",
        "The deal — signed Monday — holds.",
        "—",
        0,
        &[":"],
    ),
    case(
        "brackets",
        "Rep. G.K. Butterfield (D-N.C.) spoke.",
        "(",
        0,
        &["-LRB-"],
    ),
    case(
        "a number",
        "It rose 1,200 points in 2009.",
        "1,200",
        0,
        &["CD"],
    ),
    case(
        "a year",
        "It rose 1,200 points in 2009.",
        "2009",
        0,
        &["CD"],
    ),
    case(
        "a per cent sign",
        "Prices rose 5 % last year.",
        "%",
        0,
        &["NN"],
    ),
];

#[test]
fn named_cases() {
    let mut failures = Vec::new();
    for c in CASES {
        let got = tag_of(c.text, c.word, c.nth);
        if !c.expected.contains(&got.name()) {
            failures.push(format!(
                "{}: {:?} in {:?} is {got}, expected {:?}",
                c.name, c.word, c.text, c.expected
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn tag_names_round_trip() {
    for (i, t) in Tag::ALL.iter().enumerate() {
        assert_eq!(*t as usize, i);
        assert_eq!(Tag::from_name(t.name()), Some(*t));
        assert_eq!(t.to_string(), TAG_NAMES[i]);
    }
    assert_eq!(Tag::from_name("-START-"), None);
    assert_eq!(Tag::from_name("nn"), None);
    assert_eq!(std::mem::size_of::<Tag>(), 1);
    assert_eq!(std::mem::size_of::<Token>(), 12);
}

#[test]
fn helpers_group_tags() {
    let names = |f: fn(Tag) -> bool| -> Vec<&'static str> {
        Tag::ALL
            .iter()
            .filter(|t| f(**t))
            .map(|t| t.name())
            .collect()
    };
    assert_eq!(names(Tag::is_finite_verb), ["MD", "VBD", "VBP", "VBZ"]);
    assert_eq!(names(Tag::is_noun), ["NN", "NNP", "NNPS", "NNS"]);
    assert_eq!(names(Tag::is_proper_noun), ["NNP", "NNPS"]);
    assert_eq!(
        names(Tag::is_verb),
        ["MD", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ"]
    );
    assert_eq!(names(Tag::is_possessive), ["POS", "PRP$", "WP$"]);
    assert_eq!(names(Tag::is_determiner), ["DT", "PDT", "WDT"]);
    assert!(Tag::ALL
        .iter()
        .all(|t| !(t.is_punctuation() && (t.is_noun() || t.is_verb()))));
}

#[test]
fn empty_and_odd_texts() {
    for text in [
        "",
        " ",
        "\n\n",
        "“",
        "\"",
        "'",
        "-",
        "…",
        "€",
        "😀",
        "a",
        "ǅ",
        "x\u{0301}",
    ] {
        let mut segments = segment(text);
        tag(text, &mut segments);
        for t in &segments.tokens {
            if t.kind() == TokenKind::Punct {
                assert!(
                    t.tag().is_punctuation() || matches!(t.tag(), Tag::Nn | Tag::Cc),
                    "{text:?}: {}",
                    t.tag()
                );
            }
        }
    }
}

/// The thread's cache of words and vectors changes nothing: a text is tagged the same with an
/// empty cache, a cache filled by other texts, and when its words are all remembered.
#[test]
fn tags_do_not_depend_on_the_cache() {
    let text = "“The report said prices would rise,” Shi Guangsheng told reporters in Geneva. \
                Sources said the well-known plan, which officials don't like, costs $5 billion.";
    reset_cache();
    let cold = tagged(text);
    let warm = tagged(text);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        if entry.path().extension().is_some_and(|x| x == "txt") {
            tagged(&std::fs::read_to_string(entry.path()).unwrap());
        }
    }
    let after_others = tagged(text);
    assert_eq!(cold, warm);
    assert_eq!(cold, after_others);
}

/// textblob-aptagger's tagger written the plain way, from the model file as text: feature strings
/// in a hash map. The compiled tables and the per-word rows must give the same tags.
struct Reference {
    weights: HashMap<String, Vec<(usize, i32)>>,
    dictionary: HashMap<String, usize>,
}

impl Reference {
    fn load() -> Reference {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/models/pos_tagger.tsv");
        let text = std::fs::read_to_string(path).expect("the model file");
        let mut weights = HashMap::new();
        let mut dictionary = HashMap::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            match f[0] {
                "D" => {
                    dictionary.insert(f[1].to_string(), tag_index(f[2], false).unwrap());
                }
                "F" => {
                    let row = f[3]
                        .split(' ')
                        .map(|cell| {
                            let (t, v) = cell.rsplit_once(':').unwrap();
                            (tag_index(t, false).unwrap(), v.parse().unwrap())
                        })
                        .collect();
                    let name = if f[2].is_empty() {
                        f[1].to_string()
                    } else {
                        format!("{} {}", f[1], f[2])
                    };
                    weights.insert(name, row);
                }
                _ => {}
            }
        }
        Reference {
            weights,
            dictionary,
        }
    }

    /// The form the model sees for token `i`, and its fixed tag if any.
    fn form(text: &str, t: &Token) -> (String, Option<usize>) {
        let s = t.text(text);
        let idx = |name| tag_index(name, false);
        match t.kind() {
            TokenKind::Number => {
                let year = s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
                (if year { "!YEAR" } else { "!DIGITS" }.into(), idx("CD"))
            }
            TokenKind::Punct => {
                let (form, tag) = match s {
                    "." | "!" | "?" => (s, "."),
                    "," => (s, ","),
                    ":" | ";" | "-" => (s, ":"),
                    "—" | "–" | "―" => ("--", ":"),
                    "…" => ("...", ":"),
                    "(" | "[" | "{" => ("-lrb-", "-LRB-"),
                    ")" | "]" | "}" => ("-rrb-", "-RRB-"),
                    "“" | "‘" | "«" => ("``", "``"),
                    "”" | "’" | "»" => ("''", "''"),
                    "\"" | "'" if t.has(SPACE_BEFORE) && !t.has(SPACE_AFTER) => ("``", "``"),
                    "\"" | "'" => ("''", "''"),
                    "$" | "€" | "£" | "¥" => ("$", "$"),
                    "#" => ("#", "#"),
                    "%" => ("%", "NN"),
                    "&" => ("&", "CC"),
                    _ => (s, "SYM"),
                };
                (form.to_string(), idx(tag))
            }
            TokenKind::Word => {
                let raw: String = s
                    .chars()
                    .map(|c| match c {
                        '’' | '‘' => '\'',
                        '\u{2010}' | '\u{2011}' => '-',
                        c => c,
                    })
                    .collect();
                (raw, None)
            }
        }
    }

    fn normalize(raw: &str, kind: TokenKind) -> String {
        if kind != TokenKind::Word {
            return raw.to_string();
        }
        if raw.contains('-') && !raw.starts_with('-') {
            "!HYPHEN".into()
        } else if raw.starts_with(|c: char| c.is_ascii_digit()) {
            "!DIGITS".into()
        } else {
            raw.to_lowercase()
        }
    }

    /// The tags of the compiled tagger: the model's, then the same corrections.
    fn tag(&self, text: &str, segments: &Segments) -> Vec<Tag> {
        let out = self.model_tags(text, segments);
        let mut tokens = segments.tokens.clone();
        for (t, &tag) in tokens.iter_mut().zip(&out) {
            t.set_tag(tag);
        }
        super::source_nouns_misread(text, &mut tokens);
        super::role_nouns_before_names(text, &mut tokens);
        super::verbs_misread_before_possessives(text, &mut tokens);
        tokens.iter().map(|t| t.tag()).collect()
    }

    /// The model's own tags, before any correction.
    fn model_tags(&self, text: &str, segments: &Segments) -> Vec<Tag> {
        let mut out = vec![Tag::Nn; segments.tokens.len()];
        let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
        let mut start = 0;
        for s in &segments.sentences {
            let (first, end) = (s.first_token as usize, s.end_token as usize);
            if first > start {
                ranges.push(start..first);
            }
            ranges.push(first.max(start)..end);
            start = start.max(end);
        }
        if start < segments.tokens.len() {
            ranges.push(start..segments.tokens.len());
        }
        let suffix = |s: &str| -> String {
            let chars: Vec<char> = s.chars().collect();
            chars[chars.len().saturating_sub(3)..].iter().collect()
        };
        for range in ranges {
            let tokens = &segments.tokens[range.clone()];
            let forms: Vec<(String, Option<usize>)> =
                tokens.iter().map(|t| Reference::form(text, t)).collect();
            let mut context = vec!["-START-".to_string(), "-START2-".to_string()];
            for (t, (raw, _)) in tokens.iter().zip(&forms) {
                context.push(Reference::normalize(raw, t.kind()));
            }
            context.push("-END-".into());
            context.push("-END2-".into());
            let names = |i: usize| -> &str {
                match i {
                    START => "-START-",
                    START2 => "-START2-",
                    i => TAG_NAMES[i],
                }
            };
            let (mut prev, mut prev2) = (START, START2);
            for (i, (raw, fixed)) in forms.iter().enumerate() {
                let tag = match fixed.or_else(|| self.dictionary.get(raw).copied()) {
                    Some(t) => t,
                    None => {
                        let c = i + 2;
                        let feats = [
                            "bias".to_string(),
                            format!("i suffix {}", suffix(raw)),
                            format!("i pref1 {}", raw.chars().next().unwrap()),
                            format!("i-1 tag {}", names(prev)),
                            format!("i-2 tag {}", names(prev2)),
                            format!("i tag+i-2 tag {} {}", names(prev), names(prev2)),
                            format!("i word {}", context[c]),
                            format!("i-1 tag+i word {} {}", names(prev), context[c]),
                            format!("i-1 word {}", context[c - 1]),
                            format!("i-1 suffix {}", suffix(&context[c - 1])),
                            format!("i-2 word {}", context[c - 2]),
                            format!("i+1 word {}", context[c + 1]),
                            format!("i+1 suffix {}", suffix(&context[c + 1])),
                            format!("i+2 word {}", context[c + 2]),
                        ];
                        let mut scores = [0i32; 45];
                        for f in &feats {
                            for &(class, w) in self.weights.get(f).map_or(&[][..], |r| &r[..]) {
                                scores[class] += w;
                            }
                        }
                        (0..45).max_by_key(|&c| (scores[c], c)).unwrap()
                    }
                };
                out[range.start + i] = Tag::ALL[tag];
                prev2 = prev;
                prev = tag;
            }
        }
        out
    }
}

fn check_against_reference(reference: &Reference, text: &str) {
    let mut segments = segment(text);
    tag(text, &mut segments);
    let fast: Vec<Tag> = segments.tokens.iter().map(|t| t.tag()).collect();
    let slow = reference.tag(text, &segments);
    for (i, (f, s)) in fast.iter().zip(&slow).enumerate() {
        assert_eq!(
            f,
            s,
            "token {i} {:?} of {text:?}",
            segments.tokens[i].text(text)
        );
    }
}

/// The committed articles: the compiled tagger agrees with the plain one on every token.
#[test]
fn compiled_model_agrees_with_the_model_file_on_the_fixtures() {
    let reference = Reference::load();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    let mut paths: Vec<_> = ["", "/gum"]
        .iter()
        .flat_map(|sub| {
            std::fs::read_dir(format!("{dir}{sub}"))
                .into_iter()
                .flatten()
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    assert!(paths.len() > 10);
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        check_against_reference(&reference, &text);
    }
}

/// Words and marks the property test builds texts from, besides random ones.
const VOCABULARY: &[&str] = &[
    "the",
    "The",
    "report",
    "said",
    "Sources",
    "to",
    "Shi",
    "Guangsheng",
    "don't",
    "China's",
    "U.S.",
    "officials",
    "“",
    "”",
    "\"",
    "'",
    "’",
    ",",
    ".",
    "—",
    "(",
    ")",
    "1,200",
    "2009",
    "5%",
    "$",
    "well-known",
    "Ødegaard",
    "ÉCOLE",
    "naïve",
    "\n\n",
    "x",
    "…",
    "&",
    "#",
    "1990s",
    "’s",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Every token gets a tag that fits its kind, the same tag on every run, and the tag the plain
    /// tagger gives.
    #[test]
    fn every_token_is_tagged_deterministically(
        parts in proptest::collection::vec(prop_oneof![
            proptest::sample::select(VOCABULARY).prop_map(String::from),
            "[a-zA-Z]{1,9}",
            "[a-zA-Z’'\\-]{1,6}",
            "\\PC{1,3}",
        ], 0..40),
        spaces in proptest::collection::vec(any::<bool>(), 40),
    ) {
        let mut text = String::new();
        for (p, space) in parts.iter().zip(&spaces) {
            text.push_str(p);
            if *space {
                text.push(' ');
            }
        }
        let mut first = segment(&text);
        tag(&text, &mut first);
        let mut second = segment(&text);
        tag(&text, &mut second);
        prop_assert_eq!(&first.tokens, &second.tokens);
        for t in &first.tokens {
            match t.kind() {
                TokenKind::Number => prop_assert_eq!(t.tag(), Tag::Cd),
                TokenKind::Punct => prop_assert!(
                    t.tag().is_punctuation() || matches!(t.tag(), Tag::Nn | Tag::Cc),
                    "{:?} tagged {}", t.text(&text), t.tag()
                ),
                TokenKind::Word => {}
            }
        }
        thread_local! {
            static REFERENCE: Reference = Reference::load();
        }
        REFERENCE.with(|r| check_against_reference(r, &text));
    }
}

#[test]
fn a_person_noun_tagged_as_a_verb_before_a_finite_verb_is_a_noun() {
    // The WSJ model tags "boss" a verb here; two finite verbs do not follow each other.
    assert_eq!(
        tag_of("The Rovers boss hailed the win.", "boss", 0),
        Tag::Nn
    );
    assert_eq!(tag_of("Rovers boss hails the win", "boss", 0), Tag::Nn);
    // Or a comparative, by its "-er" ending.
    assert_eq!(
        tag_of("The Rovers skipper hailed the win.", "skipper", 0),
        Tag::Nn
    );
    assert!(!tag_of("The second half was better.", "better", 0).is_noun());
    // A verb stays a verb: "They boss us around."
    assert!(tag_of("They boss us around.", "boss", 0).is_verb());
}

/// The model's own tag of the first `word` in `text`, before the corrections.
fn model_tag(text: &str, word: &str) -> Tag {
    let segments = segment(text);
    let tags = Reference::load().model_tags(text, &segments);
    let i = segments
        .tokens
        .iter()
        .position(|t| t.text(text) == word)
        .unwrap_or_else(|| panic!("no {word:?} in {text:?}"));
    tags[i]
}

#[test]
fn a_source_noun_between_a_place_and_a_name_or_ending_its_phrase_is_a_noun() {
    let text = "\"We are props,\" said Kent delegate Ann Ivers, who left early.";
    assert_eq!(
        model_tag(text, "delegate"),
        Tag::Vbp,
        "the model's own reading"
    );
    assert_eq!(tag_of(text, "delegate", 0), Tag::Nn);
    let text = "\"It took an hour,\" said one former senior agency official.";
    assert_eq!(
        model_tag(text, "official"),
        Tag::Jj,
        "the model's own reading"
    );
    assert_eq!(tag_of(text, "official", 0), Tag::Nn);
    // An adjective before its noun stays one; a verb after a plural subject stays a verb.
    assert_eq!(
        tag_of("He issued an official statement.", "official", 0),
        Tag::Jj
    );
    assert!(tag_of("Managers delegate tasks to Ann Ivers.", "delegate", 0).is_verb());
}

#[test]
fn a_trade_noun_opening_a_sentence_before_a_name_is_a_noun_not_an_adverb() {
    // By its "-er" ending ("Later", "Earlier"), the model reads it as an adverb.
    let text = "Retailer Harlow Stores said it had not been told.";
    assert_eq!(
        model_tag(text, "Retailer"),
        Tag::Rb,
        "the model's own reading"
    );
    assert_eq!(tag_of(text, "Retailer", 0), Tag::Nn);
    // An adverb stays one: "Earlier" is in no list of nouns.
    assert!(tag_of("Earlier Ann Holt said it had not been told.", "Earlier", 0).is_adverb());
}

#[test]
fn a_verb_read_as_a_compounds_second_noun_before_a_possessive_is_a_verb() {
    let text = "The company cut its forecast on Thursday.";
    assert_eq!(model_tag(text, "cut"), Tag::Nn, "the model's own reading");
    assert_eq!(tag_of(text, "cut", 0), Tag::Vbd);
    // A noun after a determiner before a possessive is a verb's first object.
    assert!(tag_of("They gave the driver his ticket.", "driver", 0).is_noun());
}

#[test]
fn a_plural_role_noun_before_names_that_run_into_a_verb_is_a_noun() {
    // "the marine biologists Hanna Voss and Teodor Brandt of the Kell Institute wrote": the
    // names run into "wrote", so "biologists" is no verb taking them as its object.
    let text = "Then the marine biologists Hanna Voss and Teodor Brandt of the Kell Institute wrote a letter.";
    assert_eq!(tag_of(text, "biologists", 0), Tag::Nns);
    // A verb whose object ends the clause stays a verb.
    assert!(tag_of(
        "The cannery hires Hanna Voss and Teodor Brandt.",
        "hires",
        0
    )
    .is_verb());
}

// Mutation tests (issue 15, round 33) -----------------------------------------------------------

#[test]
fn an_adjective_ending_in_s_before_names_stays_an_adjective() {
    // Only a verb misread before names that run into a verb becomes a plural noun: "famous"
    // (an adjective ending in "s") keeps its tag.
    let text = "Then the new famous Ida Lund and Oskar Berg of the Tarn Institute wrote a letter.";
    assert_eq!(tag_of(text, "famous", 0), Tag::Jj);
}

/// The best class is the highest score's, the last of several equal ones in class order, in any
/// block of lanes; the padding lanes past the 45 classes never win.
#[test]
fn best_takes_the_last_of_equal_top_scores() {
    for (winner, tied) in [
        (44, None),
        (19, None),
        (0, None),
        (40, Some(3)),
        (23, Some(16)),
        (9, Some(8)),
    ] {
        let mut scores = [-5i16; LANES];
        scores[45..].fill(900); // padding, higher than any class
        scores[winner] = 700;
        if let Some(t) = tied {
            scores[t] = 700;
        }
        assert_eq!(best(&scores), winner, "winner {winner}, tied {tied:?}");
    }
    let flat = [0i16; LANES];
    assert_eq!(best(&flat), 44, "all equal: the last class");
}

/// A text is tagged the same on a fresh thread and after other texts on the same thread, whose
/// words the thread's caches remember ([`Vectors::kept`] by the index of the thread's cache
/// of words, which differs from a word's index in the text).
#[test]
fn a_text_is_tagged_the_same_after_other_texts() {
    // The same number of distinct words in the same order, so that the two texts number their
    // words alike: a word remembered by its index in the first text would give "green" the
    // scores of "will".
    let first = "They will run quickly to the old station, officials said on Tuesday.";
    let second = "They green dogs slowly from a new market; neighbours wrote in December.";
    let fresh = std::thread::spawn(move || tagged(second)).join().unwrap();
    let after = std::thread::spawn(move || {
        tagged(first);
        tagged(second)
    })
    .join()
    .unwrap();
    assert_eq!(fresh, after);
}
