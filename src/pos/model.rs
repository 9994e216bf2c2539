//! The compiled model: key look-up and rows of weights (layout in `layout.rs`).

use super::layout::{FINGERPRINT_BITS, LANES, LAST_ENTRY, ROLE_TAG_WORD, TAG_CONTEXTS};

/// The length byte of a header, without the [`LAST_ENTRY`] flag.
const LEN: u8 = LAST_ENTRY as u8 - 1;

include!("key_hash.rs");
include!(concat!(env!("OUT_DIR"), "/pos_model.rs"));

/// The scores of the 45 classes, in [`LANES`] lanes (the last three stay unused).
pub(super) type Scores = [i16; LANES];

/// The entries of one key: a range of the data.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Key {
    start: u32,
    end: u32,
}

/// The offset of "no row" (an empty entry).
pub(super) const NO_ROW: u32 = 0;

/// The key `key`, or `None` when the model has no features for it. One hash, one bucket scan.
#[inline(never)] // called once per new word (src/pos caches words): one copy keeps the wasm small
pub(super) fn lookup(key: &[u8]) -> Option<Key> {
    let h = key_hash(key);
    let bucket = (h >> (64 - BUCKET_BITS)) as usize;
    let fingerprint = (h & ((1 << FINGERPRINT_BITS) - 1)) as u32;
    let (first, last) = (
        unplane(&BUCKET_KEY, bucket)? as usize,
        unplane(&BUCKET_KEY, bucket + 1)? as usize,
    );
    let mut start = unplane(&BUCKET_DATA, bucket)?;
    let (lo, hi) = (KEY_FP_LO.get(first..last)?, KEY_FP_HI.get(first..last)?);
    // The keys of a bucket in fingerprint order, each stored as the step from the one before.
    let mut at = 0u32;
    for (&lo, &hi) in lo.iter().zip(hi) {
        at += u32::from(lo) | u32::from(hi) << 16;
        if at >= fingerprint {
            return (at == fingerprint).then(|| Key {
                start,
                end: key_end(start),
            });
        }
        start = key_end(start);
    }
    None
}

/// Number `i` of a table stored as `B` byte planes (its low bytes, then the next ones), or `None`
/// past its end.
#[inline]
fn unplane<const N: usize, const B: usize>(planes: &[[u8; N]; B], i: usize) -> Option<u32> {
    if i >= N {
        return None;
    }
    Some(
        planes
            .iter()
            .enumerate()
            .fold(0, |v, (k, plane)| v | u32::from(plane[i]) << (8 * k)),
    )
}

/// One past the last entry of the key whose entries start at `start`.
#[inline]
fn key_end(mut at: u32) -> u32 {
    loop {
        let Some(&len) = DATA_HIGH.get(at as usize) else {
            return at;
        };
        at += 1 + u32::from(len & LEN);
        if u16::from(len) & LAST_ENTRY != 0 {
            return at;
        }
    }
}

impl Key {
    /// Where its entries start: distinct keys have distinct starts.
    #[inline]
    pub(super) fn start(self) -> u32 {
        self.start
    }

    /// One past its last entry.
    #[inline]
    pub(super) fn end(self) -> u32 {
        self.end
    }

    /// Calls `f(role, offset)` for each entry (offset of its header in the data), in role order.
    #[inline]
    pub(super) fn for_each(self, mut f: impl FnMut(u16, u32)) {
        let mut at = self.start;
        while at < self.end {
            let i = at as usize;
            f(u16::from(DATA_LOW[i]), at);
            at += 1 + u32::from(DATA_HIGH[i] & LEN);
        }
    }
}

/// The row of `i pref1` for an ASCII first character, or [`NO_ROW`].
#[inline]
pub(super) fn prefix_row(c: u8) -> u32 {
    PREFIX_ASCII
        .get(usize::from(c))
        .map_or(NO_ROW, |&r| u32::from(r))
}

/// The bias, as starting scores.
#[inline]
pub(super) fn bias() -> Scores {
    BIAS
}

/// The dense `i-1 tag` row of `prev` and `i-2 tag` row of `prev2` (tag indices, or
/// `START`/`START2`).
#[inline]
pub(super) fn tag_rows(prev: usize, prev2: usize) -> (&'static [i8; LANES], &'static [i8; LANES]) {
    (&PREV_TAG[prev], &PREV2_TAG[prev2])
}

/// The `i tag+i-2 tag` row of the pair, or [`NO_ROW`].
#[inline]
pub(super) fn pair_row(prev: usize, prev2: usize) -> u32 {
    unplane(&TAG_PAIR, prev * TAG_CONTEXTS + prev2).unwrap_or(NO_ROW)
}

/// Adds the weights of the entry at `offset` to `scores`.
#[inline]
pub(super) fn add_row(scores: &mut Scores, offset: u32) {
    let at = offset as usize;
    let len = usize::from(DATA_HIGH[at] & LEN);
    let (classes, weights) = (
        &DATA_LOW[at + 1..at + 1 + len],
        &DATA_HIGH[at + 1..at + 1 + len],
    );
    for (&c, &w) in classes.iter().zip(weights) {
        scores[usize::from(c)] += i16::from(w as i8);
    }
}

/// Adds the `i-1 tag+i word` row for the previous tag `prev`, if the word has one: `range` runs
/// from the word's first such entry to the end of its key (entries in role order).
#[inline]
pub(super) fn add_tag_word(scores: &mut Scores, range: [u32; 2], prev: usize) {
    let want = ROLE_TAG_WORD + prev as u16;
    let mut at = range[0];
    while at < range[1] {
        let i = at as usize;
        let role = u16::from(DATA_LOW[i]);
        if role == want {
            add_row(scores, at);
            return;
        }
        if role > want {
            return;
        }
        at += 1 + u32::from(DATA_HIGH[i] & LEN);
    }
}
