//! Finds, in news text, every quotation with the person who said it, and the named things the
//! story is about: people, organisations, places, nationalities, dates, times, money, percentages
//! and numbers. Runs natively and, compiled to WebAssembly, in the browser.
//!
//! ```
//! let text = "“The clock has nearly run out,” Charlene Barshefsky said.";
//! let analysis = quotemark::analyze(text, &quotemark::Options::default());
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.text(text), "“The clock has nearly run out,”");
//! ```
//!
//! # Pipeline
//! Each stage is a plain function over the previous stages' output (see `pipeline.rs`):
//!
//! | stage | module | output |
//! |---|---|---|
//! | 1 | `segment` | paragraphs, sentences, tokens (byte offsets) |
//! | 1b | `pos` | a part-of-speech tag on every token |
//! | 2 | `mentions` | names, places, dates, numbers… found by lexicons and rules |
//! | 3 | `entities` | mentions linked into entities (aliases merged) |
//! | 4 | `quotes` | quotation marks paired into quotations |
//! | 5 | `attribution` | each quotation's cue, speaker and kind; indirect speech |
//! | 6 | `sources` | distinct sources: roles, affiliation, quoted words, gender where the text gives it |
//!
//! [`Report`] turns the byte-offset [`Analysis`] into the JSON output contract, converting offsets
//! to UTF-16 code units, characters or bytes at that edge.

mod analysis;
mod attribution;
mod entities;
mod error;
#[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
#[doc(hidden)]
pub mod eval;
mod invariants;
mod lexicon;
mod mentions;
mod pipeline;
mod pos;
mod quotes;
mod report;
mod segment;
mod sort;
mod sources;
mod span;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod words;

pub use analysis::{
    Analysis, Entity, EntityType, Gender, GenderBasis, Mention, Quote, QuoteKind, Source, Speaker,
    SpeakerKind,
};
pub use error::{Error, Result};
pub use pipeline::{analyze, try_analyze, Options, MAX_INPUT_BYTES};
pub use report::Report;
pub use span::{OffsetMap, OffsetUnit, Span};

/// The crate version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Internals for tests, benchmarks and the evaluation command; not a stable API.
#[doc(hidden)]
pub mod internals {
    pub use crate::attribution::kind::kind_feature_names;
    pub use crate::attribution::ranker::{feature_names, FEATURES};
    pub use crate::attribution::{attribute, training_data, Models, TrainingQuote};
    pub use crate::entities::link_entities;
    #[cfg(all(feature = "cli", not(target_arch = "wasm32")))]
    pub use crate::eval;
    pub use crate::invariants::check_invariants;
    pub use crate::mentions::{find_mentions, find_mentions_with, tagger};
    pub use crate::pipeline::{prepare, Options, Prepared};
    pub use crate::pos::{tag, Tag};
    pub use crate::quotes::{find_quotes, QuoteSpan};
    pub use crate::segment::{segment, Segments, Sentence, Token, TokenKind};
    pub use crate::sources::find_sources;
}
