//! The compiled model: key look-up and rows of weights (layout in `layout.rs`).

use super::layout::{
    row, FINGERPRINT_BITS, LANES, LAST_ENTRY, ROLE_TAG_WORD, ROW_LEN_SHIFT, TAG_CONTEXTS,
};

/// The length byte of a header, without the [`LAST_ENTRY`] flag.
const LEN: u8 = LAST_ENTRY as u8 - 1;

include!("key_hash.rs");
include!(concat!(env!("OUT_DIR"), "/pos_model.rs"));

/// The scores of the 45 classes, in [`LANES`] lanes (the last three stay unused).
pub(super) type Scores = [i16; LANES];

/// The entries of one key: a range of the headers, and the index of its first weight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Key {
    start: u32,
    end: u32,
    weight: u32,
}

/// The empty row ("no row").
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
    let mut start = unplane(&BUCKET_HEAD, bucket)?;
    let mut weight = unplane(&BUCKET_WEIGHT, bucket)?;
    let (lo, hi) = (KEY_FP_LO.get(first..last)?, KEY_FP_HI.get(first..last)?);
    // The keys of a bucket in fingerprint order, each stored as the step from the one before.
    let mut at = 0u32;
    for (&lo, &hi) in lo.iter().zip(hi) {
        at += u32::from(lo) | u32::from(hi) << 16;
        if at >= fingerprint {
            return (at == fingerprint).then(|| Key {
                start,
                end: key_end(start, &mut 0),
                weight,
            });
        }
        start = key_end(start, &mut weight);
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

/// One past the last header of the key whose headers start at `at`; adds the key's weights to
/// `weight`.
#[inline]
fn key_end(mut at: u32, weight: &mut u32) -> u32 {
    loop {
        let Some(&len) = HEAD_LEN.get(at as usize) else {
            return at;
        };
        at += 1;
        *weight += u32::from(len & LEN);
        if u16::from(len) & LAST_ENTRY != 0 {
            return at;
        }
    }
}

impl Key {
    /// Its first header: distinct keys have distinct starts, and none is 0.
    #[inline]
    pub(super) fn start(self) -> u32 {
        self.start
    }

    /// Where its entries end, for [`add_tag_word`]: one past its last header (low 16 bits) and
    /// past its last weight (high bits).
    #[inline]
    pub(super) fn end(self) -> u32 {
        let mut weight = self.weight;
        let end = key_end(self.start, &mut weight);
        end | weight << 16
    }

    /// Calls `f(role, row)` for each entry (its role and the row of its weights), in role order.
    #[inline]
    pub(super) fn for_each(self, mut f: impl FnMut(u16, u32)) {
        let mut weight = self.weight;
        for at in self.start..self.end {
            let i = at as usize;
            let len = u32::from(HEAD_LEN[i] & LEN);
            f(u16::from(HEAD_ROLE[i]), row(weight, len));
            weight += len;
        }
    }
}

/// The row of `i pref1` for an ASCII first character, or [`NO_ROW`].
#[inline]
pub(super) fn prefix_row(c: u8) -> u32 {
    PREFIX_ASCII.get(usize::from(c)).map_or(NO_ROW, |&r| r)
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
    let i = prev * TAG_CONTEXTS + prev2;
    match (unplane(&TAG_PAIR, i), unplane(&TAG_PAIR, i + 1)) {
        (Some(start), Some(end)) => row(start, end - start),
        _ => NO_ROW,
    }
}

/// Adds the weights of the row `row` to `scores`.
#[inline]
pub(super) fn add_row(scores: &mut Scores, row: u32) {
    let at = (row & ((1 << ROW_LEN_SHIFT) - 1)) as usize;
    let len = (row >> ROW_LEN_SHIFT) as usize;
    let (classes, weights) = (&WEIGHT_CLASS[at..at + len], &WEIGHT_VALUE[at..at + len]);
    for (&c, &w) in classes.iter().zip(weights) {
        scores[usize::from(c)] += i16::from(w as i8);
    }
}

/// Adds the `i-1 tag+i word` row for the previous tag `prev`, if the word has one: `range` holds
/// the row of the word's first such entry and its key's [`Key::end`] (entries in role order, the
/// tag-word entries followed only by dictionary entries, which have no weights).
#[inline]
pub(super) fn add_tag_word(scores: &mut Scores, range: [u32; 2], prev: usize) {
    let want = ROLE_TAG_WORD + prev as u16;
    let first = range[0] & ((1 << ROW_LEN_SHIFT) - 1);
    let (mut at, mut weight) = (range[1] & 0xFFFF, range[1] >> 16);
    // From the key's last entry back to its first tag-word entry, the one whose weights start at
    // `first` (entries after it start later: each tag-word entry has weights).
    while weight > first {
        at -= 1;
        let i = at as usize;
        let role = u16::from(HEAD_ROLE[i]);
        let len = u32::from(HEAD_LEN[i] & LEN);
        weight -= len;
        if role == want {
            add_row(scores, row(weight, len));
            return;
        }
        if role < want {
            return;
        }
    }
}
