// The hash of the entity tagger's feature keys: FNV-1a over the feature's text ("w=leeds",
// "L=CITY"). Shared by `build.rs` (through `include!`), which compiles the model's feature table,
// and `src/mentions/tagger/features.rs`, which hashes the features of a text without building
// their strings.

/// FNV-1a, 32 bits: the state before any byte.
pub const FEATURE_HASH_START: u32 = 0x811c_9dc5;

/// Feeds `bytes` into an FNV-1a state.
#[inline]
pub const fn feature_hash_feed(mut h: u32, bytes: &[u8]) -> u32 {
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

/// The key of a feature written as text.
#[inline]
pub const fn feature_key(text: &str) -> u32 {
    feature_hash_feed(FEATURE_HASH_START, text.as_bytes())
}
