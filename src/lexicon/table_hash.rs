// The hash of the compiled word table: FNV-1a over the key's bytes. Shared by `build.rs` (through
// `include!`), which lays the table out, and `src/lexicon/table.rs`, which probes it.

/// FNV-1a, 32 bits.
#[inline]
pub fn table_hash(key: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in key {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}
