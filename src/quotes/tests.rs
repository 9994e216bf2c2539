use super::*;
use crate::segment::segment;

/// The quotations of `text`, as written, marks included.
fn quotes(text: &str) -> Vec<&str> {
    find_quotes(text, &segment(text))
        .iter()
        .map(|q| q.span.text(text))
        .collect()
}

fn inner(text: &str) -> Vec<&str> {
    find_quotes(text, &segment(text))
        .iter()
        .map(|q| q.inner.text(text))
        .collect()
}

#[test]
fn straight_and_curly_double_quotes() {
    assert_eq!(
        quotes(r#""We came," he said. “It ran out,” she said."#),
        [r#""We came,""#, "“It ran out,”"]
    );
}

#[test]
fn split_quote_gives_two_quotations() {
    let text =
        "“We came hoping to make progress,” Barshefsky said today. “The clock has nearly run out.”";
    assert_eq!(
        inner(text),
        [
            "We came hoping to make progress,",
            "The clock has nearly run out."
        ]
    );
}

#[test]
fn quote_running_over_paragraphs_is_continued() {
    let text = "“The first paragraph of the quote.\n\n“The second one,” she said.\n\nAfter.";
    let found = find_quotes(text, &segment(text));
    assert_eq!(found.len(), 2);
    assert!(!found[0].closed);
    assert_eq!(
        found[0].inner.text(text),
        "The first paragraph of the quote."
    );
    assert_eq!(found[1].continues, Some(0));
    assert_eq!(found[1].inner.text(text), "The second one,");
}

#[test]
fn paragraph_left_open_without_a_continuation_is_not_linked() {
    let text = "He said “this runs on\n\nA new paragraph.";
    let found = find_quotes(text, &segment(text));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].inner.text(text), "this runs on");
}

#[test]
fn nested_single_quotes_stay_inside_the_outer_quotation() {
    let text = "“You say you ‘accept responsibility,’ and that is all,” Merkley said.";
    assert_eq!(
        quotes(text),
        ["“You say you ‘accept responsibility,’ and that is all,”"]
    );
    let straight = r#""He called it 'a disgrace,' frankly," she said."#;
    assert_eq!(
        quotes(straight),
        [r#""He called it 'a disgrace,' frankly,""#]
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    for text in [
        "Don't tell Ferreira's coach.",
        "They played rock 'n' roll in the '90s.",
        "It happened in the spring of '19 at the players' club.",
        "The Joneses' house and O’Brien’s car.",
    ] {
        assert_eq!(quotes(text), Vec::<&str>::new(), "{text}");
        // The same words beside a real quotation: that one is found, and only that one.
        for quoted in ["“We won.”", "'We won.'", "‘We won.’"] {
            let with_quote = format!("{text} She said {quoted}");
            assert_eq!(quotes(&with_quote), [quoted], "{with_quote}");
        }
    }
}

#[test]
fn single_quotes_quote_outside_double_quotes() {
    assert_eq!(
        quotes("Warren Hammers CEO: ‘You Should Be Investigated.’"),
        ["‘You Should Be Investigated.’"]
    );
    assert_eq!(quotes("He said 'we will win' and left."), ["'we will win'"]);
}

#[test]
fn inch_marks_are_not_quotes() {
    assert_eq!(
        quotes(r#"He is 6'2" tall and bought a 55" screen."#),
        Vec::<&str>::new()
    );
    assert_eq!(
        quotes(r#"The 6'2" guard said, "We won 2-1." Then he left."#),
        [r#""We won 2-1.""#]
    );
}

#[test]
fn wire_style_doubled_apostrophes_are_double_quotes() {
    let text = "''It has virtue,'' Leonard Burman said. ''It doesn't make it worse.''";
    assert_eq!(inner(text), ["It has virtue,", "It doesn't make it worse."]);
}

#[test]
fn unbalanced_mark_is_recovered_within_its_paragraph() {
    let text = "He said “this never closes.\n\nShe said “this does,” and left.";
    assert_eq!(quotes(text), ["“this never closes.", "“this does,”"]);
    let straight = "He said \"one. Then \"two\" and more.";
    assert_eq!(quotes(straight).len(), 2);
}

#[test]
fn stray_closing_mark_is_ignored() {
    assert_eq!(
        quotes("No quote here” at all. “But here.”"),
        ["“But here.”"]
    );
}

#[test]
fn very_long_quote_is_found_whole() {
    let body = "word ".repeat(20_000);
    let text = format!("“{}” she said.", body.trim_end());
    let found = quotes(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].len(), text.len() - " she said.".len());
}

#[test]
fn quotes_never_overlap_and_are_ordered() {
    let text = "“a” 'b' \"c\" ‘d’ “e “f” g” \"h";
    let found = find_quotes(text, &segment(text));
    assert!(found.len() >= 4, "{found:?}");
    assert_eq!(found[0].span.text(text), "“a”");
    for pair in found.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start, "{found:?}");
    }
}

#[test]
fn quote_opening_after_a_colon_or_dash() {
    assert_eq!(
        inner("Barshefsky said:\"The clock ran out.\""),
        ["The clock ran out."]
    );
    assert_eq!(inner("The answer—\"no\"—was clear."), ["no"]);
}

#[test]
fn closing_mark_after_a_nested_quote_and_a_space() {
    let text = "\"They shouldn't vote for the name of 'Clinton,' \" said Bree Maxwell. \"But they listen.\"";
    assert_eq!(quotes(text).len(), 2);
    assert!(quotes(text)[0].ends_with("' \""));
}

#[test]
fn straight_marks_between_letters_pair_by_balance() {
    // A straight mark with no space on either side could open or close: the first opens, the
    // next closes (copy that lost its spaces). Pairing them the other way round finds nothing.
    assert_eq!(
        quotes(r#"Barshefsky said."We came to work."Then she left."#),
        [r#""We came to work.""#]
    );
    assert_eq!(quotes(r#"The sign read"closed"today."#), [r#""closed""#]);
    assert_eq!(inner(r#"He said"yes"and "no" twice."#), ["yes", "no"]);
}

#[test]
fn straight_marks_open_after_a_space_and_close_before_one() {
    // Each mark's side from its neighbours: a closer never opens a quotation.
    assert_eq!(
        quotes(r#"The word "no" and the word "yes" were heard."#),
        [r#""no""#, r#""yes""#]
    );
    let found = find_quotes(r#""We came," he said."#, &segment(r#""We came," he said."#));
    assert_eq!(found.len(), 1);
    assert!(found[0].closed);
}

#[test]
fn a_quotation_opening_the_next_paragraph_continues_the_open_one() {
    let text = "She said “this runs on\n\n“and ends here,” she said.";
    let found = find_quotes(text, &segment(text));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(!found[0].closed);
    assert_eq!(found[1].continues, Some(0));
}

#[test]
fn a_quotation_inside_the_next_paragraph_is_a_new_one() {
    // The open quotation is not continued by a quotation that does not open the paragraph.
    let text = "She said “this runs on\n\nThe council called it “a waste of money,” and left.";
    let found = find_quotes(text, &segment(text));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(!found[0].closed);
    assert_eq!(found[1].inner.text(text), "a waste of money,");
    assert_eq!(found[1].continues, None);
}

#[test]
fn inner_text_drops_marks_and_white_space() {
    assert_eq!(inner("''We came,'' he said."), ["We came,"]);
    assert_eq!(inner("He said: “ We came ” and left."), ["We came"]);
    assert_eq!(inner("“Ça va,” dit-elle."), ["Ça va,"]);
}

#[test]
fn backtick_and_apostrophe_pairs_are_double_marks() {
    assert_eq!(quotes("``We came,'' he said."), ["``We came,''"]);
    assert_eq!(inner("``We came,'' he said."), ["We came,"]);
}

#[test]
fn an_inch_mark_neither_opens_nor_closes() {
    assert_eq!(
        quotes(r#"He is 6'2" tall. "A giant," she said."#),
        [r#""A giant,""#]
    );
}

#[test]
fn elisions_and_marks_between_punctuation() {
    assert_eq!(
        quotes("He loved rock 'n' roll. 'It was loud,' he said."),
        ["'It was loud,'"]
    );
    assert_eq!(
        quotes(r#"She said: "'Tis the season," and smiled."#),
        [r#""'Tis the season,""#]
    );
    assert_eq!(
        quotes("Fans chanted ('Go home!') as they left."),
        ["'Go home!'"]
    );
}

// ---- Mutation testing (issue 15): how marks.rs reads a straight mark beside punctuation or a
// space, single marks and elisions, and inch marks inside a quotation. Each case is a text where
// the rule, changed, gives another quotation than the one a reader sees.

#[test]
fn a_closing_mark_after_a_stray_space_still_closes() {
    // ` ",`: white space before, punctuation after; it closes the open quotation.
    assert_eq!(
        quotes(r#""We won ", he said, "and we will win again.""#),
        [r#""We won ""#, r#""and we will win again.""#]
    );
    // The same with an opener after a colon and a space (`:" We`).
    assert_eq!(
        inner(r#"He said:" We came to work," and left."#),
        ["We came to work,"]
    );
}

#[test]
fn a_straight_mark_alone_between_spaces_does_not_end_a_quotation() {
    let text = r#""Nobody writes " like that," she said."#;
    assert_eq!(quotes(text), [r#""Nobody writes " like that,""#]);
}

#[test]
fn a_mark_after_opening_punctuation_opens_even_inside_an_unclosed_quotation() {
    // The first quotation is never closed: the mark after the colon opens a new one rather than
    // closing the first.
    for text in [
        r#"He said "one. The sign read:"closed" all day."#,
        r#"He said "one. The sign ("closed") hung there."#,
    ] {
        let found = quotes(text);
        assert_eq!(found.len(), 2, "{text}: {found:?}");
        assert_eq!(found[1], r#""closed""#, "{text}");
    }
}

#[test]
fn a_closer_whose_opener_was_lost_does_not_open() {
    // British style, the comma outside: `won",` closes; with no quotation open it is a stray.
    assert_eq!(
        quotes(r#"We won", he said, "and we will win again"."#),
        [r#""and we will win again""#]
    );
    assert_eq!(
        quotes(r#"We won," he said. "And we will win again.""#),
        [r#""And we will win again.""#]
    );
}

#[test]
fn an_elision_inside_a_single_quoted_quotation_does_not_open_another() {
    assert_eq!(quotes("'Go get 'em,' the coach said."), ["'Go get 'em,'"]);
    assert_eq!(
        quotes("'Rock 'n' roll is here to stay,' he said."),
        ["'Rock 'n' roll is here to stay,'"]
    );
}

#[test]
fn a_curly_apostrophe_before_a_word_does_not_open() {
    // `’Bama` shortens a word; it would otherwise pair with the plural possessive `players’`.
    let text = "Fans of ’Bama cheered, the players’ coach said.";
    assert_eq!(quotes(text), Vec::<&str>::new());
    let with_quote = format!("{text} She said ‘We won.’");
    assert_eq!(quotes(&with_quote), ["‘We won.’"]);
}

#[test]
fn a_single_quoted_letter_is_a_quotation() {
    assert_eq!(quotes("The inspectors gave it an 'A' rating."), ["'A'"]);
}

#[test]
fn a_single_mark_alone_between_spaces_neither_opens_nor_closes() {
    assert_eq!(
        quotes("'Rock ' n ' roll is here to stay,' he said."),
        ["'Rock ' n ' roll is here to stay,'"]
    );
}

#[test]
fn a_single_quoted_quotation_ending_in_an_inch_mark() {
    // `2"` is an inch mark; the `'` after it closes the headline quotation.
    assert_eq!(
        quotes(r#"Scout on the rookie: 'He is 6'2"' and growing."#),
        [r#"'He is 6'2"'"#]
    );
}

#[test]
fn inch_marks_inside_a_quotation_do_not_close_it() {
    assert_eq!(
        quotes(r#""He is 6'2" and still growing," the coach said."#),
        [r#""He is 6'2" and still growing,""#]
    );
    assert_eq!(
        quotes(r#""I bought a 55" screen," he said."#),
        [r#""I bought a 55" screen,""#]
    );
    // A multi-byte character before the number.
    assert_eq!(
        quotes(r#"Sony’s 55" screen is sharp, "and cheap," he said."#),
        [r#""and cheap,""#]
    );
}

#[test]
fn a_unit_word_after_a_mark_without_a_number_is_a_quotation() {
    assert_eq!(
        quotes(r#"The coach called the race "wide open" after the vote."#),
        [r#""wide open""#]
    );
}

#[test]
fn a_lone_backtick_is_not_a_quotation_mark() {
    // Only a doubled backtick opens (``…''); a single one is a mistyped apostrophe.
    let text = "He said it wasn`t over.";
    assert_eq!(quotes(text), Vec::<&str>::new());
    let with_quote = format!("{text} \"We won,\" she said.");
    assert_eq!(quotes(&with_quote), [r#""We won,""#]);
}

#[test]
fn a_single_opener_closed_by_a_stray_double_mark() {
    // Mismatched marks in hurried copy: the quotation a reader sees is found.
    assert_eq!(quotes("'We won,\" she said."), ["'We won,\""]);
    assert_eq!(inner("'We won,” she said."), ["We won,"]);
    // A double mark inside a double-quoted quotation still closes only that one.
    assert_eq!(
        quotes("\"It's 'ours,\" he said. 'Yes.'"),
        ["\"It's 'ours,\"", "'Yes.'"]
    );
}

#[test]
fn doubled_apostrophes_alone_after_a_nested_quote_close() {
    // Wire copy with '' for its double marks: a nested title ends the quotation, then a spaced
    // '' closes it, as a spaced " does.
    let text = "''I never liked the name 'Lakeview Towers,' '' the tenant said. ''We left.''";
    assert_eq!(
        quotes(text),
        [
            "''I never liked the name 'Lakeview Towers,' ''",
            "''We left.''"
        ]
    );
}

#[test]
fn a_single_quoted_quotation_runs_over_paragraphs() {
    // British house style: the open quotation's paragraph has no closing mark, the next one
    // opens with a single mark.
    let text = "Doyle said: 'We were poor for an hour. The last half hour showed who we are.\n\n\
                'I told them to enjoy it, and they did.'";
    let found = find_quotes(text, &segment(text));
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].span.text(text).starts_with("'We were poor"));
    assert!(!found[0].closed);
    assert_eq!(
        found[1].span.text(text),
        "'I told them to enjoy it, and they did.'"
    );
    assert_eq!(found[1].continues, Some(0));
    // With no single mark opening the next paragraph, a lone opener stays an apostrophe.
    let text = "The 'burbs were quiet that year.\n\nNobody moved in.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn a_double_quotation_inside_a_single_quoted_one_is_part_of_it() {
    // British house style: double marks inside single ones.
    let text = "'I told them at half-time, \"Go out and enjoy it,\" and they did,' he said.";
    assert_eq!(
        quotes(text),
        ["'I told them at half-time, \"Go out and enjoy it,\" and they did,'"]
    );
    // The American nesting still gives the outer double quotation.
    let text = "\"I told them at half-time, 'Go out and enjoy it,' and they did,\" he said.";
    assert_eq!(
        quotes(text),
        ["\"I told them at half-time, 'Go out and enjoy it,' and they did,\""]
    );
}

#[test]
fn a_single_quoted_quotation_right_before_a_double_quoted_one_stays() {
    // The double quotation starts at the byte after the single one ends: beside it, not inside.
    let text = "He wrote 'never again'\"said the sign\" on the door.";
    assert_eq!(quotes(text), ["'never again'", "\"said the sign\""]);
}

#[test]
fn a_plural_possessive_inside_a_single_quoted_quotation_does_not_close_it() {
    let text = "'It's the students' union that runs it,' she said.";
    assert_eq!(inner(text), ["It's the students' union that runs it,"]);
    let text = "‘It’s been 20 years’ work,’ said Prof Ann Reid.";
    assert_eq!(inner(text), ["It’s been 20 years’ work,"]);
    // Another quotation's opener after the word: the mark closes the first ("madness").
    let text = "He called it 'madness' and 'chaos' on Monday.";
    assert_eq!(inner(text), ["madness", "chaos"]);
    // No closer after it: the mark closes the quotation, as before.
    let text = "The plan was 'in tatters' according to him.";
    assert_eq!(inner(text), ["in tatters"]);
}
