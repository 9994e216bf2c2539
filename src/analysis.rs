//! The result of an analysis: mentions, entities, quotations and their sources, all as byte spans.
//!
//! These are plain records. [`crate::Report`] turns them into the JSON output contract with the
//! offsets a caller asked for.

use crate::span::Span;

/// What kind of thing a mention or entity names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    /// A person, named ("Zhang Qiyue").
    Person,
    /// A company, agency, party, team, outlet or other organisation.
    Org,
    /// A country, city, state, region or facility.
    Place,
    /// A nationality, religious or political group ("Chinese", "Republicans").
    Norp,
    /// A date or period ("Nov. 30", "Thursday", "six months").
    Date,
    /// A time of day ("9 a.m.").
    Time,
    /// An amount of money ("$2.3 billion").
    Money,
    /// A percentage ("14 percent", "3.5%").
    Percent,
    /// Any other number ("1,200").
    Number,
}

impl EntityType {
    /// Every type, in output order.
    pub const ALL: [EntityType; 9] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Place,
        EntityType::Norp,
        EntityType::Date,
        EntityType::Time,
        EntityType::Money,
        EntityType::Percent,
        EntityType::Number,
    ];

    /// The name used in the JSON output: `PERSON`, `ORG`, `PLACE`, …
    pub const fn name(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Place => "PLACE",
            EntityType::Norp => "NORP",
            EntityType::Date => "DATE",
            EntityType::Time => "TIME",
            EntityType::Money => "MONEY",
            EntityType::Percent => "PERCENT",
            EntityType::Number => "NUMBER",
        }
    }

    /// Parses a JSON type name.
    pub fn from_name(name: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.name() == name)
    }
}

/// One place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Mention {
    /// The name as written, without titles or a possessive `'s`.
    pub span: Span,
    /// What it names.
    pub kind: EntityType,
    /// Index into [`Analysis::entities`] of the entity it names.
    pub entity: u32,
    /// A title or role written before the name ("U.S. Trade Representative"), if any.
    pub title: Option<Span>,
}

impl Mention {
    /// A mention of `kind` at `span`, not yet linked to an entity.
    pub fn new(span: Span, kind: EntityType) -> Mention {
        Mention {
            span,
            kind,
            entity: u32::MAX,
            title: None,
        }
    }
}

/// One referent: every mention that names the same person, organisation, place or value.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entity {
    /// What it is.
    pub kind: EntityType,
    /// The fullest form of its name found in the text.
    pub name: String,
    /// Indices into [`Analysis::mentions`], ascending.
    pub mentions: Vec<u32>,
}

/// What a quotation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteKind {
    /// A quoted utterance: a sentence or more in marks.
    Direct,
    /// A quoted fragment inside the writer's own sentence ("said he expected “advances”").
    Partial,
    /// Reported speech without marks; the span is the reported clause.
    Indirect,
    /// Quoted text that is not speech: titles, nicknames, scare quotes.
    Other,
}

impl QuoteKind {
    /// The name used in the JSON output.
    pub const fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Other => "other",
        }
    }
}

/// Who said a quotation, as written in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Speaker {
    /// The speaker as written ("Barshefsky", "she", "the source").
    pub span: Span,
    /// Who the written speaker stands for ("Zhang Qiyue" for "she"); the text itself when unresolved.
    pub name: String,
    /// The entity the speaker resolves to, if any.
    pub entity: Option<u32>,
    /// False for anonymous sources ("a source", "officials").
    pub named: bool,
    /// What kind of source the speaker is: a person, an organisation, a group or a document.
    pub kind: SpeakerKind,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SpeakerKind {
    /// One person, named or not: "Zhang Qiyue", "a spokeswoman", "she", "I".
    #[default]
    Person,
    /// An organisation or body: "the ministry", "the company", "the White House", "it".
    Organization,
    /// Several people: "officials", "critics", "a third of voters surveyed", "residents", "they".
    Group,
    /// A text: "the report", "a survey", "the statement", "an email", "the lawsuit".
    Document,
}

impl SpeakerKind {
    /// The name used in the JSON output: `person`, `organization`, `group` or `document`.
    pub const fn name(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organization => "organization",
            SpeakerKind::Group => "group",
            SpeakerKind::Document => "document",
        }
    }
}

/// A source's gender, only where the text supports it (see [`GenderBasis`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// A woman.
    Female,
    /// A man.
    Male,
}

impl Gender {
    /// The name used in the JSON output: `female` or `male`.
    pub const fn name(self) -> &'static str {
        match self {
            Gender::Female => "female",
            Gender::Male => "male",
        }
    }
}

/// What in the text a source's [`Gender`] rests on, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GenderBasis {
    /// A pronoun that refers to the source in this text: "she said", "her team", "said he expected".
    Pronoun,
    /// An honorific or a gendered title or role noun for the source: "Mr.", "Ms.", "Dame",
    /// "Congresswoman", "a spokeswoman for the commission".
    Honorific,
    /// The source's given name, when 95% or more of its bearers in the US Census and SSA
    /// statistics are of one sex. A statistical guess about the name, not something the text says.
    GivenName,
}

impl GenderBasis {
    /// The name used in the JSON output: `pronoun`, `honorific` or `given-name`.
    pub const fn name(self) -> &'static str {
        match self {
            GenderBasis::Pronoun => "pronoun",
            GenderBasis::Honorific => "honorific",
            GenderBasis::GivenName => "given-name",
        }
    }
}

/// One distinct source: everyone and everything quoted, with what the text says about them.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Source {
    /// Who it is: the entity's name, or the description or pronoun as resolved ("One source").
    pub name: String,
    /// False for anonymous sources.
    pub named: bool,
    /// A person, an organisation, a group or a document.
    pub kind: SpeakerKind,
    /// Its entity, when it has one.
    pub entity: Option<u32>,
    /// Its gender, only where the text supports it; `None` otherwise.
    pub gender: Option<Gender>,
    /// What the gender rests on; `None` exactly when `gender` is.
    pub gender_basis: Option<GenderBasis>,
    /// Titles and descriptions the text gives it, as written, in text order, without repeats
    /// ("U.S. Trade Representative", "a spokeswoman for the commission").
    pub roles: Vec<Span>,
    /// The entity of an organisation named in its roles ("Foreign Ministry" for "Foreign Ministry
    /// spokeswoman"), if any.
    pub affiliation: Option<u32>,
    /// Indices into [`Analysis::quotes`] of every quote attributed to it, ascending.
    pub quotes: Vec<u32>,
    /// Words inside the marks of its direct and partial quotes.
    pub quoted_words: u32,
}

/// One quotation, direct, partial, indirect or other.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Quote {
    /// The quotation; for direct and partial quotes it includes the marks.
    pub span: Span,
    /// What kind of quotation it is.
    pub kind: QuoteKind,
    /// Who said it, if found.
    pub speaker: Option<Speaker>,
    /// The speech cue ("said", "according to"), if found.
    pub cue: Option<Span>,
}

/// Everything found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Analysis {
    /// Entities, in order of their first mention.
    pub entities: Vec<Entity>,
    /// Mentions, ordered by start.
    pub mentions: Vec<Mention>,
    /// Quotations, ordered by start; direct, partial and other quotes never overlap each other.
    pub quotes: Vec<Quote>,
    /// Distinct sources of the quotations, in order of their first quote.
    pub sources: Vec<Source>,
}

impl Analysis {
    /// The index into [`Analysis::sources`] of the source of each quote (`None` without a speaker).
    pub fn quote_sources(&self) -> Vec<Option<u32>> {
        let mut out = vec![None; self.quotes.len()];
        for (id, source) in self.sources.iter().enumerate() {
            for &q in &source.quotes {
                if let Some(slot) = out.get_mut(q as usize) {
                    *slot = Some(id as u32);
                }
            }
        }
        out
    }
}
