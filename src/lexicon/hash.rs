//! A small, fast, non-cryptographic hasher (the Fx hash of rustc) for the per-text maps of the
//! mentions and entities stages, whose keys are short words and whose input is one text: SipHash's
//! protection against crafted collisions costs more than it buys there.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub(crate) type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The Fx hash: rotate, xor, multiply, one machine word at a time.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

/// The 1 to 7 bytes of `rest` as a little-endian word padded with zeros, read as two
/// overlapping loads of fixed size (most words end in such a tail: a copy of variable length
/// into a zeroed word was a call to `memcpy` per token).
#[inline]
fn tail_word(rest: &[u8]) -> u64 {
    let n = rest.len();
    let u16_at = |i: usize| u64::from(u16::from_le_bytes([rest[i], rest[i + 1]]));
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            rest[i],
            rest[i + 1],
            rest[i + 2],
            rest[i + 3],
        ]))
    };
    // The second load ends at the last byte; where the two overlap they hold the same bytes.
    match n {
        0 => 0,
        1 => u64::from(rest[0]),
        2 | 3 => u16_at(0) | u16_at(n - 2) << (8 * (n - 2)),
        _ => u32_at(0) | u32_at(n - 4) << (8 * (n - 4)),
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail_word(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The state turned so that its best-mixed bits come lowest: `HashMap` picks a bucket by
    /// the low bits, and a product's low bits depend only on the key's low bits (keys such as
    /// `a | b << 32` with `a` often 0 all fell in one bucket group).
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use super::{tail_word, FxHasher};
    use std::hash::Hasher;

    /// The tail word is the bytes padded with zeros, whatever their number.
    #[test]
    fn tail_word_is_the_padded_bytes() {
        let bytes = [0x81u8, 0x02, 0xF3, 0x04, 0x95, 0x06, 0xA7];
        for n in 1..=7 {
            let mut w = [0u8; 8];
            w[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(tail_word(&bytes[..n]), u64::from_le_bytes(w), "{n} bytes");
        }
    }

    /// Keys that differ only in their high half still spread over the low bits, which pick a
    /// map's bucket: 64 such keys fill most of 64 buckets.
    #[test]
    fn high_bits_of_a_key_reach_the_bucket_bits() {
        let buckets: std::collections::HashSet<u64> = (1..=64u64)
            .map(|i| {
                let mut h = FxHasher::default();
                h.write_u64(i << 32);
                h.finish() & 63
            })
            .collect();
        assert!(buckets.len() >= 32, "{} buckets", buckets.len());
    }
}
