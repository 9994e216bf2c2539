use crate::analysis::{QuoteKind, SpeakerKind};
use crate::{analyze, Options};

/// (quote text, kind, speaker name) for every quotation of `text`.
fn attributed(text: &str) -> Vec<(String, QuoteKind, Option<String>)> {
    let analysis = analyze(text, &Options::default());
    analysis
        .quotes
        .iter()
        .map(|q| {
            (
                q.span.text(text).to_string(),
                q.kind,
                q.speaker.as_ref().map(|s| s.name.clone()),
            )
        })
        .collect()
}

fn speaker_of(text: &str, quote: &str) -> Option<String> {
    attributed(text)
        .into_iter()
        .find(|(t, _, _)| t.contains(quote))
        .and_then(|(_, _, s)| s)
}

fn kind_of(text: &str, quote: &str) -> QuoteKind {
    attributed(text)
        .into_iter()
        .find(|(t, _, _)| t.contains(quote))
        .map(|(_, k, _)| k)
        .expect("quote found")
}

#[test]
fn quote_then_pronoun_or_description_said() {
    assert_eq!(
        speaker_of("“We came,” the source said.", "We came").as_deref(),
        Some("the source")
    );
    assert_eq!(
        kind_of("“We came,” the source said.", "We came"),
        QuoteKind::Direct
    );
}

#[test]
fn quote_then_said_and_speaker() {
    assert_eq!(
        speaker_of(
            "“We came,” said the spokeswoman for the commission.",
            "We came"
        )
        .as_deref(),
        Some("the spokeswoman for the commission")
    );
}

#[test]
fn speaker_with_colon_before_quote() {
    assert_eq!(
        speaker_of(
            "The source said: “We came hoping to make progress.”",
            "We came"
        )
        .as_deref(),
        Some("The source")
    );
    assert_eq!(
        kind_of(
            "The source said: “We came hoping to make progress.”",
            "We came"
        ),
        QuoteKind::Direct
    );
}

#[test]
fn partial_quote_inside_reported_clause() {
    let text = "One source said there was an “enormous” debate on the subject.";
    assert_eq!(kind_of(text, "enormous"), QuoteKind::Partial);
    assert_eq!(speaker_of(text, "enormous").as_deref(), Some("One source"));
}

#[test]
fn according_to_frames_a_quote() {
    let text = "According to the source, “the clock has nearly run out.”";
    assert_eq!(speaker_of(text, "clock").as_deref(), Some("the source"));
}

#[test]
fn according_to_stops_before_the_next_clause_and_keeps_a_closed_appositive() {
    let speaker_text = |text: &str| {
        let analysis = analyze(text, &Options::default());
        let q = analysis.quotes.first().expect("the quote is found");
        q.speaker.as_ref().map(|s| s.span.text(text).to_string())
    };
    // "emissions" is the subject of the next clause, not an appositive of "the report".
    assert_eq!(
        speaker_text("According to the report, emissions were “falling fast.”").as_deref(),
        Some("the report")
    );
    assert_eq!(
        speaker_text("According to Dana Ortiz, an economist at the bank, hiring was “cautious.”")
            .as_deref(),
        Some("Dana Ortiz, an economist at the bank")
    );
}

#[test]
fn a_partitive_group_with_its_participle_is_the_speaker() {
    let text = "A third of voters surveyed said the economy was \"terrible.\"";
    let analysis = analyze(text, &Options::default());
    let q = analysis.quotes.first().expect("the quote is found");
    assert_eq!(q.kind, QuoteKind::Partial);
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.span.text(text), "A third of voters surveyed");
    assert_eq!(speaker.kind, crate::analysis::SpeakerKind::Group);
}

#[test]
fn question_asked_by() {
    let text = "“Why now?” asked the minister.";
    assert_eq!(speaker_of(text, "Why now").as_deref(), Some("the minister"));
}

#[test]
fn dash_attribution() {
    let text = "“Nothing lasts forever.” — the poet";
    assert_eq!(
        speaker_of(text, "Nothing lasts").as_deref(),
        Some("the poet")
    );
}

#[test]
fn split_quote_shares_the_speaker() {
    let text = "“We came,” the source said. “The clock has nearly run out.”";
    assert_eq!(speaker_of(text, "clock").as_deref(), Some("the source"));
}

#[test]
fn bare_quote_paragraph_continues_the_last_speaker() {
    let text = "“We came,” the source said.\n\n“The clock has nearly run out.”";
    assert_eq!(speaker_of(text, "clock").as_deref(), Some("the source"));
}

#[test]
fn speaker_introduced_before_a_quote_paragraph() {
    let text = "The doctor at the hospital said:\n\n“Nobody was hurt in the fire.”";
    assert_eq!(
        speaker_of(text, "Nobody").as_deref(),
        Some("The doctor at the hospital")
    );
}

#[test]
fn title_in_quotes_is_other() {
    let text = "She starred in “The Long Goodbye” last year.";
    assert_eq!(kind_of(text, "Long Goodbye"), QuoteKind::Other);
    assert_eq!(speaker_of(text, "Long Goodbye"), None);
}

#[test]
fn scare_quote_without_cue_is_other() {
    assert_eq!(
        kind_of("The so-called “reform” passed on Monday.", "reform"),
        QuoteKind::Other
    );
}

#[test]
fn unnamed_sources_are_marked() {
    let analysis = analyze("“We came,” a source said.", &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("speaker");
    assert!(!speaker.named);
}

/// House styles that drop the comma inside the closing mark, and the full stop: the speaker after
/// the quotation is still its own, not the previous quotation's.
#[test]
fn a_quotation_without_its_comma_before_said_has_the_speaker_after_it() {
    let text = "'I have no regrets,' the 61-year-old told reporters.\n\n\
                \"We are looking at all options\" said a spokesman for the trust\n\n\
                The hearing ends on Friday.";
    assert_eq!(
        speaker_of(text, "We are looking at all options").as_deref(),
        Some("a spokesman for the trust")
    );
    // One word before a verb is the writer's sentence going on.
    let text = "Ann Lee spoke first. \"Reckless\" suggests more than a mistake.";
    assert_eq!(kind_of(text, "Reckless"), QuoteKind::Other);
}

/// A poll's share written with a pronoun ("most of those asked", "two of them polled") is the
/// subject of the cue and a group, not the noun phrase of the reported clause.
#[test]
fn a_share_of_those_polled_is_the_speaker_group() {
    for (text, subject) in [
        (
            "Most of those asked said the levy was \"a total failure.\"",
            "Most of those asked",
        ),
        (
            "Two of them polled said the levy was \"a total failure.\"",
            "Two of them polled",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.span.text(text), subject);
        assert_eq!(speaker.kind, SpeakerKind::Group, "{text}");
    }
}

#[test]
fn indirect_speech_with_that() {
    let text = "Officials said that the talks would resume on Monday.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect");
    assert_eq!(q.span.text(text), "the talks would resume on Monday");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.span.text(text)),
        Some("Officials")
    );
    assert_eq!(q.cue.map(|c| c.text(text)), Some("said"));
}

#[test]
fn indirect_speech_after_the_setting_of_the_cue() {
    // "said in a statement on Friday that CLAUSE": the clause starts after "that".
    let found =
        indirect("The mayor said in a statement on Friday that the bridge would reopen soon.");
    assert_eq!(
        found,
        [(
            "the bridge would reopen soon".to_string(),
            Some("The mayor".to_string()),
            Some("said".to_string())
        )]
    );
}

#[test]
fn indirect_speech_clause_first() {
    let text = "The talks would resume on Monday, officials said.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect");
    assert_eq!(q.span.text(text), "The talks would resume on Monday");
}

/// A speech verb's spelling read as the object of the verb before it ("take charge", "made
/// claims") is no cue: the clause is reported by the cue at the sentence's end.
#[test]
fn a_speech_noun_after_a_verb_is_its_object_and_no_cue() {
    for (text, clause) in [
        (
            "Coach Sam Vale will take charge for the trip to Derry, the club said.",
            "Coach Sam Vale will take charge for the trip to Derry",
        ),
        (
            "The mayor made claims about the budget at the meeting, aides said.",
            "The mayor made claims about the budget at the meeting",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, clause, "{text}");
        assert_eq!(found[0].2.as_deref(), Some("said"), "{text}");
    }
}

/// A speech verb with no subject of its own inside the clause ("admitted" in "to be admitted")
/// is no cue: the sentence's real cue comes later.
#[test]
fn indirect_speech_past_a_cue_word_without_a_subject() {
    let found =
        indirect("Patients who took the pill were less likely to be admitted, the firm said.");
    assert_eq!(
        found,
        [(
            "Patients who took the pill were less likely to be admitted".to_string(),
            Some("the firm".to_string()),
            Some("said".to_string())
        )]
    );
}

/// A setting after the cue is no reported clause: a prepositional phrase without a finite verb.
/// After one, "that" opens the clause, unless it is a relative pronoun before its verb.
#[test]
fn a_setting_is_not_indirect_speech() {
    assert_eq!(
        indirect("Anna Lee reported from the flooded harbour town of Porthaven."),
        []
    );
    assert_eq!(
        indirect("Anna Lee reported from the harbour that the port had reopened."),
        [(
            "the port had reopened".to_string(),
            Some("Anna Lee".to_string()),
            Some("reported".to_string())
        )]
    );
    let found = indirect("Anna Lee warned of floods that would close the port.");
    assert!(
        found.iter().all(|(c, _, _)| c != "would close the port"),
        "{found:?}"
    );
}

/// A speech verb's spelling used as a noun ("state", "report", "remarks") is no cue.
#[test]
fn a_speech_verb_used_as_a_noun_is_no_cue() {
    let text = "Ann Lee topped the poll in Ohio, having just won in her home state of Iowa.";
    assert_eq!(indirect(text), []);
    assert_eq!(
        indirect("Ann Lee writes that the port had reopened."),
        [(
            "the port had reopened".to_string(),
            Some("Ann Lee".to_string()),
            Some("writes".to_string())
        )]
    );
}

#[test]
fn indirect_speech_according_to() {
    let text = "According to the ministry, the talks would resume on Monday.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect");
    assert_eq!(q.span.text(text), "the talks would resume on Monday");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.span.text(text)),
        Some("the ministry")
    );
}

#[test]
fn no_quotes_no_attribution() {
    assert!(
        analyze("The talks resumed this afternoon.", &Options::default())
            .quotes
            .is_empty()
    );
    // The same words quoted are found.
    let quoted = attributed("“The talks resumed this afternoon,” she said.");
    assert_eq!(quoted.len(), 1, "{quoted:?}");
    assert_eq!(quoted[0].1, QuoteKind::Direct);
}

#[test]
fn cue_closing_the_sentence_after_a_partial_quote() {
    let text = "“I have admiration for the mechanics” of the proposals, the economist said.";
    assert_eq!(
        speaker_of(text, "admiration").as_deref(),
        Some("the economist")
    );
}

#[test]
fn nested_quote_closing_before_the_cue() {
    let text = "“You say you ‘accept responsibility,’” the senator said.";
    assert_eq!(speaker_of(text, "accept").as_deref(), Some("the senator"));
}

#[test]
fn frames_never_reach_into_the_next_paragraph() {
    let text = "“We came,” the source said. “It ended.”\n\n“Another,” the official said.";
    assert_eq!(speaker_of(text, "It ended").as_deref(), Some("the source"));
}

#[test]
fn writer_clause_after_a_quote_is_not_its_frame() {
    let text = "The officer gave “absolute evidence,” but the chief said nothing.";
    // Found, and not made direct speech by the cue after it (other and partial are defensible).
    assert!(matches!(
        kind_of(text, "absolute evidence"),
        QuoteKind::Other | QuoteKind::Partial
    ));
    assert_ne!(
        speaker_of(text, "absolute evidence").as_deref(),
        Some("the chief")
    );
}

#[test]
fn pronoun_resolves_to_the_person_the_previous_sentence_is_about() {
    let text = "“We lost,” coach Robert Miller said.\n\nHarry Kane won the award. He said, “It felt good out there.”";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("felt good"))
        .expect("quote");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Harry Kane")
    );
}

#[test]
fn she_said_resolves_to_the_person_named_by_title() {
    let text = "Foreign Ministry spokeswoman Zhang Qiyue told reporters that China would join. “It is needed,” she said.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("needed"))
        .expect("quote");
    let speaker = q.speaker.as_ref().expect("speaker");
    assert_eq!(speaker.span.text(text), "she");
    assert_eq!(speaker.name, "Zhang Qiyue");
    assert!(speaker.named && speaker.entity.is_some());
}

#[test]
fn bare_quote_after_a_sentence_about_someone() {
    let text =
        "Senator John Cornyn issued a statement on Monday. “Like many Texans, I am disappointed.”";
    assert_eq!(speaker_of(text, "Texans").as_deref(), Some("John Cornyn"));
}

#[test]
fn the_source_is_the_one_source_named_before() {
    let text = "One source said there was an “enormous” debate. “We don't know,” the source said.";
    assert_eq!(
        speaker_of(text, "We don't know").as_deref(),
        Some("One source")
    );
}

#[test]
fn an_infinitive_after_a_speech_verb_is_not_indirect_speech() {
    let text =
        "If senior officials agree to launch new global trade talks, the rules would change.";
    let analysis = analyze(text, &Options::default());
    assert!(analysis
        .quotes
        .iter()
        .all(|q| q.kind != QuoteKind::Indirect));
    // With a that-less clause after the verb instead, it is indirect speech.
    let said = "Senior officials said the rules would change.";
    let analysis = analyze(said, &Options::default());
    assert!(
        analysis
            .quotes
            .iter()
            .any(|q| q.kind == QuoteKind::Indirect && q.span.text(said) == "the rules would change"),
        "{:?}",
        analysis.quotes
    );
}

#[test]
fn documents_and_bodies_speak() {
    assert_eq!(
        speaker_of("The letter continues: “Please explain it.”", "Please").as_deref(),
        Some("The letter")
    );
    assert_eq!(
        speaker_of("That, the commission said, “would be helpful.”", "helpful").as_deref(),
        Some("the commission")
    );
}

#[test]
fn signature_line_after_a_quote_paragraph() {
    let text = "“I helped write that bill.”\n\n— Sanders.\n\nSanders exaggerates.";
    assert_eq!(speaker_of(text, "helped write").as_deref(), Some("Sanders"));
}

#[test]
fn a_speakers_home_town_stays_with_the_name() {
    let text = "“Some sort of amnesty,” said undecided voter Stephanie Hooton of Derry, N.H., before the event.";
    let analysis = analyze(text, &Options::default());
    let s = analysis.quotes[0].speaker.as_ref().expect("speaker");
    assert!(
        s.span.text(text).contains("Hooton of Derry"),
        "{}",
        s.span.text(text)
    );
}

#[test]
fn a_verb_does_not_open_a_subject() {
    let text = "Rudy Giuliani, who backs Trump, trashed Comey on television, calling it a “no-brainer” to prosecute.";
    assert_eq!(kind_of(text, "no-brainer"), QuoteKind::Partial);
    assert_ne!(
        speaker_of(text, "no-brainer").as_deref(),
        Some("James Comey")
    );
    assert_ne!(speaker_of(text, "no-brainer").as_deref(), Some("Comey"));
}

#[test]
fn the_main_clause_speaks_over_a_description_with_a_cue() {
    let text = "Clinton spoke on Friday. She says the early-morning tweets accusing Machado are “lies and conspiracy theories.”";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("lies"))
        .expect("quote");
    assert_eq!(q.speaker.as_ref().map(|s| s.span.text(text)), Some("She"));
}

#[test]
fn a_fragment_takes_the_cue_before_it() {
    let text = "She had been hospitalized after what she called a “rant,” a series of postings that included one saying he should go.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("rant"))
        .expect("quote");
    assert_eq!(q.speaker.as_ref().map(|s| s.span.text(text)), Some("she"));
}

#[test]
fn named_titles_and_web_handles_are_other() {
    assert_eq!(
        kind_of(
            "The 30-second spot, titled “Arrogant,” ran on Monday.",
            "Arrogant"
        ),
        QuoteKind::Other
    );
    assert_eq!(
        kind_of(
            "She posted it, said “pic.twitter.com/x1” later.",
            "pic.twitter"
        ),
        QuoteKind::Other
    );
}

#[test]
fn an_object_after_a_transitive_cue_is_not_the_speaker() {
    let text = "Trump took to Twitter to accuse Clinton's campaign of being “duped” by a rival.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("duped"))
        .expect("quote");
    // Trump said it; the object of "accuse" ("Clinton's campaign") never speaks. With no
    // subject found for the cue, no speaker (a scare quote, other) beats the object.
    assert_ne!(q.kind, QuoteKind::Direct);
    assert!(
        q.speaker
            .as_ref()
            .is_none_or(|s| !s.name.contains("Clinton")),
        "{:?}",
        q.speaker
    );
}

#[test]
fn a_cue_word_after_a_nationality_is_a_noun() {
    let text = "PolitiFact rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.";
    let analysis = analyze(text, &Options::default());
    // Both rating labels are found: labels, or the rater's words, never speech of "Democratic".
    assert_eq!(analysis.quotes.len(), 2, "{:?}", analysis.quotes);
    for label in ["false", "pants on fire"] {
        let kind = kind_of(text, label);
        assert!(
            matches!(kind, QuoteKind::Other | QuoteKind::Partial),
            "{label}: {kind:?}"
        );
        if kind == QuoteKind::Partial {
            assert_eq!(speaker_of(text, label).as_deref(), Some("PolitiFact"));
        }
    }
    for q in &analysis.quotes {
        assert_ne!(
            q.speaker.as_ref().map(|s| s.span.text(text)),
            Some("Democratic")
        );
    }
}

#[test]
fn a_document_opening_a_sentence_speaks_after_a_colon() {
    let text = "The piece used one of the woman’s quotes as its headline: “Finally. Someone who thinks like me.”";
    assert_eq!(speaker_of(text, "Finally").as_deref(), Some("The piece"));
}

#[test]
fn she_prefers_the_last_speaker_to_the_most_recent_woman() {
    // Mary Johnson spoke last; Susan Clark is named since, but not as the subject of the
    // sentence before: "she" is the last speaker.
    let text = "“We will rebuild the school,” said Mary Johnson, the mayor.\n\n\
                The council approved a plan drawn up by Susan Clark last year. The vote was close.\n\n\
                “It is a good day for the town,” she said.";
    assert_eq!(kind_of(text, "good day"), QuoteKind::Direct);
    assert_eq!(
        speaker_of(text, "good day").as_deref(),
        Some("Mary Johnson")
    );
}

#[test]
fn she_takes_the_most_recent_woman_when_the_last_speaker_is_a_man() {
    let text = "“We will rebuild the school,” said John Miller, the mayor.\n\n\
                The council approved a plan drawn up by Susan Clark last year. The vote was close.\n\n\
                “It is a good day for the town,” she said.";
    assert_eq!(kind_of(text, "good day"), QuoteKind::Direct);
    assert_eq!(speaker_of(text, "good day").as_deref(), Some("Susan Clark"));
}

#[test]
fn a_quotation_running_into_the_next_paragraph_keeps_its_speaker() {
    // The second quotation is left open at the paragraph's end; the next paragraph opens with a
    // mark and no attribution: the same speaker goes on.
    let text = "“We will rebuild the school,” said Mary Johnson. “It will take time and money.\n\n\
                “But we will do it, whatever the cost.”\n\nThe council met later.";
    let found = attributed(text);
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(kind_of(text, "whatever the cost"), QuoteKind::Direct);
    assert_eq!(
        speaker_of(text, "whatever the cost").as_deref(),
        Some("Mary Johnson")
    );
}

#[test]
fn a_new_quotation_in_the_next_paragraph_does_not_continue_an_open_one() {
    // The first quotation is never closed; the next paragraph's quotation, in the middle of the
    // writer's sentence, is a fragment of its own, not Mary Johnson's words going on.
    let text = "Mary Johnson said “this plan runs on\n\n\
                The council met on Monday. Its members called it “a waste of money,” and left.";
    assert!(matches!(
        kind_of(text, "this plan"),
        QuoteKind::Direct | QuoteKind::Partial
    ));
    assert_eq!(kind_of(text, "waste of money"), QuoteKind::Partial);
    assert_ne!(
        speaker_of(text, "waste of money").as_deref(),
        Some("Mary Johnson")
    );
}

/// The name a quotation's speaker resolves to.
fn resolved_name(text: &str, quote: &str) -> Option<String> {
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains(quote))
        .expect("the quotation is found");
    q.speaker.as_ref().map(|s| s.name.clone())
}

#[test]
fn the_company_points_back_to_the_company_named_before() {
    let text = "Kestrel Foods Ltd. reported a loss. \"Demand collapsed,\" the company said.";
    assert_eq!(
        resolved_name(text, "Demand").as_deref(),
        Some("Kestrel Foods Ltd.")
    );
}

#[test]
fn the_company_does_not_point_back_to_a_public_body() {
    let text =
        "The Ministry of Finance published the figures. \"Demand collapsed,\" the company said.";
    assert_eq!(
        resolved_name(text, "Demand").as_deref(),
        Some("the company")
    );
}

#[test]
fn the_club_is_the_one_the_sentence_before_is_about() {
    // The club named last is the object of the sentence's verb; the one before the verb is
    // what the sentence is about.
    let text = "Millbrook Town beat Kettleby Rovers 2-0 on Saturday. The club said the result \
                was \"a huge relief for everyone.\"";
    assert_eq!(
        resolved_name(text, "huge relief").as_deref(),
        Some("Millbrook Town")
    );
    let text = "Kettleby Rovers lost 2-0 to Millbrook Town on Saturday. The club said the result \
                was \"a huge disappointment.\"";
    assert_eq!(
        resolved_name(text, "huge disappointment").as_deref(),
        Some("Kettleby Rovers")
    );
    // Two clubs named together: the last one named.
    let text = "Millbrook Town and Kettleby Rovers drew 1-1 on Saturday. The club said the \
                result was \"fair.\"";
    assert_eq!(
        resolved_name(text, "fair").as_deref(),
        Some("Kettleby Rovers")
    );
    // With no company before the verb, the last one named.
    let text = "On Saturday 5,000 fans cheered Millbrook Town FC. The club said the day was \
                \"unforgettable.\"";
    assert_eq!(
        resolved_name(text, "unforgettable").as_deref(),
        Some("Millbrook Town FC")
    );
}

#[test]
fn a_name_in_a_group_s_tail_is_not_the_speaker_s_name() {
    // The poll's publisher and the rover's agency do not speak for the group.
    let text =
        "One in four voters in a new Harbor Post poll said the council was \"out of touch.\"";
    assert_eq!(
        resolved_name(text, "out of touch").as_deref(),
        Some("One in four voters in a new Harbor Post poll")
    );
    let text = "Scientists studying images from NASA's Perseverance rover said the rock was \
                \"unlike anything seen on Earth.\"";
    assert_eq!(
        resolved_name(text, "unlike anything").as_deref(),
        Some("Scientists studying images from NASA's Perseverance rover")
    );
    // People who speak for a body keep its name.
    let text = "Lawyers representing Kestrel Foods Ltd. said the claim was \"without merit.\"";
    assert_eq!(
        resolved_name(text, "without merit").as_deref(),
        Some("Kestrel Foods Ltd.")
    );
}

#[test]
fn the_club_does_not_point_back_to_a_competition() {
    let text = "Harlow Rovers reached the League Cup final. \"We can win it,\" the club said.";
    assert_eq!(
        resolved_name(text, "win it").as_deref(),
        Some("Harlow Rovers")
    );
    let text = "Harlow Rovers won the FA Cup. \"We were brilliant,\" the club said.";
    assert_eq!(
        resolved_name(text, "brilliant").as_deref(),
        Some("Harlow Rovers")
    );
}

#[test]
fn a_role_given_by_an_appositive_points_back() {
    let after = "Lena Holt, an assistant district attorney, filed the charges. \"We will proceed,\" the attorney said.";
    assert_eq!(
        resolved_name(after, "proceed").as_deref(),
        Some("Lena Holt")
    );
    let before = "An assistant district attorney, Mark Rivas, spoke later. \"It is over,\" the attorney said.";
    assert_eq!(resolved_name(before, "over").as_deref(), Some("Mark Rivas"));
}

#[test]
fn a_description_without_an_antecedent_stays_unnamed() {
    let text = "\"Talks stalled,\" a person familiar with the talks said.";
    let analysis = analyze(text, &Options::default());
    let s = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(s.span.text(text), "a person familiar with the talks");
    assert!(!s.named);
}

#[test]
fn a_title_points_back_to_its_person() {
    let text =
        "Transport Minister Ana Varga announced cuts. \"We have no choice,\" the minister said.";
    assert_eq!(
        resolved_name(text, "no choice").as_deref(),
        Some("Ana Varga")
    );
}

// Tests added for mutants of src/attribution that no test caught (cargo-mutants, a 1/16 sample;
// README "Mutation testing"). Each asserts what a reader of the output sees.

/// What the output says about one quotation: its text, kind, speaker (as written, as resolved,
/// its kind) and cue, as written.
#[derive(Debug)]
struct Seen {
    kind: QuoteKind,
    speaker: Option<String>,
    name: Option<String>,
    speaker_kind: Option<crate::analysis::SpeakerKind>,
    cue: Option<String>,
}

/// The quotation of `text` whose text contains `quote` (it must be found).
fn seen(text: &str, quote: &str) -> Seen {
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains(quote))
        .unwrap_or_else(|| panic!("{quote:?} not found in {:?}", analysis.quotes));
    Seen {
        kind: q.kind,
        speaker: q.speaker.as_ref().map(|s| s.span.text(text).to_string()),
        name: q.speaker.as_ref().map(|s| s.name.clone()),
        speaker_kind: q.speaker.as_ref().map(|s| s.kind),
        cue: q.cue.map(|c| c.text(text).to_string()),
    }
}

#[test]
fn a_reporting_noun_after_a_possessive_is_no_cue() {
    // "Ann Marsh’s reports said": "reports" is a noun (the subject), "said" the cue; the
    // speaker is the reports, a document.
    let s = seen(
        "“The bridge is safe,” Ann Marsh’s reports said.",
        "bridge is safe",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.cue.as_deref(), Some("said"));
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh’s reports"));
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Document));
    // With no speech verb at all, the fragment has no cue, and certainly not "claims".
    let s = seen("Ann Marsh’s claims about the “deal” were wrong.", "deal");
    assert_ne!(s.cue.as_deref(), Some("claims"), "{s:?}");
}

#[test]
fn a_short_quotation_after_said_and_a_colon_is_direct_speech() {
    // Two words, no closing mark: still speech, because "The coach said:" frames it.
    let s = seen("The coach said: “Not today”", "Not today");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("The coach"));
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn according_to_its_own_analysis_names_no_new_source() {
    // "according to its own analysis" inside what Ann Marsh said: she is the speaker, through
    // "said".
    let s = seen(
        "Ann Marsh said that, according to its own analysis, the plan was “a triumph.”",
        "triumph",
    );
    assert_eq!(s.kind, QuoteKind::Partial);
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn a_long_sentence_after_a_quotation_does_not_lend_it_its_cue() {
    // The quotation is Ann Marsh's (the sentence before is about her); the long sentence after
    // it reports what somebody else said, so its "said" is not the quotation's cue.
    let s = seen(
        "Ann Marsh spoke first. “We lost.” The coach of the other team said after the game that the referee had been fair to both sides.",
        "We lost",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
    assert_ne!(s.cue.as_deref(), Some("said"), "{s:?}");
}

#[test]
fn a_party_and_state_in_brackets_stay_with_the_name() {
    for text in [
        "“The talks will go on,” Rep. Jane Doe (D-Ore.) said.",
        "“The talks will go on,” said Rep. Jane Doe (D-Ore.), who leads the panel.",
        "Rep. Jane Doe (D-Ore.) said: “The talks will go on.”",
    ] {
        let s = seen(text, "talks will go on");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(
            s.speaker.as_deref(),
            Some("Rep. Jane Doe (D-Ore.)"),
            "{text}"
        );
        assert_eq!(s.name.as_deref(), Some("Jane Doe"), "{text}");
    }
}

// Was a known bug (the ranker preferred the state "Vt."); it holds since the models of stop 21.
#[test]
fn a_speakers_town_and_state_stay_with_the_name_before_said() {
    let s = seen(
        "“I will vote for him,” Stephanie Lark of Derry, Vt. said.",
        "vote for him",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("Stephanie Lark of Derry, Vt."));
    assert_eq!(s.name.as_deref(), Some("Stephanie Lark"));
}

#[test]
fn a_speakers_state_with_a_final_period_stays_with_the_name_before_said() {
    let s = seen(
        "Stephanie Lark of Derry, N.H. said: “I will vote for him.”",
        "vote for him",
    );
    assert_eq!(s.speaker.as_deref(), Some("Stephanie Lark of Derry, N.H."));
}

/// The indirect quotations of `text`: (clause, speaker as written, cue).
pub(super) fn indirect(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    analyze(text, &Options::default())
        .quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Indirect)
        .map(|q| {
            (
                q.span.text(text).to_string(),
                q.speaker.as_ref().map(|s| s.span.text(text).to_string()),
                q.cue.map(|c| c.text(text).to_string()),
            )
        })
        .collect()
}

#[test]
fn indirect_speech_of_a_speaker_with_a_bracketed_party() {
    let clause = "the talks would go on for weeks";
    assert_eq!(
        indirect("Rep. Jane Doe (D-Ore.) said the talks would go on for weeks."),
        [(
            clause.to_string(),
            Some("Rep. Jane Doe (D-Ore.)".to_string()),
            Some("said".to_string())
        )]
    );
    assert_eq!(
        indirect("The talks would go on for weeks, Rep. Jane Doe (D-Ore.) said."),
        [(
            "The talks would go on for weeks".to_string(),
            Some("Rep. Jane Doe (D-Ore.)".to_string()),
            Some("said".to_string())
        )]
    );
}

#[test]
fn according_to_a_title_and_an_organisation() {
    // "trade group Acme Corp.": the organisation named, with its description before it.
    for text in [
        "According to trade group Acme Corp., prices were too high.",
        "Prices were too high, according to trade group Acme Corp.",
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            found[0].1.as_deref(),
            Some("trade group Acme Corp."),
            "{text}"
        );
        let s = seen(text, "too high");
        assert_eq!(s.name.as_deref(), Some("Acme Corp."), "{text}");
    }
}

#[test]
fn a_day_after_an_organisation_is_not_part_of_the_speaker() {
    let s = seen(
        "“Prices are too high,” said Acme Corp. Tuesday.",
        "too high",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("Acme Corp."));
    let found = indirect("According to Acme Corp. Tuesday, prices were too high.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Acme Corp."));
}

#[test]
fn a_description_before_an_organisation_is_part_of_the_speaker() {
    let s = seen("“We are ready,” rival carmaker Acme Motors said.", "ready");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("rival carmaker Acme Motors"));
    assert_eq!(s.name.as_deref(), Some("Acme Motors"));
    assert_eq!(
        s.speaker_kind,
        Some(crate::analysis::SpeakerKind::Organization)
    );
}

#[test]
fn an_appositive_between_commas_is_part_of_the_speaker() {
    let text = "“It is unconstitutional,” Ann Marsh, a law professor, said.";
    let s = seen(text, "unconstitutional");
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh, a law professor"));
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
    // A description with an appositive: the whole phrase, unnamed.
    for (text, speaker) in [
        (
            "“It is unconstitutional,” another critic, Laurence Tribe, said.",
            "another critic, Laurence Tribe",
        ),
        (
            "“It is unconstitutional,” one critic, a law professor, said.",
            "one critic, a law professor",
        ),
    ] {
        let s = seen(text, "unconstitutional");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}");
        assert_eq!(s.cue.as_deref(), Some("said"), "{text}");
    }
}

#[test]
fn a_relative_clause_between_commas_does_not_speak() {
    let s = seen(
        "“It is unconstitutional,” the critic, who teaches law, said.",
        "unconstitutional",
    );
    assert_eq!(s.speaker.as_deref(), Some("the critic"));
}

#[test]
fn a_short_title_with_its_period_joins_the_speaker() {
    // "Capt." (a capitalised short word and its period) and what follows it: one description.
    let s = seen("“We lost,” said the Capt. of the team.", "We lost");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("the Capt. of the team"));
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
#[ignore = "bug: a person named after a title of ten words or more is not found; the organisation in the title speaks"]
fn known_bug_a_person_after_a_very_long_title_speaks() {
    let found = indirect("According to former longtime Acme Motors senior executive vice president emeritus Ann Marsh, the team lost.");
    assert_eq!(found.len(), 1, "{found:?}");
    let s = seen(
        "According to former longtime Acme Motors senior executive vice president emeritus Ann Marsh, the team lost.",
        "the team lost",
    );
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
}

#[test]
fn a_person_after_an_organisation_and_a_title_speaks() {
    // "MSNBC host Chris Matthews": the person, not the organisation before the title.
    for (text, person) in [
        (
            "According to MSNBC host Chris Matthews, the race is over.",
            "Chris Matthews",
        ),
        (
            "The race is over, according to Acme Motors chief executive Ann Marsh.",
            "Ann Marsh",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let s = seen(text, "race is over");
        assert_eq!(s.kind, QuoteKind::Indirect);
        assert_eq!(s.name.as_deref(), Some(person), "{text}");
        assert_eq!(
            s.speaker_kind,
            Some(crate::analysis::SpeakerKind::Person),
            "{text}"
        );
    }
}

#[test]
fn a_quotation_paragraph_after_a_sentence_about_someone_is_theirs() {
    let text = "Senator Tom Berger issued a statement on Monday.\n\n“Like many farmers, I worry about the rain.”";
    let s = seen(text, "many farmers");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.name.as_deref(), Some("Tom Berger"));
}

#[test]
fn a_possessive_after_a_noun_is_part_of_the_speaker() {
    // "the team’s coach": the coach speaks, not the team ("’s" is no auxiliary after a noun).
    for text in [
        "“We lost,” the team’s coach said.",
        "“We lost,” the team's coach has said.",
    ] {
        let s = seen(text, "We lost");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert!(
            s.speaker.as_deref().is_some_and(|w| w.ends_with("coach")),
            "{text}: {s:?}"
        );
        assert_eq!(
            s.speaker_kind,
            Some(crate::analysis::SpeakerKind::Person),
            "{text}"
        );
    }
}

#[test]
fn a_title_cased_quotation_after_said_and_a_comma_is_speech() {
    let s = seen("The coach said, “Well Played”", "Well Played");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("The coach"));
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn indirect_speech_with_according_to_after_the_clause() {
    assert_eq!(
        indirect("The talks had failed badly, according to the ministry."),
        [(
            "The talks had failed badly".to_string(),
            Some("the ministry".to_string()),
            Some("according to".to_string())
        )]
    );
}

#[test]
fn indirect_speech_told_reporters_that() {
    assert_eq!(
        indirect("Officials told reporters that the bridge would reopen next week."),
        [(
            "the bridge would reopen next week".to_string(),
            Some("Officials".to_string()),
            Some("told".to_string())
        )]
    );
}

#[test]
fn indirect_speech_without_that_starts_after_a_listener_and_a_date() {
    // The listener is a noun phrase or a pronoun; a date after the cue or the listener is no
    // part of the clause, unless a verb follows it.
    for (text, clause) in [
        (
            "The mayor told reporters on Tuesday the ferry would sail again.",
            "the ferry would sail again",
        ),
        (
            "The mayor told the local paper the ferry would sail again.",
            "the ferry would sail again",
        ),
        (
            "The mayor told him the ferry would sail again.",
            "the ferry would sail again",
        ),
        (
            "The mayor said Monday the ferry would sail again.",
            "the ferry would sail again",
        ),
        (
            "The mayor said on Monday the ferry would sail again.",
            "the ferry would sail again",
        ),
        (
            "The mayor said Monday was the worst day for the ferry.",
            "Monday was the worst day for the ferry",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, clause, "{text}");
        assert_eq!(found[0].1.as_deref(), Some("The mayor"), "{text}");
    }
}

#[test]
fn a_bare_source_after_according_to_keeps_its_named_tail() {
    for (text, source) in [
        (
            "The ferry will stop in May, according to figures from the Harbour Trust.",
            "figures from the Harbour Trust",
        ),
        (
            "The ferry will stop in May, according to data from Eurostat.",
            "data from Eurostat",
        ),
        (
            "The ferry will stop in May, according to council papers seen by the Marlow Echo.",
            "council papers seen by the Marlow Echo",
        ),
        // A name right after the bare noun opens a clause.
        (
            "According to notes Ms. Vale kept, the ferry will stop in May.",
            "notes",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_fragment_after_saying_speaks_for_the_description_opening_the_sentence() {
    let text = "The head of the library service has defended the closures, \
                saying the budget left “no other option”.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("no other option"))
        .expect("the fragment is found");
    assert_eq!(q.kind, QuoteKind::Partial);
    assert_eq!(
        q.speaker.as_ref().map(|s| s.span.text(text)),
        Some("The head of the library service")
    );
}

#[test]
fn a_date_after_an_inverted_speaker_is_no_part_of_it() {
    for text in [
        "“We will appeal the ruling,” said the harbour master this week.",
        "“We will appeal the ruling,” said the harbour master yesterday.",
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis.quotes.first().expect("the quotation is found");
        assert_eq!(
            q.speaker.as_ref().map(|s| s.span.text(text)),
            Some("the harbour master"),
            "{text}"
        );
    }
    // A participle takes its date: "a poll released Thursday".
    let text = "“Not close,” according to a survey released Thursday by the Harbour Trust.";
    let analysis = analyze(text, &Options::default());
    let q = analysis.quotes.first().expect("the quotation is found");
    assert!(
        q.speaker
            .as_ref()
            .is_some_and(|s| s.span.text(text).contains("released Thursday")),
        "{:?}",
        q.speaker.as_ref().map(|s| s.span.text(text))
    );
}

#[test]
fn a_described_person_with_a_named_tail_before_who_is_the_speaker() {
    // A bare plural opens the description as an article does.
    let text = "Nurses at Kelby Infirmary, who asked not to be named, said: “We are worn out.”";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.span.text(text), "Nurses at Kelby Infirmary");
    assert!(speaker.entity.is_none(), "not the infirmary: {speaker:?}");
    // "who" stands for the described nurse, not for the infirmary that ends the tail.
    let text = "A nurse at Kelby Infirmary, who asked not to be named, \
                said the corridor was “a scandal.”";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("scandal"))
        .expect("the fragment is found");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.name, "A nurse at Kelby Infirmary");
    assert!(!speaker.named);
}

#[test]
fn a_title_with_a_speech_verb_s_word_after_of_is_part_of_the_speaker() {
    // "State" is also a speech verb; capitalised after "of" it is part of the title.
    for text in [
        "According to Secretary of State Ann Marsh, the ferry talks will go on.",
        "The ferry talks will go on, according to Secretary of State Ann Marsh.",
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            found[0].1.as_deref(),
            Some("Secretary of State Ann Marsh"),
            "{text}"
        );
    }
}

#[test]
fn the_company_is_not_the_firm_of_an_outside_analyst() {
    let text = "Chipmaker Volterra Systems cut its forecast on Tuesday. \
                “This is the third warning in a year,” wrote Tobias Renn of Halden Securities. \
                The company says the slowdown will pass within months.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("slowdown"))
        .expect("the indirect quotation is found");
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.span.text(text), "The company");
    assert_eq!(speaker.name, "Volterra Systems");
    // With no other company before it, the analyst's firm is the company.
    let alone = "“Guidance looks optimistic,” wrote Tobias Renn of Halden Securities. \
                 The company says its forecasts are cautious.";
    let analysis = analyze(alone, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(alone).contains("forecasts"))
        .expect("the indirect quotation is found");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Halden Securities")
    );
}

#[test]
fn a_subject_opening_with_a_participle_speaks() {
    let found = indirect("Striking workers at the plant said the plan was unfair.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].1.as_deref().is_some_and(|s| s.contains("workers")),
        "{found:?}"
    );
}

#[test]
fn a_time_phrase_before_the_subject_is_not_part_of_the_speaker() {
    for (text, quote, speaker) in [
        (
            "On Monday the spokeswoman said: “We are done.”",
            "We are done",
            "the spokeswoman",
        ),
        (
            "Last week the company said the plan was “dead.”",
            "dead",
            "the company",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}");
        assert_eq!(s.cue.as_deref(), Some("said"), "{text}");
    }
}

#[test]
fn a_bracketed_clause_after_a_name_stays_with_it() {
    for text in [
        "“The economy is terrible,” Jane Doe (who chairs the panel) said.",
        "Jane Doe (who chairs the panel) said the economy was terrible.",
    ] {
        let s = seen(text, "economy");
        assert_eq!(
            s.speaker.as_deref(),
            Some("Jane Doe (who chairs the panel)"),
            "{text}"
        );
        assert_eq!(s.name.as_deref(), Some("Jane Doe"), "{text}");
    }
}

#[test]
fn a_plural_with_its_participle_speaks() {
    let s = seen(
        "“The economy is terrible,” economists polled said.",
        "economy",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("economists polled"));
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Group));
    assert_eq!(
        indirect("The economy was terrible, economists polled said."),
        [(
            "The economy was terrible".to_string(),
            Some("economists polled".to_string()),
            Some("said".to_string())
        )]
    );
}

#[test]
fn an_introductory_phrase_does_not_speak() {
    let s = seen(
        "In the poll, a third of voters surveyed said the economy was \"terrible.\"",
        "terrible",
    );
    assert_eq!(s.speaker.as_deref(), Some("a third of voters surveyed"));
}

#[test]
fn the_subject_of_said_is_not_the_first_noun_of_the_clause() {
    // "officials said prices rose": officials speak, not "prices".
    let found = indirect("The mayor thinks officials said prices rose sharply.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("officials"), "{found:?}");
}

#[test]
fn a_subject_with_a_participle_phrase_speaks_whole() {
    let found = indirect("The letter sent to voters said prices rose sharply.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1.as_deref(),
        Some("The letter sent to voters"),
        "{found:?}"
    );
}

#[test]
fn a_quotation_after_a_sentence_about_a_described_person_is_theirs() {
    // No name, no cue: the description the sentence before opens with is the likeliest speaker.
    let s = seen(
        "The Florida senator was blunt. “Prices rose sharply.”",
        "Prices rose",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("The Florida senator"));
}

#[test]
fn a_group_named_by_its_party_speaks() {
    let s = seen("“The deal is unfair,” Republicans said.", "deal is unfair");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("Republicans"));
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Group));
    // A party name before a noun is an adjective: "Democratic claims" says nothing.
    let s = seen(
        "Democratic claims that the deal was “unfair” were rejected.",
        "unfair",
    );
    assert_ne!(s.speaker.as_deref(), Some("Democratic"), "{s:?}");
}

#[test]
fn said_after_a_party_name_is_the_cue() {
    let s = seen("“The deal is unfair,” Republicans said.", "deal is unfair");
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn another_minister_is_not_the_minister_named_before() {
    // An indefinite description introduces someone new: it never points back to a name.
    let text =
        "Transport Minister Ana Varga announced cuts. “We have no choice,” another minister said.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("no choice"))
        .expect("the quotation is found");
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!(s.span.text(text), "another minister");
    assert_eq!(s.name, "another minister");
    assert!(!s.named && s.entity.is_none());
}

#[test]
fn a_number_with_a_thousands_comma_is_a_quantity() {
    // The kind of a written speaker: "1,500 of the workers" are workers, a group ("1,500" is a
    // quantity like "a third"), as "2.5 percent of the workers" are.
    use super::speaker_kind::description_kind;
    use crate::analysis::SpeakerKind;
    assert_eq!(description_kind("1,500 of the workers"), SpeakerKind::Group);
    assert_eq!(description_kind("2.5 of the workers"), SpeakerKind::Group);
}

#[test]
fn a_number_of_workers_is_no_named_person() {
    let s = seen("“We want more pay,” said 1,500 of the workers.", "more pay");
    assert_eq!(s.speaker.as_deref(), Some("1,500 of the workers"));
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Group));
}

// ---------------------------------------------------------------------------------------------
// Tests added by helper "attr" (issue 10: candidate generation). Invented sentences.

#[test]
fn the_subject_of_a_verb_that_is_no_cue_speaks() {
    // The writer names the source as the subject of a verb that says nothing ("released",
    // "sent"), the quotation hanging off a participle or an infinitive later in the sentence.
    for (text, quote, speaker) in [
        (
            "The impostor gushed about a “common interest in keeping our borders safe.”",
            "common interest",
            "The impostor",
        ),
        (
            "The hospital sent a letter to residents urging them to “stay calm and stay home.”",
            "stay calm",
            "The hospital",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
    }
}

#[test]
fn an_adjective_with_its_own_tail_stays_in_the_speaker_after_said() {
    // "one official familiar with the talks": the adjective's prepositional tail is part of the
    // phrase after "said", not cut at the head noun.
    let s = seen(
        "“It was not a fair fight,” said one official familiar with the talks.",
        "fair fight",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(
        s.speaker.as_deref(),
        Some("one official familiar with the talks")
    );
}

#[test]
fn a_possessive_pronoun_before_a_fragment_is_its_source() {
    // "Her warning that the plan would “…”": the possessor of the speech noun said it; the
    // speaker phrase is the possessive with its noun, never the possessive alone.
    let s = seen(
        "Ann Marsh spoke in Ohio on Monday. Her warning that the plan would “bankrupt the state” drew applause.",
        "bankrupt the state",
    );
    assert_eq!(s.speaker.as_deref(), Some("Her warning"), "{s:?}");
}

#[test]
fn a_possessive_alone_is_never_the_speaker() {
    // "Her team plans to reprint a report that …": "Her" determines "team", which is no speech
    // noun or document; the possessive alone is no speaker phrase.
    for (text, quote) in [
        (
            "Lia Reyes edits the Wren Courier. Her team plans to reprint a report that “accuses the council of waste.”",
            "accuses the council",
        ),
        (
            "Lia Reyes edits the Wren Courier. Her team plans to reprint a report that accuses the council of “waste,” she said.",
            "waste",
        ),
        (
            "Tom Vance runs the mill. His knee gave out before he could call the plan “a bad joke.”",
            "bad joke",
        ),
    ] {
        let s = seen(text, quote);
        let speaker = s.speaker.as_deref().unwrap_or("");
        assert!(
            !["Her", "His", "Their", "Its", "her", "his", "their", "its"].contains(&speaker),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn a_document_s_participle_keeps_its_time_after_in_or_on() {
    for (text, speaker) in [
        (
            "Support fell to \"a record low,\" according to a Harbor poll conducted in February.",
            "a Harbor poll conducted in February",
        ),
        (
            "Support fell to \"a record low,\" according to a poll released on Monday.",
            "a poll released on Monday",
        ),
    ] {
        let s = seen(text, "record low");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{s:?}");
    }
}

#[test]
fn a_relative_pronoun_before_a_time_phrase_and_the_cue_is_its_subject() {
    // The quotation is in the relative clause: its speaker is the pronoun, as for "who said".
    for (text, quote) in [
        (
            "Dana Holt, who has in the past described the mayor as \"a menace to the city,\" \
             clearly wanted the crowd to turn on him.",
            "a menace",
        ),
        (
            "Dana Holt, who last week called the plan \"a disaster,\" is now backing it.",
            "a disaster",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some("who"), "{s:?}");
        assert_eq!(s.name.as_deref(), Some("Dana Holt"), "{s:?}");
    }
}

#[test]
fn a_relative_pronoun_before_the_quotation_speaks_for_the_name_before_it() {
    // "Ann Marsh, who said the plan was “…”": the relative pronoun is the subject of the cue and
    // stands for the name before its comma.
    let s = seen(
        "Bob Stone spoke first. The loudest cheers went to Ann Marsh, who said the plan was “a gift to the rich.”",
        "gift to the rich",
    );
    assert_eq!(s.speaker.as_deref(), Some("who"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn a_relative_pronoun_before_an_adverb_and_the_cue_speaks_for_the_name_before_it() {
    // "Ann Marsh, who also said …": an adverb between the relative pronoun and its verb.
    let s = seen(
        "Bob Stone spoke first. The loudest cheers went to Ann Marsh, who also said the plan was “a gift to the rich.”",
        "gift to the rich",
    );
    assert_eq!(s.speaker.as_deref(), Some("who"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn a_quantity_standing_alone_before_the_cue_speaks() {
    // "Most said": a quantity with no noun after it is the whole subject.
    for (text, quote, speaker) in [
        (
            "The workers met on Monday. Most said the offer was “an insult to every nurse.”",
            "an insult",
            "Most",
        ),
        (
            "Five senators spoke. Several said the bill was “dead on arrival.”",
            "dead on arrival",
            "Several",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
    }
}

// A description with the name in apposition ("The chancellor, Rachel Reeves, said") is that
// person, the same speaker as the name's later mentions.

#[test]
fn a_description_with_an_appositive_name_is_that_person() {
    let text =
        "The chancellor, Rachel Reeves, said the decision was \u{201c}disappointing\u{201d}. \
                Ms Reeves later said: \u{201c}We will take the tough decisions.\u{201d}";
    let analysis = analyze(text, &Options::default());
    let speakers: Vec<_> = analysis
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (s.name.as_str(), s.entity, s.named))
        .collect();
    assert_eq!(speakers.len(), 2, "{speakers:?}");
    assert_eq!(speakers[0].0, "Rachel Reeves");
    assert!(speakers[0].2, "named");
    assert!(speakers[0].1.is_some());
    assert_eq!(speakers[0].1, speakers[1].1, "one entity: {speakers:?}");
    let text =
        "His former business partner at Lenox, Lou Park, said the deal was \u{201c}fair\u{201d}.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!((speaker.name.as_str(), speaker.named), ("Lou Park", true));
}

/// "The shadow chancellor, Tom Reed," after a paragraph that ends without a stop: the role
/// before the name is read in the name's own sentence, and "the shadow chancellor" later is him.
#[test]
fn a_role_before_a_name_after_a_paragraph_without_a_stop_is_read() {
    let text = "\u{2018}It was a special day for me,\u{2019} the Scot said\n\n\
                The shadow chancellor, Tom Reed, said the figures were worrying. \
                \u{2018}This government has lost control,\u{2019} the shadow chancellor added.";
    assert_eq!(
        speaker_of(text, "lost control").as_deref(),
        Some("Tom Reed")
    );
}

/// A partial quotation after a passive verb of blaming or naming, with no cue in its sentence, is
/// no word of the passive's subject: "Mark Dyer was accused of “sitting on” the audit".
#[test]
fn a_partial_quotation_after_a_passive_accusation_is_not_the_subjects() {
    let text =
        "The council leader, Mark Dyer, was accused of \u{201c}sitting on\u{201d} the audit \
                for months.\n\n\u{201c}The audit was never hidden,\u{201d} Dyer said.";
    assert_ne!(speaker_of(text, "sitting on").as_deref(), Some("Mark Dyer"));
    // With a cue in the sentence the quotation keeps its speaker.
    let text = "Mark Dyer, who was accused of \u{201c}sitting on\u{201d} the audit, said he had \
                done nothing wrong.";
    assert_eq!(speaker_of(text, "sitting on").as_deref(), Some("Mark Dyer"));
    // An agent after it said it.
    let text = "The policy has been called \u{201c}strategic ambiguity\u{201d} by Ann Holt, a \
                professor at Marlow University.";
    assert_eq!(
        speaker_of(text, "strategic ambiguity").as_deref(),
        Some("Ann Holt")
    );
}

/// A description, the name and a second appositive after it: the speaker is the name.
#[test]
fn a_description_with_a_name_and_a_second_appositive_is_that_person() {
    for text in [
        "\u{201c}We have listened to residents,\u{201d} said the chair, Ann Holt, a lawyer, in a \
         statement.",
        "\u{201c}We have listened to residents,\u{201d} said the chair, Ann Holt, a lawyer at \
         Marlow Partners, in a statement.",
    ] {
        let analysis = analyze(text, &Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(
            (speaker.name.as_str(), speaker.named),
            ("Ann Holt", true),
            "{text}"
        );
    }
    // Two names in one appositive chain stay a description unless the name follows the first
    // comma: "a spokeswoman for Sen. Jane Doe, a Democrat" speaks for Jane Doe.
    let text = "\u{201c}We will vote no,\u{201d} said a spokeswoman for Sen. Jane Doe, a Democrat.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert_ne!(speaker.name.as_str(), "Jane Doe");
}

/// A person's possessor names someone else: "Mr Creed's opponent" is not Mr Creed, while
/// "Mr Creed's office" still speaks for him.
#[test]
fn a_person_noun_after_a_possessive_name_is_not_that_person() {
    let text = "The Home Secretary, James Creed, defended the delay. \
                \u{2018}The public deserve to know,\u{2019} said Mr Creed's opponent.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert!(speaker.span.text(text).ends_with("opponent"), "{speaker:?}");
    assert_ne!(speaker.name.as_str(), "James Creed", "{speaker:?}");
    assert!(!speaker.named, "{speaker:?}");
}

/// A name with its tie to someone in apposition is that person: only a possessive before the tie
/// ("Mr Creed's opponent") makes it someone else, not the comma after the name.
#[test]
fn a_name_with_a_tie_to_someone_in_apposition_is_that_person() {
    for (text, name) in [
        (
            "\u{201c}We will appeal the ruling,\u{201d} said Ann Marsh, wife of the mayor.",
            "Ann Marsh",
        ),
        (
            "\u{201c}We will appeal the ruling,\u{201d} said Tom Vale, brother of the mayor.",
            "Tom Vale",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(
            (speaker.name.as_str(), speaker.named),
            (name, true),
            "{text}: {speaker:?}"
        );
    }
}

/// British copy: a title with its party and seat, no article, then the name in apposition.
#[test]
fn a_title_without_an_article_with_an_appositive_name_is_that_person() {
    let text = "Labour MP for Porthaven, Helen Carrow, said the cut was 'a kick in the teeth'.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(
        speaker.span.text(text),
        "Labour MP for Porthaven, Helen Carrow"
    );
    assert_eq!(
        (speaker.name.as_str(), speaker.named),
        ("Helen Carrow", true)
    );
}

/// Sports copy names its subject again by nationality: "the Welshman" is the manager just named.
#[test]
fn a_nationality_noun_after_the_is_the_person_just_named() {
    let text = "Rovers boss Gary Penhale insists his side can still stay up.\n\n\
                The Welshman admitted his defenders had been \"naive\" for the second goal.";
    let analysis = analyze(text, &Options::default());
    let quote = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("naive"));
    let speaker = quote.and_then(|q| q.speaker.as_ref()).expect("a speaker");
    assert_eq!(speaker.span.text(text), "The Welshman");
    assert_eq!(
        (speaker.name.as_str(), speaker.named),
        ("Gary Penhale", true)
    );
}

/// Sports copy names its subject again by position: "the striker" is the one player the
/// paragraph named; with two people named there, it stays unnamed.
#[test]
fn a_player_position_after_the_is_the_one_player_the_paragraph_named() {
    let speaker_of = |text: &str| {
        let analysis = analyze(text, &Options::default());
        let quote = analysis
            .quotes
            .iter()
            .find(|q| q.span.text(text).contains("keep scoring"))
            .expect("the quote is found")
            .clone();
        let speaker = quote.speaker.expect("a speaker");
        assert_eq!(speaker.span.text(text), "the striker");
        (speaker.name, speaker.named)
    };
    let one = "Tom Vale scored twice on Saturday.\n\n\
               Vale, 24, joined Town from Bristol City in the summer. 'I just want to keep \
               scoring,' the striker said.";
    assert_eq!(speaker_of(one), ("Tom Vale".to_string(), true));
    let two = "Tom Vale scored twice on Saturday.\n\n\
               Vale, 24, joined Town from Bristol City, where Owen Price was captain. 'I just \
               want to keep scoring,' the striker said.";
    assert!(!speaker_of(two).1, "two people named: no name");
}

#[test]
fn a_spokeswoman_for_a_named_person_stays_unnamed() {
    let text = "\u{201c}The senator will not run,\u{201d} a spokeswoman for Sen. Jane Doe said.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
    assert!(speaker.name.contains("spokeswoman"), "{speaker:?}");
    assert!(!speaker.named, "{speaker:?}");
}

#[test]
fn a_title_before_the_speaker_phrase_is_no_appositive() {
    // The mention's title ("Sen.") lies before the phrase the rules chose ("Jane Doe, the senator").
    for text in [
        "\u{201c}We will vote no,\u{201d} said Sen. Jane Doe, the senator from Maine.",
        "Former Sen. Jane Doe said \u{201c}no\u{201d} again.",
        // The phrase starts at the name, after its title: "Ms. Ortiz's campaign".
        "Ms. Ortiz's campaign has said for weeks that it sees no reason to change course.",
    ] {
        let analysis = analyze(text, &Options::default());
        assert!(analysis.quotes[0].speaker.is_some(), "{text}");
    }
}

#[test]
fn a_spokesman_for_an_organisation_speaks_as_it_and_a_name_of_a_place_stays_named() {
    let text = "\u{201c}Prices will stay frozen,\u{201d} a spokesman for Tesco said. \
                \u{201c}We will build,\u{201d} said Anna Lark of Derry.";
    let analysis = analyze(text, &Options::default());
    let names: Vec<_> = analysis
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| (s.name.as_str(), s.named)))
        .collect();
    assert_eq!(names, [Some(("Tesco", true)), Some(("Anna Lark", true))]);
}

#[test]
fn an_inverted_cue_lends_its_speaker_past_a_relative_clause_cue() {
    // The quotation after the sentence continues O'Malley, not the relative clause's "who".
    let text =
        "“He did try to scare me,” said O'Malley, who wrote about the lawyer's visit in the \
                book. “Luckily none of it was true.”";
    assert_eq!(speaker_of(text, "scare me").as_deref(), Some("O'Malley"));
    assert_eq!(speaker_of(text, "Luckily").as_deref(), Some("O'Malley"));
}

#[test]
fn a_title_period_stays_inside_a_speaker_phrase_with_an_appositive() {
    // The phrase was cut at the title's period ("former Sen"), an unnamed source.
    for (text, quote, text_starts, name) in [
        (
            "“We were opposed to the thing,” said former Sen. Evan Bayh, a moderate Democrat \
             who declined to run again.",
            "opposed",
            "former Sen. Evan Bayh",
            "Evan Bayh",
        ),
        (
            "“They do not understand,” said Army Capt. Chris Pardo, who said he would not vote.",
            "understand",
            "Army Capt. Chris Pardo",
            "Chris Pardo",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.span.text(text).contains(quote))
            .expect("quote found");
        let speaker = q.speaker.as_ref().expect("a speaker");
        assert!(
            speaker.span.text(text).starts_with(text_starts),
            "{speaker:?}"
        );
        assert_eq!(speaker.name, name);
    }
}

// ---------------------------------------------------------------------------------------------
// Tests added by helper "mut21" (issue 15, item 4: mutants missed in a 1/16 sample of
// src/attribution). Invented sentences.

#[test]
fn an_appositive_before_said_stays_in_the_speaker_of_what_follows() {
    // "Ann Marsh, a law professor, said …": the phrase runs to the comma before the verb, for a
    // partial quotation and for indirect speech alike.
    for (text, quote, speaker) in [
        (
            "Ann Marsh, a law professor, said the ruling was “plainly unconstitutional.”",
            "plainly",
            "Ann Marsh, a law professor",
        ),
        (
            "Marley Anderson, 21, a student from Reno, said the plan was “a disgrace to the city.”",
            "a disgrace",
            "Marley Anderson, 21, a student from Reno",
        ),
        (
            "Ann Marsh, a law professor, said the ruling was wrong.",
            "the ruling was wrong",
            "Ann Marsh, a law professor",
        ),
        (
            "One critic, Ann Marsh, says the ruling was wrong.",
            "the ruling was wrong",
            "One critic, Ann Marsh",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
    }
}

#[test]
fn the_cue_is_the_verb_of_saying_not_an_earlier_verb_of_its_subject() {
    // "she began by saying, “…”": the speaker is "she" either way; the cue is "saying".
    for text in [
        "When she returned she began by saying, “I will not resign today.”",
        "After the vote, she began by saying, “I will not resign today.”",
    ] {
        let s = seen(text, "I will not resign");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(s.speaker.as_deref(), Some("she"), "{text}");
        assert_eq!(s.cue.as_deref(), Some("saying"), "{text}: {s:?}");
    }
}

#[test]
fn a_bare_quote_paragraph_after_a_split_quote_continues_its_speaker() {
    let text = "“They started out by insulting farmers, and now they insult teachers too,” Marsh \
                said. “This is a good town. Do we have problems? Of course we have problems. But \
                to split people up is just sad.”\n\n“Then you have these people who cheer for \
                that, because they are afraid to look at their own town. So they blame other \
                people.”";
    for quote in ["This is a good town", "Then you have these people"] {
        let s = seen(text, quote);
        assert_eq!(s.kind, QuoteKind::Direct, "{quote}");
        assert_eq!(s.name.as_deref(), Some("Marsh"), "{quote}: {s:?}");
    }
}

#[test]
fn an_appositive_before_said_and_more_words_stays_in_the_speaker() {
    // "“…,” X, APPOSITIVE, said just after …": the cue does not close the sentence, and the
    // appositive still belongs to the speaker.
    let text = "“It is unconstitutional,” Ann Marsh, a law professor at the state university, \
                said just after the vote.";
    let s = seen(text, "unconstitutional");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(
        s.speaker.as_deref(),
        Some("Ann Marsh, a law professor at the state university")
    );
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn a_bare_quote_after_a_sentence_about_someone_is_theirs_not_the_person_named_later() {
    // The sentence before names its subject first and another person later in the clause; the
    // bare quotation paragraph is the subject's.
    for (text, quote) in [
        (
            "Ann Marsh is upbeat about Bob Stone’s chances of winning in May, in part because she \
             sees Stone as a uniter.\n\n“Not only can Stone win in May, he is the one with the \
             best chance of winning.”",
            "Not only can Stone win",
        ),
        (
            "Senator Ann Marsh issued a statement about Bob Stone on Monday.\n\n“Like many people \
             in this state, I was shocked.”",
            "Like many people",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{text}: {s:?}");
    }
}

#[test]
fn a_contracted_has_between_pronoun_and_said_keeps_the_indirect_speech() {
    // "While she's said she will …": "'s" after a pronoun is an auxiliary, not a possessive.
    for (text, clause, name) in [
        (
            "Ann Marsh spoke on Monday. While she's said she will fight to the end, Marsh must \
             decide what she wants.",
            "she will fight to the end",
            "Ann Marsh",
        ),
        (
            "Bob Stone spoke on Monday. While he’s said he believes the plan is fair, he’s also \
             praised its critics.",
            "he believes the plan is fair",
            "Bob Stone",
        ),
    ] {
        let s = seen(text, clause);
        assert_eq!(s.kind, QuoteKind::Indirect, "{text}");
        assert_eq!(s.name.as_deref(), Some(name), "{text}: {s:?}");
        assert_eq!(s.cue.as_deref(), Some("said"), "{text}");
    }
}

#[test]
fn the_subject_of_the_sentence_before_keeps_its_titles_and_appositive() {
    // The speaker taken from the subject of a sentence (a cue without a subject of its own, or a
    // bare quotation paragraph after it) runs from its first title word to its appositive.
    for (text, quote, speaker) in [
        (
            "Democratic presidential candidate Sen. Ann Marsh spoke in Ohio on Monday, saying \
             the plan was “a gift to the rich.”",
            "a gift to the rich",
            "Democratic presidential candidate Sen. Ann Marsh",
        ),
        (
            "Former city adviser Ann Marsh spoke to the council on Monday.\n\n“We warned them for \
             years, and nobody listened to a word we said.”",
            "We warned them",
            "Former city adviser Ann Marsh",
        ),
        (
            "Mayor Ann Marsh, a Democrat, spoke to the council on Monday.\n\n“We warned them for \
             years, and nobody listened to a word we said.”",
            "We warned them",
            "Mayor Ann Marsh, a Democrat",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
        assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{text}");
    }
}

#[test]
fn a_description_with_an_appositive_before_has_said_stays_whole() {
    // "another critic, a law professor, has said": the auxiliary between the appositive's comma
    // and the verb does not cut the appositive off.
    let s = seen(
        "“It is unconstitutional,” another critic, a law professor, has said.",
        "unconstitutional",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(
        s.speaker.as_deref(),
        Some("another critic, a law professor")
    );
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn a_title_before_an_organisation_stays_in_the_speaker() {
    // "longtime rival Acme Corp. said": the words before the organisation's name describe it.
    for (text, speaker) in [
        (
            "“We will not pay,” longtime rival Acme Corp. said.",
            "longtime rival Acme Corp.",
        ),
        (
            "“We will not pay,” former partner Acme Corp. said on Monday.",
            "former partner Acme Corp.",
        ),
    ] {
        let s = seen(text, "We will not pay");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
        assert_eq!(s.name.as_deref(), Some("Acme Corp."), "{text}");
    }
}

#[test]
fn a_described_person_named_after_a_comma_argues_in_indirect_speech() {
    // "watching a member of the old guard, Ann Marsh, argue that …": the words before the
    // appositive name are no noun phrase the strict rules accept; the lenient subject still finds
    // the speaker, and the name resolves.
    let s = seen(
        "Voters are watching a member of the old guard, Ann Marsh, argue that the roads are unsafe.",
        "the roads are unsafe",
    );
    assert_eq!(s.kind, QuoteKind::Indirect);
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
    assert_eq!(s.cue.as_deref(), Some("argue"));
}

#[test]
fn indirect_speech_cue_and_clause_are_exact() {
    // The cue of "According to X, CLAUSE" is both words; the clause after "observed," starts
    // after the comma.
    let found = indirect("According to the ministry, the town lost money last year.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "the town lost money last year");
    assert_eq!(found[0].2.as_deref(), Some("According to"));
    let found = indirect("The mayor observed, the roads are in bad shape.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "the roads are in bad shape");
    assert_eq!(found[0].1.as_deref(), Some("The mayor"));
    assert_eq!(found[0].2.as_deref(), Some("observed"));
}

#[test]
#[ignore = "bug: since the entity rules of stop 21 the retrained kind model calls a capitalised name in quotation marks inside a sentence with a cue partial (PolNeAR, which it learns from, marks some such names as quotes)"]
fn known_bug_a_name_or_title_in_quotes_inside_a_reported_clause_is_other() {
    // A one-word name or a two-word title in quotation marks, inside a sentence with a cue, is
    // no speech. (Invented sentences; an earlier version of this test paraphrased PolNeAR text.)
    for (text, quote) in [
        (
            "Tom Reed, head of the rowing club, says the vote is a test for the coming \
             “Riverfest” regatta in May.",
            "Riverfest",
        ),
        (
            "A cousin said they ate a plate of the chef's “Lisbon” stew at noon.",
            "Lisbon",
        ),
        (
            "Critics called the “Green Deal” a costly promise.",
            "Green Deal",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.kind, QuoteKind::Other, "{text}: {s:?}");
        assert_eq!(s.speaker, None, "{text}");
    }
}

#[test]
fn a_headline_quotation_has_no_speaker() {
    // The first paragraph has no sentence-final mark: a headline; its quotations are other.
    let text = "Town Council Backs ‘Quiet Streets Plan’ After Long Night\n\nColumnist Ann Marsh \
                wrote that the vote was a win for the mayor.";
    let s = seen(text, "Quiet Streets");
    assert_eq!(s.kind, QuoteKind::Other, "{s:?}");
    assert_eq!(s.speaker, None);
    // The article's own indirect speech is found.
    let s = seen(text, "the vote was a win");
    assert_eq!(s.kind, QuoteKind::Indirect);
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
}

#[test]
fn a_fragment_closing_its_paragraph_after_a_possessive_phrase_is_partial() {
    // "Her line in that race was that Stone “…”": the fragment ends its paragraph but is not
    // the whole paragraph; it is speech, hers, and its speaker phrase is the subject with its
    // noun (a possessive alone is no speaker).
    for (text, speaker) in [
        (
            "Ann Marsh spoke at the rally. Her line in that race was that Stone “would say or do \
             anything to win an election.”",
            "Her line in that race",
        ),
        (
            "Marsh’s catch phrase in that race was that Stone “would say or do anything to win an \
             election.”\n\nStone has broken many promises.",
            "Marsh’s catch phrase in that race",
        ),
    ] {
        let s = seen(text, "would say or do");
        assert_eq!(s.kind, QuoteKind::Partial, "{text}: {s:?}");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_relative_clause_after_the_speakers_name_is_not_part_of_it() {
    // "said Ann Marsh, whose new book features …": the relative clause is no appositive.
    let s = seen(
        "“We have the power to ask questions,” said Ann Marsh, whose new book features \
         interviews with mayors.",
        "power to ask",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"));
}

#[test]
#[ignore = "bug (shown by a missed mutant in ranker::candidates): a party or nationality word inside the speaker's phrase is a candidate of its own, and the ranker prefers it (\"Democrat\" for \"one senior Democrat said\")"]
fn known_bug_a_party_word_inside_the_speaker_phrase_does_not_speak_alone() {
    for (text, quote, speaker) in [
        (
            "“The council has been slow to act,” one senior Democrat said.",
            "slow to act",
            "one senior Democrat",
        ),
        (
            "“We will cut the rules,” the Republican said this week.",
            "cut the rules",
            "the Republican",
        ),
        (
            "Some Democrats say the vote could mark the “death of the old guard” in Derry.",
            "death of the old guard",
            "Some Democrats",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
    }
}

#[test]
fn a_lone_quantity_after_the_cue_speaks() {
    let text = "“Yet another town we would have won,” one fan wrote online.\n\n“Better watch out \
                for the mayor,” tweeted another.";
    let s = seen(text, "Better watch out");
    assert_eq!(s.speaker.as_deref(), Some("another"), "{s:?}");
}

#[test]
fn a_nine_word_description_keeps_its_article() {
    let s = seen(
        "“We will not back down,” a senior aide to the mayor of the town said.",
        "back down",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("a senior aide to the mayor of the town")
    );
}

#[test]
fn said_of_is_no_indirect_speech() {
    let text = "“Pure chaos!” Sen. Ann Marsh, D-Ore., said of the budget talks.";
    assert!(indirect(text).is_empty(), "{:?}", indirect(text));
    assert_eq!(seen(text, "Pure chaos").cue.as_deref(), Some("said"));
}

#[test]
fn according_to_the_report_names_the_report() {
    let found = indirect("According to the report, the town lost money last year.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("the report"));
}

#[test]
fn a_pronoun_that_went_on_to_say_is_resolved() {
    // "He went on to say, “…”": the subject is a pronoun and resolves to the person before
    // (found by a missed mutant in frame::lenient_subject, which gave a better answer).
    for text in [
        "Bob Stone spoke at length on Monday. He went on to say, “She once sang for the queen.”",
        "Bob Stone spoke at length on Monday. He then went on to say, “She once sang for the queen.”",
    ] {
        let s = seen(text, "She once sang");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(s.speaker.as_deref(), Some("He"), "{text}");
        assert_eq!(s.name.as_deref(), Some("Bob Stone"), "{text}: {s:?}");
    }
}

#[test]
fn she_skips_a_more_recent_man() {
    // "she" resolves to the last woman named, past a man named after her.
    for text in [
        "Ann Marsh spoke first. Then the crowd cheered for Bob Stone. “We will win,” she said.",
        "Ann Marsh spoke first. Then the crowd cheered for Bob Stone.\n\n“We will win this \
         fight,” she said.",
    ] {
        let s = seen(text, "We will win");
        assert_eq!(s.speaker.as_deref(), Some("she"), "{text}");
        assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{text}: {s:?}");
    }
}

#[test]
fn which_speaks_for_the_document_before_it() {
    let s = seen(
        "The town board met on Monday. The board's report, which called the plan “a disaster \
         for Derry,” was sent to the mayor.",
        "a disaster for Derry",
    );
    assert_eq!(s.name.as_deref(), Some("The board's report"), "{s:?}");
}

#[test]
fn which_after_a_clause_stands_for_the_name_not_the_clause() {
    // "prompted" (read as a participle) joined the clause's subject and verb to the name: the
    // relative stood for "That record prompted Dave Marlow's Atlas of County Elections".
    let s = seen(
        "That record prompted Dave Marlow’s Atlas of County Elections, which tracks swing \
         counties, to call the town “the most reliable bellwether in the nation.”",
        "bellwether",
    );
    let name = s.name.as_deref().unwrap_or("");
    assert!(name.ends_with("Atlas of County Elections"), "{s:?}");
    assert!(!name.contains("prompted"), "{s:?}");
}

#[test]
fn they_after_a_group_that_spoke_stands_for_that_group() {
    // "they" stayed unresolved, a source of its own.
    let text = "Police said the man was arrested on Friday. “We are still looking for a second \
                suspect,” they said.";
    assert_eq!(
        speaker_of(text, "second suspect").as_deref(),
        Some("Police")
    );
    let text = "Officials at the port said the cranes were safe. “Nothing was damaged,” they said.";
    assert_eq!(
        speaker_of(text, "Nothing was damaged").as_deref(),
        Some("Officials at the port")
    );
    // A person who spoke before is no "they", also with a plural appositive.
    for text in [
        "Tom Hale said the cranes were safe. “Nothing was damaged,” they said.",
        "Sen. Tom Hale (R-Ga.), one of the bill's few co-authors, said the cranes were safe. \
         “Nothing was damaged,” they said.",
    ] {
        assert_eq!(
            speaker_of(text, "Nothing was damaged").as_deref(),
            Some("they"),
            "{text}"
        );
    }
    // People named after a person are a group.
    let text = "Supporters of Ann Lee said the count was wrong. “We were cheated,” they said.";
    assert_eq!(
        speaker_of(text, "We were cheated").as_deref(),
        Some("Supporters of Ann Lee")
    );
    // A person with people of theirs is a group too.
    let text = "Priya Nair and her colleagues said the reef had shrunk. “The loss is faster than \
                any model predicted,” they said.";
    assert_eq!(
        speaker_of(text, "The loss").as_deref(),
        Some("Priya Nair and her colleagues")
    );
}

#[test]
fn a_generational_suffix_stays_in_the_speakers_name() {
    // "Jr." was dropped from the phrase: "C. Stewart Verdery" for "C. Stewart Verdery Jr.".
    for (text, quote, phrase) in [
        (
            "“The checks failed,” said C. Stewart Verdery Jr., a former official.",
            "checks failed",
            "C. Stewart Verdery Jr.",
        ),
        (
            "Sen. Robert P. Casey Jr. (D-Pa.) said the plan was “a start.”",
            "a start",
            "Sen. Robert P. Casey Jr. (D-Pa.)",
        ),
        (
            "“It works,” said Tom Hale III of the Harbor Trust.",
            "It works",
            "Tom Hale III",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.span.text(text).contains(quote))
            .expect(text);
        let speaker = q.speaker.as_ref().expect(text);
        assert!(
            speaker.span.text(text).starts_with(phrase),
            "{text}: {:?}",
            speaker.span.text(text)
        );
    }
}

#[test]
fn the_writers_next_clause_has_its_own_speaker() {
    // "X called the plan “…,” but Y called it “…”": after "but" or ";" the second quotation is
    // the second speaker's.
    for text in [
        "Ann Marsh called the plan “a mess,” but Bob Stone called it “a triumph.”",
        "Ann Marsh called the plan “a mess”; Bob Stone called it “a triumph.”",
    ] {
        assert_eq!(
            seen(text, "a mess").name.as_deref(),
            Some("Ann Marsh"),
            "{text}"
        );
        assert_eq!(
            seen(text, "a triumph").name.as_deref(),
            Some("Bob Stone"),
            "{text}"
        );
    }
}

#[test]
fn the_subject_after_but_or_while_speaks_the_later_fragment() {
    // "X called it “…” but/while Y said it was “…”": the second fragment is Y's, also when Y
    // is a plain noun phrase ("the city council"), not a name.
    for (text, first, second) in [
        (
            "The lawyer said the fine was “absurd” but the city council said it was \
             “overdue.”",
            "The lawyer",
            "the city council",
        ),
        (
            "Residents called the new bridge “an eyesore” while the county engineer insisted \
             it was “built to last.”",
            "Residents",
            "the county engineer",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let speakers: Vec<_> = analysis
            .quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.span.text(text)))
            .collect();
        assert_eq!(speakers, [Some(first), Some(second)], "{text}");
    }
}

#[test]
fn coordinated_speakers_speak_together() {
    // "Ann Marsh and Bob Stone said", "Officials and experts said": both, not the last.
    for (text, speaker) in [
        (
            "Ann Marsh and Bob Stone said the plan was “dead on arrival.”",
            "Ann Marsh and Bob Stone",
        ),
        (
            "Officials and experts said the plan was “dead on arrival.”",
            "Officials and experts",
        ),
    ] {
        let s = seen(text, "dead on arrival");
        assert_eq!(s.kind, QuoteKind::Partial, "{text}");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
    }
}

#[test]
fn a_speaker_after_the_clause_of_a_fragment_speaks() {
    // Was a known bug (shown by a missed mutant in ranker::candidates): "yet" after the fragment
    // was read as a conjunction opening the writer's next clause, which drops the candidates after
    // it; here it is the adverb ("the boldest step yet in …").
    let s = seen(
        "Ann Marsh won the vote on Monday. Voters had “taken the boldest step” yet in the town's \
         long history, she said in a radio interview.",
        "the boldest step",
    );
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
    // "yet" opening a clause still separates it.
    let s = seen(
        "Ann Marsh won the vote on Monday. Bob Lee called it “historic” yet nobody else came, \
         she said.",
        "historic",
    );
    assert_eq!(s.name.as_deref(), Some("Bob Lee"), "{s:?}");
}

#[test]
fn a_text_ending_inside_the_speaker_phrase_after_an_organisation() {
    // "said Acme Corp. chief" with nothing after, not even a period: the title words after the
    // organisation run to the end of the text (a mutant of that walk read past the last token).
    for (text, speaker) in [
        ("“We won,” said Acme Corp. chief", "Acme Corp. chief"),
        (
            "“We won,” said Acme Corp. president",
            "Acme Corp. president",
        ),
    ] {
        let s = seen(text, "We won");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
    }
}

#[test]
fn single_marks_as_house_style_quote_speech_in_the_body() {
    // British copy quotes with single marks throughout: a fragment in a cue sentence is a
    // partial quotation there, as it would be with double marks.
    let text = "Councillor Ruth Adebayo said: ‘We will reopen the library by June.’\n\n\
                Ms Adebayo said the budget was ‘tight but workable’ and the staff ‘ready’.\n\n\
                ‘Readers have waited long enough,’ she added.";
    for fragment in [
        "tight but workable",
        "We will reopen",
        "Readers have waited",
    ] {
        let s = seen(text, fragment);
        assert_ne!(s.kind, QuoteKind::Other, "{fragment}: {s:?}");
        assert_eq!(s.name.as_deref(), Some("Ruth Adebayo"), "{fragment}: {s:?}");
    }
    assert_eq!(seen(text, "tight but workable").kind, QuoteKind::Partial);
    // The same sentence in straight single marks.
    let straight = text.replace(['‘', '’'], "'");
    let s = seen(&straight, "tight but workable");
    assert_eq!(s.kind, QuoteKind::Partial, "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Ruth Adebayo"));
}

#[test]
fn single_marks_beside_a_double_marked_body_stay_secondary() {
    // American copy: double marks in the body, a single-marked fragment in the headline. The
    // body's quotations outnumber it, so the single mark still reads as the headline's.
    let text = "Mayor Calls Bridge Plan ‘Dead on Arrival’ After Vote\n\n\
                “We cannot pay for it,” Mayor Tom Reyes said on Monday.\n\n\
                “The numbers never worked,” he added.";
    let s = seen(text, "Dead on Arrival");
    assert_eq!(s.kind, QuoteKind::Other, "{s:?}");
    let s = seen(text, "We cannot pay");
    assert_eq!(s.kind, QuoteKind::Direct, "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Tom Reyes"));
}

#[test]
fn an_age_after_the_cue_is_the_speaker() {
    // "said the 31-year-old": the tagger reads the age as an adjective; it heads the phrase.
    let text = "The singer spoke to the crowd on Friday.\n\n\
                “The record is finished,” said the 31-year-old. “Now we tour.”";
    let s = seen(text, "The record is finished");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("the 31-year-old"), "{s:?}");
    assert_eq!(
        seen(text, "Now we tour").speaker.as_deref(),
        Some("the 31-year-old")
    );
    // Before its noun the age stays a modifier.
    let text = "“The record is finished,” said the 31-year-old singer.";
    assert_eq!(
        seen(text, "The record").speaker.as_deref(),
        Some("the 31-year-old singer")
    );
}

#[test]
fn a_description_then_a_name_between_commas_names_the_person() {
    // "The chief executive of Acme, Karen Olsen, said": the name between the commas is the
    // speaker, not the company the description ends with.
    let text = "The chief executive of Halvard Shipping Inc., Karen Olsen, said that the company \
                would cut 300 jobs.";
    let s = seen(text, "would cut 300 jobs");
    assert_eq!(s.kind, QuoteKind::Indirect, "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Karen Olsen"), "{s:?}");
    assert_eq!(
        s.speaker.as_deref(),
        Some("The chief executive of Halvard Shipping Inc., Karen Olsen")
    );
    // The name first, then its description: unchanged.
    let text = "Karen Olsen, the chief executive of Halvard Shipping Inc., said that the company \
                would cut 300 jobs.";
    let s = seen(text, "would cut 300 jobs");
    assert_eq!(s.name.as_deref(), Some("Karen Olsen"), "{s:?}");
}

#[test]
fn a_when_before_that_is_no_part_of_the_reported_clause() {
    for text in [
        "Karen Olsen said yesterday that the company would cut 300 jobs.",
        "Karen Olsen said again that the company would cut 300 jobs.",
    ] {
        let s = seen(text, "would cut");
        assert_eq!(s.kind, QuoteKind::Indirect, "{text}");
        assert_eq!(s.name.as_deref(), Some("Karen Olsen"), "{text}");
        let analysis = analyze(text, &Options::default());
        let clause = analysis.quotes[0].span.text(text);
        assert_eq!(clause, "the company would cut 300 jobs", "{text}");
    }
}

#[test]
fn expressive_reporting_verbs_are_cues() {
    // "gushed", "enthused", "grumbled", "deadpanned": feature-writing cues, inverted or not.
    for (text, speaker) in [
        ("“It is fantastic,” gushed Rivera, 24.", "Rivera, 24"),
        ("“Best day ever,” Tom Rivera enthused.", "Tom Rivera"),
        ("“Not again,” grumbled the driver.", "the driver"),
        ("“We lost the map,” Ana Ruiz deadpanned.", "Ana Ruiz"),
    ] {
        let s = seen(text, "“");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}");
        assert!(s.cue.is_some(), "{text}");
    }
}

#[test]
fn an_age_description_names_the_person_of_that_age() {
    // "the 22-year-old" is the person the text gave that age, even with another named since.
    let text = "Coach Ann Reyes praised her striker, Cole Palmer, 22, after the match. Reyes said \
                the team had played well.\n\n“The pitch was heavy,” the 22-year-old said.";
    let s = seen(text, "The pitch was heavy");
    assert_eq!(s.speaker.as_deref(), Some("the 22-year-old"));
    assert_eq!(s.name.as_deref(), Some("Cole Palmer"), "{s:?}");
    // With no age given, the last person named just before.
    let text = "The striker Cole Palmer was more measured. “The pitch was heavy,” the \
                22-year-old told reporters.";
    assert_eq!(
        seen(text, "pitch was heavy").name.as_deref(),
        Some("Cole Palmer")
    );
    // An indefinite age is someone new.
    let text = "Cole Palmer left early. “The pitch was heavy,” said a 40-year-old fan.";
    let s = seen(text, "pitch was heavy");
    assert_eq!(s.speaker.as_deref(), Some("a 40-year-old fan"));
    assert_ne!(s.name.as_deref(), Some("Cole Palmer"));
}

#[test]
fn an_unnamed_person_described_with_where_they_work_then_she() {
    // "A nurse at St Brigid's Hospital, who …, said": the nurse, not the hospital; the relative
    // clause is no part of the phrase; "she" in the next sentence is that nurse, unnamed.
    let text = "The health board defended its rota.\n\nA nurse at St Brigid's Hospital, who did \
                not want to be named, said staff were exhausted. “We cover three wards each \
                night,” she said.";
    let s = seen(text, "staff were exhausted");
    assert_eq!(s.kind, QuoteKind::Indirect);
    assert_eq!(
        s.speaker.as_deref(),
        Some("A nurse at St Brigid's Hospital"),
        "{s:?}"
    );
    let analysis = analyze(text, &Options::default());
    let quote = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("three wards"))
        .expect("quote found");
    let speaker = quote.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.span.text(text), "she");
    assert_eq!(speaker.name, "A nurse at St Brigid's Hospital");
    assert!(!speaker.named);
    // A named speaker before still takes "she" when no one is described in between.
    let text = "Dr Ann Marsh said staff were exhausted. “We cover three wards each night,” she \
                said.";
    assert_eq!(seen(text, "three wards").name.as_deref(), Some("Ann Marsh"));
}

#[test]
fn a_relative_clause_after_the_speaker_is_no_part_of_the_phrase() {
    let text = "Ann Marsh, who chairs the harbor board, said that the plan would fail.";
    let s = seen(text, "the plan would fail");
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"), "{s:?}");
    // An appositive stays.
    let text = "Ann Marsh, the chair of the harbor board, said that the plan would fail.";
    let s = seen(text, "the plan would fail");
    assert_eq!(
        s.speaker.as_deref(),
        Some("Ann Marsh, the chair of the harbor board"),
        "{s:?}"
    );
}

#[test]
fn a_fragment_then_according_to_names_its_source() {
    // "Hiring stayed “cautious,” according to the bank's survey.": a one-word partial quotation
    // whose source follows it.
    let text = "Hiring stayed “cautious,” according to the central bank's quarterly survey.";
    let s = seen(text, "cautious");
    assert_eq!(s.kind, QuoteKind::Partial, "{s:?}");
    assert_eq!(
        s.speaker.as_deref(),
        Some("the central bank's quarterly survey")
    );
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Document));
    let text = "“We will win,” according to the coach.";
    assert_eq!(
        seen(text, "We will win").speaker.as_deref(),
        Some("the coach")
    );
}

#[test]
fn a_datelines_dash_is_no_part_of_the_speaker() {
    let text = "NAIROBI, March 3 (Wire) - Kenya's athletics federation said on Monday that its \
                runners were “ready” for the championships.";
    let s = seen(text, "ready");
    assert_eq!(s.kind, QuoteKind::Partial);
    assert_eq!(
        s.speaker.as_deref(),
        Some("Kenya's athletics federation"),
        "{s:?}"
    );
    assert_eq!(
        s.speaker_kind,
        Some(crate::analysis::SpeakerKind::Organization)
    );
}

/// `Context::word_is` and `word_is_ignore_case` agree with comparing `Context::word`, for every
/// token against words of the same and of other lengths.
#[test]
fn word_is_agrees_with_word() {
    let text = "“Naïve,” said Dr. Okafor; THE board's café (in Zürich) said — that's all… «Non».";
    let segments = crate::segment::segment(text);
    let ctx = super::Context::new(text, &segments, &[], &[], &[]);
    let probes = [
        "", "“", "”", "«", ";", "(", ")", "said", "SAID", "the", "The", "'s", "café", "CAFÉ", "…",
        "that", "Zürich", "zürich", "naïve",
    ];
    for i in 0..segments.tokens.len() {
        let word = ctx.word(i);
        for probe in probes.iter().copied().chain([word]) {
            assert_eq!(ctx.word_is(i, probe), word == probe, "{word:?} {probe:?}");
            assert_eq!(
                ctx.word_is_ignore_case(i, probe),
                word.eq_ignore_ascii_case(probe),
                "{word:?} {probe:?}"
            );
        }
    }
}

#[test]
fn role_words_before_a_mentions_title_stay_in_the_speaker() {
    // The mention's title is "executive"; "chief" before it belongs to the same role.
    for (text, speaker) in [
        (
            "In a memo to staff, chief executive Lisa Moran wrote: “We must cut costs.”",
            "chief executive Lisa Moran",
        ),
        (
            "Chief executive Lisa Moran said: “We must cut costs.”",
            "Chief executive Lisa Moran",
        ),
    ] {
        let s = seen(text, "We must cut costs");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
        assert_eq!(s.name.as_deref(), Some("Lisa Moran"));
    }
}

#[test]
fn a_cue_at_the_end_of_the_text_after_according_to_is_safe() {
    // Found by tests/properties.rs: "according to" with only a cue after it, at the end of the
    // text, made the noun-phrase walk read past the last token.
    let text = "“We came hoping to make progress,” according to said";
    let analysis = analyze(text, &Options::default());
    assert_eq!(analysis.quotes.len(), 1);
    let text = "“We came,” according to";
    assert_eq!(analyze(text, &Options::default()).quotes.len(), 1);
}

#[test]
fn a_pronoun_after_a_possessive_description_is_that_person() {
    // "Lund's lawyer said …. “…,” he said.": "he" is the lawyer just described, not Lund.
    let text = "Councillor Erik Lund said the vote was fair.\n\nLund's lawyer said the \
                complaint had no basis. “There is nothing to answer,” he said.";
    let s = seen(text, "nothing to answer");
    assert_eq!(s.speaker.as_deref(), Some("he"));
    assert_eq!(s.name.as_deref(), Some("Lund's lawyer"), "{s:?}");
    // A gendered head noun of the other gender is not the pronoun's person: "she" after "Her
    // husband said …" is not the husband.
    let text = "Mira Sallow, 54, lost her shop in the flood.\n\nHer husband said the water rose \
                fast. “We lost everything in an hour,” she said.";
    let s = seen(text, "lost everything");
    assert_eq!(s.speaker.as_deref(), Some("she"));
    assert_eq!(s.name.as_deref(), Some("Mira Sallow"), "{s:?}");
}

#[test]
fn was_the_reply_from_names_the_speaker() {
    let text = "Tenants asked whether the rent would rise.\n\n“Absolutely not,” was the reply \
                from a housing association spokesperson.";
    let s = seen(text, "Absolutely not");
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(
        s.speaker.as_deref(),
        Some("a housing association spokesperson"),
        "{s:?}"
    );
    assert_eq!(s.cue.as_deref(), Some("was the reply from"));
    let s = seen(
        "“Not this year,” came the answer from Dana Whitlow.",
        "Not this year",
    );
    assert_eq!(s.name.as_deref(), Some("Dana Whitlow"), "{s:?}");
    // A reply that is the writer's subject is no frame: no speaker named "the council".
    let s = seen(
        "“Soon,” the reply from the council said nothing about dates.",
        "Soon",
    );
    assert_ne!(s.speaker.as_deref(), Some("the council"), "{s:?}");
}

#[test]
fn said_opening_a_sentence_before_a_name_and_colon_is_the_cue() {
    // "Said Okonjo:" puts the speaker first in the house style of some papers; "Said" is also a
    // given name, but not here.
    let text = "The mill closed in March.\n\nSaid Okonjo: “I worked there for thirty years.”";
    let s = seen(text, "thirty years");
    assert_eq!(s.speaker.as_deref(), Some("Okonjo"), "{s:?}");
    assert_eq!(s.cue.as_deref(), Some("Said"));
    // The given name stays a name where a cue follows it.
    let text = "Said Haddad said the mill would reopen.";
    assert_eq!(
        seen(text, "the mill would reopen").name.as_deref(),
        Some("Said Haddad")
    );
}

#[test]
fn according_to_a_bare_noun_phrase_names_a_document() {
    // "according to official figures": no determiner, still the source.
    let s = seen(
        "Ticket sales fell by a fifth over the winter, according to official figures.",
        "Ticket sales fell",
    );
    assert_eq!(s.kind, QuoteKind::Indirect);
    assert_eq!(s.speaker.as_deref(), Some("official figures"), "{s:?}");
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Document));
    // A name after the bare noun opens a clause: the source is the reports, not Mr. Hale.
    let s = seen(
        "The firm lobbied six senators, according to reports Mr. Hale filed last year.",
        "The firm lobbied six senators",
    );
    assert_eq!(s.speaker.as_deref(), Some("reports"), "{s:?}");
    // A later "the federation" is the federation, not the figures that came from it.
    let text = "According to figures from the rowing federation, entries rose by a third this \
                spring.\n\nAccording to the federation, most new rowers are over forty.";
    let s = seen(text, "most new rowers");
    assert_eq!(s.name.as_deref(), Some("the federation"), "{s:?}");
}

#[test]
fn a_time_or_participle_after_a_trailing_cue_is_no_reported_clause() {
    // "CLAUSE, the company said on Thursday, blaming …": the clause is before the cue.
    let text = "Orvane Foods will close two bakeries and cut 300 jobs, the company said on \
                Thursday, blaming higher flour prices.";
    let s = seen(text, "Orvane Foods will close");
    assert_eq!(s.kind, QuoteKind::Indirect);
    assert_eq!(s.speaker.as_deref(), Some("the company"), "{s:?}");
    let analysis = analyze(text, &Options::default());
    assert!(
        !analysis
            .quotes
            .iter()
            .any(|q| q.span.text(text).contains("blaming")),
        "{:?}",
        analysis.quotes
    );
    // "said on Thursday that CLAUSE" still reports the clause after it.
    let text = "The company said late on Thursday that both bakeries would shut next year.";
    assert_eq!(
        seen(text, "both bakeries would shut").speaker.as_deref(),
        Some("The company")
    );
}

#[test]
fn a_headline_speaker_with_a_person_noun_the_tagger_reads_as_a_verb() {
    // "Rovers boss hails …": "boss" is the head of the speaker phrase, not its verb.
    let text = "Rovers boss hails 'magnificent' response after derby defeat\n\nThe club lost \
                2-1 at the weekend.";
    let s = seen(text, "magnificent");
    assert_eq!(s.speaker.as_deref(), Some("Rovers boss"), "{s:?}");
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Person));
}

#[test]
fn a_pronoun_after_a_sentence_about_a_titled_person_is_that_person() {
    // The previous sentence is about Ivo Marsh (after a three-word title the tagger half reads
    // as a verb); "He" is Ivo Marsh, not the last speaker.
    let text = "United striker Karl Okoye scored twice. “I owe the keeper a drink,” he joked.\n\n\
                Former Town captain Ivo Marsh, now a pundit, was less impressed. He called the \
                first half “the worst I have seen in years”.";
    let s = seen(text, "the worst I have seen");
    assert_eq!(s.speaker.as_deref(), Some("He"));
    assert_eq!(s.name.as_deref(), Some("Ivo Marsh"), "{s:?}");
    // The last speaker keeps a pronoun when the sentence before names no one.
    let text = "United striker Karl Okoye scored twice. “I owe the keeper a drink,” he joked.\n\n\
                The second half was calmer. He called it “a proper game of football”.";
    assert_eq!(
        seen(text, "a proper game").name.as_deref(),
        Some("Karl Okoye")
    );
}

#[test]
fn a_participle_clause_after_the_subject_is_no_part_of_the_speaker() {
    // "The audit, ordered after two directors quit, said …": the audit speaks, not the
    // directors, and the participle clause is left out of the phrase.
    let text = "The audit, ordered after two directors quit, said invoices had been “signed \
                without checks” for years.";
    let s = seen(text, "signed without checks");
    assert_eq!(s.speaker.as_deref(), Some("The audit"), "{s:?}");
    assert_eq!(s.speaker_kind, Some(crate::analysis::SpeakerKind::Document));
    // An appositive noun phrase stays: "X, a doctor at Y, said".
    let text = "Ann Marsh, a doctor at the clinic, said the wait was “far too long.”";
    assert_eq!(
        seen(text, "far too long").speaker.as_deref(),
        Some("Ann Marsh, a doctor at the clinic")
    );
}

#[test]
fn a_name_with_an_appositive_before_has_said_keeps_the_appositive() {
    // "X, a doctor at Y, has said": the auxiliary before the cue is skipped back to the
    // appositive's closing comma.
    let s = seen(
        "“The wait is too long,” Ann Marsh, a doctor at the clinic, has said.",
        "wait is too long",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Ann Marsh, a doctor at the clinic"),
        "{s:?}"
    );
    assert_eq!(s.cue.as_deref(), Some("said"));
}

#[test]
fn a_described_person_of_an_organisation_after_the_cue_is_a_person() {
    // "said the chairman of Acme Motors": the chairman speaks, a person left unnamed; the
    // organisation at the end of the description does not.
    for text in [
        "“We will not sell,” said the chairman of Acme Motors.",
        "The deal is off, according to the chairman of Acme Motors.",
    ] {
        let s = seen(text, "");
        assert_eq!(
            s.speaker.as_deref(),
            Some("the chairman of Acme Motors"),
            "{text}"
        );
        assert_eq!(
            s.name.as_deref(),
            Some("the chairman of Acme Motors"),
            "{text}"
        );
        assert_eq!(
            s.speaker_kind,
            Some(crate::analysis::SpeakerKind::Person),
            "{text}"
        );
    }
}

#[test]
fn indirect_speech_clause_first_with_a_short_tail_after_the_cue() {
    // "CLAUSE, said X." / "CLAUSE, X told us.": a short tail after the cue holds the speaker
    // or the listener, not a clause of its own.
    for (text, speaker, cue) in [
        (
            "The bridge will close for a month, said the city engineer.",
            "the city engineer",
            "said",
        ),
        (
            "The bridge will close for a month, Ann Marsh told us.",
            "Ann Marsh",
            "told",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(
            found,
            vec![(
                "The bridge will close for a month".to_string(),
                Some(speaker.to_string()),
                Some(cue.to_string())
            )],
            "{text}"
        );
    }
}

#[test]
fn a_title_cased_quotation_after_a_colon_is_speech() {
    // After a colon, as after "said,", capitalised words are what was said, not a title.
    for (text, speaker) in [
        (
            "The coach had one message for her players: “Never Give Up”",
            "The coach",
        ),
        ("Ann Marsh put it simply: “We Will Win”", "Ann Marsh"),
    ] {
        let s = seen(text, "");
        assert_eq!(s.kind, QuoteKind::Direct, "{text}");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_headline_speaker_without_an_article_after_an_inverted_cue() {
    // Headline style drops the article: "…, says watchdog". The quotation is partial, the
    // watchdog its speaker, in the headline (single marks are every headline quotation's) and
    // in the body.
    for (text, quote) in [
        (
            "Harbour plan 'reckless', says watchdog\n\nThe plan was published on Monday.",
            "reckless",
        ),
        (
            "Harbour plan faces 'serious questions', says watchdog chief\n\nThe plan was \
             published on Monday.",
            "serious questions",
        ),
        (
            "The plan was published on Monday. The plan is “reckless”, says watchdog.",
            "reckless",
        ),
    ] {
        let s = seen(text, quote);
        assert_eq!(s.kind, QuoteKind::Partial, "{text}: {s:?}");
        assert!(
            s.speaker
                .as_deref()
                .is_some_and(|p| p.starts_with("watchdog")),
            "{text}: {s:?}"
        );
        assert_eq!(s.cue.as_deref(), Some("says"), "{text}");
    }
    let s = seen(
        "Harbour plan 'reckless', says watchdog\n\nThe plan was published on Monday.",
        "reckless",
    );
    assert_eq!(
        s.speaker_kind,
        Some(crate::analysis::SpeakerKind::Organization)
    );
    // The headline's colon frames its quotation too.
    let s = seen(
        "Minister: 'We will not back down'\n\nThe minister spoke on Monday.",
        "back down",
    );
    assert_eq!(s.kind, QuoteKind::Direct, "{s:?}");
    assert_eq!(s.speaker.as_deref(), Some("Minister"));
}

#[test]
fn a_relative_clause_closed_before_the_cue_gives_the_subject_not_the_pronoun() {
    // "X, who …, said": the relative clause is X's, the quotation the main clause's. After a
    // name the name is the speaker phrase; after a description inside an appositive ("a charity
    // that …") the subject it describes is.
    let s = seen(
        "Ann Marsh, who has lived in Dover for years, said the plan was “reckless”.",
        "reckless",
    );
    assert_eq!(s.kind, QuoteKind::Partial);
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"), "{s:?}");
    let s = seen(
        "But the Coastal Trust, a charity that manages the dunes, said the plan was “reckless”.",
        "reckless",
    );
    assert_eq!(s.kind, QuoteKind::Partial);
    assert_eq!(s.name.as_deref(), Some("Coastal Trust"), "{s:?}");
    assert_eq!(
        s.speaker_kind,
        Some(crate::analysis::SpeakerKind::Organization)
    );
    // Still open at the quotation, the clause's pronoun is its speaker.
    let s = seen(
        "Ann Marsh, who called the plan “reckless”, is a nurse.",
        "reckless",
    );
    assert_eq!(s.speaker.as_deref(), Some("who"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"));
}

#[test]
fn a_relative_pronoun_speaker_has_the_kind_of_what_it_stands_for() {
    let s = seen(
        "The report, which runs to 80 pages, notes: “Costs will rise.”",
        "Costs will rise",
    );
    assert_eq!(
        s.speaker_kind,
        Some(crate::analysis::SpeakerKind::Document),
        "{s:?}"
    );
    // A trust is a body, also with an appositive after it.
    let s = seen(
        "The trust, a charity, said the plan was “reckless”.",
        "reckless",
    );
    assert_eq!(
        s.speaker_kind,
        Some(crate::analysis::SpeakerKind::Organization),
        "{s:?}"
    );
}

#[test]
fn a_pronoun_right_after_said_speaks_inside_what_was_said() {
    // "X said she thought …": "thought" is inside what X said; the cue is "said".
    for text in [
        "Ann Marsh said she thought the plan was “a disaster for the town.”",
        "Ann Marsh said that she thought the plan was “a disaster for the town.”",
        "Ann Marsh told reporters she argued the plan was “a disaster for the town.”",
    ] {
        let s = seen(text, "a disaster");
        assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{text}: {s:?}");
        assert!(
            matches!(s.cue.as_deref(), Some("said" | "told")),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn a_text_ending_right_after_an_inverted_speaker_keeps_the_speaker() {
    // No closing period: the speaker phrase after "said" runs to the last token.
    let s = seen("“We won the vote,” said the team coach", "We won");
    assert_eq!(s.speaker.as_deref(), Some("the team coach"), "{s:?}");
    assert_eq!(s.cue.as_deref(), Some("said"), "{s:?}");
}

#[test]
fn a_speech_verb_in_capitals_is_a_cue() {
    // "The council SAID …": the verb set in capitals still frames the quotation; a capitalised
    // one ("Said") is a name and is no cue.
    let s = seen("The council SAID the plan was “reckless.”", "reckless");
    assert_eq!(s.cue.as_deref(), Some("SAID"), "{s:?}");
    assert_eq!(s.speaker.as_deref(), Some("The council"), "{s:?}");
    let s = seen(
        "The vote was close.\n\nANN MARSH SAID: “We will appeal.”",
        "appeal",
    );
    assert_eq!(s.kind, QuoteKind::Direct);
    assert_eq!(s.speaker.as_deref(), Some("ANN MARSH"), "{s:?}");
    let s = seen(
        "Ann Marsh met Said Haddad. “We will appeal,” she said.",
        "appeal",
    );
    assert_eq!(s.cue.as_deref(), Some("said"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
}

// ---------------------------------------------------------------------------------------------
// Tests added by helper "mut30" (issue 15: mutants of src/attribution that no test caught, in the
// sample run on the final code). Invented sentences.

#[test]
fn a_subject_with_each_after_it_keeps_its_head() {
    // "Reporters at the Harbor Post each called it …": "each" after a noun phrase is no subject
    // of its own; the phrase before it is.
    let s = seen(
        "Reporters at the Harbor Post each called it a “grim month” for the mayor.",
        "grim month",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Reporters at the Harbor Post"),
        "{s:?}"
    );
}

#[test]
fn an_appositive_that_runs_into_a_relative_clause_is_left_out() {
    // "said Dana Ortiz, a former adviser in … office who ran the budget.": the appositive is not
    // closed before the clause, so the speaker is the name alone, however long the phrase.
    let s = seen(
        "“We will see,” said Dana Ortiz, a former adviser in Governor Tom Bell’s office who ran \
         the budget.",
        "We will see",
    );
    assert_eq!(s.speaker.as_deref(), Some("Dana Ortiz"), "{s:?}");
}

#[test]
fn a_setting_after_the_cue_may_end_the_text_without_a_full_stop() {
    // "…, the company said in a short statement" with nothing after it: the setting runs to the
    // end of the text, and the clause before the comma is still reported speech.
    let s = seen(
        "The plan will fail, the company said in a short statement",
        "The plan will fail",
    );
    assert_eq!(s.kind, QuoteKind::Indirect, "{s:?}");
    assert_eq!(s.speaker.as_deref(), Some("the company"), "{s:?}");
}

#[test]
fn a_relative_pronoun_with_no_comma_before_it_stands_for_the_noun_before() {
    // "Voters who called …": no comma between the antecedent and "who"; the speaker is the
    // voters, not the pronoun.
    let s = seen(
        "Voters who called the plan “a disaster” stayed home.",
        "a disaster",
    );
    assert_eq!(s.name.as_deref(), Some("Voters"), "{s:?}");
}

#[test]
fn a_colon_after_a_name_gives_no_cue() {
    // "Ann Marsh on the ruling: “…”": the sentence's first word is no cue unless it is a speech
    // verb ("Said Morales: “…”").
    let s = seen(
        "Ann Marsh on the ruling: “We will appeal.”",
        "We will appeal",
    );
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"), "{s:?}");
    assert_eq!(s.cue, None, "{s:?}");
}

#[test]
fn according_to_after_a_quotation_is_the_cue() {
    let s = seen(
        "“We will appeal,” according to Ann Marsh.",
        "We will appeal",
    );
    assert_eq!(s.cue.as_deref(), Some("according to"), "{s:?}");
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn a_quotation_is_not_carried_past_another_speakers_cue() {
    // Bob Stone speaks between the two quotations: the bare one is not simply Ann Marsh's.
    let s = seen(
        "“We won,” Ann Marsh said, though Bob Stone said he disagreed and left. The crowd \
         stayed. “We will see.”",
        "We will see",
    );
    assert_ne!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn a_reporting_noun_before_its_verb_is_the_subject_not_the_cue() {
    // "report" reads as the verb's spelling; before "found" it is the subject's head noun.
    let s = seen(
        "A 2019 Senate Finance Committee report found “no sign of fraud in the accounts.”",
        "no sign of fraud",
    );
    assert_ne!(s.cue.as_deref(), Some("report"), "{s:?}");
    assert_eq!(
        s.speaker.as_deref(),
        Some("A 2019 Senate Finance Committee report"),
        "{s:?}"
    );
    // As a verb it stays the cue: "Officials report “steady progress.”"
    let s = seen(
        "Officials report “steady progress” on the bridge.",
        "steady",
    );
    assert_eq!(s.cue.as_deref(), Some("report"), "{s:?}");
}

#[test]
fn a_role_noun_the_tagger_misreads_still_heads_the_speaker() {
    // The WSJ model reads "delegate" as a verb and "official" as an adjective here.
    let s = seen(
        "“We are all props,” said Kent delegate Tom Welk, who left early.",
        "props",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Kent delegate Tom Welk"),
        "{s:?}"
    );
    let s = seen(
        "“It took an hour,” said one former senior agency official.",
        "an hour",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("one former senior agency official"),
        "{s:?}"
    );
}

#[test]
fn an_abbreviation_before_a_number_stays_inside_the_speaker_phrase() {
    let s = seen(
        "The Green nominee for the Nov. 8 election called the remark “sarcastic” on Monday.",
        "sarcastic",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("The Green nominee for the Nov. 8 election"),
        "{s:?}"
    );
}

#[test]
fn a_poll_named_for_two_pollsters_is_one_document_speaker() {
    let s = seen(
        "A national KTV/Marist poll released Monday found voters “extremely enthusiastic” about \
         the race.",
        "extremely enthusiastic",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("A national KTV/Marist poll released Monday"),
        "{s:?}"
    );
    assert_eq!(s.speaker_kind, Some(SpeakerKind::Document), "{s:?}");
}

#[test]
fn an_age_is_followed_by_the_rest_of_the_description() {
    let s = seen(
        "“We were never told,” said Dora Lane, 39, a waitress at the Blue Anchor diner, which \
         opened in May.",
        "never told",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Dora Lane, 39, a waitress at the Blue Anchor diner"),
        "{s:?}"
    );
    let s = seen(
        "“We are not moving,” said Ray Gomez, 55, of Brigantine, who runs a bakery.",
        "not moving",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Ray Gomez, 55, of Brigantine"),
        "{s:?}"
    );
}

// Tests for mutants of the 1/16 sample that changed PolNeAR train output with no invented
// sentence yet (issue 15); each was checked by applying the mutant (fails) and without it
// (passes).

#[test]
fn a_cue_far_into_the_writers_clause_after_a_quotation_is_not_its_frame() {
    // "asked" is a dozen words after the quotation, with no appositive comma before it: the
    // writer's sentence going on, not the quotation's cue.
    let s = seen(
        "When Ann Marsh used the words “not yet ready,” she was repeating a line the harbor \
         chief first used when asked about the new ferry.",
        "not yet ready",
    );
    assert_eq!(s.cue, None, "{s:?}");
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn lowercase_role_words_before_a_title_join_the_speaker() {
    // "chief executive Lena Okafor": "chief" before the title "executive" is a role word.
    let s = seen(
        "On Monday, the ferry line's chief executive Lena Okafor said fares would rise in the \
         spring.",
        "fares would rise",
    );
    assert_eq!(s.kind, QuoteKind::Indirect, "{s:?}");
    assert_eq!(
        s.speaker.as_deref(),
        Some("chief executive Lena Okafor"),
        "{s:?}"
    );
}

#[test]
fn a_relative_that_before_a_quantity_stays_out_of_the_speaker() {
    // "a deadline that several Harbor Trust insiders said …": "that" opens the relative clause;
    // the group, not the organisation named inside it, speaks.
    let s = seen(
        "The council set a new deadline that several Harbor Trust insiders said would never be \
         met.",
        "never be met",
    );
    assert_eq!(
        s.name.as_deref(),
        Some("several Harbor Trust insiders"),
        "{s:?}"
    );
    assert_eq!(s.speaker_kind, Some(SpeakerKind::Group), "{s:?}");
}

#[test]
fn a_comma_ends_a_description_before_the_cue() {
    // "In Dunmore, local officials said": the introductory phrase's comma ends the subject.
    let s = seen(
        "In Dunmore, local officials said the bridge would reopen in June.",
        "bridge would reopen",
    );
    assert_eq!(s.speaker.as_deref(), Some("local officials"), "{s:?}");
    assert_eq!(s.speaker_kind, Some(SpeakerKind::Group), "{s:?}");
}

#[test]
fn a_preposition_before_a_bare_name_ends_an_according_to_description() {
    // "according to a long article in Harbor Weekly": "in" followed by a name with no
    // determiner is no object the description takes.
    let s = seen(
        "The ferry will stop running in March, according to a long article in Harbor Weekly.",
        "ferry will stop",
    );
    assert_eq!(s.cue.as_deref(), Some("according to"), "{s:?}");
    assert_eq!(s.speaker.as_deref(), Some("a long article"), "{s:?}");
}

#[test]
fn a_headline_read_out_deep_in_a_sentence_is_the_speaker() {
    // "… and its gloomy front-page headline reads: “…”": the words right before the cue are
    // its subject, wherever the sentence began.
    let s = seen(
        "The paper ran a long story about the ferry on Sunday, and its gloomy front-page \
         headline reads: “Ferry fares to double by June.”",
        "Ferry fares",
    );
    assert_eq!(s.cue.as_deref(), Some("reads"), "{s:?}");
    assert_eq!(
        s.speaker.as_deref(),
        Some("its gloomy front-page headline"),
        "{s:?}"
    );
}

#[test]
fn a_name_after_the_listener_opens_the_reported_clause() {
    // "told reporters Lena Okafor would run": the listener ends where a new name starts.
    let text = "Ann Marsh told reporters Lena Okafor would run for mayor next year.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect speech found");
    assert_eq!(
        q.span.text(text),
        "Lena Okafor would run for mayor next year"
    );
}

#[test]
fn a_quotation_in_parentheses_keeps_its_kind() {
    // An opening parenthesis before the quotation does not make it part of a sentence.
    let s = seen(
        "Ann Marsh spoke briefly on Monday. (“We will rebuild the pier,” she said.) The crowd \
         cheered.",
        "rebuild the pier",
    );
    assert_eq!(s.kind, QuoteKind::Direct, "{s:?}");
}

#[test]
fn a_relative_that_after_a_description_stands_for_the_description() {
    // "a scathing Boston Globe editorial that accuses …": "that" after a noun is the relative
    // pronoun, and it stands for the whole description (a document), not for the newspaper
    // named inside it.
    let s = seen(
        "Her team plans to reprint a scathing Boston Globe editorial that accuses Bob Stone of \
         waging a “fact-free campaign” before the vote.",
        "fact-free campaign",
    );
    assert_eq!(
        s.name.as_deref(),
        Some("a scathing Boston Globe editorial"),
        "{s:?}"
    );
    assert_eq!(s.speaker_kind, Some(SpeakerKind::Document), "{s:?}");
}

#[test]
fn a_definite_description_names_the_organisation_whose_name_holds_its_head() {
    // "the institute" is the Wren Maritime Institute named before.
    let s = seen(
        "The Wren Maritime Institute studied the harbor for a year. “The pier is unsafe,” the \
         institute said on Monday.",
        "pier is unsafe",
    );
    assert_eq!(s.speaker.as_deref(), Some("the institute"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Wren Maritime Institute"), "{s:?}");
}

#[test]
fn a_pronoun_opening_a_paragraph_is_the_person_the_last_paragraph_opened_with() {
    // The previous sentence, in the paragraph before, is about Ann Marsh: "She" is hers, not the
    // last woman named.
    let s = seen(
        "Ann Marsh thanked Lena Okafor for the new pier.\n\nShe called it “a triumph for the \
         town.”",
        "triumph",
    );
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn a_pronoun_after_a_named_spokeswoman_is_her_name() {
    // "a spokeswoman, Lena Okafor, said": the speaker has a name, so "she" in the next sentence
    // is Lena Okafor, not the unnamed description.
    let s = seen(
        "The pier was closed for repairs, a spokeswoman, Lena Okafor, said on Monday. It will \
         reopen in June, she said.",
        "reopen in June",
    );
    assert_eq!(s.name.as_deref(), Some("Lena Okafor"), "{s:?}");
}

#[test]
fn a_preposition_before_of_stays_out_of_the_antecedent() {
    // "because of her own council members, who …": only a quantity ("most of …") or a head
    // noun takes an "of" tail; "because" does not.
    let s = seen(
        "The mayor lost ground because of her own council members, who called the plan “a \
         burden.”",
        "a burden",
    );
    assert_eq!(s.name.as_deref(), Some("her own council members"), "{s:?}");
}

#[test]
fn the_last_person_of_a_title_run_speaks() {
    // "Okafor supporter Bob Stone": a name used as a modifier, then a role, then the speaker.
    let s = seen(
        "“We will not wait for the council,” said Okafor supporter Bob Stone when asked about \
         the vote.",
        "not wait",
    );
    assert_eq!(s.name.as_deref(), Some("Bob Stone"), "{s:?}");
}

#[test]
fn a_signature_line_with_its_setting_names_the_speaker() {
    // "— Mayor Ann Marsh, writing after the council vote.": ten tokens, a short paragraph that
    // signs the quotation before it.
    let s = seen(
        "Bob Stone spoke first.\n\n“The bridge will open on time. We never quit.”\n\n— Mayor \
         Ann Marsh, writing after the council vote.",
        "bridge will open",
    );
    assert_eq!(s.name.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn only_the_rules_phrase_lends_a_name_its_fuller_phrase() {
    // The rules propose no phrase for this quotation (it ends with a title in single marks inside
    // two-apostrophe marks); the first candidate, the long phrase after "said" running into the
    // participle clause, is no rules' phrase, so the name chosen keeps its own span.
    let s = seen(
        "''I remember the day the bridge story broke, and it was on 'Morning Harbor,''' said \
         Lena Okafor, a onetime aide to Mr. Stone, recalling a bogus story from the 2009 race.",
        "I remember",
    );
    assert_eq!(s.speaker.as_deref(), Some("Lena Okafor"), "{s:?}");
}

#[test]
fn a_question_word_opening_the_sentence_is_no_relative_pronoun() {
    // "Who called …?": "Who" opens a question, not a relative clause after a name, so it is no
    // speaker; at the very start of the text there is nothing before it to read.
    let s = seen(
        "Ann Marsh spoke. Who called the plan “a disaster” on Monday?",
        "a disaster",
    );
    assert_ne!(s.speaker.as_deref(), Some("Who"), "{s:?}");
    let analysis = analyze(
        "Who called the plan “a disaster” on Monday? Ann Marsh did.",
        &Options::default(),
    );
    assert_eq!(analysis.quotes.len(), 1);
}

#[test]
fn a_five_word_description_after_an_inverted_cue_is_the_speaker() {
    // "said the new harbor union chief," away from the quotation: five words closed by a comma
    // are still a speaker phrase (a longer one, away from a quotation, is not).
    let s = seen(
        "Fares will rise, said the new harbor union chief, and “we have no choice.”",
        "no choice",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("the new harbor union chief"),
        "{s:?}"
    );
}

#[test]
fn a_firm_with_its_home_town_and_state_is_the_speaker() {
    let s = seen(
        "Bayline Inc. of Dover, Delaware said on Monday that “the plant will reopen.”",
        "plant will reopen",
    );
    assert_eq!(s.name.as_deref(), Some("Bayline Inc."), "{s:?}");
    assert_eq!(s.speaker_kind, Some(SpeakerKind::Organization), "{s:?}");
}

#[test]
fn a_double_hyphen_dash_is_no_part_of_the_speaker() {
    let s = seen(
        "The rally ran long with slides -- Ann Marsh told fans “we are not done yet.”",
        "not done yet",
    );
    assert_eq!(s.speaker.as_deref(), Some("Ann Marsh"), "{s:?}");
}

#[test]
fn a_titled_listener_before_that_is_no_part_of_the_reported_clause() {
    let text = "Ann Marsh told harbor chief Lena Okafor that the ferry would need new engines.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("the reported clause");
    assert_eq!(q.span.text(text), "the ferry would need new engines");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ann Marsh")
    );
    // A name starting the clause is its subject, as before.
    let text = "Ann Marsh told reporters Lena Okafor would run for mayor.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("the reported clause");
    assert_eq!(q.span.text(text), "Lena Okafor would run for mayor");
}

#[test]
fn a_listener_with_a_possessive_is_no_part_of_the_reported_clause() {
    // British spelling the tagger reads as a verb, and a possessed name.
    for text in [
        "Priya Lakhani told the BBC's Today programme that councils would keep a say.",
        "Ann Marsh told the paper's editor that the ferry would need new engines.",
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.kind == QuoteKind::Indirect)
            .expect("the reported clause");
        let clause = q.span.text(text);
        assert!(
            clause.starts_with("councils") || clause.starts_with("the ferry"),
            "{clause:?}"
        );
    }
}

/// Names coordinated before one plural head are one source: "the Tax and Trade departments"
/// (the phrase stopped at the first name), after "according to" or in an appositive's tail.
#[test]
fn names_coordinated_before_a_plural_head_are_one_source() {
    let text = "The harbor will close for a week, according to the Tax and Trade departments.";
    let s = seen(text, "harbor will close");
    assert_eq!(
        s.speaker.as_deref(),
        Some("the Tax and Trade departments"),
        "{s:?}"
    );
    let text = "The storm caused “real damage,” according to officials at the Fisheries and \
                Coastal ministries.";
    let s = seen(text, "real damage");
    assert_eq!(s.kind, QuoteKind::Partial);
    assert_eq!(
        s.speaker.as_deref(),
        Some("officials at the Fisheries and Coastal ministries"),
        "{s:?}"
    );
    // One name, then "and" and a clause: the phrase stays the name.
    let text = "The port reopened, according to Harbor Trust and its pilots said so too.";
    let s = seen(text, "port reopened");
    assert_eq!(s.speaker.as_deref(), Some("Harbor Trust"), "{s:?}");
}

/// A relative clause without "that" after an indefinite noun: the name is the subject, not "a
/// move Mayor …"; a role noun before a name stays in the phrase.
#[test]
fn the_subject_of_a_relative_clause_without_that_starts_at_the_name() {
    let text = "The board approved a levy for a new ferry pier, a step Mayor Dana Whitcombe \
                called “long overdue.”";
    let s = seen(text, "long overdue");
    assert_eq!(s.kind, QuoteKind::Partial);
    assert_eq!(s.speaker.as_deref(), Some("Mayor Dana Whitcombe"), "{s:?}");
    let text = "The pier was “long overdue,” a spokeswoman Ann Holt said.";
    let s = seen(text, "long overdue");
    assert_eq!(
        s.speaker.as_deref(),
        Some("a spokeswoman Ann Holt"),
        "{s:?}"
    );
}

#[test]
fn a_clause_before_a_relative_pronoun_is_no_speaker_phrase() {
    // "The crowd cheered for the mayor of Wren who called …": "cheered" (read as a participle)
    // makes the words before "who" a clause; the one who called the plan a disgrace is the
    // mayor, the noun phrase "who" stands for.
    let s = seen(
        "The plan drew a crowd in Wren on Monday. The crowd cheered for the mayor of Wren who called the plan “a disgrace.”",
        "a disgrace",
    );
    let speaker = s.speaker.as_deref().unwrap_or("");
    assert!(!speaker.contains("cheered"), "{s:?}");
    assert!(
        speaker == "the mayor of Wren" || s.name.as_deref() == Some("the mayor of Wren"),
        "{s:?}"
    );
}

#[test]
fn a_participle_clause_after_the_appositive_is_no_part_of_the_speaker() {
    // "said Lena Okafor, a onetime aide to Mr. Stone, recalling …": the appositive ends at its
    // comma; the participle clause says what she did.
    for (text, quote) in [
        (
            "“He never told me the truth about any of it,” said Lena Okafor, a onetime aide to Mr. Stone, recalling a bogus story about the mayor.",
            "never told me",
        ),
        (
            "“We were ready,” said Omar Diaz, the chief of the Wren fire brigade, adding that the trucks had been fueled.",
            "We were ready",
        ),
    ] {
        let s = seen(text, quote);
        let speaker = s.speaker.as_deref().unwrap_or("");
        assert!(
            speaker.ends_with("Mr. Stone") || speaker.ends_with("fire brigade"),
            "{text}: {s:?}"
        );
    }
}

#[test]
fn a_role_noun_before_coordinated_names_stays_in_the_speaker() {
    // "the marine biologists Hanna Voss and Teodor Brandt of the Kell Institute wrote": the
    // tagger's verb reading of "biologists" cut the speaker to "the marine".
    let s = seen(
        "“The reef is dying faster than anyone expected,” the marine biologists Hanna Voss and Teodor Brandt of the Kell Institute wrote in a paper.",
        "reef is dying",
    );
    let speaker = s.speaker.as_deref().unwrap_or("");
    assert_ne!(speaker, "the marine", "{s:?}");
    assert!(speaker.contains("Hanna Voss"), "{s:?}");
}

#[test]
fn a_home_place_after_an_unknown_firm_is_not_the_speaker() {
    // "Harbor Mills of Derry, Vt., said": the mention stage misses the firm; the town after
    // "of" is where it is, not who spoke.
    let s = seen(
        "“We will grow,” Harbor Mills of Derry, Vt., said.",
        "We will grow",
    );
    let speaker = s.speaker.as_deref().unwrap_or("");
    assert!(speaker.starts_with("Harbor Mills"), "{s:?}");
    assert_ne!(s.name.as_deref(), Some("Derry"), "{s:?}");
}

#[test]
fn a_past_form_modifying_the_role_after_a_quotation_stays_in_the_speaker() {
    // "“…,” retired fisherman Bill Tate said": right after the quotation "retired" (read as a
    // past tense) can only modify the role noun; the speaker keeps it.
    let s = seen(
        "“The boats are not coming back,” retired fisherman Bill Tate said.",
        "boats are not",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("retired fisherman Bill Tate"),
        "{s:?}"
    );
}

#[test]
fn a_pronoun_with_a_clitic_is_the_pronoun_and_points_back() {
    // "She'd told colleagues …": the speaker is "She" (no verb inside the phrase), resolved to
    // the person last named.
    let s = seen(
        "Mayor Lena Okafor met the board. She'd told colleagues the deal was “dead.”",
        "dead",
    );
    assert_eq!(s.speaker.as_deref(), Some("She"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Lena Okafor"), "{s:?}");
    let s = seen(
        "Lena Okafor spoke first. “We’ve waited long enough,” she’d said.",
        "waited long",
    );
    assert_eq!(s.speaker.as_deref(), Some("she"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Lena Okafor"), "{s:?}");
}

#[test]
fn a_setting_between_commas_is_no_part_of_the_speaker() {
    // "The company, in a statement, said": the statement is how it spoke, not who.
    let s = seen(
        "The company, in a statement, said the plan was “reckless.”",
        "reckless",
    );
    assert_eq!(s.speaker.as_deref(), Some("The company"), "{s:?}");
    let s = seen(
        "Tom Vale, on Monday, called the ruling “a farce.”",
        "a farce",
    );
    assert_eq!(s.speaker.as_deref(), Some("Tom Vale"), "{s:?}");
    // An appositive stays: "Ann Holt, a lawyer for the union, said".
    let s = seen(
        "Ann Holt, a lawyer for the union, said the deal was “unfair.”",
        "unfair",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Ann Holt, a lawyer for the union"),
        "{s:?}"
    );
}

#[test]
fn people_named_with_a_place_are_the_speaker_not_the_place() {
    // The phrase was cut to the place ("Leeds", typed an organisation), which said nothing.
    for (text, phrase) in [
        (
            "Teachers in Leeds said the strike would go ahead.",
            "Teachers in Leeds",
        ),
        (
            "Council leaders in Norwich have warned that library hours will be cut.",
            "Council leaders in Norwich",
        ),
        (
            "Farmers across Kansas and Nebraska say the drought is the worst in decades.",
            "Farmers across Kansas and Nebraska",
        ),
        (
            "“The strike will go ahead,” said teachers in Leeds.",
            "teachers in Leeds",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect(text);
        assert_eq!(speaker.span.text(text), phrase, "{text}");
        assert!(!speaker.named, "{text}");
        assert_eq!(speaker.kind, SpeakerKind::Group, "{text}");
    }
    // A spokeswoman for a place speaks for it, and a name before an appositive stays the speaker.
    assert_eq!(
        speaker_of("A spokeswoman for Ohio said the bridge was safe.", "bridge").as_deref(),
        Some("Ohio")
    );
    assert_eq!(
        speaker_of(
            "Lou Park, a teacher in Leeds, who has taught for years, said: “We will strike.”",
            "We will strike"
        )
        .as_deref(),
        Some("Lou Park")
    );
}

#[test]
fn people_named_with_a_person_are_not_that_person() {
    for (text, phrase) in [
        (
            "Supporters of Ann Lee and Tom Hale said the vote was rigged.",
            "Supporters of Ann Lee and Tom Hale",
        ),
        (
            "The wife of Tom Hale said he had been unwell.",
            "The wife of Tom Hale",
        ),
        (
            "A spokesman for Dana Whitfield said the vote was fair.",
            "A spokesman for Dana Whitfield",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect(text);
        assert_eq!(speaker.span.text(text), phrase, "{text}");
        assert!(!speaker.named, "{text}");
    }
}

#[test]
fn he_after_an_organisations_spokesman_is_that_spokesman() {
    // "he" went to the last named man, two paragraphs up, instead of the spokesman just quoted.
    let text = "Opposition leader Tom Hadley called the plan a betrayal.\n\n\
                A spokesman for Unison, the public-sector union, said staff had not been \
                consulted. ‘Nobody asked us,’ he said.";
    assert_eq!(speaker_of(text, "Nobody asked").as_deref(), Some("Unison"));
    // A man named in the sentence before is still the one "he" stands for.
    let text = "Opposition leader Tom Hadley called the plan a betrayal.\n\n\
                Tom Hadley said staff had not been consulted. ‘Nobody asked us,’ he said.";
    assert_eq!(
        speaker_of(text, "Nobody asked").as_deref(),
        Some("Tom Hadley")
    );
}

#[test]
fn per_cent_written_as_two_words_stays_in_the_speaker_phrase() {
    // The phrase was cut after "per" ("cent of members", or "40" alone after the cue).
    for (text, quote, phrase) in [
        (
            "Some 40 per cent of members said the deal was “a disgrace”.",
            "disgrace",
            "Some 40 per cent of members",
        ),
        (
            "“We are angry,” said 40 per cent of members.",
            "angry",
            "40 per cent of members",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.span.text(text).contains(quote))
            .expect(text);
        let speaker = q.speaker.as_ref().expect(text);
        assert_eq!(speaker.span.text(text), phrase, "{text}");
        assert_eq!(speaker.kind, SpeakerKind::Group, "{text}");
    }
}

#[test]
fn a_share_of_those_asked_after_the_cue_is_the_whole_phrase() {
    // "said 40 percent of those asked" gave "40 percent"; "said a third of those asked" (with
    // "third" read as an adjective) gave no speaker at all.
    for (text, phrase) in [
        (
            "The survey found broad support. “It costs too much,” said a third of those asked.",
            "a third of those asked",
        ),
        (
            "“It costs too much,” said 40 percent of those asked.",
            "40 percent of those asked",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let speaker = analysis.quotes[0].speaker.as_ref().expect(text);
        assert_eq!(speaker.span.text(text), phrase, "{text}");
        assert_eq!(speaker.kind, SpeakerKind::Group, "{text}");
    }
}

#[test]
fn a_reporting_noun_after_a_noun_of_the_phrase_is_its_head() {
    // "a city hall pool report", "a White House pool report": "report" after the nouns of the
    // phrase is its head, not a cue, and "pool" (read as a verb) is one of those nouns.
    for text in [
        "“Nobody answered,” according to a city hall pool report.",
        "“Nobody answered,” according to a White House pool report.",
    ] {
        let s = seen(text, "Nobody answered");
        let speaker = s.speaker.as_deref().unwrap_or("");
        assert!(speaker.ends_with("pool report"), "{text}: {s:?}");
    }
}

#[test]
fn a_study_keeps_who_wrote_it() {
    // "a 2019 study by engineers at Marlow College": "by" names the study's authors.
    let s = seen(
        "“The bridge is failing,” according to a 2019 study by engineers at Marlow College.",
        "bridge is failing",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("a 2019 study by engineers at Marlow College"),
        "{s:?}"
    );
}

#[test]
fn that_was_the_message_from_names_the_source_after_a_dash() {
    // "“…” — that was the message from Kestrel Foods": "that" stands for the quotation, and the
    // source follows "from"; the previous paragraph's speaker does not carry over.
    let s = seen(
        "Ray Voss spoke first. “The budget is a mess,” Voss said.\n\n“We are not for sale” — that was the message from Kestrel Foods after the vote.",
        "not for sale",
    );
    assert_eq!(s.name.as_deref(), Some("Kestrel Foods"), "{s:?}");
}

// Tests for mutants missed in the stop-34 sample of src/attribution (issue 15).

/// Runs `f` on the attribution context of `text`.
fn with_context<R>(text: &str, f: impl FnOnce(&super::Context) -> R) -> R {
    let p = crate::pipeline::prepare(text);
    let ctx = super::Context::new(text, &p.segments, &p.mentions, &p.entities, &p.quote_spans);
    f(&ctx)
}

/// The first token of `ctx` that is `word`.
fn token_of(ctx: &super::Context, word: &str) -> usize {
    (0..ctx.segments.tokens.len())
        .find(|&k| ctx.word_is(k, word))
        .unwrap_or_else(|| panic!("{word:?} not found"))
}

#[test]
fn the_next_cue_from_a_cue_is_that_cue() {
    // Searching from a speech verb finds that verb, not the next one.
    with_context("Ann Holt said fares rise, and Tom Vale agreed.", |ctx| {
        let said = token_of(ctx, "said");
        assert!(ctx.is_cue(said));
        assert_eq!(ctx.next_cue(0), Some(said));
        assert_eq!(ctx.next_cue(said), Some(said));
    });
}

#[test]
fn a_speech_verb_after_of_or_a_night_compound_is_a_noun() {
    // "a flood of claims", "her election-night remarks": nouns, each on its own rule.
    with_context("The firm faced a flood of claims after the storm.", |ctx| {
        assert!(!ctx.is_cue(token_of(ctx, "claims")));
    });
    with_context(
        "Fans cheered her election-night remarks in the hall.",
        |ctx| {
            assert!(!ctx.is_cue(token_of(ctx, "remarks")));
        },
    );
    // The same verbs with a subject are cues.
    with_context("The firm claims the storm did no harm.", |ctx| {
        assert!(ctx.is_cue(token_of(ctx, "claims")));
    });
}

#[test]
fn a_quotation_after_a_later_name_and_time_word_takes_the_tail_speaker() {
    // "“…” of the plan, Ann Holt said Tuesday.": a time word after the cue still closes it.
    let s = seen(
        "Critics called the toll “a tax on the poor” in a letter, Ann Holt said Tuesday.",
        "a tax on the poor",
    );
    assert_eq!(s.name.as_deref(), Some("Ann Holt"), "{s:?}");
    assert_eq!(s.cue.as_deref(), Some("said"), "{s:?}");
}

#[test]
fn a_pronoun_right_after_an_earlier_cue_reports_the_earlier_speaker() {
    // "Ann Holt said she told the board “…”": what she told the board is inside what Ann Holt
    // said; the speaker is the earlier cue's subject.
    let s = seen(
        "Ann Holt said she told the board “we cannot wait another year.”",
        "cannot wait",
    );
    assert_eq!(s.speaker.as_deref(), Some("Ann Holt"), "{s:?}");
}

#[test]
fn a_short_appositive_after_a_sentence_subject_stays_with_it() {
    // "Mayor Lena Okafor, D-Tarn, despite …, kept saying": "saying" has no subject of its own;
    // the sentence's subject keeps its appositive between commas.
    let s = seen(
        "Mayor Lena Okafor, D-Tarn, despite admitting the cost, kept saying “we will build it.”",
        "we will build it",
    );
    assert_eq!(s.name.as_deref(), Some("Lena Okafor"), "{s:?}");
    assert_eq!(
        s.speaker.as_deref(),
        Some("Mayor Lena Okafor, D-Tarn"),
        "{s:?}"
    );
}

#[test]
fn a_stray_comma_opening_the_text_keeps_the_reported_clause() {
    // ", Ann Holt said fares will rise.": a fragment pasted from the middle of a sentence.
    let text = ", Ann Holt said fares will rise.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("the reported clause");
    assert_eq!(q.span.text(text), "fares will rise");
    assert_eq!(
        q.speaker.as_ref().map(|s| s.name.as_str()),
        Some("Ann Holt")
    );
}

#[test]
fn a_title_the_mentions_left_out_before_a_firm_is_skipped() {
    // "“…,” lawyers for Bayline Inc. said": the words before the firm are its title; the
    // speaker is the firm's people, named by the firm.
    let s = seen(
        "“We will appeal the ruling,” lawyers for Bayline Inc. said.",
        "appeal the ruling",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("lawyers for Bayline Inc."),
        "{s:?}"
    );
    assert_eq!(s.name.as_deref(), Some("Bayline Inc."), "{s:?}");
}

#[test]
fn a_verb_of_hope_between_two_quotations_keeps_the_speaker() {
    // Only a plain reporting verb ("said", "told") between two quotations of a paragraph names a
    // new speaker; "hopes" does not.
    let text = "“The bridge will open in May,” Ann Holt said. The city hopes to save money. \
                “It will cost less than the old ferry.”";
    let s = seen(text, "cost less");
    assert_eq!(s.name.as_deref(), Some("Ann Holt"), "{s:?}");
    // A plain reporting verb between them does.
    let text = "“The bridge will open in May,” Ann Holt said. The council told residents to wait. \
                “It will cost less than the old ferry.”";
    let s = seen(text, "cost less");
    assert_ne!(s.name.as_deref(), Some("Ann Holt"), "{s:?}");
}

#[test]
fn a_day_between_subject_and_verb_is_no_part_of_the_speaker() {
    // "The harbor board yesterday" was the speaker (found by helper mut34 through a mutant). A
    // time phrase of two or three words ("last spring", "on Tuesday", "earlier this month")
    // between the subject and its verb, or after the head of a description, says when, not who.
    for (text, quote, phrase) in [
        (
            "The harbor board last spring described what looked like “serious cracks” in the pier.",
            "cracks",
            "The harbor board",
        ),
        (
            "The union on Tuesday said the offer was “an insult.”",
            "insult",
            "The union",
        ),
        (
            "“It is an insult,” the union on Tuesday said.",
            "insult",
            "the union",
        ),
        (
            "“It is an insult,” the union chief last week said.",
            "insult",
            "the union chief",
        ),
        (
            "The trust earlier this month said the pier was “unsafe.”",
            "unsafe",
            "The trust",
        ),
        (
            "“It is over,” said the chair last summer.",
            "over",
            "the chair",
        ),
        // A place in the tail stays: it says who.
        (
            "“It is over,” the union in Derry said.",
            "over",
            "the union in Derry",
        ),
        (
            "The harbor board yesterday said the pier was “unsafe for anyone.”",
            "unsafe",
            "The harbor board",
        ),
        (
            "Police Tuesday said the man was “armed and dangerous.”",
            "armed",
            "Police",
        ),
        (
            "The mayor today warned that the budget was “a mess”.",
            "a mess",
            "The mayor",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.span.text(text).contains(quote))
            .expect(text);
        let speaker = q.speaker.as_ref().expect(text);
        assert_eq!(speaker.span.text(text), phrase, "{text}");
    }
}

/// A speech verb in the passive ("has been accused of", "was told") has as its subject who was
/// spoken of or to: no cue, and no reported clause for its subject.
#[test]
fn a_passive_speech_verb_is_no_cue_for_its_subject() {
    for text in [
        "The mayor was told the pier would close in May.",
        "The chair has been widely accused of hiding the report.",
    ] {
        assert!(indirect(text).is_empty(), "{text}: {:?}", indirect(text));
    }
    // The active voice still reports.
    assert_eq!(
        indirect("The mayor told the board the pier would close in May.").len(),
        1
    );
    let text = "The education secretary was accused of “sitting on” a report.";
    let analysis = analyze(text, &Options::default());
    assert!(analysis.quotes.iter().all(|q| q.cue.is_none()), "{text}");
}

/// A present participle and its tail after a plural noun belong to the subject, as a past one
/// does ("People briefed on the talks"): "Residents living near the plant said". "Near" joins a
/// tail as "in" does.
#[test]
fn a_present_participle_after_a_plural_noun_is_part_of_the_subject() {
    for (text, speaker) in [
        (
            "People living near the plant said the smell was bad.",
            "People living near the plant",
        ),
        (
            "People near the plant said the smell was bad.",
            "People near the plant",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
    let text = "Residents living near the plant said the smell was “unbearable.”";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis.quotes[0].speaker.as_ref().expect(text);
    assert_eq!(speaker.span.text(text), "Residents living near the plant");
}

/// Bodies that sports, business and local news quote ("the club", "the airline") are speakers of
/// the clause they end.
#[test]
fn a_body_after_a_reported_clause_is_its_speaker() {
    for (text, speaker) in [
        (
            "Sam Vale will lead the side at Derry on Saturday, the club said.",
            "the club",
        ),
        (
            "Flights would resume on Monday, the airline said.",
            "the airline",
        ),
        (
            "The ward will close in May, the hospital said.",
            "the hospital",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_longer_speaker_after_a_quotation_without_its_comma_is_the_speaker() {
    // "“…” a spokesman for the Marlow council said": the comma inside the closing mark dropped,
    // and a speaker phrase of several words before the verb.
    for (text, speaker) in [
        (
            "Bob Stone spoke first. “We are looking at all options” the chair of the harbor board said on Monday.",
            "the chair of the harbor board",
        ),
        (
            "Bob Stone spoke first. “We are looking at all options” a spokesman for the Marlow council said.",
            "a spokesman for the Marlow council",
        ),
    ] {
        assert_eq!(
            speaker_of(text, "all options").as_deref(),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn a_name_in_apposition_after_the_cue_ends_before_a_phrase_of_how_it_was_said() {
    // "said the chair, Holt, in a statement": only an age ("Holt, 52, a nurse") lets a second
    // phrase after the name join the speaker; "in a statement" is how it was said.
    let s = seen(
        "“We will appeal,” said the chair, Holt, in a statement.",
        "We will appeal",
    );
    assert_eq!(s.speaker.as_deref(), Some("the chair, Holt"), "{s:?}");
    assert_eq!(s.name.as_deref(), Some("Holt"), "{s:?}");
    // After an appositive's own comma, a setting ends the speaker (frame::opens_setting).
    let s = seen(
        "“We will appeal,” said Ann Holt, a lawyer at Marlow Partners, on Twitter.",
        "We will appeal",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Ann Holt, a lawyer at Marlow Partners"),
        "{s:?}"
    );
    // Where a person is from stays in it.
    let s = seen(
        "“We will appeal,” said Tom Hale, 52, of Derry.",
        "We will appeal",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Tom Hale, 52, of Derry"),
        "{s:?}"
    );
}

#[test]
fn a_participle_after_a_plural_subject_is_part_of_it_not_the_cue() {
    // The tagger may read "briefed" as a verb of its own; it is a reduced relative clause.
    assert_eq!(
        speaker_of(
            "People briefed on the talks said \"a deal is close\" but gave no details.",
            "a deal is close"
        )
        .as_deref(),
        Some("People briefed on the talks")
    );
    assert_eq!(
        indirect("People briefed on the talks said the two sides were close to a deal."),
        [(
            "the two sides were close to a deal".to_string(),
            Some("People briefed on the talks".to_string()),
            Some("said".to_string())
        )]
    );
    // A participle that is the sentence's own verb stays its cue.
    assert_eq!(
        indirect("The officials briefed reporters that the two sides were close to a deal.")
            .iter()
            .map(|(_, speaker, cue)| (speaker.clone(), cue.clone()))
            .collect::<Vec<_>>(),
        [(
            Some("The officials".to_string()),
            Some("briefed".to_string())
        )]
    );
}

#[test]
fn people_at_an_organisation_are_the_speaker_not_the_organisation() {
    let said = indirect("Analysts at Morgan Stanley said the cuts would save money.");
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].1.as_deref(), Some("Analysts at Morgan Stanley"));
    // One of its people keeps the description as it is written.
    let said = indirect("A spokeswoman for Harlow Steel said the plant would close.");
    assert_eq!(said.len(), 1);
    assert_eq!(said[0].1.as_deref(), Some("A spokeswoman for Harlow Steel"));
}

#[test]
fn a_name_before_a_noun_modifies_it_and_is_not_the_speaker() {
    // After a determiner, a name before a common noun is the noun's modifier: the noun heads the
    // phrase.
    let s = seen(
        "Trump has won 758 delegates. \"The math is over,\" said a Trump campaign aide.",
        "The math is over",
    );
    assert_eq!(s.speaker.as_deref(), Some("a Trump campaign aide"));
    // Someone of theirs is not them: the who-said-what list must not credit Trump.
    assert_eq!(s.name.as_deref(), Some("a Trump campaign aide"));
    // A name with a supporter's appositive is still the name's person.
    let s = seen(
        "\"We will win,\" said Ann Lee, a Hale supporter.",
        "We will win",
    );
    assert_eq!(s.name.as_deref(), Some("Ann Lee"));
}

#[test]
fn a_slash_joining_two_names_joins_the_source_phrase() {
    let said = indirect(
        "Turnout fell by a third, according to a Daily Ledger/Harlow College survey released on Monday.",
    );
    assert_eq!(said.len(), 1);
    // The participle and its time join the document's phrase ("a poll released on Monday").
    assert_eq!(
        said[0].1.as_deref(),
        Some("a Daily Ledger/Harlow College survey released on Monday")
    );
}

#[test]
fn the_body_a_role_belongs_to_is_not_the_person_in_that_role() {
    // "The agency" finds the agency, not its area manager whose role names it as a possessor.
    let text =
        "The Environment Agency's area manager, Jo Pritchard, said the delay was caused by a \
                shortage of contractors. The agency said it would hold a public meeting.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("public meeting"))
        .and_then(|q| q.speaker.as_ref())
        .expect("the second sentence is attributed");
    assert_eq!(speaker.span.text(text), "The agency");
    assert_eq!(speaker.name, "Environment Agency");
    // The role's own words still find the person: "the area manager".
    let text =
        "The Environment Agency's area manager, Jo Pritchard, said the delay was caused by a \
                shortage of contractors. The area manager said work would start in May.";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("work would start"))
        .and_then(|q| q.speaker.as_ref())
        .expect("the second sentence is attributed");
    assert_eq!(speaker.name, "Jo Pritchard");
}

/// A phrase rebuilt by `np::repair` is a speaker only when it has a speaker's shape: a verb and
/// its object ("preached unity") or a bare share ("33%") before the cue is none, and the quote
/// stays found without it.
#[test]
fn a_verb_phrase_or_a_bare_share_before_the_cue_is_no_speaker() {
    let text =
        "Ann Marsh, in the closing days of the race, has preached unity, claiming she alone \
                can bring the party together.";
    let quote = "she alone can bring the party together";
    assert_eq!(kind_of(text, quote), QuoteKind::Indirect);
    let speaker = speaker_of(text, quote);
    assert!(
        speaker.as_deref().is_none_or(|s| !s.contains("unity")),
        "{speaker:?}"
    );
    let text = "A third of renters, 33%, say they feel that way.";
    let quote = "they feel that way";
    assert_eq!(kind_of(text, quote), QuoteKind::Indirect);
    let speaker = speaker_of(text, quote);
    assert!(speaker.as_deref() != Some("33%"), "{speaker:?}");
}

/// A campaign's title in quotation marks before the noun it names is no speech, also in a
/// sentence with a cue and a speaker before it (the kind model's title-and-possessive feature is
/// only for a title after a possessive).
#[test]
fn a_title_before_the_noun_it_names_stays_other_after_a_cue() {
    let text = "He said the “Fight for Fair Rent” campaign would go on.";
    assert_eq!(kind_of(text, "Fight for Fair Rent"), QuoteKind::Other);
    assert_eq!(speaker_of(text, "Fight for Fair Rent"), None);
}

/// "declined to comment on …": a speech verb after "to" has no subject phrase ending at "to",
/// so what follows it is no reported speech; the same clause after a subject's cue is.
#[test]
fn a_cue_after_to_with_no_subject_before_it_reports_nothing() {
    let said = "The mayor said the road would close next year.";
    assert_eq!(kind_of(said, "the road would close"), QuoteKind::Indirect);
    assert_eq!(
        speaker_of(said, "the road would close").as_deref(),
        Some("The mayor")
    );
    let declined = "The mayor declined to comment on whether the road would close next year.";
    assert!(
        attributed(declined).is_empty(),
        "{:?}",
        attributed(declined)
    );
}

/// A spokeswoman for a named person speaks for her: the speaker is the whole phrase, not the
/// person named in it, also before a colon and a quotation.
#[test]
fn a_spokeswoman_for_a_named_person_is_the_speaker_before_a_colon() {
    let text =
        "The date was so odd that a spokeswoman for Ann Marsh could only joke: “I guess the \
                hall was booked.”";
    assert_eq!(kind_of(text, "hall was booked"), QuoteKind::Direct);
    assert_eq!(
        speaker_of(text, "hall was booked").as_deref(),
        Some("a spokeswoman for Ann Marsh")
    );
}

/// A generational suffix is part of the speaker's phrase; the period after it is the phrase's
/// only inside the sentence, not when it also ends the sentence.
#[test]
fn a_name_suffix_ending_the_sentence_leaves_its_period_out_of_the_speaker() {
    let text = "“We won the final,” said Tom Vale Jr.";
    let analysis = analyze(text, &Options::default());
    let q = &analysis.quotes[0];
    assert_eq!(q.kind, QuoteKind::Direct);
    let speaker = q.speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.span.text(text), "Tom Vale Jr", "{speaker:?}");
}

/// A title the mentions leave out before a name ("council chair") stays in the speaker's phrase
/// when a comma after the name opens a clause that no second comma closes before the cue (no
/// appositive: the phrase is the name with its title).
#[test]
fn a_title_before_a_name_stays_in_the_speaker_before_a_clause_left_open() {
    for (text, want) in [
        (
            "“We won,” council chair Ann Marsh, who scored twice in the final and then left \
             the field to loud cheers said.",
            "council chair Ann Marsh",
        ),
        (
            "“We won,” team captain Ann Marsh, 34, who has played for the club since 2009 and \
             scored twice said.",
            "team captain Ann Marsh",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let q = &analysis.quotes[0];
        let speaker = q.speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.span.text(text), want, "{text}");
    }
}

/// A show's title after a network's `’s` is no speech, also where the tagger reads the `’s`
/// after the capitals as a verb (`is`): the word `’s` before a quotation is read as a possessive.
#[test]
fn a_show_title_after_a_networks_possessive_stays_other() {
    let text = "“We lost the vote,” she said in a phone call to NBC’s “Evening Desk.”";
    assert_eq!(kind_of(text, "Evening Desk"), QuoteKind::Other);
    assert_eq!(speaker_of(text, "Evening Desk"), None);
    assert_eq!(kind_of(text, "We lost"), QuoteKind::Direct);
}

/// A book's title of six to ten words after the author's possessive is no speech: the kind model
/// reads its length (a quotation of over twenty words would be one).
#[test]
fn a_book_title_of_several_words_after_a_possessive_stays_other() {
    let text = "Tom Vale’s new book, “Broken Derry: How to Make the Town Great Again,” is out.";
    assert_eq!(kind_of(text, "Broken Derry"), QuoteKind::Other);
    assert_eq!(speaker_of(text, "Broken Derry"), None);
}

#[test]
fn an_inverted_speaker_keeps_its_participle_and_time_tails() {
    // The tagger reads "involved" as a past tense; after an inverted cue it is a participle of
    // the speaker's phrase. "a study last year by …": the time phrase before the authors.
    let s = seen(
        "“We expect a record,” said one aide involved in the planning.",
        "We expect",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("one aide involved in the planning"),
        "{s:?}"
    );
    let s = seen(
        "Output fell with “no harm to growth,” according to a study last year by economists at Leeds University.",
        "no harm",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("a study last year by economists at Leeds University"),
        "{s:?}"
    );
    // Not where a clause can start: "Officials said Tom Hale resigned in March" reports one.
    let s = seen(
        "“It is over,” the mayor said. Officials said Tom Hale resigned in March.",
        "Tom Hale resigned",
    );
    assert_ne!(
        s.speaker.as_deref(),
        Some("Tom Hale resigned in March"),
        "{s:?}"
    );
}

#[test]
fn a_poll_named_for_its_pollster_keeps_its_participle_tail() {
    // "a Harwell poll conducted in March": the pollster's name stops the name's phrase before
    // the head noun; the participle (read as a past tense) and its tail still belong to it.
    let s = seen(
        "Some 40 percent of voters said the mayor “does not listen,” according to a Harwell poll conducted in March.",
        "does not listen",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("a Harwell poll conducted in March"),
        "{s:?}"
    );
}

#[test]
fn a_time_phrase_after_the_appositive_is_no_part_of_the_speaker() {
    let speaker_text = |text: &str, quote: &str| {
        let analysis = analyze(text, &Options::default());
        let q = analysis
            .quotes
            .iter()
            .find(|q| q.span.text(text).contains(quote))
            .expect("quote found");
        q.speaker.as_ref().map(|s| s.span.text(text).to_string())
    };
    let text = "“This is about the farmers,” said Rep. Tom Hale, R-Okla., on Tuesday.";
    assert_eq!(
        speaker_text(text, "farmers").as_deref(),
        Some("Rep. Tom Hale, R-Okla.")
    );
    let text = "“We start now,” said Ann Marsh, an aide to the mayor, earlier this week.";
    assert_eq!(
        speaker_text(text, "start now").as_deref(),
        Some("Ann Marsh, an aide to the mayor")
    );
}

#[test]
fn a_hyphened_modifier_before_the_role_stays_in_the_speaker() {
    // "Leeds-based" (read as a past participle) modifies the role: the phrase is the speaker.
    let s = seen(
        "The shop was quiet.\n\n“Sales are falling,” Leeds-based consultant Tom Vale said.",
        "Sales are falling",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Leeds-based consultant Tom Vale"),
        "{s:?}"
    );
    assert_eq!(s.name.as_deref(), Some("Tom Vale"), "{s:?}");
}

#[test]
fn the_agent_after_a_participle_in_the_subject_is_not_the_speaker() {
    // "Officials quoted by the newspaper said": the participle and its agent belong to the
    // subject, whose head is "Officials"; the newspaper only quoted them.
    let s = seen(
        "Officials quoted by the newspaper said “the deal is dead.”",
        "deal is dead",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Officials quoted by the newspaper"),
        "{s:?}"
    );
    // A named agent does not name a singular subject either.
    let s = seen(
        "An aide quoted by the Harbor Gazette said “the deal is dead.”",
        "deal is dead",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("An aide quoted by the Harbor Gazette"),
        "{s:?}"
    );
    assert_ne!(s.name.as_deref(), Some("Harbor Gazette"), "{s:?}");
}

#[test]
fn a_relative_pronoun_subject_of_the_cue_is_the_speaker() {
    // "a banner that said, “…”": the rules' candidate is the relative pronoun (see
    // `ranker::tests::the_rules_propose_the_relative_pronoun_subject_of_the_cue`); between it and
    // the sentence's subject the ranker decides.
    // A quotation that carries the speaker of the sentence before keeps the name, not the
    // pronoun of that sentence's relative clause.
    let text = "“Revenues are up a little,” said Tom Vale, who noted that prices had “cratered” \
                in the slump. “Things are moving in the right direction.”";
    let s = seen(text, "Things are moving");
    assert_eq!(s.speaker.as_deref(), Some("Tom Vale"), "{s:?}");
}

#[test]
fn a_quotation_ending_in_a_comma_takes_the_cue_right_after_it() {
    // Inside the writer's sentence, "''faith that shows,'' he said" is attributed right there:
    // the pronoun and its cue follow the quotation's comma, not the sentence's subject.
    let text = "Tom Vale met Ann Holt. Ann Holt praised the mayor's ''quiet resolve'' - \
                ''a resolve that shows in deeds,'' he said - and left.";
    let s = seen(text, "a resolve that shows");
    assert_eq!(s.speaker.as_deref(), Some("he"), "{s:?}");
    // A cue right before the quotation keeps it: the clause after it is someone else's.
    let text = "Ann Holt claimed on Tuesday that “the plan failed for less,” one of the aides \
                said the two cases were different.";
    let s = seen(text, "the plan failed");
    assert_eq!(s.name.as_deref(), Some("Ann Holt"), "{s:?}");
}

#[test]
fn a_comma_quotation_takes_the_cue_after_it_over_an_earlier_cue_in_the_sentence() {
    // "Ann Holt said the mayor's ''…'' - ''…,'' he said": the earlier cue "said" stands well
    // before the quotation, not right before it, so the pronoun and cue after the
    // quotation's comma speak it, not the earlier cue's subject.
    let text = "Tom Vale met Ann Holt. Ann Holt said the mayor's ''quiet resolve'' - \
                ''a resolve that shows in deeds,'' he said - was rare.";
    let s = seen(text, "a resolve that shows");
    assert_eq!(s.speaker.as_deref(), Some("he"), "{s:?}");
    assert_eq!(s.cue.as_deref(), Some("said"), "{s:?}");
}

#[test]
fn on_before_a_phrase_not_a_day_stays_in_the_subject() {
    // "The union on Tuesday said": "on" and a day between the subject and its cue are when it
    // was said. "Nurses on night shifts said": "on" opens no day there ("night" is a time word,
    // but not the word after "on" right before the cue), so the phrase is part of the subject.
    let s = seen(
        "Nurses on night shifts said “the ward is short of staff.”",
        "ward is short",
    );
    assert_eq!(
        s.speaker.as_deref(),
        Some("Nurses on night shifts"),
        "{s:?}"
    );
}

#[test]
fn it_is_the_organisation_that_spoke_last_not_the_one_named_last() {
    // The exchange is named after the company spoke; "It" goes on speaking for the company.
    let text = "Shares of Harlow Foods Inc. rose 3% on the Nasdaq. \
                The company, which employs about 4,000 people, said it expects sales to recover. \
                It also said it would cut 300 jobs.";
    assert_eq!(
        resolved_name(text, "300 jobs").as_deref(),
        Some("Harlow Foods Inc.")
    );
}

#[test]
fn it_is_the_organisation_the_sentence_before_is_about() {
    // The exchange is named last, as the object; the company is the subject.
    let text = "Harlow Foods Inc. cut its forecast after a warning from the Nasdaq on Tuesday. \
                It said demand had weakened.";
    assert_eq!(
        resolved_name(text, "demand had").as_deref(),
        Some("Harlow Foods Inc.")
    );
}

/// "Jane Doe, a member of the state senate from Ohio, who …, said": the place ending the
/// appositive's description is where the person is from; the speaker is the person named before
/// it, not the place before the relative clause.
#[test]
fn a_place_ending_an_appositive_before_a_relative_clause_is_no_speaker() {
    for text in [
        "Jane Doe, a Republican member of the state senate from Ohio, who has led the budget \
         committee since 2012, said the plan would fail.",
        "Jane Doe, a Republican member of the state senate from Ohio, who has led the budget \
         committee since 2012, said that the plan was “a fantasy.”",
    ] {
        let analysis = analyze(text, &Options::default());
        let q = analysis.quotes.first().expect("a quotation");
        let speaker = q.speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.name, "Jane Doe", "{text}");
        assert!(
            speaker.span.text(text).starts_with("Jane Doe"),
            "{speaker:?}"
        );
    }
    // A place that is the subject itself still speaks ("Ohio, which …, said").
    let text = "The state of Ohio, which has sued twice, said the rule was “unlawful.”";
    let s = seen(text, "unlawful");
    assert!(
        s.speaker.as_deref().is_some_and(|p| p.contains("Ohio")),
        "{s:?}"
    );
}

#[test]
fn a_datelines_plain_hyphen_is_no_part_of_the_speaker() {
    let text = "NAIROBI - Kenya's athletics federation said on Monday that its runners were \
                “ready” for the championships.";
    let s = seen(text, "ready");
    assert_eq!(
        s.speaker.as_deref(),
        Some("Kenya's athletics federation"),
        "{s:?}"
    );
}

#[test]
fn a_documents_tail_after_according_to_ends_before_a_parenthesis() {
    // "…, according to a study by engineers at Marlow College (a private school)": the tail of
    // the document ends at the parenthesis, as it does at a comma or a semicolon.
    let text = "The bridge on the coast road is failing, according to a study by engineers at \
                Marlow College (a private school in Derry).";
    let s = seen(text, "bridge on the coast road");
    let speaker = s.speaker.expect("a speaker");
    assert!(speaker.contains("Marlow College"), "{speaker:?}");
    assert!(!speaker.contains('('), "{speaker:?}");
}

#[test]
fn it_is_never_the_person_who_spoke_last() {
    // The chief executive spoke last, but "It" stands for an organisation: the company named
    // before, not the person.
    let text = "Harlow Foods Inc. cut its forecast on Monday. “Demand is weak,” said Ann Marsh, \
                its chief executive. Shares fell 3% in early trading. \
                It said it would cut 300 jobs.";
    assert_eq!(
        resolved_name(text, "300 jobs").as_deref(),
        Some("Harlow Foods Inc.")
    );
}

#[test]
fn a_name_inside_a_description_is_a_noun_of_it() {
    // "WHO" reads as a relative pronoun and "Our" as a determiner alone; inside an
    // organisation's name they are words of the name, and the description runs on past them.
    for (text, content, speaker) in [
        (
            "A WHO spokesman said the agency would review the new evidence.",
            "agency would review",
            "A WHO spokesman",
        ),
        (
            "A spokesperson for the Save Our Libraries campaign said the group was considering \
             a legal challenge.",
            "group was considering",
            "A spokesperson for the Save Our Libraries campaign",
        ),
    ] {
        assert_eq!(
            speaker_of(text, content).as_deref(),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn a_time_after_the_cue_then_a_clause_is_no_setting() {
    // "said last month it would …": the time is no whole tail of the cue ("…, the firm said last
    // month"), as a finite verb follows it; the clause after it is what was said, and the
    // appositive subject before the cue is the speaker, not a clause.
    for (text, clause, speaker) in [
        (
            "Brightwave's rival, Okano Devices, said last month it would freeze hiring.",
            "it would freeze hiring",
            "Brightwave's rival, Okano Devices",
        ),
        (
            "The mill's owner, Dana Fleet, said on Monday the plant would close in June.",
            "the plant would close in June",
            "The mill's owner, Dana Fleet",
        ),
    ] {
        assert_eq!(
            indirect(text),
            [(
                clause.to_string(),
                Some(speaker.to_string()),
                Some("said".to_string())
            )],
            "{text}"
        );
    }
    // A time that closes the sentence is still the cue's setting.
    let text = "The plant would close in June, the mill's owner said last month.";
    assert_eq!(
        indirect(text),
        [(
            "The plant would close in June".to_string(),
            Some("the mill's owner".to_string()),
            Some("said".to_string())
        )]
    );
}

#[test]
fn a_share_of_those_polled_is_the_speaker_of_indirect_speech() {
    // The group after "of" may end in a participle ("those surveyed", "voters polled"), and a
    // share may be of a share ("One in three of …").
    for (text, speaker) in [
        (
            "One in three of those surveyed said they would use the line.",
            "One in three of those surveyed",
        ),
        (
            "Half of those polled said they would use the line.",
            "Half of those polled",
        ),
        (
            "A third of voters surveyed said they would use the line.",
            "A third of voters surveyed",
        ),
    ] {
        assert_eq!(
            indirect(text),
            [(
                "they would use the line".to_string(),
                Some(speaker.to_string()),
                Some("said".to_string())
            )],
            "{text}"
        );
    }
}

#[test]
fn a_document_with_a_participle_and_a_time_speaks_after_an_earlier_sentence() {
    // The walk back over the time phrase is bounded by the clause's start, wherever in the text
    // the clause is (found by the stop-40 mutation sample: `from * 2` for `from + 2` let it run
    // only in a text's first sentences).
    assert_eq!(
        indirect("The ferry ran late. A report published Monday found the ferry was too slow."),
        [(
            "the ferry was too slow".to_string(),
            Some("A report published Monday".to_string()),
            Some("found".to_string())
        )]
    );
}

#[test]
fn a_share_in_every_few_written_in_words_is_the_speaker() {
    // "three in every five": the group after "in every" is a number written as a word, which no
    // mention covers; it ends the share as "10" in "4 in 10" does.
    assert_eq!(
        indirect("In the poll, three in every five said the ferry was too slow."),
        [(
            "the ferry was too slow".to_string(),
            Some("three in every five".to_string()),
            Some("said".to_string())
        )]
    );
}

#[test]
fn a_relative_who_speaking_indirectly_is_written_as_who_and_named_as_its_antecedent() {
    // "Ann Marsh, who said CLAUSE": the speaker as written is the pronoun (PolNeAR marks it so),
    // and it stands for the person before it: her name, her entity, a person.
    let text = "Ann Marsh ran the ferry for ten years. The council thanked Ann Marsh, who said \
                the ferry was too slow for the island.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("the reported clause is found");
    let s = q.speaker.as_ref().expect("a speaker");
    assert_eq!(s.span.text(text), "who");
    assert_eq!(s.name, "Ann Marsh");
    assert!(s.named && s.entity.is_some(), "{s:?}");
    assert_eq!(s.kind, SpeakerKind::Person);
    // The same person as where she is named: one source, not two.
    let first = analysis
        .entities
        .iter()
        .position(|e| e.name == "Ann Marsh")
        .expect("her entity");
    assert_eq!(s.entity, Some(first as u32));
    // A description before the pronoun is its name, unnamed, and says its kind: a group here.
    let text = "The critics, who said the ferry was too slow for the island, did not vote.";
    let analysis = analyze(text, &Options::default());
    let s = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .and_then(|q| q.speaker.as_ref())
        .expect("a speaker");
    assert_eq!(s.span.text(text), "who");
    assert_eq!(s.name, "The critics");
    assert!(!s.named, "{s:?}");
    assert_eq!(s.kind, SpeakerKind::Group);
}

#[test]
fn names_joined_by_and_speak_together_in_indirect_speech() {
    // The whole coordination is the speaker as written, as it is for a quotation; the clause
    // first or after it.
    for text in [
        "Ann Marsh and Tom Vale said the new pier would open in the spring.",
        "The new pier would open in the spring, Ann Marsh and Tom Vale said.",
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            found[0].1.as_deref(),
            Some("Ann Marsh and Tom Vale"),
            "{text}"
        );
    }
    // Not a name joined to a clause's object: "The council thanked Ann Marsh and Tom Vale said".
    let text = "The council hired Ann Marsh and Tom Vale said the new pier would open soon.";
    assert!(
        indirect(text)
            .iter()
            .all(|(_, s, _)| s.as_deref() != Some("Ann Marsh and Tom Vale")),
        "{text}"
    );
}

#[test]
fn both_and_the_two_speak_indirectly() {
    // "Both said", "The two said": the people just named, counted, are the speaker.
    for (text, speaker) in [
        (
            "Ann Marsh met Tom Vale at the port. Both said the new pier would open in the spring.",
            "Both",
        ),
        (
            "Ann Marsh met Tom Vale at the port. The two said the new pier would open in the \
             spring.",
            "The two",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(
            found[0].0, "the new pier would open in the spring",
            "{text}"
        );
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn reports_with_an_object_and_a_date_is_a_schedule_and_no_speech() {
    // "reports its results on Thursday": a scheduled act, not a report of speech; what was
    // reported, and a clause after it, still are.
    assert_eq!(
        indirect("Harlow's rival, Brantley Systems, reports its results on Thursday."),
        []
    );
    let found = indirect("Harlow's rival, Brantley Systems, reported a loss of $4 million.");
    assert_eq!(found.len(), 1, "{found:?}");
    let found = indirect("Brantley Systems reported that its sales fell by a fifth last year.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "its sales fell by a fifth last year");
}

#[test]
fn an_exit_polls_tail_runs_on_past_and_to_its_comma() {
    // "according to early results of exit polls conducted for X and television networks by Y":
    // the document's whole phrase, opening or closing the sentence, is the speaker.
    let source = "early results of exit polls conducted for Harbor News and local radio \
                  stations by Derry Polling";
    for text in [
        format!("According to {source}, most voters backed the new pier."),
        format!("Most voters backed the new pier, according to {source}."),
    ] {
        let found = indirect(&text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0]
                .0
                .eq_ignore_ascii_case("most voters backed the new pier"),
            "{text}: {found:?}"
        );
        assert_eq!(found[0].1.as_deref(), Some(source), "{text}");
    }
}

#[test]
fn a_quantity_word_before_a_plural_subject_is_part_of_it() {
    // "Both men said", "Both senators said": the counted group, opening its clause.
    for (text, speaker) in [
        (
            "Both men said the new pier would open in the spring.",
            "Both men",
        ),
        (
            "Both senators said the new pier would open in the spring.",
            "Both senators",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_lone_word_of_quantity_is_the_subject_of_a_partial_quotation() {
    // "One said", "Some said", "Many said": the word stands for people the text named; the
    // quoted fragment after the cue is partial, with that word as its speaker.
    for word in ["Another", "One", "Some", "Many", "Both"] {
        let text =
            format!("Ministers met on Monday. {word} said the plan was 'dead in the water'.");
        assert_eq!(kind_of(&text, "dead in"), QuoteKind::Partial, "{text}");
        assert_eq!(
            speaker_of(&text, "dead in").as_deref(),
            Some(word),
            "{text}"
        );
    }
}

#[test]
fn a_possessive_relative_opens_no_speaker() {
    // "Ramos, whose new book features interviews with … “rebellious” people": the words after
    // "whose" are a relative clause's subject, no speaker of the fragment.
    let text = "“We ask questions,” said Ramos, whose new book features interviews with \
                powerful politicians and “rebellious” people.";
    assert_eq!(speaker_of(text, "We ask").as_deref(), Some("Ramos"));
    assert!(
        !speaker_of(text, "rebellious").is_some_and(|s| s.starts_with("whose")),
        "{:?}",
        attributed(text)
    );
}

// Stop 41, helper mut42: mutants of stop 40's code that no test caught ---------------------

#[test]
fn a_documents_phrase_without_its_own_tail_stops_at_a_coordinator() {
    // "according to the survey and the mayor": only a tail the document's phrase opened (a
    // preposition in it, "polls conducted for X and Y") runs on past "and"; without one the
    // phrase stops there, as after a person ("according to the mayor and two council members").
    for text in [
        "Turnout fell by a third, according to the survey and the mayor.",
        "According to the survey and the mayor, turnout fell by a third.",
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert!(
            found[0].0.eq_ignore_ascii_case("turnout fell by a third"),
            "{text}: {found:?}"
        );
        assert_eq!(found[0].1.as_deref(), Some("the survey"), "{text}");
    }
}

#[test]
fn a_quantity_word_before_a_plural_name_is_part_of_the_subject() {
    // "Some Velorians said", "Most Canadians said": the counted group of people of a place.
    for (text, speaker) in [
        (
            "Some Velorians said the new pier would open in the spring.",
            "Some Velorians",
        ),
        (
            "Most Canadians said the new pier would open in the spring.",
            "Most Canadians",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_quotation_after_an_opening_clause_without_a_cue_is_the_main_clauses() {
    // "Though charities cannot check every gift, “…,” said the auditor": the opening clause has
    // a verb but no cue before its comma, so the quotation after it belongs to the main clause
    // and its cue's speaker, not to the clause's subject.
    let text = "Though charities cannot check every gift, \"a rush of gifts on one day is a \
                warning sign,\" said the auditor Ann Marsh.";
    assert_eq!(kind_of(text, "a rush of gifts"), QuoteKind::Partial);
    assert_eq!(
        speaker_of(text, "a rush of gifts").as_deref(),
        Some("Ann Marsh"),
        "{:?}",
        attributed(text)
    );
}

#[test]
fn coordinated_names_with_titles_or_articles_speak_together_as_a_group() {
    // "Mr Price and Dr Nair said", "The Tories and the Greens both said": the first name's title
    // or article outside its mention, the second's article, and a floating "both" before the
    // verb; the coordination is a group.
    for (text, speaker) in [
        (
            "Mr Pell and Dr Navar said they would meet next week.",
            "Mr Pell and Dr Navar",
        ),
        (
            "The Conservatives and the Liberal Democrats both said they would call for an inquiry.",
            "The Conservatives and the Liberal Democrats",
        ),
    ] {
        let s = seen(text, "they would");
        assert_eq!(s.kind, QuoteKind::Indirect, "{text}");
        assert_eq!(s.speaker.as_deref(), Some(speaker), "{text}: {s:?}");
        assert_eq!(s.speaker_kind, Some(SpeakerKind::Group), "{text}: {s:?}");
    }
    // One person's two roles, or one head after one article, are no group.
    for text in [
        "The former first lady and senator said the plan would fail.",
        "Lobbyist and strategist Tom Vale, a friend of the mayor, said the plan would fail.",
    ] {
        let s = seen(text, "the plan would fail");
        assert_eq!(s.speaker_kind, Some(SpeakerKind::Person), "{text}: {s:?}");
    }
}

#[test]
fn a_floating_both_between_a_plural_subject_and_its_verb_is_no_part_of_it() {
    for (text, speaker) in [
        (
            "The unions both said they would call a strike.",
            "The unions",
        ),
        (
            "Ann Marsh and Tom Vale have both argued that the pier is unsafe.",
            "Ann Marsh and Tom Vale",
        ),
        (
            "But Ann Marsh and Tom Vale both said that the pier is unsafe.",
            "Ann Marsh and Tom Vale",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_speech_word_before_a_plural_noun_and_a_cue_modifies_the_noun() {
    // "Some protest leaders said": "protest" is no cue; after a subject it is one ("The council
    // says residents agree …").
    let found = indirect("Some protest leaders said they would march to the square.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("Some protest leaders"));
    assert_eq!(found[0].2.as_deref(), Some("said"));
    let found = indirect("The council says residents agree the pier is unsafe.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1.as_deref(), Some("The council"));
}

#[test]
fn a_plural_noun_phrase_opening_its_clause_speaks_without_a_known_source_noun() {
    // "suppliers", "growers": no source noun in the lexicon, but a plural noun phrase of common
    // words right before "said" is who speaks.
    for (text, speaker) in [
        (
            "Many local suppliers said the cuts would hit them hard.",
            "Many local suppliers",
        ),
        (
            "Orchard growers said the frost had ruined the crop.",
            "Orchard growers",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn people_in_coordinated_places_are_the_speaker_not_the_last_place() {
    // "Trade unions in Germany and France said": the unions speak, wherever they are.
    for (text, speaker) in [
        (
            "Trade unions in Germany and France said they would seek talks.",
            "Trade unions in Germany and France",
        ),
        (
            "Trade unions in Germany said they would seek talks.",
            "Trade unions in Germany",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn the_noun_state_is_no_cue_of_reported_speech() {
    // "Southern states", "state Sen. Ann Lee": the noun; "It states that …" the verb.
    for text in [
        "The senator campaigned in Southern states, especially along the coast.",
        "The bill was backed by state Sen. Ann Lee and two others.",
    ] {
        assert!(
            indirect(text)
                .iter()
                .all(|(_, _, cue)| !cue.as_deref().is_some_and(|c| c.starts_with("state"))),
            "{text}: {:?}",
            indirect(text)
        );
    }
    let found = indirect("The court ruled on Monday. It states that the pier must close by May.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "the pier must close by May");
}

/// A subject relative clause with its own verb and object before the cue ("A man who stabbed
/// his neighbour during a row over parking told …"): the cue's subject is the phrase before
/// "who", not the clause's object.
#[test]
fn a_relative_clause_before_the_cue_leaves_the_subject_before_who() {
    for text in [
        "Court news\n\nA man who poisoned his rival during a feud over flour told officers it \
         was 'an accident', a court heard.",
        "Court news\n\nA man who poisoned his rival told officers it was 'an accident'.",
    ] {
        assert_eq!(kind_of(text, "an accident"), QuoteKind::Partial, "{text}");
        assert_eq!(
            speaker_of(text, "an accident").as_deref(),
            Some("A man"),
            "{text}"
        );
    }
}

/// "Her colleague Professor Ian Marsh, a forensic pathologist, told …": the possessive pronoun
/// before the role words and the title opens the speaker's phrase.
#[test]
fn a_possessive_pronoun_before_role_words_and_a_title_opens_the_phrase() {
    let text = "Ms Vale was first to give evidence. Her colleague Professor Tom Quill, a \
                marine biologist, told the inquiry the reef was \"beyond saving\".";
    let analysis = analyze(text, &Options::default());
    let speaker = analysis
        .quotes
        .iter()
        .find_map(|q| q.speaker.as_ref())
        .map(|s| s.span.text(text))
        .unwrap_or_default();
    assert!(
        speaker.starts_with("Her colleague Professor Tom Quill"),
        "{speaker}"
    );
}

/// "Ministers have been accused of “fiddling the figures” after data showed …": the cue of a
/// clause after "after" is no frame of the accusation, which has no speaker.
#[test]
fn a_cue_in_a_clause_after_a_passive_accusation_is_not_its_speaker() {
    let text = "Budget row\n\nCouncillors have been accused of 'cooking the books' after a \
                leaked report showed the budget had been cut.";
    assert_eq!(
        speaker_of(text, "cooking the books"),
        None,
        "{:?}",
        attributed(text)
    );
}

/// Headlines drop the auxiliary of a passive: "Jury told of “a reign of fear”", "Councillors
/// accused of “cooking” the books": who was told or accused is no speaker of the words.
#[test]
fn a_headline_participle_before_a_preposition_is_passive() {
    for (text, words, listener) in [
        (
            "Panel told of 'a reign of fear' at Kelso Road house\n\nA landlord denies \
             harassment.",
            "reign of fear",
            "Panel",
        ),
        (
            "Councillors accused of 'cooking' the books\n\nThe budget was cut in May.",
            "cooking",
            "Councillors",
        ),
    ] {
        assert_ne!(
            speaker_of(text, words).as_deref(),
            Some(listener),
            "{:?}",
            attributed(text)
        );
    }
}

#[test]
fn a_person_before_the_preposition_of_their_workplace_is_the_speaker() {
    // "Dana Ortiz at Harbor Capital said": the person speaks, the firm says where they work,
    // also when the firm was named before. A description with no name before its preposition
    // keeps the firm ("a spokesman for Harbor Capital"), and a name that only modifies the head
    // ("Tom Vale's chief of staff, Rita Moss") is no speaker.
    let text = "Analysts at Harbor Capital called the cuts \"overdue\". Dana Ortiz at Harbor \
                Capital said: \"Investors have been asking for this for a year.\"\n\n\
                \"We expected more,\" said Tom Vale of Kestrel Foods.\n\n\
                \"We will appeal,\" a spokesman for Harbor Capital said.\n\n\
                \"It will pass,\" Tom Vale's chief of staff, Rita Moss, said.";
    assert_eq!(speaker_of(text, "Investors").as_deref(), Some("Dana Ortiz"));
    assert_eq!(speaker_of(text, "expected").as_deref(), Some("Tom Vale"));
    assert_eq!(
        speaker_of(text, "appeal").as_deref(),
        Some("Harbor Capital")
    );
    assert_eq!(speaker_of(text, "pass").as_deref(), Some("Rita Moss"));
}

#[test]
fn speakers_joined_by_and_are_a_group_named_as_written() {
    // "Mr Price and Dr Nair said": the two speak together; the speaker is the group as the text
    // writes it, with no one person's entity.
    let text = "Owen Price met Priya Nair on Monday. Mr Price and Dr Nair said they would meet \
                again next week.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("indirect");
    let speaker = q.speaker.as_ref().expect("speaker");
    assert_eq!(speaker.span.text(text), "Mr Price and Dr Nair");
    assert_eq!(speaker.name, "Mr Price and Dr Nair");
    assert_eq!(speaker.kind, SpeakerKind::Group);
    assert_eq!(speaker.entity, None);
}

#[test]
fn a_clause_that_no_one_reports_is_no_reported_speech() {
    // "Nobody tells you that …": no one is reported as saying it. The same clause with a
    // speaker is reported speech.
    let none = "Nobody tells you that you will be voting at midnight.";
    assert!(
        !analyze(none, &Options::default())
            .quotes
            .iter()
            .any(|q| q.kind == QuoteKind::Indirect),
        "{none}"
    );
    let some = "The whip tells you that you will be voting at midnight.";
    assert!(analyze(some, &Options::default())
        .quotes
        .iter()
        .any(|q| q.kind == QuoteKind::Indirect));
}

/// Audit of issue 15 (stop 41): `a_quotation_is_not_carried_past_another_speakers_cue` checks
/// only an absence (the speaker is not Ann Marsh); this checks the presence it depends on: both
/// quotations are found, direct, and the first one is Ann Marsh's.
#[test]
fn the_quotation_after_another_speakers_cue_is_found_direct() {
    let text = "“We won,” Ann Marsh said, though Bob Stone said he disagreed and left. The crowd \
                stayed. “We will see.”";
    let first = seen(text, "We won");
    assert_eq!(first.kind, QuoteKind::Direct, "{first:?}");
    assert_eq!(first.name.as_deref(), Some("Ann Marsh"), "{first:?}");
    let second = seen(text, "We will see");
    assert_eq!(second.kind, QuoteKind::Direct, "{second:?}");
    assert_ne!(second.name.as_deref(), Some("Ann Marsh"), "{second:?}");
}

/// Issue 10 (stop 42): `in the words of X` names a source as `according to X` does.
#[test]
fn in_the_words_of_names_the_speaker() {
    let text = "The plan, in the words of one aide, was “dead on arrival.”";
    let q = seen(text, "dead on arrival");
    assert_eq!(q.speaker.as_deref(), Some("one aide"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("in the words of"), "{q:?}");
}

/// Issue 10 (stop 42): `as X put it` names the speaker, before the quotation or after it.
#[test]
fn as_one_critic_put_it_names_the_speaker() {
    let before = "The mayor resigned after what was, as one critic put it, “a backroom deal.”";
    let q = seen(before, "backroom deal");
    assert_eq!(q.speaker.as_deref(), Some("one critic"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("put"), "{q:?}");
    let after = "“It was a backroom deal,” as one critic put it.";
    let q = seen(after, "backroom deal");
    assert_eq!(q.speaker.as_deref(), Some("one critic"), "{q:?}");
}

// Stop 43, helper mut43: the sample of stop 42's changed code ----------------------------------

/// `as X put it` after a quotation holds a speaker phrase's length at most: a `put it` ten words
/// on belongs to another clause and is no cue (frame.rs `as_put_it`, its window's `+ 2`).
#[test]
fn a_put_it_far_past_as_after_a_quotation_is_no_cue() {
    let text =
        "Ann Marsh spoke first. “We will not wait for the state,” as the council of the town \
                voted on Monday night to put it to the voters.";
    let q = seen(text, "We will not wait");
    assert_eq!(q.cue, None, "{q:?}");
    assert_eq!(q.name.as_deref(), Some("Ann Marsh"), "{q:?}");
    // Within the window the phrase is the speaker.
    let q = seen(
        "“We will not wait for the state,” as the chair of the town council put it.",
        "We will not wait",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("the chair of the town council"),
        "{q:?}"
    );
    assert_eq!(q.cue.as_deref(), Some("put"), "{q:?}");
}

/// Issue 10 (stop 43): a plural possessive's apostrophe, straight or curly, stays inside the
/// speaker's phrase, before a quotation's cue and before a reported clause's.
#[test]
fn a_plural_possessive_stays_in_the_speaker_phrase() {
    for text in [
        "“Talks have collapsed,” the drivers' union said.",
        "“Talks have collapsed,” the drivers’ union said.",
    ] {
        let q = seen(text, "Talks have collapsed");
        assert_eq!(q.kind, QuoteKind::Direct, "{text}: {q:?}");
        assert!(
            q.speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("the drivers")),
            "{text}: {q:?}"
        );
    }
    for text in [
        "The nurses' union said talks had collapsed.",
        "The nurses’ union said talks had collapsed.",
    ] {
        let q = seen(text, "talks had collapsed");
        assert_eq!(q.kind, QuoteKind::Indirect, "{text}: {q:?}");
        assert!(
            q.speaker
                .as_deref()
                .is_some_and(|s| s.starts_with("The nurses")),
            "{text}: {q:?}"
        );
    }
    // A single quotation closing after a plural keeps its mark out of any phrase.
    let text = "‘We want our jobs back, not promises,’ the workers said.";
    let q = seen(text, "We want our jobs back");
    assert_eq!(q.speaker.as_deref(), Some("the workers"), "{q:?}");
}

/// Issue 10 (stop 43): a definite description with its own possessor is someone else than an
/// earlier speaker with the same head and another possessor; with the same possessor it is the
/// same one.
#[test]
fn a_description_with_another_possessor_is_someone_else() {
    let text =
        "“We will appeal,” the council's lawyer said.\n\n“We will win,” the city's lawyer said.";
    let q = seen(text, "We will win");
    assert_eq!(q.speaker.as_deref(), Some("the city's lawyer"), "{q:?}");
    assert_eq!(q.name.as_deref(), Some("the city's lawyer"), "{q:?}");
    let text = "“We will appeal,” a lawyer said.\n\n“We will win,” the lawyer said.";
    let q = seen(text, "We will win");
    assert_eq!(q.name.as_deref(), Some("a lawyer"), "{q:?}");
}

/// Issue 10 (stop 43): an organisation named in apposition keeps its article, and names the
/// description it follows: "the nurses' union, the Royal College of Nursing".
#[test]
fn an_organisation_in_apposition_with_its_article_names_the_description() {
    let text = "The nurses' union, the Royal College of Nursing, said talks had collapsed.";
    let q = seen(text, "talks had collapsed");
    assert_eq!(q.name.as_deref(), Some("Royal College of Nursing"), "{q:?}");
    let text = "“Talks have collapsed,” said the union, the Royal College of Nursing.";
    let q = seen(text, "Talks have collapsed");
    assert_eq!(q.name.as_deref(), Some("Royal College of Nursing"), "{q:?}");
}

/// Issue 10 (stop 43): a party tag with its state written out takes no period; the period after
/// it ends the sentence and is no part of the speaker.
#[test]
fn a_party_tag_with_a_state_written_out_leaves_the_sentence_period() {
    let text = "\"It's a boondoggle,\" said state Rep. Karen Holt, R-Chatham. She said the plan \
                would cost millions.";
    let q = seen(text, "boondoggle");
    assert_eq!(q.kind, QuoteKind::Direct, "{q:?}");
    assert_eq!(
        q.speaker.as_deref(),
        Some("state Rep. Karen Holt, R-Chatham"),
        "{q:?}"
    );
    assert_eq!(q.name.as_deref(), Some("Karen Holt"), "{q:?}");
    // An abbreviated state keeps its period.
    let q = seen(
        "\"It's a boondoggle,\" said Sen. Lydia Ortega, D-Ore.",
        "boondoggle",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("Sen. Lydia Ortega, D-Ore."),
        "{q:?}"
    );
}

/// Issue 10 (stop 43): the name in apposition after a description is the speaker's name, with
/// letters after it (an honour, a rank at the bar) that are no part of the name.
#[test]
fn a_name_in_apposition_with_letters_after_it_names_the_speaker() {
    let text = "The firm's lawyer, Simon Catt KC, said it had 'learned hard lessons' from the \
                case.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("hard lessons"))
        .expect("quotation");
    assert_eq!(q.kind, QuoteKind::Partial, "{q:?}");
    let s = q.speaker.as_ref().expect("speaker");
    assert_eq!(s.name, "Simon Catt", "{s:?}");
    let e = s.entity.expect("entity linked") as usize;
    assert_eq!(analysis.entities[e].name, "Simon Catt");
}

/// Issue 10 (stop 43): a `he` or `she` in a sentence that opens with a person stands for that
/// person, its subject, before the last speaker named earlier.
#[test]
fn a_pronoun_stands_for_the_person_its_own_sentence_opens_with() {
    let text = "\"We will win,\" Dan Reed said. Tom Hale fired back: \"As a guardian of the \
                party,\" he wrote, \"I know you are wrong.\"";
    let q = seen(text, "guardian of the party");
    assert_eq!(q.speaker.as_deref(), Some("he"), "{q:?}");
    assert_eq!(q.name.as_deref(), Some("Tom Hale"), "{q:?}");
    assert_eq!(seen(text, "We will win").name.as_deref(), Some("Dan Reed"));
    // A possessor opening the sentence is not its subject: the aide speaks.
    let text = "\"We will win,\" Dan Reed said. Tom Hale's aide said he thought the plan was \
                \"a mess.\"";
    let q = seen(text, "a mess");
    assert_ne!(q.name.as_deref(), Some("Tom Hale"), "{q:?}");
    // Nor is a name that modifies a noun.
    let text =
        "\"We will win,\" Dan Reed said. The Tom Hale campaign insisted he was \"a winner.\"";
    let q = seen(text, "a winner");
    assert_ne!(q.name.as_deref(), Some("Tom Hale"), "{q:?}");
    // A person in a phrase that opens the sentence before its subject is no subject.
    let text = "Dan Reed spoke on Monday. With a vote for Tom Hale ruled out, Dan Reed said he \
                would back \"the other guy.\"";
    let q = seen(text, "the other guy");
    assert_eq!(q.name.as_deref(), Some("Dan Reed"), "{q:?}");
}

// Stop 44, helper mut44: the sample of stop 43's changed code ----------------------------------

/// A text that opens with a stray apostrophe (a fragment cut from a longer text) is read like
/// any other: the plural-possessive test looks at the token before the mark only where there is
/// one (np.rs `is_plural_possessive`).
#[test]
fn a_text_opening_with_a_lone_apostrophe_keeps_its_reported_speech() {
    let found = attributed("'s union said it would strike.");
    assert!(
        found
            .iter()
            .any(|(t, k, s)| t == "it would strike" && *k == QuoteKind::Indirect && s.is_some()),
        "{found:?}"
    );
}

/// Stop 44 (lead's copy): a `he` after a possessive description that names its person in
/// apposition stands for that person, not for the description's words.
#[test]
fn a_pronoun_after_a_described_person_with_a_name_is_that_person() {
    let text = "Mayor Linda Osei spoke on Monday.\n\nOsei's chief of staff, Marcus Lee, said the \
                city had \"run out of fixes.\" He said the mayor was \"confident.\"";
    let q = seen(text, "confident");
    assert_eq!(q.speaker.as_deref(), Some("He"), "{q:?}");
    assert_eq!(q.name.as_deref(), Some("Marcus Lee"), "{q:?}");
    // With no name in apposition the pronoun still stands for the description.
    let text = "Mayor Linda Osei spoke on Monday.\n\nOsei's chief of staff said the city had \
                \"run out of fixes.\" He said the mayor was \"confident.\"";
    let q = seen(text, "confident");
    assert_eq!(q.name.as_deref(), Some("Osei's chief of staff"), "{q:?}");
}

/// Issue 10 (stop 44): a clause opened by a time subordinator after the cue and a comma
/// ("…, the union said on Friday, as …") is the setting of the speech: the reported clause is the
/// one before the cue.
#[test]
fn a_setting_clause_after_the_cue_is_no_reported_clause() {
    for text in [
        "Nurses in Kelby have voted to strike next month, the nurses' union said on Friday, as \
         waiting lists reached a record.",
        "Nurses in Kelby have voted to strike next month, the union said, while talks went on.",
    ] {
        let found = attributed(text);
        let (content, _, speaker) = found
            .iter()
            .find(|(_, k, _)| *k == QuoteKind::Indirect)
            .expect("indirect speech");
        assert_eq!(
            content, "Nurses in Kelby have voted to strike next month",
            "{found:?}"
        );
        assert!(
            speaker.as_deref().is_some_and(|s| s.contains("union")),
            "{found:?}"
        );
    }
}

/// Issue 10 (stop 44): a middle initial after an unlisted given name is part of the speaker's
/// name ("Zorvan K. Telisko"), not where the name ends.
#[test]
fn a_middle_initial_after_an_unlisted_given_name_keeps_the_name_whole() {
    let text = "\"Turnout will be low,\" said Zorvan K. Telisko, a pollster in Kelby.";
    let q = seen(text, "Turnout will be low");
    assert_eq!(q.name.as_deref(), Some("Zorvan K. Telisko"), "{q:?}");
    let text = "Zorvan K. Telisko, a pollster in Kelby, said turnout \"will be low.\"";
    let q = seen(text, "will be low");
    assert_eq!(q.name.as_deref(), Some("Zorvan K. Telisko"), "{q:?}");
}

/// Issue 10 (stop 44): "shot back", "fired back" and "went on" (before punctuation) are cues,
/// though "shot", "fired" and "went" alone are no speech verbs; "went on a tour" is none.
#[test]
fn a_verb_with_back_or_on_is_a_phrasal_cue() {
    let text = "\"You are wrong,\" Ann Holt said. \"Not at all,\" Tom Vale shot back.";
    let q = seen(text, "Not at all");
    assert_eq!(q.name.as_deref(), Some("Tom Vale"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("shot"), "{q:?}");
    let text = "Tom Vale spoke first. Ann Holt fired back: \"That is nonsense.\"";
    assert_eq!(seen(text, "nonsense").name.as_deref(), Some("Ann Holt"));
    let text = "\"It was a long night,\" Tom Vale said. \"We were tired,\" Ann Holt went on.";
    assert_eq!(
        seen(text, "We were tired").name.as_deref(),
        Some("Ann Holt")
    );
    let text = "\"It was fun,\" Tom Vale said. Ann Holt went on a tour.";
    assert_eq!(seen(text, "It was fun").name.as_deref(), Some("Tom Vale"));
}

/// Issue 10 (stop 45): the person a spokeswoman or an aide speaks for is no speaker, also when
/// a title ("Gov.", "Sen.") or a home ("of Arizona") comes with the name; before, the titled
/// name after the preposition was taken as the subject of an indirect quote.
#[test]
fn a_titled_name_after_for_or_to_is_the_one_spoken_for() {
    for (text, quote, speaker) in [
        (
            "A spokeswoman for Gov. Tom Reyes said he had not read the bill.",
            "had not read",
            "A spokeswoman for Gov. Tom Reyes",
        ),
        (
            "An aide to Sen. Ann Holt said she would vote against the plan.",
            "would vote",
            "An aide to Sen. Ann Holt",
        ),
        (
            "A spokeswoman for Gov. Tom Reyes of Arizona said he had not read the bill.",
            "had not read",
            "A spokeswoman for Gov. Tom Reyes of Arizona",
        ),
    ] {
        let q = seen(text, quote);
        assert_eq!(q.kind, QuoteKind::Indirect, "{text}: {q:?}");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}: {q:?}");
    }
    // The person alone, titled, is still the speaker.
    let q = seen(
        "Gov. Tom Reyes said he had not read the bill.",
        "had not read",
    );
    assert_eq!(q.name.as_deref(), Some("Tom Reyes"), "{q:?}");
}

/// Issue 10 item 5 (stop 45): a "he" or "she" after the verb of a sentence that a description
/// of a person opens as its subject stands for that description, not for a person named
/// before ("The senator denounced what he called “…”"). A person named in between keeps the
/// pronoun's own resolution.
#[test]
fn a_pronoun_after_a_description_opening_its_sentence_stands_for_the_description() {
    let text = "Senator Ann Holt spoke in Kelby on Monday. Tom Vale, a farmer, listened. \
                The retired surgeon denounced what he called a \"reckless\" budget.";
    let q = seen(text, "reckless");
    assert_eq!(q.speaker.as_deref(), Some("he"), "{q:?}");
    assert_eq!(q.name.as_deref(), Some("The retired surgeon"), "{q:?}");
    let text = "Tom Vale, a farmer, spoke in Kelby on Monday. \
                The retired surgeon met Tom Vale, and he called the budget \"reckless.\"";
    let q = seen(text, "reckless");
    assert_eq!(q.name.as_deref(), Some("Tom Vale"), "{q:?}");
}

/// Issue 10 item 5 (stop 45): a lone "another" opening the sentence is the person a "he" after
/// its verb stands for ("Another said he …"), like a description.
#[test]
fn a_pronoun_after_a_lone_another_stands_for_it() {
    let text = "Tom Vale, a farmer, spoke first. \"We lost,\" one voter said. \
                Another said he hoped the budget would be \"fair\" next year.";
    let q = seen(text, "fair");
    assert_eq!(q.name.as_deref(), Some("Another"), "{q:?}");
}

/// Issue 10 (stop 45): a description whose appositive ends with a person's name ("A resident at
/// the meeting, retiree Dora Lind, said") names that person; a name after a preposition in the
/// appositive ("a friend of Dora Lind") is someone else.
#[test]
fn an_appositive_ending_in_a_name_names_the_described_speaker() {
    let text = "A resident at the news conference, 72-year-old retiree Doris Klein, said \"the \
                noise is unbearable at night.\"";
    let q = seen(text, "unbearable");
    assert_eq!(q.name.as_deref(), Some("Doris Klein"), "{q:?}");
    assert!(q.speaker.is_some_and(|s| s.starts_with("A resident")));
    let text = "A neighbour at the meeting, a friend of Doris Klein, said \"the noise is \
                unbearable at night.\"";
    let q = seen(text, "unbearable");
    assert_eq!(
        q.name.as_deref(),
        Some("A neighbour at the meeting, a friend of Doris Klein"),
        "{q:?}"
    );
}

/// Issue 10 (stop 45): the second part of a split quotation is direct when the writer left out
/// the comma that closes the frame ("said Ms Quinn “and …”"), as it is with the comma.
#[test]
fn a_split_quotation_without_the_frames_closing_comma_stays_direct() {
    for text in [
        "\"We were promised a ferry,\" said Ms Quinn \"and they have been let down badly.\"",
        "\"We were promised a ferry,\" said Ms Quinn, \"and they have been let down badly.\"",
    ] {
        assert_eq!(kind_of(text, "let down badly"), QuoteKind::Direct, "{text}");
        assert_eq!(
            speaker_of(text, "let down badly").as_deref(),
            Some("Quinn"),
            "{text}"
        );
    }
}

/// The phrases offered to the ranker as the speaker of quotation `quote` (in text order) of
/// `text`, as written.
fn offered(text: &str, quote: usize) -> Vec<String> {
    crate::attribution::training_data_of(text)[quote]
        .candidates
        .iter()
        .map(|(s, _)| s.span.text(text).to_string())
        .collect()
}

/// Issue 10 (stop 45): a speech verb before the quotation in its sentence, with its own subject,
/// frames it: the subject of a verb that is no cue before it ("Lena Brook weighed in, hours after
/// Tom Vale said …") acted, and one after it in its clause ("said that … while Rob Pike is “…”")
/// is spoken of; neither is offered as the speaker.
#[test]
fn the_subject_of_a_verb_beside_a_framing_speech_verb_is_not_offered() {
    let text = "Lena Brook weighed in on Tuesday, hours after Tom Vale said he was \"delighted\" \
                by the plan.";
    let offers = offered(text, 0);
    assert!(offers.iter().any(|p| p == "Tom Vale"), "{offers:?}");
    assert!(!offers.iter().any(|p| p == "Lena Brook"), "{offers:?}");
    let text = "Tom Vale said on Monday that Ann Holt was \"a fine mayor\" while Rob Pike is \"a \
                menace\" to the town.";
    let offers = offered(text, 1);
    assert!(offers.iter().any(|p| p == "Tom Vale"), "{offers:?}");
    assert!(!offers.iter().any(|p| p == "Rob Pike"), "{offers:?}");
    // A cue right after an earlier quotation is that quotation's, not this one's.
    let text = "\"It was a mistake,\" Tom Vale wrote after Ann Holt argued that \"nobody lost \
                anything.\"";
    let offers = offered(text, 1);
    assert!(offers.iter().any(|p| p == "Ann Holt"), "{offers:?}");
    assert!(!offers.iter().any(|p| p == "Tom Vale"), "{offers:?}");
    // With no speech verb in the sentence, the subject stays a candidate.
    let text = "Lena Brook weighed in on Tuesday with a \"firm\" reply.";
    let offers = offered(text, 0);
    assert!(offers.iter().any(|p| p == "Lena Brook"), "{offers:?}");
}

/// Issue 10 (stop 45, review): the person a spokesman or lawyers speak for is no speaker also
/// behind a title of two words or a "former"; the name's own title may hold a period ("the
/// Rev."), and a pronoun after a verb whose object is a person, or after a clause of its own,
/// is not the opening description's.
#[test]
fn titles_of_two_words_and_objects_that_are_people_keep_their_readings() {
    let text = "A spokesman for Prime Minister Keir Starmer said he had not seen the letter.";
    let q = seen(text, "had not seen");
    assert_eq!(
        q.name.as_deref(),
        Some("A spokesman for Prime Minister Keir Starmer"),
        "{q:?}"
    );
    let text = "Lawyers for former President Donald Trump said he would appeal.";
    let q = seen(text, "would appeal");
    assert_eq!(
        q.name.as_deref(),
        Some("Lawyers for former President Donald Trump"),
        "{q:?}"
    );
    let text = "After the hearing, the trust's chair, the Rev. Anne Holloway, said the charity \
                had \"come through the worst year in its history\" thanks to its supporters.";
    let q = seen(text, "worst year");
    assert_eq!(q.name.as_deref(), Some("Anne Holloway"), "{q:?}");
    for text in [
        "The officer arrested a man after he shouted \"death to the council.\"",
        "The judge scolded the defendant after he described the victim as \"a liar.\"",
    ] {
        let q = seen(text, "\"");
        let name = q.name.clone().unwrap_or_default();
        assert!(!name.starts_with("The "), "{text}: {q:?}");
    }
}

/// Issue 10 (stop 45, review): a quotation after a name with no comma is the frame's second
/// part only when it goes on in lower case; a capitalised title after the frame is none.
#[test]
fn a_capitalised_title_after_a_split_frame_is_no_continuation() {
    let text = "\"I love the role,\" said Tom Vale, who stars in the BBC \"Succession Wars.\"";
    assert_ne!(seen(text, "Succession").kind, QuoteKind::Direct);
}

/// Issue 10 (stop 46, lead's invented copy): a firm whose name ends with its abbreviation's
/// period ("Acme Corp.", "Novalink Inc.") is the subject of the speech verb after it; the clause
/// it reports is indirect speech with the firm as its speaker.
#[test]
fn a_firm_ending_with_an_abbreviation_period_speaks() {
    for (text, firm) in [
        ("Acme Corp. said it would cut 300 jobs.", "Acme Corp."),
        (
            "Novalink Inc. said Wednesday it would lay off about 1,200 employees.",
            "Novalink Inc.",
        ),
    ] {
        let q = seen(text, "would");
        assert_eq!(q.kind, QuoteKind::Indirect, "{text}: {q:?}");
        assert_eq!(q.speaker.as_deref(), Some(firm), "{text}: {q:?}");
        assert_eq!(
            q.speaker_kind,
            Some(SpeakerKind::Organization),
            "{text}: {q:?}"
        );
    }
}

/// Issue 10 (stop 46, lead's invented copy): the letters of an office or honour after a
/// person's name ("KC", "QC", "MP", "CBE") belong to the speaker's phrase, and the speaker is the
/// person named before them, before or after the quotation.
#[test]
fn post_nominal_letters_after_a_name_keep_the_person_as_speaker() {
    for (text, quote, phrase) in [
        (
            "Prosecutor Helen Marsh KC told the court that the driver had visited three pubs.",
            "visited three pubs",
            "Prosecutor Helen Marsh KC",
        ),
        (
            "Helen Marsh KC said the footage was clear.",
            "footage was clear",
            "Helen Marsh KC",
        ),
        (
            "\"He was drunk,\" said Helen Marsh KC.",
            "He was drunk",
            "Helen Marsh KC",
        ),
    ] {
        let q = seen(text, quote);
        assert_eq!(q.speaker.as_deref(), Some(phrase), "{text}: {q:?}");
        assert_eq!(q.name.as_deref(), Some("Helen Marsh"), "{text}: {q:?}");
    }
}

/// Issue 10 (stop 46, lead's invented copy): people at a place named with its kind ("in the
/// province of Ravenna", "of the town of Harwick") are the speaker, not the place.
#[test]
fn people_in_the_province_of_a_place_are_the_speaker() {
    for (text, phrase) in [
        (
            "Farmers in the province of Ontario said their crops had been destroyed.",
            "Farmers in the province of Ontario",
        ),
        (
            "Residents of the city of Toronto said the water came in minutes.",
            "Residents of the city of Toronto",
        ),
    ] {
        let q = seen(text, "the");
        assert_eq!(q.speaker.as_deref(), Some(phrase), "{text}: {q:?}");
        assert_eq!(q.speaker_kind, Some(SpeakerKind::Group), "{text}: {q:?}");
    }
}

/// Issue 10 (stop 46, lead's invented copy): a family speaks ("…, her family said" gave no
/// quotation: "family" was no source noun, "families" was).
#[test]
fn a_family_is_a_source() {
    for text in [
        "An elderly woman was left on a trolley for two days, her family said.",
        "The council will review the case, the family said.",
    ] {
        let q = seen(text, "a");
        assert_eq!(q.kind, QuoteKind::Indirect, "{text}: {q:?}");
        assert!(
            q.speaker.as_deref().is_some_and(|s| s.ends_with("family")),
            "{text}: {q:?}"
        );
    }
}

/// Issue 10 (stop 46, lead's invented copy): the sides of a court case and a utility speak as
/// other bodies do ("The defence says …", "The prosecution said …").
#[test]
fn the_sides_of_a_case_are_sources() {
    for (text, phrase) in [
        (
            "The defence says the driver was not speeding.",
            "The defence",
        ),
        (
            "The prosecution said the footage was clear.",
            "The prosecution",
        ),
        (
            "The utility confirmed it had received a takeover approach.",
            "The utility",
        ),
    ] {
        let q = seen(text, "a");
        assert_eq!(q.kind, QuoteKind::Indirect, "{text}: {q:?}");
        assert_eq!(q.speaker.as_deref(), Some(phrase), "{text}: {q:?}");
    }
}

/// Issue 10 (stop 46, rev45 #6): a he or she in a paragraph that neither quotes nor names the
/// last speaker stands for the person an earlier sentence of that paragraph is about, not for
/// the last speaker of known gender; a person named only inside a quotation there does not count.
#[test]
fn a_pronoun_takes_the_person_its_own_paragraph_is_about() {
    let text = "Mayor Ann Dolan backed the plan. \"We need it,\" Dolan said.\n\nCouncil member \
                Rita Vance opposed the plan at a meeting on Tuesday. The vote was delayed. \"It is \
                too costly,\" she said.";
    assert_eq!(
        speaker_of(text, "too costly").as_deref(),
        Some("Rita Vance")
    );
    let text = "Actress Ann Holt called the award \"a backhanded compliment.\"\n\nThe station's \
                anchor Ilia Moreno wrote a letter. The journalist expressed concern over the \
                remarks. \"We must do better,\" she tweeted.";
    assert_eq!(
        speaker_of(text, "do better").as_deref(),
        Some("Ilia Moreno")
    );
    let text = "Mayor Ann Dolan backed the plan. \"We need it,\" Dolan said.\n\n\"A letter from \
                Rita Vance\" was read out on Tuesday. The vote was delayed. \"It is too costly,\" \
                she said.";
    assert_eq!(speaker_of(text, "too costly").as_deref(), Some("Ann Dolan"));
}

/// Issue 10 item 5 (stop 46): a quotation inside a direct quotation ("My father told me,
/// 'Pack one bag,'") is part of it: one quotation, the outer speaker's, in the AP style (double
/// outer marks, single inner ones) and the British style (single outer marks, double inner ones).
#[test]
fn nested_speech_is_one_quotation_of_the_outer_speaker() {
    for (text, inner) in [
        (
            "“My father told me, ‘Pack one bag,’ and I did,” she said.",
            "‘Pack one bag,’",
        ),
        (
            "\"My father told me, 'Pack one bag,' and I did,\" she said.",
            "'Pack one bag,'",
        ),
        (
            "‘My father told me, “Pack one bag,” and I did,’ she said.",
            "“Pack one bag,”",
        ),
    ] {
        let analysis = analyze(text, &Options::default());
        let outer: Vec<_> = analysis
            .quotes
            .iter()
            .filter(|q| q.kind != QuoteKind::Indirect)
            .collect();
        assert_eq!(outer.len(), 1, "{text}: {outer:?}");
        let q = outer[0];
        assert!(q.span.text(text).contains(inner), "{text}: {q:?}");
        assert!(q.span.text(text).starts_with(&text[..3]), "{text}: {q:?}");
        assert_eq!(q.kind, QuoteKind::Direct, "{text}");
        assert_eq!(
            q.speaker.as_ref().map(|s| s.span.text(text)),
            Some("she"),
            "{text}"
        );
    }
}

/// Issue 10 (stop 46): a poll or survey is a document that speaks for its findings; "A survey of
/// 600 voters shows Holt could win" reports the survey's finding, with the survey as source.
#[test]
fn a_survey_with_its_sample_reports_a_finding() {
    for (text, speaker) in [
        (
            "A survey of 600 voters shows Holt could win the seat.",
            "A survey of 600 voters",
        ),
        ("A new poll shows Holt could win the seat.", "A new poll"),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, "Holt could win the seat", "{text}: {found:?}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}: {found:?}");
    }
}

/// Issue 10 (stop 46): a cue set off by commas inside the sentence reports the whole sentence,
/// the part before its speaker too; a participle or a setting after the cue's comma is no part.
#[test]
fn a_cue_set_off_by_commas_reports_the_whole_sentence() {
    for (text, clause, speaker) in [
        (
            "The allure of a flat tax, Ann Marsh argued, is largely a myth.",
            "The allure of a flat tax, Ann Marsh argued, is largely a myth",
            "Ann Marsh",
        ),
        (
            "The allure of a flat tax, the economist argued, is largely a myth.",
            "The allure of a flat tax, the economist argued, is largely a myth",
            "the economist",
        ),
        (
            "If turnout stays this low in the valley, the campaign said, it may not seek a recount.",
            "If turnout stays this low in the valley, the campaign said, it may not seek a recount",
            "the campaign",
        ),
        (
            "The ferry will stop at Derry in the summer, Ann Marsh said, adding that fares would rise.",
            "The ferry will stop at Derry in the summer",
            "Ann Marsh",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, clause, "{text}");
        assert_eq!(found[0].1.as_deref(), Some(speaker), "{text}");
    }
}

/// Issue 10 (stop 46): a cue in the subordinate clause that opens a sentence reports up to the
/// comma before the main clause, not the main clause too.
#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_up_to_the_main_clause() {
    for (text, clause) in [
        (
            "While Ann Marsh said the bridge would close in May, the council kept it open all year.",
            "the bridge would close in May",
        ),
        (
            "Although Tom Vale says he will not vote for the mayor, he backs her plan for the port.",
            "he will not vote for the mayor",
        ),
        // A comma with no main clause after it is the reported clause's own.
        (
            "When Tom Vale said the ferry, late and full, would stop at Derry, the crowd cheered.",
            "the ferry, late and full, would stop at Derry",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, clause, "{text}");
    }
}

/// Issue 10 (stop 46): "pointed out that CLAUSE": the particle after the cue is no part of the
/// reported clause.
#[test]
fn a_particle_after_the_cue_is_no_part_of_the_clause() {
    let found = indirect("Ann Marsh pointed out that the ferry had never run on time.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "the ferry had never run on time");
}

/// Issue 10 (stop 46): what sets a cue off by commas is its subject alone: "…, and as Ann Marsh
/// noted, CLAUSE" reports the clause after the comma; a dash opens the writer's phrase, a
/// relative pronoun before the comma what was said of its name; a cue in
/// the main clause after an opening subordinate clause reports its own clause whole.
#[test]
fn a_cue_set_off_by_commas_needs_its_subject_alone_between_them() {
    for (text, clause) in [
        (
            "The ferry has many critics, and as Ann Marsh noted, the fares at Derry could still rise.",
            "the fares at Derry could still rise",
        ),
        (
            "She praised the crews at the port - all of whom, she explained, needed more pay.",
            "needed more pay",
        ),
        (
            "The vote was bad news for the mayor and bad news for Tom Vale, who, aides said, offered to resign on Friday.",
            "offered to resign on Friday",
        ),
        (
            "While he does back the mayor, Tom Vale admits there is a faction he opposes, mostly in the valley.",
            "there is a faction he opposes, mostly in the valley",
        ),
    ] {
        let found = indirect(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].0, clause, "{text}");
    }
    // "said on Friday to …": only "out" is a particle skipped after the cue.
    let found = indirect("Ann Marsh said on Friday to the radio that the ferry would run.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "the ferry would run");
}

/// Mutation testing (stop 46, `frame.rs` `titled_person`): a company's name among the words
/// that describe the person named at the end of a description's appositive ("Kelby Telecom
/// engineer Jo Lee") keeps that person the speaker; only another person's name there would not.
#[test]
fn a_company_before_the_role_in_an_appositive_keeps_the_named_speaker() {
    let text = "A resident at the meeting, Kelby Telecom engineer Jo Lee, said \"the noise is \
                unbearable at night.\"";
    let q = seen(text, "unbearable");
    assert_eq!(q.name.as_deref(), Some("Jo Lee"), "{q:?}");
    assert!(q.speaker.is_some_and(|s| s.starts_with("A resident")));
}

/// Stop 46, review: a person's name ending with a generational suffix and its period is the
/// subject of the speech verb after it, as a firm's abbreviation is.
#[test]
fn a_name_ending_in_jr_and_its_period_speaks() {
    let text = "James Comey Jr. said the memo was accurate.";
    let q = seen(text, "memo");
    assert_eq!(q.kind, QuoteKind::Indirect, "{q:?}");
    assert_eq!(q.name.as_deref(), Some("James Comey"), "{q:?}");
}

/// Stop 46, review: "that" before a comma is a speech verb's object, not the start of a clause
/// ("If Holt said that, he was wrong" reported "he was wrong" as Holt's); the sentence's own cue
/// after it reports the sentence.
#[test]
fn that_before_a_comma_is_no_reported_clause() {
    let text = "If Holt said that, he was wrong, Vale said.";
    let q = seen(text, "wrong");
    assert_eq!(q.speaker.as_deref(), Some("Vale"), "{q:?}");
}

/// Stop 47, review: after a relative pronoun set off before a parenthetical cue, what was said is
/// the relative clause's predicate, up to the sentence's own verb ("who, sources said, offered to
/// resign" ran to the sentence's end).
#[test]
fn a_relative_clause_around_a_cue_reports_its_predicate_alone() {
    let found = indirect("Smith, who, sources said, offered to resign, was not in the office.");
    assert_eq!(
        found,
        [(
            "offered to resign".to_string(),
            Some("sources".to_string()),
            Some("said".to_string())
        )]
    );
}

/// Stop 47, review: "says" is never a noun, even where the tagger reads it as one before a title
/// with no period ("Mr").
#[test]
fn says_before_a_title_without_its_period_is_the_cue() {
    let found = indirect("The council says Mr Forde was not at the meeting.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Mr Forde was not at the meeting");
    assert_eq!(found[0].1.as_deref(), Some("The council"));
}

/// Stop 47, review: a cue coordinated with "and" after a sentence's last quotation reports the
/// clause after it, for the sentence's subject.
#[test]
fn a_cue_after_a_quotation_and_and_reports_its_clause() {
    let text =
        "She described the decision as 'unacceptable' and said she would speak to the players.";
    let found = indirect(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "she would speak to the players");
    assert_eq!(found[0].1.as_deref(), Some("She"));
    assert_eq!(seen(text, "unacceptable").kind, QuoteKind::Partial);
}

/// Stop 47, review: a quotation in lower case right after its cue, with the sentence going on
/// after it, is the verb's object: partial, not direct.
#[test]
fn a_quotation_that_is_the_object_of_a_cue_inside_the_sentence_is_partial() {
    let text =
        "Prime Minister Giorgia Conti, speaking in Rome, promised \"every resource the state \
                has\" to the flooded towns.";
    let q = seen(text, "every resource");
    assert_eq!(q.kind, QuoteKind::Partial, "{q:?}");
    assert_eq!(q.name.as_deref(), Some("Giorgia Conti"), "{q:?}");
    // A quotation in upper case, or one that ends the sentence, is still direct.
    let q = seen("Conti said \"We will rebuild every town.\"", "rebuild");
    assert_eq!(q.kind, QuoteKind::Direct, "{q:?}");
}

/// Stop 47, PolNeAR train's indirect spans that ran past gold's end: ", and" before a clause
/// with a speech verb of its own opens the next report, and ", however" the writer's contrast.
#[test]
fn the_next_report_after_and_ends_the_reported_clause() {
    for (text, clause) in [
        (
            "Most voters said they trusted the mayor, and a third said they would vote for her.",
            "they trusted the mayor",
        ),
        (
            "Half of those asked said they would vote for Holt, however that share has fallen since May.",
            "they would vote for Holt",
        ),
    ] {
        let found = indirect(text);
        assert!(!found.is_empty(), "{text}");
        assert_eq!(found[0].0, clause, "{text}");
    }
}

/// Stop 47, review: a short subject before a cue set off by commas, with the verb right after
/// the cue's comma, is part of the one reported clause ("would join the push" alone was a broken
/// piece).
#[test]
fn a_short_subject_before_a_set_off_cue_is_part_of_the_clause() {
    let text = "Kurdish Peshmerga, Defense Secretary Lloyd Austin said, would join the push.";
    let found = indirect(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].0,
        "Kurdish Peshmerga, Defense Secretary Lloyd Austin said, would join the push"
    );
    assert_eq!(
        found[0].1.as_deref(),
        Some("Defense Secretary Lloyd Austin")
    );
}

/// Stop 47, review: another person's name that modifies a role noun among the words describing
/// the person named at the end of an appositive ("Ann Holt aide Jo Lee") leaves that person the
/// speaker.
#[test]
fn a_name_modifying_the_role_in_an_appositive_keeps_the_named_speaker() {
    let text = "A witness, longtime Ann Holt aide Jo Lee, said \"the plant will close.\"";
    let q = seen(text, "plant will close");
    assert_eq!(q.name.as_deref(), Some("Jo Lee"), "{q:?}");
}

/// Stop 47, PolNeAR train's false indirect speech: a coordinator right after the cue opens no
/// clause of it ("yelled and held up a sign" reported "and held up a sign"); a subject joined by
/// "and" between the commas of a set-off cue still reports the whole sentence.
#[test]
fn a_coordinator_after_the_cue_is_no_clause_and_a_joined_subject_is_set_off() {
    assert!(
        indirect("The protester yelled and held up a sign that was quickly torn away.").is_empty()
    );
    let text = "The source of the unrest, union members and leaders say, is the pay freeze.";
    let found = indirect(text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, text.trim_end_matches('.'));
    assert_eq!(found[0].1.as_deref(), Some("union members and leaders"));
}

/// Stop 47, lead's copy: a speech verb's word before an amount is no cue, so it does not close
/// an appositive ("According to the ferry board, the plan adds $8 million" made "the ferry
/// board, the plan" a speaker phrase, which then outranked the next sentence's own subject).
#[test]
fn a_speech_verb_before_an_amount_closes_no_appositive() {
    let text = "According to the ferry board, the plan adds $8 million to the budget. A board \
                analyst, who asked not to be named, said the figure was \"far too low.\"";
    let q = seen(text, "far too low");
    assert_eq!(q.speaker.as_deref(), Some("A board analyst"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("said"), "{q:?}");
    // With no amount after it the word is still a cue closing the appositive.
    let text = "According to Ann Marsh, an engineer, the plan \"cannot work.\"";
    assert_eq!(seen(text, "cannot work").name.as_deref(), Some("Ann Marsh"));
}

/// Stop 47, lead's copy: "the Belgian said" after a quotation: a singular nationality after
/// "the" is a person the story named, and "said" after it is the verb, not a noun as in
/// "Democratic claims".
#[test]
fn the_nationality_of_a_named_person_is_the_speaker() {
    let text = "Coach Pieter Janssens was unhappy. \"The goal should not stand,\" the Belgian \
                said. \"Everybody saw the foul.\"";
    for quote in ["goal should not stand", "Everybody saw"] {
        let q = seen(text, quote);
        assert_eq!(q.speaker.as_deref(), Some("the Belgian"), "{q:?}");
        assert_eq!(q.name.as_deref(), Some("Pieter Janssens"), "{q:?}");
        assert_eq!(q.cue.as_deref(), Some("said"), "{q:?}");
    }
    // A plural nationality stays the group, also when the tagger reads it as a singular name.
    for (text, group) in [
        ("\"We will see,\" the Belgians said.", "Belgians"),
        ("The Saudis said they would sell the bonds.", "Saudis"),
    ] {
        let q = seen(
            text,
            if group == "Belgians" {
                "We will see"
            } else {
                "sell"
            },
        );
        assert!(q.speaker.is_some_and(|s| s.ends_with(group)), "{text}");
        assert_eq!(q.name.as_deref(), Some(group), "{text}");
    }
    // A name inside the quotation is someone spoken of, not the one the nationality stands for.
    let text =
        "Coach Pieter Janssens was unhappy. \"Even Ann Marsh saw the foul,\" the Belgian said.";
    assert_eq!(
        seen(text, "saw the foul").name.as_deref(),
        Some("Pieter Janssens")
    );
}

/// Stop 47, lead's copy: British court reports name a "barrister" or "solicitor" where American
/// copy has a lawyer; each is a speaker noun, so a partial quotation in the clause it reports is
/// attributed to it.
#[test]
fn a_barrister_reports_a_partial_quotation() {
    for noun in ["barrister", "solicitor"] {
        let text = format!("The {noun} said he was \"genuinely remorseful\".");
        let q = seen(&text, "remorseful");
        assert_eq!(q.kind, QuoteKind::Partial, "{text}: {q:?}");
        assert_eq!(
            q.speaker.as_deref(),
            Some(format!("The {noun}").as_str()),
            "{q:?}"
        );
    }
}

/// Stop 47 (att62): a spokesperson is a person, also when the body's name before the noun joins
/// its words with "of" and "and" ("a Department of Harbors and Ferry Care spokesperson").
#[test]
fn a_spokesperson_named_for_a_body_with_of_and_and_is_a_person() {
    let text = "A Department of Harbors and Ferry Care spokesperson said the plan was \
                “on track.”";
    let q = seen(text, "on track");
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
}

/// Stop 47 (att62, rev46): the person an earlier sentence of the paragraph is about is its
/// subject, not a possessor ("Dolan's predecessor, Rita Vance, …" is about Vance) nor the object
/// of a preposition opening it ("Under Rita Vance, the council …" is about the council).
#[test]
fn the_paragraph_subject_is_no_possessor_nor_an_opening_prepositions_object() {
    let text =
        "Mayor Ann Dolan spoke first. Mary Marsh said the budget was “balanced at last.”\n\n\
                Dolan's predecessor, Rita Vance, opposed the plan at a meeting on Tuesday. The \
                vote was delayed. “It was rushed,” she said.";
    let q = seen(text, "rushed");
    assert_eq!(q.name.as_deref(), Some("Rita Vance"), "{q:?}");
    // No one named is the subject: the last speaker, named in the paragraph before, said it.
    let text =
        "Mayor Ann Dolan spoke first. Mary Marsh said the budget was “balanced at last.”\n\n\
                Under Rita Vance, the council opposed the plan at a meeting on Tuesday. The vote \
                was delayed. “It was rushed,” she said.";
    let q = seen(text, "rushed");
    assert_eq!(q.name.as_deref(), Some("Mary Marsh"), "{q:?}");
}

/// Stop 47, review rev47: the report after ", and" is found too, with its own speaker and cue
/// ("a third said they would vote for her" was lost once ", and" ended the first report); ",
/// and that" goes on with the same speaker's words.
#[test]
fn the_report_after_and_is_found_with_its_own_speaker() {
    let found = indirect(
        "Most voters said they trusted the mayor, and a third said they would vote for her.",
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].0, "they trusted the mayor");
    assert_eq!(found[1].0, "they would vote for her");
    assert_eq!(found[1].1.as_deref(), Some("a third"));
    let found = indirect(
        "The union said members were angry, and that the leaders told them a strike was likely.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.ends_with("a strike was likely"), "{found:?}");
}

/// Stop 47, review rev47: a quotation whose first word has a capital inside it ("iPhone") is a
/// clause, not the object of its cue.
#[test]
fn a_quoted_clause_after_its_cue_stays_direct() {
    let text = "Holt said \"iPhone sales are down\" in a memo.";
    assert_eq!(seen(text, "iPhone").kind, QuoteKind::Direct, "{text}");
}

/// Stop 47, review rev47: "the French said": a nationality whose plural is itself names the
/// people, not the person last named.
#[test]
fn a_nationality_that_names_a_people_is_the_group() {
    for (text, group) in [
        (
            "Eden Hazard scored twice. The French said the deal was dead.",
            "French",
        ),
        (
            "Eden Hazard scored twice. The Dutch said the deal was dead.",
            "Dutch",
        ),
        (
            "Eden Hazard scored twice. The Chinese said the deal was dead.",
            "Chinese",
        ),
    ] {
        let q = seen(text, "deal was dead");
        assert_eq!(q.name.as_deref(), Some(group), "{text}: {q:?}");
    }
}

/// Stop 47, review rev47: an opening phrase with no comma after it still leaves its sentence a
/// subject ("After the vote Ann Holt walked out …"), and after an opening phrase's comma a
/// clause whose subject names no one ("the council hired Jane Doe") makes its object no
/// subject.
#[test]
fn the_subject_after_an_opening_phrase_without_a_comma() {
    let text =
        "After the vote Ann Holt walked out of the chamber with her aide Mary Lee. \"It was \
                a farce,\" she said.";
    assert_eq!(seen(text, "farce").name.as_deref(), Some("Ann Holt"));
    let text =
        "During the hearing Senator Tom Reed questioned the director Mark Diaz for an hour. \
                \"He had no answers,\" he said.";
    assert_eq!(seen(text, "no answers").name.as_deref(), Some("Tom Reed"));
}

// att65
/// Stop 48, att65: "the union" stands for the organisation named before it, not for a person whose
/// role has the word as a modifier ("Ann Holt, a union official").
#[test]
fn a_noun_for_a_body_resolves_to_an_organisation_not_a_role() {
    let text = "Members of the Northfield Nurses Union voted on Monday. Ann Holt, a union \
                official, said the vote was clear.\n\n\"This offer does nothing for staff on the \
                wards,\" the union said.";
    assert_eq!(
        speaker_of(text, "does nothing").as_deref(),
        Some("Northfield Nurses Union")
    );
    let text = "The Dunmore Borough Council met on Monday. Tom Reed, a council leader, said the \
                vote was clear.\n\n\"We will not move,\" the council said.";
    assert_eq!(
        speaker_of(text, "not move").as_deref(),
        Some("Dunmore Borough Council")
    );
}

/// Stop 48, att65: a quoted noun phrase after a possessor and its modifier is a scare quote.
#[test]
fn a_quoted_noun_after_a_possessor_and_its_modifier_is_other() {
    let text = "Critics say Mayor Alan Pruitt's much-trumpeted \"recovery plan\" has done little \
                for the east side of Dunmore.";
    assert_eq!(kind_of(text, "recovery plan"), QuoteKind::Other);
    // A quotation the possessor's cue frames stays attributed.
    let text = "Holt said the mayor's plan was \"a disgrace to the city.\"";
    assert_ne!(kind_of(text, "disgrace"), QuoteKind::Other);
}

/// Stop 48, att64: a headline's "says defiant Labour leader": an organisation before a noun for
/// a person only modifies it; the description is the speaker, a person, with no name of its own.
/// "Labour's leader", "the Labour government" and "Labour leader Sam Kerr" keep their names.
#[test]
fn an_organisation_before_a_noun_for_a_person_is_no_speaker_s_name() {
    use crate::analysis::SpeakerKind;
    let q = seen(
        "'We will not back down,' says defiant Labour leader",
        "back down",
    );
    assert_eq!(q.speaker.as_deref(), Some("defiant Labour leader"), "{q:?}");
    assert_eq!(q.name.as_deref(), Some("defiant Labour leader"), "{q:?}");
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
    let q = seen(
        "\"We will not back down,\" a Labour spokesman said.",
        "back down",
    );
    assert_eq!(q.speaker.as_deref(), Some("a Labour spokesman"), "{q:?}");
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
    let q = seen(
        "\"We will not back down,\" said defiant Labour leader Sam Kerr.",
        "back down",
    );
    assert_eq!(q.name.as_deref(), Some("Sam Kerr"), "{q:?}");
    let q = seen(
        "\"We will not back down,\" said the Labour government.",
        "back down",
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Organization), "{q:?}");
}

/// Stop 48, att64 (issue 10): a role with its organisation or a capitalised modifier before a
/// name is all one speaker phrase: "Opposition leader Tom Barraclough", "Bayline Inc. chief Jo
/// Lee", before the cue and after it.
#[test]
fn a_role_with_its_modifier_before_a_name_is_one_phrase() {
    for (text, quote, speaker, name) in [
        (
            "Opposition leader Tom Barraclough said the plan was \"a disgrace\".",
            "disgrace",
            "Opposition leader Tom Barraclough",
            "Tom Barraclough",
        ),
        (
            "\"The plan is a disgrace,\" said Opposition leader Tom Barraclough.",
            "disgrace",
            "Opposition leader Tom Barraclough",
            "Tom Barraclough",
        ),
        (
            "Bayline Inc. chief Jo Lee said the deal was \"a good one\".",
            "good one",
            "Bayline Inc. chief Jo Lee",
            "Jo Lee",
        ),
        (
            "\"It is a good deal,\" Bayline Corp. chief Jo Lee said.",
            "good deal",
            "Bayline Corp. chief Jo Lee",
            "Jo Lee",
        ),
    ] {
        let q = seen(text, quote);
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}: {q:?}");
        assert_eq!(q.name.as_deref(), Some(name), "{text}: {q:?}");
    }
}

/// Stop 48, lead's copy: "Western Power Distribution said": a run of capitalised words with an
/// organisation's word after its first is a company, even where its mention is cut short
/// ("Western Power"); a title or a given name in the run makes it a person ("Energy Secretary
/// Tom Vale"), and a document's head stays a document.
#[test]
fn a_capitalised_run_with_an_organisation_word_is_a_company() {
    use crate::analysis::SpeakerKind;
    let q = seen(
        "Western Power Distribution said engineers were working \"around the clock\".",
        "clock",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("Western Power Distribution"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Organization), "{q:?}");
    assert_eq!(
        super::speaker_kind::description_kind("Harbor Lines Freight"),
        SpeakerKind::Organization
    );
    assert_eq!(
        super::speaker_kind::description_kind("Energy Secretary Tom Vale"),
        SpeakerKind::Person
    );
    assert_eq!(
        super::speaker_kind::description_kind("the Kelby University Poll"),
        SpeakerKind::Document
    );
}

/// Stop 48, att64: a cue before an amount ("adds $85 billion") closes no appositive, and a
/// singular nationality after "the" is the subject of its verb ("the Belgian said"); one rule
/// each, asked by the cue reading and by the phrase before a cue.
#[test]
fn a_cue_before_an_amount_and_the_nationality_for_one_person() {
    let q = seen(
        "Coach Pieter Maes was unhappy. \"The goal should not stand,\" the Belgian said.",
        "goal",
    );
    assert_eq!(q.speaker.as_deref(), Some("the Belgian"), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("said"), "{q:?}");
    let q = seen(
        "\"We will see,\" the Dutch said after the match in Lorvik.",
        "will see",
    );
    assert_eq!(q.speaker.as_deref(), Some("Dutch"), "{q:?}");
}

/// Stop 48, att64 (held-out boundary errors): two organisations joined by "and" at the end of a
/// tail are both the tail's ("economists at Kelby University and the University of Marlow").
#[test]
fn two_organisations_joined_at_the_end_of_a_tail_stay_in_the_phrase() {
    let q = seen(
        "The tax is \"a drag on growth\", according to a study last year by economists at \
         Kelby University and the University of Marlow.",
        "drag on growth",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("a study last year by economists at Kelby University and the University of Marlow"),
        "{q:?}"
    );
}

/// Stop 48, review (rev48): the round's attribution rules do not fire on their look-alikes: a
/// participle of speech before a possessor's quotation keeps it partial; a definite role noun
/// that is a person's own role resolves to that person; a group with a company's word in its name
/// stays a group.
#[test]
fn the_rounds_attribution_rules_leave_their_look_alikes() {
    let text =
        "Critics mocked Senator Jo Kerr's oft-quoted \"nation of cowards\" remark on Tuesday.";
    assert_eq!(kind_of(text, "nation of cowards"), QuoteKind::Partial);
    let text = "Sir David Kellway, the veteran broadcaster, spoke at the Marlow Trust dinner.\n\n\
                \"It was a lovely night,\" the broadcaster said.";
    assert_eq!(
        speaker_of(text, "lovely night").as_deref(),
        Some("David Kellway")
    );
    let text = "Labour Party MPs said the bill was \"a betrayal\".";
    assert_eq!(
        seen(text, "betrayal").speaker_kind,
        Some(SpeakerKind::Group)
    );
}

// att67
/// Stop 49, att67 (issue 10): a description of an organisation resolves only to one of its kind:
/// "the club" to the club, never the broadcaster or newspaper that reported on it; "the paper"
/// and "the broadcaster" to a news outlet, else they stay unnamed.
#[test]
fn a_description_resolves_to_an_organisation_of_its_kind() {
    let text = "Harbor City FC have appointed Lena Sorvik as head coach. The news was first \
                reported by DAZN.\n\n\"Lena brings energy and ambition,\" the club said.";
    assert_eq!(
        speaker_of(text, "brings energy").as_deref(),
        Some("Harbor City FC")
    );
    let text = "Harbor City FC will play at Greyfield Park next season. The move was confirmed \
                to the BBC on Monday.\n\n\"It is the right step for us,\" the club said.";
    assert_eq!(
        speaker_of(text, "right step").as_deref(),
        Some("Harbor City FC")
    );
    let text = "Kestrel Bay United have been fined. Pellham Broadcasting Corp, which holds the \
                rights to their matches, said the fine was the largest this season.\n\n\
                \"We will appeal,\" the team said.";
    assert_eq!(
        speaker_of(text, "will appeal").as_deref(),
        Some("Kestrel Bay United")
    );
    let text = "The Marlow Gazette understands Kestrel Bay United will sign the forward.\n\n\
                \"He is a proven goalscorer,\" the paper said.";
    assert_eq!(
        speaker_of(text, "proven goalscorer").as_deref(),
        Some("Marlow Gazette")
    );
    let text = "Harbor City FC have sacked their coach.\n\n\
                \"The decision was taken on Friday,\" the broadcaster said.";
    assert_eq!(
        speaker_of(text, "decision was taken").as_deref(),
        Some("the broadcaster")
    );
}

/// Stop 49, att67: a description of an outlet resolves to one of its medium ("the network" is no
/// newspaper, "the magazine" no broadcaster), "the paper" (maybe a document) only to an outlet
/// its name calls a newspaper, and none past a name of its own ("the Kestrel Times newspaper").
#[test]
fn a_description_of_an_outlet_keeps_to_its_medium_and_its_own_name() {
    let text = "Ann Lowe left Radio Kestrel in 2019, the Marlow Gazette reported.\n\n\
                \"She was a valued colleague,\" the network said.";
    assert_eq!(
        speaker_of(text, "valued colleague").as_deref(),
        Some("Radio Kestrel")
    );
    let text = "Ann Lowe sent a recipe to Harvest Table magazine, Radio Kestrel reported.\n\n\
                \"It was the most popular entry,\" the magazine said.";
    assert_eq!(
        speaker_of(text, "popular entry").as_deref(),
        Some("the magazine")
    );
    let text = "The ministry released a white paper, which Reuters obtained.\n\n\
                \"Reform is under way,\" the paper said.";
    assert_eq!(speaker_of(text, "under way").as_deref(), Some("the paper"));
    let text = "Ann Lowe spoke to Radio Kestrel on Monday.\n\n\
                \"We stand by the story,\" the Kestrel Times newspaper said.";
    assert_ne!(
        speaker_of(text, "stand by the story").as_deref(),
        Some("Radio Kestrel")
    );
}

/// Stop 49, att67: a noun the lexicon lists as ending an organisation's name ("church") is a
/// body's noun, so "the church" is the church named before, not a person named near it.
#[test]
fn a_body_noun_from_the_lexicon_resolves_to_the_body() {
    let text = "Lise Marot, a member of the Orvane congregation of the Kindred Church of Light, \
                was flying to Tunis to visit her daughter Esther, the church said on Friday.\n\n\
                \"She was a faithful friend to all of us,\" the church said.";
    assert_eq!(
        speaker_of(text, "faithful friend").as_deref(),
        Some("Kindred Church of Light")
    );
}

/// Stop 49, att67: a `'s` before a quotation is a possessive where the POS layer reads one or
/// after a name ("NBC’s “Evening Desk”", kept by the test above), not after a pronoun, where it
/// is "is": "it's “ruinous”" is the subject's partial quotation, no title.
#[test]
fn a_contracted_is_before_a_quotation_is_no_possessive() {
    let text =
        "Contrast that with Holt, who has called the plan \"reckless,\" and Marsh, who says \
                it's \"ruinous.\"";
    assert_eq!(kind_of(text, "ruinous"), QuoteKind::Partial);
}

/// Stop 49, att67 (lead's invented copy): an appositive after the source of "According to X," is
/// the source's, not the reported clause's.
#[test]
fn an_appositive_after_according_to_stays_out_of_the_content() {
    let text = "According to the Marlow Institute, a research charity, the average family will \
                spend £2,300 on heating this winter.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Indirect)
        .expect("an indirect quotation");
    assert!(
        q.span.text(text).starts_with("the average family"),
        "{}",
        q.span.text(text)
    );
}

// att66
/// Stop 49, att66 (issue 10, speakers are noun phrases): a description's appositive opened by a
/// lower-case past form before a role and a name ("her neighbour, retired engineer Bill Okoro")
/// is the speaker's, and names them.
#[test]
fn an_appositive_with_a_role_modifier_names_the_described_speaker() {
    let q = seen(
        "\"We were lucky,\" said her neighbour, retired engineer Bill Okoro.",
        "lucky",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("her neighbour, retired engineer Bill Okoro"),
        "{q:?}"
    );
    assert_eq!(q.name.as_deref(), Some("Bill Okoro"), "{q:?}");
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
}

/// "shows that officials warned": "that" before a plural noun is the conjunction before a
/// clause, no determiner of it; the cue's subject is "officials", a group.
#[test]
fn that_before_a_plural_subject_is_no_part_of_it() {
    let text = "An email obtained by the Courier shows that officials warned the plan was \
                \"unworkable\" as early as March.";
    with_context(text, |ctx| {
        let warned = token_of(ctx, "warned");
        let p = super::frame::subject_before(ctx, 0, warned).expect("a subject");
        assert_eq!(p.span.text(text), "officials");
        let p = super::np::cue_subject(ctx, 0, warned).expect("a subject");
        assert_eq!(p.span.text(text), "officials");
    });
    assert_ne!(
        seen(text, "unworkable").speaker.as_deref(),
        Some("that officials")
    );
    assert_eq!(
        super::speaker_kind::description_kind("officials"),
        SpeakerKind::Group
    );
    // "that" before a singular noun still determines it.
    let text = "That official warned the plan was \"unworkable\".";
    assert_eq!(
        seen(text, "unworkable").speaker.as_deref(),
        Some("That official")
    );
}

/// A share's article stays with it: "A third of voters surveyed by Brightline Research".
#[test]
fn a_share_before_of_keeps_its_article() {
    let q = seen(
        "A third of voters surveyed by Brightline Research said the tax was \"a step too far\".",
        "step too far",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("A third of voters surveyed by Brightline Research"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Group), "{q:?}");
}

/// A chamber of commerce is a body, like a council or a board.
#[test]
fn a_chamber_of_a_possessor_is_an_organisation() {
    let q = seen(
        "The city's chamber of commerce called the plan \"reckless\".",
        "reckless",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("The city's chamber of commerce"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Organization), "{q:?}");
}

/// After an inverted cue, a preposition before an organisation's name opens the description's
/// tail: "said a professor at Kelby University".
#[test]
fn an_inverted_description_keeps_its_tail_to_an_organisation() {
    let q = seen(
        "\"Prices will keep rising,\" said a professor at Kelby University.",
        "keep rising",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("a professor at Kelby University"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
}

/// A document's finding verb is the cue of the quotation after its object: "A study last year
/// by economists at Dunmore College found wages “barely moved”"; the study is the source (a
/// time phrase after its head is no head). People who find something report no speech.
#[test]
fn a_document_that_found_is_the_source_of_the_quotation_after_its_object() {
    let q = seen(
        "A study last year by economists at Dunmore College found wages \"barely moved\".",
        "barely moved",
    );
    assert_eq!(q.kind, QuoteKind::Partial, "{q:?}");
    assert_eq!(
        q.speaker.as_deref(),
        Some("A study last year by economists at Dunmore College"),
        "{q:?}"
    );
    assert_eq!(q.cue.as_deref(), Some("found"), "{q:?}");
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Document), "{q:?}");
    assert_eq!(
        super::speaker_kind::description_kind("A study last year by economists"),
        SpeakerKind::Document
    );
    let q = seen(
        "Inspectors at the depot found wages \"barely moved\".",
        "barely moved",
    );
    assert_ne!(q.cue.as_deref(), Some("found"), "{q:?}");
}

/// People at a named firm are a group, whatever the name's entity is: "Analysts at the
/// brokerage Harwood Brice".
#[test]
fn people_at_a_named_body_are_a_group() {
    let q = seen(
        "Analysts at the brokerage Harwood Brice said the deal was \"overpriced\".",
        "overpriced",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("Analysts at the brokerage Harwood Brice"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Group), "{q:?}");
    // One person at a firm stays a person.
    let q = seen(
        "An analyst at the brokerage Harwood Brice said the deal was \"overpriced\".",
        "overpriced",
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
}

/// Stop 49, att66 (lead's findings): an organisation's article stays in its phrase before a
/// relative clause, and a title's role words never come from the sentence before.
#[test]
fn an_organisations_article_and_a_titles_role_words_stay_in_their_place() {
    let q = seen(
        "The Canal Freight Group, which represents barge owners, said the rules were \
         \"unworkable\".",
        "unworkable",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("The Canal Freight Group"),
        "{q:?}"
    );
    let text = "Mayor says she will run for governor\n\nState Sen. Dana Pryce announced Monday \
                that she will run for governor, saying the state needs \"a fresh start\".";
    let analysis = analyze(text, &Options::default());
    for q in &analysis.quotes {
        if let Some(s) = &q.speaker {
            assert!(!s.span.text(text).contains('\n'), "{:?}", s.span.text(text));
        }
    }
    assert!(
        analysis.quotes.iter().any(|q| q.speaker.is_some()),
        "{:?}",
        analysis.quotes
    );
}

/// Stop 49, att66 (snapshot look-alikes): a title after a finding verb stays a title; a results
/// phrase with a named tail is no group; a description's tail to a name too long for the phrase
/// leaves the phrase as it was.
#[test]
fn the_finding_cue_and_the_named_tail_leave_their_look_alikes() {
    let text = "A recent survey by Corbel Media found \"Harbor Nights,\" \"The Ledger\" and \
                \"Kestrel\" were the shows most watched.";
    assert_ne!(seen(text, "Harbor Nights").cue.as_deref(), Some("found"));
    let text = "Turnout was low, according to early results of polls conducted for the Wren \
                Gazette by Corbel Research.";
    let analysis = analyze(text, &Options::default());
    for q in analysis.quotes.iter().filter_map(|q| q.speaker.as_ref()) {
        assert_ne!(q.kind, SpeakerKind::Group, "{:?}", q.span.text(text));
    }
    let text = "\"It is close,\" according to a just-released poll from Wren Valley State \
                University broadcast on Harbor TV.";
    let q = seen(text, "It is close");
    assert!(q.speaker.is_some(), "{q:?}");
}

// Stop 49, lead (rev49's look-alikes of the round's rules).

/// "According to X, a think tank, CLAUSE" takes the appositive only when it ends on a noun for a
/// source; a clause that opens with an indefinite phrase set off by commas keeps it.
#[test]
fn according_to_takes_an_appositive_only_on_a_source_noun() {
    let text = "According to police, a man in his forties, thought to be local, was arrested.";
    let q = seen(text, "thought to be local");
    assert_eq!(q.speaker.as_deref(), Some("police"), "{q:?}");
    assert!(seen(text, "a man in his forties").kind == QuoteKind::Indirect);
    let text = "According to the survey, a third of households, mostly renters, struggle to pay.";
    assert_eq!(
        seen(text, "a third of households").speaker.as_deref(),
        Some("the survey")
    );
    let text = "According to the Wren Institute, a think tank, the average family will pay more.";
    let q = seen(text, "the average family");
    assert!(!q.speaker.as_deref().unwrap_or("").is_empty(), "{q:?}");
    assert!(
        q.speaker.as_deref().unwrap().contains("think tank"),
        "{q:?}"
    );
}

/// "The club said" still reaches a club that reports its own results, and a demonym or a
/// competition in the description names no club of its own.
#[test]
fn the_club_reaches_a_club_that_reports_results_and_past_a_demonym() {
    let text = "Kelby Rovers reported a loss of £4m for the year.\n\n\"We are disappointed,\" \
                the club said.";
    assert_eq!(
        seen(text, "disappointed").name.as_deref(),
        Some("Kelby Rovers")
    );
    let text = "Kelby Rovers sacked their manager on Monday.\n\n\"We wish him well,\" the \
                Spanish club said.";
    assert_eq!(
        seen(text, "wish him well").name.as_deref(),
        Some("Kelby Rovers")
    );
}

/// "said a fan at Kelby Rovers' ground": the club is a possessor inside the tail, not the body the
/// description names; the fan is a person.
#[test]
fn a_fan_at_a_clubs_ground_is_a_person() {
    let q = seen(
        "\"It's a great day,\" said a fan at Kelby Rovers' ground.",
        "great day",
    );
    assert_eq!(
        q.speaker_kind,
        Some(crate::analysis::SpeakerKind::Person),
        "{q:?}"
    );
    assert_ne!(q.name.as_deref(), Some("Kelby Rovers"), "{q:?}");
}

// att68

/// "according to figures published by X on Tuesday": the object of "according to" with its
/// participle tail is the source, a document, though a date ends the sentence after it.
#[test]
fn according_to_figures_published_by_a_body_before_a_date() {
    let text = "Hospital waiting lists in Brenmoor have reached a record 80,000, according to \
                figures published by Kessock Health on Tuesday.";
    let q = seen(text, "waiting lists");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("figures published by Kessock Health")),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Document), "{q:?}");
}

/// "The Police and Crime Commissioner, Amara Quist, said": "and" inside a capitalised title
/// keeps the title whole.
#[test]
fn and_inside_a_capitalised_title_keeps_the_title() {
    let text = "The Police and Crime Commissioner, Amara Quist, said the force was \"close to \
                breaking point\".";
    let q = seen(text, "breaking point");
    assert!(
        q.speaker
            .as_deref()
            .is_some_and(|s| s.starts_with("The Police and Crime Commissioner")),
        "{q:?}"
    );
    assert_eq!(q.name.as_deref(), Some("Amara Quist"), "{q:?}");
}

/// A job noun the tagger reads as a verb or preposition between a club and a person's name is
/// the person's title: the person speaks, with the club and role in the phrase.
#[test]
fn a_club_and_role_before_a_name_is_the_persons_phrase() {
    let q = seen(
        "Harwick coach Piet Moran said the side had been \"superb\" all season.",
        "superb",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("Harwick coach Piet Moran"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
    let q = seen(
        "\"We threw it away,\" said Tolworth boss Ian Tolley, whose side have lost four in a row.",
        "threw it away",
    );
    assert_eq!(q.name.as_deref(), Some("Ian Tolley"), "{q:?}");
}

/// The appositive after a name decides the speaker's kind whatever the name's type: a job noun
/// a person, a body's noun an organisation; any other appositive leaves it.
#[test]
fn the_appositive_after_a_name_gives_the_kind() {
    use super::speaker_kind::appositive_kind;
    assert_eq!(
        appositive_kind("Tove Marsh, an analyst at Fenwick Partners", "Marsh"),
        Some(SpeakerKind::Person)
    );
    assert_eq!(
        appositive_kind("Carvel Holdings, the insurer", "Carvel Holdings"),
        Some(SpeakerKind::Organization)
    );
    assert_eq!(
        appositive_kind(
            "Carvel Holdings, a rival of Denbury Mutual",
            "Carvel Holdings"
        ),
        None
    );
    assert_eq!(appositive_kind("Carvel Holdings", "Carvel Holdings"), None);
}

// att69

/// "A memo seen by the Gazette shows that engineers warned “…”": the subject after "shows that"
/// is the speaker, not the document that shows it (ranker::candidates drops the document).
#[test]
fn the_subject_after_shows_that_speaks_rather_than_the_document() {
    let text = "Tarrow council faces new questions over its harbour plans.\n\nA memo seen by \
                the Gazette shows that engineers warned \"the sea wall will not last another \
                winter\".";
    let q = seen(text, "sea wall");
    assert_eq!(q.speaker.as_deref(), Some("engineers"), "{q:?}");
}

/// "The club said" after a later sentence that names two other clubs: the club whose manager
/// the quotation names (the subject of the sentence that named him) speaks.
#[test]
fn the_club_is_the_one_whose_person_the_quotation_names() {
    let text = "Vellmoor Athletic beat Stanbridge 3-1 on Saturday.\n\n\"We gave everything,\" \
                Vellmoor captain Leon Ashby said. Stanbridge, meanwhile, sacked manager Ruben \
                Kosta. Vellmoor are two points clear of Carrow Albion, who were held at home.\n\n\
                \"We thank Ruben for his hard work,\" the club said.";
    let q = seen(text, "We thank Ruben");
    assert_eq!(q.name.as_deref(), Some("Stanbridge"), "{q:?}");
}

/// "admitted fraud", "did not disclose the fee": a plea or a thing kept back is no reported
/// speech; a clause after "admitted" is, and a later cue in the sentence still reports.
#[test]
fn admitting_or_disclosing_a_thing_reports_nothing() {
    let text = "Owain Pritchard, 47, of Cwmfelin, admitted theft at Newport Crown Court.";
    let found = attributed(text);
    assert!(
        found.iter().all(|(_, k, _)| *k != QuoteKind::Indirect),
        "{found:?}"
    );
    let text = "Dunmore Town did not disclose the fee, but the Valley Echo reported it was \
                around £2 million.";
    let q = seen(text, "around £2 million");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.as_deref(), Some("reported"), "{q:?}");
    assert!(
        !q.speaker.as_deref().unwrap_or("").contains("Dunmore"),
        "{q:?}"
    );
    let q = seen(
        "Ffion Rees admitted she had misled the committee.",
        "she had misled",
    );
    assert_eq!(q.speaker.as_deref(), Some("Ffion Rees"), "{q:?}");
}

/// "The survey of 900 tenants, carried out by Marlow Insight, found that …": a document whose
/// participle appositive is set off by commas reports a finding.
#[test]
fn a_document_with_a_participle_appositive_reports_a_finding() {
    let text = "The survey of 900 tenants, carried out by Marlow Insight, found that rents \
                had risen fastest in the north of the city.";
    let q = seen(text, "rents had risen");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(q.cue.as_deref(), Some("found"), "{q:?}");
    assert!(
        q.speaker.as_deref().unwrap_or("").contains("survey"),
        "{q:?}"
    );
}

// lead (stop 50)

/// "according to figures published by Kessock Health on Tuesday": the date after the document's
/// agent dates the publishing; the source ends with its agent. A poll with no agent keeps its date
/// ("a poll conducted in February" is the document's own tail).
#[test]
fn a_date_after_a_documents_agent_is_no_part_of_the_source() {
    let text = "Hospital waiting lists in Brenmoor have reached a record 80,000, according to \
                figures published by Kessock Health on Tuesday.";
    let q = seen(text, "waiting lists");
    assert_eq!(
        q.speaker.as_deref(),
        Some("figures published by Kessock Health"),
        "{q:?}"
    );
    let text = "Rents in Tolworth rose 9% last year, according to data released by the Harbor \
                Lettings Board in March.";
    let q = seen(text, "Rents in Tolworth");
    assert_eq!(
        q.speaker.as_deref(),
        Some("data released by the Harbor Lettings Board"),
        "{q:?}"
    );
}

/// "admitted the rules, drawn up in 2019, were flawed": a stretch set off by commas inside the
/// object hides no clause; what was admitted is reported. (rev50: the first comma ended the
/// search for the clause's verb.)
#[test]
fn a_clause_after_an_admitted_subject_set_off_by_commas_is_reported() {
    for (text, content) in [
        (
            "The minister admitted the rules, drawn up in 2019, were flawed.",
            "were flawed",
        ),
        (
            "The chairman admitted the club, which had been warned twice, was at fault.",
            "was at fault",
        ),
        (
            "The firm disclosed the loss, about £3m, was larger than expected.",
            "larger than expected",
        ),
    ] {
        let q = seen(text, content);
        assert_eq!(q.kind, QuoteKind::Indirect, "{text}: {q:?}");
    }
    // A stretch after the object's comma that closes the sentence is no clause of the object.
    let found = attributed("Rhodri Vane admitted theft, his lawyer confirmed on Friday.");
    assert!(
        found
            .iter()
            .all(|(content, _, _)| !content.starts_with("theft")),
        "{found:?}"
    );
}

/// "Fenwick Capital, the wealth manager,": a noun before a job noun makes it a firm's trade,
/// so the appositive gives no person; a rank before it keeps the person. (rev50)
#[test]
fn a_trade_before_a_job_noun_in_an_appositive_gives_no_person() {
    for (text, quote) in [
        (
            "\"Costs are up,\" Fenwick Capital, the wealth manager, said.",
            "Costs",
        ),
        (
            "\"Demand is strong,\" Harrowgate Partners, the asset manager, said in a statement.",
            "Demand",
        ),
    ] {
        let q = seen(text, quote);
        assert_ne!(q.speaker_kind, Some(SpeakerKind::Person), "{text}: {q:?}");
    }
}

/// "Leeds beat Kelby Rovers … with two goals from Tom Vale": a player named in a sentence about
/// another club is not that club's own; `the club` keeps the last club named. (rev50)
#[test]
fn a_person_named_against_a_club_does_not_make_it_the_club() {
    let text = "Ashdown Town beat Kelby Rovers 2-0 on Saturday with two goals from Tomas Vale. \
                Kelby Rovers then signed his brother.\n\n\"Tomas was superb against us,\" the \
                club said.";
    let q = seen(text, "superb against us");
    assert_ne!(q.name.as_deref(), Some("Ashdown Town"), "{q:?}");
}

// att71

/// "The county's roads agency said the levy would pay for the viaduct, which surveyors called
/// “unsafe”": a quotation in a relative clause after the report leaves the report found.
#[test]
fn a_report_before_a_relative_clause_holding_a_quotation_is_found() {
    let found = indirect(
        "The county's roads agency said the levy would pay for repairs to the Wrenfield \
         Viaduct, which surveyors called \"unsafe\" in 2021.",
    );
    assert_eq!(
        found,
        [(
            "the levy would pay for repairs to the Wrenfield Viaduct".to_string(),
            Some("The county's roads agency".to_string()),
            Some("said".to_string())
        )]
    );
    // A comma before the quotation that opens no relative clause: nothing new.
    let found = indirect("Residents said the viaduct, and its \"unsafe\" rails, must go.");
    assert!(
        found.iter().all(|(c, ..)| !c.starts_with("the viaduct")),
        "{found:?}"
    );
}

/// "The farmers' union has warned the tariff could cost 9,000 jobs": the noun phrase after a
/// listener verb, right before a verb of its own, is the reported clause's subject.
#[test]
fn a_listener_verb_with_a_clause_subject_keeps_the_subject_in_the_clause() {
    let found =
        indirect("The farmers' union, Agrivo, has warned the tariff could cost 9,000 jobs.");
    assert_eq!(
        found.first().map(|f| f.0.as_str()),
        Some("the tariff could cost 9,000 jobs"),
        "{found:?}"
    );
    let found = indirect("The mayor told reporters the bridge would reopen in May.");
    assert_eq!(
        found.first().map(|f| f.0.as_str()),
        Some("the bridge would reopen in May"),
        "{found:?}"
    );
}

/// "He argued the pipeline, which farmers oppose, “would never be built”": the relative clause
/// closes before the quotation, which continues the report; no clause is cut at the comma.
#[test]
fn a_closed_relative_clause_before_a_quotation_cuts_no_report() {
    let found = indirect(
        "Marlowe argued the Densford pipeline, which farmers oppose, \"would never be built\".",
    );
    assert!(
        found.iter().all(|(c, ..)| c != "the Densford pipeline"),
        "{found:?}"
    );
}

// att70
/// "said Mr Vale, speaking at the conference": a participle clause right after the name says
/// what the speaker did; an appositive before it stays ("the party's leader"); "speaking on
/// condition of anonymity" says who the source is and stays too. (att70)
#[test]
fn a_participle_clause_after_the_name_ends_the_speaker_phrase() {
    for (text, quote, speaker) in [
        (
            "'We will not back down,' said Mr Pellow, speaking at the Liberal conference in Darwen.",
            "back down",
            "Mr Pellow",
        ),
        (
            "'Prices must fall,' said Ms Orrin, the party's leader, addressing the rally in Tewby.",
            "Prices must fall",
            "Ms Orrin, the party's leader",
        ),
        (
            "\"It is over,\" said a Kestrel aide, speaking on condition of anonymity.",
            "It is over",
            "a Kestrel aide, speaking on condition of anonymity",
        ),
    ] {
        let q = seen(text, quote);
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{text}: {q:?}");
    }
}

/// "The Harwell Trust report, published on Thursday, said …": the report is the subject (a
/// document), not a cue of the trust's; the reported clause starts after "said". (att70)
#[test]
fn a_named_report_with_a_participle_clause_is_the_subject() {
    let text = "The Harwell Trust report, published on Thursday, said patients had waited up \
                to 60 hours for a bed.";
    let q = seen(text, "patients had waited");
    assert_eq!(q.kind, QuoteKind::Indirect);
    assert_eq!(
        q.speaker.as_deref(),
        Some("The Harwell Trust report"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Document), "{q:?}");
    assert_eq!(q.cue.as_deref(), Some("said"), "{q:?}");
}

/// "opposition leader Cllr Ann Tolley": a common noun before the role words modifies them and
/// belongs to the speaker's phrase. (att70)
#[test]
fn a_noun_before_the_role_words_of_a_name_belongs_to_the_phrase() {
    let q = seen(
        "But opposition leader Cllr Ann Tolley said residents had not been consulted.",
        "residents had not",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("opposition leader Cllr Ann Tolley"),
        "{q:?}"
    );
    assert_eq!(q.speaker_kind, Some(SpeakerKind::Person), "{q:?}");
}

// lead (stop 51, review rev51)
/// A common noun before the role words modifies them only outside a preposition's object; a
/// relative clause that closes after its quotation leaves the report whole; a listener's
/// reduced participle is no verb of a clause whose subject the listener would be (the
/// participle phrase still opens the clause: `listener_end` stops at the noun).
#[test]
fn review_rev51_speaker_phrases_and_reports() {
    let q = seen(
        "Speaking on radio spokeswoman Dr Ann Holt said \"the plan is dead\".",
        "the plan is dead",
    );
    assert_eq!(
        q.speaker.as_deref(),
        Some("spokeswoman Dr Ann Holt"),
        "{q:?}"
    );
    let found = indirect("Ann Vale told reporters gathered outside the court she would appeal.");
    assert!(
        !found
            .iter()
            .any(|(clause, _, _)| clause.starts_with("reporters")),
        "{found:?}"
    );
    let found = indirect(
        "The department said the toll for the new bridge, which engineers rated \u{201c}unsafe\u{201d}, would rise in May.",
    );
    assert!(
        !found
            .iter()
            .any(|(clause, _, _)| clause == "the toll for the new bridge"),
        "{found:?}"
    );
}

// att73

/// Issue 10 (stop 52): a name's possessive with the claim noun it determines, when the quotation
/// is in what the claim says, is offered as the source as written ("Dana Whitfield's claim");
/// a claim the quotation judges is not.
#[test]
fn att73_a_possessor_with_its_claim_is_offered() {
    let text = "Officials in Larkmoor dismissed Dana Whitfield's claim that the new ferry was \
                \u{201c}perfectly safe\u{201d} on Monday.";
    let offers = offered(text, 0);
    assert!(
        offers.iter().any(|p| p == "Dana Whitfield's claim"),
        "{offers:?}"
    );
    let text = "Critics laughed. Oren Castell's surprising suggestion was that the port \
                \u{201c}needs no dredging\u{201d} at all.";
    let text2 =
        "A spokesman said Oren Castell's description was \u{201c}wildly inaccurate\u{201d}.";
    let offers = offered(text, 0);
    assert!(
        offers
            .iter()
            .any(|p| p == "Oren Castell's surprising suggestion"),
        "{offers:?}"
    );
    let offers = offered(text2, 0);
    assert!(
        !offers.iter().any(|p| p.starts_with("Oren Castell's")),
        "{offers:?}"
    );
}

/// Issue 10 (stop 52): a document with its participle, a date and its maker ("by Verano
/// Research") reports a finding, whichever of the date and the maker comes first.
#[test]
fn att73_a_dated_document_with_its_maker_reports_a_finding() {
    let clause = "64% of Norwegians back the longer season";
    for (text, speaker) in [
        (
            "A poll published Sunday by Verano Research found that 64% of Norwegians back the \
             longer season.",
            "A poll published Sunday by Verano Research",
        ),
        (
            "A poll published by Verano Research on Sunday found that 64% of Norwegians back \
             the longer season.",
            "A poll published by Verano Research on Sunday",
        ),
    ] {
        assert_eq!(
            indirect(text),
            [(
                clause.to_string(),
                Some(speaker.to_string()),
                Some("found".to_string())
            )],
            "{text}"
        );
    }
}

// att72
/// (written phrase, name, kind) of the speaker of the quotation of `text` containing `quote`.
fn att72_speaker(text: &str, quote: &str) -> Option<(String, String, SpeakerKind)> {
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains(quote))?;
    let s = q.speaker.as_ref()?;
    Some((s.span.text(text).to_string(), s.name.clone(), s.kind))
}

/// Two people's names joined by "and" before their shared appositive are one subject, a group:
/// not the second name alone with the appositive.
#[test]
fn a_coordinated_pair_with_its_appositive_is_one_group_speaker() {
    let text = "Dr Hana Kowalczyk and Dr Simon Ashdown, co-chairs of the RCN's nursing council, \
                said ministers had made \"no serious proposal\".";
    let (written, name, kind) = att72_speaker(text, "no serious").expect("speaker");
    assert_eq!(
        written,
        "Dr Hana Kowalczyk and Dr Simon Ashdown, co-chairs of the RCN's nursing council"
    );
    assert_eq!(name, written);
    assert_eq!(kind, SpeakerKind::Group);
    let text = "Presidential hopefuls Tomas Ilves and Marta Quist said the plan was \"reckless\".";
    let (written, _, kind) = att72_speaker(text, "reckless").expect("speaker");
    assert!(
        written.ends_with("Tomas Ilves and Marta Quist"),
        "{written}"
    );
    assert_eq!(kind, SpeakerKind::Group);
}

/// A common noun before a lower-case title modifies it ("union boss"), as PolNeAR's gold keeps
/// it ("campaign manager …"); a participle clause after the name's comma is no part of the
/// phrase, also on the noun-phrase path (", giving evidence to …").
#[test]
fn a_role_keeps_its_modifier_noun_and_drops_a_participle_clause() {
    let text = "union boss Kev Marlow said \"the strike goes ahead\".";
    let (written, name, _) = att72_speaker(text, "strike").expect("speaker");
    assert_eq!(
        (written.as_str(), name.as_str()),
        ("union boss Kev Marlow", "Kev Marlow")
    );
    let text = "\u{201c}We are not ready,\u{201d} said Dr Omar Qureshi, giving evidence to the \
                transport committee.";
    let (written, _, _) = att72_speaker(text, "not ready").expect("speaker");
    assert_eq!(written, "Dr Omar Qureshi");
    // A participle before a role word still modifies it.
    let text = "\u{201c}We are not ready,\u{201d} said Lena Brix, acting director of the port.";
    let (written, _, _) = att72_speaker(text, "not ready").expect("speaker");
    assert_eq!(written, "Lena Brix, acting director of the port");
}

/// A spokesperson for a body speaks as it: named after the body, of its kind. An unknown
/// capitalised plural of people (`-ers`, `-ians`, `-ists`) ending the phrase is a group
/// ("Islanders").
#[test]
fn a_spokesperson_for_a_body_is_the_body_and_islanders_are_a_group() {
    let text = "A spokeswoman for Brambleford Homes said \"we are reviewing the case\".";
    let (_, name, kind) = att72_speaker(text, "reviewing").expect("speaker");
    assert_eq!(
        (name.as_str(), kind),
        ("Brambleford Homes", SpeakerKind::Organization)
    );
    let text = "Islanders said the ferry cuts had cost them \"a fortune\".";
    let (_, _, kind) = att72_speaker(text, "fortune").expect("speaker");
    assert_eq!(kind, SpeakerKind::Group);
}

/// A document's noun in "-ing" heads its phrase: "according to a regulatory filing" is a
/// document, not a person.
#[test]
fn a_document_noun_in_ing_heads_its_phrase() {
    assert_eq!(
        super::speaker_kind::description_kind("a regulatory filing"),
        SpeakerKind::Document
    );
}

// rev52

/// Review rev52: a time of day before a lower-case role word is no modifier of it; a charge is
/// the possessor's claim only when it says something ("Ann Marsh's charge of …" is laid against
/// her).
#[test]
fn rev52_a_time_of_day_is_no_role_modifier_and_a_charge_of_is_no_claim() {
    let text = "Prices rose. On Tuesday night spokeswoman Ann Holt said \u{201c}we will sit \
                again\u{201d}.";
    let (written, _, _) = att72_speaker(text, "sit again").expect("speaker");
    assert_eq!(written, "spokeswoman Ann Holt");
    let text = "Ann Marsh's charge of \u{201c}dangerous driving\u{201d} was dropped by \
                prosecutors on Friday.";
    let offers = offered(text, 0);
    assert!(
        !offers.iter().any(|p| p == "Ann Marsh's charge"),
        "{offers:?}"
    );
    let text = "Officials rejected Ann Marsh's charge that the port was \u{201c}run for \
                profit\u{201d} on Monday.";
    let offers = offered(text, 0);
    assert!(
        offers.iter().any(|p| p == "Ann Marsh's charge"),
        "{offers:?}"
    );
}

// att75

/// Two reports joined by ", but", each with its own speaker: the second is found with its own
/// cue and subject, and the first clause stops before the "but".
#[test]
fn att75_a_second_report_after_but_has_its_own_speaker() {
    let text = "Dairy farmers said most herds were insured against drought, but Tamsin Okoro \
                said feed prices had doubled since spring.";
    let found = attributed(text);
    let first = found
        .iter()
        .find(|(t, k, _)| *k == QuoteKind::Indirect && t.contains("herds were insured"))
        .expect("first report");
    assert!(!first.0.contains("but"), "{found:?}");
    let second = found
        .iter()
        .find(|(t, k, _)| *k == QuoteKind::Indirect && t.contains("feed prices"))
        .expect("second report");
    assert_eq!(second.2.as_deref(), Some("Tamsin Okoro"), "{found:?}");
}

/// "he" after a description that opens its sentence with a place as its possessor and a time
/// phrase before its verb stands for that description, not for the place.
#[test]
fn att75_a_pronoun_stands_for_a_possessed_description_before_a_time_phrase() {
    let text = "Norwich's mayor on Tuesday announced plans to build 4,000 homes on former rail \
                land, a scheme she called \u{201c}the best chance we have had in decades\u{201d}.";
    assert_eq!(
        speaker_of(text, "best chance").as_deref(),
        Some("Norwich's mayor")
    );
}

/// A quotation right after a cue inside a "that" clause another cue reports ("said … that they
/// hoped “…”") is partial; a quotation right after the main cue stays direct.
#[test]
fn att75_a_quotation_after_a_cue_in_a_that_clause_is_partial() {
    let text = "Owen's parents, Maris and Jon Teller, said in a statement read outside the court \
                that they hoped \"no other family goes through what we have\".";
    assert_eq!(kind_of(text, "no other family"), QuoteKind::Partial);
    let text = "Maris Teller said: \u{201c}No other family should have to wait this long.\u{201d}";
    assert_eq!(kind_of(text, "No other family"), QuoteKind::Direct);
}

// att74

/// The modifiers before a role word stay in the speaker's phrase (PolNeAR's gold keeps them):
/// two nouns, an adjective the tagger read as a preposition, the sentence's first word read as a
/// verb; a body noun before an organisation's name describes it; the adverb of a predicate is
/// no modifier.
#[test]
fn att74_modifiers_before_a_role_word_stay_in_the_speaker_phrase() {
    let cases = [
        (
            "Harbour news\n\nFire service spokeswoman Maren Tolvik said 140 crews were \
             fighting the blaze near Ostrava Bay.",
            "140 crews",
            "Fire service spokeswoman Maren Tolvik",
        ),
        (
            "School news\n\nHead teacher Priyam Osei, who runs a school in Dunholt, told \
             reporters that most pupils would lose their lunches.",
            "most pupils",
            "Head teacher Priyam Osei",
        ),
        (
            "\u{201c}The valley will not be flooded,\u{201d} tribal chairman Tobias Klah said \
             at a news conference.",
            "flooded",
            "tribal chairman Tobias Klah",
        ),
        (
            "Town news\n\nBusiness group Wexbury Chamber said it supported the aim but wanted \
             more loading bays.",
            "supported the aim",
            "Business group Wexbury Chamber",
        ),
        (
            "Town news\n\nCycling campaigner Ilsa Brandt said the plan did not go far enough.",
            "go far enough",
            "Cycling campaigner Ilsa Brandt",
        ),
    ];
    for (text, quote, expected) in cases {
        let (written, _, _) = att72_speaker(text, quote).expect("speaker");
        assert_eq!(written, expected, "{text}");
    }
    // "most able" is a predicate: "able" modifies no role.
    let text = "Harbour news\n\nQuist is not only right on the port, she is also the most \
                able candidate Vellar argues.";
    let (written, _, _) = att72_speaker(text, "not only right").expect("speaker");
    assert!(!written.contains("able"), "{written}");
}

/// A name guessed as a person, followed by a relative "which", is a body: organisation. A
/// description whose tail ends in a body's name keeps its own kind.
#[test]
fn att74_a_name_followed_by_which_is_an_organisation() {
    let text = "Teachers voted to strike.\n\nBrenmora, which represents local councils, said \
                it had made \u{201c}a fair and final offer\u{201d}.";
    let (written, _, kind) = att72_speaker(text, "final offer").expect("speaker");
    assert_eq!(written, "Brenmora");
    assert_eq!(kind, SpeakerKind::Organization);
    let text = "\u{201c}It is a fair plan,\u{201d} said Tomas Ilvard, director of Harrow Fields \
                for Change, which backs the bill.";
    let (_, _, kind) = att72_speaker(text, "fair plan").expect("speaker");
    assert_eq!(kind, SpeakerKind::Person);
}

// rev53 (review of stop 53's rules)

/// "which is not her real name" after a person's name keeps the speaker a person; a two-word
/// name before ", which" is no body either.
#[test]
fn rev53_which_is_not_her_real_name_keeps_a_person() {
    let text = "Teachers voted to strike.\n\nMorwen Tully, which is not her real name, said: \
                \u{201c}I was scared every night.\u{201d}";
    let (_, _, kind) = att72_speaker(text, "scared every night").expect("speaker");
    assert_eq!(kind, SpeakerKind::Person);
}

/// A whole sentence quoted after a cue in a "that" clause, opening in capitals, stays direct.
#[test]
fn rev53_a_whole_sentence_after_that_he_shouted_stays_direct() {
    let text = "Witnesses said that he shouted \u{201c}Get out of the building now!\u{201d} \
                before the shots.";
    assert_eq!(kind_of(text, "Get out of the building"), QuoteKind::Direct);
    // (The lower-case case is att75's test above: partial.)
}

/// A place's possessor and a tail that is no time phrase: the description is not what the
/// pronoun stands for (it was named with its tail).
#[test]
fn rev53_a_possessed_description_with_a_tail_is_not_named() {
    let text = "Greyhaven's coach in the second half changed tactics, a switch he called \
                \u{201c}a gamble that paid off\u{201d}.";
    let speaker = speaker_of(text, "a gamble");
    assert_ne!(
        speaker.as_deref(),
        Some("Greyhaven's coach in the second half")
    );
}

/// A participle that takes the name as its object ("Asking chairman X for comment, …") is no
/// modifier of the role word.
#[test]
fn rev53_a_participle_with_an_object_is_no_role_modifier() {
    let text = "Town news\n\nAsking chairman Elden Vasq for comment, reporters heard: \
                \u{201c}No comment.\u{201d}";
    let (written, _, _) = att72_speaker(text, "No comment").expect("speaker");
    assert!(!written.starts_with("Asking"), "{written}");
    let text = "Town news\n\nCycling campaigner Ilsa Brandt said the plan did not go far enough.";
    let (written, _, _) = att72_speaker(text, "go far enough").expect("speaker");
    assert_eq!(written, "Cycling campaigner Ilsa Brandt");
}

/// After ", but" a cue with no clause reports nothing ("but Brandt said nothing about it").
#[test]
fn rev53_but_with_no_clause_is_no_report() {
    let text = "The club said the fee had been agreed, but Brandt said nothing about it.";
    let found = attributed(text);
    assert!(
        !found.iter().any(|(t, _, _)| t.contains("nothing about it")),
        "{found:?}"
    );
    let text = "The club said the fee had been agreed, but Lena Brandt said the deal was off.";
    let found = attributed(text);
    assert!(
        found.iter().any(|(t, _, _)| t.contains("the deal was off")),
        "{found:?}"
    );
}

/// A body noun with a possessor before it ("The employers' federation BDA") keeps the name
/// alone: "federation BDA" is no phrase.
#[test]
fn rev53_a_body_noun_after_a_possessor_keeps_the_name_alone() {
    let text = "Wages news\n\nThe employers' federation VKT warned that small firms would \
                struggle.";
    let (written, _, _) = att72_speaker(text, "small firms").expect("speaker");
    assert!(
        written == "VKT" || written.starts_with("The employers"),
        "{written}"
    );
}

// att76
/// A capitalised word the mention stage left out of a body's name before a role word stays in
/// the speaker phrase, with the name: "Fish Harvesters Resource Centre director …" keeps "Fish".
#[test]
fn att76_a_bodys_name_before_a_role_word_stays_in_the_phrase() {
    let text = "Storm news\n\nSalmon Growers Resource Centre director Maren Holtby said the \
                season had been the worst in years.";
    let (written, name, kind) = att72_speaker(text, "worst in years").expect("speaker");
    assert!(written.starts_with("Salmon Growers"), "{written}");
    assert!(written.ends_with("Maren Holtby"), "{written}");
    assert_eq!(name, "Maren Holtby");
    assert_eq!(kind, SpeakerKind::Person);
}

/// A company named by its trade ("the country's biggest grocer", "the chipmaker") is an
/// organisation; so is a name right after "group" ("Consumer group Fairmark"), whatever type the
/// mention stage gave it.
#[test]
fn att76_a_trade_or_a_group_speaks_as_an_organisation() {
    use super::speaker_kind::description_kind;
    for written in [
        "The country's biggest grocer",
        "the supermarket",
        "Taiwan's largest chipmaker",
        "the airline",
        "the lender",
    ] {
        assert_eq!(
            description_kind(written),
            SpeakerKind::Organization,
            "{written}"
        );
    }
    let text = "Milk prices\n\nThe country's biggest grocer said a loaf would cost 90p, down from \
                95p, from Monday.";
    let (_, _, kind) = att72_speaker(text, "a loaf would cost").expect("speaker");
    assert_eq!(kind, SpeakerKind::Organization);
    let text = "Refunds\n\nConsumer group Fairmark said the ruling showed that ferry refund rules \
                needed reform.";
    let (written, _, kind) = att72_speaker(text, "refund rules").expect("speaker");
    assert!(written.ends_with("Fairmark"), "{written}");
    assert_eq!(kind, SpeakerKind::Organization);
}

/// An object that carries words ("The plaque reads “…”") is a text, never a person.
#[test]
fn att76_an_inscription_that_reads_is_no_person() {
    use super::speaker_kind::description_kind;
    for written in ["The inscription", "the plaque", "a banner", "The placard"] {
        assert_eq!(
            description_kind(written),
            SpeakerKind::Document,
            "{written}"
        );
    }
    let text = "Old stones\n\nThe plaque reads \"Merrow Quay, 1802\", which few visitors notice. \
                Curator Tove Lindqvist said the stone would be cleaned in May.";
    let analysis = analyze(text, &Options::default());
    for q in &analysis.quotes {
        if let Some(s) = &q.speaker {
            if s.span.text(text).to_lowercase().contains("plaque") {
                assert_ne!(s.kind, SpeakerKind::Person, "{:?}", s.span.text(text));
            }
        }
    }
}

/// A title's period inside an appositive ends no speaker phrase: "a close friend of Mrs. Hale"
/// stays whole.
#[test]
fn att76_a_titles_period_inside_an_appositive_ends_no_phrase() {
    let text = "Harbour news\n\n\"We will not go back,\" said Dana Ortiz, a close friend of Mrs. \
                Hale, on Monday.";
    let (written, _, _) = att72_speaker(text, "not go back").expect("speaker");
    assert_eq!(written, "Dana Ortiz, a close friend of Mrs. Hale");
}

// att77

/// A given name that only leans one way ("Jean": mostly a woman's in the lists) does not keep
/// "he" from the person the sentence before, in the same paragraph, reports; nor does it send
/// the pronoun to a man named paragraphs earlier.
#[test]
fn att77_a_leaning_given_name_does_not_bar_the_previous_speaker() {
    let text = "Agency chief Peter Lindqvist said the spread to new towns was \"deeply \
                alarming\".\n\nMore than 900 cases have been reported in Vesterby this month.\n\n\
                Dr Jean Okonkwo, head of the Northern Clinics Network, said the region needed \
                two million doses. \"We cannot wait for help to arrive,\" he said.";
    assert_eq!(
        speaker_of(text, "We cannot wait").as_deref(),
        Some("Jean Okonkwo")
    );
    // A name that is nearly always a woman's still bars "he": another man in the paragraph.
    let text = "Agency chief Peter Lindqvist said the spread was \"deeply alarming\".\n\n\
                Dr Mary Okonkwo, head of the Northern Clinics Network, said the region needed \
                two million doses. \"We cannot wait for help to arrive,\" he said.";
    assert_ne!(
        speaker_of(text, "We cannot wait").as_deref(),
        Some("Mary Okonkwo")
    );
}

/// "CLAUSE, said Title Name of the Body.": an inverted cue whose speaker ends with an
/// affiliation reports the clause, as "CLAUSE, said Title Name." does.
#[test]
fn att77_an_inverted_cue_with_an_affiliation_reports_the_clause() {
    let text = "Rescue teams lifted eleven passengers from the deck about 20 kilometres north of \
                Brevik, said Lieutenant Commander Marit Solberg of the Western Rescue Centre.";
    let (written, name, _) = att72_speaker(text, "eleven passengers").expect("speaker");
    assert_eq!(name, "Marit Solberg");
    assert!(written.ends_with("Western Rescue Centre"), "{written}");
    // A verb after "of" makes no affiliation.
    let text = "The council cut the budget for the library, said Ann Lee of all people had \
                lied.";
    assert!(
        att72_speaker(text, "cut the budget").is_none_or(|(_, n, _)| n != "Ann Lee"),
        "{:?}",
        attributed(text)
    );
}

/// A trade's noun ("grocer", "drugmaker") after "the" stands for the company named before, as
/// "the company" does; "the company" passes over a public body ("the Port Authority") and a
/// ship ("MV Tarn Spirit") named since.
#[test]
fn att77_a_trade_noun_stands_for_the_company_named_before() {
    let text = "Shares of Velmora Therapeutics jumped 18% on Tuesday after the drugmaker said its \
                experimental pill helped patients in a late-stage trial.";
    assert_eq!(
        speaker_of(text, "experimental pill").as_deref(),
        Some("Velmora Therapeutics")
    );
    let text = "Harrowfield Stores Ltd cut the price of bread on Monday.\n\nThe country's biggest \
                grocer said a large loaf would cost less from Friday.";
    assert_eq!(
        speaker_of(text, "a large loaf").as_deref(),
        Some("Harrowfield Stores Ltd")
    );
    let text = "The ferry MV Tarn Spirit ran aground on Friday, according to Kestrel Lines, \
                which operates the route. The Brevik Port Authority said it had opened an \
                investigation. The company said the ship would be towed to Halden for repairs.";
    assert_eq!(
        speaker_of(text, "towed to Halden").as_deref(),
        Some("Kestrel Lines")
    );
}

// lead54

/// "The company" never stands for the agency a dateline credits: "PORT ELLIS, Maine (AP) — …" ¶
/// "The company said …" is left unnamed when no company is named, not credited to the AP.
#[test]
fn lead54_the_company_is_not_the_datelines_agency() {
    let text = "PORT ELLIS, Maine (AP) — A cargo ship ran aground off the coast on Sunday, \
                officials said.\n\nThe company said the ship would be towed to Bath for repairs.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("towed"))
        .expect("the company's report");
    let s = q.speaker.as_ref().expect("a speaker");
    assert_ne!(s.name, "AP", "{q:?}");
}

/// "She" never goes to a person whose given name is a man's nine times in ten ("Chris", 6%
/// female in the lists) by the rule for names that only lean one way.
#[test]
fn lead54_she_is_not_a_man_by_a_names_lean() {
    let text = "Harbour vote\n\nChris Varden, head of the harbour board, said the pier needed \
                repairs. \"We cannot wait another winter,\" she said.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("another winter"))
        .expect("the quote");
    if let Some(s) = &q.speaker {
        assert_ne!(s.name, "Chris Varden", "{q:?}");
    }
}

/// "The company" stands for a company whose name has a public service's word but ends as a
/// company's ("Kestrel Transport Ltd").
#[test]
fn lead54_a_company_named_transport_ltd_is_a_company() {
    let text = "Jobs\n\nHaulier Kestrel Transport Ltd cut 200 jobs on Monday. \"Demand has \
                collapsed,\" the company said in a statement.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("collapsed"))
        .expect("the quote");
    let s = q.speaker.as_ref().expect("a speaker");
    assert!(s.name.ends_with("Kestrel Transport Ltd"), "{q:?}");
}

/// An inverted cue's speaker takes an "of/at/from" tail only when it names a body or place:
/// "said Ana Ruiz at a meeting in Leeds on Tuesday" is Ana Ruiz.
#[test]
fn lead54_an_inverted_cues_tail_is_no_affiliation_unless_a_body() {
    let text = "Costs\n\nCosts would rise sharply next year, said Ana Ruiz at a meeting in Leeds \
                on Tuesday.";
    let analysis = analyze(text, &Options::default());
    for q in &analysis.quotes {
        if let Some(s) = &q.speaker {
            assert!(!s.span.text(text).contains("meeting"), "{q:?}");
        }
    }
}

/// "The group" before a person's name is the subject of the clause the name opens: the speaker
/// is the person.
#[test]
fn lead54_a_name_after_the_group_is_a_person() {
    let text = "Talks\n\nAfter two hours of talks with the group Dana Pike said: \"We agree on \
                most things.\"";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("agree"))
        .expect("the quote");
    if let Some(s) = &q.speaker {
        assert_eq!(s.kind, SpeakerKind::Person, "{q:?}");
    }
}

/// "X, head of the board, said the pier needed repairs": a name and its appositive before the
/// comma are the subject, not a reported clause with "the pier needed repairs" as its speaker.
#[test]
fn lead54_a_name_and_appositive_before_said_is_the_subject() {
    let text = "Harbour\n\nAnn Holt, head of the harbour board, said the pier needed repairs.";
    let analysis = analyze(text, &Options::default());
    for q in &analysis.quotes {
        if let Some(s) = &q.speaker {
            assert!(!s.span.text(text).contains("pier"), "{q:?}");
        }
    }
}

// att78

/// The speaker of the quotation containing `quote` in `text`.
fn att78_speaker(text: &str, quote: &str) -> crate::analysis::Speaker {
    let analysis = analyze(text, &Options::default());
    analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains(quote))
        .and_then(|q| q.speaker.clone())
        .expect("a speaker")
}

/// A titled person's surname that is also a listed company's name is the person's: "Senate
/// Majority Leader Tom Ericsson" is a person.
#[test]
fn att78_a_titled_given_name_and_company_surname_is_a_person() {
    let text = "Bill\n\n\"We will bring the bill forward,\" Senate Majority Leader Tom Ericsson \
                said.";
    let s = att78_speaker(text, "bill forward");
    assert_eq!(s.kind, SpeakerKind::Person, "{s:?}");
}

/// "Gardaí said": the Irish police speak as a body, whatever type the name's mention has.
#[test]
fn att78_the_police_by_their_irish_name_are_an_organisation() {
    let text = "Search\n\n\"Searches resumed at first light,\" Gardaí said.";
    let s = att78_speaker(text, "Searches");
    assert_eq!(s.kind, SpeakerKind::Organization, "{s:?}");
}

/// A surname that is also a body's noun stays a person's ("Mr Church said", "Carrier said").
#[test]
fn att78_a_surname_that_is_a_bodys_noun_stays_a_person() {
    for (text, quote) in [
        ("Vote\n\n\"We will win this,\" Mr Church said.", "win this"),
        (
            "Vote\n\nTom Carrier led the campaign. \"We will win this,\" Carrier said.",
            "win this",
        ),
    ] {
        let s = att78_speaker(text, quote);
        assert_eq!(s.kind, SpeakerKind::Person, "{s:?}");
    }
}

// att79

/// "The company" after a company named as the subject of a relative clause ("Kestrel Ferries
/// Ltd, which operates the ferry route, …") stands for that company, with a person named
/// between them.
#[test]
fn att79_the_company_after_a_relative_clause_is_the_company() {
    let text = "Ferries\n\nKestrel Ferries Ltd, which operates the ferry route between Tarrow \
                and Selby, cancelled all sailings on Monday because of high winds.\n\nAnn \
                Holt, a passenger, said she was stuck.\n\n\"Safety comes first for our \
                passengers,\" the company said.";
    let analysis = analyze(text, &Options::default());
    let q = analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains("Safety"))
        .expect("the quote");
    let s = q.speaker.as_ref().expect("a speaker");
    assert!(s.named && s.name.ends_with("Kestrel Ferries Ltd"), "{q:?}");
}

// lead55

/// "…, two points behind Kestrel Rovers": a count before a noun-tagged speech word ("points")
/// makes it a noun, not the cue of a reported clause.
#[test]
fn lead55_a_count_before_points_is_no_cue() {
    for text in [
        "Table\n\nHarbor City stay third, two points behind Kestrel Rovers.",
        "Table\n\nArdley Town stay top, two points clear of Marsh Vale.",
    ] {
        let found = attributed(text);
        assert!(
            found.iter().all(|(_, k, _)| *k != QuoteKind::Indirect),
            "{found:?}"
        );
    }
}

/// "said in a statement it would appeal": the medium's phrase after the cue is no part of the
/// reported clause when no "that" follows it.
#[test]
fn lead55_the_medium_after_the_cue_is_no_part_of_the_clause() {
    for (text, clause) in [
        (
            "Appeal\n\nThe harbor board said in a statement it would appeal the ruling.",
            "it would appeal the ruling",
        ),
        (
            "Plan\n\nAnn Holt said in a radio interview the plan was dead.",
            "the plan was dead",
        ),
        (
            "Sale\n\nHarbor Mills said in a statement Thursday night it had pulled the listing.",
            "it had pulled the listing",
        ),
        (
            "Plan\n\nAnn Holt said in an interview Wednesday that the plan was dead.",
            "the plan was dead",
        ),
    ] {
        let found = attributed(text);
        assert!(
            found
                .iter()
                .any(|(t, k, _)| *k == QuoteKind::Indirect && t == clause),
            "{found:?}"
        );
    }
}

/// A medium's noun inside a longer noun run is a topic, not the medium: "commented on her
/// email practices that …" keeps its words.
#[test]
fn lead55_a_medium_word_inside_a_topic_keeps_the_clause() {
    let found = attributed("Probe\n\nAnn Holt said in her email practices she had made mistakes.");
    assert!(
        found.iter().all(|(t, _, _)| !t.starts_with("practices")),
        "{found:?}"
    );
    // The report stays, with its words (review rev55 item 15).
    assert!(
        found
            .iter()
            .any(|(t, k, _)| *k == QuoteKind::Indirect && t.ends_with("she had made mistakes")),
        "{found:?}"
    );
}

// att80

/// The speaker phrase of the quotation holding `quote`, with its kind.
fn att80_speaker(text: &str, quote: &str) -> Option<(String, SpeakerKind)> {
    let analysis = analyze(text, &Options::default());
    analysis
        .quotes
        .iter()
        .find(|q| q.span.text(text).contains(quote))
        .and_then(|q| q.speaker.as_ref())
        .map(|s| (s.span.text(text).to_string(), s.kind))
}

/// A medium of two nouns after the cue is no part of the clause: "said in a video message".
#[test]
fn att80_a_medium_of_two_nouns_is_no_part_of_the_clause() {
    for text in [
        "Plan\n\nAnn Holt said in a video message the plan was dead.",
        "Plan\n\nHarbor Mills said in an email statement the plan was dead.",
        "Plan\n\nAnn Holt said in a conference call the plan was dead.",
    ] {
        let found = attributed(text);
        assert!(
            found
                .iter()
                .any(|(t, k, _)| *k == QuoteKind::Indirect && t == "the plan was dead"),
            "{text}: {found:?}"
        );
    }
}

/// A word the tagger reads as a verb right after a quotation, before a role noun and a name,
/// modifies the role: "lead/VBP author".
#[test]
fn att80_a_role_modifier_after_a_quotation_keeps_its_place() {
    let text = "Study\n\n'The effect was large,' lead author Professor Ann Holt said.";
    let (phrase, kind) = att80_speaker(text, "effect").expect("a speaker");
    assert_eq!(phrase, "lead author Professor Ann Holt");
    assert_eq!(kind, SpeakerKind::Person);
}

/// "The office of X said": the office speaks, as an organization.
#[test]
fn att80_the_office_of_a_person_is_the_speaker() {
    let text = "Appeal\n\nA judge struck down the law. The office of Attorney General Dan \
                Kessel said it would appeal.";
    let (phrase, kind) = att80_speaker(text, "it would appeal").expect("a speaker");
    assert_eq!(phrase, "The office of Attorney General Dan Kessel");
    assert_eq!(kind, SpeakerKind::Organization);
    // The person alone still speaks for himself.
    let text = "Appeal\n\nA judge struck down the law. Attorney General Dan Kessel said it \
                would appeal.";
    let (_, kind) = att80_speaker(text, "it would appeal").expect("a speaker");
    assert_eq!(kind, SpeakerKind::Person);
}

/// "X welcomed the findings but said …": the second verb after "but" shares the subject.
#[test]
fn att80_a_cue_after_but_shares_the_first_verbs_subject() {
    let text = "Trial\n\nAnn Holt welcomed the findings but said larger trials were needed.";
    let found = attributed(text);
    assert!(
        found.iter().any(|(t, k, s)| *k == QuoteKind::Indirect
            && t == "larger trials were needed"
            && s.as_deref() == Some("Ann Holt")),
        "{found:?}"
    );
}

/// "…, the study found.": a finding verb the tagger reads as a participle, ending the sentence
/// after its document, reports the clause before it.
#[test]
fn att80_a_closing_finding_verb_reports_the_clause() {
    let text = "Trial\n\nA new pill helped patients recover faster, the study found.";
    let found = attributed(text);
    assert!(
        found.iter().any(|(t, k, s)| *k == QuoteKind::Indirect
            && t == "A new pill helped patients recover faster"
            && s.as_deref() == Some("the study")),
        "{found:?}"
    );
}

// lead57

/// A split quotation in a house style with no stops: no comma after the first part, no period
/// after the second, which ends its paragraph. The second part is direct, as with the marks.
#[test]
fn lead57_a_split_quotation_with_no_stops_stays_direct() {
    for text in [
        "'It is not over yet' says coach Tom Reyes, 'we have three games left'\n\nThe season \
         ends in May.",
        "'It is not over yet' says coach Tom Reyes, 'we have three games left'",
        "'It is not over yet,' says coach Tom Reyes, 'we have three games left.'",
    ] {
        assert_eq!(
            kind_of(text, "three games left"),
            QuoteKind::Direct,
            "{text}"
        );
        assert_eq!(
            speaker_of(text, "three games left").as_deref(),
            Some("Tom Reyes"),
            "{text}"
        );
    }
    // A phrase quoted inside the sentence after its cue stays partial, and so does a short
    // phrase ending the paragraph after the speaker's comma (review rev57).
    for (text, quote) in [
        (
            "'It is not over yet' says coach Tom Reyes, who called the loss 'a bad day' on Monday.",
            "a bad day",
        ),
        (
            "'We will not back down' said Ann Marsh, calling the plan, 'an insult'\n\nThe vote \
             is on Friday.",
            "an insult",
        ),
    ] {
        assert_eq!(kind_of(text, quote), QuoteKind::Partial, "{text}");
    }
}
