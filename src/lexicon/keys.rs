//! The lexicon map as `build.rs` writes it (`write_keys`): the keys sorted byte-wise and
//! front-coded in buckets of [`KEY_BUCKET`], each followed by its value (category-set index and
//! female share). Read in place from the binary: a look-up binary-searches the first keys of the
//! buckets, then scans one bucket (and the next bucket's first key), comparing only the bytes a key
//! does not share with the key before.
//!
//! Why not a finite-state map: the page transfers this gzipped, and sorted front-coded text
//! compresses far better than the automaton of the same keys (README, "Speed and size").

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/lexicon_map.rs"));

/// Every key as `cut suffix tag [set]`, a bucket's first key without `cut` (the bytes
/// at the end of the key before that it does not share; see `build.rs`).
static KEYS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon_keys.bin"));

/// Bytes below this end a key's suffix: they are its value's tag.
const TAG: u8 = 0x20;

/// Number of keys.
#[inline]
pub(super) fn count() -> usize {
    KEY_COUNT
}

/// A key's value as stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Value {
    /// Index of its category bits in [`FLAG_SETS`] (and of its female share in [`FEMALE_SETS`]).
    set: u16,
    /// The share of bearers who are female + 1, 0 when unknown.
    pub female: u8,
}

impl Value {
    /// Its category bits.
    #[inline]
    pub fn flags(self) -> u32 {
        FLAG_SETS[usize::from(self.set)]
    }
}

/// Reads the value whose tag is at byte `at`; returns it and where the next key starts.
#[inline]
fn value_at(mut at: usize) -> (Value, usize) {
    let mut set = u16::from(KEYS[at]);
    at += 1;
    if set == u16::from(TAG_ESCAPE) {
        set += u16::from(KEYS[at]);
        at += 1;
    }
    let female = FEMALE_SETS[usize::from(set)];
    (Value { set, female }, at)
}

/// Where the tag after the suffix that continues at byte `at` is.
#[inline]
fn suffix_end(mut at: usize) -> usize {
    while KEYS[at] >= TAG {
        at += 1;
    }
    at
}

/// Number of buckets.
#[inline]
fn buckets() -> usize {
    BUCKETS[0].len() - 1
}

/// Where bucket `b` starts in [`KEYS`] (where the last one ends for `b == buckets()`).
#[inline]
fn bucket_start(b: usize) -> usize {
    usize::from(BUCKETS[0][b]) | usize::from(BUCKETS[1][b]) << 8 | usize::from(BUCKETS[2][b]) << 16
}

/// How the first key of bucket `b` compares with `key`.
fn cmp_head(b: usize, key: &[u8]) -> Ordering {
    let head = &KEYS[bucket_start(b)..];
    for (i, &h) in head.iter().enumerate() {
        if h < TAG {
            return if i == key.len() {
                Ordering::Equal
            } else {
                Ordering::Less
            };
        }
        match key.get(i) {
            None => return Ordering::Greater,
            Some(&k) if h != k => return h.cmp(&k),
            Some(_) => {}
        }
    }
    Ordering::Less
}

/// Where `key` sits among the keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Seek {
    /// Index of the first key not below `key` ([`count`] when there is none).
    pub index: usize,
    /// That key is `key`.
    pub exact: bool,
    /// That key starts with `key` (some key does).
    pub prefix: bool,
    /// That key's value.
    pub value: Value,
    /// The byte of [`KEYS`] where that key starts (its `cut` byte; the end of [`KEYS`] when
    /// there is no key): [`seek_from`] reads it from there.
    pub offset: usize,
    /// The number of leading bytes that key shares with the key before (0 for a bucket's first
    /// key, or when there is no key): [`seek_from`] needs it to read the key.
    pub shared: usize,
}

/// Finds the first key not below `key`, searching from bucket `from` on (every key of an earlier
/// bucket must be below `key`).
pub(super) fn seek(key: &[u8], from: usize) -> Seek {
    // The first bucket whose first key is above `key`: past those that start with a smaller
    // byte, before those that start with a larger one.
    let (mut lo, mut hi) = match key.first() {
        Some(&c) => (
            usize::from(FIRST_BUCKET[usize::from(c)]),
            usize::from(FIRST_BUCKET[usize::from(c) + 1]),
        ),
        None => (0, buckets()),
    };
    lo = lo.max(from);
    hi = hi.max(lo);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if cmp_head(mid, key) == Ordering::Greater {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    // Every key before the bucket before it is below `key`.
    let bucket = lo.saturating_sub(1).max(from);
    scan(
        key,
        bucket * KEY_BUCKET,
        bucket_start(bucket),
        count(),
        0,
        0,
    )
    .unwrap_or(Seek {
        index: count(),
        exact: false,
        prefix: false,
        value: Value::default(),
        offset: KEYS.len(),
        shared: 0,
    })
}

/// Reads keys from number `index`, which starts at byte `at`, until one is not below `key`; gives
/// up before number `end`. Every key before `index` is below `key`, and the one just before shares
/// its first `m` bytes with it and is `prev` bytes long (both 0 when `index` starts a bucket).
///
/// Each key is compared only where it can differ from the last: a key that shares fewer bytes with
/// the one before than `m` is above `key`; one that shares more is below it, like the one before.
fn scan(
    key: &[u8],
    mut index: usize,
    mut at: usize,
    end: usize,
    mut m: usize,
    mut prev: usize,
) -> Option<Seek> {
    while index < end {
        let offset = at;
        let shared = if index % KEY_BUCKET == 0 {
            // A bucket's first key is written whole, with no `cut` byte.
            m = 0;
            0
        } else {
            at += 1;
            prev - usize::from(KEYS[at - 1])
        };
        let suffix = at;
        // `Some((exact, prefix))` once a key is not below `key`.
        let found = if shared < m {
            Some((false, false))
        } else if shared > m {
            None
        } else {
            let (found, j, stop) = compare(key, at, m);
            m = j;
            at = stop;
            found
        };
        let tag = suffix_end(at);
        prev = shared + (tag - suffix);
        let (value, next) = value_at(tag);
        if let Some((exact, prefix)) = found {
            return Some(Seek {
                index,
                exact,
                prefix,
                value,
                offset,
                shared,
            });
        }
        index += 1;
        at = next;
    }
    None
}

/// Compares `key` with the key whose byte number `j` is at byte `at` (of a suffix), which shares
/// its first `j` bytes with `key`: `Some((exact, prefix))` when that key is not below `key`, else
/// `None` (a prefix of `key`, or below it where they differ). Also gives the bytes they share and
/// the byte where the comparison stopped (in that key's suffix, or its tag).
#[inline]
fn compare(key: &[u8], mut at: usize, mut j: usize) -> (Option<(bool, bool)>, usize, usize) {
    loop {
        let b = KEYS[at];
        if b < TAG {
            // The key ends: `key` itself, or a prefix of it (below it).
            return ((j == key.len()).then_some((true, true)), j, at);
        }
        match key.get(j) {
            None => return (Some((false, true)), j, at),
            Some(&k) if b != k => return ((b > k).then_some((false, false)), j, at),
            Some(_) => {}
        }
        j += 1;
        at += 1;
    }
}

/// Decodes the key that starts at byte `at` over the key before it in `buf`, `prev` bytes long
/// (`head`: the first key of a bucket, with no `cut` byte); returns the key's length, its value and
/// where the next key starts.
#[inline]
fn decode(
    mut at: usize,
    head: bool,
    prev: usize,
    buf: &mut [u8; MAX_KEY],
) -> (usize, Value, usize) {
    let mut n = 0;
    if !head {
        n = prev - usize::from(KEYS[at]);
        at += 1;
    }
    while KEYS[at] >= TAG {
        buf[n] = KEYS[at];
        n += 1;
        at += 1;
    }
    let (value, next) = value_at(at);
    (n, value, next)
}

/// [`seek`] of the first `len` bytes of key number `index`, which starts at byte `offset` and shares
/// its first `shared` bytes with the key before (as [`Seek`] gives them), followed
/// by `tail` (the words of a cursor, extended), first in the rest of that key's bucket. Key `index`
/// must be the first key not below its first `len` bytes; `len + tail.len()` is at most
/// [`MAX_KEY`].
///
/// Key `index` starts with those `len` bytes and the key before it is below them, so the two
/// share fewer than `len` bytes: the bytes after the first `len` are all in key `index`'s own
/// suffix, and the keys need not be decoded from the bucket's first one (only when the search
/// goes on past the bucket, to get the first `len` bytes for [`seek`]).
pub(super) fn seek_from(
    index: usize,
    offset: usize,
    shared: usize,
    len: usize,
    tail: &[u8],
) -> Seek {
    let bucket = index / KEY_BUCKET;
    let first = bucket * KEY_BUCKET;
    let total = len + tail.len();
    // The key sought, its first `len` bytes left for the decoding below (nothing before byte
    // `len` is read until then).
    let mut key = [0u8; MAX_KEY];
    key[len..total].copy_from_slice(tail);
    let suffix = if index == first { offset } else { offset + 1 };
    let mut from = bucket;
    if shared <= len {
        let (found, m, stop) = compare(&key[..total], suffix + (len - shared), len);
        let tag = suffix_end(stop);
        let (value, next) = value_at(tag);
        if let Some((exact, prefix)) = found {
            return Seek {
                index,
                exact,
                prefix,
                value,
                offset,
                shared,
            };
        }
        let end = ((bucket + 1) * KEY_BUCKET).min(count());
        let prev = shared + (tag - suffix);
        if let Some(found) = scan(&key[..total], index + 1, next, end, m, prev) {
            return found;
        }
        // Every key of the bucket is below it.
        from = bucket + 1;
    }
    let mut buf = [0u8; MAX_KEY];
    let (mut at, mut n) = (bucket_start(bucket), 0);
    for i in first..=index {
        (n, _, at) = decode(at, i == first, n, &mut buf);
    }
    key[..len].copy_from_slice(&buf[..len]);
    seek(&key[..total], from)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key, decoded in order.
    fn all_keys() -> Vec<Vec<u8>> {
        let (mut keys, mut buf, mut at) = (Vec::new(), [0u8; MAX_KEY], 0);
        while at < KEYS.len() {
            let prev = keys.last().map_or(0, Vec::len);
            let (n, _, next) = decode(at, keys.len() % KEY_BUCKET == 0, prev, &mut buf);
            keys.push(buf[..n].to_vec());
            at = next;
        }
        keys
    }

    /// Where every key starts in [`KEYS`], in order.
    fn all_offsets() -> &'static [usize] {
        static OFFSETS: std::sync::OnceLock<Vec<usize>> = std::sync::OnceLock::new();
        OFFSETS.get_or_init(|| {
            let (mut offsets, mut buf, mut at, mut n) = (Vec::new(), [0u8; MAX_KEY], 0, 0);
            while at < KEYS.len() {
                offsets.push(at);
                (n, _, at) = decode(at, offsets.len() % KEY_BUCKET == 1, n, &mut buf);
            }
            offsets
        })
    }

    /// Every key's value, in order.
    fn all_values() -> Vec<Value> {
        let (mut values, mut at) = (Vec::new(), 0);
        while at < KEYS.len() {
            let head = values.len() % KEY_BUCKET == 0;
            let (value, next) = value_at(suffix_end(at + usize::from(!head)));
            values.push(value);
            at = next;
        }
        values
    }

    /// What `seek` must answer, by a linear search of the decoded keys.
    fn expected(keys: &[Vec<u8>], values: &[Value], key: &[u8]) -> Seek {
        let index = keys.partition_point(|k| k.as_slice() < key);
        let shared = match (index % KEY_BUCKET, keys.get(index)) {
            (1.., Some(k)) => k
                .iter()
                .zip(&keys[index - 1])
                .take_while(|(a, b)| a == b)
                .count(),
            _ => 0,
        };
        Seek {
            shared,
            offset: all_offsets().get(index).copied().unwrap_or(KEYS.len()),
            index,
            exact: keys.get(index).is_some_and(|k| k == key),
            prefix: keys.get(index).is_some_and(|k| k.starts_with(key)),
            value: values.get(index).copied().unwrap_or_default(),
        }
    }

    #[test]
    fn keys_are_sorted_and_each_has_a_value() {
        let keys = all_keys();
        assert_eq!(keys.len(), count());
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(keys.iter().all(|k| !k.is_empty() && k.len() <= MAX_KEY));
        let values = all_values();
        assert_eq!(values.len(), count());
        assert!(values.iter().all(|v| v.flags() != 0));
        // Only given names have a female share, and most given names do.
        let given = |v: &&Value| v.flags() & 1 != 0;
        assert!(values.iter().filter(|v| v.female != 0).all(|v| given(&v)));
        assert!(
            values
                .iter()
                .filter(given)
                .filter(|v| v.female != 0)
                .count()
                > 1000
        );
    }

    #[test]
    fn seek_finds_every_key_and_every_prefix() {
        let (keys, values) = (all_keys(), all_values());
        for (i, key) in keys.iter().enumerate() {
            let found = seek(key, 0);
            assert_eq!((found.index, found.exact), (i, true), "{key:?}");
            assert_eq!(found.value, values[i]);
            for len in 0..key.len() {
                assert_eq!(seek(&key[..len], 0), expected(&keys, &values, &key[..len]));
            }
        }
    }

    #[test]
    fn seek_places_keys_that_are_not_there() {
        let (keys, values) = (all_keys(), all_values());
        for key in keys.iter().step_by(7) {
            let mut other = key.clone();
            other.push(b'~');
            assert_eq!(seek(&other, 0), expected(&keys, &values, &other));
            other.truncate(key.len() - 1);
            other.push(b' ');
            assert_eq!(seek(&other, 0), expected(&keys, &values, &other));
            *other.last_mut().unwrap() = 0xFF;
            assert_eq!(seek(&other, 0), expected(&keys, &values, &other));
        }
        for key in [&b""[..], b"\x00", b"\xff\xff", b"zzzzzz", b"a"] {
            assert_eq!(seek(key, 0), expected(&keys, &values, key));
        }
    }

    #[test]
    fn seek_from_a_prefix_extends_it() {
        let (keys, values) = (all_keys(), all_values());
        for key in keys.iter().step_by(3) {
            for len in 0..key.len() {
                let at = expected(&keys, &values, &key[..len]);
                for tail in [&key[len..], &key[len..=len], b" z", b"'", b"~"] {
                    let whole = [&key[..len], tail].concat();
                    let found = seek_from(at.index, at.offset, at.shared, len, tail);
                    assert_eq!(found, expected(&keys, &values, &whole));
                }
            }
        }
    }
}
