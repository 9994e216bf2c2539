use super::*;

fn tokens(text: &str) -> Vec<&str> {
    segment(text).tokens.iter().map(|t| t.text(text)).collect()
}

fn sentences(text: &str) -> Vec<&str> {
    segment(text)
        .sentences
        .iter()
        .map(|s| s.span.text(text))
        .collect()
}

fn paragraphs(text: &str) -> Vec<&str> {
    segment(text)
        .paragraphs
        .iter()
        .map(|p| p.span.text(text))
        .collect()
}

#[test]
fn words_numbers_and_punctuation() {
    assert_eq!(
        tokens("He paid $1,200.50 for 3.5% at 5:30 p.m. today."),
        ["He", "paid", "$", "1,200.50", "for", "3.5", "%", "at", "5:30", "p.m.", "today", "."]
    );
}

#[test]
fn possessive_is_split_but_contractions_are_not() {
    assert_eq!(
        tokens("China's don't O'Brien’s"),
        ["China", "'s", "don't", "O'Brien", "’s"]
    );
}

#[test]
fn hyphenated_and_dotted_words_stay_whole() {
    assert_eq!(
        tokens("Ødegaard-Holm of the U.S.-China 134-member club"),
        [
            "Ødegaard-Holm",
            "of",
            "the",
            "U.S.-China",
            "134-member",
            "club"
        ]
    );
}

#[test]
fn combining_marks_stay_with_their_letter() {
    let text = "Jose\u{301} said";
    assert_eq!(tokens(text), ["Jose\u{301}", "said"]);
}

#[test]
fn abbreviations_do_not_end_sentences() {
    assert_eq!(
        sentences("Dr. Smith met Mr. Jones on Nov. 30 at 9 a.m. in the U.S. capital. They talked."),
        [
            "Dr. Smith met Mr. Jones on Nov. 30 at 9 a.m. in the U.S. capital.",
            "They talked."
        ]
    );
}

#[test]
fn abbreviation_before_a_sentence_starter_ends_the_sentence() {
    assert_eq!(
        sentences("He lives in the U.S. The talks ended."),
        ["He lives in the U.S.", "The talks ended."]
    );
}

#[test]
fn company_suffix_does_not_end_a_sentence() {
    assert_eq!(
        sentences("Acme Inc. said it grew."),
        ["Acme Inc. said it grew."]
    );
}

#[test]
fn closing_quote_belongs_to_the_sentence() {
    assert_eq!(
        sentences("“We came,” she said. “It ran out.” Then it ended."),
        ["“We came,” she said.", "“It ran out.”", "Then it ended."]
    );
}

#[test]
fn question_and_exclamation_end_sentences() {
    assert_eq!(sentences("Why? Because! OK."), ["Why?", "Because!", "OK."]);
}

#[test]
fn paragraphs_split_on_line_breaks_and_survive_crlf() {
    assert_eq!(
        paragraphs("One.\r\n\r\nTwo.\r\nThree."),
        ["One.", "Two.", "Three."]
    );
}

#[test]
fn hard_wrapped_lines_are_joined() {
    assert_eq!(
        paragraphs("The talks resumed\nthis afternoon.\nNext."),
        ["The talks resumed\nthis afternoon.", "Next."]
    );
}

#[test]
fn sentence_start_flag_skips_opening_quotes() {
    let text = "“We came,” she said.";
    let seg = segment(text);
    let we = seg.tokens.iter().find(|t| t.text(text) == "We").unwrap();
    assert!(we.has(SENTENCE_START | CAPITALIZED));
    let she = seg.tokens.iter().find(|t| t.text(text) == "she").unwrap();
    assert!(!she.has(SENTENCE_START));
}

#[test]
fn right_to_left_and_emoji_text_segments_on_boundaries() {
    let text = "قال الوزير 😀 \"مرحبا\". שלום עולם.";
    let seg = segment(text);
    for t in &seg.tokens {
        assert!(text.is_char_boundary(t.span().start()) && text.is_char_boundary(t.span().end()));
    }
    assert!(seg.tokens.len() >= 8);
}

#[test]
fn empty_and_blank_text_have_no_segments() {
    assert!(segment("").tokens.is_empty());
    let blank = segment(" \n\r\n\t ");
    assert!(blank.paragraphs.is_empty() && blank.sentences.is_empty());
}

/// The block index finds the same token as a search of all tokens, for every byte and past the end.
#[test]
fn token_at_or_after_matches_a_full_search() {
    let para = "Mira Okonkwo-Lund said the ferry “would run again by May,” and left.\nNo one\u{a0}else spoke — ‘not yet,’ she added. ";
    let text = para.repeat(9);
    let seg = segment(&text);
    for byte in 0..text.len() as u32 + 300 {
        let full = seg.tokens.partition_point(|t| t.span().end <= byte);
        assert_eq!(seg.token_at_or_after(byte), full, "byte {byte}");
    }
    let none = Segments::default();
    assert_eq!(none.token_at_or_after(5), 0);
}

/// The walk from a token finds what the search finds, for every byte that no token before it
/// ends after: the ends of phrases that start at that token, and bytes past the text.
#[test]
fn token_at_or_after_from_matches_the_search() {
    let text =
        "Mira Okonkwo-Lund said the ferry “would run again by May,” and left.\nNo one else spoke.";
    let seg = segment(text);
    for from in 0..=seg.tokens.len() {
        let lowest = from.checked_sub(1).map_or(0, |t| seg.tokens[t].span().end);
        for byte in lowest..text.len() as u32 + 5 {
            assert_eq!(
                seg.token_at_or_after_from(from, byte),
                seg.token_at_or_after(byte),
                "from {from}, byte {byte}"
            );
        }
    }
}

/// The word-at-a-time search finds the first line break or non-ASCII byte wherever it is.
#[test]
fn line_break_or_wide_finds_the_first() {
    let naive = |b: &[u8]| {
        b.iter()
            .position(|&b| b == b'\n' || b == b'\r' || b >= 0x80)
    };
    for len in 0..40 {
        for at in 0..len {
            for special in ["\n", "\r", "é", "“"] {
                let mut s = "x".repeat(at);
                s.push_str(special);
                s.push_str(&"y".repeat(len - at));
                assert_eq!(
                    line_break_or_wide(s.as_bytes()),
                    naive(s.as_bytes()),
                    "{s:?}"
                );
            }
        }
        let plain = "z".repeat(len);
        assert_eq!(line_break_or_wide(plain.as_bytes()), None);
    }
}

#[test]
fn a_party_tag_with_a_dotted_state_can_end_a_sentence() {
    // "D-N.M." is split after its hyphen; its last letter is no person's initial.
    assert_eq!(
        sentences("“We tried,” said Sen. Ann Holt, D-N.M. “It failed.”"),
        ["“We tried,” said Sen. Ann Holt, D-N.M.", "“It failed.”"]
    );
    // Before a word that starts no sentence, the abbreviation still runs on.
    assert_eq!(
        sentences("Sen. Ann Holt, D-N.M. Smith voted no."),
        ["Sen. Ann Holt, D-N.M. Smith voted no."]
    );
    // A single initial still never ends one.
    assert_eq!(
        sentences("They met Ann J. Holt today."),
        ["They met Ann J. Holt today."]
    );
}

#[test]
fn clitics_after_a_word_are_tokens_of_their_own() {
    assert_eq!(
        tokens("They've said we’re sure I'd go, you'll see, I'm in. THEY'RE here."),
        [
            "They", "'ve", "said", "we", "’re", "sure", "I", "'d", "go", ",", "you", "'ll", "see",
            ",", "I", "'m", "in", ".", "THEY", "'RE", "here", "."
        ]
    );
    // Words with an apostrophe inside stay whole; a clitic needs a word end after it.
    assert_eq!(
        tokens("O'Reilly met D'Angelo, ma'am, at 5 o'clock in the '90s; don't."),
        [
            "O'Reilly", "met", "D'Angelo", ",", "ma'am", ",", "at", "5", "o'clock", "in", "the",
            "'", "90s", ";", "don't", "."
        ]
    );
}

#[test]
fn ascii_words_ending_at_a_mark_take_the_mark_only_where_it_joins() {
    // The tokenizer's ASCII fast path ends a word at `,` `.` `:` unless a digit follows the mark
    // or, a period, the word is one letter; the general path decides those.
    let text = "Rain fell,3 said Ann. In 2026,1 at 5:30 a.m. an x-ray of NATO and 3M café_2 end";
    let seg = segment(text);
    let got: Vec<(&str, TokenKind, u8)> = seg
        .tokens
        .iter()
        .map(|t| (t.text(text), t.kind(), t.flags() & (CAPITALIZED | ALL_CAPS)))
        .collect();
    use TokenKind::{Number as N, Punct as P, Word as W};
    let (c, a) = (CAPITALIZED, ALL_CAPS);
    assert_eq!(
        got,
        [
            ("Rain", W, c),
            ("fell", W, 0),
            (",", P, 0),
            ("3", N, 0),
            ("said", W, 0),
            ("Ann", W, c),
            (".", P, 0),
            ("In", W, c),
            ("2026,1", N, 0),
            ("at", W, 0),
            ("5:30", N, 0),
            ("a.m.", W, 0),
            ("an", W, 0),
            ("x-ray", W, 0),
            ("of", W, 0),
            ("NATO", W, c | a),
            ("and", W, 0),
            ("3M", W, c),
            ("café_2", W, 0),
            ("end", W, 0),
        ]
    );
}

#[test]
fn ascii_white_space_is_what_char_is_whitespace_says() {
    // Tab to carriage return and the space separate tokens; U+001C..U+001F are no white space
    // to `char::is_whitespace`, so each is a punctuation token of its own.
    let text = "a\tb\u{b}c\u{c}d\u{1f}e (f)";
    assert_eq!(
        tokens(text),
        ["a", "b", "c", "d", "\u{1f}", "e", "(", "f", ")"]
    );
    let seg = segment(text);
    let spaced: Vec<bool> = seg.tokens.iter().map(|t| t.has(SPACE_BEFORE)).collect();
    assert_eq!(
        spaced,
        [true, true, true, true, false, false, true, false, false]
    );
}

/// A token gives back every tag it is set, whatever its word index, and keeps its word.
#[test]
fn tokens_keep_every_tag_and_their_word() {
    let mut token = Token::new(Span::new(3, 8), TokenKind::Word, CAPITALIZED);
    for word in [0, 1, 4096, MAX_WORDS as u32 - 1] {
        token.set_word(word);
        for &tag in Tag::ALL.iter() {
            token.set_tag(tag);
            assert_eq!((token.tag(), token.word()), (tag, word), "{tag:?}");
        }
    }
    assert_eq!(token.span(), Span::new(3, 8));
}

/// Each distinct token text gets the index of its first appearance, short tokens (found through
/// the table of short words) and long ones alike, in every text of a thread: a short word that
/// an earlier text numbered otherwise takes this text's index.
#[test]
fn words_are_numbered_by_first_appearance_in_every_text() {
    let texts = [
        "The mayor said the plan was fine, and the council agreed.",
        "Agreed, said the council: the mayor's extraordinary plan was fine.",
        "fine fine FINE Fine. A a an the The THE extraordinarily extraordinary",
        "The mayor said the plan was fine, and the council agreed.",
    ];
    for text in texts {
        let seg = segment(text);
        let mut first: Vec<&str> = Vec::new();
        for t in &seg.tokens {
            let w = t.text(text);
            let index = first.iter().position(|&f| f == w).unwrap_or_else(|| {
                first.push(w);
                first.len() - 1
            });
            assert_eq!(t.word() as usize, index, "{w:?} in {text:?}");
        }
        assert_eq!(seg.words.info.len(), first.len());
    }
}

/// A word store starts from what an earlier text of the thread set for its words, by their index
/// in the thread's cache of words, not by their index in the text; the extra entries after the
/// words are never kept.
#[test]
fn word_store_starts_from_what_earlier_texts_set() {
    let first = "Alpha beta gamma";
    let second = "gamma delta alpha beta Alpha";
    let seg = segment(first);
    let store = WordStore::new(&seg.words, Kept::default(), 1, true);
    for (t, value) in seg.tokens.iter().zip([1u32, 2, 3]) {
        assert_eq!(store.get(t.word() as usize), 0, "nothing known yet");
        store.set(t.word() as usize, value);
    }
    store.set(seg.words.info.len(), 99);
    let kept = store.into_kept();
    let seg = segment(second);
    let store = WordStore::new(&seg.words, kept, 1, true);
    let got: Vec<u32> = seg
        .tokens
        .iter()
        .map(|t| store.get(t.word() as usize))
        .collect();
    assert_eq!(got, [3, 0, 0, 2, 1], "gamma, delta, alpha, beta, Alpha");
    assert_eq!(
        store.get(seg.words.info.len()),
        0,
        "the extra entry starts empty"
    );
    // Not adding: the words the kept facts have no room for are not kept.
    let kept = store.into_kept();
    let seg = segment("epsilon zeta gamma");
    let store = WordStore::new(&seg.words, kept, 0, false);
    let words: Vec<usize> = seg.tokens.iter().map(|t| t.word() as usize).collect();
    for &w in &words {
        store.set(w, 7);
    }
    let store = WordStore::new(&seg.words, store.into_kept(), 0, true);
    let got: Vec<u32> = words.iter().map(|&w| store.get(w)).collect();
    assert_eq!(got, [0, 0, 7], "only gamma had room");
}
