//! Byte spans and their conversion to the offsets a caller asked for.
//!
//! Inside the crate every span is a pair of UTF-8 byte offsets into the analysed text. Callers in
//! JavaScript index strings in UTF-16 code units, other callers count Unicode scalar values, so the
//! conversion happens exactly once, when a report is made ([`OffsetMap`]).

use std::fmt;

/// A half-open range `start..end` of UTF-8 byte offsets into the analysed text.
///
/// Both ends always lie on character boundaries of the text the span came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the span.
    pub start: u32,
    /// One past the last byte of the span.
    pub end: u32,
}

impl Span {
    /// Makes a span from byte offsets; `start` must not exceed `end`.
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The first byte, as an index.
    #[inline]
    pub const fn start(self) -> usize {
        self.start as usize
    }

    /// One past the last byte, as an index.
    #[inline]
    pub const fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    #[inline]
    pub const fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no bytes.
    #[inline]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The text the span covers.
    #[inline]
    pub fn text(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }

    /// Whether `other` lies entirely inside this span.
    #[inline]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// The unit in which a report gives its `start` and `end` offsets.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OffsetUnit {
    /// UTF-16 code units: a JavaScript string index (the default).
    #[default]
    Utf16,
    /// Unicode scalar values (a Python `str` index).
    Chars,
    /// UTF-8 bytes (a Rust `str` index).
    Bytes,
}

impl OffsetUnit {
    /// The name used in JSON and on the command line: `utf16`, `chars` or `bytes`.
    pub const fn name(self) -> &'static str {
        match self {
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Bytes => "bytes",
        }
    }

    /// Parses `utf16`, `chars` or `bytes`.
    pub fn from_name(name: &str) -> Option<OffsetUnit> {
        match name {
            "utf16" => Some(OffsetUnit::Utf16),
            "chars" => Some(OffsetUnit::Chars),
            "bytes" => Some(OffsetUnit::Bytes),
            _ => None,
        }
    }
}

/// Converts byte offsets of one text to another unit.
///
/// Built once per report in one pass over the text; each conversion is then a binary search over
/// the text's non-ASCII characters only, so an ASCII text costs nothing but the pass.
pub struct OffsetMap {
    unit: OffsetUnit,
    /// Byte offset of each non-ASCII character, ascending.
    wide_at: Vec<u32>,
    /// For each entry of `wide_at`: how many units fewer than bytes the text has *after* that
    /// character (cumulative), i.e. `bytes - units` up to and including it.
    shrink: Vec<u32>,
}

impl OffsetMap {
    /// Prepares the conversion of offsets into `text` to `unit`.
    pub fn new(text: &str, unit: OffsetUnit) -> OffsetMap {
        let mut wide_at = Vec::new();
        let mut shrink = Vec::new();
        if unit != OffsetUnit::Bytes && !text.is_ascii() {
            let mut total = 0u32;
            let mut i = 0;
            while let Some(skip) = ascii_run(&text.as_bytes()[i..]) {
                i += skip;
                let Some(c) = text[i..].chars().next() else {
                    break;
                };
                let bytes = c.len_utf8() as u32;
                let units = match unit {
                    OffsetUnit::Utf16 => c.len_utf16() as u32,
                    _ => 1,
                };
                total += bytes - units;
                wide_at.push(i as u32);
                shrink.push(total);
                i += c.len_utf8();
            }
        }
        OffsetMap {
            unit,
            wide_at,
            shrink,
        }
    }

    /// The unit offsets are converted to.
    pub fn unit(&self) -> OffsetUnit {
        self.unit
    }

    /// Converts a byte offset that lies on a character boundary.
    pub fn convert(&self, byte: u32) -> u32 {
        if self.wide_at.is_empty() {
            return byte;
        }
        // Characters that start before `byte` have been fully counted.
        self.shrunk(byte, self.wide_at.partition_point(|&at| at < byte))
    }

    /// `byte` in the map's unit, when `n` wide characters start before it.
    #[inline]
    fn shrunk(&self, byte: u32, n: usize) -> u32 {
        if n == 0 {
            byte
        } else {
            byte - self.shrink[n - 1]
        }
    }

    /// [`OffsetMap::convert`] for offsets asked about mostly in ascending order (a report's
    /// mentions, each start then end): `hint` keeps where the last one was found, and the next
    /// is found by a few steps forward from it instead of a binary search over every non-ASCII
    /// character of the text (an offset before the last, or far after it, is searched). The
    /// same answer as [`OffsetMap::convert`] whatever the order.
    #[inline]
    pub fn convert_near(&self, hint: &mut usize, byte: u32) -> u32 {
        if self.wide_at.is_empty() {
            return byte;
        }
        // The characters before `byte`: `n`, found from the hint.
        let mut n = (*hint).min(self.wide_at.len());
        if n > 0 && self.wide_at[n - 1] >= byte {
            n = self.wide_at.partition_point(|&at| at < byte);
        } else {
            let mut steps = 0;
            while self.wide_at.get(n).is_some_and(|&at| at < byte) {
                n += 1;
                steps += 1;
                if steps == 8 {
                    n += self.wide_at[n..].partition_point(|&at| at < byte);
                    break;
                }
            }
        }
        *hint = n;
        self.shrunk(byte, n)
    }
}

/// The length of the ASCII bytes `bytes` starts with, or `None` when it is all ASCII: eight bytes
/// at a time, since news text is mostly ASCII between its curly quotes and dashes.
#[inline]
fn ascii_run(bytes: &[u8]) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        if u64::from_le_bytes(word) & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        n += 8;
    }
    bytes[n..].iter().position(|&b| b >= 0x80).map(|p| n + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_units(text: &str, byte: usize) -> (u32, u32, u32) {
        let b = OffsetMap::new(text, OffsetUnit::Bytes).convert(byte as u32);
        let c = OffsetMap::new(text, OffsetUnit::Chars).convert(byte as u32);
        let u = OffsetMap::new(text, OffsetUnit::Utf16).convert(byte as u32);
        (b, c, u)
    }

    #[test]
    fn length_emptiness_and_relations() {
        let s = Span::new(3, 8);
        assert_eq!((s.start(), s.end(), s.len()), (3, 8, 5));
        assert!(!s.is_empty());
        assert!(Span::new(4, 4).is_empty());
        assert_eq!(Span::new(4, 4).len(), 0);
        assert_eq!(s.text("the quick fox"), " quic");
        assert_eq!(
            Span::new(5, 40).text("short"),
            "",
            "out of range is empty, no panic"
        );
        assert!(s.contains(Span::new(3, 8)) && s.contains(Span::new(4, 6)));
        assert!(!s.contains(Span::new(2, 6)) && !s.contains(Span::new(7, 9)));
        assert!(s.overlaps(Span::new(7, 9)) && !s.overlaps(Span::new(8, 9)));
        assert!(s.overlaps(Span::new(1, 4)) && !s.overlaps(Span::new(1, 3)));
        assert_eq!(s.cover(Span::new(10, 12)), Span::new(3, 12));
        assert_eq!(s.to_string(), "3..8");
        for unit in [OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16] {
            assert_eq!(OffsetMap::new("é", unit).unit(), unit);
            assert_eq!(OffsetUnit::from_name(unit.name()), Some(unit));
        }
    }

    #[test]
    fn ascii_is_identity() {
        assert_eq!(all_units("hello world", 6), (6, 6, 6));
    }

    #[test]
    fn accented_letters_shrink_in_chars_and_utf16() {
        let text = "Médecins Sans Frontières said";
        let at = text.find("said").unwrap();
        assert_eq!(all_units(text, at), (at as u32, 25, 25));
    }

    #[test]
    fn emoji_counts_two_utf16_units_and_one_char() {
        let text = "a😀b";
        assert_eq!(all_units(text, 5), (5, 2, 3));
    }

    #[test]
    fn matches_std_counts_everywhere() {
        let text = "“Ødegaard”, 😀 ‘x’ — naïve 東京";
        let chars = OffsetMap::new(text, OffsetUnit::Chars);
        let utf16 = OffsetMap::new(text, OffsetUnit::Utf16);
        for (i, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(chars.convert(i as u32) as usize, text[..i].chars().count());
            assert_eq!(
                utf16.convert(i as u32) as usize,
                text[..i].encode_utf16().count()
            );
        }
    }

    #[test]
    fn unit_names_round_trip() {
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            assert_eq!(OffsetUnit::from_name(unit.name()), Some(unit));
        }
        assert_eq!(OffsetUnit::from_name("lines"), None);
    }

    #[test]
    fn ascii_run_finds_the_first_wide_byte() {
        for len in 0..40 {
            for at in 0..len {
                let s = format!("{}é{}", "a".repeat(at), "b".repeat(len - at));
                assert_eq!(ascii_run(s.as_bytes()), Some(at), "{s:?}");
            }
            assert_eq!(ascii_run("c".repeat(len).as_bytes()), None);
        }
    }

    // perf60
    /// `convert_near` gives `convert`'s answer for offsets asked in any order (ascending, a step
    /// back, a jump far ahead), whatever the hint holds.
    #[test]
    fn convert_near_matches_convert_in_any_order() {
        let text = "“Ødegaard’s” café — “naïve” 😀 plan… “end”, said Åsa Lind in Tromsø.";
        let bytes: Vec<u32> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .map(|b| b as u32)
            .collect();
        for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
            let map = OffsetMap::new(text, unit);
            let mut orders = vec![bytes.clone(), bytes.iter().rev().copied().collect()];
            // Pairs ascending then a step back, and every ninth offset (jumps of many characters).
            orders.push(bytes.windows(2).flat_map(|w| [w[1], w[0]]).collect());
            orders.push(bytes.iter().step_by(9).copied().collect());
            for order in orders {
                let mut hint = 0;
                for &b in &order {
                    assert_eq!(
                        map.convert_near(&mut hint, b),
                        map.convert(b),
                        "{unit:?} {b}"
                    );
                }
            }
            let mut far = usize::MAX;
            assert_eq!(
                map.convert_near(&mut far, 3),
                map.convert(3),
                "a hint past the end"
            );
        }
    }
}
