//! The hard cases of the entities issue, one named test each.

use crate::analysis::EntityType::{self, *};
use crate::segment::segment;

use super::find_mentions;

/// (text, type, title) of every mention of `text`.
fn found(text: &str) -> Vec<(String, EntityType, Option<String>)> {
    // As the pipeline does: the entity tagger reads the part-of-speech tags.
    let mut segments = segment(text);
    crate::pos::tag(text, &mut segments);
    let ms = find_mentions(text, &segments);
    let mut last_end = 0;
    for m in &ms {
        assert!(m.span.start >= last_end, "ordered and not overlapping");
        last_end = m.span.end;
    }
    ms.iter()
        .map(|m| {
            (
                m.span.text(text).to_string(),
                m.kind,
                m.title.map(|t| t.text(text).to_string()),
            )
        })
        .collect()
}

fn has(text: &str, name: &str, kind: EntityType) {
    let f = found(text);
    assert!(
        f.iter().any(|(t, k, _)| t == name && *k == kind),
        "{name:?} as {kind:?} not in {f:?}"
    );
}

fn has_titled(text: &str, name: &str, title: &str) {
    let f = found(text);
    assert!(
        f.iter()
            .any(|(t, k, ti)| t == name && *k == Person && ti.as_deref() == Some(title)),
        "{name:?} with title {title:?} not in {f:?}"
    );
}

fn lacks(text: &str, name: &str) {
    let f = found(text);
    assert!(!f.iter().any(|(t, _, _)| t == name), "{name:?} in {f:?}");
}

// People in no list ---------------------------------------------------------------------------

#[test]
fn person_shi_guangsheng_after_a_title() {
    let t = "Chinese Foreign Trade Minister Shi Guangsheng said he expected \"advances\".";
    has_titled(t, "Shi Guangsheng", "Chinese Foreign Trade Minister");
    has(t, "Chinese", Norp);
}

#[test]
fn person_zhang_qiyue_after_a_lower_case_title() {
    let t = "Foreign Ministry spokeswoman Zhang Qiyue told reporters that China would join.";
    has_titled(t, "Zhang Qiyue", "Foreign Ministry spokeswoman");
    has(t, "Foreign Ministry", Org);
}

#[test]
fn person_martin_odegaard_holm() {
    has(
        "Martin Ødegaard-Holm, the club's director, said the deal was done.",
        "Martin Ødegaard-Holm",
        Person,
    );
}

#[test]
fn person_jean_luc_mbeki() {
    has(
        "Jean-Luc Mbeki told reporters in Pretoria that the vote was close.",
        "Jean-Luc Mbeki",
        Person,
    );
}

#[test]
fn person_maria_jose_garcia() {
    has(
        "On Monday, María José García said prices had risen.",
        "María José García",
        Person,
    );
}

#[test]
fn person_nguyen_thi_lan() {
    has(
        "\"We will win,\" said Nguyen Thi Lan, a teacher in Hanoi.",
        "Nguyen Thi Lan",
        Person,
    );
}

// Titles and possessives -------------------------------------------------------------------------

#[test]
fn title_us_trade_representative() {
    has_titled(
        "U.S. Trade Representative Charlene Barshefsky and her team stayed.",
        "Charlene Barshefsky",
        "U.S. Trade Representative",
    );
}

#[test]
fn title_prime_minister() {
    has_titled(
        "On April 7, Prime Minister Zhu Rongji proposed measures.",
        "Zhu Rongji",
        "Prime Minister",
    );
}

#[test]
fn honorific_is_not_part_of_the_name() {
    let t = "Mr. Smith met Dr. Jane Doe and Sen. Elizabeth Warren.";
    has_titled(t, "Smith", "Mr.");
    has_titled(t, "Jane Doe", "Dr.");
    has_titled(t, "Elizabeth Warren", "Sen.");
}

#[test]
fn possessive_s_is_left_out() {
    let t = "It could hurt China's farmers and Zhu Rongji's plans.";
    has(t, "China", Place);
    has(t, "Zhu Rongji", Person);
}

// Capitals that are not names --------------------------------------------------------------------

#[test]
fn sentence_initial_capitals_make_no_entity() {
    let t = "The talks resumed. However, Chinese officials said little. Sources said more.";
    assert_eq!(found(t), vec![("Chinese".to_string(), Norp, None)]);
}

#[test]
fn bare_surname_repeating_a_full_name_is_a_person() {
    let t = "President Clinton rejected it. Clinton's action was bad news for Zhu Rongji. \
             Zhu offered to resign.";
    has_titled(t, "Clinton", "President");
    let f = found(t);
    assert_eq!(
        f.iter()
            .filter(|(n, k, _)| n == "Clinton" && *k == Person)
            .count(),
        2
    );
    has(t, "Zhu", Person);
}

#[test]
fn plural_acronym_after_a_speech_verb_is_no_person() {
    let t = "The minister told MPs the plan would go ahead. Lena Okoro told GPs to wait.";
    has(t, "Lena Okoro", Person);
    lacks(t, "MPs");
    lacks(t, "GPs");
}

// Organisations ----------------------------------------------------------------------------------

#[test]
fn a_name_set_off_after_an_organisation_noun_is_that_organisation() {
    let t = "The company, Harlow Steel, said it would close its plant in Dunmore.";
    has(t, "Harlow Steel", Org);
    // Without the noun before it, a given name and a surname before a speech verb is a person;
    // after a noun for a person's role too.
    has("Asked again, Harlow Steel said no.", "Harlow Steel", Person);
    has(
        "The producer, Harlow Steel, said no.",
        "Harlow Steel",
        Person,
    );
}

#[test]
fn a_given_name_that_is_also_a_title_after_a_role() {
    let t = "Rovers manager Dean Walsh insists his side can stay up.";
    has(t, "Dean Walsh", Person);
    // Where no role comes before it, the word stays a title.
    has_titled("Dean Okafor opened the faculty meeting.", "Okafor", "Dean");
}

#[test]
fn listed_names_with_lower_case_words() {
    let t = "Save the Children and Friends of the Earth joined Habitat for Humanity and the \
             Chamber of Commerce in the appeal.";
    for name in [
        "Save the Children",
        "Friends of the Earth",
        "Habitat for Humanity",
        "Chamber of Commerce",
    ] {
        has(t, name, Org);
    }
    // A person's name ending in a place noun ("Marsh") does not swallow the "of".
    let t = "Ellen Marsh of Save the Children spoke.";
    has(t, "Ellen Marsh", Person);
    has(t, "Save the Children", Org);
    let t = "\"It was expected,\" said Jo Park of Castlegate Securities.";
    has(t, "Jo Park", Person);
    has(t, "Castlegate Securities", Org);
    // A listed name is not read into lower-case words it does not end in capitals, and a place
    // after "of" stays inside an organisation's name.
    let t = "The economist said Marta Olsen of the University of North Carolina agreed.";
    lacks(t, "The economist");
    lacks(t, "economist");
    has(t, "University of North Carolina", Org);
    // Two places joined by "and" stay two, though the lexicon lists the pair.
    let t = "She flew from Bosnia and Herzegovina to Antigua and Barbuda in May.";
    has(t, "Bosnia", Place);
    has(t, "Herzegovina", Place);
}

#[test]
fn company_short_name_before_a_speech_verb() {
    // The company named in full before: its first word alone is the company.
    let t = "Shares in Brekke Energy fell on Monday. Brekke said it would cut 400 jobs.";
    has(t, "Brekke Energy", Org);
    has(t, "Brekke", Org);
    // A person of that surname named before: the bare name is the person.
    let t = "Brekke Energy hired Ida Brekke in May. Brekke said the plan was sound.";
    let f = found(t);
    assert!(
        f.iter().any(|(n, k, _)| n == "Brekke" && *k == Person),
        "{f:?}"
    );
    // No company of that name: a person.
    has(
        "Shares in Ostby Energy fell. Brekke said it was bad.",
        "Brekke",
        Person,
    );
}

#[test]
fn organisations_by_lexicon_and_structure() {
    let t = "Acme Widgets Inc. bought Halvorsen Robotics. The Communist Party, the Politburo, \
             the Department of Commerce and the University of Oslo agreed.";
    has(t, "Acme Widgets Inc.", Org);
    has(t, "Halvorsen Robotics", Org);
    has(t, "Communist Party", Org);
    has(t, "Politburo", Org);
    has(t, "Department of Commerce", Org);
    has(t, "University of Oslo", Org);
}

#[test]
fn acronyms_and_news_media() {
    let t = "The WTO and NATO met, the official China Daily reported.";
    has(t, "WTO", Org);
    has(t, "NATO", Org);
    has(t, "China Daily", Org);
}

#[test]
fn sports_clubs() {
    has(
        "Manchester United beat Real Madrid on Saturday.",
        "Manchester United",
        Org,
    );
}

// Places and groups ------------------------------------------------------------------------------

#[test]
fn dateline_in_capitals() {
    let t = "GENEVA — The talks resumed.";
    has(t, "GENEVA", Place);
}

/// A wire's section before a headline ("SOCCER - …") is no dateline; a dateline after it still is.
#[test]
fn a_sport_before_a_headline_dash_is_no_place() {
    let t = "SOCCER - KESTREL HOLD MARLOW\n\nRIVERTON, Ohio - Kestrel drew 1-1 with Marlow.";
    lacks(t, "SOCCER");
    has(t, "RIVERTON", Place);
    let t = "MOTOR RACING - VOSS TAKES POLE\n\nGENEVA — The race starts at noon.";
    lacks(t, "MOTOR RACING");
    lacks(t, "RACING");
    has(t, "GENEVA", Place);
    // A place that is also a common word stays a dateline.
    has("NICE, France — The festival opened.", "NICE", Place);
}

/// A constituency after "MP for" is a place, though a surname is spelt the same.
#[test]
fn the_constituency_of_a_member_is_a_place() {
    let t = "The Conservative MP for Wells, Mr Tom Heald, disagreed.";
    has(t, "Wells", Place);
    has(t, "Tom Heald", Person);
    has(
        "The Labour MP for Bath and North East Somerset said so.",
        "Bath and North East Somerset",
        Place,
    );
}

/// The last words of a body's name with "for" or "of" inside it are no person before a speech
/// verb ("the Campaign for Better Transport said").
#[test]
fn the_tail_of_a_name_with_for_is_no_speaking_person() {
    let t = "The Campaign for Better Transport said the buses were late.";
    assert!(
        found(t).iter().all(|(_, k, _)| *k != Person),
        "{:?}",
        found(t)
    );
    // A person after a preposition's object still speaks: "the mayor of Riverton Ann Holt said"
    // is the titled rule's; a name after a comma is the person.
    has(
        "The mayor, Ann Holt, said the quay was unsafe.",
        "Ann Holt",
        Person,
    );
}

#[test]
fn dateline_with_state() {
    let t = "RIVERTON, Ohio - The mayor of Riverton said the plant would close.";
    has(t, "RIVERTON", Place);
    has(t, "Ohio", Place);
    has(t, "Riverton", Place);
}

/// A wire dateline with its date: the place by the dateline rule, whatever a headline before it
/// makes of the word in capitals (the tagger alone read WASHINGTON after one as a person).
#[test]
fn dateline_with_a_date_and_an_agency() {
    let t =
        "Harbor camp: Marsh plan threatens the port.\n\nWASHINGTON, Dec. 8 (UPI) — The senator \
             rallied supporters on the quay.";
    has(t, "WASHINGTON", Place);
    has(t, "UPI", Org);
    has(t, "Dec. 8", Date);
    has("NAIROBI, March 3 - The talks resumed.", "NAIROBI", Place);
}

#[test]
fn places_by_lexicon_and_structure() {
    let t = "Talks in Seattle, Beijing and the United States; trips to Lake Tahoe and the Gulf \
             of Mexico.";
    for p in [
        "Seattle",
        "Beijing",
        "United States",
        "Lake Tahoe",
        "Gulf of Mexico",
    ] {
        has(t, p, Place);
    }
}

#[test]
fn nationalities_and_groups() {
    let t = "American and Brazilian negotiators, Catholics and Republicans.";
    for n in ["American", "Brazilian", "Catholics", "Republicans"] {
        has(t, n, Norp);
    }
}

// Numbers ----------------------------------------------------------------------------------------

#[test]
fn dates() {
    let t = "On Nov. 30 and April 7, reported Thursday, after 13 years and six months.";
    for d in ["Nov. 30", "April 7", "Thursday", "13 years", "six months"] {
        has(t, d, Date);
    }
}

/// A season after "last", "next" or "this" is a date, as "last week" is; a season alone is not
/// ("spring water", "the summer of love" name no day).
#[test]
fn a_season_after_last_next_or_this_is_a_date() {
    let t = "The pier shut last spring, will reopen next summer and may close again this winter.";
    for d in ["last spring", "next summer", "this winter"] {
        has(t, d, Date);
    }
    lacks("She bought spring water and a summer coat.", "spring");
    lacks("She bought spring water and a summer coat.", "summer");
}

#[test]
fn times() {
    let t = "The 9 a.m. session moved to 5:30 p.m.";
    has(t, "9 a.m.", Time);
    has(t, "5:30 p.m.", Time);
}

#[test]
fn money_percent_numbers() {
    let t = "It paid $2.3 billion, up 14 percent, or 3.5%, for 1,200 shops and 31,000 staff.";
    has(t, "$2.3 billion", Money);
    has(t, "14 percent", Percent);
    has(t, "3.5%", Percent);
    has(t, "1,200", Number);
    has(t, "31,000", Number);
}

#[test]
fn no_number_inside_dates_money_or_names() {
    let t = "On April 7, 1999, it paid $30 for 9 a.m. slots.";
    lacks(t, "7");
    lacks(t, "1999");
    lacks(t, "30");
    lacks(t, "9");
    has(t, "April 7, 1999", Date);
}

#[test]
fn a_bare_year_is_a_date_by_its_determiner_pair_event_or_citation() {
    let t = "His 2009 season ended early, and a 2014 profile praised the 2006 and 2007 squads.";
    for y in ["2009", "2014", "2006", "2007"] {
        has(t, y, Date);
    }
    has("The club won the 2010 Regional Cup.", "2010", Date);
    has(
        "The method follows Marlow and Tenney 1994 closely.",
        "1994",
        Date,
    );
    // A count stays a number; so does a street number after "at".
    has("About 2500 runners took part.", "2500", Number);
    has("Passengers of Flight 1549 were rescued.", "1549", Number);
    has("The office at 1600 Harbor Street opened.", "1600", Number);
}

#[test]
fn may_is_a_month_only_in_context() {
    let t = "Prices may rise. In May, sales fell. On May 7, they rose.";
    has(t, "May", Date);
    has(t, "May 7", Date);
}

#[test]
fn contractions_and_shouted_words_are_not_names() {
    let t = "Gennifer Flowers Won’t Attend Debate. This is NOT fine, the DAB said.";
    has(t, "Gennifer Flowers", Person);
    has(t, "DAB", Org);
    lacks(t, "NOT");
}

#[test]
fn a_name_in_capitals_repeats_a_person() {
    has("Mike Pence spoke.\n\nPENCE: We will win.", "PENCE", Person);
}

#[test]
fn town_before_state() {
    has(
        "The plant in Smallville, Kan., closed.",
        "Smallville",
        Place,
    );
}

// Names in no list, typed by their context (the entity issue's cases) ---------------------------

/// Each name typed `kind`, and no mention of another type over it.
fn typed(text: &str, names: &[&str], kind: EntityType) {
    let f = found(text);
    for name in names {
        let of_name: Vec<_> = f.iter().filter(|(t, _, _)| t == name).collect();
        assert!(!of_name.is_empty(), "{name:?} not found in {f:?}");
        assert!(
            of_name.iter().all(|(_, k, _)| *k == kind),
            "{name:?} not always {kind:?} in {f:?}"
        );
    }
}

#[test]
fn a_descriptor_before_a_name_types_it() {
    typed(
        "Shares of the gaming company Velarion rose on Monday.",
        &["Velarion"],
        Org,
    );
    typed(
        "Members of the pro-democracy party Lumen marched.",
        &["Lumen"],
        Org,
    );
}

#[test]
fn a_newspaper_named_like_a_person_after_the_is_a_newspaper() {
    typed(
        "The figures were first reported by the Marlow Echo last week.",
        &["Marlow Echo"],
        Org,
    );
}

#[test]
fn a_kind_of_company_before_a_name_without_a_determiner_types_it() {
    // Opening the sentence, the kind of company is no part of the name.
    typed(
        "Retailer Northwind Goods will close 40 stores.",
        &["Northwind Goods"],
        Org,
    );
    typed(
        "Shares of automaker Halvorsen Motors and insurer Copperleaf Mutual fell.",
        &["Halvorsen Motors", "Copperleaf Mutual"],
        Org,
    );
    let f = found("Chipmaker Volterra Systems cut its forecast.");
    assert!(f.iter().all(|(t, _, _)| !t.contains("Chipmaker")), "{f:?}");
}

#[test]
fn an_appositive_descriptor_types_the_name_and_a_based_modifier_is_no_place() {
    let t = "Velmora, a Hong Kong-based bank, said profits fell.";
    typed(t, &["Velmora"], Org);
    assert!(
        found(t).iter().all(|(n, _, _)| !n.contains("Hong Kong")),
        "{:?}",
        found(t)
    );
}

#[test]
fn clubs_in_a_result_are_organisations_throughout_the_text() {
    typed(
        "Leeds beat Chelsea 2-1 on Saturday, and fans in Leeds celebrated.",
        &["Leeds", "Chelsea"],
        Org,
    );
    // The same city with no result around it stays a place.
    typed("Fans in Leeds celebrated on Saturday.", &["Leeds"], Place);
}

#[test]
fn news_media_are_organisations() {
    typed(
        "The Straits Times reported the deal, and PC Gamer reviewed the game.",
        &["Straits Times", "PC Gamer"],
        Org,
    );
}

/// A results table's lines: two teams with their goals (scorers in brackets or not), and a
/// standing whose games played are the sum of won, drawn and lost.
#[test]
fn the_teams_of_a_results_table_are_clubs() {
    let t = "Results on Saturday:\n\nDunmore 2 (Voss 24, Brandt 82) Kestrel Rovers 1\nNewcastle 0 \
             Marlow 2\n\nStandings:\n\nHarwick 3 2 1 0 5 3 7";
    typed(
        t,
        &[
            "Dunmore",
            "Kestrel Rovers",
            "Newcastle",
            "Marlow",
            "Harwick",
        ],
        Org,
    );
    // Numbers that do not add up, or a second name with no score, are no table.
    lacks("Standings:\n\nHarwick 3 1 1 0 5 3 7", "Harwick");
    has("Voters:\n\nOhio 12 15 18 20", "Ohio", Place);
    lacks("The Apollo 13 Mission launched.", "Apollo");
}

/// A club before a player's role and name; a city's name before a coach's.
#[test]
fn a_club_before_a_players_role_and_name_is_an_organisation() {
    typed(
        "Kestrel striker Tom Vale scored twice on Sunday.",
        &["Kestrel"],
        Org,
    );
    typed(
        "Milan coach Paula Reis said the side had been brave.",
        &["Milan"],
        Org,
    );
    has("Milan coach Paula Reis said so.", "Paula Reis", Person);
    // A company before a manager is no club, but an organisation all the same (stop 47: a name
    // no list knows before a staff word and a person, `club_named_before`).
    has("Velarion manager Ann Holt said so.", "Velarion", Org);
    // No name after the role: the city stays a place.
    has("The Milan coach left early.", "Milan", Place);
}

/// A club's word before a staff word and a name: the club and its boss.
#[test]
fn a_club_word_before_its_boss_is_an_organisation() {
    let text = "Rovers boss Gary Lane said the side had been unlucky.";
    typed(text, &["Rovers"], Org);
    has(text, "Gary Lane", Person);
    has(
        "Dunmore Wanderers manager Tim Hale was upbeat.",
        "Tim Hale",
        Person,
    );
    // A company before its boss: an organisation too (stop 47, `club_named_before`).
    has("Velarion boss Gary Lane said so.", "Velarion", Org);
}

#[test]
fn a_club_before_its_goalscorer_is_an_organisation() {
    typed(
        "Chelsea's goalscorer was booed off after the match on Sunday.",
        &["Chelsea"],
        Org,
    );
    typed("Marlow's strikers missed three chances.", &["Marlow"], Org);
}

#[test]
fn a_club_before_a_player_whose_given_name_is_a_month_is_an_organisation() {
    // "April", "June": a month's name that is also a given name, before a surname, is the
    // player's first name, and the name before the role a club.
    typed(
        "Brenford winger April Dunn crossed late.",
        &["Brenford"],
        Org,
    );
    typed(
        "Then Velmora midfielder June Akers scored.",
        &["Velmora"],
        Org,
    );
    // No person after the role: a capitalised preposition (a headline), a month that is no
    // given name, a month before a number.
    lacks_org("Brenford striker In Form Again", "Brenford");
    lacks_org("Brenford winger March Dunn crossed late.", "Brenford");
    lacks_org("Brenford winger May 3 was the date.", "Brenford");
    lacks_org("Brenford signed a winger in May", "Brenford");
    lacks_org("Brenford winger May", "Brenford");
}

#[test]
fn a_polling_firm_is_an_organisation() {
    typed(
        "A new poll from Gallup shows support for the measure falling.",
        &["Gallup"],
        Org,
    );
}

#[test]
fn newspapers_named_after_the_are_organisations() {
    typed(
        "The Scotsman reported the story first, and The Athletic followed it an hour later.",
        &["Scotsman", "Athletic"],
        Org,
    );
    typed(
        "The Herald ran the letter on its front page, and the Dunmore Gazette ignored it.",
        &["Herald", "Dunmore Gazette"],
        Org,
    );
    // A title is no newspaper, nor the start of a longer name.
    lacks(
        "The talk was given by the Chief Observer of the mission.",
        "Chief Observer",
    );
    lacks("She edits the Journal of Coastal Ecology.", "Journal");
}

#[test]
fn a_city_with_a_plural_verb_is_its_club() {
    typed("Leeds were the better side for an hour.", &["Leeds"], Org);
    typed(
        "After the break, Ipswich have looked sharper.",
        &["Ipswich"],
        Org,
    );
    // A city with a singular verb stays a place.
    typed(
        "Leeds was a mill town long before the railway.",
        &["Leeds"],
        Place,
    );
}

#[test]
fn a_town_or_city_club_before_a_result_is_a_club() {
    typed(
        "Harlow Town lost 2-0 at home on Saturday, and the manager was furious.",
        &["Harlow Town"],
        Org,
    );
    typed(
        "Dunmore Rovers were relegated after a wretched final month.",
        &["Dunmore Rovers"],
        Org,
    );
    typed(
        "Stockport County beat Bristol Rovers in the cup on a wet night.",
        &["Stockport County", "Bristol Rovers"],
        Org,
    );
}

#[test]
fn two_clubs_that_drew_are_clubs() {
    typed(
        "Celtic and Rangers drew 1-1 in a tense derby at the weekend.",
        &["Celtic", "Rangers"],
        Org,
    );
    typed(
        "Kilmore and Bray Wanderers drew again, so the tie goes to a replay.",
        &["Kilmore", "Bray Wanderers"],
        Org,
    );
}

#[test]
fn an_initialism_after_the_that_speaks_is_a_body() {
    typed(
        "The FA said it would look into the scenes after the final whistle.",
        &["FA"],
        Org,
    );
    typed(
        "Fans were angry, but the SFA have refused to comment.",
        &["SFA"],
        Org,
    );
}

#[test]
fn a_sentence_initial_city_with_a_plural_verb_is_its_club() {
    typed(
        "Reading were poor after the break and deserved to lose.",
        &["Reading"],
        Org,
    );
    typed(
        "Worthing have won four in a row, and Kettering were beaten again.",
        &["Worthing", "Kettering"],
        Org,
    );
    // A gerund takes a singular verb; a plural noun stays unmarked.
    lacks("Reading was his only escape that winter.", "Reading");
    lacks("Something were wrong, the players felt.", "Something");
}

#[test]
fn names_flown_are_airlines() {
    typed(
        "She flew Delta, United and Jetstar on the long way home.",
        &["Delta", "United", "Jetstar"],
        Org,
    );
    // "and" before a name that starts with a country joins no name: two bodies.
    let t = "The group competes with Emirates and Qatar Airways on the Gulf routes.";
    typed(t, &["Qatar Airways"], Org);
    lacks(t, "Emirates and Qatar Airways");
    // A list with one airline by its word is a list of airlines.
    typed(
        "Departures: Velmora, Kestrel Airways, Delta, Pacifica and Norland Air.",
        &[
            "Velmora",
            "Kestrel Airways",
            "Delta",
            "Pacifica",
            "Norland Air",
        ],
        Org,
    );
    // Not a city flown to, nor a route.
    typed(
        "They flew Dublin to Boston overnight.",
        &["Dublin", "Boston"],
        Place,
    );
}

#[test]
fn airlines_are_organisations() {
    typed(
        "Aer Lingus said it would match the fares, and Kestrel Air cancelled two flights.",
        &["Aer Lingus", "Kestrel Air"],
        Org,
    );
    typed(
        "Passengers on Velmora Airways waited six hours.",
        &["Velmora Airways"],
        Org,
    );
}

#[test]
fn a_club_named_by_its_suffix_is_an_organisation() {
    typed(
        "Dunmore Rovers signed a winger from Ashby United last week.",
        &["Dunmore Rovers", "Ashby United"],
        Org,
    );
}

#[test]
fn members_of_parliament_are_titles_not_organisations() {
    let t = "The local MSP wrote to the council, and an MP raised the matter.";
    lacks(t, "MSP");
    lacks(t, "MP");
}

#[test]
fn roads_by_their_numbers_are_places() {
    typed(
        "Take the A64 east, then the M62 towards the coast.",
        &["A64", "M62"],
        Place,
    );
    typed(
        "Drive north on I-244 until it meets US-75.",
        &["I-244", "US-75"],
        Place,
    );
    // An aircraft or a weapon is no road.
    lacks("The airline ordered the A380 in 2005.", "A380");
    lacks("He carried the M16 rifle on patrol.", "M16");
}

#[test]
fn historical_lands_and_provinces_are_places() {
    typed(
        "The choir toured Moravia and Transylvania before wintering in Cornwall.",
        &["Moravia", "Transylvania", "Cornwall"],
        Place,
    );
    // A given name that is also a region still starts a person's name.
    has(
        "Devon Okafor said the vote was close.",
        "Devon Okafor",
        Person,
    );
}

#[test]
fn coordinated_departments_are_two_organisations() {
    typed(
        "Officials at the State and Homeland Security departments met.",
        &["State", "Homeland Security"],
        Org,
    );
}

#[test]
fn a_country_acting_through_its_army_is_an_organisation() {
    typed(
        "North Korea's army fired two missiles.",
        &["North Korea"],
        Org,
    );
    typed("She flew to North Korea in May.", &["North Korea"], Place);
}

#[test]
fn an_all_capital_sports_headline_is_typed_by_context_not_by_capitals() {
    let t = "BRAZIL EDGE PAST ITALY\nBrazil won the final in Rome.";
    typed(t, &["BRAZIL", "ITALY"], Org);
    typed(t, &["Rome"], Place);
    assert!(
        found(t).iter().all(|(n, _, _)| n != "EDGE" && n != "PAST"),
        "{:?}",
        found(t)
    );
}

#[test]
fn an_all_capital_dateline_is_a_place_and_its_iso_date_a_date() {
    let t = "NAIROBI 1998-04-12\nKenyan runners won three medals.";
    typed(t, &["NAIROBI"], Place);
    typed(t, &["1998-04-12"], Date);
    typed(
        "The vote was held on 2021-11-03 in the city.",
        &["2021-11-03"],
        Date,
    );
    // Not a date: month 13.
    assert!(found("Code 1998-13-12 was used.")
        .iter()
        .all(|(_, k, _)| *k != Date));
}

#[test]
fn a_state_after_a_town_and_a_comma_is_a_place_even_before_said() {
    // "Washington said" is the government speaking; "Dayton, Ohio said" names where.
    let t = "Dayton, Ohio said on Monday it would sue.";
    typed(t, &["Dayton", "Ohio"], Place);
    typed(
        "Officials in Dayton, Ohio, said the plant would close.",
        &["Ohio"],
        Place,
    );
    typed(
        "Beijing warned on Monday of new tariffs.",
        &["Beijing"],
        Org,
    );
}

#[test]
fn and_inside_an_of_tail_joins_one_organisation() {
    let t = "He studied at the Royal Academy of Painting and Sculpture in Paris.";
    typed(t, &["Royal Academy of Painting and Sculpture"], Org);
    let t = "She joined the Centre for Irish and Scottish Studies last year.";
    typed(t, &["Centre for Irish and Scottish Studies"], Org);
    let t = "He works at the Department of Health and Human Services in Washington.";
    typed(t, &["Department of Health and Human Services"], Org);
    // A second body named by a place is a second organisation.
    let t = "She taught at the University of Oslo and Oxford University.";
    typed(t, &["University of Oslo", "Oxford University"], Org);
}

#[test]
fn and_after_a_complete_organisation_name_starts_another() {
    let t = "Flights are run by American Airlines and Southwest Airlines from the terminal.";
    typed(t, &["American Airlines", "Southwest Airlines"], Org);
    // One name still joins its parts with "and".
    typed(
        "He visited the National Air and Space Museum.",
        &["National Air and Space Museum"],
        Place,
    );
    typed(
        "The Bill and Melinda Gates Foundation gave money.",
        &["Bill and Melinda Gates Foundation"],
        Org,
    );
}

#[test]
fn a_place_of_several_words_and_a_capitalised_plural_is_a_team() {
    typed(
        "The St. Louis Cardinals signed him on Monday.",
        &["St. Louis Cardinals"],
        Org,
    );
    typed(
        "The Hong Kong Tigers lost again.",
        &["Hong Kong Tigers"],
        Org,
    );
    // A people noun after a place names people, not a team.
    assert!(found("Hong Kong Officials Say Talks Failed")
        .iter()
        .all(|(n, _, _)| n != "Hong Kong Officials"));
}

#[test]
fn a_prize_winner_in_a_sentence_with_a_result_is_a_team() {
    let t = "BRAZIL EDGE PAST ITALY, KENYA TAKE GOLD";
    typed(t, &["BRAZIL", "ITALY", "KENYA"], Org);
    typed(
        "Leeds beat Chelsea 2-1, and Arsenal clinched the title.",
        &["Arsenal"],
        Org,
    );
    // With no result in the sentence, a country that wins stays a place.
    typed("Kenya took gold in the marathon.", &["Kenya"], Place);
}

#[test]
fn an_acronym_the_text_defines_as_a_common_noun_phrase_is_no_organisation() {
    let t = "Homes use compact fluorescent lamps (CFL) now. A CFL lasts for years, the WHO said.";
    assert!(
        found(t).iter().all(|(n, _, _)| n != "CFL"),
        "{:?}",
        found(t)
    );
    typed(t, &["WHO"], Org);
    // An acronym with no such definition stays an organisation.
    typed("Officials of the ICRC arrived.", &["ICRC"], Org);
}

// A name the lexicon writes with its article: found without the article, as the names that have
// a form without it ("Washington Post"), and typed by the lexicon, not as a person.

#[test]
fn an_acronym_used_as_a_plural_unit_or_lone_noun_is_a_term_not_an_organisation() {
    // A plural: "SPLs" makes every "SPL" a thing.
    let t = "The town swapped its SPLs for cheaper bulbs, and each SPL lasts longer.";
    lacks(t, "SPL");
    // A unit after a number.
    lacks("Entry costs 40 KRV for adults.", "KRV");
    // An indefinite article and no noun after it; an organisation keeps its noun ("a NATO summit").
    lacks("Villagers asked for an ATM, and one arrived.", "ATM");
    has("Leaders met at a NATO summit in May.", "NATO", Org);
}

#[test]
fn a_listed_name_written_with_its_article_is_found_by_the_list() {
    typed(
        "The Guardian reported that the plan was dead. The Economist disagreed, and a story in \
         The Independent said so too.",
        &["Guardian", "Economist", "Independent"],
        Org,
    );
    typed("The Hague hosted the talks.", &["Hague"], Place);
    // Structure extends a listed name, as it does without the article.
    typed(
        "The New York Times Magazine ran the piece.",
        &["New York Times Magazine"],
        Org,
    );
    // Not a listed name: the article stays out of the mention and nothing is made of it.
    has(
        "The Gazette of Rivertown said so.",
        "Gazette of Rivertown",
        Org,
    );
}

// Structure that no list needs: regnal numbers, road and harbour nouns, bodies after a title.

#[test]
fn a_regnal_number_belongs_to_the_name() {
    let t = "The hall was opened by Pope Pius XII, and later Louis XIV of Velaria visited.";
    has(t, "Pius XII", Person);
    has(t, "Louis XIV", Person);
    lacks(t, "XII");
    // "I" only where punctuation follows: not the pronoun.
    has("The coins show Emperor Norton I.", "Norton I", Person);
    lacks("Like Ramirez I think so.", "Ramirez I");
}

#[test]
fn a_road_river_or_harbour_noun_ends_a_place() {
    let t = "We drove the Carl Benton Turnpike to Marcus River and moored in Velafu Harbour.";
    typed(
        t,
        &["Carl Benton Turnpike", "Marcus River", "Velafu Harbour"],
        Place,
    );
    // A given name and a surname that is also a place noun is still a person.
    has("Benny Hill said he was tired.", "Benny Hill", Person);
}

#[test]
fn a_title_word_after_of_belongs_to_the_organisation() {
    has(
        "She joined the Society for General Velarian Studies in 1950.",
        "Society for General Velarian Studies",
        Org,
    );
}

#[test]
fn the_body_after_a_title_and_of_is_an_organisation_when_no_name_follows() {
    let t = "Ortmann served as President of the Velarian Society of Letters in 1991.";
    has(t, "Velarian Society of Letters", Org);
    lacks(t, "Velarian");
}

#[test]
fn an_apostrophe_name_is_no_contraction() {
    has(
        "Conan O'Brien said the show would go on.",
        "Conan O'Brien",
        Person,
    );
    has_titled(
        "The film starred the actor Peter O’Toole.",
        "Peter O’Toole",
        "actor",
    );
}

#[test]
fn a_given_name_with_a_regnal_number_is_a_person_not_a_place() {
    // "Elizabeth" is also a listed town.
    has(
        "She was made a dame by Elizabeth II in 2012.",
        "Elizabeth II",
        Person,
    );
    has(
        "The army served Tsar Aleksei I, and then left.",
        "Aleksei I",
        Person,
    );
}

#[test]
fn a_sentence_initial_word_before_a_listed_place_is_no_given_name() {
    let t = "Many New York residents were angry.";
    has(t, "New York", Place);
    lacks(t, "Many New York");
}

#[test]
fn an_article_after_and_starts_another_name() {
    let t = "The story ran in the Mirror and The Sun on Monday.";
    lacks(t, "Mirror and The Sun");
    has(t, "Sun", Org);
}

#[test]
fn names_listed_after_a_plural_organisation_noun_are_organisations() {
    typed(
        "Companies such as Brixon, Talvera and the Olmo Group have left.",
        &["Brixon", "Talvera", "Olmo Group"],
        Org,
    );
    typed(
        "It was covered by publications including The Dune Gazette and Jezebix.",
        &["Dune Gazette", "Jezebix"],
        Org,
    );
    // Not after any plural: "cities such as …" lists places.
    has("He visited cities such as Paris and Rome.", "Paris", Place);
    // A kind of company in the plural names its list with no opener; people in the plural
    // ("rivals", "executives") do not.
    typed(
        "Rival drugmakers Novo Nordisk and Eli Lilly are racing to catch up.",
        &["Novo Nordisk", "Eli Lilly"],
        Org,
    );
    typed(
        "Lenders Harlow Bank and Quarry Mutual cut their rates.",
        &["Harlow Bank", "Quarry Mutual"],
        Org,
    );
    has(
        "Executives Ann Holt and Tom Vale left the firm.",
        "Ann Holt",
        Person,
    );
    has(
        "Broadcasters Ann Holt and Tom Vale hosted the show.",
        "Ann Holt",
        Person,
    );
}

#[test]
fn org_head_nouns_end_an_organisation() {
    typed(
        "Velmor Pictures hired staff from Tarsk Gaming and the Orvo Conservatory.",
        &["Velmor Pictures", "Tarsk Gaming", "Orvo Conservatory"],
        Org,
    );
}

#[test]
fn a_library_is_an_organisation_not_a_place() {
    has(
        "The Brennick Library lent the letters to a museum in Utrecht.",
        "Brennick Library",
        Org,
    );
    has(
        "Staff at the Harwell University Libraries scanned the maps.",
        "Harwell University Libraries",
        Org,
    );
}

#[test]
fn a_numbered_circuit_is_a_court() {
    has(
        "The Fourth Circuit returned the appeal to a lower bench in May.",
        "Fourth Circuit",
        Org,
    );
}

#[test]
fn a_bulletin_is_a_newspaper() {
    has(
        "An editor of the Hollis Valley Bulletin printed the letter twice.",
        "Hollis Valley Bulletin",
        Org,
    );
}

#[test]
fn acronyms_of_things_are_no_organisations() {
    let t = "Police sent DNA samples to the lab, and the GNP fell while NATO met.";
    lacks(t, "DNA");
    lacks(t, "GNP");
    has(t, "NATO", Org);
    lacks("She was named MVP after the final in Tarnow.", "MVP");
}

#[test]
fn more_organisation_nouns_end_an_organisation() {
    typed(
        "Kestrel Sports bought Dunmore Bus Lines, Arlow Tours and Penwick Books last year.",
        &[
            "Kestrel Sports",
            "Dunmore Bus Lines",
            "Arlow Tours",
            "Penwick Books",
        ],
        Org,
    );
}

#[test]
fn a_political_group_and_party_in_lower_case_is_an_organisation() {
    has(
        "She left the Republican party in 2019 to run as an independent.",
        "Republican party",
        Org,
    );
    // A party that is no body stays out.
    lacks("They held a Christmas party in Leeds.", "Christmas party");
}

#[test]
fn a_country_or_state_party_to_a_case_is_an_organisation() {
    has(
        "The judge cited Greer v. United States in her ruling on Tuesday.",
        "United States",
        Org,
    );
    has(
        "Lawyers compared it with Ohio versus Marlowe, an older case.",
        "Ohio",
        Org,
    );
}

#[test]
fn a_name_the_model_types_takes_the_type_the_text_gives_it_more_often() {
    use crate::analysis::Mention;
    use crate::span::Span;
    let m = |a: usize, k: EntityType| Mention::new(Span::new(a, a + 1), k);
    // The rules' mention first, then the model's; words 0 ("Sapulpa") and 1 ("Hiram").
    let mut out = vec![m(0, Place), m(2, Place), m(4, Person), m(6, Person)];
    super::tagger::combine::one_reading(2, &mut out, &[0, 0, 0, 1], 1, &[]);
    let kinds: Vec<EntityType> = out.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [Place, Place, Place, Person]);
    // A tie leaves the model's type; a longer mention is not counted.
    let mut out = vec![m(0, Place), m(2, Person)];
    super::tagger::combine::one_reading(2, &mut out, &[0, 0], 1, &[]);
    assert_eq!(out[1].kind, Person);
    let mut out = vec![m(0, Place), m(2, Place), m(4, Person)];
    super::tagger::combine::one_reading(2, &mut out, &[u32::MAX, u32::MAX, 0], 2, &[]);
    assert_eq!(out[2].kind, Person);
    // The short name a longer name gives its word counts: the organisation "Vantrell Motors"
    // and the bare "Vantrell" after "Shares of" outweigh the model's person.
    let mut out = vec![m(0, Org), m(4, Person)];
    let short = [(0, Org)];
    super::tagger::combine::one_reading(1, &mut out, &[0, 0], 1, &short);
    assert_eq!(out[1].kind, Org);
    let mut out = vec![m(0, Org), m(4, Person)];
    super::tagger::combine::one_reading(1, &mut out, &[0, 0], 1, &[]);
    assert_eq!(out[1].kind, Person, "a tie without the short name");
}

#[test]
fn a_model_code_and_its_maker_are_no_person() {
    let text = "The Vantrell E3 would sell for $38,500. Deliveries of the E3 begin in March.";
    let analysis = crate::analyze(text, &crate::Options::default());
    let people: Vec<&str> = analysis
        .mentions
        .iter()
        .filter(|m| m.kind == Person)
        .map(|m| m.span.text(text))
        .collect();
    assert!(people.is_empty(), "{people:?}");
    assert!(
        analysis.mentions.iter().any(|m| m.kind == Money),
        "the sentence's money is still found"
    );
}

#[test]
fn a_headline_name_is_the_company_the_story_names_in_full() {
    // The product "Vantrell E3" no longer makes "Vantrell" a person's name, so the headline's
    // lone word is read as the company named in full below.
    let text = "Vantrell unveils cheaper electric van as sales slow\n\n\
                Vantrell Motors on Wednesday unveiled a cheaper van. Shares of Vantrell rose 3%. \
                The company said the Vantrell E3 would sell for $38,500.";
    let analysis = crate::analyze(text, &crate::Options::default());
    let headline = analysis
        .mentions
        .iter()
        .find(|m| m.span.start == 0)
        .expect("the headline's name is found");
    assert_eq!(headline.kind, Org);
}

#[test]
fn an_institution_named_in_its_own_language_is_an_organisation() {
    typed(
        "She taught at the Universidade Federal de Pelotas for a decade.",
        &["Universidade Federal de Pelotas"],
        Org,
    );
    typed(
        "He trained at the Conservatoire de Toulouse before the war.",
        &["Conservatoire de Toulouse"],
        Org,
    );
    typed(
        "The Fondazione Carlo Verdi paid for the study, with the Vrije Universiteit Groningen.",
        &["Fondazione Carlo Verdi", "Vrije Universiteit Groningen"],
        Org,
    );
    typed(
        "In 1990 the Partido Verde de Lavalle won two seats.",
        &["Partido Verde de Lavalle"],
        Org,
    );
}

#[test]
fn a_term_in_title_case_is_no_organisation() {
    lacks(
        "In this paper we propose new operators for testing Geographic Information Systems.",
        "Geographic Information Systems",
    );
    lacks(
        "When I was young I joined a unique Pilot Training Program called Hawkwing.",
        "Pilot Training Program",
    );
    // A body's name takes "the", holds a name or an acronym.
    has(
        "Officials at the Foreign Ministry declined.",
        "Foreign Ministry",
        Org,
    );
    has("He drew for NX Comics in the eighties.", "NX Comics", Org);
}

#[test]
fn a_name_with_its_shares_is_a_company() {
    typed("Zentrix shares rose 4% on Tuesday.", &["Zentrix"], Org);
    typed(
        "Shares in Korvath fell after the company said sales had slowed.",
        &["Korvath"],
        Org,
    );
    typed(
        "The fund sold its stake in Sorvino last week.",
        &["Sorvino"],
        Org,
    );
    // A place keeps its reading; "shares" before a pronoun is a verb.
    typed("Tokyo shares fell for a third day.", &["Tokyo"], Place);
    lacks_org(
        "Brenna Holt shares her flat with two students.",
        "Brenna Holt",
    );
}

/// No organisation named `name` in `text`.
fn lacks_org(text: &str, name: &str) {
    let f = found(text);
    assert!(
        !f.iter().any(|(t, k, _)| t == name && *k == Org),
        "{name:?} an organisation in {f:?}"
    );
}

#[test]
fn the_names_of_one_list_share_the_type_most_of_them_have() {
    use crate::analysis::Mention;
    use crate::span::Span;
    // (mention, typed by the model) for each name of `names` in `text`, in text order.
    let marked = |text: &str, names: &[(&str, EntityType, bool)]| {
        names
            .iter()
            .map(|&(name, kind, by_model)| {
                let a = text.find(name).unwrap();
                (Mention::new(Span::new(a, a + name.len()), kind), by_model)
            })
            .collect::<Vec<_>>()
    };
    let kinds = |text: &str, names: &[(&str, EntityType, bool)]| {
        let seg = crate::segment::segment(text);
        let (mut m, by_model): (Vec<_>, Vec<_>) = marked(text, names).into_iter().unzip();
        super::tagger::combine::list_agreement(text, &seg, &mut m, &by_model);
        m.iter().map(|m| m.kind).collect::<Vec<_>>()
    };
    // "Brenwick" read alone as a surname is a town like the others of its list.
    let t = "Buses serve Tulsa, Brenwick, Dallas, and Austin.";
    let names = [
        ("Tulsa", Place, false),
        ("Brenwick", Person, true),
        ("Dallas", Place, false),
        ("Austin", Place, true),
    ];
    assert_eq!(kinds(t, &names), [Place, Place, Place, Place]);
    // The rules' sure mentions keep their type.
    let names = [
        ("Tulsa", Place, true),
        ("Brenwick", Person, false),
        ("Dallas", Place, false),
        ("Austin", Place, true),
    ];
    assert_eq!(kinds(t, &names), [Place, Person, Place, Place]);
    // Two names are no list; words between names break it.
    let t = "Buses serve Tulsa and Brenwick.";
    let names = [("Tulsa", Place, false), ("Brenwick", Person, true)];
    assert_eq!(kinds(t, &names), [Place, Person]);
    let t = "In Tulsa, said Brenwick, and Dallas.";
    let names = [
        ("Tulsa", Place, false),
        ("Brenwick", Person, true),
        ("Dallas", Place, false),
    ];
    assert_eq!(kinds(t, &names), [Place, Person, Place]);
    // A majority only the model read is no evidence.
    let t = "Buses serve Tulsa, Brenwick, Dallas, and Austin.";
    let names = [
        ("Tulsa", Place, true),
        ("Brenwick", Person, true),
        ("Dallas", Place, true),
        ("Austin", Place, true),
    ];
    assert_eq!(kinds(t, &names), [Place, Person, Place, Place]);
}

#[test]
fn an_interjection_starts_no_name() {
    let t = "Uh, Mitchell came in late. Oh Dana, you were right. Hey Jorvan, sit down.";
    for bad in ["Uh", "Oh", "Hey", "Oh Dana", "Hey Jorvan", "Uh, Mitchell"] {
        lacks(t, bad);
    }
}

#[test]
fn transport_and_industry_nouns_end_an_organisation() {
    typed(
        "Halden Rail and Northline Ferries blamed Carrow Shipping, Vesta Telecom and Brightwater \
         Mining for the delays.",
        &[
            "Halden Rail",
            "Northline Ferries",
            "Carrow Shipping",
            "Vesta Telecom",
            "Brightwater Mining",
        ],
        Org,
    );
}

/// `Ctx::is`, `Ctx::word_is`, `Ctx::len` and `Ctx::first_byte` read a token's bytes without
/// slicing its text; they agree with the comparisons on `Ctx::t` they replace.
#[test]
fn token_byte_helpers_agree_with_the_token_text() {
    let text = "On 3rd May, the Åsgard Co. (ÅC) paid $4.5bn — or 40m — to Él-Niño at 9:30pm; \
                OF of Of “and” 2019-04-12 the 1990s!";
    let segments = segment(text);
    let cx = super::Ctx::new(text, &segments);
    let words = [
        "on",
        "On",
        "ON",
        "of",
        "Of",
        "the",
        "may",
        "May",
        "3rd",
        ",",
        ".",
        "(",
        ")",
        "$",
        "—",
        "and",
        "“",
        "åsgard",
        "Åsgard",
        "ÅSGARD",
        "2019-04-12",
        "",
        "9:30pm",
        "bn",
    ];
    for i in 0..cx.toks.len() {
        let t = cx.t(i);
        assert_eq!(cx.len(i), t.len(), "{t}");
        assert_eq!(cx.first_byte(i), t.as_bytes()[0], "{t}");
        for w in words {
            assert_eq!(cx.is(i, w), t.eq_ignore_ascii_case(w), "{t} {w}");
            assert_eq!(cx.word_is(i, w), t == w, "{t} {w}");
        }
    }
    assert!(!cx.is(cx.toks.len(), "the"));
}

// Issue 11, round of helper ent29: council, party and school copy ------------------------------

#[test]
fn a_surname_shaped_town_after_in_is_a_place() {
    let t = "Ann Marsh, a nurse in Dover, who has worked there for years, said the ward was full.";
    has(t, "Ann Marsh", Person);
    has(t, "Dover", Place);
}

#[test]
fn a_portfolio_and_a_title_before_a_name_are_the_title() {
    let t = "Transport Secretary Ann Marsh said the line would reopen.";
    has_titled(t, "Ann Marsh", "Transport Secretary");
    lacks(t, "Transport Secretary Ann Marsh");
}

#[test]
fn cllr_is_a_title_not_part_of_the_name() {
    let t = "Cllr Ann Marsh said the council would vote next week.";
    has_titled(t, "Ann Marsh", "Cllr");
    lacks(t, "Cllr Ann Marsh");
}

#[test]
fn a_liberal_democrat_is_one_group() {
    let t = "A Liberal Democrat spokesman said it was a good night for the Lib Dems.";
    has(t, "Liberal Democrat", Norp);
    lacks(t, "Democrat");
    has(t, "Lib Dems", Org);
}

#[test]
fn a_headline_is_read_between_its_function_words() {
    let t = "Residents Fear Flooding On Mill Lane\n\nThe council met on Monday.";
    has(t, "Mill Lane", Place);
    lacks(t, "Residents Fear Flooding On Mill Lane");
}

#[test]
fn a_school_named_after_a_park_or_a_saint_is_an_organisation() {
    let t =
        "Pupils at Kings Park Primary School and students at St Anne's College joined the march.";
    has(t, "Kings Park Primary School", Org);
    has(t, "St Anne's College", Org);
}

#[test]
fn a_state_named_as_a_polity_is_an_organisation_unless_a_place_preposition_comes_first() {
    let t = "The State of Ohio appealed the ruling.";
    has(t, "State of Ohio", Org);
    let t = "Prosecutors for the Commonwealth of Virginia said the case was closed.";
    has(t, "Commonwealth of Virginia", Org);
    let t = "Schools in the State of Ohio will close early.";
    has(t, "State of Ohio", Place);
}

#[test]
fn the_second_of_two_places_after_in_does_not_speak() {
    let t = "Officials in Bujumbura and Tegucigalpa said the talks had stalled.";
    has(t, "Tegucigalpa", Place);
}

#[test]
fn airlines_in_a_list_with_no_airline_word() {
    let t = "Passengers on Avianca and Jetstar flights were stranded.";
    has(t, "Avianca", Org);
    has(t, "Jetstar", Org);
}

#[test]
fn a_title_and_a_street_noun_are_a_street() {
    let t = "Mayor Tom Hill opened the new library on Queen Street.";
    has(t, "Queen Street", Place);
    lacks(t, "Street");
}

#[test]
fn a_group_of_two_words_stands_against_the_model() {
    let t = "Lib Dem councillors voted against the plan, while Labour backed it.";
    has(t, "Lib Dem", Norp);
}

#[test]
fn a_sovereign_s_college_is_an_organisation() {
    let t = "Queen's University Belfast and King's College London signed the deal.";
    has(t, "Queen's University Belfast", Org);
    has(t, "King's College London", Org);
    lacks(t, "Queen");
}

#[test]
fn a_portfolio_title_opening_a_sentence_and_a_party_before_a_title() {
    let t = "Health Secretary Tom Pryce visited the ward. Labour Leader Ann Marsh said little.";
    has_titled(t, "Tom Pryce", "Health Secretary");
    has(t, "Labour", Org);
}

#[test]
fn a_common_word_in_capitals_beside_capitals_or_a_shouted_verb_is_no_acronym() {
    // A line set in capitals, and a speech verb in capitals: no organisation "SAID".
    lacks("ANN MARSH SAID: “WE WILL APPEAL.”", "SAID");
    lacks("The council SAID the plan was “reckless.”", "SAID");
    // An acronym beside a name in ordinary case still is one.
    has("Ann Marsh joined NATO in May.", "NATO", EntityType::Org);
}

#[test]
fn a_headline_is_cut_at_its_verbs() {
    let t = "Council Approves New Harbour Park\n\nThe plan was approved on Monday.";
    lacks(t, "Council Approves New Harbour Park");
    has(t, "New Harbour Park", Place);
    let t = "Residents Welcome Plans For Riverside Library\n\nThe council met on Monday.";
    lacks(t, "Residents Welcome Plans For Riverside Library");
    lacks(t, "Plans For Riverside Library");
    has(t, "Riverside Library", Org);
    // A verb-shaped word inside a name in running text is no cut.
    has("Shares in Bank Of America fell.", "Bank Of America", Org);
}
#[test]
fn british_parties_by_their_short_names_are_organisations() {
    let t = "The Conservatives lost three seats, Labour gained two and the Greens held on.";
    has(t, "Conservatives", Org);
    has(t, "Labour", Org);
    has(t, "Greens", Org);
    has("The Tories said they would appeal.", "Tories", Org);
}

#[test]
fn a_venue_is_a_place_and_a_garden_ends_it() {
    let t = "She sang at Madison Square Garden, and the final is at Wembley Stadium.";
    has(t, "Madison Square Garden", Place);
    has(t, "Wembley Stadium", Place);
}

#[test]
fn a_listed_brand_with_a_lower_case_initial_is_an_organisation() {
    let t = "Fares on easyJet rose again, and sellers on eBay complained.";
    has(t, "easyJet", Org);
    has(t, "eBay", Org);
    // Not a word the lists do not hold.
    lacks("The iFoo gadget sold well.", "iFoo");
}

#[test]
fn a_listed_name_in_capitals_takes_the_model_s_longer_name() {
    let t = "ANN MARSH SAID THE PLAN WAS FLAWED.\n\nThe council met on Monday.";
    lacks(t, "ANN");
}

#[test]
fn a_name_in_a_line_set_in_capitals_is_typed_by_the_lists() {
    let t = "PETER OKAFOR WINS SEAT IN DERBY\n\nThe count ended at dawn.";
    has(t, "PETER OKAFOR", Person);
    let t = "ANN MARSH SAID THE PLAN WAS FLAWED.\n\nThe council met on Monday.";
    has(t, "ANN MARSH", Person);
    // Two common words are no name, and a place after a given name is no surname.
    lacks(
        "WILL POWER SAVE THE CLUB?\n\nThe vote is on Monday.",
        "WILL POWER",
    );
    lacks(
        "JOHN AND MARY VISIT PARIS\n\nThey flew on Monday.",
        "MARY VISIT",
    );
    lacks(
        "ON BEHALF OF THE APPELLANTS\n\nThe court sat.",
        "THE APPELLANTS",
    );
}

#[test]
fn a_nationality_noun_is_a_group_not_a_person() {
    let t = "\"It was a hard game,\" said the Welshman, who joined in May. Coach Ana Pires praised \
             the Frenchman, the Dutchwoman finished third and the Scot told reporters he was tired.";
    for n in ["Welshman", "Frenchman", "Dutchwoman", "Scot"] {
        has(t, n, Norp);
    }
    // A given name that is also a nationality's singular names a person when no article precedes.
    let t = "Scot Reddin said the club would appeal.";
    lacks(t, "Scot");
}

#[test]
fn a_broadcaster_s_station_is_one_organisation() {
    let t = "Mara Quill told BBC Radio Kent that the ferry would not sail. She repeated it on BBC \
             Radio 4 later.";
    has(t, "BBC Radio Kent", Org);
    lacks(t, "Kent");
    has(t, "BBC Radio 4", Org);
    lacks(t, "4");
}

#[test]
fn a_listed_body_joined_by_and_is_one_name() {
    let t = "Brindle Corp. disclosed the loss in a filing with the Securities and Exchange \
             Commission on Tuesday.";
    has(t, "Securities and Exchange Commission", Org);
    lacks(t, "Exchange Commission");
}

#[test]
fn a_title_alone_is_no_person() {
    let t = "The Shadow Chancellor said taxes would rise next spring.";
    lacks(t, "Shadow Chancellor");
    // A name after the title is still a person.
    has(
        "Shadow Chancellor Maribel Quenby said taxes would rise.",
        "Maribel Quenby",
        Person,
    );
}

#[test]
fn a_common_word_that_opens_an_organisation_s_name_is_no_organisation_alone() {
    let t = "She joined the Creative Writers Guild of Dunmore in 2004. Her Creative work there \
             won praise, and the Guild paid for a second book.";
    has(t, "Creative Writers Guild of Dunmore", Org);
    lacks(t, "Creative");
}

// Mutation tests (issue 15, round 33) -----------------------------------------------------------

/// (text, type) of the mentions the rules alone find in `text` (before the entity tagger).
fn by_rules(text: &str) -> Vec<(String, EntityType)> {
    let mut segments = segment(text);
    crate::pos::tag(text, &mut segments);
    super::find_by_rules(text, &segments)
        .mentions
        .iter()
        .map(|(m, _)| (m.span.text(text).to_string(), m.kind))
        .collect()
}

#[test]
fn a_capitalised_stock_inside_a_name_is_no_market_noun() {
    // "the Dunmore Stock Exchange": a capitalised "Stock" inside a sentence is a word of the
    // name, so "Dunmore" alone is no company.
    lacks_org("Traders at the Dunmore Stock Exchange cheered.", "Dunmore");
}

#[test]
fn a_name_with_shares_at_the_end_of_a_line_is_a_company() {
    // "shares" ends the headline: the next paragraph's "The" is no object of "shares".
    typed(
        "Vendrix shares\n\nThe index closed higher on Friday.",
        &["Vendrix"],
        Org,
    );
    typed("Traders sold Vendrix shares", &["Vendrix"], Org);
}

#[test]
fn a_title_before_a_name_after_shares_of_keeps_the_person() {
    let text = "He inherited the shares of Senator Ilse Brandt.";
    lacks_org(text, "Senator Ilse Brandt");
    has_titled(text, "Ilse Brandt", "Senator");
}

#[test]
fn a_name_that_only_begins_a_lexicon_entry_takes_its_shares() {
    // "Goldman" begins the lexicon's "Goldman Sachs" but is no place or person of its own.
    let f = by_rules("Goldman shares rose.");
    assert!(f.contains(&("Goldman".to_string(), Org)), "{f:?}");
}

#[test]
fn a_stake_in_a_name_at_the_end_of_the_text_is_a_company() {
    // No full stop after the name: the check for a possessive "'s" stops at the last token.
    typed("Traders sold their stake in Vendrix", &["Vendrix"], Org);
}

#[test]
fn a_constituency_at_the_end_of_a_line_stops_there() {
    // "and" ends the text or its line: the capitalised word after it belongs to no constituency.
    typed("Votes went to the MP for Leith and", &["Leith"], Place);
    // The word after the paragraph break is a mention of its own (no list knows "Portree"; the
    // tagger types it from its verb alone, a near tie between a person and a place).
    let text = "Votes went to the Labour MP for Leith and\n\nPortree voted too.";
    typed(text, &["Leith"], Place);
    assert!(
        found(text).iter().any(|(t, _, _)| t == "Portree"),
        "{:?}",
        found(text)
    );
}

/// A given name and an organisation noun that no surname list holds, next to a verb of speech:
/// a speaker, a person; with a third word or a non-name first word, a company.
#[test]
fn a_given_name_and_an_organisation_noun_that_speaks_is_a_person() {
    has(
        "Margaret Bank said the plan was sound.",
        "Margaret Bank",
        Person,
    );
    has("\"It is sound,\" said Oliver Bank.", "Oliver Bank", Person);
    has(
        "Oliver Bank Holdings said profits rose.",
        "Oliver Bank Holdings",
        Org,
    );
    has("Tata Steel said profits rose.", "Tata Steel", Org);
}

/// "Centre of …" with a field after it is an institute, unlike "Museum of Flight".
#[test]
fn a_centre_of_a_field_is_an_organisation() {
    has(
        "She went to the Centre of Rural Law in Harlow.",
        "Centre of Rural Law",
        Org,
    );
    has(
        "He runs the Harlow Center of Marine Studies.",
        "Harlow Center of Marine Studies",
        Org,
    );
    has(
        "They met at the Museum of Flight.",
        "Museum of Flight",
        Place,
    );
}

/// A centre for research or policy is an institute; an arts centre stays a place.
#[test]
fn a_research_centre_is_an_organisation() {
    has(
        "The Ocean Research Center said so.",
        "Ocean Research Center",
        Org,
    );
    has(
        "We met at the Harlow Arts Centre.",
        "Harlow Arts Centre",
        Place,
    );
}

/// A political action committee: "PAC" ends an organisation's name.
#[test]
fn a_political_action_committee_is_an_organisation() {
    has(
        "The Harlow Promise PAC spent millions.",
        "Harlow Promise PAC",
        Org,
    );
}

/// A hotel or lodge is the building, a place; a reserve is land only after a word of nature.
#[test]
fn hotels_lodges_and_nature_reserves_are_places() {
    has(
        "Guests at the Grand Harbour Hotel were evacuated.",
        "Grand Harbour Hotel",
        Place,
    );
    has(
        "Walkers reached the Kowhai Scenic Reserve at noon.",
        "Kowhai Scenic Reserve",
        Place,
    );
    has(
        "We stayed at the Tarn Nature Reserve and the Brae Lodge.",
        "Tarn Nature Reserve",
        Place,
    );
    has(
        "We stayed at the Tarn Nature Reserve and the Brae Lodge.",
        "Brae Lodge",
        Place,
    );
    has("The Federal Reserve raised rates.", "Federal Reserve", Org);
    let f = found("He joined the Harlow Army Reserve in May.");
    assert!(
        !f.iter()
            .any(|(t, k, _)| t.ends_with("Reserve") && *k == Place),
        "a military reserve is no place: {f:?}"
    );
}

/// A lone word no list knows is a place after "in", "near", "via" or "the mayor of".
#[test]
fn a_lone_unknown_word_after_in_or_mayor_of_is_a_place() {
    has(
        "He launched his campaign in Wellingborough on Monday.",
        "Wellingborough",
        Place,
    );
    has(
        "The mayor of Tromsø said the roads were closed.",
        "Tromsø",
        Place,
    );
    has(
        "The ferry sails via Kvarnholm twice a day.",
        "Kvarnholm",
        Place,
    );
    // A possessive or a longer name is not read by this pattern.
    let f = found("She trusted in Halvorsen's judgement.");
    assert!(
        !f.iter().any(|(t, k, _)| t == "Halvorsen" && *k == Place),
        "{f:?}"
    );
    // Nor a citation or a case: two names joined by "and" or "versus"; nor a compound adjective
    // or a numbered name.
    let f = found("Fighting resumed in Kurdish-controlled areas on Monday.");
    assert!(!f.iter().any(|(_, k, _)| *k == Place), "{f:?}");
    for text in [
        "The rebels of the group in Quarrington 7 met on Monday.",
        "The finding was reported in Quarrington and Mellis last year.",
        "The court relied on the ruling in Quarrington versus Mellis last year.",
    ] {
        let f = found(text);
        assert!(
            !f.iter().any(|(t, k, _)| t == "Quarrington" && *k == Place),
            "{f:?}"
        );
    }
}

/// A saint's name of one word is a place ("St. Helens", "Saint Vincent") unless it is a given
/// name away from a preposition of place ("St. Nicholas" the saint).
#[test]
fn a_saints_name_is_a_place_unless_a_given_name() {
    has("Fans in St. Helens cheered on Sunday.", "St. Helens", Place);
    has("St Albans won the cup on Sunday.", "St Albans", Place);
    has(
        "The minister flew to Saint Vincent last week.",
        "Saint Vincent",
        Place,
    );
    let f = found("Children wrote letters about St. Nicholas every year.");
    assert!(
        !f.iter()
            .any(|(t, k, _)| t.contains("Nicholas") && *k == Place),
        "{f:?}"
    );
    has(
        "Doctors at St. Mary's Hospital said the patient was stable.",
        "St. Mary's Hospital",
        Org,
    );
}

/// "Air" and a name that is no common word is an airline; "Air Force" and "Air Quality" are not.
#[test]
fn air_and_a_name_is_an_airline() {
    has(
        "She flew with Air Tasmara to the islands.",
        "Air Tasmara",
        Org,
    );
    let f = found("Critics mocked the plane as Air Margaret Velde last year.");
    assert!(
        !f.iter().any(|(t, k, _)| t.starts_with("Air") && *k == Org),
        "{f:?}"
    );
    let f = found("Officials said the Air Quality Index rose in Harlow.");
    assert!(
        !f.iter().any(|(t, k, _)| t.starts_with("Air") && *k == Org),
        "{f:?}"
    );
}

/// A squad role opening the text (a caption written in lower case) has no name before it: the
/// player is found and nothing is read before the text's first word.
#[test]
fn a_squad_role_opening_the_text_has_no_club_before_it() {
    let text = "striker Tom Vale scored twice on Sunday.";
    has(text, "Tom Vale", Person);
    assert!(
        !found(text).iter().any(|(_, k, _)| *k == Org),
        "{:?}",
        found(text)
    );
}

/// Only a squad role between a name and a player makes the name a club: a lower-case word that
/// is no role ("with") leaves the place a place, also in a sentence that holds a role elsewhere.
#[test]
fn a_place_before_a_word_that_is_no_squad_role_is_no_club() {
    let text = "The striker visited Leeds with Ann Holt.";
    has(text, "Leeds", Place);
    lacks_typed(text, "Leeds", Org);
    has(text, "Ann Holt", Person);
}

/// A capitalised squad word inside a unit's title ("Drug Squad Detective") is no role after a
/// club: the word before it stays no organisation.
#[test]
fn a_capitalised_squad_word_in_a_title_makes_no_club() {
    let text = "Drug Squad Detective Ann Holt said two men were held.";
    lacks_typed(text, "Drug", Org);
    has(text, "Ann Holt", Person);
}

/// "St." after a capitalised word or a number is a street's or a surname's, no saint's place.
#[test]
fn a_street_abbreviation_before_a_capitalised_word_is_no_place() {
    let t = "The fire was at 12 Elm St. Police said two people were hurt.";
    lacks_typed(t, "St. Police", Place);
    // A saint's town after a preposition stays a place.
    has(
        "She grew up in St. Helens and moved away.",
        "St. Helens",
        Place,
    );
}

fn lacks_typed(text: &str, name: &str, kind: EntityType) {
    let f = found(text);
    assert!(
        !f.iter().any(|(t, k, _)| t == name && *k == kind),
        "{name:?} as {kind:?} in {f:?}"
    );
}

#[test]
fn a_forum_a_consortium_and_a_caucus_end_organisation_names() {
    let t = "The Highland Rail Forum said fares were too high. Kenny Reid of the Islands \
             Transport Forum agreed, as did the Northern Energy Consortium and the Rural Caucus.";
    for org in [
        "Highland Rail Forum",
        "Islands Transport Forum",
        "Northern Energy Consortium",
        "Rural Caucus",
    ] {
        has(t, org, EntityType::Org);
    }
}

/// Two unknown words where someone is ("fishermen in Torvane Mellick", "the village of Quenby
/// Dask") are a place; a possessive after them, or a given name first, leaves a person.
#[test]
fn a_person_shaped_name_after_in_or_village_of_is_a_place() {
    has(
        "Fishermen in Torvane Mellick said the storm had flattened their boats.",
        "Torvane Mellick",
        Place,
    );
    has(
        "Rescuers reached the village of Quenby Dask late on Monday.",
        "Quenby Dask",
        Place,
    );
    lacks_typed(
        "She starred in Torvane Mellick's first film in 2004.",
        "Torvane Mellick",
        Place,
    );
    has(
        "The role went to an actor in Marta Olsen's company.",
        "Marta Olsen",
        Person,
    );
    has(
        "Torvane Mellick said the boats were lost.",
        "Torvane Mellick",
        Person,
    );
}

/// A landform's or settlement's noun in another language opens a place's name even with no
/// preposition before it ("Anse Corvelle", "Pointe Varenne", "Basse Quillac").
#[test]
fn a_foreign_place_noun_opens_a_place_not_a_person() {
    for (text, name) in [
        ("Anse Corvelle was flooded on Tuesday.", "Anse Corvelle"),
        (
            "The ferry from Pointe Varenne was cancelled.",
            "Pointe Varenne",
        ),
        ("Basse Quillac and its harbour lost power.", "Basse Quillac"),
        ("Shelling hit Beit Lahoum overnight.", "Beit Lahoum"),
    ] {
        has(text, name, Place);
        lacks_typed(text, name, Person);
    }
}

/// A sentence's first word that is a common plural noun ("Rescuers", "Steelworkers'") is no
/// name, before a speech verb or a possessive either; a surname before "said" still is.
#[test]
fn a_plural_common_noun_opening_a_sentence_is_no_name() {
    for text in [
        "Rescuers reached the flooded village late on Monday.",
        "Steelworkers' leaders in Sheffield said the closure was a betrayal.",
        "Firefighters in Sheffield worked through the night. Firefighters said the blaze was out.",
    ] {
        let f = found(text);
        assert!(
            !f.iter()
                .any(|(t, k, _)| matches!(*k, Person | Org | Place) && !t.contains("Sheffield")),
            "{f:?}"
        );
    }
    has("Halvorsen said the plant would close.", "Halvorsen", Person);
}

/// A US state and "State" is a university ("Ohio State", "Penn State"), an organisation, and a
/// state joined to it by "and" is one too; "New York State" and "Washington State" stay places.
#[test]
fn a_state_and_state_is_a_university() {
    has(
        "She was recruited by Ohio State and Alabama.",
        "Ohio State",
        Org,
    );
    has(
        "She was recruited by Ohio State and Alabama.",
        "Alabama",
        Org,
    );
    has("He coached at Penn State for a decade.", "Penn State", Org);
    has(
        "New York State said the law would change.",
        "New York State",
        Place,
    );
    lacks_typed(
        "Fires burned across Washington State on Monday.",
        "Washington State",
        Org,
    );
}

/// A landform noun ending an unknown two-word name ("Quenby Vale", "Torvane Heath") makes it a
/// place, but a given name first still leaves a person ("Holly Dale", "Ann Heath").
#[test]
fn a_vale_dale_heath_or_moor_ends_a_place_name() {
    has(
        "Residents of Quenby Vale complained about the noise on Tuesday.",
        "Quenby Vale",
        Place,
    );
    has(
        "Walkers crossed Torvane Heath before the storm broke.",
        "Torvane Heath",
        Place,
    );
    has(
        "Ann Heath, the council leader, said the plan was sound.",
        "Ann Heath",
        Person,
    );
}

/// A name no list knows between "a" and "spokeswoman" is a body ("A Quillsoft spokeswoman"); a
/// group the lexicon knows keeps its reading.
#[test]
fn a_name_before_spokeswoman_is_an_organisation() {
    has(
        "A Quillsoft spokeswoman declined to comment on the report.",
        "Quillsoft",
        Org,
    );
    has(
        "The deal was signed on Monday, an Orvanta spokesman said.",
        "Orvanta",
        Org,
    );
    let t = "A Liberal Democrat spokesman said it was a good night.";
    has(t, "Liberal Democrat", Norp);
    // A name used before takes the type, and its earlier mention with it.
    let t = "The company's largest rival, Quillsoft, announced a new product. A Quillsoft \
             spokeswoman declined to comment.";
    assert!(
        found(t)
            .iter()
            .filter(|(n, k, _)| n == "Quillsoft" && *k == Org)
            .count()
            == 2,
        "{:?}",
        found(t)
    );
    // A surname is a person's spokesman.
    lacks_typed(
        "Ann Marsh won the seat. A Marsh spokesman said she was delighted.",
        "Marsh",
        Org,
    );
}

#[test]
fn a_name_set_off_before_a_settlement_noun_is_a_place() {
    typed(
        "Kettleby, a fishing town of 4,000 people, depends on the harbour.",
        &["Kettleby"],
        Place,
    );
    typed(
        "Flights leave from Dunmarra, a port on the west coast.",
        &["Dunmarra"],
        Place,
    );
    // The noun must end its phrase: a councillor of a town is a person.
    has(
        "Tom Reed, a town councillor, said the plan was sound.",
        "Tom Reed",
        Person,
    );
}

#[test]
fn a_name_set_off_after_a_companys_relation_is_an_organisation() {
    typed(
        "The company's largest rival, Quillsoft, said it would appeal.",
        &["Quillsoft"],
        Org,
    );
    typed(
        "Its parent, Varnholt, declined to comment.",
        &["Varnholt"],
        Org,
    );
    // A person's name keeps its reading, as does a relation a company does not own.
    has(
        "The charity's partner, Anna Kovacs, said the money was spent.",
        "Anna Kovacs",
        Person,
    );
    lacks_org("His rival, Brenmore, said little.", "Brenmore");
}

#[test]
fn a_name_takes_the_type_its_surest_mention_gives_it() {
    // A club by its result, then by "Town" alone; a town by its apposition, then as the first
    // word of a trust's name.
    let t = "Millbrook Town beat Ashcombe Rovers 2-1 on Saturday. The win lifts Millbrook Town \
             to third place.\n\nThe Kettleby Harbour Trust said the port would reopen. \
             Kettleby, a fishing town, depends on the harbour. Residents of Kettleby have waited.";
    let f = found(t);
    for (name, kind) in [("Millbrook Town", Org), ("Kettleby", Place)] {
        let kinds: Vec<EntityType> = f
            .iter()
            .filter(|(n, _, _)| n == name)
            .map(|(_, k, _)| *k)
            .collect();
        assert!(kinds.len() >= 2, "{name:?} in {f:?}");
        assert!(
            kinds.iter().all(|&k| k == kind),
            "{name:?} as {kind:?} in {f:?}"
        );
    }
    // Two sure readings of one name: each mention keeps its own.
    let t = "President Hallam visited Hallam, a city in the north.";
    has(t, "Hallam", Person);
    has(t, "Hallam", Place);
}

#[test]
fn a_sure_type_is_carried_to_weaker_mentions_of_the_same_name() {
    use super::tagger::combine::{sure_reading, KEPT_TYPE, OPEN_TYPE, SURE_TYPE};
    use crate::analysis::Mention;
    use crate::span::Span;
    let text = "Vale Vale Vale Vale";
    let m = |a: usize, k: EntityType| Mention::new(Span::new(a, a + 4), k);
    let kinds = |out: &[Mention]| out.iter().map(|m| m.kind).collect::<Vec<_>>();
    // Read by word (word 0) or, as longer names are, by text.
    for words in [[0, 0, 0, 0], [u32::MAX; 4]] {
        let run = |out: &mut Vec<Mention>, strength: &[u8]| {
            sure_reading(text, 1, out, strength, &words[..strength.len()]);
        };
        // An organisation carried to a kept, an open and a model mention.
        let mut out = vec![m(0, Org), m(5, Place), m(10, Place), m(15, Person)];
        run(&mut out, &[SURE_TYPE, KEPT_TYPE, OPEN_TYPE, 0]);
        assert_eq!(kinds(&out), [Org, Org, Org, Org]);
        // A person only to the model's own mentions.
        let mut out = vec![m(0, Person), m(5, Place), m(10, Place), m(15, Org)];
        run(&mut out, &[SURE_TYPE, KEPT_TYPE, OPEN_TYPE, 0]);
        assert_eq!(kinds(&out), [Person, Place, Place, Person]);
        // Two sure types: nothing moves; no sure mention: nothing moves.
        let mut out = vec![m(0, Person), m(5, Place), m(10, Org)];
        run(&mut out, &[SURE_TYPE, SURE_TYPE, 0]);
        assert_eq!(kinds(&out), [Person, Place, Org]);
        let mut out = vec![m(0, Org), m(5, Place)];
        run(&mut out, &[KEPT_TYPE, 0]);
        assert_eq!(kinds(&out), [Org, Place]);
    }
    // Another word is another name.
    let mut out = vec![m(0, Org), m(5, Place)];
    sure_reading(text, 2, &mut out, &[SURE_TYPE, 0], &[0, 1]);
    assert_eq!(kinds(&out), [Org, Place]);
}

#[test]
fn a_word_of_a_persons_name_after_in_is_no_place() {
    let t = "The ruling was written by Justice Antonin Scalia. The reasoning in Scalia was later \
             narrowed.";
    let f = found(t);
    assert!(
        !f.iter().any(|(n, k, _)| n == "Scalia" && *k == Place),
        "Scalia a place in {f:?}"
    );
    // A word no name of the text holds is still a place.
    has(
        "Justice Antonin Scalia spoke. He grew up in Trenholm before the war.",
        "Trenholm",
        Place,
    );
}

#[test]
fn a_seller_after_bought_from_and_an_investment_after_invested_in_are_companies() {
    has(
        "The utility bought gas from Equinor last year.",
        "Equinor",
        Org,
    );
    has(
        "The pension fund invested in Vanguard funds, officials said.",
        "Vanguard",
        Org,
    );
    // A place the lexicon knows keeps its reading, and "imported from" names no seller.
    has(
        "The utility bought gas from Norway last year.",
        "Norway",
        Place,
    );
    lacks_typed(
        "Most of the grain was imported from Tarvell last year.",
        "Tarvell",
        Org,
    );
    // A legal form keeps its period.
    has(
        "He listed investments in Corvale Corp. and two funds.",
        "Corvale Corp.",
        Org,
    );
    // Without a word of buying, the rules leave the name after "from" to the tagger.
    let r = by_rules("She drove in from Tarvell on Monday.");
    assert!(!r.iter().any(|(n, _)| n == "Tarvell"), "{r:?}");
}

#[test]
fn a_name_whose_chief_executive_or_profit_is_named_is_a_company() {
    has(
        "Raac's chief executive, Dana Kell, said the firm would recover.",
        "Raac",
        Org,
    );
    has("Trimora's profit rose 12 percent.", "Trimora", Org);
    // A person's or a country's possessive is no company's.
    has(
        "Dana Kell's chief executive role ended.",
        "Dana Kell",
        Person,
    );
    lacks_typed("Norway's revenue from oil rose.", "Norway", Org);
    // Another noun after the possessive gives the rules nothing.
    let r = by_rules("Trimora's garden was flooded.");
    assert!(!r.iter().any(|(n, _)| n == "Trimora"), "{r:?}");
}

#[test]
fn a_kind_of_company_before_a_name_ending_in_a_company_word_is_no_person() {
    has(
        "Retailer Harlow Stores said on Tuesday that sales fell.",
        "Harlow Stores",
        Org,
    );
    has(
        "The retailer Harlow Stores said on Tuesday that sales fell.",
        "Harlow Stores",
        Org,
    );
    // A person after a trade noun that is also a job stays a person.
    lacks_typed(
        "Broadcaster David Attenborough said the film was finished.",
        "David Attenborough",
        Org,
    );
}

#[test]
fn a_kind_of_company_opening_a_title_case_headline_names_a_company_up_to_its_verb() {
    has(
        "Drugmaker Novo Cuts Prices of Weight-Loss Drugs",
        "Novo",
        Org,
    );
    has("Chipmaker Vantra Posts Record Sales", "Vantra", Org);
    // In running text the whole name stays.
    has(
        "Insurer Calloway Mutual reported a loss.",
        "Calloway Mutual",
        Org,
    );
}

#[test]
fn an_organisations_for_tail_takes_in_the_and_more_capitalised_words() {
    has(
        "The Center for Science in the Public Interest said the labels were misleading.",
        "Center for Science in the Public Interest",
        Org,
    );
    // A body or place by its noun after "in the" is not part of the name.
    lacks(
        "She filed the College for All Act in the House last year.",
        "College for All Act in the House",
    );
    // A listed place after "in the" is not part of the name.
    lacks(
        "The Institute for Fiscal Studies in the United States opened an office.",
        "Institute for Fiscal Studies in the United States",
    );
}

#[test]
fn a_club_named_after_its_town_is_a_club_by_its_fans_players_or_staff() {
    has(
        "He scored for Plymouth Argyle in 2019.",
        "Plymouth Argyle",
        Org,
    );
    has("Ashby Town fans protested on Saturday.", "Ashby Town", Org);
    has(
        "The manager of Ashby Town said they would appeal.",
        "Ashby Town",
        Org,
    );
    has(
        "He signed for Kettering Town last year.",
        "Kettering Town",
        Org,
    );
    // Where people live, it stays a place.
    lacks_typed(
        "Residents of Ashby Town complained about the noise.",
        "Ashby Town",
        Org,
    );
}

#[test]
fn a_clubs_own_word_alone_names_the_club_named_before() {
    let t = "Bristol Rovers lost 2-0 on Saturday. Rovers had lost their previous three games.";
    let f = found(t);
    assert!(
        f.iter()
            .filter(|(n, k, _)| n == "Rovers" && *k == Org)
            .count()
            == 1,
        "Rovers not a club in {f:?}"
    );
    has(
        "Plymouth Argyle signed a striker. Argyle paid 2 million pounds.",
        "Argyle",
        Org,
    );
    // Before the club is named, the word alone is left to the rest.
    lacks_typed("Argyle paid 2 million pounds.", "Argyle", Org);
}

#[test]
fn an_unknown_name_that_said_it_would_act_is_a_body() {
    has("Brenco said it would hire 200 workers.", "Brenco", Org);
    has(
        "Profits fell. Raac said it will close two plants in May.",
        "Raac",
        Org,
    );
    // An empty "it" leaves a person a person, and a known name keeps its reading.
    lacks_typed("Kowalczyk said it would be difficult.", "Kowalczyk", Org);
    lacks_typed("Smith said it would hire 200 workers.", "Smith", Org);
    lacks_typed("Dana Kell said it would hire 200 workers.", "Kell", Org);
}

#[test]
fn a_given_name_and_a_place_noun_after_a_role_is_a_person() {
    has(
        "Kestrel Rovers signed striker Dan Moor on Friday.",
        "Dan Moor",
        Person,
    );
    // Without the role it stays a place.
    has(
        "The walkers crossed Kettle Moor on Friday.",
        "Kettle Moor",
        Place,
    );
}

/// Two names joined by "&" are one firm: "Pacific Gas & Electric" split into "Pacific Gas" and a
/// person "Electric"; a name ending in an abbreviation keeps its period.
#[test]
fn names_joined_by_an_ampersand_are_one_firm() {
    has(
        "Marlow Gas & Electric said it was cooperating with investigators.",
        "Marlow Gas & Electric",
        Org,
    );
    has("Shares in Holt & Pike rose on Monday.", "Holt & Pike", Org);
    has(
        "Wesson & Vale Brands Inc. said nothing.",
        "Wesson & Vale Brands Inc.",
        Org,
    );
    // A citation's authors are people, no firm.
    lacks_typed(
        "Play helps (Marsh & Ivers 2014), as others found (Holt & Pike, 2010).",
        "Marsh & Ivers",
        Org,
    );
    lacks_typed("Others agree (Holt & Pike, 2010).", "Holt & Pike", Org);
    // Nor are authors who own a study, or streets that meet.
    lacks_typed(
        "In Marsh & Ivers's study, the birds were kept apart.",
        "Marsh & Ivers",
        Org,
    );
    lacks_typed(
        "The cafe at the corner of Elm & Main has closed.",
        "Elm & Main",
        Org,
    );
    // A firm's own possessive is no citation.
    has("Holt & Pike's profits rose.", "Holt & Pike", Org);
}

/// "a group Barack Obama won by 2 points": a well-known person the lexicon knows only as a
/// whole name is no company after "a group".
#[test]
fn a_listed_person_after_an_organisation_noun_stays_a_person() {
    has(
        "Older voters, a group Barack Obama won by 2 points, are wary.",
        "Barack Obama",
        Person,
    );
}

/// "Analysts at Harcourt Jensen said": the employer of analysts is a firm, though its words
/// read as a person's; a known city stays a place.
#[test]
fn the_employer_of_analysts_is_a_firm() {
    has(
        "Analysts at Harcourt Jensen said the warning was a shock.",
        "Harcourt Jensen",
        Org,
    );
    has("Economists at Quellbrook expect a cut.", "Quellbrook", Org);
    has("Analysts at Chicago banks were wary.", "Chicago", Place);
}

/// "told Radio Tynedale", "told the Daily Ledger": a station after "Radio" and a paper after
/// "the Daily" are organisations.
#[test]
fn stations_and_daily_papers_are_organisations() {
    has(
        "\"We dominated,\" Keane told Radio Tynedale on Sunday.",
        "Radio Tynedale",
        Org,
    );
    has(
        "Mara Ellison told the Daily Ledger that demand had slowed.",
        "Daily Ledger",
        Org,
    );
}

/// "Ember, the energy think tank, found": a think tank in apposition is an organisation; the
/// tail of a longer name before the comma is not cut off as one ("the Center for Security
/// Policy, a think tank,").
#[test]
fn a_think_tank_in_apposition_is_an_organisation() {
    has(
        "A report by Ember, the energy think tank, found that coal use fell.",
        "Ember",
        Org,
    );
    lacks(
        "The poll was run by the Center for Grain Policy, a think tank in Ohio.",
        "Grain Policy",
    );
}

/// "The Kettleby Hawks lost to the Marlow Owls": a team's plural nickname after "the" ends a
/// club's name; a person of that surname stays a person, and a nationality is no club.
#[test]
fn a_team_nickname_ends_a_club() {
    let t = "The Kettleby Hawks lost to the Marlow Owls on Friday.";
    has(t, "Kettleby Hawks", Org);
    has(t, "Marlow Owls", Org);
    has(
        "Tony Hawks said he had enjoyed the show.",
        "Tony Hawks",
        Person,
    );
    lacks_typed(
        "Somali Pirates Seize Another Cargo Ship",
        "Somali Pirates",
        Org,
    );
}

/// "Harlow Town are fourth": a club's name ending in "Town" with "are" after it is the club.
#[test]
fn a_town_club_with_are_is_a_club() {
    has(
        "Harlow Town are fourth after a 2-0 win.",
        "Harlow Town",
        Org,
    );
    lacks_typed("Cape Town is a port.", "Cape Town", Org);
    // Two places joined by "and" take the plural verb together.
    lacks_typed(
        "Leeds and Philadelphia are preparing for the summit.",
        "Philadelphia",
        Org,
    );
}

/// "Weight-Loss" in a headline is a compound of common words, no name; a hyphened surname
/// stays a name.
#[test]
fn a_compound_of_common_words_is_no_person() {
    lacks(
        "Harlow Town Slump Deepens as Weight-Loss Drug Makers Eye Expansion",
        "Weight-Loss",
    );
    has(
        "The fund was set up by Anna Smith-Jones in 2010.",
        "Anna Smith-Jones",
        Person,
    );
}

/// "data from Refinitiv", "figures compiled by Kpler": the provider of data is a firm, not the
/// place a lone name after "from" reads as; a known place stays one.
#[test]
fn a_provider_of_data_is_an_organisation() {
    has(
        "According to data from Travinor, shares fell 12 percent.",
        "Travinor",
        Org,
    );
    has(
        "Exports rose, figures compiled by Quellix showed.",
        "Quellix",
        Org,
    );
    has("Figures from Spain showed a fall.", "Spain", Place);
}

/// "A spokesman for the union, Dev Patel, said": the name set off after "for the union" is the
/// spokesman, a person; "The union, Harlow Steel," still names the body.
#[test]
fn a_name_after_a_spokesmans_body_is_the_spokesman() {
    has(
        "A spokesman for the union, Dev Patel, said members would strike.",
        "Dev Patel",
        Person,
    );
    has(
        "A spokeswoman for the bank, Maria Lopez, declined to comment.",
        "Maria Lopez",
        Person,
    );
    has(
        "The company, Harlow Steel, said it would close the plant.",
        "Harlow Steel",
        Org,
    );
}

/// "People in Ashby said": a surname-shaped name after a plural noun and "in", before a finite
/// verb, is where those people are; trust in a person stays with the person.
#[test]
fn people_in_a_town_are_in_a_place() {
    has(
        "The vote was close. People in Ashby said they had not been consulted.",
        "Ashby",
        Place,
    );
    lacks_typed(
        "The vote was close. Her confidence in Ashby has grown, Tom Reed said.",
        "Ashby",
        Place,
    );
}

/// "1.8 degrees Celsius": a temperature scale after "degrees" is a unit, no name.
#[test]
fn a_temperature_scale_is_no_name() {
    let t = "Temperatures have risen by 1.8 degrees Celsius, or 3.2 degrees Fahrenheit.";
    lacks(t, "Celsius");
    lacks(t, "Fahrenheit");
}

/// "A late goal lifts Harlow to fourth": a name lifted to a place in the table is a club; a
/// driver lifted to fourth after a lap names no goal or table and is left to the other rules.
#[test]
fn a_name_lifted_up_the_table_is_a_club() {
    has(
        "A late goal lifts Harlow to fourth in the table.",
        "Harlow",
        Org,
    );
    has(
        "Victory sent Marlow Rovers to the top of the table.",
        "Marlow Rovers",
        Org,
    );
    lacks_typed(
        "A fast final lap lifted Harlow to fourth in the race.",
        "Harlow",
        Org,
    );
}

/// Agencies and divisions the lists name: "Cal Fire said" is no person "Cal"; "League Two" no
/// place "League".
#[test]
fn listed_agencies_and_divisions_are_organisations() {
    has(
        "Cal Fire said the blaze had burned 4,000 acres.",
        "Cal Fire",
        Org,
    );
    has(
        "The club were promoted to League One after a season in League Two.",
        "League Two",
        Org,
    );
}

#[test]
fn a_byline_name_in_capitals_is_not_part_of_its_agency() {
    let text =
        "By MARIA KESSLER Associated Press\n\nDENVER (AP) — A judge sent the case to the jury.";
    has(text, "MARIA KESSLER", Person);
    has(text, "Associated Press", Org);
    // Not in a byline, the run is read as before.
    has(
        "Staff at NASA Glenn Research Center said the test went well.",
        "NASA Glenn Research Center",
        Org,
    );
}

#[test]
fn a_common_word_before_a_persons_title_is_no_name() {
    // An AP court story: the tagger read "District" of "U.S. District Judge" as a place.
    let text = "Judge sends fraud case to jury\n\
                \n\
                By MARIA KESSLER Associated Press\n\
                \n\
                DENVER (AP) — A federal judge on Thursday sent the fraud case against former Quillon Labs chief executive Darren Pike to the jury after three weeks of testimony.\n\
                \n\
                Prosecutors say Pike lied to investors about the accuracy of the company's blood-testing device, raising more than $400 million.\n\
                \n\
                \"He knew the machines did not work, and he sold them anyway,\" Assistant U.S. Attorney Nadia Brooks told jurors in her closing argument.\n\
                \n\
                Pike's lawyer, Glen Marsh, said his client had been \"a true believer\" who was misled by his own scientists.\n\
                \n\
                \"Darren Pike is not a con man,\" Marsh said. \"He is a man whose dream failed.\"\n\
                \n\
                U.S. District Judge Helen Okafor reminded the jury that the burden of proof lay with the government.\n\
                \n\
                Quillon, which once employed 800 people in Colorado and California, collapsed in 2022. The Securities and Exchange Commission settled civil charges with the company last year.\n\
                \n\
                Pike faces up to 20 years in prison on each count if convicted, according to the Justice Department.";
    let f = found(text);
    assert!(
        f.iter().all(|(t, _, _)| t != "District"),
        "District is part of the title: {f:?}"
    );
    has(text, "Helen Okafor", Person);
}

// Entities on text no list has seen (issue 11) ------------------------------------------------

#[test]
fn an_unknown_name_and_a_business_noun_is_one_company() {
    let t = "Fordham Mobility said on Tuesday it would cut 300 jobs.";
    has(t, "Fordham Mobility", Org);
    lacks(t, "Mobility");
    has(
        "Shares of Harlow Stores fell 4% on Monday.",
        "Harlow Stores",
        Org,
    );
}

#[test]
fn a_name_coordinated_with_an_organisation_is_one_too() {
    let t = "The deal was brokered by Lazard and Rothschild & Co, people familiar with it said.";
    has(t, "Lazard", Org);
    has(t, "Rothschild & Co", Org);
    let t = "The start-up rivals Brantley Systems and Corvane in the market for drones.";
    has(t, "Brantley Systems", Org);
    has(t, "Corvane", Org);
    // The pronoun after "and" is no company.
    let t = "My shows are on Brantley Network and I haven't seen them.";
    assert!(!found(t).iter().any(|(n, _, _)| n == "I"), "{:?}", found(t));
    // A given name stays a person's.
    let t = "Marta and Brantley Systems signed the deal.";
    assert!(!found(t).iter().any(|(n, k, _)| n == "Marta" && *k == Org));
}

#[test]
fn the_other_side_of_a_scored_result_is_a_club() {
    has(
        "Kelby scored late in a 2-2 draw with Ravensby on Saturday.",
        "Ravensby",
        Org,
    );
    has(
        "They sealed a 3-1 win over Dunmere Athletic.",
        "Dunmere Athletic",
        Org,
    );
    has("Ravensby beat Chelsea 2-1 at home.", "Ravensby", Org);
}

#[test]
fn a_city_and_a_plural_nationality_is_a_team() {
    let t = "He pitched for the Indianapolis Indians last year.";
    has(t, "Indianapolis Indians", Org);
    lacks(t, "Indians");
}

#[test]
fn a_school_named_like_a_town_is_an_organisation() {
    has(
        "He was educated at Wexcombe before joining the army.",
        "Wexcombe",
        Org,
    );
    has(
        "He went to Eton and then to university in Leeds.",
        "Eton",
        Org,
    );
    has(
        "She taught at Eton College for a decade.",
        "Eton College",
        Org,
    );
    // Without a word of schooling, going to a place stays a trip.
    assert!(!found("He went to Wexcombe on Sunday.")
        .iter()
        .any(|(n, k, _)| n == "Wexcombe" && *k == Org));
}

#[test]
fn the_today_programme_is_no_date() {
    let t =
        "She told the Today programme that it was wrong. He spoke on the BBC's Today programme.";
    assert!(
        !found(t).iter().any(|(n, k, _)| n == "Today" && *k == Date),
        "{:?}",
        found(t)
    );
    has("Today the minister resigned.", "Today", Date);
}

#[test]
fn a_given_name_before_a_business_noun_stays_a_person() {
    let t = "Margaret Stores said the shop would close.";
    assert!(
        !found(t).iter().any(|(_, k, _)| *k == Org),
        "{:?}",
        found(t)
    );
}

/// "The charity, Harlow Hope, said": a charity is a body like a company, so the name set off by
/// commas after it is that body, though its words read as a person's.
#[test]
fn a_name_set_off_after_the_charity_is_that_body() {
    has(
        "The charity, Harlow Hope, said it would close two shops.",
        "Harlow Hope",
        Org,
    );
}

/// "Dunmore Town is a market town": a name ending in "Town" before a singular verb stays a place
/// (a club needs a result or a plural verb after it).
#[test]
fn a_town_before_a_singular_verb_is_no_club() {
    lacks_typed(
        "Dunmore Town is a market town on the coast of Kerry.",
        "Dunmore Town",
        Org,
    );
}

/// "Kenya were among the first": a country before a plural verb that is no speech stays a place
/// (a country may take a plural verb; a one-word city so is its club).
#[test]
fn a_country_before_a_plural_verb_is_no_club() {
    lacks_typed(
        "Kenya were among the first nations to sign the treaty.",
        "Kenya",
        Org,
    );
}

/// "Mayor Ann Marsh said … the Northeast": a place of common words the tagger finds is kept when
/// the text has a title elsewhere (only a place inside a title, or right before one, is dropped).
#[test]
fn a_place_of_common_words_away_from_a_title_is_kept() {
    has(
        "Mayor Ann Marsh said the storm would reach the Northeast by Friday.",
        "Northeast",
        Place,
    );
}

/// "Col. Tom Vale": a rank's abbreviation keeps its period inside the name's run, so the title
/// stays with the name (found by the stop-39 mutation sample, `names.rs` `run_end`: before, the
/// run stopped at the period and "Libyan leader Col. Tom Vale" gave a person "Col").
#[test]
fn a_colonels_abbreviated_title_stays_with_the_name() {
    for t in [
        "Col. Tom Vale said the base would close.",
        "Libyan leader Col. Tom Vale said the base would close.",
    ] {
        has_titled(t, "Tom Vale", "Col.");
    }
}

// Issue 11, round of helper ent42: venues, results, pollsters, places after "in", quantifiers ---

/// "at Brennan Park": a venue's noun after a preposition of place names the ground, though the
/// words before it read as a person's (a given name and a surname).
#[test]
fn a_venue_after_a_preposition_of_place_is_a_place() {
    for (t, name) in [
        (
            "Supporters queued at Keegan Park before dawn.",
            "Keegan Park",
        ),
        (
            "The derby was moved to the night, in Tessa Field.",
            "Tessa Field",
        ),
        (
            "Rain stopped play at Brandon Ground on Sunday.",
            "Brandon Ground",
        ),
    ] {
        has(t, name, Place);
    }
    // A person's name before a possessive stays a person's ("at Dana Park's request").
    lacks_typed(
        "The match was moved at Dana Park's request.",
        "Dana Park",
        Place,
    );
}

/// "drew 0-0 with Stanway Town": the other side of a result verb and its score is a club, the
/// subject no name.
#[test]
fn the_other_side_after_a_result_verb_and_its_score_is_a_club() {
    for (t, name) in [
        (
            "The side drew 1-1 with Merrow Town on Saturday.",
            "Merrow Town",
        ),
        (
            "Last season they lost 3-0 to Pellingham United.",
            "Pellingham United",
        ),
    ] {
        has(t, name, Org);
    }
    // A score with no result verb before it is no result ("raised 2-1 with Arden" is not sport).
    lacks_typed(
        "The board voted 2-1 with Arden Vale abstaining.",
        "Arden Vale",
        Org,
    );
}

/// "Analysts surveyed by FactSet": whoever surveys or polls analysts or voters is a firm.
#[test]
fn a_pollster_after_surveyed_by_is_an_organisation() {
    has(
        "Economists surveyed by Quantrel had expected a small rise.",
        "Quantrel",
        Org,
    );
    has("Voters polled by Marbury backed the plan.", "Marbury", Org);
    has(
        "Sales fell, according to data from Veltrix.",
        "Veltrix",
        Org,
    );
    // A person's name stays a person's.
    lacks_typed(
        "Voters polled by Anna Harlow backed the plan.",
        "Anna Harlow",
        Org,
    );
}

/// "Councillors in Ashby Vale": a given name and a place's noun after "in" is a place.
#[test]
fn a_given_name_and_a_place_noun_after_in_is_a_place() {
    has(
        "Parents in Kirby Dale opposed the closure of the school.",
        "Kirby Dale",
        Place,
    );
    lacks_typed(
        "Parents in Kirby Dale opposed the closure of the school.",
        "Kirby Dale",
        Person,
    );
    // Not where a name of a person ends in the noun after another preposition.
    has(
        "The award went to Kirby Dale, who thanked her parents.",
        "Kirby Dale",
        Person,
    );
}

/// "Many Velorians left": a sentence's opening quantifier is no given name, and the plural after it
/// no person.
#[test]
fn a_quantifier_opening_a_sentence_is_no_given_name() {
    for (t, plural) in [
        ("Many Tarvonians fled across the border.", "Tarvonians"),
        ("Many Kansans said they would stay home.", "Kansans"),
    ] {
        let f = found(t);
        assert!(
            !f.iter()
                .any(|(n, k, _)| *k == Person && (n.starts_with("Many") || n == plural)),
            "{f:?}"
        );
    }
    // A given name opening a sentence before a surname is still a person.
    has(
        "Will Harlow said the plan was sound.",
        "Will Harlow",
        Person,
    );
}

/// "They lost 2-1 to …": a pronoun opening the sentence is no club, the other side is.
#[test]
fn a_pronoun_before_a_result_is_no_club() {
    let t = "They lost 2-1 to Kelby Rovers on Saturday.";
    let f = found(t);
    assert!(!f.iter().any(|(n, _, _)| n == "They"), "{f:?}");
    has(t, "Kelby Rovers", Org);
}

/// "Okano Devices said", "as the Founding Fathers said": a capitalised plural that is more often
/// written in lower case is no person's name before a speech verb, wherever it stands (before,
/// only a sentence's first word was refused); a name beside it still is one.
#[test]
fn a_common_plural_before_a_speech_verb_is_no_person() {
    for (text, plural) in [
        (
            "Ann Marsh said the firm was rivals with Okano Devices. Okano Devices said it would \
             freeze hiring.",
            "Devices",
        ),
        (
            "Ann Marsh said that, as the Founding Fathers said, liberty needs vigilance.",
            "Fathers",
        ),
    ] {
        has(text, "Ann Marsh", Person);
        let f = found(text);
        assert!(
            !f.iter().any(|(t, k, _)| t == plural && *k == Person),
            "{plural:?} as a person in {f:?}"
        );
    }
}

/// "the Taxpayers' Alliance", "the Farmers' Union": a common plural's possessive mark inside an
/// organisation's name; a name's possessive before a body stays two ("Sanders' Senate bill").
#[test]
fn a_plural_possessive_inside_an_organisations_name() {
    has(
        "But the Taxpayers' Alliance called the scheme a vanity project.",
        "Taxpayers' Alliance",
        Org,
    );
    has(
        "The plan was opposed by the Farmers’ Union on Monday.",
        "Farmers’ Union",
        Org,
    );
    let text = "Ann Marsh backed Sanders' Senate bill on Monday.";
    has(text, "Ann Marsh", Person);
    lacks(text, "Sanders' Senate");
}

// Stop-40 mutation sample (helper mut41): shapes the sampled mutants changed -------------------

/// "Chicago Democrats": after a city, a capitalised plural the lists know as a political group
/// or a job is no team (the nationality rule takes only words the lists know as nothing else).
#[test]
fn a_city_before_a_party_or_a_job_in_the_plural_is_no_team() {
    for (t, name) in [
        (
            "Chicago Democrats backed the plan on Monday.",
            "Chicago Democrats",
        ),
        ("Chicago Teachers marched on Monday.", "Chicago Teachers"),
    ] {
        lacks_typed(t, name, Org);
    }
    has(
        "Chicago Democrats backed the plan on Monday.",
        "Democrats",
        Norp,
    );
}

/// "the Today Show": a capitalised "Show" after a relative day names a programme, opening the
/// sentence or not; the day is no date.
#[test]
fn a_capitalised_show_after_today_is_a_programme_not_a_date() {
    for t in [
        "He appeared on the Today Show last week.",
        "Today Show host Ann Marsh left the network.",
    ] {
        lacks_typed(t, "Today", Date);
    }
}

/// "HARLOW Stores": a business noun after a name in capitals ends a company's name, as after one
/// in lower case.
#[test]
fn a_business_noun_after_a_name_in_capitals_is_a_company() {
    has(
        "Shares of HARLOW Stores fell 4% on Monday.",
        "HARLOW Stores",
        Org,
    );
}

/// "enrolled at Wexcombe": a school, as after "educated at" or "studied at".
#[test]
fn a_name_someone_enrolled_at_is_a_school() {
    has("She enrolled at Wexcombe in 1990.", "Wexcombe", Org);
}

/// "BBC pundits and Leeds were": a lower-case noun before "and" is no name the city is paired
/// with (a name in capitals earlier in the sentence is not it either), so the plural verb is
/// the city's: its club.
#[test]
fn a_city_after_a_lower_case_noun_and_and_before_a_plural_verb_is_a_club() {
    has(
        "Last night BBC pundits and Leeds were at odds over the result.",
        "Leeds",
        Org,
    );
}

/// "Marwick, the capital, voted": a name opening its sentence with "the capital" in apposition
/// after it is the capital, a place, even where it reads like a surname.
#[test]
fn a_capital_named_at_the_start_of_its_sentence_is_a_place() {
    has("Marwick, the capital, voted on Sunday.", "Marwick", Place);
}

/// "went up Harrow Hill after school": only "went to" leads to a school; a name after "went"
/// and another word stays a place in a sentence about school.
#[test]
fn a_place_someone_went_up_in_a_sentence_about_school_is_no_school() {
    for (t, name) in [
        (
            "The pupils went up Harrow Hill after school.",
            "Harrow Hill",
        ),
        (
            "After school the boys went down Wexcombe Lane.",
            "Wexcombe Lane",
        ),
    ] {
        lacks_typed(t, name, Org);
    }
}

/// "Under Veloria's constitution": a function word opening the sentence is no name before the
/// country's, as "The" is not (found by the stop-40 mutation sample: `lone_unknown_name`, with
/// its test of the word before inverted, found these countries).
#[test]
fn a_country_after_a_function_word_opening_the_sentence_is_a_place() {
    for t in [
        "Under Veloria's constitution, the president serves four years.",
        "After Veloria's parliament voted, the talks failed.",
    ] {
        has(t, "Veloria", Place);
    }
}

/// "Okano Devices", "Edison Research", "Salix Pharmaceuticals": more business nouns after an
/// unknown name make a company; a name's tail after "for", "and" or "&" is left to the longer
/// name ("the Center for Economic and Policy Research", "Shaw & Company Research").
#[test]
fn more_business_nouns_name_a_company_but_not_a_longer_names_tail() {
    has(
        "The poll was carried out by Meridian Research for the Herald.",
        "Meridian Research",
        Org,
    );
    has(
        "Shares of Okano Devices fell 4% on Monday.",
        "Okano Devices",
        Org,
    );
    let text = "A 2009 report by the Wexcombe Center for Labor and Policy Research found gaps.";
    let f = found(text);
    assert!(!f.iter().any(|(t, _, _)| t == "Policy Research"), "{f:?}");
}

/// Every lone mention of `name` in `text` has type `kind` (and there is at least one).
fn every_lone(text: &str, name: &str, kind: EntityType) {
    let f = found(text);
    let lone: Vec<_> = f.iter().filter(|(t, _, _)| t == name).collect();
    assert!(
        !lone.is_empty() && lone.iter().all(|(_, k, _)| *k == kind),
        "{name:?} not all {kind:?} in {f:?}"
    );
}

/// "the people of Westbrook … the Westbrook Gazette … the MP for Westbrook": a seat after "MP
/// for" is a place wherever the text names it, before or after; and a town a body is named after
/// ("Westbrook University") is a place where people live in it or it is said to be a town.
#[test]
fn a_seat_and_the_town_a_body_is_named_after_are_places() {
    every_lone(
        "The people of Westbrook were angry, the Westbrook Gazette said. Jane Hollis, the MP for \
         Westbrook, agreed.",
        "Westbrook",
        Place,
    );
    every_lone(
        "Students at Westbrook University said the people of Westbrook had been let down.",
        "Westbrook",
        Place,
    );
    every_lone(
        "Westbrook University will close. Westbrook is a quiet market town.",
        "Westbrook",
        Place,
    );
    // A candidate's voters are the person's ("Clinton voters"), not a town's.
    lacks_typed(
        "Tom Quarrie said Quarrie Holdings had grown. Many Quarrie voters agreed.",
        "Quarrie",
        Place,
    );
}

/// "Calloway's, the auction house, said": a shop named by its owner's possessive, with a
/// trade's house in apposition, is an organisation.
#[test]
fn a_possessive_shop_name_with_an_appositive_house_is_an_organisation() {
    has(
        "Calloway's, the auction house, said the painting sold for a record sum.",
        "Calloway's",
        Org,
    );
}

/// "Shopkeeper Alan Tuft said": an occupation opening the sentence is no part of the name.
#[test]
fn an_occupation_opening_the_sentence_is_no_part_of_the_name() {
    let t = "Shopkeeper Alan Tuft said trade was slow.";
    has(t, "Alan Tuft", Person);
    lacks(t, "Shopkeeper Alan Tuft");
    has(
        "Pensioner Ann Marsh told the council she was worried.",
        "Ann Marsh",
        Person,
    );
}

/// "BBC Radio Norbury": a station's word no list knows ends the broadcaster's name; "went to
/// Eton" is a school where the sentence says the person was educated.
#[test]
fn a_station_and_a_school_after_went_to_are_organisations() {
    has(
        "Tom Bell presented a show on BBC Radio Norbury on Monday.",
        "BBC Radio Norbury",
        Org,
    );
    has(
        "Tom Bell, who went to Eton and was educated at Harrowgate, joined in May.",
        "Eton",
        Org,
    );
}

/// "came from behind to beat Merrow City 2-1": the side a result verb with no subject before it
/// beat, named before the score, is a club, though it ends in "City".
#[test]
fn a_side_beaten_by_a_score_after_an_infinitive_is_a_club() {
    has(
        "Kelby Rovers came from behind to beat Merrow City 2-1 at Keegan Park on Saturday.",
        "Merrow City",
        Org,
    );
}

/// "a rail link between Norbury and Calder" in a text that names the Norbury Echo and the Calder
/// Residents' Association: the first word of a body named after its town, alone after a
/// preposition of place or "and", is the town; a company's first word stays the company
/// ("Meridian Research … Meridian's director").
#[test]
fn the_town_a_paper_or_residents_body_is_named_after_is_a_place() {
    let t = "Voters back a rail link between Norbury and Calder, the Norbury Echo found. A \
             spokesman for the Calder Residents' Association objected.";
    every_lone(t, "Norbury", Place);
    every_lone(t, "Calder", Place);
    lacks_typed(
        "The poll was carried out by Meridian Research. Ruth Abbot, director of polling at \
         Meridian, said voters were clear.",
        "Meridian",
        Place,
    );
}

/// "Said Meridian's director of polling, Ruth Abbot: …": the speech verb opening the sentence
/// before a possessive is no given name.
#[test]
fn said_opening_a_sentence_before_a_possessive_is_no_name() {
    let t = "Said Meridian's director of polling, Ruth Abbot: \"Confidence is low.\"";
    lacks(t, "Said Meridian");
    has(t, "Ruth Abbot", Person);
}

/// "Merrow City … City manager Graham Lowe": "City" alone before a squad role, after a club
/// named with it, is that club.
#[test]
fn a_clubs_city_word_before_its_manager_is_the_club() {
    has(
        "Kelby Rovers beat Merrow City 2-1 on Saturday. City manager Graham Lowe was furious.",
        "City",
        Org,
    );
}

/// "Kelby Rovers … fans in Kelby", "shops across Tarley": a club's first word alone, after a
/// preposition of where, is its town; after "and" it stays the club ("Kelby and Tarley drew").
#[test]
fn the_town_a_club_is_named_after_is_a_place_where_people_are() {
    let t = "Kelby Rovers beat Tarley United 3-0. Fans in Kelby celebrated, and shops across \
             Tarley were quiet.";
    every_lone(t, "Kelby", Place);
    every_lone(t, "Tarley", Place);
}

// Stop 41, helper mut42: mutants of stop 40's code that no test caught ---------------------

/// "at Mary Jane Keegan Ground": a venue of four capitalised words (three read as a person's
/// names) after a preposition of place is still the ground.
#[test]
fn a_venue_of_four_words_after_a_preposition_of_place_is_a_place() {
    let t = "Rain stopped play at Mary Jane Keegan Ground.";
    has(t, "Mary Jane Keegan Ground", Place);
    lacks(t, "Mary");
}

/// "“…,” Marrick continued": a lone unknown word after a quotation and its speech verb is the
/// speaker, a person, though a lone word is not a plural noun's reading.
#[test]
fn a_lone_word_after_a_quotation_and_its_speech_verb_is_a_person() {
    let t = "\u{201c}We already wrote the songs,\u{201d} Marrick continued.";
    has(t, "Marrick", Person);
}

// Stop 41, lead ------------------------------------------------------------------------------

/// "Tom Vale of the Harbor Policy Institute": a person's given name and surname before "of"
/// are the person; the institute the run ends with is an organisation of its own. A place or
/// an organisation's noun opening the run keeps the whole name ("Bank of Harlow").
#[test]
fn a_person_before_of_and_an_institute_is_no_part_of_its_name() {
    let t = "\u{201c}Cuts do not work,\u{201d} Tom Vale of the Harbor Policy Institute wrote.";
    has(t, "Tom Vale", Person);
    has(t, "Harbor Policy Institute", Org);
    let t = "The Bank of Harlow Institute said nothing.";
    lacks(t, "Bank");
}

#[test]
fn newspapers_named_ledger_register_beacon_or_express() {
    for (text, name) in [
        ("The Daily Ledger called the debate dull.", "Daily Ledger"),
        (
            "An editorial in the Kettleby Register was scathing.",
            "Kettleby Register",
        ),
        (
            "The story ran in the Harbor Beacon on Sunday.",
            "Harbor Beacon",
        ),
        (
            "He wrote for the Norbury Express for years.",
            "Norbury Express",
        ),
    ] {
        has(text, name, EntityType::Org);
    }
}

#[test]
fn a_nationality_before_a_players_role_is_no_club() {
    let text = "Ashford's Danish midfielder Mikkel Sand scored twice.";
    has(text, "Danish", EntityType::Norp);
    has(text, "Mikkel Sand", EntityType::Person);
    has("Kelby winger Tom Vale scored.", "Kelby", EntityType::Org);
}

// Stop 42, helper spd47: context patterns read a sentence only with their trigger words -----

/// A person who founds or co-founds a name no list knows founds a company: the founding pattern
/// still reads the sentences that hold its verb, now found by a class bit of the word.
#[test]
fn a_name_a_person_founded_is_a_company() {
    has(
        "Marta Olsen co-founded Brightwell in 2004.",
        "Brightwell",
        Org,
    );
    has(
        "She founded Zentrix after leaving the bank.",
        "Zentrix",
        Org,
    );
}

/// Issue 11, 2: the town or country in an "X-based" compound is a place, over its own bytes.
#[test]
fn the_place_of_a_based_compound_is_a_place() {
    typed(
        "The Manchester-based group and an Osaka-based bank agreed on Monday.",
        &["Manchester", "Osaka"],
        Place,
    );
}

// Stop 43, helper ent47: issue 11, invented cases --------------------------------------------

/// A broadcaster's station keeps the name after its channel noun though the name is a given
/// name ("Kelby" is one), when it ends the run and no verb of speech follows.
#[test]
fn a_station_keeps_a_given_name_after_radio() {
    has(
        "The presenter joined BBC Radio Kelby in 2019.",
        "BBC Radio Kelby",
        Org,
    );
    lacks("The presenter joined BBC Radio Kelby in 2019.", "BBC Radio");
}

/// A surname (or a word no list knows) and a word of a firm's trade is a firm, not a person:
/// "Kantor" is a listed surname, "Insight" a common word.
#[test]
fn a_surname_and_a_firms_word_is_a_firm() {
    typed(
        "A report by Kantor Insight found that prices rose. Kantor Insight said prices would rise.",
        &["Kantor Insight"],
        Org,
    );
    lacks(
        "A report by Kantor Insight found that prices rose.",
        "Kantor",
    );
}

/// A saint's possessive and a school's word is the school ("Anne" is a given name; "Primary" is
/// no organisation noun).
#[test]
fn a_saints_school_is_an_organisation() {
    has(
        "She joined the staff of St Anne's Primary in 2010.",
        "St Anne's Primary",
        Org,
    );
    lacks(
        "She joined the staff of St Anne's Primary in 2010.",
        "St Anne",
    );
}

/// A given name and a word known only as a town, where only a person stands (before a verb of
/// speech, an age or a description in apposition), is a person; the town's word alone is that
/// person again where only a person stands. Elsewhere the town stays a place.
#[test]
fn a_given_name_and_a_towns_name_that_speaks_is_a_person() {
    let t = "Carl Whitby said the plan would fail. Whitby, 54, runs a farm.";
    typed(t, &["Carl Whitby", "Whitby"], Person);
    has(
        "Carl Whitby, a farmer, said the plan would fail.",
        "Carl Whitby",
        Person,
    );
    has("The boats sailed from Whitby on Monday.", "Whitby", Place);
}

// Stop 43, helper mut43: the sample of stop 42's changed code ----------------------------------

/// An article in capitals before an "X-based" compound is no name the compound follows (a
/// title-case headline, a capital after a colon): its place stays (names.rs `based_place`, the
/// word it reads as the article is the one before the compound).
#[test]
fn a_capitalised_article_before_a_based_compound_leaves_its_place() {
    has("Shares In The Leeds-based Bank Fall Again", "Leeds", Place);
    has(
        "The winner was, in the end: The Manchester-based group.",
        "Manchester",
        Place,
    );
}

/// An "X-based" compound gives no place after a capitalised word ("New York-based": the
/// compound's word is only the name's end) nor for a word no list knows as a place ("Cloud-based",
/// "Faith-based").
#[test]
fn a_based_compound_after_a_name_or_of_no_place_makes_no_place() {
    let text = "The New York-based bank and a Los Angeles-based studio agreed on Monday.";
    lacks(text, "York");
    lacks(text, "Angeles");
    lacks("Ann Marsh leads a Cloud-based firm.", "Cloud");
    lacks("The deal was led by Faith-based groups.", "Faith");
}

// Stop 43, helper ent48: issue 11, invented cases --------------------------------------------

/// A town (or a word no list knows) and the plural noun of a firm's trade is a firm, though a
/// verb of speech follows.
#[test]
fn a_town_and_a_trade_plural_is_a_firm() {
    has(
        "Harlow Buses said in a statement that fares would rise.",
        "Harlow Buses",
        Org,
    );
    has(
        "Prices at Velmora Foods rose, the firm said.",
        "Velmora Foods",
        Org,
    );
}

/// "The Friends of X" is a volunteer group: the whole name is the organisation, not a place X.
#[test]
fn the_friends_of_a_place_is_an_organisation() {
    let t = "The Friends of Eastbrook Parks, a volunteer group, said the plan was wrong.";
    has(t, "Friends of Eastbrook Parks", Org);
    lacks(t, "Eastbrook Parks");
}

/// Not before a titled person: "friends of Mr. Tarrant" are people.
#[test]
fn the_friends_of_a_titled_person_are_people() {
    let t = "Friends of Mr. Tarrant say he was tired.";
    lacks(t, "Friends of Mr. Tarrant");
}

// Stop 44, helper ent49: issue 11, organisations in no list ----------------------------------

/// A relative "who" and a result verb with its score after a name: the name is the side that
/// played, though it ends in "City" (context.rs `sports`).
#[test]
fn a_side_before_who_and_a_result_is_a_club() {
    let t = "It was a good weekend for leaders Carrow City, who drew 0-0 with Wexford Athletic.";
    has(t, "Carrow City", Org);
    has(t, "Wexford Athletic", Org);
}

/// A plural that takes "'s" ("Fishermen's", "Women's") inside an organisation's name: the whole
/// name, and its town alone before a waterside noun is the town.
#[test]
fn a_possessive_plural_inside_an_organisation_name() {
    let t = "The Dunmore Fishermen's Association said boats were tied up at Dunmore harbour.";
    has(t, "Dunmore Fishermen's Association", Org);
    has(t, "Dunmore", Place);
    has(
        "A spokesman for the Kelby Women's Institute said the fair was off.",
        "Kelby Women's Institute",
        Org,
    );
}

/// A town and "General" alone is a hospital; a title before "General" stays a title.
#[test]
fn a_town_and_general_is_a_hospital() {
    has(
        "Patients at Halford General waited for hours.",
        "Halford General",
        Org,
    );
    has(
        "Kelby Royal Infirmary reported delays.",
        "Kelby Royal Infirmary",
        Org,
    );
    lacks(
        "The Attorney General said he would appeal.",
        "Attorney General",
    );
}

/// A name joined by "and" to an organisation is not cut at a word the lists claimed ("St" of
/// "St Mary's" is no organisation of its own).
#[test]
fn a_partner_name_is_not_cut_before_a_listed_word() {
    lacks(
        "Workers at Halford General and St Mary's were told to wait.",
        "St",
    );
}

/// A name ending in "Town" paired by "and" with a club's name is a club, and its first word
/// alone names the club later.
#[test]
fn a_town_name_paired_with_a_club_is_a_club() {
    let t = "Blackmoor Rovers and Ashford Town both won. Late goals sink ten-man Ashford.";
    has(t, "Ashford Town", Org);
    has(t, "Ashford", Org);
    has(
        "Ashford Town and Blackmoor Rovers both lost.",
        "Ashford Town",
        Org,
    );
}

/// A title-case headline's verb before "General" makes no hospital.
#[test]
fn a_headline_verb_and_general_is_no_hospital() {
    lacks(
        "Senator Under Pressure To Repudiate General Who Backed Plan",
        "Repudiate General",
    );
}

// Stop 44, helper mut44: the sample of stop 43's changed code ----------------------------------

/// A saint's possessive and a facility noun is the facility, whole ("Hall" is no organisation
/// noun): the facility test reads the word after the possessive, not the possessive itself.
#[test]
fn a_saints_hall_is_one_place() {
    let t = "The show opened at St Mary's Hall in Derrow.";
    has(t, "St Mary's Hall", Place);
    lacks(t, "Mary");
}

/// A given name and a town's name before "an" and a description in apposition is a person,
/// as before "a" (names.rs `in_persons_place` reads the word after the comma).
#[test]
fn a_given_name_and_a_towns_name_before_an_appositive_with_an_is_a_person() {
    has(
        "We met Carl Whitby, an engineer, at the farm.",
        "Carl Whitby",
        Person,
    );
    lacks("We met Carl Whitby, an engineer, at the farm.", "Whitby");
}

/// A given name after a broadcaster's channel noun is a person when a verb of speech follows it
/// ("BBC News Tom said"), not the station's name, though more text follows the verb.
#[test]
fn a_given_name_that_speaks_after_a_channel_is_a_person() {
    let t = "BBC News Tom said the ferry would not sail.";
    has(t, "BBC News", Org);
    has(t, "Tom", Person);
    lacks(t, "BBC News Tom");
}

/// Stop 44 (lead's copy): a holiday is a date, not a person or a place: one word ("Christmas",
/// "Diwali"), with its day ("Christmas Eve", "Easter Monday"), a word and a day ("Boxing Day",
/// "Good Friday"), a possessive and a day ("Valentine's Day", "New Year's Eve", "St Patrick's
/// Day").
#[test]
fn a_holiday_is_a_date() {
    for (text, holiday) in [
        ("Sailings were cancelled over Christmas.", "Christmas"),
        ("The family gathered for Diwali.", "Diwali"),
        ("The match is on Christmas Eve.", "Christmas Eve"),
        ("The shops open on Boxing Day.", "Boxing Day"),
        ("We met on Good Friday.", "Good Friday"),
        ("She called on Valentine's Day.", "Valentine's Day"),
        ("The party was on New Year's Eve.", "New Year's Eve"),
        ("Crowds marked St Patrick's Day.", "St Patrick's Day"),
        ("Offices close on Labour Day.", "Labour Day"),
    ] {
        has(text, holiday, Date);
    }
}

/// Not the words alone where no holiday follows: a party, a place, a city.
#[test]
fn holiday_words_without_their_day_are_no_date() {
    has("Labour said the plan would fail.", "Labour", Org);
    lacks("Ships sailed to Christmas Island.", "Christmas");
    has("She flew to New York on Monday.", "New York", Place);
}

/// Review of stop 44: a person who lost a vote by a score is no club ("Councillor Patel, who
/// lost 7-2 in the vote"); a club that drew with a side still is.
#[test]
fn a_person_who_lost_a_vote_is_no_club() {
    let t = "Councillor Patel, who lost 7-2 in the vote, said the plan was wrong.";
    lacks(t, "Councillor Patel");
    let f = found(t);
    assert!(!f.iter().any(|(_, k, _)| *k == Org), "{f:?}");
    has(
        "Leaders Carrow City, who drew 0-0 with Wexford Athletic, stay top.",
        "Carrow City",
        Org,
    );
}

/// Review of stop 44: a holiday's word in a person's name or in another name is no date
/// ("Tom Christmas", "Easter Seals"); a greeting keeps it ("Merry Christmas").
#[test]
fn a_holiday_word_in_a_name_is_no_date() {
    let f = found("\"We were not consulted,\" said Tom Christmas.");
    assert!(!f.iter().any(|(_, k, _)| *k == Date), "{f:?}");
    let f = found("The charity Easter Seals said it would help.");
    assert!(!f.iter().any(|(_, k, _)| *k == Date), "{f:?}");
    has("We wish you a Merry Christmas.", "Christmas", Date);
}

/// Stop 45 (ent51): "River", "Port", "Mt" and "Isle" open a place's name, not a person's
/// ("River" is a given name too): "the River Wend", "Port Tarrow", "Mt. Kelso".
#[test]
fn a_river_or_port_opens_a_place() {
    has(
        "The mill stood on the River Wend for a century.",
        "River Wend",
        Place,
    );
    has(
        "Ferries leave Port Tarrow every morning.",
        "Port Tarrow",
        Place,
    );
    has(
        "The climbers reached Mt. Kelso at dawn.",
        "Mt. Kelso",
        Place,
    );
}

/// Stop 45 (ent51): two words no list holds before a comma and a state are a town ("Palo
/// Alto, California" shape); a given name there is still a person.
#[test]
fn a_two_word_town_before_its_state() {
    let t = "The startup, based in Vasso Creda, California, makes batteries.";
    has(t, "Vasso Creda", Place);
    has(t, "California", Place);
    has(
        "The award went to Ken Marsh, Virginia's attorney general.",
        "Ken Marsh",
        Person,
    );
}

/// Stop 45 (ent51): a town between a given name and a surname is a middle name: "Carl Whitby
/// Jones said" is one person, not a town and a Mr Jones.
#[test]
fn a_town_between_given_name_and_surname_is_a_middle_name() {
    let t = "Carl Whitby Jones said the harvest was poor.";
    has(t, "Carl Whitby Jones", Person);
    lacks(t, "Whitby");
}

/// Stop 45 (ent51): a chamber's committee keeps its "and" though a body's noun comes before it
/// ("the House Energy and Commerce Committee" is one body, not two).
#[test]
fn a_chambers_committee_keeps_its_and() {
    let t = "The House Fisheries and Tourism Committee will meet on Tuesday.";
    has(t, "House Fisheries and Tourism Committee", Org);
    lacks(t, "Tourism Committee");
}

/// Stop 45 (ent51): a side named for its town after "host" or "visitors" is a club, not a
/// place: "against host Dunmore Town", "Visitors Carrow City scored".
#[test]
fn a_town_side_after_host_is_a_club() {
    has(
        "The match against host Dunmore Town ended level.",
        "Dunmore Town",
        Org,
    );
    let t = "Visitors Carrow City scored first.";
    has(t, "Carrow City", Org);
    lacks(t, "Visitors Carrow City");
}

/// Stop 45 (ent51): a saint's possessive alone names a church, school or hospital, a place; the
/// saint is no place or person of its own ("at St Mary's" gives no "Mary").
#[test]
fn a_saints_possessive_alone_is_a_place() {
    let t = "Services at St Mary's were cancelled.";
    has(t, "St Mary's", Place);
    lacks(t, "Mary");
    has("She prayed at St. Aidan's on Sunday.", "St. Aidan's", Place);
}

/// Issue 11 (stop 45, review): a text may end at "St" or "Saint" (no token after it to read);
/// a town's possessive before a common word is no saint's place ("St Louis's mayor"); a name
/// before ", <country>'s" is a person with an appositive, not a town ("Olumide Bakare, Nigeria's
/// envoy").
#[test]
fn saints_and_towns_before_a_region_read_their_context() {
    for t in ["He went to St", "Pray to Saint", "St", "He went to St."] {
        let _ = found(t);
    }
    lacks(
        "St Louis's mayor said the stadium would stay.",
        "St Louis's",
    );
    has(
        "Olumide Bakare, Nigeria's envoy, said the talks would resume.",
        "Olumide Bakare",
        Person,
    );
    has(
        "The firm is based in Palo Alto, California.",
        "Palo Alto",
        Place,
    );
}

/// Mutation sample of stop 44 (`numeric.rs` `holiday`): "New Year" without a possessive after
/// it is the holiday too, not only "New Year's Day" and "New Year's Eve".
#[test]
fn new_year_alone_is_a_date() {
    has("Prices rose after the New Year.", "New Year", Date);
}

/// Mutation sample of stop 44 (`numeric.rs` `holiday`): "Day" two words after "Father" makes no
/// holiday without the possessive ("Father's Day"): a priest named Tom Day is a person.
#[test]
fn a_priest_whose_surname_is_day_is_no_holiday() {
    let t = "Father Tom Day said the church would reopen.";
    has(t, "Tom Day", Person);
    let f = found(t);
    assert!(!f.iter().any(|(_, k, _)| *k == Date), "{f:?}");
}

/// Issue 11 (stop 46, lead's invented copy): a listed name after a sentence's opening article
/// is found whole ("The Chamber of Commerce said" lost it: the run was asked only from "The"),
/// and a town's chamber is an organisation by its head noun.
#[test]
fn a_listed_name_after_an_opening_article_and_a_towns_chamber() {
    let t = "The Chamber of Commerce said it would study the plans.";
    has(t, "Chamber of Commerce", Org);
    let t = "The Brinford Chamber of Commerce said it would study the plans.";
    has(t, "Brinford Chamber of Commerce", Org);
    let t = "The Centers for Disease Control and Prevention said the risk was low.";
    has(t, "Centers for Disease Control and Prevention", Org);
}

/// Issue 11 (stop 46, ent54): a plural noun of places before "such as" lists places, however
/// unknown the names ("villages such as Cley and Blakeney"); companies still list companies.
#[test]
fn places_listed_after_a_plural_place_noun() {
    let t = "Flooding closed roads in villages such as Cley and Blakeney on Tuesday.";
    has(t, "Cley", Place);
    has(t, "Blakeney", Place);
    has(
        "Towns such as Dunmore, Harwick and Selby lost their banks.",
        "Harwick",
        Place,
    );
    has(
        "Rivals such as companies such as Velarion and Mott cut prices.",
        "Velarion",
        Org,
    );
}

/// Issue 11 (stop 46, ent54): "Name, 81, of Holt": after an age set off by commas, "of" and a
/// name is the person's home, a place; an organisation there stays one.
#[test]
fn a_home_after_an_age_is_a_place() {
    let t = "Margaret Ellis, 81, of Holt, said the water reached her door.";
    has(t, "Margaret Ellis", Person);
    has(t, "Holt", Place);
    has(
        "Tom Vale, 52, of Kestrel Foods, said prices would rise.",
        "Kestrel Foods",
        Org,
    );
}

/// Issue 11 (stop 46, ent54): a body's branch named by its place before a speech verb is one
/// organisation ("Age UK Norfolk said"), not the body and a speaking place.
#[test]
fn a_branch_named_by_its_place_runs_on_before_a_speech_verb() {
    let t = "A spokesman for Age UK Norfolk said volunteers had called.";
    has(t, "Age UK Norfolk", Org);
    lacks(t, "Norfolk");
}

/// Issue 11 (stop 46, ent54): a club named in full, then by its town alone, stays the club
/// ("Harlow ended Kestrel's run" after "Kestrel United"); a table's "lift Harlow to fourth" too.
#[test]
fn a_clubs_short_form_after_its_full_name() {
    let t = "Kestrel United lost at home on Saturday. Harlow ended Kestrel's unbeaten run with a \
             late goal, a win that will lift Harlow to fourth.";
    has(t, "Kestrel United", Org);
    has(t, "Kestrel", Org);
    has(t, "Harlow", Org);
}

/// Issue 11 (stop 46, ent54): after a verb of a transfer, "from" names the club left, an
/// organisation, even with a possessive in its town's name ("joined from Bishop's Stortford");
/// a country is no club.
#[test]
fn a_club_signed_from() {
    let t = "The striker, who joined from Bishop's Stortford in June, scored twice.";
    has(t, "Bishop's Stortford", Org);
    lacks(t, "Stortford");
    has("The defender signed from Ajax last year.", "Ajax", Org);
    let f = found("The winger signed from Brazil in 2019.");
    assert!(
        !f.iter().any(|(t, k, _)| t == "Brazil" && *k == Org),
        "{f:?}"
    );
    has(
        "She moved here from King's Lynn in May.",
        "King's Lynn",
        Place,
    );
}

/// Issue 11 (stop 46, ent54): a number that opens an organisation's name is no date ("the 4 Day
/// Week Campaign"); "3 Premier League games" is still a number of games.
#[test]
fn a_number_opening_an_organisations_name() {
    let t = "Joe Ryle, of the 4 Day Week Campaign, said the trial had worked.";
    has(t, "4 Day Week Campaign", Org);
    lacks(t, "4 Day");
    has("The side lost 3 days later.", "3 days", Date);
}

/// Issue 11 (stop 46, ent54): a hospital named after a town whose name is also a common word
/// ("staff at Reading General"); titles ending in "General" stay titles.
#[test]
fn a_hospital_named_after_a_town_that_is_a_common_word() {
    has(
        "Staff at Reading General were praised by the inspectors.",
        "Reading General",
        Org,
    );
    lacks(
        "The report went to the Surgeon General on Monday.",
        "Surgeon General",
    );
}

/// Issue 11 (stop 46, ent54): a place list read after "states like" stops at a modifier ("the
/// Brooklyn-based team" is no listed place).
#[test]
fn a_place_list_stops_at_a_modifier() {
    let t = "The campaign sent her to states like Ohio, the Denver-based team said.";
    has(t, "Ohio", Place);
    lacks(t, "Denver-based");
}

/// Issue 11 (stop 46, ent54; the mutant of `name_end` in stop 45): a common word left over
/// beside a capitalised name a rule took ("the Las Vegas Strip", "the Western Journalism site")
/// is no person; a surname after an honorific still is ("Ms. Boxer", "Mr. Band").
#[test]
fn a_common_word_left_beside_a_name_is_no_person() {
    let t = "Crowds gathered on the Las Vegas Strip on Friday.";
    has(t, "Las Vegas", Place);
    let f = found(t);
    assert!(
        !f.iter().any(|(t, k, _)| t == "Strip" && *k == Person),
        "{f:?}"
    );
    let f = found("The Western Journalism site said so.");
    assert!(
        !f.iter().any(|(t, k, _)| t == "Journalism" && *k == Person),
        "{f:?}"
    );
    has("Ms. Boxer said she agreed.", "Boxer", Person);
    has("Mr. Band wrote back.", "Band", Person);
}

/// Stop 46, review: a loan of money or a transfer of funds names no club ("a $2 billion loan
/// from Beijing"); a player "on loan from" one does.
#[test]
fn a_loan_of_money_names_no_club() {
    lacks_org(
        "The port was built with a $2 billion loan from Beijing.",
        "Beijing",
    );
    lacks_org("The cash was transferred from Boston on Monday.", "Boston");
    has(
        "The striker is on loan from Dunmore Athletic.",
        "Dunmore Athletic",
        Org,
    );
}

/// Issue 11 (stop 47, ent56): in a line all in capitals the capitals say nothing: no
/// organisation by structure ("FLOODS FORCE"), no person from a function word ("IN NORTHERN"),
/// no name running over "AS"; the lists still name things ("ITALY", "BANK OF ENGLAND", "JOHN
/// SMITH").
#[test]
fn a_line_in_capitals_is_named_by_the_lists_alone() {
    let t = "FLOODS FORCE THOUSANDS FROM HOMES IN NORTHERN ITALY";
    lacks(t, "FLOODS FORCE");
    lacks(t, "IN NORTHERN");
    has(t, "ITALY", Place);
    let t = "STOCKS FALL AS BANK OF ENGLAND RAISES RATES";
    lacks(t, "STOCKS FALL AS BANK OF ENGLAND RAISES RATES");
    has(t, "BANK OF ENGLAND", Org);
    has("JOHN SMITH WINS SEAT", "JOHN SMITH", Person);
}

/// A lower-case kind of place, "of" and a name is that place, though the lists know the name as
/// a surname ("Dover") or not at all; not before a possessive ("the state of Marsh's youth").
#[test]
fn a_kind_of_place_of_a_name_is_that_place() {
    has(
        "Rescuers reached the town of Dover on Monday.",
        "Dover",
        Place,
    );
    has(
        "Police patrolled the state of Querétaro after the storm.",
        "Querétaro",
        Place,
    );
    let f = found("New York, the state of Sanders' youth, votes today.");
    assert!(
        !f.iter().any(|(t, k, _)| t == "Sanders" && *k == Place),
        "{f:?}"
    );
}

/// An adjective or participle opening the sentence before an organisation by structure is no
/// part of its name ("Rival", "Struggling"); a name's own first word stays ("Local Government
/// Association").
#[test]
fn an_opening_adjective_is_no_part_of_an_organisation() {
    has(
        "Rival Cirrus Systems announced a new chip on Tuesday.",
        "Cirrus Systems",
        Org,
    );
    has(
        "Struggling Halvane Motors cut 300 jobs.",
        "Halvane Motors",
        Org,
    );
    has(
        "Local Government Association officials met on Friday.",
        "Local Government Association",
        Org,
    );
}

/// A regnal number keeps its name at a line's end and makes a person of a name the lists know
/// otherwise ("Norton II").
#[test]
fn a_regnal_number_at_a_line_end_and_after_a_place_name() {
    has(
        "He called himself Norton I. He ruled for years.",
        "Norton I",
        Person,
    );
    has("Norton II never reigned.", "Norton II", Person);
}

/// A name no list knows before "boss" or "manager" and a person is the club or firm that
/// employs them; a common word there is not ("Marketing manager").
#[test]
fn an_unlisted_name_before_a_boss_is_an_organisation() {
    has(
        "Dunmore boss Karen Hollis said the team had played well.",
        "Dunmore",
        Org,
    );
    has("Velarion manager Ann Holt said so.", "Velarion", Org);
    lacks("Marketing manager Ann Holt said so.", "Marketing");
}

/// An appositive whose head is an organisation's noun after a name's possessive names the
/// organisation before it ("Legambiente, Italy's largest environmental organisation,").
#[test]
fn an_appositive_after_a_possessive_names_an_organisation() {
    has(
        "Legambiente, Italy's largest environmental organisation, said the river had burst.",
        "Legambiente",
        Org,
    );
}

/// Stop 47, review rev47: a place named after its kind ends before a title ("the state of
/// Washington Governor Jay Inslee" is Washington and a person), and a body's word makes it no
/// place ("the county of Durham Constabulary").
#[test]
fn a_kind_of_place_ends_before_a_title_and_names_no_body() {
    let text = "Police in the state of Washington Governor Jay Inslee leads said so.";
    has(text, "Washington", Place);
    has(text, "Jay Inslee", Person);
    let text = "The county of Durham Constabulary said it would act.";
    has(text, "Durham Constabulary", Org);
    assert!(
        !found(text).iter().any(|(_, k, _)| *k == Place),
        "{:?}",
        found(text)
    );
}

/// Stop 47, lead's copy: a group named after the plural of the people it is of, with no
/// determiner ("Parents' group Connect", "Supporters group Harbor Voice"), is an organisation;
/// the plural itself is no part of it.
#[test]
fn a_group_named_after_the_people_it_is_of_is_an_organisation() {
    has(
        "Parents' group Connect said families would struggle.",
        "Connect",
        Org,
    );
    has(
        "Supporters group Harbor Voice called for change.",
        "Harbor Voice",
        Org,
    );
    lacks(
        "Parents' group Connect said families would struggle.",
        "Parents",
    );
}

/// Stop 48, issue 11: a named storm is no person, whatever the tagger reads ("Storm Edith",
/// "Hurricane Nora", "Tropical Storm Vera"): a rule says "no name" there, and the model's
/// names over it are dropped.
#[test]
fn a_named_storm_is_no_person() {
    let text = "Storm Edith brought down trees across Caddon on Friday, and Hurricane Nora \
                flooded the coast near Bellmar. Tropical Storm Vera weakened overnight.";
    for storm in [
        "Storm Edith",
        "Edith",
        "Hurricane Nora",
        "Nora",
        "Tropical Storm Vera",
        "Storm Vera",
        "Vera",
    ] {
        lacks(text, storm);
    }
    // A person whose given name is "Storm" keeps it before a surname and a speech verb.
    has(
        "Storm Kelloway said the plan was sound.",
        "Storm Kelloway",
        Person,
    );
}

/// Stop 48, issue 11: an ice shelf is a place by its noun ("the Brandt Ice Shelf").
#[test]
fn an_ice_shelf_is_a_place() {
    // "Sound" is no place word: it is a common word, and as one it moved the retrained entity
    // model's weights towards places (154 people lost on the 950 snapshot texts, "Assad" a place;
    // 76 without it, Assad a person).
    let text = "Scientists said the Brandt Ice Shelf had lost mass over the winter.";
    has(text, "Brandt Ice Shelf", Place);
}

/// Stop 48, issue 11: a nationality and a survey's noun make an organisation ("the Welsh
/// Geological Survey"), not a nationality and a person.
#[test]
fn a_national_survey_is_an_organisation() {
    let text = "Dr Ilse Varga of the Welsh Geological Survey said the rock was moving.";
    has(text, "Welsh Geological Survey", Org);
    lacks(text, "Welsh");
    lacks(text, "Survey");
}

/// Stop 48, issue 11: a club named after a city ("Harbor City FC") opening a sentence is one
/// organisation, its first word too.
#[test]
fn a_city_club_opening_a_sentence_is_one_organisation() {
    let text = "Marsh City FC beat Kelston Rovers 2-0 on Saturday.";
    has(text, "Marsh City FC", Org);
    lacks(text, "City FC");
}

/// Stop 48, issue 11: a campaign named for what it would save ("Save Tarnfield Meadow") is an
/// organisation, not a speaker named by its last words.
#[test]
fn a_save_campaign_is_an_organisation() {
    let text = "Campaigners from Save Tarnfield Meadow said the plan would destroy the field.";
    has(text, "Save Tarnfield Meadow", Org);
    lacks(text, "Tarnfield Meadow");
}

/// Stop 48, issue 11: after a person's age and home town, a name set off by a comma is the
/// county ("of Brackley, Cheshire,"), a place, though a surname too.
#[test]
fn a_county_after_a_home_town_is_a_place() {
    let text = "Elsa Marwick, 58, of Dunsford, Cheshire, said she had lived there for decades.";
    has(text, "Dunsford", Place);
    has(text, "Cheshire", Place);
}

/// Stop 48, issue 11: "CCTV" of the cameras is no organisation; "Q&A" is no name; a club that
/// wins by a score is an organisation ("Celtic beat Rangers 2-1").
#[test]
fn cameras_and_sessions_are_no_names_and_a_club_is() {
    let text = "The break-in was caught on CCTV, police said. Officers released CCTV images of \
                a man. In a Q&A with readers, the mayor said little.";
    lacks(text, "CCTV");
    lacks(text, "Q");
    lacks(text, "A");
    has("Celtic beat Rangers 2-1 on Sunday.", "Celtic", Org);
    // China's broadcaster keeps its name.
    has(
        "State broadcaster CCTV said the talks went well.",
        "CCTV",
        Org,
    );
}

/// Stop 48, lead's copy: a ground or street after "at" ("at Kelsey Lane"; review: a given name and
/// "Lane" after "at" is a person, "at Nathan Lane", so the ground is "Kelsford Lane"), a lone name before a
/// landform noun ("the Penrose peninsula") and a utility's name past its organisation noun
/// ("Eastern Power Distribution") are read whole; a council's members are no place.
#[test]
fn grounds_landforms_and_long_utility_names() {
    has(
        "Tom Brede scored in the 89th minute at Kelsford Lane.",
        "Kelsford Lane",
        Place,
    );
    has(
        "Walkers were stranded on the Penrose peninsula overnight.",
        "Penrose",
        Place,
    );
    has(
        "Eastern Power Distribution said the fault had been repaired.",
        "Eastern Power Distribution",
        Org,
    );
    let text = "Councillors in Port Tarrow voted to close the library.";
    lacks(text, "Councillors");
    has(text, "Port Tarrow", Place);
}

/// Stop 48, review (rev48): the round's entity rules do not fire on their look-alikes: the next
/// person of a list after a town is no county; "Storm" before a speaker is a given name; a
/// nationality before a landform stays a nationality; a given name and "Lane" after "at" is a
/// person; "To Save" in a headline is a verb.
#[test]
fn the_rounds_entity_rules_leave_their_look_alikes() {
    let text = "The victims were Elsa Marwick, 58, of Dunsford, Tom Reed, 61, of Kelby, and Ann \
                Holt, 44, of Marlow.";
    has(text, "Tom Reed", Person);
    lacks_typed(text, "Tom Reed", Place);
    has(
        "Storm Harris said the plan for the stadium was sound.",
        "Storm Harris",
        Person,
    );
    has(
        "Storm Harris, a farmer in Caddon, said the damage was terrible.",
        "Storm Harris",
        Person,
    );
    let text = "Fishing boats were seen off the Syrian coast on Tuesday.";
    has(text, "Syrian", Norp);
    lacks_typed(text, "Syrian", Place);
    has(
        "Reporters shouted questions at Nathan Lane outside the theatre on Tuesday.",
        "Nathan Lane",
        Person,
    );
    lacks(
        "Fans Vow To Save Brennan Park From Developers",
        "Save Brennan Park",
    );
}

/// Stop 49, issue 11 (football copy): "Inter" before a city is one club; the first word of a
/// club named earlier before "captain" is that club; a ground after "at San"; the name that
/// sacks its manager; the side before ", who were held 2-2 by" and the side after "by"; a city
/// before a result verb and one other name ending the headline. Not a person who sacks a
/// manager, nor cities bidding ("London beat Paris to the Games").
#[test]
fn clubs_named_after_cities_and_by_their_results() {
    let text = "Inter Milan beat Lazio 2-1 on Sunday. Inter captain Marco Ferri said the win \
                mattered.";
    has(text, "Inter Milan", Org);
    lacks(text, "Milan");
    has(text, "Inter", Org);
    has(text, "Marco Ferri", Person);
    has(
        "Supporters gathered at San Siro before the derby.",
        "San Siro",
        Place,
    );
    let text = "Roma, meanwhile, sacked manager Paolo Conti.";
    has(text, "Roma", Org);
    has(text, "Paolo Conti", Person);
    has(
        "Dunmore have sacked coach Ann Holt after the defeat.",
        "Dunmore",
        Org,
    );
    let text = "Ann Holt sacked manager Tom Reed in May.";
    has(text, "Ann Holt", Person);
    lacks_typed(text, "Ann Holt", Org);
    let text = "Napoli are a point clear of Juventus, who were held 2-2 by Torino.";
    has(text, "Juventus", Org);
    has(text, "Torino", Org);
    let text = "Kestrel sit top, a point clear of Ravensby, who were held 1-1 by Marlow.";
    has(text, "Ravensby", Org);
    has(text, "Marlow", Org);
    has("Milan edge Napoli", "Milan", Org);
    has("Milan edge Napoli", "Napoli", Org);
    let text = "London beat Paris to the 2012 Games.";
    lacks_typed(text, "London", Org);
    lacks_typed(text, "Paris", Org);
}

/// Stop 49, issue 11: a name set off by commas after a possessive or article, one modifier and
/// an organisation noun is that organisation ("The RMT's rival union, Aslef,"); a person after
/// "for" such a phrase keeps their name. "the brokerage" before a name is a company's
/// descriptor.
#[test]
fn a_rival_union_and_a_brokerage_name_organisations() {
    has(
        "The RMT's rival union, Aslef, said it would strike.",
        "Aslef",
        Org,
    );
    has(
        "The teachers' rival union, Corlan, said it would strike.",
        "Corlan",
        Org,
    );
    let text = "A spokesman for the RMT's rival union, Dev Patel, said talks had failed.";
    has(text, "Dev Patel", Person);
    lacks_typed(text, "Dev Patel", Org);
    has(
        "Analysts at the brokerage Harwood Brice said shares would fall.",
        "Harwood Brice",
        Org,
    );
    has(
        "Analysts at the brokerage Tarvel Kinross said shares would fall.",
        "Tarvel Kinross",
        Org,
    );
}

/// Stop 49, issue 11: "the River" and a name is a river whatever the name ("Dane" is a surname);
/// "River Phoenix" with no article stays a person. "Storm" and a word no list knows is a storm,
/// "Storm" and a speaker a person.
#[test]
fn rivers_after_the_and_storms_with_unlisted_names() {
    has(
        "Flood warnings were issued for the River Dane.",
        "River Dane",
        Place,
    );
    has(
        "River Phoenix starred in the film.",
        "River Phoenix",
        Person,
    );
    let text = "Storm Babet hit the coast near Caddon on Friday.";
    lacks(text, "Storm Babet");
    lacks(text, "Babet");
    has(
        "Storm Kelloway said the plan was sound.",
        "Storm Kelloway",
        Person,
    );
}

/// Stop 49, issue 11: "seen on CCTV by millions" is the broadcaster (an audience watches it), "by
/// police" the cameras; "OK" is Oklahoma only after a town and a comma; "The Police and Crime
/// Commissioner," is an office, not the police.
#[test]
fn cctv_by_its_audience_ok_and_a_commissioners_office() {
    lacks("The thief was seen on CCTV by police.", "CCTV");
    let text = "The speech was seen on CCTV by millions.";
    assert!(
        found(text).iter().any(|(t, _, _)| t == "CCTV"),
        "{:?}",
        found(text)
    );
    lacks("'Are we going to be OK?' she asked.", "OK");
    has("He moved to Tulsa, OK, in 1998.", "OK", Place);
    let text = "The Police and Crime Commissioner, Sunita Vaz, said the force was stretched.";
    lacks(text, "Police");
    has(text, "Sunita Vaz", Person);
}

/// Stop 49, lead (rev49): "Storm" and a word no list knows is a storm only with weather around
/// it; a person so named keeps the name.
#[test]
fn storm_and_an_unlisted_word_is_a_storm_only_with_weather() {
    has(
        "Storm Vandervelt, 34, was arrested at the scene.",
        "Storm Vandervelt",
        Person,
    );
    has(
        "Storm Vandervelt scored twice on Saturday.",
        "Storm Vandervelt",
        Person,
    );
    lacks("Roads were closed after Storm Babet.", "Storm Babet");
    lacks("Roads were closed after Storm Babet.", "Babet");
}

/// Stop 49, lead (rev49): two cities in a bid are no sides, and one word no list knows that sacks
/// or appoints a coach may be an owner.
#[test]
fn bidding_cities_and_an_owner_are_no_clubs() {
    let text = "Bidding for the games ended when Brisbane beat Doha.";
    lacks_org(text, "Brisbane");
    lacks_org(text, "Doha");
    lacks_org(
        "Mourinho appointed coach Ann Marsh as his assistant on Friday.",
        "Mourinho",
    );
    has("Dunmore have appointed coach Ann Holt.", "Dunmore", Org);
}

// ent60 ---------------------------------------------------------------------------------------

/// Stop 50, issue 11: a word no list knows and a town's name, set off before a job held at a
/// body, are a person's name ("Hagen" is a town of the lists).
#[test]
fn unknown_word_and_town_before_a_job_at_a_body_is_a_person() {
    let text = "Prices will rise, said Mats Hagen, an analyst at Fenwick Partners.";
    has(text, "Mats Hagen", Person);
    lacks(text, "Hagen");
    has(
        "Orla Hagen, a spokeswoman for Brenmoor Water, declined to comment.",
        "Orla Hagen",
        Person,
    );
}

/// Stop 50, issue 11: a sector's noun before "UK" is the body that speaks for it.
#[test]
fn a_sector_before_uk_is_its_body() {
    let text = "Energy UK, which represents suppliers, said bills would fall.";
    has(text, "Energy UK", Org);
    lacks(text, "UK");
    has("Prices rose, Water UK said on Monday.", "Water UK", Org);
}

/// Stop 50, issue 11: one word between "the" and "union", "group" or "party" is the body's name.
#[test]
fn the_name_before_union_group_or_party_is_an_organisation() {
    has(
        "Drivers walked out, and the Aslef union said talks had failed.",
        "Aslef",
        Org,
    );
    has(
        "Fighters from the Brenmoor group crossed the border.",
        "Brenmoor",
        Org,
    );
    lacks_org("Leaders of the Kurdish group met on Friday.", "Kurdish");
}

/// Stop 50, issue 11: a lone word before "captain" or "boss" and a person is their club, with no
/// fuller name of the club earlier.
#[test]
fn a_lone_word_before_a_captain_and_a_person_is_a_club() {
    has(
        "The side was tired, said Inter captain Marco Ferri.",
        "Inter",
        Org,
    );
    lacks_org("Club captain Marco Ferri said the side was tired.", "Club");
}

/// Stop 50, issue 11: ", of" and a name ending the phrase after a person's name is their home.
#[test]
fn of_a_name_after_a_person_is_their_home() {
    let text = "Police named the driver as Storm Okafor, of Kelby.";
    has(text, "Kelby", Place);
    has(text, "Storm Okafor", Person);
    let text = "The award went to Tove Brandt, of Kestrel Foods.";
    has(text, "Kestrel Foods", Org);
}

// ent61

/// Stop 51, issue 11: a kind of firm that names no person's trade names the firm after it or
/// before it in apposition, though its words read as a person's; a works or a compass point
/// places a name the lexicon knows as a surname, and a compass point a saint's town.
#[test]
fn a_firm_only_noun_names_the_firm_and_a_works_places_its_town() {
    has(
        "Analysts at the brokerage Carver Lowe cut their target price.",
        "Carver Lowe",
        Org,
    );
    has(
        "Tarrow Mutual, the insurer, said the data was stolen.",
        "Tarrow Mutual",
        Org,
    );
    has(
        "The company said it would close its plant in Kelso by May.",
        "Kelso",
        Place,
    );
    has(
        "Smoke rose over the hills north of Santa Rosalind.",
        "Santa Rosalind",
        Place,
    );
    let text = "Talks with the lender Barwick Holt broke down.";
    has(text, "Barwick Holt", Org);
    lacks_typed(text, "Barwick Holt", Person);
}

/// Stop 51, issue 11: a centre for security is a body (a paper's "The" stays out of its name, as
/// GUM marks it); a name before "-based" that no list knows is a town.
#[test]
fn a_security_centre_a_paper_and_a_based_town() {
    has(
        "A spokesman for the National Grid Security Centre said it was working on it.",
        "National Grid Security Centre",
        Org,
    );
    has(
        "The flaw was first reported by the technology website The Register.",
        "Register",
        Org,
    );
    has(
        "The Morvale-based firm said profits fell.",
        "Morvale",
        Place,
    );
}

/// Stop 51, issue 11: sides of a fixture, a club after a nationality and "club", a word of a
/// post before "boss", and a Greek letter before "group".
#[test]
fn fixture_sides_a_foreign_club_and_no_interim_club() {
    let text = "Kelbrook, who lead the league by three points, host Aberdeen on Sunday.";
    has(text, "Kelbrook", Org);
    has(text, "Aberdeen", Org);
    has(
        "He joined Halton from Dutch club Vitessa in July.",
        "Vitessa",
        Org,
    );
    lacks_typed(
        "\"We were poor,\" said Interim boss Ann Holt.",
        "Interim",
        Org,
    );
    lacks_typed(
        "Cases of the Omicron group rose again, officials said.",
        "Omicron",
        Org,
    );
    lacks_typed("Americans host Aberdeen on Sunday.", "Americans", Org);
}

/// Stop 51, lead p3: a name ending in "Town" that opens a sentence of a result naming another
/// club by a club's own word is a club too.
#[test]
fn a_town_in_a_result_with_a_club_is_a_club() {
    has(
        "Marlbury Town came from behind to beat league leaders Ashcombe United 2-1 on Saturday.",
        "Marlbury Town",
        Org,
    );
}

// lead (stop 51)
/// A US state's postal code after a town and a comma is a place by rule (the tagger alone had
/// made `Tulsa, OK` a place; a retrain of the model stopped it), but not after a sentence's
/// first word, a given name or in a line of capitals, nor before more words.
#[test]
fn a_postal_code_after_a_town_is_a_state() {
    has(
        "She grew up in Harlan Springs, TX, and studied in Austin.",
        "TX",
        Place,
    );
    has("The plant is in Vessey, OH.", "OH", Place);
    lacks("Fine, OK. We will go.", "OK");
    lacks("She told Maria, OK, that the deal was off.", "OK");
    lacks("He moved to Tulsa, OK Foods said.", "OK");
}

/// Review rev51: the look-alikes of this round's rules. A degree or "OK" after a person is no
/// state; a post word before a job noun is no name of any kind; "host" as a noun is no fixture;
/// a product "-based" on a platform is no place.
#[test]
fn look_alikes_of_the_round_s_rules_stay_unmarked() {
    lacks(
        "Paul Okafor, MD, who runs the clinic, said the ward was full.",
        "MD",
    );
    lacks("Just ask Hendricks, OK.", "OK");
    lacks("\"We were poor,\" said Interim boss Ann Holt.", "Interim");
    has(
        "\"We were poor,\" said Interim boss Ann Holt.",
        "Ann Holt",
        Person,
    );
    lacks_typed(
        "Eurovision host Liverpool said tickets sold out.",
        "Liverpool",
        Org,
    );
    lacks("The Android-based phone sold well.", "Android");
    has(
        "Staff at the Morvale-based firm were told on Friday.",
        "Morvale",
        Place,
    );
}

// ent64
/// Issue 11 item 4: in a line set in capitals, a listed place before a common word is no person
/// ("SALES" a surname too), and a currency alone is no name.
#[test]
fn a_place_and_a_common_word_in_capitals_are_no_person() {
    let t = "RETAILER WARNS AS GEORGIA SALES SLUMP";
    lacks(t, "GEORGIA SALES");
    has(t, "GEORGIA", Place);
    lacks("MARKETS CALM AFTER VOTE; STERLING EDGES UP", "STERLING");
    // Still a person: a listed given name and surname in capitals.
    has("PETRA LUNDQVIST WINS SEAT", "PETRA LUNDQVIST", Person);
}

/// Issue 11: a common word left alone after a capitalised common word no rule took is the end of
/// a body's name, no person ("Western Water said" made the person "Water").
#[test]
fn a_name_of_common_words_before_a_speech_verb_is_no_person() {
    lacks_typed(
        "Western Water said crews were out all night.",
        "Water",
        Person,
    );
    lacks_typed("The pipes burst, Western Water said.", "Water", Person);
    lacks_typed(
        "The pipes burst, Western Water said.",
        "Western Water",
        Person,
    );
    // The case the rule was written for (the rules before it made the person "Grid").
    lacks_typed("National Grid said the lines were safe.", "Grid", Person);
}

/// Issue 11: a given name that is also a town before a surname that is also a firm is a person
/// ("said Ann Vale" made the place Ann and the company Vale).
#[test]
fn a_given_name_and_a_firm_s_surname_are_a_person() {
    has("\"We will reopen,\" said Ann Vale.", "Ann Vale", Person);
    has(
        "Florence Ford said the shop would close.",
        "Florence Ford",
        Person,
    );
    // A firm after a town it is no surname of stays apart.
    has("Shares of Vale rose in Toronto.", "Vale", Org);
}

/// Issue 11: a name set off by commas after a relative is a person ("Her mother, Latha, said").
#[test]
fn a_name_set_off_after_a_relative_is_a_person() {
    has(
        "Her cousin, Temitope, said the shop would close.",
        "Temitope",
        Person,
    );
    // A name no list has: only the relative and the commas tell it is a person's.
    has(
        "Her mother, Latha, said the shop would close.",
        "Latha",
        Person,
    );
}

// ent63

/// Issue 11: a public body named by its field and a country ("Police Wales", "Transport
/// Scotland") is one organisation, not the place.
#[test]
fn a_field_and_a_country_name_a_public_body() {
    has(
        "Detective Sergeant Alan Brodie of Police Wales said the inquiry went on.",
        "Police Wales",
        Org,
    );
    has(
        "A Transport Wales spokesman said trains would run on Monday.",
        "Transport Wales",
        Org,
    );
    lacks_typed(
        "A Transport Wales spokesman said trains would run on Monday.",
        "Wales",
        Place,
    );
}

/// Issue 11: a coined word, or a given name, and a company's head word is a firm.
#[test]
fn a_name_and_a_company_head_is_a_firm() {
    has(
        "The deal puts it ahead of rivals Quantrel and Dorrington Micro.",
        "Dorrington Micro",
        Org,
    );
    has(
        "A spokeswoman for Fenbridge Transport, which will run the route, said so.",
        "Fenbridge Transport",
        Org,
    );
    has(
        "Calvex Therapeutics reported a loss on Friday.",
        "Calvex Therapeutics",
        Org,
    );
    lacks_typed(
        "Calvex Therapeutics reported a loss on Friday.",
        "Calvex Therapeutics",
        Person,
    );
}

/// Issue 11: a word of size or age and a capitalised word after "in" is a village.
#[test]
fn a_size_word_and_a_name_after_in_is_a_village() {
    has(
        "We had lunch at the Crown in Great Ashby before walking home.",
        "Great Ashby",
        Place,
    );
    has(
        "The Red Fox in Little Dunholme has closed.",
        "Little Dunholme",
        Place,
    );
    lacks_typed(
        "The Red Fox in Little Dunholme has closed.",
        "Little Dunholme",
        Person,
    );
}

/// Issue 11: an online service before its name, with a people and compound words between; not
/// a place's site, nor a person's name after the service's (review rev52).
#[test]
fn a_service_noun_names_the_firm_after_it() {
    has(
        "The figures came from the Dutch price-comparison site Prijsvos, which tracks shops.",
        "Prijsvos",
        Org,
    );
    has(
        "Fans moved to the streaming service Vidora after the price rise.",
        "Vidora",
        Org,
    );
    has(
        "The lender Brackwater said it would raise rates.",
        "Brackwater",
        Org,
    );
    lacks_typed(
        "Archaeologists at the burial site Sutton Hoo found a helmet.",
        "Sutton Hoo",
        Org,
    );
    lacks_typed(
        "On the dating app Hinge Tara Osei met her husband.",
        "Hinge Tara Osei",
        Org,
    );
    has(
        "On the dating app Hinge Tara Osei met her husband.",
        "Tara Osei",
        Person,
    );
    has(
        "The booking site Tripvault said demand had doubled.",
        "Tripvault",
        Org,
    );
}

/// Issue 11: a law or an award is no organisation; a poll's publisher after "by" is one.
#[test]
fn laws_are_no_organisations_and_publishers_are() {
    lacks_typed(
        "The Digital Services Act came into force in 2024.",
        "Digital Services",
        Org,
    );
    has(
        "The survey, published Tuesday by La Brujula, found that most voters back the plan.",
        "La Brujula",
        Org,
    );
}

// rev52

/// Review rev52: a poll's publisher after "by" is no place's name read as an outlet ("by La Jolla
/// researchers", "released by Los Angeles County"); an award keeps the body it is named after
/// ("the Harwell Trust Award" gives the trust); a title of a work after a part in it or a verb of
/// acting is no village ("a small role in Little Dorrit"), a village at a sentence's start is
/// one ("In Little Dunholme the pub has closed").
#[test]
fn rev52_outlets_awards_and_villages_by_their_context() {
    lacks_typed(
        "A study conducted by La Jolla researchers found little.",
        "La Jolla",
        Org,
    );
    lacks_typed(
        "Data released by Los Angeles County showed a rise in cases.",
        "Los Angeles County",
        Org,
    );
    has(
        "The Harwell Trust Award, given each year, went to a nurse from Leeds.",
        "Harwell Trust",
        Org,
    );
    lacks(
        "The Harwell Trust Award, given each year, went to a nurse from Leeds.",
        "Harwell Trust Award",
    );
    lacks_typed(
        "She had a small role in Little Dorrit on the BBC.",
        "Little Dorrit",
        Place,
    );
    lacks_typed("He cried in Old Yeller as a child.", "Old Yeller", Place);
    has(
        "Prices rose. In Little Dunholme the pub has closed.",
        "Little Dunholme",
        Place,
    );
}

// ent65

#[test]
fn utility_named_by_compass_words_is_one_org() {
    let t = "A spokeswoman for North West Water said crews were ready.";
    has(t, "North West Water", Org);
    lacks(t, "West Water");
    has(
        "Delays were blamed on Southern Rail and on staff at East Coast Energy.",
        "Southern Rail",
        Org,
    );
    has(
        "A crew from the South East Ambulance Service arrived within minutes.",
        "South East Ambulance Service",
        Org,
    );
}

#[test]
fn street_noun_ends_a_place_after_a_given_name() {
    let t = "Traffic was diverted on Corbin Street, Eleanor Street and Stannard Way.";
    has(t, "Eleanor Street", Place);
    has(t, "Stannard Way", Place);
    has(
        "The crowd gathered on Margaret Square.",
        "Margaret Square",
        Place,
    );
    // A longer name: no street.
    has(
        "She read the Copley Street Journal daily.",
        "Copley Street Journal",
        Org,
    );
}

#[test]
fn tribal_government_is_an_org() {
    let t = "The ruling was a win for the Pemawa River Tribe and two farm groups.";
    has(t, "Pemawa River Tribe", Org);
    has(
        "Lawyers for the Tesquan Nation filed suit.",
        "Tesquan Nation",
        Org,
    );
}

#[test]
fn legal_form_in_no_list_or_lower_case_makes_an_org() {
    let t = "The wine cooperative, Kelterhof eG, expected a smaller harvest.";
    has(t, "Kelterhof eG", Org);
    lacks(t, "Kelterhof");
    has(
        "The board of Dunmarsh plc met on Friday.",
        "Dunmarsh plc",
        Org,
    );
    has(
        "The buyer was Skarvik AB, a shipping firm.",
        "Skarvik AB",
        Org,
    );
    lacks_typed("She moved to Calgary AB last year.", "Calgary AB", Org);
}

#[test]
fn kind_of_place_of_a_given_name_is_a_place() {
    let t = "Crews were sent to a blaze near the town of Santa Lucera on Friday.";
    has(t, "Santa Lucera", Place);
    has(
        "She grew up in the village of Delia Marsh.",
        "Delia Marsh",
        Place,
    );
}

// ent66

/// Issue 11: a given name and a surname after an age compound are a person, though "Isla" also
/// opens island names; the given name alone later is that person.
#[test]
fn ent66_a_named_baby_and_her_given_name_alone() {
    let t = "Midwives were slow to treat two-week-old Isla Penhallow at Kirkby General \
             Hospital. Isla's grandmother, Morwenna Tull, said the family wanted answers.";
    has(t, "Isla Penhallow", Person);
    has(t, "Isla", Person);
}

/// Issue 11: a given name that is also a city, alone after the person was named in full, is that
/// person; the city after "in" stays a city.
#[test]
fn ent66_a_given_name_alone_after_the_full_name() {
    let t = "Florence Dunmore, 38, founded Quillby in 2019. \"Florence never takes no for an \
             answer,\" said her business partner Tobiah Renke.";
    has(t, "Florence Dunmore", Person);
    has(t, "Florence", Person);
    let t = "Their son Austin Garvell was born in March. The family lives in Austin, Texas.";
    has(t, "Austin", Place);
}

/// Issue 11: a person-shaped name before a common noun that opens a company's longer name of the
/// same text is the company's, no person.
#[test]
fn ent66_a_name_that_opens_a_company_is_no_person() {
    let t =
        "A judge halted the 90-mile Jade Vallon pipeline on Monday. Jade Vallon Energy said it \
             would appeal the ruling.";
    assert!(
        !found(t)
            .iter()
            .any(|(n, k, _)| n == "Jade Vallon" && *k == Person),
        "{:?}",
        found(t)
    );
    has(t, "Jade Vallon Energy", Org);
}

// rev53 (review of stop 53's rules)

/// A given name before a street's noun is a street only where a street stands: after a
/// preposition of place or in a list of streets; a person otherwise.
#[test]
fn rev53_a_person_named_like_a_street_stays_a_person() {
    let t = "The fans chanted for Jory Way, who scored twice in the second half.";
    lacks_typed(t, "Jory Way", Place);
    let t = "Coach Harriet Square said she was pleased with the draw.";
    lacks_typed(t, "Harriet Square", Place);
    has(
        "Buses were diverted along Corbin Street, Eleanor Street and Stannard Way.",
        "Eleanor Street",
        Place,
    );
}

/// A given name before "Nation" is a person's name, not a tribe's government.
#[test]
fn rev53_a_given_name_before_nation_is_no_tribe() {
    lacks_typed(
        "The Carla Nation tour begins in May with six dates.",
        "Carla Nation",
        Org,
    );
}

/// A person's name before a noun a person's name modifies ("family", "portrait") stays a
/// person's, though a company of the text starts with it.
#[test]
fn rev53_a_name_before_family_is_no_company() {
    let t = "The Kim Lohar family said little. Kim Lohar Holdings declined to comment.";
    lacks_typed(t, "Kim Lohar", Org);
}

/// "Name, 44, of X": a given name opening X keeps it from being asserted a place (a firm's name
/// as often as a town's).
#[test]
fn rev53_a_firm_after_a_name_and_age_is_no_place() {
    let t = "Colm Brady, 44, of Harper Macleod, said the firm would appeal.";
    lacks_typed(t, "Harper Macleod", Place);
}

/// ent66's company test: the name that opens the company is the company.
#[test]
fn rev53_the_name_that_opens_a_company_is_the_company() {
    let t = "A judge halted the 90-mile Jade Vallon pipeline on Monday. Jade Vallon Energy said \
             it would appeal the ruling.";
    has(t, "Jade Vallon", Org);
}

// ent67

/// "Rivals X and Y", "its rival X": a capitalised name after "rival" or "rivals" is a company's or
/// a club's, and so are the names listed with it; not a person's rival nor a person's name.
#[test]
fn ent67_rivals_are_organisations() {
    let t = "Milk prices fell. Rivals Morrowfield's and Brantco made similar cuts last week.";
    has(t, "Morrowfield", Org);
    has(t, "Brantco", Org);
    has(
        "The chain said its rival Kelvane had raised prices first.",
        "Kelvane",
        Org,
    );
    lacks_typed(
        "The senator said her rival Dunsmore had lied about the budget.",
        "Dunsmore",
        Org,
    );
    lacks_typed(
        "The club's rival Tomas Ferrand said nothing.",
        "Tomas Ferrand",
        Org,
    );
    // A candidate's rival after a title is a person.
    let t = "The poll showed a drop in support for rival Sen. Ada Quillon of Ohio.";
    lacks_typed(t, "Sen", Org);
    lacks_typed(t, "Ada Quillon", Org);
}

/// A firm's or group's noun after a word of its trade or cause ("law firm", "Consumer group")
/// names a body, though the name reads as a person's; a title after the noun opens a person's.
#[test]
fn ent67_a_trade_compound_names_a_body() {
    has(
        "The case was brought by law firm Hartley Venn in March.",
        "Hartley Venn",
        Org,
    );
    has(
        "Consumer group Fairtrust said the ruling was welcome.",
        "Fairtrust",
        Org,
    );
    has(
        "A suit filed by the law firm Ellery Marsh last year was dropped.",
        "Ellery Marsh",
        Org,
    );
    has(
        "The loans were sold to investment bank Corrigan Hale in June.",
        "Corrigan Hale",
        Org,
    );
    lacks_typed(
        "The central bank Governor Ilse Varga said rates would hold.",
        "Governor Ilse Varga",
        Org,
    );
}

/// A party's adjective and its members in the plural are the party; a house's members are not.
#[test]
fn ent67_a_party_named_by_its_members() {
    let t = "Talks between the Social Democrats and the Free Democrats ended on Monday.";
    has(t, "Social Democrats", Org);
    has(t, "Free Democrats", Org);
    has(
        "Money came from Progressive Democrats of Arlandia last year.",
        "Progressive Democrats of Arlandia",
        Org,
    );
    lacks_typed(
        "Senate Republicans blocked the bill on Tuesday.",
        "Senate Republicans",
        Org,
    );
}

/// "Labour Minister Anselm Roth": the ministry's field in a title, not the party.
#[test]
fn ent67_labour_before_minister_is_no_party() {
    let t = "Labour Minister Anselm Roth said the deal would lift wages.";
    lacks_typed(t, "Labour", Org);
    has(t, "Anselm Roth", Person);
}

/// "the Democratic Republic of Congo" (without "the" before "Congo") is the country, one place.
#[test]
fn ent67_the_democratic_republic_of_congo_is_one_place() {
    has(
        "Aid reached the Democratic Republic of Congo on Friday.",
        "Democratic Republic of Congo",
        Place,
    );
}

// ent68

/// A title that is also a given name ("Dean"), after a sport's role noun the job list lacks
/// ("referee", "striker"), opens the person's name: no title.
#[test]
fn ent68_a_title_like_given_name_after_a_role_opens_the_name() {
    let t = "The players surrounded referee Dean Marrable after the late penalty.";
    has(t, "Dean Marrable", Person);
    let t = "Rovers signed striker Dean Pollitt from Harbury on Friday.";
    has(t, "Dean Pollitt", Person);
}

/// The last word of a listed organisation's name, alone before a speech verb, is that
/// organisation ("Aston Villa … said Villa would"), unless a person of the text bears it.
#[test]
fn ent68_a_listed_bodys_last_word_alone_is_the_body() {
    let t = "Fans of Aston Villa queued for tickets on Monday. A club spokesman said Villa would \
             study the ruling carefully.";
    let villa: Vec<_> = found(t)
        .into_iter()
        .filter(|(n, _, _)| n == "Villa")
        .collect();
    assert!(
        !villa.is_empty() && villa.iter().all(|(_, k, _)| *k == Org),
        "{villa:?}"
    );
    // A person of the text named with the word keeps it.
    let t = "Marta Villa joined Aston Villa in May. \"I am happy,\" said Villa, who is 24.";
    lacks_typed(t, "Villa", Org);
}

// lead54

/// A given name after a firm's noun, with a lower-case verb right after the name, opens a
/// relative clause: the person who joined or leads the firm, not the firm's name.
#[test]
fn lead54_a_person_opening_a_clause_after_a_firms_noun_is_no_firm() {
    lacks_typed(
        "The law firm Maria Lopez joined in 2019 said it would appeal.",
        "Maria Lopez",
        Org,
    );
    lacks_typed(
        "The rights group Ahmed Saleh founded in 2001 said the arrests were illegal.",
        "Ahmed Saleh",
        Org,
    );
    // The firm's own name, a verb after it, stays the firm's.
    has(
        "The law firm Brackwell Dunne said it would appeal.",
        "Brackwell Dunne",
        Org,
    );
}

/// A person's rival is a person: a possessive pronoun or a person up to three words before
/// "rival" or "rivals" leaves the names after it alone.
#[test]
fn lead54_a_persons_rival_is_no_organisation() {
    lacks_typed(
        "Senator Alvarez said his longtime rival Brennock had lied about the budget.",
        "Brennock",
        Org,
    );
    let t = "Ms Okafor beat rivals Brennock and Hale in the primary, officials said.";
    lacks_typed(t, "Brennock", Org);
    lacks_typed(t, "Hale", Org);
    // A company's rivals stay companies.
    has(
        "Milk prices fell. The chain said its rivals Dornfield and Kestamart had cut first.",
        "Dornfield",
        Org,
    );
}

/// A party named by its members is one organisation at the text's first token too.
#[test]
fn lead54_a_party_opening_the_text_is_an_organisation() {
    has(
        "Social Democrats won 30 seats on Sunday, officials said.",
        "Social Democrats",
        Org,
    );
}

/// The lone last word of a listed club, with an age after it, is a person's name there.
#[test]
fn lead54_a_lone_club_word_before_an_age_is_a_person() {
    lacks_typed(
        "Aston Villa lost to Leeds on Sunday. Villa, 34, scored twice in the second half.",
        "Villa",
        Org,
    );
}

// ent69 -----------------------------------------------------------------------------------------

/// An outlet spoken to: a name after "told" (or "speaking to", "according to") that opens or
/// ends with a broadcaster's or the press's word is an organisation, not a person; a person's
/// name there stays a person's.
#[test]
fn ent69_a_medium_after_told_is_an_organisation() {
    has(
        "\"We are ready,\" Ann Holt told Kestrel Sport on Friday.",
        "Kestrel Sport",
        Org,
    );
    has(
        "Speaking to Radio Harbor, the mayor said the pier would reopen.",
        "Radio Harbor",
        Org,
    );
    has(
        "\"It was close,\" Dana Pike told Tom Vale after the race.",
        "Tom Vale",
        Person,
    );
}

/// "the journal X": a journal's name after its noun, though "journal" is a newspaper's word
/// too ("the Wexford Journal").
#[test]
fn ent69_a_journal_named_after_its_noun_is_an_organisation() {
    has(
        "The study was published in the journal Brelling Cardiology last week.",
        "Brelling Cardiology",
        Org,
    );
}

/// "X Atlantic, which operates …": a name before ", which" and a verb of running a business is
/// a company whole, though a word of it is a place; a place by a list stays one.
#[test]
fn ent69_a_name_that_operates_a_business_is_a_company() {
    let t = "Harbor Atlantic, which operates the ferry route, said it would add sailings.";
    has(t, "Harbor Atlantic", Org);
    lacks_typed(t, "Atlantic", Place);
    // A given name first ("Marine") makes no person before "which".
    has(
        "Marine Pacific, which owns the ferry route, said it would add sailings.",
        "Marine Pacific",
        Org,
    );
    has(
        "Ferries stopped in Ohio, which runs two ports on the lake.",
        "Ohio",
        Place,
    );
}

/// An adverb opening the sentence is no word of a company before ", which makes"; one word
/// before ", which owns" may be a town; "runs through" runs no business (review rev55).
#[test]
fn ent69_a_company_before_which_keeps_its_own_words() {
    let t = "Meanwhile Harlow Mills, which makes paper, cut 40 jobs.";
    has(t, "Harlow Mills", Org);
    lacks_typed(t, "Meanwhile Harlow Mills", Org);
    lacks_typed(
        "Residents of Glenbrook, which owns the quarry, voted on Tuesday.",
        "Glenbrook",
        Org,
    );
    lacks_typed(
        "Walkers follow the Tarrow Greenway, which runs along the river.",
        "Tarrow Greenway",
        Org,
    );
}

/// A disease is no person, organisation or place.
#[test]
fn ent69_a_disease_is_no_name() {
    lacks("Covid cases rose in the town last week.", "Covid");
    lacks("Deaths from Ebola fell in March.", "Ebola");
}

/// "the community of X", "the township of X": a kind of place before "of" names a place.
#[test]
fn ent69_a_community_of_a_name_is_a_place() {
    has(
        "She grew up in the community of Brackenhurst near the coast.",
        "Brackenhurst",
        Place,
    );
    has("The township of Wexley voted on Tuesday.", "Wexley", Place);
}

// ent70

/// After a title, a given name and a word the lists know only as a company are one person.
#[test]
fn ent70_a_companys_name_after_a_titled_given_name_is_the_surname() {
    has_titled(
        "Senate Majority Leader Tom Ericsson said the bill would pass.",
        "Tom Ericsson",
        "Senate Majority Leader",
    );
    lacks_typed(
        "Senate Majority Leader Tom Ericsson said the bill would pass.",
        "Ericsson",
        Org,
    );
    // The company alone stays the company.
    has(
        "Ericsson said on Monday it would cut 300 jobs in Sweden.",
        "Ericsson",
        Org,
    );
}

/// A lone word that repeats a listed club's last word, and stands alone before an age elsewhere
/// in the text, is that person before a speech verb too, not the club.
#[test]
fn ent70_a_club_word_alone_before_an_age_is_a_person_before_a_speech_verb() {
    let t = "Aston Villa lost on Saturday. Villa, 34, was sent off. \"We go again,\" Villa said.";
    lacks_typed(t, "Villa", Org);
    has(t, "Villa", Person);
    // Without the age the lone word after the club is the club.
    has(
        "Aston Villa lost on Saturday. \"We go again,\" Villa said.",
        "Villa",
        Org,
    );
}

/// Shares "in" a lone name no list knows: a company's, not a place.
#[test]
fn ent70_shares_in_a_lone_name_are_a_companys() {
    let t =
        "Westmount Resources cut 200 jobs on Monday. Shares in Westmount rose 4% after the news.";
    has(t, "Westmount", Org);
    lacks_typed(t, "Westmount", Place);
}

// ent71

/// After "told the journal", a name and a verb are the clause told: the name stays a person.
#[test]
fn ent71_a_name_told_after_the_journal_stays_a_person() {
    let t = "Holt told the journal Ann Marsh had resigned.";
    has(t, "Ann Marsh", Person);
    lacks_typed(t, "Ann Marsh", Org);
    lacks_typed("Holt told the journal Marsh had resigned.", "Marsh", Org);
    // The journal itself is still named so.
    has(
        "The findings appeared in the journal Lancet Neurology on Monday.",
        "Lancet Neurology",
        Org,
    );
}

/// A disease's name after a given name or a title, or before a speech verb, is a surname.
#[test]
fn ent71_a_diseases_name_after_a_given_name_is_a_surname() {
    has("Dr Ann Zika said the vaccine worked.", "Ann Zika", Person);
    has("Dr Zika said the vaccine worked.", "Zika", Person);
    // Before a lower-case noun the disease's name modifies it, after a month or a title too.
    lacks_typed("In June Covid cases rose sharply.", "Covid", Person);
    lacks_typed("Senator Ebola funding was cut.", "Ebola", Person);
    // The disease alone stays no name, whichever of the list it is.
    for w in crate::words::DISEASES {
        let name = w[..1].to_uppercase() + &w[1..];
        lacks(&format!("Deaths from {name} fell in March."), &name);
    }
}

/// "According to" opening a sentence reads the outlet spoken to, as in the middle of one.
#[test]
fn ent71_according_to_a_broadcaster_opening_a_sentence() {
    has(
        "According to Wexley Online, the deal is done.",
        "Wexley Online",
        Org,
    );
}

// ent72

/// A company's short name in a seat list ("Halvorsen, 3, Greens") is no one's age: the lone
/// word before a speech verb stays the company.
#[test]
fn ent72_a_seat_list_is_no_age() {
    let t = "Halvorsen Energy backed the vote. Seats: Labour, 22, Halvorsen, 3, Greens, 2. \
             \"We will appeal,\" Halvorsen said.";
    lacks_typed(t, "Halvorsen", Person);
}

// ent73

/// A city's name and a word no list knows, opening the clause before a verb of speech or a
/// plural verb, is a firm or club named for its town; a person's name stays one.
#[test]
fn ent73_a_town_and_a_coined_word_that_speaks_is_a_firm() {
    has("Osaka Velcron said profits rose.", "Osaka Velcron", Org);
    has(
        "Velka Dortmund are top of the table after ten games.",
        "Velka Dortmund",
        Org,
    );
    lacks_typed("Osaka Velcron said profits rose.", "Osaka", Place);
    has("Osaka Electron said profits rose.", "Osaka Electron", Org);
    lacks_typed(
        "Yesterday Osaka Velcron said it would act.",
        "Osaka Velcron",
        Org,
    );
    // The plural verb of a pair of people; a city's treaty (review rev57).
    lacks_typed(
        "Ann Vane and Kazuyo Whitby were among the winners.",
        "Kazuyo Whitby",
        Org,
    );
    lacks_typed(
        "Kyoto Protocol says emissions must fall.",
        "Kyoto Protocol",
        Org,
    );
    // A given name or surname that is also a city opens a person's name.
    lacks_typed("Paris Hilton said she was happy.", "Paris Hilton", Org);
    // A first name no list knows and a town's name before a speech verb are a person's.
    lacks_typed(
        "Kazuyo Whitby said the rates would stay low for a year.",
        "Kazuyo Whitby",
        Org,
    );
    // Not the clause's opening: the officials speak.
    lacks_typed(
        "Officials in Osaka Velcron said nothing.",
        "Osaka Velcron",
        Org,
    );
}

/// One unknown word before a verb of the market's moves and a percentage is a company.
#[test]
fn ent73_a_name_that_slid_by_a_percentage_is_a_company() {
    has("Velcron slid 4.5% in early trade.", "Velcron", Org);
    has(
        "Kestrix rose 12 percent on Monday as its shares recovered.",
        "Kestrix",
        Org,
    );
    // No percentage: no company.
    lacks_typed(
        "Kestrix rose early on Monday as its shares recovered.",
        "Kestrix",
        Org,
    );
    // No market word: a candidate in a poll; a plural noun is no name (review rev57).
    lacks_typed(
        "Kestrix rose 12 percent in the latest poll.",
        "Kestrix",
        Org,
    );
    lacks_typed("Evictions rose 20% in early trade.", "Evictions", Org);
}

/// "Events" and "Promotions" end a firm's name after a word no list knows.
#[test]
fn ent73_events_ends_a_firms_name() {
    has(
        "The fair is run by Sundown Events in the park.",
        "Sundown Events",
        Org,
    );
    // A holiday's events are no firm (review rev57).
    lacks_typed(
        "The Christmas Events at the castle were sold out.",
        "Christmas Events",
        Org,
    );
}

// lead57

/// After a title, a town's name ending the run right after a first name is the surname, and the
/// surname alone later is the same person, not the town's government ("Whitby said").
#[test]
fn lead57_a_towns_name_after_a_title_and_a_first_name_is_a_surname() {
    let t = "Governor Tamsin Whitby told the council on Monday that the budget was safe. \
             Whitby said the port would stay open.";
    has(t, "Tamsin Whitby", Person);
    has(t, "Whitby", Person);
    lacks_typed(t, "Whitby", Org);
    lacks_typed(t, "Whitby", Place);
    // A first name no list knows, too.
    has(
        "Governor Kazuyo Whitby spoke to reporters on the steps of the old courthouse.",
        "Kazuyo Whitby",
        Person,
    );
    // Without a title the town stays a town; a surname before it is no first name.
    has("They met Tamsin in Whitby on Monday.", "Whitby", Place);
    // The surname's mark reads a later speech verb, not a club's plural verb: the club, no
    // town there (review rev57).
    has(
        "Mayor Tamsin Whitby opened the new stand on Monday. Whitby were relegated last season.",
        "Whitby",
        Org,
    );
    lacks_typed(
        "Mayor Tamsin Whitby opened the new stand on Monday. Whitby were relegated last season.",
        "Whitby",
        Place,
    );
}
