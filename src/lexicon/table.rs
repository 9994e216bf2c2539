//! The word table: the closed-class words, reporting-verb forms and job nouns, each with its
//! [`crate::words::class`] bits, compiled by `build.rs`: the keys grouped by length and first
//! byte, and sorted within a group. One binary search in a small group per distinct word of a
//! text, no allocation; the sorted lexicon map stays for names.

include!(concat!(env!("OUT_DIR"), "/table.rs"));

/// Groups of one key length: the first bytes `'` and `a`-`z`.
const COLUMNS: usize = 27;

/// The class bits the table holds for a lower-cased key (apostrophes written `'`), or 0.
#[inline]
pub fn class_bits(key: &[u8]) -> u64 {
    let Some((&first, rest)) = key.split_first() else {
        return 0;
    };
    let column = match first {
        b'\'' => 0,
        b'a'..=b'z' => usize::from(first - b'a') + 1,
        _ => return 0,
    };
    if key.len() > TABLE_MAX_LEN {
        return 0;
    }
    let row = (key.len() - 1) * COLUMNS;
    let index = |g: usize| usize::from(TABLE_GROUPS[0][g]) | usize::from(TABLE_GROUPS[1][g]) << 8;
    let base = index(row);
    let (lo, hi) = (index(row + column), index(row + column + 1));
    // The keys of this length, each `rest.len()` bytes (their first byte left out), compared by
    // their first 8 bytes as one number (`TABLE_KEYS` is padded for the last), then, among keys
    // longer than 9 bytes with the same first 8, by the bytes after.
    let keys = &TABLE_KEYS.as_bytes()[usize::from(TABLE_LEN_START[key.len() - 1])..];
    let width = rest.len();
    let cut = width.min(8);
    let mut head = [0u8; 8];
    head[..cut].copy_from_slice(&rest[..cut]);
    let head = u64::from_be_bytes(head);
    let mask = if width >= 8 {
        u64::MAX
    } else {
        !(u64::MAX >> (8 * width))
    };
    let prefix = |i: usize| {
        let at = (i - base) * width;
        let mut stored = [0u8; 8];
        stored.copy_from_slice(&keys[at..at + 8]);
        u64::from_be_bytes(stored) & mask
    };
    // The first key whose first 8 bytes are not below the word's.
    let (mut first, mut n) = (lo, hi - lo);
    while n > 0 {
        let half = n / 2;
        if prefix(first + half) < head {
            first += half + 1;
            n -= half + 1;
        } else {
            n = half;
        }
    }
    while first < hi && prefix(first) == head {
        let at = (first - base) * width;
        if width <= 8 || keys[at + 8..at + width] == rest[8..] {
            return TABLE_SETS[usize::from(TABLE_SET[first])];
        }
        first += 1;
    }
    0
}
