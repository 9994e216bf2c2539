// The hash of the entity tagger's feature keys. A feature's text is a template up to its first
// `=` and a value after it ("w=" + "leeds", "L=" + "CITY"; "b" has no value); the key hashes the
// two parts eight bytes at a time (Fx-style), so a text's features are hashed without building
// their strings. Shared by `build.rs` (through `include!`), which compiles the model's feature
// table, and the tagger.

const FEATURE_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Feeds `bytes` (and their length) into a hash state, eight bytes at a time.
#[inline]
fn feature_hash_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(FEATURE_SEED);
    }
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(FEATURE_SEED);
    (h.rotate_left(5) ^ bytes.len() as u64).wrapping_mul(FEATURE_SEED)
}

/// The key of the feature whose template (up to and with its `=`) is `template` and whose value
/// is `value`.
#[inline]
pub fn feature_key_parts(template: &[u8], value: &[u8]) -> u32 {
    let h = feature_hash_bytes(feature_hash_bytes(0, template), value);
    ((h >> 32) ^ h) as u32
}

/// The key of a feature written as text.
pub fn feature_key(text: &str) -> u32 {
    match text.find('=') {
        Some(i) => feature_key_parts(&text.as_bytes()[..=i], &text.as_bytes()[i + 1..]),
        None => feature_key_parts(text.as_bytes(), b""),
    }
}
