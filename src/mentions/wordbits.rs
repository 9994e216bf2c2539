//! The short word lists of the context patterns and the entity tagger, as bits computed once per
//! distinct word of a text, when a rule first asks about it (most words never are: the patterns
//! look only next to capitalised words). The bits are a pure function of the word's text, so the
//! thread's cache of words (`segment::vocabulary`) keeps them for later texts: a word an earlier
//! article asked about costs nothing.

use crate::segment::{Kept, Token, WordStore, Words};

/// An organisation noun before or after a name ("the gaming *company* Velarion").
pub(crate) const ORG_NOUN: u32 = 1;
/// A plural organisation noun after coordinated names ("the State and Homeland Security
/// *departments*").
pub(crate) const BODY_PLURAL: u32 = 1 << 1;
/// A state's armed forces after a country's possessive ("North Korea's *army*").
pub(crate) const STATE_BODY: u32 = 1 << 2;
/// A verb of a sports result ("beat", "defeated", "drew").
pub(crate) const RESULT_VERB: u32 = 1 << 3;
/// A verb of losing ("lost … to").
pub(crate) const LOST_VERB: u32 = 1 << 4;
/// A result verb that needs no score ("thrashed").
pub(crate) const SURE_RESULT: u32 = 1 << 5;
/// "edge", "edges", "edged" ("edge past").
pub(crate) const EDGE: u32 = 1 << 6;
/// "drew", "draw" ("drew with").
pub(crate) const DRAW: u32 = 1 << 7;
/// A reporting verb after a place that speaks ("Beijing *warned*").
pub(crate) const PLACE_SPEECH: u32 = 1 << 8;
/// A determiner before a descriptor ("the", "its").
pub(crate) const DETERMINER: u32 = 1 << 9;
/// An article ("a", "an", "the").
pub(crate) const ARTICLE: u32 = 1 << 10;
/// A word that may follow an appositive's organisation noun ("that", "based").
pub(crate) const APPOSITIVE_NEXT: u32 = 1 << 11;
/// A possessive `'s`.
pub(crate) const POSSESSIVE: u32 = 1 << 12;
/// One to three digits.
pub(crate) const DIGITS: u32 = 1 << 13;
/// A score written as one word ("2-1").
pub(crate) const SCORE_WORD: u32 = 1 << 14;
/// A dash or colon between the numbers of a score.
pub(crate) const SCORE_DASH: u32 = 1 << 15;
/// A word that joins the parts of a name ("of", "de", "van").
pub(crate) const CONNECTOR: u32 = 1 << 16;
/// A name joined to a modifier ("Hong Kong-based", "US-led"): an adjective.
pub(crate) const MODIFIER: u32 = 1 << 17;
/// "past", "with", "against", "to" between a result verb and the second team.
pub(crate) const RESULT_LINK: u32 = 1 << 18;
/// "to" ("lost … to").
pub(crate) const TO: u32 = 1 << 19;
/// A word that opens a clause before a place that speaks ("and", "but", "while").
pub(crate) const CLAUSE_OPENER: u32 = 1 << 20;
/// A verb of winning a prize ("take", "won", "clinched": "Kenya take gold").
pub(crate) const WIN_VERB: u32 = 1 << 21;
/// A prize ("gold", "title", "cup").
pub(crate) const PRIZE: u32 = 1 << 22;
/// A plural organisation noun before a list of names ("*companies* such as Velarion and Mott").
pub(crate) const ORG_PLURAL: u32 = 1 << 23;
/// A word that opens a list of examples ("including", "like", "such" in "such as").
pub(crate) const LIST_OPENER: u32 = 1 << 24;
/// An interjection ("oh", "uh", "hey"): never part of a name.
pub(crate) const INTERJECTION: u32 = 1 << 25;
/// The last word of a newspaper's name after "the" ("the *Herald*", "the Yorkshire *Post*").
pub(crate) const PRESS: u32 = 1 << 26;
/// A player or squad of a sports club after its possessive ("Chelsea's *goalscorer*") or before a
/// player's name ("Kestrel *striker* Tom Vale"); also its staff ("coach", "manager", "captain",
/// "skipper", "boss"), which only a city's name or a club's word makes a club's (see
/// `context::staff_word`).
pub(crate) const SQUAD_ROLE: u32 = 1 << 27;
/// A plural verb after a city that is its club ("Leeds *were* the better side").
pub(crate) const PLURAL_VERB: u32 = 1 << 28;
/// "Air", "Airways" or "Airlines" in an airline's name ("Kestrel *Air*").
pub(crate) const AIRLINE: u32 = 1 << 29;
/// The last word of a club's name ("Harlow *Town*", "Bristol *Rovers*"); for the airline rule,
/// a verb of flying before an airline ("she *flew* Delta") is [`AIRLINE`] and [`CLUB_END`].
pub(crate) const CLUB_END: u32 = 1 << 30;
/// Set once the word's bits are known.
const KNOWN: u32 = 1 << 31;

/// The bits of the distinct words of one text, computed on first use; the thread keeps them for
/// its later texts ([`crate::segment::WordStore`]), given back when the text is done with them.
pub(crate) struct WordBits {
    /// Per distinct word: its bits, 0 until known.
    store: WordStore<u32>,
}

thread_local! {
    /// The bits the earlier texts of the thread computed.
    static KEPT: std::cell::RefCell<Kept<u32>> = std::cell::RefCell::new(Kept::default());
}

impl WordBits {
    /// Room for the distinct words of a text, with the bits the earlier texts of the thread
    /// computed for them.
    pub(crate) fn new(words: &Words) -> WordBits {
        WordBits {
            store: WordStore::from_thread(words, &KEPT),
        }
    }

    /// The bits of token `t` of `text`: the cached bits inline, the first computation out of line.
    #[inline(always)]
    pub(crate) fn of(&self, text: &str, t: &Token) -> u32 {
        let b = self.store.get(t.word() as usize);
        if b & KNOWN != 0 {
            return b;
        }
        self.fill(text, t)
    }

    /// Computes and caches the bits of token `t` on the first look at its word (the thread keeps
    /// them for its later texts).
    #[cold]
    #[inline(never)]
    fn fill(&self, text: &str, t: &Token) -> u32 {
        let b = compute(t.text(text)) | KNOWN;
        self.store.set(t.word() as usize, b);
        b
    }
}

impl Drop for WordBits {
    /// Gives the thread the bits, this text's included.
    fn drop(&mut self) {
        self.store.give_back(&KEPT);
    }
}

/// A name joined to a modifier by a hyphen, "Hong Kong-based", "US-led", "Paris-born".
pub(crate) fn is_modifier_compound(w: &str) -> bool {
    const SUFFIXES: [&str; 24] = [
        "based",
        "born",
        "led",
        "owned",
        "backed",
        "made",
        "style",
        "era",
        "bound",
        "listed",
        "linked",
        "funded",
        "run",
        "controlled",
        "allied",
        "sponsored",
        "affiliated",
        "centric",
        "wide",
        "focused",
        "headquartered",
        "registered",
        "built",
        "speaking",
    ];
    match w.rsplit_once('-') {
        Some((head, tail)) => {
            head.chars().next().is_some_and(char::is_uppercase) && SUFFIXES.contains(&tail)
        }
        None => false,
    }
}

/// The bits of one word.
fn compute(w: &str) -> u32 {
    let bytes = w.as_bytes();
    let mut bits = 0;
    if bytes.contains(&b'-') {
        if is_modifier_compound(w) {
            bits |= MODIFIER;
        }
        if let Some((x, y)) = w.split_once('-') {
            let digits =
                |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
            if digits(x) && digits(y) {
                bits |= SCORE_WORD;
            }
        }
    }
    if (1..=3).contains(&bytes.len()) && bytes.iter().all(u8::is_ascii_digit) {
        bits |= DIGITS;
    }
    if matches!(w, "-" | "–" | "—" | ":") {
        bits |= SCORE_DASH;
    }
    if matches!(w, "'s" | "’s" | "'S" | "’S") {
        bits |= POSSESSIVE | CONNECTOR;
    }
    if bytes.len() > MAX {
        return bits;
    }
    let mut buf = [0u8; MAX];
    buf[..bytes.len()].copy_from_slice(bytes);
    let word = u128::from_be_bytes(buf);
    if word & HIGH != 0 {
        return bits; // not ASCII
    }
    bits | lists(ascii_lowercase(word), bytes.len())
}

/// The top bit of each byte of a [`key`].
const HIGH: u128 = u128::from_ne_bytes([0x80; MAX]);

/// The [`key`] of an ASCII word, lower-cased: every byte from `A` to `Z` gains 0x20, eight bytes
/// at a time (no byte carries into the next, as each is below 0x80).
fn ascii_lowercase(word: u128) -> u128 {
    let each = |b: u8| u128::from_ne_bytes([b; MAX]);
    let from_a = word + each(0x80 - b'A'); // top bit set for bytes >= 'A'
    let past_z = word + each(0x80 - b'Z' - 1); // top bit set for bytes > 'Z'
    word | ((from_a & !past_z & HIGH) >> 2)
}

/// The longest listed word, in bytes.
const MAX: usize = 16;

/// The listed words and their bits, sorted by word: a binary search finds one (far less code than a
/// `match` over byte strings).
const LIST: [(&[u8], u32); 389] = [
    (b"a", DETERMINER | ARTICLE),
    (b"accused", PLACE_SPEECH),
    (b"accuses", PLACE_SPEECH),
    (b"advertiser", PRESS),
    (b"after", CLAUSE_OPENER),
    (b"against", RESULT_LINK),
    (b"agencies", BODY_PLURAL | ORG_PLURAL),
    (b"agency", ORG_NOUN),
    (b"ah", INTERJECTION),
    (b"air", AIRLINE),
    (b"airline", ORG_NOUN),
    (b"airlines", ORG_PLURAL | AIRLINE),
    (b"airways", AIRLINE),
    (b"al", CONNECTOR),
    (b"alas", INTERJECTION),
    (b"albion", CLUB_END),
    (b"alliance", ORG_NOUN),
    (b"an", DETERMINER | ARTICLE),
    (b"and", APPOSITIVE_NEXT | CONNECTOR | CLAUSE_OPENER),
    (b"announced", PLACE_SPEECH),
    (b"announces", PLACE_SPEECH),
    (b"are", PLURAL_VERB),
    (b"argus", PRESS),
    (b"argyle", CLUB_END),
    (b"armed", STATE_BODY),
    (b"army", STATE_BODY),
    (b"as", CLAUSE_OPENER),
    (b"association", ORG_NOUN),
    (b"athletic", PRESS | CLUB_END),
    (b"automaker", ORG_NOUN),
    (b"automakers", ORG_PLURAL),
    (b"band", ORG_NOUN),
    (b"bank", ORG_NOUN),
    (b"banks", BODY_PLURAL | ORG_PLURAL),
    (b"based", APPOSITIVE_NEXT),
    (b"beacon", PRESS),
    (b"bears", CLUB_END),
    (b"beat", RESULT_VERB),
    (b"beats", RESULT_VERB),
    (b"bin", CONNECTOR),
    (b"boss", SQUAD_ROLE),
    (b"brand", ORG_NOUN),
    (b"brands", ORG_PLURAL),
    (b"brewer", ORG_NOUN),
    (b"broadcaster", ORG_NOUN),
    (b"broadcasters", ORG_PLURAL),
    (b"brokerage", ORG_NOUN),
    (b"broncos", CLUB_END),
    (b"bronze", PRIZE),
    (b"bulletin", PRESS),
    (b"bulls", CLUB_END),
    (b"but", CLAUSE_OPENER),
    (b"captain", SQUAD_ROLE),
    (b"carmaker", ORG_NOUN),
    (b"carmakers", ORG_PLURAL),
    (b"carrier", ORG_NOUN),
    (b"carriers", ORG_PLURAL),
    (b"chain", ORG_NOUN),
    (b"chains", ORG_PLURAL),
    (b"championship", PRIZE),
    (b"channel", ORG_NOUN),
    (b"charities", ORG_PLURAL),
    (b"charity", ORG_NOUN),
    (b"chipmaker", ORG_NOUN),
    (b"chipmakers", ORG_PLURAL),
    (b"chronicle", PRESS),
    (b"cities", ORG_PLURAL),
    (b"city", CLUB_END),
    (b"claim", WIN_VERB),
    (b"claimed", PLACE_SPEECH | WIN_VERB),
    (b"claims", PLACE_SPEECH | WIN_VERB),
    (b"clarion", PRESS),
    (b"clinch", WIN_VERB),
    (b"clinched", WIN_VERB),
    (b"clinches", WIN_VERB),
    (b"club", ORG_NOUN),
    (b"clubs", ORG_PLURAL),
    (b"coach", SQUAD_ROLE),
    (b"coalition", ORG_NOUN),
    (b"college", ORG_NOUN),
    (b"colts", CLUB_END),
    (b"commissions", BODY_PLURAL),
    (b"committees", BODY_PLURAL),
    (b"companies", BODY_PLURAL | ORG_PLURAL),
    (b"company", ORG_NOUN),
    (b"conglomerate", ORG_NOUN),
    (b"consultancy", ORG_NOUN),
    (b"corporation", ORG_NOUN),
    (b"councils", BODY_PLURAL),
    (b"counties", ORG_PLURAL),
    (b"countries", ORG_PLURAL),
    (b"county", CLUB_END),
    (b"courier", PRESS),
    (b"crown", PRIZE),
    (b"crushed", RESULT_VERB),
    (b"cubs", CLUB_END),
    (b"cup", PRIZE),
    (b"da", CONNECTOR),
    (b"das", CONNECTOR),
    (b"de", CONNECTOR),
    (b"declared", PLACE_SPEECH),
    (b"defeat", RESULT_VERB),
    (b"defeated", RESULT_VERB),
    (b"defeats", RESULT_VERB),
    (b"defender", SQUAD_ROLE),
    (b"defenders", SQUAD_ROLE),
    (b"del", CONNECTOR),
    (b"della", CONNECTOR),
    (b"demanded", PLACE_SPEECH),
    (b"den", CONNECTOR),
    (b"denied", PLACE_SPEECH),
    (b"denies", PLACE_SPEECH),
    (b"departments", BODY_PLURAL),
    (b"der", CONNECTOR),
    (b"developer", ORG_NOUN),
    (b"di", CONNECTOR),
    (b"dispatch", PRESS),
    (b"distributor", ORG_NOUN),
    (b"do", CONNECTOR),
    (b"dolphins", CLUB_END),
    (b"dos", CONNECTOR),
    (b"downed", RESULT_VERB),
    (b"draw", RESULT_VERB | DRAW),
    (b"drew", RESULT_VERB | DRAW),
    (b"drugmaker", ORG_NOUN),
    (b"drugmakers", ORG_PLURAL),
    (b"du", CONNECTOR),
    (b"eagles", CLUB_END),
    (b"echo", PRESS),
    (b"economist", PRESS),
    (b"edge", RESULT_VERB | EDGE),
    (b"edged", RESULT_VERB | EDGE),
    (b"edges", RESULT_VERB | EDGE),
    (b"el", CONNECTOR),
    (b"enquirer", PRESS),
    (b"erm", INTERJECTION),
    (b"examiner", PRESS),
    (b"express", PRESS),
    (b"faction", ORG_NOUN),
    (b"falcons", CLUB_END),
    (b"fc", CLUB_END),
    (b"federation", ORG_NOUN),
    (b"fell", LOST_VERB),
    (b"firm", ORG_NOUN),
    (b"firms", ORG_PLURAL),
    (b"flew", AIRLINE | CLUB_END),
    (b"flies", AIRLINE | CLUB_END),
    (b"flown", AIRLINE | CLUB_END),
    (b"fly", AIRLINE | CLUB_END),
    (b"flying", AIRLINE | CLUB_END),
    (b"for", CONNECTOR),
    (b"forces", STATE_BODY),
    (b"foundation", ORG_NOUN),
    (b"founded", APPOSITIVE_NEXT),
    (b"from", APPOSITIVE_NEXT),
    (b"fund", ORG_NOUN),
    (b"gazette", PRESS),
    (b"giant", ORG_NOUN),
    (b"gleaner", PRESS),
    (b"goalkeeper", SQUAD_ROLE),
    (b"goalkeepers", SQUAD_ROLE),
    (b"goalscorer", SQUAD_ROLE),
    (b"goalscorers", SQUAD_ROLE),
    (b"gold", PRIZE),
    (b"grab", WIN_VERB),
    (b"grabbed", WIN_VERB),
    (b"grabs", WIN_VERB),
    (b"grocer", ORG_NOUN),
    (b"group", ORG_NOUN),
    (b"groups", ORG_PLURAL),
    (b"guardian", PRESS),
    (b"hammered", RESULT_VERB | SURE_RESULT),
    (b"harriers", CLUB_END),
    (b"have", PLURAL_VERB),
    (b"hawks", CLUB_END),
    (b"headquartered", APPOSITIVE_NEXT),
    (b"held", RESULT_VERB),
    (b"hello", INTERJECTION),
    (b"her", DETERMINER),
    (b"herald", PRESS),
    (b"hey", INTERJECTION),
    (b"his", DETERMINER),
    (b"hmm", INTERJECTION),
    (b"hotspur", CLUB_END),
    (b"huh", INTERJECTION),
    (b"ibn", CONNECTOR),
    (b"in", APPOSITIVE_NEXT),
    (b"including", LIST_OPENER),
    (b"inquirer", PRESS),
    (b"insisted", PLACE_SPEECH),
    (b"institute", ORG_NOUN),
    (b"insurer", ORG_NOUN),
    (b"insurers", ORG_PLURAL),
    (b"islands", ORG_PLURAL),
    (b"its", DETERMINER),
    (b"journal", PRESS),
    (b"junta", STATE_BODY),
    (b"known", APPOSITIVE_NEXT),
    (b"la", CONNECTOR),
    (b"label", ORG_NOUN),
    (b"labels", ORG_PLURAL),
    (b"le", CONNECTOR),
    (b"league", ORG_NOUN),
    (b"led", APPOSITIVE_NEXT),
    (b"ledger", PRESS),
    (b"lender", ORG_NOUN),
    (b"lenders", ORG_PLURAL),
    (b"lift", WIN_VERB),
    (b"lifted", WIN_VERB),
    (b"lifts", WIN_VERB),
    (b"like", LIST_OPENER),
    (b"lions", CLUB_END),
    (b"listed", APPOSITIVE_NEXT),
    (b"lose", LOST_VERB),
    (b"loses", LOST_VERB),
    (b"lost", LOST_VERB),
    (b"magazine", ORG_NOUN),
    (b"mail", PRESS),
    (b"maker", ORG_NOUN),
    (b"manager", SQUAD_ROLE),
    (b"manufacturer", ORG_NOUN),
    (b"medal", PRIZE),
    (b"medals", PRIZE),
    (b"mercury", PRESS),
    (b"messenger", PRESS),
    (b"midfielder", SQUAD_ROLE),
    (b"midfielders", SQUAD_ROLE),
    (b"military", STATE_BODY),
    (b"militia", ORG_NOUN),
    (b"ministries", BODY_PLURAL),
    (b"mirror", PRESS),
    (b"movement", ORG_NOUN),
    (b"nations", ORG_PLURAL),
    (b"navy", STATE_BODY),
    (b"network", ORG_NOUN),
    (b"networks", ORG_PLURAL),
    (b"newspaper", ORG_NOUN),
    (b"newspapers", ORG_PLURAL),
    (b"observer", PRESS),
    (b"of", APPOSITIVE_NEXT | CONNECTOR),
    (b"offices", BODY_PLURAL),
    (b"oh", INTERJECTION),
    (b"on", CONNECTOR),
    (b"oops", INTERJECTION),
    (b"operator", ORG_NOUN),
    (b"organisation", ORG_NOUN),
    (b"organisations", ORG_PLURAL),
    (b"organization", ORG_NOUN),
    (b"organizations", ORG_PLURAL),
    (b"our", DETERMINER),
    (b"outclassed", RESULT_VERB),
    (b"outlet", ORG_NOUN),
    (b"outlets", ORG_PLURAL),
    (b"overcame", RESULT_VERB),
    (b"owls", CLUB_END),
    (b"owned", APPOSITIVE_NEXT),
    (b"panthers", CLUB_END),
    (b"paper", ORG_NOUN),
    (b"parties", BODY_PLURAL),
    (b"party", ORG_NOUN),
    (b"past", RESULT_LINK),
    (b"pennant", PRIZE),
    (b"pirates", CLUB_END),
    (b"planemaker", ORG_NOUN),
    (b"platform", ORG_NOUN),
    (b"platforms", ORG_PLURAL),
    (b"please", INTERJECTION),
    (b"post", PRESS),
    (b"producer", ORG_NOUN),
    (b"provider", ORG_NOUN),
    (b"provinces", ORG_PLURAL),
    (b"publications", ORG_PLURAL),
    (b"publisher", ORG_NOUN),
    (b"publishers", ORG_PLURAL),
    (b"raiders", CLUB_END),
    (b"rams", CLUB_END),
    (b"rangers", CLUB_END),
    (b"ravens", CLUB_END),
    (b"recorder", PRESS),
    (b"regions", ORG_PLURAL),
    (b"register", PRESS),
    (b"regulator", ORG_NOUN),
    (b"responded", PLACE_SPEECH),
    (b"retailer", ORG_NOUN),
    (b"retailers", ORG_PLURAL),
    (b"retain", WIN_VERB),
    (b"retained", WIN_VERB),
    (b"retains", WIN_VERB),
    (b"routed", RESULT_VERB | SURE_RESULT),
    (b"rovers", CLUB_END),
    (b"run", APPOSITIVE_NEXT),
    (b"said", PLACE_SPEECH),
    (b"says", PLACE_SPEECH),
    (b"scotsman", PRESS),
    (b"seal", WIN_VERB),
    (b"sealed", WIN_VERB),
    (b"seals", WIN_VERB),
    (b"sentinel", PRESS),
    (b"services", BODY_PLURAL | ORG_PLURAL),
    (b"sharks", CLUB_END),
    (b"side", ORG_NOUN),
    (b"silver", PRIZE),
    (b"since", CLAUSE_OPENER),
    (b"sites", ORG_PLURAL),
    (b"skipper", SQUAD_ROLE),
    (b"sox", CLUB_END),
    (b"spectator", PRESS),
    (b"spikes", CLUB_END),
    (b"squad", SQUAD_ROLE),
    (b"start-up", ORG_NOUN),
    (b"startup", ORG_NOUN),
    (b"stated", PLACE_SPEECH),
    (b"states", ORG_PLURAL),
    (b"striker", SQUAD_ROLE),
    (b"strikers", SQUAD_ROLE),
    (b"studio", ORG_NOUN),
    (b"studios", ORG_PLURAL),
    (b"stunned", RESULT_VERB),
    (b"suburbs", ORG_PLURAL),
    (b"such", LIST_OPENER),
    (b"supermarket", ORG_NOUN),
    (b"tabloid", ORG_NOUN),
    (b"take", WIN_VERB),
    (b"takes", WIN_VERB),
    (b"taking", WIN_VERB),
    (b"tank", ORG_NOUN),
    (b"team", ORG_NOUN),
    (b"teams", ORG_PLURAL),
    (b"telegram", PRESS),
    (b"telegraph", PRESS),
    (b"that", DETERMINER | APPOSITIVE_NEXT),
    (b"the", DETERMINER | ARTICLE | CONNECTOR),
    (b"their", DETERMINER),
    (b"this", DETERMINER),
    (b"thistle", CLUB_END),
    (b"thrashed", RESULT_VERB | SURE_RESULT),
    (b"threatened", PLACE_SPEECH),
    (b"tie", RESULT_VERB),
    (b"tied", RESULT_VERB),
    (b"tigers", CLUB_END),
    (b"times", PRESS),
    (b"title", PRIZE),
    (b"titles", PRIZE),
    (b"to", RESULT_LINK | TO),
    (b"took", WIN_VERB),
    (b"town", CLUB_END),
    (b"towns", ORG_PLURAL),
    (b"toymaker", ORG_NOUN),
    (b"tribune", PRESS),
    (b"troops", STATE_BODY),
    (b"trophy", PRIZE),
    (b"trounced", RESULT_VERB | SURE_RESULT),
    (b"uh", INTERJECTION),
    (b"uhm", INTERJECTION),
    (b"um", INTERJECTION),
    (b"union", ORG_NOUN),
    (b"united", CLUB_END),
    (b"universities", BODY_PLURAL),
    (b"university", ORG_NOUN),
    (b"upon", CONNECTOR),
    (b"urged", PLACE_SPEECH),
    (b"urges", PLACE_SPEECH),
    (b"van", CONNECTOR),
    (b"villages", ORG_PLURAL),
    (b"von", CONNECTOR),
    (b"wanderers", CLUB_END),
    (b"warned", PLACE_SPEECH),
    (b"warns", PLACE_SPEECH),
    (b"warriors", CLUB_END),
    (b"watchdog", ORG_NOUN),
    (b"website", ORG_NOUN),
    (b"websites", ORG_PLURAL),
    (b"were", PLURAL_VERB),
    (b"when", CLAUSE_OPENER),
    (b"which", APPOSITIVE_NEXT),
    (b"while", CLAUSE_OPENER),
    (b"whipped", RESULT_VERB),
    (b"whose", APPOSITIVE_NEXT),
    (b"win", WIN_VERB),
    (b"winger", SQUAD_ROLE),
    (b"wingers", SQUAD_ROLE),
    (b"wins", WIN_VERB),
    (b"with", APPOSITIVE_NEXT | RESULT_LINK),
    (b"wolves", CLUB_END),
    (b"won", WIN_VERB),
    (b"wow", INTERJECTION),
    (b"y", CONNECTOR),
    (b"yeah", INTERJECTION),
    (b"zu", CONNECTOR),
];

/// A word of at most [`MAX`] bytes as a number: its bytes big-endian, padded with zeros. Numbers
/// order as the words do, as no listed word holds a zero byte.
const fn key(w: &[u8]) -> u128 {
    let mut buf = [0u8; MAX];
    let mut i = 0;
    while i < w.len() {
        buf[i] = w[i];
        i += 1;
    }
    u128::from_be_bytes(buf)
}

/// The [`key`]s of the listed words, in the order of [`LIST`] (which is sorted, so they are too).
const KEYS: [u128; LIST.len()] = {
    let mut keys = [0; LIST.len()];
    let mut i = 0;
    while i < LIST.len() {
        let w = LIST[i].0;
        assert!(w.len() <= MAX, "a listed word is longer than MAX");
        keys[i] = key(w);
        i += 1;
    }
    keys
};

/// The list bits of a lower-cased ASCII word of `len` bytes, given as its [`key`]: a binary search
/// over numbers instead of byte strings. The length tells a word with a zero byte from the listed
/// word it pads to.
fn lists(key: u128, len: usize) -> u32 {
    KEYS.binary_search(&key)
        .ok()
        .filter(|&i| LIST[i].0.len() == len)
        .map_or(0, |i| LIST[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_of_words() {
        assert_ne!(compute("Company") & ORG_NOUN, 0);
        assert_ne!(compute("departments") & BODY_PLURAL, 0);
        assert_ne!(compute("publications") & ORG_PLURAL, 0);
        assert_ne!(compute("such") & LIST_OPENER, 0);
        assert_ne!(compute("Uh") & INTERJECTION, 0);
        assert_ne!(compute("EDGE") & (EDGE | RESULT_VERB), 0);
        for w in ["beat", "defeated", "held", "thrashed", "drew", "lost"] {
            assert_ne!(compute(w) & (RESULT_VERB | LOST_VERB), 0, "{w}");
        }
        for w in [
            "army",
            "company",
            "departments",
            "said",
            "the",
            "with",
            "de",
        ] {
            assert_ne!(compute(w), 0, "{w}");
        }
        assert_ne!(compute("2-1") & SCORE_WORD, 0);
        assert_ne!(compute("12") & DIGITS, 0);
        assert_eq!(compute("2024") & DIGITS, 0);
        assert_ne!(compute("Kong-based") & MODIFIER, 0);
        assert_eq!(compute("Cheuk-ting") & MODIFIER, 0);
        assert_ne!(compute("the") & (ARTICLE | DETERMINER | CONNECTOR), 0);
        assert_eq!(compute("table"), 0);
        assert!(
            LIST.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted, no repeats"
        );
        assert!(
            LIST.iter().all(|(w, _)| !w.contains(&0)),
            "no zero byte, so the keys order as the words"
        );
        assert!(KEYS.windows(2).all(|k| k[0] < k[1]), "keys sorted");
        for b in 0..0x80u8 {
            let lowered = ascii_lowercase(key(&[b'x', b, b'Q'])).to_be_bytes();
            assert_eq!(lowered[..3], [b'x', b.to_ascii_lowercase(), b'q'], "{b}");
        }
        // A zero byte pads like the end of the word, but the length tells them apart.
        assert_eq!(compute("a\0"), 0);
        assert_eq!(compute("the\0\0"), 0);
    }

    /// Bits remembered from an earlier text of the thread are the bits computed afresh.
    #[test]
    fn remembered_bits_are_computed_bits() {
        let text =
            "The gaming company Velarion beat Mott 2-1 in the Cup, its Hong Kong-based rival said.";
        for round in 0..2 {
            let seg = crate::segment::segment(text);
            let bits = WordBits::new(&seg.words);
            for t in &seg.tokens {
                let w = t.text(text);
                let cached = bits.store.get(t.word() as usize);
                if round == 1 {
                    assert_ne!(cached, 0, "{w} remembered");
                }
                assert_eq!(bits.of(text, t), compute(w) | KNOWN, "{w}");
                if cached != 0 {
                    assert_eq!(cached, compute(w) | KNOWN, "{w}");
                }
            }
        }
    }

    /// The search over keys finds what the search over the words finds, for every listed word
    /// and for words around them.
    #[test]
    fn keys_find_the_words() {
        let by_words = |w: &[u8]| {
            LIST.binary_search_by(|(k, _)| k.cmp(&w))
                .map_or(0, |i| LIST[i].1)
        };
        for (w, bits) in LIST {
            assert_eq!(lists(key(w), w.len()), bits);
            for extra in [&b"s"[..], b"a", b"zz", b"\0"] {
                let longer = [w, extra].concat();
                if longer.len() <= MAX {
                    assert_eq!(lists(key(&longer), longer.len()), by_words(&longer));
                }
            }
            let shorter = &w[..w.len() - 1];
            assert_eq!(lists(key(shorter), shorter.len()), by_words(shorter));
        }
    }
}
