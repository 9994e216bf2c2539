//! The crate's one error type.

use std::fmt;

/// Why an analysis could not run. Analysis itself never fails: finding nothing is an empty result.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The text is longer than [`crate::MAX_INPUT_BYTES`].
    TooLong {
        /// Its length in UTF-8 bytes.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// An option has a value the analyzer does not know.
    BadOption(String),
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::TooLong { bytes, limit } => write!(
                f,
                "the text is {:.1} MB; quotemark analyses at most {} MB at once",
                *bytes as f64 / 1e6,
                limit / 1_000_000
            ),
            Error::BadOption(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}
