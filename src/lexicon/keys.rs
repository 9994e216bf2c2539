//! The lexicon map as `build.rs` writes it (`write_keys`): the keys sorted byte-wise and
//! front-coded in buckets of [`KEY_BUCKET`], with one byte of category-set index and one of female
//! share per key. Read in place from the binary: a look-up binary-searches the first keys of the
//! buckets, then decodes at most one bucket and the next bucket's first key.
//!
//! Why not a finite-state map: the page transfers this gzipped, and sorted front-coded text
//! compresses about twice as well as the automaton of the same keys (README, "Speed and size").

use std::cmp::Ordering;

include!(concat!(env!("OUT_DIR"), "/lexicon_map.rs"));

/// Every key as `shared suffix \n` (see `build.rs`).
static KEYS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon_keys.bin"));
/// Per key: the index of its category bits in [`FLAG_SETS`].
static FLAGS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon_flags.bin"));
/// Per key: the share of bearers who are female + 1, 0 when unknown.
static FEMALE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon_female.bin"));

/// Number of keys.
#[inline]
pub(super) fn count() -> usize {
    FLAGS.len()
}

/// Category bits and female share + 1 of key number `index`.
#[inline]
pub(super) fn value(index: usize) -> (u32, u8) {
    (FLAG_SETS[usize::from(FLAGS[index])], FEMALE[index])
}

/// Number of buckets.
#[inline]
fn buckets() -> usize {
    BUCKETS.len() - 1
}

/// How the first key of bucket `b` compares with `key`.
fn cmp_head(b: usize, key: &[u8]) -> Ordering {
    // Skip the head's `shared` byte (always 0).
    let head = &KEYS[BUCKETS[b] as usize + 1..];
    for (i, &h) in head.iter().enumerate() {
        if h == b'\n' {
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

/// Decodes the key that starts at byte `at` of the key file over the previous key in `buf` (whose
/// length is `len`); returns the key's length and where the next key starts.
#[inline]
fn decode(at: usize, buf: &mut [u8; MAX_KEY]) -> (usize, usize) {
    let mut n = usize::from(KEYS[at]);
    let mut at = at + 1;
    while KEYS[at] != b'\n' {
        buf[n] = KEYS[at];
        n += 1;
        at += 1;
    }
    (n, at + 1)
}

/// Where `key` sits among the keys, searching from bucket `from` on (every key of an earlier
/// bucket must be below `key`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Seek {
    /// Index of the first key not below `key` ([`count`] when there is none).
    pub index: usize,
    /// That key is `key`.
    pub exact: bool,
    /// That key starts with `key` (some key does).
    pub prefix: bool,
}

/// Finds the first key not below `key`, searching from bucket `from` on.
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
    let mut buf = [0u8; MAX_KEY];
    scan(
        key,
        bucket * KEY_BUCKET,
        BUCKETS[bucket] as usize,
        &mut buf,
        count(),
    )
    .unwrap_or(Seek {
        index: count(),
        exact: false,
        prefix: false,
    })
}

/// Decodes keys from number `index`, which starts at byte `at` (`buf` holding the key before
/// unless `index` starts a bucket), until one is not below `key`; gives up before number `end`.
#[inline]
fn scan(
    key: &[u8],
    mut index: usize,
    mut at: usize,
    buf: &mut [u8; MAX_KEY],
    end: usize,
) -> Option<Seek> {
    while index < end {
        let (n, next) = decode(at, buf);
        let found = &buf[..n];
        if found >= key {
            return Some(Seek {
                index,
                exact: found == key,
                prefix: found.starts_with(key),
            });
        }
        index += 1;
        at = next;
    }
    None
}

/// [`seek`] of the first `len` bytes of key number `index` followed by `tail` (the words of a
/// cursor, extended), first in the rest of that key's bucket. `len + tail.len()` is at most
/// [`MAX_KEY`].
pub(super) fn seek_from(index: usize, len: usize, tail: &[u8]) -> Seek {
    let bucket = index / KEY_BUCKET;
    let mut buf = [0u8; MAX_KEY];
    let mut at = BUCKETS[bucket] as usize;
    for _ in bucket * KEY_BUCKET..index {
        at = decode(at, &mut buf).1;
    }
    let mut key = [0u8; MAX_KEY];
    let (n, next) = decode(at, &mut buf);
    let total = len + tail.len();
    key[..len].copy_from_slice(&buf[..len]);
    key[len..total].copy_from_slice(tail);
    let key = &key[..total];
    let found = &buf[..n];
    if found >= key {
        return Seek {
            index,
            exact: found == key,
            prefix: found.starts_with(key),
        };
    }
    let end = ((bucket + 1) * KEY_BUCKET).min(count());
    scan(key, index + 1, next, &mut buf, end).unwrap_or_else(|| seek(key, bucket + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key, decoded in order.
    fn all_keys() -> Vec<Vec<u8>> {
        let (mut keys, mut buf, mut at) = (Vec::new(), [0u8; MAX_KEY], 0);
        while at < KEYS.len() {
            let (n, next) = decode(at, &mut buf);
            keys.push(buf[..n].to_vec());
            at = next;
        }
        keys
    }

    /// What `seek` must answer, by a linear search of the decoded keys.
    fn expected(keys: &[Vec<u8>], key: &[u8]) -> Seek {
        let index = keys.partition_point(|k| k.as_slice() < key);
        Seek {
            index,
            exact: keys.get(index).is_some_and(|k| k == key),
            prefix: keys.get(index).is_some_and(|k| k.starts_with(key)),
        }
    }

    #[test]
    fn keys_are_sorted_and_each_has_a_value() {
        let keys = all_keys();
        assert_eq!(keys.len(), count());
        assert!(keys.windows(2).all(|w| w[0] < w[1]));
        assert!(keys.iter().all(|k| !k.is_empty() && k.len() <= MAX_KEY));
        assert!((0..count()).all(|i| value(i).0 != 0));
    }

    #[test]
    fn seek_finds_every_key_and_every_prefix() {
        let keys = all_keys();
        for (i, key) in keys.iter().enumerate() {
            let found = seek(key, 0);
            assert_eq!((found.index, found.exact), (i, true), "{key:?}");
            for len in 0..key.len() {
                assert_eq!(seek(&key[..len], 0), expected(&keys, &key[..len]));
            }
        }
    }

    #[test]
    fn seek_places_keys_that_are_not_there() {
        let keys = all_keys();
        for key in keys.iter().step_by(7) {
            let mut other = key.clone();
            other.push(b'~');
            assert_eq!(seek(&other, 0), expected(&keys, &other));
            other.truncate(key.len() - 1);
            other.push(b' ');
            assert_eq!(seek(&other, 0), expected(&keys, &other));
            *other.last_mut().unwrap() = 0xFF;
            assert_eq!(seek(&other, 0), expected(&keys, &other));
        }
        for key in [&b""[..], b"\x00", b"\xff\xff", b"zzzzzz", b"a"] {
            assert_eq!(seek(key, 0), expected(&keys, key));
        }
    }

    #[test]
    fn seek_from_a_prefix_extends_it() {
        let keys = all_keys();
        for key in keys.iter().step_by(3) {
            for len in 0..key.len() {
                let at = expected(&keys, &key[..len]).index;
                for tail in [&key[len..], &key[len..=len], b" z", b"'"] {
                    let whole = [&key[..len], tail].concat();
                    assert_eq!(seek_from(at, len, tail), expected(&keys, &whole));
                }
            }
        }
    }
}
