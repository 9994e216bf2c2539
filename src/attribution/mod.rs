//! Stage 5: each quotation's kind, cue and speaker; indirect speech.
//!
//! For every quotation, in order:
//! 1. **Frame** ([`frame`]): a speech cue and its speaker in the quotation's own sentence. After the
//!    quotation first (`“…,” X said`, `“…,” said X`, `“…” — X`), then before it (`X said: “…”`,
//!    `X said he expected “…”`, `X told reporters that … “…”`, `according to X, “…”`). A cue is a
//!    speech verb (data/words/speech_verbs.txt) or a phrasal one ([`Context::is_phrasal_cue`]:
//!    `shot back`, `fired back`, `went on` before punctuation).
//! 2. **Kind** ([`kind`]): `direct` when the quotation opens its clause (sentence start, after a colon
//!    or after `said,`); `partial` for a fragment inside the writer's sentence with a cue;
//!    `other` for titles, nicknames and scare quotes without one.
//! 3. **Carry-over**: a quotation without a frame takes the speaker of the quotation it continues
//!    (a paragraph run-on), of the previous quotation in its paragraph (a split quote), of a speaker
//!    introduced just before (`Hugh Hill, a doctor, said:`), of the previous paragraph's quotation
//!    (a paragraph holding only a quote), or of a speech cue in the sentence before.
//! 4. **Resolution** ([`resolve`]): names to their entities; `he`/`she` to the last speaker of
//!    that gender nearby, else to a description that opens the pronoun's sentence (`The senator
//!    denounced what he called …`) or names its person in apposition, else the most recent person
//!    of that gender; `they` to a group or body the sentence before makes its speaker; `it` to the
//!    most recent organisation; descriptions (`the spokeswoman`) to an earlier person with that
//!    title; anything else stays an unnamed source (`named: false`).
//! 5. **Indirect speech** ([`indirect`]): `X said (that) CLAUSE`, `CLAUSE, X said`, `according to
//!    X, CLAUSE`, in sentences without quotation marks.
//!
//! Known failure modes: no parser, so a subject far from its verb, or a speaker given only in a
//! later sentence, is missed.

/// A list of quantity words: the six that count people, shared by the three lists that read a
/// quantity (`np::is_quantity`, `frame::is_lone_quantity`, `indirect::with_quantifier`), then
/// the list's own. One array at each site, so each test is still one look-up.
macro_rules! people_quantities {
    ($($word:literal),*) => {
        ["some", "many", "several", "both", "most", "few", $($word),*]
    };
}

mod frame;
mod indirect;
pub(crate) mod kind;
mod np;
pub(crate) mod ranker;
mod resolve;
mod speaker_kind;
#[cfg(test)]
mod tests;

use crate::analysis::{Entity, EntityType, Mention, Quote, QuoteKind, SpeakerKind};
use crate::quotes::QuoteSpan;
use crate::segment::Segments;
use crate::span::Span;
use crate::words::{self, class};
use frame::{Frame, SpeakerPhrase};

/// [`Context::token_bits`]: the token lies inside a mention.
const IN_MENTION: u8 = 4;
/// [`Context::token_bits`]: the token lies inside a quotation.
const IN_QUOTE: u8 = 1;
/// [`Context::token_bits`]: the token is a speech cue.
const CUE: u8 = 2;
/// [`Context::token_bits`]: the token's mention ([`Context::mention`]) is a name
/// ([`np::is_name_kind`]).
const IN_NAME: u8 = 8;

/// What every rule reads: the text, its segments, its mentions, with per-token indexes.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub segments: &'a Segments,
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    /// For each token, [`IN_MENTION`], [`IN_QUOTE`], [`CUE`] and [`IN_NAME`] bits: one byte per token, so
    /// that a long text's per-token tables stay small beside its tokens.
    token_bits: Vec<u8>,
    /// The speech cues ([`Context::is_cue`]), as ascending token indices.
    cues: Vec<u32>,
    /// Tokens outside quotations that are coordinators ([`ranker::is_coordinator`]), ascending.
    coordinators: Vec<u32>,
    /// Tokens outside quotations that are `;`, ascending.
    semicolons: Vec<u32>,
    /// Whether the first paragraph reads as a headline: no sentence-final mark of its own.
    pub headline: bool,
    /// Whether single marks are the text's house style (British and some AP copy: most of its
    /// quotations outside the headline open with `'` or `‘`), not the headline's or a nested
    /// quotation's secondary mark ([`single_mark_style`]).
    pub single_mark_style: bool,
}

impl<'a> Context<'a> {
    fn new(
        text: &'a str,
        segments: &'a Segments,
        mentions: &'a [Mention],
        entities: &'a [Entity],
        quotes: &[QuoteSpan],
    ) -> Self {
        let tokens = &segments.tokens;
        let mut token_bits = vec![0u8; tokens.len()];
        let mut t = 0;
        for m in mentions {
            while t < tokens.len() && tokens[t].span().end <= m.span.start {
                t += 1;
            }
            let name = np::is_name_kind(m.kind);
            let mut k = t;
            while k < tokens.len() && tokens[k].span().start < m.span.end {
                token_bits[k] |= IN_MENTION;
                // The last mention over a token is its mention ([`Context::mention`]).
                if name {
                    token_bits[k] |= IN_NAME;
                } else {
                    token_bits[k] &= !IN_NAME;
                }
                k += 1;
            }
        }
        t = 0;
        for q in quotes {
            while t < tokens.len() && tokens[t].span().end <= q.span.start {
                t += 1;
            }
            let mut k = t;
            while k < tokens.len() && tokens[k].span().start < q.span.end {
                token_bits[k] |= IN_QUOTE;
                k += 1;
            }
        }
        let headline = segments.paragraphs.first().is_some_and(|p| {
            !p.span
                .text(text)
                .trim_end_matches(['"', '”', '’', '\'', ' '])
                .ends_with(['.', '?', '!'])
        });
        let (mut coordinators, mut semicolons) = (Vec::new(), Vec::new());
        for (k, t) in tokens.iter().enumerate() {
            if token_bits[k] & IN_QUOTE != 0 {
                continue;
            }
            let w = t.text(text);
            if w == ";" {
                semicolons.push(k as u32);
            } else if ranker::is_coordinator(w) && !is_adverb_yet(text, segments, k) {
                coordinators.push(k as u32);
            }
        }
        let mut ctx = Context {
            text,
            segments,
            mentions,
            entities,
            token_bits,
            cues: Vec::new(),
            coordinators,
            semicolons,
            headline,
            single_mark_style: single_mark_style(text, segments, quotes, headline),
        };
        for i in 0..tokens.len() {
            if ctx.compute_cue(i) {
                ctx.token_bits[i] |= CUE;
                ctx.cues.push(i as u32);
            }
        }
        ctx
    }

    /// The text of token `i`.
    #[inline]
    pub fn word(&self, i: usize) -> &'a str {
        self.segments.tokens[i].text(self.text)
    }

    /// Whether token `i` is `word`: its length compared first, then its bytes, so that most
    /// tokens are told apart without slicing the text on char boundaries as [`Context::word`] does.
    #[inline]
    pub fn word_is(&self, i: usize, word: &str) -> bool {
        self.token_bytes(i, word.len()) == Some(word.as_bytes())
    }

    /// Whether tokens `k` and `k + 1` read "according to", both before token `end`.
    #[inline]
    pub fn according_to_at(&self, k: usize, end: usize) -> bool {
        k + 1 < end
            && self.word_is_ignore_case(k, "according")
            && self.word_is_ignore_case(k + 1, "to")
    }

    /// Whether token `i` is `word` up to ASCII case, compared as [`Context::word_is`] compares.
    #[inline]
    pub fn word_is_ignore_case(&self, i: usize, word: &str) -> bool {
        self.token_bytes(i, word.len())
            .is_some_and(|bytes| bytes.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// Whether token `i` is one of `list`'s words up to ASCII case. Out of line in wasm: a
    /// word list compared inline, word by word, at each of its call sites cost about 300 bytes of
    /// wasm a word.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn word_in_ignore_case(&self, i: usize, list: &[&str]) -> bool {
        list.iter().any(|w| self.word_is_ignore_case(i, w))
    }

    /// The bytes of token `i` when it is `len` bytes long; `None` past the last token, as
    /// [`Context::tag`] and [`Context::is`] read nothing there (rules look at `k + 1` after a
    /// text's last word: "People briefed").
    #[inline]
    fn token_bytes(&self, i: usize, len: usize) -> Option<&'a [u8]> {
        let span = self.segments.tokens.get(i)?.span();
        if span.len() != len {
            return None;
        }
        self.text.as_bytes().get(span.start()..span.end())
    }

    /// Whether token `i` has any of the [`class`] bits `bits`.
    #[inline]
    pub fn is(&self, i: usize, bits: u64) -> bool {
        self.segments.is(i, bits)
    }

    /// The gender of token `i` when it is a speaker pronoun (he, she, they, it, I, we).
    #[inline]
    pub fn pronoun(&self, i: usize) -> Option<words::Gender> {
        self.segments
            .tokens
            .get(i)
            .and_then(|_| words::pronoun_gender(self.segments.class(i)))
    }

    /// The mention covering token `i` (the last one, when two share it): a binary search for a
    /// token marked [`IN_MENTION`] (mentions are ordered and do not overlap, see
    /// [`crate::invariants`]). Out of line in wasm: inlined at its many call sites it cost 19 KB
    /// of wasm (6.7 KB gzipped), with no speed measured for it in Node (1 MB corpus, three
    /// alternating runs: 4.65–5.00 MB/s inline, 4.67–5.03 out of line).
    #[cfg_attr(not(target_arch = "wasm32"), inline)]
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn mention(&self, i: usize) -> Option<usize> {
        if self.token_bits.get(i)? & IN_MENTION == 0 {
            return None;
        }
        let token = self.segments.tokens[i].span();
        let mut m = self.mentions.partition_point(|m| m.span.end <= token.start);
        // A token that holds two mentions ("U.S.-China") belongs to the last one.
        while self
            .mentions
            .get(m + 1)
            .is_some_and(|next| next.span.start < token.end)
        {
            m += 1;
        }
        (m < self.mentions.len()).then_some(m)
    }

    /// Whether token `i` is part of a name: its mention is one that can speak or be named.
    #[inline]
    pub fn in_name(&self, i: usize) -> bool {
        self.token_bits.get(i).is_some_and(|&b| b & IN_NAME != 0)
    }

    /// Whether token `i` is a speech cue used as a verb: a reporting verb in lower case, outside
    /// quotations and names, not a noun after a determiner ("the report", "his tweets").
    /// Decided once per token in [`Context::new`].
    #[inline]
    pub fn is_cue(&self, i: usize) -> bool {
        self.token_bits.get(i).is_some_and(|&b| b & CUE != 0)
    }

    /// The index of the sentence holding token `t` (see [`Segments::sentence_of_token`]).
    #[inline]
    pub fn sentence_index(&self, t: usize) -> Option<usize> {
        self.segments.sentence_of_token(t)
    }

    /// The sentence holding token `t`.
    #[inline]
    pub fn sentence_of(&self, t: usize) -> Option<&'a crate::segment::Sentence> {
        self.segments.sentences.get(self.sentence_index(t)?)
    }

    /// The first cue at or after token `i`, if any.
    #[inline]
    pub fn next_cue(&self, i: usize) -> Option<usize> {
        if i >= self.token_bits.len() {
            return None;
        }
        let k = self.cues.partition_point(|&c| (c as usize) < i);
        self.cues.get(k).map(|&c| c as usize)
    }

    /// Whether a token of `range` outside quotations is a coordinator ("but", "and", "while"…):
    /// a binary search, where a walk over the range grew with the distance to each candidate.
    #[inline]
    pub fn coordinator_in(&self, range: std::ops::Range<usize>) -> bool {
        any_in(&self.coordinators, range)
    }

    /// Whether a token of `range` outside quotations is a coordinator or `;`.
    #[inline]
    pub fn clause_break_in(&self, range: std::ops::Range<usize>) -> bool {
        any_in(&self.semicolons, range.clone()) || any_in(&self.coordinators, range)
    }

    /// The last token of `range` outside quotations that is a coordinator or `;`, if any.
    pub fn last_clause_break_in(&self, range: std::ops::Range<usize>) -> Option<usize> {
        let last = |tokens: &[u32]| {
            let k = tokens.partition_point(|&t| (t as usize) < range.end);
            k.checked_sub(1)
                .map(|k| tokens[k] as usize)
                .filter(|&t| t >= range.start)
        };
        last(&self.semicolons).max(last(&self.coordinators))
    }

    fn compute_cue(&self, i: usize) -> bool {
        let Some(t) = self.segments.tokens.get(i) else {
            return false;
        };
        // A capitalised speech verb is a name or a title's word ("Said", "Secretary of State");
        // one in capitals is the verb set in capitals ("The council SAID …", "ANN MARSH SAID:").
        let shouted = t.has(crate::segment::ALL_CAPS) && t.span().len() >= 3;
        if t.kind() != crate::segment::TokenKind::Word
            || (t.has(crate::segment::CAPITALIZED) && !shouted)
            || self.in_quote(i)
            || self.mention(i).is_some()
        {
            return false;
        }
        if !self.is(i, class::CUE_VERB) {
            return self.is_phrasal_cue(i);
        }
        let noun_use = i > 0 && {
            let prev = self.word(i - 1);
            // "Democratic claims", "32% of claims": after a nationality or a number it is a noun;
            // after a plural one ("Republicans said") it is the verb of its subject, and so after
            // a nationality standing for a person ("the Belgian said").
            self.is_singular_nationality(i - 1)
                && !(self.is_nationality_after_the(i - 1) && t.tag() == crate::pos::Tag::Vbd)
                || matches!(
                    self.segments.tokens[i - 1].kind(),
                    crate::segment::TokenKind::Number
                )
                || prev == "%"
                // "Another said": a determiner that stands for people may be a subject too
                // ("another" checked here, not in the word classes, whose bits are also the
                // entity tagger's features: listing it there moved the tagger's
                // cross-validation by -0.0015).
                || words::is_determiner(prev)
                    && !words::is_pronoun_determiner_ok(prev)
                    && !prev.eq_ignore_ascii_case("another")
                || ((prev == "'s" || prev == "’s") && !(i > 1 && self.pronoun(i - 2).is_some()))
                || prev.eq_ignore_ascii_case("of")
                || prev.ends_with("-night")
                || prev.eq_ignore_ascii_case("angry")
        };
        // "The committee report found …", "a council statement says", "the report released
        // Monday": a speech verb's spelling read as a noun right before a verb (finite, or a
        // participle: the model reads "report found" either way) is that verb's subject.
        // "The Harwell Trust report, published on Thursday, said": so before a comma and a
        // participle clause, which a verb's object would not take.
        let subject_noun = matches!(t.tag(), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
            && (self.segments.tokens.get(i + 1).is_some_and(|next| {
                next.tag().is_finite_verb() || next.tag() == crate::pos::Tag::Vbn
            }) || self.word_is(i + 1, ",") && self.tag(i + 2) == crate::pos::Tag::Vbn);
        // "will take charge for …", "made claims about …": read as a noun right after a verb, it is
        // that verb's object. (Not after a present-tense verb: the tagger reads plural nouns so,
        // as in "Election scholars caution that …".)
        let object_noun = matches!(t.tag(), crate::pos::Tag::Nn | crate::pos::Tag::Nns)
            && i > 0
            && matches!(
                self.segments.tokens[i - 1].tag(),
                crate::pos::Tag::Vb
                    | crate::pos::Tag::Vbd
                    | crate::pos::Tag::Vbg
                    | crate::pos::Tag::Vbn
            );
        !noun_use && !subject_noun && !object_noun && !self.is_passive(i)
    }

    /// Whether token `k` is a cue that reports speech, not one that adds an amount ("the bill
    /// adds $85 billion", "the firm added 300 jobs"). Asked where a cue closes a phrase (an
    /// appositive before it); not part of [`Context::is_cue`] itself, which would lose "told one
    /// Democrat familiar with …" (a number word opens the object; 58 of the 950 snapshot texts
    /// changed).
    pub(super) fn is_cue_reporting(&self, k: usize) -> bool {
        self.is_cue(k) && !self.counts_something(k + 1)
    }

    /// Whether token `k` opens an amount (a number, money, a percentage).
    fn counts_something(&self, k: usize) -> bool {
        self.tag(k) == crate::pos::Tag::Cd
            || self.mention(k).is_some_and(|m| {
                matches!(
                    self.mentions[m].kind,
                    crate::analysis::EntityType::Money
                        | crate::analysis::EntityType::Number
                        | crate::analysis::EntityType::Percent
                )
            })
    }

    /// Whether token `k` is a nationality in the singular ("Belgian", not "Belgians").
    fn is_singular_nationality(&self, k: usize) -> bool {
        self.mention(k)
            .is_some_and(|m| self.mentions[m].kind == crate::analysis::EntityType::Norp)
            && !matches!(self.tag(k), crate::pos::Tag::Nns | crate::pos::Tag::Nnps)
    }

    /// Whether token `k` is a singular nationality after "the" ("the Belgian said"): it may stand
    /// for a person the story named, the subject of the verb after it (the cue reading, and
    /// [`frame`]'s phrase before a cue, both ask).
    pub(super) fn is_nationality_after_the(&self, k: usize) -> bool {
        k > 0 && self.word_is_ignore_case(k - 1, "the") && self.is_singular_nationality(k)
    }

    /// Whether token `i` opens a phrasal cue whose verb alone is no speech verb: "Ann Holt shot
    /// back, “…”", "“…,” she fired back.", "“…,” he went on." ("went on" only before punctuation:
    /// "went on a tour" is no speech). Past forms only, the ones news text writes.
    fn is_phrasal_cue(&self, i: usize) -> bool {
        let seg = self.segments;
        let particle = |w: &str| i + 1 < seg.tokens.len() && self.word_is(i + 1, w);
        if self.word_is(i, "shot") || self.word_is(i, "fired") {
            return particle("back");
        }
        self.word_is(i, "went")
            && particle("on")
            && seg
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind() == crate::segment::TokenKind::Punct)
    }

    /// Whether the participle at token `i` is passive, after a form of "be" and any adverbs ("has
    /// been accused of", "was told", "were widely described as"): its subject is who was spoken
    /// to or of, not the speaker.
    fn is_passive(&self, i: usize) -> bool {
        let tag = self.segments.tokens[i].tag();
        // Headlines drop the auxiliary: "Jury told of “night of terror”", "Ministers accused
        // of “fiddling” figures": a past form (the tagger reads either) after its subject and
        // before a preposition is passive there (a headline's active voice is in the present:
        // "Ann Holt tells of").
        if matches!(tag, crate::pos::Tag::Vbd | crate::pos::Tag::Vbn) && self.headline_passive(i) {
            return true;
        }
        if tag != crate::pos::Tag::Vbn {
            return false;
        }
        let mut k = i;
        while k > 0 && self.segments.tokens[k - 1].tag().is_adverb() && i - k < 3 {
            k -= 1;
        }
        k > 0
            && ["is", "are", "was", "were", "be", "been", "being"]
                .iter()
                .any(|w| self.word_is_ignore_case(k - 1, w))
    }

    /// Whether the past form at token `i` stands in the headline between a noun and a preposition
    /// ("Jury told of", "Ministers accused of", "Mayor urged to"): a passive without its "was".
    fn headline_passive(&self, i: usize) -> bool {
        let seg = self.segments;
        // A text of one paragraph has no headline apart from it ("The plan will fail, the
        // company said in a statement").
        let in_headline = self.headline
            && seg.paragraphs.len() > 1
            && seg
                .paragraphs
                .first()
                .is_some_and(|p| seg.tokens[i].span().end <= p.span.end);
        in_headline
            && i > 0
            && i + 1 < seg.tokens.len()
            && seg.tokens[i - 1].tag().is_noun()
            && matches!(
                seg.tokens[i + 1].tag(),
                crate::pos::Tag::In | crate::pos::Tag::To
            )
            && !self.in_quote(i + 1)
    }

    /// The words of quotation `q` without the closing marks, apostrophes and spaces after them:
    /// where its last word ends, and the punctuation it ends with.
    #[inline]
    pub fn quoted_words(&self, q: &QuoteSpan) -> &'a str {
        q.inner
            .text(self.text)
            .trim_end_matches(['\'', '’', '"', '”', ' '])
    }

    /// Whether token `i` lies inside the quotation at `span`.
    #[inline]
    pub fn in_quote_span(&self, i: usize, span: Span) -> bool {
        self.segments
            .tokens
            .get(i)
            .is_some_and(|t| self.in_quote(i) && span.contains(t.span()))
    }

    /// Whether token `i` lies inside a quotation.
    #[inline]
    pub fn in_quote(&self, i: usize) -> bool {
        self.token_bits.get(i).is_some_and(|&b| b & IN_QUOTE != 0)
    }
}

/// Whether ascending `tokens` holds one in `range`.
#[inline]
fn any_in(tokens: &[u32], range: std::ops::Range<usize>) -> bool {
    let k = tokens.partition_point(|&t| (t as usize) < range.start);
    tokens.get(k).is_some_and(|&t| (t as usize) < range.end)
}

/// The learned models attribution weighs its rules with (the quotation-kind classifier in
/// `attribution/kind.rs`, the speaker ranker in `attribution/ranker.rs`).
#[derive(Clone, Copy, Debug, Default)]
pub struct Models<'m> {
    /// Weights of the quotation-kind classifier (features in `kind::features`); `None`: rules only.
    pub kinds: Option<&'m [i16]>,
    /// Weights of the speaker ranker (features in `ranker::feature_names`); `None`: rules only.
    pub speakers: Option<&'m [i16]>,
}

impl Models<'static> {
    /// The models compiled in from `data/models/`.
    pub fn compiled() -> Models<'static> {
        Models {
            kinds: kind::weights(),
            speakers: ranker::weights(),
        }
    }
}

/// What attribution decided for each quotation before resolving speakers.
struct Decisions {
    /// The kind of each quotation.
    kinds: Vec<QuoteKind>,
    /// The features the kind classifier read, per quotation.
    kind_features: Vec<Vec<u16>>,
    /// The kind the rules alone gave.
    rule_kinds: Vec<QuoteKind>,
    /// The speaker candidates of each direct or partial quotation (the rules' choice first);
    /// empty unless asked for.
    candidates: Vec<Vec<ranker::Candidate>>,
    /// The speaker phrase of each quotation.
    speakers: Vec<Option<SpeakerPhrase>>,
    /// The cue of each quotation.
    cues: Vec<Option<Span>>,
}

/// Frames, kinds, carry-over and the speaker ranker, for every quotation; with `keep_candidates`
/// the ranker's candidates too (for the trainer).
fn decide(ctx: &Context, quotes: &[QuoteSpan], models: Models, keep_candidates: bool) -> Decisions {
    // Whether each quotation opens its clause: both the frame search and the kind read it.
    let opens: Vec<bool> = quotes.iter().map(|q| kind::opens_clause(ctx, q)).collect();
    let frames: Vec<Option<Frame>> = quotes
        .iter()
        .zip(&opens)
        .map(|(q, &opens)| frame::find(ctx, q, opens))
        .collect();
    let mut speakers: Vec<Option<SpeakerPhrase>> = frames
        .iter()
        .map(|f| f.as_ref().and_then(|f| f.speaker))
        .collect();
    let rule_kinds: Vec<QuoteKind> = quotes
        .iter()
        .zip(&frames)
        .zip(&opens)
        .map(|((q, f), &opens)| kind::classify(ctx, q, f.as_ref(), opens))
        .collect();
    let kind_features: Vec<Vec<u16>> = (0..quotes.len())
        .map(|i| kind::features(ctx, quotes, i, frames[i].as_ref(), opens[i], rule_kinds[i]))
        .collect();
    let mut kinds: Vec<QuoteKind> = match models.kinds {
        Some(w) => (0..quotes.len())
            .map(|i| kind::decide(&kind_features[i], w, opens[i], rule_kinds[i]))
            .collect(),
        None => rule_kinds.clone(),
    };
    // A quotation that runs on from the previous paragraph is of the kind it continues.
    for (i, q) in quotes.iter().enumerate() {
        if let Some(p) = q.continues.map(|p| p as usize).filter(|&p| p < i) {
            if kinds[p] != QuoteKind::Other {
                kinds[i] = kinds[p];
            }
        }
    }
    // "“…,” said X, “and …”": the second part of a split quotation is of the first part's kind.
    for i in 1..quotes.len() {
        if kinds[i] == QuoteKind::Partial
            && kinds[i - 1] == QuoteKind::Direct
            && kind::continues_split(ctx, &quotes[i - 1], &quotes[i])
        {
            kinds[i] = QuoteKind::Direct;
        }
    }
    let cue_only: Vec<bool> = frames
        .iter()
        .map(|f| f.is_some_and(|f| f.cue.is_some() && f.speaker.is_none()))
        .collect();
    // Where each quotation's own frame ends: a cue after it belongs to it, not to the next one.
    let frame_ends: Vec<u32> = quotes
        .iter()
        .zip(&frames)
        .map(|(q, f)| {
            f.and_then(|f| f.cue)
                .map_or(q.span.end, |c| c.end.max(q.span.end))
        })
        .collect();
    carry_over(
        ctx,
        quotes,
        &cue_only,
        &frame_ends,
        &mut speakers,
        &mut kinds,
    );
    // "He held up the sign, which read “…”", "critics who say …": a relative pronoun that is
    // the subject of the quotation's own cue stands for what it follows, not for the sentence's
    // subject the frame fell back on (nor for a speaker carried over). A quotation that only
    // carries its speaker keeps the carried phrase: the pronoun is its own sentence's.
    for (i, f) in frames.iter().enumerate() {
        let Some(f) = f.filter(|f| f.cue.is_some() && kinds[i] != QuoteKind::Other) else {
            continue;
        };
        if let Some(relative) = frame::relative_before_cue(ctx, f.cue_token) {
            speakers[i] = Some(relative);
        }
    }
    let mut cues: Vec<Option<Span>> = frames.iter().map(|f| f.and_then(|f| f.cue)).collect();
    // Each quotation's candidates are ranked as they are made and dropped, unless the trainer
    // keeps them: held for every quotation of a long text at once, they would outweigh its tokens.
    let mut candidates = Vec::new();
    // The ranker's choice per quotation: a speaker with its cue, or none; `None` where it did not
    // rank (kind other, or no model).
    type Choice = Option<(SpeakerPhrase, Option<Span>)>;
    let mut ranked: Vec<Option<Choice>> = vec![None; quotes.len()];
    rank(ctx, quotes, &frames, &speakers, &kinds, |i, found| {
        if let Some(weights) = models.speakers.filter(|_| kinds[i] != QuoteKind::Other) {
            ranked[i] = Some(
                ranker::best(&found, weights, kinds[i]).map(|b| (found[b].phrase, found[b].cue)),
            );
        }
        if keep_candidates {
            candidates.push(found);
        }
    });
    for (i, choice) in ranked.into_iter().enumerate() {
        match choice {
            Some(Some((phrase, cue))) => {
                speakers[i] = Some(phrase);
                if cue.is_some() {
                    cues[i] = cue;
                }
            }
            Some(None) => speakers[i] = None,
            None => {}
        }
    }
    // A fragment with no attribution near it is a scare quote, a title or a label: other. (The
    // trainer, which decides without the ranker, makes the same step itself.)
    if models.speakers.is_some() {
        for (kind, speaker) in kinds.iter_mut().zip(&speakers) {
            if *kind == QuoteKind::Partial && speaker.is_none() {
                *kind = QuoteKind::Other;
            }
        }
    }
    Decisions {
        kinds,
        kind_features,
        rule_kinds,
        candidates,
        speakers,
        cues,
    }
}

/// Attributes each quotation to a speaker and finds indirect speech. Output ordered by start;
/// indirect spans never overlap the quotations.
pub fn attribute(
    text: &str,
    segments: &Segments,
    mentions: &[Mention],
    entities: &[Entity],
    quotes: &[QuoteSpan],
) -> Vec<Quote> {
    let ctx = Context::new(text, segments, mentions, entities, quotes);
    let Decisions {
        kinds,
        speakers,
        cues,
        ..
    } = decide(&ctx, quotes, Models::compiled(), false);

    // Every attribution in text order, so that pronouns can prefer the last speaker.
    let mut pending: Vec<(Span, QuoteKind, Option<SpeakerPhrase>, Option<Span>)> = quotes
        .iter()
        .zip(cues)
        .zip(speakers)
        .zip(kinds)
        .map(|(((q, cue), speaker), kind)| {
            if kind == QuoteKind::Other {
                (q.span, kind, None, None)
            } else {
                (q.span, kind, speaker, cue)
            }
        })
        .collect();
    pending.extend(
        indirect::find(&ctx)
            .into_iter()
            .filter_map(|(clause, frame)| {
                // "Nobody tells you that …", "No one said it would be easy": a clause that no one
                // reports is no reported speech.
                if frame
                    .speaker
                    .is_some_and(|p| words::any_ignore_case(NO_ONE, p.span.text(text)))
                {
                    return None;
                }
                // Speakers of reported speech have a speaker's shape too (see `np`); a relative pronoun
                // ("Ann Marsh, who said …") stands as it is, for the name it follows.
                let speaker = frame.speaker.and_then(|p| {
                    if ranker::is_relative_pronoun(&ctx, p) {
                        Some(p)
                    } else {
                        np::repair(&ctx, p, frame.cue)
                    }
                });
                Some((clause, QuoteKind::Indirect, speaker, frame.cue))
            }),
    );
    crate::sort::sort_by_key(&mut pending, |(span, ..)| (span.start, span.end));

    let mut last_speaker = None;
    let mut out = Vec::with_capacity(pending.len());
    for (span, kind, phrase, cue) in pending {
        let mut speaker = phrase.map(|p| resolve::speaker(&ctx, p, last_speaker));
        // "the source" after "One source said …": the same unnamed source, one name.
        if let Some(s) = speaker.as_mut().filter(|s| !s.named) {
            if let Some(earlier) = resolve::earlier_description(text, s, &out) {
                s.name = earlier;
            }
        }
        if let Some(entity) = speaker.as_ref().and_then(|s| s.entity) {
            last_speaker = Some(resolve::LastSpeaker {
                entity,
                at: span.start,
            });
        }
        out.push(Quote {
            span,
            kind,
            speaker,
            cue,
        });
    }
    crate::sort::sort_by_key(&mut out, |q| (q.span.start, q.span.end));
    for speaker in out.iter_mut().filter_map(|q| q.speaker.as_mut()) {
        speaker.kind = speaker_kind::classify(text, entities, speaker);
        // "Mr Price and Dr Nair said": speakers joined by "and" speak as a group, named as
        // written, not as the last one's entity.
        let entity = speaker.entity.and_then(|e| entities.get(e as usize));
        if speaker.kind == SpeakerKind::Group
            && entity.is_some_and(|e| {
                matches!(
                    e.kind,
                    EntityType::Person | EntityType::Org | EntityType::Place
                ) && speaker_kind::is_coordinated(speaker.span.text(text), Some(&e.name))
            })
        {
            speaker.name = speaker.span.text(text).to_string();
            speaker.entity = None;
        }
    }
    out
}

/// Subjects that say no one spoke: a clause they report is no reported speech.
const NO_ONE: &[&str] = &["nobody", "no one", "nothing", "none", "no-one"];

/// The speaker candidates of every quotation ([`ranker::candidates`]), given the rules' choices,
/// handed to `take` in order with the quotation's index; empty for quotations of kind other.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn rank(
    ctx: &Context,
    quotes: &[QuoteSpan],
    frames: &[Option<Frame>],
    speakers: &[Option<SpeakerPhrase>],
    kinds: &[QuoteKind],
    mut take: impl FnMut(usize, Vec<ranker::Candidate>),
) {
    let counts = ranker::EntityCounts::new(ctx);
    let mut previous: Option<SpeakerPhrase> = None;
    let mut earlier: [Option<SpeakerPhrase>; 3] = [None; 3];
    for (i, q) in quotes.iter().enumerate() {
        if kinds[i] == QuoteKind::Other {
            take(i, Vec::new());
            continue;
        }
        let quotation = ranker::Quotation {
            quote: q,
            kind: kinds[i],
            rule: speakers[i],
            carried: speakers[i].is_some_and(|s| !ranker::is_relative_pronoun(ctx, s))
                && frames[i].and_then(|f| f.speaker).is_none(),
            previous,
            rule_cue: frames[i]
                .filter(|f| f.speaker.is_some() && f.speaker == speakers[i])
                .and_then(|f| f.cue),
            earlier,
        };
        take(i, ranker::candidates(ctx, &quotation, &counts));
        if let Some(now) = speakers[i] {
            if let Some(before) = previous.filter(|p: &SpeakerPhrase| p.span != now.span) {
                let same = |a: &SpeakerPhrase, b: &SpeakerPhrase| {
                    a.span == b.span
                        || a.mention
                            .zip(b.mention)
                            .is_some_and(|(x, y)| ctx.mentions[x].entity == ctx.mentions[y].entity)
                };
                if !earlier.iter().flatten().any(|e| same(e, &before)) && !same(&before, &now) {
                    earlier.rotate_right(1);
                    earlier[0] = Some(before);
                }
            }
            previous = Some(now);
        }
    }
}

/// One quotation as the learned models see it, for training them.
#[derive(Clone, Debug)]
pub struct TrainingQuote {
    /// The quotation.
    pub span: Span,
    /// The kind the rules alone gave.
    pub rule_kind: QuoteKind,
    /// The kind decided with the models given.
    pub kind: QuoteKind,
    /// The features of the kind classifier.
    pub kind_features: Vec<u16>,
    /// Each candidate speaker (direct and partial quotations only), resolved as the pipeline
    /// would resolve it, with its active features; the rules' choice first.
    pub candidates: Vec<(crate::analysis::Speaker, Vec<u16>)>,
    /// The features of choosing no speaker.
    pub none_features: Vec<u16>,
}

/// Every quotation of a text as the learned models see it, decided with `models`; for the
/// trainer (`examples/train_attribution.rs`).
pub fn training_data(
    text: &str,
    segments: &Segments,
    mentions: &[Mention],
    entities: &[Entity],
    quotes: &[QuoteSpan],
    models: Models,
) -> Vec<TrainingQuote> {
    let ctx = Context::new(text, segments, mentions, entities, quotes);
    let decisions = decide(
        &ctx,
        quotes,
        Models {
            speakers: None,
            ..models
        },
        true,
    );
    let mut last_speaker = None;
    let mut out = Vec::with_capacity(quotes.len());
    for (i, candidates) in decisions.candidates.into_iter().enumerate() {
        let resolved = candidates
            .into_iter()
            .map(|c| (resolve::speaker(&ctx, c.phrase, last_speaker), c.features))
            .collect::<Vec<_>>();
        if let Some(entity) = decisions.speakers[i]
            .map(|p| resolve::speaker(&ctx, p, last_speaker))
            .and_then(|s| s.entity)
        {
            last_speaker = Some(resolve::LastSpeaker {
                entity,
                at: quotes[i].span.start,
            });
        }
        out.push(TrainingQuote {
            span: quotes[i].span,
            rule_kind: decisions.rule_kinds[i],
            kind: decisions.kinds[i],
            kind_features: decisions.kind_features[i].clone(),
            candidates: resolved,
            none_features: ranker::none_features(decisions.kinds[i]),
        });
    }
    out
}

/// [`training_data`] of `text` through the whole pipeline, with the compiled models: for tests
/// that read the speaker candidates a quotation is offered.
#[cfg(test)]
pub(crate) fn training_data_of(text: &str) -> Vec<TrainingQuote> {
    let p = crate::pipeline::prepare(text);
    training_data(
        text,
        &p.segments,
        &p.mentions,
        &p.entities,
        &p.quote_spans,
        Models::compiled(),
    )
}

/// Gives quotations without a speaker the speaker their context implies (see the module docs).
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn carry_over(
    ctx: &Context,
    quotes: &[QuoteSpan],
    cue_only: &[bool],
    frame_ends: &[u32],
    speakers: &mut [Option<SpeakerPhrase>],
    kinds: &mut [QuoteKind],
) {
    let seg = ctx.segments;
    for i in 0..quotes.len() {
        if speakers[i].is_some() || kinds[i] == QuoteKind::Other {
            continue;
        }
        let q = quotes[i];
        // A paragraph run-on keeps its speaker and kind.
        if let Some(prev) = q.continues {
            let prev = prev as usize;
            speakers[i] = speakers[prev];
            if kinds[prev] != QuoteKind::Other {
                kinds[i] = kinds[prev];
            }
            continue;
        }
        let paragraph = seg.paragraph_at(q.span.start);
        let para_span = seg
            .paragraphs
            .get(paragraph)
            .map_or(Span::default(), |p| p.span);
        // A split quote: the previous quotation in the same paragraph.
        if let Some(j) = (0..i)
            .rev()
            .take_while(|&j| quotes[j].span.start >= para_span.start)
            .find(|&j| kinds[j] != QuoteKind::Other)
        {
            if speakers[j].is_some()
                && (cue_only[i] || no_cue_between(ctx, frame_ends[j], q.span.start))
            {
                speakers[i] = speakers[j];
                continue;
            }
        }
        // A speaker introduced just before: the previous sentence ends with a colon, or holds a cue.
        let sentence = seg.sentence_at(q.span.start);
        if let Some(prev_sentence) = sentence.checked_sub(1).and_then(|s| seg.sentences.get(s)) {
            let near = seg
                .paragraphs
                .get(prev_sentence.paragraph as usize)
                .is_some_and(|p| {
                    prev_sentence.paragraph as usize + 1 >= paragraph
                        && para_span.start >= p.span.start
                });
            if near {
                let opens_paragraph = para_span.start == q.span.start;
                // The previous paragraph's last quotation, when this paragraph is a bare quote.
                if opens_paragraph && prev_sentence.paragraph as usize + 1 == paragraph {
                    let prev_para = seg.paragraphs[prev_sentence.paragraph as usize].span;
                    if let Some(j) = (0..i)
                        .rev()
                        .skip_while(|&j| quotes[j].span.start >= para_span.start)
                        .take_while(|&j| quotes[j].span.start >= prev_para.start)
                        .find(|&j| kinds[j] != QuoteKind::Other)
                    {
                        if speakers[j].is_some()
                            && no_cue_between(ctx, frame_ends[j], prev_para.end)
                        {
                            speakers[i] = speakers[j];
                            continue;
                        }
                    }
                }
                speakers[i] = frame::in_sentence(ctx, *prev_sentence).and_then(|f| f.speaker);
                // A bare quotation after a sentence about someone ("Senator Cornyn issued a
                // statement. “Like many Texans, …”") is theirs.
                if speakers[i].is_none() && kinds[i] == QuoteKind::Direct {
                    speakers[i] = frame::opening_person(ctx, *prev_sentence);
                }
            }
        }
    }
}

/// Whether quotation `q` opens with a single mark (`'` or `‘`), not with the double mark typed as
/// two apostrophes (`''`), which some wire copy uses for all its quotations.
pub(super) fn opens_with_single_mark(text: &str, q: &QuoteSpan) -> bool {
    let opening = &text[q.span.start()..];
    opening.starts_with(['\'', '‘']) && !opening.starts_with("''")
}

/// Whether most quotations outside the headline open with a single mark (`'` or `‘`, not the
/// double mark typed as two apostrophes): then a single mark is the text's house style, and
/// tells nothing about what the quotation is.
fn single_mark_style(
    text: &str,
    segments: &Segments,
    quotes: &[QuoteSpan],
    headline: bool,
) -> bool {
    let body_start = if headline {
        segments.paragraphs.first().map_or(0, |p| p.span.end)
    } else {
        0
    };
    let (mut single, mut double) = (0usize, 0usize);
    for q in quotes.iter().filter(|q| q.span.start >= body_start) {
        if opens_with_single_mark(text, q) {
            single += 1;
        } else {
            double += 1;
        }
    }
    single > double
}

/// Whether the "yet" at token `k` is the adverb ("the biggest gain yet in …", "not yet.") rather
/// than the conjunction opening a clause ("yet nobody came"): a preposition or punctuation
/// follows it.
fn is_adverb_yet(text: &str, segments: &Segments, k: usize) -> bool {
    segments.tokens[k].text(text).eq_ignore_ascii_case("yet")
        && segments.tokens.get(k + 1).is_none_or(|next| {
            next.kind() != crate::segment::TokenKind::Word || segments.is(k + 1, class::PREPOSITION)
        })
}

/// Whether no speech cue stands outside quotations between two byte offsets.
fn no_cue_between(ctx: &Context, from: u32, to: u32) -> bool {
    let seg = ctx.segments;
    let first = seg.token_at_or_after(from);
    let last = seg.token_at_or_after(to);
    // Only unambiguous reporting verbs count: "development projects" is no new speaker.
    !(first..last.min(seg.tokens.len()))
        .any(|t| ctx.is_cue(t) && ctx.is(t, class::CORE_SPEECH_VERB))
}
