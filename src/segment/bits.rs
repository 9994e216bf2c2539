//! A table of one bit per token (or sentence).

/// One bit per token (or sentence): an eighth of the memory of a `Vec<bool>`.
#[derive(Clone, Debug, Default)]
pub struct Bits {
    words: Vec<u64>,
}

impl Bits {
    /// `n` bits, all clear.
    pub fn new(n: usize) -> Bits {
        Bits {
            words: vec![0; n.div_ceil(64)],
        }
    }

    /// Sets bit `i`.
    #[inline]
    pub fn set(&mut self, i: usize) {
        self.words[i / 64] |= 1 << (i % 64);
    }

    /// Bit `i`; clear past the end.
    #[inline]
    pub fn get(&self, i: usize) -> bool {
        self.words
            .get(i / 64)
            .is_some_and(|w| w >> (i % 64) & 1 == 1)
    }
}

/// A value for some tokens, none for most (a person's entity on the tokens of its name): a bit per
/// token says which have one, and the values sit in token order, found by a binary search.
#[derive(Clone, Debug, Default)]
pub struct SparseTokens {
    has: Bits,
    values: Vec<(u32, u32)>,
}

impl SparseTokens {
    /// Values for tokens given as `(token, value)` in any order; where a token is given twice the
    /// first value given stands.
    pub fn new(n: usize, mut values: Vec<(u32, u32)>) -> SparseTokens {
        crate::sort::sort_by_key(&mut values, |&(k, _)| k); // stable: the first given comes first
        values.dedup_by_key(|&mut (k, _)| k);
        values.shrink_to_fit();
        let mut has = Bits::new(n);
        for &(k, _) in &values {
            has.set(k as usize);
        }
        SparseTokens { has, values }
    }

    /// The value of token `k`, if it has one.
    #[inline]
    pub fn get(&self, k: usize) -> Option<u32> {
        if !self.has.get(k) {
            return None;
        }
        let i = self.values.partition_point(|&(t, _)| (t as usize) < k);
        Some(self.values[i].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_set_and_get() {
        let mut b = Bits::new(130);
        for i in [0, 63, 64, 129] {
            b.set(i);
        }
        let set: Vec<usize> = (0..200).filter(|&i| b.get(i)).collect();
        assert_eq!(set, vec![0, 63, 64, 129]);
    }

    #[test]
    fn sparse_tokens_keep_the_first_value_given() {
        let s = SparseTokens::new(10, vec![(5, 50), (2, 20), (5, 51), (9, 90)]);
        let got: Vec<Option<u32>> = (0..11).map(|k| s.get(k)).collect();
        let mut want = vec![None; 11];
        want[2] = Some(20);
        want[5] = Some(50);
        want[9] = Some(90);
        assert_eq!(got, want);
    }
}
