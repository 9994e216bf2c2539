//! The result of an analysis: mentions, entities and quotations, all as byte spans.
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
}
