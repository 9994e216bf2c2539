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
            Error::TooLong { bytes, limit } => {
                let tenths = tenths_of_mb(*bytes);
                write!(
                    f,
                    "the text is {}.{} MB; quotemark analyses at most {} MB at once",
                    tenths / 10,
                    tenths % 10,
                    limit / 1_000_000
                )
            }
            Error::BadOption(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// `bytes` in tenths of a megabyte (10^6 bytes), rounded to the nearest as `{:.1}` rounds
/// `bytes as f64 / 1e6`, without the float formatting code that would add to the wasm module.
fn tenths_of_mb(bytes: usize) -> u64 {
    let bytes = bytes as u64;
    let (tenths, rest) = (bytes / 100_000, bytes % 100_000);
    tenths + u64::from(rest > 50_000 || (rest == 50_000 && tie_rounds_up(bytes, tenths)))
}

/// Whether `{:.1}` rounds `bytes as f64 / 1e6` up when `bytes / 1e6` lies exactly halfway between
/// two tenths. `{:.1}` rounds the value the float holds: above the halfway point when the division
/// rounded up, below it when it rounded down, and when the quotient is exact (0.75), half to even.
fn tie_rounds_up(bytes: u64, tenths: u64) -> bool {
    let quotient = bytes as f64 / 1e6;
    let error = quotient.mul_add(1e6, -(bytes as f64));
    error > 0.0 || (error == 0.0 && tenths % 2 == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn megabytes_are_written_as_float_formatting_writes_them() {
        let ties = (0..5_000u64).map(|k| k * 100_000 + 50_000);
        let others = (0..200_000u64).map(|k| k * 7_919 + k % 13);
        let edges = [
            0,
            1,
            49_999,
            50_001,
            99_999,
            100_000,
            32_000_001,
            u64::from(u32::MAX),
        ];
        for bytes in ties.chain(others).chain(edges) {
            let tenths = tenths_of_mb(bytes as usize);
            let want = format!("{:.1}", bytes as f64 / 1e6);
            assert_eq!(format!("{}.{}", tenths / 10, tenths % 10), want, "{bytes}");
        }
    }

    #[test]
    fn too_long_says_how_long_and_the_limit() {
        let e = Error::TooLong {
            bytes: 32_050_000,
            limit: 32_000_000,
        };
        assert_eq!(
            e.to_string(),
            format!(
                "the text is {:.1} MB; quotemark analyses at most 32 MB at once",
                32_050_000f64 / 1e6
            )
        );
    }
}
