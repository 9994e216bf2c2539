//! The word table: the closed-class words, reporting-verb forms and job nouns, each with its
//! [`crate::words::class`] bits, compiled by `build.rs` into an open-addressing hash table.
//! One probe per distinct word of a text, no allocation; the sorted lexicon map stays for names.

include!("table_hash.rs");
include!(concat!(env!("OUT_DIR"), "/table.rs"));

/// The class bits the table holds for a lower-cased key (apostrophes written `'`), or 0.
#[inline]
pub fn class_bits(key: &[u8]) -> u64 {
    let mask = TABLE_SLOTS.len() - 1;
    let mut slot = table_hash(key) as usize & mask;
    loop {
        let entry = TABLE_SLOTS[slot];
        if entry == 0 {
            return 0;
        }
        let i = entry as usize - 1;
        let offset = |i: usize| usize::from(TABLE_ENDS[0][i]) | usize::from(TABLE_ENDS[1][i]) << 8;
        let (start, end) = (offset(i), offset(i + 1));
        if &TABLE_KEYS.as_bytes()[start..end] == key {
            return TABLE_CLASSES[i];
        }
        slot = (slot + 1) & mask;
    }
}
